"""The shape of names in Indonesian news text: tokens, lookups and name runs.

What a single token or a short run of tokens looks like, with no sentence context: the tokenizer
(offsets, abbreviations with their dot, ledes in capitals), the gazetteer index matched by token
tuples, role heads ("menteri luar negeri", "kapolres") with their modifiers, which capitalised words
can be part of a person's name (not a month, an institution word, a degree or an honorific), how far
a capitalised name runs, and how far an organisation opened by a head word ("Partai …", "PT …")
runs. Used by :mod:`warta.stages.name_titles` and :mod:`warta.stages.name_rules`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from warta.lang.id import roles as R
from warta.lang.id.calendar import MONTHS, WEEKDAYS
from warta.lang.id.gazetteer import MINISTRY_DOMAINS, Gazetteer
from warta.lang.id.name_cues import INNER_NAME_WORDS
from warta.lang.id.reporting_verbs import INDIRECT_VERBS, POST_CUES
from warta.lang.id.roles import (
    AMBIGUOUS_GIVEN_NAMES,
    NAME_LINKS,
    NOT_NAME_WORDS,
    ORG_PREFIXES,
    ROLE_WORDS_ALSO_NAMES,
    STOP_CAPITALISED,
)

TOKEN = re.compile(r"\w+(?:(?:[-'’]|\.(?![A-Z][a-z]))\w+)*\.?", re.UNICODE)
"""A word, keeping inner hyphens/apostrophes/dots ("Asia-Pasifik", "D.C.") and a final dot of
abbreviations ("Prof.")."""


MAX_GAZETTEER_TOKENS = 8
"""Longest gazetteer spelling, in tokens, that the matcher tries."""


VERBISH = re.compile(r"(?:me|mem|men|meng|meny|ber|di|ter)\w{3,}$")
"""A word with a verbal prefix: what follows a subject."""


MAX_NAME_TOKENS = 4
"""A person's name is at most this many capitalised words ("Recep Tayyip Erdogan" has three)."""


CALENDAR_WORDS: frozenset[str] = frozenset(
    w.capitalize() for w in (*MONTHS, *WEEKDAYS) if isinstance(w, str) and w.isalpha()
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    low: str = ""

    @property
    def cap(self) -> bool:
        return self.word[:1].isupper()


@dataclass
class _Found:
    """A mention found, before canonicalisation."""

    start: int
    end: int
    surface: str
    type: str
    canonical: str | None = None
    role: str | None = None
    priority: int = 0


@dataclass
class _Index:
    """Lookup tables of a gazetteer by token tuples (fast, no giant regex)."""

    exact: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    folded: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)
    exact_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    folded_prefixes: set[tuple[str, ...]] = field(default_factory=set)


def _words(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).rstrip(".") for m in TOKEN.finditer(text))


_INDEX_CACHE: dict[int, tuple[Gazetteer, int, _Index]] = {}


def _index(gaz: Gazetteer) -> _Index:
    """The token index of a gazetteer, cached per object (rebuilt when it grows)."""
    cached = _INDEX_CACHE.get(id(gaz))
    if cached is not None and cached[0] is gaz and cached[1] == len(gaz.lookup):
        return cached[2]
    index = _Index()
    for spelling, value in gaz.lookup.items():
        words = _words(spelling)
        if not words or len(words) > MAX_GAZETTEER_TOKENS:
            continue
        index.exact[words] = value
        index.first_words.add(words[0])
        index.exact_prefixes.update(words[:k] for k in range(1, len(words) + 1))
        if not spelling[:1].isupper() or spelling.startswith("Kementerian "):
            lowered = tuple(w.lower() for w in words)
            index.folded[lowered] = value
            index.first_words.add(lowered[0])
            index.folded_prefixes.update(lowered[:k] for k in range(1, len(lowered) + 1))
    _INDEX_CACHE[id(gaz)] = (gaz, len(gaz.lookup), index)
    return index


def _role_table() -> dict[tuple[str, ...], str]:
    heads = {tuple(h.split()): h for h in R.ROLE_HEADS}
    return heads


ROLE_TABLE = _role_table()
for _domain in MINISTRY_DOMAINS:
    ROLE_TABLE[("menteri", *_domain.lower().replace(",", "").split())] = f"menteri {_domain.lower()}"


ROLE_MAX = max(len(k) for k in ROLE_TABLE)


MODIFIERS = {tuple(m.split()) for m in R.ROLE_MODIFIERS}


