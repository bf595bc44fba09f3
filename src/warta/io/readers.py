"""Input readers: paths, folders, globs → RawDoc records (or a BadInput naming the reason).

This module is the only place that touches input files. (First cut: plain UTF-8 .txt/.html; the
foundation issue grows it to JSONL/CSV rows, .gz, encoding detection and size limits.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.errors import BadInput
from warta.options import Options
from warta.records import RawDoc


def iter_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Files named by ``paths``: files as given, folders recursively in sorted order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def read_inputs(paths: Iterable[str], options: Options) -> Iterator[RawDoc | BadInput]:
    """Every input document under ``paths``; a bad one yields a BadInput and the batch goes on."""
    for path in iter_paths(paths):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield BadInput(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        text = raw.decode("utf-8", errors="replace")
        kind = options.force_kind or ("html" if "<html" in text[:2000].lower() else "text")
        yield RawDoc(source=str(path), kind=kind, data=text, raw=raw)  # type: ignore[arg-type]
