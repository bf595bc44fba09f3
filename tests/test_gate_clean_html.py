"""Quality gate: HTML cleaning of ../shared/corpus/pages against the older scraper's references.

Body: mean word-4-gram F1 against ``references.jsonl`` ``body_text``. Metadata: title, published
and url agreement, where the reference has a value and the page states it. Listings: every page of
``corpus/pages/listing`` rejected, no article page rejected. Floors in tests/floors.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import floor, shared_path
from scoring import field_right
from warta.errors import BadInput, NotAnArticle
from warta.evaluation import ngram_prf
from warta.pipeline import clean_file
from warta.records import Article

pytestmark = pytest.mark.gate


@pytest.fixture(scope="module")
def cleaned() -> list[tuple[dict[str, Any], Article]]:
    pages = shared_path("corpus", "pages")
    rows = [
        json.loads(line) for line in (pages / "references.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    html_rows = [row for row in rows if str(row.get("file", "")).startswith("html/")]
    assert html_rows
    result = []
    for row in html_rows:
        try:
            result.append((row, clean_file(pages / row["file"])))
        except BadInput as exc:
            pytest.fail(f"article page {row['file']} rejected: {exc}")
    return result


def _share(cleaned: list[tuple[dict[str, Any], Article]], name: str) -> float:
    pairs = [(row[name], getattr(article, name)) for row, article in cleaned if row.get(name)]
    return sum(field_right(name, a, b) for a, b in pairs) / len(pairs)


def test_mean_body_f1(cleaned: list[tuple[dict[str, Any], Article]]) -> None:
    scores = [ngram_prf(article.text, row["body_text"])[2] for row, article in cleaned]
    assert sum(scores) / len(scores) >= floor("html_body_f1_mean")


def test_every_page_has_a_body(cleaned: list[tuple[dict[str, Any], Article]]) -> None:
    for row, article in cleaned:
        assert article.paragraphs, row["file"]
        assert ngram_prf(article.text, row["body_text"])[2] >= floor("html_body_f1_min"), row["file"]


def test_published_agrees(cleaned: list[tuple[dict[str, Any], Article]]) -> None:
    assert _share(cleaned, "published") >= floor("html_published_agreement")


def test_title_agrees(cleaned: list[tuple[dict[str, Any], Article]]) -> None:
    assert _share(cleaned, "title") >= floor("html_title_agreement")


def test_url_is_right_when_given(cleaned: list[tuple[dict[str, Any], Article]]) -> None:
    """A url, when warta gives one, is the page's own address (never a link to another page)."""
    given = [(row["url"], article.url) for row, article in cleaned if article.url]
    assert given
    assert all(ours.rstrip("/") == theirs.rstrip("/") for theirs, ours in given)
    assert len(given) / len(cleaned) >= floor("html_url_coverage")


def test_published_always_has_an_offset(cleaned: list[tuple[dict[str, Any], Article]]) -> None:
    for _row, article in cleaned:
        if article.published:
            assert article.published[-6] in "+-" and article.published[-3] == ":"


def test_listings_rejected_with_a_reason() -> None:
    listing = shared_path("corpus", "pages", "listing")
    pages = sorted(p for p in listing.iterdir() if p.is_file())
    assert pages
    for page in pages:
        with pytest.raises(NotAnArticle) as caught:
            clean_file(page)
        assert "not an article: listing page" in str(caught.value), page.name


@pytest.mark.parametrize("codec", ["utf-16", "cp1252"])
def test_same_article_whatever_the_encoding(
    tmp_path: Path, cleaned: list[tuple[dict[str, Any], Article]], codec: str
) -> None:
    """Each page re-saved in UTF-16 (with BOM) or cp1252 (its <meta charset> now lying) reads the same."""
    pages = shared_path("corpus", "pages")
    for row, article in cleaned[:6]:
        text = (pages / row["file"]).read_bytes().decode("utf-8")
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue  # a character cp1252 cannot hold
        copy = tmp_path / Path(row["file"]).name
        copy.write_bytes(data)
        assert clean_file(copy).text == article.text, (row["file"], codec)
