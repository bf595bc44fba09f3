"""People in bylines: what a person's name looks like, how a byline line names authors, editors and
translators ("Penulis: …", "Rep: X/ Red: Y"), and a photo credit "Outlet/Name".

Part of the visible-metadata reader (:mod:`warta.stages.metadata`), which re-exports it.
"""

from __future__ import annotations

import re
from typing import Final

from warta.lang.id import bylines as b
from warta.lang.id import page_grammar as g
from warta.lang.id.calendar import (
    ENGLISH_WEEKDAYS,
    WEEKDAYS,
)
from warta.lang.id.page_widgets import SHARE_BUTTON_WORDS
from warta.stages.outlet_names import canonical_outlet, domain_outlet, title_case
from warta.stages.regex_prefix import NON_ASCII_CASE_FOLDED
from warta.stages.visible_dates import DIGIT_RE, PAGE_MONTHS

NAME_MAX_WORDS: Final = 5
"""A person's name in a byline has at most this many words."""

# --- people -------------------------------------------------------------------------------------

_NAME_WORD_RE: Final = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.)$")
_PARTICLES: Final = frozenset(g.NAME_PARTICLES)
CALENDAR_WORDS: Final = frozenset(PAGE_MONTHS) | frozenset(WEEKDAYS) | frozenset(ENGLISH_WEEKDAYS)
_SECTION_WORDS: Final = frozenset(g.SECTION_LABELS)
SPLIT_NAMES_RE: Final = re.compile(r"\s*(?:,|&|/|;|\bdan\b|\band\b)\s*")
_BYLINE_RE: Final = re.compile(
    r"^(?P<label>" + "|".join(re.escape(x) for x in g.BYLINE_LABELS) + r")\s*(?::|\s-\s)\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_BYLINE_NO_COLON_RE: Final = re.compile(
    r"^(?P<label>" + "|".join(re.escape(x.capitalize()) for x in g.BARE_BYLINE_LABELS) + r")\s+"
    r"(?P<value>[A-Z][\w.'’\-]*,?(?:\s+(?:[A-Z][\w.'’\-]*,?|bin|binti|van|de|dan|,)){0,6})$"
)
"""Kompas-style "Penulis Tito Hilmawan Reditya | Editor Bayu Galih" (no colon, capitalised name;
a role before a comma, "Penulis Kontributor Garut, Nama", is split off by ``split_names``)."""
BYLINE_FIRST_CHARS: Final = frozenset(
    "".join(x[0] + x[0].upper() for x in g.BYLINE_LABELS + g.BARE_BYLINE_LABELS)
    + "".join(NON_ASCII_CASE_FOLDED)
)
"""Every character a byline label can start with, as the case-insensitive regex sees it: a label's
first letter in both cases, and the characters the regex engine also matches to "i", "s" or "k"."""
NAME_DASH_OUTLET_RE: Final = re.compile(r"^(?P<name>[^-–—|]{3,60}?)\s+[-–—]\s+(?P<outlet>[\w.]+)$")
NAME_COMMA_OUTLET_RE: Final = re.compile(
    r"^(?P<name>[A-Z][^,|:()]{2,60}?)\s*(?:,\s+|\()(?P<outlet>[\w. ]{3,30})\)?$"
)
"""A name with its outlet: "Aulia Kusuma, CNBC Indonesia" (CNBC), "Nina A. Loasana (The Jakarta
Post)" (the outlet must be a known one)."""


def has_dash(text: str) -> bool:
    """A hyphen or dash anywhere: what ``NAME_DASH_OUTLET_RE`` needs before it can match."""
    return "-" in text or "–" in text or "—" in text


