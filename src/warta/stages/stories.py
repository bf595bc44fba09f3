"""Stories: articles about one event, grouped in time, extended incrementally.

How: every article is a TF-IDF vector of its content words (title and body). Articles are taken in
order of publication, one day at a time; an article joins the most similar *active* story (one
whose last article is at most ``STORY_WINDOW_DAYS`` old) when the cosine to the story's centroid
reaches ``STORY_SIMILARITY``; otherwise it starts a new story. A story therefore never swallows an
article months later unless the two are about the same event: after the pass, stories whose
centroids are nearly the same text (cosine ≥ ``SAME_EVENT_SIMILARITY``) are merged across any gap.

Incremental: a ``Story`` keeps its centroid as its top terms and weights (``Story.terms``), so
``build_stories(new_articles, options, existing)`` places new articles into existing stories without
reading or re-clustering the articles already there.

Each day's articles are compared with the active centroids in one sparse matrix product, so the
cost grows with the number of articles times the stories active in a week, not with the corpus
squared.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import numpy as np
from scipy.sparse import csr_matrix

from warta.options import Options
from warta.records import Article, Story, iso_datetime
from warta.stages.shingles import content_words
from warta.stages.vectors import dateline_length

STORY_SIMILARITY = 0.3
"""Cosine between an article and a story centroid from which the article belongs to the story.
Seeds 000/001 (one wire story, two translations) score 0.64; other China-Russia stories 0.13-0.21."""

STORY_WINDOW_DAYS = 7
"""A story stays open for new articles this many days after its latest article."""

SAME_EVENT_SIMILARITY = 0.8
"""Centroid cosine from which two stories are one event whatever the time between them. High:
template articles (daily exchange-rate reports, weather forecasts) reach 0.6-0.7 across weeks."""

UNDATED_SIMILARITY = 0.6
"""Cosine from which an article with no known date joins a story (no time window can help it)."""

MATCH_TERMS = 150
"""Centroid terms an article is compared with: the heaviest terms carry nearly all of a story's
weight, and cut centroids keep each day's sparse product small (full centroids of large stories
share common words with every article)."""

DAY_BATCH = 1000
"""Articles of one day compared at once (a crawl can date ten thousand articles to one day; the
day's article-by-article similarities are a dense square, so it is cut into batches)."""

CENTROID_TERMS = 64
"""Terms kept in ``Story.terms``: enough for the centroid to place new articles, small to store."""

LABEL_TERMS = 4
"""Terms in a story's label."""

ACRONYM_MAX_CHARS = 4
"""All-capital words up to this length are acronyms (AS, PBB, KPK, NATO) and keep their capitals."""

LABEL_NAMES = 2
"""Names a label starts from before it takes the heaviest remaining terms."""

LABEL_CANDIDATES = 12
"""Top terms among which the label prefers names."""

LEAD_CHARS = 1500
"""Characters of the text read for the written form of label words."""

_LABEL_WORD = re.compile(r"\w[\w-]*")


@dataclass
class _Cluster:
    """A story while it is being built: the sum of its member vectors and its dates."""

    vector: csr_matrix
    members: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    last_day: date | None = None
    outlets: list[str] = field(default_factory=list)
    story_id: str | None = None
    changed: bool = True
    existing: Story | None = None
    matcher: tuple[np.ndarray, np.ndarray] | None = None  # cached top terms, unit length


def _matcher(cluster: _Cluster) -> csr_matrix:
    """The cluster's centroid cut to ``MATCH_TERMS`` terms and normalised (cached until it changes)."""
    if cluster.matcher is None:
        indices, data = cluster.vector.indices, cluster.vector.data
        if len(data) > MATCH_TERMS:
            keep = np.sort(np.argpartition(-data, MATCH_TERMS)[:MATCH_TERMS])
            indices, data = indices[keep], data[keep]
        norm = float(np.linalg.norm(data)) or 1.0
        cluster.matcher = (indices, data / norm)
    return cluster.matcher


_EARLIEST = datetime.min.replace(tzinfo=UTC)
"""Sort key of an undated article (dates are aware: see ``iso_datetime``)."""


def _parse(value: str | None) -> datetime | None:
    return iso_datetime(value)


def _date_of(article: Article) -> str | None:
    return article.published or article.published_inferred


def _day(value: str | None) -> date | None:
    parsed = _parse(value)
    return parsed.date() if parsed else None


def _normalise_rows(matrix: csr_matrix) -> csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    scale = np.repeat(1.0 / norms, np.diff(matrix.indptr))
    result = matrix.copy().astype(np.float64)
    result.data = result.data * scale
    return csr_matrix(result)


def _vectorise(texts: list[str], existing: Sequence[Story]) -> tuple[csr_matrix, list[str], dict[str, int]]:
    """TF-IDF rows (sublinear tf) of ``texts`` over a vocabulary that also holds the existing
    stories' terms; each existing story counts as one document for the document frequencies."""
    from sklearn.feature_extraction.text import CountVectorizer

    vectorizer = CountVectorizer(tokenizer=content_words, lowercase=False, token_pattern=None)
    try:
        counts = csr_matrix(vectorizer.fit_transform(texts), dtype=np.float64)
        vocabulary = list(vectorizer.get_feature_names_out())
    except ValueError:  # no content words at all
        counts = csr_matrix((len(texts), 0), dtype=np.float64)
        vocabulary = []
    index = {term: i for i, term in enumerate(vocabulary)}
    for story in existing:
        for term, _ in story.terms:
            if term not in index:
                index[term] = len(vocabulary)
                vocabulary.append(term)
    counts.resize((len(texts), len(vocabulary)))
    df = np.bincount(counts.indices, minlength=len(vocabulary)).astype(np.float64)
    for story in existing:
        for term, _ in story.terms:
            df[index[term]] += 1
    total = len(texts) + len(existing)
    idf = np.log((1.0 + total) / (1.0 + df)) + 1.0
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    return _normalise_rows(weighted), vocabulary, index


def _existing_vector(story: Story, index: dict[str, int], width: int) -> csr_matrix:
    """The stored centroid of an existing story as a row, weighted by its size."""
    columns = [index[term] for term, _ in story.terms]
    values = np.asarray([weight for _, weight in story.terms], dtype=np.float64)
    norm = float(np.linalg.norm(values)) or 1.0
    values = values / norm * max(len(story.article_ids), 1)
    return csr_matrix((values, ([0] * len(columns), columns)), shape=(1, width))


def _stack(vectors: Sequence[csr_matrix], width: int, top: int | None = None) -> csr_matrix:
    """One CSR matrix from 1-row vectors (much faster than ``vstack`` for thousands of rows);
    with ``top``, each row keeps only its ``top`` largest weights."""
    parts_indices = []
    parts_data = []
    for vector in vectors:
        indices, data = vector.indices, vector.data
        if top is not None and len(data) > top:
            keep = np.argpartition(-data, top)[:top]
            keep.sort()
            indices, data = indices[keep], data[keep]
        parts_indices.append(indices)
        parts_data.append(data)
    indptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(d) for d in parts_data])
    if not vectors or indptr[-1] == 0:
        return csr_matrix((len(vectors), width))
    return csr_matrix(
        (np.concatenate(parts_data), np.concatenate(parts_indices), indptr), shape=(len(vectors), width)
    )


