"""Extraction dispatcher: a RawDoc of any kind → a clean Article (pure, no I/O)."""

from __future__ import annotations

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc


def extract(doc: RawDoc, options: Options | None = None) -> Article:
    """Clean ``doc`` into an Article, or raise NotAnArticle/BadInput saying why not."""
    options = options or Options()
    if doc.kind == "html":
        from warta.stages.extract_html import extract_html

        return extract_html(doc, options)
    if doc.kind == "record":
        from warta.stages.extract_record import extract_record

        return extract_record(doc, options)
    from warta.stages.extract_text import extract_text

    return extract_text(doc, options)


__all__ = ["NotAnArticle", "extract"]
