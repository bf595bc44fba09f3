"""The Indonesian temporal tagger: find time expressions and normalise them to TIMEX3 values.

``tag_times(text, anchor)`` returns ``TimeExpr`` records with offsets into ``text``. Detection
(``times_detect``) is regular expressions built from ``warta.lang.id.time_words``; normalisation
(``times_normalise``) is calendar arithmetic against the anchor (the publication date), the last
day the text mentioned (for "hari itu", "keesokan harinya"), and the tense of the clause (a bare
weekday in a clause with "akan" is the coming one). With no anchor, deictic expressions are valued
``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``: never a guessed date.

``infer_publication_date(article)`` pins the day of writing of a page that states none from its
own weekday names and dates ("pada Sabtu" + "Kamis" + "2-3 Februari").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from warta.lang.id import reporting_verbs as rv
from warta.lang.id import time_words as tw
from warta.lang.id.calendar import WEEKDAYS
from warta.lang.id.time_words import ALL_MONTHS as MONTHS
from warta.records import Article, TimeExpr
from warta.stages import times_normalise as tn
from warta.stages.times_detect import Candidate, detect

CLAUSE_WORDS_BACK = 10
"""Words looked at before an expression for tense cues (stopping at a clause boundary)."""

CLAUSE_WORDS_AHEAD = 2
"""Words looked at after an expression for tense cues."""

ASIDE_CHARS = 150
"""How far back in its sentence a day's aside cue ("pernah") is looked for."""

MAX_ATTRIBUTION_CHARS = 80
"""How far after a closing quotation mark its attribution's date ("kata X, Rabu (10/9)") may be."""

MAX_ANCHOR_CHARS = 80
"""A written anchor date is looked for in this many characters at most."""

_CLAUSE_PUNCT = re.compile(r"[;!?\n\"“”()\[\]]|[.,:](?!\d)")
"""Clause boundaries; a full stop, comma or colon inside a number ("Rp 20.000", "1,5") is none."""
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?=\s+[\"“'(]?[A-Z0-9])|\n")
"""Where a sentence ends: a stop before a capital or digit, or a line break (paragraphs)."""
_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)([+-]\d\d:\d\d)?$")
_QUOTE_CHARS = ('"', "“")
_QUOTE = re.compile(r"“[^”\n]{2,3000}”|\"[^\"\n]{2,3000}\"")
_ATTRIBUTION = re.compile(
    r"\s*(?:" + "|".join(sorted(rv.POST_CUES, key=len, reverse=True)) + r")\w*\b", re.IGNORECASE
)
"""A quotation's attribution: a reporting verb right after it ("kata", "ujar", "tegasnya")."""
_ANCHOR_HOUR = re.compile(r"\d{4}-\d\d-\d\d[T ](\d\d):")
_WORD = re.compile(r"[\w'-]+")
_EXPLICIT_KINDS = frozenset({"date", "numdate", "isodate", "date_range2"})

Resolved = tuple[tn.Value, date | None, bool]
"""(value, the day it names if any, whether that day was written out in full)."""


def as_date(anchor: str | date | None) -> date | None:
    """The anchor as a date: ISO strings (with or without a time), datetimes, and a written date
    with its year ("Sabtu, 04 Feb 2023 15:30 WIB", "4/2/2023"); None for anything else."""
    if anchor is None or (isinstance(anchor, date) and not isinstance(anchor, datetime)):
        return anchor
    if isinstance(anchor, datetime):
        return anchor.date()
    try:
        return date.fromisoformat(anchor.strip()[:10])
    except ValueError:
        pass
    for cand in detect(anchor[:MAX_ANCHOR_CHARS]):
        main = next((p for p in cand.parts or (cand,) if p.kind in _EXPLICIT_KINDS), None)
        if main is not None and main.groups.get("y") and len(main.groups.get("y") or "") == 4:
            day, _ref, _explicit = _day_of(main, tn.Context(None))
            return day
    return None


