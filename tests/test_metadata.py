"""Visible metadata: the reader that puts the page's date lines, datelines, bylines, outlets and
wire sources together over header, body and footer (each part is tested in the test file of its
module: test_visible_dates, test_outlet_names, test_byline_names, test_wire_credits).

Names and sentences are invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from warta.stages.metadata import visible_metadata


def test_visible_metadata_reads_header_body_and_footer() -> None:
    lines = [
        "Nelayan Pulau Seribu Panen Rumput Laut",
        "",
        "Kamis, 5 November 2015 14:56 WIB",
        "Penulis: Sari Utami",
        "",
        "Jakarta (ANTARA) - Para nelayan di Pulau Seribu memanen rumput laut lebih awal tahun ini.",
        "",
        "Mereka menjual hasil panen ke pengepul di Muara Angke.",
        "",
        "Editor: Yusuf Maulana",
        "Copyright © ANTARA 2015",
    ]
    found = visible_metadata(lines)
    assert found.title == "Nelayan Pulau Seribu Panen Rumput Laut"
    assert found.published == "2015-11-05T14:56:00+07:00"
    assert found.authors == ("Sari Utami",)
    assert found.editors == ("Yusuf Maulana",)
    assert found.dateline == "Jakarta"
    assert found.outlet == "ANTARA"


def test_visible_metadata_unknown_is_empty() -> None:
    found = visible_metadata(["Para nelayan memanen rumput laut lebih awal tahun ini di pulau itu."])
    assert found.title is None and found.published is None and found.outlet is None
    assert found.authors == () and found.wire_sources == ()


def test_antara_dateline_on_another_outlets_page_is_a_wire_copy() -> None:
    lines = [
        "Harga Cabai Turun di Pasar Induk",
        "Kamis, 5 November 2015 14:56 WIB",
        "Jakarta (ANTARA) - Harga cabai di pasar induk turun dua pekan berturut-turut.",
        "Pedagang mengatakan pasokan dari daerah sentra sudah kembali normal.",
        "Copyright © 2015 Suara.com",
    ]
    found = visible_metadata(lines, 2, 3)
    assert found.outlet == "Suara.com"
    assert found.wire_sources[0] == "ANTARA"
    assert found.dateline == "Jakarta"


def _header_page(byline_lines: list[str], date_line: str = "Senin, 20 Maret 2023 13:45 WIB") -> list[str]:
    return [
        "Berita",
        "Nasional",
        "Warga Desa Sukamaju Tanam Seribu Pohon Mangga di Tepi Sungai",
        *byline_lines[:1],
        date_line,
        *byline_lines[1:],
        "JAKARTA - Warga Desa Sukamaju menanam seribu pohon mangga di tepi sungai pada Minggu pagi.",
        "Kepala desa mengatakan kegiatan itu akan diulang setiap tahun agar sungai kembali hijau.",
    ]


@pytest.mark.parametrize(
    ("byline_lines", "date_line", "authors"),
    [
        (["Rizky Hidayat, Jurnalis"], "Sabtu 18 Maret 2023 10:15 WIB", ("Rizky Hidayat",)),
        (["Rahmat Hidayat"], "19 Mar 2023, 12:00 WIB", ("Rahmat Hidayat",)),
        (["", "Dimas Aditya"], "Minggu, 19 Maret 2023 - 08:30 WIB", ("Dimas Aditya",)),
        ([], "Arif Wicaksono • 16 Maret 2023 15:10", ("Arif Wicaksono",)),
        (["Tim Redaksi"], "Senin, 20 Maret 2023 13:45 WIB", ()),
        (["Bagikan"], "Senin, 20 Maret 2023 13:45 WIB", ()),
    ],
)
def test_unlabelled_author_beside_the_date(
    byline_lines: list[str], date_line: str, authors: tuple[str, ...]
) -> None:
    lines = _header_page([x for x in byline_lines], date_line)
    found = visible_metadata(lines, len(lines) - 2, len(lines) - 1)
    assert found.authors == authors
    assert found.title == "Warga Desa Sukamaju Tanam Seribu Pohon Mangga di Tepi Sungai"


def test_a_name_the_body_speaks_of_is_no_author() -> None:
    lines = _header_page(["Dian Sastrowardoyo"])
    lines[-1] = "Dian Sastrowardoyo mengatakan kegiatan itu akan diulang setiap tahun agar sungai hijau."
    assert visible_metadata(lines, len(lines) - 2, len(lines) - 1).authors == ()


def test_syndication_credit_names_the_first_publisher() -> None:
    lines = [
        "BMKG Peringatkan Gelombang Tinggi di Perairan Selatan Jawa Timur",
        "Rabu, 29 Maret 2023 15:02 WIB",
        "TRIBUNJATIM.COM - Badan meteorologi memperingatkan potensi gelombang tinggi di selatan Jawa.",
        "Nelayan diminta tidak melaut sampai kondisi membaik, kata petugas di pelabuhan.",
        "Artikel ini telah tayang di Tribunnews.com dengan judul Waspada Gelombang Tinggi",
    ]
    found = visible_metadata(lines, 2, 3)
    assert found.wire_sources == ("Tribunnews.com",)
    assert (found.outlet or "").lower() == "tribunjatim.com"


def test_own_group_credit_is_no_wire_source() -> None:
    lines = [
        "Wisatawan Padati Malioboro Selama Libur Panjang Akhir Pekan",
        "Sabtu, 25 Maret 2023 - 07:17 WIB",
        "Harianjogja.com, JOGJA - Ribuan wisatawan memadati kawasan Malioboro selama libur panjang.",
        "Hotel di sekitar kawasan itu penuh hingga Minggu malam, kata pengelola hotel.",
        "Sumber : JIBI/Harian Jogja",
    ]
    assert visible_metadata(lines, 2, 3).wire_sources == ()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "©",
                "Copyright",
                "HAK CIPTA",
                "hak",
                "ha",
                " cipta",
                "All Rights Reserved",
                "a",
                "\n",
                "ſ",
                "İ",
                "K",
                "\u212a",
                "ı",
                "é",
                "’",
                "©️",
            ]
        ),
        max_size=12,
    )
)
@example(["ha", "\u212a", " cipta", "\n", "©", "é", "all rights ", "RESERVED"])
@example(["é", "’", "Hak Cipta", " © ", "COPYRIGHT", "\n", "all rights reserved"])
def test_copyright_trigger_lines_are_the_lines_of_the_regex_matches(parts: list[str]) -> None:
    """The literal search finds the line of every match of the case-insensitive trigger pattern."""
    from warta.stages import metadata as m

    page = "".join(parts)
    expected = [m._line_around(page, *x.span()) for x in m._COPYRIGHT_TRIGGER_RE.finditer(page)]
    assert list(m._copyright_lines(page)) == expected


def test_bare_label_byline_with_a_role_before_a_comma() -> None:
    """Kompas.com's credit box without a colon: "Penulis Kontributor Garut, Nama"."""
    lines = [
        "Judul berita tentang jalan yang tertutup longsor",
        "Kompas.com - 18/06/2024, 15:20 WIB",
        "Penulis Kontributor Garut, Agus Rahmanto",
        "Editor Dheri Agriesta",
        "GARUT, KOMPAS.com - Tanah longsor menutup jalan desa setelah hujan deras turun sejak sore hari.",
        "Petugas menyiagakan alat berat untuk membersihkan material longsor dari badan jalan.",
    ]
    found = visible_metadata(lines, 4, 5)
    assert found.authors == ("Agus Rahmanto",)
    assert found.editors == ("Dheri Agriesta",)


def test_oleh_line_opening_the_body_is_the_byline() -> None:
    lines = [
        "Menjaga hutan adat dari ladang berpindah",
        "Sabtu, 3 Agustus 2024 08:15 WIB",
        "Oleh Rangga Pandu Asmara Jingga",
        "Sintang (ANTARA) - Pagi masih berkabut ketika puluhan warga adat berjalan menyusuri batas hutan.",
        "Mereka memeriksa patok batas dan mencatat pohon yang tumbang di dalam kawasan hutan adat.",
    ]
    assert visible_metadata(lines, 2, 4).authors == ("Rangga Pandu Asmara Jingga",)


def test_an_english_by_on_the_date_line_is_no_part_of_the_name() -> None:
    lines = [
        "Ferry Service Resumes After Two Weeks",
        "By Ayu Kartika · October 7, 2024",
        "Ambon. The ferry between the islands sailed again on Monday after repairs to its engine.",
        "Residents said supplies of rice and fuel had run short while the ship was out of service.",
    ]
    assert visible_metadata(lines, 2, 3).authors == ("Ayu Kartika",)
