"""Text-dump cleaning: decide for every line of a dump whether it belongs to the article.

Works on browser "save as text" dumps and on text-mode renderer dumps (menus, list bullets and
all). Hard-wrapped dumps (lynx, w3m) are first joined back into paragraphs. Each line then gets
a class and a score: prose scores its word count, page furniture (menus, related headlines and
their teasers, timestamps, promos, captions …) scores below zero, and a related-list header that
never stands inside a body ("Terkini Lainnya", "Berita terkait", "Populer") or a long run of
lines without running text is a wall. The body is the contiguous run of lines with the highest
total score (a maximum-sum segment, as in Finn et al.'s Body Text Extraction), moved to start at
the outlet dateline when there is one; inside it the furniture is dropped line by line with the
shared Indonesian post-filter. Pages whose best segment is a list of headlines with teasers, or
holds no running text, are refused as not articles.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from warta.errors import NotAnArticle
from warta.lang.id.bylines import DASHED_WIRE_ENDS
from warta.lang.id.page_grammar import ABOUT_BOX_PREFIXES, PHOTO_CREDIT_LINE, STAR_SIGN_OFF
from warta.options import Options
from warta.records import Article, RawDoc
from warta.stages import metadata as meta
from warta.stages import postfilter as pf
from warta.stages.language import detect_language
from warta.stages.listing_text import cut_snippets, intro_above_list
from warta.stages.unwrap import DATELINE_MAX_CHARS
from warta.stages.unwrap import LIST_ITEM_RE as _LIST_ITEM_RE
from warta.stages.unwrap import URL_STARTS as _URL_STARTS
from warta.stages.unwrap import unwrap as unwrap  # re-exported: callers and tests read it here

WALL: Final = -1.0e6
"""Score of a hard end ("Terkini Lainnya", "Berita terkait", …): no body spans across it."""

FURNITURE_SCORES: Final[dict[str, float]] = {
    "insert": -2.0,
    "ad": -2.0,
    "promo": -10.0,
    "share": -2.0,
    "comment": -8.0,
    "pager": -3.0,
    "copyright": -20.0,
    "timestamp": -4.0,
    "credit": -3.0,
    "byline": -4.0,
    "caption": -2.0,
    "url": -2.0,
}
"""Penalty of each kind of boilerplate line (see ``postfilter.boilerplate_kind``)."""

RELATED_HEADER_SCORE: Final = -8.0
TEASER_SCORE: Final = -3.0
INSERT_HEADERS: Final = frozenset({"baca juga", "baca pula", "simak juga", "lihat juga"})
"""List headers that also stand inside a body, over a short block of links: a mild penalty."""
LIST_ITEM_SCORE: Final = -2.0
REPEATED_LINE_SCORE: Final = -6.0
DATE_LINE_SCORE: Final = -4.0
SECTION_SCORE: Final = -2.0
HEADLINE_SCORE: Final = -2.0
SHORT_FRAGMENT_SCORE: Final = -1.0
SHORT_SENTENCE_SCORE: Final = 1.0

PROSE_MIN_WORDS: Final = 5
"""Lines with fewer words are fragments unless they end like a sentence."""

PROSE_MIN_LOWER_RATIO: Final = 0.4
"""Share of lower-case words above which a line without end punctuation still reads as prose
(Indonesian headlines are Title Case; sentences are mostly lower case)."""

PROSE_UNSTOPPED_MIN_WORDS: Final = 20
"""A line that does not end like a sentence is prose only when it is this long (a sentence-case
headline such as "Bandara Lombok ditutup akibat abu Rinjani" is short and has no full stop)."""

DATELINE_SEARCH_LINES: Final = 12
"""The dateline is looked for among this many non-blank lines at the head of the segment."""

DATELINE_LOOKBACK_LINES: Final = 4
"""…and this many non-blank lines above it (a bare "Jakarta -" line scores nothing)."""

MIN_BODY_WORDS: Final = 10
"""Fewer body words than this (or no line of running text at all) and the page has no article."""

MIN_PROSE_LINES: Final = 2
MIN_SINGLE_PARAGRAPH_WORDS: Final = 30
"""An article has two lines of running text, or one long paragraph: a lone headline is none."""

LISTING_MIN_MARKERS: Final = 3
"""A body segment with this many timestamp/date lines, one per couple of paragraphs, is a list."""

LISTING_MIN_HEADLINES: Final = 6
"""…and so is one with at least this many headline-shaped lines and no more running text."""

LISTING_TEASER_MAX_WORDS: Final = 30
"""Teasers under the headlines of a listing are short; paragraphs of an article are longer."""

LISTING_MARKER_KINDS: Final = ("date", "timestamp", "repeated", "url", "teaser")
"""Line classes that separate the items of a list of articles (a teaser is one item's summary)."""

SENTENCE_END: Final = tuple(".!?\"”’)…'")
_STAR_SIGN_OFF_RE: Final = re.compile(STAR_SIGN_OFF)


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence, also when the writer's "*ind" sign-off follows the full stop.
    (Callers test ``"*" in text`` first: a line holds an asterisk rarely, and the test is cheaper
    than slicing its tail.)"""
    return text.endswith(SENTENCE_END) or _STAR_SIGN_OFF_RE.search(text) is not None


_LIST_MARKS: Final = frozenset("*+•·o#|-")
_CREDIT_LAST: Final = frozenset(")]*#") | frozenset(w[-1] for w in DASHED_WIRE_ENDS)
"""Last characters of a line that may end with a closing credit (a one-character test per line)."""
_INVISIBLE_CHARS: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE: Final = re.compile(f"[{_INVISIBLE_CHARS}]")
"""Zero-width spaces, joiners, BOMs and soft hyphens that copied pages carry inside words."""
_TIMESTAMP_ENDINGS: Final = frozenset("iusnl")
"""Last letters of "… lalu", "… kali", "… views", "… dibaca", "… ini": only such lines can be
related-list timestamps or read counters."""
_MARKUP_RE: Final = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
"""Raw HTML left in a dump ("<img src=…>", "<p>…</p>"): never article text."""
_INITIAL_RE: Final = re.compile(r"[A-Za-z](?<![\w'’].)")
"""A word's initial ASCII letter: the letter comes first in the pattern (so the engine skips to
letters fast), then a look back checks that no word character or apostrophe stands before it."""
_ASCII_STANDINS: Final = (
    ("’", "'"),
    ("‘", '"'),
    ("“", '"'),
    ("”", '"'),
    ("–", "-"),
    ("—", "-"),
    ("…", "."),
    ("\u00a0", " "),
    ("«", '"'),
    ("»", '"'),
)
"""Non-ASCII punctuation and the ASCII character of the same class for ``_INITIAL_RE`` (the right
quote is an apostrophe, the others are no word characters): a line of news text written with them
takes the fast ASCII path of ``_lower_ratio``."""
_INITIAL_CLASSES: Final = str.maketrans(
    {chr(c): " " for c in range(128)}
    | {c: "U" for c in string.ascii_uppercase}
    | {c: "l" for c in string.ascii_lowercase}
    | {c: "w" for c in string.digits + "_'"}
)
"""ASCII characters as classes for ``_lower_ratio``: upper, lower, other word characters, the rest
(a space). On ASCII text a word-initial letter is then a class letter after a space."""

GAP_WALL_LINES: Final = 14
"""Non-blank lines in a row without running text after which the body cannot go on."""

BODY_EVIDENCE_KINDS: Final = frozenset({"prose", "short", "dateline"})
"""Line classes that show running text (they break a run of furniture)."""

REPEAT_MIN_SPACES: Final = 2
REPEAT_MAX_SPACES: Final = 39
"""Only lines of headline length (3–40 words) count as repeats (a repeated body sentence is rare
and long). Lower case and one quote style, so "'Serbuan'" and '"Serbuan"' match."""
_DASH_NEAR_START_RE: Final = re.compile(r"\s(?:-{1,2}|–|—)")

LONE_DATELINE_MAX_WORDS: Final = 8
"""A dateline alone on its line has at most this many words."""

DATELINE_BONUS: Final = 5.0
"""Extra score of a paragraph that opens with a dateline: the body surely starts there."""


@dataclass(slots=True)
class LineInfo:
    """A line of the dump with its class and its contribution to the body score.

    ``full`` is False for short lines that only went through the cheap shape rules; the body
    locator classifies those fully once they turn out to stand inside the body segment.
    """

    text: str
    kind: str
    score: float
    full: bool = True
    repeated: bool = False


_BLANK: Final = LineInfo("", "blank", 0.0)
"""The one record shared by every blank line (records of blank lines are never changed)."""
_LIST: Final = LineInfo("", "list", LIST_ITEM_SCORE)
"""The one record shared by every list item ("* Judul", "1. Judul"): list items are never body
text, so their records keep no text (a rule that reads one reads its line)."""


def _lower_ratio(text: str) -> float:
    """Share of words that start lower case (Indonesian prose is mostly lower case).

    A word-initial letter is an ASCII letter not preceded by a word character or an apostrophe.
    Most lines are ASCII, and on those two substring counts over the line mapped to character
    classes find the same initials as ``_INITIAL_RE`` about ten times faster.
    """
    if not text.isascii():
        for char, standin in _ASCII_STANDINS:  # the usual non-ASCII punctuation of news text
            if char in text:
                text = text.replace(char, standin)
    if text.isascii():
        classes = " " + text.translate(_INITIAL_CLASSES)
        lower = classes.count(" l")
        total = lower + classes.count(" U")
        return lower / total if total else 0.0
    initials = _INITIAL_RE.findall(text)
    return sum(map(str.islower, initials)) / len(initials) if initials else 0.0


def classify(lines: Sequence[str]) -> list[LineInfo]:
    """Class and score every line: blank, wall, furniture kinds, list, repeated, date, prose …"""
    infos: list[LineInfo] = []
    append = infos.append  # bound once: these loops run for every line of every dump
    list_item = _LIST_ITEM_RE.match
    rest: list[tuple[int, str, int, str]] = []  # index, text, spaces and repeat key of the other lines
    keys: list[str] = []  # their keys again, for a C-speed count
    for line in lines:
        text = line.strip()
        if not text:
            append(_BLANK)
        # a mark then a space is most list items, told without the regex
        elif text[0] in _LIST_MARKS and (len(text) == 1 or text[1].isspace() or list_item(text)):
            append(_LIST)
        else:
            spaces = text.count(" ")
            key = text.lower().replace("'", '"') if REPEAT_MIN_SPACES <= spaces <= REPEAT_MAX_SPACES else ""
            rest.append((len(infos), text, spaces, key))
            keys.append(key)
            append(_BLANK)  # a place held for the class given below
    counts = Counter(keys)
    for i, text, spaces, key in rest:
        repeated = counts[key] > 1 if key else False
        if text[-1] in _CREDIT_LAST and pf.may_end_with_credit(text):
            # "… lanjut. (Antara)", "… rupiah. [ded]": the paragraph is classed (and kept) without
            # its closing credit; the metadata reader takes wire sources from the raw line
            text = pf.split_closing_credit(text)[0]
            spaces = text.count(" ")
        infos[i] = _cheap_line(text, spaces, repeated) or _classify_line(text, repeated)
    _demote_teasers(infos)
    _wall_long_gaps(infos)
    return infos


def _demote_teasers(infos: list[LineInfo]) -> None:
    """A sentence right after a "5 jam lalu" stamp or a repeated headline, or right before a stamp,
    is the teaser of a related article, not body text; so is one between a headline and a date
    line (a list item "headline / teaser / 14 Maret 2023 19:20"). A repeated headline right after
    a "Baca juga:" header is the insert's link (the same headline is listed again below the body),
    and so is every repeated headline of a run right under one (a "Baca Juga" box of several
    links): the sentence after them is body."""
    previous = ""
    pending: int | None = None  # index of the last prose line, waiting to see what follows it
    pending_after = ""  # the kind of line before the pending prose line
    for i, info in enumerate(infos):
        kind = info.kind
        if kind == "blank":
            continue
        if pending is not None and (kind == "timestamp" or (pending_after == "headline" and _is_date(info))):
            infos[pending] = LineInfo(infos[pending].text, "teaser", TEASER_SCORE)
        pending = None
        if kind == "prose":
            if previous == "timestamp" or (previous == "repeated" and not _under_insert(infos, i)):
                infos[i] = LineInfo(info.text, "teaser", TEASER_SCORE)
                kind = "teaser"
            else:
                pending, pending_after = i, previous
        previous = kind


def _under_insert(infos: Sequence[LineInfo], i: int) -> bool:
    """The run of repeated headlines just above line ``i`` stands right under an insert header
    ("Baca Juga" over its links): looked back only when a sentence follows such a run."""
    j = i - 1
    while j >= 0 and infos[j].kind in ("blank", "repeated"):
        j -= 1
    return j >= 0 and infos[j].kind == "insert"


def _is_date(info: LineInfo) -> bool:
    """A date line, also among the lines only classed by shape so far ("14 Maret 2023 19:20",
    "Sabtu, 25 Maret 2023 10:10 WIB")."""
    if info.kind == "date":
        return True
    return info.kind in ("fragment", "headline") and not info.full and meta.is_date_line(info.text)


def _wall_long_gaps(infos: list[LineInfo]) -> None:
    """Turn a long run of non-prose lines into a wall: a body never holds GAP_WALL_LINES lines of
    menus, lists or headlines in a row, so the article cannot continue past one."""
    run_start, run = 0, 0
    evidence = BODY_EVIDENCE_KINDS
    for i, info in enumerate(infos):
        kind = info.kind
        if kind == "blank":
            continue
        if kind in evidence:
            run = 0
            continue
        if run == 0:
            run_start = i
        run += 1
        if run == GAP_WALL_LINES:
            infos[run_start] = LineInfo(infos[run_start].text, "wall", WALL)


_HEADER_CLASSES: Final[dict[str, tuple[str, float]]] = (
    dict.fromkeys(pf.SECTION_LABELS, ("section", SECTION_SCORE))
    | dict.fromkeys(pf.RELATED_HEADERS, ("related", RELATED_HEADER_SCORE))
    | dict.fromkeys(INSERT_HEADERS, ("insert", FURNITURE_SCORES["insert"]))
    | dict.fromkeys(pf.HARD_END_HEADERS, ("wall", WALL))
)
"""Class and score of a short line by its header key, in one lookup; where a key is in several
sets the stronger class wins (later sets override): hard end, "Baca juga", related list, section."""


_INSERT_STARTS: Final = tuple(sorted(pf.INSERT_FIRST_WORDS))
"""First words of the insert prefixes: only short lines starting so go through the insert regex."""


def _cheap_line(text: str, spaces: int, repeated: bool) -> LineInfo | None:
    """Shape-only class of a short line (menus are most of a dump), or None; ``text`` (holding
    ``spaces`` spaces) is neither blank nor a list item (``classify`` has told those apart)."""
    if text.startswith(_URL_STARTS) or ("<" in text and _MARKUP_RE.search(text)):
        return LineInfo(text, "url", FURNITURE_SCORES["url"])
    if spaces + 1 >= PROSE_MIN_WORDS:
        words = len(text.split())
        if words >= PROSE_MIN_WORDS:
            if (
                repeated
                or words >= PROSE_UNSTOPPED_MIN_WORDS
                or text.endswith(SENTENCE_END)
                or ("*" in text and _ends_sentence(text))
            ):
                return None
            # Headline-shaped (no full stop, short): furniture or a subheading whatever the rules
            # would say, so it is classified fully only if it ends up inside the body segment.
            return LineInfo(text, "headline", HEADLINE_SCORE, False, repeated)
    key = pf.header_key(text)
    header = _HEADER_CLASSES.get(key)
    if header is not None:
        return LineInfo(text, *header)
    if key.startswith(ABOUT_BOX_PREFIXES):  # "Tentang Cek Fakta Liputan6.com": the story is over
        return LineInfo(text, "wall", WALL)
    if key.startswith(_INSERT_STARTS) and pf.INSERT_RE.match(text):
        return LineInfo(text, "insert", FURNITURE_SCORES["insert"])  # "Baca Selanjutnya"
    if key.startswith("tweets by @"):
        return LineInfo(text, "related", RELATED_HEADER_SCORE)
    if text[-1] in _TIMESTAMP_ENDINGS and pf.TIMESTAMP_RE.match(text):
        # before the repeat test: a list's stamps repeat ("3 jam lalu" twice) and stay stamps
        return LineInfo(text, "timestamp", FURNITURE_SCORES["timestamp"])
    if repeated:
        return LineInfo(text, "repeated", REPEATED_LINE_SCORE)
    if text.endswith(SENTENCE_END) and _lower_ratio(text) > 0:
        return LineInfo(text, "short", SHORT_SENTENCE_SCORE, False, repeated)
    return LineInfo(text, "fragment", SHORT_FRAGMENT_SCORE, False, repeated)


def _is_closing_outlet_credit(inner: str, words: int) -> bool:
    """The inside of a bracketed line closing the story: the outlet ("(Tribunjogja.com)") or the
    outlet and its reporter ("(TribunJabar.id/Asep Hidayat)")."""
    if words <= 3 and meta.canonical_outlet(inner):
        return True
    return "/" in inner and words <= meta.OUTLET_CREDIT_MAX_WORDS and meta.is_outlet_credit(inner)


def _classify_line(text: str, repeated: bool) -> LineInfo:
    """The full class of a line: every boilerplate rule, datelines, date lines, prose shape."""
    if not text:
        return LineInfo(text, "blank", 0.0)
    words = len(text.split())
    key = ""
    if words <= pf.MAX_HEADER_WORDS:
        key = pf.header_key(text)
        if key in pf.HARD_END_HEADERS or key.startswith(ABOUT_BOX_PREFIXES):
            return LineInfo(text, "wall", WALL)
    if _LIST_ITEM_RE.match(text):
        return LineInfo(text, "list", LIST_ITEM_SCORE)
    low = text.lower()
    kind = pf.classify_boilerplate(text, low, words)
    if kind is not None:
        return LineInfo(text, kind, FURNITURE_SCORES[kind])
    if words <= pf.MAX_HEADER_WORDS:
        if key in pf.RELATED_HEADERS or key.startswith("tweets by @"):
            return LineInfo(text, "related", RELATED_HEADER_SCORE)
        if key in pf.SECTION_LABELS:
            return LineInfo(text, "section", SECTION_SCORE)
    head = text[:DATELINE_MAX_CHARS]
    if (
        ("-" in head or "–" in head or "—" in head)
        and _DASH_NEAR_START_RE.search(head)
        and meta.is_dateline_line(text)
    ):
        return LineInfo(text, "dateline", float(words) + DATELINE_BONUS)
    if words >= PROSE_MIN_WORDS and meta.is_colon_dateline(text):  # "Seoul: Pemerintah …" (Medcom)
        return LineInfo(text, "dateline", float(words) + DATELINE_BONUS)
    if words <= meta.OUTLET_CREDIT_MAX_WORDS and "/" in text and meta.is_outlet_credit(text):
        return LineInfo(text, "caption", FURNITURE_SCORES["caption"])
    if text[0] == "(" and text[-1] == ")" and _is_closing_outlet_credit(text[1:-1], words):
        return LineInfo(text, "credit", FURNITURE_SCORES["credit"])  # "(Tribunjogja.com)" closing the story
    if repeated:
        return LineInfo(text, "repeated", REPEATED_LINE_SCORE)
    ends_sentence = text.endswith(SENTENCE_END) or ("*" in text and _ends_sentence(text))
    lower = _lower_ratio(text)
    reads_as_sentence = ends_sentence and words >= PROSE_MIN_WORDS and lower >= PROSE_MIN_LOWER_RATIO
    if not reads_as_sentence and words <= meta.DATE_LINE_MAX_WORDS and meta.is_date_line(text):
        # A sentence that mentions a date ("… pada Kamis (2/2/2023).") is body, not a date line.
        return LineInfo(text, "date", DATE_LINE_SCORE)
    if words >= PROSE_MIN_WORDS and (
        (ends_sentence and lower >= PROSE_MIN_LOWER_RATIO / 2)
        or (words >= PROSE_UNSTOPPED_MIN_WORDS and lower >= PROSE_MIN_LOWER_RATIO)
    ):
        return LineInfo(text, "prose", float(words))
    if words < PROSE_MIN_WORDS and ends_sentence and lower > 0:
        return LineInfo(text, "short", SHORT_SENTENCE_SCORE)
    if words >= PROSE_MIN_WORDS:
        return LineInfo(text, "headline", HEADLINE_SCORE)
    return LineInfo(text, "fragment", SHORT_FRAGMENT_SCORE)


def _best_segment(infos: Sequence[LineInfo]) -> tuple[int, int] | None:
    """The maximum-sum run of lines (Kadane), trimmed to start and end on a scoring line."""
    best, s, e = 0.0, -1, -1
    total, start = 0.0, 0
    for i, info in enumerate(infos):
        if total <= 0:
            total, start = 0.0, i
        total += info.score
        if total > best:
            best, s, e = total, start, i
    if e < 0:
        return None
    while s < e and infos[s].score <= 0:
        s += 1
    return s, e


KEEP_KINDS: Final = frozenset({"prose", "short", "headline", "fragment", "dateline"})
"""Line classes kept inside the body segment (subheadings and short lines included)."""


def _move_to_dateline(infos: Sequence[LineInfo], lines: Sequence[str], s: int, e: int) -> int:
    """Start the body at the outlet dateline when one opens a paragraph near the segment's head."""
    seen = 0
    for i in range(s, e + 1):
        if infos[i].kind == "blank":
            continue
        if infos[i].kind == "dateline":
            return i
        seen += 1
        if seen >= DATELINE_SEARCH_LINES:
            break
    seen = 0
    for i in range(s - 1, -1, -1):
        if infos[i].kind == "blank":
            continue
        if _is_lone_dateline(infos[i].text or lines[i].strip()):  # a list item's record has no text
            return i
        seen += 1
        if seen >= DATELINE_LOOKBACK_LINES or infos[i].kind == "wall":
            break
    return s


