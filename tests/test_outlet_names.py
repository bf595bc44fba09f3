"""Outlet names and datelines (outlet_names): canonical spellings, dateline forms, where the report begins.

Names and sentences are invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from warta.stages.outlet_names import Dateline, canonical_outlet, dateline_span, parse_dateline


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


def test_canonical_outlets() -> None:
    assert canonical_outlet("KOMPAS.com") == "Kompas.com"
    assert canonical_outlet("(ANTARA)") == "ANTARA"
    assert canonical_outlet("TEMPO.CO") == "Tempo.co"
    assert canonical_outlet("Toko Buku Sebelah") is None


def test_kompas_dateline_without_domain() -> None:
    parsed = parse_dateline("JAKARTA, KOMPAS - Pemerintah menaikkan harga …")
    assert parsed is not None and parsed.city == "Jakarta" and parsed.outlet == "Kompas"


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


@pytest.mark.parametrize(
    ("line", "dateline", "report"),
    [
        (
            "SHANGHAI, KOMPAS.com -  Pemerintah China mengatakan …",
            Dateline("Shanghai", "Kompas.com"),
            "Pemerintah",
        ),
        ("Seoul: Pemerintah Korea Selatan menambah anggaran.", Dateline("Seoul", None), "Pemerintah"),
        ("VIVA Otomotif – Sejumlah produsen menambah diler.", None, "Sejumlah"),
        ("PALU-Nelayan di pesisir menangkap ikan.", Dateline("Palu", None), "Nelayan"),
        ("suarasurabaya.net| Wali Kota meresmikan taman baru.", Dateline(None, "Suara Surabaya"), "Wali"),
        (
            "Liputan6.com, Jakarta London Love Story tayang pekan ini.",
            Dateline("Jakarta", "Liputan6.com"),
            "London",
        ),
    ],
)
def test_dateline_span_gives_where_the_report_begins(
    line: str, dateline: Dateline | None, report: str
) -> None:
    span = dateline_span(line)
    assert span is not None and span[0] == dateline and line[span[1] :].startswith(report)
    assert parse_dateline(line) == dateline
    assert dateline_span("Warga desa menanam pohon di tepi sungai.") is None


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
