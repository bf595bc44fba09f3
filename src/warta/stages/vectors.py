"""Shared helpers of the corpus stages that read sentences: units, TF-IDF vectors, citations.

The summary and the timeline both work on the sentences of many articles at once: they need the
same sentence units (with position and "inside a quotation" flags), the same TF-IDF space (Sastrawi
stopwords, no stemming: Sastrawi over-stems, "Pemerintah" → "perintah") and the same way of citing
an article. Keeping them here keeps the two stages consistent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from warta.lang.id.salience import (
    BOILERPLATE_PREFIXES,
    CAPTION_MARKERS,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PHOTO_CREDIT,
    STRAIGHT_QUOTES,
)
from warta.lang.id.wires import NEWS_WIRES
from warta.records import Article, CopyGroup, SourceRef
from warta.stages.sentences import split_sentences

COPY_ARTICLES = 0.5
"""Article-level TF-IDF cosine at which two articles count as copies when no groups are given."""
MAX_PAIRWISE_ARTICLES = 2000
"""Above this many articles, copies come only from the given copy groups (pairs are quadratic)."""
SENTENCE_END = frozenset(".!…")
"""Characters that end a statement (before any closing quotation mark or bracket); a question
("…, Bagaimana Cara Kerjanya?") asks rather than states, and is mostly a teaser headline."""
MIN_WORDS = 4
"""Sentences with fewer words are fragments (captions, headings, "Babak pertama"): never candidates."""

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_WORD_NO_DIGITS = r"(?u)\b[^\W\d_][^\W\d_]+\b"


@dataclass(frozen=True)
class Unit:
    """A sentence of one article in a multi-article pool, with what scoring needs to know."""

    article: int  # index into the articles sequence
    position: int  # sentence index within its article (0 = lead)
    paragraph: int
    text: str
    start: int
    end: int
    words: int
    in_quote: bool


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Sastrawi's Indonesian stopword list (809 words), lower-cased."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    words = {w.lower() for w in StopWordRemoverFactory().get_stop_words()}
    # the vectoriser splits "setidak-tidaknya" into pieces: list the pieces too, as it expects
    return frozenset(words | {piece for w in words for piece in re.findall(r"\w\w+", w)})


def is_boilerplate(text: str) -> bool:
    """True for page furniture lines ("Baca juga: …") that no summary should quote."""
    lowered = text.lstrip(" -–—*•(").lower()
    return lowered.startswith(BOILERPLATE_PREFIXES)


_PHOTO_CREDIT = re.compile(PHOTO_CREDIT)


def is_caption(text: str) -> bool:
    """True for a photo caption or credit line ("Putin (kiri) dan Xi Jinping di Osaka …")."""
    lowered = text.lower()
    return any(marker in lowered for marker in CAPTION_MARKERS) or bool(_PHOTO_CREDIT.search(text))


def is_heading(text: str) -> bool:
    """True for a line that is no statement: a headline, a caption credit or a byline/date header.

    Statements end with a full stop, a question or exclamation mark, or a closing quotation mark
    after one; headlines ("China: Rasa Saling Percaya …") and header lines ("JUMAT, 14 JULI 2023 |
    20:13 WIB") do not.
    """
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSING_QUOTES | STRAIGHT_QUOTES | {")", "]", "'"}:
        stripped = stripped[:-1].rstrip()
    return not stripped or stripped[-1] not in SENTENCE_END


def _quote_flags(texts: Sequence[str]) -> list[bool]:
    """Per sentence of one paragraph: is it (partly) reported speech in quotation marks?

    A sentence counts when it opens with a quotation mark or when a quotation opened earlier in the
    paragraph has not closed yet (multi-sentence quotes: `"A. B. C," kata X.`).
    """
    flags: list[bool] = []
    open_quote = False
    for text in texts:
        stripped = text.lstrip()
        flags.append(open_quote or (bool(stripped) and stripped[0] in OPENING_QUOTES))
        for char in text:
            if char in STRAIGHT_QUOTES:
                open_quote = not open_quote
            elif char in OPENING_QUOTES:
                open_quote = True
            elif char in CLOSING_QUOTES:
                open_quote = False
    return flags


def dateline_length(sentence: str) -> int:
    """Characters of the dateline opening an article's first sentence ("SHANGHAI, KOMPAS.com - "),
    0 when there is none. A digest quotes what was reported, not where the wire was filed from."""
    from warta.stages.outlet_names import BARE_DATELINE_RE, DATELINE_PATTERNS, undashed_outlet_dateline

    match = next((m for regex in DATELINE_PATTERNS if (m := regex.match(sentence))), None)
    if match is None:
        bare = BARE_DATELINE_RE.match(sentence)
        if bare is None or len(bare.group("city").split()) > 2:
            undashed = undashed_outlet_dateline(sentence)
            return undashed[1] if undashed else 0
        match = bare
    end = match.end()
    while end < len(sentence) and sentence[end].isspace():
        end += 1
    return end if end < len(sentence) else 0


UNPUNCTUATED_SHARE = 0.5
"""An article in which fewer than this share of the sentences end with punctuation comes from an
export that dropped the full stops (one statement per line): its lines cannot be told from
headlines by their last character."""
UNPUNCTUATED_MIN_WORDS = 10
"""In such an article a line this long is taken as a statement, a shorter one as a heading."""


def _drops_full_stops(texts: Sequence[str]) -> bool:
    """True when most sentences of an article lack final punctuation (a crawler's export)."""
    long = [t for t in texts if len(_WORD.findall(t)) >= MIN_WORDS]
    return bool(long) and sum(not is_heading(t) for t in long) < UNPUNCTUATED_SHARE * len(long)


def article_units(article: Article, article_index: int) -> list[Unit]:
    """Candidate sentences of one article: no fragments, no page furniture."""
    sentences = split_sentences(article.text)
    unpunctuated = _drops_full_stops([s.text for s in sentences])
    by_paragraph: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(i)
    quoted = [False] * len(sentences)
    for indices in by_paragraph.values():
        for i, flag in zip(indices, _quote_flags([sentences[i].text for i in indices]), strict=True):
            quoted[i] = flag
    units: list[Unit] = []
    for i, sentence in enumerate(sentences):
        if not units and (cut := dateline_length(sentence.text)):
            # the lead may follow a caption or a headline line that the filters below drop
            sentence = replace(sentence, text=sentence.text[cut:], start=sentence.start + cut)
        words = len(_WORD.findall(sentence.text))
        heading = is_heading(sentence.text) and not (unpunctuated and words >= UNPUNCTUATED_MIN_WORDS)
        if words < MIN_WORDS or is_boilerplate(sentence.text) or heading:
            continue
        if is_caption(sentence.text):
            continue
        units.append(
            Unit(
                article_index,
                i,
                sentence.paragraph,
                sentence.text,
                sentence.start,
                sentence.end,
                words,
                quoted[i],
            )
        )
    return units


def tfidf_matrix(texts: Sequence[str], without_dates: bool = False) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (sublinear tf, Sastrawi stopwords, no stemming), one per text.

    ``without_dates`` also drops numbers, month and weekday names: sentences picked because they
    name one date share those words whatever they report, so they must not make them alike.
    """
    if not texts:
        return sparse.csr_matrix((0, 0))
    stop = stopwords() | (calendar_words() if without_dates else frozenset())
    vectorizer = TfidfVectorizer(
        lowercase=True,
        token_pattern=_WORD_NO_DIGITS if without_dates else _TOKEN_PATTERN,
        stop_words=sorted(stop),
        sublinear_tf=True,
        dtype=np.float32,
    )
    try:
        matrix: sparse.csr_matrix = vectorizer.fit_transform(texts)
    except ValueError:  # every text is stopwords only
        return sparse.csr_matrix((len(texts), 1), dtype=np.float32)
    return matrix


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names (and their pieces), lower-cased: words every date shares."""
    from warta.lang.id.calendar import MONTHS, WEEKDAYS

    words = set(MONTHS) | set(WEEKDAYS)
    return frozenset(words | {piece for w in words for piece in re.findall(r"[^\W\d_]{2,}", w)})


def article_matrix(units: Sequence[Unit], matrix: sparse.csr_matrix, n_articles: int) -> sparse.csr_matrix:
    """L2-normalised article vectors: the sum of each article's sentence rows."""
    rows = np.array([u.article for u in units], dtype=np.int64)
    cols = np.arange(len(units), dtype=np.int64)
    member = sparse.csr_matrix(
        (np.ones(len(units), dtype=np.float32), (rows, cols)), shape=(n_articles, len(units))
    )
    doc = (member @ matrix).tocsr()
    norms = np.sqrt(np.asarray(doc.multiply(doc).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return (sparse.diags(1.0 / norms) @ doc).tocsr()


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of ``text`` that carry content: no stopwords, no numbers."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in stopwords())


def published_of(article: Article) -> tuple[str | None, bool]:
    """The article's date and whether it was inferred (not stated by the page)."""
    if article.published:
        return article.published, False
    if article.published_inferred:
        return article.published_inferred, True
    return None, False


def source_ref(article: Article) -> SourceRef:
    """How a digest cites ``article``: id, file or url, outlet, stated or inferred date, title."""
    published, inferred = published_of(article)
    return SourceRef(
        article_id=article.id,
        source=article.url or article.source,
        outlet=article.outlet,
        published=published,
        inferred=inferred,
        title=article.title,
    )


def copy_group_index(articles: Sequence[Article], copy_groups: Sequence[CopyGroup] | None) -> list[int]:
    """For each article, the index of its copy group (articles outside any group get their own)."""
    position = {article.id: i for i, article in enumerate(articles)}
    group_of = list(range(len(articles)))
    for group in copy_groups or ():
        members = [position[m] for m in (group.original, *group.members) if m in position]
        if members:
            root = min(members)
            for member in members:
                group_of[member] = root
    return group_of


def sort_key_date(article: Article) -> str:
    """A sortable date string for ordering citations and sentences (unknown dates last)."""
    published, _ = published_of(article)
    return published or "9999"


def _wires(article: Article) -> set[str]:
    """The news wires an article credits (not data sources or other outlets), lower-cased."""
    return {w.lower() for w in article.wire_sources} & NEWS_WIRES


def merged_copy_groups(
    articles: Sequence[Article],
    units: Sequence[Unit],
    matrix: sparse.csr_matrix,
    copy_groups: Sequence[CopyGroup] | None,
    same_wire: bool = False,
) -> list[int]:
    """Copy-group index per article: the given groups, joined with articles that are near-identical.

    Dedup finds copies by shingles; translations of one wire story (seeds 000/001 share 12 % of word
    5-grams) escape it but stay close in TF-IDF, so small inputs are also compared pairwise.
    ``same_wire`` asks for copies a citation may lean on: a TF-IDF pair joins only when both
    articles credit a common news wire (000 and 001 both credit Reuters; ``warta.lang.id.wires``).
    Within one topic, articles that are not copies are as close in TF-IDF (two different
    earthquakes in one outlet's template: 0.92, against 0.71 for the two translations), so
    closeness alone does not make a copy's looser evidence bar safe to cite by.
    """
    group = copy_group_index(articles, copy_groups)
    if len(articles) < 2 or len(articles) > MAX_PAIRWISE_ARTICLES or not units:
        return group
    doc = article_matrix(units, matrix, len(articles))
    sims = (doc @ doc.T).toarray()
    for a, b in zip(*np.nonzero(np.triu(sims >= COPY_ARTICLES, k=1)), strict=True):
        if same_wire and not _wires(articles[a]) & _wires(articles[b]):
            continue
        root, other = min(group[a], group[b]), max(group[a], group[b])
        if root != other:
            group = [root if g == other else g for g in group]
    return group