ROLE_FIRST_WORDS = frozenset({k[0] for k in ROLE_TABLE} | {m[0] for m in MODIFIERS})


HONORIFICS = {h.rstrip(".") for h in R.HONORIFICS}


REPORT_WORDS: frozenset[str] = frozenset((*POST_CUES, *INDIRECT_VERBS))


def tokenize(text: str) -> list[_Tok]:
    """Word tokens with offsets; a final dot stays only on short abbreviations ("Prof.")."""
    out: list[_Tok] = []
    append, find, pos = out.append, text.find, 0
    for word in TOKEN.findall(text):  # findall + find: twice as fast as finditer's match objects
        start = find(word, pos)
        pos = start + len(word)
        if word[-1] != ".":
            append(_Tok(start, pos, word, word.lower()))
            continue
        low = word.lower().rstrip(".")
        if (
            word.count(".") == 1
            and len(word) > 2
            and low not in HONORIFICS
            and word not in R.GIVEN_NAME_ABBREVIATIONS
            and word[:-1] not in R.RANK_CORPS  # "Kombes Pol. Hendra": the rank goes on
        ):
            append(_Tok(start, pos - 1, word[:-1], low))  # a sentence's full stop is no part of it
        else:
            append(_Tok(start, pos, word, low))
    if out and len(out[0].word) >= LEDE_CAPS_MIN and out[0].word.isupper() and out[0].word.isalpha():
        out[0].word = out[0].word.capitalize()  # "KOMISI Pemberantasan Korupsi": a lede in capitals
        _lede_caps_after(text, out, 0)
    if "\n\n" not in text:
        return out
    starts = [tok.start for tok in out]
    gap = text.find("\n\n")
    while gap != -1:  # the first word of each later paragraph
        k = bisect.bisect_left(starts, gap + 2)
        if 1 <= k < len(out):
            tok = out[k]
            if len(tok.word) >= LEDE_CAPS_MIN and tok.word.isupper() and tok.word.isalpha():
                tok.word = tok.word.capitalize()
                _lede_caps_after(text, out, k)
        gap = text.find("\n\n", gap + 2)
    return out


LEDE_CAPS_NEXT_MIN = 4
"""Further words in capitals after a lede's first one that are part of it ("KUALA LUMPUR -", "BANDA
ACEH -"); shorter ones are acronyms ("KPK")."""


def _lede_caps_after(text: str, toks: list[_Tok], k: int) -> None:
    """Capitalise the words in capitals that go on a paragraph's lede word ("KUALA LUMPUR")."""
    while (
        k + 1 < len(toks)
        and text[toks[k].end : toks[k + 1].start] == " "
        and len(toks[k + 1].word) >= LEDE_CAPS_NEXT_MIN
        and toks[k + 1].word.isupper()
        and toks[k + 1].word.isalpha()
    ):
        k += 1
        toks[k].word = toks[k].word.capitalize()


LEDE_CAPS_MIN = 5
"""A paragraph's first word in capitals and at least this long is a lede style, not an acronym."""


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    """True when only spaces separate two tokens (no comma, bracket or line break)."""
    gap = text[a.end : b.start]
    return gap == " " or (gap.strip() == "" and "\n" not in gap)


def _gazetteer_at(text: str, toks: list[_Tok], i: int, index: _Index) -> tuple[int, str, str] | None:
    """Longest gazetteer match starting at token i: (end token index, canonical, type).

    The spelling grows one token at a time and stops as soon as it opens no gazetteer spelling,
    exactly or folded to lower case (the index keeps every prefix of its spellings)."""
    first = toks[i].word.rstrip(".")
    if first not in index.first_words and toks[i].low not in index.first_words:
        return None
    best: tuple[int, str, str] | None = None
    exact: tuple[str, ...] = ()
    folded: tuple[str, ...] = ()
    exact_on = folded_on = True
    for j in range(i, min(len(toks), i + MAX_GAZETTEER_TOKENS)):
        tok = toks[j]
        if j > i and not _adjacent(text, toks[j - 1], tok):
            break
        word = tok.word.rstrip(".")
        if exact_on:
            exact = (*exact, word)
            exact_on = exact in index.exact_prefixes
        if folded_on:
            folded = (*folded, word.lower())
            folded_on = folded in index.folded_prefixes
        if not exact_on and not folded_on:
            break
        value = (index.exact.get(exact) if exact_on else None) or (
            index.folded.get(folded) if folded_on else None
        )
        if value is not None:
            best = (j + 1, value[0], value[1])
    return best


