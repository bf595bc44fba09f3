"""Recover body paragraphs that trafilatura's precision mode dropped for their links.

Many Indonesian outlets link every name in the lead paragraph to a tag page ("<a>Brandon Salim</a>,
putra sulung aktor <a>Fery Salim</a>, …"). Precision mode then reads the lead as a link list and
drops it. The page's body block (the element with the most unlinked prose, found by the listing
check) still holds it: here the block is cut into paragraph segments at block boundaries, and the
segments before trafilatura's first paragraph that read like prose — long, ending like a sentence,
mostly not link text — are put back in front.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml.html import HtmlElement

from warta.lang.id import byline_forms as bf
from warta.lang.id import page_grammar as g
from warta.lang.id.calendar import WEEKDAYS
from warta.lang.id.outlets import OUTLET_ALIASES, OUTLET_DOMAINS
from warta.stages.html_metadata import VISIBLE_DATE
from warta.stages.metadata import is_person_name
from warta.stages.postfilter import BYLINE_LABEL_ONLY_RE

BLOCK_TAGS = frozenset(
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table",
        "tr", "section", "article", "figure", "figcaption", "header", "footer", "aside", "nav",
        "form", "hr", "pre", "dl", "dt", "dd", "center",
    }
)  # fmt: skip
"""Elements that end a paragraph segment."""

CELL_TAGS = frozenset({"td", "th"})
"""Table cells: a row ("Penulis | : Nama") is one line, as a text browser shows it."""

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "select", "button"})
"""Elements whose text is never body text."""

MIN_LEAD_WORDS = 15
"""A recovered segment must be a real paragraph, not a label or a caption line."""

MAX_LINK_SHARE = 0.6
"""A segment mostly made of link text is a link list, however long."""

SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")

DATELINE_PREFIX = re.compile(r"^[A-Z][\w.,()/' ]{1,60}?\s*(?:-{1,2}|–|—)$")
"""A dateline standing alone before the body: "Jakarta -", "BANDUNG, KOMPAS.com --"."""

MATCH_CHARS = 40
"""Characters of trafilatura's first paragraph used to find it among the segments."""


@dataclass
class Segment:
    """A run of text between block boundaries, with how much of it is link text."""

    text: str = ""
    link_chars: int = 0


