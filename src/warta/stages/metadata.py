"""Metadata a reader sees on the page: title, outlet, date, bylines, dateline, wire sources.

Used by both extractors. The rules read only the parts of the page that belong to the article:
the header just above the body (headline, date line, byline), the body itself (dateline, "dilansir
dari …"), and the footer just below it (editor, translator, "Sumber: …", copyright). Dates and names
in sidebars and related-headline lists are never taken: the header window stops at list headers
and is a few lines long. Unknown values stay None or empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from warta.lang.id import bylines as b
from warta.lang.id import cities
from warta.lang.id import outlets as o
from warta.lang.id import page_grammar as g
from warta.lang.id.calendar import (
    DEFAULT_OFFSET,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    MONTHS,
    TIME_ZONES,
    WEEKDAYS,
)
from warta.lang.id.page_widgets import CREDIT_TRAILING_CODE, SHARE_BUTTON_WORDS
from warta.stages import postfilter as pf

WIRE_OUTLETS: Final = frozenset({"ANTARA"})
"""Outlets that are also wire agencies: their dateline on another outlet's page marks a wire copy."""

HEADER_MAX_LINES: Final = 12
"""Non-blank lines above the body searched for the headline, date line and byline."""

FOOTER_MAX_LINES: Final = 12
"""Non-blank lines below the body searched for editor, translator, source and byline lines."""

WINDOW_MAX_SCAN: Final = 60
"""Lines (blank included) scanned at most around the body for header or footer lines."""

FURNITURE_KINDS: Final = frozenset({"share", "pager", "ad", "comment", "url", "insert", "timestamp"})
"""Boilerplate kinds that a header window may step over together with a related box."""

TITLE_MAX_DISTANCE: Final = 3
"""The headline stands at most this many (countable) lines above the date line."""

DATE_LINE_MAX_WORDS: Final = 16
"""A line with a date and at most this many words is a date line, not prose mentioning a date."""

NAME_MAX_WORDS: Final = 5
"""A person's name in a byline has at most this many words."""


@dataclass(frozen=True)
class VisibleMetadata:
    """What the visible text of a page says about the article. Unknown: None or ()."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    dateline: str | None = None
    wire_sources: tuple[str, ...] = ()


# --- dates ---------------------------------------------------------------------------------------

PAGE_MONTHS: Final = {**MONTHS, **ENGLISH_MONTHS}
"""Month names of page date lines: Indonesian, and English as some outlets' page chrome prints them."""
_MONTH_ALT: Final = "|".join(sorted(PAGE_MONTHS, key=len, reverse=True))
_ZONE_ALT: Final = "|".join(sorted(TIME_ZONES, key=len, reverse=True))
_TIME: Final = (
    r"(?:\s*(?:[,|/•·\-–—]\s*)?(?:(?:pukul|jam|at)\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?)?"
)
_ZONE: Final = rf"(?:\s*(?P<Z>{_ZONE_ALT})\b)?"
TEXT_DATE_RE: Final = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d\d)\b{_TIME}{_ZONE}",
    re.IGNORECASE,
)
MDY_DATE_RE: Final = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"{_TIME}(?:\s*(?P<ap>[ap])\.?m\b\.?)?{_ZONE}",
    re.IGNORECASE,
)
"""English month-first dates of some outlets' page chrome: "March 16, 2023 | 2:45 pm"."""
NUMERIC_DATE_RE: Final = re.compile(
    rf"(?<![\d/.])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)\b{_TIME}{_ZONE}",
    re.IGNORECASE,
)
ISO_DATE_RE: Final = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_DIGIT_RE: Final = re.compile(r"\d")
_LOWER_WORD_RE: Final = re.compile(r"(?<![\w'’])[a-z]{2,}")

DATE_LINE_MAX_LOWER_WORDS: Final = 3
"""A date line holds at most a few lower-case words ("pukul", "on … at"); a sentence holds more."""


def parse_published(line: str) -> str | None:
    """The date (and time) a date line states, as ISO 8601: "2023-02-04T15:30:00+07:00".

    Handles "Kompas.com - 04/02/2023, 15:30 WIB", "JUMAT, 14 JULI 2023 | 20:13 WIB",
    "Kamis, 5 November 2015 14:56 WIB", "Senin, 15 Februari 2016, 16:15 WIB". A stated time with
    no zone is Jakarta time; a date with no time is returned as a bare date ("2023-02-04").
    """
    if not _DIGIT_RE.search(line):
        return None
    for regex in (TEXT_DATE_RE, MDY_DATE_RE, NUMERIC_DATE_RE, ISO_DATE_RE):
        match = regex.search(line)
        if not match:
            continue
        parts = match.groupdict()
        month = PAGE_MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
        try:
            day = date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
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
    return None


def is_date_line(line: str) -> bool:
    """A short line whose point is a date ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views"),
    not a sentence that mentions one ("Warga kembali pada Minggu (5/2/2023).")."""
    if len(line.split()) > DATE_LINE_MAX_WORDS or not _DIGIT_RE.search(line):
        return False
    if len(_LOWER_WORD_RE.findall(line)) > DATE_LINE_MAX_LOWER_WORDS:
        return False
    return parse_published(line) is not None


# --- outlets ------------------------------------------------------------------------------------

_ALIAS_RE: Final = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(a) for a in sorted(o.OUTLET_ALIASES, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)
_HOSTNAME_RE: Final = re.compile(
    r"[a-z0-9-](?<![\w-].)[a-z0-9-]*\.(?:[a-z0-9-]+\.)*(?:com|id|co|net|tv|org)\b", re.IGNORECASE
)
"""Anything shaped like a host name (labels and dots, then a known ending, not inside a word); its
registered domain is then looked up in OUTLET_DOMAINS. The first character comes first in the
pattern (so the engine skips to it fast), then a look back checks no word character precedes it."""
_TLD_DOT_RE: Final = re.compile(r"\.(?:com|id|co|net|tv|org)\b", re.IGNORECASE)
"""The ending every ``_HOSTNAME_RE`` match holds: a fast literal scan finds where host names can be."""


def domain_outlet(text: str) -> str | None:
    """The outlet of the first known domain printed in ``text`` ("www.antaranews.com" → ANTARA)."""
    first = _TLD_DOT_RE.search(text)
    if first is None:
        return None
    # Every host name holds a ".com"-like ending and none spans lines, so none starts before the
    # line of the first such ending: the costly scan starts there.
    start = text.rfind("\n", 0, first.start()) + 1
    for match in _HOSTNAME_RE.finditer(text, start):
        host = match.group(0).lower()
        while "." in host:
            if host in o.OUTLET_DOMAINS:
                return o.OUTLET_DOMAINS[host]
            host = host.split(".", 1)[1]
    return None


_SIGNATURES: Final = tuple((re.compile(p), name) for p, name in o.OUTLET_HEADER_SIGNATURES)


