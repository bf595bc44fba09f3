"""Benchmark: `warta digest` end to end on 1,000 articles of corpus/outlets2022, time per stage and
peak memory. Target: ≤ 60 s on a 2-core machine.

Baselines measured in the same run: reading the input alone (the ingest stage: what any tool pays),
and a lead-3 summary of the same articles (the cheapest summary there is). Run by hand:
``PYTHONPATH=src python benchmarks/bench_digest.py [N]``.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared")).resolve()
CORPUS = SHARED / "corpus" / "outlets2022" / "articles.jsonl.gz"
DEFAULT_COUNT = 1000


def _rows(count: int) -> list[dict[str, object]]:
    """The first ``count`` rows with a body, as pre-extracted JSONL rows of the ingest contract."""
    rows: list[dict[str, object]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            segments = row.get("text_segments") or []
            if not segments:
                continue
            rows.append(
                {
                    "url": row.get("url"),
                    "title": row.get("title"),
                    "outlet": row.get("outlet"),
                    "published": row.get("date"),
                    "text": "\n\n".join(str(s) for s in segments),
                }
            )
            if len(rows) >= count:
                break
    return rows


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not here")
        return 0
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_COUNT
    from warta.digest import read_articles, run_digest, write_digest
    from warta.options import Options
    from warta.stages.sentences import split_sentences

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for row in _rows(count):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        options = Options()

        started = time.perf_counter()
        articles, errors = read_articles([str(source)], options)
        ingest_only = time.perf_counter() - started
        if not articles:
            print(f"no article read from the JSONL rows ({errors[:1]}): the readers lack JSONL support")
            return 1

        started = time.perf_counter()
        lead3 = [" ".join(s.text for s in split_sentences(a.text)[:3]) for a in articles]
        lead3_time = time.perf_counter() - started

        started = time.perf_counter()
        result = run_digest([str(source)], options, progress=lambda m: print(f"  {m}", file=sys.stderr))
        write_digest(result, Path(tmp) / "digest")
        total = time.perf_counter() - started

    print(f"digest of {len(result.articles)} articles ({len(result.errors)} skipped), outlets2022")
    for stage, seconds in result.timings.items():
        print(f"  {stage:<10} {seconds:7.2f} s")
    print(f"  {'total':<10} {total:7.2f} s   (target ≤ 60 s)")
    print(f"  peak memory {_peak_mb():.0f} MB (max RSS)")
    print(f"  summary {len(result.summary)} sentences, timeline {len(result.timeline)} events")
    print(
        f"baseline: read + extract alone (no store) {ingest_only:.2f} s → "
        f"digest/read ratio {total / ingest_only:.1f}×"
    )
    summary_time = result.timings.get("summary", 0.0)
    print(
        f"baseline: lead-3 of every article {lead3_time:.2f} s ({len(lead3)} summaries) → "
        f"cited multi-document summary / lead-3 ratio {summary_time / max(lead3_time, 1e-9):.1f}×"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
