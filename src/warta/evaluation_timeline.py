"""Date F1 of a timeline against a gold timeline (news-tls style date selection score).

A gold date matches an event at the gold's granularity: gold ``2022`` matches an event dated in
2022 at year granularity or finer (``2022``, ``2022-10``, ``2022-10-24``), gold ``2023-10`` an event
in October 2023, gold ``2023-02-04`` only that day, and a gold range ``2023-02-02/2023-02-03`` only
that range. Matching is one-to-one (each event counts for one gold date at most), exact
granularity first. A matched event must also cite one of the gold's documents to count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DateScore:
    precision: float
    recall: float
    f1: float
    matched: tuple[tuple[str, str], ...]  # (gold date, event date)
    missed: tuple[str, ...]
    extra: tuple[str, ...]


def _matches(gold: str, event: str) -> bool:
    if "/" in gold or "/" in event:
        return gold == event
    return event.startswith(gold) and (len(event) == len(gold) or event[len(gold)] == "-")


def date_f1(
    gold: Sequence[dict[str, Any]],
    events: Sequence[dict[str, Any]],
    cites: Callable[[dict[str, Any], dict[str, Any]], bool] = lambda g, e: True,
) -> DateScore:
    """Date precision/recall/F1 of ``events`` ({date, sources}) against ``gold`` ({date, docs})."""
    gold_dates: dict[str, list[dict[str, Any]]] = {}
    for item in gold:
        gold_dates.setdefault(item["date"], []).append(item)
    free = list(range(len(events)))
    matched: list[tuple[str, str]] = []
    missed: list[str] = []
    for exact in (True, False):
        for date in sorted(gold_dates):
            if any(g == date for g, _ in matched):
                continue
            for i in free:
                event = events[i]
                ok = event["date"] == date if exact else _matches(date, event["date"])
                if ok and any(cites(g, event) for g in gold_dates[date]):
                    matched.append((date, event["date"]))
                    free.remove(i)
                    break
    missed = [d for d in sorted(gold_dates) if not any(g == d for g, _ in matched)]
    precision = len(matched) / len(events) if events else 0.0
    recall = len(matched) / len(gold_dates) if gold_dates else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    extra = tuple(events[i]["date"] for i in free)
    return DateScore(precision, recall, f1, tuple(matched), tuple(missed), extra)