def _role_at(toks: list[_Tok], i: int) -> int:
    """End token index of a role head (with modifiers) starting at i, or i when there is none.

    The head grows one token at a time while it still opens a role of the table (the longest
    role wins), so a word that opens no longer role ends the look-up at once."""
    n = len(toks)
    if i >= n or toks[i].low not in ROLE_FIRST_WORDS:
        return i
    j = i
    while j < n:
        low = toks[j].low
        if j + 1 < n and (low, toks[j + 1].low) in MODIFIERS:
            j += 2
        elif (low,) in MODIFIERS:
            j += 1
        else:
            break
    prefixes = _role_prefixes()
    best = i
    key: tuple[str, ...] = ()
    for k in range(j, min(n, j + ROLE_MAX)):
        key = (*key, toks[k].low)
        if key not in prefixes:
            break
        if key in ROLE_TABLE:
            best = k + 1
    return best


_ROLE_PREFIX_CACHE: list[tuple[int, frozenset[tuple[str, ...]]]] = []


def _role_prefixes() -> frozenset[tuple[str, ...]]:
    """Every opening run of words of a role in :data:`ROLE_TABLE` (rebuilt if the table grows)."""
    if not _ROLE_PREFIX_CACHE or _ROLE_PREFIX_CACHE[0][0] != len(ROLE_TABLE):
        prefixes = frozenset(key[:n] for key in ROLE_TABLE for n in range(1, len(key) + 1))
        _ROLE_PREFIX_CACHE[:] = [(len(ROLE_TABLE), prefixes)]
    return _ROLE_PREFIX_CACHE[0][1]


DERIVED_NOUN = re.compile(r"^(?:Pe|Pem|Pen|Peng|Peny|Per|Ke|Kese|Keber)[a-z]{3,}an$")
"""Capitalised derived nouns ("Penelitian", "Pembangunan", "Keamanan"): words of institutions."""


def _is_name_word(tok: _Tok) -> bool:
    """True for a word that can be part of a person's name (capitalised, no digits, no institution
    word)."""
    return tok.word[:1].isupper() and _name_word(tok.word)


@lru_cache(maxsize=65536)
def _name_word(word: str) -> bool:
    if not word[:1].isupper() or word in STOP_CAPITALISED or word in CALENDAR_WORDS:
        return False
    if word.isupper() or not any(c.isalpha() for c in word) or any(c.isdigit() for c in word):
        return False
    if (
        word in NOT_NAME_WORDS
        or word.rstrip(".") in NOT_NAME_WORDS
        or DERIVED_NOUN.match(word)
        or (len(word) >= 6 and word.endswith(("nya", "kan")))
    ):
        return False
    if word.lower().rstrip(".") in HONORIFICS or DEGREE.match(word) or "." in word.rstrip("."):
        return False  # "Bapak", "Prof." stand before names; "PhD", "SpPD" after them
    return not ("-" in word and any(p.isupper() or p in NOT_NAME_WORDS for p in word.split("-")))


def _name_links_after(text: str, toks: list[_Tok], b: int) -> int:
    """A name's end moved past lower-case particles and the name words after them ("Ricardo
    Soares de Oliveira", "Ahmad bin Said"), which a role stretch stops at."""
    n = len(toks)
    while b < n and toks[b].word in NAME_LINKS and _adjacent(text, toks[b - 1], toks[b]):
        k = b
        while k < n and toks[k].word in NAME_LINKS and _adjacent(text, toks[k - 1], toks[k]):
            k += 1  # "von der"
        if k >= n or not _adjacent(text, toks[k - 1], toks[k]) or not _is_name_word(toks[k]):
            break
        b = k + 1
        while b < n and _adjacent(text, toks[b - 1], toks[b]) and _is_name_word(toks[b]):
            b += 1
    return b


def _given_name_opener(text: str, toks: list[_Tok], j: int) -> bool:
    """True for a given name that is also a common word ("Hari") when a name word follows it."""
    return (
        toks[j].word in AMBIGUOUS_GIVEN_NAMES
        and j + 1 < len(toks)
        and _adjacent(text, toks[j], toks[j + 1])
        and _is_name_word(toks[j + 1])
    )


