"""Quality gates of the temporal tagger on real pages (read from ../shared, never copied here).

1. The TimeML corpus (Kompas, Dec 2014): span recall, precision (overlapping spans count) and
   value accuracy on matched spans, against the document creation time as anchor. TIMEX3 values
   there carry no zone offset, so offsets are dropped before comparing; a range matches a gold value
   by its start or its end ("2-3 menit" is annotated as two durations).
2. The seeds' gold timeline: every dated event is found with its date in its article's body.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from conftest import floor, shared_path
from warta.records import Article
from warta.stages.times import infer_publication_date, tag_times

pytestmark = pytest.mark.gate

_OFFSET = re.compile(r"[+-]\d\d:\d\d$")


def load_timeml(path: Path) -> tuple[str, str, list[tuple[int, int, str]]]:
    """(text of TEXT, DCT value, gold (start, end, value) spans into that text)."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    text_node = root.find("TEXT")
    assert dct_node is not None and text_node is not None, path
    pieces = [text_node.text or ""]
    gold: list[tuple[int, int, str]] = []
    position = len(pieces[0])
    for child in text_node:
        inner = "".join(child.itertext())
        if child.tag == "TIMEX3":
            gold.append((position, position + len(inner), child.get("value") or ""))
        pieces.append(inner)
        position += len(inner)
        pieces.append(child.tail or "")
        position += len(child.tail or "")
    return "".join(pieces), dct_node.get("value") or "", gold


def _plain(value: str | None) -> str:
    return _OFFSET.sub("", value or "")


def timeml_scores(files: list[Path]) -> dict[str, float]:
    """Recall, precision and value accuracy over all files (overlap matching)."""
    gold_total = predicted_total = matched = correct = predicted_matched = 0
    for path in files:
        text, dct, gold = load_timeml(path)
        predicted = tag_times(text, dct)
        gold_total += len(gold)
        predicted_total += len(predicted)
        for start, end, value in gold:
            overlapping = [p for p in predicted if p.start < end and start < p.end]
            if overlapping:
                matched += 1
                correct += any(_plain(value) in (_plain(p.value), _plain(p.end_value)) for p in overlapping)
        predicted_matched += sum(any(p.start < e and s < p.end for s, e, _ in gold) for p in predicted)
    return {
        "recall": matched / gold_total,
        "precision": predicted_matched / predicted_total if predicted_total else 0.0,
        "value_accuracy": correct / matched if matched else 0.0,
    }


def test_timeml_corpus_meets_the_floors() -> None:
    files = sorted(shared_path("corpus", "time").glob("*.tml"))
    assert files
    scores = timeml_scores(files)
    print(f"TimeML: {scores}")
    assert scores["recall"] >= floor("times_timeml_recall_min")
    assert scores["precision"] >= floor("times_timeml_precision_min")
    assert scores["value_accuracy"] >= floor("times_timeml_value_accuracy_min")


def seed_article(seed_path: Path, body_lines: list[int]) -> Article:
    """The seed's body as the gold marks it: its body lines joined by a blank line."""
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    return Article(source=seed_path.name, paragraphs=tuple(lines[n - 1] for n in body_lines))


def _found(date_value: str, values: set[str]) -> bool:
    if "/" in date_value:
        first, last = date_value.split("/")
        return f"{first}/{last}" in values
    return date_value in values


def test_seed_timeline_dates_are_found(gold: dict[str, Any], seeds_dir: Path) -> None:
    values_by_doc: dict[str, set[str]] = {}
    for name, seed in gold["seeds"].items():
        article = seed_article(seeds_dir / name, seed["body_lines"])
        anchor = seed.get("published")
        if anchor is None:
            anchor = infer_publication_date(article)
            assert anchor == seed.get("published_inferred"), name
        values: set[str] = set()
        for expr in tag_times(article.text, anchor):
            assert article.text[expr.start : expr.end] == expr.text
            values.add(_plain(expr.value))
            if expr.end_value:
                values.add(f"{_plain(expr.value)}/{_plain(expr.end_value)}")
        values_by_doc[name[:3]] = values
    missing = [
        (event["date"], doc)
        for event in gold["timeline"]
        for doc in event["docs"]
        if not _found(event["date"], values_by_doc[doc])
    ]
    found_share = 1 - len(missing) / sum(len(e["docs"]) for e in gold["timeline"])
    print(f"seed timeline dates found: {found_share:.3f}, missing {missing}")
    assert found_share >= floor("times_seed_timeline_found_min"), missing
