"""Syndication: which pages are copies of one text, and who published it first.

Three relations, from strongest to weakest:

- ``identical``: the same words (case, spacing and punctuation aside), e.g. one page under two URLs.
- ``near_copy``: MinHash LSH finds the pair (32 bands of 4 rows over 5-word shingles) and the
  signatures confirm it: estimated Jaccard ≥ ``NEAR_JACCARD`` or, for trimmed and extended copies,
  estimated containment of the shorter text in the longer ≥ ``NEAR_CONTAINMENT``.
- ``rewrite``: the same source told in other words (two translations of one wire story share only
  about 12% of their 5-word shingles, so MinHash cannot see them). Candidates are pairs that share
  several of their top TF-IDF terms (a blocking by term, like banding); a pair is a rewrite when its
  TF-IDF cosine is high and the two were published within days of each other, with a lower bar when
  both credit the same wire.

Pairs are joined into groups (connected components); a group's relation is the weakest link needed
to hold it together. Provenance: the original is the member whose outlet is a wire the others
credit, else the earliest published; members without a stated date get the earliest member's date
as an inferred date.

Per-document work (signatures) runs through an engine's ``map_partitions``; the pair search is a
sort by band key (the in-memory equivalent of ``group_by_key``) over numpy arrays, so that a million
documents stay within a few gigabytes.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any
from urllib.parse import urlparse

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components

from warta.engines.base import Engine
from warta.lang.id.outlets import WIRE_AGENCIES
from warta.options import Options
from warta.records import Article, CopyGroup, Relation, days_between, iso_datetime
from warta.stages.shingles import (
    NUM_BANDS,
    NUM_PERM,
    band_keys,
    content_words,
    signature_from_bytes,
    signature_partition,
)

NEAR_JACCARD = 0.5
"""Estimated Jaccard of 5-word shingles from which two texts are near copies (edited re-runs)."""

NEAR_CONTAINMENT = 0.8
"""Estimated share of the shorter text's shingles found in the longer one: a trimmed or extended
copy keeps most of its sentences even when the Jaccard falls with the length difference."""

MIN_CONTAINMENT_SHINGLES = 40
"""Containment counts only when the shorter text has this many shingles (a few sentences): a
two-line teaser inside a long article is not a copy of it."""

MAX_BUCKET = 200
"""Band buckets larger than this (boilerplate, empty pages) yield only a chain of neighbours, not
all pairs: the pair count stays linear while identical texts still connect."""

REWRITE_COSINE = 0.5
"""TF-IDF cosine from which two texts that credit the same wire are one story in other words
(the two translations of seeds 000/001 score 0.64; other stories on the same topic about 0.2)."""

REWRITE_COSINE_UNCREDITED = 0.8
"""Higher bar when the pair does not credit a common wire: independent reports of one event also
share names and figures (detik follow-ups of one event score 0.76-0.82)."""

MAX_SECTION_CHARS = 24
"""A first URL path segment this short and without digits names a section or regional sub-site
(``/jabar/``, ``/berita/``), not an article."""

REWRITE_MAX_DAYS = 3
"""A rewrite is published within this many days of its source (when both dates are known)."""

REWRITE_TOP_TERMS = 12
"""Top TF-IDF terms per document used as blocking keys for rewrite candidates."""

REWRITE_MIN_SHARED_TERMS = 3
"""Candidate rewrite pairs share at least this many top terms."""

EXHAUSTIVE_REWRITE_LIMIT = 5000
"""Up to this many documents every pair's cosine is computed (a sparse product in chunks); beyond,
candidates come from blocking on top terms."""

REWRITE_MAX_BUCKET = 100
"""Terms that are a top term of more documents than this are too common to block on."""

MIN_WIRE_NAME_CHARS = 3
"""Wire names shorter than this ("AP") are too ambiguous to find in running text."""

EXTRA_WIRE_NAMES = ("ANTARA",)
"""Wires besides ``WIRE_AGENCIES``: Indonesia's national agency, only in capitals ("antara" is the
Indonesian for "between")."""

CREDIT_LEAD_CHARS = 400
"""Characters of the lead searched for a wire credit when the extractor found none."""

_RELATION_RANK: dict[str, int] = {"identical": 0, "near_copy": 1, "rewrite": 2}
_RELATIONS: tuple[Relation, ...] = ("identical", "near_copy", "rewrite")


@dataclass
class Signatures:
    """Signatures of n documents in key order: ``sig`` (n, NUM_PERM) uint32, ``counts`` distinct
    shingles (int32), ``exact`` word-sequence hashes (int64)."""

    sig: np.ndarray
    counts: np.ndarray
    exact: np.ndarray


@dataclass
class Edges:
    """Confirmed pairs ``(a, b)`` with a < b and their relation code (0 identical, 1 near_copy,
    2 rewrite)."""

    pairs: np.ndarray
    codes: np.ndarray


def compute_signatures(records: Iterable[dict[str, Any]], engine: Engine, n: int) -> Signatures:
    """Run ``signature_partition`` over ``{"key": 0..n-1, "text"}`` records on ``engine``."""
    sig = np.zeros((n, NUM_PERM), dtype=np.uint32)
    counts = np.zeros(n, dtype=np.int32)
    exact = np.zeros(n, dtype=np.int64)
    for out in engine.map_partitions(signature_partition, records):
        key = out["key"]
        sig[key] = signature_from_bytes(out["sig"])
        counts[key] = out["n"]
        exact[key] = out["exact"]
    return Signatures(sig, counts, exact)


def _pairs_in_runs(order: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """All pairs of positions that share a key, from one band's sorted keys (capped buckets)."""
    n = len(sorted_keys)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    lengths = np.diff(np.r_[starts, n])
    run_of = np.repeat(np.arange(len(starts)), lengths)
    # Only documents in shared buckets matter: most buckets hold one document.
    shared = lengths[run_of] > 1
    order, run_of = order[shared], run_of[shared]
    big = lengths[run_of] > MAX_BUCKET
    chunks: list[np.ndarray] = []
    for offset in range(1, MAX_BUCKET):
        if offset >= len(order):
            break
        same = run_of[:-offset] == run_of[offset:]
        if offset > 1:
            same &= ~big[:-offset]
        idx = np.flatnonzero(same)
        if len(idx) == 0:
            break
        chunks.append(np.stack([order[idx], order[idx + offset]], axis=1))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    return np.concatenate(chunks).astype(np.int64)


