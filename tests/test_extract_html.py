"""HTML cleaning on invented pages: body, inserts, sidebar lists, metadata and its order of trust."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.cli import cli
from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import RawDoc
from warta.stages import html_metadata as hm
from warta.stages.extract_html import extract_html

PARAGRAPHS = [
    "Pemerintah Kabupaten Sukamaju mulai membangun jembatan gantung baru di atas Sungai Cibening "
    "pada Senin pagi, setelah jembatan lama putus diterjang banjir bulan lalu.",
    "Kepala dinas pekerjaan umum setempat mengatakan pembangunan ditargetkan selesai dalam tiga "
    "bulan dengan anggaran sekitar Rp 2,5 miliar dari dana daerah.",
    '"Anak-anak sekolah tidak perlu lagi menyeberang dengan rakit," ujarnya kepada wartawan.',
    "Warga menyambut baik rencana itu karena selama ini mereka harus memutar sejauh delapan "
    "kilometer untuk mencapai pasar kecamatan.",
]
TITLE = "Jembatan Gantung Baru Dibangun di Sukamaju"


def _page(
    head: str = "",
    header: str = "<div class='date'>Senin, 6 Mei 2024 | 09:15 WIB</div>",
    inserts: bool = True,
) -> str:
    body = [f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[1]}</p>"]
    if inserts:
        body.append("<p>Baca juga: <a href='/read/1'>Banjir Rendam Tiga Desa di Sukamaju</a></p>")
    body += [f"<p>{p}</p>" for p in PARAGRAPHS[2:]]
    sidebar = "".join(
        f"<li><span class='date'>Minggu, {i} Januari 2023 10:0{i} WIB</span>"
        f"<a href='/read/{i}'>Judul lain nomor {i} tentang kota dan desa</a></li>"
        for i in range(1, 9)
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{TITLE} - Contoh News</title>"
        f"<meta property='og:title' content='{TITLE} - Contoh News'>"
        "<meta property='og:site_name' content='Contoh News'>"
        f"{head}</head><body><nav><a href='/'>Beranda</a><a href='/nasional'>Nasional</a></nav>"
        f"<article><h1>{TITLE}</h1>{header}<div class='isi'>{''.join(body)}</div></article>"
        f"<aside><h3>Terpopuler</h3><ul>{sidebar}</ul></aside>"
        "<footer>Copyright © 2024 Contoh News. All rights reserved.</footer></body></html>"
    )


def _clean(html: str, source: str = "page.html"):  # type: ignore[no-untyped-def]
    return extract_html(RawDoc(source=source, kind="html", data=html), Options())


def test_body_is_kept_and_inserts_dropped() -> None:
    article = _clean(_page())
    assert list(article.paragraphs) == PARAGRAPHS
    assert "Baca juga" not in article.text
    assert "Judul lain" not in article.text


def test_title_without_site_suffix_and_language_from_text() -> None:
    article = _clean(_page())
    assert article.title == TITLE
    assert article.language == "id"  # the page says lang='en'; the text is Indonesian


def test_header_date_with_zone_not_sidebar_dates() -> None:
    assert _clean(_page()).published == "2024-05-06T09:15:00+07:00"


def test_bare_local_time_gets_wib() -> None:
    header = "<span class='tanggal'>Rabu, 08/05/2024 14:30</span>"
    assert _clean(_page(header=header)).published == "2024-05-08T14:30:00+07:00"


def test_wita_header() -> None:
    header = "<time>Jumat, 10 Mei 2024 - 07:05 WITA</time>"
    assert _clean(_page(header=header)).published == "2024-05-10T07:05:00+08:00"


def test_meta_date_wins_over_the_header() -> None:
    head = "<meta property='article:published_time' content='2024-05-06T08:00:12+07:00'>"
    assert _clean(_page(head=head)).published == "2024-05-06T08:00:12+07:00"


def test_utc_meta_date_shown_in_the_header_zone() -> None:
    head = "<meta property='article:published_time' content='2024-05-06T02:15:40Z'>"
    assert _clean(_page(head=head)).published == "2024-05-06T09:15:40+07:00"


def test_mislabelled_utc_meta_date_repaired_by_header() -> None:
    head = "<meta name='pubdate' content='2024-05-06 T09:15:40Z'>"
    assert _clean(_page(head=head)).published == "2024-05-06T09:15:40+07:00"


def test_no_date_anywhere_is_null_not_a_sidebar_date() -> None:
    assert _clean(_page(header="")).published is None


def test_json_ld_metadata() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "url": "https://contoh.co.id/"},
            {
                "@type": "NewsArticle",
                "headline": TITLE,
                "datePublished": "2024-05-06T09:15:00+07:00",
                "author": [
                    {"@type": "Person", "name": "Siti Rahmawati"},
                    {"@type": "Person", "name": "Budi"},
                ],
                "publisher": {"@type": "Organization", "name": "Contoh News"},
                "url": "https://www.contoh.co.id/read/2024/05/06/jembatan-gantung",
            },
        ],
    }
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    article = _clean(_page(head=head))
    assert article.authors == ("Siti Rahmawati", "Budi")
    assert article.url == "https://www.contoh.co.id/read/2024/05/06/jembatan-gantung"
    assert article.outlet == "Contoh News"
    assert article.published == "2024-05-06T09:15:00+07:00"


def test_outlet_from_known_domain_and_canonical_url() -> None:
    head = "<link rel='canonical' href='https://regional.kompas.com/read/2024/05/06/091500/jembatan'>"
    article = _clean(_page(head=head))
    assert article.url == "https://regional.kompas.com/read/2024/05/06/091500/jembatan"
    assert article.outlet == "Kompas.com"


def test_organisation_in_author_meta_is_not_an_author() -> None:
    head = "<meta name='author' content='Kompas Cyber Media'>"
    assert _clean(_page(head=head)).authors == ()


def test_listing_page_is_not_an_article() -> None:
    items = "".join(
        f"<li><h2><a href='/read/{i}'>Judul berita ke-{i} tentang jembatan di desa</a></h2>"
        f"<p>Ringkasan pendek {i}.</p></li>"
        for i in range(20)
    )
    page = f"<html><head><title>Indeks</title></head><body><ul>{items}</ul></body></html>"
    with pytest.raises(NotAnArticle, match="not an article: listing page"):
        _clean(page)


def test_page_without_body_is_not_an_article() -> None:
    page = "<html><head><title>x</title></head><body><div><a href='/'>Beranda</a></div></body></html>"
    with pytest.raises(NotAnArticle):
        _clean(page)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamis, 5 November 2015 14:56 WIB", "2015-11-05T14:56:00+07:00"),
        ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),
        ("on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10:00+07:00"),
        ("Senin, 15 Februari 2016, 16:15 WIT", "2016-02-15T16:15:00+09:00"),
        ("Rabu, 4 Nopember 2015 | 21:04", "2015-11-04T21:04:00+07:00"),
        ("12 Agustus 2019", "2019-08-12T00:00:00+07:00"),
        ("Selasa, 27 Februari 2024 / 10:15 WIB", "2024-02-27T10:15:00+07:00"),
        ("Tue, September 3, 2024 | 07:45 pm", "2024-09-03T19:45:00+07:00"),
        ("Thursday, February 29, 2024 13:12 WIB", "2024-02-29T13:12:00+07:00"),
        ("June 3, 2024 | 12:10 am", "2024-06-03T00:10:00+07:00"),
        ("Selasa, 10 September 2024 pukul 19.45 WIB", "2024-09-10T19:45:00+07:00"),
    ],
)
def test_visible_dates(text: str, expected: str) -> None:
    parsed = hm.parse_visible_date(text)
    assert parsed is not None
    assert hm.iso(parsed[0]) == expected


def test_invalid_visible_date_is_none() -> None:
    assert hm.parse_visible_date("31 Februari 2020") is None
    assert hm.parse_visible_date("tanpa tanggal") is None


def test_reconcile_keeps_markup_when_header_disagrees() -> None:
    machine = hm.parse_iso("2024-05-06T08:00:00+07:00")
    shown = (datetime.fromisoformat("2024-05-07T10:00:00+07:00"), True)
    assert hm.iso(hm.reconcile_dates(machine, shown)) == "2024-05-06T08:00:00+07:00"


def test_clean_title_strips_site_names() -> None:
    assert hm.clean_title("Judul Berita | Contoh Online", ["Contoh Online"]) == "Judul Berita"
    assert hm.clean_title("Contoh.com: Judul Berita", ["contoh.com"]) == "Judul Berita"
    assert hm.clean_title("Judul - Bagian Kedua", []) == "Judul - Bagian Kedua"


def test_cli_clean_listing_exits_1_with_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "indeks.html"
    items = "".join(
        f"<li><a href='/read/{i}'>Judul berita ke-{i} tentang jembatan desa</a></li>" for i in range(20)
    )
    path.write_text(f"<html><body><ul>{items}</ul></body></html>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["clean", str(path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "indeks.html" in lines[0] and "listing page" in lines[0]


def test_cli_clean_prints_the_contract_fields(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.html"
    path.write_text(_page(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["clean", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for name in ("title", "outlet", "url", "published", "authors", "editors", "translators"):
        assert name in data
    for name in ("dateline", "wire_sources", "language", "paragraphs", "text"):
        assert name in data
    assert data["text"] == "\n\n".join(data["paragraphs"])


def test_microdata_article_url_and_date() -> None:
    header = (
        "<div itemscope itemtype='http://schema.org/NewsArticle'>"
        "<a itemprop='url' href='https://contoh.co.id/berita/77/jembatan'></a>"
        "<meta itemprop='datePublished' content='2024-05-06T09:15:00+07:00'>"
        "<div itemscope itemtype='http://schema.org/WebPage'>"
        "<a itemprop='url' href='https://contoh.co.id/lain'></a></div></div>"
    )
    article = _clean(_page(header=header))
    assert article.url == "https://contoh.co.id/berita/77/jembatan"
    assert article.published == "2024-05-06T09:15:00+07:00"


def test_short_flash_article_declared_in_markup() -> None:
    head = "<meta property='article:published_time' content='2024-05-06T09:15:00+07:00'>"
    flash = "Gempa bermagnitudo 5,1 mengguncang Sukamaju pada Senin pagi; belum ada laporan kerusakan."
    related = "".join(
        f"<li><a href='/r/{i}'>Berita lain nomor {i} tentang gempa di kota</a></li>" for i in range(10)
    )
    page = f"<html><head><title>Kilat</title>{head}</head><body><h1>Kilat</h1><div><p>{flash}</p></div>"
    article = _clean(page + f"<ul>{related}</ul></body></html>")
    assert article.paragraphs == (flash,)


def test_site_today_bar_above_the_page_is_not_the_publication_date() -> None:
    bar = "<div class='today'>Selasa, 24 November 2026</div>"
    page = _page(header="").replace("<body>", f"<body>{bar}")
    assert _clean(page).published is None


def test_date_above_the_headline_with_a_time_is_used() -> None:
    stamp = "<div class='meta'>Senin, 6 Mei 2024 09:15 WIB</div>"
    page = _page(header="").replace("<article>", f"<article>{stamp}")
    assert _clean(page).published == "2024-05-06T09:15:00+07:00"


def test_title_from_the_printed_headline_when_markup_has_none() -> None:
    page = _page().replace(f"<title>{TITLE} - Contoh News</title>", "").replace("og:title", "og:x")
    assert _clean(page).title == TITLE
    logo_only = page.replace(f"<h1>{TITLE}</h1>", "<h1><a href='/'>Contoh</a></h1>")
    assert _clean(logo_only).title is None


_WORDS = ["warga", "Jakarta", "kata", "pemerintah", "2024", "Senin,", "WIB", "banjir", "—", "Baca", "juga:"]
_TAGS = ["div", "p", "span", "a", "h1", "h2", "li", "ul", "b", "br", "time", "script", "table", "td"]


@st.composite
def _html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    text = " ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=30)))
    children = draw(st.lists(_html_trees(depth + 1), max_size=4)) if depth < 3 else []
    attributes = draw(st.sampled_from(["", " href='/read/1'", " class='date'", " itemprop='datePublished'"]))
    return f"<{tag}{attributes}>{text}{''.join(children)}</{tag}>"


@settings(max_examples=40, deadline=None)
@given(body=_html_trees(), head=st.sampled_from(["", "<meta property='og:title' content='Judul'>"]))
def test_any_page_gives_an_article_or_a_reason(body: str, head: str) -> None:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    try:
        article = _clean(page)
    except NotAnArticle as exc:
        assert exc.reason.startswith("not an article")
        return
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)
    assert article.published is None or article.published[-6] in "+-" or len(article.published) == 10


def test_date_only_markup_takes_the_header_time_or_stays_a_date() -> None:
    head = "<meta property='article:published_time' content='2024-05-06'>"
    assert _clean(_page(head=head)).published == "2024-05-06T09:15:00+07:00"
    assert _clean(_page(head=head, header="")).published == "2024-05-06"


def test_slashed_meta_date_and_reporter_in_author_meta() -> None:
    head = (
        "<meta name='publishdate' content='2024/05/06 09:15:40'><meta name='author' content='Siti Rahmawati'>"
    )
    article = _clean(_page(head=head))
    assert article.published == "2024-05-06T09:15:40+07:00"
    assert article.authors == ("Siti Rahmawati",)


def test_desk_names_are_not_authors() -> None:
    for desk in ("Redaksi", "Tim Redaksi", "Contoh News", "https://facebook.com/contoh"):
        head = f"<meta name='author' content='{desk}'>"
        assert _clean(_page(head=head)).authors == (), desk


@pytest.mark.parametrize(
    ("raw", "sites", "expected"),
    [
        (
            "Rusia - China Beri Sinyal Kerja Sama | Kompas.com",
            ["Kompas.com"],
            "Rusia - China Beri Sinyal Kerja Sama",
        ),
        (
            "Kompas Gramedia Buka Toko Baru di Bandung - Kompas.com",
            ["KOMPAS"],
            "Kompas Gramedia Buka Toko Baru di Bandung",
        ),
        ("Judul - Health :: Okezone Lifestyle", ["okezone.com"], "Judul - Health"),
        ("Okezone | Judul Berita Hari Ini", ["okezone.com"], "Judul Berita Hari Ini"),
    ],
)
def test_clean_title_keeps_inner_separators(raw: str, sites: list[str], expected: str) -> None:
    assert hm.clean_title(raw, sites) == expected


def test_unknown_outlet_is_named_by_its_site_name() -> None:
    head = "<link rel='canonical' href='https://www.harian-contoh.id/berita/1/jembatan'>"
    assert _clean(_page(head=head)).outlet == "Contoh News"


def test_plain_text_read_as_html_keeps_its_lines_apart() -> None:
    text = "\n".join(PARAGRAPHS) + "\n"
    article = extract_html(RawDoc("dump.txt", "html", text), Options())
    assert list(article.paragraphs) == PARAGRAPHS


def test_update_time_in_the_header_is_not_the_publication_time() -> None:
    header = (
        "<div class='waktu'>Diperbarui 07/05/2024, 10:00 WIB</div>"
        "<div class='waktu'>Kompas.com - 06/05/2024, 09:15 WIB</div>"
    )
    assert _clean(_page(header=header)).published == "2024-05-06T09:15:00+07:00"


def test_widgets_captions_and_closing_codes_stay_out_of_the_body() -> None:
    widgets = (
        "<section aria-labelledby='recommendations-heading'><strong id='recommendations-heading'>"
        "Artikel-artikel yang direkomendasikan</strong><ul><li><a href='/x'>Petani muda dan mimpi"
        " swasembada</a></li></ul><p>Akhir dari Artikel-artikel yang direkomendasikan</p></section>"
    )
    figure = "<div class='foto'><img src='/a.jpg'><div>Suasana pasar pagi. - Contoh News/Budi</div></div>"
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS]
    paras[-1] = paras[-1].replace("kecamatan.", "kecamatan. (Z-7)")
    html = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{figure}"
        f"<div class='isi'>{paras[0]}{paras[1]}{widgets}{''.join(paras[2:])}"
        "<p>Beri komentar</p><b>Berita Lainnya:</b><br><a href='/1'>Hotel di Kota Penuh Jelang Libur</a>"
        "</div></body></html>"
    )
    article = _clean(html)
    assert article.paragraphs == tuple(PARAGRAPHS)


def test_colon_datelines() -> None:
    assert hm.colon_dateline("KBRN, Ambon: Harga ikan turun.") == "Ambon"
    assert hm.colon_dateline("Jakarta: Bank sentral menahan suku bunga.") == "Jakarta"
    assert hm.colon_dateline("Catatan: Artikel ini diperbarui.") is None
    assert hm.colon_dateline("Kata Ibu, Warga: Kami lelah.") is None


def test_own_group_credit_is_no_wire_source() -> None:
    html = (
        _page()
        .replace("</article>", "<p><i>Sumber : JIBI/Harian Jogja</i></p></article>")
        .replace("Contoh News", "Harianjogja.com")
    )
    assert _clean(html).wire_sources == ()


def test_reporter_line_opening_the_body_is_the_byline_not_a_paragraph() -> None:
    html = _page().replace(
        "<div class='isi'>", "<div class='isi'><p>Laporan Wartawan Contoh News, Dewi Lestari</p>"
    )
    article = _clean(html)
    assert article.paragraphs[0] == PARAGRAPHS[0]
    assert article.authors == ("Dewi Lestari",)


@pytest.mark.parametrize(
    ("closing", "wire"),
    [("(nma/fra)", None), ("(Antara)", "ANTARA"), ("(Z-7)", None), ("(*)", None), ("***", None)],
)
def test_closing_marks_leave_the_last_paragraph(closing: str, wire: str | None) -> None:
    html = _page(inserts=False).replace("kecamatan.</p>", f"kecamatan. {closing}</p>")
    article = _clean(html)
    assert article.paragraphs[-1] == PARAGRAPHS[-1]
    assert article.wire_sources == ((wire,) if wire else ())


def test_json_ld_editor_is_read_when_the_page_prints_none() -> None:
    data = {
        "@type": "NewsArticle",
        "datePublished": "2024-05-06T09:15:00+07:00",
        "author": {"@type": "Person", "name": "Dewi Lestari"},
        "editor": [{"@type": "Person", "name": "Bagus Wirawan"}, {"@type": "Organization", "name": "Contoh"}],
    }
    ld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    article = _clean(_page(head=ld))
    assert article.authors == ("Dewi Lestari",)
    assert article.editors == ("Bagus Wirawan",)


def test_header_date_agreeing_with_the_markup_wins_over_a_later_card_date() -> None:
    # app-style header: the date stands above the headline, a recommendation card's date after it
    head = "<meta property='article:published_time' content='2024-05-06T02:15:00.000Z'>"
    page = _page(head=head, header="<div class='reco'><span>Senin, 6 Mei 2024 20:40 WIB</span></div>")
    page = page.replace(
        f"<article><h1>{TITLE}</h1>", f"<article><span>6 Mei 2024 09:15 WIB</span><h1>{TITLE}</h1>"
    )
    assert _clean(page).published == "2024-05-06T09:15:00+07:00"


def test_standfirst_above_the_dateline_lead_is_not_body() -> None:
    lead = f"SUKAMAJU, CONTOH.com - {PARAGRAPHS[0]}"
    page = _page().replace(
        f"<p>{PARAGRAPHS[0]}</p>", f"<p>Warga tak perlu lagi memutar jauh.</p><p>{lead}</p>"
    )
    article = _clean(page)
    assert article.paragraphs[0] == lead
    assert "memutar jauh" not in article.text


def test_editor_from_meta_when_the_page_prints_none() -> None:
    head = "<meta name='dtk:editor' content='Ratna Sari Dewi'>"
    assert _clean(_page(head=head)).editors == ("Ratna Sari Dewi",)


def test_share_bar_beside_the_byline_is_no_author() -> None:
    header = (
        "<div class='date'>Senin, 6 Mei 2024 | 09:15 WIB</div><div>Facebook Twitter Whatsapp Telegram</div>"
    )
    assert _clean(_page(header=header)).authors == ()


def test_source_credit_before_desk_initials_names_one_wire() -> None:
    page = _page().replace("</div></article>", "<p>Sumber: Reuters</p><p>(abc/abc)</p></div></article>")
    article = _clean(page)
    assert article.wire_sources == ("Reuters",)
    assert "abc/abc" not in article.text


def test_suara_network_regional_site_is_its_own_outlet() -> None:
    assert hm.outlet_for("https://jogja.suara.com/read/2024/1/x", "SuaraJogja.id", None) == "SuaraJogja.id"
    assert hm.outlet_for("https://www.suara.com/news/2024/1/x", "Suara.com", None) == "Suara.com"


def test_json_ld_author_with_a_role_prefix_and_a_degree() -> None:
    data = {
        "@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Kontributor Garut, Ratna Dewi, S.H."},
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert _clean(_page(head=head)).authors == ("Ratna Dewi",)


@pytest.mark.parametrize(
    ("paragraph", "city"),
    [
        ("Jakarta. The city administration will extend the zone next month.", "Jakarta"),
        ("Jakarta: Bank sentral menahan suku bunga.", "Jakarta"),
        ("Sukamaju. Kota kecil itu tenang.", None),
        ("Pemerintah. Kalimat aneh di awal.", None),
    ],
)
def test_colon_and_stop_datelines(paragraph: str, city: str | None) -> None:
    assert hm.colon_dateline(paragraph) == city


def test_unlabelled_byline_marked_by_its_class() -> None:
    header = (
        "<div class='byline'><span class='name-author'>Ratna Sari Dewi</span> <span>Sukamaju</span>"
        " <span class='date'>Senin, 6 Mei 2024 | 09:15 WIB</span></div>"
    )
    assert _clean(_page(header=header)).authors == ("Ratna Sari Dewi",)


def test_outlet_in_a_marked_byline_is_no_author() -> None:
    header = "<div class='author'>Contoh News</div><div class='date'>Senin, 6 Mei 2024 | 09:15 WIB</div>"
    assert _clean(_page(header=header)).authors == ()


def test_standfirst_marked_by_its_class_is_not_body() -> None:
    header = "<p class='sub-title'>Warga tak perlu lagi memutar jauh ke pasar.</p>"
    page = _page().replace(f"<h1>{TITLE}</h1>", f"<h1>{TITLE}</h1>{header}")
    assert list(_clean(page).paragraphs) == PARAGRAPHS


def test_excerpt_copied_from_the_body_stays_body() -> None:
    header = f"<p class='excerpt'>{PARAGRAPHS[0]}</p>"
    page = _page().replace(f"<h1>{TITLE}</h1>", f"<h1>{TITLE}</h1>{header}")
    assert _clean(page).paragraphs[0] == PARAGRAPHS[0]


def test_sister_outlet_named_by_a_syndication_credit_is_a_source() -> None:
    credit = "<p>Artikel ini telah tayang di TribunJatim.com dengan judul Jembatan Baru.</p>"
    page = _page().replace("</div></article>", f"{credit}</div></article>")
    page = page.replace("Contoh News", "Tribunnews.com")
    page = page.replace(
        "<head>", "<head><link rel='canonical' href='https://www.tribunnews.com/regional/2024/05/06/x'>"
    )
    article = _clean(page)
    assert article.outlet == "Tribunnews.com"
    assert article.wire_sources == ("TribunJatim.com",)


def test_bulleted_points_of_the_body_come_back_after_their_introduction() -> None:
    """trafilatura drops some body lists (seen on Kontan's layout); the points come back after the
    paragraph that introduces them, and a list of linked headlines never does."""
    from lxml.html import fragment_fromstring

    from warta.stages.extract_html import restore_list_items

    points = [
        "Calon penerima wajib terdaftar dalam data kependudukan dan memiliki nomor induk yang berlaku.",
        "Bantuan hanya diberikan sekali dalam setahun dan tidak dapat dipindahtangankan kepada orang lain.",
    ]
    intro = "Kepala dinas menyebut ada dua syarat utama yang harus dipenuhi calon penerima bantuan:"
    related = (
        "<ul><li><a href='/r'>Judul berita lain tentang bantuan yang cukup panjang untuk dibaca.</a>"
        "</li></ul>"
    )
    block = fragment_fromstring(
        f"<div><p>{PARAGRAPHS[0]}</p><p>{intro}</p><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + f"</ul><p>{PARAGRAPHS[1]}</p>{related}</div>"
    )
    lines = [PARAGRAPHS[0], intro, PARAGRAPHS[1]]
    assert restore_list_items(block, lines) == [PARAGRAPHS[0], intro, *points, PARAGRAPHS[1]]


def test_embedded_social_post_is_not_body() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p>Salut sama warga sekitar jembatan "
        "<a>pic.twitter.com/Ab12</a></p>"
        "&mdash; Info Sukamaju (@infosukamaju) <a>May 6, 2024</a></blockquote>"
    )
    page = _page().replace(f"<p>{PARAGRAPHS[2]}</p>", f"{tweet}<p>{PARAGRAPHS[2]}</p>")
    article = _clean(page)
    assert "pic.twitter.com" not in article.text
    assert list(article.paragraphs) == PARAGRAPHS


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Dr. Ahmad Fauzi Rahman, M.T.", ["Ahmad Fauzi Rahman"]),
        ("Prof. Dr. Ir. Sri Wahyuni", ["Sri Wahyuni"]),
        ("H. Ali", ["H. Ali"]),
    ],
)
def test_titles_before_and_degrees_after_a_writers_name(value: str, names: list[str]) -> None:
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": value}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert list(_clean(_page(head=head)).authors) == names


def test_midnight_markup_time_takes_the_header_time() -> None:
    head = "<meta property='article:published_time' content='2024-05-06T00:00:00+07:00'>"
    assert _clean(_page(head=head)).published == "2024-05-06T09:15:00+07:00"
    assert _clean(_page(head=head, header="")).published == "2024-05-06T00:00:00+07:00"


@pytest.mark.parametrize(
    ("paragraph", "city"),
    [
        ("KUPANG, KABARPESISIR - Ratusan nelayan meminta zona tangkap dilindungi.", "Kupang"),
        ("KUPANG, KABARLAIN - Ratusan nelayan meminta zona tangkap dilindungi.", None),
    ],
)
def test_dateline_naming_the_pages_own_small_outlet(paragraph: str, city: str | None) -> None:
    url = "https://www.kabarpesisir.co.id/berita/2024/05/16/x.html"
    assert hm.own_outlet_dateline(paragraph, url, "Kabar Pesisir") == city


def test_shortened_social_title_gives_way_to_the_printed_headline() -> None:
    full = "Jembatan Gantung Baru Dibangun di Sukamaju untuk Anak Sekolah dan Petani"
    page = _page().replace(f"<h1>{TITLE}</h1>", f"<h1>{full}</h1>")
    assert _clean(page).title == full  # og:title says "Jembatan Gantung Baru Dibangun di Sukamaju"
    decorated = f"<h1>Contoh News {TITLE} - Nasional :: Contoh News</h1>"
    assert _clean(_page().replace(f"<h1>{TITLE}</h1>", decorated)).title == TITLE


def test_sub_heads_stay_beside_a_table_of_contents() -> None:
    heads = ["Syarat pembangunan", "Jadwal pengerjaan"]
    toc = (
        "<div class='toc'><p>Daftar isi</p><ul>"
        + "".join(f"<li><a href='#h{i}'>{h}</a></li>" for i, h in enumerate(heads))
        + "</ul></div>"
    )
    body = (
        f"<p>{PARAGRAPHS[0]}</p>{toc}<h2 id='h0'>{heads[0]}</h2><p>{PARAGRAPHS[1]}</p>"
        f"<h2 id='h1'>{heads[1]}</h2><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"
    )
    page = _page(inserts=False).replace("".join(f"<p>{p}</p>" for p in PARAGRAPHS), body)
    assert list(_clean(page).paragraphs) == [
        PARAGRAPHS[0],
        heads[0],
        PARAGRAPHS[1],
        heads[1],
        PARAGRAPHS[2],
        PARAGRAPHS[3],
    ]


def test_data_rows_of_a_list_article_come_back_with_their_subhead() -> None:
    """A price list or a prayer-time list (short rows holding a figure) is body, under its sub-head;
    a pager is not."""
    rows = "".join(f"<li>Emas {g} gram: Rp {g * 1452}.000</li>" for g in (1, 2, 5))
    pager = "<ul><li>1</li><li>2</li><li>Next</li></ul>"
    body = (
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><h2>Daftar Harga Emas Hari Ini</h2><ul>{rows}</ul>"
        f"<p>{PARAGRAPHS[3]}</p>{pager}"
    )
    page = _page().replace(_page().split("<div class='isi'>")[1].split("</div>")[0], body)
    paragraphs = list(_clean(page).paragraphs)
    at = paragraphs.index(PARAGRAPHS[1])
    assert paragraphs[at + 1 : at + 5] == [
        "Daftar Harga Emas Hari Ini",
        "Emas 1 gram: Rp 1452.000",
        "Emas 2 gram: Rp 2904.000",
        "Emas 5 gram: Rp 7260.000",
    ]
    assert "Next" not in " ".join(paragraphs)
