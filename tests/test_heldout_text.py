"""Held-out text dumps: how the text cleaner reads outlets its rules were not written against.

``tests/fixtures/heldout_text/`` holds browser "save as text" dumps (invented text) in the page
grammar of outlets and templates no other fixture models — Kompas.com with the credits at the end,
Tempo English, ANTARA Bali (WITA), CNBC Indonesia, detikBali, SuaraJogja, Tribun-Papua (WIT), BBC
News Indonesia, a lynx dump of VOA Indonesia and more — plus listing pages that must be rejected.
Their expected readings were committed before warta was first run on them, in ten batches (the
``batch`` field): batch 1 on the code as it was, each later batch after the rules were fixed on the
batches before it, so each batch's first run estimates how the rules generalise (see the README
there for the figures per batch and after the fixes).

The checks are aggregate rates pinned in ``tests/floors.json`` (``heldout_text_*`` keys). Run this
file as a script to print every wrong reading::

    PYTHONPATH=src python tests/test_heldout_text.py
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import floor
from scoring import BODY_F1_OK, CLEAN_FIELDS, CleanScores, load_pages, score_clean_set

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout_text"

FIELDS = CLEAN_FIELDS
"""The `warta clean` metadata fields compared with the expected reading."""


@lru_cache(maxsize=16)
def score(batch: int | None = None) -> CleanScores:
    """Read every held-out page (of one ``batch``, or all) once and count what warta got right.

    Batch 1 was written before any rule was changed for it; batch 2 after the rules were fixed on
    batch 1, again blind: its first figures estimate how the fixed rules generalise."""
    pages = [p for p in load_pages(FIXTURES) if batch is None or p.get("batch", 1) == batch]
    return score_clean_set(FIXTURES, FIELDS, pages)


def test_enough_pages() -> None:
    scores = score()
    assert len(scores.accepted) >= 14 and len(scores.listings) >= 2


def test_listings_rejected() -> None:
    scores = score()
    assert scores.figures()["listing"] >= floor("heldout_text_listing_min")


def test_body() -> None:
    figures, failures = score().figures(), score().lines()
    assert figures["body_f1_mean"] >= floor("heldout_text_body_f1_mean_min"), failures
    assert figures["body_ok"] >= floor("heldout_text_body_ok_min"), failures
    assert figures["junk"] >= floor("heldout_text_junk_min"), failures


@pytest.mark.parametrize("name", FIELDS)
def test_field(name: str) -> None:
    scores = score()
    assert scores.rate(name) >= floor(f"heldout_text_{name}_min"), scores.lines()


def report(scores: CleanScores) -> str:
    """The figures and every wrong reading, one per line."""
    figures = scores.figures()
    lines = [
        f"listings rejected {sum(scores.listings)}/{len(scores.listings)}",
        f"body F1 mean {figures['body_f1_mean']:.3f}, pages >= {BODY_F1_OK}: {figures['body_ok']:.3f}",
        f"boilerplate removed {sum(scores.junk)}/{len(scores.junk)}",
    ]
    lines += [f"{key}: {sum(scores.right.get(key, []))}/{len(scores.right.get(key, []))}" for key in FIELDS]
    return "\n".join([*lines, "", *scores.lines()])


if __name__ == "__main__":
    for number in range(1, 15):
        sys.stdout.write(f"== batch {number}\n{report(score(number))}\n\n")
    sys.stdout.write(f"== all\n{report(score())}\n")
