from collections.abc import Iterable
from typing import Any

from warta.engines.local import LocalEngine


def _double(records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for record in records:
        yield {"n": record["n"] * 2, "parity": record["n"] % 2}


def test_process_pool_matches_in_process_and_keeps_order() -> None:
    records = [{"n": i} for i in range(1000)]
    serial = list(LocalEngine(workers=1, partition_size=7).map_partitions(_double, records))
    pooled = list(LocalEngine(workers=2, partition_size=7).map_partitions(_double, records))
    assert serial == pooled
    assert [r["n"] for r in serial] == [2 * i for i in range(1000)]


def test_group_by_key_sees_every_member_once() -> None:
    records = list(LocalEngine().map_partitions(_double, [{"n": i} for i in range(10)]))

    def count(key: Any, group: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        yield {"parity": key, "size": len(group)}

    out = list(LocalEngine().group_by_key(records, "parity", count))
    assert sorted((r["parity"], r["size"]) for r in out) == [(0, 5), (1, 5)]
