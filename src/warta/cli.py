"""The `warta` command: a thin layer over the library. Data to stdout, progress to stderr.

Exit status: 0 on success, 1 on a failure of the run (one line on stderr), 2 on bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from warta.errors import WartaError
from warta.options import Options

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
    from warta.digest import read_articles, summary_json
    from warta.errors import WartaError as _Error
    from warta.stages.summary import summarize as _summarize

    options = Options(summary_sentences=sentences)
    articles, errors = read_articles(paths, options)
    for error in errors:
        _progress(f"skipped {error}")
    if not articles:
        raise _Error(f"{', '.join(paths)}: no article could be read")
    result = _summarize(articles, options)
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
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="SQLite store to ingest into (default: a temporary one).",
)
@click.option(
    "--story", "story_id", default=None, help="Summarise only this story (an id of `warta stories`)."
)
@click.option(
    "--sentences", "-n", type=click.IntRange(min=1), default=5, show_default=True, help="Summary sentences."
)
@click.option(
    "--events", type=click.IntRange(min=1), default=20, show_default=True, help="Most timeline events."
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes for per-page work (0 = one per CPU).",
)
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


def main() -> None:
    """Console entry point."""
    cli(prog_name="warta")


if __name__ == "__main__":
    main()
