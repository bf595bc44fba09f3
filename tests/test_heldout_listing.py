"""Held-out check of the "not an article" decision on pages no listing rule was written against.

``tests/fixtures/heldout_listing`` (invented text, see its README) holds non-article pages of many
kinds — writer profiles with a bio, tag and topic pages with a description, section fronts with
an editors' note, search results, indexes by date, live-report, photo, video and Q&A hubs, home
pages — and articles that look like lists (listicles, schedules, results, live blogs, interviews,
price lists, prayer times, photo stories, short flashes), as text dumps and as HTML. The batch was
committed before warta was run on it; the README gives the first-run figures.

Scored: non-articles rejected, articles accepted, and for accepted articles the body's word 4-gram
F1 and every metadata field, compared as in the other held-out sets. Rates are pinned in
``tests/floors.json`` (``heldout_listing_*``). Run as a script to print every wrong reading::

    PYTHONPATH=src:tests python tests/test_heldout_listing.py
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from test_heldout_html import field_right as html_field_right
from test_heldout_text import _field_right as text_field_right
from warta.errors import BadInput
from warta.evaluation import ngram_prf
from warta.pipeline import clean_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout_listing"

BODY_F1_OK = 0.95
"""A body counts as right when its word 4-gram F1 against the expected paragraphs reaches this."""

FIELDS = ("title", "outlet", "url", "published", "authors", "editors", "dateline", "wire_sources", "language")
"""Metadata fields compared on both kinds of page (text pages add ``translators``)."""


def _pages() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.expected.json"))]


def _right(page: dict[str, Any], name: str, want: Any, got: Any) -> bool:
    """The comparison of the held-out set of the page's kind (a date-only ``published`` asks only
    for the day, and a list of lists gives alternative readings, on either kind)."""
    options = want if isinstance(want, list) else [want]
    date_only = name == "published" and any(isinstance(w, str) and len(w) == 10 for w in options)
    alternatives = isinstance(want, list) and bool(want) and isinstance(want[0], list)
    if page["file"].endswith(".txt") or date_only or alternatives:
        return text_field_right(name, want, got)
    return html_field_right(name, want, got)


@lru_cache(maxsize=4)
def evaluate(batch: int | None = None) -> tuple[dict[str, float], tuple[str, ...]]:
    """(figures, failure lines) over every page of the folder, or of one ``batch`` (each batch was
    written blind, after the fixes made on the batches before it)."""
    right: dict[str, list[bool]] = {k: [] for k in ("rejected", "accepted", "body_ok", "fields", "junk")}
    f1s: list[float] = []
    failures: list[str] = []
    for page in _pages():
        name = page["file"]
        if batch is not None and page.get("batch", 1) != batch:
            continue
        try:
            got = clean_file(FIXTURES / name)
        except BadInput as err:
            if page["is_article"]:
                right["accepted"].append(False)
                failures.append(f"{name}: article rejected: {err}")
            else:
                right["rejected"].append(True)
            continue
        if not page["is_article"]:
            right["rejected"].append(False)
            failures.append(f"{name}: non-article accepted, {len(got.paragraphs)} paragraphs")
            continue
        right["accepted"].append(True)
        f1 = ngram_prf(got.text, "\n\n".join(page["paragraphs"]), 4)[2]
        f1s.append(f1)
        right["body_ok"].append(f1 >= BODY_F1_OK)
        if f1 < BODY_F1_OK:
            extra = [p[:60] for p in got.paragraphs if p not in page["paragraphs"]]
            missing = [p[:60] for p in page["paragraphs"] if p not in got.paragraphs]
            failures.append(f"{name}: body f1 {f1:.3f} extra {extra} missing {missing}")
        record = got.to_json()
        names = (*FIELDS, "translators") if name.endswith(".txt") else FIELDS
        for key in names:
            want = page.get(key, "id" if key == "language" else None)
            ok = _right(page, key, want, record[key])
            right["fields"].append(ok)
            if not ok:
                failures.append(f"{name}: {key}: expected {want!r}, got {record[key]!r}")
        for junk in page["not_in_body"]:
            right["junk"].append(junk not in got.text)
            if junk in got.text:
                failures.append(f"{name}: boilerplate kept: {junk!r}")
    figures = {key: sum(values) / max(1, len(values)) for key, values in right.items()}
    figures["body_f1_mean"] = sum(f1s) / max(1, len(f1s))
    counts = {key: f"{sum(values)}/{len(values)}" for key, values in right.items()}
    return figures, (*failures, json.dumps(counts))


@pytest.mark.parametrize("name", ["rejected", "accepted", "body_ok", "body_f1_mean", "fields", "junk"])
def test_listing_decision_on_held_out_pages(name: str) -> None:
    figures, failures = evaluate()
    assert figures[name] >= floor(f"heldout_listing_{name}_min"), "\n".join(failures)


def test_held_out_listing_set_is_there() -> None:
    pages = _pages()
    assert sum(not p["is_article"] for p in pages) >= 12
    assert sum(p["is_article"] for p in pages) >= 12
    assert {p["file"].rsplit(".", 1)[1] for p in pages} == {"txt", "html"}


if __name__ == "__main__":
    for number in (1, 2, 3, 4, 5, 6, 7):
        figures, failures = evaluate(number)
        print(f"== batch {number}")
        print("\n".join(failures))
        print("\n".join(f"  {k}: {v:.3f}" for k, v in figures.items()))
    print("== all")
    figures, failures = evaluate()
    print("\n".join(failures))
    print("\n".join(f"heldout_listing_{k}_min: {v:.3f}" for k, v in figures.items()))
    sys.exit(0)
