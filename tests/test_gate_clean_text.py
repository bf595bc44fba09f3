"""Quality gate of text-dump cleaning on the real pages of ../shared (skipped when absent).

Seeds: body F1 against the gold body lines and every gold metadata field. Corpus: mean F1 of the
text-mode renderer dumps against ``references.jsonl``. Listing pages, rendered as text, must be
refused as not articles. Floors live in tests/floors.json.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import floor, shared_path
from scoring import field_right, same_published
from textdump import render
from warta.errors import NotAnArticle
from warta.evaluation import ngram_prf
from warta.options import Options
from warta.records import Article, RawDoc
from warta.stages.extract_text import extract_text
from warta.stages.postfilter import is_hard_end, is_related_header

pytestmark = pytest.mark.gate


def _clean(path: Path, data: str | None = None) -> Article:
    text = path.read_text(encoding="utf-8") if data is None else data
    return extract_text(RawDoc(str(path), "text", text), Options())


def _seed_names(gold: dict[str, Any]) -> list[str]:
    return sorted(gold["seeds"])


@pytest.fixture(scope="module")
def seed_articles(gold: dict[str, Any], seeds_dir: Path) -> dict[str, tuple[Article, str]]:
    out = {}
    for name, entry in gold["seeds"].items():
        path = seeds_dir / name
        lines = path.read_text(encoding="utf-8").splitlines()
        reference = "\n".join(lines[i - 1] for i in entry["body_lines"])
        out[name] = (_clean(path), reference)
    return out


def test_seed_bodies(seed_articles: dict[str, tuple[Article, str]]) -> None:
    minimum = floor("text_seed_f1_min")
    scores = {name: ngram_prf(a.text, ref)[2] for name, (a, ref) in seed_articles.items()}
    low = {name: round(f1, 3) for name, f1 in scores.items() if f1 < minimum}
    assert not low, f"seed body F1 below {minimum}: {low}"


def test_seed_metadata(seed_articles: dict[str, tuple[Article, str]], gold: dict[str, Any]) -> None:
    wrong = []
    for name, entry in gold["seeds"].items():
        article = seed_articles[name][0]
        expected = {
            "title": entry.get("title"),
            "outlet": entry.get("outlet"),
            "published": entry.get("published"),
            "authors": entry.get("authors", []),
            "dateline": entry.get("dateline"),
        }
        got = {
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published,
            "authors": list(article.authors),
            "dateline": article.dateline,
        }
        wrong += [
            f"{name} {k}: {got[k]!r} != {v!r}" for k, v in expected.items() if not field_right(k, v, got[k])
        ]
        if entry.get("wire_source") and entry["wire_source"] not in article.wire_sources:
            wrong.append(f"{name} wire source {entry['wire_source']!r} not in {article.wire_sources}")
        if entry.get("editor") and entry["editor"] not in article.editors:
            wrong.append(f"{name} editor {entry['editor']!r} not in {article.editors}")
        if entry.get("translator") and entry["translator"] not in article.translators:
            wrong.append(f"{name} translator {entry['translator']!r} not in {article.translators}")
    assert not wrong, "\n".join(wrong)


def test_corpus_text_dumps_mean_f1() -> None:
    pages = shared_path("corpus", "pages")
    scores = {}
    for row in (pages / "references.jsonl").read_text(encoding="utf-8").splitlines():
        ref = json.loads(row)
        if not ref.get("text_dump"):
            continue
        article = _clean(pages / ref["text_dump"])
        scores[ref["text_dump"]] = ngram_prf(article.text, ref["body_text"])[2]
    assert scores
    mean = sum(scores.values()) / len(scores)
    assert mean >= floor("text_corpus_mean_f1"), f"mean F1 {mean:.3f}; per page {scores}"


def test_listing_pages_as_text_are_not_articles() -> None:
    listing = shared_path("corpus", "pages", "listing")
    accepted = []
    for path in sorted(listing.glob("*.htm*")):
        dump = render(path.read_text(encoding="utf-8", errors="replace"))
        try:
            _clean(path, dump)
        except NotAnArticle:
            continue
        accepted.append(path.name)
    assert not accepted, f"listing pages taken for articles: {accepted}"


def test_seeds_hard_wrapped_like_a_text_browser(gold: dict[str, Any], seeds_dir: Path) -> None:
    """The seeds wrapped at 76 columns (as lynx or w3m print them) read as well as the originals."""
    import textwrap

    minimum = floor("text_seed_wrapped_f1_min")
    low = {}
    for name, entry in gold["seeds"].items():
        lines = (seeds_dir / name).read_text(encoding="utf-8").splitlines()
        reference = "\n".join(lines[i - 1] for i in entry["body_lines"])
        wrapped = "\n".join(w for line in lines for w in (textwrap.wrap(line, 76) or [""]))
        article = _clean(seeds_dir / name, wrapped)
        f1 = ngram_prf(article.text, reference)[2]
        if f1 < minimum or not same_published(entry.get("published"), article.published):
            low[name] = (round(f1, 3), article.published)
    assert not low, f"wrapped seeds below {minimum} or with another date: {low}"


def _corpus_mean_f1(transform: Callable[[str], str]) -> float:
    pages = shared_path("corpus", "pages")
    scores = []
    for row in (pages / "references.jsonl").read_text(encoding="utf-8").splitlines():
        ref = json.loads(row)
        if ref.get("text_dump"):
            data = transform((pages / ref["text_dump"]).read_text(encoding="utf-8"))
            article = _clean(pages / ref["text_dump"], data)
            scores.append(ngram_prf(article.text, ref["body_text"])[2])
    return sum(scores) / len(scores)


def test_corpus_without_list_headers() -> None:
    """The same dumps with every related-list header ("Berita Lainnya", "Populer" …) deleted: the
    body must still end where the article ends (other sites name their lists differently)."""

    def drop_headers(data: str) -> str:
        return "\n".join(
            line for line in data.splitlines() if not (is_hard_end(line) or is_related_header(line))
        )

    assert _corpus_mean_f1(drop_headers) >= floor("text_corpus_no_headers_mean_f1")


def test_corpus_hard_wrapped() -> None:
    """The same dumps wrapped at 76 columns, as lynx or w3m print them."""
    import textwrap

    def wrap(data: str) -> str:
        return "\n".join(w for line in data.splitlines() for w in (textwrap.wrap(line, 76) or [""]))

    assert _corpus_mean_f1(wrap) >= floor("text_corpus_wrapped_mean_f1")