UPDATED_RE: Final = re.compile(
    r"^(?:diperbarui|diperbaharui|update[d:]?|perbaruan|terakhir diperbarui)\b", re.I
)
"""A date line giving the last update, not the publication: used only when no other is there."""
_REPORTER_OF_RE: Final = re.compile(
    r"^laporan\s+(?:(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+(?:[^,]{2,40},|[\w.\-]+)|oleh)"
    r"\s+(?P<name>.+)$",
    re.IGNORECASE,
)
"""Tribun-style byline: "Laporan Wartawan Tribunnews.com, Nama Penulis", "Laporan Reporter Tribun
Jogja, Nama" (the outlet runs to the comma), and "Laporan oleh Nama" (Suara Surabaya)."""
BY_RE: Final = re.compile(
    r"^(?:By|Oleh|BY|OLEH|by|oleh)\s+([A-Z][^,;:\[]{2,60}?)(?:\s+\[[^\]]{1,40}\])?"
    r"(?:\s+(?:pada|on|di)\s+\S*\d.*)?$"
)
"""'Oleh Nama', also with the date after it ('Oleh Felek Wahyu pada 22 Mar 2023, 10:05 WIB') and the
reporter's place in brackets ('oleh Lusia Arumingtyas [Cilacap] di 14 March 2023')."""
HEADER_BYLINES: Final = ((BY_RE, frozenset("BObo")), (_REPORTER_OF_RE, frozenset("lL")))
"""Unlabelled header bylines with the characters each can start with (a test before the regex)."""
_AUTHOR_LABELS: Final = frozenset(g.AUTHOR_LABELS)
_EDITOR_LABELS: Final = frozenset(g.EDITOR_LABELS)
_TRANSLATOR_LABELS: Final = frozenset(g.TRANSLATOR_LABELS)
STAFF_ROLE_WORDS: Final = frozenset(g.STAFF_ROLE_WORDS)
ROLE_AFTER_NAME_RE: Final = re.compile(
    r"^(?P<name>[A-Z][^,|:]{2,60}?),\s*(?P<role>" + "|".join(b.ROLE_AFTER_NAME) + r")\.?$", re.IGNORECASE
)
"""Okezone-style byline: "Rizky Hidayat, Jurnalis"."""
ROLE_AFTER_NAME_EDITORS: Final = frozenset(b.ROLE_AFTER_NAME_EDITORS)
_LABEL_BOUNDARY_RE: Final = re.compile(
    r"\s*[/,;•·]\s*(?=(?:" + "|".join(re.escape(x) for x in g.BYLINE_LABELS) + r")\s*:)"
    r"|\s+(?=(?:" + "|".join(re.escape(x) for x in g.BYLINE_LABELS) + r")\s*:)",
    re.IGNORECASE,
)
"""Where a second labelled credit starts inside one segment: "Rep: X/ Red: Y", "Penulis: X Editor: Y"."""
DATE_NAME_SPLIT_RE: Final = re.compile(b.DATE_NAME_SEPARATORS)
NOT_A_PERSON: Final = frozenset(b.NOT_A_PERSON_WORDS)


_HEADLINE_WORD_RE: Final = re.compile(r"(?:" + b.HEADLINE_WORD_PATTERNS + r")$", re.IGNORECASE)
_HEADLINE_ACRONYM_RE: Final = re.compile(b.HEADLINE_ACRONYM + "$")


_HEADLINE_VOCABULARY: Final = frozenset(
    b.HEADLINE_VOCABULARY + b.INSTITUTION_WORDS + tuple(h for h in b.AFFILIATION_HEADS if " " not in h)
)


def _headline_word(word: str, shouted: bool) -> bool:
    """A word of headlines, never of a person's name (an acronym only counts in a mixed-case line)."""
    if _HEADLINE_WORD_RE.match(word) or word.lower() in _HEADLINE_VOCABULARY:
        return True
    return not shouted and _HEADLINE_ACRONYM_RE.match(word) is not None


def is_person_name(text: str, labelled: bool = False) -> bool:
    """A byline-shaped person's name: 1–5 capitalised words, no digits, no outlet or calendar word,
    no word that only headlines are made of ("Resmikan", "Kenaikan", "KPK") unless a byline label
    names it (``labelled``: "Editor: PR Wire" is what the page credits)."""
    words = text.split()
    if not 1 <= len(words) <= NAME_MAX_WORDS or DIGIT_RE.search(text):
        return False
    capitalised = 0
    months = 0
    for word in words:
        lower = word.lower().strip(".,")
        if lower in PAGE_MONTHS and len(words) > 1:  # "Yus Mei Sawitri", "April Lestari": given names
            months += 1
        elif lower in CALENDAR_WORDS or lower in _SECTION_WORDS or lower in STAFF_ROLE_WORDS:
            return False
        if lower in SHARE_BUTTON_WORDS:  # a share bar beside the byline
            return False
        if _NAME_WORD_RE.match(word):
            capitalised += 1
        elif lower not in _PARTICLES:
            return False
    if capitalised - months < 1 or (len(words) == 1 and len(words[0]) <= 2):
        return False
    if not labelled and len(words) > 1:
        shouted = text.isupper()
        if any(_headline_word(w.strip(".,'’\""), shouted) for w in words):
            return False
    return not (canonical_outlet(text) or ("." in text and domain_outlet(text)))


