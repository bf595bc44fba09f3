"""Ingest and store speed (run by hand: ``PYTHONPATH=src python benchmarks/bench_ingest.py``).

1. ``warta ingest`` end to end over ``corpus/pages`` (read, extract, analyse, hash, compress, store,
   commit), each repetition into a fresh store, repeated for at least ``MIN_SECONDS``; the baseline,
   measured in the same run, is the same per-document work (read, extract, analyse) with no store
   at all. The ratio says what the store costs on top of it.
2. The store alone at scale: the ~8,400 articles of ``corpus/outlets2022`` added in batches, added
   again (idempotent, nothing changes), read back in order, and searched with FTS5.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from warta.errors import BadInput
from warta.io.readers import read_inputs
from warta.options import Options
from warta.pipeline import INGEST_BATCH_SIZE, analyse, ingest
from warta.records import Article
from warta.stages.extract import extract
from warta.store import Store

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
MIN_SECONDS = 10.0
"""Each timed loop repeats until at least this long has passed, for stable figures."""


def repeat(work: Callable[[], int]) -> tuple[int, float]:
    """Run ``work`` (returning how many items it did) until MIN_SECONDS have passed."""
    items, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < MIN_SECONDS:
        items += work()
    return items, elapsed


def clean_only(paths: list[str], analysed: bool = False) -> int:
    """Read and extract (and with ``analysed`` run the per-article analysis) with no store."""
    done = 0
    options = Options()
    for doc in read_inputs(paths, options):
        done += 1
        if isinstance(doc, BadInput):
            continue
        with contextlib.suppress(BadInput):
            article = extract(doc, options)
            if analysed:
                analyse(article, options)
    return done


STORE_SETUP_SECONDS: list[float] = []
"""Time spent creating each fresh store (file, WAL, migrations): a fixed cost per run, not per doc."""


def ingest_fresh(paths: list[str], workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            STORE_SETUP_SECONDS.append(time.perf_counter() - start)
            report = ingest(paths, store, Options(workers=workers))
            return report.seen


def bench_pages() -> None:
    pages = SHARED / "corpus" / "pages"
    for label, paths in (
        ("text dumps", [str(pages / "text")]),
        ("html pages", [str(pages / "html")]),
        ("all of corpus/pages", [str(pages)]),
    ):
        clean_n, clean_s = repeat(lambda paths=paths: clean_only(paths))
        work_n, work_s = repeat(lambda paths=paths: clean_only(paths, analysed=True))
        STORE_SETUP_SECONDS.clear()
        ingest_n, ingest_s = repeat(lambda paths=paths: ingest_fresh(paths, 1))
        setup_s = sum(STORE_SETUP_SECONDS)
        clean_rate, work_rate, ingest_rate = clean_n / clean_s, work_n / work_s, ingest_n / ingest_s
        net_rate = ingest_n / (ingest_s - setup_s)
        setup_ms = 1000 * setup_s / len(STORE_SETUP_SECONDS)
        print(f"{label} ({clean_only(paths)} inputs per pass)")
        print(f"  read + extract, no store           : {clean_rate:8.1f} docs/s")
        print(f"  read + extract + analyse, no store : {work_rate:8.1f} docs/s (baseline)")
        print(f"  warta ingest, 1 worker             : {ingest_rate:8.1f} docs/s (a fresh store per pass)")
        print(
            f"    not counting store creation      : {net_rate:8.1f} docs/s (creating one: {setup_ms:.0f} ms)"
        )
        print(f"  ratio ingest / baseline time       : {work_rate / net_rate:8.2f}x (the store's cost)")


def load_outlets() -> list[Article]:
    path = SHARED / "corpus" / "outlets2022" / "articles.jsonl.gz"
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            paragraphs = tuple(s.strip() for s in row.get("text_segments") or () if s.strip())
            if paragraphs:
                found.append(
                    Article(
                        source=row["id"],
                        paragraphs=paragraphs,
                        title=row.get("title"),
                        outlet=row.get("outlet"),
                        url=row.get("url"),
                        published=row.get("date"),
                        kind="record",
                    )
                )
    return found


def bench_store_scale() -> None:
    articles = load_outlets()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "scale.db") as store:
        timings = {}
        for label in ("add (new)", "add again (idempotent)"):
            start = time.perf_counter()
            for offset in range(0, len(articles), INGEST_BATCH_SIZE):
                with store.transaction():
                    for article in articles[offset : offset + INGEST_BATCH_SIZE]:
                        store.add_article(article)
            timings[label] = time.perf_counter() - start
        start = time.perf_counter()
        read = sum(1 for _ in store.articles())
        timings["read back in order"] = time.perf_counter() - start
        stored = store.count_articles()
        start = time.perf_counter()
        queries = ("presiden", "harga minyak", "banjir jakarta", "bank indonesia", "pemilu")
        hits = [len(store.search(q)) for q in queries]
        search_ms = (time.perf_counter() - start) / len(queries) * 1000
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
    print(f"store at scale: corpus/outlets2022, {len(articles)} articles ({stored} distinct)")
    for label, seconds in timings.items():
        count = read if label.startswith("read") else len(articles)
        print(f"  {label:24s}: {count / seconds:9.0f} articles/s")
    print(f"  FTS5 search              : {search_ms:9.1f} ms/query (hits {hits})")
    print(f"  file size                : {size:9.1f} MB")


def main() -> int:
    if not (SHARED / "corpus" / "pages").exists():
        print(f"shared data not available: {SHARED}", file=sys.stderr)
        return 0
    bench_pages()
    if (SHARED / "corpus" / "outlets2022").exists():
        bench_store_scale()
    return 0


if __name__ == "__main__":
    sys.exit(main())
