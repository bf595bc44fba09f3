"""The engine seam: how per-document work is run (in-process, a process pool, or Spark).

A stage given to an engine is a *partition function*: an iterable of plain dicts in, an iterable of
plain dicts out, no engine objects inside, picklable (a module-level function). Group stages are
keyed by plain values (LSH band keys). The same functions run unchanged on every engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

Record = dict[str, Any]
PartitionFn = Callable[[Iterable[Record]], Iterable[Record]]


class Engine(Protocol):
    """Runs partition functions over records and groups records by key."""

    def map_partitions(self, fn: PartitionFn, records: Iterable[Record]) -> Iterator[Record]:
        """Apply ``fn`` to partitions of ``records``; output order follows input order."""
        ...

    def group_by_key(
        self, records: Iterable[Record], key: str, fn: Callable[[Any, list[Record]], Iterable[Record]]
    ) -> Iterator[Record]:
        """Group ``records`` by ``record[key]`` and apply ``fn(key_value, group)`` to each group."""
        ...
