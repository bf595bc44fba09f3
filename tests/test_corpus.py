"""`warta dedup` and `warta stories` on a real SQLite store (articles written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from test_dedup import FLOOD, SPORT
from warta.cli import cli
from warta.records import Article, RawDoc
from warta.store.db import Store

TAX = [
    "Direktorat pajak menunda pungutan pajak pedagang daring sampai ekonomi tumbuh enam persen.",
    "Penundaan pajak pedagang daring diumumkan direktur jenderal pajak di Jakarta pada Senin.",
    "Asosiasi pedagang daring menyambut baik penundaan pungutan pajak tersebut.",
    "Menurut asosiasi, banyak pedagang kecil belum siap dengan sistem pelaporan yang baru.",
]


def flood(source: str, paragraphs: list[str], outlet: str, published: str | None, url: str) -> Article:
    return Article(
        source=source,
        paragraphs=tuple(paragraphs),
        title="Banjir di Sukamaju",
        outlet=outlet,
        published=published,
        url=url,
    )


def fill(db: Path, articles: list[Article], raw_sources: dict[str, str] | None = None) -> None:
    with Store(db) as store:
        for article in articles:
            store.add_article(article, RawDoc(source=article.source, kind="record", data=article.text))
        for article_id, source in (raw_sources or {}).items():
            match = next(a for a in articles if a.id == article_id)
            store.add_article(match, RawDoc(source=source, kind="record", data=match.text))


def run(*args: str) -> tuple[int, object]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, json.loads(result.stdout) if result.exit_code == 0 else result.output


def test_dedup_and_stories_commands(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    first = flood("rows.jsonl#1", FLOOD, "Kabar", "2025-03-04T10:00:00+07:00", "https://kabar.example/1")
    rerun = flood("rows.jsonl#3", FLOOD[:8], "Warta", None, "https://warta.example/jabar/3")
    sport = Article(
        source="rows.jsonl#4",
        paragraphs=tuple(SPORT),
        title="Garuda Muda menang",
        outlet="Kabar",
        published="2025-03-04T20:00:00+07:00",
        url="https://kabar.example/4",
    )
    fill(db, [first, rerun, sport], raw_sources={first.id: "rows.jsonl#2"})  # row 2 repeats row 1

    code, groups = run("dedup", "--db", str(db))
    assert code == 0 and isinstance(groups, list)
    assert [g["relation"] for g in groups] == ["identical", "near_copy"]
    identical, near = groups
    assert {m["id"] for m in identical["members"]} == {first.id}
    assert len(identical["members"]) == 2 and identical["within"] == near["id"]
    assert near["original"] == first.id
    assert [m["url"] for m in near["members"]][-1] == rerun.url
    inferred = next(m for m in near["members"] if m["id"] == rerun.id)
    assert inferred["published"] == first.published and inferred["published_inferred"] is True
    with Store(db) as store:
        assert store.article(rerun.id).published_inferred == first.published  # type: ignore[union-attr]
        assert len(store.copy_groups()) == 2

    code, stories = run("stories", "--db", str(db))
    assert code == 0 and isinstance(stories, list)
    by_article = {a["id"]: s["id"] for s in stories for a in s["articles"]}
    assert by_article[first.id] == by_article[rerun.id] != by_article[sport.id]
    story = next(s for s in stories if s["id"] == by_article[first.id])
    assert set(story) == {"id", "label", "first_published", "last_published", "outlets", "articles"}
    assert set(story["articles"][0]) == {"id", "url", "title", "outlet", "published"}

    # A new article on the same day extends the stored story; the others keep their ids.
    later = flood("rows.jsonl#5", FLOOD[2:], "Suara", "2025-03-05T09:00:00+07:00", "https://suara.example/5")
    tax = Article(
        source="rows.jsonl#6",
        paragraphs=tuple(TAX),
        title="Pajak pedagang daring ditunda",
        outlet="Suara",
        published="2025-03-05T10:00:00+07:00",
        url="https://suara.example/6",
    )
    fill(db, [later, tax])
    code, extended = run("stories", "--db", str(db))
    assert code == 0 and isinstance(extended, list)
    after = {a["id"]: s["id"] for s in extended for a in s["articles"]}
    assert after[later.id] == after[first.id] == by_article[first.id]
    assert after[sport.id] == by_article[sport.id] and after[tax.id] not in by_article.values()


def test_missing_store_is_one_line_and_exit_1(tmp_path: Path) -> None:
    for command in ("dedup", "stories"):
        result = CliRunner().invoke(cli, [command, "--db", str(tmp_path / "absent.db")])
        assert result.exit_code == 1
        assert "absent.db" in result.output and "no such store" in result.output


def test_dedup_members_show_each_input_its_own_url_outlet_and_date(tmp_path: Path) -> None:
    """Two export rows of one text (one article id) are an identical pair; each member keeps the
    url, outlet and date of its own row, not those of the first row stored."""
    rows = tmp_path / "ekspor.jsonl"
    text = "\n\n".join(FLOOD)
    first = {"text": text, "url": "https://kabar.example/1", "outlet": "Kabar", "published": "2025-03-04"}
    second = {"text": text, "url": "https://warta.example/9", "outlet": "Warta", "published": "2025-03-06"}
    rows.write_text("\n".join(json.dumps(r) for r in (first, second)) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    assert CliRunner().invoke(cli, ["ingest", str(rows), "--db", str(db)]).exit_code == 0

    code, groups = run("dedup", "--db", str(db))
    assert code == 0 and isinstance(groups, list)
    (identical,) = [g for g in groups if g["relation"] == "identical"]
    assert len({m["id"] for m in identical["members"]}) == 1
    shown = sorted((m["url"], m["outlet"], (m["published"] or "")[:10]) for m in identical["members"])
    assert shown == sorted((r["url"], r["outlet"], r["published"]) for r in (first, second))
