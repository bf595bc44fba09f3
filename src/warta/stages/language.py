"""Language of an article: Indonesian, Malay or English (ISO 639-1), or None when unsure.

A cheap function-word count settles the clear cases (almost every page here is Indonesian) and
keeps extraction fast; lingua, restricted to the three languages, decides the rest. Lingua tags
short Indonesian news text as Malay, so Malay must win clearly before warta says "ms".
"""

from __future__ import annotations

import re
import string
from collections import Counter
from functools import lru_cache
from typing import Any, Final

_INDONESIAN_WORDS: Final = (
    "yang dan di dengan untuk itu ini tidak dari akan pada dalam juga adalah kata telah sudah "
    "bahwa oleh karena saat masih bisa mereka kami kita ia dia para setelah tersebut menjadi "
    "ada atau lebih belum namun hingga sejak secara terhadap antara"
)
INDONESIAN_MARKERS: Final = frozenset(_INDONESIAN_WORDS.split())
"""Frequent Indonesian (and Malay) function words."""

_ENGLISH_WORDS: Final = "the and of to in is that for it was on with as by at from are be this have has not"
ENGLISH_MARKERS: Final = frozenset(_ENGLISH_WORDS.split())
"""Frequent English function words."""

_MALAY_WORDS: Final = "kerana iaitu selepas manakala sahaja"
MALAY_MARKERS: Final = frozenset(_MALAY_WORDS.split())
"""Malaysian spellings and words that Indonesian news does not use ("kerana", "iaitu", "selepas")."""

_MARKER_LANGUAGE: Final = (
    dict.fromkeys(INDONESIAN_MARKERS, "id")
    | dict.fromkeys(ENGLISH_MARKERS, "en")
    | dict.fromkeys(MALAY_MARKERS, "ms")
)
"""The language each marker word counts for (the three sets share no word: a test checks it)."""

MIN_WORDS: Final = 3
"""Fewer words than this: too little to say."""

CLEAR_SHARE: Final = 0.12
"""Share of Indonesian function words above which (with no Malay or English signal) the text is "id"."""

MALAY_MARGIN: Final = 0.25
"""Lingua's Malay confidence must beat Indonesian by this much to report "ms"."""

COUNT_CHARS: Final = 1500
"""Function words are counted in this much text: a few hundred words settle the clear cases."""

SAMPLE_CHARS: Final = 2000
"""Lingua reads at most this much text: enough to decide, and it keeps the call fast."""

_SEPARATOR_CHARS: Final = string.punctuation + "“”‘’«»…–—\u00a0"
"""Punctuation turned into spaces before splitting into words."""
_SEPARATORS: Final = str.maketrans(dict.fromkeys(_SEPARATOR_CHARS, " "))
"""The separators as a translation table: C speed on ASCII text."""
_SEPARATOR_RE: Final = re.compile("[" + re.escape(_SEPARATOR_CHARS) + "]")
"""The separators as a pattern: on text with any non-ASCII character (curly quotes, dashes) ``translate``
falls back to a per-character lookup about eight times slower than this substitution."""


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
    ).build()


def detect_language(text: str) -> str | None:
    """ "id", "ms", "en" or None for ``text`` (Indonesian unless clearly another)."""
    words = list(filter(str.isalpha, _spaced_out(text[:COUNT_CHARS].lower()).split()))
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(map(_MARKER_LANGUAGE.get, words))  # one pass over the words, in C
    indonesian = counts["id"] / len(words)
    english = counts["en"] / len(words)
    malay = counts["ms"] / len(words)
    if indonesian >= CLEAR_SHARE and english < indonesian / 4 and malay < indonesian / 20:
        return "id"
    return _lingua(text[:SAMPLE_CHARS])


def _spaced_out(text: str) -> str:
    """``text`` with every separator turned into a space, by the faster means for its characters."""
    return text.translate(_SEPARATORS) if text.isascii() else _SEPARATOR_RE.sub(" ", text)


def _lingua(text: str) -> str | None:
    from lingua import Language

    values = {c.language: c.value for c in _detector().compute_language_confidence_values(text)}
    indonesian = values.get(Language.INDONESIAN, 0.0)
    malay = values.get(Language.MALAY, 0.0)
    english = values.get(Language.ENGLISH, 0.0)
    if english > max(indonesian, malay):
        return "en"
    if malay - indonesian > MALAY_MARGIN:
        return "ms"
    if indonesian + malay > english and max(indonesian, malay) > 0:
        return "id"
    return None
