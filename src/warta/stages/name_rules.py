"""Token-level rules that find names in Indonesian news text (used by :mod:`warta.stages.entities`).

The scanner walks the tokens once and, at each one, tries in order: a role followed by a name
("Menteri Luar Negeri Rusia Sergei Lavrov", "Kasat Reskrim Polres X AKP Yasir", "Presiden China,
Xi Jinping"), a gazetteer entry, an organisation opened by a head word ("Partai …"), an honorific
("Pak Budi"), and a capitalised run that is a person when a role follows in apposition, a reporting
verb stands next to it, an age follows it ("Faisal (37)") or a role heads its clause. Everything
here is pure string work over one text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from warta.lang.id import roles as R
from warta.lang.id.calendar import MONTHS, WEEKDAYS
from warta.lang.id.gazetteer import (
    MEDIA,
    MINISTRY_DOMAINS,
    ORG,
    PERSON,
    Gazetteer,
)
from warta.lang.id.reporting_verbs import INDIRECT_VERBS, POST_CUES
from warta.lang.id.roles import (
    AMBIGUOUS_GIVEN_NAMES,
    NAME_LINKS,
    NOT_NAME_WORDS,
    ORG_PREFIXES,
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
        if not spelling[:1].isupper() or spelling.startswith("Kementerian "):
            lowered = tuple(w.lower() for w in words)
            index.folded[lowered] = value
            index.first_words.add(lowered[0])
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
        append(_Tok(start, pos, word, word.lower()))
    for tok in out:
        if tok.word[-1] == ".":
            tok.low = tok.low.rstrip(".")
            if tok.word.count(".") == 1 and len(tok.word) > 2 and tok.low not in HONORIFICS:
                tok.word, tok.end = tok.word[:-1], tok.end - 1
    if out and len(out[0].word) >= LEDE_CAPS_MIN and out[0].word.isupper() and out[0].word.isalpha():
        out[0].word = out[0].word.capitalize()  # "KOMISI Pemberantasan Korupsi": a lede in capitals
    for k in range(1, len(out)):
        tok = out[k]
        lede = len(tok.word) >= LEDE_CAPS_MIN and tok.word.isupper() and tok.word.isalpha()
        if lede and "\n\n" in text[out[k - 1].end : tok.start]:
            tok.word = tok.word.capitalize()
    return out


ADVERBIAL_OPENERS: tuple[str, ...] = ("di", "kepada", "saat", "ketika", "dalam", "usai", "seusai", "pada")
"""Words that open an adverbial right after a speaker's name ("…, Baning di ruang kerjanya")."""

LEDE_CAPS_MIN = 5
"""A paragraph's first word in capitals and at least this long is a lede style, not an acronym."""


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    """True when only spaces separate two tokens (no comma, bracket or line break)."""
    gap = text[a.end : b.start]
    return gap == " " or (gap.strip() == "" and "\n" not in gap)


def _gazetteer_at(text: str, toks: list[_Tok], i: int, index: _Index) -> tuple[int, str, str] | None:
    """Longest gazetteer match starting at token i: (end token index, canonical, type)."""
    first = toks[i].word.rstrip(".")
    if first not in index.first_words and toks[i].low not in index.first_words:
        return None
    best: tuple[int, str, str] | None = None
    words: list[str] = []
    for j in range(i, min(len(toks), i + MAX_GAZETTEER_TOKENS)):
        if j > i and not _adjacent(text, toks[j - 1], toks[j]):
            break
        words.append(toks[j].word.rstrip("."))
        key = tuple(words)
        value = index.exact.get(key) or index.folded.get(tuple(w.lower() for w in key))
        if value is not None:
            best = (j + 1, value[0], value[1])
    return best


def _role_at(toks: list[_Tok], i: int) -> int:
    """End token index of a role head (with modifiers) starting at i, or i when there is none."""
    if i >= len(toks) or toks[i].low not in ROLE_FIRST_WORDS:
        return i
    j = i
    while j < len(toks):
        for size in (2, 1):
            if tuple(t.low for t in toks[j : j + size]) in MODIFIERS:
                j += size
                break
        else:
            break
    for size in range(min(ROLE_MAX, len(toks) - j), 0, -1):
        if tuple(t.low for t in toks[j : j + size]) in ROLE_TABLE:
            return j + size
    return i


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
    while j < len(toks) and j - i < MAX_NAME_TOKENS:
        tok = toks[j]
        if j > i and not _adjacent(text, toks[j - 1], tok):
            break
        if j > i and tok.word in NAME_LINKS and j + 1 < len(toks) and _is_name_word(toks[j + 1]):
            j += 1
            continue
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
        elif j > i and (_gazetteer_at(text, toks, j, index) or _role_at(toks, j) > j):
            break
        if tok.word.endswith(".") and len(tok.word) > 3:
            break
        j += 1
    return j


