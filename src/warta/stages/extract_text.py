"""Text-dump cleaning: decide for each line whether it belongs to the article (first cut)."""

from __future__ import annotations

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc


def extract_text(doc: RawDoc, options: Options) -> Article:
    """Clean a browser or text-mode dump into an Article."""
    paragraphs = tuple(line.strip() for line in doc.data.splitlines() if len(line.split()) >= 8)
    if not paragraphs:
        raise NotAnArticle(doc.source, "no article body found")
    return Article(source=doc.source, paragraphs=paragraphs, kind="text")
