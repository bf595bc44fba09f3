"""Extraction dispatcher: a RawDoc of any kind → a clean Article (pure, no I/O)."""

from __future__ import annotations

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import Article, RawDoc

_OPTIONAL_TEXT_FIELDS = ("title", "outlet", "url", "published", "published_inferred", "dateline", "language")
_LIST_FIELDS = ("authors", "editors", "translators", "wire_sources")


def tidy(article: Article) -> Article:
    """The contract's form of unknowns: a blank value is None, lists hold no blanks or repeats."""
    changes: dict[str, object] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str) and value != " ".join(value.split()):
            value = " ".join(value.split())
            changes[name] = value
        if value == "":
            changes[name] = None
    for name in _LIST_FIELDS:
        values: tuple[str, ...] = getattr(article, name)
        kept = tuple(dict.fromkeys(" ".join(v.split()) for v in values if v and v.strip()))
        if kept != values:
            changes[name] = kept
    return article.with_(**changes) if changes else article


def extract(doc: RawDoc, options: Options | None = None) -> Article:
    """Clean ``doc`` into an Article, or raise NotAnArticle/BadInput saying why not."""
    options = options or Options()
    if doc.kind == "html":
        from warta.stages.extract_html import extract_html

        return tidy(extract_html(doc, options))
    if doc.kind == "record":
        from warta.stages.extract_record import extract_record

        return tidy(extract_record(doc, options))
    from warta.stages.extract_text import extract_text

    return tidy(extract_text(doc, options))


__all__ = ["NotAnArticle", "extract", "tidy"]
