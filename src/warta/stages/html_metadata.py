"""Metadata of an HTML page: meta tags, JSON-LD, and the date printed under the headline.

Order of trust for the publication date: JSON-LD ``datePublished`` and meta tags
(``article:published_time``, ``itemprop=datePublished``, ``pubdate`` …), then the date printed in
the article header (the first full date after the headline, outside links and lists, so never a
sidebar or related-article date). The header date also repairs a meta time whose offset is wrong
(a local clock time labelled ``Z``): when both show the same clock time, the header's zone wins.
A bare local time gets WIB (+07:00). Output is ISO 8601 with seconds and offset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from warta.lang.id.calendar import DEFAULT_OFFSET, ENGLISH_MONTHS, MONTHS, TIME_ZONES
from warta.lang.id.dateline_forms import COLON_DATELINE, NEWSROOM_TOKENS, STOP_DATELINE
from warta.lang.id.desks import DESK_WORDS
from warta.lang.id.gazetteer import PLACES
from warta.lang.id.outlets import OUTLET_ALIASES, OUTLET_DOMAINS
from warta.lang.id.page_labels import UPDATE_LABELS
from warta.lang.id.regional_outlets import NETWORK_DOMAINS, regional_outlet
from warta.lang.id.roles import HONORIFICS
from warta.records import JAKARTA_TIME as WIB  # the zone of a bare local time on an Indonesian page
from warta.stages.metadata import is_person_name

META_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date_published",
    "content_publisheddate",
    "dtk:publishdate",
    "og:published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "date",
    "content_publishedtime",
    "parsely-pub-date",
)
"""Meta names/properties/itemprops that carry the publication time, most specific first."""

META_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "content_author")

META_EDITOR_KEYS = ("dtk:editor", "content_editor", "article:editor", "editor")
"""Meta names that credit the article's editor (detik's and Kompas Gramedia's CMS print them); read
only when JSON-LD names no editor, and used only when the page prints none."""

OUTLET_HINT_KEYS = ("copyright", "dc.publisher", "publisher", "author", "application-name", "dc.rights")
"""Meta tags that often name the outlet when the page gives no canonical address."""

ARTICLE_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "blogposting", "report"})
"""JSON-LD @type values of one article."""

TITLE_SEPARATORS = re.compile(r"(\s+(?:[-|–—»:]|::)\s+)")
"""Separators between a headline and the site name in ``<title>``/``og:title`` (captured, so that
the ones inside a headline are kept as printed)."""

MIN_SITE_LABEL_CHARS = 4
"""Shorter domain labels ("cnn", "rri") are too likely to be words of a headline."""

SITE_PART_MAX_WORDS = 5
"""A title part naming the site is short ("Kompas.com Regional", "Health :: Okezone Lifestyle");
a longer one that happens to contain the site's name is part of the headline."""

MAX_HEADER_DATE_CHARS = 120
"""A header date line is short; longer text holding a date is prose."""

NOT_HEADER = frozenset({"a", "li", "option", "select", "nav", "footer", "aside", "script", "style"})
"""Elements whose dates belong to other articles or widgets, never to this one."""

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
ZONES = "|".join(TIME_ZONES)
VISIBLE_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\s*(?:(?P<month>{MONTH_NAMES})\.?|[/.-](?P<mnum>\d{{1,2}})[/.-])\s*"
    rf"(?P<year>(?:19|20)\d\d)"
    rf"(?:\s*(?:[,|/\-–]|\bpukul\b|\bjam\b|\bat\b)?\s*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    rf"(?:[:.](?P<second>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?(?:\s*(?P<zone>{ZONES})\b)?)?",
    re.IGNORECASE,
)
"""An Indonesian date as printed in article headers: "Kamis, 5 November 2015 14:56 WIB",
"05/11/2015 10:08 WIB", "16 Feb 2016 at 09:10 WIB", "Senin, 15 Februari 2016, 16:15 WIB",
"Selasa, 27 Februari 2024 / 10:15 WIB"."""