def _org_run(text: str, toks: list[_Tok], i: int) -> int:
    """End of an organisation name opened by an ORG_PREFIXES word at i (i when none)."""
    if toks[i].word not in ORG_PREFIXES:
        return i
    j = i + 1
    while j < len(toks) and j - i < 10:
        tok = toks[j]
        if not _adjacent(text, toks[j - 1], tok):
            break
        if tok.low in HONORIFICS or (tok.word.isupper() and _role_at(toks, j) > j):
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


def _appositive_role(text: str, toks: list[_Tok], k: int, index: _Index) -> str | None:
    """The role after "NAME, [seorang] " at token k, up to the next comma or clause break."""
    j = k
    if j < len(toks) and toks[j].word.lower() in ("seorang", "sang"):
        j += 1
    if j >= len(toks) or (_role_at(toks, j) == j and toks[j].low not in R.APPOSITION_NOUNS):
        return None
    end = j
    while end < len(toks) and end - j < 16:
        gap = text[toks[end - 1].end : toks[end].start] if end > j else ""
        if any(c in gap for c in ",.;\n(") or toks[end].word.lower() in REPORT_WORDS:
            break
        end += 1
    head_end = _role_at(toks, j)
    if head_end > j and _role_person(text, toks, j, head_end, index) is not None:
        return None  # "A, Presiden ke-7 RI Joko Widodo, …": a list of people, not an apposition
    return _surface(text, toks, j, end)


STRETCH_LINKS: frozenset[str] = frozenset({"dan", "untuk", "di", "dari", "bidang", "urusan", "serta"})
"""Lower-case words inside the capitalised stretch after a role ("Duta Besar Rusia untuk China")."""


ORDINAL = re.compile(r"^ke-?\d+$")
"""An ordinal inside a title: "Presiden ke-7"."""


def _stretch(text: str, toks: list[_Tok], j: int, index: _Index) -> tuple[list[tuple[int, int]], int]:
    """The capitalised stretch after a role head: its segments (split at link words) and its end.
    Known places and organisations inside it are taken whole ("Kementerian Dalam Negeri")."""
    segments: list[tuple[int, int]] = []
    seg_start = k = j
    n = len(toks)
    if j == 0 or j >= n or not (_adjacent(text, toks[j - 1], toks[j]) or _bracket_opens(text, toks, j)):
        return segments, j
    while k < n and (k == j or _adjacent(text, toks[k - 1], toks[k]) or _bracketed(text, toks, k)):
        tok = toks[k]
        if tok.cap:
            hit = _gazetteer_at(text, toks, k, index)
            if hit and hit[0] > k + 1:
                k = hit[0]
                continue
        compound = tok.word in ("Dalam", "Luar") and k + 1 < n and toks[k + 1].word == "Negeri"
        named_after_month = (  # "Direktur … BI Juli Budi Winantya": a month that starts a name
            tok.word in CALENDAR_WORDS
            and k + 1 < n
            and _adjacent(text, tok, toks[k + 1])
            and _is_name_word(toks[k + 1])
        )
        if (tok.word in STOP_CAPITALISED and tok.word != "The" and not compound) or (
            tok.word in CALENDAR_WORDS and not named_after_month
        ):
            break
        if ORDINAL.match(tok.word) and k == seg_start:
            seg_start = k = k + 1  # "Presiden ke-7 RI Joko Widodo"
            continue
        if tok.cap or (tok.low in HONORIFICS and k + 1 < n and toks[k + 1].cap):
            k += 1
            continue
        if (
            tok.low in STRETCH_LINKS
            and k > seg_start
            and k + 1 < n
            and toks[k + 1].cap
            and _role_at(toks, k + 1) == k + 1  # "… dan Presiden Ghana X": a new title, a new stretch
        ):
            segments.append((seg_start, k))
            seg_start = k + 1
            k += 1
            continue
        break
    if k > seg_start:
        segments.append((seg_start, k))
    return segments, k


