"""Seed articles built from the gold reading (body lines, outlet, dates), for the corpus-stage tests.

These let the summary and timeline be checked on the real seed pages independently of the
extraction stages: the body is the gold's body lines joined as paragraphs, the metadata the gold's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta.records import Article


def gold_articles(gold: dict[str, Any], seeds_dir: Path) -> dict[str, Article]:
    """Articles by three-digit seed prefix ("000" … "004")."""
    articles: dict[str, Article] = {}
    for name, entry in sorted(gold["seeds"].items()):
        lines = (seeds_dir / name).read_text(encoding="utf-8").splitlines()
        paragraphs = tuple(lines[n - 1].strip() for n in entry["body_lines"])
        wire = entry.get("wire_source")
        articles[name[:3]] = Article(
            source=str(seeds_dir / name),
            paragraphs=paragraphs,
            title=entry.get("title"),
            outlet=entry.get("outlet"),
            published=entry.get("published"),
            published_inferred=entry.get("published_inferred"),
            authors=tuple(entry.get("authors") or ()),
            wire_sources=(wire,) if wire else (),
            dateline=entry.get("dateline"),
        )
    return articles
