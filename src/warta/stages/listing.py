"""Is this page a listing (home, section, index, tag page or a feed) rather than one article?

Decided from page grammar only, never from a file name:

- a feed (RSS, Atom, RDF) is a list of items by definition;
- the page's own URL (canonical or og:url) is a home or section address: an empty path or one
  short word ("/", "/indeks", "/news"), where article addresses carry a slug or a numeric id —
  unless the page holds a long body of prose (canonicals misconfigured to the home page exist);
- many linked headlines and no article body: an article has one block of prose that is not link
  text (its body); a listing has only headline links with at most a one-line teaser each;
- an index page's own text (a writer's bio, a tag's description, a topic summary, the editors'
  note of a section front) beside a list of headline cards: one or two paragraphs under no dated
  article header, at no article address and outside any ``<article>`` holding the headline — an
  article, however short, prints its date or time by its headline or closes its body with it.

The same decisions for text dumps live in ``listing_text`` (on the classified lines of the text
cleaner).

The body measure ("longest prose block") walks the tree once: for every block element, the text
it holds itself and through inline children (``<p>``, ``<b>``, ``<span>`` …), leaving out link text,
scripts and nested blocks. Article bodies are hundreds to thousands of characters; a teaser under
a headline is a sentence or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from warta.lang.id.page_widgets import INDEX_PATH_WORDS
from warta.stages.listing_text import INTRO_MAX_PARAGRAPHS

FEED_ROOTS = frozenset({"rss", "feed", "rdf", "rdf:rdf", "channel"})
"""Root elements of syndication feeds (RSS 2.0, Atom, RSS 1.0/RDF)."""

FEED_ITEMS = ("item", "entry")

PROSE_CARRIERS = frozenset(
    {
        "p", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sup", "sub",
        "br", "q", "abbr", "cite", "mark", "strike", "blockquote", "img", "wbr", "time", "tt",
    }
)  # fmt: skip
"""Elements whose text counts towards the prose of the block they stand in."""

LEAF_BLOCKS = frozenset({"div"})
"""Blocks whose prose counts towards their parent when they hold no block themselves: a body
written as one ``<div>`` per paragraph. A listing card (a div holding a headline div and a teaser
div) holds blocks, so its teasers never add up across cards."""

NO_TEXT = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "select", "button", "a"})
"""Elements whose text is never body prose (``a``: link text is a headline, not a body)."""

MIN_ARTICLE_PROSE_CHARS = 300
"""A page whose longest block of unlinked prose is shorter than this has no article body. Real
article bodies (even photo pages with a caption-length text) run to 400 characters and more;
listing teasers stay under ~250."""

SURE_ARTICLE_PROSE_CHARS = 600
"""A block of unlinked prose this long is an article body even when the page's canonical address
is a home page (a misconfigured CMS points every page's canonical at the home page)."""

MIN_MARKED_PROSE_CHARS = 80
"""A short body is still an article when the markup declares one (see ``has_article_markers``)."""

PUBLISHED_META_XPATH = "//meta[@property='article:published_time' or @name='article:published_time']"
ARTICLE_ITEMSCOPE_XPATH = (
    "//*[@itemscope][contains(@itemtype,'NewsArticle') or contains(@itemtype,'schema.org/Article')]"
)
ITEM_LIST = re.compile(r'"@type"\s*:\s*"ItemList"')
ARTICLE_LD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:(?:News|Reportage)?Article|LiveBlogPosting)"')
"""JSON-LD types of one article; a live blog (``LiveBlogPosting``) is one article whose timed
updates stand in look-alike blocks."""

MIN_REPEATED_CARDS = 4
"""A body block with this many look-alike siblings is one teaser card of a list."""

CARD_ANCESTORS = 4
"""How far up from the body block to look for the repeated card."""

CARD_TAGS = frozenset({"li", "article"})

MIN_HEADLINE_LINKS = 8
"""How many linked headlines make a page look like a list of articles."""

