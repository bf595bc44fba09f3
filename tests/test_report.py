"""Report writers: digest.json schema, escaping of scraped text in HTML and Markdown, chart layout."""

from __future__ import annotations

import json
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from report_fixture import HOSTILE, invented_result
from warta.digest import write_digest
from warta.report.chart import display_date, layout, period


def _tags(html: str) -> list[tuple[str, set[str]]]:
    """Every start tag of ``html`` with its attribute names (a real parser, not a regex)."""
    found: list[tuple[str, set[str]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, {name for name, _ in attrs}))

    Collector().feed(html)
    return found


def test_writes_three_files_with_the_documented_json_schema(tmp_path: Path) -> None:
    paths = write_digest(invented_result(), tmp_path)
    assert {p.name for p in paths.values()} == {"report.html", "digest.json", "digest.md"}
    data = json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))
    for key in ("summary", "timeline", "stories", "sources", "quotes", "people", "errors", "overview"):
        assert key in data, key
    assert data["summary"] and data["timeline"]
    for item in data["summary"]:
        assert set(item) == {"text", "sources"} and item["sources"]
    for event in data["timeline"]:
        assert {"date", "granularity", "text", "sources"} <= set(event)
    for ref in [r for item in data["summary"] + data["timeline"] for r in item["sources"]]:
        assert {"id", "source", "outlet", "published", "inferred"} <= set(ref)
        assert ref["source"]
    inferred = [s for s in data["sources"] if s["inferred"]]
    assert inferred and inferred[0]["published"] == "2024-03-04"
    copies = {s["outlet"]: s["copies"] for s in data["sources"]}
    assert copies["Kabar <b>Dua</b>"]
    assert [e["date"] for e in data["timeline"]] == sorted(
        (e["date"] for e in data["timeline"]), key=lambda d: d.split("/")[0]
    )


def test_scraped_text_is_escaped_everywhere(tmp_path: Path) -> None:
    write_digest(invented_result(), tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert HOSTILE not in html
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "Kabar &lt;b&gt;Dua&lt;/b&gt;" in html
    assert 'class="about"' in html and "Sukamaju &lt;script&gt;" in html
    markdown = (tmp_path / "digest.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown and "\\<script\\>" in markdown


def test_html_is_self_contained(tmp_path: Path) -> None:
    write_digest(invented_result(), tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    lowered = html.lower()
    for needle in ("@import", "url("):
        assert needle not in lowered, needle
    tags = _tags(html)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & {t for t, _ in tags}
    assert not [t for t, attrs in tags if "src" in attrs]
    assert "<svg" in html and "Content-Security-Policy" in html
    assert "inferred from the text" in html


def test_chart_layout_breaks_long_gaps_and_keeps_granularity() -> None:
    events = [
        {"date": "2020-01", "granularity": "month", "text": "x"},
        {"date": "2024-03-02/2024-03-03", "granularity": "range", "text": "y"},
        {"date": "2024-03-04", "granularity": "day", "text": "z"},
        {"date": "2024-03-05", "granularity": "day", "text": "w"},
    ]
    chart = layout(events)
    assert chart is not None
    assert len(chart.breaks) == 1 and len(chart.segments) == 2
    marks = {m.number: m for m in chart.marks}
    assert marks[1].width > 0 and marks[2].width > 0 and marks[3].width == 0
    assert marks[1].x < marks[2].x < marks[3].x < marks[4].x
    assert all(0 <= m.x <= chart.width for m in chart.marks)
    assert layout([]) is None
    assert period("2024-02") == (period("2024-02-01")[0], period("2024-02-29")[0])  # type: ignore[index]
    assert display_date("2023-02-02/2023-02-03") == "2–3 Feb 2023"
    assert display_date("2023-10") == "Oct 2023"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)).map(lambda d: d.isoformat()),
            st.tuples(st.integers(1990, 2030), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
            st.integers(1990, 2030).map(str),
        ),
        min_size=1,
        max_size=25,
    )
)
@example(
    dates=[
        "2001",
        "2003",
        "2007",
        "1990-01",
        "1990-06",
        "1991-01",
        "1992-01",
        "2000-01-01",
        "2008",
        "2009-01",
    ]
)
def test_chart_marks_stay_inside_and_keep_time_order(dates: list[str]) -> None:
    events = [{"date": d, "granularity": "day", "text": "x"} for d in sorted(dates)]
    chart = layout(events)
    assert chart is not None and len(chart.marks) == len(events)
    for mark in chart.marks:
        assert mark.x >= 0 and mark.x + mark.width <= chart.width + 0.5
        assert 0 < mark.y < chart.axis_y
    starts = {m.number: m.x for m in chart.marks}
    for a, b in zip(range(1, len(events)), range(2, len(events) + 1), strict=False):
        if period(events[a - 1]["date"])[0] < period(events[b - 1]["date"])[0]:  # type: ignore[index]
            assert starts[a] <= starts[b] + 0.5


def test_two_readings_of_one_article_show_as_one_citation(tmp_path: Path) -> None:
    """digest.json keeps every reading (page and text dump of one article); the reader sees one."""
    from warta.report.html import render_html
    from warta.report.markdown import render_markdown

    write_digest(invented_result(), tmp_path)
    data = json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))
    first = data["summary"][0]
    reading = dict(first["sources"][0], source="/data/the-same-article.html")
    first["sources"] = [first["sources"][0], reading]
    label = first["sources"][0]["outlet"]
    markdown_line = next(line for line in render_markdown(data).splitlines() if line.startswith("- "))
    assert markdown_line.count("\\[") == 1, markdown_line
    html = render_html(data)
    summary_html = html[html.index('id="summary"') : html.index('id="timeline"')]
    first_item = summary_html[: summary_html.index("</li>")]
    assert first_item.count('class="cite"') == 1 and label.split("<")[0] in first_item
