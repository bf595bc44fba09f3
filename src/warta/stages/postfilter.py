"""The Indonesian boilerplate post-filter, shared by the text-dump and the HTML extractors.

trafilatura (HTML) and our own line classifier (text dumps) both leave lines that are part of the
page but not of the article: inserted "Baca juga: …" links, photo captions and credits, app and
channel promos, ad and subscription prompts, share bars, comment boxes, pagers, copyright lines,
"Sumber: X" credits and bylines. This module recognises them from the patterns of
``warta.lang.id.page_grammar`` (compiled once here) and drops them wherever they stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from warta.lang.id import page_grammar as g

MAX_SHORT_LINE_WORDS: Final = 8
"""Share, comment and credit patterns only apply to lines this short: prose can mention them."""

MAX_BYLINE_WORDS: Final = 14
"""A "Penulis: …" / "Editor: …" line longer than this is prose that happens to start so."""

MAX_CAPTION_WORDS: Final = 80
"""A line with a photo credit and more words than this is prose, not a caption."""


def _alternation(items: Sequence[str], escape: bool = False) -> str:
    return "|".join(re.escape(i) if escape else i for i in items)


INSERT_RE: Final = re.compile(
    r"^[\[(]?\s*(?:" + _alternation(g.INSERT_PREFIXES, escape=True) + r")(?=$|[\s:.»>|\-–—\])])",
    re.IGNORECASE,
)
AD_RE: Final = re.compile(r"^(?:" + _alternation(g.AD_LINES) + r")\s*[.!:]?$", re.IGNORECASE)
PROMO_START_RE: Final = re.compile(r"^(?:" + _alternation(g.PROMO_STARTS) + r")", re.IGNORECASE)
PROMO_ANYWHERE_RE: Final = re.compile(_alternation(g.PROMO_ANYWHERE), re.IGNORECASE)
CALL_TO_ACTION_RE: Final = re.compile(g.CALL_TO_ACTION, re.IGNORECASE)
SHARE_RE: Final = re.compile(r"^(?:" + _alternation(g.SHARE_LINES) + r")\s*$", re.IGNORECASE)
COMMENT_RE: Final = re.compile(r"^(?:" + _alternation(g.COMMENT_PATTERNS) + r")", re.IGNORECASE)
COMMENT_ANYWHERE_RE: Final = re.compile(
    r"berkomentarlah|laporkan komentar|jernihberkomentar|panduan komunitas|"
    r"kami sudah menerima laporan anda|komentar sepenuhnya menjadi tanggung jawab",
    re.IGNORECASE,
)
PAGER_RE: Final = re.compile(r"^(?:" + _alternation(g.PAGER_LINES) + r")\s*$", re.IGNORECASE)
COPYRIGHT_RE: Final = re.compile(g.COPYRIGHT_PATTERN, re.IGNORECASE)
BYLINE_RE: Final = re.compile(
    r"^(?:" + _alternation(g.BYLINE_LABELS, escape=True) + r")\s*(?::|\s-\s)\s*\S", re.IGNORECASE
)
BYLINE_LABEL_ONLY_RE: Final = re.compile(
    r"^(?:" + _alternation(g.BYLINE_LABELS, escape=True) + r")\s*:?$", re.IGNORECASE
)
EDITOR_INITIALS_RE: Final = re.compile(g.EDITOR_INITIALS)
SOURCE_CREDIT_RE: Final = re.compile(g.SOURCE_CREDIT, re.IGNORECASE)
CAPTION_RE: Final = re.compile(_alternation(g.PHOTO_CREDIT_PATTERNS))
RELATED_HEADER_RE: Final = re.compile(
    r"^(?:" + _alternation(g.RELATED_LIST_HEADERS, escape=True) + r")\b.{0,3}$|^tweets by @",
    re.IGNORECASE,
)
HARD_END_RE: Final = re.compile(
    r"^(?:" + _alternation(g.HARD_END_HEADERS, escape=True) + r")\s*[:»>]?$", re.IGNORECASE
)
SECTION_RE: Final = re.compile(r"^(?:" + _alternation(g.SECTION_LABELS, escape=True) + r")$", re.IGNORECASE)
RELATIVE_TIME_RE: Final = re.compile(g.RELATIVE_TIME, re.IGNORECASE)
VIEW_COUNT_RE: Final = re.compile(g.VIEW_COUNT, re.IGNORECASE)
URL_ONLY_RE: Final = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.IGNORECASE)
WORD_RE: Final = re.compile(r"\w+")


def boilerplate_kind(line: str) -> str | None:
    """Name the kind of boilerplate ``line`` is ("insert", "caption", "promo" …), or None for text.

    Works on one stripped line or paragraph; the rules only look at the line itself, so the
    function suits both HTML paragraphs and text-dump lines.
    """
    text = line.strip()
    if not text:
        return None
    words = len(text.split())
    if INSERT_RE.match(text):
        return "insert"
    if words <= MAX_SHORT_LINE_WORDS:
        if AD_RE.match(text):
            return "ad"
        if SHARE_RE.match(text):
            return "share"
        if PAGER_RE.match(text):
            return "pager"
        if RELATIVE_TIME_RE.match(text) or VIEW_COUNT_RE.match(text):
            return "timestamp"
        if EDITOR_INITIALS_RE.match(text):
            return "credit"
        if SOURCE_CREDIT_RE.match(text):
            return "credit"
        if BYLINE_LABEL_ONLY_RE.match(text):
            return "byline"
        if COMMENT_RE.match(text):
            return "comment"
        if URL_ONLY_RE.match(text):
            return "url"
    elif AD_RE.match(text):
        return "ad"
    if PROMO_START_RE.match(text):
        return "promo"
    if PROMO_ANYWHERE_RE.search(text) and CALL_TO_ACTION_RE.search(text):
        return "promo"
    if COMMENT_ANYWHERE_RE.search(text):
        return "comment"
    if COPYRIGHT_RE.search(text) and words <= 3 * MAX_SHORT_LINE_WORDS:
        return "copyright"
    if words <= MAX_BYLINE_WORDS and BYLINE_RE.match(text):
        return "byline"
    if words <= MAX_CAPTION_WORDS and CAPTION_RE.search(text):
        return "caption"
    return None


def is_boilerplate_line(line: str) -> bool:
    """True when ``line`` is page furniture rather than article text (see ``boilerplate_kind``)."""
    return boilerplate_kind(line) is not None


def is_related_header(line: str) -> bool:
    """True for the header of a related/popular/latest list ("Terkini Lainnya", "Populer" …)."""
    return bool(RELATED_HEADER_RE.match(line.strip()))


def is_hard_end(line: str) -> bool:
    """True for a list header that never stands inside a body: the article ended before it."""
    return bool(HARD_END_RE.match(line.strip()))


def filter_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Drop the boilerplate paragraphs (inserts, captions, promos, ads, share and comment text,
    pagers, copyright, credits, bylines, related-list headers) and keep the rest in order."""
    kept: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.strip()
        if not text or is_boilerplate_line(text):
            continue
        if is_related_header(text) or SECTION_RE.match(text):
            continue
        kept.append(text)
    return kept