MIN_HEADLINE_WORDS = 4
"""A link whose text has at least this many words reads as a headline (not "Home", "Next")."""

SECTION_PATH = re.compile(r"^/?(?:[a-z]{1,24}(?:/[a-z]{1,24})?/?)?$", re.IGNORECASE)
"""A URL path that is empty or one or two short words: a home, section or tag page ("/",
"/indeks", "/news/", "/berita/nasional", "/tag/banjir"); article paths carry a slug or an id."""

COLLECTION_LD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:CollectionPage|SearchResultsPage|ProfilePage)"')
"""JSON-LD types that declare the page a collection of articles (tag, topic and search pages) or a
writer's profile page (a bio above the writer's articles)."""

PROFILE_OG_TYPES = frozenset({"profile"})
"""``og:type`` values of a person's page, never an article."""

INDEX_PATH = re.compile(
    r"^/(?:(?:[a-z]{2}|m|amp)/)?(?:" + "|".join(sorted(INDEX_PATH_WORDS)) + r")/[\w.%-]+/?(?:\d{1,4}/?)?$",
    re.IGNORECASE,
)
"""The address of a tag, topic, author or search page: an index word and one slug (an optional
page number after it), see ``page_widgets.INDEX_PATH_WORDS``."""

INDEX_TAIL_PATH = re.compile(
    r"^/(?:[a-z]{1,24}/){0,3}(?:" + "|".join(sorted(INDEX_PATH_WORDS)) + r")(?:/\d{1,4}){0,3}/?$",
    re.IGNORECASE,
)
"""A section's own index page: plain words ending in an index word, perhaps followed by the date
it lists ("/jatim/berita/indeks", "/news/arsip", "/bydate/index/2024/02/05/"), no slug."""

DATE_MARK = re.compile(
    r"\b\d{1,2}\s*(?:[/.-]\d{1,2}[/.-]|\s+[A-Za-z]{3,9}\.?\s+)(?:19|20)\d\d\b"
    r"|\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b"
    r"|\b(?:\d+|se)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu\b",
    re.IGNORECASE,
)
"""A date or time printed on a teaser card: "15 Mar 2023", "14/3/2023", "08:10 WIB", "2 jam lalu"."""

TEASER_MIN_CHARS = 25
"""A teaser under a card's headline is at least a short sentence."""

CARD_TEXT_RATIO = 2.0
"""Dated teaser cards hold the page when their text is this many times the longest unlinked prose
(on an article, a related list of dated links is small beside the body). The rule only applies
when that prose is shorter than an article body (``MIN_ARTICLE_PROSE_CHARS``): a short article
beside a long list of teasers keeps its place."""

ARTICLE_QUERY = re.compile(r"(?:^|&)(?:p|id|page_id|newsid|artid|berita)=\d", re.IGNORECASE)
"""Query strings that address one article on sites without slugs (``?p=123``)."""


def _local(tag: object) -> str:
    return tag.lower().rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def feed_items(root: HtmlElement) -> int | None:
    """Number of items when ``root`` is a syndication feed, else None.

    An HTML parser wraps a feed in ``<html><body>``, so the feed root may sit one level down.
    """
    candidates = [root]
    body = root.find("body")
    if body is not None and len(body):
        candidates.append(body[0])
    for candidate in candidates:
        if _local(candidate.tag) in FEED_ROOTS:
            return sum(1 for el in candidate.iter() if _local(el.tag) in FEED_ITEMS)
    return None


def page_url(root: HtmlElement) -> str | None:
    """The page's own address from ``<link rel=canonical>`` or ``og:url``, if it gives one."""
    for value in root.xpath(
        "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href"
        "|//meta[@property='og:url' or @name='og:url']/@content"
    ):
        value = str(value).strip()
        if value.startswith(("http://", "https://")):
            return value
    return None


