"""Generalisation check of HTML cleaning on a second set of invented pages (``fixtures/outlets2``).

Written after the HTML rules of ``fixtures/outlets`` were fixed, in the page grammar of outlets none
of those pages model (Tirto, SerambiNews on a Tribun sub-domain, Solopos, an ANTARA regional
site, Suara Merdeka, Pikiran Rakyat, Republika, IDN Times, Kompas regional, a Tempo tag page and
a detik search page), to check that the rules generalise rather
than fit the first set. The text is invented. Each ``NAME.expected.json`` gives the reading (see
``fixtures/outlets/README.md``; only the `warta clean` fields here). Aggregate rates are pinned in
``tests/floors.json`` (``gen2_*`` keys); run as a script to print every failing case::

    PYTHONPATH=src python tests/test_generalisation_html.py
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import floor
from scoring import PAGE_FIGURES, CleanScores, clean_fields, load_pages, score_clean_set

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "outlets2"

FIELDS = clean_fields("translators", "language")
FIGURES = (*PAGE_FIGURES, *FIELDS)
"""The figures pinned as ``gen2_NAME_min`` (see :class:`scoring.CleanScores`)."""


@lru_cache(maxsize=1)
def evaluate() -> CleanScores:
    """`warta clean` over every page of the folder, scored once."""
    return score_clean_set(FIXTURES, FIELDS)


@pytest.mark.parametrize("name", FIGURES)
def test_html_cleaning_generalises_to_unseen_outlets(name: str) -> None:
    scores = evaluate()
    assert scores.figures()[name] >= floor(f"gen2_{name}_min"), "\n".join(scores.lines())


def test_fixtures_are_there() -> None:
    pages = load_pages(FIXTURES)
    assert len(pages) >= 6 and any(not p["is_article"] for p in pages)


if __name__ == "__main__":
    print(evaluate().report("gen2"))
    sys.exit(0)
