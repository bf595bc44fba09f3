"""HTML cleaning: one parse, trafilatura for the main text, the Indonesian post-filter, metadata.

The page is parsed once (trafilatura's own loader) and that tree serves the listing check (which
also finds the page's body block), the metadata readers (meta tags, JSON-LD, microdata, the
header date) and trafilatura's ``bare_extraction``, which copies it before cleaning.

trafilatura runs in precision mode: it then drops most related-headline lists, which Indonesian
pages carry several of (balanced mode is the second try when precision finds no body). What it
still keeps — timestamps of related lists, headline list items, "Baca juga" inserts, captions,
promos — the structural filter below and the shared Indonesian post-filter remove; what it drops
wrongly — a lead paragraph full of tag links, a dateline standing before the body — is put back
from the body block (``lead_recovery``). Metadata: markup first (``html_metadata``), then what the
article's own lines print (``warta.stages.metadata.visible_metadata``: bylines, dateline, wire
credits).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Any

import lxml.html
import trafilatura
from lxml.etree import ParserError
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from warta.errors import NotAnArticle
from warta.io.decode import detect_kind
from warta.lang.id import page_widgets as w
from warta.lang.id.outlets import WIRE_AGENCIES
from warta.lang.id.regional_outlets import same_group
from warta.options import Options
from warta.records import Article, RawDoc
from warta.stages import html_metadata as hm
from warta.stages.language import detect_language
from warta.stages.lead_recovery import is_credit_line, page_context, restore_lead
from warta.stages.listing import listing_verdict
from warta.stages.metadata import SYNDICATION_RE, SYNDICATION_TRIGGERS, is_dateline_line, visible_metadata
from warta.stages.postfilter import filter_paragraphs, is_boilerplate_line, is_hard_end, is_related_header

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")
"""A list item ending like a sentence is body text (a bullet point), not a headline link."""

MIN_PROSE_ITEM_WORDS = 12
"""A list item this long is prose even without final punctuation."""

MIN_PARAGRAPH_CHARS = 2
"""Shorter lines (stray bullets, digits) are layout."""

MIN_BODY_CHARS = 80
"""An extraction shorter than this is no article body (a caption or a share bar)."""

OUTPUT_BLOCKS = frozenset(
    {
        "body", "doc", "main", "article", "section", "div", "p", "quote", "blockquote", "head",
        "h1", "h2", "h3", "h4", "h5", "h6", "list", "item", "ul", "ol", "li", "table", "row",
        "cell", "tr", "td", "th", "figure", "figcaption", "pre", "center", "dl", "dt", "dd",
    }
)  # fmt: skip
"""Block elements of trafilatura's output (its XML and the HTML its fallbacks return)."""

BREAK_TAGS = frozenset({"lb", "br", "hr"})
SKIPPED_TAGS = frozenset({"script", "style", "graphic", "img", "noscript"})
HEAD_TAGS = frozenset({"head", "h1", "h2", "h3", "h4", "h5", "h6"})
ITEM_TAGS = frozenset({"item", "li", "dd", "dt"})
LIST_TAGS = frozenset({"list", "ul", "ol", "dl"})

VISIBLE_FIELDS = ("outlet", "authors", "editors", "translators", "dateline", "wire_sources")
"""Fields the visible-metadata reader may fill where the markup says nothing. Not the title nor
the date: on a page those come from the markup and the headline's own header, which know a
related-article list or a site's "today" bar from the article's header; the text-dump reader
does not."""

ALL_VISIBLE_FIELDS = ("title", "published", *VISIBLE_FIELDS)
"""Everything the visible-metadata reader knows (for plain-text rows, which have no markup)."""

CONTINUATION_STARTS = frozenset(",.;:!?)]}-–—%'’”")
"""A segment starting with one of these continues the paragraph before it."""

ATTACHED_STARTS = frozenset(",.;:!?)]}%")
"""Punctuation joined to the previous fragment without a space."""

OPEN_ENDINGS = frozenset("-–—,:;([{“\"'‘")
"""A paragraph ending with one of these is unfinished."""

FRAGMENT_WORDS = 4
"""A short segment (a linked name, a bold phrase) after a paragraph that stops mid-sentence on a
lower-case word is a fragment of it; a label ("Editor: …") never is."""

MIN_HEADLINE_WORDS = 3
"""A bare ``<h1>`` read as the headline (when the markup has no title) has at least this many words:
shorter ones are logos and section names."""