ARTICLE_PATH = re.compile(
    r"/(?:19|20)\d\d/[01]?\d/(?:[0-3]?\d/)?[^/]+"  # a date path before a slug: /2024/09/28/slug
    r"|/[a-z0-9]+(?:-[a-z0-9]+){4,}/?$",  # a headline slug of five words or more
    re.IGNORECASE,
)
"""The address of one article: a date path before a slug, or a slug made of a headline. Names
(of a writer, a tag, a topic) make slugs of a few words only."""


def is_article_url(url: str) -> bool:
    """Whether ``url`` addresses one article (see ``ARTICLE_PATH``, ``ARTICLE_QUERY``)."""
    parts = urlsplit(url)
    return bool(ARTICLE_PATH.search(parts.path) or (parts.query and ARTICLE_QUERY.search(parts.query)))


def is_section_url(url: str) -> bool:
    """Whether ``url`` addresses a home or section page rather than one article."""
    parts = urlsplit(url)
    if parts.query and ARTICLE_QUERY.search(parts.query):
        return False
    path = parts.path or "/"
    return bool(SECTION_PATH.match(path) or INDEX_PATH.match(path) or INDEX_TAIL_PATH.match(path))


def _prose(el: HtmlElement, best: list[Any]) -> tuple[int, bool]:
    """Characters of unlinked prose ``el`` holds itself, through inline children and through
    leaf ``<div>`` children (sites that wrap each paragraph in its own div), and whether it holds
    any other block. Keeps the largest block seen anywhere below in ``best`` as
    ``[length, element]``."""
    total = len((el.text or "").strip())
    has_block = False
    for child in el:
        tail = len((child.tail or "").strip())
        name = _local(child.tag)
        if not name or name in NO_TEXT:
            total += tail
            continue
        inner, inner_block = _prose(child, best)
        if name in PROSE_CARRIERS:
            total += inner
            has_block = has_block or inner_block
        elif name in LEAF_BLOCKS and not inner_block:
            total += inner
            has_block = True
        else:
            has_block = True
        total += tail
    if total > best[0]:
        best[0] = total
        best[1] = el
    return total, has_block


def body_block(root: HtmlElement) -> tuple[int, HtmlElement | None]:
    """The largest block of text on the page that is not link text, and its length: on an
    article page, the element that holds the body."""
    best: list[Any] = [0, None]
    body = root.find("body")
    _prose(body if body is not None else root, best)
    return best[0], best[1]


def longest_prose_block(root: HtmlElement) -> int:
    """Length of the largest block of text on the page that is not link text."""
    return body_block(root)[0]


def headline_links(root: HtmlElement) -> int:
    """Links whose text reads like a headline (several words)."""
    count = 0
    for anchor in root.iter("a"):
        text = anchor.text_content()
        if len(text.split()) >= MIN_HEADLINE_WORDS:
            count += 1
    return count


def is_listing_page(page: HtmlElement | str) -> str | None:
    """The reason ``page`` (HTML text or a parsed tree) is a listing and not an article, or None
    for an article (or for text that is no page at all)."""
    if isinstance(page, str):
        from warta.stages.extract_html import parse_page  # the one HTML loader, shared

        root = parse_page(page)
        if root is None:
            return None
        page = root
    return listing_verdict(page)[0]


def listing_verdict(root: HtmlElement) -> tuple[str | None, HtmlElement | None]:
    """``is_listing_page``'s reason (or None) and the page's body block, found in the same pass."""
    items = feed_items(root)
    if items is not None:
        return f"listing page (a news feed with {items} items)", None
    prose, block = body_block(root)
    return _verdict(root, prose, block), block