def anchor_hour(anchor: str | date | None) -> int | None:
    """The hour of writing when the anchor states a time ("2023-06-13T07:15:00+07:00"), else None."""
    if isinstance(anchor, datetime):
        return anchor.hour
    if isinstance(anchor, str):
        match = _ANCHOR_HOUR.match(anchor.strip())
        return int(match.group(1)) if match else None
    return None


def clause_tense(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or None from the cue words of the clause around ``text[start:end]``.

    The cue nearest the expression decides ("telah dijadwalkan akan digelar Senin" is future),
    except that a plan told as past wins ("yang sebelumnya dijadwalkan Jumat" is in the past)."""
    window_start = max(0, start - 120)
    before = text[window_start:start].rstrip()
    if before.endswith("("):  # "BI akan merilis data (11:00 WIB)": the clause it interrupts
        before = before[:-1]
    cut = max((m.end() for m in _CLAUSE_PUNCT.finditer(before)), default=0)
    words_before = [w.lower() for w in _WORD.findall(before[cut:])][-CLAUSE_WORDS_BACK:]
    for index in range(len(words_before) - 1, -1, -1):
        if words_before[index] in tw.CLAUSE_BREAK_WORDS or words_before[index] in tw.COMPLEMENT_VERBS:
            words_before = words_before[index + 1 :]
            break
    after = text[end : end + 60]
    stop = _CLAUSE_PUNCT.search(after)
    words_after = [w.lower() for w in _WORD.findall(after[: stop.start() if stop else len(after)])]
    ahead: list[str] = []
    for word in words_after[:CLAUSE_WORDS_AHEAD]:
        if word in tw.CLAUSE_BREAK_WORDS or word in tw.COORDINATORS or word in tw.COMPLEMENT_VERBS:
            break
        ahead.append(word)
    if set(words_before) & tw.PLAN_IN_THE_PAST:
        return "past"
    for word in [*reversed(words_before), *ahead]:  # the nearest cue decides
        if word in tw.PAST_CUES:
            return "past"
        if word in tw.FUTURE_CUES:
            return "future"
    return None


def _low(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def _with_pod(day: date, pod: str | None) -> tuple[str, str]:
    return _with_pod_text(day.isoformat(), pod)


def _with_pod_text(day: str, pod: str | None) -> tuple[str, str]:
    """A day's value with its part of the day ("2014-12-28TMO") when one is written."""
    code = tn.pod_code(pod)
    return (f"{day}T{code}", "time") if code else (day, "day")


def _day_of(cand: Candidate, ctx: tn.Context) -> tuple[date | None, str | None, bool]:
    """The day a day-naming candidate names: (day, REF value if unknowable, written in full)."""
    g, kind = cand.groups, cand.kind
    if kind in ("date", "numdate", "isodate", "date_range2"):
        if kind == "numdate" and not g.get("y") and ctx.anchor is not None:
            # "Senin (14/8)" is the dateline convention: a day near the day of writing, whatever
            # year the narrative was in just before.
            ctx = replace(ctx, last_explicit=None)
        value = tn.day_value(g.get("d"), g.get("m"), g.get("y"), ctx, _low(g.get("rel")), g.get("wd"))
        if value is None or value.startswith("X"):
            return None, value, False
        return date.fromisoformat(value), None, bool(g.get("y"))
    if kind == "weekday":
        day, ref = tn.normalise_weekday(g, ctx)
        return day, ref, False
    if kind == "deictic":
        offset = tw.DEICTIC_DAYS[_low(g["w"])]
        if ctx.anchor is None:
            return None, tn.ref_for(offset), False
        return ctx.anchor + timedelta(days=offset), None, False
    if kind == "anaphor":
        offset = tw.ANAPHORIC_DAYS[_low(g["w"])]
        if ctx.last_day is None:
            return None, "PAST_REF", False
        return ctx.last_day + timedelta(days=offset), None, False
    if kind == "tanggal":
        return _tanggal(g, ctx), None, False
    if kind == "pod_deictic":  # "tadi pagi", "malam ini": the anchor's day
        return ctx.anchor, None if ctx.anchor else "PRESENT_REF", False
    return None, None, False


def _tanggal(g: dict[str, str | None], ctx: tn.Context) -> date | None:
    """ "tanggal 24 kemarin": day 24 of the anchor's month, or of the month before if still to come."""
    if ctx.anchor is None:
        return None
    day_num = int(g["d"] or 0)
    base = ctx.anchor.replace(day=1)
    if g.get("mrel"):  # "tanggal 25 bulan ini", "tanggal 3 bulan depan": that month, whatever the tense
        moved = tn.add_months(base, tw.MONTH_OF_DATE_RELS[_low(g["mrel"])])
        return tn.safe_date(moved.year, moved.month, day_num)
    future = _low(g.get("rel")) in ("depan", "mendatang", "nanti") or ctx.tense == "future"
    for months in (0, 1) if future else (0, -1):
        moved = tn.add_months(base, months)
        when = tn.safe_date(moved.year, moved.month, day_num)
        if when and ((when >= ctx.anchor) if future else (when <= ctx.anchor)):
            return when
    return None


def _resolve_chain(cand: Candidate, ctx: tn.Context) -> Resolved | None:
    """A day with its clock time or part of the day: "Minggu (28/12/2014) pukul 06.18 WIB"."""
    days = [p for p in cand.parts if p.kind != "clock"]
    clock = next((p for p in cand.parts if p.kind == "clock"), None)
    main = next((p for p in days if p.kind not in ("deictic", "weekday")), days[0] if days else None)
    if main is None:
        return None
    if clock is None:  # "Sabtu (18/10/2025) kemarin": the written date is the value
        return _resolve_day_kind(main, ctx)
    day, ref, explicit = _day_of(main, ctx)
    parts = tn.clock_parts(clock.groups)
    if parts is None:
        return None
    if day is None:  # no anchor: "XXXX-05-04T21:00+07:00" when the month and day are written
        prefix = ref if ref and ref.startswith("XXXX") else "XXXX-XX-XX"
        return (f"{prefix}T{parts[0]}", "time", None, "time"), None, False
    end = f"{day.isoformat()}T{parts[1]}" if parts[1] else None
    return (f"{day.isoformat()}T{parts[0]}", "time", end, "time"), day, explicit


def _resolve_day_kind(cand: Candidate, ctx: tn.Context) -> Resolved | None:
    g = cand.groups
    day, ref, explicit = _day_of(cand, ctx)
    if day is None:  # no anchor: "PAST_REF", or "XXXX-12-22" for a date without a year
        if ref is None:
            return None
        is_ref = ref.endswith("REF")
        if not is_ref:
            value, granularity = _with_pod_text(ref, g.get("pod") or g.get("podw"))
            return (value, granularity, None, "date"), None, False
        return (ref, "ref", None, "ref"), None, False
    if cand.kind in ("date", "date_range2") and g.get("d2"):
        end_ctx = replace(ctx, last_explicit=day)
        month2 = g.get("m2") or g.get("m")
        end = tn.day_value(g["d2"], month2, g.get("y") or str(day.year), end_ctx)
        if end is not None and end < day.isoformat() and not g.get("m2"):
            return None
        return (day.isoformat(), "range", end, "range"), day, explicit
    if cand.kind == "numdate" and g.get("wd") and WEEKDAYS.get(_low(g["wd"])) != day.weekday():
        explicit = False  # the weekday contradicts the date: keep the value, do not lean on it
    value, granularity = _with_pod(day, g.get("pod") or g.get("podw"))
    return (value, granularity, None, "date"), day, explicit


def _resolve_other(cand: Candidate, ctx: tn.Context) -> tn.Value | None:
    g, kind, anchor = cand.groups, cand.kind, ctx.anchor
    if kind == "month_year":  # "Januari 2023", "Januari-Maret 2023", "Desember-Februari 2023"
        end_year, first = int(g["y"] or 0), MONTHS.get(_low(g["m"]).rstrip("."))
        last = MONTHS.get(_low(g["m2"]).rstrip(".")) if g["m2"] else None
        if first is None:
            return None
        if last is None:
            return f"{end_year}-{first:02d}", "month", None, "date"
        start_year = end_year if first <= last else end_year - 1
        return f"{start_year}-{first:02d}", "range", f"{end_year}-{last:02d}", "range"
    if kind == "month_range":
        return _month_range(g, ctx)
    if kind == "year_pair":  # "tahun ajaran 2023/2024": one period over two years
        first = int(g["y"] or 0)
        return str(first), "range", str(first + 1), "range"
    if kind == "quarter":
        sentence_year = ctx.sentence_year() if not g["rel"] else None
        if g["y"]:
            year: str | None = g["y"]
        elif sentence_year is not None:  # "semester I/2023 ..., dan pada kuartal III": 2023's
            year = str(sentence_year)
        else:
            year = str(anchor.year - (_low(g["rel"]) == "lalu")) if anchor else None
        if year is None:
            return None
        part = tw.YEAR_PARTS[_low(g["q"])]
        number = tw.ORDINALS.get(_low(g["n"])) or int(g["n"] or 0)
        if part == "H" and number > 2:
            return None
        return f"{year}-{part}{number}", "quarter" if part == "Q" else "half", None, "date"
    if kind == "month":  # "pada Oktober", "pekan kedua Maret [2024]" (a week of it: the month)
        if g.get("y"):
            month = MONTHS.get(_low(g["m"]))
            return (f"{g['y']}-{month:02d}", "month", None, "date") if month else None
        value = tn.month_value(g["m"] or "", ctx, _low(g["rel"]))
        return (value, "month", None, "date") if value else None
    if kind == "year":
        if g["an"]:
            return (g["y"] or "")[:3], "decade", None, "date"
        end = g["y2"]
        return g["y"] or "", "range" if end else "year", end, "range" if end else "date"
    if kind == "century":  # "abad ke-21" is the 2000s: TIMEX3 "20"
        centuries = tn.roman_or_int(_low(g["n"]))
        return (
            (f"{centuries - 1:02d}", "century", None, "date") if centuries and 1 <= centuries <= 30 else None
        )
    if kind == "decade":
        century = g["c"] or ("19" if int(g["dd"] or 0) >= 3 else "20")
        return f"{century}{g['dd']}", "decade", None, "date"
    if kind == "quantity":
        return tn.normalise_quantity(g, ctx)
    if kind == "vague_duration":
        return tw.REDUPLICATED_DURATIONS[_low(g["w"])], "duration", None, "duration"
    if kind == "period":
        return tn.normalise_period(g, ctx)
    if kind == "period_edge":  # "awal tahun", "akhir bulan": of the anchor's year or month
        if anchor is None:
            return None
        if _low(g["u"]) == "bulan":
            return f"{anchor.year}-{anchor.month:02d}", "month", None, "date"
        return str(anchor.year), "year", None, "date"
    if kind == "weekend":
        offset = tw.RELATIVE_PERIOD_OFFSETS.get(_low(g["rel"]), 0)
        if anchor is None:
            return tn.ref_for(offset), "ref", None, "ref"
        return tn.week_value(anchor + timedelta(weeks=offset)) + "-WE", "week", None, "date"
    if kind == "generic_ref":  # "isu-isu hari ini": the present, not the day of writing
        return "PRESENT_REF", "ref", None, "ref"
    if kind == "ref":
        word = _low(g["w"])
        if word in tw.PRESENT_REFS:
            return "PRESENT_REF", "ref", None, "ref"
        return ("PAST_REF" if word in tw.PAST_REFS else "FUTURE_REF"), "ref", None, "ref"
    if kind == "holiday":
        month, day_num = tw.HOLIDAYS[_low(g["w"])]
        holiday_year = int(g["y"]) if g["y"] else tn.year_for(month, day_num, ctx)
        when = tn.safe_date(holiday_year, month, day_num) if holiday_year else None
        return (when.isoformat(), "day", None, "date") if when else None
    if kind == "feast":
        return tn.normalise_feast(g, ctx)
    if kind == "feast_offset":
        return tn.feast_offset(g, ctx)
    if kind == "weekday_range":
        return tn.weekday_range(g, ctx)
    if kind == "season":
        year = str(anchor.year) if anchor else "XXXX"
        return f"{year}-{tw.SEASONS[_low(g['w'])]}", "season", None, "date"
    if kind == "set":
        unit = _low(g["u"])
        weekday = WEEKDAYS.get(unit)
        if weekday is not None:
            return f"XXXX-WXX-{weekday + 1}", "set", None, "set"
        letter = {
            "hari": "D",
            "malam": "D",
            "tengah malam": "D",
            "pagi": "D",
            "pekan": "W",
            "minggu": "W",
            "bulan": "M",
        }.get(unit, "Y")
        return f"P1{letter}", "set", None, "set"
    return None


def _month_range(g: dict[str, str | None], ctx: tn.Context) -> tn.Value | None:
    """ "Januari hingga Oktober [2025]", "awal September hingga 13 Oktober 2025": a start and an end."""
    first, last = MONTHS.get(_low(g["m"])), MONTHS.get(_low(g["m2"]))
    if first is None or last is None:
        return None
    if g["y"]:
        end_year = int(g["y"])
    else:
        end_month = tn.month_value(g["m2"] or "", ctx, "")
        if end_month is None:
            return None
        end_year = int(end_month[:4])
    start_year = end_year if first <= last else end_year - 1
    end = f"{end_year}-{last:02d}"
    if g["d2"]:
        end_day = tn.safe_date(end_year, last, int(g["d2"]))
        end = end_day.isoformat() if end_day else end
    return f"{start_year}-{first:02d}", "range", end, "range"


def _resolve_pod(cand: Candidate, ctx: tn.Context) -> Resolved | None:
    """ "tadi pagi", "malam ini" (the anchor's day), "malam itu" (the last day mentioned)."""
    g = cand.groups
    if cand.kind == "pod_anaphor":
        day, pod = ctx.last_day, g["pod"]
    else:
        day, pod = ctx.anchor, g["pod1"] or g["pod2"] or ("malam" if g.get("semalam") else None)
        if day is not None and _last_night(g, _low(pod), ctx.anchor_hour):
            day -= timedelta(days=1)
    if day is None:
        return ("PAST_REF" if cand.kind == "pod_anaphor" else "PRESENT_REF", "ref", None, "ref"), None, False
    value, granularity = _with_pod(day, pod)
    return (value, granularity, None, "date"), day, False


def _last_night(g: dict[str, str | None], pod: str, hour: int | None) -> bool:
    """ "tadi malam", "malam tadi", "semalam" is last night, unless written that same evening."""
    said_earlier = bool(g.get("tadi") or g.get("semalam")) or _low(g.get("rel")) == "tadi"
    return said_earlier and pod in tw.LAST_NIGHT_PODS and (hour is None or hour < tw.EVENING_HOUR)


def _resolve_clock(cand: Candidate, ctx: tn.Context) -> Resolved | None:
    parts = tn.clock_parts(cand.groups)
    if parts is None:
        return None
    day = ctx.clock_day()
    if day is not None and _past_midnight(cand, parts[0], day, ctx):
        day += timedelta(days=1)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    end = f"{prefix}T{parts[1]}" if parts[1] else None
    return (f"{prefix}T{parts[0]}", "time", end, "time"), None, False


def _past_midnight(cand: Candidate, clock: str, day: date, ctx: tn.Context) -> bool:
    """A small-hours clock time after a day told as night is the next day's ("Senin (15/4) malam,
    ... baru padam pukul 01.30 WIB" is Tuesday 01:30)."""
    return (
        day == ctx.last_day
        and ctx.last_day_pod in tw.NIGHT_PODS
        and int(clock[:2]) < tw.SMALL_HOURS_END
        and not cand.groups.get("pod")
    )


def _resolve_midnight(ctx: tn.Context) -> Resolved | None:
    """A bare "tengah malam": the end (24:00) of the day in context, as a bare clock time's."""
    day = ctx.clock_day()
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return (f"{prefix}T{tw.PARTS_OF_DAY[tw.MIDNIGHT]}", "time", None, "time"), None, False


def resolve(cand: Candidate, ctx: tn.Context) -> Resolved | None:
    """The value of one candidate in its context, or None when it is not a time after all."""
    if cand.kind == "chain":
        return _resolve_chain(cand, ctx)
    if cand.kind in ("date", "numdate", "isodate", "date_range2", "weekday", "deictic", "anaphor", "tanggal"):
        return _resolve_day_kind(cand, ctx)
    if cand.kind in ("pod_deictic", "pod_anaphor"):
        return _resolve_pod(cand, ctx)
    if cand.kind == "clock":
        return _resolve_clock(cand, ctx)
    if cand.kind == "midnight":
        return _resolve_midnight(ctx)
    value = _resolve_other(cand, ctx)
    if value is None:
        return None
    day = None
    if value[1] == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", value[0]):
        day = date.fromisoformat(value[0])
    return value, day, False


def tag_times(text: str, anchor: str | date | None = None) -> list[TimeExpr]:
    """Every time expression of ``text`` with its TIMEX3 value against ``anchor`` (ISO date or date).

    Offsets index ``text``; ranges carry ``end_value``. Never raises on any input text."""
    ctx = tn.Context(as_date(anchor), anchor_hour=anchor_hour(anchor))
    found: list[TimeExpr] = []
    candidates = detect(text)
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)] if candidates else []
    quotes = _dated_quotes(text, candidates, ctx.anchor)
    for cand in candidates:
        ctx.tense = clause_tense(text, cand.start, cand.end)
        ctx.sentence = bisect_right(sentence_ends, cand.start)
        speech_day = next((day for start, end, day in quotes if start <= cand.start < end), None)
        try:
            if speech_day is None:
                resolved = resolve(cand, ctx)
            else:  # "Tadi malam ...," kata X, Rabu (10/9): deixis from the day it was said
                resolved = resolve(cand, replace(ctx, anchor=speech_day, anchor_hour=None))
        except (ValueError, OverflowError, KeyError):
            resolved = None  # an impossible date ("31/2/2023") or a year out of range
        if resolved is None:
            continue
        (value, granularity, end_value, kind), day, explicit = resolved
        if not value:
            continue
        found.append(
            TimeExpr(text[cand.start : cand.end], cand.start, cand.end, value, granularity, end_value, kind)
        )
        if day is not None:
            sentence_start = sentence_ends[ctx.sentence - 1] if ctx.sentence else 0
            lead_in = _WORD.findall(text[max(sentence_start, cand.start - ASIDE_CHARS) : cand.start].lower())
            ctx.last_day_aside = not tw.ASIDE_CUES.isdisjoint(lead_in)
        year_before = ctx.last_year, ctx.last_year_sentence
        _remember(cand, value, day, explicit, ctx)
        if (ctx.last_year, ctx.last_year_sentence) != year_before and (
            _word_before(text, cand.start) in tw.NOT_SETTING_BEFORE
        ):  # "naik dibanding 2022": a year compared with, not the one the sentence tells of
            ctx.last_year, ctx.last_year_sentence = year_before
    return found


