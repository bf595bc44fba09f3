"""HTML cleaning: one parse, trafilatura for the main text, the Indonesian post-filter, metadata.

The page is parsed once (trafilatura's own loader) and that tree serves the listing check, the
metadata readers (meta tags, JSON-LD, the header date) and trafilatura's ``bare_extraction``,
which copies it before cleaning. trafilatura runs in precision mode: it then drops most related
headline lists, which Indonesian pages carry several of. What it still keeps — timestamps of
related lists, "Baca juga" inserts, captions, promos — the structural filter below and the shared
Indonesian post-filter remove.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import lxml.html
import trafilatura
from lxml.etree import ParserError
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc
from warta.stages import html_metadata as hm
from warta.stages.language import detect_language
from warta.stages.listing import is_listing_page
from warta.stages.postfilter import filter_paragraphs

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")
"""A list item ending like a sentence is body text (a bullet point), not a headline link."""

MIN_PROSE_ITEM_WORDS = 12
"""A list item this long is prose even without final punctuation."""

MIN_PARAGRAPH_CHARS = 2
"""Shorter lines (stray bullets, digits) are layout."""

MIN_BODY_CHARS = 80
"""An extraction shorter than this is no article body (a caption or a share bar)."""

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


def parse_page(text: str) -> HtmlElement | None:
    """Parse a page (or a feed) into an lxml tree; None when nothing can be parsed."""
    tree = load_html(text)
    if tree is not None:
        return tree
    try:
        return lxml.html.document_fromstring(XML_DECLARATION.sub("", text, count=1))
    except (ParserError, ValueError):
        return None


def _lines(element: Any) -> Iterator[str]:
    """Text of a trafilatura output element, split at its line breaks (``<lb/>``)."""
    current: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            yield " ".join("".join(current).split())
            current = []
        else:
            current.append("".join(child.itertext()))
        current.append(child.tail or "")
    yield " ".join("".join(current).split())


def _is_stamp(line: str) -> bool:
    """A date/time stamp ("Kamis, 05/11/2015 09:25 WIB") with hardly any other words."""
    match = hm.VISIBLE_DATE.search(line)
    if not match:
        return False
    rest = (line[: match.start()] + " " + line[match.end() :]).split()
    return len(rest) <= STAMP_LEFTOVER_WORDS


def _is_prose_item(item: str) -> bool:
    return bool(SENTENCE_END.search(item)) or len(item.split()) >= MIN_PROSE_ITEM_WORDS


def body_lines(body: Any, title: str | None) -> list[str]:
    """Paragraphs of trafilatura's output tree, without the headline, timestamps, numbering and
    headline-link list items."""
    wanted = " ".join((title or "").split()).lower()
    lines: list[str] = []
    for element in body:
        tag = element.tag
        if tag == "list":
            for item in element.iter("item"):
                text = " ".join("".join(item.itertext()).split())
                if _is_prose_item(text) and not _is_stamp(text):
                    lines.append(text)
            continue
        if tag == "head":
            text = " ".join("".join(element.itertext()).split())
            if text.lower() != wanted and len(text) >= MIN_PARAGRAPH_CHARS:
                lines.append(text)
            continue
        for line in _lines(element):
            if len(line) >= MIN_PARAGRAPH_CHARS and not _is_stamp(line):
                lines.append(line)
    return lines


def _visible_reader() -> Callable[[list[str]], Any] | None:
    """``warta.stages.metadata.visible_metadata`` (the text branch's reader of bylines, datelines
    and wire credits in visible lines) when it is installed, else None."""
    try:
        module = importlib.import_module("warta.stages.metadata")
    except ImportError:
        return None
    reader = getattr(module, "visible_metadata", None)
    return reader if callable(reader) else None


def _field(found: Any, name: str) -> Any:
    if found is None:
        return None
    if isinstance(found, dict):
        return found.get(name)
    return getattr(found, name, None)


def _as_tuple(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def headline_title(root: HtmlElement, meta_title: str | None) -> str | None:
    """The headline: the page's printed headline when the markup title contains it (the printed one
    carries no site-name suffix), else the markup title."""
    headline = hm.headline_element(root, meta_title)
    if headline is None or not meta_title:
        return meta_title
    printed = hm._norm(headline.text_content())
    if printed and printed.lower() in meta_title.lower() and len(printed) >= len(meta_title) * 0.6:
        return printed
    return meta_title


def extract_html_tree(root: HtmlElement, source: str, options: Options) -> Article:
    """Clean an already parsed page (see ``extract_html``)."""
    reason = is_listing_page(root)
    if reason:
        raise NotAnArticle(source, f"not an article: {reason}")
    meta = hm.page_meta(root)
    document = trafilatura.bare_extraction(root, url=meta.url, **EXTRACT_SETTINGS)
    body = getattr(document, "body", None)
    if body is None:
        raise NotAnArticle(source, "not an article: no article body found")
    title = headline_title(root, meta.title)
    lines = body_lines(body, title)
    paragraphs = filter_paragraphs(lines)
    if sum(len(p) for p in paragraphs) < MIN_BODY_CHARS:
        raise NotAnArticle(source, "not an article: no article body found")
    reader = _visible_reader()
    visible = reader(lines) if reader else None
    published = hm.reconcile_dates(meta.published, hm.header_date(root, title))
    text = "\n".join(paragraphs)
    return Article(
        source=source,
        paragraphs=tuple(paragraphs),
        title=title or _field(visible, "title"),
        outlet=hm.outlet_for(meta.url, meta.site_name, meta.publisher, meta.outlet_hints)
        or _field(visible, "outlet"),
        url=meta.url,
        published=hm.iso(published) or _field(visible, "published"),
        authors=tuple(meta.authors) or _as_tuple(_field(visible, "authors")),
        editors=_as_tuple(_field(visible, "editors")),
        translators=_as_tuple(_field(visible, "translators")),
        dateline=_field(visible, "dateline"),
        wire_sources=_as_tuple(_field(visible, "wire_sources")),
        language=detect_language(text) or meta.language,
        kind="html",
    )


def extract_html(doc: RawDoc, options: Options) -> Article:
    """Clean an HTML page into an Article, or raise NotAnArticle saying why it is none."""
    root = parse_page(doc.data)
    if root is None:
        raise NotAnArticle(doc.source, "not an article: the HTML could not be parsed")
    return extract_html_tree(root, doc.source, options)
