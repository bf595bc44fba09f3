"""The shared scorer of the fixture sets: one rule per field, and counts that can fail."""

from __future__ import annotations

from typing import Any

import pytest

from scoring import CleanScores, Counts, field_right, norm, overlaps, same_published, score_article
from warta.records import Article


@pytest.mark.parametrize(
    ("expected", "got", "right"),
    [
        ("2024-01-18T09:10:00+09:00", "2024-01-18T09:10:00+09:00", True),
        ("2024-01-18T09:10:00+09:00", "2024-01-18T07:10:00+07:00", False),  # same instant, other offset
        ("2024-01-18T09:10:00+09:00", "2024-01-18T09:10:00", False),  # no offset printed
        ("2024-01-18T09:10:00+09:00", "2024-01-18", False),
        ("2024-01-18", "2024-01-18T23:10:00+07:00", True),  # a bare date asks for the day
        ("2024-01-18", "2024-01-18", True),
        ("2024-01-18", "2024-01-19T00:10:00+07:00", False),
        (["2024-01-18", "2024-01-19T08:00:00+07:00"], "2024-01-19T08:00:00+07:00", True),
        (["2024-01-18", "2024-01-19T08:00:00+07:00"], "2024-01-19T09:00:00+08:00", False),
        (None, None, True),
        (None, "2024-01-18T09:10:00+09:00", False),
        ("2024-01-18T09:10:00+09:00", None, False),
        ("2024-01-18T09:10:00+09:00", "kemarin", False),
        ("2023-10-22T19:30:00+08:00", "2023-10-22T18:30:00+07:00", False),  # WITA page printed in WIB
        ("2023-10-23", "2023-10-23T00:00:00+07:00", True),
    ],
)
def test_published_rule(expected: Any, got: str | None, right: bool) -> None:
    assert same_published(expected, got) is right
    assert field_right("published", expected, got) is right


@pytest.mark.parametrize(
    ("name", "expected", "got", "right"),
    [
        ("authors", ["Ani", "Budi"], ["Budi", "Ani"], True),
        ("authors", ["Ani", "Budi"], ["Ani"], False),
        ("authors", [["Ani", "Budi"], ["Ani"]], ["Ani"], True),  # a list of acceptable readings
        ("wire_sources", [], [], True),
        ("editors", None, [], True),
        ("title", "Banjir di Kota", "Banjir di Kota", True),
        ("title", "Banjir di Kota", "Banjir  di Kota", False),
        ("outlet", ["Kompas.com", "Kompas"], "Kompas", True),
        ("outlet", ["Kompas.com", "Kompas"], "Tempo", False),
        ("dateline", None, None, True),
    ],
)
def test_field_rule(name: str, expected: Any, got: Any, right: bool) -> None:
    assert field_right(name, expected, got) is right


def _page(**fields: Any) -> dict[str, Any]:
    base = {
        "file": "x.txt",
        "is_article": True,
        "paragraphs": ["Warga desa menanam padi bersama."],
        "not_in_body": [],
    }
    return {**base, **fields}


def test_clean_scores_count_wrong_fields_and_rejections() -> None:
    scores = CleanScores(("title", "language"))
    page = _page(title="Panen Raya", not_in_body=["Baca juga"])
    got = Article(
        source="x.txt",
        paragraphs=("Warga desa menanam padi bersama.", "Baca juga"),
        title="Lain",
        language="id",
    )
    score_article(page, got, scores)
    score_article(page, None, scores, "not an article")
    figures = scores.figures()
    assert figures["title"] == 0.0 and figures["language"] == 0.5
    assert figures["articles_accepted"] == 0.5 and figures["junk"] == 0.0
    assert [f.field for f in scores.failures] == ["body", "title", "boilerplate kept", "accepted"]


def test_counts_and_helpers() -> None:
    counts = Counts(tp=3, fp=1, fn=1)
    assert counts.precision == counts.recall == 0.75 and abs(counts.f1 - 0.75) < 1e-9
    assert norm("Dr. Siti  Nurbaya,") == "dr siti nurbaya"
    assert overlaps(0, 5, 4, 9) and not overlaps(0, 5, 5, 9)


def test_a_set_that_measures_rejection_judges_body_and_fields_on_articles_read() -> None:
    scores = CleanScores(("title", "translators"), judge_rejected=False)
    page = _page(title="Panen Raya")
    got = Article(source="x.txt", paragraphs=("Warga desa menanam padi bersama.",), title="Panen Raya")
    score_article(page, got, scores, fields=("title",))  # an HTML page: no translators compared
    score_article(page, None, scores, "not an article")
    figures = scores.figures()
    assert figures["articles_accepted"] == 0.5
    assert figures["body_ok"] == 1.0 and figures["title"] == 1.0 and scores.pooled_fields() == 1.0
    assert "translators" not in scores.right
