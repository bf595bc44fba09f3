"""A lead paragraph full of tag links, dropped by trafilatura's precision mode, is put back."""

from __future__ import annotations

from warta.options import Options
from warta.records import RawDoc
from warta.stages.extract_html import extract_html, parse_page
from warta.stages.lead_recovery import recover_lead, segments

LEAD = (
    "<b>Contoh.com</b> - <a href='/tag/andi'>Andi Pratama</a>, putra sulung aktor "
    "<a href='/tag/budi'>Budi Pratama</a>, kini makin serius menekuni dunia "
    "<a href='/tag/film'>film</a> layar lebar setelah sukses di serial web tahun lalu."
)
REST = [
    "Ia mengaku belajar banyak dari sang ayah yang sudah dua puluh tahun berakting di layar kaca.",
    '"Saya ingin membuktikan diri lewat peran yang berbeda dari sebelumnya," '
    "kata pemuda itu kepada wartawan di Jakarta Selatan.",
    "Film terbarunya dijadwalkan tayang di bioskop pada akhir bulan depan di seluruh Indonesia.",
    "Sutradara film itu memuji kedisiplinan Andi selama proses syuting yang berlangsung dua minggu.",
]


def _page() -> str:
    body = LEAD + "<p></p>" + "<p></p>".join(REST)
    related = "".join(f"<li><a href='/r/{i}'>Berita lain nomor {i} tentang film</a></li>" for i in range(6))
    return (
        "<html><head><title>Andi Makin Serius di Film</title></head><body>"
        f"<h1>Andi Makin Serius di Film</h1><div class='detail'>{body}</div><ul>{related}</ul>"
        "</body></html>"
    )


def test_segments_split_at_blocks_and_count_link_text() -> None:
    root = parse_page(_page())
    assert root is not None
    block = root.xpath("//div[@class='detail']")[0]
    found = segments(block)
    assert found[0].text.startswith("Contoh.com - Andi Pratama, putra sulung")
    assert 0 < found[0].link_chars < len(found[0].text) / 2
    assert [s.text for s in found[1:]] == REST


def test_recover_lead_only_before_the_first_line() -> None:
    root = parse_page(_page())
    assert root is not None
    block = root.xpath("//div[@class='detail']")[0]
    assert recover_lead(block, REST)[0].startswith("Contoh.com - Andi Pratama")
    assert recover_lead(block, REST[2:]) == [segments(block)[0].text, REST[0], REST[1]]
    assert recover_lead(block, ["Kalimat yang tidak ada di halaman ini sama sekali."]) == []
    assert recover_lead(None, REST) == []


def test_extracted_article_keeps_its_lead() -> None:
    article = extract_html(RawDoc("a.html", "html", _page()), Options())
    assert "putra sulung aktor Budi Pratama" in article.paragraphs[0]
    assert list(article.paragraphs[1:]) == REST


def test_dateline_prefix_cut_off_before_the_body_is_restored() -> None:
    from warta.stages.lead_recovery import restore_lead

    page = (
        "<html><body><div class='detail'><strong>Bandung</strong> - <p>"
        + "<br><br>".join(REST)
        + "</p></div></body></html>"
    )
    root = parse_page(page)
    assert root is not None
    block = root.xpath("//div[@class='detail']")[0]
    assert restore_lead(block, REST)[0] == "Bandung - " + REST[0]
    assert restore_lead(block, REST)[1:] == REST[1:]
    assert restore_lead(None, REST) == REST


def _framed(around_top: str, around_bottom: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in REST)
    return (
        "<html><body><h1>Andi Makin Serius di Film</h1>"
        f"{around_top}<div class='detail'>{body}</div>{around_bottom}</body></html>"
    )


def _byline_table(author: str, editor: str) -> str:
    rows = f"<tr><td>Penulis</td><td>: {author}</td></tr><tr><td>Editor</td><td>: {editor}</td></tr>"
    return f"<table>{rows}</table>"


def test_page_context_frames_the_body_with_nearby_page_lines() -> None:
    from warta.stages.lead_recovery import page_context

    table = _byline_table("Siti Rahmawati", "Budi")
    root = parse_page(_framed("<div class='author'>Oleh: Rina Wulandari</div>", table))
    assert root is not None
    lines, start, end = page_context(root, REST)
    assert lines[start : end + 1] == REST
    assert "Oleh: Rina Wulandari" in lines[:start]
    assert lines[end + 1 :] == ["Penulis : Siti Rahmawati", "Editor : Budi"]