STAMP_LEFTOVER_WORDS = 2
"""A line that is a date/time stamp plus at most this many other words is a timestamp."""

EXTRACT_SETTINGS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "with_metadata": False,
}
"""trafilatura settings: precision mode (drops most headline lists), no comments, no tables
(layout tables and share widgets on Indonesian sites), metadata read by us."""

FALLBACK_SETTINGS: dict[str, Any] = {**EXTRACT_SETTINGS, "favor_precision": False}
"""Second try when precision mode finds no body (a short article): trafilatura's balanced mode."""


def parse_page(text: str) -> HtmlElement | None:
    """Parse a page (or a feed) into an lxml tree; None when nothing can be parsed. Plain text
    read as HTML (``warta clean --html`` on a dump) becomes one ``<p>`` per line, as it shows."""
    if detect_kind(text) == "text":
        lines = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        text = f"<html><body>{lines}</body></html>"
    tree = load_html(text)
    if tree is not None:
        return tree
    try:
        return lxml.html.document_fromstring(XML_DECLARATION.sub("", text, count=1))
    except (ParserError, ValueError):
        return None


def _is_stamp(line: str) -> bool:
    """A date/time stamp ("Kamis, 05/11/2015 09:25 WIB") with hardly any other words."""
    match = hm.VISIBLE_DATE.search(line)
    if not match:
        return False
    rest = (line[: match.start()] + " " + line[match.end() :]).split()
    return len(rest) <= STAMP_LEFTOVER_WORDS


def _is_prose_item(item: str) -> bool:
    return bool(SENTENCE_END.search(item)) or len(item.split()) >= MIN_PROSE_ITEM_WORDS


def _kind_of(tag: str, inherited: str) -> str:
    if tag in HEAD_TAGS:
        return "head"
    if tag in ITEM_TAGS:
        return "item"
    if tag in LIST_TAGS:
        return inherited if inherited == "item" else "p"
    return inherited


class _Flattener:
    """Cuts an extraction tree into (text, kind) segments at block boundaries and line breaks.

    trafilatura's main extractor gives flat ``<p>``/``<head>``/``<list>`` children; its fallbacks
    (readability, jusText) give nested HTML-like trees. Both are read the same way here.
    """

    def __init__(self) -> None:
        self.segments: list[tuple[str, str]] = []
        self.buffer: list[str] = []
        self.kind = "p"

    def add(self, text: str | None, kind: str) -> None:
        if text:
            if not self.buffer:
                self.kind = kind
            self.buffer.append(text)

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        if text:
            self.segments.append((text, self.kind))
        self.buffer = []

    def walk(self, element: Any, kind: str) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in SKIPPED_TAGS:
            return
        if tag in BREAK_TAGS:
            self.flush()
            return
        block = tag in OUTPUT_BLOCKS
        if block:
            self.flush()
            kind = _kind_of(tag, kind)
        self.add(element.text, kind)
        for child in element:
            self.walk(child, kind)
            self.add(child.tail, kind)
        if block:
            self.flush()


def _continues(previous: str, current: str) -> bool:
    """Whether ``current`` is a fragment of ``previous`` cut at a link or formatting boundary."""
    if SENTENCE_END.search(previous):
        return False
    first = current[0]
    return (
        first.islower()
        or first in CONTINUATION_STARTS
        or previous[-1] in OPEN_ENDINGS
        or (previous[-1].islower() and len(current.split()) < FRAGMENT_WORDS and ":" not in current)
    )


def flatten(body: Any) -> list[tuple[str, str]]:
    """Segments of an extraction tree with their kind ("p", "head" or "item"), fragments that a
    link or formatting boundary cut off joined back to their paragraph."""
    flattener = _Flattener()
    flattener.walk(body, "p")
    flattener.flush()
    merged: list[tuple[str, str]] = []
    for text, kind in flattener.segments:
        if merged and kind == "p" and merged[-1][1] == "p" and _continues(merged[-1][0], text):
            glue = "" if text[0] in ATTACHED_STARTS else " "
            merged[-1] = (merged[-1][0] + glue + text, "p")
        else:
            merged.append((text, kind))
    return merged