def has_article_markers(root: HtmlElement) -> bool:
    """Whether the markup declares exactly one article: a publication-time meta tag, or a single
    schema.org (News)Article in JSON-LD or microdata. (``og:type=article`` is not enough: CMS
    templates put it on index pages too; and an index may describe each of its items as a
    NewsArticle, inside an ItemList.)"""
    scripts = " ".join(s.text or "" for s in root.xpath("//script[contains(@type,'ld+json')]"))
    if ITEM_LIST.search(scripts):
        return False
    declared = len(ARTICLE_LD_TYPE.findall(scripts)) + len(root.xpath(ARTICLE_ITEMSCOPE_XPATH))
    if declared > 1:
        return False
    return declared == 1 or bool(root.xpath(PUBLISHED_META_XPATH))


def repeated_siblings(block: HtmlElement | None) -> int:
    """How many look-alike siblings (same tag and class) the block or one of its near ancestors
    has: a teaser card of a listing repeats, an article body does not. Only classed elements,
    ``li`` and ``article`` count (unclassed divs repeat everywhere)."""
    most = 0
    node = block
    for _ in range(CARD_ANCESTORS):
        if node is None:
            break
        parent = node.getparent()
        if parent is None:
            break
        cls = node.get("class")
        if cls or node.tag in CARD_TAGS:
            most = max(most, sum(1 for c in parent if c.tag == node.tag and c.get("class") == cls))
        node = parent
    return most


def _unlinked_text(el: HtmlElement) -> str:
    """The text of ``el`` outside its links."""
    parts = [el.text or ""]
    for child in el:
        if _local(child.tag) != "a":
            parts.append(_unlinked_text(child))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _is_dated_card(card: HtmlElement) -> bool:
    """A teaser card: a link with headline-length text, a printed date (or a ``<time>``), and a
    teaser — a paragraph, or unlinked text besides the date. A related-list item (a headline link
    and its date, nothing more) is no teaser card: articles carry lists of those."""
    linked = any(len(a.text_content().split()) >= MIN_HEADLINE_WORDS for a in card.iter("a"))
    text = " ".join(" ".join(card.itertext()).split())
    if not linked or not (card.xpath(".//time") or DATE_MARK.search(text)):
        return False
    if any(len(" ".join(p.text_content().split())) >= TEASER_MIN_CHARS for p in card.iter("p")):
        return True
    return len(DATE_MARK.sub("", _unlinked_text(card)).strip()) >= TEASER_MIN_CHARS


def dated_cards(root: HtmlElement) -> tuple[int, int]:
    """The largest group of look-alike siblings (same tag and class) that are dated teaser cards,
    as (how many, characters of text they hold)."""
    best = (0, 0)
    for members in _look_alike_siblings(root):
        cards = [m for m in members if _is_dated_card(m)]
        if len(cards) >= MIN_REPEATED_CARDS and len(cards) > best[0]:
            best = (len(cards), sum(len(" ".join(c.text_content().split())) for c in cards))
    return best


def _look_alike_siblings(root: HtmlElement) -> Iterator[list[HtmlElement]]:
    """Every group of at least MIN_REPEATED_CARDS element children of one parent with the same tag
    and class (the items of a list of cards), in document order of their parents."""
    body = root.find("body")
    for parent in (body if body is not None else root).iter():
        if not isinstance(parent.tag, str) or len(parent) < MIN_REPEATED_CARDS:
            continue
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
        yield from (members for members in groups.values() if len(members) >= MIN_REPEATED_CARDS)


def _linked_headings(el: HtmlElement) -> int:
    """How many headings ``el`` holds whose headline is a link (a teaser's, never an article's
    own headline, which is printed, not linked)."""
    count = 0
    for heading in el.iter("h1", "h2", "h3", "h4"):
        parent = heading.getparent()
        linked = parent is not None and parent.tag == "a"
        if linked or any(len(a.text_content().split()) >= MIN_HEADLINE_WORDS for a in heading.iter("a")):
            count += 1
    return count


def in_teaser_card(block: HtmlElement | None) -> bool:
    """Whether the page's longest prose stands in a teaser card: a near ancestor that is a dated
    card with one linked headline (a section front's headline story and its long lead). An
    ancestor holding several linked headlines is the page, not a card."""
    node = block
    for _ in range(CARD_ANCESTORS):
        if node is None:
            return False
        headings = _linked_headings(node)
        if headings > 1:
            return False
        if headings == 1 and _is_dated_card(node):
            return True
        node = node.getparent()
    return False


