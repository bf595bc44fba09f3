"""Find Indonesian time expressions: regular expressions compiled from ``warta.lang.id`` word lists.

Each pattern proposes candidates (span + named groups + the pattern's kind); overlapping candidates
are settled longest-first, and a date followed by its clock time or part of the day ("Minggu
(28/12/2014) pukul 06.18 WIB") is merged into one expression. Normalisation is a separate step
(``times_normalise``); this module only knows where expressions are and what shape they have.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from warta.lang.id import feasts
from warta.lang.id import time_words as tw
from warta.lang.id.calendar import TIME_ZONES, WEEKDAYS
from warta.lang.id.time_words import ALL_MONTHS as MONTHS

MAX_CHAIN_GAP = 3
"""Characters (spaces, a comma) allowed between a date and its clock time to merge them."""

WORD_START = r"(?<![a-z0-9])"
"""Prefix of every pattern (the text is lowered first)."""

_CHAIN_GAP = re.compile(r"[\s,]*")
_MONTH_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+$", re.IGNORECASE
)
"""A month name right before a position (only spaces between): "April 2010"."""


def ascii_lower(text: str) -> str:
    """``text`` with A–Z lowered and every other character kept, so offsets hold. Patterns run on
    it, which is faster than case-insensitive matching; case checks ("Minggu" = Sunday) read the
    original text. Lowering the UTF-8 bytes touches only ASCII letters (every byte of a multi-byte
    character is ≥ 0x80) and runs at C speed, where ``str.translate`` falls back to a lookup per
    character on any text holding a non-ASCII character (about 35x slower on an article)."""
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


_MONTH_ABBREVIATIONS = frozenset({"agst", "sept", "mrt"})


@dataclass(frozen=True)
class Candidate:
    """A proposed time expression: where it is, which pattern found it, and that pattern's groups."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    priority: int = 0
    parts: tuple[Candidate, ...] = field(default=())


