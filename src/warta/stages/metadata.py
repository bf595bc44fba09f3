"""Metadata a reader sees on the page: title, outlet, date, bylines, dateline, wire sources.

Used by both extractors. The rules read only the parts of the page that belong to the article:
the header just above the body (headline, date line, byline), the body itself (dateline, "dilansir
dari …"), and the footer just below it (editor, translator, "Sumber: …", copyright). Dates and names
in sidebars and related-headline lists are never taken: the header window stops at list headers
and is a few lines long. Unknown values stay None or empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final, TypeVar

from warta.lang.id import bylines as b
from warta.lang.id import outlets as o
from warta.stages import postfilter as pf
from warta.stages.byline_names import (
    BY_RE,
    BYLINE_FIRST_CHARS,
    DATE_NAME_SPLIT_RE,
    HEADER_BYLINES,
    NAME_COMMA_OUTLET_RE,
    NAME_DASH_OUTLET_RE,
    NOT_A_PERSON,
    ROLE_AFTER_NAME_EDITORS,
    ROLE_AFTER_NAME_RE,
    STAFF_ROLE_WORDS,
    UPDATED_RE,
    byline_people,
    has_dash,
    is_person_name,
    role_of_label,
    split_names,
)

# Re-exported: the stages and tests read these through this module.
from warta.stages.byline_names import (
    OUTLET_CREDIT_MAX_WORDS as OUTLET_CREDIT_MAX_WORDS,
)
from warta.stages.byline_names import (
    is_outlet_credit as is_outlet_credit,
)
from warta.stages.masthead import masthead_outlet
from warta.stages.outlet_names import (
    SIGNATURES,
    canonical_outlet,
    domain_outlet,
    outlet_in_line,
    parse_dateline,
    title_case,
)
from warta.stages.outlet_names import (
    is_colon_dateline as is_colon_dateline,
)
from warta.stages.outlet_names import (
    is_dateline_line as is_dateline_line,
)
from warta.stages.regex_prefix import NON_ASCII_CASE_FOLDED
from warta.stages.visible_dates import (
    DATE_LINE_MAX_WORDS as DATE_LINE_MAX_WORDS,
)
from warta.stages.visible_dates import is_date_line, parse_published
from warta.stages.wire_credits import (
    SYNDICATION_RE,
    SYNDICATION_TAIL_LINES,
    SYNDICATION_TRIGGERS,
    WIRE_CUE_TRIGGERS,
    clean_source,
    source_credits,
    wire_sources_in,
)

WIRE_OUTLETS: Final = frozenset({"ANTARA"})
"""Outlets that are also wire agencies: their dateline on another outlet's page marks a wire copy."""

HEADER_MAX_LINES: Final = 12
"""Non-blank lines above the body searched for the headline, date line and byline."""

FOOTER_MAX_LINES: Final = 12
"""Non-blank lines below the body searched for editor, translator, source and byline lines."""

WINDOW_MAX_SCAN: Final = 60
"""Lines (blank included) scanned at most around the body for header or footer lines."""

FURNITURE_KINDS: Final = frozenset({"share", "pager", "ad", "comment", "url", "insert", "timestamp"})
"""Boilerplate kinds that a header window may step over together with a related box."""

TITLE_MAX_DISTANCE: Final = 3
"""The headline stands at most this many (countable) lines above the date line."""