def _dated_quotes(text: str, candidates: list[Candidate], anchor: date | None) -> list[tuple[int, int, date]]:
    """(start, end, day said) of each direct quotation whose attribution right after it gives the
    day it was said ('"...," kata Kapolres, Rabu (10/9).'): its "kemarin", "tadi malam" count from
    that day, which in a next-day report is not the day of writing."""
    if anchor is None or not any(c in text for c in _QUOTE_CHARS):
        return []
    found: list[tuple[int, int, date]] = []
    starts = [c.start for c in candidates]
    for quote in _QUOTE.finditer(text):
        attribution = text[quote.end() : quote.end() + MAX_ATTRIBUTION_CHARS]
        if not _ATTRIBUTION.match(attribution):
            continue
        limit = quote.end() + (attribution.find(".") if "." in attribution else len(attribution))
        index = bisect_right(starts, quote.end() - 1)
        dated = candidates[index] if index < len(candidates) and starts[index] < limit else None
        main = (
            next((p for p in dated.parts or (dated,) if p.kind in _EXPLICIT_KINDS), None) if dated else None
        )
        if main is not None:
            day, _ref, _explicit = _day_of(main, tn.Context(anchor))
            if day is not None:
                found.append((quote.start(), quote.end(), day))
    return found


def _word_before(text: str, position: int) -> str:
    words = _WORD.findall(text[max(0, position - 30) : position].lower())
    return words[-1] if words else ""


