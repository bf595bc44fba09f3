"""Listing-page detection from page grammar: feeds, home/section addresses, headline lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path
from warta.stages.extract_html import parse_page
from warta.stages.listing import (
    body_block,
    dated_below,
    has_article_markers,
    is_article_url,
    is_listing_page,
    is_section_url,
    longest_prose_block,
    paragraph_count,
)

BODY = " ".join(
    f"Paragraf ke-{i} menceritakan bagaimana warga kampung nelayan memperbaiki perahu mereka "
    "setelah badai besar melanda pesisir selatan pekan lalu, kata ketua kelompok nelayan."
    for i in range(6)
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Uji</title>{head}</head><body>{body}</body></html>"


def _headlines(n: int, teaser: str = "") -> str:
    items = "".join(
        f"<li><h3><a href='/read/2024/01/{i}/berita-nomor-{i}'>"
        f"Judul berita nomor {i} tentang banjir di kota</a>"
        f"</h3>{teaser}</li>"
        for i in range(n)
    )
    return f"<ul>{items}</ul>"


def _article(extra_links: int = 20) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".") if s.strip())
    return _page(
        f"<h1>Nelayan memperbaiki perahu</h1><div class='isi'>{paragraphs}</div>"
        f"<aside>{_headlines(extra_links)}</aside>"
    )


def test_article_with_sidebar_headlines_is_no_listing() -> None:
    root = parse_page(_article())
    assert root is not None
    assert is_listing_page(root) is None


def test_headline_list_with_teasers_is_a_listing() -> None:
    teaser = "<p>Warga mengungsi ke masjid terdekat.</p>"
    root = parse_page(_page(_headlines(15, teaser)))
    assert root is not None
    reason = is_listing_page(root)
    assert reason and reason.startswith("listing page")


def test_feeds_are_listings() -> None:
    rss = (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Berita</title>"
        + "".join(f"<item><title>Judul {i}</title><link>http://contoh.id/{i}</link></item>" for i in range(7))
        + "</channel></rss>"
    )
    atom = "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>a</title></entry></feed>"
    for text, items in ((rss, 7), (atom, 1)):
        root = parse_page(text)
        assert root is not None
        reason = is_listing_page(root)
        assert reason and f"{items} items" in reason


def test_section_address_is_a_listing_even_with_teasers() -> None:
    head = "<link rel='canonical' href='https://www.contoh.co.id/indeks'>"
    teaser = "<p>" + BODY[:200] + "</p>"
    root = parse_page(_page("<h1>Indeks</h1>" + _headlines(4, teaser), head))
    assert root is not None
    reason = is_listing_page(root)
    assert reason and "home or section" in reason


@pytest.mark.parametrize(
    ("url", "section"),
    [
        ("https://www.contoh.com/", True),
        ("https://www.contoh.com", True),
        ("https://news.contoh.com/indeks/", True),
        ("https://contoh.com/berita/nasional", True),
        ("https://contoh.com/tag/banjir/", True),
        ("https://contoh.com/berita/nasional/banjir-rendam-kota", False),
        ("https://contoh.com/read/2024/01/02/123/judul-berita", False),
        ("https://contoh.com/berita-banjir-di-kota", False),
        ("https://contoh.com/?p=1234", False),
        ("https://contoh.com/2024/01/02/", False),
        ("https://contoh.com/tag/banjir-bandang", True),
        ("https://contoh.com/author/nama-penulis/2", True),
        ("https://jogja.contoh.com/topic/mudik-lebaran-2024", True),
        ("https://contoh.com/berita/topic-hangat-banjir-bandang-di-kota", False),
        ("https://contoh.com/read/tag-line-iklan-baru-diluncurkan", False),
        ("https://www.contoh.com/jatim/berita/indeks", True),
        ("https://www.contoh.com/jatim/berita/indeks-harga-naik", False),
        ("https://index.contoh.com/bydate/index/2024/02/05/", True),
        ("https://contoh.com/read/2024/02/05/320/2957711/judul-berita", False),
    ],
)
def test_section_urls(url: str, section: bool) -> None:
    assert is_section_url(url) is section


def test_link_text_is_not_prose() -> None:
    root = parse_page(_page(_headlines(30)))
    assert root is not None
    assert longest_prose_block(root) < 50


def _corpus(kind: str) -> list[Path]:
    return sorted(shared_path("corpus", "pages", kind).glob("*.htm*"))


@pytest.mark.gate
def test_every_corpus_listing_is_rejected() -> None:
    pages = _corpus("listing")
    assert pages
    for page in pages:
        root = parse_page(page.read_bytes().decode("utf-8", "replace"))
        assert root is not None
        assert is_listing_page(root), page.name


@pytest.mark.gate
def test_no_corpus_article_is_a_listing() -> None:
    for page in _corpus("html"):
        root = parse_page(page.read_bytes().decode("utf-8", "replace"))
        assert root is not None
        assert is_listing_page(root) is None, page.name


def test_article_whose_canonical_points_home_is_still_an_article() -> None:
    head = "<link rel='canonical' href='https://www.contoh.co.id/'>"
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".") if s.strip())
    root = parse_page(_page(f"<h1>Judul</h1><div>{paragraphs}</div>", head))
    assert root is not None
    assert is_listing_page(root) is None


def test_short_article_declared_in_markup_is_no_listing() -> None:
    head = "<meta property='article:published_time' content='2024-05-06T09:15:00+07:00'>"
    short = "<p>" + BODY[:220] + "</p>"
    page = _page(f"<h1>Kilat</h1><div>{short}</div>{_headlines(20)}", head)
    root = parse_page(page)
    assert root is not None
    assert is_listing_page(root) is None
    bare = parse_page(_page(f"<h1>Kilat</h1><div>{short}</div>{_headlines(20)}"))
    assert bare is not None
    assert is_listing_page(bare)


def test_cards_with_long_teasers_are_a_listing() -> None:
    cards = "".join(
        f"<div class='card'><div class='waktu'>Senin, {i} Mei 2024</div>"
        f"<h3><a href='/read/{i}/judul'>Judul berita nomor {i} tentang banjir di kota</a></h3>"
        f"<p>{BODY[:350]}</p></div>"
        for i in range(1, 9)
    )
    root = parse_page(_page(f"<div class='daftar'>{cards}</div>"))
    assert root is not None
    reason = is_listing_page(root)
    assert reason and "look-alike" in reason


def test_live_report_declared_an_article_is_no_listing() -> None:
    head = '<script type=\'application/ld+json\'>{"@type": "NewsArticle"}</script>'
    entries = "".join(
        f"<div class='update'><b>{i}.00 WIB</b> <p>{BODY[:350]}</p></div>" for i in range(8, 16)
    )
    root = parse_page(_page(f"<h1>Laporan langsung</h1><div class='live'>{entries}</div>", head))
    assert root is not None
    assert is_listing_page(root) is None


@pytest.mark.gate
def test_corpus_html_listings_rejected_by_structure_alone() -> None:
    """Without their canonical/og:url addresses, the HTML listings still read as listings."""
    for page in _corpus("listing"):
        root = parse_page(page.read_bytes().decode("utf-8", "replace"))
        assert root is not None
        for node in root.xpath("//link[@rel='canonical']|//meta[@property='og:url']"):
            node.getparent().remove(node)
        assert is_listing_page(root), page.name


def test_index_describing_its_items_as_articles_has_no_article_markers() -> None:
    from warta.stages.listing import has_article_markers

    one = '<script type=\'application/ld+json\'>{"@type": "NewsArticle"}</script>'
    many = (
        '<script type=\'application/ld+json\'>[{"@type": "NewsArticle"}, {"@type": "NewsArticle"}]</script>'
    )
    item_list = '<script type=\'application/ld+json\'>{"@type": "ItemList", "itemListElement": []}</script>'
    for head, expected in ((one, True), (many, False), (item_list + one, False), ("", False)):
        root = parse_page(_page("<p>x</p>", head))
        assert root is not None
        assert has_article_markers(root) is expected, head


def test_html_text_is_accepted_too() -> None:
    assert is_listing_page(_page(_headlines(15))) is not None
    assert is_listing_page(_article()) is None


def _cards(n: int, date: str = "Rabu, 15 Mar 2023 08:10 WIB") -> str:
    """Teaser cards as topic pages print them: the whole card one link, a date, a one-line teaser."""
    return "".join(
        f"<article class='box'><a href='/nasional/2023031{i}-x'><h2>Warga kota mengungsi karena banjir"
        f" nomor {i}</h2><span class='date'>{date}</span><p>Air naik setinggi lutut di kampung {i}.</p>"
        "</a></article>"
        for i in range(n)
    )


def test_topic_page_of_dated_cards_is_a_listing() -> None:
    root = parse_page(_page(f"<main><h1>Topik: Banjir</h1><p>Kumpulan berita banjir.</p>{_cards(6)}</main>"))
    assert root is not None
    reason = is_listing_page(root)
    assert reason and "dated teaser cards" in reason


def test_relative_dates_mark_cards_too() -> None:
    root = parse_page(_page(f"<main><h1>Tag: Banjir</h1>{_cards(5, '3 jam lalu')}</main>"))
    assert root is not None and is_listing_page(root)


def test_short_article_with_dated_related_cards_is_no_listing() -> None:
    """A short article without markup markers keeps its place beside a related list of dated cards."""
    body = "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".")[:3] if s.strip())
    root = parse_page(_page(f"<h1>Nelayan memperbaiki perahu</h1><div class='isi'>{body}</div>{_cards(4)}"))
    assert root is not None
    assert is_listing_page(root) is None


def test_collection_page_declared_in_json_ld_is_a_listing() -> None:
    head = '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Banjir"}</script>'
    root = parse_page(_page("<h1>Banjir</h1><p>Kumpulan berita terkini seputar banjir.</p>", head))
    assert root is not None
    reason = is_listing_page(root)
    assert reason and "collection" in reason


def test_short_article_beside_a_long_dated_related_list_is_no_listing() -> None:
    """Related lists (a headline link and its date per item, no teaser) never make a listing."""
    body = "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".")[:3] if s.strip())
    related = "".join(
        f"<li><a href='/r/{i}'>Judul berita terkait nomor {i} tentang banjir</a>"
        f"<span>Rabu, 15 Mar 2023 0{i % 10}:10 WIB</span></li>"
        for i in range(15)
    )
    root = parse_page(
        _page(f"<h1>Nelayan memperbaiki perahu</h1><div class='isi'>{body}</div><ul>{related}</ul>")
    )
    assert root is not None
    assert is_listing_page(root) is None


def test_short_article_beside_many_teaser_cards_is_no_listing() -> None:
    body = "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".")[:3] if s.strip())
    root = parse_page(_page(f"<h1>Nelayan memperbaiki perahu</h1><div class='isi'>{body}</div>{_cards(12)}"))
    assert root is not None
    assert is_listing_page(root) is None


def test_writer_profile_page_is_a_listing() -> None:
    bio = "<p>" + BODY[:400] + "</p>"
    head = "<meta property='og:type' content='profile'>"
    assert is_listing_page(_page(f"<h1>Nama Penulis</h1>{bio}{_headlines(3)}", head))
    ld = '<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person"}}</script>'
    assert is_listing_page(_page(f"<h1>Nama Penulis</h1>{bio}{_headlines(3)}", ld))


def test_section_front_whose_longest_text_is_the_headline_teaser_is_a_listing() -> None:
    lead = "<p>" + BODY[:420] + "</p>"
    headline = (
        f"<article class='headline'><h2><a href='/read/1/x'>Judul utama tentang banjir di kota besar</a></h2>"
        f"<span class='date'>2 jam lalu</span>{lead}</article>"
    )
    root = parse_page(_page(f"<main><h1>Bisnis</h1>{headline}{_cards(4, '3 jam lalu')}</main>"))
    assert root is not None
    reason = is_listing_page(root)
    assert reason and "teaser card" in reason


INTRO = (
    "Rina Kartika meliput isu pendidikan dan kesehatan sejak 2015. Sebelumnya ia bekerja di sebuah "
    "harian daerah di Sumatera Barat dan menulis banyak laporan tentang sekolah di pedalaman."
)


def _intro_page(header: str = "", paragraphs: int = 1) -> str:
    """A page's own text (one or more paragraphs) under its headline, above five headline cards."""
    text = "".join(f"<p>{INTRO}</p>" for _ in range(paragraphs))
    items = "".join(
        f"<div class='row'><a href='/read/{i}'><h3>Sekolah di desa nomor {i} kekurangan guru</h3></a>"
        f"<span>1{i} September 2024</span></div>"
        for i in range(5)
    )
    return _page(f"<h1>Rina Kartika</h1>{header}<div class='bio'>{text}</div><div class='list'>{items}</div>")


