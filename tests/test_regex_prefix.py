"""The first-character lookahead leaves every match of a pattern as it was."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang.id import page_grammar as g
from warta.stages import postfilter as pf
from warta.stages import visible_dates as vd
from warta.stages.regex_prefix import first_chars, search_pattern, unguarded

GUARDED = {
    "call to action": (g.CALL_TO_ACTION, re.IGNORECASE),
    "copyright": (g.COPYRIGHT_PATTERN, re.IGNORECASE),
    "caption end": ("|".join(g.PHOTO_CREDIT_AT_END), 0),
    "caption slash": ("|".join(g.PHOTO_CREDIT_WITH_SLASH), 0),
    "caption words": ("|".join(g.PHOTO_CREDIT_WORDS), 0),
    "word boundary, case-insensitive group": (r"\b(?i:kas|ilir)\b|(?:^|\s)[A-Z]{2}/", 0),
}

FRAGMENTS = [
    "Foto",
    "FOTO",
    "foto",
    "(Foto: Ayu)",
    "/",
    " / ",
    "ANTARA FOTO/Ayu",
    "AFP PHOTO/",
    "REUTERS/Budi",
    "Getty Images",
    "Pool via REUTERS",
    "via AP",
    "©",
    "Copyright",
    "hak cipta",
    "HAK CIPTA",
    "ha",
    "\u212a",
    "ſ",
    "İ",
    "ı",
    "ikuti",
    "IKUTI",
    "klik",
    "(ist)",
    "(Dok. Ayu)",
    " - ",
    "Harian Jogja",
    ".",
    "(",
    ")",
    " ",
    "\n",
    "é",
    "kas",
    "Ilir",
    "AB",
    "2023",
    "Jakarta",
    "Senin, 3 Juli 2023 10:15 WIB",
    "March 16, 2023 | 2:45 pm",
    "04/02/2023, 15:30",
    "2023-02-04T15:30",
    "12",
    "-",
    "Juli",
    "mar",
    "WITA",
    "pukul ",
    ":",
]


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_the_guarded_pattern_has_a_lookahead(name: str) -> None:
    pattern, flags = GUARDED[name]
    assert first_chars(pattern, flags) is not None
    assert search_pattern(pattern, flags).pattern.startswith("(?=[")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14), st.sampled_from(sorted(GUARDED)))
def test_guarded_and_plain_patterns_find_the_same_matches(parts: list[str], name: str) -> None:
    pattern, flags = GUARDED[name]
    text = "".join(parts)
    assert _spans(search_pattern(pattern, flags), text) == _spans(re.compile(pattern, flags), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from(sorted(GUARDED)))
def test_guarded_patterns_agree_on_any_text(text: str, name: str) -> None:
    pattern, flags = GUARDED[name]
    assert _spans(search_pattern(pattern, flags), text) == _spans(re.compile(pattern, flags), text)


DATE_PATTERNS = {
    "text date": vd.TEXT_DATE_RE,
    "month first date": vd.MDY_DATE_RE,
    "numeric date": vd.NUMERIC_DATE_RE,
    "iso date": vd.ISO_DATE_RE,
}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=10), st.sampled_from(sorted(DATE_PATTERNS)))
def test_date_patterns_find_what_their_unguarded_forms_find(parts: list[str], name: str) -> None:
    regex = DATE_PATTERNS[name]
    assert regex.pattern.startswith("(?=[")
    text = "".join(parts)
    assert [m.groupdict() for m in regex.finditer(text)] == [
        m.groupdict() for m in unguarded(regex).finditer(text)
    ]
    assert _spans(regex, text) == _spans(unguarded(regex), text)


def test_first_characters_of_simple_patterns() -> None:
    assert first_chars(r"\bab|cd") == "ac"
    assert first_chars(r"(?i:k)") is not None and "\u212a" in first_chars(r"(?i:k)")  # type: ignore[operator]
    assert first_chars(r"x?y") == "xy"


@pytest.mark.parametrize("pattern", [r"a*", r"\b", r"[^a]b", r".x", r"(?:a|)"])
def test_no_class_when_a_match_may_start_anywhere_or_be_empty(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert search_pattern(pattern).pattern == pattern


def test_the_post_filter_uses_the_guarded_patterns() -> None:
    assert pf.CAPTION_SLASH_RE.pattern.startswith("(?=[")
    assert pf.COPYRIGHT_RE.search("Hak Cipta © 2023 Harian Jogja") is not None
