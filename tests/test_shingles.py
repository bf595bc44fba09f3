"""Shingles and MinHash signatures, on sentences written for these tests."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from warta.engines.local import LocalEngine
from warta.stages.shingles import (
    NUM_BANDS,
    NUM_PERM,
    band_keys,
    band_partition,
    content_words,
    shingle_hashes,
    sign_texts,
    signature_from_bytes,
    signature_partition,
    words,
)

BASE = (
    "Pemerintah Kota Lestari membuka pasar murah di dua belas kelurahan mulai Senin pagi. "
    "Wali kota mengatakan harga beras dan minyak goreng dijual lebih rendah dari harga pasar. "
    "Warga antre sejak subuh di halaman kantor kelurahan sambil membawa kartu keluarga. "
    "Dinas perdagangan menyiapkan empat ribu paket sembako untuk setiap lokasi. "
    "Petugas juga memeriksa takaran timbangan agar pembeli tidak dirugikan pedagang. "
    "Kegiatan ini akan berlangsung sampai akhir bulan jika persediaan masih cukup."
)


def test_words_ignore_case_punctuation_and_invisible_characters() -> None:
    assert words("Harga BERAS, naik\u00ad!") == words("harga beras naik")
    assert words("Pasar\u200b murah") == ["pasar", "murah"]


def test_content_words_drop_stopwords_keep_numbers() -> None:
    terms = content_words("Harga beras yang dijual di pasar naik 12 persen")
    assert "yang" not in terms and "di" not in terms
    assert "12" in terms and "beras" in terms


def test_shingle_hashes_are_distinct_and_cover_short_texts() -> None:
    tokens = np.arange(1, 11, dtype=np.uint64)
    assert len(shingle_hashes(tokens, 5)) == 6
    assert len(shingle_hashes(tokens[:3], 5)) == 1
    repeated = np.asarray([1, 2, 1, 2, 1, 2, 1, 2], dtype=np.uint64)
    assert len(shingle_hashes(repeated, 2)) == 2


def test_identical_texts_share_signature_and_exact_hash() -> None:
    sig, counts, exact = sign_texts([BASE, BASE.upper().replace(".", " ."), "Teks lain sama sekali."])
    assert sig.shape == (3, NUM_PERM) and sig.dtype == np.uint32
    assert (sig[0] == sig[1]).all() and exact[0] == exact[1] and counts[0] == counts[1]
    assert exact[0] != exact[2]
    assert (sig[0] == sig[2]).mean() < 0.1


def test_a_trimmed_copy_keeps_a_high_estimated_jaccard() -> None:
    sentences = BASE.split(". ")
    trimmed = ". ".join(sentences[:-1])
    sig, _, _ = sign_texts([BASE, trimmed])
    assert (sig[0] == sig[1]).mean() > 0.6


def test_partition_functions_run_the_same_on_one_or_two_processes() -> None:
    records = [{"key": i, "text": f"{BASE} Nomor {i} tambahan kalimat {i * 7}."} for i in range(40)]
    one = list(LocalEngine(1).map_partitions(signature_partition, records))
    two = list(LocalEngine(2, partition_size=8).map_partitions(signature_partition, records))
    assert one == two
    assert len(signature_from_bytes(one[0]["sig"])) == NUM_PERM
    bands = list(band_partition(one[:2]))
    assert len(bands) == 2 * NUM_BANDS and all(isinstance(b["band_key"], int) for b in bands)


@given(st.lists(st.integers(min_value=0, max_value=2**32 - 1), min_size=NUM_PERM, max_size=NUM_PERM))
def test_band_keys_equal_exactly_for_equal_bands(values: list[int]) -> None:
    sig = np.asarray([values, values], dtype=np.uint32)
    changed = sig.copy()
    changed[1, 0] ^= 1
    keys = band_keys(sig)
    assert keys.shape == (2, NUM_BANDS) and keys.dtype == np.uint64
    assert (keys[0] == keys[1]).all()
    other = band_keys(changed)
    assert other[0, 0] != other[1, 0] and (other[0, 1:] == other[1, 1:]).all()
