"""Benchmark of the temporal tagger: articles per second, against dateparser's search as baseline.

Texts: the reference body texts of ``corpus/pages/references.jsonl`` and the TEXT of the TimeML
files in ``corpus/time`` (read from ../shared, or $WARTA_SHARED). Each contender runs over all the
texts repeatedly for at least ``--seconds`` (default 10) on one core; the script prints articles per
second of ``warta.stages.times.tag_times`` and of ``dateparser.search.search_dates(text,
languages=["id"])`` on the same texts, and their ratio. Target: ≥ 300 articles/s for warta.

    PYTHONPATH=src python benchmarks/bench_times.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import json
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from warta.stages.times import tag_times

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared")).resolve()


def load_texts() -> list[tuple[str, str | None]]:
    """(body text, anchor date) of every benchmark article."""
    texts: list[tuple[str, str | None]] = []
    for line in (SHARED / "corpus" / "pages" / "references.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("body_text"):
            texts.append((row["body_text"], row.get("published")))
    for path in sorted((SHARED / "corpus" / "time").glob("*.tml")):
        root = ET.parse(path).getroot()
        text_node, dct = root.find("TEXT"), root.find("DCT/TIMEX3")
        if text_node is not None:
            texts.append(("".join(text_node.itertext()), dct.get("value") if dct is not None else None))
    return texts


def rate(
    name: str, run: Callable[[str, str | None], object], texts: list[tuple[str, str | None]], seconds: float
) -> float:
    """Articles per CPU second of ``run`` over ``texts``, repeated for at least ``seconds`` of wall time.

    CPU time of this process is the one-core figure even on a busy machine; wall time is printed too."""
    done, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while True:
        for text, anchor in texts:
            run(text, anchor)
        done += len(texts)
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            break
    cpu = time.process_time() - cpu_started
    per_second = done / cpu
    print(
        f"{name:<38} {per_second:9.1f} articles/CPU-s  {done / elapsed:9.1f} articles/wall-s"
        f"  ({done} articles, {cpu:.1f} CPU-s, {elapsed:.1f} s)"
    )
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    texts = load_texts()
    chars = sum(len(t) for t, _ in texts)
    print(f"{len(texts)} articles, {chars / len(texts):.0f} characters on average")
    tag_times(texts[0][0], texts[0][1])  # compile the patterns outside the timing

    from dateparser.search import search_dates

    def baseline(text: str, anchor: str | None) -> object:
        return search_dates(text, languages=["id"])

    ours = rate("warta tag_times", tag_times, texts, args.seconds)
    theirs = rate("dateparser.search.search_dates (id)", baseline, texts, args.seconds)
    found = sum(len(tag_times(t, a)) for t, a in texts)
    print(f"expressions found by warta: {found}")
    print(f"ratio warta / dateparser: {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