def canonical_outlet(name: str) -> str | None:
    """The canonical outlet for a spelling ("KOMPAS.com" → "Kompas.com", "TEMPO.CO" → "Tempo.co")."""
    key = name.strip().strip("()").lower()
    if key in o.OUTLET_ALIASES:
        return o.OUTLET_ALIASES[key]
    if key in o.OUTLET_DOMAINS:
        return o.OUTLET_DOMAINS[key]
    for prefix, outlet in o.OUTLET_CHANNEL_PREFIXES.items():
        if not key.startswith(prefix):
            continue
        channel = key[len(prefix) :].split(".", 1)[0]
        if not channel or channel.isalpha():
            return outlet
    if key.startswith(o.NETWORK_PREFIX) and key.endswith((".com", ".id", ".co.id")):
        return _network_site(name.strip().strip("()"))
    return None


def _network_site(name: str) -> str:
    """A regional site of the Tribun network under the name it prints: "TRIBUN-TIMUR.COM" →
    "Tribun-Timur.com", "TribunJatim.com" kept; the main site is "Tribunnews.com"."""
    if name.lower() == o.NETWORK_MAIN_SITE:
        return o.OUTLET_ALIASES[o.NETWORK_MAIN_SITE]
    return _printed_domain(name)


def _printed_domain(name: str) -> str:
    """A domain as an outlet name, capitalised part by part ("POS-KUPANG.COM" → "Pos-Kupang.com",
    "Tribun-timur.com" → "Tribun-Timur.com", "harianjogja.com" → "Harianjogja.com"); camel case as
    printed ("TribunJatim.com")."""
    label, dot, suffix = name.partition(".")
    parts = (p if p[1:] != p[1:].lower() and not p.isupper() else p.capitalize() for p in label.split("-"))
    return "-".join(parts) + dot + suffix.lower()


def dateline_outlet(name: str) -> str | None:
    """The outlet of a dateline token: canonical when known, else the domain as the page prints it
    ("Harianjogja.com"), since the page itself states it."""
    known = canonical_outlet(name)
    if known or "." not in name:
        return known
    return _printed_domain(name)


def outlet_in_line(line: str) -> str | None:
    """The first outlet named (by name or domain) in ``line``."""
    found = domain_outlet(line) if "." in line else None
    if found:
        return found
    match = _ALIAS_RE.search(line)
    if match:
        return canonical_outlet(match.group(0))
    return None


# --- datelines ----------------------------------------------------------------------------------

_OUTLET_TOKENS: Final = "|".join(o.DATELINE_OUTLET_TOKENS)
_PAREN_OUTLETS: Final = "|".join(o.PAREN_DATELINE_OUTLETS)
_CITY: Final = r"[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3}"
_DASH: Final = r"\s*(?:-{1,2}|–|—)"
_SHOUTED_CITY: Final = r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}"
DATELINE_PATTERNS: Final = (
    # "Shanghai (ANTARA) -", "Mataram, NTB (ANTARA News) -",
    # "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -"
    re.compile(
        rf"^(?P<city>{_CITY})(?:,\s*[^()]{{1,40}}?)?\s*\((?P<outlet>{_PAREN_OUTLETS})(?:/[^)]*)?\){_DASH}"
    ),
    # "SHANGHAI, KOMPAS.com -"
    re.compile(rf"^(?P<city>{_CITY}),\s*(?P<outlet>{_OUTLET_TOKENS}){_DASH}"),
    # "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -", "REPUBLIKA.CO.ID, JAKARTA --"
    re.compile(rf"^(?P<outlet>{_OUTLET_TOKENS}),\s*(?P<city>{_CITY}){_DASH}"),
    # "KBRN, Ambon: …" (RRI): outlet first, the city after a comma, then a colon
    re.compile(rf"^(?P<outlet>{_OUTLET_TOKENS}),\s*(?P<city>{_CITY}):\s"),
    # "KONTAN.CO.ID - JAKARTA. …": outlet first, the city in capitals after a dash, then a stop
    re.compile(rf"^(?P<outlet>{_OUTLET_TOKENS}){_DASH}\s*(?P<city>{_SHOUTED_CITY})[.,]\s"),
    # "Kapanlagi.com - …": an outlet with no city
    re.compile(rf"^(?P<outlet>{_OUTLET_TOKENS}){_DASH}\s+(?=[^\W\d])"),
)
BARE_DATELINE_RE: Final = re.compile(
    r"^(?P<city>[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*)?)" + _DASH + r"(?:\s+(?=[^\W\d])|$)"
)
""""Jakarta - …" (detik): only trusted on the first body line, and only for a known-looking city."""

DATELINE_CITIES: Final = frozenset(c.lower() for c in (*cities.INDONESIAN_CITIES, *cities.FOREIGN_CITIES))
COLON_DATELINE_RE: Final = re.compile(
    r"^(?P<city>[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*){0,3}):\s+(?=[A-Z\"“])"
)
""""Jakarta: Bank Indonesia …" (Medcom): only on the first body line, and only for a known city
(a speaker's label or "Catatan:" takes the same form)."""


OUTLET_DATELINE_MIN_WORDS: Final = 8
"""Words a paragraph opened by a bare outlet name must have to be a body paragraph."""


@dataclass(frozen=True)
class Dateline:
    city: str | None
    outlet: str | None


def _title_case(text: str) -> str:
    """Upper-case names to title case ("SHANGHAI" → "Shanghai"); mixed case is kept, and so are
    two-letter abbreviations in a shouted name ("WASHINGTON DC" → "Washington DC")."""
    text = " ".join(text.split())
    if text.isupper():
        return " ".join(w.capitalize() if not w.isdigit() and len(w) > 2 else w for w in text.split())
    return text


_OUTLET_COMMA_RE: Final = re.compile(rf"^(?P<outlet>{_OUTLET_TOKENS}),[ \t]*")
_WORD_RE: Final = re.compile(r"\S+")
UNDASHED_CITY_MAX_WORDS: Final = 3
"""Words of a known city looked for after "Outlet," in a dateline that lost its dash."""


def undashed_outlet_dateline(line: str) -> tuple[Dateline, int] | None:
    """ "Liputan6.com, Jakarta London Love Story …": an outlet dateline whose dash the page lost
    (it stood in its own element), read only when a known city follows the comma; the dateline and
    the offset where the report begins."""
    match = _OUTLET_COMMA_RE.match(line)
    if not match:
        return None
    words = list(_WORD_RE.finditer(line, match.end()))[: UNDASHED_CITY_MAX_WORDS + 1]
    for count in range(min(UNDASHED_CITY_MAX_WORDS, len(words) - 1), 0, -1):
        city = line[match.end() : words[count - 1].end()]
        if " ".join(city.split()).lower() in DATELINE_CITIES:
            return Dateline(_title_case(city), dateline_outlet(match.group("outlet"))), words[count].start()
    return None


