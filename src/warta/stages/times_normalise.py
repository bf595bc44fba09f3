"""Give each detected time expression its TIMEX3 value: calendar arithmetic against an anchor.

Plain ``datetime`` arithmetic (no dateparser in the hot path: it costs ~0.7 ms a string). A
``Context`` carries the anchor (the day of writing), the last day the text mentioned (for "hari itu",
"keesokan harinya", "sebulan kemudian") and the last explicitly dated day (to give a date without a
year its year). With no anchor, deictic expressions get ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from warta.lang.id import feasts
from warta.lang.id import time_words as tw
from warta.lang.id.calendar import TIME_ZONES, WEEKDAYS
from warta.lang.id.time_words import ALL_MONTHS as MONTHS

Value = tuple[str, str, str | None, str]
"""(value, granularity, end_value, kind) of one expression."""

TWO_DIGIT_YEAR_PIVOT = 50
"""A two-digit year below this is 20xx, otherwise 19xx ("(4/2/23)" → 2023)."""

YEAR_SEARCH_SPAN = 1
"""A date without a year is tried in the reference year and this many years either side."""

CLOCK_SENTENCES_BACK = 1
"""A bare clock time takes a day mentioned at most this many sentences before it."""

EVENT_DAYS = 7
"""A day mentioned within this many days of the anchor is the day of a news event (for clock times)."""

_PAST_RELS = frozenset({"lalu", "kemarin", "silam", "yang lalu"})
_FUTURE_RELS = frozenset({"mendatang", "depan", "nanti"})


@dataclass
class Context:
    """What normalisation needs besides the expression: anchor, discourse dates, clause tense."""

    anchor: date | None
    last_day: date | None = None
    last_explicit: date | None = None
    tense: str | None = None  # "past", "future" or None, from the clause's cue words
    anchor_hour: int | None = None  # the hour of writing, when the anchor states one
    sentence: int = 0  # index of the sentence the expression being valued is in
    last_day_sentence: int = 0  # ... and of the sentence that mentioned ``last_day``
    last_day_aside: bool = False  # ``last_day`` was told as an aside ("pernah ditangkap pada ...")
    last_day_pod: str = ""  # the part of the day ``last_day`` was told with ("Senin (15/4) malam")
    last_explicit_sentence: int = 0
    event_day: date | None = None  # the last day mentioned near the anchor: the news event's day
    last_year: int | None = None  # the last year written out ("2019", "semester I/2023")
    last_year_sentence: int = 0
    last_clock: datetime | None = None  # the last clock time valued ("pukul 21.00 WIB")
    last_clock_zone: str = ""  # ... its zone offset as written, if any
    last_clock_sentence: int = 0
    last_feast_day: date | None = None  # the last one-day feast valued ("H-3 Lebaran ... H+5")

    @property
    def reference(self) -> date | None:
        """The day a year-less date is put near: the last explicit date, else the anchor."""
        return self.last_explicit or self.anchor

    def sentence_year(self) -> int | None:
        """The year written earlier in the same sentence ("Pada 2019, debat digelar Januari")."""
        return (
            self.last_year
            if self.last_year is not None and self.last_year_sentence == self.sentence
            else None
        )

    def clock_day(self) -> date | None:
        """The day a bare clock time belongs to. The day mentioned in its own or the previous
        sentence; further back, the last day mentioned still, as a narrative goes on for sentences
        ("pada 7 Februari. ... seharusnya kembali pukul 07.40 WIT") unless that day was an aside
        ("pernah ditangkap pada 17 Agustus 2021") or lies before the anchor while the clock time's
        clause is in the future (an agenda: "BI akan merilis data (11:00 WIB)"): then the news
        event's day (the last day mentioned near the anchor), else the anchor."""
        last = self.last_day
        if last is None:
            return self.anchor
        if self.sentence - self.last_day_sentence <= CLOCK_SENTENCES_BACK:
            return last
        if self.last_day_aside:
            return self.event_day or self.anchor or last
        if self.anchor is not None and self.tense == "future" and last < self.anchor:
            return self.anchor
        return last


