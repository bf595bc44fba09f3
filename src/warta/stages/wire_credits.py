"""Wire sources a page credits: "Sumber: Reuters" lines, closing "(Antara)" credits, "dilansir dari
X" in the body, syndication credits ("Artikel ini telah tayang di …").

Part of the visible-metadata reader (:mod:`warta.stages.metadata`), which re-exports it.
"""

from __future__ import annotations

import re
from typing import Final

from warta.lang.id import bylines as b
from warta.lang.id import outlets as o
from warta.lang.id.calendar import (
    MONTHS,
    WEEKDAYS,
)
from warta.lang.id.page_widgets import CREDIT_TRAILING_CODE
from warta.stages import postfilter as pf
from warta.stages.byline_names import CALENDAR_WORDS, SPLIT_NAMES_RE
from warta.stages.outlet_names import canonical_outlet

# --- wire sources -------------------------------------------------------------------------------

_SOURCE_NAME: Final = r"(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|the|de|di)){0,4})"
WIRE_CUE_RE: Final = re.compile(
    r"\b(?:[Dd]ilansir(?:\s+dari)?|[Mm]elansir(?:\s+dari)?|[Dd]ikutip(?:\s+\w+)?\s+dari|[Dd]ikutip|"
    r"[Mm]enurut\s+laporan|"
    r"(?P<quoting>[Mm]engutip)(?:\s+dari)?|[Ss]eperti\s+dilaporkan|[Dd]ilaporkan\s+oleh|"
    r"[Ss]eperti\s+diberitakan|[Dd]iwartakan|[Mm]emetik)\s+(?:laman\s+|situs\s+|media\s+|kantor\s+berita\s+)?"
    + _SOURCE_NAME
)
"""Cues that credit another medium. "Mengutip X" opening a sentence or a clause ("Mengutip
Bloomberg, Kamis …", "…, mengutip Reuters.") credits X; after a subject it credits only a known
medium ("Ia mengutip AFP …"): otherwise someone is quoting a person ("pernyataan yang mengutip
Artemyev", "buku itu mengutip Adam Smith")."""
_CLAUSE_OPENERS: Final = frozenset('.!?,;:"”(')
"""What stands before a cue that opens a sentence or a clause (after the spaces)."""
SYNDICATION_RE: Final = re.compile(
    "^" + b.SYNDICATION_CREDIT + r"(?P<name>[\w][\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*){0,3})", re.IGNORECASE
)
"""The first publisher named by a syndication credit line ("Artikel ini telah tayang di X …")."""
SYNDICATION_TRIGGERS: Final = ("tayang", "terbit", "dimuat", "dipublikasikan")
"""Literal stems of a syndication credit (substring tests are far cheaper than a regex search)."""
SYNDICATION_TAIL_LINES: Final = 3
"""A syndication credit closes the page: it is looked for below the body and in its last lines."""
WIRE_CUE_TRIGGERS: Final = ("lansir", "utip", "lapor", "diberitakan", "warta", "emetik")
"""Stems of every wire cue: the full cue pattern only runs on lines that hold one ("utip" is in
"dikutip" and in "mengutip", whose prefix drops the k)."""
_SOURCE_TRAILING_WORDS: Final = frozenset(
    {"pada", "dan", "yang", "di", "of", "the", "de"} | set(WEEKDAYS) | set(MONTHS)
)


def clean_source(name: str) -> str | None:
    words = name.strip(" .,;:").split()
    while words and words[-1].lower().strip(".,") in _SOURCE_TRAILING_WORDS:
        words.pop()
    if not words or words[0].lower() in CALENDAR_WORDS:
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
        source = clean_source(match.group("name"))
        if source and match.group("quoting") and not _opens_clause(text, match.start()):
            source = source if _known_medium(source) else None
        if source:
            found.append(source)
    return found


def _opens_clause(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in _CLAUSE_OPENERS


def _known_medium(name: str) -> bool:
    """A wire agency or an outlet warta knows by name."""
    return name in o.WIRE_AGENCIES.values() or canonical_outlet(name) is not None


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
    names = (clean_source(part) for part in SPLIT_NAMES_RE.split(value))
    return [name for name in names if name]