def _name_run(text: str, toks: list[_Tok], i: int, index: _Index, allow_yang: bool = True) -> int:
    """End token index of a capitalised name starting at i (i when none); stops at known entities."""
    if _role_at(toks, i) > i:
        return i  # "Bapak Presiden Prabowo": the title is no name
    j = i
    inner = 0  # "bin", "Daeng": inside a name, not counted towards its length
    while j < len(toks) and j - i - inner < MAX_NAME_TOKENS:
        tok = toks[j]
        if j > i and not _adjacent(text, toks[j - 1], tok):
            break
        if j > i and tok.word in NAME_LINKS and j + 1 < len(toks) and _is_name_word(toks[j + 1]):
            j += 1
            inner += 1
            continue
        if j > i and tok.word in INNER_NAME_WORDS and j + 1 < len(toks) and _is_name_word(toks[j + 1]):
            inner += 1
        if j > i and len(tok.word) == 1 and tok.word.isupper() and tok.word != "I":
            j += 1  # "Helmi D": a bare initial closes a name
            break
        if (
            ((j > i and _is_initial(tok)) or (j == i and tok.word in ("I", "Ni")))
            and j + 1 < len(toks)
            and _is_name_word(toks[j + 1])
        ):
            j += 1
            continue
        if not _is_name_word(tok) and not _given_name_opener(text, toks, j):
            if not (
                allow_yang
                and j == i
                and tok.word == "Yang"
                and j + 1 < len(toks)
                and _adjacent(text, tok, toks[j + 1])
                and _is_name_word(toks[j + 1])
            ):
                break
        elif j > i and (
            tok.word in ORG_PREFIXES  # "Lantas Polres Subang": an office opens, the name has ended
            or _gazetteer_at(text, toks, j, index)
            or (_role_at(toks, j) > j and not _surname_role(text, toks, j))
        ):
            break
        if tok.word.endswith(".") and len(tok.word) > 3:
            break
        j += 1
    return j


def _surname_role(text: str, toks: list[_Tok], j: int) -> bool:
    """True for a role word that is also a surname ("Fadli Hakim") ending a name: no name word
    follows it, so it titles nobody."""
    return toks[j].word in ROLE_WORDS_ALSO_NAMES and not (
        j + 1 < len(toks) and _adjacent(text, toks[j], toks[j + 1]) and toks[j + 1].cap
    )


def _org_run(text: str, toks: list[_Tok], i: int) -> int:
    """End of an organisation name opened by an ORG_PREFIXES word at i (i when none)."""
    if toks[i].word not in ORG_PREFIXES:
        return i
    j = i + 1
    while j < len(toks) and j - i < 10:
        tok = toks[j]
        if not _adjacent(text, toks[j - 1], tok):
            break
        if tok.low in HONORIFICS or tok.low in R.RANKS or (tok.word.isupper() and _role_at(toks, j) > j):
            break
        if (
            tok.word[:1].isupper() and tok.word not in STOP_CAPITALISED and tok.word not in CALENDAR_WORDS
        ) or (tok.word in ("dan", "untuk") and j + 1 < len(toks) and toks[j + 1].word[:1].isupper()):
            j += 1
        else:
            break
    while j > i + 1 and toks[j - 1].word in ("dan", "untuk"):
        j -= 1
    if j == i + 1:
        return i
    # "(KPK)"-style acronym right after the name belongs to it
    rest = text[toks[j - 1].end : toks[j - 1].end + 14]
    acronym = re.match(r" \(([A-Z][A-Za-z]{1,9})\)", rest)
    if acronym and j < len(toks) and toks[j].word == acronym.group(1):
        j += 1
    return j


def _surface(text: str, toks: list[_Tok], i: int, j: int) -> str:
    return text[toks[i].start : toks[j - 1].end]


def _is_initial(tok: _Tok) -> bool:
    """An initial ("M.") or an abbreviated given name ("Moh.") inside a name."""
    return (len(tok.word) == 2 and tok.word[0].isupper() and tok.word[1] == ".") or (
        tok.word in R.GIVEN_NAME_ABBREVIATIONS
    )


DEGREE = re.compile(r"^[A-Z][a-z]*[A-Z][\w\-.]*$")
"""Academic and professional degrees after a name ("SpPD-KEMD", "MSi", "SH")."""


OFFICE_LIST_ITEM = re.compile(r"[A-Z][\w-]*(?: (?:dan |serta )?[A-Z][\w-]*)*")
"""One item of a list of fields inside an office's name: capitalised words, maybe joined by "dan"."""

MAX_OFFICE_LIST_ITEMS = 5
"""Most items in the list of fields an office's name may hold ("Politik, Hukum, dan Keamanan")."""


