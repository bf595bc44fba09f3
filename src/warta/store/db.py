"""The embedded store: one SQLite file (WAL, FTS5) that every stage keeps its results in.

Ingest adds articles (keyed by their content hash ``Article.id``), the raw input they came from and
one error row per bad input; the later stages keep time expressions, entities, quotes, copy groups,
stories and MinHash signatures here. Everything is idempotent: adding what is already there changes
nothing, and each ``save_*`` replaces that article's rows.

One connection is shared behind a re-entrant lock, so a ``Store`` may be used from several threads
(the web layer) as well as from one. ``with store.transaction():`` groups writes into one commit;
every public write outside such a block commits on its own.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from warta.errors import WartaError
from warta.records import Article, CopyGroup, Entity, Mention, Quote, RawDoc, Story, TimeExpr, content_hash
from warta.store.migrations import MIGRATIONS, SCHEMA_VERSION, statements

BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another process's transaction before giving up (ingest + web)."""

ID_CHUNK = 500
"""Ids per ``IN (...)`` query when reading many articles: below SQLite's variable limit."""

RAW_COMPRESSION = "zlib"
RAW_COMPRESSION_LEVEL = 6
"""zlib's default level: HTML shrinks ~5x; the cost is paid in the workers during ingest."""

_ARTICLE_COLUMNS = (
    "id, url, source, title, outlet, published, published_inferred, authors, editors, translators, "
    "wire_sources, dateline, language, kind, paragraphs, text, ingested_at"
)
COUNTED_TABLES = (
    "articles",
    "raw_inputs",
    "errors",
    "times",
    "entities",
    "quotes",
    "copy_groups",
    "stories",
    "signatures",
)
"""The tables ``Store.counts`` reports on (fixed names: they are put into SQL text)."""

