"""Outlet names and datelines: the canonical name of an outlet from a spelling or a printed domain,
and the dateline opening a body paragraph ("SHANGHAI, KOMPAS.com -", "TEMPO.CO, Jakarta -").

Part of the visible-metadata reader (:mod:`warta.stages.metadata`), which re-exports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from warta.lang.id import cities, dateline_forms
from warta.lang.id import outlets as o

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


SIGNATURES: Final = tuple((re.compile(p), name) for p, name in o.OUTLET_HEADER_SIGNATURES)


_LONGEST_SPELLING: Final = max(map(len, (*o.OUTLET_ALIASES, *o.OUTLET_DOMAINS)))
_PREFIXED_NAMES: Final = (*o.OUTLET_CHANNEL_PREFIXES, o.NETWORK_PREFIX)
_LONGEST_PREFIX: Final = max(map(len, _PREFIXED_NAMES))
"""A longer name can only be an outlet's when it opens with a channel or network prefix
("detikNews", "TribunJatim.com"): every other line of a page is told apart by its length."""


def canonical_outlet(name: str) -> str | None:
    """The canonical outlet for a spelling ("KOMPAS.com" → "Kompas.com", "TEMPO.CO" → "Tempo.co")."""
    stripped = name.strip().strip("()")
    # lower-casing never shortens a string, and it maps a prefix to the prefix of the result
    if len(stripped) > _LONGEST_SPELLING and not stripped[:_LONGEST_PREFIX].lower().startswith(
        _PREFIXED_NAMES
    ):
        return None
    key = stripped.lower()
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
    r"^(?P<city>[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*)?)"
    + _DASH
    + r"(?:\s+(?=[^\W\d])|$|(?<=[–—])(?=[A-Z][a-z]))"
)
""""Jakarta - …" (detik), "BALIKPAPAN–Antrean …" (Kaltim Post glues an en dash to both words): only
trusted on the first body line, and only for a known-looking city."""

DATELINE_CITIES: Final = frozenset(c.lower() for c in (*cities.INDONESIAN_CITIES, *cities.FOREIGN_CITIES))
COLON_DATELINE_RE: Final = re.compile(
    r"^(?P<city>[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*){0,3}):\s+(?=[A-Z\"“])"
)
""""Jakarta: Bank Indonesia …" (Medcom): only on the first body line, and only for a known city
(a speaker's label or "Catatan:" takes the same form)."""
GLUED_HYPHEN_DATELINE_RE: Final = re.compile(dateline_forms.GLUED_HYPHEN_DATELINE)
PIPE_DATELINE_RE: Final = re.compile(rf"^(?P<outlet>{o.PIPE_DATELINE_OUTLET})\|\s*(?=[A-Z\"“])")
""""suarasurabaya.net| Wali Kota …": an outlet's domain with no city, a pipe glued to it (only on
the first body line)."""


DATELINE_PIPE_CHARS: Final = 40
"""A pipe closing an outlet dateline stands within this many characters of the line's start."""

OUTLET_DATELINE_MIN_WORDS: Final = 8
"""Words a paragraph opened by a bare outlet name must have to be a body paragraph."""


@dataclass(frozen=True)
class Dateline:
    city: str | None
    outlet: str | None


def title_case(text: str) -> str:
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
            return Dateline(title_case(city), dateline_outlet(match.group("outlet"))), words[count].start()
    return None


def parse_dateline(line: str, first_line: bool = True) -> Dateline | None:
    """The dateline at the start of a body paragraph, if any: city and outlet as printed."""
    span = dateline_span(line, first_line)
    return span[0] if span else None


def _report_start(line: str, end: int) -> int:
    """Where the report begins after a dateline ending at ``end``: past the spaces."""
    return len(line) - len(line[end:].lstrip())


def dateline_span(line: str, first_line: bool = True) -> tuple[Dateline | None, int] | None:
    """The dateline at the start of a body paragraph and the offset where the report after it
    begins, if any; the dateline is None when only an outlet's name and a dash open the report
    ("VIVA Otomotif – …": no place, but no report either). ``first_line``: also the forms only
    trusted on a body's first line (a bare or colon city, an outlet that lost its dash)."""
    for regex in DATELINE_PATTERNS:
        match = regex.match(line)
        if match:
            parts = match.groupdict()
            city = parts.get("city")
            outlet = dateline_outlet(parts["outlet"]) if parts.get("outlet") else None
            return Dateline(title_case(city) if city else None, outlet), _report_start(line, match.end())
    if first_line:
        match = BARE_DATELINE_RE.match(line)
        city = match.group("city") if match else ""
        if match and len(city.split()) <= 2:
            # "VIVA Otomotif – …": an outlet's name opens the report, no city: no dateline
            named = canonical_outlet(city) or canonical_outlet(city.split()[0])
            return (None if named else Dateline(title_case(city), None)), _report_start(line, match.end())
        match = COLON_DATELINE_RE.match(line) if ":" in line[:40] else None
        if match and match.group("city").lower() in DATELINE_CITIES:
            return Dateline(title_case(match.group("city")), None), _report_start(line, match.end())
        match = GLUED_HYPHEN_DATELINE_RE.match(line) if line[:1].isupper() else None
        if match and match.group("city").lower() in DATELINE_CITIES:
            return Dateline(title_case(match.group("city")), None), _report_start(line, match.end())
        match = PIPE_DATELINE_RE.match(line) if "|" in line[:DATELINE_PIPE_CHARS] else None
        if match:
            return Dateline(None, dateline_outlet(match.group("outlet"))), _report_start(line, match.end())
        return undashed_outlet_dateline(line)
    return None


def is_colon_dateline(line: str) -> bool:
    """A paragraph opened by a known city and a colon ("Seoul: Pemerintah …", Medcom's dateline)."""
    match = COLON_DATELINE_RE.match(line) if ":" in line[:40] else None
    return bool(match and match.group("city").lower() in DATELINE_CITIES)


def is_dateline_line(line: str) -> bool:
    """A paragraph that opens with an outlet dateline ("SHANGHAI, KOMPAS.com - …"). A bare outlet
    ("Kapanlagi.com - …") only counts when a sentence follows, not a site slogan."""
    if any(regex.match(line) for regex in DATELINE_PATTERNS[:-1]):
        return True
    if "|" in line[:DATELINE_PIPE_CHARS] and PIPE_DATELINE_RE.match(line):
        return True
    return len(line.split()) >= OUTLET_DATELINE_MIN_WORDS and bool(DATELINE_PATTERNS[-1].match(line))
