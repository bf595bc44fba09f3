"""The main job: pages about a topic → a digest (ingest → analyse → dedup → stories → timeline →
summary → report). Library code: progress goes to a callback, never to print.

Each stage is a module of its own; this file only wires them, times them and collects what the
report needs. Stages that a build lacks (an optional extra, a branch not merged yet) are skipped
with a note through the progress callback rather than failing the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
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


def tag_all_times(articles: Sequence[Article], options: Options) -> dict[str, list[TimeExpr]] | None:
    """Time expressions of every article (None when this build has no time tagger)."""
    try:
        from warta.stages.times import tag_times
    except ImportError:
        return None
    return {a.id: list(tag_times(a.text, _anchor(a, options))) for a in articles}


def analyse(result: DigestResult, options: Options, clock: _Clock) -> None:
    """Per-document analysis: time expressions, quotes and entities (where the build has them)."""
    with clock.stage("times", f"{len(result.articles)} articles"):
        times = tag_all_times(result.articles, options)
    if times is None:
        result.notes.append("no time tagger in this build: the timeline is empty")
    else:
        result.times = times
    with clock.stage("quotes"):
        _quotes_and_entities(result, options)


def _quotes_and_entities(result: DigestResult, options: Options) -> None:
    try:
        from warta.stages.quotes import extract_quotes
    except ImportError:
        result.notes.append("no quote extractor in this build: no quotes")
        return
    for article in result.articles:
        result.quotes[article.id] = list(extract_quotes(article, options))


def group_copies_and_stories(result: DigestResult, options: Options, clock: _Clock) -> None:
    """Copy groups and stories over the whole input (where the build has those stages)."""
    with clock.stage("dedup"):
        try:
            from warta.stages.dedup import find_copy_groups
        except ImportError:
            result.notes.append("no dedup stage in this build: copies are found by the summary only")
        else:
            result.copy_groups = list(find_copy_groups(result.articles, options))
    with clock.stage("stories"):
        try:
            from warta.stages.stories import find_stories
        except ImportError:
            result.notes.append("no story stage in this build: the input is one story")
        else:
            result.stories = list(find_stories(result.articles, result.copy_groups, options))


def run_digest(
    paths: Sequence[str],
    options: Options | None = None,
    progress: Progress = _silent,
    articles: Sequence[Article] | None = None,
    db: str | None = None,
) -> DigestResult:
    """The whole job on ``paths`` (or on ready ``articles``); raises WartaError if nothing is read."""
    options = options or Options()
    if db is not None:
        progress(f"the store {db} is not used by this build: reading the inputs directly")
    result = DigestResult(inputs=[str(p) for p in paths], articles=[], story_id=options.story_id)
    clock = _Clock(result, progress)
    with clock.stage("ingest", ", ".join(result.inputs[:3]) + (" …" if len(result.inputs) > 3 else "")):
        if articles is None:
            result.articles, result.errors = read_articles(paths, options)
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


def summary_json(sentences: Sequence[SummarySentence]) -> dict[str, Any]:
    """The `warta summarize --json` shape: {"sentences": [{text, sources}]}."""
    return {"sentences": [s.to_json() for s in sentences]}
