"""Cleaning speed: text dumps and HTML pages per second over ../shared/corpus/pages.

Baseline, measured in the same run on the same HTML: ``trafilatura.extract`` alone (its default
settings, the library's own entry point). Targets: ≥ 1,000 text dumps/s on one core, and warta's
HTML cleaning (listing check, metadata, extraction, post-filter) at most 1.3× trafilatura's time.

Run: ``PYTHONPATH=src python benchmarks/bench_clean.py [--seconds 10] [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

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


def _rate(items: list[RawDoc], work: Callable[[RawDoc], object], seconds: float) -> tuple[float, int]:
    """Items per second over whole passes through ``items`` until ``seconds`` have gone by."""
    rates = _interleaved(items, {"work": work}, seconds)
    return rates["work"]


def _interleaved(
    items: list[RawDoc], works: dict[str, Callable[[RawDoc], object]], seconds: float
) -> dict[str, tuple[float, int]]:
    """Items per second of each of ``works``, measured in alternating passes over ``items`` until
    each has run for ``seconds``: alternating cancels the drift of a shared, busy machine."""
    for work in works.values():  # warm-up: imports, compiled patterns, lazily built models
        for item in items:
            work(item)
    spent = dict.fromkeys(works, 0.0)
    done = dict.fromkeys(works, 0)
    while min(spent.values()) < seconds:
        for name, work in works.items():
            start = time.perf_counter()
            for item in items:
                work(item)
            spent[name] += time.perf_counter() - start
            done[name] += len(items)
    return {name: (done[name] / spent[name], done[name]) for name in works}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    pages = args.shared / "corpus" / "pages"
    options = Options()
    texts = _load(pages / "text", options)
    htmls = _load(pages / "html", options)

    def clean(doc: RawDoc) -> object:
        return extract(doc, options)

    def baseline(doc: RawDoc) -> object:
        return trafilatura.extract(doc.data)

    text_rate, text_n = _rate(texts, clean, args.seconds)
    rates = _interleaved(htmls, {"warta": clean, "trafilatura": baseline}, args.seconds)
    html_rate, html_n = rates["warta"]
    base_rate, base_n = rates["trafilatura"]
    ratio = base_rate / html_rate
    print(f"text dumps: {text_rate:8.1f} pages/s ({text_n} pages; target >= {TEXT_TARGET_PER_SECOND:.0f}/s)")
    print(f"HTML warta: {html_rate:8.1f} pages/s ({html_n} pages, {1000 / html_rate:.1f} ms/page)")
    print(
        f"HTML trafilatura.extract alone: {base_rate:8.1f} pages/s "
        f"({base_n} pages, {1000 / base_rate:.1f} ms/page)"
    )
    print(f"time ratio warta / trafilatura: {ratio:.2f}x (target <= {HTML_MAX_RATIO}x)")


if __name__ == "__main__":
    main()
