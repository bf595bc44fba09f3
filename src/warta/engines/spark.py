"""The Spark engine (optional extra ``warta[spark]``): the same partition functions on a cluster.

It runs exactly the functions the local engine runs: ``map_partitions`` turns records into an Arrow
table, runs the partition function in ``DataFrame.mapInArrow`` and collects the result in input
order; ``group_by_key`` groups by a plain column with ``groupBy(key).applyInArrow``. DataFrames,
not RDDs, so that the same code runs locally, on a standalone cluster and through Spark Connect
(TOOLBOX). Spark needs each output schema before it runs, so the partition function is first run
here on one record (or one group) and the schema read from its output.

pyspark is imported only when a ``SparkEngine`` is made: the default path never needs it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from warta.engines.base import PartitionFn, Record

DEFAULT_PARTITIONS = 8
"""Partitions of the input DataFrame when none are asked for."""

_SOURCE_ROOT = str(Path(__file__).resolve().parents[2])
"""The directory that holds the ``warta`` package: Python workers must be able to import it."""


def _arrow_runner(fn: PartitionFn, schema: Any) -> Callable[[Iterable[Any]], Iterator[Any]]:
    """A ``mapInArrow`` function: Arrow batches in, ``fn`` over plain dicts, Arrow batches out."""

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        rows = (row for batch in batches for row in batch.to_pylist())
        out = list(fn(rows))
        if out:
            yield pa.RecordBatch.from_pylist(out, schema=schema)

    return run


def _group_runner(
    fn: Callable[[Any, list[Record]], Iterable[Record]], key: str, schema: Any
) -> Callable[[Any], Any]:
    """An ``applyInArrow`` function: one group's Arrow table in, ``fn(key, records)`` out."""

    def run(table: Any) -> Any:
        import pyarrow as pa

        records = table.to_pylist()
        out = list(fn(records[0][key], records)) if records else []
        return pa.Table.from_pylist(out, schema=schema)

    return run


class SparkEngine:
    """Runs partition functions with PySpark DataFrames (``local[*]`` unless a session is given)."""

    def __init__(
        self, spark: Any = None, partitions: int = DEFAULT_PARTITIONS, master: str = "local[*]"
    ) -> None:
        if spark is None:
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
            if _SOURCE_ROOT not in paths:
                os.environ["PYTHONPATH"] = os.pathsep.join([_SOURCE_ROOT, *paths])
            from pyspark.sql import SparkSession

            spark = (
                SparkSession.builder.master(master)
                .appName("warta")
                .config("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"])
                .config("spark.sql.execution.arrow.pyspark.enabled", "true")
                .config("spark.ui.enabled", "false")
                .getOrCreate()
            )
        self.spark = spark
        self.partitions = partitions

    def stop(self) -> None:
        """Stop the Spark session."""
        self.spark.stop()

    def _frame(self, records: list[Record]) -> Any:
        """A DataFrame whose partitions hold consecutive runs of ``records`` (order is kept: a
        union concatenates partitions and a collect returns them in order)."""
        import pyarrow as pa

        frames = None
        size = -(-len(records) // self.partitions)
        for start in range(0, len(records), size):
            table = pa.Table.from_pylist(records[start : start + size])
            frame = self.spark.createDataFrame(table).coalesce(1)
            frames = frame if frames is None else frames.union(frame)
        return frames

    def map_partitions(self, fn: PartitionFn, records: Iterable[Record]) -> Iterator[Record]:
        """Apply ``fn`` to partitions of ``records`` on Spark; results come back in input order."""
        import pyarrow as pa
        from pyspark.sql.pandas.types import from_arrow_schema

        rows = list(records)
        if not rows:
            return iter(())
        sample = list(fn(rows[:1]))
        if not sample:
            return iter(())
        schema = pa.Table.from_pylist(sample).schema
        result = self._frame(rows).mapInArrow(_arrow_runner(fn, schema), from_arrow_schema(schema))
        return iter(result.toArrow().to_pylist())

    def group_by_key(
        self, records: Iterable[Record], key: str, fn: Callable[[Any, list[Record]], Iterable[Record]]
    ) -> Iterator[Record]:
        """Group ``records`` by ``record[key]`` on Spark and apply ``fn(key_value, group)`` to each
        group (the order of the groups' outputs is not defined on a cluster)."""
        import pyarrow as pa
        from pyspark.sql.pandas.types import from_arrow_schema

        rows = list(records)
        if not rows:
            return iter(())
        first = rows[0][key]
        sample = list(fn(first, [r for r in rows if r[key] == first]))
        if not sample:
            return iter(())
        schema = pa.Table.from_pylist(sample).schema
        frame = self._frame(rows).groupBy(key)
        result = frame.applyInArrow(_group_runner(fn, key, schema), from_arrow_schema(schema))
        return iter(result.toArrow().to_pylist())
