"""Input readers: paths, folders, globs → RawDoc records (or a BadInput naming the reason).

This module is the only place that touches input files. It accepts files, folders (walked
recursively) and glob patterns the shell did not expand; ``.txt``, ``.html``/``.htm``, ``.jsonl`` and
``.csv`` exports of pre-extracted articles, and ``.gz`` of any of them. The encoding and the kind
(HTML or text dump) come from the content (see ``warta.io.decode``), not only from the name. A bad
input — binary, empty, too big, undecodable, a broken row — yields one ``BadInput(source, reason)``
and the batch goes on.
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import io
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from warta.errors import BadInput
from warta.io.decode import DecodeError, decode_bytes, detect_kind
from warta.lang.id.columns import ROW_FIELD_ALIASES
from warta.options import Options
from warta.records import RawDoc

PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".shtml"})
"""Files holding one page each (a text dump or HTML)."""

ROW_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})
"""Files holding one pre-extracted article per row."""

GZIP_SUFFIX = ".gz"
GZIP_MAGIC = b"\x1f\x8b"

GLOB_CHARS = frozenset("*?[")

ROWS_SNIFF_BYTES = 65536
"""How much of a JSONL/CSV export its encoding is judged on."""


ROW_BODY_FIELDS = ("text", "html")


def _is_glob(name: str) -> bool:
    return any(ch in GLOB_CHARS for ch in name)


def _readable_suffix(path: Path) -> bool:
    """Whether a file met while walking a folder is one warta reads (others are skipped silently)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == GZIP_SUFFIX:
        suffixes = suffixes[:-1]
    return bool(suffixes) and (suffixes[-1] in PAGE_SUFFIXES or suffixes[-1] in ROW_SUFFIXES)


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under ``folder``, recursively, sorted, skipping hidden files and folders."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and _readable_suffix(path):
            yield path


def iter_paths(paths: Iterable[str]) -> Iterator[Path | BadInput]:
    """Files named by ``paths``: files as given, folders recursively, unexpanded globs expanded."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif _is_glob(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield BadInput(name, "no file matches this pattern")
            for match in matches:
                found = Path(match)
                if found.is_dir():
                    yield from _walk(found)
                elif found.is_file():
                    yield found
        else:
            yield BadInput(name, "no such file or directory")


def _inner_suffix(path: Path) -> str:
    """The suffix that says what a file holds: ``a.jsonl.gz`` → ``.jsonl``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == GZIP_SUFFIX:
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _starts_with_gzip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    except OSError:
        return False


