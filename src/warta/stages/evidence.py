"""When may a statement taken from one article cite another article as saying it too?

One rule for every place warta cites sources (summary sentences, timeline events): a citation
claims that a reader who opens the cited article finds the statement there. So a sentence of
another article counts as evidence only when it holds most (``CITE_SAME_CONTENT``) of the
statement's content words; a sentence that merely shares the topic and a few words ("… karena
curah hujan cukup tinggi.") does not. Syndicated copies of one wire story are the exception:
translations paraphrase, split and merge the sentences of one text, so a copy's sentence is evidence
at a lower bar (``SAME_THING_IN_COPIES`` TF-IDF cosine, or ``SAME_CONTENT_IN_COPIES`` of the
shorter sentence's content words).
"""

from __future__ import annotations

from warta.stages.vectors import content_words

CITE_SAME_CONTENT = 0.7
"""Share of a statement's content words that a sentence of another article (not a copy) must hold
for that article to be cited for it: a citation claims the article says it."""
SAME_THING_IN_COPIES = 0.25
"""TF-IDF cosine at which two sentences of syndicated copies say the same thing: translations of
one wire story share fewer words than two sentences of one language that say the same."""
SAME_CONTENT_IN_COPIES = 0.4
"""The same as a share of the shorter sentence's content words: a translation that splits one
sentence of the wire story in two ("…, kata kementerian") shares few words with the whole but most
of its own."""

NO_WORDS: frozenset[str] = frozenset()


def _words(text: str, ignore: frozenset[str]) -> frozenset[str]:
    return content_words(text) - ignore if ignore else content_words(text)


def coverage(claim: str, other: str, ignore: frozenset[str] = NO_WORDS) -> float:
    """Share of ``claim``'s content words (no stopwords, no numbers, none of ``ignore``) that
    ``other`` holds."""
    x = _words(claim, ignore)
    return len(x & _words(other, ignore)) / len(x) if x else 0.0


def overlap(a: str, b: str, ignore: frozenset[str] = NO_WORDS) -> float:
    """Share of the shorter sentence's content words (none of ``ignore``) found in the other."""
    x, y = _words(a, ignore), _words(b, ignore)
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def supports(claim: str, other: str, cosine: float, copies: bool, ignore: frozenset[str] = NO_WORDS) -> bool:
    """Is ``other`` (a sentence of another article) evidence for ``claim``, so that its article may
    be cited for it?

    ``cosine`` is the TF-IDF cosine of the two sentences; ``copies`` says whether the two articles
    are syndicated copies of one story; ``ignore`` holds words that do not count as content (the
    timeline leaves out date words: both sentences are already known to name the same date, and
    "Senin (4/3)" against "4 Maret" is no disagreement)."""
    if copies:
        return cosine >= SAME_THING_IN_COPIES or overlap(claim, other, ignore) >= SAME_CONTENT_IN_COPIES
    return coverage(claim, other, ignore) >= CITE_SAME_CONTENT