def _remember(cand: Candidate, value: str, day: date | None, explicit: bool, ctx: tn.Context) -> None:
    """Keep what later expressions are valued against: the last day, date and year mentioned."""
    if day is not None:
        ctx.last_day, ctx.last_day_sentence = day, ctx.sentence
        told = [p.groups for p in cand.parts or (cand,) if p.kind != "clock"]
        ctx.last_day_pod = _low(told[0].get("pod") or told[0].get("podw")) if told else ""
        if explicit:
            ctx.last_explicit, ctx.last_explicit_sentence = day, ctx.sentence
        if ctx.anchor is not None and abs((day - ctx.anchor).days) <= tn.EVENT_DAYS:
            ctx.event_day = day
    clock = _CLOCK_VALUE.match(value)
    if clock is not None:
        midnight = clock.group(2) == "24:00"  # the end of that day: the next day's 00:00
        ctx.last_clock = datetime.fromisoformat(
            f"{clock.group(1)}T{'00:00' if midnight else clock.group(2)}"
        ) + timedelta(days=midnight)
        ctx.last_clock_zone, ctx.last_clock_sentence = clock.group(3) or "", ctx.sentence
    written = [
        int(year)
        for part in cand.parts or (cand,)
        for year in (part.groups.get("y"), part.groups.get("y2"))
        if year and len(year) == 4 and year.isdigit()
    ]
    if written:  # the later end of "2024-2025" is the year the text goes on in
        ctx.last_year, ctx.last_year_sentence = written[-1], ctx.sentence
    elif len(value) == 4 and value.isdigit():  # "tahun ini", "tahun lalu"
        ctx.last_year, ctx.last_year_sentence = int(value), ctx.sentence


