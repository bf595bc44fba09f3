"""Faster unanchored regex searches: a lookahead naming the characters a match can start with.

Python's regex engine tries every alternative of a pattern at every position of the text unless
the pattern starts with a literal or a character class. Patterns kept as data (alternations of
rules, some starting with ``\\b`` or a case-insensitive group) rarely do. ``search_pattern`` puts a
lookahead class of the possible first characters in front (``(?=[AERXG©])(?:…)``): the engine
then skips straight to those characters, several times faster on prose, and the matches are the
same (the lookahead only states what the first character of any match already is).
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as p
from typing import Any, Final

CASE_FOLDED_TO_ASCII: Final = {"i": ("\u0130", "\u0131"), "s": ("\u017f",), "k": ("\u212a",)}
"""The only non-ASCII characters the case-insensitive regex engine matches to an ASCII letter
(dotted and dotless "i", the long "s", the Kelvin sign), by the letter they match."""
NON_ASCII_CASE_FOLDED: Final = tuple(char for chars in CASE_FOLDED_TO_ASCII.values() for char in chars)
"""The same characters in one tuple: a text holding none of them lower-cases to what the engine
matches case-insensitively, letter for letter."""

_CATEGORY_CLASSES = {
    c.CATEGORY_SPACE: r"\s",
    c.CATEGORY_DIGIT: r"\d",
    c.CATEGORY_WORD: r"\w",
}
"""Category escapes kept as they are inside the lookahead class (the pattern's own meaning)."""


class _Unbounded(Exception):
    """The pattern can match the empty string or start with any character: no useful class."""


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The body of a character class holding every character a match of ``pattern`` can start
    with, or None when no such class exists (a match may be empty or start anywhere)."""
    try:
        items, nullable = _first(p.parse(pattern, flags), bool(flags & re.IGNORECASE))
    except _Unbounded:
        return None
    if nullable or not items:
        return None
    return "".join(sorted(items))


def search_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with the lookahead of its first characters, when it has one."""
    parsed = p.parse(pattern, flags)
    if len(parsed) and parsed[0][0] in (c.LITERAL, c.IN):
        return re.compile(pattern, flags)  # the engine already skips to the first character
    chars = first_chars(pattern, flags)
    if chars is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


def _first(sequence: Any, ignore_case: bool) -> tuple[set[str], bool]:
    """First-character class items of a parsed sequence, and whether it can match empty."""
    items: set[str] = set()
    for op, arg in sequence:
        found, nullable = _first_of(op, arg, ignore_case)
        items |= found
        if not nullable:
            return items, False
    return items, True


def _first_of(op: Any, arg: Any, ignore_case: bool) -> tuple[set[str], bool]:
    """First-character class items of one parsed element, and whether it can match empty."""
    if op is c.LITERAL:
        return _literal(chr(arg), ignore_case), False
    if op is c.IN:
        return _in(arg, ignore_case), False
    if op is c.AT:
        return set(), True  # an anchor or word boundary: zero width, the next element starts
    if op in (c.ASSERT, c.ASSERT_NOT):
        return set(), True  # a lookaround consumes nothing
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first(body, case)
    if op is c.BRANCH:
        items: set[str] = set()
        nullable = False
        for branch in arg[1]:
            found, empty = _first(branch, ignore_case)
            items |= found
            nullable = nullable or empty
        return items, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = arg
        found, empty = _first(body, ignore_case)
        return found, empty or low == 0
    raise _Unbounded  # any character, a negated class, a back reference …


def _literal(char: str, ignore_case: bool) -> set[str]:
    if not ignore_case:
        return {re.escape(char)}
    return {re.escape(x) for x in (char, char.lower(), char.upper(), char.swapcase())} | _folded(char)


def _folded(char: str) -> set[str]:
    """Characters outside the plain case pairs that the engine folds to ``char`` ("ſ" for "s",
    the Kelvin sign for "k", dotted and dotless "i")."""
    return {re.escape(x) for x in CASE_FOLDED_TO_ASCII.get(char.lower(), ())}


def _in(arg: Any, ignore_case: bool) -> set[str]:
    items: set[str] = set()
    for op, value in arg:
        if op is c.NEGATE:
            raise _Unbounded
        if op is c.LITERAL:
            items |= _literal(chr(value), ignore_case)
        elif op is c.RANGE:
            low, high = chr(value[0]), chr(value[1])
            items.add(f"{re.escape(low)}-{re.escape(high)}")
            if ignore_case:
                if low.isalpha() and high.isalpha():
                    items.add(f"{re.escape(low.swapcase())}-{re.escape(high.swapcase())}")
                    items |= {x for ch in "iks" if low.lower() <= ch <= high.lower() for x in _folded(ch)}
                elif not (low.isdigit() and high.isdigit()):
                    raise _Unbounded
        elif op is c.CATEGORY and value in _CATEGORY_CLASSES:
            items.add(_CATEGORY_CLASSES[value])
        else:
            raise _Unbounded
    return items


class FirstCharDispatch:
    """A start-anchored alternation of named groups (``(?P<kind>a|b)|(?P<other>c)``), matched
    through a smaller regex that holds only the alternatives able to start with the text's first
    character.

    The engine tries the alternatives of a pattern one after the other; for a rule set of many
    literal openers ("baca juga", "simak", "penulis", …) most tries fail on the first character.
    Alternatives that cannot start with it cannot match, and dropping them changes neither which
    alternative matches first nor the group it belongs to, so ``match`` answers as the whole
    pattern would (``lastgroup`` included). The small regex of each first character is built
    once, when that character is first seen.
    """

    def __init__(self, groups: list[tuple[str, list[str]]], suffix: str = "", flags: int = 0) -> None:
        """``groups``: the named groups in order, each a list of alternatives; ``suffix``: what
        must follow whichever group matched (``\\s*$``); ``flags``: of the whole pattern."""
        self._groups = [
            (name, [(alternative, _class_of(alternative, flags)) for alternative in alternatives])
            for name, alternatives in groups
        ]
        self._suffix, self._flags = suffix, flags
        self.pattern = re.compile(self._source(lambda _cls: True), flags)
        self._by_char: dict[str, re.Pattern[str]] = {}

    def match(self, text: str) -> re.Match[str] | None:
        """``self.pattern.match(text)``, answered by the regex of ``text``'s first character."""
        if not text:
            return self.pattern.match(text)
        regex = self._by_char.get(text[0])
        if regex is None:
            char = text[0]
            regex = re.compile(
                self._source(lambda cls: cls is None or cls.fullmatch(char) is not None), self._flags
            )
            self._by_char[char] = regex
        return regex.match(text)

    def _source(self, keeps: Any) -> str:
        parts = []
        for name, alternatives in self._groups:
            kept = [alternative for alternative, cls in alternatives if keeps(cls)]
            if kept:
                parts.append(f"(?P<{name}>{'|'.join(kept)})")
        alternation = "|".join(parts) or "(?!)"
        return f"(?:{alternation}){self._suffix}" if self._suffix else alternation


def _class_of(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A one-character regex for the first characters of ``pattern``, or None when any may start it."""
    chars = first_chars(pattern, flags)
    return None if chars is None else re.compile(f"[{chars}]")
