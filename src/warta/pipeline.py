"""Library entry points that the CLI, the web app and the engines share (no printing here)."""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypedDict

from warta.engines.local import LocalEngine
from warta.errors import BadInput
from warta.io.readers import read_inputs
from warta.options import Options
from warta.records import Article, Entity, Quote, RawDoc, TimeExpr
from warta.stages.extract import extract
from warta.store.db import RAW_COMPRESSION_LEVEL, Store, StoredRaw, raw_sha256


def clean_file(path: str | Path, options: Options | None = None) -> Article:
    """Read and clean one file into an Article; raises BadInput/NotAnArticle with the reason."""
    options = options or Options()
    first = next(iter(read_inputs([str(path)], options)), None)  # the first input only: rows stay unread
    if first is None:
        raise BadInput(str(path), "no such file")
    if isinstance(first, BadInput):
        raise first
    return extract(first, options)


# -- ingest ----------------------------------------------------------------------------------------

INGEST_PARTITION_SIZE = 32
"""Inputs per engine partition: small enough that a process pool reports progress smoothly."""

INGEST_BATCH_SIZE = 64
"""Results per store transaction: a kill loses at most one uncommitted batch (re-done on resume)."""

INGEST_BATCH_SECONDS = 1.0
"""Commit at least this often even when a batch is not full (slow pages, a kill loses little)."""

Outcome = Literal["stored", "already_present", "error"]


@dataclass(frozen=True)
class IngestEvent:
    """What happened to one input: stored, already present (skipped or same text), or an error.

    ``article_id`` names the article the input holds whenever there is one (stored now, stored by
    an earlier run, or the same text under another name), so callers need not look it up.
    """

    source: str
    outcome: Outcome
    reason: str | None = None
    article_id: str | None = None


@dataclass
class IngestReport:
    """Counts of one ingest run, and every bad input with its reason."""

    stored: int = 0
    already_present: int = 0
    errors: int = 0
    bad_inputs: list[tuple[str, str]] = field(default_factory=list)

    def count(self, event: IngestEvent) -> None:
        if event.outcome == "stored":
            self.stored += 1
        elif event.outcome == "already_present":
            self.already_present += 1
        else:
            self.errors += 1
            self.bad_inputs.append((event.source, event.reason or "bad input"))

    @property
    def seen(self) -> int:
        return self.stored + self.already_present + self.errors

    def summary(self) -> str:
        """The one-line summary the CLI prints."""
        return f"stored {self.stored}, already present {self.already_present}, errors {self.errors}"


class Analysis(TypedDict, total=False):
    """Per-article results of the analysis stages, as kept in the store (all keys optional)."""

    times: list[TimeExpr]
    entities: list[Entity]
    quotes: list[Quote]
    published_inferred: str | None


def analyse(article: Article, options: Options) -> Analysis:
    """Extension point: the per-document analysis run in the workers right after extraction.

    The time, entity and quote stages plug in here (each returns its list for ``article``; the time
    stage may also pin ``published_inferred``); ingest stores whatever keys are present. It must
    stay pure: record in, results out, no I/O.
    """
    from warta.stages.times import times_for_article

    result: Analysis = {}
    found, inferred = times_for_article(article, options.anchor)
    result["times"] = found
    if inferred is not None:
        result["published_inferred"] = inferred
    result.update(_entities_and_quotes(article, options))
    return result


def _entities_and_quotes(article: Article, options: Options) -> Analysis:
    """Who said what: the article's entities (with the user's gazetteer) and its quotes."""
    from warta.lang.id.gazetteer import cached_gazetteer
    from warta.stages.entities import extract_entities
    from warta.stages.quotes import extract_quotes

    entities = extract_entities(article, cached_gazetteer(options.user_gazetteer))
    return {"entities": entities, "quotes": extract_quotes(article, entities)}


def ingest(
    paths: Sequence[str],
    store: Store,
    options: Options,
    progress: Callable[[IngestEvent], None] | None = None,
) -> IngestReport:
    """Read, extract, analyse and store every input under ``paths``; never stops on a bad input.

    Idempotent and resumable: an input whose exact bytes are already stored under its name is
    skipped before extraction, and results are committed in batches, so a killed run loses at most
    the batch in flight and the next run picks up where it stopped, without duplicates. Bad inputs
    get one error row each (and are tried again next time, in case a later warta reads them).
    """
    report = IngestReport()
    engine = LocalEngine(options.workers, partition_size=INGEST_PARTITION_SIZE)
    work = partial(_ingest_partition, options=options)
    batch: list[dict[str, Any]] = []
    last_commit = time.monotonic()
    for result in engine.map_partitions(work, _input_records(read_inputs(paths, options), store)):
        batch.append(result)
        if len(batch) >= INGEST_BATCH_SIZE or time.monotonic() - last_commit >= INGEST_BATCH_SECONDS:
            _commit_batch(store, batch, report, progress)
            batch = []
            last_commit = time.monotonic()
    _commit_batch(store, batch, report, progress)
    return report


