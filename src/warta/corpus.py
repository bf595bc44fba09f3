"""Corpus stages over a store: copy groups and stories (library entry points for the CLI and web).

The stages themselves (``warta.stages.dedup``, ``warta.stages.stories``) are pure functions over
articles; this module reads the store, runs them and writes their results back. No printing here.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from warta.options import Options
from warta.records import Article, Story
from warta.stages.dedup import find_copy_groups, group_to_json, inferred_dates
from warta.stages.stories import build_stories
from warta.store.db import Store

STORY_TERMS_META = "stories.terms"
"""Store meta key holding each story's centroid terms (JSON), so that later runs are incremental."""


def _stored_and_readings(store: Store) -> tuple[dict[str, Article], list[Article]]:
    """The stored articles by id, and every input's own reading of them.

    One text under two URLs or two rows of an export is one article with two readings (an
    ``identical`` pair); each reading keeps its own input's url, outlet and date.
    """
    stored: dict[str, Article] = {}
    readings: list[Article] = []
    for article in store.articles():
        stored[article.id] = article
        readings.extend(store.readings_of(article))
    return stored, readings


def dedup_store(store: Store, options: Options | None = None) -> list[dict[str, Any]]:
    """Find copy groups among the stored articles, save them (and inferred dates), return JSON."""
    options = options or Options()
    stored, readings = _stored_and_readings(store)
    groups = find_copy_groups(readings, options)
    store.replace_copy_groups(groups)
    for article_id, value in inferred_dates(groups).items():
        article = stored.get(article_id)
        if article is not None and not article.published and not article.published_inferred:
            store.set_published_inferred(article_id, value)
    by_reading = {(a.id, a.source): a for a in readings}
    return [group_to_json(g, stored.get, by_reading) for g in groups]


def _with_saved_terms(store: Store, stories: list[Story]) -> list[Story]:
    saved: dict[str, list[list[Any]]] = json.loads(store.get_meta(STORY_TERMS_META) or "{}")
    return [replace(s, terms=tuple((str(t), float(w)) for t, w in saved.get(s.id, []))) for s in stories]


def stories_store(
    store: Store, options: Options | None = None, rebuild: bool = False
) -> list[dict[str, Any]]:
    """Build or extend the stories of the stored articles, save them, return the JSON list.

    Incremental by default: articles already in a stored story stay there and new articles are
    placed against the stored story centroids. ``rebuild`` starts from nothing. Stories saved
    without centroids (by another tool) are rebuilt too.
    """
    options = options or Options()
    articles = list(store.articles())
    existing = [] if rebuild else _with_saved_terms(store, store.stories())
    if any(not s.terms for s in existing):
        existing = []
    stories = build_stories(articles, options, existing)
    store.replace_stories(stories)
    store.set_meta(STORY_TERMS_META, json.dumps({s.id: [list(t) for t in s.terms] for s in stories}))
    by_id = {a.id: a for a in articles}
    return [story_to_json(s, by_id) for s in stories]


def story_to_json(story: Story, by_id: dict[str, Article]) -> dict[str, Any]:
    """The `warta stories` JSON shape of one story."""
    members = []
    for article_id in story.article_ids:
        article = by_id.get(article_id)
        members.append(
            {
                "id": article_id,
                "url": article.url if article else None,
                "title": article.title if article else None,
                "outlet": article.outlet if article else None,
                "published": (article.published or article.published_inferred) if article else None,
            }
        )
    return {
        "id": story.id,
        "label": story.label,
        "first_published": story.first_published,
        "last_published": story.last_published,
        "outlets": list(story.outlets),
        "articles": members,
    }
