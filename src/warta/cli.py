"""The `warta` command: a thin layer over the library. Data to stdout, progress to stderr.

Exit status: 0 on success, 1 on a failure of the run (one line on stderr), 2 on bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from warta.errors import WartaError
from warta.options import Options

if TYPE_CHECKING:
    from warta.records import Article, Entity
    from warta.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _fail_cleanly(func: F) -> F:
    """Turn a WartaError into one line on stderr and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WartaError as exc:
            click.echo(f"warta: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _kind_option(func: F) -> F:
    func = click.option("--html", "kind", flag_value="html", help="Read FILE as HTML.")(func)
    func = click.option("--text", "kind", flag_value="text", help="Read FILE as a text dump.")(func)
    return func


DEFAULT_DB = "warta.db"
"""The store the store commands use when no --db is given."""


def _db_option(help: str, default: str | None = DEFAULT_DB) -> Callable[[F], F]:
    """The --db option of a command that uses a store (``help`` says how it uses it)."""
    return click.option(
        "--db", type=click.Path(dir_okay=False), default=default, show_default=default is not None, help=help
    )


def _workers_option(help: str) -> Callable[[F], F]:
    """The --workers option of a command that can spread its work over processes."""
    return click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True, help=help)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="warta")
def cli() -> None:
    """Turn raw Indonesian news pages into a sourced digest."""


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@_kind_option
@_fail_cleanly
def clean(file: str, kind: str | None) -> None:
    """Print the clean article in FILE (text dump or HTML) as one JSON object."""
    from warta.pipeline import clean_file

    article = clean_file(file, Options(force_kind=kind))
    _print_json(article.to_json())


# --- summarize / digest (issue 6) ---------------------------------------------------------------


def _progress(message: str) -> None:
    click.echo(f"warta: {message}", err=True)


def _citation_text(ref: Any) -> str:
    from warta.report.html import cite_label

    return f"[{cite_label(ref.to_json())}]"


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--sentences", "-n", type=click.IntRange(min=1), default=5, show_default=True, help="How many sentences."
)
@click.option("--json", "as_json", is_flag=True, help='Print {"sentences": [{text, sources}]}.')
@_fail_cleanly
def summarize(paths: tuple[str, ...], sentences: int, as_json: bool) -> None:
    """Summarise the articles in PATHS (files, folders, JSONL/CSV exports): cited sentences."""
    from warta.digest import summarize_paths, summary_json

    result = summarize_paths(paths, Options(summary_sentences=sentences), progress=_progress)
    if as_json:
        _print_json(summary_json(result))
        return
    for sentence in result:
        click.echo(f"{sentence.text} {' '.join(_citation_text(r) for r in sentence.sources)}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--output",
    "-o",
    "out_dir",
    type=click.Path(file_okay=False),
    default="digest",
    show_default=True,
    help="Folder for report.html, digest.json and digest.md.",
)
@_db_option("SQLite store to ingest into (default: a temporary one).", default=None)
@click.option(
    "--story", "story_id", default=None, help="Summarise only this story (an id of `warta stories`)."
)
@click.option(
    "--sentences", "-n", type=click.IntRange(min=1), default=5, show_default=True, help="Summary sentences."
)
@click.option(
    "--events", type=click.IntRange(min=1), default=20, show_default=True, help="Most timeline events."
)
@_workers_option("Processes for per-page work (0 = one per CPU).")
@_fail_cleanly
def digest(
    paths: tuple[str, ...],
    out_dir: str,
    db: str | None,
    story_id: str | None,
    sentences: int,
    events: int,
    workers: int,
) -> None:
    """The main job: pages about a topic in PATHS → a cited summary, a timeline and a report in DIR."""
    from warta.digest import run_digest, write_digest

    options = Options(summary_sentences=sentences, timeline_events=events, story_id=story_id, workers=workers)
    result = run_digest(paths, options, progress=_progress, db=db)
    written = write_digest(result, out_dir, progress=_progress)
    for note in result.notes:
        _progress(f"note: {note}")
    timings = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    _progress(f"done ({timings})")
    _print_json({k: str(v) for k, v in written.items()})


