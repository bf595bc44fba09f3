"""Benchmark: near-duplicate detection at 100k-1M documents, stories at 100k (run by hand).

The corpus is ``../shared/corpus/outlets2022`` scaled up with known ground truth. Documents come in
families: a family's base is a real article (the first 8,446 families) or a synthetic article made
of sentences drawn from the whole corpus; its other members are mutated copies of the base (drop
sentences, swap neighbouring sentences, change numbers, now and then add a sentence at the start or
end). Every pair in one family is a true copy pair; no other pair is.

Documents are generated inside the workers (from a plan of integers built before the pool starts),
so no text of a million documents is ever held in memory: the run keeps signatures (uint32), shingle
counts and exact hashes only. Figures: docs/s, peak memory (this process and the largest worker),
pair precision/recall of the near-copy groups against the families, and a named baseline in the
same run: datasketch MinHash + MinHashLSH on a sample, and exact-hash dedup on all documents.

    PYTHONPATH=src python benchmarks/bench_dedup.py --size 100000
    PYTHONPATH=src python benchmarks/bench_dedup.py --size 1000000 --stories 0
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from warta.engines.local import LocalEngine
from warta.records import Article
from warta.stages.dedup import Edges, Signatures, copy_edges, group_labels
from warta.stages.shingles import NUM_PERM, SHINGLE_SIZE, signature_partition, words

CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "outlets2022" / "articles.jsonl.gz"
)
MEAN_EXTRA_COPIES = 1.0
"""Mean number of mutated copies per family (geometric): about half the documents are copies."""
DROP_PROBABILITY = 0.12
"""Chance that a copy drops a given sentence (at least 60% of the sentences stay)."""
NUMBER_CHANGE_PROBABILITY = 0.3
"""Chance that a copy changes a given number."""
SYNTHETIC_SENTENCES = (8, 24)
"""Sentences in a synthetic base article."""
PARTITION_SIZE = 1024
MIN_SENTENCE_CHARS = 20
MAX_SENTENCE_CHARS = 400
"""Longer "sentences" are tables (match results, calendars) that the segmenter left whole: one of
them would dominate every synthetic article that draws it and join unrelated families."""
BASE_OVERLAP_MAX = 0.2
"""Real articles sharing more than this share of their sentences with earlier ones are skipped."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NUMBER = re.compile(r"\d+")

# Filled before the pool starts; forked workers inherit them.
REAL: list[list[str]] = []
REAL_DATES: list[str] = []
POOL: list[str] = []
POOL_SEEN: set[str] = set()
FAMILY: np.ndarray = np.zeros(0, dtype=np.int64)
VARIANT: np.ndarray = np.zeros(0, dtype=np.int64)


def load_corpus(path: Path) -> None:
    """Sentences of the real base articles, and the sentence pool for synthetic articles.

    The corpus itself holds copies (one article filed twice, boilerplate sentences): an article
    that shares more than ``BASE_OVERLAP_MAX`` of its sentences with earlier ones is left out (an
    exact sentence match, independent of the method under test). Every other article is either a
    base (even positions) or feeds the pool (odd positions), so a synthetic article never contains
    sentences of a real base and families are distinct by construction.
    """
    seen: set[str] = set()
    kept = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            segments = row.get("text_segments") or []
            sentences = [
                s
                for seg in segments
                for s in _SENTENCE_END.split(seg)
                if MIN_SENTENCE_CHARS < len(s) <= MAX_SENTENCE_CHARS
            ]
            if len(sentences) < 3:
                continue
            shared = sum(s in seen for s in sentences)
            seen.update(sentences)
            if shared > BASE_OVERLAP_MAX * len(sentences):
                continue
            kept += 1
            if kept % 2:
                REAL.append(sentences)
                REAL_DATES.append(row.get("date") or "2022-01-01")
            else:
                POOL.extend(s for s in sentences if s not in POOL_SEEN)
                POOL_SEEN.update(sentences)


def plan(size: int, seed: int = 7) -> None:
    """Family and variant number of each document (variant 0 is the family's base)."""
    global FAMILY, VARIANT
    rng = np.random.default_rng(seed)
    sizes = rng.geometric(1.0 / (1.0 + MEAN_EXTRA_COPIES), size=size)
    ends = np.cumsum(sizes)
    families = int(np.searchsorted(ends, size)) + 1
    sizes = sizes[:families]
    sizes[-1] -= int(ends[families - 1] - size)
    FAMILY = np.repeat(np.arange(families, dtype=np.int64), sizes)[:size]
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    VARIANT = np.arange(size, dtype=np.int64) - np.repeat(starts, sizes)[:size]