_LIST_FIELDS = ("authors", "editors", "translators", "wire_sources", "paragraphs")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dump(values: Sequence[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


@dataclass(frozen=True)
class StoredRaw:
    """A raw input ready for the store: bytes already hashed and compressed (by an ingest worker)."""

    source: str
    sha256: str
    size: int
    data: bytes
    encoding: str | None = None
    kind: str | None = None
    compression: str = RAW_COMPRESSION

    @classmethod
    def from_raw_doc(cls, doc: RawDoc) -> StoredRaw:
        """Hash and compress a RawDoc's original bytes (its decoded text when it has none)."""
        payload = doc.raw or doc.data.encode("utf-8")
        return cls(
            source=doc.source,
            sha256=raw_sha256(doc),
            size=len(payload),
            data=zlib.compress(payload, RAW_COMPRESSION_LEVEL),
            encoding=doc.encoding,
            kind=doc.kind,
        )


def raw_sha256(doc: RawDoc) -> str:
    """The sha256 of what came in: the original bytes, or the decoded text for rows without any."""
    return hashlib.sha256(doc.raw or doc.data.encode("utf-8")).hexdigest()


def _article_row(article: Article, ingested_at: str) -> tuple[Any, ...]:
    """The ``articles`` row of an article; its id first (text and hash computed once here)."""
    text = article.text
    return (
        content_hash(text),
        article.url,
        article.source,
        article.title,
        article.outlet,
        article.published,
        article.published_inferred,
        _dump(article.authors),
        _dump(article.editors),
        _dump(article.translators),
        _dump(article.wire_sources),
        article.dateline,
        article.language,
        article.kind,
        _dump(article.paragraphs),
        text,
        ingested_at,
    )


def _reading(article: Article) -> str:
    """One input's metadata of an article as JSON: every field but the (shared) paragraphs."""
    record = article.to_record()
    del record["paragraphs"]
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _article_from_row(row: sqlite3.Row) -> Article:
    values = {k: v for k, v in dict(row).items() if k not in ("id", "text", "ingested_at")}
    for key in _LIST_FIELDS:
        values[key] = tuple(json.loads(values[key]))
    return Article(**values)


class Store:
    """A warta store in one SQLite file (or in memory for tests). Use as a context manager."""

    def __init__(self, path: str | Path = "warta.db") -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            self._conn.row_factory = sqlite3.Row
        except sqlite3.Error as exc:
            raise WartaError(f"{self.path}: cannot open the store: {exc}") from exc
        try:
            self._configure()
            self._migrate()
        except sqlite3.Error as exc:
            self._conn.close()
            raise WartaError(f"{self.path}: cannot open the store: {exc}") from exc

    @classmethod
    def memory(cls) -> Store:
        """A private in-memory store (tests, one-off runs)."""
        return cls(":memory:")

    # -- lifecycle ---------------------------------------------------------------------------------

    def _configure(self) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable against a killed process in WAL mode (only power loss may drop the
            # last commits), and much faster than FULL for many small batches.
            conn.execute("PRAGMA synchronous = NORMAL")

    def _migrate(self) -> None:
        """Apply every migration newer than the file's ``user_version``, each atomically."""
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise WartaError(
                f"{self.path}: store schema {version} is newer than this warta ({SCHEMA_VERSION})"
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction(immediate=True):
                # Another process may have migrated while we waited for the write lock.
                if self.schema_version() >= number:
                    continue
                for statement in statements(MIGRATIONS[number - 1]):
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {number}")

    def schema_version(self) -> int:
        """The number of the last migration applied to this store."""
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        """Group writes into one commit; nested blocks join the outer one. Rolls back on error."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error:
                self._conn.execute("ROLLBACK")
                raise

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- meta --------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value of the key/value ``meta`` table (e.g. the dedup stage's MinHash parameters)."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- ingest: articles, raw inputs, errors ------------------------------------------------------

    def add_article(self, article: Article, raw: RawDoc | StoredRaw | None = None) -> bool:
        """Store ``article`` (and the raw input it came from); True if the article is new.

        Idempotent: an article whose content hash is already stored is left as it is (the first
        reading wins), but its raw input is still recorded, so a copy under another name is known.
        A successful reading of a source clears an earlier error row of that source.
        """
        now = _now()
        row = _article_row(article, now)
        with self.transaction():
            cursor = self._conn.execute(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({', '.join('?' * len(row))}) "
                "ON CONFLICT (id) DO NOTHING",
                row,
            )
            added = cursor.rowcount == 1
            if raw is not None:
                stored = raw if isinstance(raw, StoredRaw) else StoredRaw.from_raw_doc(raw)
                self._add_raw(stored, row[0], None, now, _reading(article))
                self._conn.execute("DELETE FROM errors WHERE source = ?", (stored.source,))
        return added

    def _add_raw(
        self,
        raw: StoredRaw,
        article_id: str | None,
        error: str | None,
        now: str,
        metadata: str | None = None,
    ) -> None:
        self._conn.execute(
            "INSERT INTO raw_blobs (sha256, size, compression, data) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (sha256) DO NOTHING",
            (raw.sha256, raw.size, raw.compression, raw.data),
        )
        self._conn.execute(
            "INSERT INTO raw_inputs "
            "(source, sha256, encoding, kind, article_id, error, ingested_at, metadata) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, sha256) DO UPDATE SET "
            "article_id = excluded.article_id, error = excluded.error, encoding = excluded.encoding, "
            "kind = excluded.kind, metadata = excluded.metadata "
            "WHERE raw_inputs.article_id IS NOT excluded.article_id "
            "OR raw_inputs.error IS NOT excluded.error "
            "OR raw_inputs.metadata IS NOT excluded.metadata",
            (raw.source, raw.sha256, raw.encoding, raw.kind, article_id, error, now, metadata),
        )

    def add_error(self, source: str, reason: str, raw: RawDoc | StoredRaw | None = None) -> None:
        """Record that ``source`` is a bad input and why: one row per source, never a second one.

        ``raw``, when the input could be read, is kept as well (with the reason) so that it can be
        looked at later. A bad input is not "stored": ``has_source`` stays False for it, so a later
        run with a better extractor tries it again.
        """
        now = _now()
        with self.transaction():
            self._conn.execute(
                "INSERT INTO errors (source, reason, at) VALUES (?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, at = excluded.at "
                "WHERE errors.reason != excluded.reason",
                (source, reason, now),
            )
            if raw is not None:
                stored = raw if isinstance(raw, StoredRaw) else StoredRaw.from_raw_doc(raw)
                self._add_raw(stored, None, reason, now)

    def has_source(self, source: str, raw_sha256: str) -> bool:
        """True when these exact bytes under this name were already stored as an article."""
        return self.source_article(source, raw_sha256) is not None

    def source_article(self, source: str, raw_sha256: str | None = None) -> str | None:
        """Id of the article stored from ``source`` (from exactly these bytes when a sha is given)."""
        sql = "SELECT article_id FROM raw_inputs WHERE source = ? AND article_id IS NOT NULL"
        params: tuple[str, ...] = (source,)
        if raw_sha256 is not None:
            sql += " AND sha256 = ?"
            params += (raw_sha256,)
        rows = self._query(sql + " ORDER BY ingested_at DESC LIMIT 1", params)
        return str(rows[0]["article_id"]) if rows else None

    def raw_input(self, source: str) -> bytes | None:
        """The original bytes last stored for ``source`` (None if it was never stored)."""
        rows = self._query(
            "SELECT b.data, b.compression FROM raw_inputs r JOIN raw_blobs b USING (sha256) "
            "WHERE r.source = ? ORDER BY r.ingested_at DESC LIMIT 1",
            (source,),
        )
        if not rows:
            return None
        data = bytes(rows[0]["data"])
        return zlib.decompress(data) if rows[0]["compression"] == RAW_COMPRESSION else data

    def sources(self, article_id: str) -> list[str]:
        """Every input name this article was read from (copies of the same text share an id)."""
        rows = self._query(
            "SELECT DISTINCT source FROM raw_inputs WHERE article_id = ? ORDER BY source", (article_id,)
        )
        return [row["source"] for row in rows]

    def readings(self, article_id: str) -> list[Article]:
        """Every input's own reading of this article: same text, that input's metadata.

        Copies of one text under several names (two outlets re-running one wire story) are a single
        article; its readings keep each copy's url, outlet, title and date, in source order. An
        article added without a raw input has just its own reading.
        """
        article = self.article(article_id)
        return [] if article is None else self.readings_of(article)

    def readings_of(self, article: Article) -> list[Article]:
        """``readings(article.id)`` for an article already read (spares reading its text again)."""
        rows = self._query(
            # SQLite takes the bare column ``metadata`` from the row of max(ingested_at): the
            # latest reading of a source that changed.
            "SELECT source, metadata, max(ingested_at) FROM raw_inputs WHERE article_id = ? "
            "GROUP BY source ORDER BY source",
            (article.id,),
        )
        found = []
        for row in rows:
            if row["metadata"] is None:
                found.append(article.with_(source=row["source"]))
                continue
            values = json.loads(row["metadata"])
            for key in _LIST_FIELDS:
                if key in values:
                    values[key] = tuple(values[key])
            found.append(article.with_(**values))
        return found or [article]

    def errors(self) -> list[dict[str, str]]:
        """Every bad input: ``{source, reason, at}`` in the order they were first seen."""
        rows = self._query("SELECT source, reason, at FROM errors ORDER BY seq")
        return [dict(row) for row in rows]

    # -- reading articles --------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        rows = self._query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return _article_from_row(rows[0]) if rows else None

    def article_ids(self) -> list[str]:
        """All article ids in the stable order of ``articles()``: published, then id."""
        return [row["id"] for row in self._query("SELECT id FROM articles ORDER BY published, id")]

    def articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """All articles (or those of ``ids``, in that order), read in chunks to keep memory flat.

        Default order: published (undated first), then id. The lock is not held between chunks, so
        other threads may use the store while a caller iterates.
        """
        wanted = list(ids) if ids is not None else self.article_ids()
        for offset in range(0, len(wanted), ID_CHUNK):
            chunk = wanted[offset : offset + ID_CHUNK]
            rows = self._query(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            by_id = {row["id"]: row for row in rows}
            for article_id in chunk:
                if article_id in by_id:
                    yield _article_from_row(by_id[article_id])

    def count_articles(self) -> int:
        return int(self._query("SELECT count(*) FROM articles")[0][0])

    def counts(self) -> dict[str, int]:
        """Rows per table (articles, raw_inputs, errors, times, …): for status pages and reports."""
        with self._lock:
            return {
                table: int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in COUNTED_TABLES
            }

    def set_published_inferred(self, article_id: str, value: str | None) -> None:
        """Record the date the article's own words pin when it states none (from the time stage)."""
        with self.transaction():
            self._conn.execute("UPDATE articles SET published_inferred = ? WHERE id = ?", (value, article_id))

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Article ids matching an FTS5 query over title and text, best first (bm25).

        A query that is not valid FTS5 syntax (stray quotes, a lone ``-``) is searched as its words.
        """
        sql = (
            "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        try:
            rows = self._query(sql, (query,))
        except sqlite3.OperationalError:
            words = [w.replace('"', "") for w in query.split()]
            phrase = " ".join(f'"{w}"' for w in words if w)
            if not phrase:
                return []
            rows = self._query(sql, (phrase,))
        return [row["id"] for row in rows]

    # -- per-article analysis: times, entities, quotes ---------------------------------------------

    def _replace_article_rows(
        self, table: str, article_id: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """Replace the article's rows in a per-article table keyed (article_id, ord), in order."""
        names = ", ".join(f'"{name}"' for name in ("article_id", "ord", *columns))
        marks = ", ".join("?" * (len(columns) + 2))
        with self.transaction():
            self._conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self._conn.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                [(article_id, n, *row) for n, row in enumerate(rows)],
            )

    def save_times(self, article_id: str, times: Sequence[TimeExpr]) -> None:
        """Replace the article's time expressions."""
        self._replace_article_rows(
            "times",
            article_id,
            ("start", "end", "text", "value", "granularity", "end_value", "kind"),
            [(t.start, t.end, t.text, t.value, t.granularity, t.end_value, t.kind) for t in times],
        )

    def times(self, article_id: str) -> list[TimeExpr]:
        rows = self._query(
            'SELECT text, start, "end", value, granularity, end_value, kind FROM times '
            "WHERE article_id = ? ORDER BY ord",
            (article_id,),
        )
        return [TimeExpr(**dict(row)) for row in rows]

    def save_entities(self, article_id: str, entities: Sequence[Entity]) -> None:
        """Replace the article's entities."""
        self._replace_article_rows(
            "entities",
            article_id,
            ("name", "type", "role", "aliases", "mentions"),
            [
                (e.name, e.type, e.role, _dump(e.aliases), json.dumps([[m.start, m.end] for m in e.mentions]))
                for e in entities
            ],
        )

    def entities(self, article_id: str | None = None) -> list[tuple[str, Entity]]:
        """``(article_id, Entity)`` pairs of one article, or of all articles when None."""
        sql = "SELECT article_id, name, type, role, aliases, mentions FROM entities"
        rows = self._query(*self._by_article(sql, article_id))
        return [
            (
                row["article_id"],
                Entity(
                    name=row["name"],
                    type=row["type"],
                    role=row["role"],
                    aliases=tuple(json.loads(row["aliases"])),
                    mentions=tuple(Mention(s, e) for s, e in json.loads(row["mentions"])),
                ),
            )
            for row in rows
        ]

    def save_quotes(self, article_id: str, quotes: Sequence[Quote]) -> None:
        """Replace the article's quotes."""
        self._replace_article_rows(
            "quotes",
            article_id,
            ("speaker", "speaker_role", "kind", "cue", "text", "start", "end"),
            [(q.speaker, q.speaker_role, q.kind, q.cue, q.text, q.start, q.end) for q in quotes],
        )

    def quotes(self, article_id: str | None = None) -> list[tuple[str, Quote]]:
        """``(article_id, Quote)`` pairs of one article, or of all articles when None."""
        sql = 'SELECT article_id, speaker, speaker_role, kind, cue, text, start, "end" FROM quotes'
        rows = self._query(*self._by_article(sql, article_id))
        return [
            (row["article_id"], Quote(**{k: v for k, v in dict(row).items() if k != "article_id"}))
            for row in rows
        ]

    @staticmethod
    def _by_article(sql: str, article_id: str | None) -> tuple[str, tuple[str, ...]]:
        if article_id is None:
            return sql + " ORDER BY article_id, ord", ()
        return sql + " WHERE article_id = ? ORDER BY ord", (article_id,)

    # -- corpus results: copy groups, stories, signatures ------------------------------------------

    def replace_copy_groups(self, groups: Sequence[CopyGroup]) -> None:
        """Replace every copy group with ``groups`` (one transaction: readers see old or new)."""
        with self.transaction():
            self._conn.execute("DELETE FROM copy_group_members")
            self._conn.execute("DELETE FROM copy_groups")
            self._conn.executemany(
                "INSERT INTO copy_groups (id, relation, original) VALUES (?, ?, ?)",
                [(g.id, g.relation, g.original) for g in groups],
            )
            self._conn.executemany(
                "INSERT INTO copy_group_members (group_id, ord, article_id) VALUES (?, ?, ?)",
                [(g.id, n, member) for g in groups for n, member in enumerate(g.members)],
            )

    def _member_ids(self, table: str, key: str) -> dict[str, list[str]]:
        """Each group's article ids, in order, from a membership table keyed (``key``, ord)."""
        members: dict[str, list[str]] = {}
        for row in self._query(f"SELECT {key}, article_id FROM {table} ORDER BY {key}, ord"):
            members.setdefault(row[key], []).append(row["article_id"])
        return members

    def copy_groups(self) -> list[CopyGroup]:
        """The saved copy groups (id, relation, original and members only), by id."""
        members = self._member_ids("copy_group_members", "group_id")
        return [
            CopyGroup(
                id=row["id"],
                relation=row["relation"],
                original=row["original"],
                members=tuple(members.get(row["id"], ())),
            )
            for row in self._query("SELECT id, relation, original FROM copy_groups ORDER BY id")
        ]

    def replace_stories(self, stories: Sequence[Story]) -> None:
        """Replace every story with ``stories``."""
        with self.transaction():
            self._conn.execute("DELETE FROM story_articles")
            self._conn.execute("DELETE FROM stories")
            self._conn.executemany(
                "INSERT INTO stories (id, label, first_published, last_published, outlets) "
                "VALUES (?, ?, ?, ?, ?)",
                [(s.id, s.label, s.first_published, s.last_published, _dump(s.outlets)) for s in stories],
            )
            self._conn.executemany(
                "INSERT INTO story_articles (story_id, ord, article_id) VALUES (?, ?, ?)",
                [(s.id, n, a) for s in stories for n, a in enumerate(s.article_ids)],
            )

    def stories(self) -> list[Story]:
        """The saved stories (without their centroid terms), by id."""
        members = self._member_ids("story_articles", "story_id")
        return [
            Story(
                id=row["id"],
                label=row["label"],
                article_ids=tuple(members.get(row["id"], ())),
                first_published=row["first_published"],
                last_published=row["last_published"],
                outlets=tuple(json.loads(row["outlets"])),
            )
            for row in self._query(
                "SELECT id, label, first_published, last_published, outlets FROM stories ORDER BY id"
            )
        ]

    def save_signature(
        self, article_id: str, signature: bytes, band_keys: Sequence[str] | None = None
    ) -> None:
        """Replace the article's MinHash signature and (optionally) its LSH band keys.

        Band keys are indexed, so ``band_candidates`` finds the stored articles that share a band
        with a new one without reading every signature: dedup can extend its results incrementally.
        """
        keys = list(dict.fromkeys(band_keys or ()))
        with self.transaction():
            self._conn.execute("DELETE FROM signatures WHERE article_id = ?", (article_id,))
            self._conn.execute(
                "INSERT INTO signatures (article_id, signature, band_keys) VALUES (?, ?, ?)",
                (article_id, bytes(signature), json.dumps(keys)),
            )
            self._conn.executemany(
                "INSERT INTO signature_bands (band_key, article_id) VALUES (?, ?)",
                [(key, article_id) for key in keys],
            )

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """``(article_id, signature)`` for every stored signature, in article id order."""
        for row in self._query("SELECT article_id, signature FROM signatures ORDER BY article_id"):
            yield row["article_id"], bytes(row["signature"])

    def unsigned_article_ids(self) -> list[str]:
        """Articles with no MinHash signature yet (new since the last dedup), in article order."""
        rows = self._query(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM signatures) "
            "ORDER BY published, id"
        )
        return [row["id"] for row in rows]

    def band_keys(self, article_id: str) -> list[str]:
        rows = self._query("SELECT band_keys FROM signatures WHERE article_id = ?", (article_id,))
        return list(json.loads(rows[0]["band_keys"])) if rows else []

    def band_candidates(self, band_keys: Sequence[str]) -> list[str]:
        """Ids of stored articles sharing at least one of ``band_keys`` (sorted)."""
        found: set[str] = set()
        keys = list(dict.fromkeys(band_keys))
        for offset in range(0, len(keys), ID_CHUNK):
            chunk = keys[offset : offset + ID_CHUNK]
            rows = self._query(
                "SELECT DISTINCT article_id FROM signature_bands "
                f"WHERE band_key IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update(row["article_id"] for row in rows)
        return sorted(found)