# -- ingest ----------------------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option("SQLite store to add to (created if absent).")
@_workers_option("Worker processes for extraction (0 = one per CPU).")
@_fail_cleanly
def ingest(paths: tuple[str, ...], db: str, workers: int) -> None:
    """Add the inputs under PATHS (files, folders, globs) to the store.

    Re-ingesting changes nothing; a killed run resumes where it stopped. Each bad input gets one
    line on stderr and one error row; the run goes on and exits 0.
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from warta.pipeline import IngestEvent
    from warta.pipeline import ingest as run_ingest
    from warta.store import Store

    console = Console(stderr=True)
    columns = (
        SpinnerColumn(),
        TextColumn("ingest"),
        BarColumn(),
        TextColumn(
            "{task.completed} inputs: stored {task.fields[stored]}, already present "
            "{task.fields[present]}, errors {task.fields[errors]}"
        ),
        TimeElapsedColumn(),
    )
    with Store(db) as store, Progress(*columns, console=console, disable=not console.is_terminal) as bar:
        task = bar.add_task("ingest", total=None, stored=0, present=0, errors=0)
        counts = {"stored": 0, "already_present": 0, "error": 0}

        def show(event: IngestEvent) -> None:
            counts[event.outcome] += 1
            if event.outcome == "error":
                # Through the bar's console so the live bar is redrawn below the line.
                bar.console.print(
                    f"warta: {event.source}: {event.reason}", markup=False, highlight=False, soft_wrap=True
                )
            bar.update(
                task,
                advance=1,
                stored=counts["stored"],
                present=counts["already_present"],
                errors=counts["error"],
            )

        report = run_ingest(list(paths), store, Options(workers=workers), progress=show)
    click.echo(report.summary(), err=True)


# --- times: the Indonesian temporal tagger -------------------------------------------------------


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check --anchor is an ISO date (a bad one is bad usage: exit 2)."""
    from warta.stages.times import as_date

    if value is not None and as_date(value) is None:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    return value


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--anchor",
    callback=_iso_date,
    help="ISO date that relative expressions resolve against (default: the article's date).",
)
@_kind_option
@_fail_cleanly
def times(file: str, anchor: str | None, kind: str | None) -> None:
    """Print the time expressions of the article in FILE as a JSON list with TIMEX3 values."""
    from warta.pipeline import clean_file
    from warta.stages.times import times_for_article

    article = clean_file(file, Options(force_kind=kind, anchor=anchor))
    found, _inferred = times_for_article(article, anchor)
    _print_json([expr.to_json() for expr in found])


# --- who said what: entities and quotes -------------------------------------------------------


def _gazetteer_option(func: F) -> F:
    return click.option(
        "--gazetteer",
        "gazetteer_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="Your own JSON list of entities to add to the built-in gazetteer.",
    )(func)


def _article_and_entities(
    file: str, kind: str | None, gazetteer_path: str | None
) -> tuple[Article, list[Entity]]:
    """The clean article in FILE and its entities (built-in gazetteer plus the user's own)."""
    from warta.lang.id.gazetteer import load_gazetteer
    from warta.pipeline import clean_file
    from warta.stages.entities import extract_entities

    options = Options(force_kind=kind, user_gazetteer=gazetteer_path)
    article = clean_file(file, options)
    return article, extract_entities(article, load_gazetteer(options.user_gazetteer))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@_kind_option
@_gazetteer_option
@_fail_cleanly
def entities(file: str, kind: str | None, gazetteer_path: str | None) -> None:
    """Print the people, organisations and places of the article in FILE as a JSON list."""
    _article, found = _article_and_entities(file, kind, gazetteer_path)
    _print_json([e.to_json() for e in found])


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@_kind_option
@_gazetteer_option
@_fail_cleanly
def quotes(file: str, kind: str | None, gazetteer_path: str | None) -> None:
    """Print the direct and indirect quotes of the article in FILE, with their speakers, as JSON."""
    from warta.stages.quotes import extract_quotes

    article, found = _article_and_entities(file, kind, gazetteer_path)
    _print_json([q.to_json() for q in extract_quotes(article, found)])


# -- dedup and stories -----------------------------------------------------------------------------


def _existing_store(db: str) -> Store:
    """Open the store at ``db``; a missing file is bad input, not a new empty store."""
    from pathlib import Path

    from warta.errors import BadInput
    from warta.store import Store

    if not Path(db).is_file():
        raise BadInput(db, "no such store (run `warta ingest PATH --db FILE` first)")
    return Store(db)


@cli.command()
@_db_option("SQLite store to read.")
@_workers_option("Worker processes for the signatures (0 = one per CPU).")
@_fail_cleanly
def dedup(db: str, workers: int) -> None:
    """Print the groups of copies among the stored articles as a JSON list.

    Each group: id, relation (identical, near_copy or rewrite), original (the first publisher, or
    the credited wire when it is in the group), members [{id, url, outlet, published}]. Groups are
    saved in the store; undated members get their group's earliest date as an inferred date.
    """
    from warta.corpus import dedup_store

    with _existing_store(db) as store:
        groups = dedup_store(store, Options(workers=workers))
    click.echo(f"{len(groups)} copy groups", err=True)
    _print_json(groups)


@cli.command()
@_db_option("SQLite store to read.")
@click.option("--rebuild", is_flag=True, help="Cluster from scratch instead of extending stored stories.")
@_fail_cleanly
def stories(db: str, rebuild: bool) -> None:
    """Print the stories of the stored articles as a JSON list.

    Each story: id, label, first_published, last_published, outlets [], articles [{id, url, title,
    outlet, published}]. New articles extend the stored stories; --rebuild starts over.
    """
    from warta.corpus import stories_store

    with _existing_store(db) as store:
        result = stories_store(store, Options(), rebuild=rebuild)
    click.echo(f"{len(result)} stories", err=True)
    _print_json(result)


def main() -> None:
    """Console entry point."""
    cli(prog_name="warta")


if __name__ == "__main__":
    main()
