"""Visible metadata: date lines, datelines, bylines, outlets, wire sources, language.

Names and sentences are invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from warta.stages.language import detect_language
from warta.stages.metadata import (
    Dateline,
    byline_people,
    canonical_outlet,
    is_person_name,
    parse_dateline,
    parse_published,
    source_credit,
    source_credits,
    split_names,
    visible_metadata,
    wire_sources_in,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kompas.com - 04/02/2023, 15:30 WIB", "2023-02-04T15:30:00+07:00"),
        ("JUMAT, 14 JULI 2023 | 20:13 WIB | LAPORAN: SITI NURHALIZA", "2023-07-14T20:13:00+07:00"),
        ("Jumat, 28 Oktober 2022 12:00 WIB", "2022-10-28T12:00:00+07:00"),
        ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "2015-11-05T14:56:00+07:00"),
        ("Senin, 15 Februari 2016, 16:15 WITA", "2016-02-15T16:15:00+08:00"),
        ("Rabu, 3 Mei 2017 - 09:05 wit", "2017-05-03T09:05:00+09:00"),
        ("on 16 Feb 2016 at 09:20 WIB", "2016-02-16T09:20:00+07:00"),
        ("Sabtu, 7 Nopember 2015 pukul 10.30", "2015-11-07T10:30:00+07:00"),
        ("Selasa, 16 Februari 2016", "2016-02-16"),
        ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),
        ("31/02/2023, 10:00 WIB", None),
        ("Tidak ada tanggal di sini", None),
    ],
)
def test_parse_published(line: str, expected: str | None) -> None:
    assert parse_published(line) == expected


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("SHANGHAI, KOMPAS.com - Pemerintah China mengatakan …", "Shanghai", "Kompas.com"),
        ("Shanghai (ANTARA) - China mengatakan pada Sabtu …", "Shanghai", "ANTARA"),
        ("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan …", "Mataram", "ANTARA"),
        ("TEMPO.CO, Jakarta - Menteri Luar Negeri berjanji …", "Jakarta", "Tempo.co"),
        ("BANDAR LAMPUNG, KOMPAS.com — Polisi menangkap …", "Bandar Lampung", "Kompas.com"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Aktris itu mengaku …", "Jakarta", "Republika"),
        ("Liputan6.com, Jakarta - Indonesia memasuki fase …", "Jakarta", "Liputan6.com"),
        ("Kapanlagi.com - Aktor muda itu semakin mantap …", None, "KapanLagi.com"),
        ("Jakarta - Ponsel jagoan itu ternyata …", "Jakarta", None),
    ],
)
def test_parse_dateline(line: str, city: str | None, outlet: str | None) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed.city, parsed.outlet) == (city, outlet)


def test_a_date_line_is_not_a_dateline() -> None:
    assert parse_dateline("Kompas.com - 04/02/2023, 15:30 WIB") is None
    assert parse_dateline("Warga desa menanam pohon di tepi sungai.") is None


def test_bare_dateline_only_on_the_first_body_line() -> None:
    assert parse_dateline("Jakarta - Ponsel itu …", first_line=False) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dilansir dari Reuters, pemerintah itu menyatakan …", ["Reuters"]),
        ("Melansir Newsweek pada Selasa (29/12/2020), presiden itu …", ["Newsweek"]),
        ("kata Wang, seperti dikutip dari Global Times, Jumat (14/7).", ["Global Times"]),
        ("Dikutip detikINET dari BBC, Kamis (5/11/2015), Google …", ["BBC"]),
        ("Kantor berita Xinhua mengutip perkataan sang presiden.", []),
        ("Ia mengutip AFP yang melaporkan …", ["AFP"]),
    ],
)
def test_wire_sources_in_body(text: str, expected: list[str]) -> None:
    assert wire_sources_in(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Sumber: Reuters", "Reuters"), ("Sumber Reuters", "Reuters"), ("Sumber: RT.com", "RT.com")],
)
def test_source_credit(line: str, expected: str) -> None:
    assert source_credit(line) == expected


def test_bylines() -> None:
    assert byline_people("Penulis : Ayu Lestari") == [("author", "Ayu Lestari")]
    assert byline_people("Editor: Bambang Sutrisno") == [("editor", "Bambang Sutrisno")]
    assert byline_people("Penerjemah: Made Wirawan") == [("translator", "Made Wirawan")]
    assert byline_people("RABU, 1 MARET 2023 | 10:00 WIB | LAPORAN: ANDI WIJAYA") == [
        ("author", "Andi Wijaya")
    ]
    assert split_names("Ayu Lestari, Budi Hartono dan Citra Dewi") == [
        "Ayu Lestari",
        "Budi Hartono",
        "Citra Dewi",
    ]


def test_person_names() -> None:
    assert is_person_name("Rina Kartika Dewi")
    assert not is_person_name("Tempo.co")
    assert not is_person_name("Cina dan Rusia Janji Akan Saling Dukung")
    assert not is_person_name("Jumat")
    assert not is_person_name("Global")


def test_canonical_outlets() -> None:
    assert canonical_outlet("KOMPAS.com") == "Kompas.com"
    assert canonical_outlet("(ANTARA)") == "ANTARA"
    assert canonical_outlet("TEMPO.CO") == "Tempo.co"
    assert canonical_outlet("Toko Buku Sebelah") is None


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


@given(st.text(max_size=200))
def test_parse_published_never_crashes(line: str) -> None:
    value = parse_published(line)
    assert value is None or value[:4].isdigit()


def test_language() -> None:
    assert (
        detect_language(
            "Pemerintah kota mengatakan bahwa jalan itu akan diperbaiki tahun depan dengan dana daerah."
        )
        == "id"
    )
    assert detect_language("The government said on Monday that the road would be repaired next year.") == "en"
    assert detect_language("Menteri Luar Negeri Tiba di Jakarta") == "id"
    assert detect_language("") is None


def test_more_byline_and_credit_forms() -> None:
    assert byline_people("Penulis Ayu Lestari | Editor Bambang Sutrisno") == [
        ("author", "Ayu Lestari"),
        ("editor", "Bambang Sutrisno"),
    ]
    assert byline_people("Editor Majalah itu mengatakan hal yang sama") == []
    assert source_credits("Sumber: AFP, Reuters") == ["AFP", "Reuters"]
    assert source_credits("(AFP/Reuters)") == ["AFP", "Reuters"]
    assert wire_sources_in("Seperti dikutip Reuters, menteri itu membantah.") == ["Reuters"]
    assert wire_sources_in("Menurut laporan Bloomberg pada Senin, harga naik.") == ["Bloomberg"]


def test_kompas_dateline_without_domain() -> None:
    parsed = parse_dateline("JAKARTA, KOMPAS - Pemerintah menaikkan harga …")
    assert parsed is not None and parsed.city == "Jakarta" and parsed.outlet == "Kompas"


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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rep: Fauziah Rahma/ Red: Hasan Basri", [("author", "Fauziah Rahma"), ("editor", "Hasan Basri")]),
        (
            "Penulis: Yohanes Bria | Editor: Agustinus Sape",
            [("author", "Yohanes Bria"), ("editor", "Agustinus Sape")],
        ),
        (
            "Penulis: Fadila Rumra Editor: Jefri Pattiasina Kamis, 16 Mar 2023 10:20 WIT",
            [("author", "Fadila Rumra"), ("editor", "Jefri Pattiasina")],
        ),
        ("Pilihan Editor: Harga Beras Naik, Pemerintah Siapkan Operasi Pasar", []),
    ],
)
def test_byline_grammar(line: str, expected: list[tuple[str, str]]) -> None:
    assert byline_people(line) == expected


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


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("KONTAN.CO.ID - JAKARTA. Penyaluran kredit tumbuh pada Februari.", "Jakarta", "Kontan"),
        ("Jakarta: Bank Indonesia mempertahankan suku bunga acuan.", "Jakarta", None),
        ("Jayapura, Jubi – Pemerintah menyalurkan bibit kakao.", "Jayapura", "Jubi"),
        ("POS-KUPANG.COM, KUPANG - Pemerintah kota menggelar pasar murah.", "Kupang", "Pos-Kupang.com"),
        ("TRIBUN-TIMUR.COM, MAKASSAR - Banjir merendam tiga kelurahan.", "Makassar", "Tribun-Timur.com"),
        ("jpnn.com, JAKARTA - Komisi X meminta pemerintah bertindak.", "Jakarta", "JPNN.com"),
        ("KBRN, Ambon: Harga ikan tongkol turun.", "Ambon", "RRI"),
    ],
)
def test_dateline_forms(line: str, city: str, outlet: str | None) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None and (parsed.city, parsed.outlet) == (city, outlet)


@pytest.mark.parametrize(
    "line", ["Catatan: Harga dapat berubah.", "PIKIRAN RAKYAT - Harga beras turun.", "Joko: Kami siap."]
)
def test_no_city_in_labels_or_outlet_names(line: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is None or parsed.city is None


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("TRIBUNNEWS.COM", "Tribunnews.com"),
        ("TRIBUN-TIMUR.COM", "Tribun-Timur.com"),
        ("TribunJatim.com", "TribunJatim.com"),
        ("kumparanNEWS", "kumparan"),
        ("detikJatim", "detikcom"),
    ],
)
def test_network_and_channel_outlets(name: str, outlet: str) -> None:
    assert canonical_outlet(name) == outlet


def test_date_and_time_split_by_a_slash() -> None:
    assert parse_published("Jumat, 24 Maret 2023 / 06:15 WIB") == "2023-03-24T06:15:00+07:00"


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
    st.sampled_from(["Sumber", "sumber", "SUMBER", "\u017fumber", "Oleh", "By", "Laporan", "(", "Rizky", ""]),
    st.text(alphabet="aZ :-–—()/,.Reuters\u017f", max_size=30),
)
def test_cheap_guards_never_skip_a_line_their_regex_takes(head: str, tail: str) -> None:
    """The first-character and dash tests that skip a regex on most lines let every line through
    that the regex would match."""
    from warta.stages import byline_names as bn
    from warta.stages import postfilter as pf
    from warta.stages import wire_credits as wc

    text = (head + tail).strip()
    if pf.SOURCE_CREDIT_RE.match(text) or pf.WIRE_CREDIT_RE.match(text):
        assert text[:1] in wc._CREDIT_FIRST_CHARS
    for regex, first_chars in bn._HEADER_BYLINES:
        if regex.match(text):
            assert text[:1] in first_chars
    if bn._NAME_DASH_OUTLET_RE.match(text):
        assert bn._has_dash(text)


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


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        ("Sumber: Antara [ded]", ["ANTARA"]),
        ("Sumber: Reuters (dce/dce)", ["Reuters"]),
        ("(Antara)", ["ANTARA"]),
    ],
)
def test_desk_codes_closing_a_source_credit_are_no_source(line: str, sources: list[str]) -> None:
    assert source_credits(line) == sources


def test_oleh_line_opening_the_body_is_the_byline() -> None:
    lines = [
        "Menjaga hutan adat dari ladang berpindah",
        "Sabtu, 3 Agustus 2024 08:15 WIB",
        "Oleh Rangga Pandu Asmara Jingga",
        "Sintang (ANTARA) - Pagi masih berkabut ketika puluhan warga adat berjalan menyusuri batas hutan.",
        "Mereka memeriksa patok batas dan mencatat pohon yang tumbang di dalam kawasan hutan adat.",
    ]
    assert visible_metadata(lines, 2, 4).authors == ("Rangga Pandu Asmara Jingga",)


@pytest.mark.parametrize(
    ("line", "city", "outlet", "report"),
    [
        (
            "Liputan6.com, Jakarta Film kedua rumah produksi itu meraih sejuta penonton.",
            "Jakarta",
            "Liputan6.com",
            "Film",
        ),
        ("TEMPO.CO, Surabaya Warga kota menanam seribu pohon.", "Surabaya", "Tempo.co", "Warga"),
    ],
)
def test_an_outlet_dateline_that_lost_its_dash_is_read_before_a_known_city(
    line: str, city: str, outlet: str, report: str
) -> None:
    from warta.stages.vectors import dateline_length

    assert parse_dateline(line) == Dateline(city, outlet)
    assert line[dateline_length(line) :].startswith(report)


def test_an_outlet_and_comma_before_no_known_city_is_no_dateline() -> None:
    assert parse_dateline("Liputan6.com, Presiden meresmikan jembatan baru di kota itu.") is None


def _canonical_outlet_by_every_rule(name: str) -> str | None:
    """``canonical_outlet`` without its length shortcut: every rule on every name."""
    from warta.lang.id import outlets as o
    from warta.stages import outlet_names as on

    key = name.strip().strip("()").lower()
    if key in o.OUTLET_ALIASES:
        return o.OUTLET_ALIASES[key]
    if key in o.OUTLET_DOMAINS:
        return o.OUTLET_DOMAINS[key]
    for prefix, outlet in o.OUTLET_CHANNEL_PREFIXES.items():
        if key.startswith(prefix):
            channel = key[len(prefix) :].split(".", 1)[0]
            if not channel or channel.isalpha():
                return outlet
    if key.startswith(o.NETWORK_PREFIX) and key.endswith((".com", ".id", ".co.id")):
        return on._network_site(name.strip().strip("()"))
    return None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "(",
                ")",
                " ",
                "detik",
                "DETIK",
                "News",
                ".com",
                "Tribun",
                "jatim",
                "-timur",
                "kumparan",
                "KOMPAS.com",
                "Kompas",
                "TEMPO.CO",
                "Antara",
                " berita hari ini yang panjang sekali",
                "İ",
                "Σ",
                ".co.id",
                ".id",
                "x",
            ]
        ),
        max_size=8,
    )
)
@example(["Tribun", "-timur", " berita hari ini yang panjang sekali", ".com"])
@example(["(", "detik", " berita hari ini yang panjang sekali", ".com", ")"])
@example(["kumparan", "News", " berita hari ini yang panjang sekali"])
def test_the_length_shortcut_of_canonical_outlet_changes_no_answer(parts: list[str]) -> None:
    from warta.stages.outlet_names import canonical_outlet

    name = "".join(parts)
    assert canonical_outlet(name) == _canonical_outlet_by_every_rule(name)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(
        [
            "Penulis",
            "PENULİS",
            "penulıs",
            "Rep",
            "REd",
            "Alih bahasa",
            "ALIH BAHASA",
            "Editor",
            "\u212aontributor",
            "Reporter",
            "Rizky",
            "Foto",
            "video",
            "Oleh",
            "oleh",
            "Sumber foto",
            "",
        ]
    ),
    st.sampled_from([":", " :", " - ", " ", "  ", ""]),
    st.sampled_from(["Ayu Lestari", "ayu", "Budi dan Sari", "", "X/ Red: Y"]),
)
def test_the_label_test_lets_through_every_segment_a_byline_regex_takes(
    label: str, sep: str, value: str
) -> None:
    """``_may_open_with_label`` skips the byline regexes only where neither could match."""
    from warta.stages import byline_names as bn

    segment = (label + sep + value).strip()
    if bn._BYLINE_RE.match(segment) or bn._BYLINE_NO_COLON_RE.match(segment):
        assert bn._may_open_with_label(segment)


def test_an_english_by_on_the_date_line_is_no_part_of_the_name() -> None:
    lines = [
        "Ferry Service Resumes After Two Weeks",
        "By Ayu Kartika · October 7, 2024",
        "Ambon. The ferry between the islands sailed again on Monday after repairs to its engine.",
        "Residents said supplies of rice and fuel had run short while the ship was out of service.",
    ]
    assert visible_metadata(lines, 2, 3).authors == ("Ayu Kartika",)
