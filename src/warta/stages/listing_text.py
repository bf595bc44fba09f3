"""Is this text dump a listing rather than one article? Decisions on the classified lines of the
text cleaner (``extract_text.LineInfo``), after it has found the body segment.

- An index page's own text — a writer's bio, a tag's description, a topic's "Sekilas" summary,
  the editors' note of a section front — is one or two paragraphs under no article header, above
  a list of dated items (``intro_above_list``); an article, even a one-paragraph brief, prints its
  date, stamp, byline or dateline over its first paragraph, or its credits right below it.
- Search results and teaser lists without dates: headlines over snippets cut by an ellipsis
  (``cut_snippets``).

Both run on every dump, so both stop early: on a multi-paragraph article they cost well under a
microsecond. The page grammar they read (index labels, snippet cut marks) is data in
``warta.lang.id.index_pages``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from warta.lang.id.bylines import LOWER_CASE_BYLINE_OPENERS
from warta.lang.id.index_pages import INDEX_PAGE_LABELS, SNIPPET_CUT_MARKS
from warta.stages.postfilter import boilerplate_kind
from warta.stages.visible_dates import is_date_line

INTRO_MAX_PARAGRAPHS = 2
"""An index page's own text (a writer's bio, a tag's description, a topic's "Sekilas" summary, the
editors' note on a section front) is one or two paragraphs; an article longer than that is no
intro whatever stands around it."""

INTRO_HEADER_LOOKBACK = 6
"""Non-blank lines above the body segment searched for the article's own date, time stamp or
byline: an article's header prints one right above its first paragraph (even a one-paragraph
brief), an index page's intro stands under the page's label and name only."""

INTRO_LIST_MIN_ITEMS = 4
"""Dated items (a date line or a "2 jam lalu" stamp each) that must follow the intro: the list the
page is the index of. An article's related list below a short body is guarded by its header date."""

INTRO_LIST_MIN_HEADLINES = 6
"""Headlines that must follow a LABELLED intro when its items carry no date (a tag page listing
titles only): the label (``index_pages.INDEX_PAGE_LABELS``) stands in for the dates."""

INTRO_TEASER_MAX_WORDS = 30
"""Running text below the intro may only be item teasers this short; a longer paragraph there is
body text of an article (a body interrupted by a dated insert)."""

_STAMP_KINDS = frozenset({"date", "timestamp"})
_HEADER_KINDS = frozenset({"date", "timestamp", "byline", "dateline"})
_RUNNING_KINDS = frozenset({"prose", "dateline"})


class TextLine(Protocol):
    """A classified line of a text dump (``extract_text.LineInfo``): its text, class, and whether
    the class is final (``full``) or only the cheap shape class."""

    text: str
    kind: str
    full: bool


def _dated(line: TextLine) -> bool:
    """A date line or a relative stamp, also among the lines only classed by shape so far."""
    if line.kind in _STAMP_KINDS:
        return True
    if line.kind in ("fragment", "headline") and not line.full:
        return is_date_line(line.text)
    return False


BYLINE_MIN_WORDS = 3
"""An "Oleh"/"By" byline names someone: the opener and at least two words."""


def _names_a_writer(text: str) -> bool:
    """A byline naming its writer ("Oleh: Muhammad Aris Munandar", "Reporter: Ilham Pratama"),
    told on a line only classed by its shape so far. A bare label ("Penulis") or a role under a
    profile's name ("Redaktur Pelaksana") names nobody."""
    words = text.split()
    if words[0].rstrip(":").lower() in LOWER_CASE_BYLINE_OPENERS:
        return len(words) >= BYLINE_MIN_WORDS
    return ":" in text and boilerplate_kind(text) in CREDIT_KINDS