_VALUE_END_RE: Final = re.compile(
    r"\s+(?:(?:" + "|".join(w.capitalize() for w in WEEKDAYS if w.isalpha()) + r")\b|\d)"
)
"""Where a byline value runs into the date printed after it ("Editor: Y Kamis, 16 Mar 2023")."""


def split_names(value: str) -> list[str]:
    """Names in a byline value ("A, B dan C"), title-cased when shouted, non-names dropped."""
    value = _VALUE_END_RE.split(value, maxsplit=1)[0]
    value = re.sub(r"\(.*?\)", " ", value)
    value = NAME_DASH_OUTLET_RE.sub(lambda m: m.group("name"), value.strip())
    names = []
    for part in SPLIT_NAMES_RE.split(value):
        name = title_case(part.strip(" .:-|"))
        if name and is_person_name(name, labelled=True):
            names.append(name)
    return names


def role_of_label(label: str) -> str | None:
    label = label.lower()
    if label in _AUTHOR_LABELS:
        return "author"
    if label in _EDITOR_LABELS:
        return "editor"
    if label in _TRANSLATOR_LABELS:
        return "translator"
    return None


_LABEL_STARTS: Final = tuple(sorted({x.lower() for x in g.BYLINE_LABELS + g.BARE_BYLINE_LABELS}))
_LONGEST_LABEL: Final = max(map(len, _LABEL_STARTS))


def _may_open_with_label(segment: str) -> bool:
    """Whether a byline label can open ``segment`` (stripped) as ``_BYLINE_RE`` and
    ``_BYLINE_NO_COLON_RE`` read it: a cheap test before those regexes."""
    if segment[:1] not in BYLINE_FIRST_CHARS:
        return False
    head = segment[:_LONGEST_LABEL]
    return head.lower().startswith(_LABEL_STARTS) or any(c in head for c in NON_ASCII_CASE_FOLDED)


def byline_people(line: str) -> list[tuple[str, str]]:
    """(role, name) pairs stated by a byline line or a "|"-separated header segment."""
    found: list[tuple[str, str]] = []
    if "|" not in line and not _may_open_with_label(line.strip()):
        return found  # one segment, and no label starts it (most lines)
    segments = [segment.strip() for segment in line.split("|")]
    if ":" in line:  # "Rep: X/ Red: Y": a labelled segment holding a second label
        segments = [
            part.strip()
            for segment in segments
            for part in (
                _LABEL_BOUNDARY_RE.split(segment)
                if _may_open_with_label(segment) and _BYLINE_RE.match(segment)
                else (segment,)
            )
        ]
    for segment in segments:
        if not _may_open_with_label(segment):  # most segments: no label starts here
            continue
        match = _BYLINE_RE.match(segment) or _BYLINE_NO_COLON_RE.match(segment)
        if not match:
            continue
        role = role_of_label(match.group("label"))
        if role:
            found.extend((role, name) for name in split_names(match.group("value")))
    return found


OUTLET_CREDIT_MAX_WORDS: Final = 7
"""A lone photo credit "Outlet/Name" is short."""


def is_outlet_credit(line: str) -> bool:
    """A photo credit standing alone: a known outlet, a slash, a person's name ("IDN Times/Asrhawi
    Muin", "Tribun-Papua.com/Yohana Kambu") — the credit of the picture above it."""
    outlet, slash, name = line.strip().partition("/")
    if not slash or len(line.split()) > OUTLET_CREDIT_MAX_WORDS:
        return False
    return canonical_outlet(outlet) is not None and is_person_name(name.strip())
