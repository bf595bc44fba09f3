"""Generalisation of the quote stage: invented paragraphs hand-labelled before the system saw them.

``tests/fixtures/heldout_quotes.json`` holds 38 invented Indonesian news articles (no real text) with
154 labelled quotes (6 optional) in attribution styles the other tests hardly cover (see each
article's ``styles``). A predicted quote matches a gold one when their spans overlap by at least
half of each (one to one, best overlap first): boundaries of indirect speech are a matter of taste,
the clause is not. Scores:

- quote precision / recall: spans alone, whoever the speaker;
- speaker accuracy: of the matched quotes, those whose speaker is the labelled one (name as the
  article gives it in full, or another form the same text gives);
- attributed recall: required quotes found with the right speaker (recall x speaker accuracy);
- role accuracy: of the matched quotes whose speaker's role the article states, those whose
  ``speaker_role`` is that role (case and punctuation aside);
- quoted titles and terms (films, books, programmes, scare quotes) must yield no quote.

Batch 1 (h01–h20, 91 required quotes) was labelled before the system ever ran on it. Batch 2
(b01–b10, 35 required) was written and labelled after the first round of fixes (made for batch 1's
misses), before running the system on it; batch 3 (c01–c08, 22 required) after the second round
(made for batch 2's misses). So each batch's column right after the round that did not see it is a
generalisation figure; later columns measure fit. ``PYTHONPATH=src:tests python
tests/test_heldout_quotes.py`` prints the figures per batch with every miss.

=================  ==========  ==========  ==========  ==========  ==========  ==========
figure             b1 before   b1 round 1  b2 before   b2 round 1  b3 before   b3 round 2
=================  ==========  ==========  ==========  ==========  ==========  ==========
quote precision      1.000       1.000       1.000       1.000       0.952       0.957
quote recall         0.780       1.000       0.771       0.857       0.909       1.000
speaker accuracy     0.944       1.000       0.963       0.933       0.800       0.909
attributed recall    0.736       1.000       0.743       0.800       0.727       0.909
role accuracy        0.814       1.000       0.696       0.739       0.722       0.947
titles as quotes       0           0           0           0           0           0
=================  ==========  ==========  ==========  ==========  ==========  ==========

"before" is the stage as it stood when batch 1 was labelled. On text no fix had seen, the rules
gained 9 points of recall and 6 of attributed recall after round 1 (batch 2), and 9 and 18 after
round 2 (batch 3). After round 2 batches 1 and 2 score 1.000 on every figure (fit, not
generalisation). Batch 3's one extra quote ("Partai … memastikan akan mengusung …") is arguably a
labelling miss: h17 labels the same construction as a quote. A third round (an office's acronym in
brackets before the name, "Perusahaan itu menyatakan" as the last organisation) then fixed batch 3's
other misses: AFTER, over all 148 required quotes, precision 0.993, recall, speaker accuracy,
attributed recall and role accuracy 1.000, no title taken as a quote.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from scoring import Counts, labelled_article, load_articles, norm, score_labelled
from warta.records import Quote
from warta.stages.quotes import extract_quotes

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "heldout_quotes.json"

MIN_OVERLAP = 0.5
"""Share of each span (gold and predicted) that the other must cover for a match."""


def _load() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


def _span(text: str, gold: dict[str, Any]) -> tuple[int, int]:
    start = text.index(gold["quote"])
    if "until" in gold:
        until = text.index(gold["until"], start)
        return start, until + len(gold["until"])
    return start, start + len(gold["quote"])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = min(a[1], b[1]) - max(a[0], b[0])
    return common / max(1, a[1] - a[0], b[1] - b[0]) if common > 0 else 0.0


@dataclass
class Scores(Counts):
    """Quote-span counts over the held-out set, with those of speakers, roles and quoted titles."""

    speaker_ok: int = 0
    role_ok: int = 0
    role_total: int = 0
    title_hits: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / max(1, self.tp)

    @property
    def attributed_recall(self) -> float:
        """Required quotes found with the right speaker."""
        return self.speaker_ok / max(1, self.tp + self.fn)

    @property
    def role_accuracy(self) -> float:
        return self.role_ok / max(1, self.role_total)


def _score_article(article: dict[str, Any], scores: Scores) -> None:
    art = labelled_article(article)
    text = art.text
    predicted: list[Quote] = extract_quotes(art)
    golds = [(g, _span(text, g)) for g in article["quotes"]]
    pairs = sorted(
        (
            (_overlap((p.start, p.end), span), k, j)
            for k, p in enumerate(predicted)
            for j, (_, span) in enumerate(golds)
        ),
        reverse=True,
    )
    pred_of: dict[int, int] = {}
    used: set[int] = set()
    for share, k, j in pairs:
        if share < MIN_OVERLAP or k in used or j in pred_of:
            continue
        pred_of[j] = k
        used.add(k)
    tag = article["id"]
    for j, (gold, _) in enumerate(golds):
        if gold.get("optional"):
            continue
        if j not in pred_of:
            scores.fn += 1
            scores.misses.append(f"{tag} MISSED  {gold['speaker']!r}: {gold['quote'][:70]!r}")
            continue
        pred = predicted[pred_of[j]]
        scores.tp += 1
        names = {norm(gold["speaker"]), *(norm(s) for s in gold.get("speaker_also", ()))}
        if norm(pred.speaker) in names:
            scores.speaker_ok += 1
        else:
            scores.misses.append(
                f"{tag} SPEAKER {pred.speaker!r} for {gold['speaker']!r}: {gold['quote'][:50]!r}"
            )
        if gold.get("role"):
            scores.role_total += 1
            if norm(pred.speaker_role) in {norm(r) for r in gold["role"]}:
                scores.role_ok += 1
            else:
                scores.misses.append(f"{tag} ROLE    {pred.speaker_role!r} for {gold['role'][0]!r}")
    for k, pred in enumerate(predicted):
        if k in used:  # matched a required or an optional quote
            continue
        scores.fp += 1
        scores.misses.append(f"{tag} EXTRA   {pred.speaker!r} ({pred.cue}): {pred.text[:70]!r}")
    for term in article["not_quotes"]:
        lo = text.index(term)
        if any(p.start <= lo < p.end for p in predicted):
            scores.title_hits += 1


def score(batch: int | None = None) -> Scores:
    """Scores of :func:`extract_quotes` over the held-out set (or one batch of it)."""
    return score_labelled(_load(), _score_article, Scores(), batch)


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score()


def test_labels_locate_one_span_each() -> None:
    for article in _load():
        text = "\n\n".join(article["paragraphs"])
        for gold in article["quotes"]:
            assert text.count(gold["quote"]) == 1, (article["id"], gold["quote"])
            assert gold["kind"] in ("direct", "indirect")
            start, end = _span(text, gold)
            assert start < end
        for term in article["not_quotes"]:
            assert text.count(term) == 1, (article["id"], term)


def test_heldout_quote_precision_and_recall(scores: Scores) -> None:
    assert scores.precision >= floor("heldout_quotes_precision_min"), scores.misses
    assert scores.recall >= floor("heldout_quotes_recall_min"), scores.misses


def test_heldout_speakers_and_roles(scores: Scores) -> None:
    assert scores.speaker_accuracy >= floor("heldout_quotes_speaker_accuracy_min"), scores.misses
    assert scores.attributed_recall >= floor("heldout_quotes_attributed_recall_min"), scores.misses
    assert scores.role_accuracy >= floor("heldout_quotes_role_accuracy_min"), scores.misses


def test_quoted_titles_and_terms_are_no_quotes(scores: Scores) -> None:
    assert scores.title_hits == 0


def _summary(result: Scores) -> str:
    return (
        f"quotes P {result.precision:.3f} R {result.recall:.3f} "
        f"(tp {result.tp} fp {result.fp} fn {result.fn}); "
        f"speaker accuracy {result.speaker_accuracy:.3f} ({result.speaker_ok}/{result.tp}); "
        f"attributed recall {result.attributed_recall:.3f}; "
        f"role accuracy {result.role_accuracy:.3f} ({result.role_ok}/{result.role_total}); "
        f"titles/terms taken as quotes {result.title_hits}"
    )


if __name__ == "__main__":
    result = score()
    print("\n".join(result.misses))
    for number in (1, 2, 3):
        print(f"batch {number}: {_summary(score(number))}")
    print(f"all: {_summary(result)}")
    sys.exit(0)