def _bracketed(text: str, toks: list[_Tok], k: int) -> bool:
    """True at "(Menkeu)" or right after it: a one-word bracket inside a role stretch."""
    before = text[toks[k - 1].end : toks[k].start]
    if before == " (":
        return k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == ") "
    return before == ") " and k >= 2 and text[toks[k - 2].end : toks[k - 1].start] == " ("


def _bracket_opens(text: str, toks: list[_Tok], k: int) -> bool:
    """True at a one-word bracket right after a role ("Wakil Menteri Sosial (Wamensos), …")."""
    return text[toks[k - 1].end : toks[k].start] == " (" and (
        k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start].startswith(")")
    )


def _is_initial(tok: _Tok) -> bool:
    return len(tok.word) == 2 and tok.word[0].isupper() and tok.word[1] == "."


DEGREE = re.compile(r"^[A-Z][a-z]*[A-Z][\w\-.]*$")
"""Academic and professional degrees after a name ("SpPD-KEMD", "MSi", "SH")."""


def _trailing_name(text: str, toks: list[_Tok], lo: int, hi: int, index: _Index) -> tuple[int, int]:
    """The run of name words that ends a segment, before any degrees (empty when there is none)."""
    while hi > lo and (DEGREE.match(toks[hi - 1].word) or _bracket_opens(text, toks, hi - 1)):
        hi -= 1  # degrees and a bracketed acronym after the name: "Bambang Suryadi (Bams)"
    k = hi
    while k > lo and hi - k < MAX_NAME_TOKENS:
        tok = toks[k - 1]
        if k < hi and not _adjacent(text, tok, toks[k]):
            break
        if not (
            _is_name_word(tok)
            or ((_is_initial(tok) or tok.word in ("I", "Ni")) and k < hi)
            or (k < hi and _given_name_opener(text, toks, k - 1))
        ):
            break
        if tok.word in ORG_PREFIXES or _role_at(toks, k - 1) > k - 1:
            break
        hit = _gazetteer_at(text, toks, k - 1, index)
        if hit and hit[2] != PERSON:
            break
        if any(
            (h := _gazetteer_at(text, toks, m, index)) and h[0] >= k for m in range(max(lo, k - 4), k - 1)
        ):
            break  # the word ends a known name ("Mahkamah Agung")
        k -= 1
    while hi - k > 1 and toks[k].low.rstrip(".") in HONORIFICS:
        k += 1  # "Drs. H. Sutrisno Mulyadi": "H." before a name is Haji, not an initial
    if (
        k < hi
        and toks[lo].word in ORG_PREFIXES
        and k <= lo + 1
        and _org_run(text, toks, lo) >= hi
        and not any(_gazetteer_at(text, toks, m, index) for m in range(lo + 1, k))
    ):
        for m in range(lo + 2, hi - 1):  # "PT Dhirga Surya" named alone elsewhere: the rest is a name
            org = _surface(text, toks, lo, m)
            if re.search(
                rf"{re.escape(org)}(?![ ]+[A-Z])\W", text[: toks[lo].start] + " " + text[toks[hi - 1].end :]
            ):
                return m, hi
        if hi - k >= 3:
            return k + 1, hi  # "Kepala Kejari Jember Ichwan Efendi": the place names the body
        return hi, hi  # "Partai Hanura", "PT Hutchison": the words belong to the organisation
    return k, hi


DOTTED_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,2}\.){1,3}[A-Z][A-Za-z]{0,3}\b\.?(?![ ][A-Z][a-z])")
"""A degree written with dots after a name ("M.Si.", "Sp.PD", "S.H.", "Ph.D"): never a name."""


