"""Layout of the inline SVG timeline chart: pure geometry, no markup (the template draws it).

Events sit on a time axis. Long quiet stretches between bursts of events (a story that runs from
2020 to 2023 with nothing in between) would squeeze every event into a few pixels, so the axis is
broken: events closer than ``SEGMENT_GAP_DAYS`` share a segment, segments get widths in proportion
to the events they hold (with a minimum; time is linear inside a segment) and a visible break
between them. Day events are dots; month,
year and range events are bars as long as the period they stand for. Overlapping marks go to
separate lanes.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

WIDTH = 760
MARGIN = 16
LANE_HEIGHT = 28
TOP = 14
AXIS_SPACE = 44
BREAK_WIDTH = 26
MIN_SEGMENT_WIDTH = 90
SEGMENT_GAP_DAYS = 120
MARK_RADIUS = 10
MIN_BAR_WIDTH = 2 * MARK_RADIUS
MIN_CLIPPED_WIDTH = 4
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Mark:
    number: int  # 1-based, as in the list under the chart
    x: float
    y: float
    width: float  # 0 for a dot
    label: str  # date as shown
    text: str  # the event sentence (escaped by the template)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str  # start / middle / end


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    axis_y: float
    marks: tuple[Mark, ...]
    ticks: tuple[Tick, ...]
    breaks: tuple[float, ...]  # x of the axis breaks
    segments: tuple[tuple[float, float], ...]  # x ranges of the axis pieces


def period(value: str) -> tuple[date, date] | None:
    """First and last day a TIMEX3 date value (day, month, year or a/b range) stands for."""
    try:
        if "/" in value:
            first, last = value.split("/", 1)
            a, b = period(first), period(last)
            return (a[0], b[1]) if a and b else None
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(
                parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1]
            )
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def display_date(value: str, granularity: str | None = None) -> str:
    """A readable date: "4 Feb 2023", "Oct 2023", "2022", "2–3 Feb 2023"."""
    if "/" in value:
        a, b = value.split("/", 1)
        pa, pb = period(a), period(b)
        if pa and pb and len(a) == len(b) == 10 and pa[0].year == pb[0].year and pa[0].month == pb[0].month:
            return f"{pa[0].day}–{pb[0].day} {MONTHS[pa[0].month - 1]} {pa[0].year}"
        return f"{display_date(a)} – {display_date(b)}"
    found = period(value)
    if found is None:
        return value
    first = found[0]
    if len(value) >= 10:
        return f"{first.day} {MONTHS[first.month - 1]} {first.year}"
    if len(value) == 7:
        return f"{MONTHS[first.month - 1]} {first.year}"
    return str(first.year)


def _segments(periods: list[tuple[date, date]]) -> list[tuple[date, date]]:
    spans = sorted(periods)
    segments: list[list[date]] = [[spans[0][0], spans[0][1]]]
    for first, last in spans[1:]:
        if (first - segments[-1][1]).days > SEGMENT_GAP_DAYS:
            segments.append([first, last])
        else:
            segments[-1][1] = max(segments[-1][1], last)
    return [(a, b) for a, b in segments]


def _short(day: date, span_days: int) -> str:
    if span_days > 400:
        return str(day.year)
    return (
        f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        if span_days < 60
        else f"{MONTHS[day.month - 1]} {day.year}"
    )


def layout(events: list[dict[str, Any]]) -> Chart | None:
    """The chart for timeline events (JSON form: date, granularity, text), or None if none dates."""
    dated = [(i, e, period(e["date"])) for i, e in enumerate(events, start=1)]
    usable = [(i, e, p) for i, e, p in dated if p is not None]
    if not usable:
        return None
    segments = _segments([p for _, _, p in usable])
    padded = [(a - timedelta(days=1), b + timedelta(days=1)) for a, b in segments]
    spans = [(b - a).days for a, b in padded]
    counts = [sum(1 for _, _, p in usable if a <= p[0] <= b) for a, b in padded]
    available = WIDTH - 2 * MARGIN - BREAK_WIDTH * (len(segments) - 1)
    # width follows the events a piece holds (a busy week gets room), time runs linearly inside it
    raw = [max(MIN_SEGMENT_WIDTH, available * c / max(1, len(usable))) for c in counts]
    scale = available / sum(raw)
    widths = [w * scale for w in raw]
    starts: list[float] = []
    x = float(MARGIN)
    for w in widths:
        starts.append(x)
        x += w + BREAK_WIDTH

    def to_x(day: date) -> float:
        for (a, b), x0, w in zip(padded, starts, widths, strict=True):
            if a <= day <= b:
                return x0 + w * (day - a).days / max(1, (b - a).days)
        return float(MARGIN)

    lanes: list[float] = []  # right edge of the last mark in each lane
    placed: list[tuple[int, dict[str, Any], float, float, int]] = []
    for number, event, (first, last) in sorted(usable, key=lambda t: (t[2][0], t[0])):
        left, right = to_x(first), to_x(last)
        width = 0.0 if first == last else max(MIN_BAR_WIDTH, right - left)
        if width:  # a short period drawn at the minimum width may reach into the break, not beyond
            limit = next((x0 - 2 for x0 in starts if x0 > left + 0.5), float(WIDTH - 2))
            width = max(MIN_CLIPPED_WIDTH, min(width, limit - left))
        lo = left - MARK_RADIUS if width == 0 else left
        hi = left + MARK_RADIUS if width == 0 else left + width
        lane = next((n for n, edge in enumerate(lanes) if edge + 4 < lo), len(lanes))
        if lane == len(lanes):
            lanes.append(hi)
        else:
            lanes[lane] = hi
        placed.append((number, event, left, width, lane))
    axis_y = TOP + len(lanes) * LANE_HEIGHT + 6
    marks = tuple(
        Mark(
            number,
            round(left, 1),
            TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2,
            round(width, 1),
            display_date(event["date"], event.get("granularity")),
            str(event.get("text", "")),
        )
        for number, event, left, width, lane in placed
    )
    ticks: list[Tick] = []
    for (a, b), x0, w, span in zip(segments, starts, widths, spans, strict=True):
        if a == b or w < 2 * MIN_SEGMENT_WIDTH * 0.9:
            ticks.append(Tick(round(x0 + w / 2, 1), _short(a, span), "middle"))
        else:
            ticks.append(Tick(round(x0 + 2, 1), _short(a, span), "start"))
            ticks.append(Tick(round(x0 + w - 2, 1), _short(b, span), "end"))
    breaks = tuple(round(x0 - BREAK_WIDTH / 2, 1) for x0 in starts[1:])
    return Chart(
        WIDTH,
        int(axis_y + AXIS_SPACE),
        axis_y,
        marks,
        tuple(ticks),
        breaks,
        tuple((round(x0, 1), round(x0 + w, 1)) for x0, w in zip(starts, widths, strict=True)),
    )
