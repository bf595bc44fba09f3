"""Held-out check of the "not an article" decision on pages no listing rule was written against.

``tests/fixtures/heldout_listing`` (invented text, see its README) holds non-article pages of many
kinds — writer profiles with a bio, tag and topic pages with a description, section fronts with
an editors' note, search results, indexes by date, live-report, photo, video and Q&A hubs, home
pages — and articles that look like lists (listicles, schedules, results, live blogs, interviews,
price lists, prayer times, photo stories, short flashes), as text dumps and as HTML. The batch was
committed before warta was run on it; the README gives the first-run figures.

Scored: non-articles rejected, articles accepted, and for accepted articles the body's word 4-gram
F1 and every metadata field, compared by the rule of every fixture set (``tests/scoring.py``).
Rates are pinned in ``tests/floors.json`` (``heldout_listing_*``). Run as a script to print every
wrong reading::

    PYTHONPATH=src:tests python tests/test_heldout_listing.py
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import floor
from scoring import CLEAN_FIELDS, CleanScores, clean_fields, load_pages, score_page

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout_listing"

HTML_FIELDS = clean_fields("translators")
"""Metadata fields compared on HTML pages; text pages add ``translators``."""


@lru_cache(maxsize=8)
def score(batch: int | None = None) -> CleanScores:
    """Every page of the folder, or of one ``batch`` (each batch was written blind, after the
    fixes made on the batches before it), cleaned and counted; body and fields on the articles
    read (the rejection itself is the ``accepted`` figure)."""
    scores = CleanScores(CLEAN_FIELDS, judge_rejected=False)
    for page in load_pages(FIXTURES):
        if batch is None or page.get("batch", 1) == batch:
            fields = CLEAN_FIELDS if page["file"].endswith(".txt") else HTML_FIELDS
            score_page(page, FIXTURES, scores, fields=fields)
    return scores


def evaluate(batch: int | None = None) -> tuple[dict[str, float], tuple[str, ...]]:
    """(figures, failure lines) over every page of the folder, or of one ``batch``."""
    scores = score(batch)
    shared = scores.figures()
    figures = {
        "rejected": shared["listing"],
        "accepted": shared["articles_accepted"],
        "body_ok": shared["body_ok"],
        "fields": scores.pooled_fields(),
        "junk": shared["junk"],
        "body_f1_mean": shared["body_f1_mean"],
    }
    return figures, tuple(scores.lines())


@pytest.mark.parametrize("name", ["rejected", "accepted", "body_ok", "body_f1_mean", "fields", "junk"])
def test_listing_decision_on_held_out_pages(name: str) -> None:
    figures, failures = evaluate()
    assert figures[name] >= floor(f"heldout_listing_{name}_min"), "\n".join(failures)


def test_held_out_listing_set_is_there() -> None:
    pages = load_pages(FIXTURES)
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