def _is_lone_dateline(text: str) -> bool:
    """A dateline standing on its own line, its paragraph on the next ("Jakarta, CNN Indonesia --",
    "Jakarta -", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --")."""
    return (
        len(text.split()) <= LONE_DATELINE_MAX_WORDS
        and text.rstrip().endswith(("-", "–", "—"))
        and meta.parse_dateline(text, first_line=True) is not None
    )


def _absorb_insert_targets(infos: list[LineInfo], s: int, e: int) -> None:
    """A bare "Baca juga:" line links to the headline(s) on the next lines, and a related-list
    header inside the body ("Artikel-artikel yang direkomendasikan") heads the headlines under it:
    those go with it. A caption label alone ("Keterangan gambar,") labels the next line."""
    i = s
    while i <= e:
        info = infos[i]
        if info.kind == "caption" and "/" in info.text and len(info.text.split()) <= CREDIT_LINE_MAX_WORDS:
            j = i - 1
            while j >= s and infos[j].kind == "blank":
                j -= 1
            above = infos[j] if j >= s else None
            if above and above.kind == "prose" and len(above.text.split()) <= CAPTION_BEFORE_CREDIT_MAX_WORDS:
                infos[j] = LineInfo(above.text, "caption", FURNITURE_SCORES["caption"])
            i += 1
        elif (
            info.kind == "caption" and info.text.endswith(CAPTION_LABEL_ENDS) and len(info.text.split()) <= 3
        ):
            j = i + 1
            while j <= e and infos[j].kind == "blank":
                j += 1
            if j <= e and infos[j].kind in KEEP_KINDS:
                infos[j] = LineInfo(infos[j].text, "caption", FURNITURE_SCORES["caption"])
            i = j + 1
        elif info.kind == "related" or (
            info.kind == "insert" and pf.INSERT_RE.match(info.text) and len(info.text.split()) <= 3
        ):
            j = i + 1
            while j <= e and infos[j].kind in ("blank", "headline", "fragment", "list", "repeated"):
                if infos[j].kind != "blank":
                    infos[j] = LineInfo(infos[j].text, "insert", FURNITURE_SCORES["insert"])
                j += 1
            i = j
        else:
            i += 1


