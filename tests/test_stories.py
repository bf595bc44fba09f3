"""Story clustering: grouping, time awareness, incremental updates (articles written for tests)."""

from __future__ import annotations

import pytest

from warta.records import Article, days_between
from warta.stages.stories import build_stories

EVENTS = {
    "flood": [
        "Banjir merendam tiga kecamatan di Kabupaten Sukamaju setelah hujan deras sejak Selasa.",
        "BPBD Sukamaju mencatat ratusan rumah warga terendam dan puluhan keluarga mengungsi.",
        "Rahmat Hidayat dari BPBD meminta warga bantaran sungai tetap waspada banjir susulan.",
    ],
    "football": [
        "Klub Garuda Muda menang dua gol tanpa balas dalam laga liga pada Minggu malam.",
        "Pelatih Garuda Muda memuji lini belakang yang menjaga gawang tetap bersih.",
        "Kemenangan itu membawa Garuda Muda ke posisi ketiga klasemen sementara liga.",
    ],
    "football_later": [
        "Klub Garuda Muda kalah satu gol dari tuan rumah dalam laga liga pada Sabtu malam.",
        "Pelatih Garuda Muda menyesalkan lini belakang yang lengah di menit akhir.",
        "Kekalahan itu membuat Garuda Muda turun ke posisi kelima klasemen sementara liga.",
    ],
    "tax": [
        "Direktorat pajak menunda pungutan pajak pedagang daring sampai ekonomi tumbuh enam persen.",
        "Penundaan pajak pedagang daring diumumkan direktur jenderal pajak di Jakarta.",
        "Asosiasi pedagang daring menyambut baik penundaan pungutan pajak tersebut.",
    ],
}


def make(event: str, variant: int, published: str | None, outlet: str = "Kabar") -> Article:
    sentences = EVENTS[event]
    order = sentences[variant % 3 :] + sentences[: variant % 3]
    return Article(
        source=f"{event}-{variant}-{published}",
        paragraphs=(*order, f"Laporan ini ditulis oleh redaksi {outlet} edisi {variant}."),
        title=sentences[0][:60],
        outlet=outlet,
        published=published,
    )


def corpus() -> list[Article]:
    return [
        make("flood", 0, "2025-03-04T10:00:00+07:00", "Kabar"),
        make("football", 0, "2025-03-04T11:00:00+07:00", "Kabar"),
        make("flood", 1, "2025-03-04T15:00:00+07:00", "Warta"),
        make("tax", 0, "2025-03-05T09:00:00+07:00", "Warta"),
        make("flood", 2, "2025-03-06T08:00:00+07:00", "Suara"),
        make("football", 1, "2025-03-06T21:00:00+07:00", "Suara"),
        make("tax", 1, "2025-03-07T09:00:00+07:00", "Kabar"),
    ]


def grouping(stories: list) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


def test_articles_about_one_event_form_one_story() -> None:
    articles = corpus()
    stories = build_stories(articles)
    by_event: dict[str, set[str]] = {}
    for a in articles:
        by_event.setdefault(a.source.split("-")[0], set()).add(a.id)
    assert grouping(stories) == {frozenset(ids) for ids in by_event.values()}
    flood = next(s for s in stories if articles[0].id in s.article_ids)
    assert flood.first_published == "2025-03-04T10:00:00+07:00"
    assert flood.last_published == "2025-03-06T08:00:00+07:00"
    assert set(flood.outlets) == {"Kabar", "Warta", "Suara"}
    assert "Sukamaju" in flood.label or "BPBD" in flood.label or "banjir" in flood.label.lower()
    assert days_between(flood.first_published, flood.last_published) == pytest.approx(1 + 22 / 24)


def test_a_similar_article_months_later_starts_a_new_story() -> None:
    articles = corpus()
    later = make("football_later", 0, "2025-07-20T20:00:00+07:00", "Kabar")
    same_week = later.with_(published="2025-03-07T20:00:00+07:00")
    joined = next(s for s in build_stories([*articles, same_week]) if same_week.id in s.article_ids)
    assert len(joined.article_ids) == 3  # in the same week it would join the football story
    stories = build_stories([*articles, later])
    alone = next(s for s in stories if later.id in s.article_ids)
    assert alone.article_ids == (later.id,)


def test_incremental_build_extends_existing_stories_and_is_idempotent() -> None:
    articles = corpus()
    first = build_stories(articles[:4])
    extended = build_stories(articles[4:], existing=first)
    assert grouping(extended) == grouping(build_stories(articles))
    flood_before = next(s for s in first if articles[0].id in s.article_ids)
    flood_after = next(s for s in extended if articles[0].id in s.article_ids)
    assert flood_after.id == flood_before.id and len(flood_after.article_ids) == 3
    assert build_stories(articles, existing=extended) == extended


def test_undated_articles_join_a_matching_story_or_stand_alone() -> None:
    articles = corpus()
    undated = make("tax", 2, None, "Suara")
    stories = build_stories([*articles, undated])
    tax = next(s for s in stories if undated.id in s.article_ids)
    assert len(tax.article_ids) == 3


def test_labels_prefer_names_and_skip_numbers() -> None:
    lead = (
        "SURABAYA, KOMPAS.com - Wali Kota Surabaya Eri Cahyadi meresmikan 12 taman kota baru pada 2024. "
        "Menurut Eri Cahyadi, taman itu dibangun untuk warga Surabaya. Taman kota itu luas sekali. "
        "Janji itu ditepati, kata warga."
    )
    stories = build_stories([Article(source="a", paragraphs=(lead,), published="2024-03-04T10:00:00+07:00")])
    label = stories[0].label.split(", ")
    assert not any(ch.isdigit() for word in label for ch in word)
    assert "Surabaya" in label and "SURABAYA" not in label
    assert "Janji" not in label