def body_lines(body: Any, title: str | None) -> list[str]:
    """Paragraphs of trafilatura's output tree, without the headline, timestamps, numbering and
    headline-link list items."""
    wanted = " ".join((title or "").split()).lower()
    lines: list[str] = []
    for text, kind in flatten(body):
        if len(text) < MIN_PARAGRAPH_CHARS or _is_stamp(text):
            continue
        if kind == "item" and not _is_prose_item(text):
            continue
        if kind == "head" and text.lower() == wanted:
            continue
        lines.append(text)
    return lines


WIDGET_MARKERS = frozenset(w.WIDGET_MARKERS)
WIDGET_LINE = re.compile(r"^(?:" + "|".join(w.WIDGET_LINES) + r")$", re.IGNORECASE)
CLOSING_CODE = re.compile(w.CLOSING_CODE)
CLOSING_INITIALS = re.compile(w.CLOSING_INITIALS)
CLOSING_WIRE = re.compile(w.CLOSING_WIRE)
CLOSING_NAME_CREDIT = re.compile(w.CLOSING_NAME_CREDIT)
WIDGET_ATTRIBUTES = ("class", "id", "aria-labelledby", "role")
LINE_TEXT_TAGS = frozenset(
    {"p", "div", "span", "figcaption", "li", "h2", "h3", "h4", "strong", "b", "a", "em", "i"}
)
"""Elements whose text may stand as one line of an extraction."""


WIDGET_VALUE = re.compile(
    r"(?:^|[\s_-])(?:"
    + "|".join(re.escape(m) for m in sorted(WIDGET_MARKERS, key=len, reverse=True))
    + r")(?:$|[\s_-])"
)
"""A ``class``/``id``/ARIA value naming a widget (one of its words, split at spaces, "-", "_")."""

WIDGET_CANDIDATES = "//*[@class or @id or @aria-labelledby or @role] | //figcaption"


def _is_widget(el: HtmlElement) -> bool:
    for attribute in WIDGET_ATTRIBUTES:
        value = el.get(attribute)
        if value and WIDGET_VALUE.search(value.lower()):
            return True
    return el.tag == "figcaption"


def _caption_boxes(root: HtmlElement) -> list[HtmlElement]:
    """Small boxes holding an image and a short text: the text is the image's caption."""
    boxes: list[HtmlElement] = []
    for image in root.iter("img"):
        node = image.getparent()
        for _ in range(w.CAPTION_CONTAINER_DEPTH):
            if node is None or node.tag in {"p", "body", "a"}:
                break
            text = hm.norm(node.text_content())
            if text:
                if len(text) <= w.CAPTION_MAX_CHARS:
                    boxes.append(node)
                break
            node = node.getparent()
    return boxes


def page_furniture(root: HtmlElement, block: HtmlElement | None) -> set[str]:
    """Texts that the markup marks as page furniture, as ``furniture_key``s: the lines of widget elements
    (related and recommendation boxes, captions, comment and share boxes, see
    ``page_widgets.WIDGET_MARKERS``), image captions, and the text of every headline-length
    link (not links within the page). The body block and its ancestors are never furniture, nor
    are the body's own sub-heads (a table of contents repeats them)."""
    protected = set(block.iterancestors()) | {block} if block is not None else set()
    found: set[str] = set()
    widgets = [el for el in root.xpath(WIDGET_CANDIDATES) if _is_widget(el)]
    seen: set[HtmlElement] = set()
    for el in widgets + _caption_boxes(root):
        if el in protected or el in seen:
            continue
        for part in el.iter():
            seen.add(part)
            if isinstance(part.tag, str) and (part is el or part.tag in LINE_TEXT_TAGS):
                text = hm.norm(part.text_content())
                if text and len(text.split()) <= w.WIDGET_LINE_MAX_WORDS:
                    found.add(furniture_key(text))
    for anchor in root.iter("a"):
        if (anchor.get("href") or "").startswith("#"):
            continue  # a link within the page (a table of contents), not to another article
        text = hm.norm(anchor.text_content())
        if 1 < len(text.split()) <= w.LINK_LINE_MAX_WORDS:
            found.add(furniture_key(text))
    if block is not None:  # the body's own sub-heads stay, whatever box repeats them
        found -= {furniture_key(hm.norm(h.text_content())) for h in body_headings(block)}
    return found


def body_headings(block: HtmlElement) -> list[HtmlElement]:
    """The ``<h2>``–``<h4>`` sub-heads of the body block, not the titles of boxes inside it."""
    return [
        h
        for h in block.iter("h2", "h3", "h4")
        if not _is_widget(h) and not any(_is_widget(a) for a in h.iterancestors() if a is not block)
    ]