def bucket_pairs(band_key: Any, records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Group function for engines that shuffle by band key (``group_by_key`` over the output of
    ``band_partition``): the candidate pairs ``{"a", "b"}`` (a < b) of one bucket, a chain of
    neighbours for buckets larger than ``MAX_BUCKET`` (as ``candidate_pairs`` does in memory)."""
    keys = sorted({record["key"] for record in records})
    if len(keys) > MAX_BUCKET:
        for a, b in pairwise(keys):
            yield {"a": a, "b": b}
        return
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            yield {"a": a, "b": b}


def candidate_pairs(sig: np.ndarray, bands: int = NUM_BANDS) -> np.ndarray:
    """Distinct pairs (a < b) that share at least one LSH band key: the group-by-band-key step.

    Pairs are kept as int64 codes ``a * n + b`` and de-duplicated after every band, so memory stays
    at one copy of the distinct pairs however many bands find them.
    """
    keys = band_keys(sig, bands)
    n = max(len(sig), 1)
    codes = np.zeros(0, dtype=np.int64)
    for band in range(bands):
        column = keys[:, band]
        order = np.argsort(column, kind="stable")
        pairs = _pairs_in_runs(order, column[order])
        pairs.sort(axis=1)
        codes = np.union1d(codes, pairs[:, 0] * n + pairs[:, 1])
    del keys
    return np.stack([codes // n, codes % n], axis=1)


def score_pairs(
    signatures: Signatures, pairs: np.ndarray, chunk: int = 200_000
) -> tuple[np.ndarray, np.ndarray]:
    """Estimated Jaccard and containment (of the smaller shingle set in the larger) of each pair."""
    jaccard = np.zeros(len(pairs), dtype=np.float32)
    for start in range(0, len(pairs), chunk):
        part = pairs[start : start + chunk]
        jaccard[start : start + chunk] = (signatures.sig[part[:, 0]] == signatures.sig[part[:, 1]]).mean(
            axis=1
        )
    size_a = signatures.counts[pairs[:, 0]].astype(np.float32)
    size_b = signatures.counts[pairs[:, 1]].astype(np.float32)
    shared = jaccard * (size_a + size_b) / (1.0 + jaccard)
    containment = shared / np.maximum(np.minimum(size_a, size_b), 1.0)
    return jaccard, np.minimum(containment, 1.0)


def copy_edges(signatures: Signatures) -> Edges:
    """Confirmed identical and near-copy pairs among all documents (LSH, then signature check)."""
    pairs = candidate_pairs(signatures.sig)
    jaccard, containment = score_pairs(signatures, pairs)
    smaller = np.minimum(signatures.counts[pairs[:, 0]], signatures.counts[pairs[:, 1]])
    identical = signatures.exact[pairs[:, 0]] == signatures.exact[pairs[:, 1]]
    near = (jaccard >= NEAR_JACCARD) | (
        (containment >= NEAR_CONTAINMENT) & (smaller >= MIN_CONTAINMENT_SHINGLES)
    )
    keep = identical | near
    codes = np.where(identical[keep], 0, 1).astype(np.int8)
    return Edges(pairs[keep], codes)


_LATEST = datetime.max.replace(tzinfo=UTC)
"""Sort key of an undated article (dates are aware: see ``iso_datetime``)."""


def _parse_date(value: str | None) -> datetime | None:
    return iso_datetime(value)


_WIRE_NAMES = sorted(
    {name for name in WIRE_AGENCIES.values() if len(name) >= MIN_WIRE_NAME_CHARS} | set(EXTRA_WIRE_NAMES),
    key=len,
    reverse=True,
)
_WIRE_MENTION = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in _WIRE_NAMES) + r")(?!\w)")


def credited_wires(article: Article) -> tuple[str, ...]:
    """The wires an article credits: its stated ``wire_sources``, else wire names written (in
    their own spelling) in the lead or the last paragraph, where credits stand ("dilansir
    Reuters", "Sumber: AFP")."""
    stated = tuple(dict.fromkeys(w.strip() for w in article.wire_sources if w.strip()))
    if stated or not article.paragraphs:
        return stated
    where = f"{article.text[:CREDIT_LEAD_CHARS]}\n{article.paragraphs[-1]}"
    return tuple(dict.fromkeys(_WIRE_MENTION.findall(where)))


def _wires(article: Article) -> set[str]:
    return {w.casefold() for w in credited_wires(article)}


def tfidf_matrix(texts: Iterable[str]) -> csr_matrix:
    """L2-normalised TF-IDF rows (sublinear tf, smoothed idf) over content words."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        tokenizer=content_words, lowercase=False, token_pattern=None, sublinear_tf=True
    )
    return csr_matrix(vectorizer.fit_transform(texts))


def rewrite_candidates(matrix: csr_matrix) -> np.ndarray:
    """Pairs (a < b) worth a cosine check: every pair with cosine ≥ ``REWRITE_COSINE`` in small
    corpora, else pairs that share ``REWRITE_MIN_SHARED_TERMS`` of their top TF-IDF terms."""
    if matrix.shape[0] <= EXHAUSTIVE_REWRITE_LIMIT:
        return _similar_pairs(matrix, REWRITE_COSINE)
    return _blocked_pairs(matrix)


def _similar_pairs(matrix: csr_matrix, threshold: float, chunk: int = 1000) -> np.ndarray:
    """All pairs (a < b) whose cosine reaches ``threshold``."""
    found = []
    for start in range(0, matrix.shape[0], chunk):
        block = (matrix[start : start + chunk] @ matrix.T).tocoo()
        rows = block.row.astype(np.int64) + start
        cols = block.col.astype(np.int64)
        keep = (block.data >= threshold) & (rows < cols)
        found.append(np.stack([rows[keep], cols[keep]], axis=1))
    return np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)


def _blocked_pairs(matrix: csr_matrix) -> np.ndarray:
    """Pairs (a < b) that share ``REWRITE_MIN_SHARED_TERMS`` of their top TF-IDF terms."""
    rows: list[int] = []
    terms: list[int] = []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        data = matrix.data[start:end]
        top = np.argsort(-data)[:REWRITE_TOP_TERMS]
        rows.extend([i] * len(top))
        terms.extend(matrix.indices[start:end][top].tolist())
    if not rows:
        return np.zeros((0, 2), dtype=np.int64)
    row_array = np.asarray(rows, dtype=np.int64)
    term_array = np.asarray(terms, dtype=np.int64)
    order = np.argsort(term_array, kind="stable")
    sorted_terms = term_array[order]
    starts = np.flatnonzero(np.r_[True, sorted_terms[1:] != sorted_terms[:-1]])
    lengths = np.diff(np.r_[starts, len(sorted_terms)])
    chunks = []
    for start, length in zip(starts.tolist(), lengths.tolist(), strict=True):
        if 2 <= length <= REWRITE_MAX_BUCKET:
            members = row_array[order[start : start + length]]
            a, b = np.triu_indices(length, k=1)
            chunks.append(np.stack([members[a], members[b]], axis=1))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(chunks), axis=1)
    n = matrix.shape[0]
    codes, shared = np.unique(pairs[:, 0] * n + pairs[:, 1], return_counts=True)
    codes = codes[shared >= REWRITE_MIN_SHARED_TERMS]
    return np.stack([codes // n, codes % n], axis=1)


def rewrite_edges(articles: Sequence[Article], exclude: np.ndarray) -> Edges:
    """Rewrite pairs: high TF-IDF cosine, published close together, not already copies."""
    empty = Edges(np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int8))
    if len(articles) < 2:
        return empty
    matrix = tfidf_matrix(a.text for a in articles)
    pairs = rewrite_candidates(matrix)
    if len(pairs) == 0:
        return empty
    n = len(articles)
    excluded = set((exclude[:, 0] * n + exclude[:, 1]).tolist()) if len(exclude) else set()
    cosine = np.asarray(matrix[pairs[:, 0]].multiply(matrix[pairs[:, 1]]).sum(axis=1)).ravel()
    keep = []
    for k, (a, b) in enumerate(pairs.tolist()):
        if a * n + b in excluded or cosine[k] < REWRITE_COSINE:
            continue
        first, second = articles[a], articles[b]
        if first.id == second.id or _same_site(first, second):
            continue
        shared_wire = bool(_wires(first) & _wires(second))
        if not shared_wire and cosine[k] < REWRITE_COSINE_UNCREDITED:
            continue
        days = days_between(_date_of(first), _date_of(second))
        if days is not None and days > REWRITE_MAX_DAYS:
            continue
        keep.append(k)
    chosen = pairs[keep] if keep else np.zeros((0, 2), dtype=np.int64)
    return Edges(chosen, np.full(len(chosen), 2, dtype=np.int8))


def _site(article: Article) -> tuple[str, str]:
    """Outlet and site (host plus section or regional sub-site) of an article."""
    host = ""
    if article.url:
        parsed = urlparse(article.url)
        host = parsed.netloc.lower().removeprefix("www.")
        first = parsed.path.strip("/").split("/")[0]
        if first and len(first) <= MAX_SECTION_CHARS and not any(c.isdigit() for c in first):
            host += "/" + first.lower()
    return (article.outlet or "").strip().casefold(), host


def _same_site(first: Article, second: Article) -> bool:
    """Two pages of one site (same outlet and section): an outlet does not rewrite its own story,
    it follows it up, so such pairs are never rewrites."""
    a, b = _site(first), _site(second)
    return a == b and a != ("", "")


def _date_of(article: Article) -> str | None:
    return article.published or article.published_inferred


def _components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected-component label of each of n nodes."""
    if len(pairs) == 0:
        return np.arange(n)
    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels)


def group_labels(n: int, edges: Edges) -> tuple[np.ndarray, ...]:
    """Component labels at three levels: identical only, up to near_copy, all relations."""
    levels = []
    for level in range(3):
        mask = edges.codes <= level
        levels.append(_components(n, edges.pairs[mask]))
    return tuple(levels)


def _group_id(member_keys: Iterable[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(member_keys)).encode("utf-8")).hexdigest()
    return "g-" + digest[:12]


def choose_original(members: Sequence[Article]) -> int:
    """Index of the original among group members.

    A member whose outlet is a wire that other members credit is the original (ANTARA's own page
    in a group of re-runs crediting ANTARA); otherwise the earliest stated publication date;
    undated members come last; ties keep input order.
    """
    credited: set[str] = set()
    for member in members:
        credited |= _wires(member)
    wire_members = [i for i, m in enumerate(members) if (m.outlet or "").strip().casefold() in credited]
    pool = wire_members or list(range(len(members)))

    def sort_key(i: int) -> tuple[int, datetime, int]:
        parsed = _parse_date(members[i].published)
        return (0, parsed, i) if parsed is not None else (1, _LATEST, i)

    return min(pool, key=sort_key)


def build_groups(articles: Sequence[Article], edges: Edges) -> list[CopyGroup]:
    """Copy groups from confirmed pairs, nested by relation.

    Identical texts form ``identical`` groups; those joined by near copies form ``near_copy``
    groups; those joined by rewrites form ``rewrite`` groups. A group is listed at a level only when
    it joins more than one group of the level below, so each pair of pages is first found (in
    output order) in the group that names their strongest relation. ``within`` names the enclosing
    group.
    """
    n = len(articles)
    levels = group_labels(n, edges)
    groups: list[CopyGroup] = []
    enclosing: dict[tuple[int, int], str] = {}
    for level in (2, 1, 0):
        labels = levels[level]
        by_label: dict[int, list[int]] = {}
        for i, label in enumerate(labels.tolist()):
            by_label.setdefault(label, []).append(i)
        for label, indices in by_label.items():
            if len(indices) < 2:
                continue
            below = {int(levels[level - 1][i]) for i in indices} if level > 0 else set()
            if level > 0 and len(below) < 2:
                continue
            group = _make_group(articles, indices, levels, _RELATIONS[level])
            parent = next(
                (
                    enclosing[(up, int(levels[up][indices[0]]))]
                    for up in range(level + 1, 3)
                    if (up, int(levels[up][indices[0]])) in enclosing
                ),
                None,
            )
            groups.append(group.with_within(parent) if parent else group)
            enclosing[(level, label)] = group.id
    groups.sort(key=lambda g: (_RELATION_RANK[g.relation], -len(g.members), g.id))
    return groups


def _make_group(
    articles: Sequence[Article], indices: list[int], levels: tuple[np.ndarray, ...], relation: Relation
) -> CopyGroup:
    """One group: original first, then members by date; per-member relation to the original."""
    identical, near = levels[0], levels[1]
    members = [articles[i] for i in indices]
    original_pos = choose_original(members)
    original = indices[original_pos]
    relations: list[str] = []
    for i in indices:
        if identical[i] == identical[original]:
            relations.append("identical")
        elif near[i] == near[original]:
            relations.append("near_copy")
        else:
            relations.append("rewrite")
    ordered = sorted(
        range(len(indices)),
        key=lambda p: (p != original_pos, _parse_date(_date_of(members[p])) or _LATEST, p),
    )
    wire_counts = Counter(w for m in members for w in credited_wires(m))
    first_date = _earliest_date(members)
    inferred = tuple((m.id, first_date) for m in members if not m.published and first_date is not None)
    return CopyGroup(
        id=_group_id([relation] + [f"{m.id}|{m.source}" for m in members]),
        relation=relation,
        original=articles[original].id,
        members=tuple(members[p].id for p in ordered),
        member_relations=tuple(relations[p] for p in ordered),
        member_sources=tuple(members[p].source for p in ordered),
        credited=tuple(w for w, _ in wire_counts.most_common()),
        inferred=inferred,
    )


def _earliest_date(members: Sequence[Article]) -> str | None:
    dated = [(d, m.published) for m in members if (d := _parse_date(m.published)) is not None]
    return min(dated)[1] if dated else None


def find_copy_groups(
    articles: Sequence[Article],
    options: Options | None = None,
    engine: Engine | None = None,
    rewrites: bool = True,
) -> list[CopyGroup]:
    """Groups of copies among ``articles``: identical, near copies and (optionally) rewrites.

    ``engine`` runs the per-document signatures (default: the local engine with
    ``options.workers``). Articles that share an id (one text read from two sources) are
    ``identical``.
    """
    from warta.engines.local import LocalEngine

    options = options or Options()
    engine = engine or LocalEngine(options.workers)
    signatures = _signatures_per_article(articles, engine)
    edges = copy_edges(signatures)
    if rewrites:
        extra = rewrite_edges(articles, edges.pairs)
        edges = Edges(np.concatenate([edges.pairs, extra.pairs]), np.concatenate([edges.codes, extra.codes]))
    return build_groups(articles, edges)


def _signatures_per_article(articles: Sequence[Article], engine: Engine) -> Signatures:
    """Signatures of ``articles`` in order; a text read from several inputs (one id) is signed once."""
    slot: dict[str, int] = {}
    distinct: list[Article] = []
    for article in articles:
        if article.id not in slot:
            slot[article.id] = len(distinct)
            distinct.append(article)
    records = ({"key": i, "text": a.text} for i, a in enumerate(distinct))
    signed = compute_signatures(records, engine, len(distinct))
    if len(distinct) == len(articles):
        return signed
    index = np.fromiter((slot[a.id] for a in articles), dtype=np.int64, count=len(articles))
    return Signatures(signed.sig[index], signed.counts[index], signed.exact[index])


def inferred_dates(groups: Iterable[CopyGroup]) -> dict[str, str]:
    """Article id → date inferred from its group's earliest member (for undated pages)."""
    result: dict[str, str] = {}
    for group in groups:
        for article_id, value in group.inferred:
            result.setdefault(article_id, value)
    return result


def with_inferred_dates(articles: Sequence[Article], groups: Iterable[CopyGroup]) -> list[Article]:
    """The articles, with ``published_inferred`` filled from their copy group where unknown."""
    dates = inferred_dates(groups)
    return [
        a.with_(published_inferred=dates[a.id])
        if a.published is None and a.published_inferred is None and a.id in dates
        else a
        for a in articles
    ]


def group_to_json(
    group: CopyGroup,
    lookup: Callable[[str], Article | None],
    readings: Mapping[tuple[str, str], Article] | None = None,
) -> dict[str, Any]:
    """The `warta dedup` JSON shape of one group; ``lookup`` finds a member article by id.

    ``readings`` maps (article id, source) to that input's own reading, so that two inputs of one
    text (one id) each show their own url, outlet and date; members not in it fall back to ``lookup``.
    """
    members = []
    for position, article_id in enumerate(group.members):
        relation = group.member_relations[position] if group.member_relations else group.relation
        source = group.member_sources[position] if group.member_sources else None
        reading = readings.get((article_id, source)) if readings and source is not None else None
        article = reading or lookup(article_id)
        inferred = dict(group.inferred).get(article_id)
        members.append(
            {
                "id": article_id,
                "url": article.url if article else None,
                "outlet": article.outlet if article else None,
                "published": (article.published if article else None) or inferred,
                "published_inferred": bool(article and not article.published and inferred),
                "relation": "original" if article_id == group.original and position == 0 else relation,
                "source": source,
            }
        )
    return {
        "id": group.id,
        "relation": group.relation,
        "original": group.original,
        "credited": list(group.credited),
        "within": group.within,
        "members": members,
    }