CAPTION_LABEL_ENDS: Final = (",", ":")
"""A caption label whose text is on the next line ends so ("Keterangan gambar,", "Foto:")."""

HEADER_DATE_SEARCH_LINES: Final = 8
"""The article's own date line is looked for among this many non-blank lines at the segment's head."""


HEADER_MARKER_KINDS: Final = frozenset({"date", "byline"})
"""Lines of the article header (its date line, a byline such as "Oleh"): the body starts below."""

CREDIT_LINE_MAX_WORDS: Final = 6
CAPTION_BEFORE_CREDIT_MAX_WORDS: Final = 40
"""A photo credit alone on its line ("KOMPAS/RINI KUSTIASIH") closes the caption just above it."""


def _past_header_date(infos: Sequence[LineInfo], s: int, e: int) -> int:
    """Start the body after the article's date or byline line when the segment opens with the
    header: a sentence-case headline or a deck reads as prose ("Petani garam …: 'Kalau hujan …'")
    and drags the byline and date into the segment. Only a headline's worth of prose (one line) may
    stand above it; the name, reading time and photo lines under it go too."""
    prose, seen = 0, 0
    for i in range(s, e + 1):
        kind = infos[i].kind
        if kind == "blank":
            continue
        if kind in HEADER_MARKER_KINDS:
            if prose > 1:
                return s
            j = i + 1
            while j <= e and infos[j].kind not in ("prose", "dateline", "short"):
                j += 1
            return j if j <= e else s
        if kind == "dateline":
            return s
        prose += kind == "prose"
        seen += 1
        if seen >= HEADER_DATE_SEARCH_LINES:
            break
    return s