def furniture_key(text: str) -> str:
    """A text without any whitespace: the markup's text and trafilatura's line for the same element
    differ only in spaces at element edges ("…123</p>&mdash; Nama" → "…123— Nama" / "…123 — Nama")."""
    return "".join(text.split())


MAX_ITEM_LINK_SHARE = 0.5
"""A list item whose text is mostly link text is a related headline, not a point of the body."""


def _body_item(li: HtmlElement) -> str | None:
    """The text of a list item that is a point of the body: a sentence of its own (long enough and
    ending like one) that is not mostly a link; else None."""
    text = hm.norm(li.text_content())
    linked = sum(len(hm.norm(a.text_content())) for a in li.iter("a"))
    if len(text.split()) < MIN_PROSE_ITEM_WORDS or not SENTENCE_END.search(text):
        return None
    return text if linked <= MAX_ITEM_LINK_SHARE * len(text) else None


DATA_ITEM_MAX_WORDS = 12
"""A data row of a list-like article ("Emas 1 gram: Rp 1.452.000", "Subuh: 04.22 WIB", "Jorge
Martin (Pramac Ducati) - 350 poin") is short."""

_DIGIT = re.compile(r"\d")


def _data_item(li: HtmlElement) -> str | None:
    """The text of a list item that is a data row of the body — a price, a time, a score: short,
    holding a figure and words, not a link, no page furniture; else None. A pager ("1", "2",
    "Next") or a list of linked headlines is none."""
    text = hm.norm(li.text_content())
    words = text.split()
    if not 2 <= len(words) <= DATA_ITEM_MAX_WORDS or not _DIGIT.search(text) or li.find(".//a") is not None:
        return None
    if not any(w[0].isalpha() for w in words) or is_boilerplate_line(text):
        return None
    return text


def _previous_element(el: HtmlElement) -> HtmlElement | None:
    previous = el.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous


def _list_subhead(heading: HtmlElement) -> str | None:
    """The text of a sub-head standing over a list of the body ("Jadwal Sholat Bandung, 22
    September 2024"), or None for a box title or furniture."""
    text = hm.norm(heading.text_content())
    if not text or len(text.split()) > SUBHEAD_MAX_WORDS or heading.find(".//a") is not None:
        return None
    if is_related_header(text) or is_hard_end(text) or is_boilerplate_line(text):
        return None
    return text


def restore_list_items(block: HtmlElement | None, lines: list[str]) -> list[str]:
    """``lines`` with the bulleted points the extraction dropped from the body block put back after
    the paragraph that introduces them ("… ada tiga perubahan utama:" then one sentence per
    ``<li>``), with the sub-head standing between them if there is one. Only lists whose every
    item is a sentence of its own, or whose every item is a data row (a price list, prayer times,
    standings: see ``_data_item``), come back: a list of linked headlines ("Baca juga" boxes)
    never does."""
    if block is None or not lines:
        return lines
    result = list(lines)
    for found in block.iter("ul", "ol"):
        points = list(found.iterchildren("li"))
        items = [_body_item(li) for li in points]
        if None in items:
            items = [_data_item(li) for li in points]
        if not items or None in items or any(item in result for item in items):
            continue
        previous = _previous_element(found)
        head: list[str] = []
        if previous is not None and previous.tag in ("h2", "h3", "h4"):
            subhead = _list_subhead(previous)
            if subhead is None:
                continue
            if subhead not in result:  # kept, the sub-head is the anchor; else it comes back too
                head, previous = [subhead], _previous_element(previous)
        anchor = hm.norm(previous.text_content()) if previous is not None else ""
        at = next((i for i, line in enumerate(result) if hm.norm(line) == anchor), None)
        if anchor and at is not None:
            result[at + 1 : at + 1] = head + [item for item in items if item]
    return result


SUBHEAD_MAX_WORDS = 15
"""A sub-head of the body is a short line; a longer heading in the body block is something else."""


