"""HTML cleaning: trafilatura for the main text, then the Indonesian post-filter (first cut)."""

from __future__ import annotations

import trafilatura

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc


def extract_html(doc: RawDoc, options: Options) -> Article:
    """Clean an HTML page into an Article."""
    text = trafilatura.extract(doc.data, favor_precision=True)
    if not text:
        raise NotAnArticle(doc.source, "no article body found")
    paragraphs = tuple(p.strip() for p in text.splitlines() if p.strip())
    return Article(source=doc.source, paragraphs=paragraphs, kind="html")
