"""ROUGE-N F-measure on lower-cased tokens, no stemming (Lin 2004), for the summary gate.

Written here rather than taken from a package because the usual ones stem English words or drop
non-ASCII tokens; Indonesian needs neither. Both candidate and reference go through the same
tokeniser, so tokenised references (IndoSum) and detokenised candidates compare fairly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
"""Words (with inner hyphens or apostrophes: "masing-masing") or single punctuation marks."""


def rouge_tokens(text: str) -> list[str]:
    """Lower-cased tokens of ``text``: words and punctuation marks, as IndoSum tokenises."""
    return _TOKEN.findall(text.lower())


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of clipped n-gram overlap between two token lists."""
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((cand & ref).values())
    cand_total, ref_total = sum(cand.values()), sum(ref.values())
    if overlap == 0 or cand_total == 0 or ref_total == 0:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / cand_total, overlap / ref_total
    return precision, recall, 2 * precision * recall / (precision + recall)


def mean_rouge_f(pairs: Iterable[tuple[str, str]], n: int) -> float:
    """Mean ROUGE-N F1 (×100) over (candidate text, reference text) pairs."""
    scores = [rouge_n(rouge_tokens(c), rouge_tokens(r), n)[2] for c, r in pairs]
    return 100.0 * sum(scores) / len(scores) if scores else 0.0


def detokenize(tokens: Sequence[str]) -> str:
    """Readable text from a token list: no space before closing punctuation or after "(".

    Straight double quotes alternate between opening (glued to the next token) and closing (glued
    to the previous one), so that the sentence splitter sees `tim. "Philadelphia` as a new sentence.
    Used to turn a tokenised corpus (IndoSum) back into the kind of text warta reads.
    """
    parts: list[str] = []
    glue_next = False
    quote_open = False
    for token in tokens:
        closing = token in _CLOSING or (token == '"' and quote_open)
        if parts and not glue_next and not closing:
            parts.append(" ")
        parts.append(token)
        glue_next = token in _OPENING or (token == '"' and not quote_open)
        if token == '"':
            quote_open = not quote_open
    return "".join(parts)


_CLOSING = frozenset({".", ",", ";", ":", "?", "!", "%", ")", "]", "”", "’"})
_OPENING = frozenset({"(", "[", "“", "‘"})
