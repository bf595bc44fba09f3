"""Indonesian calendar words: months (with old and short spellings), weekdays, time zones."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agst": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "sepember": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
}
"""Month names and abbreviations, lower case, including pre-EYD spellings (Pebruari, Nopember)."""

WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jumaat": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
"""Weekday names to Python's weekday numbers (Monday = 0). "Minggu" is also "week": see times."""

TIME_ZONES: dict[str, str] = {
    "wib": "+07:00",
    "wita": "+08:00",
    "wit": "+09:00",
}
"""Indonesian time zones to UTC offsets."""

DEFAULT_OFFSET = "+07:00"
"""Jakarta time, the offset of a stated time when the page names no zone."""

ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
"""English month names as the English editions of Indonesian outlets print them in article
headers ("Tue, September 3, 2024 | 07:45 pm"); kept apart from ``MONTHS`` so that the time
expressions of Indonesian text never read "may" or "march" as months."""

ENGLISH_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
"""English weekday names in such headers ("Wednesday, 15 March 2023 19:40 WIB"); the metadata reader
knows them so that they are never read as a person's name."""
