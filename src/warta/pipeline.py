"""Library entry points that the CLI, the web app and the engines share (no printing here)."""

from __future__ import annotations

from pathlib import Path

from warta.errors import BadInput
from warta.io.readers import read_inputs
from warta.options import Options
from warta.records import Article
from warta.stages.extract import extract


def clean_file(path: str | Path, options: Options | None = None) -> Article:
    """Read and clean one file into an Article; raises BadInput/NotAnArticle with the reason."""
    options = options or Options()
    docs = list(read_inputs([str(path)], options))
    if not docs:
        raise BadInput(str(path), "no such file")
    first = docs[0]
    if isinstance(first, BadInput):
        raise first
    return extract(first, options)