def declares_collection(root: HtmlElement) -> bool:
    """Whether the JSON-LD declares a collection (a tag, topic or search page) and no article."""
    scripts = " ".join(s.text or "" for s in root.xpath("//script[contains(@type,'ld+json')]"))
    return bool(COLLECTION_LD_TYPE.search(scripts)) and not ARTICLE_LD_TYPE.search(scripts)


def headline_cards(root: HtmlElement) -> list[HtmlElement]:
    """The largest group of look-alike siblings (same tag and class, at least MIN_REPEATED_CARDS)
    that each hold a headline link: the items of a list of articles, dated or not. (An article's
    related list is such a group too: callers guard with the article header, see
    ``header_has_date``.)"""
    best: list[HtmlElement] = []
    for members in _look_alike_siblings(root):
        if len(members) <= len(best):
            continue
        cards = [m for m in members if _has_headline_link(m)]
        if len(cards) >= MIN_REPEATED_CARDS and len(cards) > len(best):
            best = cards
    return best


def _has_headline_link(card: HtmlElement) -> bool:
    """Whether ``card`` holds a link whose text reads as a headline."""
    return any(len(a.text_content().split()) >= MIN_HEADLINE_WORDS for a in card.iter("a"))


HEADER_LEAD_CHARS = 60
"""The first characters of the first paragraph that still count as header: a date printed at the
very top of the text ("Jakarta, Sabtu (21/9/2024) - …") dates the article."""

PARAGRAPH_MIN_CHARS = 80
"""An element whose own text (with its inline children) is this long is the first paragraph
below the headline: the header ends there."""


def _own_text(el: HtmlElement) -> str:
    """The text ``el`` holds itself and through inline children (not through nested blocks)."""
    parts = [el.text or ""]
    for child in el:
        name = _local(child.tag)
        if name in PROSE_CARRIERS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _in_one_article(h1: HtmlElement, block: HtmlElement | None) -> bool:
    """Whether the headline and the body block stand in one ``<article>`` element (HTML's own
    mark of one self-contained story, as WordPress themes print it; the ``<article>`` cards of an
    index each hold a teaser, never the page's ``<h1>``)."""
    if block is None:
        return False
    holders = {id(a) for a in h1.iterancestors("article")}
    return any(id(a) in holders for a in block.iterancestors("article")) or (
        block.tag == "article" and id(block) in holders
    )


PAGE_CONTAINERS = frozenset({"body", "html"})
"""Elements that hold a whole page: a headline and a body meeting only there share no header."""


def _has_date(el: HtmlElement) -> bool:
    """Whether ``el`` prints a date or time (a ``<time>``, or a date or clock in its text)."""
    return el.tag == "time" or el.find(".//time") is not None or bool(DATE_MARK.search(el.text_content()))


def _dated_above(h1: HtmlElement, block: HtmlElement | None) -> bool:
    """Whether a date is printed just above the headline: in an element before the ``<h1>`` or
    before one of its wrappers, up to the container the headline shares with the body block (a
    story's header: "Agam | Sabtu, 5 Oktober 2024" over a ``<div>``-wrapped ``<h1>``). Where
    headline and body meet only in the page itself, only the ``<h1>``'s own siblings count (a
    masthead's "today" bar over a home page's logo headline is no header)."""
    containers = set()
    if block is not None:
        containers = {id(a) for a in block.iterancestors() if a.tag not in PAGE_CONTAINERS}
        if block.tag not in PAGE_CONTAINERS:
            containers.add(id(block))
    shared = next((a for a in h1.iterancestors() if id(a) in containers), None)
    node = h1
    while True:
        if any(isinstance(sib.tag, str) and _has_date(sib) for sib in node.itersiblings(preceding=True)):
            return True
        parent = node.getparent()
        if shared is None or parent is None or parent is shared:
            return False
        node = parent


