"""Pre-extracted rows (JSONL/CSV with ``text`` or ``html`` plus optional metadata) → Article."""

from __future__ import annotations

import re

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc

_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n|\n")


def extract_record(doc: RawDoc, options: Options) -> Article:
    """Take a row's own text and metadata as given (an html row is cleaned as a page)."""
    fields = doc.fields
    if fields.get("html") and not fields.get("text"):
        from warta.stages.extract_html import extract_html

        article = extract_html(doc.__class__(doc.source, "html", str(fields["html"])), options)
    else:
        paragraphs = tuple(
            p.strip() for p in _PARAGRAPH_SPLIT.split(str(fields.get("text") or "")) if p.strip()
        )
        if not paragraphs:
            raise NotAnArticle(doc.source, "row has no text")
        article = Article(source=doc.source, paragraphs=paragraphs, kind="record")
    overrides = {k: fields[k] for k in ("url", "title", "outlet", "published") if fields.get(k)}
    return article.with_(**overrides) if overrides else article