Trie = dict[str, "Trie"]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of words as a trie (one branch per first letter, longest match first).

    Python's ``re`` tries alternatives one by one; sharing prefixes ("jan(?:uari)?") makes the
    patterns several times faster. Spaces in a word match any run of whitespace."""
    trie: Trie = {}
    for word in set(words):
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: Trie) -> str:
    ends = "" in node
    branches = []
    for char in sorted(c for c in node if c):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _trie_regex(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) == 1 else body[:-1] + "|)"
    return body


@lru_cache(maxsize=1)
def _full_months() -> frozenset[str]:
    """Month names written in full (not "Agt", "Sept"): only these stand alone as a month."""
    return frozenset(m for m in MONTHS if (len(m) >= 4 and m not in _MONTH_ABBREVIATIONS) or m == "mei")


def _number_words() -> str:
    digits = [w for w, v in tw.NUMBER_WORDS.items() if 1 <= v <= 9]
    one_to_nine = _alt(digits)
    compound = (
        rf"(?:{one_to_nine})\s+(?:{tw.TEEN_WORD}|{tw.HUNDREDS_WORD}|{tw.TENS_WORD}(?:\s+(?:{one_to_nine}))?)"
    )
    return rf"(?:{compound}|{_alt(tw.NUMBER_WORDS)})"


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """(kind, compiled pattern, priority) for every shape of expression; lower priority wins ties."""
    month = _alt(MONTHS)
    month_full = _alt(_full_months())
    weekday = _alt(WEEKDAYS)
    zone = _alt(TIME_ZONES)
    pod = _alt(tw.PARTS_OF_DAY)
    units = _alt(tw.UNITS)
    num = rf"(?:(?<![\d.,])\d+(?:,\d+)?(?![\d/])|{_number_words()})"
    rng = r"(?:-|–|—|hingga|sampai\s+dengan|sampai|s/d|s\.d\.?|dan)"
    edge = _alt(tw.PERIOD_EDGES)
    mods = _alt(tw.DURATION_MODIFIERS)
    direction = _alt((*tw.AGO_WORDS, *tw.LATER_WORDS, *tw.AHEAD_WORDS))
    period_rel = _alt(tw.RELATIVE_PERIOD_OFFSETS)
    refs = _alt(w for w in (*tw.PRESENT_REFS, *tw.PAST_REFS, *tw.FUTURE_REFS) if w not in tw.WEAK_REFS)
    anaphors = _alt(tw.ANAPHORIC_DAYS)
    deictic = _alt(tw.DEICTIC_DAYS)
    day = r"(?<![\w.,/])(?:[12]\d|3[01]|0?[1-9])"
    year = r"(?:1[89]\d\d|20\d\d)"
    wd_prefix = rf"(?:(?P<wd>{weekday})\s*,?\s*)"
    date_word = _alt(tw.DATE_WORDS)
    date_rel = _alt(tw.DATE_RELS)
    specs: list[tuple[str, str, int]] = [
        (
            "date_range2",
            rf"{wd_prefix}?(?P<d>{day})\s+(?P<m>{month})\.?\s*{rng}\s*(?P<d2>{day})\s+(?P<m2>{month})\b\.?"
            rf"(?:,?\s+(?:tahun\s+)?(?P<y>{year})\b)?",
            0,
        ),
        (
            "date",
            rf"(?:{wd_prefix}(?:(?:{date_word})\.?\s*)?|(?P<tgl>{date_word})\.?\s*)?(?P<d>{day})"
            rf"(?:\s*(?P<rj>{rng})\s*(?P<d2>{day}))?\s+(?P<m>{month})\b\.?"
            rf"(?:,?\s+(?:tahun\s+)?(?P<y>{year})\b)?(?:\s+(?P<pod>{pod})\b)?"
            rf"(?:\s+(?P<rel>{date_rel}))?",
            1,
        ),
        (
            "numdate",
            rf"(?:(?P<wd>{weekday})(?:\s+(?P<podw>{pod}))?\s*,?\s*)?\(\s*(?P<d>{day})\s*/\s*(?P<m>1[0-2]|0?[1-9])"
            rf"(?:\s*/\s*(?P<y>{year}|\d\d))?\s*\)(?:\s+(?P<pod>{pod})\b)?",
            0,
        ),
        (
            "numdate",
            rf"(?:{wd_prefix})?(?P<d>{day})(?P<sep>[/.-])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>{year})(?![\d/])",
            0,
        ),
        ("isodate", rf"(?<![\d.])(?P<y>{year})-(?P<m>1[0-2]|0[1-9])-(?P<d>[0-3]\d)(?![\d])", 0),
        (
            "month_year",
            rf"(?:(?P<edge>{edge})\s+)?(?:(?P<bulan>bulan)\s+)?(?P<m>{month})\b\.?"
            rf"(?:\s*(?P<rj>-|–|hingga|sampai)\s*(?P<m2>{month})\b\.?)?,?\s+(?:tahun\s+)?(?P<y>{year})\b",
            2,
        ),
        (
            "month_range",
            rf"(?:(?P<edge>{edge})\s+)?(?:(?P<bulan>bulan)\s+)?(?P<m>{month_full})\s*(?:-|–|hingga|sampai(?:\s+dengan)?)"
            rf"\s*(?:(?P<edge2>{edge})\s+)?(?:(?P<d2>{day})\s+)?(?P<m2>{month_full})\b(?:,?\s+(?:tahun\s+)?(?P<y>{year})\b)?",
            2,
        ),
        (
            "quarter",
            rf"(?<!\w)(?P<q>{_alt(tw.YEAR_PARTS)})\s+(?:ke-?)?(?P<n>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)\b"
            rf"(?:(?:\s+(?:tahun\s+)?|\s*[-/]\s*)(?P<y>{year})\b|\s+(?:tahun\s+)?(?P<rel>ini|lalu))?",
            2,
        ),
        (
            "month",
            rf"(?:(?P<pre>{_alt(tw.MONTH_PREFIXES)})\s+)?(?:(?P<wk>(?:pekan|minggu)\s+(?:ke-?\s*[1-5]\b|"
            rf"{_alt(tw.WEEK_OF_MONTH_ORDINALS)}))\s+)?(?:(?P<bulan>bulan)\s+)?(?P<m>{month_full})\b"
            rf"(?:\s+(?P<rel>yang\s+lalu|lalu|kemarin|silam|mendatang|depan|nanti|ini|"
            rf"tahun\s+(?:ini|lalu|depan))|(?(wk),?\s+(?:tahun\s+)?(?P<y>{year})\b))?",
            3,
        ),
        (
            "year",
            rf"(?:(?P<edge>{edge})\s+)?(?:(?P<tahun>tahun|thn\.?)\s+)?(?<![\w.,/:$])(?<!\d-)(?P<y>{year})(?P<an>-?an)?"
            rf"(?:\s*(?P<rj>-|–|hingga|sampai)\s*(?P<y2>{year}))?(?![\w]|[.,:/]\d)"
            rf"(?:\s+(?P<rel>ini|lalu|silam|yang\s+lalu))?",
            4,
        ),
        (
            "year_pair",
            rf"(?:(?P<lead>{_alt(tw.YEAR_PAIR_WORDS)})\s+)?(?<![\w./-])(?P<y>{year})\s*/\s*(?P<y2>{year}|\d\d)"
            r"(?![\w/]|[.,]\d)",
            2,
        ),
        ("midnight", rf"(?<!\w){_alt([tw.MIDNIGHT])}\b", 4),
        ("century", r"abad\s+(?:ke-?\s*)?(?P<n>\d{1,2}|[xvi]{1,6})\b(?!-)", 3),
        ("decade", r"(?:tahun|era|dekade|dasawarsa)\s+(?P<c>19|20)?(?P<dd>\d)0-?an\b", 3),
        (
            "quantity",
            rf"(?:(?P<mod>(?:(?:{mods})\s+){{1,2}}))?(?:(?:(?P<times>\d+)\s*[x×]\s*)?(?P<n>{num})(?:\s*(?P<rj>-|–|hingga|sampai)\s*(?P<n2>{num}))?\s+"
            rf"(?P<u>{units})|(?<!\w)se(?P<su>{units})(?!-)|(?P<vague>{_alt(tw.VAGUE_QUANTITIES)})\s+"
            rf"(?P<vu>{units}))\b(?:\s+(?P<dir>{direction})\b)?",
            5,
        ),
        (
            "vague_duration",
            rf"(?<!\w)(?P<w>{_alt(k for k, v in tw.REDUPLICATED_DURATIONS.items() if v)})(?![\w-])",
            4,
        ),
        (
            "period",
            rf"(?:(?P<edge>{edge})\s+)?(?P<u>pekan|minggu|bulan|tahun)\s+(?P<rel>{period_rel})\b",
            2,
        ),
        ("period_edge", rf"(?P<edge>{edge})\s+(?P<u>bulan|tahun)\b(?!\s+(?:{period_rel}|\d|ke\b))", 3),
        ("weekend", rf"akhir\s+pekan(?:\s+(?P<rel>{period_rel})\b)?", 1),
        ("deictic", rf"(?<!\w)(?P<w>{deictic})\b(?:\s+(?P<pod>{pod})\b)?", 3),
        (
            "pod_deictic",
            rf"(?<!\w)(?:(?P<tadi>tadi)\s+(?P<pod1>{pod})|(?P<pod2>{pod})\s+(?P<rel>ini|tadi)|(?P<semalam>semalam))\b",
            3,
        ),
        ("anaphor", rf"(?<!\w)(?P<w>{anaphors})\b(?:\s+(?P<pod>{pod})\b)?", 1),
        ("pod_anaphor", rf"(?<!\w)(?P<pod>{pod})\s+(?:hari\s+)?itu\b", 3),
        ("ref", rf"(?<!\w)(?P<w>{refs})\b", 6),
        (
            "weekday",
            rf"(?:(?P<set>{_alt(tw.SET_WORDS)})\s+)?(?:(?P<hari>hari)\s+)?(?<!\w)(?P<wd>{weekday})\b"
            rf"(?:\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s/d)\s*(?P<wd2>{weekday})\b)?(?:\s+(?P<pod>{pod})\b)?"
            r"(?:\s+(?P<rel>lalu|kemarin|ini|itu|depan|mendatang|(?:pekan|minggu)\s+(?:depan|lalu))\b)?",
            3,
        ),
        (
            "clock",
            rf"(?:(?P<mod>{_alt(tw.CLOCK_MODIFIERS)})\s+)?(?:(?P<pk>(?:{_alt(tw.CLOCK_WORDS)})\.?)\s*(?P<h>2[0-4]|[01]?\d)(?!\d)"
            rf"(?:[.:](?P<mi>[0-5]\d))?(?![\d.,]\d)|(?<![\w.,:])(?P<hx>2[0-4]|[01]?\d)[.:](?P<mix>[0-5]\d)"
            rf"(?=\s*(?:{zone})\b|\s*[-–]\s*\d{{1,2}}[.:]\d\d\s*(?:{zone})\b))(?:\s*(?:-|–|hingga|sampai|s\.?d\.?)\s*(?:pukul\s+)?(?P<h2>2[0-4]|[01]?\d)(?!\d)"
            rf"(?:[.:](?P<mi2>[0-5]\d))?(?![\d.,]\d))?(?:\s*(?P<tz>{zone})\b)?(?:\s+(?P<pod>{pod})\b)?",
            2,
        ),
        (
            "set",
            rf"(?<!\w)(?:{_alt(tw.SET_WORDS)})\s+(?P<u>hari|pekan|minggu|bulan|tahun|tengah\s+malam|malam|{weekday})\b",
            2,
        ),
        ("holiday", rf"(?P<w>{_alt(tw.HOLIDAYS)})\b(?:\s+(?:tahun\s+)?(?P<y>{year})\b)?", 2),
        (
            "feast",
            rf"(?:h\s*(?P<sign>[-+])\s*(?P<off>\d{{1,2}})\s+|(?P<edge>{edge})\s+|(?P<hd>30|[12]\d|[1-9])\s+(?=ramad))?"
            rf"(?P<w>{_alt(feasts.FEAST_NAMES)})\b"
            rf"(?:\s+(?:tahun\s+)?(?:(?P<h>1[34]\d\d)\s*(?:hijriah|hijriyah|h\b\.?)|(?P<y>{year})\b)"
            rf"|(?=\s+(?:{month_full}\s+)?(?P<yrel>tahun\s+(?:ini|lalu|depan))\b)|\s+(?P<rel>ini|lalu|kemarin|mendatang|depan)\b)?",
            1,
        ),
        ("feast_offset", r"(?<!\w)h\s*(?P<sign>[-+])\s*(?P<off>\d{1,2})(?![\w-])", 2),
        ("season", rf"(?<!\w)(?P<w>{_alt(tw.SEASONS)})\b", 2),
        (
            "tanggal",
            rf"(?:{date_word})\.?\s+(?P<d>{day})\b(?!\s*(?:/|\d))"
            rf"(?:\s+bulan\s+(?P<mrel>{_alt(tw.MONTH_OF_DATE_RELS)})\b|\s+(?P<rel>{date_rel}|ini)\b)?",
            4,
        ),
    ]
    # Every expression starts at a word start: saying so first lets ``re`` skip mid-word positions
    # cheaply, which halves the scanning time.
    return tuple((kind, re.compile(WORD_START + rx), prio) for kind, rx, prio in specs)


def _previous_word(text: str, pos: int) -> str:
    match = re.search(r"([\w$'-]+)[^\w$]*$", text[max(0, pos - 30) : pos])
    return match.group(1).lower() if match else ""


def _next_word(text: str, pos: int) -> str:
    match = re.match(r"\s*([\w$'-]+)", text[pos : pos + 30])
    return match.group(1).lower() if match else ""


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“”(")
    return pos == 0 or before == "" or before[-1] in ".!?\n:"


def _quantity_before(text: str, pos: int) -> bool:
    word = _previous_word(text, pos)
    return (
        word.isdigit()
        or word in tw.NUMBER_WORDS
        or word in tw.VAGUE_QUANTITIES
        or word
        in (
            tw.TEEN_WORD,
            tw.TENS_WORD,
            "akhir",
            "pekan",
            "setiap",
            "tiap",
        )
    )


def _valid(text: str, match: re.Match[str], kind: str) -> bool:
    """Reject matches whose shape is right but whose context says they are not times."""
    g = match.groupdict()
    if kind == "weekday":
        return _valid_weekday(text, match)
    if kind == "year":
        if not (g["tahun"] or g["edge"]) and _MONTH_BEFORE.search(
            text[max(0, match.start("y") - 16) : match.start("y")]
        ):
            return False  # "sejak April 2010 sampai 2030": the year is the month's, not a range start
        if g["tahun"] or g["an"] or g["rel"] or g["edge"] or g["y2"]:
            return True
        before = _previous_word(text, match.start("y"))
        after = _next_word(text, match.end())
        if before in tw.NOT_YEAR_BEFORE or after in tw.COUNT_NOUNS or after in tw.UNITS:
            return False
        return not re.match(r"\s*%|\s*[-–]\s*\d", text[match.end() : match.end() + 4])
    if kind == "month":
        return bool(g["pre"] or g["bulan"] or g["rel"] or g["wk"])
    if kind in ("month_year", "date") and g["y"] and "." in text[match.end("m") : match.start("y")]:
        return g["m"].lower() not in _full_months()  # "Oktober. 2000 orang": the year is another sentence
    if kind == "clock":
        if g["pk"] and g["pk"].lower() == "jam":
            before = _previous_word(text, match.start("pk"))
            return not (before.isdigit() or before in tw.NUMBER_WORDS) and bool(
                g["mi"] or g["tz"] or g["pod"]
            )
        return True
    if kind == "ref":
        word = g["w"].lower() if g["w"] else ""
        if word in ("dulu", "dahulu"):
            return _formerly(text, match)
        return True
    if kind == "feast" and not (
        g["edge"] or g["off"] or g["hd"] or g["y"] or g["h"] or g["rel"] or g["yrel"]
    ):
        return _previous_word(text, match.start()) not in feasts.NOT_A_TIME_BEFORE and not _in_a_name(
            text, match.start("w"), match.end("w")
        )
    if kind == "year_pair":  # "tahun ajaran 2023/2024", "musim 2023/24": consecutive years only
        first, second = int(g["y"]), int(g["y2"])
        return (second if second >= 100 else first // 100 * 100 + second) == first + 1
    if kind == "holiday" and " " not in g["w"].strip():  # "Natal", not "Mandailing Natal", "di Natal"
        before = _previous_word(text, match.start())
        if before in feasts.NOT_A_TIME_BEFORE or before in tw.PLACE_PREPOSITIONS:
            return False
        return not _in_a_name(text, match.start("w"), match.end("w"))
    if kind == "midnight":
        return _previous_word(text, match.start()) not in tw.NOT_MIDNIGHT_BEFORE
    if kind == "pod_deictic" and g["semalam"]:  # "menginap semalam" is one night, not last night
        return _previous_word(text, match.start()) not in tw.ONE_NIGHT_BEFORE
    if kind == "period" and text[match.start("u") : match.end("u")] == "Minggu":
        # "Minggu lalu" mid-sentence is last Sunday; at the start of a sentence, last week.
        return _sentence_initial(text, match.start("u")) or (g["rel"] or "").lower() != "lalu"
    return True


def _generic_present(text: str, match: re.Match[str]) -> bool:
    """ "isu-isu hari ini", "generasi hari ini": "hari ini" qualifying an abstract noun is the present
    age, not the day of writing."""
    if (match.group("w") or "").lower() != "hari ini" or match.group("pod"):
        return False
    before = text[max(0, match.start() - 30) : match.start()]
    noun = re.search(r"([\w-]+)\s+$", before)
    if noun is None:
        return False
    word = noun.group(1).lower()
    halves = word.split("-")
    if len(halves) == 2 and halves[0] == halves[1]:  # "isu-isu": a plural noun
        word = halves[0]
    return word in tw.GENERIC_PRESENT_NOUNS


_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'-]*[A-Za-z])\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w'-]*)")
_SENTENCE_OPENERS = frozenset(".!?\n:–—-")
"""Characters after which a capitalised word opens a sentence (or a dateline's text)."""


def _in_a_name(text: str, start: int, end: int) -> bool:
    """ "Muhammad Ramadhan", "Boby Putra Ramadhan Sebayang", "PT Nur Ramadhan Wisata": a feast word
    written capitalised between capitalised words (not words that lead to a feast) is a name."""
    if not text[start:end][:1].isupper():
        return False
    window = max(0, start - 30)
    before = _CAPITALISED_BEFORE.search(text[window:start])
    if before is not None and before.group(1).lower() not in feasts.FEAST_LEAD_WORDS:
        opening = text[max(0, window + before.start(1) - 4) : window + before.start(1)].rstrip(" \t\"'“(")
        if opening and opening[-1] not in _SENTENCE_OPENERS:  # "Momen Ramadan ..." opens a sentence
            return True
    after = _CAPITALISED_AFTER.match(text, end, end + 30)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in feasts.FEAST_LEAD_WORDS and word not in MONTHS and word not in WEEKDAYS


def _formerly(text: str, match: re.Match[str]) -> bool:
    """ "dulu" is "formerly" ("sejak dulu", "kita dulu mampu"), not "first" ("diperiksa dulu.")."""
    before = _previous_word(text, match.start())
    if before in tw.FORMERLY_BEFORE:
        return True
    if before in tw.FIRST_BEFORE:
        return False
    after = text[match.end() : match.end() + 12]
    return (
        not re.match(r"\s*(?:[.,!?;:\"”)]|$)", after) and _next_word(text, match.end()) not in tw.FIRST_AFTER
    )


def _valid_weekday(text: str, match: re.Match[str]) -> bool:
    """A weekday name is a day unless it is "minggu" meaning week ("tiga minggu", "minggu ini")."""
    word = text[match.start("wd") : match.end("wd")]
    if word.lower() != "minggu":
        return True
    if match.group("hari"):
        return True
    if word != "Minggu" or _quantity_before(text, match.start("wd")):
        return False
    rel = (match.group("rel") or "").lower()
    if rel in ("ini", "depan", "mendatang"):
        return False
    if rel == "lalu" and _sentence_initial(text, match.start("wd")):
        return False
    return _next_word(text, match.end("wd")) not in tw.WEEK_ORDINALS


def _valid_matches(text: str, lowered: str, pattern: re.Pattern[str], kind: str) -> Iterable[re.Match[str]]:
    """The matches of ``pattern`` that pass their context check, left to right. After a rejected
    match the search goes on from just after its start, not its end: "April 2010 sampai 2030" is
    no year range, but "2030" in it is still a year."""
    position = 0
    while (match := pattern.search(lowered, position)) is not None:
        if match.end() > match.start() and _valid(text, match, kind):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def find_candidates(text: str) -> list[Candidate]:
    """Every candidate of every pattern that passes its context check (overlaps included)."""
    found: list[Candidate] = []
    lowered = ascii_lower(text)
    has_feast = any(needle in lowered for needle in feasts.FEAST_NEEDLES)
    for kind, pattern, priority in patterns():
        if kind in ("feast", "feast_offset") and not has_feast:  # a bare "H+5" needs a feast before it
            continue
        for match in _valid_matches(text, lowered, pattern, kind):
            groups = match.groupdict()
            start = match.start()
            if kind == "month" and groups["pre"] and groups["pre"].lower() not in tw.PERIOD_EDGES:
                start = next(match.start(k) for k in ("wk", "bulan", "m") if groups[k])
            # "Senin-Jumat", "setiap Senin pagi": weekdays that are not one day
            ranged = kind == "weekday" and bool(groups["wd2"] or groups["set"])
            if ranged:
                kind_here = "weekday_range"
            elif kind == "deictic" and _generic_present(text, match):
                kind_here = "generic_ref"
            else:
                kind_here = kind
            found.append(Candidate(start, match.end(), kind_here, groups, priority))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first (then by pattern priority), in text order."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for cand in ordered:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        taken.append(cand)
        occupied.append((cand.start, cand.end))
    return sorted(taken, key=lambda c: c.start)


_EXPLICIT = frozenset({"date", "numdate", "isodate"})
_DAY_KINDS = frozenset(
    {"date", "numdate", "isodate", "weekday", "deictic", "anaphor", "tanggal", "pod_deictic"}
)


def merge_chains(text: str, selected: list[Candidate]) -> list[Candidate]:
    """Join a day and its clock time (either order), and a redundant "kemarin" after an explicit date."""
    merged: list[Candidate] = []
    for cand in selected:
        if merged:
            prev = merged[-1]
            gap = text[prev.end : cand.start]
            if len(gap) <= MAX_CHAIN_GAP and _CHAIN_GAP.fullmatch(gap) and _joinable(prev, cand):
                parts = (prev.parts or (prev,)) + (cand,)
                merged[-1] = Candidate(prev.start, cand.end, "chain", {}, prev.priority, parts)
                continue
        merged.append(cand)
    return merged


def _joinable(prev: Candidate, cand: Candidate) -> bool:
    kinds = [p.kind for p in (prev.parts or (prev,))]
    has_day = any(k in _DAY_KINDS for k in kinds)
    if cand.kind == "clock":
        return has_day and "clock" not in kinds
    if cand.kind in ("deictic", "weekday") and has_day:
        return "clock" in kinds or (kinds[-1] in _EXPLICIT and cand.kind == "deictic")
    if cand.kind == "anaphor":  # "pukul 06.00 WIB keesokan harinya", not "... sehari setelah <event>"
        last_word = (cand.groups.get("w") or "").lower().split()[-1:]
        return kinds == ["clock"] and not tw.BEFORE_AN_EVENT.intersection(last_word)
    if cand.kind in _DAY_KINDS:
        return kinds == ["clock"]
    return False


def detect(text: str) -> list[Candidate]:
    """Non-overlapping time expressions of ``text`` in order, dates merged with their clock times."""
    return merge_chains(text, select(find_candidates(text)))