_PHOTO_CREDIT_LINE_RE: Final = re.compile(PHOTO_CREDIT_LINE)
CAPTION_UNDER_CREDIT_MAX_WORDS: Final = 25
"""A caption under its credit line is one short sentence; a lead is usually longer."""


def _past_credit_caption(infos: Sequence[LineInfo], s: int, e: int) -> int:
    """Start the body below a caption when the segment opens with one under its label or credit
    line ("Keterangan gambar," / caption / lead; "MI/Ardiansyah Lubis" / "Sejumlah siswa … Senin
    (16/10)." / lead): the short sentence between them and more prose is the picture's caption. A
    credit that closes a caption of its own above it does not count (the sentence under it is the
    lead)."""
    if infos[s].kind != "prose" or len(infos[s].text.split()) > CAPTION_UNDER_CREDIT_MAX_WORDS:
        return s
    above = s - 1
    while above >= 0 and infos[above].kind == "blank":
        above -= 1
    below = s + 1
    while below <= e and infos[below].kind == "blank":
        below += 1
    if above < 0 or below > e or infos[below].kind not in ("prose", "dateline"):
        return s
    label = infos[above].text.strip()
    if label.endswith(CAPTION_LABEL_ENDS) and len(label.split()) <= 3 and pf.CAPTION_START_RE.match(label):
        return below  # "Keterangan gambar," labels the line under it
    if "/" not in label:
        return s
    match = _PHOTO_CREDIT_LINE_RE.match(label)
    if match is None or not meta.is_person_name(match.group("name").strip()):
        return s
    higher = above - 1
    while higher >= 0 and infos[higher].kind == "blank":
        higher -= 1
    if higher >= 0 and _ends_sentence(infos[higher].text):
        return s  # the credit closes the caption above it ("… (11/4/2023)." / "KOMPAS/NAME")
    return below