def base_sentences(family: int) -> list[str]:
    if family < len(REAL):
        return REAL[family]
    rng = np.random.default_rng(1_000_003 * family + 11)
    count = int(rng.integers(*SYNTHETIC_SENTENCES))
    return [POOL[int(i)] for i in rng.integers(0, len(POOL), count)]


def mutate(sentences: list[str], rng: np.random.Generator) -> list[str]:
    """A copy: drop some sentences, swap neighbours, change numbers, maybe add a sentence."""
    keep = [s for s in sentences if rng.random() >= DROP_PROBABILITY]
    if len(keep) < 0.6 * len(sentences):
        keep = sentences[: max(1, int(0.6 * len(sentences) + 0.999))]
    keep = list(keep)
    for _ in range(int(rng.integers(0, 3))):
        if len(keep) > 2:
            i = int(rng.integers(0, len(keep) - 1))
            keep[i], keep[i + 1] = keep[i + 1], keep[i]

    def change(match: re.Match[str]) -> str:
        if rng.random() < NUMBER_CHANGE_PROBABILITY:
            return str(int(match.group()) + int(rng.integers(1, 9)))
        return match.group()

    keep = [_NUMBER.sub(change, s) for s in keep]
    if rng.random() < 0.2:
        keep.insert(0, POOL[int(rng.integers(0, len(POOL)))])
    if rng.random() < 0.2:
        keep.append(POOL[int(rng.integers(0, len(POOL)))])
    return keep


def document(key: int) -> str:
    family, variant = int(FAMILY[key]), int(VARIANT[key])
    sentences = base_sentences(family)
    if variant:
        sentences = mutate(sentences, np.random.default_rng(7_919 * key + 5))
    return " ".join(sentences)


