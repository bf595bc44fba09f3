"""The embedded SQLite store (WAL, FTS5, numbered migrations) that every stage keeps results in."""

from warta.store.db import Store, StoredRaw, raw_sha256
from warta.store.migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "StoredRaw", "raw_sha256"]