def parse_dateline(line: str, first_line: bool = True) -> Dateline | None:
    """The dateline at the start of a body paragraph, if any: city and outlet as printed."""
    for regex in DATELINE_PATTERNS:
        match = regex.match(line)
        if match:
            parts = match.groupdict()
            city = parts.get("city")
            outlet = dateline_outlet(parts["outlet"]) if parts.get("outlet") else None
            return Dateline(_title_case(city) if city else None, outlet)
    if first_line:
        match = BARE_DATELINE_RE.match(line)
        city = match.group("city") if match else ""
        if (
            match
            and len(city.split()) <= 2
            and not canonical_outlet(city)
            and not canonical_outlet(city.split()[0])
        ):
            return Dateline(_title_case(match.group("city")), None)
        match = COLON_DATELINE_RE.match(line) if ":" in line[:40] else None
        if match and match.group("city").lower() in DATELINE_CITIES:
            return Dateline(_title_case(match.group("city")), None)
        undashed = undashed_outlet_dateline(line)
        if undashed:
            return undashed[0]
    return None


def is_colon_dateline(line: str) -> bool:
    """A paragraph opened by a known city and a colon ("Seoul: Pemerintah …", Medcom's dateline)."""
    match = COLON_DATELINE_RE.match(line) if ":" in line[:40] else None
    return bool(match and match.group("city").lower() in DATELINE_CITIES)


OUTLET_CREDIT_MAX_WORDS: Final = 7
"""A lone photo credit "Outlet/Name" is short."""


def is_outlet_credit(line: str) -> bool:
    """A photo credit standing alone: a known outlet, a slash, a person's name ("IDN Times/Asrhawi
    Muin", "Tribun-Papua.com/Yohana Kambu") — the credit of the picture above it."""
    outlet, slash, name = line.strip().partition("/")
    if not slash or len(line.split()) > OUTLET_CREDIT_MAX_WORDS:
        return False
    return canonical_outlet(outlet) is not None and is_person_name(name.strip())


def is_dateline_line(line: str) -> bool:
    """A paragraph that opens with an outlet dateline ("SHANGHAI, KOMPAS.com - …"). A bare outlet
    ("Kapanlagi.com - …") only counts when a sentence follows, not a site slogan."""
    if any(regex.match(line) for regex in DATELINE_PATTERNS[:-1]):
        return True
    return len(line.split()) >= OUTLET_DATELINE_MIN_WORDS and bool(DATELINE_PATTERNS[-1].match(line))


# --- people -------------------------------------------------------------------------------------

_NAME_WORD_RE: Final = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.)$")
_PARTICLES: Final = frozenset(g.NAME_PARTICLES)
_CALENDAR_WORDS: Final = frozenset(PAGE_MONTHS) | frozenset(WEEKDAYS) | frozenset(ENGLISH_WEEKDAYS)
_SECTION_WORDS: Final = frozenset(g.SECTION_LABELS)
_SPLIT_NAMES_RE: Final = re.compile(r"\s*(?:,|&|/|;|\bdan\b|\band\b)\s*")
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
_BYLINE_FIRST_CHARS: Final = frozenset(
    "".join(x[0] + x[0].upper() for x in g.BYLINE_LABELS + g.BARE_BYLINE_LABELS) + "\u0130\u0131\u017f\u212a"
)
"""Every character a byline label can start with, as the case-insensitive regex sees it: a label's
first letter in both cases, and the characters the regex engine also matches to "i", "s" or "k"."""
_NAME_DASH_OUTLET_RE: Final = re.compile(r"^(?P<name>[^-–—|]{3,60}?)\s+[-–—]\s+(?P<outlet>[\w.]+)$")
_NAME_COMMA_OUTLET_RE: Final = re.compile(
    r"^(?P<name>[A-Z][^,|:()]{2,60}?)\s*(?:,\s+|\()(?P<outlet>[\w. ]{3,30})\)?$"
)
"""A name with its outlet: "Aulia Kusuma, CNBC Indonesia" (CNBC), "Nina A. Loasana (The Jakarta
Post)" (the outlet must be a known one)."""


def _has_dash(text: str) -> bool:
    """A hyphen or dash anywhere: what ``_NAME_DASH_OUTLET_RE`` needs before it can match."""
    return "-" in text or "–" in text or "—" in text


_UPDATED_RE: Final = re.compile(
    r"^(?:diperbarui|diperbaharui|update[d:]?|perbaruan|terakhir diperbarui)\b", re.I
)
"""A date line giving the last update, not the publication: used only when no other is there."""
_REPORTER_OF_RE: Final = re.compile(
    r"^laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+(?:[^,]{2,40},|[\w.\-]+)\s+(?P<name>.+)$",
    re.IGNORECASE,
)
"""Tribun-style byline: "Laporan Wartawan Tribunnews.com, Nama Penulis", "Laporan Reporter Tribun
Jogja, Nama" (the outlet runs to the comma)."""
_BY_RE: Final = re.compile(
    r"^(?:By|Oleh|BY|OLEH|by|oleh)\s+([A-Z][^,;:\[]{2,60}?)(?:\s+\[[^\]]{1,40}\])?"
    r"(?:\s+(?:pada|on|di)\s+\S*\d.*)?$"
)
"""'Oleh Nama', also with the date after it ('Oleh Felek Wahyu pada 22 Mar 2023, 10:05 WIB') and the
reporter's place in brackets ('oleh Lusia Arumingtyas [Cilacap] di 14 March 2023')."""
_HEADER_BYLINES: Final = ((_BY_RE, frozenset("BObo")), (_REPORTER_OF_RE, frozenset("lL")))
"""Unlabelled header bylines with the characters each can start with (a test before the regex)."""
_AUTHOR_LABELS: Final = frozenset(g.AUTHOR_LABELS)
_EDITOR_LABELS: Final = frozenset(g.EDITOR_LABELS)
_TRANSLATOR_LABELS: Final = frozenset(g.TRANSLATOR_LABELS)
_STAFF_ROLE_WORDS: Final = frozenset(g.STAFF_ROLE_WORDS)
_ROLE_AFTER_NAME_RE: Final = re.compile(
    r"^(?P<name>[A-Z][^,|:]{2,60}?),\s*(?P<role>" + "|".join(b.ROLE_AFTER_NAME) + r")\.?$", re.IGNORECASE
)
"""Okezone-style byline: "Rizky Hidayat, Jurnalis"."""
_ROLE_AFTER_NAME_EDITORS: Final = frozenset(b.ROLE_AFTER_NAME_EDITORS)
_LABEL_BOUNDARY_RE: Final = re.compile(
    r"\s*[/,;•·]\s*(?=(?:" + "|".join(re.escape(x) for x in g.BYLINE_LABELS) + r")\s*:)"
    r"|\s+(?=(?:" + "|".join(re.escape(x) for x in g.BYLINE_LABELS) + r")\s*:)",
    re.IGNORECASE,
)
"""Where a second labelled credit starts inside one segment: "Rep: X/ Red: Y", "Penulis: X Editor: Y"."""
_DATE_NAME_SPLIT_RE: Final = re.compile(b.DATE_NAME_SEPARATORS)
_NOT_A_PERSON: Final = frozenset(b.NOT_A_PERSON_WORDS)


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
    if not 1 <= len(words) <= NAME_MAX_WORDS or _DIGIT_RE.search(text):
        return False
    capitalised = 0
    months = 0
    for word in words:
        lower = word.lower().strip(".,")
        if lower in PAGE_MONTHS and len(words) > 1:  # "Yus Mei Sawitri", "April Lestari": given names
            months += 1
        elif lower in _CALENDAR_WORDS or lower in _SECTION_WORDS or lower in _STAFF_ROLE_WORDS:
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
    value = _NAME_DASH_OUTLET_RE.sub(lambda m: m.group("name"), value.strip())
    names = []
    for part in _SPLIT_NAMES_RE.split(value):
        name = _title_case(part.strip(" .:-|"))
        if name and is_person_name(name, labelled=True):
            names.append(name)
    return names


