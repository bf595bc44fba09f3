"""Quality gate: quotes and people on the five seed pages against gold/seeds.json.

Each seed's body is rebuilt from the gold body lines (joined by a blank line), so this gate measures
the quote and entity stages alone, whatever the text-dump cleaner does. Quotes are compared as
(line, speaker) pairs; gold quotes marked optional count neither way, and neither do predictions
that match one. Joint speakers compare as sets of names ("Xi Jinping; Vladimir Putin").
People are compared per document on canonical names, a predicted name counting for the gold person
whose alias list holds it.
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from warta.records import Article
from warta.stages.entities import extract_entities
from warta.stages.quotes import JOINT_SEPARATOR, extract_quotes

pytestmark = pytest.mark.gate


def _seed_articles(gold: dict[str, Any], seeds_dir: Path) -> list[tuple[str, Article, list[int]]]:
    out = []
    for name, seed in gold["seeds"].items():
        lines = (seeds_dir / name).read_text(encoding="utf-8").split("\n")
        body_lines: list[int] = seed["body_lines"]
        paragraphs = tuple(lines[n - 1] for n in body_lines)
        out.append((name[:3], Article(source=name, paragraphs=paragraphs), body_lines))
    return out


def _speaker_key(speaker: str | None) -> frozenset[str]:
    return frozenset(s.strip() for s in (speaker or "").split(JOINT_SEPARATOR.strip()) if s.strip())


def _line_of(article: Article, body_lines: list[int], offset: int) -> int:
    starts, pos = [], 0
    for paragraph in article.paragraphs:
        starts.append(pos)
        pos += len(paragraph) + 2
    return body_lines[bisect.bisect_right(starts, offset) - 1]


def _quote_counts(gold: dict[str, Any], seeds_dir: Path) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for key, article, body_lines in _seed_articles(gold, seeds_dir):
        predicted = {
            (_line_of(article, body_lines, q.start), _speaker_key(q.speaker)) for q in extract_quotes(article)
        }
        required = {
            (q["line"], _speaker_key(q["speaker"])) for q in gold["quotes"][key] if not q.get("optional")
        }
        optional = {(q["line"], _speaker_key(q["speaker"])) for q in gold["quotes"][key] if q.get("optional")}
        predicted -= optional - required
        tp += len(predicted & required)
        fp += len(predicted - required)
        fn += len(required - predicted)
    return tp, fp, fn


def test_seed_quotes_precision_and_recall(gold: dict[str, Any], seeds_dir: Path) -> None:
    tp, fp, fn = _quote_counts(gold, seeds_dir)
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    assert precision >= floor("quotes_seed_precision_min"), (precision, tp, fp)
    assert recall >= floor("quotes_seed_recall_min"), (recall, tp, fn)


def test_seed_people_by_doc(gold: dict[str, Any], seeds_dir: Path) -> None:
    alias_of = {alias: name for name, aliases in gold["people"].items() for alias in (name, *aliases)}
    for key, article, _ in _seed_articles(gold, seeds_dir):
        predicted = {alias_of.get(e.name, e.name) for e in extract_entities(article) if e.type == "PERSON"}
        expected = set(gold["people_by_doc"][key])
        hits = len(predicted & expected)
        assert hits / max(1, len(expected)) >= floor("people_doc_recall_min"), (key, expected - predicted)
        assert hits / max(1, len(predicted)) >= floor("people_doc_precision_min"), (key, predicted - expected)


def test_seed_people_canonical_without_gold_aliases(gold: dict[str, Any], seeds_dir: Path) -> None:
    """Our own canonical names already equal the gold ones (no alias table needed)."""
    total = hits = 0
    for key, article, _ in _seed_articles(gold, seeds_dir):
        predicted = {e.name for e in extract_entities(article) if e.type == "PERSON"}
        expected = set(gold["people_by_doc"][key])
        total += len(expected)
        hits += len(predicted & expected)
    assert hits / max(1, total) >= floor("people_canonical_recall_min")
