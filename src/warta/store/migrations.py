"""The store's schema as numbered migrations: plain SQL, applied in order, never edited once shipped.

``PRAGMA user_version`` holds the number of the last migration applied. Opening a store applies
every newer migration, each in its own transaction, so a store written by an older warta is
upgraded in place and a half-applied migration never survives a crash. To change the schema, add
a new entry at the end of ``MIGRATIONS``; do not edit an existing one (stores in the wild have it).

Why some columns look the way they do:

- ``articles.seq`` is an explicit INTEGER PRIMARY KEY so that the full-text index (an external
  content FTS5 table keyed by rowid) stays valid across VACUUM, which may renumber implicit rowids.
  ``articles.id`` (the content hash, ``Article.id``) is the key every other table refers to.
- Lists (authors, paragraphs, aliases, mentions, outlets) are JSON text: they are read and written
  whole, never queried element by element.
- Raw input bytes live once per sha256 in ``raw_blobs`` (zlib-compressed): the same bytes read
  under two names, or many rows of one export, are kept once.
- Offsets are named ``start`` and ``"end"`` as in the records; ``end`` is an SQL keyword and is
  quoted wherever it appears.
"""

from __future__ import annotations

V1_CORE = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    url                TEXT,
    source             TEXT NOT NULL,
    title              TEXT,
    outlet             TEXT,
    published          TEXT,
    published_inferred TEXT,
    authors            TEXT NOT NULL DEFAULT '[]',
    editors            TEXT NOT NULL DEFAULT '[]',
    translators        TEXT NOT NULL DEFAULT '[]',
    wire_sources       TEXT NOT NULL DEFAULT '[]',
    dateline           TEXT,
    language           TEXT,
    kind               TEXT NOT NULL,
    paragraphs         TEXT NOT NULL,
    text               TEXT NOT NULL,
    ingested_at        TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles (published, id);
CREATE INDEX articles_by_url ON articles (url);

CREATE TABLE raw_blobs (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    compression TEXT NOT NULL,
    data        BLOB NOT NULL
);

CREATE TABLE raw_inputs (
    source      TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES raw_blobs (sha256),
    encoding    TEXT,
    kind        TEXT,
    article_id  TEXT REFERENCES articles (id) ON DELETE SET NULL,
    error       TEXT,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (source, sha256)
);
CREATE INDEX raw_inputs_by_article ON raw_inputs (article_id);

CREATE TABLE errors (
    seq    INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
"""
"""Version 1: what ingest needs (articles, raw inputs, errors, full-text index, meta)."""

V2_ANALYSIS = """
CREATE TABLE times (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    granularity TEXT NOT NULL,
    end_value   TEXT,
    kind        TEXT NOT NULL DEFAULT 'date',
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX times_by_value ON times (value);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    role       TEXT,
    aliases    TEXT NOT NULL DEFAULT '[]',
    mentions   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX entities_by_name ON entities (name, type);

CREATE TABLE quotes (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    speaker      TEXT,
    speaker_role TEXT,
    kind         TEXT NOT NULL,
    cue          TEXT NOT NULL,
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker);

CREATE TABLE copy_groups (
    id       TEXT PRIMARY KEY,
    relation TEXT NOT NULL,
    original TEXT NOT NULL
);
CREATE TABLE copy_group_members (
    group_id   TEXT NOT NULL REFERENCES copy_groups (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (group_id, ord)
);
CREATE INDEX copy_group_members_by_article ON copy_group_members (article_id);

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    label           TEXT NOT NULL,
    first_published TEXT,
    last_published  TEXT,
    outlets         TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE story_articles (
    story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, ord)
);
CREATE INDEX story_articles_by_article ON story_articles (article_id);

CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature  BLOB NOT NULL,
    band_keys  TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE signature_bands (
    band_key   TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES signatures (article_id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX signature_bands_by_article ON signature_bands (article_id);
"""
"""Version 2: what the later stages keep (times, entities, quotes, copy groups, stories, MinHash
signatures with their LSH band keys so that dedup can extend its results incrementally)."""

V3_READINGS = """
ALTER TABLE raw_inputs ADD COLUMN metadata TEXT;
"""
"""Version 3: each input's own reading of the metadata (JSON: url, title, outlet, published, …).

The same text published by two outlets is one article (one content hash); its copies differ only in
metadata, which dedup needs to name every copy and the first publisher. Rows stored before this
version have NULL here (their reading is the article's own)."""

MIGRATIONS: tuple[str, ...] = (V1_CORE, V2_ANALYSIS, V3_READINGS)
"""Migration ``n`` (1-based) is ``MIGRATIONS[n - 1]``; ``len(MIGRATIONS)`` is the current version."""

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies hold semicolons of their own).

    Statements are run one by one inside a transaction the caller controls, because
    ``executescript`` would commit first and make a migration non-atomic.
    """
    import sqlite3

    found: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                found.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:80]!r}")
    return found
