"""report.html: one self-contained page (inline CSS, inline SVG chart, no script, no outside
request) rendered with Jinja2 autoescaping, so that scraped text can never become markup."""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePath
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from warta.report.chart import display_date, layout


def cite_label(ref: dict[str, Any]) -> str:
    """ "Outlet, 4 Feb 2023" (an inferred date is marked "≈"), as a summary citation reads."""
    outlet = ref.get("outlet") or PurePath(str(ref.get("source") or "")).name or "unknown source"
    published = ref.get("published")
    if not published:
        return str(outlet)
    when = display_date(str(published)[:10])
    return f"{outlet}, {'≈' if ref.get('inferred') else ''}{when}"


def shown_citations(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The citations a reader sees: one per article and outlet. ``digest.json`` lists every reading
    of an article (its page and its text dump are two inputs of one article), which would show
    as the same bracket twice."""
    seen: set[tuple[Any, Any]] = set()
    shown = []
    for ref in refs:
        key = (ref.get("id"), ref.get("outlet"))
        if key not in seen:
            seen.add(key)
            shown.append(ref)
    return shown


def published_label(value: str | None) -> str:
    """A stated date-time as "4 Feb 2023 15:30" (the offset kept out of the way), or "—"."""
    if not value:
        return "—"
    day = display_date(value[:10])
    clock = value[11:16] if len(value) >= 16 and value[10] == "T" else ""
    return f"{day} {clock}".strip()


def anchor_id(article_id: str) -> str:
    return f"src-{article_id}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the report templates (autoescaping on for .html.j2)."""
    env = Environment(
        loader=PackageLoader("warta.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["cite"] = cite_label
    env.filters["shown"] = shown_citations
    env.filters["ddate"] = display_date
    env.filters["published"] = published_label
    env.filters["anchor"] = anchor_id
    env.filters["basename"] = lambda path: PurePath(str(path or "")).name
    return env


MAX_SPEAKERS = 40
"""Speakers shown in the page (most quoted first); every quote stays in digest.json."""
MAX_STORIES = 30
"""Stories shown in the page (largest first); every story stays in digest.json."""


def quotes_by_speaker(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Quotes grouped by speaker name, in the order of ``data["quotes"]``."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for quote in data["quotes"]:
        if quote.get("speaker"):
            grouped.setdefault(quote["speaker"], []).append(quote)
    return grouped


def render_html(data: dict[str, Any]) -> str:
    """The report page for digest data (the `digest.json` shape)."""
    chart = layout(data["timeline"])
    by_id = {s["id"]: s for s in data["sources"]}
    said = quotes_by_speaker(data)
    speakers = [p for p in data["people"] if p["name"] in said]
    named = [p for p in data["people"] if p["name"] not in said]
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            d=data,
            chart=chart,
            by_id=by_id,
            said=said,
            speakers=speakers[:MAX_SPEAKERS],
            more_speakers=len(speakers) - min(len(speakers), MAX_SPEAKERS),
            named=named[:MAX_SPEAKERS],
            stories=data["stories"][:MAX_STORIES],
            more_stories=max(0, len(data["stories"]) - MAX_STORIES),
            more_named=len(named) - min(len(named), MAX_SPEAKERS),
        )
    )
