"""Quality gate for copies and stories on real pages from ../shared (skipped when absent).

Seeds: articles are built from the gold reading (body lines, outlet, date, wire) so this gate does
not depend on text cleaning. detik2025: the CSV rows are read directly; the hand-labelled pairs in
tests/fixtures/detik_pairs.json cite row ids only.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import floor, shared_path
from warta.records import Article, CopyGroup
from warta.stages.dedup import find_copy_groups, with_inferred_dates
from warta.stages.stories import build_stories

pytestmark = pytest.mark.gate

FIXTURE = Path(__file__).parent / "fixtures" / "detik_pairs.json"
COPY_LABELS = {"identical", "near_copy"}
RELATED_LABELS = {"identical", "near_copy", "rewrite"}


def seed_articles(gold: dict[str, Any], seeds_dir: Path) -> dict[str, Article]:
    """Seed articles by prefix ("000" …) from the gold body lines and metadata."""
    articles = {}
    for name, seed in sorted(gold["seeds"].items()):
        lines = (seeds_dir / name).read_text(encoding="utf-8").splitlines()
        wire = seed.get("wire_source")
        articles[name[:3]] = Article(
            source=name,
            paragraphs=tuple(lines[i - 1].strip() for i in seed["body_lines"]),
            title=seed.get("title"),
            outlet=seed.get("outlet"),
            published=seed.get("published"),
            wire_sources=(wire,) if wire else (),
        )
    return articles


def test_seeds_rewrite_pair_and_four_stories(gold: dict[str, Any], seeds_dir: Path) -> None:
    seeds = seed_articles(gold, seeds_dir)
    articles = list(seeds.values())
    groups = find_copy_groups(articles)
    assert len(groups) == 1
    group = groups[0]
    assert group.relation == "rewrite"
    assert set(group.members) == {seeds["000"].id, seeds["001"].id}
    assert group.credited == ("Reuters",)
    assert group.original == seeds["000"].id  # Reuters is not in the group: earliest stated date
    dated = with_inferred_dates(articles, groups)
    antara = next(a for a in dated if a.source == seeds["001"].source)
    assert antara.published_inferred is not None
    assert antara.published_inferred[:10] == gold["seeds"][antara.source]["published_inferred"]
    stories = build_stories(dated)
    by_prefix = {a.source[:3]: a.id for a in articles}
    grouping = {frozenset(k for k, v in by_prefix.items() if v in s.article_ids) for s in stories}
    assert grouping == {frozenset({"000", "001"}), frozenset({"002"}), frozenset({"003"}), frozenset({"004"})}


def detik_rows() -> list[dict[str, str]]:
    path = shared_path("corpus", "detik2025", "data_berita.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def detik_article(row: dict[str, str]) -> Article:
    stamp = datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M")
    return Article(
        source=f"data_berita.csv#{row['id']}",
        paragraphs=tuple(p.strip() for p in row["isi_berita"].split("\n") if p.strip()),
        title=row["judul"],
        url=row["tautan"],
        outlet="detik",
        published=stamp.strftime("%Y-%m-%dT%H:%M:00+07:00"),  # detik dates are WIB
    )


@pytest.fixture(scope="module")
def detik() -> tuple[list[dict[str, str]], list[CopyGroup]]:
    rows = detik_rows()
    return rows, find_copy_groups([detik_article(r) for r in rows])


def relation_of(groups: list[CopyGroup], a: str, b: str) -> str:
    """The relation of the first (strongest) group holding both rows, else "different"."""
    sources = (f"data_berita.csv#{a}", f"data_berita.csv#{b}")
    for group in groups:
        if all(s in group.member_sources for s in sources):
            return group.relation
    return "different"


def test_detik_same_url_rows_are_identical(detik: tuple[list[dict[str, str]], list[CopyGroup]]) -> None:
    rows, groups = detik
    by_url: dict[str, list[str]] = {}
    for row in rows:
        by_url.setdefault(row["tautan"], []).append(row["id"])
    twice = [ids for ids in by_url.values() if len(ids) > 1]
    assert len(twice) >= 50
    for ids in twice:
        assert relation_of(groups, ids[0], ids[1]) == "identical", ids


def precision_recall(groups: list[CopyGroup], positive: set[str]) -> tuple[float, float]:
    pairs = json.loads(FIXTURE.read_text(encoding="utf-8"))["pairs"]
    tp = fp = fn = 0
    for pair in pairs:
        predicted = relation_of(groups, pair["a"], pair["b"]) in positive
        expected = pair["label"] in positive
        tp += predicted and expected
        fp += predicted and not expected
        fn += expected and not predicted
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def test_detik_hand_labelled_pairs(detik: tuple[list[dict[str, str]], list[CopyGroup]]) -> None:
    _, groups = detik
    copy_p, copy_r = precision_recall(groups, COPY_LABELS)
    any_p, any_r = precision_recall(groups, RELATED_LABELS)
    print(f"detik copies P={copy_p:.3f} R={copy_r:.3f}; with rewrites P={any_p:.3f} R={any_r:.3f}")
    assert copy_p >= floor("dedup_detik_copy_precision_min")
    assert copy_r >= floor("dedup_detik_copy_recall_min")
    assert any_p >= floor("dedup_detik_related_precision_min")
    assert any_r >= floor("dedup_detik_related_recall_min")


def test_detik_regional_reruns_are_near_copies(
    detik: tuple[list[dict[str, str]], list[CopyGroup]],
) -> None:
    _, groups = detik
    pairs = json.loads(FIXTURE.read_text(encoding="utf-8"))["pairs"]
    near = [p for p in pairs if p["label"] == "near_copy"]
    found = [p for p in near if relation_of(groups, p["a"], p["b"]) == "near_copy"]
    assert len(found) / len(near) >= floor("dedup_detik_copy_recall_min")