def _label_role(label: str) -> str | None:
    label = label.lower()
    if label in _AUTHOR_LABELS:
        return "author"
    if label in _EDITOR_LABELS:
        return "editor"
    if label in _TRANSLATOR_LABELS:
        return "translator"
    return None


def byline_people(line: str) -> list[tuple[str, str]]:
    """(role, name) pairs stated by a byline line or a "|"-separated header segment."""
    found: list[tuple[str, str]] = []
    segments = line.split("|")
    if ":" in line:  # "Rep: X/ Red: Y": a labelled segment holding a second label
        segments = [
            part
            for segment in segments
            for part in (
                _LABEL_BOUNDARY_RE.split(segment) if _BYLINE_RE.match(segment.strip()) else (segment,)
            )
        ]
    for segment in segments:
        segment = segment.strip()
        if segment[:1] not in _BYLINE_FIRST_CHARS:  # most lines: no label can start here
            continue
        match = _BYLINE_RE.match(segment) or _BYLINE_NO_COLON_RE.match(segment)
        if not match:
            continue
        role = _label_role(match.group("label"))
        if role:
            found.extend((role, name) for name in split_names(match.group("value")))
    return found


# --- wire sources -------------------------------------------------------------------------------

_SOURCE_NAME: Final = r"(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|the|de|di)){0,4})"
WIRE_CUE_RE: Final = re.compile(
    r"\b(?:[Dd]ilansir(?:\s+dari)?|[Mm]elansir(?:\s+dari)?|[Dd]ikutip(?:\s+\w+)?\s+dari|[Dd]ikutip|"
    r"[Mm]enurut\s+laporan|"
    r"[Mm]engutip(?:\s+dari)?|[Ss]eperti\s+dilaporkan|[Dd]ilaporkan\s+oleh|"
    r"[Ss]eperti\s+diberitakan|[Dd]iwartakan|[Mm]emetik)\s+(?:laman\s+|situs\s+|media\s+|kantor\s+berita\s+)?"
    + _SOURCE_NAME
)
SYNDICATION_RE: Final = re.compile(
    "^" + b.SYNDICATION_CREDIT + r"(?P<name>[\w][\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*){0,3})", re.IGNORECASE
)
"""The first publisher named by a syndication credit line ("Artikel ini telah tayang di X …")."""
SYNDICATION_TRIGGERS: Final = ("tayang", "terbit", "dimuat", "dipublikasikan")
"""Literal stems of a syndication credit (substring tests are far cheaper than a regex search)."""
SYNDICATION_TAIL_LINES: Final = 3
"""A syndication credit closes the page: it is looked for below the body and in its last lines."""
WIRE_CUE_TRIGGERS: Final = ("lansir", "kutip", "lapor", "diberitakan", "warta", "emetik")
"""Stems of every wire cue: the full cue pattern only runs on lines that hold one."""
_SOURCE_TRAILING_WORDS: Final = frozenset(
    {"pada", "dan", "yang", "di", "of", "the", "de"} | set(WEEKDAYS) | set(MONTHS)
)


def _clean_source(name: str) -> str | None:
    words = name.strip(" .,;:").split()
    while words and words[-1].lower().strip(".,") in _SOURCE_TRAILING_WORDS:
        words.pop()
    if not words or words[0].lower() in _CALENDAR_WORDS:
        return None
    text = " ".join(words).strip(" .,;:")
    key = text.lower()
    if key in o.WIRE_AGENCIES:
        return o.WIRE_AGENCIES[key]
    return canonical_outlet(text) or (text if len(text) > 1 else None)


def wire_sources_in(text: str) -> list[str]:
    """Sources the body says it took its story from ("Dilansir dari Reuters", "Melansir Newsweek")."""
    found: list[str] = []
    if not any(t in text for t in WIRE_CUE_TRIGGERS):
        return found
    for match in WIRE_CUE_RE.finditer(text):
        source = _clean_source(match.group("name"))
        if source:
            found.append(source)
    return found


_CREDIT_TRAILING_CODE_RE: Final = re.compile(CREDIT_TRAILING_CODE)
_CREDIT_FIRST_CHARS: Final = frozenset("(sS\u017f")
"""What a credit line can start with: "(" of "(Reuters)", or the s of "Sumber" (and the long s the
case-insensitive regex also takes for it). Most lines start otherwise and skip both regexes."""


def source_credit(line: str) -> str | None:
    """The (first) source of a "Sumber: Reuters" / "Sumber Reuters" / "(AFP/Reuters)" credit line."""
    found = source_credits(line)
    return found[0] if found else None


_INITIALS_BEFORE_WIRES_RE: Final = re.compile("^" + b.INITIALS_BEFORE_WIRES)


def source_credits(line: str) -> list[str]:
    """Every source of a credit line: "Sumber: AFP, Reuters" → ["AFP", "Reuters"] (writer/editor
    initials closing it, "Sumber: Reuters (dce/dce)", "Sumber: Antara [ded]", are no source)."""
    text = line.strip()
    if text[:1].islower() and "/" in text:  # "ae/hp (Reuters, AFP, dpa)": initials first
        text = _INITIALS_BEFORE_WIRES_RE.sub("", text, count=1)
    if text[:1] not in _CREDIT_FIRST_CHARS:
        return []
    if text.endswith((")", "]")) and text[0] != "(":
        text = _CREDIT_TRAILING_CODE_RE.sub("", text).strip()
    match = pf.SOURCE_CREDIT_RE.match(text)
    if match:
        value = match.group("name") or match.group("bare")
    elif pf.WIRE_CREDIT_RE.match(text):
        value = text.strip("() ")
    else:
        return []
    names = (_clean_source(part) for part in _SPLIT_NAMES_RE.split(value))
    return [name for name in names if name]


