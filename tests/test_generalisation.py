"""Generalisation check: warta on pages of outlets it was not tuned on.

``tests/fixtures/outlets/`` holds pages written for this test (invented Indonesian text, never
publishers' text) in the page grammar of ~30 outlets — detik and its regional sites (WIB, WITA),
CNN Indonesia, Liputan6, Tribunnews and regional Tribun sites (WITA), Suara, Okezone (also AMP),
Republika, JPNN, Merdeka, Bisnis, Kontan, SINDOnews, Jubi (WIT), kumparan, IDN Times, VIVA, Inilah,
Medcom, Beritasatu, iNews, CNBC Indonesia, BBC News Indonesia, VOA Indonesia, Katadata, Jawa Pos,
Media Indonesia, RRI (WIT), Harian Jogja (windows-1252), The Jakarta Post (English) — as browser
"save as text" dumps (one also hard-wrapped at 72 columns) and as HTML, plus listing pages that are
no articles. Each page has a hand-written expected reading (``NAME.expected.json``): body
paragraphs, metadata, boilerplate that must not reach the body, time expressions with their TIMEX3
values, quotes with their speakers, and people named.

The checks are aggregate rates pinned in ``tests/floors.json`` (``gen_*`` keys) at what the code
reached when they were pinned: they guard against regressions and are raised as rules improve.
Run this file as a script to print every failing case, grouped by the module that owns it::

    PYTHONPATH=src python tests/test_generalisation.py
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from scoring import CLEAN_FIELDS, PARAGRAPH_SEP, CleanScores, Failure, load_pages, overlaps, score_page
from warta.errors import BadInput
from warta.pipeline import clean_file
from warta.records import Article, Quote
from warta.stages.entities import extract_entities
from warta.stages.quotes import extract_quotes
from warta.stages.times import tag_times

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "outlets"

METADATA_FIELDS = CLEAN_FIELDS
"""The `warta clean` metadata fields compared with the expected reading ("language" is "id" unless the
expected reading says otherwise: every page here is in Indonesian)."""


@dataclass
class Scores:
    """The `warta clean` counts, and those of the analysis stages on the expected bodies."""

    clean: CleanScores = field(default_factory=lambda: CleanScores(METADATA_FIELDS))
    times_total: int = 0
    times_right: int = 0
    quotes_total: int = 0
    quotes_right: int = 0
    people_total: int = 0
    people_found: int = 0
    persons_output: int = 0
    persons_right: int = 0
    failures: list[Failure] = field(default_factory=list)


def expected_pages() -> list[dict[str, Any]]:
    """Every expected reading in the fixture folder, sorted by file name."""
    return load_pages(FIXTURES)


def _spans(text: str, snippet: str) -> tuple[int, int]:
    start = text.index(snippet)
    return start, start + len(snippet)


def _check_times(page: dict[str, Any], article: Article, scores: Scores) -> None:
    published = page["published"]
    stated = published[-1] if isinstance(published, list) else published
    anchor = page.get("anchor") or (stated or "")[:10] or None
    found = tag_times(article.text, anchor)
    for want in page["times"]:
        start, end = _spans(article.text, want["text"])
        values = [t.value for t in found if overlaps(t.start, t.end, start, end)]
        right = any(v == want["value"] or v.startswith(want["value"] + "T") for v in values)
        scores.times_total += 1
        scores.times_right += int(right)
        if not right:
            scores.failures.append(
                Failure(page["file"], "times", f"time {want['text']!r}", want["value"], values or None)
            )


def _nearest_quote(text: str, start: int, quotes: Sequence[Quote], kind: str, near: Sequence[Quote]) -> str:
    """What warta found instead of an expected quote: another kind, or a span elsewhere in the paragraph."""
    if near:
        return f"no {kind} quote (found {near[0].kind} by {near[0].speaker!r})"
    lo = text.rfind(PARAGRAPH_SEP, 0, start) + 1
    hi = text.find(PARAGRAPH_SEP, start)
    hi = len(text) if hi < 0 else hi
    same_para = [q for q in quotes if lo <= q.start < hi and q.kind == kind]
    if same_para:
        q = same_para[0]
        return f"no {kind} quote over it; the paragraph's is by {q.speaker!r}, only {q.text[:45]!r}"
    return f"no {kind} quote"


def _check_quotes_and_people(page: dict[str, Any], article: Article, scores: Scores) -> None:
    entities = extract_entities(article)
    quotes = extract_quotes(article, entities)
    for want in page["quotes"]:
        start, end = _spans(article.text, want["text"])
        near = [q for q in quotes if overlaps(q.start, q.end, start, end)]
        speakers = [q.speaker for q in near if q.kind == want["kind"]]
        right = want["speaker"] in speakers
        scores.quotes_total += 1
        scores.quotes_right += int(right)
        if not right:
            got: Any = speakers or _nearest_quote(article.text, start, quotes, want["kind"], near)
            label = f"{want['kind']} quote {want['text'][:40]!r}"
            scores.failures.append(Failure(page["file"], "quotes", label, want["speaker"], got))
    people = {e.name for e in entities if e.type == "PERSON"}
    for name in page["people"]:
        scores.people_total += 1
        scores.people_found += int(name in people)
        if name not in people:
            scores.failures.append(Failure(page["file"], "entities", "person", name, sorted(people)))
    if page.get("language", "id") != "id":
        return  # the analysis stages read Indonesian; other pages only check recall of what is listed
    for name in sorted(people):
        scores.persons_output += 1
        scores.persons_right += int(name in page["people"])
        if name not in page["people"]:
            scores.failures.append(Failure(page["file"], "entities", "spurious person", None, name))


@lru_cache(maxsize=1)
def evaluate() -> Scores:
    """Run warta on every fixture page once and score it; the analysis stages are judged on the
    expected body, apart from extraction errors."""
    scores = Scores()
    for page in expected_pages():
        score_page(page, FIXTURES, scores.clean)
        if page["is_article"]:
            clean = Article(source=page["file"], paragraphs=tuple(page["paragraphs"]))
            _check_times(page, clean, scores)
            _check_quotes_and_people(page, clean, scores)
    return scores


CLEAN_FIGURES = {
    "listing_rejected": "listing",
    "articles_accepted": "articles_accepted",
    "body_f1_mean": "body_f1_mean",
    "body_pages_ok": "body_ok",
    "boilerplate_removed": "junk",
    **{f"{name}_agreement": name for name in METADATA_FIELDS},
}
"""This set's figure names (floor keys ``gen_NAME_min``) for the shared `warta clean` figures."""


