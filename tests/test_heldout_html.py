"""Held-out check of HTML cleaning on pages of outlet families no rule was written against.

The pages in ``fixtures/heldout_html`` (invented text, see its README) were written before warta was
run on them, in the page grammar of outlets the other fixture sets do not model. Scored per page:
the body's word 4-gram F1 against the expected paragraphs, each metadata field of the `warta clean`
contract, boilerplate kept out of the body, and rejection of pages that are no articles.

``published`` is compared strictly (the rule of every set, in ``tests/scoring.py``): the same
instant AND the same UTC offset, because the contract asks for the offset of the zone the page
states (WIB +07:00, WITA +08:00, WIT +09:00), not any offset that happens to name the same instant.

Aggregate rates are pinned in ``tests/floors.json`` (``heldout_html_*`` keys). Run as a script to
print every failing case::

    PYTHONPATH=src python tests/test_heldout_html.py
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import floor
from scoring import PAGE_FIGURES, CleanScores, clean_fields, load_pages, score_clean_set

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout_html"

FIELDS = clean_fields("translators")
FIGURES = (*PAGE_FIGURES, *FIELDS)
"""The figures pinned as ``heldout_html_NAME_min`` (see :class:`scoring.CleanScores`)."""


@lru_cache(maxsize=1)
def evaluate() -> CleanScores:
    """`warta clean` over every page of the folder, scored once."""
    return score_clean_set(FIXTURES, FIELDS)


@pytest.mark.parametrize("name", FIGURES)
def test_html_cleaning_on_held_out_outlets(name: str) -> None:
    scores = evaluate()
    assert scores.figures()[name] >= floor(f"heldout_html_{name}_min"), "\n".join(scores.lines())


def test_held_out_set_is_there() -> None:
    pages = load_pages(FIXTURES)
    assert len(pages) >= 14
    assert sum(not p["is_article"] for p in pages) >= 3


if __name__ == "__main__":
    print(evaluate().report("heldout_html"))
    sys.exit(0)
