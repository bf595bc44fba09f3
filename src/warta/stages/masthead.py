"""The outlet of a page no list names: the name its masthead and its copyright line agree on.

A text dump of a small regional outlet ("Harian Disway", "Radar Sulteng") names itself twice: in
the masthead at the top (the logo's text, often shouted) and in the copyright line of the footer.
When both spell the same name, that name is the outlet; a copyright holder alone may be the
company behind the outlet, and a first line alone may be a menu item, so neither counts on its own.
Only used when no known outlet is found (``metadata.visible_metadata``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from warta.lang.id import page_grammar as g

_HOLDER_RE: Final = re.compile(g.COPYRIGHT_HOLDER)
_COPYRIGHT_MARKS: Final = ("©", "opyright", "OPYRIGHT", "(c)", "(C)")
"""Literal parts of a copyright line: the holder pattern only runs on lines holding one."""
FOOTER_SCAN_LINES: Final = 12
"""The copyright line is among the last non-blank lines of a dump."""


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _first_filled(lines: Sequence[str], count: int, reverse: bool = False) -> list[str]:
    """The first (or last) ``count`` non-blank lines, stripped, without reading the rest."""
    found: list[str] = []
    for line in reversed(lines) if reverse else lines:
        text = line.strip()
        if text:
            found.append(text)
            if len(found) == count:
                break
    return found


def masthead_outlet(lines: Sequence[str]) -> str | None:
    """The name the masthead and the copyright line both print, in the copyright's spelling, or
    None."""
    masthead = {_key(line) for line in _first_filled(lines, g.MASTHEAD_SCAN_LINES)}
    for line in _first_filled(lines, FOOTER_SCAN_LINES, reverse=True):
        if not any(mark in line for mark in _COPYRIGHT_MARKS):
            continue
        match = _HOLDER_RE.search(line)
        if not match:
            continue
        name = match.group("name").strip(" .,")
        if name.split()[0].lower() in g.COMPANY_PREFIXES:
            continue
        if _key(name) in masthead:
            return name
    return None