def figures(scores: Scores) -> dict[str, float]:
    """The aggregate rates the floors pin (keys of tests/floors.json without the ``gen_`` prefix)."""
    clean = scores.clean.figures()
    out = {name: clean[shared] for name, shared in CLEAN_FIGURES.items()}
    out.update(
        {
            "times_value_accuracy": scores.times_right / max(1, scores.times_total),
            "quotes_speaker_accuracy": scores.quotes_right / max(1, scores.quotes_total),
            "people_recall": scores.people_found / max(1, scores.people_total),
            "people_precision": scores.persons_right / max(1, scores.persons_output),
        }
    )
    return out


def report(scores: Scores) -> str:
    """Every failure, grouped by module, then the figures."""
    failures = [*scores.clean.failures, *scores.failures]
    lines: list[str] = []
    for module in sorted({f.module for f in failures}):
        lines.append(f"== {module}")
        lines.extend("  " + f.line() for f in failures if f.module == module)
    lines.append("== figures")
    lines.extend(f"  gen_{k}_min: {v:.3f}" for k, v in figures(scores).items())
    return "\n".join(lines)


# -- tests -----------------------------------------------------------------------------------------


def test_fixtures_are_well_formed() -> None:
    """Each expected reading names an existing page; body, times and quotes are in the page text."""
    pages = expected_pages()
    assert len(pages) >= 25
    assert sum(not p["is_article"] for p in pages) >= 2
    for page in pages:
        data = (FIXTURES / page["file"]).read_bytes()
        raw = data.decode("utf-8") if b"charset=windows-1252" not in data else data.decode("cp1252")
        if not page["is_article"]:
            continue
        flat = re.sub(r"<[^>]+>", "", raw).replace("&quot;", '"').replace("&amp;", "&")
        body = "\n\n".join(page["paragraphs"])
        flat = " ".join(flat.split())  # pages may be hard-wrapped
        for para in page["paragraphs"]:
            assert " ".join(para.split()) in flat or para in raw, (page["file"], para[:50])
        for snippet in [t["text"] for t in page["times"]] + [q["text"] for q in page["quotes"]]:
            assert snippet in body, (page["file"], snippet)
        for junk in page["not_in_body"]:
            assert junk not in body, (page["file"], junk)


def _floor(name: str) -> float:
    return floor(f"gen_{name}_min")


@pytest.mark.parametrize("name", list(CLEAN_FIGURES))
def test_clean_generalises(name: str) -> None:
    """`warta clean` on other outlets' pages stays at or above the pinned floor."""
    scores = evaluate()
    value = figures(scores)[name]
    assert value >= _floor(name), f"gen_{name}: {value:.3f}\n" + report(scores)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("times_value_accuracy", "gen_times_value_accuracy_min"),
        ("quotes_speaker_accuracy", "gen_quotes_speaker_accuracy_min"),
        ("people_recall", "gen_people_recall_min"),
        ("people_precision", "gen_people_precision_min"),
    ],
)
def test_analysis_generalises(name: str, key: str) -> None:
    """Times, quotes (the share of expected quotes found with their speaker) and people on other
    outlets' bodies stay at or above the pinned floor."""
    scores = evaluate()
    value = figures(scores)[name]
    assert value >= floor(key), f"{key}: {value:.3f}\n" + report(scores)


def main(argv: Sequence[str] = ()) -> int:
    print(report(evaluate()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def test_cli_agrees_with_the_library_on_other_outlets() -> None:
    """`warta clean` exits 1 with one line naming the page on every page the library rejects, and
    `warta clean` / `warta quotes` print JSON for every page it reads."""
    from click.testing import CliRunner

    from warta.cli import cli

    runner = CliRunner()
    for page in expected_pages():
        path = str(FIXTURES / page["file"])
        try:
            clean_file(path)
        except BadInput:
            result = runner.invoke(cli, ["clean", path])
            assert result.exit_code == 1, page["file"]
            assert page["file"] in result.output and len(result.output.strip().splitlines()) == 1
            continue
        for command in ("clean", "quotes"):
            result = runner.invoke(cli, [command, path])
            assert result.exit_code == 0, (command, page["file"], result.output[-300:])
            json.loads(result.stdout)