def locate_body(lines: Sequence[str]) -> tuple[int, int] | None:
    """First and last line index of the article body in a dump, or None when there is none."""
    return _locate(classify(lines), lines)


def _locate(infos: list[LineInfo], lines: Sequence[str]) -> tuple[int, int] | None:
    span = _best_segment(infos)
    if span is None:
        return None
    s, e = span
    s = _move_to_dateline(infos, lines, s, e)
    for i in range(s, e + 1):
        if not infos[i].full:
            infos[i] = _classify_line(infos[i].text, infos[i].repeated)
    _absorb_insert_targets(infos, s, e)
    s = _past_header_date(infos, s, e)
    s = _past_credit_caption(infos, s, e)
    while e > s and infos[e].kind not in KEEP_KINDS:
        e -= 1
    while s < e and infos[s].kind not in KEEP_KINDS:
        s += 1
    return s, e


def _all_dated_teasers(infos: Sequence[LineInfo], s: int, e: int) -> bool:
    """Every sentence of the segment is the teaser of a list item "headline / date line / teaser",
    and the page holds at least LISTING_MIN_MARKERS such items (an article has one: its own
    headline, date and lead, and more running text besides)."""
    teasers: set[int] = set()
    earlier: list[int] = []  # the last two non-blank lines before the current one
    for i, info in enumerate(infos):
        if info.kind == "blank":
            continue
        if info.kind == "prose" and len(earlier) == 2:
            head, stamp = infos[earlier[0]], infos[earlier[1]]
            if head.kind in ("headline", "repeated") and (stamp.kind == "date" or _is_date(stamp)):
                teasers.add(i)
        earlier = [earlier[-1], i] if earlier else [i]
    if len(teasers) < LISTING_MIN_MARKERS:
        return False
    return all(i in teasers for i in range(s, e + 1) if infos[i].kind == "prose")