def restore_subheads(block: HtmlElement | None, lines: list[str]) -> list[str]:
    """``lines`` with the body's sub-heads (``<h2>``–``<h4>`` in the body block) that the extraction
    dropped put back before the paragraph that follows each of them. A heading comes back only
    when that paragraph is a kept body line, and never a box title ("Berita Terkait", "Baca
    juga") that the post-filter reads as furniture or as the body's end."""
    if block is None or not lines:
        return lines
    result = list(lines)
    for heading in body_headings(block):
        text = hm.norm(heading.text_content())
        if not text or len(text.split()) > SUBHEAD_MAX_WORDS or text in result:
            continue
        if is_related_header(text) or is_hard_end(text) or is_boilerplate_line(text):
            continue
        following = heading.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is None:
            continue
        after = hm.norm(following.text_content())
        if len(after.split()) < MIN_PROSE_ITEM_WORDS or not SENTENCE_END.search(after):
            continue  # a sub-head stands over prose, not over a list of links
        at = next((i for i, line in enumerate(result) if hm.norm(line) == after), None)
        if at is not None:
            result.insert(at, text)
    return result


def drop_furniture(lines: list[str], furniture: set[str]) -> list[str]:
    """``lines`` without the page furniture trafilatura kept (see ``page_furniture``), widget lines
    ("Beri komentar", "Artikel-artikel yang direkomendasikan"), and credits lines the extraction
    took for a paragraph ("Rep: A/ Red: B"; the metadata reader still reads them from the page)."""
    kept = [
        line
        for line in lines
        if furniture_key(line) not in furniture
        and not WIDGET_LINE.match(line.strip())
        and not is_credit_line(line)
    ]
    return kept


def closing_wire(paragraph: str) -> str | None:
    """The wire agency credited in brackets at the end of a paragraph ("… (Antara)" → ANTARA)."""
    match = CLOSING_WIRE.search(paragraph)
    if not match:
        return None
    key = match.group("name").strip().lower()
    return w.CLOSING_WIRE_NAMES.get(key) or WIRE_AGENCIES.get(key) or hm.OUTLET_ALIASES.get(key)


