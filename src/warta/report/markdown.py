"""digest.md: the digest as Markdown, scraped text escaped so it cannot turn into markup or links."""

from __future__ import annotations

import re
from typing import Any

from warta.report.chart import display_date
from warta.report.html import cite_label, published_label, quotes_by_speaker, shown_citations

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: Any) -> str:
    """Backslash-escape Markdown syntax and fold whitespace, so a scraped line stays one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _cites(sources: list[dict[str, Any]]) -> str:
    return " ".join(f"\\[{md_escape(cite_label(s))}\\]" for s in shown_citations(sources))


def render_markdown(data: dict[str, Any]) -> str:
    """The digest data (the `digest.json` shape) as a Markdown document."""
    overview = data["overview"]
    out: list[str] = ["# Digest", ""]
    span = ""
    if overview["first_published"]:
        span = (
            f", {display_date(overview['first_published'][:10])} – "
            f"{display_date(overview['last_published'][:10])}"
        )
    out += [f"{overview['articles']} articles from {len(overview['outlets'])} outlets{span}.", ""]
    out += ["## Summary", ""]
    out += [f"- {md_escape(s['text'])} {_cites(s['sources'])}" for s in data["summary"]] or ["(none)"]
    out += ["", "## Timeline", ""]
    for event in data["timeline"]:
        when = display_date(event["date"])
        out.append(f"- **{md_escape(when)}** — {md_escape(event['text'])} {_cites(event['sources'])}")
    if not data["timeline"]:
        out.append("(no dated events)")
    if data["stories"]:
        out += ["", "## Stories", ""]
        for story in data["stories"]:
            out.append(
                f"- **{md_escape(story['label'])}** ({len(story['articles'])} articles; "
                f"{md_escape(', '.join(story['outlets']))})"
            )
    if data["people"]:
        out += ["", "## Who said what", ""]
        quotes_by = quotes_by_speaker(data)
        for person in data["people"]:
            role = f", {md_escape(person['role'])}" if person["role"] else ""
            out.append(f"- **{md_escape(person['name'])}**{role}")
            for quote in quotes_by.get(person["name"], []):
                out.append(f"  - “{md_escape(quote['text'])}” {_cites([quote['source']])}")
    out += [
        "",
        "## Sources",
        "",
        "| outlet | title | published | authors | wire | copies |",
        "|---|---|---|---|---|---|",
    ]
    for s in data["sources"]:
        published = published_label(s["published"]) + (" (inferred)" if s["inferred"] else "")
        title = md_escape(s["title"] or s["source"])
        authors = md_escape(", ".join(s["authors"]) or "—")
        wire = md_escape(", ".join(s["wire_sources"]) or "—")
        outlet = md_escape(s["outlet"] or "—")
        out.append(
            f"| {outlet} | {title} | {md_escape(published)} | {authors} | {wire} | {len(s['copies'])} |"
        )
    if data["errors"]:
        out += ["", "## Inputs skipped", ""]
        out += [f"- {md_escape(e['input'])}: {md_escape(e['reason'])}" for e in data["errors"]]
    return "\n".join(out) + "\n"