def _looks_like_listing(infos: Sequence[LineInfo], s: int, e: int) -> bool:
    """Teasers between timestamps, links or repeated headlines, or more headlines than running
    text: an index page, not an article."""
    kinds = Counter(infos[i].kind for i in range(s, e + 1))
    markers = sum(kinds[k] for k in LISTING_MARKER_KINDS)
    prose = kinds["prose"]
    if markers >= LISTING_MIN_MARKERS and markers * 2 >= prose:
        return True
    if (
        prose >= 2  # one item alone may be a brief
        and kinds["date"] + kinds["headline"] >= 2
        and all(
            len(infos[i].text.split()) <= LISTING_TEASER_MAX_WORDS
            for i in range(s, e + 1)
            if infos[i].kind == "prose"
        )
        and _all_dated_teasers(infos, s, e)
    ):
        return True
    if kinds["headline"] < LISTING_MIN_HEADLINES or kinds["headline"] < prose:
        return False
    prose_words = [len(infos[i].text.split()) for i in range(s, e + 1) if infos[i].kind == "prose"]
    return not prose_words or sum(prose_words) / len(prose_words) <= LISTING_TEASER_MAX_WORDS


def body_paragraphs(infos: Sequence[LineInfo], s: int, e: int) -> list[str]:
    """The kept lines of the segment; a dateline standing alone is joined to the next paragraph."""
    paragraphs: list[str] = []
    pending = ""
    for i in range(s, e + 1):
        info = infos[i]
        if info.kind not in KEEP_KINDS:
            continue
        text = " ".join(pf.strip_inline_insert(info.text).split())  # "… Baca juga: Judul" cut
        if pending:
            text, pending = f"{pending} {text}", ""
        if i == s and _is_lone_dateline(text):
            pending = text
            continue
        paragraphs.append(text)
    if pending:
        paragraphs.append(pending)
    return paragraphs


