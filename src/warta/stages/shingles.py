"""Word shingles and MinHash signatures: the per-document half of near-duplicate detection.

Why this shape: a million documents must fit in a few gigabytes, so nothing here keeps a Python
object per shingle. Tokens are hashed in Rust by rensa, k-word shingles are combined from the token
hashes with numpy arithmetic (uint64, wrapping), and a whole partition of documents is signed in one
rensa call. A signature is ``NUM_PERM`` uint32 values; band keys are uint64 integers.

The partition functions (``signature_partition``, ``band_partition``) take and yield plain dicts
so that any engine (the local process pool, Spark ``mapInArrow``) runs them unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np
from rensa import RMinHash

NUM_PERM = 128
"""MinHash permutations: 128 gives a Jaccard estimate within about ±0.04 at J = 0.5."""

NUM_BANDS = 42
"""LSH bands of ``NUM_PERM // NUM_BANDS`` rows. 32 bands of 4 rows catch pairs from a Jaccard of
about 0.45 up (TOOLBOX: 16 bands act like a 0.7 threshold and miss trimmed copies)."""

SHINGLE_SIZE = 5
"""Words per shingle. Five words are rare enough that unrelated news on one topic share few shingles
but a copy with a changed number or a dropped sentence keeps most of them."""

MINHASH_SEED = 20231
"""Fixed seed: signatures computed in different processes or runs must be comparable."""

_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
"""Odd 64-bit constant (golden ratio) that mixes consecutive token hashes into one shingle hash."""

_BAND_MULTIPLIER = np.uint64(0xC2B2AE3D27D4EB4F)
"""Second odd constant for folding the rows of one band into its key."""

_WORD = re.compile(r"\w+", re.UNICODE)
_SOFT_CHARACTERS = re.compile("[\u00ad\u200b\u200c\u200d\ufeff]")


def normalise(text: str) -> str:
    """Case-folded, NFKC text without soft hyphens or zero-width characters (the same article
    copied through different CMSes differs in exactly these). ASCII text skips the Unicode work."""
    if text.isascii():
        return text.lower()
    return _SOFT_CHARACTERS.sub("", unicodedata.normalize("NFKC", text)).casefold()


def words(text: str) -> list[str]:
    """The word tokens of the normalised text; punctuation and spacing never count."""
    return _WORD.findall(normalise(text))


def shingle_hashes(token_hashes: np.ndarray, size: int = SHINGLE_SIZE, distinct: bool = True) -> np.ndarray:
    """uint64 hashes of the ``size``-word shingles of one document (distinct ones by default;
    MinHash itself does not need them distinct, a repeated shingle cannot change a minimum).

    A document shorter than ``size`` words becomes one shingle of all its words, so that short
    texts still get a (comparable) signature.
    """
    tokens = np.asarray(token_hashes, dtype=np.uint64)
    if len(tokens) == 0:
        return tokens
    width = min(size, len(tokens))
    count = len(tokens) - width + 1
    combined = tokens[:count].copy()
    for offset in range(1, width):
        combined *= _SHINGLE_MULTIPLIER
        combined ^= tokens[offset : offset + count]
    return np.unique(combined) if distinct else combined


def exact_hash(token_hashes: np.ndarray) -> int:
    """A 63-bit hash of the whole word sequence: equal for texts that differ only in case,
    spacing or punctuation (the ``identical`` relation)."""
    tokens = np.asarray(token_hashes, dtype=np.uint64)
    weights = np.arange(1, len(tokens) + 1, dtype=np.uint64) * _SHINGLE_MULTIPLIER
    folded = int(np.bitwise_xor.reduce(tokens * weights)) if len(tokens) else 0
    return (folded ^ len(tokens)) & 0x7FFFFFFFFFFFFFFF


def sign_texts(texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signatures of many texts in one call.

    Returns ``(signatures, shingle_counts, exact_hashes)``: a ``(n, NUM_PERM)`` uint32 matrix, the
    number of shingles of each text (int32, for the containment estimate: repeated 5-word shingles
    are rare in prose, so the count is not made distinct, which would cost a sort per text) and
    the int64 exact hash of each word sequence.
    """
    token_lists = [words(text) for text in texts]
    n = len(token_lists)
    if n == 0:
        empty = np.zeros((0, NUM_PERM), dtype=np.uint32)
        return empty, np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
    hashed = RMinHash.hash_token_sets(token_lists)
    shingle_sets: list[np.ndarray] = []
    exact = np.zeros(n, dtype=np.int64)
    for i, token_hashes in enumerate(hashed):
        array = np.asarray(token_hashes, dtype=np.uint64)
        exact[i] = exact_hash(array)
        shingles = shingle_hashes(array, distinct=False)
        # An empty text gets one constant shingle: it matches other empty texts only.
        shingle_sets.append(shingles if len(shingles) else np.zeros(1, dtype=np.uint64))
    counts = np.fromiter((len(s) for s in shingle_sets), dtype=np.int32, count=n)
    offsets = np.zeros(n + 1, dtype=np.uint64)
    offsets[1:] = np.cumsum(counts, dtype=np.uint64)
    flat = np.concatenate(shingle_sets)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(flat, offsets, NUM_PERM, MINHASH_SEED)
    signatures = np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(n, NUM_PERM)
    return signatures, counts, exact


def signature_partition(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Partition function: ``{"key", "text"}`` records in, ``{"key", "sig", "n", "exact"}`` out.

    ``sig`` is the signature as little-endian uint32 bytes (``NUM_PERM * 4`` bytes), ``n`` the
    number of distinct shingles and ``exact`` the exact word-sequence hash.
    """
    batch = list(records)
    signatures, counts, exact = sign_texts(record["text"] for record in batch)
    for i, record in enumerate(batch):
        yield {
            "key": record["key"],
            "sig": signatures[i].astype("<u4").tobytes(),
            "n": int(counts[i]),
            "exact": int(exact[i]),
        }


def signature_from_bytes(data: bytes) -> np.ndarray:
    """Inverse of the ``sig`` bytes of ``signature_partition`` (and of the stored signatures)."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def band_keys(signatures: np.ndarray, bands: int = NUM_BANDS) -> np.ndarray:
    """``(n, bands)`` uint64 keys: each band's rows folded into one integer, salted by band number
    so that equal values in different bands never collide."""
    n, perms = signatures.shape
    rows = perms // bands
    view = signatures[:, : rows * bands].astype(np.uint64).reshape(n, bands, rows)
    keys = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64), (n, bands)).copy()
    for r in range(rows):
        keys *= _BAND_MULTIPLIER
        keys ^= view[:, :, r]
    return keys


def band_partition(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Partition function: ``{"key", "sig"}`` in, one ``{"band_key", "key"}`` per band out, for
    engines that group by band key in a shuffle (Spark) rather than with an in-memory sort."""
    for record in records:
        signature = signature_from_bytes(record["sig"]).reshape(1, -1)
        # As signed 64-bit integers: the widest integer every engine's columns hold (Arrow, Spark).
        for band_key in band_keys(signature)[0].view(np.int64):
            yield {"band_key": int(band_key), "key": record["key"]}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Indonesian function words (PySastrawi's list): they say nothing about what a text is about."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


def content_words(text: str) -> list[str]:
    """Words that carry the subject of a text: no stopwords, no one-letter tokens.

    Numbers stay: the same figures in two texts are evidence of the same source.
    """
    stop = stopwords()
    return [w for w in words(text) if len(w) > 1 and w not in stop]