MAX_OFFICE_LIST_ITEM_WORDS = 5
"""Most words of one field in such a list ("Pendidikan Menengah Kemendikdasmen"): a longer run is
a new title and its office, not a field."""


def _field_item(words: str, first: bool = False) -> bool:
    """True when a list item names a field, not a person or a new title: it holds an institution
    word or a derived noun ("Anak Usia Dini", "Ketahanan Pangan", "Pemuda dan Olahraga"); an item
    after a comma is short and opens with no role head ("…, Dirjen Perumahan …" begins a new title).
    The first item is the end of the title the list is part of ("Kepala Dinas Pertanian")."""
    split = [w for w in words.split() if w not in ("dan", "serta")]
    return any(not _name_word(w) for w in split) and (
        first or (len(split) <= MAX_OFFICE_LIST_ITEM_WORDS and split[0].lower() not in ROLE_FIRST_WORDS)
    )


FIELDS_BEFORE_COMMA = re.compile(r"(?:[A-Z][\w-]*(?: |$)){1,4}$")
"""The capitalised words that end right before a comma: the list's first field."""


@lru_cache(maxsize=64)
def office_list_commas(text: str) -> frozenset[int]:
    """Offsets of the commas inside an office's list of fields ("Kepala Dinas Pertanian, Ketahanan
    Pangan, dan Perikanan", "Dinas Pendidikan, Pemuda dan Olahraga Kota X", "Direktur Jenderal
    Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan Menengah"): a run of capitalised
    items separated by commas whose last item follows "dan"/"serta", every item holding an
    institution word. A list of people ("Andi Wijaya, Budi Santoso, dan Citra Lestari") has none."""
    out: set[int] = set()
    pos = text.find(", ")
    while pos != -1:
        nxt = text[pos + 2 : pos + 3]
        if not (nxt.isupper() or text.startswith(("dan ", "serta "), pos + 2)):
            pos = text.find(", ", pos + 2)  # no capitalised field after the comma
            continue
        before = FIELDS_BEFORE_COMMA.search(text[max(0, pos - 60) : pos] + " ")
        if before is None or not _field_item(before.group(0).strip(), first=True):
            pos = text.find(", ", pos + 2)
            continue
        commas = [pos]
        cur = pos
        closed = False
        for _ in range(MAX_OFFICE_LIST_ITEMS):
            link = re.match(r", (?:(dan|serta) )?", text[cur:])
            assert link is not None
            item = OFFICE_LIST_ITEM.match(text, cur + link.end())
            if item is None or not _field_item(item.group(0)):
                break
            if link.group(1) or re.search(r" (?:dan|serta) [A-Z]", item.group(0)):
                closed = True
                break
            cur = item.end()
            if not text.startswith(", ", cur):
                break
            commas.append(cur)
        if closed:
            out.update(commas)
        pos = text.find(", ", commas[-1] + 2)
    return frozenset(out)


def _word_char(c: str) -> bool:
    """A character of ``[\\w-]`` (what ``re``'s ``\\w`` matches, and the hyphen)."""
    return c.isalnum() or c == "_" or c == "-"


def find_forms(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the forms stand in the text as whole words (no word character or hyphen on either
    side), left to right, without overlaps, the longest form first where several start at one
    place: what ``re.finditer(r"(?<![\\w-])(?:A|B|…)(?![\\w-])")`` over the forms sorted longest
    first finds, with no pattern to compile for each text's own forms."""
    found: list[tuple[int, int, str]] = []
    size = len(text)
    for form in forms:
        if not form:
            continue
        start = text.find(form)
        while start != -1:
            end = start + len(form)
            if (start == 0 or not _word_char(text[start - 1])) and (end >= size or not _word_char(text[end])):
                found.append((start, -len(form), form))
            start = text.find(form, start + 1)
    found.sort()
    out: list[tuple[int, int, str]] = []
    last = 0
    for start, minus_len, form in found:
        if start >= last:
            last = start - minus_len
            out.append((start, last, form))
    return out


def _verb_like(tok: _Tok) -> bool:
    """A reporting verb or a word with a verbal prefix: what follows a sentence's subject."""
    if tok.low in ROLE_FIRST_WORDS or tok.low in ("media", "mereka", "merdeka", "bersama", "berita"):
        return False
    return tok.low in REPORT_WORDS or bool(VERBISH.match(tok.low)) or tok.low in ("pun", "juga")