def test_own_text_under_no_dated_header_above_headline_cards_is_a_listing() -> None:
    reason = is_listing_page(_intro_page())
    assert reason and "no dated article header" in reason


def test_dated_header_or_three_paragraphs_keep_a_short_article() -> None:
    assert is_listing_page(_intro_page("<div class='date'>Senin, 16 September 2024 10:15 WIB</div>")) is None
    assert is_listing_page(_intro_page("<time datetime='2024-09-16'>kemarin</time>")) is None
    assert is_listing_page(_intro_page(paragraphs=3)) is None


def test_paragraphs_are_counted_across_p_and_br() -> None:
    root = parse_page(_page(f"<div id='x'><p>{INTRO}</p><p>Pendek.</p>{INTRO}<br><br>{INTRO}</div>"))
    assert root is not None
    assert paragraph_count(root.get_element_by_id("x")) == 3


def test_live_blog_declared_in_json_ld_is_article_markup() -> None:
    ld = '<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"x"}</script>'
    root = parse_page(_page("<h1>Laporan langsung</h1>", ld))
    assert root is not None and has_article_markers(root)


def test_date_over_the_headline_keeps_a_short_article() -> None:
    """Some templates print the category and date above the ``<h1>``."""
    page = _intro_page().replace("<h1>", "<div class='meta'>Kupang | 27 September 2024</div><h1>")
    assert is_listing_page(page) is None


