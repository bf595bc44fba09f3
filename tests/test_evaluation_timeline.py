"""Date F1 of a timeline: granularity matching, ranges, one-to-one, citation requirement."""

from __future__ import annotations

from typing import Any

import pytest

from warta.evaluation_timeline import date_f1

GOLD = [
    {"date": "2022", "docs": ["a"]},
    {"date": "2023-10", "docs": ["a"]},
    {"date": "2023-02-04", "docs": ["a"]},
    {"date": "2023-02-02/2023-02-03", "docs": ["b"]},
]


def _events(*dates: str, source: str = "a") -> list[dict[str, Any]]:
    return [{"date": d, "sources": [{"source": source}]} for d in dates]


def test_exact_and_finer_events_match_at_the_gold_granularity() -> None:
    score = date_f1(GOLD, _events("2022-06-01", "2023-10", "2023-02-04", "2023-02-02/2023-02-03"))
    assert score.recall == 1.0 and score.precision == 1.0 and score.f1 == 1.0


def test_coarser_events_and_range_parts_do_not_match() -> None:
    score = date_f1(GOLD, _events("2023", "2023-02-02", "2023-02-03"))
    assert score.matched == ()
    assert score.f1 == 0.0 and len(score.extra) == 3


def test_one_event_counts_once() -> None:
    score = date_f1([{"date": "2022", "docs": []}, {"date": "2022-05", "docs": []}], _events("2022-05-01"))
    assert len(score.matched) == 1
    assert score.precision == 1.0 and score.recall == pytest.approx(0.5)


def test_a_match_must_cite_a_gold_document() -> None:
    def cites(gold: dict[str, Any], event: dict[str, Any]) -> bool:
        return any(s["source"] in gold["docs"] for s in event["sources"])

    assert date_f1(GOLD, _events("2022", source="z"), cites).matched == ()
    assert date_f1(GOLD, _events("2022", source="a"), cites).matched == (("2022", "2022"),)
