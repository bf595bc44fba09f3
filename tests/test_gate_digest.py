"""Gate: the digest of the five seed pages against gold/seeds.json.

Timeline date F1 (warta.evaluation_timeline: a gold date matches an event at the gold's granularity,
one to one, and the event must cite one of the gold's documents) on two inputs: the gold reading of
the pages (the body lines and metadata of the gold: this isolates the timeline stage), and the pages
themselves through the whole `warta digest` (extraction included). Every event of the digest is a
sentence of its first source whose own time expression names its date (checked without the
tagger's tables). Summary: the two Reuters copies
(000, 001: two translations of one wire story) never give two sentences that say the same thing.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import floor
from seed_articles import gold_articles
from warta.cli import cli
from warta.digest import DigestResult, run_digest
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


DEICTIC_DAYS = {
    "hari ini": 0,
    "pagi ini": 0,
    "siang ini": 0,
    "sore ini": 0,
    "malam ini": 0,
    "tadi": 0,
    "tadi malam": -1,
    "malam tadi": -1,
    "kemarin": -1,
    "semalam": -1,
    "besok": 1,
    "lusa": 2,
}
"""Words that date a day from the article's own date (checked here independently of the tagger)."""
RELATIVE_YEARS = {"tahun lalu": -1, "tahun ini": 0, "tahun depan": 1}
ANAPHOR_WORDS = ("sebelum", "setelah", "sesudah", "kemudian", "keesokan", "esoknya", "hari yang sama")
"""Words of a day counted from another date the article states ("sehari sebelum…", "keesokan harinya")."""
COUNTS = {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}
WEEKDAY_REACH = 7
"""A bare weekday names a day within a week of the article's date."""


def _count(text: str) -> int:
    match = re.search(r"\b(\d+|se|satu|dua|tiga|empat|lima)\s*hari", text) or re.search(r"\b(se)hari", text)
    if match is None:
        return 1
    word = match.group(1)
    return int(word) if word.isdigit() else COUNTS[word]


def _states_day(text: str, day: date) -> bool:
    """Does the expression's own wording give ``day`` ("Sabtu (4/2/2023)", "24 Oktober 2022")?"""
    from warta.lang.id.calendar import MONTHS

    low = text.lower()
    for d, m, y in re.findall(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?", low):
        if int(d) == day.day and int(m) == day.month and (not y or int(y) % 100 == day.year % 100):
            return True
    for d, name, y in re.findall(r"\b(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?", low):
        if MONTHS.get(name) == day.month and int(d) == day.day and (not y or int(y) == day.year):
            return True
    return False


def _verified(text: str, value: str, published: date, stated_days: list[date]) -> bool:
    """Independent check that a time expression's wording (with the article's date, or a day the
    article states before it) gives the timeline date ``value``."""
    from warta.lang.id.calendar import MONTHS, WEEKDAYS

    low = text.lower()
    words = re.findall(r"[a-z]+", low)
    if "/" in value:  # a range of days: both days and the month are written
        first, last = (date.fromisoformat(v) for v in value.split("/"))
        numbers = {int(n) for n in re.findall(r"\d+", low)}
        return {first.day, last.day} <= numbers and any(MONTHS.get(w) == first.month for w in words)
    if len(value) == len("2023"):
        year = int(value)
        return str(year) in low or any(
            phrase in low and year == published.year + shift for phrase, shift in RELATIVE_YEARS.items()
        )
    if len(value) == len("2023-10"):
        month = date.fromisoformat(value + "-01")
        years = {int(y) for y in re.findall(r"\b\d{4}\b", low)}
        in_reach = abs(month.year - published.year) <= 1
        return any(MONTHS.get(w) == month.month for w in words) and (month.year in years or in_reach)
    day = date.fromisoformat(value)
    if _states_day(text, day):
        return True
    if any(phrase in low for phrase in ANAPHOR_WORDS):
        n = _count(low)
        back = "sebelum" in low
        return any(day == s + timedelta(days=-n if back else n) for s in stated_days)
    for phrase, shift in sorted(DEICTIC_DAYS.items(), key=lambda item: -len(item[0])):
        if phrase in low:
            return day == published + timedelta(days=shift)
    weekdays = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
    return bool(weekdays) and day.weekday() == weekdays[0] and abs((day - published).days) <= WEEKDAY_REACH


@pytest.fixture(scope="module")
def seeds_digest(seeds_dir: Path) -> DigestResult:
    """The default digest of the seed pages, shared by the tests that read it."""
    return run_digest([str(seeds_dir)], Options())


def test_every_event_is_a_sentence_of_its_first_source_dated_by_its_own_words(
    seeds_digest: DigestResult,
) -> None:
    """A fact-checker opening an event's first source finds the event's sentence there, and that
    sentence names the event's date: a time expression in it states the date, or counts it from the
    article's date ("kemarin", "tahun lalu") or from a day the article states before it."""
    from warta.stages.sentences import split_sentences
    from warta.stages.timeline import date_key
    from warta.stages.vectors import published_of

    result = seeds_digest
    by_source = {a.source: a for a in result.articles}
    assert result.timeline
    for event in result.timeline:
        article = by_source[event.sources[0].source]
        start = article.text.find(event.text)
        assert start >= 0, event
        end = start + len(event.text)
        assert any(s.start <= start and s.end == end for s in split_sentences(article.text)), event
        published_text, _ = published_of(article)
        assert published_text, article.source
        published = date.fromisoformat(published_text[:10])
        times = result.times[article.id]
        stated = [
            date.fromisoformat(t.value[:10])
            for t in times
            if t.start < start
            and re.match(r"\d{4}-\d{2}-\d{2}", t.value or "")
            and _states_day(t.text, date.fromisoformat(t.value[:10]))
        ]
        dating = [
            t
            for t in times
            if start <= t.start
            and t.end <= end
            and (key := date_key(t)) is not None
            and key.value == event.date
        ]
        assert dating, f"{event.date}: no time expression of the sentence names it: {event.text}"
        assert any(_verified(t.text, event.date, published, stated) for t in dating), (
            event.date,
            [t.text for t in dating],
            event.text,
        )


STATES_THE_EVENT = 0.7
"""An independent article states an event when one of its sentences holds this share of the event
sentence's content words (plain word sets, not warta's TF-IDF)."""
COPY_STATES_THE_EVENT = 0.4
"""A syndicated copy (gold duplicates) states it at this share of the shorter sentence's words."""


def test_every_cited_source_states_the_event(gold: dict[str, Any], seeds_digest: DigestResult) -> None:
    """A fact-checker following any source of a timeline event finds the event in that article."""
    from warta.stages.sentences import split_sentences

    result = seeds_digest
    by_source = {a.source: a for a in result.articles}
    pairs = {frozenset(Path(n).name for n in pair) for pair in gold["duplicates"]}
    cited = 0
    for event in result.timeline:
        claim = _content(event.text)
        first = Path(event.sources[0].source).name
        for ref in event.sources[1:]:
            cited += 1
            sentences = [_content(s.text) for s in split_sentences(by_source[ref.source].text)]
            coverage = max(len(claim & s) / len(claim) for s in sentences)
            shorter = max(len(claim & s) / min(len(claim), len(s)) for s in sentences if s)
            copy = frozenset({first, Path(ref.source).name}) in pairs
            assert coverage >= STATES_THE_EVENT or (copy and shorter >= COPY_STATES_THE_EVENT), (
                event.date,
                ref.source,
                round(coverage, 2),
            )
    assert cited, "no event cites a second article: the copies should be cited"