def extract_text(doc: RawDoc, options: Options) -> Article:
    """Clean a browser or text-mode dump into an Article with the metadata the page shows."""
    data = doc.data
    if any(c in data for c in _INVISIBLE_CHARS):
        data = _INVISIBLE_RE.sub("", data)
    lines = unwrap(data.splitlines())
    infos = classify(lines)
    span = _locate(infos, lines)
    if span is None:
        raise NotAnArticle(doc.source, "no article body found")
    s, e = span
    if _looks_like_listing(infos, s, e) or intro_above_list(infos, s, e) or cut_snippets(infos, s, e):
        raise NotAnArticle(doc.source, "a listing page (headlines and teasers), not an article")
    paragraphs = body_paragraphs(infos, s, e)
    prose_lines = sum(1 for i in range(s, e + 1) if infos[i].kind in ("prose", "dateline"))
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_BODY_WORDS or not (prose_lines >= MIN_PROSE_LINES or words >= MIN_SINGLE_PARAGRAPH_WORDS):
        raise NotAnArticle(doc.source, "no article body found (too little running text)")
    found = meta.visible_metadata(lines, s, e)
    return Article(
        source=doc.source,
        paragraphs=tuple(paragraphs),
        title=found.title,
        outlet=found.outlet,
        url=doc.fields.get("url") if doc.fields else None,
        published=found.published,
        authors=found.authors,
        editors=found.editors,
        translators=found.translators,
        dateline=found.dateline,
        wire_sources=found.wire_sources,
        language=detect_language("\n".join(paragraphs)),
        kind="text",
    )