INFER_YEARS_BACK = 30
"""How many years before ``not_after`` a page without a stated year may date from."""

DEICTIC_GAP = 3
"""Characters (", (") between "hari ini"/"besok" and the date it names."""


def _explicit_days(cands: list[Candidate]) -> list[tuple[int, int, int | None, int | None, int]]:
    """(day, month, year or None, weekday or None, position) of every written date (range ends too)."""
    days: list[tuple[int, int, int | None, int | None, int]] = []
    for cand in cands:
        for part in cand.parts or (cand,):
            g = part.groups
            if part.kind not in _EXPLICIT_KINDS or not g.get("d") or not g.get("m"):
                continue
            month_text = g["m"] or ""
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
            year_text = g.get("y") or ""
            year = int(year_text) if len(year_text) == 4 else None
            weekday = WEEKDAYS.get(_low(g.get("wd"))) if g.get("wd") else None
            if month:
                days.append((int(g["d"] or 0), month, year, weekday, part.start))
                if g.get("d2"):
                    month2_text = g.get("m2") or month_text
                    month2 = int(month2_text) if month2_text.isdigit() else MONTHS.get(month2_text.lower())
                    days.append((int(g["d2"] or 0), month2 or month, year, None, part.start))
    return days


def _weekday_mentions(text: str, cands: list[Candidate]) -> list[tuple[int, int, str | None]]:
    """(weekday, position, tense) of every bare weekday name."""
    found = []
    for cand in cands:
        for part in cand.parts or (cand,):
            if part.kind == "weekday" and not part.groups.get("rel"):
                weekday = WEEKDAYS.get(_low(part.groups.get("wd")))
                if weekday is not None:
                    found.append((weekday, part.start, clause_tense(text, part.start, part.end)))
    return found