def _stack_matchers(parts: Sequence[tuple[np.ndarray, np.ndarray]], width: int) -> csr_matrix:
    """One CSR matrix of cached (indices, weights) rows."""
    indptr = np.zeros(len(parts) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(indices) for indices, _ in parts])
    if indptr[-1] == 0:
        return csr_matrix((len(parts), width))
    indices = np.concatenate([i for i, _ in parts])
    data = np.concatenate([d for _, d in parts])
    return csr_matrix((data, indices, indptr), shape=(len(parts), width))


def _best(similarities: np.ndarray, threshold: float) -> int | None:
    if similarities.size == 0:
        return None
    position = int(np.argmax(similarities))
    return position if similarities[position] >= threshold else None


def _assign_day(
    day_rows: list[int],
    matrix: csr_matrix,
    clusters: list[_Cluster],
    active: list[int],
    threshold: float,
) -> list[int]:
    """Story index of each article of one day (new stories are appended to ``clusters``)."""
    rows = matrix[day_rows]
    if active:
        centroids = _stack_matchers([_matcher(clusters[c]) for c in active], matrix.shape[1])
        to_old = np.asarray((rows @ centroids.T).todense())
    else:
        to_old = np.zeros((len(day_rows), 0))
    within = np.asarray((rows @ rows.T).todense())
    count = len(day_rows)
    # Column s holds, for every article of the day, the sum of its cosines to the members of the
    # s-th new story of the day: the mean similarity to a new story is one division away.
    new_sums = np.zeros((count, count))
    new_sizes: list[int] = []
    new_ids: list[int] = []
    chosen: list[int] = []
    for position in range(count):
        best_old = _best(to_old[position], threshold)
        old_score = to_old[position, best_old] if best_old is not None else -1.0
        new_scores = new_sums[position, : len(new_sizes)] / np.maximum(np.asarray(new_sizes), 1)
        best_new = _best(new_scores, threshold)
        new_score = new_scores[best_new] if best_new is not None else -1.0
        if best_new is not None and new_score > old_score:
            new_sizes[best_new] += 1
            new_sums[:, best_new] += within[:, position]
            chosen.append(new_ids[best_new])
        elif best_old is not None:
            chosen.append(active[best_old])
        else:
            clusters.append(_Cluster(vector=csr_matrix((1, matrix.shape[1]))))
            new_ids.append(len(clusters) - 1)
            new_sums[:, len(new_sizes)] = within[:, position]
            new_sizes.append(1)
            chosen.append(len(clusters) - 1)
    return chosen