@dataclass(frozen=True)
class VisibleMetadata:
    """What the visible text of a page says about the article. Unknown: None or ()."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    dateline: str | None = None
    wire_sources: tuple[str, ...] = ()


# --- the page -----------------------------------------------------------------------------------


def _window(lines: Sequence[str], start: int, step: int, limit: int) -> list[int]:
    """Indexes of up to ``limit`` non-blank lines from ``start`` in direction ``step``.

    The window stops at a related-list header: what lies beyond belongs to another block of the
    page. Walking up from the body, a related box that sits between the headline and the body
    (a header followed by nothing but links and buttons) is stepped over instead.
    """
    found: list[int] = []
    i = start
    scanned = 0
    while 0 <= i < len(lines) and len(found) < limit and scanned < WINDOW_MAX_SCAN:
        text = lines[i].strip()
        scanned += 1
        if text:
            if _is_list_header(text, step < 0):
                if step < 0 and all(_is_furniture(lines[j].strip()) for j in found):
                    found = []
                    i += step
                    continue
                break
            found.append(i)
        i += step
    return found


def _is_list_header(text: str, related_too: bool) -> bool:
    """A hard-end header, or (``related_too``) any related-list header, in one key computation."""
    if len(text.split()) > pf.MAX_HEADER_WORDS:
        return False
    key = pf.header_key(text)
    if key in pf.HARD_END_HEADERS:
        return True
    return related_too and (key in pf.RELATED_HEADERS or key.startswith("tweets by @"))


def _is_furniture(text: str) -> bool:
    """A link-list item, button or widget line (no headline, date or byline)."""
    return bool(_LIST_ITEM_RE.match(text)) or pf.boilerplate_kind(text) in FURNITURE_KINDS


def _skippable_header_line(text: str) -> bool:
    """Lines between a headline and its date line that do not count as distance."""
    text = _without_rubric(text)
    return (
        pf.BYLINE_LABEL_ONLY_RE.match(text) is not None
        or canonical_outlet(text) is not None
        or is_person_name(text)
        or ("," in text and ROLE_AFTER_NAME_RE.match(text) is not None)
        or _name_comma_outlet(text)
        or pf.boilerplate_kind(text) in ("caption", "byline", "credit", "share")
        or bool(_name_list(text))
        or text[:12].lower() == "laporan oleh"  # "Laporan oleh Nama": a byline
    )


def _name_comma_outlet(text: str) -> bool:
    """A "Name, Outlet" or "Name (Outlet)" byline naming a known outlet."""
    if "," not in text and "(" not in text:
        return False
    match = NAME_COMMA_OUTLET_RE.match(text)
    if not match or not canonical_outlet(match.group("outlet")):
        return False
    return is_person_name(match.group("name").strip())


_LIST_ITEM_RE: Final = re.compile(r"^(?:[*+•·#|>-]|\d+\.)(?:\s|$)")
_BREADCRUMB_RE: Final = re.compile(r"\s(?:>|»|::|/)(?:\s|$)|^(?:>|»)")
_RUBRIC_WORDS: Final = ("FOTO", "VIDEO", "INFOGRAFIS", "GALERI")
_RUBRIC_PREFIX_RE: Final = re.compile(r"^(?:FOTO|VIDEO|INFOGRAFIS|GALERI|FOTO ?STORY)\s*:\s*(?=\S)")
"""A rubric before a headline ("FOTO: …"); only lines that start with a rubric word can hold one."""


def _without_rubric(text: str) -> str:
    return _RUBRIC_PREFIX_RE.sub("", text) if text.startswith(_RUBRIC_WORDS) else text


def is_headline(text: str) -> bool:
    """A line shaped like a headline: 2–30 words, not furniture, not a sentence ending in '.'.

    A rubric prefix ("FOTO: …", "VIDEO: …") belongs to the headline and is not a caption.
    """
    text = _without_rubric(text)
    words = text.split()
    if not 2 <= len(words) <= 30 or text.endswith((".", ":", ",", ";")) or "<" in text:
        return False
    if _LIST_ITEM_RE.match(text) or _BREADCRUMB_RE.search(text):
        return False
    if pf.is_boilerplate_line(text) or pf.is_related_header(text) or pf.SECTION_RE.match(text):
        return False
    return not (
        is_date_line(text)
        or is_person_name(text)
        or NAME_DASH_OUTLET_RE.match(text)
        or ("," in text and ROLE_AFTER_NAME_RE.match(text))
        or _name_comma_outlet(text)
        or _name_list(text)
    )


TITLE_ABOVE_MIN_WORDS: Final = 4
"""A headline-shaped line above the date with fewer words may be the last item of a menu ("Food &
Travel"): a headline below the date (kumparan prints it there) is preferred to it."""


def _find_title(lines: Sequence[str], header: list[int], date_at: int | None) -> str | None:
    """The headline: just above the date line, else just below it (above the body)."""
    if date_at is None:
        return None
    before = [i for i in header if i < date_at]
    counted = 0
    short: str | None = None  # a short headline-shaped line above: maybe a menu item
    for pos, i in enumerate(before):
        text = lines[i].strip()
        if _skippable_header_line(text) or _under_a_name(lines, before, pos):
            continue
        counted += 1
        if counted > TITLE_MAX_DISTANCE:
            break
        if is_headline(text):
            if len(text.split()) < TITLE_ABOVE_MIN_WORDS:
                short = short or text
                continue
            return _above_deck(lines, before, i) or text
    after = sorted(i for i in header if i > date_at)
    for i in after:
        text = lines[i].strip()
        if is_headline(text) and len(text.split()) >= 3:
            return text
    return short


_BRACKETED_RE: Final = re.compile(r"\([^()]*\)")


def _only_bracketed_date(line: str) -> bool:
    """A line whose only date stands in brackets after a weekday, as a sentence or caption cites
    a day ("Foto: … Jembrana, Rabu (10/5/2023)."): no page date stamp is written so."""
    return "(" in line and parse_published(_BRACKETED_RE.sub(" ", line)) is None


DECK_MIN_LOWER_RATIO: Final = 0.5
"""A headline-shaped line with at least this share of lower-case words is in sentence case."""


def _lower_share(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) / len(words) if words else 0.0


def _above_deck(lines: Sequence[str], before: list[int], at: int) -> str | None:
    """The Title Case headline right above a sentence-case line: that line is the deck (the
    standfirst printed under the headline, "Ketua asosiasi … minta pemerintah …"), not the title."""
    pos = before.index(at)
    if pos + 1 >= len(before) or _lower_share(lines[at]) < DECK_MIN_LOWER_RATIO:
        return None
    upper = lines[before[pos + 1]].strip()
    if is_headline(upper) and _lower_share(upper) < DECK_MIN_LOWER_RATIO and len(upper.split()) >= 3:
        return upper
    return None


_AFFILIATION_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+(?:"
    + "|".join(h.replace(" ", r"\s+") for h in b.AFFILIATION_HEADS)
    + r")\b(?P<rest>[^.!?]{0,100})$",
    re.IGNORECASE,
)
COLUMNIST_MAX_WORDS: Final = 16
"""A columnist's byline with the affiliation is short."""


def _columnist(text: str) -> str | None:
    """The writer of a "Name Dosen …, Universitas …" opinion byline, or None."""
    if len(text.split()) > COLUMNIST_MAX_WORDS:
        return None
    match = _AFFILIATION_RE.match(text)
    if not match or not match.group("name")[0].isupper():
        return None
    name = match.group("name")
    return name if is_person_name(name) and len(name.split()) >= b.BARE_NAME_MIN_WORDS else None


def _undated_title(lines: Sequence[str], header: list[int]) -> tuple[str | None, list[str]]:
    """Headline and columnist of a page that states no date (an opinion column): the headline is
    the nearest headline-shaped line above the body, past the columnist's byline and credits."""
    columnist: list[str] = []
    anchor = None  # position in ``header`` of the byline that anchors the headline
    for pos, i in enumerate(header[:UNDATED_ANCHOR_SEARCH_LINES]):
        text = lines[i].strip()
        name = _columnist(text)
        if name:
            columnist, anchor = [name], pos
            break
        if pf.BYLINE_LABEL_ONLY_RE.match(text) or BY_RE.match(text) or byline_people(text):
            anchor = pos
            break
    if anchor is None:
        return None, columnist
    counted = 0
    for i in header[anchor + 1 :]:
        text = lines[i].strip()
        if not columnist and _skippable_header_line(text) and not is_headline(text):
            continue
        counted += 1
        if counted > UNDATED_TITLE_MAX_DISTANCE:
            break
        # A Title Case headline may read as a name ("Menjaga Sungai Tetap Hidup"): above a
        # byline the headline-shaped line is the headline all the same.
        if len(text.split()) >= TITLE_UNDATED_MIN_WORDS and (is_headline(text) or is_person_name(text)):
            return text, columnist
    return None, columnist


UNDATED_ANCHOR_SEARCH_LINES: Final = 6
UNDATED_TITLE_MAX_DISTANCE: Final = 2
TITLE_UNDATED_MIN_WORDS: Final = 3
"""Without a date line a byline near the body ("Oleh" / "NAME", a columnist's "Name Dosen …")
anchors the headline: it stands right above it, or above a deck."""


def _date_and_title(lines: Sequence[str], header: list[int]) -> tuple[int | None, str | None]:
    """The article's date line and headline in the header window.

    Date lines in link lists ("* Kamis, 05/11/2015 09:25 WIB") are skipped, an "updated" date only
    serves when nothing else is there, and of several date lines the one that stands by a headline
    wins (a sidebar's dates stand by other items); failing that, the one nearest the body.
    """
    date_lines = [
        i for i in header if not _LIST_ITEM_RE.match(lines[i].strip()) and is_date_line(lines[i].strip())
    ]
    date_lines = [i for i in date_lines if not _only_bracketed_date(lines[i])]
    stated = [i for i in date_lines if not UPDATED_RE.match(lines[i].strip())]
    candidates = stated or date_lines
    masthead_title = None
    for date_at in candidates:
        title = _find_title(lines, header, date_at)
        if title and _menu_between(lines, header, date_at, title):
            masthead_title = masthead_title or title  # the masthead's date: the day the page was saved
            continue
        if title:
            return date_at, title
    if masthead_title:
        return None, masthead_title
    return (candidates[0], None) if candidates else (None, None)


MENU_ITEM_MAX_WORDS: Final = 3
MENU_MIN_LINES: Final = 4
"""A date line with this many short lines (a navigation menu) between it and the headline below is
the masthead's date of today, printed by the site on every page, not the article's."""


def _menu_between(lines: Sequence[str], header: list[int], date_at: int, title: str) -> bool:
    """A navigation menu stands between the date line and the headline below it."""
    title_at = next((i for i in header if i > date_at and lines[i].strip() == title), None)
    if title_at is None:
        return False
    menu = 0
    for i in header:
        if date_at < i < title_at:
            text = lines[i].strip()
            menu += len(text.split()) <= MENU_ITEM_MAX_WORDS and not _skippable_header_line(text)
    return menu >= MENU_MIN_LINES


def visible_metadata(
    lines: Sequence[str], body_start: int | None = None, body_end: int | None = None
) -> VisibleMetadata:
    """Read the metadata a page shows around its body ``lines[body_start:body_end + 1]``.

    Without a body span the text-dump body locator finds it. Lines are raw dump lines (or HTML
    paragraphs): only the header above the body, the body and the footer below it are read.
    """
    if body_start is None or body_end is None:
        from warta.stages.extract_text import locate_body

        span = locate_body(lines)
        if span is None:
            return VisibleMetadata()
        body_start, body_end = span
    header = _window(lines, body_start - 1, -1, HEADER_MAX_LINES)
    footer = _window(lines, body_end + 1, +1, FOOTER_MAX_LINES)
    body = [i for i in range(body_start, body_end + 1) if lines[i].strip()]

    date_at, title = _date_and_title(lines, header)
    published = parse_published(lines[date_at]) if date_at is not None else None
    columnist: list[str] = []
    if date_at is None and title is None:
        title, columnist = _undated_title(lines, header)

    people = _people(lines, header, body, footer)
    if date_at is not None and not people["author"]:
        people["author"] = _author_by_date(lines, header, body, date_at, title, people)
    if columnist and not people["author"]:
        people["author"] = columnist
    dateline, dateline_outlet = _dateline(lines, body)
    outlet = dateline_outlet or _outlet(lines, header, footer, date_at)
    wire_from_dateline = None
    if dateline_outlet in WIRE_OUTLETS:  # "(ANTARA) -" on another site's page: a wire copy
        page_outlet = _outlet(lines, header, footer, date_at)
        if page_outlet and page_outlet != dateline_outlet:
            outlet, wire_from_dateline = page_outlet, dateline_outlet
    if outlet and "." in outlet and outlet not in _KNOWN_OUTLETS:
        outlet = _page_spelling(lines, outlet)
    if outlet is None:  # an outlet no list names: its masthead and its copyright line agree
        outlet = masthead_outlet(lines)
        if outlet and dateline and _outlet_key(dateline) == _outlet_key(outlet):
            dateline = None  # "HARIAN DISWAY - …": the outlet's name, not a city
    sources = _wire_sources(lines, header, body, footer, outlet)
    if wire_from_dateline and wire_from_dateline not in sources:
        sources.insert(0, wire_from_dateline)
    return VisibleMetadata(
        title=title,
        outlet=outlet,
        published=published,
        authors=tuple(people["author"]),
        editors=tuple(people["editor"]),
        translators=tuple(people["translator"]),
        dateline=dateline,
        wire_sources=tuple(sources),
    )


_KNOWN_OUTLETS: Final = frozenset(o.OUTLET_ALIASES.values()) | frozenset(o.OUTLET_DOMAINS.values())


def _page_spelling(lines: Sequence[str], outlet: str) -> str:
    """An outlet known only by the domain it prints, spelt as the page spells it best: a masthead's
    camel case ("TribunJatim.com") over the dateline's capitals read as "Tribunjatim.com"."""
    best, capitals = outlet, sum(map(str.isupper, outlet))
    for match in re.finditer(re.escape(outlet), "\n".join(lines), re.IGNORECASE):
        spelling = match.group(0)
        if spelling.isupper() or spelling.islower():
            continue
        if sum(map(str.isupper, spelling)) > capitals:
            best, capitals = spelling, sum(map(str.isupper, spelling))
    return best


def _people(
    lines: Sequence[str], header: list[int], body: list[int], footer: list[int]
) -> dict[str, list[str]]:
    """Authors, editors and translators from byline lines around (and at the end of) the body."""
    people: dict[str, list[str]] = {"author": [], "editor": [], "translator": []}

    def add(role: str, name: str) -> None:
        if name not in people[role]:
            people[role].append(name)

    opening = set(body[:1])  # "Oleh Nama" opening a feature's body is its byline
    indexes = sorted(set(header) | set(footer) | set(body[-FOOTER_MAX_LINES:]) | opening)
    order: tuple[int, int] | None = None
    in_header, in_footer = set(header), set(footer)
    framing = in_header | in_footer | opening
    for pos, i in enumerate(indexes):
        text = lines[i].strip()
        if i not in framing and "|" not in text and text[:1] not in BYLINE_FIRST_CHARS:
            continue  # a body paragraph that opens with no label: no byline can be read from it
        for role, name in byline_people(text):
            add(role, name)
        if text[:1] in BYLINE_FIRST_CHARS and pf.BYLINE_LABEL_ONLY_RE.match(text):
            label_role = role_of_label(text.rstrip(":").strip()) or (
                "author" if text.lower() in STAFF_ROLE_WORDS else None
            )
            if not label_role:
                continue
            if order is None:  # the first label shows the page's layout: name above or below it
                above = pos > 0 and is_person_name(lines[indexes[pos - 1]].strip())
                order = (-1, +1) if above else (+1, -1)
            for step in order:
                j = pos + step
                if 0 <= j < len(indexes):
                    neighbour = lines[indexes[j]].strip()
                    if is_person_name(neighbour.rstrip(",")):
                        add(label_role, title_case(neighbour.rstrip(",")))
                        # "Yunisa Herawati," / "Muhammad Thoifur": a comma carries the list on
                        while neighbour.endswith(",") and 0 <= j + step < len(indexes):
                            j += step
                            neighbour = lines[indexes[j]].strip()
                            if not is_person_name(neighbour.rstrip(",")):
                                break
                            add(label_role, title_case(neighbour.rstrip(",")))
                        break
            continue
        match = ROLE_AFTER_NAME_RE.match(text) if "," in text and (i in in_header or i in in_footer) else None
        if match:
            role = "editor" if match.group("role").lower() in ROLE_AFTER_NAME_EDITORS else "author"
            for name in split_names(match.group("name")):
                add(role, name)
        elif i in in_header or i in opening:
            for regex, first_chars in HEADER_BYLINES:
                match = regex.match(text) if text[:1] in first_chars else None
                if match:
                    for name in split_names(match.group(1)):
                        add("author", name)
            match = NAME_DASH_OUTLET_RE.match(text) if has_dash(text) else None
            if match is None and ("," in text or "(" in text):
                match = NAME_COMMA_OUTLET_RE.match(text)
            if match and canonical_outlet(match.group("outlet")):
                for name in split_names(match.group("name")):
                    add("author", name)
    return people


def _author_by_date(
    lines: Sequence[str],
    header: list[int],
    body: list[int],
    date_at: int,
    title: str | None,
    people: dict[str, list[str]],
) -> list[str]:
    """The author a header names without a label, next to the date: on the date line itself
    ("Arif Wicaksono • 16 Maret 2023 15:10") or alone on the line just above or below it, between
    the headline and the body ("Rahmat Hidayat" / "19 Mar 2023, 12:00 WIB"). A name the body
    speaks of is the article's subject (a celebrity page's tag), not its author."""
    credited = {name for names in people.values() for name in names}
    on_line: list[str] = []
    for part in DATE_NAME_SPLIT_RE.split(lines[date_at].strip()):
        part = part.strip()
        by = BY_RE.match(part) if part[:1] in "BObo" else None
        if by:  # "By Nurdin Lamasitudju · October 7, 2024": the opener is no part of the name
            on_line.extend(split_names(by.group(1)))
        elif _is_bare_byline(part, 1):
            on_line.append(title_case(part))
        elif ":" in part:  # "Oleh: Fikri Ramadhan - 6 April 2023 14:20 WIB"
            on_line.extend(name for role, name in byline_people(part) if role == "author")
        elif "," in part:  # "Nanda Ramadhani , Jurnalis · Sabtu 29 Juli 2023 08:45 WIB"
            match = ROLE_AFTER_NAME_RE.match(part)
            if match and match.group("role").lower() not in ROLE_AFTER_NAME_EDITORS:
                on_line.extend(split_names(match.group("name")))
    if on_line:
        return [name for name in on_line if name not in credited]
    pos = header.index(date_at)
    title_at = next((i for i in header if title and lines[i].strip() == title), None)
    for j, step in ((pos - 1, -1), (pos + 1, +1)):  # the header runs upwards: pos - 1 is below
        if 0 <= j < len(header) and (
            _names_outlet_only(lines[header[j]]) or _is_affiliation(lines[header[j]])
        ):
            j += step  # "Rizky Alamsyah" / "- Bisnis.com", "Nama" / "Mahasiswa …": the name stands over it
        if not 0 <= j < len(header):
            continue
        i = header[j]
        if title_at is not None and i < title_at:
            continue
        text = lines[i].strip()
        names = [title_case(text)] if _is_bare_byline(text, b.BARE_NAME_MIN_WORDS) else _name_list(text)
        if names:
            if any(name in credited or any(_mentions(lines[k], name) for k in body) for name in names):
                return []
            return names
    return []


_NAME_LIST_SPLIT_RE: Final = re.compile(r"\s*[" + re.escape(b.SIDE_BY_SIDE_NAME_MARKS) + r"]\s*")


def _name_list(text: str) -> list[str]:
    """Names standing together on a header line ("Erick Tanjung | Yasinta Rahmawati"), or []."""
    for mark in b.SIDE_BY_SIDE_NAME_MARKS:
        if mark in text:
            break
    else:
        return []
    parts = [p for p in _NAME_LIST_SPLIT_RE.split(text) if p]
    if len(parts) < 2 or not all(_is_bare_byline(p, b.BARE_NAME_MIN_WORDS) for p in parts):
        return []
    return [title_case(p) for p in parts]


_AFFILIATION_START_RE: Final = re.compile(
    r"^(?:" + "|".join(h.replace(" ", r"\s+") for h in b.AFFILIATION_HEADS) + r")\b", re.IGNORECASE
)


def _under_a_name(lines: Sequence[str], before: list[int], pos: int) -> bool:
    """An affiliation line right under a writer's name (``before`` runs upwards from the date)."""
    if pos + 1 >= len(before) or not _is_affiliation(lines[before[pos]]):
        return False
    return is_person_name(lines[before[pos + 1]].strip())


def _is_affiliation(line: str) -> bool:
    """A writer's affiliation printed under the name ("Mahasiswa Sosiologi Universitas Brawijaya")."""
    text = line.strip()
    return len(text.split()) <= COLUMNIST_MAX_WORDS and _AFFILIATION_START_RE.match(text) is not None


def _names_outlet_only(line: str) -> bool:
    """A header line that names only the outlet ("- Bisnis.com", "BBC News Indonesia")."""
    text = line.strip().lstrip("-–—|•· ").strip()
    return bool(text) and canonical_outlet(text) is not None


def _mentions(line: str, name: str) -> bool:
    """The body speaks of ``name``: not only as a photo credit ("IDN Times/Asrhawi Muin")."""
    start = line.find(name)
    while start >= 0:
        if line[start - 1 : start] != "/":
            return True
        start = line.find(name, start + 1)
    return False


def _is_bare_byline(text: str, min_words: int) -> bool:
    """A person's name standing without a label: enough words, no staff or widget word."""
    words = text.split()
    if len(words) < min_words or not is_person_name(text):
        return False
    if any(w.lower().strip(".,") in NOT_A_PERSON for w in words):
        return False
    return pf.boilerplate_kind(text) is None and not pf.is_related_header(text)


def _dateline(lines: Sequence[str], body: list[int]) -> tuple[str | None, str | None]:
    for n, i in enumerate(body[:3]):
        parsed = parse_dateline(lines[i].strip(), first_line=n == 0)
        if parsed:
            return parsed.city, parsed.outlet
    return None, None


_COPYRIGHT_TRIGGER_RE: Final = re.compile(
    r"(?=[©cha])(?:©|copyright|hak cipta|all rights reserved)", re.IGNORECASE
)
"""Where a page may hold a copyright notice (found in one pass over the page). The lookahead names
the first letters of the triggers (case-insensitively, as the triggers): the regex engine then skips
to those characters instead of trying every alternative at every position, a third faster."""
_PREFIX_SPLIT_RE: Final = re.compile(r"\s+[-–—|]\s+|,\s+")


_Text = TypeVar("_Text", str, bytes)

_COPYRIGHT_SIGN: Final = "©"
_COPYRIGHT_TRIGGERS_LOWER: Final = ("copyright", "hak cipta", "all rights reserved")
"""``_COPYRIGHT_TRIGGER_RE``'s letter literals (and its sign, above), found by ``bytes.find`` in
the page's UTF-8 bytes with ASCII letters lower-cased: several times faster than
the regex scan (where "a", "c" and "h" start a try at most positions) and than ``str.lower`` of a
page that holds any non-ASCII character (which looks every character up in the Unicode tables)."""


def _copyright_lines(page: str) -> Iterator[str]:
    """The line around every match of ``_COPYRIGHT_TRIGGER_RE`` in ``page``, in page order, found
    by literal search in the page's UTF-8 bytes (see ``_COPYRIGHT_TRIGGERS_LOWER``) unless the page
    holds a character only the regex engine folds to a trigger letter. (The literals cannot overlap
    one another or themselves, so every occurrence of each is a match of the alternation; "\\n", the
    only line break of a joined page, is one byte that no other character's UTF-8 form holds.)"""
    if any(c in page for c in NON_ASCII_CASE_FOLDED):  # the regex itself folds these to "i", "s", "k"
        for match in _COPYRIGHT_TRIGGER_RE.finditer(page):
            yield _line_around(page, match.start(), match.end())
        return
    data = page.encode("utf-8", "surrogatepass")
    lowered = data.lower()  # bytes.lower: ASCII letters only
    spans = []
    for literal in (_COPYRIGHT_SIGN, *_COPYRIGHT_TRIGGERS_LOWER):
        pattern = literal.encode()
        at = lowered.find(pattern)
        while at >= 0:
            spans.append((at, at + len(pattern)))
            at = lowered.find(pattern, at + len(pattern))
    for start, end in sorted(spans):
        yield _line_around(data, start, end).decode("utf-8", "surrogatepass")


def _line_around(page: _Text, start: int, end: int) -> _Text:
    """The whole line of ``page`` holding ``page[start:end]``."""
    newline = "\n" if isinstance(page, str) else b"\n"
    first = page.rfind(newline, 0, start) + 1
    last = page.find(newline, end)
    return page[first : last if last >= 0 else len(page)]


def _outlet(lines: Sequence[str], header: list[int], footer: list[int], date_at: int | None) -> str | None:
    """Outlet from the header (date-line prefix, masthead line, byline), a template signature, a
    copyright line, or a domain printed on the page."""
    if date_at is not None:
        prefix = _PREFIX_SPLIT_RE.split(lines[date_at].strip(), maxsplit=1)[0].strip()
        if prefix != lines[date_at].strip() and canonical_outlet(prefix):
            return canonical_outlet(prefix)
    for i in header:
        text = lines[i].strip()
        for regex, name in SIGNATURES:
            if regex.search(text):
                return name
        if canonical_outlet(text):
            return canonical_outlet(text)
        match = NAME_DASH_OUTLET_RE.match(text) if has_dash(text) else None
        if match and canonical_outlet(match.group("outlet")):
            return canonical_outlet(match.group("outlet"))
    page = "\n".join(lines)
    for line in _copyright_lines(page):
        if pf.COPYRIGHT_RE.search(line):
            found = outlet_in_line(line)
            if found:
                return found
    return domain_outlet(page)


def _wire_sources(
    lines: Sequence[str], header: list[int], body: list[int], footer: list[int], outlet: str | None
) -> list[str]:
    """Sources the page credits: "Sumber: X" and closing "(Antara)" credits, "dilansir dari X" in
    the body, a syndication credit. A credit that names the page's own outlet ("Sumber: JIBI/Harian
    Jogja" on Harianjogja.com) is the house's own, group and all."""
    found: list[str] = []
    own = _outlet_key(outlet) if outlet else None
    in_body = set(body)
    body_text = "\n".join(lines[i] for i in body)
    closing_lines = _closing_credit_lines(lines, body)
    cues = any(t in body_text for t in WIRE_CUE_TRIGGERS)
    tail = in_body.intersection(body[-SYNDICATION_TAIL_LINES:]) | set(footer)
    for i in sorted(set(header) | in_body | set(footer)):
        text = lines[i].strip()
        short = text.count(" ") < pf.MAX_SHORT_LINE_WORDS
        if not (short or cues) and i in in_body and i not in closing_lines and i not in tail:
            continue  # a body paragraph with no cue word, closing credit or syndication credit
        credits = source_credits(text) if short else []
        if not credits and i in closing_lines:
            closing = pf.split_closing_credit(text)[1]  # "… lanjut. (Antara)" in an HTML paragraph
            credits = source_credits(closing) if closing else []
        if own and credits and any(_outlet_key(c) == own for c in credits):
            continue
        candidates = list(credits)
        if cues and i in in_body and not credits:
            candidates.extend(wire_sources_in(text))
        if not credits and i in tail and any(t in text for t in SYNDICATION_TRIGGERS):
            match = SYNDICATION_RE.match(text)
            source = clean_source(match.group("name")) if match else None
            if source:
                candidates.append(source)
        for source in candidates:
            if source and source != outlet and source not in found:
                found.append(source)
    return found


def _closing_credit_lines(lines: Sequence[str], body: list[int]) -> set[int]:
    """Body lines that end with a closing credit ("… lanjut. (Antara)")."""
    found = set()
    for i in body:
        text = lines[i].strip()
        if pf.may_end_with_credit(text) and pf.split_closing_credit(text)[1]:
            found.add(i)
    return found


_TLD_RE: Final = re.compile(r"(?:com|coid|id|net|co|tv|org)$")


def _outlet_key(name: str) -> str:
    """An outlet name reduced for comparison: "Harianjogja.com", "Harian Jogja" → "harianjogja"."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return _TLD_RE.sub("", key) if "." in name else key