def generate_and_sign(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Partition function: generate each document, then the library's ``signature_partition``."""
    return signature_partition({"key": r["key"], "text": document(r["key"])} for r in records)


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of the largest child, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers (wall time is shared with other jobs)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pair_scores(predicted: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Pair precision and recall of a clustering against the true families (all pairs inside)."""

    def pairs(counts: np.ndarray) -> float:
        c = counts.astype(np.float64)
        return float((c * (c - 1) / 2).sum())

    both = np.unique(predicted.astype(np.int64) * (int(truth.max()) + 1) + truth, return_counts=True)[1]
    shared = pairs(both)
    predicted_pairs = pairs(np.unique(predicted, return_counts=True)[1])
    true_pairs = pairs(np.unique(truth, return_counts=True)[1])
    return shared / max(predicted_pairs, 1.0), shared / max(true_pairs, 1.0)


def run_dedup(size: int, workers: int) -> dict[str, Any]:
    engine = LocalEngine(workers, partition_size=PARTITION_SIZE)
    sig = np.zeros((size, NUM_PERM), dtype=np.uint32)
    counts = np.zeros(size, dtype=np.int32)
    exact = np.zeros(size, dtype=np.int64)
    started = time.perf_counter()
    cpu_started = cpu_seconds()
    records = ({"key": i} for i in range(size))
    for done, out in enumerate(engine.map_partitions(generate_and_sign, records), start=1):
        key = out["key"]
        sig[key] = np.frombuffer(out["sig"], dtype="<u4")
        counts[key] = out["n"]
        exact[key] = out["exact"]
        if done % 100_000 == 0:
            print(f"  signed {done:,} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    signed = time.perf_counter() - started
    edges = copy_edges(Signatures(sig, counts, exact))
    labels = group_labels(size, edges)
    total = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_started
    precision, recall = pair_scores(labels[1], FAMILY[:size])
    own, child = peak_mb()
    return {
        "documents": size,
        "families": int(FAMILY.max()) + 1,
        "seconds_signatures": round(signed, 1),
        "seconds_total": round(total, 1),
        "docs_per_second": round(size / total),
        "cpu_seconds": round(cpu, 1),
        "docs_per_cpu_second": round(size / cpu),
        "confirmed_pairs": len(edges.pairs),
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
        "peak_mb_main": round(own),
        "peak_mb_largest_worker": round(child),
        "peak_mb_total_estimate": round(own + workers * child) if workers > 1 else round(own),
    }


def run_exact_baseline(size: int) -> dict[str, Any]:
    """Baseline 1: exact-hash dedup (what a plain `GROUP BY hash` finds)."""
    started = time.perf_counter()
    hashes = np.fromiter((hash(" ".join(words(document(i)))) for i in range(size)), np.int64, size)
    elapsed = time.perf_counter() - started
    _, labels = np.unique(hashes, return_inverse=True)
    precision, recall = pair_scores(labels, FAMILY[:size])
    return {
        "baseline": "exact hash of the word sequence (one process)",
        "documents": size,
        "docs_per_second": round(size / elapsed),
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
    }


def run_datasketch_baseline(sample: int) -> dict[str, Any]:
    """Baseline 2: datasketch MinHash + MinHashLSH (threshold 0.5), same shingles, one process."""
    from datasketch import MinHash, MinHashLSH

    started = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    hashes = []
    for i in range(sample):
        tokens = words(document(i))
        shingles = {
            " ".join(tokens[j : j + SHINGLE_SIZE]) for j in range(max(1, len(tokens) - SHINGLE_SIZE + 1))
        }
        minhash = MinHash(num_perm=NUM_PERM)
        minhash.update_batch([s.encode("utf-8") for s in shingles])
        lsh.insert(str(i), minhash)
        hashes.append(minhash)
    pairs = {(i, int(j)) for i, m in enumerate(hashes) for j in lsh.query(m) if int(j) > i}
    elapsed = time.perf_counter() - started
    edges = Edges(
        np.asarray(sorted(pairs), dtype=np.int64).reshape(-1, 2), np.ones(len(pairs), dtype=np.int8)
    )
    labels = group_labels(sample, edges)[1]
    precision, recall = pair_scores(labels, FAMILY[:sample])
    return {
        "baseline": "datasketch MinHash+MinHashLSH(threshold=0.5), one process",
        "documents": sample,
        "docs_per_second": round(sample / elapsed),
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
    }


def run_stories(size: int) -> dict[str, Any]:
    """Stories for ``size`` generated documents (dated: the base's date plus 0-2 days per copy)."""
    from warta.stages.stories import build_stories

    articles = []
    for i in range(size):
        family = int(FAMILY[i])
        day = REAL_DATES[family % len(REAL_DATES)][:10]
        offset = int(VARIANT[i]) % 3
        published = f"{day}T{8 + offset:02d}:00:00+07:00"
        articles.append(
            Article(source=str(i), paragraphs=(document(i),), outlet=f"outlet{i % 12}", published=published)
        )
    started = time.perf_counter()
    stories = build_stories(articles)
    elapsed = time.perf_counter() - started
    position = {a.id: n for n, a in enumerate(articles)}
    labels = np.zeros(size, dtype=np.int64)
    for n, story in enumerate(stories):
        for article_id in story.article_ids:
            labels[position[article_id]] = n
    _, recall = pair_scores(labels, FAMILY[:size])
    own, _ = peak_mb()
    return {
        "documents": size,
        "stories": len(stories),
        "seconds": round(elapsed, 1),
        "docs_per_second": round(size / elapsed),
        "copy_family_pairs_kept_in_one_story": round(recall, 4),
        "peak_mb_main": round(own),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000, help="documents to deduplicate")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline-sample", type=int, default=5_000, help="documents for datasketch")
    parser.add_argument("--stories", type=int, default=100_000, help="documents for stories (0: skip)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"bench_dedup: {args.corpus}: corpus not found")
    load_corpus(args.corpus)
    plan(max(args.size, args.stories, args.baseline_sample))
    print(f"corpus: {len(REAL):,} real articles, {len(POOL):,} sentences", file=sys.stderr)
    results: dict[str, Any] = {"load_average_at_start": [round(x, 1) for x in os.getloadavg()]}
    results["warta_dedup"] = run_dedup(args.size, args.workers)
    print(json.dumps(results["warta_dedup"]), file=sys.stderr)
    results["baseline_datasketch"] = run_datasketch_baseline(args.baseline_sample)
    results["baseline_exact_hash"] = run_exact_baseline(min(args.size, 100_000))
    results["ratio_docs_per_second_vs_datasketch"] = round(
        results["warta_dedup"]["docs_per_second"] / results["baseline_datasketch"]["docs_per_second"], 1
    )
    if args.stories:
        results["warta_stories"] = run_stories(args.stories)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
