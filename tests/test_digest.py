"""The digest orchestration: stages in order with progress and timings, story scope, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from report_fixture import invented_result
from warta.digest import run_digest, write_digest
from warta.errors import WartaError
from warta.options import Options
from warta.records import Article, Story


def test_progress_names_every_stage_and_timings_are_kept(tmp_path: Path) -> None:
    seen: list[str] = []
    result = invented_result()
    articles = result.articles
    run = run_digest([], Options(), progress=seen.append, articles=articles)
    stages = [m.split(":")[0] for m in seen]
    for stage in ("ingest", "times", "quotes", "dedup", "stories", "timeline", "summary"):
        assert stage in stages, stage
        assert run.timings[stage] >= 0
    write_digest(run, tmp_path, progress=seen.append)
    assert "report" in run.timings and (tmp_path / "report.html").exists()


def test_scope_is_one_story_or_an_error_naming_the_id() -> None:
    result = invented_result()
    first = result.articles[0]
    result.stories = [Story("s-1", "x", (first.id,))]
    result.story_id = "s-1"
    assert result.scope_articles() == [first]
    result.story_id = "s-none"
    with pytest.raises(WartaError, match="s-none"):
        result.scope_articles()


def test_no_article_is_an_error() -> None:
    with pytest.raises(WartaError):
        run_digest(["/nonexistent/folder"], Options())


def test_stories_take_stated_and_inferred_dates_together() -> None:
    """A stated date-time with its offset and an inferred bare day are compared as dates (this
    once crashed the story stage)."""
    from warta.stages.stories import build_stories

    text = "Banjir besar merendam ratusan rumah warga di tepi sungai kota itu sejak pagi hari."
    stated = Article(source="a", paragraphs=(text,), published="2024-03-04T10:00:00+07:00")
    inferred = Article(source="b", paragraphs=(text + " Warga mengungsi.",), published_inferred="2024-03-04")
    stories = build_stories([stated, inferred], Options())
    assert sum(len(s.article_ids) for s in stories) == 2
    assert all(s.first_published for s in stories)


def test_one_text_under_two_outlets_is_two_cited_identical_copies(tmp_path: Path) -> None:
    """A wire story re-run word for word is one article in the store but two sources of the digest."""
    import json

    from warta.report.json_report import digest_json

    text = (
        "Jakarta - Pemerintah Kota Sukamaju meresmikan jembatan gantung baru di atas Sungai Cikaret "
        "pada Senin (4/3/2024).\n\nWali Kota Sukamaju Budi Santoso mengatakan jembatan itu menghubungkan "
        "dua desa yang selama ini terpisah sungai dan memangkas waktu tempuh warga."
    )
    rows = [
        {
            "text": text,
            "url": "https://satu.example/a",
            "outlet": "Warta Satu",
            "published": "2024-03-04T10:00",
        },
        {
            "text": text,
            "url": "https://dua.example/b",
            "outlet": "Kabar Dua",
            "published": "2024-03-04T13:00",
        },
    ]
    export = tmp_path / "rows.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    data = digest_json(run_digest([str(export)], Options()))
    assert sorted(s["outlet"] for s in data["sources"]) == ["Kabar Dua", "Warta Satu"]
    assert all(s["relation"] == "identical" and len(s["copies"]) == 1 for s in data["sources"])
    cited = {ref["outlet"] for sentence in data["summary"] for ref in sentence["sources"]}
    assert cited == {"Kabar Dua", "Warta Satu"}
