"""Text-dump cleaning on invented dumps: every line is body or furniture, and metadata comes only
from the article's own header and footer. All sentences and names here are made up for the tests.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import RawDoc
from warta.stages.extract_text import extract_text, locate_body, unwrap

BODY = [
    "BANDUNG, KOMPAS.com - Warga Desa Sukamaju menanam seribu pohon mangga di tepi sungai pada Sabtu "
    "(4/2/2023) untuk menahan longsor yang sering terjadi setiap musim hujan.",
    "Kepala desa, Ujang Hermawan, mengatakan kegiatan itu melibatkan ratusan pelajar dan relawan dari "
    "berbagai kampung di sekitar sungai.",
    '"Kami ingin sungai ini kembali hijau," katanya.',
    "Dilansir dari Reuters, program serupa juga berjalan di beberapa negara tetangga dengan hasil yang "
    "cukup menggembirakan bagi petani setempat.",
    "Ia berharap pemerintah kabupaten ikut membantu menyediakan bibit tambahan tahun depan.",
]

BROWSER_DUMP = "\n".join(
    [
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "",
        "Warga Sukamaju Tanam Seribu Pohon Mangga di Tepi Sungai",
        "",
        "Kompas.com - 04/02/2023, 15:30 WIB",
        "Rina Kartika Dewi",
        "",
        "Penulis",
        "",
        "Sumber Reuters",
        "",
        BODY[0],
        "",
        BODY[1],
        "",
        "Baca juga: Petani Kopi di Garut Panen Lebih Awal Tahun Ini",
        "",
        BODY[2],
        "",
        BODY[3],
        "",
        "Advertising",
        "Advertising",
        "",
        BODY[4],
        "",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
        "berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/abc. Pastikan kamu sudah "
        "install aplikasi WhatsApp ya.",
        "",
        "Terkini Lainnya",
        "",
        "Harga Cabai di Pasar Induk Naik Dua Kali Lipat Menjelang Lebaran",
        "",
        "Harga Cabai di Pasar Induk Naik Dua Kali Lipat Menjelang Lebaran",
        "",
        "Global",
        "Banjir Rendam Ratusan Rumah di Pinggiran Kota Hujan",
        "",
        "Banjir Rendam Ratusan Rumah di Pinggiran Kota Hujan",
        "",
        "Global",
        "Komentar",
        "Close Ads",
        "Bagikan artikel ini melalui",
    ]
)

RENDERER_DUMP = "\n".join(
    [
        "* Home",
        "* Nasional",
        "+ Politik",
        "+ Hukum",
        "* Ekonomi",
        "* Olahraga",
        "Register | Login",
        "Kamis, 9 Maret 2017",
        "",
        "Gempa Kecil Guncang Lombok Timur, Warga Sempat Panik",
        "",
        "Kamis, 9 Maret 2017 08:15 WITA | 1.024 Views",
        "Pewarta: Lalu Ahmad Fauzi",
        "Warga berkumpul di lapangan desa setelah gempa. (ANTARA FOTO/Lalu Ahmad Fauzi)",
        "Selong, NTB (ANTARA) - Gempa berkekuatan 4,1 magnitudo mengguncang Lombok Timur pada Kamis "
        "pagi dan membuat warga sempat berhamburan keluar rumah.",
        "",
        "Petugas badan penanggulangan bencana daerah memastikan tidak ada kerusakan bangunan yang "
        "berarti di desa-desa terdekat.",
        "",
        "Baca Juga",
        "* Jembatan Gantung di Sumbawa Diperbaiki Warga",
        "* Nelayan Diminta Waspada Gelombang Tinggi",
        "",
        "Warga diminta tetap tenang dan mengikuti informasi resmi dari pemerintah setempat.",
        "",
        "Editor: Made Surya",
        "",
        "COPYRIGHT © ANTARA 2017",
        "",
        "Berita Lainnya",
        "",
        "Harga Beras di Mataram Mulai Turun",
        "",
        "Kamis, 9 Maret 2017 | 07:00",
        "",
        "Festival Layang-layang Digelar di Pantai Kuta Lombok",
        "",
        "Rabu, 8 Maret 2017 | 21:40",
        "",
        "* Tentang Kami",
        "* Pedoman Media Siber",
    ]
)


def _extract(data: str):  # type: ignore[no-untyped-def]
    return extract_text(RawDoc("test.txt", "text", data), Options())


def test_browser_dump_body_is_exactly_the_article() -> None:
    article = _extract(BROWSER_DUMP)
    assert list(article.paragraphs) == BODY


def test_browser_dump_metadata() -> None:
    article = _extract(BROWSER_DUMP)
    assert article.title == "Warga Sukamaju Tanam Seribu Pohon Mangga di Tepi Sungai"
    assert article.outlet == "Kompas.com"
    assert article.published == "2023-02-04T15:30:00+07:00"
    assert article.authors == ("Rina Kartika Dewi",)
    assert article.dateline == "Bandung"
    assert "Reuters" in article.wire_sources
    assert article.language == "id"
    assert article.kind == "text"


def test_renderer_dump_drops_menus_captions_inserts_and_lists() -> None:
    article = _extract(RENDERER_DUMP)
    text = article.text
    assert article.paragraphs[0].startswith("Selong, NTB (ANTARA) - Gempa")
    assert article.paragraphs[-1].startswith("Warga diminta tetap tenang")
    for furniture in (
        "Home",
        "ANTARA FOTO",
        "Baca Juga",
        "Jembatan Gantung",
        "Editor",
        "COPYRIGHT",
        "Harga Beras",
    ):
        assert furniture not in text
    assert len(article.paragraphs) == 3


def test_renderer_dump_metadata_with_wita_offset() -> None:
    article = _extract(RENDERER_DUMP)
    assert article.title == "Gempa Kecil Guncang Lombok Timur, Warga Sempat Panik"
    assert article.published == "2017-03-09T08:15:00+08:00"
    assert article.authors == ("Lalu Ahmad Fauzi",)
    assert article.editors == ("Made Surya",)
    assert article.dateline == "Selong"
    assert article.outlet == "ANTARA"


def test_page_without_header_has_no_title_and_no_date() -> None:
    dump = "\n\n".join(
        [
            "Surabaya (ANTARA) - Pemerintah kota membuka tiga taman baru yang dapat digunakan warga "
            "untuk berolahraga setiap pagi dan sore hari.",
            "Wali kota mengatakan taman itu dibangun dengan dana daerah dan bantuan perusahaan swasta.",
            "Sumber: Reuters",
            "Penerjemah: Dewi Anggraini",
            "Editor: Budi Santoso",
            "Copyright © ANTARA 2023",
        ]
    )
    article = _extract(dump)
    assert article.title is None
    assert article.published is None
    assert article.translators == ("Dewi Anggraini",)
    assert article.editors == ("Budi Santoso",)
    assert article.wire_sources == ("Reuters",)
    assert len(article.paragraphs) == 2


def test_sidebar_dates_are_never_the_publication_date() -> None:
    dump = "\n\n".join(
        [
            "Pasar Tradisional Kembali Ramai Setelah Renovasi",
            "Para pedagang di pasar tradisional itu kembali berjualan setelah renovasi selesai "
            "dikerjakan selama tiga bulan oleh pemerintah kota.",
            "Mereka berharap jumlah pembeli terus bertambah menjelang bulan puasa tahun ini.",
            "Populer",
            "Harga Emas Naik Lagi Pagi Ini",
            "Minggu, 08 Februari 2026 | 16:06",
            "Jalan Tol Baru Dibuka untuk Umum",
            "Minggu, 08 Februari 2026 | 15:36",
        ]
    )
    article = _extract(dump)
    assert article.published is None
    assert article.title is None  # no date line to anchor a headline: not guessed
    assert "Harga Emas" not in article.text


def test_short_paragraphs_and_quotes_inside_the_body_are_kept() -> None:
    article = _extract(BROWSER_DUMP)
    assert '"Kami ingin sungai ini kembali hijau," katanya.' in article.paragraphs


def test_listing_page_is_not_an_article() -> None:
    items = []
    for n in range(8):
        items += [
            f"Judul Berita Nomor {n} Tentang Banjir di Kota Hujan",
            f"Senin, 1{n} Februari 2016 | 10:0{n} WIB",
            f"Ringkasan berita nomor {n} yang menceritakan banjir di kota itu dan upaya warga untuk "
            "membersihkan rumah mereka.",
            "",
        ]
    with pytest.raises(NotAnArticle):
        _extract("\n".join(items))


@pytest.mark.parametrize("data", ["", "\n\n\n", "* Home\n* Nasional\n* Ekonomi\nLogin\n", "Advertising\n"])
def test_pages_without_a_body_are_not_articles(data: str) -> None:
    with pytest.raises(NotAnArticle):
        _extract(data)


def test_locate_body_gives_line_indexes() -> None:
    lines = BROWSER_DUMP.splitlines()
    span = locate_body(lines)
    assert span is not None
    start, end = span
    assert lines[start] == BODY[0]
    assert lines[end] == BODY[4]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=40))
def test_any_text_gives_an_article_or_a_clear_refusal(lines: list[str]) -> None:
    try:
        article = _extract("\n".join(lines))
    except NotAnArticle as exc:
        assert exc.reason
    else:
        assert article.paragraphs
        assert all(p.strip() for p in article.paragraphs)


FIXTURES = Path(__file__).parent / "fixtures" / "dumps"

LAYOUTS = {
    # file: (title, outlet, published, authors, editors, dateline, first words, last words, wire)
    "detik.txt": (
        "Petani Jember Panen Raya Jagung, Harga Anjlok",
        "detikcom",
        "2023-02-02T14:30:00+07:00",
        ("Andi Saputra",),
        (),
        "Jember",
        "Jember - Petani",
        "dari luar daerah.",
        (),
    ),
    "cnn.txt": (
        "Korea Selatan Gelar Latihan Militer Besar-besaran",
        "CNN Indonesia",
        "2023-02-02T14:30:00+07:00",
        (),
        (),
        "Jakarta",
        "Jakarta, CNN Indonesia -- Korea Selatan",
        "murni defensif.",
        ("AFP",),
    ),
    "tribun.txt": (
        "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi ke Masjid",
        "Tribunnews.com",
        "2023-02-02T14:30:00+07:00",
        ("Reza Deni",),
        ("Wahyu Aji",),
        "Bekasi",
        "TRIBUNNEWS.COM, BEKASI - Banjir",
        "anak-anak.",
        (),
    ),
    "tempo.txt": (
        "KPK Periksa Tiga Saksi Kasus Korupsi Jalan Tol",
        "Tempo.co",
        "2023-02-02T14:30:00+07:00",
        ("Andita Rahma",),
        ("Febriyan",),
        "Jakarta",
        "TEMPO.CO, Jakarta - Komisi",
        "Merah Putih KPK.",
        (),
    ),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_other_outlet_layouts(name: str) -> None:
    """Invented dumps in the layouts of other outlets (detik, CNN Indonesia, Tribun, Tempo)."""
    title, outlet, published, authors, editors, dateline, first, last, wire = LAYOUTS[name]
    article = _extract((FIXTURES / name).read_text(encoding="utf-8"))
    assert article.title == title
    assert article.outlet == outlet
    assert article.published == published
    assert article.authors == authors
    assert article.editors == editors
    assert article.dateline == dateline
    assert article.paragraphs[0].startswith(first)
    assert article.paragraphs[-1].endswith(last)
    assert set(wire) <= set(article.wire_sources)
    for furniture in ("Baca juga", "ADVERTISEMENT", "Advertising", "Gambas", "Artikel ini telah tayang"):
        assert furniture not in article.text


def test_dates_in_link_lists_above_the_body_are_not_taken() -> None:
    dump = "\n".join(
        [
            "* Senin, 06/02/2023 09:25 WIB",
            "",
            "Harga Minyak Dunia Turun Tajam",
            "",
            "* Minggu, 05/02/2023 23:45 WIB",
            "",
            "Tim Nasional Menang Tipis di Laga Perdana",
            "",
            "Pedagang Pasar Baru Keluhkan Sepinya Pembeli",
            "",
            "Para pedagang di pasar itu mengatakan jumlah pembeli turun sejak awal bulan karena hujan "
            "yang terus turun setiap sore.",
            "",
            "Mereka berharap cuaca segera membaik menjelang akhir pekan.",
        ]
    )
    article = _extract(dump)
    assert article.published is None


def _wrap(data: str, width: int = 76) -> str:
    out: list[str] = []
    for line in data.splitlines():
        out.extend(textwrap.wrap(line, width) or [""])
    return "\n".join(out)


def test_hard_wrapped_dump_reads_like_the_unwrapped_one() -> None:
    plain, wrapped = _extract(BROWSER_DUMP), _extract(_wrap(BROWSER_DUMP))
    assert wrapped.paragraphs == plain.paragraphs
    assert (wrapped.title, wrapped.published, wrapped.authors, wrapped.dateline) == (
        plain.title,
        plain.published,
        plain.authors,
        plain.dateline,
    )


def test_unwrap_leaves_unwrapped_dumps_alone() -> None:
    lines = BROWSER_DUMP.splitlines()
    assert unwrap(lines) == lines


def test_invisible_characters_do_not_hide_furniture() -> None:
    dump = BROWSER_DUMP.replace("Baca juga:", "\u200bBaca juga:").replace("Advertising", "\ufeffAdvertising")
    assert _extract(dump).paragraphs == _extract(BROWSER_DUMP).paragraphs


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZq B-'’‘“”–—…«»(._1\t\"é”İ\u00a0", max_size=40))
def test_lower_ratio_fast_path_counts_the_same_initials_as_the_regex(text: str) -> None:
    """The ASCII fast path of ``_lower_ratio`` finds exactly the word initials ``_INITIAL_RE``
    finds (apostrophes, digits and underscores inside words, hyphens and brackets before them)."""
    from warta.stages.extract_text import _INITIAL_RE, _lower_ratio

    initials = _INITIAL_RE.findall(text)
    expected = sum(map(str.islower, initials)) / len(initials) if initials else 0.0
    assert _lower_ratio(text) == expected
