"""Cleaning speed: text dumps and HTML pages per second over ../shared/corpus/pages.

Baseline, measured in the same run on the same HTML: ``trafilatura.extract`` alone (its default
settings, the library's own entry point). Targets: ≥ 1,000 text dumps/s on one core, and warta's
HTML cleaning (listing check, metadata, extraction, post-filter) at most 1.3× trafilatura's time.

Rates are given per CPU second of this (single-threaded) process, which is the rate of one idle
core even on a busy shared machine, and per wall-clock second.

Run: ``PYTHONPATH=src python benchmarks/bench_clean.py [--seconds 10] [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from warta.evaluation import ngram_prf
from warta.io.readers import read_page
from warta.options import Options
from warta.records import RawDoc
from warta.stages.extract import extract

DEFAULT_SECONDS = 10.0
"""Each measurement repeats the whole set for at least this long."""

TEXT_TARGET_PER_SECOND = 1000.0
HTML_MAX_RATIO = 1.3


def _load(folder: Path, options: Options) -> list[RawDoc]:
    docs = []
    for path in sorted(folder.iterdir()):
        if path.is_file():
            docs.append(read_page(str(path), path.read_bytes(), options))
    return docs


def _rate(items: list[RawDoc], work: Callable[[RawDoc], object], seconds: float) -> Rate:
    """Items per second over whole passes through ``items`` until ``seconds`` have gone by."""
    rates = _interleaved(items, {"work": work}, seconds)
    return rates["work"]


@dataclass
class Rate:
    """Pages done, wall-clock seconds and CPU seconds of this process spent on them."""

    pages: int = 0
    wall: float = 0.0
    cpu: float = 0.0

    @property
    def per_second(self) -> float:
        """Pages per wall-clock second."""
        return self.pages / self.wall

    @property
    def per_cpu_second(self) -> float:
        """Pages per CPU second of one core: what the page rate is on an idle core."""
        return self.pages / self.cpu


def _interleaved(
    items: list[RawDoc], works: dict[str, Callable[[RawDoc], object]], seconds: float
) -> dict[str, Rate]:
    """Rates of each of ``works``, measured in alternating passes over ``items`` until each has run
    for ``seconds`` of wall time: alternating cancels the drift of a shared, busy machine, and CPU
    time (single-threaded work) shows the rate of one core whatever else the machine runs."""
    for work in works.values():  # warm-up: imports, compiled patterns, lazily built models
        for item in items:
            work(item)
    rates = {name: Rate() for name in works}
    while min(rate.wall for rate in rates.values()) < seconds:
        for name, work in works.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for item in items:
                work(item)
            rates[name].wall += time.perf_counter() - wall
            rates[name].cpu += time.process_time() - cpu
            rates[name].pages += len(items)
    return rates


def _print_quality(
    pages: Path, htmls: list[RawDoc], clean: Callable[[RawDoc], object], baseline: Callable[[RawDoc], object]
) -> None:
    """Mean word-4-gram F1 of warta and of trafilatura alone against ``references.jsonl``."""
    references = pages / "references.jsonl"
    if not references.is_file():
        return
    bodies = {}
    for line in references.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        bodies[str((pages / row["file"]).resolve())] = row["body_text"]
    ours, theirs = [], []
    for doc in htmls:
        reference = bodies.get(str(Path(doc.source).resolve()))
        if reference is None:
            continue
        article = clean(doc)
        ours.append(ngram_prf(getattr(article, "text", ""), reference)[2])
        theirs.append(ngram_prf(str(baseline(doc) or ""), reference)[2])
    if ours:
        print(
            f"HTML body F1 vs references ({len(ours)} pages): warta {sum(ours) / len(ours):.3f}, "
            f"trafilatura.extract alone {sum(theirs) / len(theirs):.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS)
    default_shared = os.environ.get("WARTA_SHARED", str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--shared", type=Path, default=Path(default_shared))
    args = parser.parse_args()
    pages = args.shared / "corpus" / "pages"
    if not (pages / "text").is_dir() or not (pages / "html").is_dir():
        print(f"shared data not available: {pages} (set --shared or WARTA_SHARED)")
        return
    options = Options()
    texts = _load(pages / "text", options)
    htmls = _load(pages / "html", options)

    def clean(doc: RawDoc) -> object:
        return extract(doc, options)

    def baseline(doc: RawDoc) -> object:
        return trafilatura.extract(doc.data)

    _print_quality(pages, htmls, clean, baseline)
    text = _rate(texts, clean, args.seconds)
    rates = _interleaved(htmls, {"warta": clean, "trafilatura": baseline}, args.seconds)
    html, base = rates["warta"], rates["trafilatura"]
    print(
        f"text dumps: {text.per_cpu_second:8.1f} pages per CPU second ({text.per_second:.1f}/s wall, "
        f"{text.pages} pages; target >= {TEXT_TARGET_PER_SECOND:.0f}/s on one core)"
    )
    print(
        f"HTML warta: {html.per_cpu_second:8.1f} pages per CPU second ({html.per_second:.1f}/s wall, "
        f"{html.pages} pages, {1000 * html.cpu / html.pages:.1f} ms CPU/page)"
    )
    print(
        f"HTML trafilatura.extract alone: {base.per_cpu_second:8.1f} pages per CPU second "
        f"({base.per_second:.1f}/s wall, {base.pages} pages, {1000 * base.cpu / base.pages:.1f} ms CPU/page)"
    )
    print(
        f"time ratio warta / trafilatura: {html.cpu / html.pages / (base.cpu / base.pages):.2f}x CPU, "
        f"{html.wall / html.pages / (base.wall / base.pages):.2f}x wall (target <= {HTML_MAX_RATIO}x)"
    )


if __name__ == "__main__":
    main()
