"""The main job: pages about a topic → a digest (ingest → analyse → dedup → stories → timeline →
summary → report). Library code: progress goes to a callback, never to print.

Each stage is a module of its own; this file only wires them, times them and collects what the
report needs. Stages that a build lacks (an optional extra, a branch not merged yet) are skipped
with a note through the progress callback rather than failing the run.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import BadInput, WartaError
from warta.options import Options
from warta.records import Article, CopyGroup, Entity, Event, Quote, Story, SummarySentence, TimeExpr
from warta.stages.summary import summarize
from warta.stages.timeline import build_timeline

Progress = Callable[[str], None]


def _silent(_: str) -> None:
    return None


@dataclass
class DigestResult:
    """Everything a digest report shows, plus how long each stage took (seconds)."""

    inputs: list[str]
    articles: list[Article]
    errors: list[BadInput] = field(default_factory=list)
    copy_groups: list[CopyGroup] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    times: dict[str, list[TimeExpr]] = field(default_factory=dict)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    entities: dict[str, list[Entity]] = field(default_factory=dict)
    timeline: list[Event] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    story_id: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def scope_articles(self) -> list[Article]:
        """The articles the timeline and summary cover: all, or the chosen story's."""
        if self.story_id is None:
            return self.articles
        story = next((s for s in self.stories if s.id == self.story_id), None)
        if story is None:
            known = ", ".join(s.id for s in self.stories[:10]) or "none"
            raise WartaError(f"--story {self.story_id}: no such story (stories: {known})")
        wanted = set(story.article_ids)
        return [a for a in self.articles if a.id in wanted]


class _Clock:
    """Times named stages and reports each start on the progress callback."""

    def __init__(self, result: DigestResult, progress: Progress) -> None:
        self.result = result
        self.progress = progress

    @contextmanager
    def stage(self, name: str, detail: str = "") -> Iterator[None]:
        self.progress(f"{name}{': ' + detail if detail else ''}")
        started = time.perf_counter()
        try:
            yield
        finally:
            self.result.timings[name] = self.result.timings.get(name, 0.0) + time.perf_counter() - started


def read_articles(paths: Sequence[str], options: Options) -> tuple[list[Article], list[BadInput]]:
    """Read and clean every input under ``paths``; bad inputs are collected, never fatal."""
    from warta.io.readers import read_inputs
    from warta.stages.extract import extract

    articles: list[Article] = []
    errors: list[BadInput] = []
    seen: set[str] = set()
    for doc in read_inputs(list(paths), options):
        if isinstance(doc, BadInput):
            errors.append(doc)
            continue
        try:
            article = extract(doc, options)
        except BadInput as exc:
            errors.append(exc)
            continue
        except Exception as exc:  # one broken page must not stop a batch
            errors.append(BadInput(doc.source, f"cannot extract: {type(exc).__name__}: {exc}"))
            continue
        if article.id in seen or not article.paragraphs:
            continue
        seen.add(article.id)
        articles.append(article)
    return articles, errors


def _anchor(article: Article, options: Options) -> str | None:
    return options.anchor or article.published or article.published_inferred


def infer_dates(articles: Sequence[Article], options: Options) -> list[Article]:
    """Articles with ``published_inferred`` set where the page states no date but its words pin one."""
    from warta.stages.times import infer_publication_date

    out: list[Article] = []
    for article in articles:
        if article.published is None and article.published_inferred is None:
            inferred = infer_publication_date(article)
            article = article.with_(published_inferred=inferred) if inferred else article
        out.append(article)
    return out


def tag_all_times(
    articles: Sequence[Article], options: Options, stored: dict[str, list[TimeExpr]] | None = None
) -> dict[str, list[TimeExpr]]:
    """Time expressions of every article, taken from the store when it has them and they were
    resolved against the stated date (an undated page is tagged again against its inferred date)."""
    from warta.stages.times import tag_times

    stored = stored or {}
    return {
        a.id: (stored.get(a.id) if a.published and not options.anchor else None)
        or list(tag_times(a.text, _anchor(a, options)))
        for a in articles
    }


def _ingest_into(store: Any, paths: Sequence[str], options: Options, progress: Progress) -> list[str]:
    """Ingest ``paths`` into ``store``; the ids of the articles these inputs hold, in input order."""
    from warta.pipeline import IngestEvent, ingest

    ids: list[str] = []

    def count(event: IngestEvent) -> None:
        if event.article_id:  # stored now or by an earlier run (skipped inputs name theirs too)
            ids.append(event.article_id)
        elif event.outcome == "error":
            progress(f"skipped {event.source}: {event.reason}")

    report = ingest(list(paths), store, options, progress=count)
    progress(f"ingest: {report.summary()}")
    return list(dict.fromkeys(ids))


def ingest_paths(
    paths: Sequence[str], options: Options, db: str | None, result: DigestResult, progress: Progress
) -> None:
    """Ingest into the store at ``db`` (or a temporary one); read back the inputs' articles, errors,
    and whatever analysis ingest kept (times, entities, quotes) into ``result``."""
    from warta.store import Store

    with tempfile.TemporaryDirectory(prefix="warta-digest-") as tmp:
        path = db or str(Path(tmp) / "digest.db")
        with Store(path) as store:
            ids = _ingest_into(store, paths, options, progress)
            names = {str(Path(p)) for p in paths}
            result.articles = _own_readings(store, store.articles(ids), names if db else None)
            result.errors = [
                BadInput(e["source"], e["reason"])
                for e in store.errors()
                if db is None or any(e["source"].startswith(n) for n in names)
            ]
            for article in result.articles:
                result.times[article.id] = store.times(article.id)
                result.entities[article.id] = [e for _, e in store.entities(article.id)]
                result.quotes[article.id] = [q for _, q in store.quotes(article.id)]