def _add(cluster: _Cluster, article: Article, article_id: str, row: csr_matrix) -> None:
    cluster.vector = csr_matrix(cluster.vector + row)
    cluster.matcher = None
    cluster.members.append(article_id)
    when = _date_of(article)
    parsed = _parse(when)
    if parsed is not None:
        if cluster.first is None or parsed < (_parse(cluster.first) or parsed):
            cluster.first = when
        if cluster.last is None or parsed > (_parse(cluster.last) or parsed):
            cluster.last = when
            cluster.last_day = parsed.date()
    if article.outlet and article.outlet not in cluster.outlets:
        cluster.outlets.append(article.outlet)
    cluster.changed = True


def _merge_same_events(clusters: list[_Cluster]) -> list[_Cluster]:
    """Join stories whose centroids are nearly the same text, however far apart in time."""
    if len(clusters) < 2:
        return clusters
    # Centroids cut to their top terms: near-identical stories share those, and the product stays
    # sparse (full centroids share common words with every other story).
    width = clusters[0].vector.shape[1]
    centroids = _normalise_rows(_stack([c.vector for c in clusters], width, top=CENTROID_TERMS))
    parent = list(range(len(clusters)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    chunk = 500
    for start in range(0, len(clusters), chunk):
        block = (centroids[start : start + chunk] @ centroids.T).tocoo()
        keep = (block.data >= SAME_EVENT_SIMILARITY) & (block.row + start < block.col)
        for i, j in zip(block.row[keep].tolist(), block.col[keep].tolist(), strict=True):
            parent[root(j)] = root(start + i)
    merged: dict[int, _Cluster] = {}
    for i, cluster in enumerate(clusters):
        r = root(i)
        if r not in merged:
            merged[r] = cluster
            continue
        target = merged[r]
        target.vector = csr_matrix(target.vector + cluster.vector)
        target.members.extend(cluster.members)
        target.outlets.extend(o for o in cluster.outlets if o not in target.outlets)
        dates = [d for d in (target.first, cluster.first, target.last, cluster.last) if d]
        parsed = sorted(dates, key=lambda d: _parse(d) or _EARLIEST)
        target.first, target.last = (parsed[0], parsed[-1]) if parsed else (None, None)
        target.changed = True
    return list(merged.values())


def _label(vector: csr_matrix, vocabulary: list[str], surface: dict[str, str]) -> str:
    """Names first (people, places, bodies: terms written capitalised), then the heaviest other
    terms, among the story's top terms; numbers ("12", "2020") name nothing."""
    candidates: list[str] = []
    for k in np.argsort(-vector.data):
        term = vocabulary[vector.indices[k]]
        if not any(ch.isdigit() for ch in term):
            candidates.append(surface.get(term, term))
        if len(candidates) == LABEL_CANDIDATES:
            break
    names = [w for w in candidates if w[:1].isupper()]
    chosen = names[:LABEL_NAMES]
    chosen += [w for w in candidates if w not in chosen][: LABEL_TERMS - len(chosen)]
    return ", ".join(sorted(chosen, key=candidates.index))


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:\"“”'"


def _written_form(word: str) -> str:
    """Shouting capitals of a dateline or headline ("BEIJING") in title case; acronyms stay."""
    return word.capitalize() if word.isupper() and len(word) > ACRONYM_MAX_CHARS else word


def _surface_forms(articles: Sequence[Article]) -> dict[str, str]:
    """The usual written form of capitalised words of titles and leads ("Lavrov" for "lavrov"),
    for readable labels; a word written in lower case at least as often keeps its lower case."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for article in articles:
        lead = article.text[:LEAD_CHARS]
        lead = lead[dateline_length(lead) :]
        for match in _LABEL_WORD.finditer(lead):
            word = match.group()
            if word[0].isupper():
                if _starts_sentence(lead, match.start()):
                    continue  # "Janji itu …": capitalised by position, not because it is a name
                capitalised[_written_form(word)] += 1
            else:
                lower[word] += 1
    forms: dict[str, tuple[int, str]] = {}
    for word, count in capitalised.items():
        key = word.casefold()
        if count > lower[key] and count > forms.get(key, (0, ""))[0]:
            forms[key] = (count, word)
    return {key: word for key, (_, word) in forms.items()}


def _terms(vector: csr_matrix, vocabulary: list[str]) -> tuple[tuple[str, float], ...]:
    values = vector.data / (float(np.linalg.norm(vector.data)) or 1.0)
    order = np.argsort(-values)[:CENTROID_TERMS]
    weights = np.round(values[order], 5).tolist()
    return tuple(zip([vocabulary[i] for i in vector.indices[order].tolist()], weights, strict=True))


def _story_id(first_member: str) -> str:
    return "s-" + hashlib.sha256(first_member.encode("utf-8")).hexdigest()[:12]


def _sort_key(item: tuple[int, Article]) -> tuple[int, float, int]:
    position, article = item
    parsed = _parse(_date_of(article))
    if parsed is None:
        return (1, 0.0, position)
    # Naive datetimes are read as UTC so that their order does not depend on the machine's zone.
    stamp = (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    return (0, stamp, position)


def build_stories(
    articles: Sequence[Article],
    options: Options | None = None,
    existing: list[Story] | None = None,
) -> list[Story]:
    """Stories of ``articles``; with ``existing``, new articles extend those stories first.

    Returns every story (existing ones unchanged when no new article joined them), largest first.
    Articles already in an existing story are skipped, so re-running on the same input is a no-op.
    """
    existing = list(existing or [])
    known = {article_id for story in existing for article_id in story.article_ids}
    fresh: dict[str, Article] = {}
    for article in articles:
        article_id = article.id  # a content hash: computed once here
        if article_id not in known and article_id not in fresh:
            fresh[article_id] = article
    new_ids = list(fresh)
    new_articles = list(fresh.values())
    texts = [f"{a.title or ''}\n{a.text}" for a in new_articles]
    matrix, vocabulary, index = _vectorise(texts, existing)
    clusters = [_from_existing(story, index, len(vocabulary)) for story in existing]
    ordered = sorted(enumerate(new_articles), key=_sort_key)
    dated = [i for i, a in ordered if _day(_date_of(a)) is not None]
    undated = [i for i, a in ordered if _day(_date_of(a)) is None]
    window = timedelta(days=STORY_WINDOW_DAYS)
    days: dict[date, list[int]] = {}
    for i in dated:
        day = _day(_date_of(new_articles[i]))
        assert day is not None
        days.setdefault(day, []).append(i)
    open_stories = list(range(len(clusters)))  # stories that may still take articles
    for day, rows in days.items():
        open_stories = [c for c in open_stories if _open_on(clusters[c].last_day, day - window, None)]
        active = [c for c in open_stories if _open_on(clusters[c].last_day, None, day + window)]
        known_clusters = len(clusters)
        for start in range(0, len(rows), DAY_BATCH):
            batch = rows[start : start + DAY_BATCH]
            today = active + list(range(known_clusters, len(clusters)))
            for i, c in zip(
                batch, _assign_day(batch, matrix, clusters, today, STORY_SIMILARITY), strict=True
            ):
                _add(clusters[c], new_articles[i], new_ids[i], matrix[i])
        open_stories.extend(range(known_clusters, len(clusters)))
    for start in range(0, len(undated), DAY_BATCH):
        batch = undated[start : start + DAY_BATCH]
        everything = list(range(len(clusters)))
        for i, c in zip(
            batch, _assign_day(batch, matrix, clusters, everything, UNDATED_SIMILARITY), strict=True
        ):
            _add(clusters[c], new_articles[i], new_ids[i], matrix[i])
    clusters = _merge_same_events([c for c in clusters if c.members])
    surface = _surface_forms(new_articles)
    stories = [_to_story(c, vocabulary, surface) for c in clusters]
    stories.sort(key=lambda s: (-len(s.article_ids), s.first_published or "", s.id))
    return stories


def _open_on(last_day: date | None, earliest: date | None, latest: date | None) -> bool:
    """True when a story whose latest article is from ``last_day`` (None: undated) lies within
    [earliest, latest] (either bound may be open)."""
    if last_day is None:
        return True
    return (earliest is None or last_day >= earliest) and (latest is None or last_day <= latest)


def _from_existing(story: Story, index: dict[str, int], width: int) -> _Cluster:
    return _Cluster(
        vector=_existing_vector(story, index, width),
        members=list(story.article_ids),
        first=story.first_published,
        last=story.last_published,
        last_day=_day(story.last_published),
        outlets=list(story.outlets),
        story_id=story.id,
        changed=False,
        existing=story,
    )


def _to_story(cluster: _Cluster, vocabulary: list[str], surface: dict[str, str]) -> Story:
    if not cluster.changed and cluster.existing is not None:
        return cluster.existing
    vector = csr_matrix(cluster.vector)
    vector.sum_duplicates()
    return Story(
        id=cluster.story_id or _story_id(cluster.members[0]),
        label=_label(vector, vocabulary, surface) if vector.nnz else "",
        article_ids=tuple(cluster.members),
        first_published=cluster.first,
        last_published=cluster.last,
        outlets=tuple(cluster.outlets),
        terms=_terms(vector, vocabulary) if vector.nnz else (),
    )