def _header_above(lines: Sequence[TextLine], start: int) -> tuple[bool, bool]:
    """Whether an article header (a date, time stamp, byline or dateline) stands among the
    INTRO_HEADER_LOOKBACK non-blank lines above line ``start``, and whether an index page's label
    ("Tag", "Profil Penulis", "Sekilas" …) does."""
    seen, labelled = 0, False
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind == "blank":
            continue
        if line.kind in _HEADER_KINDS or _dated(line) or (not line.full and _names_a_writer(line.text)):
            return True, labelled
        labelled = labelled or " ".join(line.text.lower().rstrip(" :").split()) in INDEX_PAGE_LABELS
        seen += 1
        if seen >= INTRO_HEADER_LOOKBACK:
            break
    return False, labelled


CREDIT_KINDS = frozenset({"byline", "credit"})
"""Classes (``postfilter.boilerplate_kind``) of the line that closes an article's body with its
credits ("Penulis: …", "Redaktur: …", "(ugo)"): templates that print the writer and date below
the story. An index page's own text is followed by its list, never by credits."""


def _credits_below(lines: Sequence[TextLine], e: int) -> bool:
    """Whether the first non-blank line after the segment is a credit or byline line."""
    for i in range(e + 1, len(lines)):
        line = lines[i]
        if line.kind != "blank":
            return line.kind in CREDIT_KINDS or boilerplate_kind(line.text) in CREDIT_KINDS
    return False


def intro_above_list(lines: Sequence[TextLine], s: int, e: int) -> bool:
    """Whether the body segment ``s..e`` of a text dump is an index page's own text: one or two
    paragraphs under no article header (no date, stamp, byline or dateline above them), followed
    by a list of at least INTRO_LIST_MIN_ITEMS dated items — or, under an index page's label, of
    INTRO_LIST_MIN_HEADLINES headlines — and no more running text than the items' teasers.
    Writer profiles with a bio, tag and topic pages with a description and section fronts with
    an editors' note read so; an article, even a one-paragraph brief above a dated
    related list, prints its date or byline over its first paragraph."""
    running: list[int] = []
    for i in range(s, e + 1):  # runs on every dump: stop at the third paragraph
        if lines[i].kind in _RUNNING_KINDS:
            running.append(i)
            if len(running) > INTRO_MAX_PARAGRAPHS:
                return False
    if not running or lines[running[0]].kind == "dateline":
        return False
    header, labelled = _header_above(lines, s)
    if header or _credits_below(lines, e):
        return False
    items = headlines = 0
    for i in range(e + 1, len(lines)):
        line = lines[i]
        if line.kind in _RUNNING_KINDS and len(line.text.split()) > INTRO_TEASER_MAX_WORDS:
            return False
        items += _dated(line)
        headlines += line.kind == "headline"
    return items >= INTRO_LIST_MIN_ITEMS or (labelled and headlines >= INTRO_LIST_MIN_HEADLINES)


SNIPPETS_MIN = 3
"""Cut snippets under headlines that make a text dump a list of search results or teasers."""

_ITEM_HEAD_KINDS = frozenset({"headline", "repeated", "fragment"})


def cut_snippets(lines: Sequence[TextLine], s: int, e: int) -> bool:
    """Whether the body segment of a text dump is a list of headlines each over a snippet cut by
    an ellipsis (search results, teaser lists without dates): at least SNIPPETS_MIN such
    snippets, and at least half of the segment's running text."""
    snippets = running = 0
    above = s - 1
    while above >= 0 and lines[above].kind == "blank":
        above -= 1
    head = above >= 0 and lines[above].kind in _ITEM_HEAD_KINDS  # the last non-blank line's shape
    for line in lines[s : e + 1]:  # runs on every dump: one pass, set lookups only
        kind = line.kind
        if kind in _RUNNING_KINDS:
            running += 1
            if head and line.text.endswith(SNIPPET_CUT_MARKS):
                snippets += 1
            head = False
        elif kind != "blank":
            head = kind in _ITEM_HEAD_KINDS
    return snippets >= SNIPPETS_MIN and 2 * snippets >= running