ALL_MONTH_NAMES = "|".join(sorted({*MONTHS, *ENGLISH_MONTHS}, key=len, reverse=True))
MONTH_FIRST_DATE = re.compile(
    rf"\b(?P<month>{ALL_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"
    rf"(?:\s*(?:[,|/\-–]|\bat\b|\bpukul\b)?\s*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    rf"(?:[:.](?P<second>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?(?:\s*(?P<zone>{ZONES})\b)?)?",
    re.IGNORECASE,
)
"""A month-first header date as English editions print it: "Tue, September 3, 2024 | 07:45 pm",
"February 29, 2024 13:12 WIB"."""

ISO_DATE = re.compile(
    r"(?P<date>\d{4}[-/]\d{2}[-/]\d{2})(?:\s*T?\s*(?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
"""ISO-like machine dates, tolerant of "2015-11-05 T10:08:58Z" and fractional seconds."""


UPDATE_LABEL = re.compile(
    r"\b(?:" + "|".join(re.escape(label) for label in sorted(UPDATE_LABELS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
"""A header date introduced as a modification time ("Diperbarui …") is never the publication time."""

MONTHS_IN_YEAR = 12
HALF_DAY_HOURS = 12

LANG_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z]{2})?$", re.IGNORECASE)


@dataclass
class PageMeta:
    """What the page's markup says about the article (None/empty when it does not say)."""

    title: str | None = None
    url: str | None = None
    site_name: str | None = None
    published: datetime | None = None
    published_has_time: bool = True
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None
    outlet_hints: list[str] = field(default_factory=list)


def norm(text: str | None) -> str:
    """Whitespace collapsed to single spaces (empty for None)."""
    return " ".join((text or "").split())


def _meta_values(root: HtmlElement) -> dict[str, str]:
    """First value of every ``<meta>`` by lower-cased name, property or itemprop."""
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in values:
                values[key] = norm(content)
    return values


def _json_ld_articles(root: HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects of article type (also inside ``@graph`` lists); broken JSON is skipped."""
    found: list[dict[str, Any]] = []
    for script in root.xpath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]"):
        try:
            data = json.loads(script.text or "", strict=False)  # raw newlines in strings are common
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds):
                    found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


def _microdata_article(root: HtmlElement) -> dict[str, str]:
    """``itemprop`` values of the page's schema.org (News)Article microdata item (url, headline,
    datePublished, author), read from its own properties, not from nested items."""
    for scope in root.xpath("//*[@itemscope][contains(@itemtype,'Article')]"):
        found: dict[str, str] = {}
        for prop in scope.xpath(".//*[@itemprop]"):
            owner = next((a for a in prop.iterancestors() if a.get("itemscope") is not None), None)
            if owner is not scope:
                continue
            name = prop.get("itemprop", "").strip()
            value = prop.get("content") or prop.get("href") or prop.get("datetime") or prop.text_content()
            if name and value and value.strip() and name not in found:
                found[name] = norm(value)
        return found
    return {}


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD author value (a string, an object or a list of them)."""
    if isinstance(value, str):
        return [norm(value)] if value.strip() else []
    if isinstance(value, dict):
        kinds = value.get("@type")
        if isinstance(kinds, str) and kinds.lower() == "organization":
            return []
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


DEGREE_WORD = re.compile(r"^[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.?)*$")
"""A word of an academic degree written after a name ("S.H.", "M.Si", "S.Sos")."""


NAME_TITLES = frozenset(h for h in HONORIFICS if h.endswith(".")) | {"dr", "prof"}
"""Academic and religious titles written before a writer's name in bylines ("Dr.", "Prof.", "Ir.",
"H."): the name is read without them (degrees after a comma are dropped as parts of their own)."""


def _without_titles(name: str) -> str:
    """``name`` without the titles before it ("Dr. Ahmad Fauzi" → "Ahmad Fauzi"), keeping at least
    two words (a one-word name after a title keeps the title: it may be the name's first word)."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in NAME_TITLES:
        words = words[1:]
    return " ".join(words)


def _split_meta_names(value: str) -> list[str]:
    """Names in a meta tag's or JSON-LD value: "A, B dan C" → [A, B, C]; a role before a comma
    ("Kontributor Palembang, Nama") and degrees after one ("Nama, S.H.") stand as parts of their
    own, which the person check then drops (degrees are dropped here)."""
    parts = [a.strip() for a in re.split(r"\s*(?:,|;|\bdan\b|&)\s*", value) if a.strip()]
    return [_without_titles(p) for p in parts if not all(DEGREE_WORD.match(word) for word in p.split())]


def iso_has_time(text: str) -> bool:
    """Whether a machine date states a clock time ("2024-05-06T09:15" yes, "2024-05-06" no)."""
    match = ISO_DATE.search(text)
    return bool(match and match.group("time"))


def parse_iso(text: str | None) -> datetime | None:
    """A machine date from meta/JSON-LD; naive values get WIB."""
    match = ISO_DATE.search(text or "")
    if not match:
        return None
    clock = match.group("time") or "00:00"
    if len(clock) == 5:
        clock += ":00"
    zone = match.group("tz") or DEFAULT_OFFSET
    if zone == "Z":
        zone = "+00:00"
    elif ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    try:
        day = match.group("date").replace("/", "-")
        return datetime.fromisoformat(f"{day}T{clock}{zone}")
    except ValueError:
        return None


def parse_visible_date(text: str) -> tuple[datetime, bool] | None:
    """An Indonesian header date → (aware datetime, whether it had a clock time); WIB if no zone."""
    match = VISIBLE_DATE.search(text) or MONTH_FIRST_DATE.search(text)
    if not match:
        return None
    groups = match.groupdict()
    name = (groups["month"] or "").lower()
    month = MONTHS.get(name) or ENGLISH_MONTHS.get(name) or int(groups.get("mnum") or 0)
    day = int(match.group("day"))
    if groups.get("mnum") and month > MONTHS_IN_YEAR >= day:
        day, month = month, day  # an unambiguous month/day/year export date ("10/21/2025")
    zone = TIME_ZONES.get((match.group("zone") or "").lower(), DEFAULT_OFFSET)
    tz = datetime.strptime(zone, "%z").tzinfo
    has_time = match.group("hour") is not None
    hour = int(match.group("hour") or 0)
    half = (match.group("ampm") or "").lower()[:1]
    if half and hour <= HALF_DAY_HOURS:
        hour = hour % HALF_DAY_HOURS + (HALF_DAY_HOURS if half == "p" else 0)  # 12-hour clock
    try:
        value = datetime(
            int(match.group("year")),
            month,
            day,
            hour,
            int(match.group("minute") or 0),
            int(match.group("second") or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return value, has_time


def _site_label(host: str) -> str | None:
    """The name part of a site's domain: "lifestyle.okezone.com" → "okezone"."""
    domain = registered_domain(f"http://{host.strip()}") if " " not in host.strip() else None
    label = domain.split(".")[0] if domain else None
    return label if label and len(label) >= MIN_SITE_LABEL_CHARS else None


def clean_title(raw: str | None, site_names: list[str]) -> str | None:
    """A headline without the site name glued to its start or end ("… - Kompas.com", "Judul |
    Republika Online", "KapanLagi.com: …"); separators inside the headline stay as they are."""
    title = norm(raw)
    if not title:
        return None
    markers = [s.lower() for s in site_names if s]
    markers += [label for m in markers if "." in m for label in [_site_label(m)] if label]

    def is_site(part: str) -> bool:
        low = part.lower().strip()
        return len(low.split()) <= SITE_PART_MAX_WORDS and any(m in low or low in m for m in markers)

    tokens = TITLE_SEPARATORS.split(title)
    parts, separators = tokens[0::2], tokens[1::2]
    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    title = parts[start] + "".join(separators[i - 1] + parts[i] for i in range(start + 1, end))
    prefix = re.match(r"^([\w.]+\.(?:com|co\.id|id|co|net|tv))\s*:\s+", title, re.IGNORECASE)
    if prefix:
        title = title[prefix.end() :]
    return title.strip() or None


def registered_domain(url: str | None) -> str | None:
    """``regional.kompas.com`` → ``kompas.com``; ``nasional.republika.co.id`` → ``republika.co.id``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    labels = host.split(".")
    for size in (3, 2):
        candidate = ".".join(labels[-size:])
        if candidate in OUTLET_DOMAINS:
            return candidate
    if len(labels) >= 3 and labels[-2] in {"co", "or", "ac", "go", "web", "my", "sch", "com", "net"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


ALIASES_LONGEST_FIRST = sorted(OUTLET_ALIASES, key=len, reverse=True)


def outlet_in(text: str | None) -> str | None:
    """The canonical outlet a name or credit line mentions ("Antara News Agency" → ANTARA)."""
    low = norm(text).lower()
    if not low:
        return None
    if low in OUTLET_ALIASES:
        return OUTLET_ALIASES[low]
    for alias in ALIASES_LONGEST_FIRST:
        if re.search(rf"(?<![\w.]){re.escape(alias)}(?![\w])", low):
            return OUTLET_ALIASES[alias]
    return None


def outlet_for(
    url: str | None, site_name: str | None, publisher: str | None, hints: Sequence[str | None] = ()
) -> str | None:
    """Canonical outlet name: a network's regional site by its host ("bali.tribunnews.com" →
    Tribun-Bali.com), else from the domain table, else a known site/publisher name or one named
    in a copyright/author meta tag, else the publisher name the page gives, else the domain."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    regional = regional_outlet(host)
    if regional:
        return regional
    domain = registered_domain(url)
    if domain in NETWORK_DOMAINS and host not in {domain, f"www.{domain}"} and site_name:
        named = outlet_in(site_name) or norm(site_name)
        if named != OUTLET_DOMAINS.get(domain):
            return named  # a regional newsroom of the network, by the name it gives itself
    if domain and domain in OUTLET_DOMAINS:
        return OUTLET_DOMAINS[domain]
    for name in (publisher, site_name, *hints):
        canonical = outlet_in(name)
        if canonical:
            return canonical
    if publisher:
        return norm(publisher)
    if site_name:
        return norm(site_name)
    return domain


def _looks_like_person(name: str, outlet_markers: list[str]) -> bool:
    """A person's name, not a URL, an outlet, a desk ("Redaksi") or the site itself."""
    low = name.lower()
    if not name or "://" in name or "@" in name:
        return False
    if any(m and (m in low or low in m) for m in outlet_markers):
        return False
    if any(word.strip(".,") in DESK_WORDS for word in low.split()):
        return False
    return is_person_name(name)


def page_meta(root: HtmlElement) -> PageMeta:
    """Read title, url, site name, publication time, authors, publisher and language from markup."""
    meta = _meta_values(root)
    articles = _json_ld_articles(root)
    ld: dict[str, Any] = articles[0] if articles else {}
    micro = _microdata_article(root)
    result = PageMeta()
    canonical = root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    for candidate in [*(str(c) for c in canonical), meta.get("og:url"), ld.get("url"), micro.get("url")]:
        if isinstance(candidate, str) and candidate.strip().startswith(("http://", "https://")):
            result.url = candidate.strip()
            break
    result.site_name = meta.get("og:site_name") or meta.get("application-name")
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    name = publisher.get("name") if isinstance(publisher, dict) else publisher
    result.publisher = norm(name) if isinstance(name, str) and name.strip() else None
    candidates = [
        ld.get("datePublished"),
        *(meta.get(key) for key in META_DATE_KEYS),
        micro.get("datePublished"),
        *(str(v) for v in root.xpath("//time[@itemprop='datePublished' or @pubdate]/@datetime")),
    ]
    for candidate in candidates:
        parsed = parse_iso(candidate) if isinstance(candidate, str) else None
        if parsed is not None:
            result.published = parsed
            result.published_has_time = iso_has_time(str(candidate))
            break
    markers = [m.lower() for m in (result.site_name, result.publisher, registered_domain(result.url)) if m]
    authors = [part for name in _names(ld.get("author")) for part in _split_meta_names(name)]
    if not authors:
        for key in META_AUTHOR_KEYS:
            if meta.get(key):
                authors = _split_meta_names(meta[key])
                break
    result.authors = [a for a in dict.fromkeys(authors) if _looks_like_person(a, markers)]
    editors = [part for name in _names(ld.get("editor")) for part in _split_meta_names(name)]
    if not editors:
        editors = next((_split_meta_names(meta[key]) for key in META_EDITOR_KEYS if meta.get(key)), [])
    result.editors = [e for e in dict.fromkeys(editors) if _looks_like_person(e, markers)]
    site_names = [s for s in (result.site_name, result.publisher, registered_domain(result.url)) if s]
    title_tag = root.find(".//title")
    raw_title = (
        meta.get("og:title")
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or meta.get("title")
        or (title_tag.text_content() if title_tag is not None else None)
    )
    result.title = clean_title(raw_title, site_names)
    result.language = _page_language(root, meta)
    result.outlet_hints = [meta[k] for k in OUTLET_HINT_KEYS if meta.get(k)]
    return result


def _page_language(root: HtmlElement, meta: dict[str, str]) -> str | None:
    for value in (
        root.get("lang"),
        meta.get("language"),
        meta.get("og:locale"),
        meta.get("content-language"),
    ):
        match = LANG_CODE.match((value or "").strip())
        if match:
            return match.group(1).lower()
    return None


def headline_element(root: HtmlElement, title: str | None) -> HtmlElement | None:
    """The element that prints the headline: the h1–h3 whose text matches the title, else the
    first h1 that is not a logo or section label."""
    wanted = norm(title).lower()
    headings = root.xpath("//h1|//h2|//h3")
    if wanted:
        for heading in headings:
            text = norm(heading.text_content()).lower()
            if text and (text == wanted or (len(text) > 15 and (text in wanted or wanted in text))):
                if heading.xpath("ancestor::a|ancestor::li"):
                    continue
                return heading
    h1s = root.xpath("//h1")
    return h1s[0] if h1s else None


def _header_date_candidates(
    root: HtmlElement, headline: HtmlElement | None
) -> tuple[list[tuple[int, datetime, bool]], int]:
    """Dates printed outside links, lists and menus, with their document position, and the
    position of the headline (-1 when there is none)."""
    found: list[tuple[int, datetime, bool]] = []
    headline_at = -1
    for index, el in enumerate(root.iter()):
        if el is headline:
            headline_at = index
        if not isinstance(el.tag, str) or el.tag in NOT_HEADER:
            continue
        text = norm(el.text)
        if not text and len(el) and el[0].tail and not el[0].text and not len(el[0]):
            text = norm(el[0].tail)  # an icon before the date: <i class="fa fa-clock"></i> Sabtu, …
        if not text or len(text) > MAX_HEADER_DATE_CHARS or not any(ch.isdigit() for ch in text):
            continue
        parsed = parse_visible_date(text)
        if parsed is None or UPDATE_LABEL.search(text):
            continue
        if not parsed[
            1
        ]:  # the time in the next element: <span>6 November 2023</span> <span>12:30 WITA</span>
            parsed = _with_sibling_time(el, text) or parsed
        if any(isinstance(a.tag, str) and a.tag in NOT_HEADER for a in el.iterancestors()):
            continue
        found.append((index, parsed[0], parsed[1]))
    return found, headline_at


SIBLING_TIME_MAX_CHARS = 16
"""A clock time printed in its own element is short ("12:30 WITA", "pukul 19.45 WIB")."""


def _with_sibling_time(el: HtmlElement, date_text: str) -> tuple[datetime, bool] | None:
    """The date of ``el`` with the clock time its next sibling element prints, or None."""
    sibling = el.getnext()
    if sibling is None or not isinstance(sibling.tag, str) or sibling.tag in NOT_HEADER:
        return None
    clock = norm(sibling.text)
    if not clock or len(clock) > SIBLING_TIME_MAX_CHARS or not any(ch.isdigit() for ch in clock):
        return None
    joined = parse_visible_date(f"{date_text} {clock}")
    return joined if joined is not None and joined[1] else None


def header_date(
    root: HtmlElement,
    title: str | None,
    body: HtmlElement | None = None,
    machine: datetime | None = None,
) -> tuple[datetime, bool] | None:
    """The date printed in the article header, outside links, lists and menus: the first one after
    the headline, else the last one with a clock time before it (a bare date above the headline is
    often the site's "today" bar). Without a headline, the last dated line with a time before the
    body block; with neither, None. With the markup's ``machine`` date, the first of these
    candidates that shows the same moment (see ``agreeing_date``) wins: an app-style header prints
    its date above the headline, and the first date after it is then a related article's."""
    headline = headline_element(root, title)
    anchor = headline if headline is not None else body
    if anchor is None:
        return None
    candidates, position = _header_date_candidates(root, anchor)
    if position < 0:
        return None
    after = [c for c in candidates if c[0] > position] if headline is not None else []
    before = [c for c in candidates if c[0] < position and c[2]]
    ordered = [(c[1], c[2]) for c in (*after, *reversed(before))]
    if not ordered:
        return None
    if machine is not None:
        for visible in ordered:
            if agreeing_date(machine, visible) is not None:
                return visible
    return ordered[0]


AUTHOR_MARK = re.compile(r"(?:^|[\s_-])(?:author|authors|penulis|byline|reporter)(?:$|[\s_-])")
"""A ``class``, ``rel`` or ``itemprop`` word naming the element that prints the byline."""

BYLINE_SCAN_ELEMENTS = 80
"""How many elements after the headline are searched for a marked byline (the article header)."""

BYLINE_MAX_WORDS = 8
"""A byline element's text is a name or two, perhaps with the outlet ("Nama - detikNews")."""

NAME_SUFFIX = re.compile(r"\s+[-–—|·•]\s+.*$")
"""What follows a name in a byline element: the outlet or the date ("Nama - detikSulsel")."""

NOT_BYLINE = frozenset({"nav", "footer", "aside", "script", "style"})


def marked_byline(root: HtmlElement, title: str | None, body: HtmlElement | None) -> list[str]:
    """Person names printed in the article header by an element the markup marks as the byline
    (``class="name-author"``, ``rel="author"``, ``itemprop="author"``), between the headline and
    the body block: for pages whose byline carries no label ("Nama · Kota · tanggal")."""
    headline = headline_element(root, title)
    if headline is None:
        return []
    seen_headline = False
    scanned = 0
    for el in root.iter():
        if el is headline:
            seen_headline = True
            continue
        if not seen_headline or not isinstance(el.tag, str):
            continue
        if el is body or scanned >= BYLINE_SCAN_ELEMENTS:
            break
        scanned += 1
        marks = " ".join(el.get(a) or "" for a in ("class", "rel", "itemprop")).lower()
        if not AUTHOR_MARK.search(marks) or any(a.tag in NOT_BYLINE for a in el.iterancestors()):
            continue
        for part in el.iter():
            text = NAME_SUFFIX.sub("", norm(part.text_content()))
            if not text or len(text.split()) > BYLINE_MAX_WORDS:
                continue
            names = [n for n in _split_meta_names(text) if _looks_like_person(n, [])]
            if names:
                return names
    return []


def reconcile_dates(machine: datetime | None, visible: tuple[datetime, bool] | None) -> datetime | None:
    """Trust the markup's date, shown in the header's zone; repair a mislabelled offset."""
    if machine is None:
        return visible[0] if visible else None
    if visible is None:
        return machine
    return agreeing_date(machine, visible) or machine


def agreeing_date(machine: datetime, visible: tuple[datetime, bool]) -> datetime | None:
    """The markup's date in the header's zone when the header shows the same moment (same day,
    and same clock time when it prints one), or the header's clock time when the markup's offset
    is mislabelled (local time tagged ``Z``); None when they do not agree."""
    shown, has_time = visible
    local = machine.astimezone(shown.tzinfo)
    if local.date() == shown.date() and (
        not has_time or (local.hour, local.minute) == (shown.hour, shown.minute)
    ):
        return local
    naive_clock = machine.replace(tzinfo=shown.tzinfo)
    if has_time and (naive_clock.date(), naive_clock.hour, naive_clock.minute) == (
        shown.date(),
        shown.hour,
        shown.minute,
    ):
        return naive_clock
    return None


def published_iso(
    machine: datetime | None, visible: tuple[datetime, bool] | None, machine_has_time: bool = True
) -> str | None:
    """The publication time to report: ISO with offset, or only the date when neither the markup
    nor the header states a clock time (a time is never invented). A date-only markup value takes
    the header's time when the header shows the same day, and so does a markup time of exactly
    midnight (a CMS that stores only the date writes "T00:00:00")."""
    if machine is not None and (not machine_has_time or is_midnight_placeholder(machine)):
        if visible is not None and visible[1] and visible[0].date() == machine.date():
            return iso(visible[0])
        if not machine_has_time:
            return machine.date().isoformat()
    if machine is None and visible is not None and not visible[1]:
        return visible[0].date().isoformat()
    return iso(reconcile_dates(machine, visible))


def is_midnight_placeholder(value: datetime) -> bool:
    """A markup time of exactly 00:00:00 in its own offset: the date a CMS stored without a time."""
    return (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0)


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with seconds and a ±HH:MM offset (never ``Z``)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=WIB)
    return value.isoformat(timespec="seconds")


COLON_DATELINE_RE = re.compile(COLON_DATELINE)
STOP_DATELINE_RE = re.compile(STOP_DATELINE)
KNOWN_PLACES = frozenset(p.lower() for name, spellings in PLACES.items() for p in (name, *spellings))
"""Place names (lower case) a bare colon dateline ("Jakarta: …") must name."""


OWN_OUTLET_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z'’.\-]+(?:\s+[A-Z][A-Za-z'’.\-]+){0,2}),\s*(?P<outlet>[A-Za-z][\w.]{2,40})\s*[-–—]\s"
)
"""A dateline naming the page's own outlet after the city ("KUPANG, KABARPESISIR - …")."""