def _person_after_comma(text: str, toks: list[_Tok], end: int, index: _Index) -> tuple[int, int]:
    """The name set off by a comma after a role stretch ("Ketua Umum DPN Tani Merdeka, Don
    Muzakir menyampaikan"; "Direktur Jenderal X, Kementerian Perdagangan RI, Iqbal S. pun …"):
    its token span, empty when none is there."""
    n = len(toks)
    for _ in range(2):
        if end >= n or not text[toks[end - 1].end : toks[end].start].endswith(", "):
            return end, end
        if text[toks[end - 1].end : toks[end].start].strip() not in (",", "),"):
            return end, end
        known = _gazetteer_at(text, toks, end, index)
        if known and known[2] == PERSON:
            return end, known[0]
        if not known:
            break
        end = known[0]  # known organisations or places between commas: look past them
        while end < n and _adjacent(text, toks[end - 1], toks[end]):
            more = _gazetteer_at(text, toks, end, index)
            if not more or more[2] == PERSON:
                break
            end = more[0]
        if end < n and _bracket_opens(text, toks, end):
            end += 1  # "…, Sulawesi Selatan (Sulsel), Budi Santoso"
    else:
        return end, end
    if DOTTED_DEGREE.match(text, toks[end].start):
        return end, end  # "…, M.Si.," after a name: a degree, no second person
    rank = end
    while rank + 1 < n and (
        toks[rank].low in R.RANKS or toks[rank].word in R.RANK_CORPS or toks[rank].word == "TNI"
    ):
        rank += 1  # "…, AKBP Yuswanto Ardi,": the rank is a title
    if rank > end and _is_name_word(toks[rank]):
        end = rank
    if _role_at(toks, end) > end:
        return end, end
    while (
        end + 1 < n and toks[end].low.rstrip(".") in HONORIFICS and _adjacent(text, toks[end], toks[end + 1])
    ):
        end += 1  # "…, H. Abdul Rahman Laka,", "…, KH Ahmad Fauzan,": the honorific is no name
    initials = (  # "…, TH Baning Rahayujati di …": initials before the name
        end + 1 < n and toks[end].word.isupper() and len(toks[end].word) <= 3 and _is_name_word(toks[end + 1])
    )
    after = _name_run(text, toks, end + 1 if initials else end, index, allow_yang=False)
    if initials and after == end + 1:
        return end, end
    if after == end:
        return end, end
    follow = text[toks[after - 1].end : toks[after].start] if after < n else ""
    closed = follow.startswith(",") and bool(
        re.match(r",\s*(?!dan\b|serta\b|atau\b)[a-z(]", text[toks[after - 1].end :])
    )
    verb = (
        after < n
        and follow == " "
        and (toks[after].low in REPORT_WORDS or bool(VERBISH.match(toks[after].low)))
    )
    verb = verb or (
        after < n and follow == " " and toks[after].low in ("pun", "juga", "yang", *ADVERBIAL_OPENERS)
    )
    ends = (
        follow[:1] in (".", ",", ")", ";")
        or after >= n
        or bool(PERSON_ACRONYM.match(text, toks[after - 1].end))
    )
    if (after - end >= 2 and (ends or verb)) or (after > end and (closed or verb)):
        return end, after
    return end, end


def _title_capitalised(toks: list[_Tok], i: int) -> bool:
    """True when the role head (after modifiers such as "mantan") is written as a title."""
    j = i
    while j < len(toks) and (toks[j].low,) in MODIFIERS:
        j += 1
    return j < len(toks) and toks[j].cap


def _org_acronym(text: str, toks: list[_Tok], k: int, index: _Index) -> bool:
    """True when token k is an unknown organisation acronym ("DPN" in "Ketua Umum DPN Tani
    Merdeka, Don Muzakir"): capitalised words after it continue the organisation's name."""
    tok = toks[k]
    return (
        len(tok.word) >= 2
        and tok.word.isupper()
        and tok.word.isalpha()
        and _role_at(toks, k) == k
        and _gazetteer_at(text, toks, k, index) is None
    )


def _verb_like(tok: _Tok) -> bool:
    """A reporting verb or a word with a verbal prefix: what follows a sentence's subject."""
    if tok.low in ROLE_FIRST_WORDS or tok.low in ("media", "mereka", "merdeka", "bersama", "berita"):
        return False
    return tok.low in REPORT_WORDS or bool(VERBISH.match(tok.low)) or tok.low in ("pun", "juga")


def _coordinated_after(text: str, toks: list[_Tok], k: int) -> bool:
    """True when "dan"/"serta" + a capitalised word follows token k: "Bidang Infrastruktur dan
    Pembangunan Kewilayahan" is an office, not a name."""
    return k + 1 < len(toks) and toks[k].low in ("dan", "serta") and toks[k + 1].cap