# --- the page -----------------------------------------------------------------------------------


def _window(lines: Sequence[str], start: int, step: int, limit: int) -> list[int]:
    """Indexes of up to ``limit`` non-blank lines from ``start`` in direction ``step``.

    The window stops at a related-list header: what lies beyond belongs to another block of the
    page. Walking up from the body, a related box that sits between the headline and the body
    (a header followed by nothing but links and buttons) is stepped over instead.
    """
    found: list[int] = []
    i = start
    scanned = 0
    while 0 <= i < len(lines) and len(found) < limit and scanned < WINDOW_MAX_SCAN:
        text = lines[i].strip()
        scanned += 1
        if text:
            if _is_list_header(text, step < 0):
                if step < 0 and all(_is_furniture(lines[j].strip()) for j in found):
                    found = []
                    i += step
                    continue
                break
            found.append(i)
        i += step
    return found


def _is_list_header(text: str, related_too: bool) -> bool:
    """A hard-end header, or (``related_too``) any related-list header, in one key computation."""
    if len(text.split()) > pf.MAX_HEADER_WORDS:
        return False
    key = pf.header_key(text)
    if key in pf.HARD_END_HEADERS:
        return True
    return related_too and (key in pf.RELATED_HEADERS or key.startswith("tweets by @"))


def _is_furniture(text: str) -> bool:
    """A link-list item, button or widget line (no headline, date or byline)."""
    return bool(_LIST_ITEM_RE.match(text)) or pf.boilerplate_kind(text) in FURNITURE_KINDS


def _skippable_header_line(text: str) -> bool:
    """Lines between a headline and its date line that do not count as distance."""
    text = _RUBRIC_PREFIX_RE.sub("", text)
    return (
        pf.BYLINE_LABEL_ONLY_RE.match(text) is not None
        or canonical_outlet(text) is not None
        or is_person_name(text)
        or ("," in text and _ROLE_AFTER_NAME_RE.match(text) is not None)
        or _name_comma_outlet(text)
        or pf.boilerplate_kind(text) in ("caption", "byline", "credit", "share")
        or bool(_name_list(text))
    )


def _name_comma_outlet(text: str) -> bool:
    """A "Name, Outlet" or "Name (Outlet)" byline naming a known outlet."""
    if "," not in text and "(" not in text:
        return False
    match = _NAME_COMMA_OUTLET_RE.match(text)
    if not match or not canonical_outlet(match.group("outlet")):
        return False
    return is_person_name(match.group("name").strip())


_LIST_ITEM_RE: Final = re.compile(r"^(?:[*+•·#|>-]|\d+\.)(?:\s|$)")
_BREADCRUMB_RE: Final = re.compile(r"\s(?:>|»|::|/)(?:\s|$)|^(?:>|»)")
_RUBRIC_PREFIX_RE: Final = re.compile(r"^(?:FOTO|VIDEO|INFOGRAFIS|GALERI|FOTO ?STORY)\s*:\s*(?=\S)")


def is_headline(text: str) -> bool:
    """A line shaped like a headline: 2–30 words, not furniture, not a sentence ending in '.'.

    A rubric prefix ("FOTO: …", "VIDEO: …") belongs to the headline and is not a caption.
    """
    text = _RUBRIC_PREFIX_RE.sub("", text)
    words = text.split()
    if not 2 <= len(words) <= 30 or text.endswith((".", ":", ",", ";")) or "<" in text:
        return False
    if _LIST_ITEM_RE.match(text) or _BREADCRUMB_RE.search(text):
        return False
    if pf.is_boilerplate_line(text) or pf.is_related_header(text) or pf.SECTION_RE.match(text):
        return False
    return not (
        is_date_line(text)
        or is_person_name(text)
        or _NAME_DASH_OUTLET_RE.match(text)
        or ("," in text and _ROLE_AFTER_NAME_RE.match(text))
        or _name_comma_outlet(text)
        or _name_list(text)
    )


TITLE_ABOVE_MIN_WORDS: Final = 4
"""A headline-shaped line above the date with fewer words may be the last item of a menu ("Food &
Travel"): a headline below the date (kumparan prints it there) is preferred to it."""


def _find_title(lines: Sequence[str], header: list[int], date_at: int | None) -> str | None:
    """The headline: just above the date line, else just below it (above the body)."""
    if date_at is None:
        return None
    before = [i for i in header if i < date_at]
    counted = 0
    short: str | None = None  # a short headline-shaped line above: maybe a menu item
    for pos, i in enumerate(before):
        text = lines[i].strip()
        if _skippable_header_line(text) or _under_a_name(lines, before, pos):
            continue
        counted += 1
        if counted > TITLE_MAX_DISTANCE:
            break
        if is_headline(text):
            if len(text.split()) < TITLE_ABOVE_MIN_WORDS:
                short = short or text
                continue
            return _above_deck(lines, before, i) or text
    after = sorted(i for i in header if i > date_at)
    for i in after:
        text = lines[i].strip()
        if is_headline(text) and len(text.split()) >= 3:
            return text
    return short


_BRACKETED_RE: Final = re.compile(r"\([^()]*\)")


def _only_bracketed_date(line: str) -> bool:
    """A line whose only date stands in brackets after a weekday, as a sentence or caption cites
    a day ("Foto: … Jembrana, Rabu (10/5/2023)."): no page date stamp is written so."""
    return "(" in line and parse_published(_BRACKETED_RE.sub(" ", line)) is None


DECK_MIN_LOWER_RATIO: Final = 0.5
"""A headline-shaped line with at least this share of lower-case words is in sentence case."""


def _lower_share(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) / len(words) if words else 0.0


def _above_deck(lines: Sequence[str], before: list[int], at: int) -> str | None:
    """The Title Case headline right above a sentence-case line: that line is the deck (the
    standfirst printed under the headline, "Ketua asosiasi … minta pemerintah …"), not the title."""
    pos = before.index(at)
    if pos + 1 >= len(before) or _lower_share(lines[at]) < DECK_MIN_LOWER_RATIO:
        return None
    upper = lines[before[pos + 1]].strip()
    if is_headline(upper) and _lower_share(upper) < DECK_MIN_LOWER_RATIO and len(upper.split()) >= 3:
        return upper
    return None


_AFFILIATION_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+(?:"
    + "|".join(h.replace(" ", r"\s+") for h in b.AFFILIATION_HEADS)
    + r")\b(?P<rest>[^.!?]{0,100})$",
    re.IGNORECASE,
)
COLUMNIST_MAX_WORDS: Final = 16
"""A columnist's byline with the affiliation is short."""


