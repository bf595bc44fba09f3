"""Pre-extracted rows (JSONL/CSV with ``text`` or ``html`` plus optional metadata) → Article.

An ``html`` row is cleaned like a page (listing check, trafilatura, post-filter, metadata); a
``text`` row is already the article, split into paragraphs at blank lines (or at line breaks when
it has none) and passed through the Indonesian post-filter, since crawler exports often keep
"Baca juga" inserts and captions. The row's own ``url``, ``title``, ``outlet`` and ``published``
win over anything read from the content; ``published`` is normalised to ISO 8601 with an offset
(WIB when the row gives a bare local time), or dropped when it cannot be read.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc
from warta.stages import html_metadata as hm
from warta.stages import metadata as meta
from warta.stages.extract_html import ALL_VISIBLE_FIELDS, extract_html, visible_fields
from warta.stages.language import detect_language
from warta.stages.postfilter import filter_paragraphs

BLANK_LINE = re.compile(r"\n\s*\n")
ROW_TEXT_FIELDS = ("url", "title", "outlet")
DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
NAME_WITH_DOMAIN = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<domain>(?:www\.)?[\w-]+(?:\.[\w-]+)+)\)$")
"""An outlet as some datasets name it: "Antara (antaranews.com)"."""
EPOCH = re.compile(r"^\s*\d{9,10}(?:\.\d+)?\s*$")
"""Unix seconds (2001–2286), as some crawlers export them."""


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: blank-line separated, or one per line when there are none."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = BLANK_LINE.split(text) if BLANK_LINE.search(text) else text.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


def normalise_published(value: Any) -> str | None:
    """A row's publication time as ISO 8601 with offset ("2023-02-04T15:30:00+07:00"), a bare date
    as "2023-02-04", or None when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and EPOCH.match(value)):
        stamp = datetime.fromtimestamp(float(value), tz=hm.WIB)
        return hm.iso(stamp)
    text = str(value).strip()
    if not text:
        return None
    if DATE_ONLY.match(text):
        return text
    parsed = hm.parse_iso(text)
    if parsed is not None:
        return hm.iso(parsed)
    try:  # RFC 2822, as in RSS exports: "Sat, 04 Feb 2023 08:30:00 +0000"
        mailed = parsedate_to_datetime(text)
        return hm.iso(mailed if mailed.tzinfo else mailed.replace(tzinfo=hm.WIB))
    except (TypeError, ValueError, IndexError):
        pass
    visible = hm.parse_visible_date(text)
    if visible is not None:
        return hm.iso(visible[0]) if visible[1] else visible[0].date().isoformat()
    return None


def row_outlet(name: str) -> str:
    """A row's outlet under the name warta gives it elsewhere, so that one outlet is one name in
    stories and reports: a known spelling made canonical ("KOMPAS.com" → "Kompas.com"), a dataset's
    "Name (domain)" read by its domain when known ("Antara (antaranews.com)" → "ANTARA") or else
    by its name ("IDX Channel (idxchannel.com)" → "IDX Channel"); any other name kept as given."""
    known = meta.canonical_outlet(name)
    if known:
        return known
    match = NAME_WITH_DOMAIN.match(name)
    if not match:
        return name
    return (
        meta.canonical_outlet(match.group("domain"))
        or meta.domain_outlet(match.group("domain"))
        or meta.canonical_outlet(match.group("name"))
        or match.group("name")
    )


def _text_article(doc: RawDoc) -> Article:
    lines = split_paragraphs(doc.data)
    paragraphs = filter_paragraphs(lines)
    if not paragraphs:
        raise NotAnArticle(doc.source, "not an article: the row's text is empty or only page furniture")
    found = visible_fields(lines, names=ALL_VISIBLE_FIELDS)
    return Article(
        source=doc.source,
        paragraphs=tuple(paragraphs),
        language=detect_language("\n".join(paragraphs)),
        kind="record",
        **found,
    )


def extract_record(doc: RawDoc, options: Options) -> Article:
    """Clean a pre-extracted row; its own metadata wins over what the content says."""
    fields = doc.fields
    if doc.data and not (isinstance(fields.get("text"), str) and fields["text"].strip()):
        page = RawDoc(source=doc.source, kind="html", data=doc.data, raw=doc.raw)
        article = extract_html(page, options).with_(kind="record")
    else:
        article = _text_article(doc)
    overrides: dict[str, Any] = {
        key: " ".join(str(fields[key]).split()) for key in ROW_TEXT_FIELDS if fields.get(key)
    }
    if overrides.get("outlet"):
        overrides["outlet"] = row_outlet(overrides["outlet"])
    published = normalise_published(fields.get("published"))
    if published:
        overrides["published"] = published
    return article.with_(**overrides) if overrides else article