def test_credits_closing_the_block_keep_a_short_article() -> None:
    credit = "<p>Penulis: Irfan Lamaruba | Diterbitkan: Senin, 23 September 2024, 11:20 WITA</p>"
    root = parse_page(_intro_page().replace("</div><div class='list'>", f"{credit}</div><div class='list'>"))
    assert root is not None
    block = body_block(root)[1]
    assert block is not None and dated_below(block)
    assert is_listing_page(root) is None


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://kabarbanten.id/2024/09/28/nelayan-tangkap-ikan/", True),
        ("https://www.contoh.id/nelayan-binuangeun-tangkap-ikan-tongkol-melimpah", True),
        ("https://www.contoh.id/berita/read.php?id=12345", True),
        ("https://www.contoh.id/profil/penulis/sri-wahyuni", False),
        ("https://www.contoh.id/topik-terkini/banjir-jakarta", False),
        ("https://www.contoh.id/nasional/live-report", False),
    ],
)
def test_article_addresses(url: str, article: bool) -> None:
    assert is_article_url(url) is article


def test_undated_short_article_at_an_article_address_is_no_listing() -> None:
    head = "<link rel='canonical' href='https://www.contoh.id/2024/09/28/rina-kartika-meliput-sekolah/'>"
    page = _intro_page().replace("<body>", "<body>").replace("</head>", f"{head}</head>")
    assert is_listing_page(page) is None
    assert is_listing_page(_intro_page()) is not None