def _columnist(text: str) -> str | None:
    """The writer of a "Name Dosen …, Universitas …" opinion byline, or None."""
    if len(text.split()) > COLUMNIST_MAX_WORDS:
        return None
    match = _AFFILIATION_RE.match(text)
    if not match or not match.group("name")[0].isupper():
        return None
    name = match.group("name")
    return name if is_person_name(name) and len(name.split()) >= b.BARE_NAME_MIN_WORDS else None


def _undated_title(lines: Sequence[str], header: list[int]) -> tuple[str | None, list[str]]:
    """Headline and columnist of a page that states no date (an opinion column): the headline is
    the nearest headline-shaped line above the body, past the columnist's byline and credits."""
    columnist: list[str] = []
    anchor = None  # position in ``header`` of the byline that anchors the headline
    for pos, i in enumerate(header[:UNDATED_ANCHOR_SEARCH_LINES]):
        text = lines[i].strip()
        name = _columnist(text)
        if name:
            columnist, anchor = [name], pos
            break
        if pf.BYLINE_LABEL_ONLY_RE.match(text) or _BY_RE.match(text) or byline_people(text):
            anchor = pos
            break
    if anchor is None:
        return None, columnist
    counted = 0
    for i in header[anchor + 1 :]:
        text = lines[i].strip()
        if not columnist and _skippable_header_line(text) and not is_headline(text):
            continue
        counted += 1
        if counted > UNDATED_TITLE_MAX_DISTANCE:
            break
        # A Title Case headline may read as a name ("Menjaga Sungai Tetap Hidup"): above a
        # byline the headline-shaped line is the headline all the same.
        if len(text.split()) >= TITLE_UNDATED_MIN_WORDS and (is_headline(text) or is_person_name(text)):
            return text, columnist
    return None, columnist


UNDATED_ANCHOR_SEARCH_LINES: Final = 6
UNDATED_TITLE_MAX_DISTANCE: Final = 2
TITLE_UNDATED_MIN_WORDS: Final = 3
"""Without a date line a byline near the body ("Oleh" / "NAME", a columnist's "Name Dosen …")
anchors the headline: it stands right above it, or above a deck."""


def _date_and_title(lines: Sequence[str], header: list[int]) -> tuple[int | None, str | None]:
    """The article's date line and headline in the header window.

    Date lines in link lists ("* Kamis, 05/11/2015 09:25 WIB") are skipped, an "updated" date only
    serves when nothing else is there, and of several date lines the one that stands by a headline
    wins (a sidebar's dates stand by other items); failing that, the one nearest the body.
    """
    date_lines = [
        i for i in header if not _LIST_ITEM_RE.match(lines[i].strip()) and is_date_line(lines[i].strip())
    ]
    date_lines = [i for i in date_lines if not _only_bracketed_date(lines[i])]
    stated = [i for i in date_lines if not _UPDATED_RE.match(lines[i].strip())]
    candidates = stated or date_lines
    masthead_title = None
    for date_at in candidates:
        title = _find_title(lines, header, date_at)
        if title and _menu_between(lines, header, date_at, title):
            masthead_title = masthead_title or title  # the masthead's date: the day the page was saved
            continue
        if title:
            return date_at, title
    if masthead_title:
        return None, masthead_title
    return (candidates[0], None) if candidates else (None, None)


MENU_ITEM_MAX_WORDS: Final = 3
MENU_MIN_LINES: Final = 4
"""A date line with this many short lines (a navigation menu) between it and the headline below is
the masthead's date of today, printed by the site on every page, not the article's."""


def _menu_between(lines: Sequence[str], header: list[int], date_at: int, title: str) -> bool:
    """A navigation menu stands between the date line and the headline below it."""
    title_at = next((i for i in header if i > date_at and lines[i].strip() == title), None)
    if title_at is None:
        return False
    menu = 0
    for i in header:
        if date_at < i < title_at:
            text = lines[i].strip()
            menu += len(text.split()) <= MENU_ITEM_MAX_WORDS and not _skippable_header_line(text)
    return menu >= MENU_MIN_LINES


def visible_metadata(
    lines: Sequence[str], body_start: int | None = None, body_end: int | None = None
) -> VisibleMetadata:
    """Read the metadata a page shows around its body ``lines[body_start:body_end + 1]``.

    Without a body span the text-dump body locator finds it. Lines are raw dump lines (or HTML
    paragraphs): only the header above the body, the body and the footer below it are read.
    """
    if body_start is None or body_end is None:
        from warta.stages.extract_text import locate_body

        span = locate_body(lines)
        if span is None:
            return VisibleMetadata()
        body_start, body_end = span
    header = _window(lines, body_start - 1, -1, HEADER_MAX_LINES)
    footer = _window(lines, body_end + 1, +1, FOOTER_MAX_LINES)
    body = [i for i in range(body_start, body_end + 1) if lines[i].strip()]

    date_at, title = _date_and_title(lines, header)
    published = parse_published(lines[date_at]) if date_at is not None else None
    columnist: list[str] = []
    if date_at is None and title is None:
        title, columnist = _undated_title(lines, header)

    people = _people(lines, header, body, footer)
    if date_at is not None and not people["author"]:
        people["author"] = _author_by_date(lines, header, body, date_at, title, people)
    if columnist and not people["author"]:
        people["author"] = columnist
    dateline, dateline_outlet = _dateline(lines, body)
    outlet = dateline_outlet or _outlet(lines, header, footer, date_at)
    wire_from_dateline = None
    if dateline_outlet in WIRE_OUTLETS:  # "(ANTARA) -" on another site's page: a wire copy
        page_outlet = _outlet(lines, header, footer, date_at)
        if page_outlet and page_outlet != dateline_outlet:
            outlet, wire_from_dateline = page_outlet, dateline_outlet
    if outlet and "." in outlet and outlet not in _KNOWN_OUTLETS:
        outlet = _page_spelling(lines, outlet)
    sources = _wire_sources(lines, header, body, footer, outlet)
    if wire_from_dateline and wire_from_dateline not in sources:
        sources.insert(0, wire_from_dateline)
    return VisibleMetadata(
        title=title,
        outlet=outlet,
        published=published,
        authors=tuple(people["author"]),
        editors=tuple(people["editor"]),
        translators=tuple(people["translator"]),
        dateline=dateline,
        wire_sources=tuple(sources),
    )


_KNOWN_OUTLETS: Final = frozenset(o.OUTLET_ALIASES.values()) | frozenset(o.OUTLET_DOMAINS.values())


