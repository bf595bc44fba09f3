"""The local engine: in-process for one worker, a process pool for more (the default engine)."""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from warta.engines.base import PartitionFn, Record

DEFAULT_PARTITION_SIZE = 256
"""Records per partition: large enough to amortise pickling, small enough to keep memory flat."""


def _partitions(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


_PR_SET_PDEATHSIG = 1
"""prctl option: the signal this process gets when its parent dies (linux/prctl.h)."""


def _exit_with_parent() -> None:
    """Pool worker initializer: ask Linux to end this worker when the process that made the pool dies.

    A SIGKILLed run (an ingest, a dedup) otherwise leaves its pool workers waiting for work forever.
    Harmless elsewhere: a no-op outside a child process and on systems without ``prctl``.
    """
    parent = multiprocessing.parent_process()
    if parent is None or not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent.pid:
        os._exit(1)  # the parent died before the request was made


def _run_partition(fn: PartitionFn, chunk: list[Record]) -> list[Record]:
    return list(fn(chunk))


class LocalEngine:
    """Runs partition functions in this process (workers=1) or in a pool of processes.

    Pool workers end with the process that made the pool, even when it is killed.
    """

    def __init__(self, workers: int | None = 1, partition_size: int = DEFAULT_PARTITION_SIZE) -> None:
        self.workers = workers if workers and workers > 0 else (os.cpu_count() or 1)
        self.partition_size = partition_size

    def map_partitions(self, fn: PartitionFn, records: Iterable[Record]) -> Iterator[Record]:
        """Apply ``fn`` to each partition; results come back in input order."""
        chunks = _partitions(records, self.partition_size)
        if self.workers == 1:
            for chunk in chunks:
                yield from fn(chunk)
            return
        with ProcessPoolExecutor(max_workers=self.workers, initializer=_exit_with_parent) as pool:
            pending = []
            for chunk in chunks:
                pending.append(pool.submit(_run_partition, fn, chunk))
                if len(pending) >= self.workers * 2:
                    yield from pending.pop(0).result()
            for future in pending:
                yield from future.result()

    def group_by_key(
        self, records: Iterable[Record], key: str, fn: Callable[[Any, list[Record]], Iterable[Record]]
    ) -> Iterator[Record]:
        """Group in memory by ``record[key]`` and apply ``fn`` to each group, keys in sorted order."""
        groups: dict[Any, list[Record]] = defaultdict(list)
        for record in records:
            groups[record[key]].append(record)
        for key_value in sorted(groups, key=repr):
            yield from fn(key_value, groups[key_value])