def own_outlet_dateline(first_paragraph: str, url: str | None, site_name: str | None) -> str | None:
    """The city of a dateline whose outlet token is the page's own site, by its address or its
    name ("KUPANG, KABARPESISIR -" on kabarpesisir.co.id): the outlet tables need not know a
    small outlet for its datelines to be read."""
    match = OWN_OUTLET_DATELINE.match(first_paragraph.strip())
    if not match:
        return None
    token = match.group("outlet").lower().split(".")[0]
    domain = registered_domain(url)
    own = {domain.split(".")[0]} if domain else set()
    if site_name:
        own.add("".join(site_name.lower().split()).split(".")[0])
    if token not in own or len(token) < MIN_SITE_LABEL_CHARS:
        return None
    city = match.group("city")
    return city.title() if city.isupper() else city


def colon_dateline(first_paragraph: str) -> str | None:
    """The city of a colon dateline opening the first paragraph ("KBRN, Ambon: …" → Ambon,
    "Jakarta: …" → Jakarta): with an outlet token before the city (an outlet alias or a newsroom
    name), or a known place alone, or a known place closed by a full stop ("Jakarta. The …");
    else None."""
    match = COLON_DATELINE_RE.match(first_paragraph.strip())
    if not match:
        stop = STOP_DATELINE_RE.match(first_paragraph.strip())
        if stop and stop.group("city").lower() in KNOWN_PLACES:
            city = stop.group("city")
            return city.title() if city.isupper() else city
        return None
    city, outlet = match.group("city"), match.group("outlet")
    if outlet:
        key = outlet.lower()
        known = key in NEWSROOM_TOKENS or key in OUTLET_ALIASES or key in OUTLET_DOMAINS
        if not known:
            return None
    elif city.lower() not in KNOWN_PLACES:
        return None
    return city.title() if city.isupper() else city