def _score_anchor(
    anchor: date, lead_weekday: int, mentions: list[tuple[int, int, str | None]], dates: set[date]
) -> int:
    """How many weekday names other than the lead's fall on a written date when read from ``anchor``."""
    hits = set()
    for weekday, _pos, tense in mentions:
        if weekday == lead_weekday:
            continue  # the lead's weekday defines the anchor: it is no evidence for it
        if tn.resolve_weekday(weekday, anchor, "", tense) in dates:
            hits.add(weekday)
    return len(hits)


def _date_beside_deictic(text: str, cands: list[Candidate]) -> date | None:
    """ "hari ini, Selasa (17/5/2022)", "besok, Selasa, 21 Oktober 2025": the date minus the offset."""
    parts = [p for c in cands for p in (c.parts or (c,))]
    for first, second in pairwise(parts):
        gap = text[first.end : second.start]
        if len(gap) > DEICTIC_GAP or not re.fullmatch(r"[\s,(]*", gap):
            continue
        deictic, written = (first, second) if first.kind == "deictic" else (second, first)
        if deictic.kind != "deictic" or written.kind not in _EXPLICIT_KINDS:
            continue
        g = written.groups
        if not g.get("y") or len(g.get("y") or "") != 4 or not g.get("m"):
            continue
        month_text = g["m"] or ""
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.rstrip("."))
        when = tn.safe_date(int(g["y"] or 0), month or 0, int(g["d"] or 0))
        if when is not None:
            return when - timedelta(days=tw.DEICTIC_DAYS[_low(deictic.groups["w"])])
    return None