def _headline_without_h1(
    order: Sequence[HtmlElement], cards: Sequence[HtmlElement], block: HtmlElement | None
) -> HtmlElement | None:
    """The page's headline when it prints no ``<h1>``: the last unlinked ``<h2>`` outside the
    list's cards standing before the first paragraph of the body block (templates that print the
    page's name or the story's title in an ``<h2>``, inside the block or above it). None when
    there is none."""
    if block is None:
        return None
    inside_cards = {id(el) for card in cards for el in card.iter()}
    found = None
    in_block = False
    for el in order:
        in_block = in_block or el is block
        if not isinstance(el.tag, str):
            continue
        paragraph_like = el.tag not in PROSE_CARRIERS or el.tag in PARAGRAPH_BREAKS
        if in_block and paragraph_like and len(_own_text(el)) >= PARAGRAPH_MIN_CHARS:
            break  # the first paragraph of the body block
        parent = el.getparent()
        linked = el.find(".//a") is not None or (parent is not None and parent.tag == "a")
        if el.tag == "h2" and id(el) not in inside_cards and not linked:
            found = el
    return found


def header_has_date(
    root: HtmlElement, cards: Sequence[HtmlElement], block: HtmlElement | None = None
) -> bool:
    """Whether a date or time is printed between the page's headline (its first ``<h1>``) and the
    first paragraph below it — the article header ("Sabtu, 21 September 2024 - 07:20 WIB", a
    ``<time>``) — at the very top of that paragraph, or above the headline (``_dated_above``: the
    category-and-date line some templates print over the title). Text inside the list's cards
    is no header: the header ends where the first card starts. Without an ``<h1>``, or when the
    ``<h1>`` and the body block stand in one ``<article>``, a date is assumed (the article's side
    of the doubt)."""
    body = root.find("body")
    order = list((body if body is not None else root).iter())
    h1 = next((el for el in order if el.tag == "h1"), None)
    if h1 is None:  # (an element without children is falsy: no "or" here)
        h1 = _headline_without_h1(order, cards, block)
    if h1 is None or _in_one_article(h1, block):
        return True
    if _dated_above(h1, block):
        return True
    card_ids = {id(c) for c in cards}
    start = order.index(h1) + sum(1 for _ in h1.iterdescendants()) + 1
    parts = [h1.tail or ""]
    skip_until: HtmlElement | None = None
    for el in order[start:]:
        if id(el) in card_ids:
            break
        if skip_until is not None:
            if skip_until in el.iterancestors():
                continue
            skip_until = None
        if not isinstance(el.tag, str):
            continue
        if el.tag == "time":
            return True
        if el.tag in NO_TEXT:
            skip_until = el
            parts.append(el.tail or "")
            continue
        own = _own_text(el) if el.tag not in PROSE_CARRIERS else ""
        if len(own) >= PARAGRAPH_MIN_CHARS:
            return bool(DATE_MARK.search(" ".join(parts)) or DATE_MARK.search(own[:HEADER_LEAD_CHARS]))
        parts.append(el.text or "")
        parts.append(el.tail or "")
    return bool(DATE_MARK.search(" ".join(parts)))


INTRO_PARAGRAPH_MIN_WORDS = 8
"""A run of text this long between block boundaries is a paragraph (a name, a role or a credit
line is shorter)."""


PARAGRAPH_BREAKS = frozenset({"p", "blockquote", "br"})
"""Prose carriers that still end a paragraph (they count towards a block's prose, but the text
on either side of them is another paragraph)."""


