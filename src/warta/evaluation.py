"""Extraction quality scoring shared by tests and benchmarks.

The measure of the issue: lower-case ``\\w+`` tokens, the *sets* of word n-grams (4-grams by
default) of the output and of the reference, and precision / recall / F1 of the two sets. Sets
make a repeated headline count once, and n-grams make word order matter without punishing a
paragraph split or a changed line break.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"\w+")
"""A token: a run of word characters (letters, digits, underscore; Unicode aware)."""

DEFAULT_N = 4
"""Word 4-grams: long enough that stray menu words rarely match, short enough to forgive edits."""


def ngrams(text: str, n: int = DEFAULT_N) -> set[tuple[str, ...]]:
    """The set of lower-case word n-grams of ``text`` (texts shorter than n give one short gram)."""
    tokens = TOKEN.findall(text.lower())
    if not tokens:
        return set()
    if len(tokens) < n:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def ngram_prf(output: str, reference: str, n: int = DEFAULT_N) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``output``'s word n-gram set against ``reference``'s.

    Both empty counts as a perfect match; one empty as zero.
    """
    out, ref = ngrams(output, n), ngrams(reference, n)
    if not out and not ref:
        return 1.0, 1.0, 1.0
    if not out or not ref:
        return 0.0, 0.0, 0.0
    common = len(out & ref)
    precision = common / len(out)
    recall = common / len(ref)
    f1 = 0.0 if common == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1