def _input_records(docs: Iterable[RawDoc | BadInput], store: Store) -> Iterator[dict[str, Any]]:
    """Plain-dict records for the engine; inputs already stored are marked to skip extraction."""
    for doc in docs:
        if isinstance(doc, BadInput):
            yield {"status": "error", "source": doc.source, "reason": doc.reason, "raw": None}
            continue
        sha = raw_sha256(doc)
        stored_as = store.source_article(doc.source, sha)
        if stored_as is not None:
            yield {"status": "skip", "source": doc.source, "article_id": stored_as}
            continue
        yield {
            "status": "todo",
            "source": doc.source,
            "sha256": sha,
            "kind": doc.kind,
            "data": doc.data,
            "encoding": doc.encoding,
            "raw": doc.raw,
            "fields": doc.fields,
        }


def _ingest_partition(records: Iterable[dict[str, Any]], options: Options) -> Iterator[dict[str, Any]]:
    """Partition function (runs in the workers): raw doc record → article record or error record."""
    for record in records:
        if record["status"] != "todo":
            yield record
            continue
        doc = RawDoc(
            source=record["source"],
            kind=record["kind"],
            data=record["data"],
            encoding=record["encoding"],
            raw=record["raw"],
            fields=record["fields"],
        )
        payload = doc.raw or doc.data.encode("utf-8")
        raw = {
            "source": doc.source,
            "sha256": record["sha256"],
            "size": len(payload),
            "data": zlib.compress(payload, RAW_COMPRESSION_LEVEL),
            "encoding": doc.encoding,
            "kind": doc.kind,
        }
        try:
            article = extract(doc, options)
            analysis = analyse(article, options)
        except BadInput as exc:
            yield {"status": "error", "source": doc.source, "reason": exc.reason, "raw": raw}
            continue
        except Exception as exc:  # a bug must not stop the batch; not kept, so it is retried
            reason = f"internal error: {type(exc).__name__}: {exc}"
            yield {"status": "error", "source": doc.source, "reason": reason, "raw": None}
            continue
        yield {
            "status": "article",
            "source": doc.source,
            "article": article.to_record(),
            "article_id": article.id,
            "analysis": _analysis_to_record(analysis),
            "raw": raw,
        }


def _commit_batch(
    store: Store,
    batch: list[dict[str, Any]],
    report: IngestReport,
    progress: Callable[[IngestEvent], None] | None,
) -> None:
    """Store one batch of results in one transaction, then count and report them."""
    events: list[IngestEvent] = []
    with store.transaction():
        for record in batch:
            events.append(_store_record(store, record))
    for event in events:
        report.count(event)
        if progress is not None:
            progress(event)


def _store_record(store: Store, record: dict[str, Any]) -> IngestEvent:
    source = record["source"]
    status = record["status"]
    if status == "skip":
        return IngestEvent(source, "already_present", article_id=record["article_id"])
    raw = StoredRaw(**record["raw"]) if record.get("raw") else None
    if status == "error":
        store.add_error(source, record["reason"], raw=raw)
        return IngestEvent(source, "error", reason=record["reason"])
    article = Article.from_record(record["article"])
    if not store.add_article(article, raw=raw):
        return IngestEvent(source, "already_present", article_id=record["article_id"])
    _store_analysis(store, record["article_id"], _analysis_from_record(record["analysis"]))
    return IngestEvent(source, "stored", article_id=record["article_id"])


def _store_analysis(store: Store, article_id: str, analysis: Analysis) -> None:
    if "times" in analysis:
        store.save_times(article_id, analysis["times"])
    if "entities" in analysis:
        store.save_entities(article_id, analysis["entities"])
    if "quotes" in analysis:
        store.save_quotes(article_id, analysis["quotes"])
    if analysis.get("published_inferred"):
        store.set_published_inferred(article_id, analysis["published_inferred"])


def _plain(item: TimeExpr | Quote) -> dict[str, Any]:
    """A flat record's fields as a dict. (``dataclasses.asdict`` deep-copies every value and cost
    ~1 ms per article with a few dozen time expressions.)"""
    return {f.name: getattr(item, f.name) for f in fields(item)}


def _analysis_to_record(analysis: Analysis) -> dict[str, Any]:
    """Plain values only, so that any engine (a process pool, Spark) can ship the results."""
    record: dict[str, Any] = {}
    if "times" in analysis:
        record["times"] = [_plain(t) for t in analysis["times"]]
    if "entities" in analysis:
        record["entities"] = [e.to_json() for e in analysis["entities"]]
    if "quotes" in analysis:
        record["quotes"] = [_plain(q) for q in analysis["quotes"]]
    if "published_inferred" in analysis:
        record["published_inferred"] = analysis["published_inferred"]
    return record


def _analysis_from_record(record: dict[str, Any]) -> Analysis:
    analysis: Analysis = {}
    if "times" in record:
        analysis["times"] = [TimeExpr(**t) for t in record["times"]]
    if "entities" in record:
        analysis["entities"] = [Entity.from_json(e) for e in record["entities"]]
    if "quotes" in record:
        analysis["quotes"] = [Quote(**q) for q in record["quotes"]]
    if "published_inferred" in record:
        analysis["published_inferred"] = record["published_inferred"]
    return analysis