def parse_number(text: str) -> float | None:
    """Digits ("7", "1,5") or Indonesian number words ("dua belas", "tiga puluh lima") to a number."""
    text = " ".join(text.lower().split())
    if re.fullmatch(r"\d+(,\d+)?", text):
        return float(text.replace(",", "."))
    words = text.split()
    if len(words) == 1:
        return float(tw.NUMBER_WORDS[words[0]]) if words[0] in tw.NUMBER_WORDS else None
    head = tw.NUMBER_WORDS.get(words[0])
    if head is None:
        return None
    if words[1] == tw.TEEN_WORD:
        return float(10 + head)
    if words[1] == tw.HUNDREDS_WORD:
        return float(100 * head)
    if words[1] == tw.TENS_WORD:
        rest = tw.NUMBER_WORDS.get(words[2], 0) if len(words) > 2 else 0
        return float(10 * head + rest)
    return None


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _low(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 month = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_value(day: date) -> str:
    """ISO week of a day in TIMEX3 form (``2020-W52``)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def ref_for(offset: int) -> str:
    return "PRESENT_REF" if offset == 0 else ("PAST_REF" if offset < 0 else "FUTURE_REF")


def _direction(rel: str, ctx: Context) -> str | None:
    if rel in _PAST_RELS:
        return "past"
    if rel in _FUTURE_RELS:
        return "future"
    return ctx.tense


def year_for(month: int, day: int, ctx: Context, rel: str = "", weekday: int | None = None) -> int | None:
    """The year of a date written without one: the weekday if given must match; past/future cues
    keep it on that side of the anchor; otherwise the year that brings it nearest the reference."""
    ref = ctx.reference
    if ref is None:
        return None
    direction = _direction(rel, ctx)
    options: list[tuple[int, int]] = []
    for year in range(ref.year - YEAR_SEARCH_SPAN, ref.year + YEAR_SEARCH_SPAN + 1):
        when = safe_date(year, month, day)
        if when is None or (weekday is not None and when.weekday() != weekday):
            continue
        if ctx.anchor is not None and direction == "past" and when > ctx.anchor:
            continue
        if ctx.anchor is not None and direction == "future" and when < ctx.anchor:
            continue
        options.append((abs((when - ref).days), year))
    if not options and weekday is not None:
        return year_for(month, day, ctx, rel)
    return min(options)[1] if options else None


def day_value(
    d: str | None, m: str | None, y: str | None, ctx: Context, rel: str = "", wd: str | None = None
) -> str | None:
    """A day from its written parts (month by name or number); None if no such day."""
    if d is None or m is None:
        return None
    month = int(m) if m.isdigit() else MONTHS.get(m.lower().rstrip("."))
    if month is None or not 1 <= month <= 12:
        return None
    day_num = int(d)
    if y:
        year = int(y)
        if len(y) == 2:
            year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    else:
        weekday = WEEKDAYS.get(wd.lower()) if wd else None
        found = year_for(month, day_num, ctx, rel, weekday)
        if found is None:
            return f"XXXX-{month:02d}-{day_num:02d}" if 1 <= day_num <= 31 else None
        year = found
    when = safe_date(year, month, day_num)
    return when.isoformat() if when else None


def month_value(m: str, ctx: Context, rel: str) -> str | None:
    """ "bulan Maret lalu", "pada bulan Oktober" (the coming one in a future clause), "Mei tahun ini"."""
    month = MONTHS.get(m.lower().rstrip("."))
    anchor = ctx.anchor
    if month is None:
        return None
    if anchor is None:
        return f"{ctx.last_explicit.year}-{month:02d}" if ctx.last_explicit else None
    if rel.startswith("tahun") or rel == "ini":
        shift = {"tahun lalu": -1, "tahun depan": 1}.get(rel, 0)
        return f"{anchor.year + shift}-{month:02d}"
    sentence_year = ctx.sentence_year()
    if sentence_year is not None and not rel:
        return f"{sentence_year}-{month:02d}"
    direction = _direction(rel, ctx)
    if direction == "past":
        year = anchor.year if month <= anchor.month else anchor.year - 1
    elif direction == "future":
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:  # the nearest such month: to a date written in the same sentence, else to the anchor
        same_sentence = ctx.last_explicit is not None and ctx.last_explicit_sentence == ctx.sentence
        ref = ctx.last_explicit if same_sentence and ctx.last_explicit else anchor
        here = ref.year * 12 + ref.month - 1
        year = min(range(ref.year - 1, ref.year + 2), key=lambda y: (abs(y * 12 + month - 1 - here), -y))
    return f"{year}-{month:02d}"


def _shift(anchor: date, unit: str, amount: float) -> tuple[str, str] | None:
    """Anchor moved by ``amount`` units: (value, granularity) at the unit's own granularity."""
    if unit in ("S", "TM", "H"):
        return anchor.isoformat(), "day"
    if unit == "D":
        return (anchor + timedelta(days=round(amount))).isoformat(), "day"
    if unit == "W":
        return week_value(anchor + timedelta(weeks=round(amount))), "week"
    months = {"M": 1, "Y": 12, "8Y": 96, "10Y": 120, "100Y": 1200}[unit] * amount
    moved = add_months(anchor, round(months))
    if unit == "M" or months != int(months) or int(months) % 12:
        return f"{moved.year}-{moved.month:02d}", "month"
    return str(moved.year), "year"


def _shift_day(day: date, unit: str, amount: float) -> date:
    if unit == "D":
        return day + timedelta(days=round(amount))
    if unit == "W":
        return day + timedelta(weeks=round(amount))
    months = {"M": 1, "Y": 12, "8Y": 96, "10Y": 120, "100Y": 1200}.get(unit, 0) * amount
    return add_months(day, round(months))


def duration_value(amount: float | None, unit: str) -> str:
    """``P3D``, ``PT2M``, ``P10Y``; an unknown amount gives ``PXD``."""
    count = "X" if amount is None else _num(amount)
    if unit in ("S", "TM", "H"):
        return f"PT{count}{'M' if unit == 'TM' else unit}"
    if unit[:-1].isdigit() and amount is not None:
        return f"P{_num(amount * int(unit[:-1]))}Y"
    return f"P{count}{unit[-1]}"


def normalise_quantity(g: dict[str, str | None], ctx: Context) -> Value | None:
    """ "tiga hari", "setahun yang lalu", "sebulan kemudian", "2-3 menit", "beberapa bulan"."""
    unit_word = _low(g["u"] or g["su"] or g["vu"])
    unit = tw.UNITS.get(unit_word)
    if unit is None:
        return None
    amount = 1.0 if g["su"] else (parse_number(g["n"]) if g["n"] else None)
    if g["n"] and amount is None:
        return None
    if amount is not None and g.get("times"):
        amount *= int(g["times"] or 1)  # "2 x 24 jam" is 48 hours
    direction = _low(g["dir"])
    if direction in tw.AGO_WORDS or direction == "lagi":
        sign = -1 if direction in tw.AGO_WORDS else 1
        base = ctx.last_day if direction.endswith("sebelumnya") and ctx.last_day else ctx.anchor
        if amount is None or base is None:
            return (ref_for(sign), "ref", None, "ref")
        if direction.endswith("sebelumnya") and unit in _CLOCK_UNIT_SECONDS:  # "dua jam sebelumnya"
            earlier = _clock_later(ctx, unit, -amount)
            if earlier is not None:
                return earlier
        shifted = _shift(base, unit, sign * amount)
        return (shifted[0], shifted[1], None, "date") if shifted else None
    if direction in tw.LATER_WORDS:
        base = ctx.last_day or ctx.anchor
        if amount is None or base is None:
            return ("FUTURE_REF", "ref", None, "ref")
        if unit in ("S", "TM", "H"):
            return _clock_later(ctx, unit, amount) or (base.isoformat(), "day", None, "date")
        moved = _shift_day(base, unit, amount)
        if unit == "Y" or unit[:-1].isdigit():
            return str(moved.year), "year", None, "date"
        return moved.isoformat(), "day", None, "date"
    end = None
    if g["n2"]:
        second = parse_number(g["n2"])
        end = duration_value(second, unit) if second is not None else None
    return duration_value(amount, unit), "duration", end, "duration"


_CLOCK_UNIT_SECONDS = {"S": 1, "TM": 60, "H": 3600}


def _clock_later(ctx: Context, unit: str, amount: float) -> Value | None:
    """ "pukul 21.00 WIB ... dua jam kemudian" is 23:00 that day ("sebelumnya": a negative amount):
    the clock time of the same or the previous sentence moved; None when there is none that near."""
    if ctx.last_clock is None or ctx.sentence - ctx.last_clock_sentence > CLOCK_SENTENCES_BACK:
        return None
    moved = ctx.last_clock + timedelta(seconds=amount * _CLOCK_UNIT_SECONDS[unit])
    return f"{moved:%Y-%m-%dT%H:%M}{ctx.last_clock_zone}", "time", None, "time"


def normalise_period(g: dict[str, str | None], ctx: Context) -> Value | None:
    """ "pekan lalu" (a week), "bulan depan" (a month), "tahun ini" (a year)."""
    rel = _low(g["rel"])
    offset = tw.RELATIVE_PERIOD_OFFSETS.get(rel)
    if offset is None:
        return None
    base = ctx.last_day if rel in ("sebelumnya", "berikutnya", "selanjutnya") and ctx.last_day else ctx.anchor
    if base is None:
        return ref_for(offset), "ref", None, "ref"
    unit = _low(g["u"])
    if unit in tw.WEEK_WORDS:
        return week_value(base + timedelta(weeks=offset)), "week", None, "date"
    if unit == "bulan":
        moved = add_months(base, offset)
        return f"{moved.year}-{moved.month:02d}", "month", None, "date"
    return str(base.year + offset), "year", None, "date"


def resolve_weekday(weekday: int, anchor: date, rel: str, tense: str | None) -> date:
    """A bare weekday: the nearest such day on or before the anchor, or after it in a future clause."""
    monday = anchor - timedelta(days=anchor.weekday())
    if rel in ("pekan depan", "minggu depan"):
        return monday + timedelta(days=7 + weekday)
    if rel in ("pekan lalu", "minggu lalu"):
        return monday + timedelta(days=weekday - 7)
    if rel in ("depan", "mendatang") or (tense == "future" and rel not in _PAST_RELS):
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and rel in _PAST_RELS:
        back = 7
    return anchor - timedelta(days=back)


def normalise_weekday(g: dict[str, str | None], ctx: Context) -> tuple[date | None, str | None]:
    """(day, REF value when there is no anchor) of "pada Kamis", "Jumat lalu", "Senin depan"."""
    weekday = WEEKDAYS.get(_low(g["wd"]))
    if weekday is None:
        return None, None
    rel = _low(g.get("rel"))
    if ctx.anchor is None:
        future = rel in ("depan", "mendatang") or (ctx.tense == "future" and rel not in _PAST_RELS)
        return None, "FUTURE_REF" if future else "PAST_REF"
    return resolve_weekday(weekday, ctx.anchor, rel, ctx.tense), None


def clock_parts(g: dict[str, str | None]) -> tuple[str, str | None] | None:
    """("HH:MM", "HH:MM" end or None) with the zone offset appended when the text names one."""
    hour_text = g["h"] or g["hx"]
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(g["mi"] or g["mix"] or 0)
    pod = _low(g["pod"])
    shift = tw.PART_OF_DAY_HOURS.get(pod, 0)
    if shift and hour < 12 and not (pod == "siang" and hour >= 10):
        hour += shift
    zone = TIME_ZONES.get(_low(g["tz"]), "")
    if hour > 24:
        return None
    start = f"{hour % 24:02d}:{minute:02d}{zone}"
    end = None
    if g["h2"]:
        end_hour = int(g["h2"]) + (shift if shift and int(g["h2"]) < 12 else 0)
        end = f"{end_hour % 24:02d}:{int(g['mi2'] or 0):02d}{zone}"
    return start, end


def pod_code(word: str | None) -> str | None:
    """TIMEX3 part-of-day code ("MO", "NI") of "pagi", "malam"."""
    return tw.PARTS_OF_DAY.get(_low(word)) if word else None


_ROMAN = {"i": 1, "v": 5, "x": 10}


def roman_or_int(text: str) -> int | None:
    """ "21" or "XXI" to 21; None for anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for here, after in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN[here]
        total += -value if after and _ROMAN[after] > value else value
    return total


_FEAST_YEAR_SHIFTS = {"tahun ini": 0, "tahun lalu": -1, "tahun depan": 1}


def _feast_point(key: str, year: int, part: float) -> date | None:
    """The day a feast (or a point in Ramadan, ``part`` of the way through) falls on in ``year``."""
    if key != "ramadan":
        return feasts.FEAST_DAYS[key].get(year)
    span = feasts.ramadan_span(year)
    if span is None:
        return None
    return span[0] + timedelta(days=round(part * (span[1] - span[0]).days))


def _feast_year(key: str, g: dict[str, str | None], ctx: Context, part: float) -> int | None:
    """The Gregorian year of a feast: written (Gregorian or Hijri), "tahun lalu", or the one nearest
    the anchor on the side the clause's tense says ("Lebaran lalu", "menjelang Lebaran mendatang")."""
    if g.get("h"):
        offset = feasts.HIJRI_YEAR_OFFSETS.get(key)
        return int(g["h"] or 0) + offset if offset is not None else None
    if g.get("y"):
        return int(g["y"] or 0)
    anchor = ctx.anchor
    if anchor is None:
        return None
    rel = _low(g.get("rel") or g.get("yrel"))  # "tahun ini" is looked ahead at, not in the span
    if rel in _FEAST_YEAR_SHIFTS:
        return anchor.year + _FEAST_YEAR_SHIFTS[rel]
    direction = _direction(rel, ctx)
    if key == "ramadan" and direction == "future" and not g.get("edge") and not g.get("off"):
        part = 1.0  # "Ramadan" in a future clause written during Ramadan is still this one
    options: list[tuple[int, int]] = []
    for year in range(anchor.year - 1, anchor.year + 2):
        point = _feast_point(key, year, part)
        if point is None:
            continue
        if (direction == "past" and point > anchor) or (direction == "future" and point < anchor):
            continue
        options.append((abs((point - anchor).days), year))
    return min(options)[1] if options else None


def normalise_feast(g: dict[str, str | None], ctx: Context) -> Value | None:
    """ "Lebaran 2023", "Idul Fitri 1444 H", "H-7 Lebaran", "Imlek lalu" (a day); "akhir Ramadan"
    (the Gregorian month of that point of the fast); "bulan Ramadan" (the range of its days).

    Ramadan is a span of 29 or 30 days that straddles two Gregorian months in most years (1445 H:
    12 March to 9 April 2024). A month value would claim days outside it and miss days in it, so the
    truest TIMEX3 value is the span itself: value 2024-03-12, end value 2024-04-09."""
    key = feasts.FEAST_NAMES.get(_low(g["w"]))
    if key is None:
        return None
    edge = _low(g.get("edge"))
    part = feasts.FEAST_PARTS.get(edge, 0.0) if not g.get("hd") else (int(g["hd"] or 1) - 1) / 29
    year = _feast_year(key, g, ctx, part)
    if year is None:
        return None
    offset = int(g.get("off") or 0) * (-1 if g.get("sign") == "-" else 1)
    if key == "ramadan" and g.get("hd"):  # "10 Ramadan 1445 H": that day of the fast
        span = feasts.ramadan_span(year)
        when = span[0] + timedelta(days=int(g["hd"] or 1) - 1) if span else None
        return (when.isoformat(), "day", None, "date") if when and span and when <= span[1] else None
    if key == "ramadan" and not g.get("off"):
        span = feasts.ramadan_span(year)
        if span is None:
            return None
        if not edge:  # the fast itself: its days, 1 Ramadan to the eve of Idul Fitri
            return span[0].isoformat(), "range", span[1].isoformat(), "range"
        point = span[0] + timedelta(days=round(part * (span[1] - span[0]).days))
        return f"{point.year}-{point.month:02d}", "month", None, "date"
    table = feasts.RAMADAN_START if key == "ramadan" else feasts.FEAST_DAYS[key]
    day = table.get(year)
    if day is None:
        return None
    if edge:  # "awal Imlek", "akhir Lebaran": the feast's month
        return f"{day.year}-{day.month:02d}", "month", None, "date"
    ctx.last_feast_day = day
    return (day + timedelta(days=offset)).isoformat(), "day", None, "date"


def feast_offset(g: dict[str, str | None], ctx: Context) -> Value | None:
    """A bare "H+5" after "H-3 Lebaran": days from the feast last named; nothing without one."""
    if ctx.last_feast_day is None:
        return None
    offset = int(g.get("off") or 0) * (-1 if g.get("sign") == "-" else 1)
    return (ctx.last_feast_day + timedelta(days=offset)).isoformat(), "day", None, "date"


def weekday_range(g: dict[str, str | None], ctx: Context) -> Value | None:
    """ "setiap Senin-Jumat" (a set of weekdays), "Senin hingga Rabu" (those days of the anchor's week)."""
    first, last = WEEKDAYS.get(_low(g["wd"])), WEEKDAYS.get(_low(g["wd2"]))
    if first is None:
        return None
    if g.get("set"):
        last_set = f"XXXX-WXX-{last + 1}" if last is not None and last != first else None
        return f"XXXX-WXX-{first + 1}", "set", last_set, "set"
    if last is None or last == first:
        return None
    if ctx.anchor is None:
        return None
    monday = ctx.anchor - timedelta(days=ctx.anchor.weekday())
    end = monday + timedelta(days=last + (7 if last < first else 0))
    return (monday + timedelta(days=first)).isoformat(), "range", end.isoformat(), "range"
