"""Gate: extractive summaries of IndoSum articles (3 sentences) against the reference summaries.

Runs on the whole dev.01 fold (750 articles, a few seconds) in process, and on a fixed sample (the
first 100 articles) through the `warta summarize` command reading text files. ROUGE-1/2 F on
lower-cased tokens with no stemming (warta.evaluation_rouge); the lead-3 baseline is computed in
the same run, and the summary must beat it as well as the pinned floors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import floor, shared_path
from warta.cli import cli
from warta.evaluation_rouge import detokenize, rouge_n, rouge_tokens
from warta.options import Options
from warta.records import Article
from warta.stages.sentences import split_sentences
from warta.stages.summary import summarize

pytestmark = pytest.mark.gate


def _article(row: dict[str, Any]) -> Article:
    paragraphs = tuple(" ".join(detokenize(s) for s in p) for p in row["paragraphs"])
    return Article(source=row["id"], paragraphs=paragraphs, outlet=row.get("source"))


def _reference(row: dict[str, Any]) -> list[str]:
    return rouge_tokens(" ".join(" ".join(sentence) for sentence in row["summary"]))


def test_indosum_rouge_beats_floors_and_lead3() -> None:
    path = shared_path("corpus", "indosum", "dev.01.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = {"r1": 0.0, "r2": 0.0, "lead_r1": 0.0, "lead_r2": 0.0}
    for row in rows:
        article = _article(row)
        reference = _reference(row)
        ours = rouge_tokens(" ".join(s.text for s in summarize([article], Options(summary_sentences=3))))
        lead = rouge_tokens(" ".join(s.text for s in split_sentences(article.text)[:3]))
        totals["r1"] += rouge_n(ours, reference, 1)[2]
        totals["r2"] += rouge_n(ours, reference, 2)[2]
        totals["lead_r1"] += rouge_n(lead, reference, 1)[2]
        totals["lead_r2"] += rouge_n(lead, reference, 2)[2]
    scores = {k: 100 * v / len(rows) for k, v in totals.items()}
    print(f"IndoSum dev.01 ({len(rows)} articles): {scores}")
    assert scores["r1"] >= floor("indosum_rouge1_min"), scores
    assert scores["r2"] >= floor("indosum_rouge2_min"), scores
    assert scores["r1"] > scores["lead_r1"] and scores["r2"] > scores["lead_r2"], scores


CLI_SAMPLE = 100
"""Articles of the fold (the first ones: a fixed sample) sent through the command itself."""


def test_indosum_through_the_summarize_command(tmp_path: Path) -> None:
    """The same scoring through `warta summarize FILE --sentences 3 --json`: each article written as
    a plain text file (paragraphs separated by blank lines) and read back by the text extractor."""
    path = shared_path("corpus", "indosum", "dev.01.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()[:CLI_SAMPLE]
    runner = CliRunner()
    r1 = r2 = 0.0
    for k, line in enumerate(lines):
        row = json.loads(line)
        page = tmp_path / f"{k:03d}.txt"
        page.write_text(_article(row).text + "\n", encoding="utf-8")
        result = runner.invoke(cli, ["summarize", str(page), "--sentences", "3", "--json"])
        assert result.exit_code == 0, result.output
        sentences = json.loads(result.stdout)["sentences"]
        assert 1 <= len(sentences) <= 3
        ours = rouge_tokens(" ".join(s["text"] for s in sentences))
        r1 += rouge_n(ours, _reference(row), 1)[2]
        r2 += rouge_n(ours, _reference(row), 2)[2]
    scores = {"r1": 100 * r1 / len(lines), "r2": 100 * r2 / len(lines)}
    print(f"IndoSum dev.01 first {len(lines)} through the command: {scores}")
    assert scores["r1"] >= floor("indosum_rouge1_min") and scores["r2"] >= floor("indosum_rouge2_min"), scores
