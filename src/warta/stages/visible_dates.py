"""Dates as pages print them in their headers ("Kompas.com - 04/02/2023, 15:30 WIB", "JUMAT, 14 JULI
2023 | 20:13 WIB"): the date line test and its reading as ISO 8601 with the offset the page states.

Part of the visible-metadata reader (:mod:`warta.stages.metadata`), which re-exports it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Final

from warta.lang.id.calendar import (
    DEFAULT_OFFSET,
    ENGLISH_MONTHS,
    MONTHS,
    TIME_ZONES,
)
from warta.stages.regex_prefix import search_pattern

DATE_LINE_MAX_WORDS: Final = 16
"""A line with a date and at most this many words is a date line, not prose mentioning a date."""

# --- dates ---------------------------------------------------------------------------------------

PAGE_MONTHS: Final = {**MONTHS, **ENGLISH_MONTHS}
"""Month names of page date lines: Indonesian, and English as some outlets' page chrome prints them."""
_MONTH_ALT: Final = "|".join(sorted(PAGE_MONTHS, key=len, reverse=True))
_ZONE_ALT: Final = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
_TIME: Final = (
    r"(?:\s*(?:[,|/•·\-–—]\s*)?(?:(?:pukul|jam|at)\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?)?"
)
_ZONE: Final = rf"(?:\s*(?P<Z>{_ZONE_ALT})\b)?"
TEXT_DATE_RE: Final = search_pattern(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d\d)\b{_TIME}{_ZONE}",
    re.IGNORECASE,
)
MDY_DATE_RE: Final = search_pattern(
    rf"(?<![\w])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"{_TIME}(?:\s*(?P<ap>[ap])\.?m\b\.?)?{_ZONE}",
    re.IGNORECASE,
)
"""English month-first dates of some outlets' page chrome: "March 16, 2023 | 2:45 pm"."""
NUMERIC_DATE_RE: Final = search_pattern(
    rf"(?<![\d/.])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)\b{_TIME}{_ZONE}",
    re.IGNORECASE,
)
ISO_DATE_RE: Final = search_pattern(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_DIGIT_RE: Final = re.compile(r"\d")
"""The date patterns above are compiled with a lookahead of their first characters
(``regex_prefix.search_pattern``): same matches, found sooner in lines of words."""
_LOWER_WORD_RE: Final = re.compile(r"(?<![\w'’])[a-z]{2,}")

DATE_LINE_MAX_LOWER_WORDS: Final = 3
"""A date line holds at most a few lower-case words ("pukul", "on … at"); a sentence holds more."""


def parse_published(line: str) -> str | None:
    """The date (and time) a date line states, as ISO 8601: "2023-02-04T15:30:00+07:00".

    Handles "Kompas.com - 04/02/2023, 15:30 WIB", "JUMAT, 14 JULI 2023 | 20:13 WIB",
    "Kamis, 5 November 2015 14:56 WIB", "Senin, 15 Februari 2016, 16:15 WIB". A stated time with
    no zone is Jakarta time; a date with no time is returned as a bare date ("2023-02-04").
    """
    found = _stated_date(line)
    if found is None:
        return None
    day, parts = found
    if parts.get("H") is None:
        return day.isoformat()
    hour, minute, second = int(parts["H"]), int(parts["M"]), int(parts.get("S") or 0)
    if parts.get("ap") and hour <= 12:  # "2:45 pm" → 14:45, "12:10 am" → 00:10
        hour = hour % 12 + (12 if parts["ap"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    zone = parts.get("Z")
    offset = TIME_ZONES[zone.lower()] if zone else DEFAULT_OFFSET
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{offset}"


def _stated_date(line: str) -> tuple[date, dict[str, Any]] | None:
    """The first real calendar day the date patterns find in ``line``, with the match's parts."""
    if not _DIGIT_RE.search(line):
        return None
    for regex in (TEXT_DATE_RE, MDY_DATE_RE, NUMERIC_DATE_RE, ISO_DATE_RE):
        match = regex.search(line)
        if not match:
            continue
        parts = match.groupdict()
        month = PAGE_MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
        try:
            return date(int(parts["y"]), month, int(parts["d"])), parts
        except ValueError:
            continue
    return None


def is_date_line(line: str) -> bool:
    """A short line whose point is a date ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views"),
    not a sentence that mentions one ("Warga kembali pada Minggu (5/2/2023).")."""
    if len(line.split()) > DATE_LINE_MAX_WORDS or not _DIGIT_RE.search(line):
        return False
    if len(_LOWER_WORD_RE.findall(line)) > DATE_LINE_MAX_LOWER_WORDS:
        return False
    return _stated_date(line) is not None  # what parse_published reads, without formatting it