def test_headline_and_body_in_one_article_element_keep_a_short_undated_article() -> None:
    page = (
        _intro_page()
        .replace("<h1>", "<article><h1>")
        .replace("</div><div class='list'>", "</div></article><div class='list'>")
    )
    assert is_listing_page(page) is None


def test_date_above_a_wrapped_headline_keeps_a_short_article() -> None:
    """The date line stands beside the ``<div>`` wrapping the ``<h1>``, within the story's
    container; a masthead date over a home page's logo headline (shared with the body only by
    the page itself) is no header."""
    story = (
        _intro_page()
        .replace(
            "<h1>Rina Kartika</h1>",
            "<div class='post'><div class='meta'>Sabtu, 5 Oktober 2024</div>"
            "<div class='t'><h1>Rina Kartika</h1></div>",
        )
        .replace("</div><div class='list'>", "</div></div><div class='list'>")
    )
    assert is_listing_page(story) is None
    masthead = _intro_page().replace(
        "<h1>Rina Kartika</h1>",
        "<div class='today'>Sabtu, 5 Oktober 2024</div><header><h1>Rina Kartika</h1></header>",
    )
    assert is_listing_page(masthead) is not None


def test_page_name_in_an_h2_still_anchors_the_header() -> None:
    """Without an ``<h1>``, the last unlinked ``<h2>`` before the body block is the headline."""
    page = _intro_page().replace("<h1>Rina Kartika</h1>", "<h2>Rina Kartika</h2>")
    assert is_listing_page(page) is not None
    dated = _intro_page("<div>Senin, 16 September 2024</div>").replace(
        "<h1>Rina Kartika</h1>", "<h2>Rina Kartika</h2>"
    )
    assert is_listing_page(dated) is None


def test_headline_list_lines_are_no_paragraphs() -> None:
    items = "".join(
        f"<li>10:4{i} <a href='/r/{i}'>Pemkot perbaiki dua puluh ruas jalan rusak nomor {i}</a></li>"
        for i in range(5)
    )
    root = parse_page(_page(f"<div id='x'><ul>{items}</ul><p>{INTRO}</p></div>"))
    assert root is not None
    assert paragraph_count(root.get_element_by_id("x")) == 1


def test_h2_headline_inside_the_body_block_anchors_the_header() -> None:
    """The story's ``<h2>`` and date stand in the content ``<div>`` that is the body block; a
    popular list's ``<h2>`` before it is not the headline."""
    body = "".join(f"<p>{s.strip()}.</p>" for s in BODY.split(".")[:2] if s.strip())
    popular = "".join(
        f"<li><a href='/p/{i}'>Harga garam di Madura naik tajam nomor {i}</a></li>" for i in range(4)
    )
    page = _page(
        f"<div class='side'><h2>Berita Populer</h2><ol>{popular}</ol></div>"
        "<div class='content'><h2>Nelayan memperbaiki perahu</h2>"
        "<div>Jumat, 4 Oktober 2024 - 15:05 WIB</div>"
        f"<div class='entry'>{body}</div></div>"
    )
    assert is_listing_page(page) is None
    assert is_listing_page(page.replace("Jumat, 4 Oktober 2024 - 15:05 WIB", "Redaksi")) is not None
