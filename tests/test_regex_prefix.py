"""The first-character lookahead leaves every match of a pattern as it was."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang.id import page_grammar as g
from warta.stages import postfilter as pf
from warta.stages import visible_dates as vd
from warta.stages.regex_prefix import first_chars, search_pattern

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


def unguarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``search_pattern`` started from (to check that both find the same matches)."""
    pattern = regex.pattern
    if pattern.startswith("(?=[") and "])(?:" in pattern and pattern.endswith(")"):
        return re.compile(pattern[pattern.index("])(?:") + 5 : -1], regex.flags)
    return regex


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


def _old_start_re() -> re.Pattern[str]:
    """The post-filter's start rules as one nested regex, as they were before the dispatch."""
    alternation = pf._alternation
    return re.compile(
        r"(?P<insert>(?i:[\[(]?\s*(?:"
        + alternation(g.INSERT_PREFIXES, escape=True)
        + r")(?=$|[\s:.»>|\-–—\])])))"
        + r"|(?P<promo>(?i:"
        + alternation(g.PROMO_STARTS)
        + r"))"
        + r"|(?P<byline>(?i:(?:"
        + alternation(g.BYLINE_LABELS, escape=True)
        + r")\s*(?::|\s-\s)\s*\S)"
        + r"|(?-i:(?:"
        + alternation(tuple(x.capitalize() for x in g.BARE_BYLINE_LABELS), escape=True)
        + r")\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}\s*(?:\||$)))"
        + r"|(?P<caption>"
        + alternation(g.PHOTO_CREDIT_AT_START)
        + r")"
    )


START_FRAGMENTS = [
    "Baca juga",
    "BACA JUGA:",
    "(",
    "[",
    " ",
    "baca",
    "Simak breaking news",
    "Ikuti berita",
    "Penulis",
    "Penulis: Ayu",
    "Editor Budi Santoso",
    "Red",
    "Rep: X",
    "Foto:",
    "FOTO: Antara",
    "Ilustrasi/Net",
    "KOMPAS.com/Rina",
    "Sumber gambar,",
    "Jakarta",
    "Warga",
    "İ",
    "ſ",
    "\u212a",
    ":",
    " - ",
    "Ayu Lestari",
    "|",
    "x",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(START_FRAGMENTS), max_size=6))
def test_the_start_rules_dispatch_answers_as_the_nested_regex(parts: list[str]) -> None:
    text = "".join(parts)
    old = _old_start_re().match(text)
    new = pf.START_RE.match(text)
    whole = pf.START_RE.pattern.match(text)
    assert (old and old.lastgroup) == (new and new.lastgroup) == (whole and whole.lastgroup)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_the_start_rules_dispatch_answers_as_the_nested_regex_on_any_text(text: str) -> None:
    old = _old_start_re().match(text)
    new = pf.START_RE.match(text)
    assert (old and old.lastgroup) == (new and new.lastgroup)


def _old_short_line_re() -> re.Pattern[str]:
    """The post-filter's whole-line rules as one nested regex, as they were before the dispatch."""
    from warta.lang.id import bylines as b

    alternation = pf._alternation
    unnamed = g.SOURCE_CREDIT.replace("?P<name>", "").replace("?P<bare>", "")
    return re.compile(
        r"^(?:"
        rf"(?P<ad>{alternation(g.AD_LINES)})"
        rf"|(?P<share>{alternation(g.SHARE_LINES)})"
        rf"|(?P<pager>{alternation(g.PAGER_LINES)})"
        rf"|(?P<timestamp>{g.RELATIVE_TIME}|{g.VIEW_COUNT})"
        rf"|(?P<credit>(?-i:{g.EDITOR_INITIALS})|{unnamed}"
        rf"|(?:{b.INITIALS_BEFORE_WIRES})?\(\s*(?:{g.WIRE_CREDIT})(?:\s*[/,]\s*(?:{g.WIRE_CREDIT}))*\s*\))"
        rf"|(?P<byline>(?:{alternation(g.BYLINE_LABELS, escape=True)})\s*:?)"
        rf"|(?P<comment>(?:{alternation(g.COMMENT_LINES)})|(?:{alternation(g.COMMENT_PREFIXES)}).*)"
        r"|(?P<url>(?:https?://|www\.)\S+|\S+@\S+\.\w+)"
        r")\s*[.!:]?\s*$",
        re.IGNORECASE,
    )


SHORT_FRAGMENTS = [
    "Advertisement",
    "iklan",
    "Scroll to continue",
    "Bagikan",
    "Share",
    "facebook",
    " | ",
    "twitter",
    "Halaman",
    " 1",
    "/",
    "2",
    "5 jam lalu",
    "1.234 views",
    "(ant)",
    "[ded]",
    "Sumber: Reuters",
    "(Reuters)",
    "ae/hp",
    "(AFP/Reuters)",
    "Penulis",
    ":",
    "Editor",
    "Komentar",
    "Laporkan komentar",
    "https://example.com/x",
    "www.kompas.com",
    "redaksi@koran.id",
    " ",
    ".",
    "İ",
    "ſ",
    "\u212a",
    "x",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(SHORT_FRAGMENTS), max_size=5))
def test_the_short_line_dispatch_answers_as_the_nested_regex(parts: list[str]) -> None:
    text = "".join(parts).strip()
    old = _old_short_line_re().match(text)
    new = pf.SHORT_LINE_RE.match(text)
    assert (old and old.lastgroup) == (new and new.lastgroup)
    assert (old and old.span()) == (new and new.span())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=25))
def test_the_short_line_dispatch_answers_as_the_nested_regex_on_any_text(text: str) -> None:
    old = _old_short_line_re().match(text)
    new = pf.SHORT_LINE_RE.match(text)
    assert (old and old.lastgroup) == (new and new.lastgroup)