def strip_closing_code(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """The body without the mark that closes its last paragraph — an editor's code ("… bulan
    depan. (Z-7)"), initials ("(nma/fra)"), an end mark ("(*)") or a wire credit ("(Antara)") —
    and the wire agency that credit names, if any."""
    if not paragraphs:
        return paragraphs, None
    last = paragraphs[-1]
    wire = closing_wire(last)
    if wire:
        last = CLOSING_WIRE.sub("", last)
    last = CLOSING_INITIALS.sub("", CLOSING_CODE.sub("", last))
    signed = CLOSING_NAME_CREDIT.search(last) if last.endswith(")") else None
    if signed and hm.is_person_name(signed.group("name")):
        last = last[: signed.start()]
    return ([*paragraphs[:-1], last] if last.strip() else paragraphs[:-1]), wire


CLOSING_NAMES_MAX_WORDS = 6
"""A closing credit of shouted names is short: one or two names, perhaps with the agency."""

_CLOSING_NAMES_SPLIT = re.compile(r"\s*[|,]\s*")


def drop_closing_names(paragraphs: list[str]) -> list[str]:
    """The body without the shouted names that close it, as Tempo signs its stories ("MUTIA
    RAHMADANI", "ANTARA | NAMA WARTAWAN"): a credit line, not a paragraph."""
    if not paragraphs:
        return paragraphs
    last = paragraphs[-1].strip()
    if not last.isupper() or len(last.split()) > CLOSING_NAMES_MAX_WORDS:
        return paragraphs
    parts = [p for p in _CLOSING_NAMES_SPLIT.split(last) if p]
    names = [p for p in parts if hm.is_person_name(p.title())]
    if names and all(p in names or hm.outlet_in(p) for p in parts):
        return paragraphs[:-1]
    return paragraphs


STANDFIRST_SCAN = 2
"""How many lines above a dateline lead may be header material the extraction kept (a section
kicker, a standfirst printed under the headline)."""

STANDFIRST_MAX_WORDS = 30
"""A kicker or standfirst is one short sentence; a longer line above the dateline is prose."""


STANDFIRST_VALUE = re.compile(
    r"(?:^|[\s_-])(?:" + "|".join(re.escape(m) for m in w.STANDFIRST_MARKERS) + r")(?:$|[\s_-])"
)


def standfirsts(root: HtmlElement) -> frozenset[str]:
    """Texts of the elements the markup marks as a standfirst or kicker (``class="sub-title"``,
    ``"excerpt"``), when short (see ``w.STANDFIRST_MARKERS``). A text the page also prints in a
    paragraph elsewhere is an excerpt copied from the body, and stays body."""
    paragraphs = Counter(hm.norm(p.text_content()) for p in root.iter("p"))
    found: set[str] = set()
    for el in root.xpath("//*[@class]"):
        if not STANDFIRST_VALUE.search((el.get("class") or "").lower()):
            continue
        text = hm.norm(el.text_content())
        own = 1 if el.tag == "p" else 0
        if text and len(text.split()) <= STANDFIRST_MAX_WORDS and paragraphs[text] <= own:
            found.add(text)
    return frozenset(found)


def drop_standfirst(paragraphs: list[str], marked: frozenset[str] = frozenset()) -> list[str]:
    """``paragraphs`` without the header material the extraction kept at their start: the lines
    the markup marks as a standfirst (``marked``, see ``standfirsts``), and the short lines above
    a dateline lead — the dateline ("TEMPO.CO, Jakarta - …") opens the story, so a standfirst or a
    section kicker above it is no body."""
    start = 0
    while start < min(len(paragraphs) - 1, STANDFIRST_SCAN) and hm.norm(paragraphs[start]) in marked:
        start += 1
    paragraphs = paragraphs[start:]
    for index in range(1, min(len(paragraphs), STANDFIRST_SCAN + 1)):
        if is_dateline_line(paragraphs[index]):
            above = paragraphs[:index]
            if not is_dateline_line(above[0]) and all(len(p.split()) <= STANDFIRST_MAX_WORDS for p in above):
                return paragraphs[index:]
            break
    return paragraphs


TRAILING_STRAY_WORDS = 15
"""A line after the body that is outside the body block is page furniture when it is this short
and does not end like a sentence (a sidebar's chart title, a tag line)."""


def drop_trailing_strays(lines: list[str], block: HtmlElement | None) -> list[str]:
    """``lines`` without the short unpunctuated lines at their end that the page prints outside
    the body block (a sidebar widget's title trafilatura took for a last paragraph)."""
    if block is None or not lines:
        return lines
    inside = " ".join(block.text_content().split())
    end = len(lines)
    while end > 1:
        line = " ".join(lines[end - 1].split())
        if line in inside or SENTENCE_END.search(line) or len(line.split()) > TRAILING_STRAY_WORDS:
            break
        end -= 1
    return lines[:end]


def syndication_credits(lines: list[str]) -> str:
    """The syndication credits among the page lines ("Artikel ini telah tayang di TribunJatim.com
    dengan judul …"), lower-cased and joined: a sister outlet named there first published the story,
    so it stays a source even within the outlet's own network."""
    found = [
        line.lower()
        for line in lines
        if any(t in line for t in SYNDICATION_TRIGGERS) and SYNDICATION_RE.match(line.strip())
    ]
    return "\n".join(found)


def visible_fields(
    lines: list[str],
    body_start: int | None = None,
    body_end: int | None = None,
    names: tuple[str, ...] = VISIBLE_FIELDS,
) -> dict[str, Any]:
    """Metadata printed around and in the article (bylines, dateline, wire credits, …) as Article
    keyword arguments, empty values left out. ``lines`` are the body lines before the post-filter
    (which drops the bylines and credits this reads), framed by the page lines above and below
    when ``body_start``/``body_end`` say where the body stands."""
    if not lines:
        return {}
    if body_start is None or body_end is None:
        body_start, body_end = 0, len(lines) - 1
    found = visible_metadata(lines, body_start, body_end)
    fields: dict[str, Any] = {}
    for name in names:
        value = getattr(found, name, None)
        if value:
            fields[name] = tuple(value) if isinstance(value, list | tuple) else value
    return fields


def headline_title(root: HtmlElement, meta_title: str | None) -> str | None:
    """The headline: the page's printed headline when the markup title contains it (the printed one
    carries no site-name suffix), else the markup title."""
    headline = hm.headline_element(root, meta_title)
    if headline is None:
        return meta_title
    printed = hm.norm(headline.text_content())
    if not meta_title:
        in_link = headline.xpath("ancestor::a") or headline.xpath(".//a")
        return printed if len(printed.split()) >= MIN_HEADLINE_WORDS and not in_link else None
    if printed and printed.lower() in meta_title.lower() and len(printed) >= len(meta_title) * 0.6:
        return printed
    if _expands(printed, meta_title) and not headline.xpath("ancestor::a"):
        return printed  # the markup carries a shortened social headline, the page the full one
    return meta_title


SHORT_TITLE_SHARE = 0.8
"""A markup title is a shortened form of the printed headline when this share of its words
stand in the headline (and the headline is longer)."""


def _expands(printed: str, meta_title: str) -> bool:
    """Whether the printed headline is a longer form of the markup title ("Polisi Tangkap Pencuri
    Kabel" → "Polisi Tangkap Komplotan Pencuri Kabel … di Tiga Kecamatan")."""
    short = meta_title.lower().split()
    full = set(printed.lower().split())
    if len(full) <= len(short) or len(printed.split()) < MIN_HEADLINE_WORDS:
        return False
    if len(hm.TITLE_SEPARATORS.split(printed)) > len(hm.TITLE_SEPARATORS.split(meta_title)):
        return False  # the headline printed with a site or section name glued on ("… - Health :: X")
    return sum(word in full for word in short) >= SHORT_TITLE_SHARE * len(short)


def extract_html_tree(root: HtmlElement, source: str, options: Options) -> Article:
    """Clean an already parsed page (see ``extract_html``)."""
    reason, block = listing_verdict(root)
    if reason:
        raise NotAnArticle(source, f"not an article: {reason}")
    meta = hm.page_meta(root)
    title = headline_title(root, meta.title)
    furniture = page_furniture(root, block)
    marked = standfirsts(root)
    lines: list[str] = []
    paragraphs: list[str] = []
    wire: str | None = None
    for settings in (EXTRACT_SETTINGS, FALLBACK_SETTINGS):
        document = trafilatura.bare_extraction(root, url=meta.url, **settings)
        body = getattr(document, "body", None)
        if body is None:
            continue
        lines = body_lines(body, title)
        lines = restore_subheads(block, restore_list_items(block, restore_lead(block, lines)))
        lines = drop_trailing_strays(drop_furniture(lines, furniture), block)
        paragraphs, wire = strip_closing_code(
            drop_closing_names(drop_standfirst(filter_paragraphs(lines), marked))
        )
        if sum(len(p) for p in paragraphs) >= MIN_BODY_CHARS:
            break
    else:
        raise NotAnArticle(source, "not an article: no article body found")
    context = page_context(root, lines)
    fields = visible_fields(*context)
    markup = {
        "title": title,
        "outlet": hm.outlet_for(meta.url, meta.site_name, meta.publisher, meta.outlet_hints),
        "url": meta.url,
        "published": hm.published_iso(
            meta.published, hm.header_date(root, title, block, meta.published), meta.published_has_time
        ),
        "authors": tuple(meta.authors),
    }
    fields.update({key: value for key, value in markup.items() if value})
    if not fields.get("authors"):
        printed = hm.marked_byline(root, title, block)
        if printed and not any(hm.outlet_in(name) for name in printed):
            fields["authors"] = tuple(printed)  # a byline without a label, marked by its class
    if meta.editors and not fields.get("editors"):
        fields["editors"] = tuple(meta.editors)  # schema.org "editor", when the page prints none
    dateline = fields.get("dateline")
    if dateline and (hm.outlet_in(dateline) or dateline.lower() == str(fields.get("outlet", "")).lower()):
        del fields["dateline"]  # "PIKIRAN RAKYAT - …": the outlet's name, not a city
    if not fields.get("dateline") and paragraphs:
        city = hm.colon_dateline(paragraphs[0]) or hm.own_outlet_dateline(
            paragraphs[0], meta.url, meta.site_name
        )
        if city:
            fields["dateline"] = city
    if wire and wire not in fields.get("wire_sources", ()):
        fields["wire_sources"] = (*fields.get("wire_sources", ()), wire)
    if fields.get("wire_sources"):
        own = fields.get("outlet")
        syndicated = syndication_credits(context[0])
        fields["wire_sources"] = tuple(
            s
            for s in fields["wire_sources"]
            if not same_group(s, own) or (s.lower() in syndicated and s.lower() != str(own).lower())
        )
    language = detect_language("\n".join(paragraphs)) or meta.language
    return Article(source=source, paragraphs=tuple(paragraphs), language=language, kind="html", **fields)


def extract_html(doc: RawDoc, options: Options) -> Article:
    """Clean an HTML page into an Article, or raise NotAnArticle saying why it is none."""
    root = parse_page(doc.data)
    if root is None:
        raise NotAnArticle(doc.source, "not an article: the HTML could not be parsed")
    return extract_html_tree(root, doc.source, options)