def test_label_boxes_are_joined_but_not_after_a_name() -> None:
    from warta.stages.lead_recovery import _join_labels

    assert _join_labels(["Author", "Siti Rahmawati", "Editor", "Budi Santoso"]) == [
        "Author: Siti Rahmawati",
        "Editor: Budi Santoso",
    ]
    assert _join_labels(["Dewi Kania", "Jurnalis", "Bagikan"]) == ["Dewi Kania", "Jurnalis", "Bagikan"]


def test_html_bylines_around_the_body_reach_the_article() -> None:
    table = _byline_table("Siti Rahmawati", "Budi Santoso")
    article = extract_html(RawDoc("a.html", "html", _framed("", table)), Options())
    assert article.authors == ("Siti Rahmawati",)
    assert article.editors == ("Budi Santoso",)


def test_side_by_side_credits_are_split_into_one_credit_each() -> None:
    from warta.stages.lead_recovery import split_credits

    line = "Penulis: Dewi Lestari Editor: Bagus Wirawan Kamis, 16 Mar 2023 10:20 WIT"
    assert split_credits(line) == [
        "Penulis: Dewi Lestari",
        "Editor: Bagus Wirawan",
        "Kamis, 16 Mar 2023 10:20 WIT",
    ]
    assert split_credits("Penulis: Dewi Lestari | Editor: Bagus Wirawan") == [
        "Penulis: Dewi Lestari",
        "Editor: Bagus Wirawan",
    ]
    prose = "Warga desa berkata: kami tidak takut. Editor: bukan label di sini."
    assert split_credits(prose) == [prose]


def _credits_page(credits: str) -> str:
    body = "".join(
        f"<p>Paragraf {i} bercerita tentang nelayan yang memperbaiki perahu setelah badai besar melanda "
        "pesisir selatan pekan lalu, kata ketua kelompok nelayan setempat.</p>"
        for i in range(4)
    )
    return (
        "<html><head><title>Nelayan Memperbaiki Perahu Usai Badai</title></head><body>"
        f"<h1>Nelayan Memperbaiki Perahu Usai Badai</h1>{credits}<div class='isi'>{body}</div></body></html>"
    )


def test_credits_printed_side_by_side_name_author_and_editor() -> None:
    html = _credits_page(
        "<div class='meta'>Penulis: Dewi Lestari &nbsp; Editor: Bagus Wirawan &nbsp; "
        "Sabtu, 25 Maret 2023 - 07:17 WIB</div>"
    )
    article = extract_html(RawDoc("p.html", "html", html), Options())
    assert article.authors == ("Dewi Lestari",)
    assert article.editors == ("Bagus Wirawan",)


def test_name_over_its_role_is_the_author() -> None:
    html = _credits_page("<ul><li>Dewi Lestari</li><li>Wartawan Contoh News</li></ul>")
    article = extract_html(RawDoc("p.html", "html", html), Options())
    assert article.authors == ("Dewi Lestari",)


def test_credit_forms_become_labelled_credits() -> None:
    from warta.stages.lead_recovery import credit_lines

    assert credit_lines("Penulis Tito Hilmawan | Editor Bayu Galih") == [
        "Penulis: Tito Hilmawan",
        "Editor: Bayu Galih",
    ]
    assert credit_lines("PenulisRahmat Hidayat") == ["Penulis: Rahmat Hidayat"]
    assert credit_lines("Rep: Fauziah Rahma/ Red: Hasan Basri") == [
        "Reporter: Fauziah Rahma",
        "Red: Hasan Basri",
    ]
    assert credit_lines("Rizky Hidayat, Jurnalis · Senin, 20 Maret 2023 - 10:05 WIB") == [
        "Penulis: Rizky Hidayat",
        "Senin, 20 Maret 2023 - 10:05 WIB",
    ]
    assert credit_lines("Dimas Aditya, CNBC Indonesia") == ["Penulis: Dimas Aditya"]
    assert credit_lines("Reporter : Agung PratamaEditor : Dian Sari") == [
        "Reporter : Agung Pratama",
        "Editor : Dian Sari",
    ]


def test_lines_that_only_look_like_credits_stay_whole() -> None:
    from warta.stages.lead_recovery import credit_lines

    for line in (
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --",
        "Kamis, 16 Mar 2023 | 10:20 WIB",
        "Editor pilihan minggu ini",
        "Jakarta, Indonesia",
        "Penulis muda itu menerbitkan novel pertamanya tahun lalu.",
    ):
        assert credit_lines(line) == [line]


def test_headline_over_a_byline_is_no_name_over_role() -> None:
    html = _credits_page("<div>Penulis Dewi Lestari</div><div>Editor Bagus Wirawan</div>")
    article = extract_html(RawDoc("p.html", "html", html), Options())
    assert article.authors == ("Dewi Lestari",)
    assert article.editors == ("Bagus Wirawan",)
