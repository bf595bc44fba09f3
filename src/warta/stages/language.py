"""Language of an article body: lingua restricted to the languages Indonesian news pages mix.

Page markup is a poor witness (many Indonesian sites ship ``<html lang="en">`` templates), so the
text decides. lingua ships its models in the wheel; restricting it to a few languages keeps it
fast (~1 ms per article) and stops it from wandering into unrelated ones.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

CANDIDATES = ("INDONESIAN", "MALAY", "ENGLISH")
"""Languages of the pages warta reads: Indonesian, Malay (which lingua confuses with it), English."""

SAMPLE_CHARS = 2000
"""The start of the body is enough to tell the language and keeps detection cheap."""

MIN_LETTERS = 20
"""Below this many letters no language is claimed."""


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in CANDIDATES)).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ("id", "ms", "en") or None when there is too little text.

    Malay is reported as Indonesian when the text could be either: lingua tags some Indonesian
    headlines and short texts as Malay, and warta's inputs are Indonesian news.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code = str(language.iso_code_639_1.name).lower()
    return "id" if code == "ms" else code
