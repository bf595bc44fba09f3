"""The digest as one JSON document (`digest.json`): the data every other report is rendered from.

Schema (documented in README.md): ``summary`` [{text, sources}], ``timeline`` [{date, granularity,
text, sources}], ``stories``, ``sources``, ``quotes``, ``people``, ``errors``, ``notes`` and
``generated``. A source reference is {id, source (file or url), outlet, published, inferred, title}.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.records import Article, CopyGroup
from warta.stages.vectors import source_ref

if TYPE_CHECKING:
    from warta.digest import DigestResult

SCHEMA_VERSION = 1


def _version() -> str:
    try:
        return version("warta")
    except PackageNotFoundError:
        return "dev"


def _copies(groups: list[CopyGroup]) -> dict[tuple[str, str | None], dict[str, Any]]:
    """Per copy (article id, input source): its group's id, relation, original and the other copies,
    named by their sources (one text under two urls is two copies with one id)."""
    info: dict[tuple[str, str | None], dict[str, Any]] = {}
    for group in groups:
        sources: list[str | None] = list(group.member_sources) or [None] * len(group.members)
        members = list(dict.fromkeys(zip(group.members, sources, strict=False)))
        for member in members:
            entry = {
                "group": group.id,
                "relation": group.relation,
                "original": group.original,
                "copies": [
                    source or article_id for article_id, source in members if (article_id, source) != member
                ],
            }
            info[member] = entry
            info.setdefault((member[0], None), entry)
    return info


def _source_row(article: Article, copies: dict[tuple[str, str | None], dict[str, Any]]) -> dict[str, Any]:
    ref = source_ref(article).to_json()
    copy = copies.get((article.id, article.source)) or copies.get((article.id, None), {})
    return {
        **ref,
        "url": article.url,
        "file": article.source,
        "authors": list(article.authors),
        "wire_sources": list(article.wire_sources),
        "copy_group": copy.get("group"),
        "relation": copy.get("relation"),
        "original": copy.get("original"),
        "copies": copy.get("copies", []),
    }


def _quotes(result: DigestResult) -> list[dict[str, Any]]:
    by_id = {a.id: a for a in result.articles}
    rows: list[dict[str, Any]] = []
    for article_id, quotes in result.quotes.items():
        article = by_id.get(article_id)
        if article is None:
            continue
        ref = source_ref(article).to_json()
        rows.extend({**q.to_json(), "source": ref} for q in quotes)
    rows.sort(key=lambda q: (q["speaker"] or "~", q["source"]["published"] or "9999", q["start"]))
    return rows


def _people(result: DigestResult, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """People named in the articles (entities of type PERSON) and speakers of quotes."""
    roles: dict[str, str | None] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for article_id, entities in result.entities.items():
        for entity in entities:
            if entity.type == "PERSON":
                roles.setdefault(entity.name, entity.role)
                articles[entity.name].add(article_id)
    said = Counter(q["speaker"] for q in quotes if q["speaker"])
    for quote in quotes:
        if quote["speaker"]:
            roles.setdefault(quote["speaker"], quote["speaker_role"])
            articles[quote["speaker"]].add(quote["source"]["id"])
    names = sorted(roles, key=lambda n: (-said[n], -len(articles[n]), n))
    return [
        {"name": n, "role": roles.get(n), "articles": sorted(articles[n]), "quotes": said[n]} for n in names
    ]


TOP_NAMES = 6
"""Names (people, organisations, places) shown as what the digest is about."""


def _top_names(result: DigestResult, scope_ids: set[str]) -> list[str]:
    """The names the most articles of the scope mention: what the digest is about, at a glance."""
    counts: Counter[str] = Counter()
    for article_id, entities in result.entities.items():
        if article_id in scope_ids:
            counts.update({e.name for e in entities})
    return [name for name, n in counts.most_common(TOP_NAMES) if n > 1 or len(scope_ids) == 1]


def digest_json(result: DigestResult) -> dict[str, Any]:
    """The whole digest as plain JSON data."""
    copies = _copies(result.copy_groups)
    scope = result.scope_articles()
    quotes = _quotes(result)
    dates = sorted(d for d in (source_ref(a).published for a in scope) if d)
    return {
        "schema": SCHEMA_VERSION,
        "generator": f"warta {_version()}",
        "generated": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "inputs": result.inputs,
        "story": result.story_id,
        "overview": {
            "articles": len(scope),
            "outlets": sorted({a.outlet for a in scope if a.outlet}),
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
            "stories": len(result.stories),
            "copy_groups": len(result.copy_groups),
            "names": _top_names(result, {a.id for a in scope}),
        },
        "summary": [s.to_json() for s in result.summary],
        "timeline": [e.to_json() for e in result.timeline],
        "stories": [
            {
                "id": s.id,
                "label": s.label,
                "first_published": s.first_published,
                "last_published": s.last_published,
                "outlets": list(s.outlets),
                "articles": list(s.article_ids),
            }
            for s in result.stories
        ],
        "sources": [_source_row(a, copies) for a in scope],
        "quotes": quotes,
        "people": _people(result, quotes),
        "errors": [{"input": e.source, "reason": e.reason} for e in result.errors],
        "notes": list(result.notes),
    }


def write_json(data: dict[str, Any], path: Path) -> Path:
    """Write ``data`` as UTF-8 JSON (non-ASCII kept readable)."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