class _Segmenter:
    """Cuts a tree into segments in one recursive pass (no generators: pages nest deep)."""

    def __init__(self) -> None:
        self.done: list[Segment] = []
        self.parts: list[str] = []
        self.link_chars = 0

    def cut(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            self.done.append(Segment(text, self.link_chars))
        self.parts = []
        self.link_chars = 0

    def add(self, text: str | None, link: bool) -> None:
        if text:
            self.parts.append(text)
            if link:
                self.link_chars += len(text.strip())

    def walk(self, el: HtmlElement, in_link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP_TAGS or not tag:
            return
        block = tag in BLOCK_TAGS
        if block:
            self.cut()
        elif tag in CELL_TAGS:
            self.parts.append(" ")  # a table row reads as one line, its cells apart
        link = in_link or tag == "a"
        self.add(el.text, link)
        for child in el:
            self.walk(child, link)
            self.add(child.tail, link)
        if block:
            self.cut()


def segments(block: HtmlElement) -> list[Segment]:
    """The block's paragraph segments (whitespace-normalised, empty ones dropped)."""
    segmenter = _Segmenter()
    segmenter.walk(block, False)
    segmenter.cut()
    return segmenter.done


def _prose_like(segment: Segment) -> bool:
    words = len(segment.text.split())
    if words < MIN_LEAD_WORDS or not SENTENCE_END.search(segment.text):
        return False
    return segment.link_chars <= MAX_LINK_SHARE * len(segment.text)


def _anchor_index(found: list[Segment], first_line: str) -> int | None:
    anchor = first_line[:MATCH_CHARS]
    for index, segment in enumerate(found):
        if anchor and anchor in segment.text:
            return index
    return None


def _lead_indices(found: list[Segment], lines: list[str]) -> tuple[list[int], int] | None:
    """Indices of the prose segments before the first of ``lines`` that are not among them, and
    the index of the segment holding that first line (None when it is not in the block)."""
    start = _anchor_index(found, lines[0])
    if start is None:
        return None
    known = set(lines)
    return [i for i in range(start) if _prose_like(found[i]) and found[i].text not in known], start


def recover_lead(block: HtmlElement | None, lines: list[str]) -> list[str]:
    """Prose segments of ``block`` that stand before the first of ``lines`` and are not in them."""
    if block is None or not lines:
        return []
    found = segments(block)
    lead = _lead_indices(found, lines)
    return [found[i].text for i in lead[0]] if lead else []


def restore_lead(block: HtmlElement | None, lines: list[str]) -> list[str]:
    """``lines`` with the lead paragraphs trafilatura dropped put back in front, and the dateline
    prefix it cut off ("<strong>Jakarta</strong> - <p>…") put back at the start of the first one."""
    if block is None or not lines:
        return lines
    found = segments(block)
    lead = _lead_indices(found, lines)
    if lead is None:
        return lines
    recovered, start = lead
    result = [found[i].text for i in recovered] + lines
    first = recovered[0] if recovered else start
    if first > 0:
        prefix = found[first - 1].text
        if DATELINE_PREFIX.match(prefix) and not result[0].startswith(prefix.rstrip("-–— ")):
            result[0] = f"{prefix} {result[0]}"
    return result


CONTEXT_LINES = 12
"""Lines of page text kept above and below the body for the visible-metadata reader (its own
header and footer windows are this size)."""

ENGLISH_BYLINE_LABELS = frozenset({"author", "authors", "writer", "by", "editor", "reporter"})
"""English byline labels that Indonesian templates print in their own box."""

MAX_NAME_WORDS = 6
"""A value joined to a lone byline label is a name (or two), not a sentence."""

BODY_PROBES = 3
"""How many body lines, from each end, are tried when locating the body among the page's lines."""


def _locate(page: list[str], lines: list[str], from_end: bool) -> int | None:
    order = range(len(page) - 1, -1, -1) if from_end else range(len(page))
    probes = lines[::-1][:BODY_PROBES] if from_end else lines[:BODY_PROBES]
    for probe in probes:
        anchor = probe[-MATCH_CHARS:] if from_end else probe[:MATCH_CHARS]
        for index in order:
            if anchor and anchor in page[index]:
                return index
    return None


def _is_label(text: str) -> bool:
    return bool(BYLINE_LABEL_ONLY_RE.match(text)) or text.lower().rstrip(": ") in ENGLISH_BYLINE_LABELS


def _join_labels(page: list[str]) -> list[str]:
    """A byline label standing alone ("Editor", "Penulis:") joined to the name on the next line,
    as "Editor: Nama" (the layout of a label and its value in two boxes) — unless a name stands
    just above it (the name-then-role layout, which the metadata reader knows)."""

    def label_and_name(done: list[str], text: str, following: str) -> str | None:
        if (
            _is_label(text)
            and following
            and len(following.split()) <= MAX_NAME_WORDS
            and not (done and is_person_name(done[-1]))  # "Dewi Kania" / "Jurnalis"
        ):
            return f"{text.rstrip(': ')}: {following.lstrip(': ')}"
        return None

    return _merge_with_next(page, label_and_name)


def _merge_with_next(page: list[str], merge: Callable[[list[str], str, str], str | None]) -> list[str]:
    """The lines of ``page``, each joined to the next where ``merge(done, line, next)`` gives the
    joined line (the next line is then used up); ``done`` is the result so far."""
    result: list[str] = []
    index = 0
    while index < len(page):
        text = page[index]
        following = page[index + 1] if index + 1 < len(page) else ""
        merged = merge(result, text, following)
        result.append(text if merged is None else merged)
        index += 1 if merged is None else 2
    return result


PEOPLE_LABELS = (
    *g.AUTHOR_LABELS,
    *g.EDITOR_LABELS,
    *g.TRANSLATOR_LABELS,
    *bf.LABEL_ABBREVIATIONS,
    "fotografer",
    "foto",
    "video",
)
"""Labels of the credits a header or footer box prints side by side."""

_PEOPLE_LABEL = "(?:" + "|".join(re.escape(x) for x in sorted(PEOPLE_LABELS, key=len, reverse=True)) + ")"

LABEL_START = re.compile(rf"^{_PEOPLE_LABEL}\s*:", re.IGNORECASE)
"""A page line that opens with a credit label ("Penulis: …", "Editor : …")."""

NEXT_LABEL = re.compile(rf"\s+(?={_PEOPLE_LABEL}\s*:)", re.IGNORECASE)
"""Where the next credit of a credits line starts ("Penulis: A Editor: B" → two credits)."""

WEEKDAY_START = re.compile(
    r"\s+(?=(?:" + "|".join(re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True)) + r")\b,?\s*\d)",
    re.IGNORECASE,
)
"""Where a weekday opens the date that follows the credits ("… Editor: B Kamis, 16 Mar 2023")."""

MAX_CREDITS_LINE_WORDS = 30
"""A credits line (labels, names, a date) is short; longer lines are prose and stay whole."""

ROLE_OF_OUTLET = re.compile(
    r"^(?:wartawan|jurnalis|reporter|koresponden|kontributor|penulis)\b(?:\s+\S+){0,5}$", re.IGNORECASE
)
"""A role line printed under the writer's name: "Wartawan BBC News Indonesia", "Jurnalis"."""


def split_credits(text: str) -> list[str]:
    """A header/footer line of several credits printed side by side, one credit each, the date
    after them apart: "Penulis: A Editor: B Kamis, 16 Mar 2023 10:20 WIT" → "Penulis: A",
    "Editor: B", "Kamis, 16 Mar 2023 10:20 WIT". Other lines come back whole."""
    if not LABEL_START.match(text) or len(text.split()) > MAX_CREDITS_LINE_WORDS:
        return [text]
    parts: list[str] = []
    for part in NEXT_LABEL.split(text):
        weekday = WEEKDAY_START.search(part)
        date = VISIBLE_DATE.search(part)
        cut = weekday.start() if weekday else (date.start() if date else None)
        if cut is not None and cut > 0 and LABEL_START.match(part):
            parts.extend(p for p in (part[:cut].strip(" |/-–"), part[cut:].strip()) if p)
        else:
            parts.append(part.strip(" |/"))
    return [p for p in parts if p]


GLUED_NEXT_LABEL = re.compile(
    r"(?<=[a-z])(?=(?:" + "|".join(re.escape(x.capitalize()) for x in PEOPLE_LABELS) + r")\s*:)"
)
"""A label glued to the name before it by markup ("Agung PratamaEditor : Dian Sari")."""

_NO_COLON = "|".join(re.escape(x) for x in bf.NO_COLON_LABELS)
GLUED_LABEL = re.compile(rf"^(?P<label>(?i:{_NO_COLON}))(?=[A-Z][a-z])")
"""A label glued to the name after it ("PenulisRahmat Hidayat")."""

NO_COLON_LABEL = re.compile(rf"^(?P<label>{_NO_COLON})\s+(?P<value>\S.*)$", re.IGNORECASE)
ABBREVIATED_LABEL = re.compile(
    r"^(?P<label>" + "|".join(re.escape(x) for x in bf.LABEL_ABBREVIATIONS) + r")\s*:\s*", re.IGNORECASE
)
NAME_COMMA_REST = re.compile(r"^(?P<name>[^,]{3,60}),\s*(?P<rest>[^,]{2,40})$")
ROLE_WORDS = frozenset(bf.ROLE_WORDS)
CREDIT_SEPARATOR = re.compile(bf.CREDIT_SEPARATORS)
OUTLET_NAMES = frozenset(n.lower() for n in (*OUTLET_ALIASES.values(), *OUTLET_DOMAINS.values()))


def _names_outlet(text: str) -> bool:
    """Whether ``text`` is, as a whole, an outlet's name ("CNBC Indonesia", "Pikiran Rakyat"); a
    line that merely mentions one ("23 Februari 2016 (Antara/PRNewswire)") is not."""
    key = " ".join(text.split()).lower().strip(" .")
    return key in OUTLET_NAMES or key in OUTLET_ALIASES


def _credit_piece(piece: str) -> str | None:
    """One credit of a header line in "Label: Nama" form, or None when it is none."""
    piece = ABBREVIATED_LABEL.sub(
        lambda m: bf.LABEL_ABBREVIATIONS[m.group("label").lower()] + ": ", piece
    ).strip(" /")
    piece = GLUED_LABEL.sub(lambda m: m.group("label") + ": ", piece)
    if LABEL_START.match(piece):
        return piece
    match = NO_COLON_LABEL.match(piece)
    if match and is_person_name(match.group("value")) and not _names_outlet(match.group("value")):
        return f"{match.group('label')}: {match.group('value')}"
    match = NAME_COMMA_REST.match(piece)
    if match and is_person_name(match.group("name").strip()):
        rest = match.group("rest").strip()
        if rest.lower() in ROLE_WORDS or _names_outlet(rest):
            return f"Penulis: {match.group('name').strip()}"
    return None


def credit_lines(text: str) -> list[str]:
    """A header or footer line as the metadata reader knows credits: one "Label: Nama" per credit,
    the date apart ("Penulis Tito | Editor Bayu" → "Penulis: Tito", "Editor: Bayu"; "Rizky
    Hidayat, Jurnalis · Senin, 20 Maret 2023" → "Penulis: Rizky Hidayat", the date). A line with
    no credit comes back whole."""
    if len(text.split()) > MAX_CREDITS_LINE_WORDS:
        return [text]
    pieces = CREDIT_SEPARATOR.split(GLUED_NEXT_LABEL.sub(" ", text))
    credits = [_credit_piece(piece) for piece in pieces]
    if not any(credits):
        return [text]
    result: list[str] = []
    for piece, credit in zip(pieces, credits, strict=True):
        result.extend(split_credits(credit) if credit else [piece])
    return [part for part in result if part]


MAX_CREDIT_LINE_WORDS = 14
"""A body line this short made only of credits is the credits box, not prose."""


def is_credit_line(text: str) -> bool:
    """Whether a line is a credits line ("Rep: A/ Red: B", "Penulis Tito | Editor Bayu", "Rizky
    Hidayat, Jurnalis"): short, and every "|"-separated piece that is not a date is a credit."""
    if len(text.split()) > MAX_CREDIT_LINE_WORDS:
        return False
    pieces = [p for p in CREDIT_SEPARATOR.split(GLUED_NEXT_LABEL.sub(" ", text)) if p.strip()]
    credits = [p for p in pieces if _credit_piece(p)]
    return bool(credits) and all(p in credits or VISIBLE_DATE.search(p) for p in pieces)


def _is_role_line(text: str) -> bool:
    """A role line under a name: a role word alone or with the outlet ("Wartawan BBC News
    Indonesia"), never a role with a person's name (that is a byline of its own)."""
    if not ROLE_OF_OUTLET.match(text) or _is_label(text) or ":" in text:
        return False
    rest = text.split(None, 1)[1] if len(text.split()) > 1 else ""
    return not rest or _names_outlet(rest) or not is_person_name(rest)


def _name_over_role(page: list[str]) -> list[str]:
    """A writer's name printed over their role ("Wulan Pertiwi" / "Wartawan BBC News Indonesia")
    read as the byline "Penulis: Wulan Pertiwi"."""

    def name_over_role(_done: list[str], text: str, following: str) -> str | None:
        return f"Penulis: {text}" if is_person_name(text) and _is_role_line(following) else None

    return _merge_with_next(page, name_over_role)


def page_context(root: HtmlElement, lines: list[str]) -> tuple[list[str], int, int]:
    """The body ``lines`` framed by the page text printed just above and below them (bylines,
    date lines, "Penulis: …/Editor: …" tables), as ``(lines, body_start, body_end)`` for
    ``visible_metadata``. Without a match on the page, the body lines alone."""
    body = root.find("body")
    if body is None or not lines:
        return lines, 0, len(lines) - 1
    page = _name_over_role(_join_labels([part for s in segments(body) for part in credit_lines(s.text)]))
    start, end = _locate(page, lines, False), _locate(page, lines, True)
    if start is None or end is None or end < start:
        return lines, 0, len(lines) - 1
    inside = " ".join(lines)
    above = [text for text in page[max(0, start - CONTEXT_LINES) : start] if text not in inside]
    below = [text for text in page[end + 1 : end + 1 + CONTEXT_LINES] if text not in inside]
    # credits standing between body lines that the extraction left out ("Penulis: …" above an
    # "Editor: …" it kept) are read with the footer
    gap = [text for text in page[start : end + 1] if text not in inside and LABEL_START.match(text)]
    below = gap + below
    return above + lines + below, len(above), len(above) + len(lines) - 1