def _page_spelling(lines: Sequence[str], outlet: str) -> str:
    """An outlet known only by the domain it prints, spelt as the page spells it best: a masthead's
    camel case ("TribunJatim.com") over the dateline's capitals read as "Tribunjatim.com"."""
    best, capitals = outlet, sum(map(str.isupper, outlet))
    for match in re.finditer(re.escape(outlet), "\n".join(lines), re.IGNORECASE):
        spelling = match.group(0)
        if spelling.isupper() or spelling.islower():
            continue
        if sum(map(str.isupper, spelling)) > capitals:
            best, capitals = spelling, sum(map(str.isupper, spelling))
    return best


def _people(
    lines: Sequence[str], header: list[int], body: list[int], footer: list[int]
) -> dict[str, list[str]]:
    """Authors, editors and translators from byline lines around (and at the end of) the body."""
    people: dict[str, list[str]] = {"author": [], "editor": [], "translator": []}

    def add(role: str, name: str) -> None:
        if name not in people[role]:
            people[role].append(name)

    opening = set(body[:1])  # "Oleh Nama" opening a feature's body is its byline
    indexes = sorted(set(header) | set(footer) | set(body[-FOOTER_MAX_LINES:]) | opening)
    order: tuple[int, int] | None = None
    for pos, i in enumerate(indexes):
        text = lines[i].strip()
        for role, name in byline_people(text):
            add(role, name)
        if text[:1] in _BYLINE_FIRST_CHARS and pf.BYLINE_LABEL_ONLY_RE.match(text):
            label_role = _label_role(text.rstrip(":").strip()) or (
                "author" if text.lower() in _STAFF_ROLE_WORDS else None
            )
            if not label_role:
                continue
            if order is None:  # the first label shows the page's layout: name above or below it
                above = pos > 0 and is_person_name(lines[indexes[pos - 1]].strip())
                order = (-1, +1) if above else (+1, -1)
            for step in order:
                j = pos + step
                if 0 <= j < len(indexes):
                    neighbour = lines[indexes[j]].strip()
                    if is_person_name(neighbour.rstrip(",")):
                        add(label_role, _title_case(neighbour.rstrip(",")))
                        # "Yunisa Herawati," / "Muhammad Thoifur": a comma carries the list on
                        while neighbour.endswith(",") and 0 <= j + step < len(indexes):
                            j += step
                            neighbour = lines[indexes[j]].strip()
                            if not is_person_name(neighbour.rstrip(",")):
                                break
                            add(label_role, _title_case(neighbour.rstrip(",")))
                        break
            continue
        match = _ROLE_AFTER_NAME_RE.match(text) if "," in text else None
        if match and (i in header or i in footer):
            role = "editor" if match.group("role").lower() in _ROLE_AFTER_NAME_EDITORS else "author"
            for name in split_names(match.group("name")):
                add(role, name)
        elif i in header or i in opening:
            for regex, first_chars in _HEADER_BYLINES:
                match = regex.match(text) if text[:1] in first_chars else None
                if match:
                    for name in split_names(match.group(1)):
                        add("author", name)
            match = _NAME_DASH_OUTLET_RE.match(text) if _has_dash(text) else None
            if match is None and ("," in text or "(" in text):
                match = _NAME_COMMA_OUTLET_RE.match(text)
            if match and canonical_outlet(match.group("outlet")):
                for name in split_names(match.group("name")):
                    add("author", name)
    return people


def _author_by_date(
    lines: Sequence[str],
    header: list[int],
    body: list[int],
    date_at: int,
    title: str | None,
    people: dict[str, list[str]],
) -> list[str]:
    """The author a header names without a label, next to the date: on the date line itself
    ("Arif Wicaksono • 16 Maret 2023 15:10") or alone on the line just above or below it, between
    the headline and the body ("Rahmat Hidayat" / "19 Mar 2023, 12:00 WIB"). A name the body
    speaks of is the article's subject (a celebrity page's tag), not its author."""
    credited = {name for names in people.values() for name in names}
    on_line: list[str] = []
    for part in _DATE_NAME_SPLIT_RE.split(lines[date_at].strip()):
        part = part.strip()
        if _is_bare_byline(part, 1):
            on_line.append(_title_case(part))
        elif ":" in part:  # "Oleh: Fikri Ramadhan - 6 April 2023 14:20 WIB"
            on_line.extend(name for role, name in byline_people(part) if role == "author")
        elif "," in part:  # "Nanda Ramadhani , Jurnalis · Sabtu 29 Juli 2023 08:45 WIB"
            match = _ROLE_AFTER_NAME_RE.match(part)
            if match and match.group("role").lower() not in _ROLE_AFTER_NAME_EDITORS:
                on_line.extend(split_names(match.group("name")))
    if on_line:
        return [name for name in on_line if name not in credited]
    pos = header.index(date_at)
    title_at = next((i for i in header if title and lines[i].strip() == title), None)
    for j, step in ((pos - 1, -1), (pos + 1, +1)):  # the header runs upwards: pos - 1 is below
        if 0 <= j < len(header) and (
            _names_outlet_only(lines[header[j]]) or _is_affiliation(lines[header[j]])
        ):
            j += step  # "Rizky Alamsyah" / "- Bisnis.com", "Nama" / "Mahasiswa …": the name stands over it
        if not 0 <= j < len(header):
            continue
        i = header[j]
        if title_at is not None and i < title_at:
            continue
        text = lines[i].strip()
        names = [_title_case(text)] if _is_bare_byline(text, b.BARE_NAME_MIN_WORDS) else _name_list(text)
        if names:
            if any(name in credited or any(_mentions(lines[k], name) for k in body) for name in names):
                return []
            return names
    return []


_NAME_LIST_SPLIT_RE: Final = re.compile(r"\s*[|•·]\s*")


def _name_list(text: str) -> list[str]:
    """Names standing together on a header line ("Erick Tanjung | Yasinta Rahmawati"), or []."""
    if "|" not in text and "•" not in text and "·" not in text:
        return []
    parts = [p for p in _NAME_LIST_SPLIT_RE.split(text) if p]
    if len(parts) < 2 or not all(_is_bare_byline(p, b.BARE_NAME_MIN_WORDS) for p in parts):
        return []
    return [_title_case(p) for p in parts]


_AFFILIATION_START_RE: Final = re.compile(
    r"^(?:" + "|".join(h.replace(" ", r"\s+") for h in b.AFFILIATION_HEADS) + r")\b", re.IGNORECASE
)


def _under_a_name(lines: Sequence[str], before: list[int], pos: int) -> bool:
    """An affiliation line right under a writer's name (``before`` runs upwards from the date)."""
    if pos + 1 >= len(before) or not _is_affiliation(lines[before[pos]]):
        return False
    return is_person_name(lines[before[pos + 1]].strip())


def _is_affiliation(line: str) -> bool:
    """A writer's affiliation printed under the name ("Mahasiswa Sosiologi Universitas Brawijaya")."""
    text = line.strip()
    return len(text.split()) <= COLUMNIST_MAX_WORDS and _AFFILIATION_START_RE.match(text) is not None