def _best_run(
    text: str, toks: list[_Tok], segments: list[tuple[int, int]], index: _Index
) -> tuple[int, int] | None:
    """The name a title stretch ends with: the first full name, moved on along segments joined by
    "dan"/"serta" ("Dirjen Integrasi Transportasi dan Multimoda Kemenhub Risal Wasal": the first
    segment names an office); segments after "di"/"dari"/"untuk" name places ("… di Gedung X")."""
    runs = [_trailing_name(text, toks, lo, hi, index) for lo, hi in segments]

    def full(run: tuple[int, int]) -> bool:
        return run[1] - run[0] >= 2 or (
            run[1] > run[0] and _gazetteer_at(text, toks, run[0], index) is not None
        )

    first = next((k for k, run in enumerate(runs) if full(run)), None)
    if first is None:
        return None
    k = first
    while (
        k + 1 < len(segments) and toks[segments[k + 1][0] - 1].low in ("dan", "serta") and full(runs[k + 1])
    ):
        k += 1
    return runs[k]


def _role_person(text: str, toks: list[_Tok], i: int, head_end: int, index: _Index) -> _Found | None:
    """The person a role names: "Menteri Luar Negeri Rusia Sergei Lavrov", "Kasat Reskrim Polres X
    AKP Yasir", "Presiden China, Xi Jinping", "Pendiri Facebook, Mark Zuckerberg"."""
    if i > 0 and (
        toks[i - 1].word in STREET_WORDS
        or toks[i - 1].word in ORG_PREFIXES
        or toks[i - 1].word in R.DOCUMENT_WORDS
    ):
        return None  # "Jalan Jenderal Sudirman" is a street, "Kantor Gubernur" an office
    segments, end = _stretch(text, toks, head_end, index)
    runs = [_trailing_name(text, toks, lo, hi, index) for lo, hi in segments]
    runs = [(a, b) for a, b in runs if b > a]
    best = _best_run(text, toks, segments, index)
    known_best = best is not None and _gazetteer_at(text, toks, best[0], index) is not None
    org_tail = best is not None and best[0] > head_end and _org_acronym(text, toks, best[0] - 1, index)
    if end > head_end:
        first, after = _person_after_comma(text, toks, end, index)
        subject = after > first and after < len(toks) and _verb_like(toks[after])
        apposed = (
            after > first
            and after < len(toks)
            and (
                text[toks[after - 1].end : toks[after].start].startswith(",")
                or toks[after].low in ADVERBIAL_OPENERS
            )
        )
        if after > first and (best is None or org_tail or ((subject or apposed) and not known_best)):
            role = _surface(text, toks, i, end)
            name = _surface(text, toks, first, after)
            return _Found(toks[first].start, toks[after - 1].end, name, PERSON, None, role, 2)
    if (
        best is None
        and runs
        and _title_capitalised(toks, i)
        and not _coordinated_after(text, toks, runs[0][1])
        and not toks[runs[0][0]].low.endswith(("kan", "lah"))  # "Mensos Temukan …": a verb
        and not (
            runs[0][1] < len(toks) and toks[runs[0][1]].low in ("itu", "ini", "tersebut")
        )  # "CEO Tesla itu"
        and not (
            runs[0][0] > head_end and _org_acronym(text, toks, runs[0][0] - 1, index)
        )  # "Ketua DPRD Bantaeng"
    ):
        best = runs[0]  # a single name only after a capitalised title: "AKP Yasir", "Presiden Jokowi"
    if best is None:
        return None
    a, b = best
    b = _name_links_after(text, toks, b)
    if b - a >= 3 and a > head_end and _org_acronym(text, toks, a - 1, index):
        a += 1  # "Ketua DPRD Bantaeng Budi Santoso": the region follows the body's acronym
    role_end = a
    while role_end > i and toks[role_end - 1].low.rstrip(".") in HONORIFICS:
        role_end -= 1  # "Bupati Sleman Drs. H. Sutrisno": honorifics belong to neither
    earlier = [r for r in runs if r[1] < a and r[1] - r[0] >= 2]
    if earlier and text[toks[earlier[-1][1] - 1].end : toks[a].start] in (" dan ", " serta "):
        role_end = earlier[-1][0]  # "… Rusia Andrey Rudenko dan Sergey Vershinin": one title, two people
    title = _surface(text, toks, i, max(role_end, head_end)) if role_end > i else None
    if title is not None and title.count("(") > title.count(")"):
        title += ")"  # "Kolonel Laut (P)": the corps letter's bracket closes the title
    return _Found(toks[a].start, toks[b - 1].end, _surface(text, toks, a, b), PERSON, None, title, 2)


