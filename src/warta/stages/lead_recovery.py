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
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

BLOCK_TAGS = frozenset(
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table",
        "tr", "td", "section", "article", "figure", "figcaption", "header", "footer", "aside", "nav",
        "form", "hr", "pre", "dl", "dt", "dd", "center",
    }
)  # fmt: skip
"""Elements that end a paragraph segment."""

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


def _walk(el: HtmlElement, current: list[Segment], in_link: bool) -> Iterator[Segment]:
    """Yield finished segments in document order; ``current[0]`` is the open one."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIP_TAGS or not tag:
        return
    if tag in BLOCK_TAGS:
        yield current[0]
        current[0] = Segment()
    link = in_link or tag == "a"
    if el.text:
        current[0].text += el.text
        if link:
            current[0].link_chars += len(el.text.strip())
    for child in el:
        yield from _walk(child, current, link)
        if child.tail:
            current[0].text += child.tail
            if link:
                current[0].link_chars += len(child.tail.strip())
    if tag in BLOCK_TAGS:
        yield current[0]
        current[0] = Segment()


def segments(block: HtmlElement) -> list[Segment]:
    """The block's paragraph segments (whitespace-normalised, empty ones dropped)."""
    current = [Segment()]
    found = [*_walk(block, current, False), current[0]]
    result = []
    for segment in found:
        text = " ".join(segment.text.split())
        if text:
            result.append(Segment(text, segment.link_chars))
    return result


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


def recover_lead(block: HtmlElement | None, lines: list[str]) -> list[str]:
    """Prose segments of ``block`` that stand before the first of ``lines`` and are not in them."""
    if block is None or not lines:
        return []
    found = segments(block)
    start = _anchor_index(found, lines[0])
    if start is None:
        return []
    known = set(lines)
    return [s.text for s in found[:start] if _prose_like(s) and s.text not in known]


def restore_lead(block: HtmlElement | None, lines: list[str]) -> list[str]:
    """``lines`` with the lead paragraphs trafilatura dropped put back in front, and the dateline
    prefix it cut off ("<strong>Jakarta</strong> - <p>…") put back at the start of the first one."""
    if block is None or not lines:
        return lines
    found = segments(block)
    start = _anchor_index(found, lines[0])
    if start is None:
        return lines
    known = set(lines)
    recovered = [i for i in range(start) if _prose_like(found[i]) and found[i].text not in known]
    result = [found[i].text for i in recovered] + lines
    first = recovered[0] if recovered else start
    if first > 0:
        prefix = found[first - 1].text
        if DATELINE_PREFIX.match(prefix) and not result[0].startswith(prefix.rstrip("-–— ")):
            result[0] = f"{prefix} {result[0]}"
    return result