def _names_outlet_only(line: str) -> bool:
    """A header line that names only the outlet ("- Bisnis.com", "BBC News Indonesia")."""
    text = line.strip().lstrip("-–—|•· ").strip()
    return bool(text) and canonical_outlet(text) is not None


def _mentions(line: str, name: str) -> bool:
    """The body speaks of ``name``: not only as a photo credit ("IDN Times/Asrhawi Muin")."""
    start = line.find(name)
    while start >= 0:
        if line[start - 1 : start] != "/":
            return True
        start = line.find(name, start + 1)
    return False


def _is_bare_byline(text: str, min_words: int) -> bool:
    """A person's name standing without a label: enough words, no staff or widget word."""
    words = text.split()
    if len(words) < min_words or not is_person_name(text):
        return False
    if any(w.lower().strip(".,") in _NOT_A_PERSON for w in words):
        return False
    return pf.boilerplate_kind(text) is None and not pf.is_related_header(text)


def _dateline(lines: Sequence[str], body: list[int]) -> tuple[str | None, str | None]:
    for n, i in enumerate(body[:3]):
        parsed = parse_dateline(lines[i].strip(), first_line=n == 0)
        if parsed:
            return parsed.city, parsed.outlet
    return None, None


_COPYRIGHT_TRIGGER_RE: Final = re.compile(
    r"(?=[©cha])(?:©|copyright|hak cipta|all rights reserved)", re.IGNORECASE
)
"""Where a page may hold a copyright notice (found in one pass over the page). The lookahead names
the first letters of the triggers (case-insensitively, as the triggers): the regex engine then skips
to those characters instead of trying every alternative at every position, a third faster."""
_PREFIX_SPLIT_RE: Final = re.compile(r"\s+[-–—|]\s+|,\s+")


_COPYRIGHT_TRIGGERS_LOWER: Final = ("©", "copyright", "hak cipta", "all rights reserved")
"""``_COPYRIGHT_TRIGGER_RE``'s literals, found by ``str.find`` in lower-cased text: several times
faster than the regex scan, since "a", "c" and "h" start a pattern try at most positions."""
_CASE_ODD_CHARS: Final = ("İ", "ı", "ſ")
"""The only characters on which ``str.lower`` and the regex engine's case-insensitive matching of
the trigger letters disagree ("İ" also lower-cases to two characters and would shift offsets)."""


def _copyright_triggers(page: str) -> list[tuple[int, int]]:
    """Start and end of every match of ``_COPYRIGHT_TRIGGER_RE`` in ``page``, in page order, found
    by literal search in the lower-cased page unless it holds a character on which lower-casing
    and the regex engine disagree. (The literals cannot overlap one another or themselves, so
    every occurrence of each is a match of the alternation.)"""
    if any(c in page for c in _CASE_ODD_CHARS):
        return [match.span() for match in _COPYRIGHT_TRIGGER_RE.finditer(page)]
    lowered = page.lower()
    spans = []
    for literal in _COPYRIGHT_TRIGGERS_LOWER:
        at = lowered.find(literal)
        while at >= 0:
            spans.append((at, at + len(literal)))
            at = lowered.find(literal, at + len(literal))
    spans.sort()
    return spans


def _outlet(lines: Sequence[str], header: list[int], footer: list[int], date_at: int | None) -> str | None:
    """Outlet from the header (date-line prefix, masthead line, byline), a template signature, a
    copyright line, or a domain printed on the page."""
    if date_at is not None:
        prefix = _PREFIX_SPLIT_RE.split(lines[date_at].strip(), maxsplit=1)[0].strip()
        if prefix != lines[date_at].strip() and canonical_outlet(prefix):
            return canonical_outlet(prefix)
    for i in header:
        text = lines[i].strip()
        for regex, name in _SIGNATURES:
            if regex.search(text):
                return name
        if canonical_outlet(text):
            return canonical_outlet(text)
        match = _NAME_DASH_OUTLET_RE.match(text)
        if match and canonical_outlet(match.group("outlet")):
            return canonical_outlet(match.group("outlet"))
    page = "\n".join(lines)
    for trigger_start, trigger_end in _copyright_triggers(page):
        start = page.rfind("\n", 0, trigger_start) + 1
        end = page.find("\n", trigger_end)
        line = page[start : end if end >= 0 else len(page)]
        if pf.COPYRIGHT_RE.search(line):
            found = outlet_in_line(line)
            if found:
                return found
    return domain_outlet(page)


def _wire_sources(
    lines: Sequence[str], header: list[int], body: list[int], footer: list[int], outlet: str | None
) -> list[str]:
    """Sources the page credits: "Sumber: X" and closing "(Antara)" credits, "dilansir dari X" in
    the body, a syndication credit. A credit that names the page's own outlet ("Sumber: JIBI/Harian
    Jogja" on Harianjogja.com) is the house's own, group and all."""
    found: list[str] = []
    own = _outlet_key(outlet) if outlet else None
    in_body = set(body)
    body_text = "\n".join(lines[i] for i in body)
    closing_lines = _closing_credit_lines(lines, body)
    cues = any(t in body_text for t in WIRE_CUE_TRIGGERS)
    tail = in_body.intersection(body[-SYNDICATION_TAIL_LINES:]) | set(footer)
    for i in sorted(set(header) | in_body | set(footer)):
        text = lines[i].strip()
        credits = source_credits(text) if text.count(" ") < pf.MAX_SHORT_LINE_WORDS else []
        if not credits and i in closing_lines:
            closing = pf.split_closing_credit(text)[1]  # "… lanjut. (Antara)" in an HTML paragraph
            credits = source_credits(closing) if closing else []
        if own and any(_outlet_key(c) == own for c in credits):
            continue
        candidates = list(credits)
        if cues and i in in_body and not credits:
            candidates.extend(wire_sources_in(text))
        if not credits and i in tail and any(t in text for t in SYNDICATION_TRIGGERS):
            match = SYNDICATION_RE.match(text)
            source = _clean_source(match.group("name")) if match else None
            if source:
                candidates.append(source)
        for source in candidates:
            if source and source != outlet and source not in found:
                found.append(source)
    return found


def _closing_credit_lines(lines: Sequence[str], body: list[int]) -> set[int]:
    """Body lines that end with a closing credit ("… lanjut. (Antara)")."""
    found = set()
    for i in body:
        text = lines[i].strip()
        if pf.may_end_with_credit(text) and pf.split_closing_credit(text)[1]:
            found.add(i)
    return found


_TLD_RE: Final = re.compile(r"(?:com|coid|id|net|co|tv|org)$")


def _outlet_key(name: str) -> str:
    """An outlet name reduced for comparison: "Harianjogja.com", "Harian Jogja" → "harianjogja"."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return _TLD_RE.sub("", key) if "." in name else key