def _open_limited(path: Path, options: Options) -> bytes:
    """All bytes of ``path`` (decompressed if .gz, or if gzip bytes hide under another name: pages
    saved from a server that sent them compressed); BadInput when empty or over the size limit."""
    limit = options.max_input_bytes
    source = str(path)
    if path.suffix.lower() == GZIP_SUFFIX or _starts_with_gzip(path):
        try:
            with gzip.open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise BadInput(source, f"corrupt gzip file ({exc})") from exc
    else:
        try:
            size = path.stat().st_size
            if size > limit:
                raise BadInput(source, f"too large: {size} bytes, over the limit of {limit} bytes")
            data = path.read_bytes()
        except OSError as exc:
            raise BadInput(source, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise BadInput(source, f"too large: over the limit of {limit} bytes once decompressed")
    if not data.strip():
        raise BadInput(source, "empty file")
    return data


def read_page(source: str, raw: bytes, options: Options) -> RawDoc:
    """One page's bytes → a RawDoc of kind html or text; raises BadInput with the reason."""
    if not raw.strip():
        raise BadInput(source, "empty file")
    if len(raw) > options.max_input_bytes:
        raise BadInput(source, f"too large: {len(raw)} bytes, over the limit of {options.max_input_bytes}")
    try:
        decoded = decode_bytes(raw)
    except DecodeError as exc:
        raise BadInput(source, str(exc)) from exc
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        raise BadInput(source, "empty file (only whitespace)")
    kind = options.force_kind or detect_kind(text)
    return RawDoc(source=source, kind=kind, data=text, encoding=decoded.encoding, raw=raw)  # type: ignore[arg-type]


def _cell(value: Any) -> Any:
    """A row value as warta reads it: lists of text segments joined into paragraphs."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip())
    return value


def canonical_row(row: dict[str, Any]) -> dict[str, Any]:
    """The row with warta's field names filled from the export's own column names."""
    lowered = {str(key).strip().lower(): _cell(value) for key, value in row.items()}
    fields = {key: value for key, value in lowered.items() if value not in (None, "")}
    for name, aliases in ROW_FIELD_ALIASES.items():
        if fields.get(name) not in (None, ""):
            continue
        for alias in aliases:
            value = fields.get(alias)
            if value not in (None, "") and (not isinstance(value, str) or value.strip()):
                fields[name] = value
                break
    return fields


def _row_doc(source: str, row: Any, raw: bytes, options: Options) -> RawDoc:
    """One pre-extracted row → a RawDoc of kind "record"; raises BadInput for a broken row."""
    if not isinstance(row, dict):
        raise BadInput(source, f"row is a JSON {type(row).__name__}, not an object")
    fields = canonical_row(row)
    body_field = next(
        (key for key in ROW_BODY_FIELDS if isinstance(fields.get(key), str) and fields[key].strip()),
        None,
    )
    if body_field is None:
        raise BadInput(source, "row has no non-empty 'text' or 'html' field")
    if len(raw) > options.max_input_bytes:
        raise BadInput(
            source, f"too large: row of {len(raw)} bytes, over the limit of {options.max_input_bytes}"
        )
    return RawDoc(
        source=source, kind="record", data=fields[body_field], encoding="utf-8", raw=raw, fields=fields
    )


def _open_stream(path: Path) -> IO[bytes]:
    """A binary stream of the file's content, decompressed on the fly for .gz."""
    if path.suffix.lower() == GZIP_SUFFIX or _starts_with_gzip(path):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _stream_encoding(path: Path) -> str:
    """The encoding of a row file, judged on its start (row files are written by programs)."""
    with _open_stream(path) as stream:
        head = stream.read(ROWS_SNIFF_BYTES)
    if not head.strip():
        raise BadInput(str(path), "empty file")
    if len(head) == ROWS_SNIFF_BYTES and b"\n" in head:
        head = head[: head.rfind(b"\n") + 1]  # do not judge on a character cut in half
    try:
        encoding = decode_bytes(head).encoding
    except DecodeError as exc:
        raise BadInput(str(path), str(exc)) from exc
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"  # these codecs read and drop the byte-order mark themselves
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig" if encoding == "utf-8" else encoding


def _jsonl_rows(source: str, lines: Iterable[str], options: Options) -> Iterator[RawDoc | BadInput]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row_source = f"{source}#{number}"
        if len(line) > options.max_input_bytes:
            yield BadInput(row_source, f"too large: row over the limit of {options.max_input_bytes} bytes")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadInput(row_source, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield _row_doc(row_source, row, line.rstrip("\r\n").encode("utf-8"), options)
        except BadInput as bad:
            yield bad


def _csv_rows(source: str, handle: IO[str], options: Options) -> Iterator[RawDoc | BadInput]:
    csv.field_size_limit(max(options.max_input_bytes, 1 << 20))
    reader = csv.DictReader(handle)
    header = [name.strip().lower() for name in reader.fieldnames or []]
    body_columns = {alias for name in ROW_BODY_FIELDS for alias in ROW_FIELD_ALIASES[name]}
    if not body_columns.intersection(header):
        yield BadInput(source, "CSV header has no 'text' or 'html' column (nor a known alias)")
        return
    reader.fieldnames = header
    number = 0
    while True:
        number += 1
        row_source = f"{source}#{number}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield BadInput(row_source, f"invalid CSV row ({exc})")
            return
        if None in row:
            yield BadInput(row_source, "CSV row has more cells than the header")
            continue
        try:
            raw = json.dumps(row, ensure_ascii=False).encode("utf-8")
            yield _row_doc(row_source, row, raw, options)
        except BadInput as bad:
            yield bad


def _read_rows(path: Path, options: Options) -> Iterator[RawDoc | BadInput]:
    """Rows of a JSONL or CSV export (plain or .gz), streamed: such exports may be large; the size
    limit applies to each row."""
    source = str(path)
    try:
        encoding = _stream_encoding(path)
        with _open_stream(path) as binary, io.TextIOWrapper(binary, encoding=encoding, newline="") as text:
            if _inner_suffix(path) == ".csv":
                yield from _csv_rows(source, text, options)
            else:
                yield from _jsonl_rows(source, text, options)
    except BadInput as bad:
        yield bad
    except (OSError, EOFError, zlib.error) as exc:
        yield BadInput(source, f"cannot read: {exc}")
    except UnicodeDecodeError as exc:
        yield BadInput(source, f"undecodable: not {exc.encoding} after byte {exc.start} of a row")


def read_file(path: Path, options: Options) -> Iterator[RawDoc | BadInput]:
    """Every document in one file: one page, or one per JSONL/CSV row."""
    if _inner_suffix(path) in ROW_SUFFIXES:
        yield from _read_rows(path, options)
        return
    try:
        yield read_page(str(path), _open_limited(path, options), options)
    except BadInput as bad:
        yield bad


def read_inputs(paths: Iterable[str], options: Options) -> Iterator[RawDoc | BadInput]:
    """Every input document under ``paths``; a bad one yields a BadInput and the batch goes on."""
    for item in iter_paths(paths):
        if isinstance(item, BadInput):
            yield item
        else:
            yield from read_file(item, options)