def _text_runs(el: HtmlElement, out: list[str]) -> None:
    """The text of ``el`` outside its links, with a line break at every block boundary, every
    ``<br>`` and every link; the text of scripts, forms and the like is left out."""
    out.append(el.text or "")
    for child in el:
        name = _local(child.tag)
        if not name:  # a comment or processing instruction: only its tail is text
            pass
        elif name in NO_TEXT:  # link text too: a headline list is no paragraph
            out.append("\n")
        elif name in PARAGRAPH_BREAKS or name not in PROSE_CARRIERS:
            out.append("\n")
            _text_runs(child, out)
            out.append("\n")
        else:
            _text_runs(child, out)
        out.append(child.tail or "")


def paragraph_count(block: HtmlElement) -> int:
    """How many paragraphs the body block holds: runs of INTRO_PARAGRAPH_MIN_WORDS words or more of
    unlinked text between block boundaries and line breaks (so ``<p>`` bodies and ``<br><br>``
    bodies count alike, and the lines of a headline list, mostly link text, count for none)."""
    out: list[str] = []
    _text_runs(block, out)
    return sum(1 for run in "".join(out).split("\n") if len(run.split()) >= INTRO_PARAGRAPH_MIN_WORDS)


BLOCK_TAIL_CHARS = 120
"""The last characters of the body block that may hold the article's credits and date, printed
below the story by some templates ("Penulis: … | Diterbitkan: Senin, 23 September 2024")."""


def dated_below(block: HtmlElement) -> bool:
    """Whether a date closes the body block (the article's credits below the story); an index
    page's own text ends without one."""
    return bool(DATE_MARK.search(" ".join(block.text_content().split())[-BLOCK_TAIL_CHARS:]))


def _verdict(root: HtmlElement, prose: int, block: HtmlElement | None) -> str | None:
    url = page_url(root)
    if url and is_section_url(url) and prose < SURE_ARTICLE_PROSE_CHARS:
        return f"listing page (its address {url} is a home or section page)"
    if prose >= SURE_ARTICLE_PROSE_CHARS:
        return None
    og_type = " ".join(str(v) for v in root.xpath("//meta[@property='og:type']/@content")).strip().lower()
    if og_type in PROFILE_OG_TYPES:
        return f"listing page (a profile page, og:type {og_type}; longest unlinked text {prose} characters)"
    if declares_collection(root):
        return f"listing page (the markup declares a collection; longest unlinked text {prose} characters)"
    marked = has_article_markers(root)
    cards = repeated_siblings(block)
    if cards >= MIN_REPEATED_CARDS and not marked:
        return (
            f"listing page ({cards} look-alike teaser blocks; "
            f"the longest unlinked text is {prose} characters)"
        )
    if not marked and in_teaser_card(block) and dated_cards(root)[0] >= MIN_REPEATED_CARDS:
        return (
            f"listing page (its longest text, {prose} characters, is a teaser card's lead "
            "beside more dated teaser cards)"
        )
    if not marked and prose < MIN_ARTICLE_PROSE_CHARS:
        count, card_chars = dated_cards(root)
        if count >= MIN_REPEATED_CARDS and card_chars >= CARD_TEXT_RATIO * prose:
            return (
                f"listing page ({count} dated teaser cards with linked headlines; "
                f"the longest unlinked text is {prose} characters)"
            )
    if (
        not marked
        and block is not None
        and not (url and is_article_url(url))
        and paragraph_count(block) <= INTRO_MAX_PARAGRAPHS
    ):
        items = headline_cards(root)
        if (
            len(items) >= MIN_REPEATED_CARDS
            and not header_has_date(root, items, block)
            and not dated_below(block)
        ):
            return (
                f"listing page (its own text, {prose} characters, stands under no dated article "
                f"header, beside {len(items)} headline cards)"
            )
    if prose < MIN_ARTICLE_PROSE_CHARS and not (prose >= MIN_MARKED_PROSE_CHARS and marked):
        links = headline_links(root)
        if links >= MIN_HEADLINE_LINKS:
            return (
                f"listing page ({links} linked headlines and no article body: "
                f"the longest unlinked text is {prose} characters)"
            )
    return None