STREET_WORDS: frozenset[str] = frozenset(
    {
        "Jalan",
        "Jl",
        "Jln",
        "Gang",
        "Gg",
        "Lapangan",
        "Stadion",
        "Bandara",
        "Istana",
        "Gedung",
        "Wisma",
        "Kediaman",
    }
)
"""Words before a title that make it part of a place name ("Jalan Jenderal Sudirman")."""


ENGLISH_LINKS: frozenset[str] = frozenset(
    {"of", "the", "and", "for", "in", "on", "to", "with", "a", "an", "at"}
)
"""English words inside titles of books, films and events: the capitalised words after them are
part of the title, not a name."""

PERSON_AKA = re.compile(
    r" (?:atau|alias) ((?:Gus|Cak|Kang|Bung|Mbak|Mas|Pak|Bu)? ?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
"""The name a person goes by, after the full one: "Saifullah Yusuf atau Gus Ipul"."""

PERSON_ACRONYM = re.compile(r" \(([A-Z]{2,6}|(?:Gus |Cak |Kang |Bung )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")
"""The acronym a person is known by, in brackets after the full name: "… Yudhoyono (AHY)"."""


AGE_AFTER = re.compile(r" ?\(\d{1,2}(?: tahun)?\)")
"""An age in brackets right after a name: "Faisal (37)"."""

MAX_SENTENCE_LOOKBACK = 40
"""How many tokens back to look for the start of a sentence."""


MAX_ROLE_DISTANCE = 14
"""How many words a role may stand before the name it introduces across a comma."""


def _sentence_role(text: str, toks: list[_Tok], i: int) -> str | None:
    """For ", NAME," after a role in the same clause ("Kepala Seksi Humas PT X, Eka Asmadi,
    mengatakan"; "Menurut pengamat otomotif dari Institut X, Yannes Pasaribu, ada …"), that role.
    The words between the role and the name hold no verb; None otherwise."""
    if not text[toks[i - 1].end : toks[i].start].endswith(", "):
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_ROLE_DISTANCE:
        if k + 1 < i and any(c in text[toks[k].end : toks[k + 1].start] for c in '.\n;:"“”'):
            return None
        if VERBISH.match(toks[k].low) and toks[k].low not in ROLE_FIRST_WORDS:
            return None
        head_end = _role_at(toks, k)
        if head_end > k:
            return text[toks[k].start : toks[i - 1].end].rstrip(" ,")
        k -= 1
    return None


SPEAKER_ADVERBIALS: frozenset[str] = frozenset({"saat", "ketika", "kepada", "usai", "seusai", "di", "pada"})
"""Words after "kata X" that describe a person speaking ("kata Wartini saat ditemui"); not "dalam",
which organisations speak in ("kata Ericsson dalam sebuah pernyataan")."""

APPOSITION_AFTER = re.compile(
    r",\s+(?:seorang\s+|salah\s+(?:seorang|satu)\s+)?"
    r"(?!(?:di|me|ber|ter)[a-z]{3,}|seperti\b|sebagaimana\b|dalam\b|melalui\b)[a-z]"
)
"""A lower-case description set off by a comma after a name: "kata Wartini, pedagang di …"."""


def _single_name_speaks(text: str, toks: list[_Tok], i: int) -> bool:
    """True for a one-word name (many Indonesians have one) that a quote frame marks as a person:
    right after a reporting cue and before an apposition or an adverbial ("kata Wartini, pedagang
    …", "ujar Darsono saat …"), or set off by commas before a reporting verb ("Seorang pengemudi
    ojek, Darsono, mengaku …")."""
    n = len(toks)
    tok = toks[i]
    if i == 0 or len(tok.word) < 3 or tok.word.isupper():
        return False
    gap_before = text[toks[i - 1].end : tok.start]
    gap_after = text[tok.end : toks[i + 1].start] if i + 1 < n else ""
    after_cue = gap_before == " " and toks[i - 1].low in POST_CUES
    if after_cue:
        if i + 1 >= n or gap_after.strip() in (".", ")") or APPOSITION_AFTER.match(text, tok.end):
            return True
        return gap_after == " " and toks[i + 1].low in SPEAKER_ADVERBIALS
    return gap_before == ", " and gap_after == ", " and i + 1 < n and toks[i + 1].low in INDIRECT_VERBS


def _scan(text: str, gaz: Gazetteer) -> list[_Found]:
    """All candidate mentions, left to right, with the first rule that fires at each token."""
    toks = tokenize(text)
    index = _index(gaz)
    found: list[_Found] = []
    role: str | None
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if (
            tok.low not in ROLE_FIRST_WORDS
            and tok.low not in index.first_words
            and not tok.word[:1].isupper()
            and tok.word != "dr."
        ):
            i += 1  # a plain lower-case word: nothing starts here
            continue
        # 1. role + qualifiers + name
        head_end = _role_at(toks, i)
        if head_end > i and (tok.cap or tok.word.islower()):
            person = _role_person(text, toks, i, head_end, index)
            if person is not None:
                found.append(person)
            i = head_end
            continue
        # 2. gazetteer
        hit = _gazetteer_at(text, toks, i, index)
        if hit:
            j = hit[0]
            role = None
            if hit[2] != PERSON and j == i + 1 and AGE_AFTER.match(text, toks[i].end):
                hit = (j, tok.word, PERSON)  # "kata Vatikan (27)": a person who shares a place's name
            if hit[2] == PERSON and j < n and text[toks[j - 1].end : toks[j].start].strip() == ",":
                role = _appositive_role(text, toks, j, index)
            found.append(
                _Found(tok.start, toks[j - 1].end, _surface(text, toks, i, j), hit[2], hit[1], role, 1)
            )
            if hit[2] == ORG and hit[1] not in MEDIA and j < n and _adjacent(text, toks[j - 1], toks[j]):
                end = _name_run(text, toks, j, index, allow_yang=False)
                if end - j >= 2:
                    role = _surface(text, toks, i, j)
                    found.append(
                        _Found(
                            toks[j].start,
                            toks[end - 1].end,
                            _surface(text, toks, j, end),
                            PERSON,
                            None,
                            role,
                            2,
                        )
                    )
                    j = end
            i = j
            continue
        # 3. organisation with a head word
        org_end = _org_run(text, toks, i)
        if org_end > i:
            found.append(
                _Found(tok.start, toks[org_end - 1].end, _surface(text, toks, i, org_end), ORG, None, None, 1)
            )
            i = org_end
            continue
        # 4. honorific + name
        if tok.word.rstrip(".").lower() in HONORIFICS and (tok.cap or tok.word == "dr.") and i + 1 < n:
            end = _name_run(text, toks, i + 1, index, allow_yang=False)
            if end > i + 1:
                found.append(
                    _Found(
                        toks[i + 1].start,
                        toks[end - 1].end,
                        _surface(text, toks, i + 1, end),
                        PERSON,
                        None,
                        None,
                        2,
                    )
                )
                i = end
                continue
        # 5. a capitalised run: a person when a role follows in apposition or a reporting verb is next
        end = _name_run(text, toks, i, index)
        if end > i:
            surface = _surface(text, toks, i, end)
            role = None
            is_person = False
            gap_after = text[toks[end - 1].end : toks[end].start] if end < n else ""
            if end - i >= 2 and gap_after.strip() == ",":
                role = _appositive_role(text, toks, end, index)
                is_person = role is not None
            if not is_person and AGE_AFTER.match(text, toks[end - 1].end):
                is_person = True  # "Faisal (37)": an age in brackets follows only people
            english = i > 0 and toks[i - 1].low in ENGLISH_LINKS  # "… Economy of Seafood Systems"
            if not is_person and end - i >= 2 and not english:
                before = toks[i - 1].low if i > 0 else ""
                after = toks[end].low if end < n else ""
                is_person = before in POST_CUES or after in INDIRECT_VERBS or after == "alias"
                if not is_person and gap_after.strip() == "," and i > 0:
                    role = _sentence_role(text, toks, i)
                    is_person = role is not None
            if not is_person and end - i == 1 and i > 0 and gap_after == " " and _verb_like(toks[end]):
                role = _sentence_role(
                    text, toks, i
                )  # "Wakil Ketua Komisi I dari fraksi X, Suharsono mengatakan"
                is_person = role is not None
            if not is_person and end - i == 1 and _single_name_speaks(text, toks, i):
                is_person = True
                if gap_after.strip() == ",":
                    role = _appositive_role(text, toks, end, index) or _sentence_role(text, toks, i)
            if is_person:
                found.append(_Found(tok.start, toks[end - 1].end, surface, PERSON, None, role, 2))
            else:
                found.append(_Found(tok.start, toks[end - 1].end, surface, "NAME", None, None, 0))
            i = end
            continue
        i += 1
    return found