def infer_publication_date(article: Article, not_after: date | None = None) -> str | None:
    """The day of writing of a page that states none, when its own dates and weekday names pin it.

    A weekday-and-date in the lead ("Sabtu (4/2/2023)") is the day. Otherwise the lead's weekday
    ("pada Sabtu") is the day of writing, on or after the latest written date, in the year (not
    after ``not_after``, default today) where the most other weekday names ("Jumat", "Kamis") fall
    on written dates ("2-3 Februari"). None when nothing pins it."""
    text = article.text
    cands = detect(text)
    beside_deictic = _date_beside_deictic(text, cands)
    if beside_deictic is not None:
        return beside_deictic.isoformat()
    explicit = [e for e in _explicit_days(cands) if clause_tense(text, e[4], e[4] + 1) != "future"]
    dated = [
        (text[pos:].split(")", 1)[0].count("(") == 1, when)
        for day, month, year, weekday, pos in explicit
        if year and (when := tn.safe_date(year, month, day)) and weekday == when.weekday()
    ]
    if dated:  # datelines "Selasa (21/10/2025)" first, then any weekday-and-date
        return max(dated)[1].isoformat()
    mentions = [m for m in _weekday_mentions(text, cands) if m[2] != "future"]
    if not mentions or not explicit:
        return None
    lead_weekday = mentions[0][0]
    limit = not_after or date.today()
    known_year = all(year for _, _, year, _, _ in explicit)
    best: tuple[int, int, date] | None = None
    for year in range(limit.year, limit.year - INFER_YEARS_BACK - 1, -1):
        dates = [tn.safe_date(y or year, m, d) for d, m, y, _, _ in explicit]
        weekdays_ok = all(
            w is None or (dt and dt.weekday() == w)
            for dt, (_, _, _, w, _) in zip(dates, explicit, strict=True)
        )
        valid = {dt for dt in dates if dt is not None}
        if not valid or not weekdays_ok:
            continue
        latest = max(valid)
        anchor = latest + timedelta(days=(lead_weekday - latest.weekday()) % 7)
        if anchor > limit:
            continue
        score = _score_anchor(anchor, lead_weekday, mentions, valid)
        if best is None or score > best[0]:
            best = (score, year, anchor)
        if known_year:
            break
    if best is None or best[0] == 0:
        return None
    return best[2].isoformat()


def times_for_article(
    article: Article, anchor: str | date | None = None
) -> tuple[list[TimeExpr], str | None]:
    """The time expressions of an article's body, and its inferred publication date if it needed one.

    The anchor is ``anchor`` if given, else the stated ``published`` date, else ``published_inferred``,
    else a date inferred from the page's own words (returned second, for the caller to store as
    ``published_inferred``: never as ``published``)."""
    inferred = None
    chosen = anchor or article.published or article.published_inferred
    if chosen is None:
        inferred = infer_publication_date(article)
        chosen = inferred
    return tag_times(article.text, chosen), inferred
