"""Paragraphs back from the lines of a text dump: hard wrapping undone, continuation lines joined.

Text-mode browsers (lynx, w3m) wrap paragraphs at a fixed width, and some pages break lines inside
paragraphs in their source. Both are undone here, before each line of the dump is classified
(:mod:`warta.stages.extract_text`).
"""

from __future__ import annotations

import re
from typing import Final

from warta.lang.id.bylines import LOWER_CASE_BYLINE_OPENERS
from warta.stages import metadata as meta

LIST_ITEM_RE: Final = re.compile(r"^[*+•·o#|-](?:\s|$)|^[*#|\-\s]+$")
"""A list item ("* Judul", "- Judul") or a line of list marks: never joined to the line above."""
URL_STARTS: Final = ("http://", "https://", "www.")
"""How a bare address starts (an image's URL printed under a byline is no continuation)."""
_CLAUSE_END: Final = (".", "!", "?", ":", ";", '"', "”", "’", ")", "]", "|", "»")
"""Line endings after which the next line starts anew (no continuation join)."""
_LOWER_START_RE: Final = re.compile(r"\n[ \t]*[a-z]")
"""The start of a line that begins in lower case (found in one pass over the page)."""
_DASH_OR_COLON_NEAR_START_RE: Final = re.compile(r"\s(?:-{1,2}|–|—)|:\s")

DATELINE_MAX_CHARS: Final = 90
"""A dateline's dash stands within this many characters of the start of its paragraph."""

WRAP_MIN_WIDTH: Final = 60
WRAP_MAX_WIDTH: Final = 100
"""Text browsers wrap at a fixed width in this range; a dump with longer lines is not wrapped."""

WRAP_TRAILING_SPACE: Final = 20
"""Trailing blanks a wrapped line may carry (lines are measured before stripping them)."""

WRAP_SLACK: Final = 12
"""A wrapped line ends within this many characters of the wrap width."""

WRAP_MIN_LINES: Final = 8
"""Lines ending near the widest one needed before a dump counts as wrapped."""


def unwrap(lines: list[str]) -> list[str]:
    """Undo the hard wrapping of text-mode browsers (lynx, w3m wrap paragraphs at ~76–80 columns).

    A dump is wrapped when no line is longer than WRAP_MAX_WIDTH and many lines end near the
    widest one. A line break is a wrap when the line ends near that width and the next line's
    first word would not have fitted on it (that is why the browser broke there): such lines are
    joined back into their paragraph.
    """
    if max(map(len, lines), default=0) > WRAP_MAX_WIDTH + WRAP_TRAILING_SPACE:
        return _join_continuations(lines)
    widths = [len(line.rstrip()) for line in lines]
    width = _wrap_width(widths)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return _join_continuations(lines)
    if sum(1 for w in widths if w >= width - WRAP_SLACK) < WRAP_MIN_LINES:
        return _join_continuations(lines)
    out: list[str] = []
    previous = 0  # width of the line that out[-1] ends with (0: blank or nothing)
    for line, w in zip(lines, widths, strict=True):
        text = line.strip()
        first_word = text.split(None, 1)[0] if text else ""
        if (
            previous >= width - WRAP_SLACK
            and text
            and previous + 1 + len(first_word) > width
            and not LIST_ITEM_RE.match(text)
            and not (
                _DASH_OR_COLON_NEAR_START_RE.search(text[:DATELINE_MAX_CHARS]) and _opens_paragraph(text)
            )
        ):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(line.rstrip())
        previous = w if text else 0
    return _join_continuations(out)


WRAP_LIMIT_HITS: Final = 2
"""Lines that must reach a width for it to be the wrap column: one stray longer line (a caption
typed in, a preformatted row) is no wrap limit."""


def _wrap_width(widths: list[int]) -> int:
    """The column a text browser wrapped at: the widest width that WRAP_LIMIT_HITS lines reach."""
    ordered = sorted(widths, reverse=True)
    return ordered[WRAP_LIMIT_HITS - 1] if len(ordered) >= WRAP_LIMIT_HITS else max(ordered, default=0)


def _join_continuations(lines: list[str]) -> list[str]:
    """Join a line to the one above when it carries on its sentence: the line above does not end
    like a sentence and this one starts in lower case ("… bertema rasa belas kasihan dan" /
    "keadilan. Kontes ini …"), as in pages whose source breaks lines inside paragraphs."""
    page = "\n".join(lines)
    starts: list[int] = []  # line numbers, counted on from the previous match (not from 0 each time)
    line, counted_to = 0, 0
    for m in _LOWER_START_RE.finditer(page):
        line += page.count("\n", counted_to, m.start() + 1)
        counted_to = m.start() + 1
        starts.append(line)
    if not starts:
        return lines
    out = list(lines)
    merged: set[int] = set()
    for i in starts:
        j = i - 1
        while j in merged:  # the line above was itself joined: its paragraph is the target
            j -= 1
        above = out[j].strip()
        text = out[i].strip()
        if not above or above.endswith(_CLAUSE_END) or LIST_ITEM_RE.match(above):
            continue
        if LIST_ITEM_RE.match(text) or _starts_anew(text):
            continue
        out[j] = f"{out[j]} {text}"
        merged.add(i)
    for k in sorted(merged, reverse=True):  # a few joined lines: deleting beats copying the page
        del out[k]
    return out


def _opens_paragraph(text: str) -> bool:
    """A line that opens a paragraph with a dateline ("JAKARTA - …", "Jakarta: …"): never the
    continuation of a wrapped line (a caption often ends near the wrap width just above it)."""
    return meta.is_dateline_line(text) or meta.parse_dateline(text, first_line=True) is not None


_LOWER_BYLINE_OPENERS: Final = frozenset(LOWER_CASE_BYLINE_OPENERS)


def _starts_anew(text: str) -> bool:
    """A lower-case line that is no continuation: a dateline in a lower-case brand ("jpnn.com,
    JAKARTA - …"), an outlet's channel name alone ("kumparanNEWS", "detikNews"), or an address
    (an image's URL printed under the byline)."""
    if " " not in text:
        return text.startswith(URL_STARTS) or meta.canonical_outlet(text) is not None
    first, rest = text.split(" ", 1)
    if first in _LOWER_BYLINE_OPENERS and rest[:1].isupper():  # "oleh Lusia Arumingtyas [Cilacap] …"
        return True
    return meta.is_dateline_line(text)
