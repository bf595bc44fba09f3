"""The Spark engine runs the same partition functions as the local engine, with the same results.

Starting Spark takes a JVM and several seconds, so this runs only with WARTA_TEST_SPARK=1 (and
pyspark installed: ``pip install '.[spark]'``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from warta.engines.local import LocalEngine
from warta.records import Article
from warta.stages.dedup import bucket_pairs, find_copy_groups
from warta.stages.shingles import band_partition, signature_partition

pytestmark = pytest.mark.skipif(os.environ.get("WARTA_TEST_SPARK") != "1", reason="set WARTA_TEST_SPARK=1")

TEXT = (
    "Pemerintah Kota Lestari membuka pasar murah di dua belas kelurahan mulai Senin pagi. "
    "Wali kota mengatakan harga beras dan minyak goreng dijual lebih rendah dari harga pasar. "
    "Warga antre sejak subuh di halaman kantor kelurahan sambil membawa kartu keluarga."
)


@pytest.fixture(scope="module")
def spark_engine() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    from warta.engines.spark import SparkEngine

    engine = SparkEngine(partitions=3)
    yield engine
    engine.stop()


def test_same_signatures_and_band_groups_as_the_local_engine(spark_engine: Any) -> None:
    records = [{"key": i, "text": f"{TEXT} Nomor {i % 4}."} for i in range(12)]
    local = list(LocalEngine(1).map_partitions(signature_partition, records))
    assert list(spark_engine.map_partitions(signature_partition, records)) == local
    bands = list(band_partition(local))
    by_spark = {(r["a"], r["b"]) for r in spark_engine.group_by_key(bands, "band_key", bucket_pairs)}
    by_local = {(r["a"], r["b"]) for r in LocalEngine(1).group_by_key(bands, "band_key", bucket_pairs)}
    assert by_spark == by_local and (0, 4) in by_local


def test_find_copy_groups_on_spark(spark_engine: Any) -> None:
    articles = [Article(source=str(i), paragraphs=(TEXT, f"Tambahan {i}.")) for i in range(3)]
    assert find_copy_groups(articles, engine=spark_engine) == find_copy_groups(articles)
