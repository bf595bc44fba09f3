"""The Indonesian boilerplate post-filter, shared by the text-dump and the HTML extractors.

trafilatura (HTML) and our own line classifier (text dumps) both leave lines that are part of the
page but not of the article: inserted "Baca juga: …" links, photo captions and credits, app and
channel promos, ad and subscription prompts, share bars, comment boxes, pagers, copyright lines,
"Sumber: X" credits and bylines. This module recognises them from the patterns of
``warta.lang.id.page_grammar`` (compiled once here) and drops them wherever they stand.

Speed matters (a text dump has hundreds of lines): short lines go through one combined anchored
regex, long lines only through the few rules that can apply to prose-length lines, and the rules
that search anywhere in a line run only when a cheap literal trigger is present.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from warta.lang.id import bylines as b
from warta.lang.id import page_grammar as g
from warta.stages.regex_prefix import FirstCharDispatch, search_pattern

MAX_SHORT_LINE_WORDS: Final = 8
"""Share, comment and credit patterns only apply to lines this short: prose can mention them."""

MAX_BYLINE_WORDS: Final = 14
"""A "Penulis: …" / "Editor: …" line longer than this is prose that happens to start so."""

MAX_CAPTION_WORDS: Final = 80
"""A line with a photo credit and more words than this is prose, not a caption."""

MAX_COPYRIGHT_WORDS: Final = 24
"""A copyright notice is short; a longer line mentioning "hak cipta" is prose about copyright."""

MAX_HEADER_WORDS: Final = 6
"""Related-list headers and rubric labels are at most this long."""

CAPTION_TAIL_CHARS: Final = 90
"""Closing photo credits are looked for in this many trailing characters only."""

HEADER_STRIP_CHARS: Final = " \t:»>|.-–—•*"
"""Decoration around a list header ("Berita Terkait »", "POPULER:")."""


def _alternation(items: Sequence[str], escape: bool = False) -> str:
    return "|".join(re.escape(i) if escape else i for i in items)


INSERT_RE: Final = re.compile(
    r"^[\[(]?\s*(?:" + _alternation(g.INSERT_PREFIXES, escape=True) + r")(?=$|[\s:.»>|\-–—\])])",
    re.IGNORECASE,
)
INSERT_FIRST_WORDS: Final = frozenset(p.split()[0].rstrip(":") for p in g.INSERT_PREFIXES)

_SOURCE_CREDIT_UNNAMED: Final = g.SOURCE_CREDIT.replace("?P<name>", "").replace("?P<bare>", "")

_WIRE_CREDITS_IN_BRACKETS: Final = (
    rf"(?:{b.INITIALS_BEFORE_WIRES})?\(\s*(?:{g.WIRE_CREDIT})(?:\s*[/,]\s*(?:{g.WIRE_CREDIT}))*\s*\)"
)
SHORT_LINE_RE: Final = FirstCharDispatch(
    [
        ("ad", list(g.AD_LINES)),
        ("share", list(g.SHARE_LINES)),
        ("pager", list(g.PAGER_LINES)),
        ("timestamp", [g.RELATIVE_TIME, g.VIEW_COUNT]),
        ("credit", [f"(?-i:{g.EDITOR_INITIALS})", _SOURCE_CREDIT_UNNAMED, _WIRE_CREDITS_IN_BRACKETS]),
        ("byline", [rf"{re.escape(label)}\s*:?" for label in g.BYLINE_LABELS]),
        ("comment", [*g.COMMENT_LINES, *(f"(?:{prefix}).*" for prefix in g.COMMENT_PREFIXES)]),
        ("url", [r"(?:https?://|www\.)\S+", r"\S+@\S+\.\w+"]),
    ],
    suffix=r"\s*[.!:]?\s*$",
    flags=re.IGNORECASE,
)
"""Every whole-line rule for short lines in one anchored pass; ``lastgroup`` names the kind."""

TIMESTAMP_RE: Final = re.compile(rf"^(?:{g.RELATIVE_TIME}|{g.VIEW_COUNT})\s*$", re.IGNORECASE)
"""A related-list timestamp or read counter, as a whole line."""

AD_RE: Final = re.compile(r"^(?:" + _alternation(g.AD_LINES) + r")\s*[.!:]?$", re.IGNORECASE)
CALL_TO_ACTION_RE: Final = search_pattern(g.CALL_TO_ACTION, re.IGNORECASE)
COPYRIGHT_RE: Final = search_pattern(g.COPYRIGHT_PATTERN, re.IGNORECASE)
BYLINE_LABEL_ONLY_RE: Final = re.compile(
    r"^(?:" + _alternation(g.BYLINE_LABELS, escape=True) + r")\s*:?$", re.IGNORECASE
)
WIRE_CREDIT_RE: Final = re.compile(
    rf"^\(\s*(?:{g.WIRE_CREDIT})(?:\s*[/,]\s*(?:{g.WIRE_CREDIT}))*\s*\)$", re.I
)
"""A closing wire credit on its own line: "(Reuters)", "(AFP/Reuters)"."""
SOURCE_CREDIT_RE: Final = re.compile(r"^(?:" + g.SOURCE_CREDIT + r")$", re.IGNORECASE)
CAPTION_START_RE: Final = re.compile(_alternation(g.PHOTO_CREDIT_AT_START))
CAPTION_END_RE: Final = search_pattern(_alternation(g.PHOTO_CREDIT_AT_END))
CAPTION_SLASH_RE: Final = search_pattern(_alternation(g.PHOTO_CREDIT_WITH_SLASH))
CAPTION_WORDS_RE: Final = search_pattern(_alternation(g.PHOTO_CREDIT_WORDS))
SECTION_RE: Final = re.compile(r"^(?:" + _alternation(g.SECTION_LABELS, escape=True) + r")$", re.IGNORECASE)

RELATED_HEADERS: Final = frozenset(g.RELATED_LIST_HEADERS)
HARD_END_HEADERS: Final = frozenset(g.HARD_END_HEADERS)
SECTION_LABELS: Final = frozenset(g.SECTION_LABELS)


_CLOSING_ITEM: Final = rf"(?:(?-i:{b.CLOSING_INITIALS})|(?i:{b.CLOSING_WIRES}))"
CLOSING_CREDIT_RE: Final = re.compile(
    rf"[(\[]\s*{_CLOSING_ITEM}(?:\s*[/,]\s*{_CLOSING_ITEM})*\s*[)\]]"
    rf"|[-–—]\s*(?=[A-Z])(?i:{b.CLOSING_WIRES})|{b.CLOSING_MARK}"
)
"""A closing credit, matched whole: "(Antara)", "[ded]", "(iwd/iwd)", "- AFP" (a dashed credit
only names a wire agency), "***". It closes a paragraph after the end of its last sentence."""
CLOSING_CREDIT_AFTER: Final = frozenset(b.CLOSING_CREDIT_AFTER.strip("[]").replace("\\", ""))
"""Characters that end the sentence a closing credit follows."""

CLOSING_CREDIT_LAST: Final = frozenset(")]*#")
"""Last characters of a bracketed credit or an end mark."""


def may_end_with_credit(text: str) -> bool:
    """A cheap test (no regex) that a stripped line may end with a closing credit."""
    last = text[-1:]
    return last in CLOSING_CREDIT_LAST or (last in _DASHED_WIRE_LAST and text.endswith(b.DASHED_WIRE_ENDS))


_DASHED_WIRE_LAST: Final = frozenset(w[-1] for w in b.DASHED_WIRE_ENDS)


def split_closing_credit(text: str) -> tuple[str, str | None]:
    """A paragraph without the credit that closes it, and that credit as a bracketed line ("(AFP)"),
    or the paragraph unchanged and None. Only a credit after a sentence end counts."""
    last = text[-1:]
    if last in (")", "]"):
        start = max(text.rfind("("), text.rfind("["))
    elif last in ("*", "#"):
        start = len(text.rstrip("*#"))
    elif last.isalpha():
        start = max(text.rfind("-"), text.rfind("–"), text.rfind("—"))
    else:
        return text, None
    head = text[:start].rstrip()
    if not head or head[-1] not in CLOSING_CREDIT_AFTER:
        return text, None
    credit = text[start:].strip()
    if not CLOSING_CREDIT_RE.fullmatch(credit):
        return text, None
    if credit[0] in "-–—":
        credit = "(" + credit.lstrip("-–— ") + ")"
    return head, credit


INLINE_INSERT_RE: Final = re.compile(g.INLINE_INSERT)


def strip_inline_insert(text: str) -> str:
    """A paragraph without the "Baca juga: …" link glued after its last sentence."""
    if "juga" not in text and "Juga" not in text and "JUGA" not in text:  # g.INLINE_INSERT_TRIGGERS
        return text
    return INLINE_INSERT_RE.sub("", text)


def header_key(text: str) -> str:
    """A short line reduced to compare with the header and label sets."""
    return " ".join(text.lower().strip(HEADER_STRIP_CHARS).split())


RARE_TRIGGERS: Final = g.RARE_TRIGGERS
"""Substring tests (of the lower-case line) for the literal triggers of the rules that look
anywhere in a line; the rules themselves run only on the few lines that hold a trigger."""

_INSERT_END: Final = r"(?=$|[\s:.»>|\-–—\])])"
_BARE_BYLINE_VALUE: Final = r"\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}\s*(?:\||$)"
START_RE: Final = FirstCharDispatch(
    [
        ("insert", [rf"(?i:[\[(]?\s*{re.escape(prefix)}{_INSERT_END})" for prefix in g.INSERT_PREFIXES]),
        ("promo", [f"(?i:{start})" for start in g.PROMO_STARTS]),
        (
            "byline",
            [rf"(?i:{re.escape(label)}\s*(?::|\s-\s)\s*\S)" for label in g.BYLINE_LABELS]
            + [
                f"(?-i:{re.escape(label.capitalize())}{_BARE_BYLINE_VALUE})" for label in g.BARE_BYLINE_LABELS
            ],
        ),
        ("caption", list(g.PHOTO_CREDIT_AT_START)),
    ]
)
"""Every rule anchored at the start of a line, in one match; ``lastgroup`` names the kind. Each
first character gets the alternatives that can start with it (``FirstCharDispatch``)."""


CAPTION_END_TRIGGERS: Final = ("Foto", "FOTO", "Photo", "Dok")
"""Literal words of a closing "Foto: Name" credit without a slash (a cheap test before the regex)."""
_CAPTION_END_TRIGGER_RE: Final = re.compile("|".join(map(re.escape, CAPTION_END_TRIGGERS)))
"""The same test in one scan (three times faster than a loop of substring tests)."""


def _caption_elsewhere(text: str, triggered: bool) -> bool:
    """Photo credits after the start of a line: at its end, with a slash, or by agency name."""
    tail = text[-CAPTION_TAIL_CHARS:]
    if (
        tail.endswith((")", "]")) or "/" in tail or _CAPTION_END_TRIGGER_RE.search(tail)
    ) and CAPTION_END_RE.search(tail):
        return True
    if ("/" in text or "©" in text) and CAPTION_SLASH_RE.search(text):
        return True
    return triggered and bool(CAPTION_WORDS_RE.search(text))


def _triggered_kind(text: str, low: str, words: int) -> str | None:
    """The anywhere-rules (promo phrases, comment rules, copyright) for a line holding a trigger."""
    if any(t in low for t in g.PROMO_ANYWHERE) and CALL_TO_ACTION_RE.search(text):
        return "promo"
    if any(t in low for t in g.COMMENT_ANYWHERE):
        return "comment"
    if (
        words <= MAX_COPYRIGHT_WORDS
        and any(t in low for t in g.COPYRIGHT_TRIGGERS)
        and COPYRIGHT_RE.search(text)
    ):
        return "copyright"
    return None


def classify_boilerplate(text: str, low: str, words: int) -> str | None:
    """``boilerplate_kind`` for a stripped line with its lower-case form and word count."""
    start = START_RE.match(text)
    start_kind = start.lastgroup if start else None
    if start_kind == "insert":
        return "insert"
    if words <= MAX_SHORT_LINE_WORDS:
        match = SHORT_LINE_RE.match(text)
        if match:
            return match.lastgroup
    elif AD_RE.match(text):
        return "ad"
    if start_kind == "promo":
        return "promo"
    triggered = False
    for trigger in RARE_TRIGGERS:
        if trigger in low:
            triggered = True
            break
    if triggered:
        kind = _triggered_kind(text, low, words)
        if kind:
            return kind
    if start_kind == "byline" and words <= MAX_BYLINE_WORDS:
        return "byline"
    if words <= MAX_CAPTION_WORDS and (start_kind == "caption" or _caption_elsewhere(text, triggered)):
        return "caption"
    return None


def boilerplate_kind(line: str) -> str | None:
    """Name the kind of boilerplate ``line`` is ("insert", "caption", "promo" …), or None for text.

    Works on one line or paragraph; the rules only look at the line itself, so the function
    suits both HTML paragraphs and text-dump lines.
    """
    text = line.strip()
    if not text:
        return None
    return classify_boilerplate(text, text.lower(), len(text.split()))


def is_boilerplate_line(line: str) -> bool:
    """True when ``line`` is page furniture rather than article text (see ``boilerplate_kind``)."""
    return boilerplate_kind(line) is not None


def is_related_header(line: str) -> bool:
    """True for the header of a related/popular/latest list ("Terkini Lainnya", "Populer" …)."""
    text = line.strip()
    if len(text.split()) > MAX_HEADER_WORDS:
        return False
    key = header_key(text)
    return key in RELATED_HEADERS or key.startswith("tweets by @")


def is_hard_end(line: str) -> bool:
    """True for a list header that never stands inside a body: the article ended before it."""
    text = line.strip()
    return len(text.split()) <= MAX_HEADER_WORDS and header_key(text) in HARD_END_HEADERS


def is_section_label(line: str) -> bool:
    """True for a rubric name standing alone ("Global", "Nasional")."""
    text = line.strip()
    return len(text.split()) <= MAX_HEADER_WORDS and header_key(text) in SECTION_LABELS


def filter_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Drop the boilerplate paragraphs (inserts, captions, promos, ads, share and comment text,
    pagers, copyright, credits, bylines, related-list headers) and keep the rest in order, without
    the initials or wire credit that closes a paragraph ("… lanjut. (Antara)")."""
    kept: list[str] = []
    for paragraph in paragraphs:
        text = split_closing_credit(paragraph.strip())[0]
        if not text or is_boilerplate_line(text):
            continue
        if is_related_header(text) or is_section_label(text):
            continue
        kept.append(text)
    return kept