def _own_readings(store: Any, articles: Iterable[Article], names: set[str] | None) -> list[Article]:
    """Each input's own reading of the stored articles: one text under two urls or outlets is two
    sources of the digest (an identical copy pair), not one. With a shared store (``names``), only
    the readings of this run's inputs count."""
    found: list[Article] = []
    for article in articles:
        readings = store.readings_of(article)
        if names is not None:
            readings = [r for r in readings if any(r.source.startswith(n) for n in names)] or readings
        found.extend(readings)
    return found


def analyse(result: DigestResult, options: Options, clock: _Clock) -> None:
    """Per-document analysis not kept by ingest: inferred dates, time expressions, entities, quotes."""
    with clock.stage("times", f"{len(result.articles)} articles"):
        result.articles = infer_dates(result.articles, options)
        result.times = tag_all_times(result.articles, options, result.times)
    with clock.stage("quotes", f"{len(result.articles)} articles"):
        _quotes_and_entities(result, options)


def _quotes_and_entities(result: DigestResult, options: Options) -> None:
    """Entities and quotes of every article: from the store when ingest kept them, else computed
    (the store cannot tell "none found" from "not analysed", so an empty list is computed again)."""
    from warta.stages.entities import extract_entities
    from warta.stages.quotes import extract_quotes

    for article in result.articles:
        entities = result.entities.get(article.id) or list(extract_entities(article))
        result.entities[article.id] = entities
        if not result.quotes.get(article.id):
            result.quotes[article.id] = list(extract_quotes(article, entities))


def copies_with_dates(articles: Sequence[Article], options: Options) -> tuple[list[Article], list[CopyGroup]]:
    """Copy groups of ``articles``, and the articles with undated copies dated by their group."""
    from warta.stages.dedup import find_copy_groups, with_inferred_dates

    groups = list(find_copy_groups(articles, options)) if len(articles) > 1 else []
    return list(with_inferred_dates(articles, groups)), groups


def group_copies_and_stories(result: DigestResult, options: Options, clock: _Clock) -> None:
    """Copy groups (dates inferred from them for undated copies) and stories over the whole input."""
    from warta.stages.stories import build_stories

    with clock.stage("dedup", f"{len(result.articles)} articles"):
        result.articles, result.copy_groups = copies_with_dates(result.articles, options)
    with clock.stage("stories"):
        result.stories = list(build_stories(result.articles, options))


def run_digest(
    paths: Sequence[str],
    options: Options | None = None,
    progress: Progress = _silent,
    articles: Sequence[Article] | None = None,
    db: str | None = None,
) -> DigestResult:
    """The whole job on ``paths`` (or on ready ``articles``); raises WartaError if nothing is read.

    Inputs go through the store (``db``, or a temporary one that is removed afterwards), so the
    digest reads exactly what `warta ingest` would keep.
    """
    options = options or Options()
    result = DigestResult(inputs=[str(p) for p in paths], articles=[], story_id=options.story_id)
    clock = _Clock(result, progress)
    with clock.stage("ingest", ", ".join(result.inputs[:3]) + (" …" if len(result.inputs) > 3 else "")):
        if articles is None:
            ingest_paths(paths, options, db, result, progress)
        else:
            result.articles = list(articles)
    progress(f"{len(result.articles)} articles, {len(result.errors)} inputs skipped")
    if not result.articles:
        reasons = "; ".join(str(e) for e in result.errors[:3])
        raise WartaError(
            f"no article could be read from {', '.join(result.inputs)}" + (f" ({reasons})" if reasons else "")
        )
    analyse(result, options, clock)
    group_copies_and_stories(result, options, clock)
    scope = result.scope_articles()
    with clock.stage("timeline", f"{len(scope)} articles"):
        result.timeline = build_timeline(scope, result.times, options, result.copy_groups)
    with clock.stage("summary", f"{options.summary_sentences} sentences"):
        result.summary = summarize(scope, options, result.copy_groups)
    return result


def write_digest(result: DigestResult, out_dir: str | Path, progress: Progress = _silent) -> dict[str, Path]:
    """Write report.html, digest.json and digest.md into ``out_dir``; returns their paths."""
    from warta.report import write_report

    clock = _Clock(result, progress)
    with clock.stage("report", str(out_dir)):
        return write_report(result, Path(out_dir))


def summarize_paths(
    paths: Sequence[str], options: Options, progress: Progress = _silent
) -> list[SummarySentence]:
    """`warta summarize`: read the inputs (no store), date the undated, find copies, summarise."""
    articles, errors = read_articles(paths, options)
    for error in errors:
        progress(f"skipped {error}")
    if not articles:
        raise WartaError(f"{', '.join(paths)}: no article could be read")
    articles = infer_dates(articles, options)
    articles, groups = copies_with_dates(articles, options)
    return summarize(articles, options, groups)


def summary_json(sentences: Sequence[SummarySentence]) -> dict[str, Any]:
    """The `warta summarize --json` shape: {"sentences": [{text, sources}]}."""
    return {"sentences": [s.to_json() for s in sentences]}
