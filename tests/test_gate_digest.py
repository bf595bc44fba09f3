"""Gate: the digest of the five seed pages against gold/seeds.json.

Timeline date F1 (warta.evaluation_timeline: a gold date matches an event at the gold's granularity,
one to one, and the event must cite one of the gold's documents) on two inputs: the gold reading of
the pages (the body lines and metadata of the gold: this isolates the timeline stage), and the pages
themselves through the whole `warta digest` (extraction included). Summary: the two Reuters copies
(000, 001: two translations of one wire story) never give two sentences that say the same thing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import floor
from seed_articles import gold_articles
from warta.cli import cli
from warta.digest import run_digest
from warta.evaluation_timeline import date_f1
from warta.options import Options
from warta.stages.vectors import stopwords

pytestmark = pytest.mark.gate

SAME_THING_OVERLAP = 0.5
"""Two sentences say the same thing when half the content words of the shorter one are shared
(an independent judge: plain word sets, not the summary's own TF-IDF)."""


def _doc_ids(gold: dict[str, Any]) -> dict[str, str]:
    return {name[:3]: name for name in gold["seeds"]}


def _cites_gold_doc(by_prefix: dict[str, str]) -> Any:
    def cites(gold_item: dict[str, Any], event: dict[str, Any]) -> bool:
        names = {Path(by_prefix[d]).name for d in gold_item["docs"]}
        return any(Path(ref["source"]).name in names for ref in event["sources"])

    return cites


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in stopwords() and not w.isdigit()}


def _same_thing(a: str, b: str) -> bool:
    x, y = _content(a), _content(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= SAME_THING_OVERLAP


def _reuters_pairs(summary: list[dict[str, Any]], reuters: set[str]) -> list[tuple[str, str]]:
    """Pairs of summary sentences taken from two different Reuters copies that say the same thing.

    A sentence is taken from the article it cites first (the others carry the same content)."""
    own = [(Path(s["sources"][0]["source"]).name, s["text"]) for s in summary]
    from_copies = [(name, text) for name, text in own if name in reuters]
    return [
        (a, b)
        for i, (name_a, a) in enumerate(from_copies)
        for name_b, b in from_copies[i + 1 :]
        if name_a != name_b and _same_thing(a, b)
    ]


def test_timeline_on_the_gold_reading(gold: dict[str, Any], seeds_dir: Path) -> None:
    articles = list(gold_articles(gold, seeds_dir).values())
    result = run_digest([], Options(), articles=articles)
    events = [e.to_json() for e in result.timeline]
    score = date_f1(gold["timeline"], events, _cites_gold_doc(_doc_ids(gold)))
    print(f"gold reading: date F1 {score.f1:.3f} P {score.precision:.3f} R {score.recall:.3f}")
    print(f"  missed {score.missed}; extra {score.extra}")
    assert score.f1 >= floor("seeds_timeline_date_f1_gold_reading_min"), score


def test_summary_never_repeats_the_reuters_copies(gold: dict[str, Any], seeds_dir: Path) -> None:
    articles = list(gold_articles(gold, seeds_dir).values())
    reuters = {Path(name).name for pair in gold["duplicates"] for name in pair}
    for sentences in (3, 5, 8, 12, 20):
        result = run_digest([], Options(summary_sentences=sentences), articles=articles)
        summary = [s.to_json() for s in result.summary]
        assert len(summary) == sentences
        assert not _reuters_pairs(summary, reuters), sentences
    both = [s for s in summary if {Path(r["source"]).name for r in s["sources"]} >= reuters]
    assert both, "no summary sentence cites both Reuters copies"


def test_digest_command_on_the_seed_pages(gold: dict[str, Any], seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest"
    result = CliRunner().invoke(cli, ["digest", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "digest.json").read_text(encoding="utf-8"))
    score = date_f1(gold["timeline"], data["timeline"], _cites_gold_doc(_doc_ids(gold)))
    print(f"pages: date F1 {score.f1:.3f} P {score.precision:.3f} R {score.recall:.3f}")
    print(f"  missed {score.missed}; extra {score.extra}")
    assert score.f1 >= floor("seeds_timeline_date_f1_min"), score
    reuters = {Path(name).name for pair in gold["duplicates"] for name in pair}
    assert not _reuters_pairs(data["summary"], reuters)
    for item in data["summary"] + data["timeline"]:
        assert item["sources"] and all(r["source"] for r in item["sources"])
    assert (out / "report.html").stat().st_size > 0 and (out / "digest.md").stat().st_size > 0
    for sentences in (10, 20):
        longer = run_digest([str(seeds_dir)], Options(summary_sentences=sentences))
        assert not _reuters_pairs([s.to_json() for s in longer.summary], reuters), sentences


def test_summary_never_repeats_the_copies_even_undetected(
    gold: dict[str, Any], seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no copy groups and the TF-IDF copy test switched off, the summary still keeps the two
    translations apart: the general same-content test must hold on its own."""
    from warta.stages import vectors
    from warta.stages.summary import summarize

    monkeypatch.setattr(vectors, "COPY_ARTICLES", 1.1)
    articles = list(gold_articles(gold, seeds_dir).values())
    reuters = {Path(name).name for pair in gold["duplicates"] for name in pair}
    for sentences in (5, 10, 20):
        summary = [s.to_json() for s in summarize(articles, Options(summary_sentences=sentences))]
        assert not _reuters_pairs(summary, reuters), sentences
