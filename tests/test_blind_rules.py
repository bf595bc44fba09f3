"""Unit checks of the page-grammar rules added for the blind batch (invented lines).

Each rule is a property of Indonesian news pages met in ``tests/fixtures/heldout_blind`` on outlets
the cleaner was not written against: "Mengutip X" wire credits, a "Baca Juga" box of several
headlines inside the body, "*ind" sign-offs, captions under a lone credit line or a caption label,
"(DOK/OUTLET)" credits, two writers joined by "&", regional newsrooms outside the networks, a
shouted city glued to an en dash, and an HTML header date printed after an icon element.
"""

from __future__ import annotations

import lxml.html
import pytest

from warta.lang.id import regional_outlets as ro
from warta.options import Options
from warta.records import RawDoc
from warta.stages import html_metadata as hm
from warta.stages import metadata as m
from warta.stages.extract_text import extract_text
from warta.stages.wire_credits import wire_sources_in

MENU = "Beranda\nNasional\nDaerah\nEkonomi\nOlahraga\nHiburan\nBeranda\nDaerah\n"
FOOTER = "Berita Terkait\nTentang Kami\nPedoman Media Siber\n"


def _clean(page: str) -> tuple[list[str], dict[str, object]]:
    article = extract_text(RawDoc("page.txt", "text", page), Options())
    return list(article.paragraphs), article.to_json()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mengutip Xinhua, Kamis (19/10/2023), jalur itu dibuka untuk umum.", ["Xinhua"]),
        ("Mengutip dari Al Jazeera, sedikitnya 17 orang hilang.", ["Al Jazeera"]),
        ("Warga mengutip pernyataan bupati dalam rapat desa.", []),
    ],
)
def test_mengutip_is_a_wire_cue(text: str, want: list[str]) -> None:
    """The verb prefix meng- drops the k of "kutip": the cue's trigger must still fire."""
    assert wire_sources_in(text) == want


def test_quote_after_a_baca_juga_box_of_several_headlines_is_body() -> None:
    page = (
        MENU + "Warga Desa Tanam Pohon Mangrove di Pesisir Utara\nSelasa, 17 Oktober 2023 14:20 WIB\n"
        "Pemerintah desa mengajak warga menanam ribuan bibit mangrove di sepanjang pesisir utara pekan ini.\n"
        "Kepala desa mengatakan bibit itu berasal dari kelompok tani setempat yang dibina sejak tahun lalu.\n"
        "Baca Juga\nHarga Ikan Asin Naik Menjelang Akhir Tahun\nNelayan Keluhkan Solar Langka\n"
        '"Kami ingin pesisir kembali hijau supaya abrasi berhenti," ujarnya kepada wartawan di balai desa.\n'
        "Penanaman akan dilanjutkan bulan depan dengan melibatkan sekolah-sekolah di kecamatan itu.\n"
        + FOOTER
        + "Harga Ikan Asin Naik Menjelang Akhir Tahun\nNelayan Keluhkan Solar Langka\n"
    )
    paragraphs, _ = _clean(page)
    assert any(p.startswith('"Kami ingin pesisir') for p in paragraphs)
    assert not any("Ikan Asin" in p for p in paragraphs)


def test_star_sign_off_ends_the_last_paragraph() -> None:
    page = (
        MENU + "Desa Adat Atur Jam Buka Warung di Tepi Pantai\nSelasa, 24 Oktober 2023 | 10:05 WITA\n"
        "DENPASAR, NusaBali - Desa adat di pesisir selatan mengatur jam buka warung di tepi pantai.\n"
        "Aturan itu disepakati dalam paruman desa yang dihadiri para pemilik usaha dan tokoh masyarakat.\n"
        "Pemilik warung yang melanggar akan dikenai sanksi adat berupa denda. *ind\n" + FOOTER
    )
    paragraphs, record = _clean(page)
    assert paragraphs[-1].startswith("Pemilik warung yang melanggar")
    assert record["outlet"] == "NusaBali" and record["dateline"] == "Denpasar"


def test_caption_under_a_lone_credit_line_is_no_lead() -> None:
    page = (
        MENU + "Sekolah Darurat Dibuka untuk Anak Nelayan\n"
        "Penulis: Rindang Saputri | Editor: Heryanto Dwi\nPada: Senin, 16 Okt 2023, 10:15 WIB\n"
        "MI/Ardiansyah Lubis\n"
        "Sejumlah siswa belajar di ruang kelas darurat, Senin (16/10).\n"
        "SEBANYAK 120 anak nelayan di pesisir utara mulai belajar di sekolah darurat yang dibuka pemda.\n"
        "Sekolah itu menempati bekas balai desa yang direnovasi dengan dana gotong royong warga setempat.\n"
        + FOOTER
    )
    paragraphs, record = _clean(page)
    assert paragraphs[0].startswith("SEBANYAK 120")
    assert record["authors"] == ["Rindang Saputri"] and record["editors"] == ["Heryanto Dwi"]


def test_dok_outlet_credit_closes_a_caption_and_glued_city_dateline() -> None:
    page = (
        MENU + "Antrean Kendaraan Mengular di Pelabuhan Penyeberangan\nMinggu, 22 Oktober 2023 | 19:30 WITA\n"
        "Reporter: Nurul Hikmah Sitorus\n"
        "Ilustrasi antrean kendaraan di pelabuhan. (DOK/KALTIM POST)\n"
        "BALIKPAPAN–Antrean kendaraan roda empat di pelabuhan penyeberangan mengular hingga dua kilometer.\n"
        "Petugas pelabuhan menambah dua kapal feri untuk mengurai kepadatan sejak sore hari tadi.\n"
        + FOOTER
        + "© 2023 Kaltim Post. All rights reserved\n"
    )
    paragraphs, record = _clean(page)
    assert not any("DOK/KALTIM" in p for p in paragraphs)
    assert record["dateline"] == "Balikpapan" and record["outlet"] == "Kaltim Post"
    assert record["published"] == "2023-10-22T19:30:00+08:00"


def test_two_writers_joined_by_ampersand_over_the_outlet_line() -> None:
    page = (
        MENU + "Nelayan di pulau terluar menolak rencana tambak udang skala besar\n"
        "Rahmat Hidayat & Siska Amelia\nBBC News Indonesia\n23 Oktober 2023\n"
        "Ratusan nelayan tradisional di pulau terluar menolak rencana pembukaan tambak udang skala besar.\n"
        "Mereka khawatir hutan bakau di pesisir rusak dan tangkapan ikan berkurang dalam beberapa tahun.\n"
        + FOOTER
    )
    _, record = _clean(page)
    assert record["title"] == "Nelayan di pulau terluar menolak rencana tambak udang skala besar"
    assert record["authors"] == ["Rahmat Hidayat", "Siska Amelia"]


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("MANGUPURA, NusaBali - Desa adat membatasi jam operasional.", "Mangupura", "NusaBali"),
        ("BALIKPAPAN–Antrean kendaraan mengular di pelabuhan.", "Balikpapan", None),
        ("Jakarta - Pemerintah menambah kuota.", "Jakarta", None),
    ],
)
def test_regional_datelines(line: str, city: str, outlet: str | None) -> None:
    parsed = m.parse_dateline(line, first_line=True)
    assert parsed is not None and (parsed.city, parsed.outlet) == (city, outlet)


def test_glued_hyphen_compound_is_no_dateline() -> None:
    """Only an en or em dash glues a dateline to its text; "JAKARTA-BANDUNG" is a compound."""
    assert m.parse_dateline("JAKARTA-BANDUNG kini bisa ditempuh satu jam.", first_line=True) is None


def test_regional_newsrooms_are_outlets_but_everyday_words_are_not() -> None:
    assert m.canonical_outlet("Kaltim Post") == "Kaltim Post"
    assert m.canonical_outlet("nusabali.com") == "NusaBali"
    assert m.canonical_outlet("Suara Papua") == "Suara Papua"
    assert all(" " not in t for t in ro.INDEPENDENT_DATELINE_TOKENS)
    for word in ("Waspada", "Analisa", "Haluan", "Kedaulatan Rakyat"):
        assert m.canonical_outlet(word) is None


def test_header_date_after_an_icon_element() -> None:
    page = lxml.html.fromstring(
        "<html><body><h1>Pemprov percepat distribusi air bersih</h1>"
        '<p class="meta"><span><i class="fa fa-clock"></i> Sabtu, 28 Oktober 2023 12:42 WITA</span></p>'
        "<div><p>Pemerintah provinsi mempercepat distribusi air bersih ke desa terdampak.</p></div>"
        "</body></html>"
    )
    found = hm.header_date(page, "Pemprov percepat distribusi air bersih")
    assert found is not None
    assert found[0].isoformat() == "2023-10-28T12:42:00+08:00" and found[1]


@pytest.mark.parametrize(
    ("line", "city", "outlet"),
    [
        ("BANDAR LAMPUNG (Lampost.co) -- Harga cabai naik.", "Bandar Lampung", "Lampung Post"),
        ("suarasurabaya.net| Wali Kota meminta warga membersihkan saluran.", None, "Suara Surabaya"),
    ],
)
def test_bracketed_and_piped_outlet_datelines(line: str, city: str | None, outlet: str) -> None:
    parsed = m.parse_dateline(line, first_line=True)
    assert parsed is not None and (parsed.city, parsed.outlet) == (city, outlet)


def test_laporan_oleh_is_a_byline_not_the_title() -> None:
    page = (
        MENU + "Wali Kota Minta Warga Bersihkan Saluran Air Jelang Musim Hujan\n"
        "Laporan oleh Dian Puspitasari\nEditor: Bambang Hermanto\nJumat, 3 November 2023 | 15:50 WIB\n"
        "Petugas membersihkan saluran air di pusat kota, Jumat (3/11/2023). Foto: Dian suarasurabaya.net\n"
        "suarasurabaya.net| Wali Kota meminta warga membersihkan saluran air menjelang musim hujan.\n"
        "Banyak genangan tahun lalu terjadi karena saluran tersumbat sampah rumah tangga warga kota.\n"
        "(TribunJabar.id/Asep Hidayat)\n" + FOOTER
    )
    paragraphs, record = _clean(page)
    assert record["title"] == "Wali Kota Minta Warga Bersihkan Saluran Air Jelang Musim Hujan"
    assert record["authors"] == ["Dian Puspitasari"] and record["editors"] == ["Bambang Hermanto"]
    assert paragraphs[0].startswith("suarasurabaya.net| Wali Kota")
    assert not any("Foto: Dian" in p or "Asep Hidayat" in p for p in paragraphs)


@pytest.mark.parametrize(
    ("last", "dropped"),
    [
        ("MUTIA RAHMADANI", True),
        ("ANTARA | HENDRA WIJAYA", True),
        ("KPK TAHAN DUA TERSANGKA", False),
        ("Motorcycles are exempt from the rule.", False),
    ],
)
def test_shouted_names_closing_an_html_body(last: str, dropped: bool) -> None:
    from warta.stages.extract_html import drop_closing_names

    body = ["The rule applies to 26 roads in the capital.", last]
    assert (drop_closing_names(body) == body[:1]) is dropped


def test_outlet_name_as_dateline_is_no_city() -> None:
    page = (
        "Harian Disway\n" + MENU + "Pemkot Buka Pendaftaran Beasiswa untuk Anak Nelayan\n"
        "Senin 06-11-2023,09:15 WIB\nReporter: Faisal Akbar\n"
        "HARIAN DISWAY - Pemerintah kota membuka pendaftaran beasiswa pendidikan untuk anak nelayan.\n"
        "Beasiswa itu mencakup biaya sekolah, seragam, dan uang transportasi selama satu tahun.\n"
        + FOOTER
        + "Copyright © 2023 Harian Disway. All rights reserved.\n"
    )
    _, record = _clean(page)
    assert record["outlet"] == "Harian Disway" and record["dateline"] is None
    assert record["published"] == "2023-11-06T09:15:00+07:00"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("PALU-Nelayan di pesisir Teluk Palu mengeluhkan harga solar.", "Palu"),
        ("JAKARTA-BANDUNG kini bisa ditempuh satu jam.", None),
        ("KENDARAAN-Nelayan menunggu di dermaga.", None),
    ],
)
def test_shouted_known_city_glued_by_a_hyphen(line: str, city: str | None) -> None:
    parsed = m.parse_dateline(line, first_line=True)
    assert (parsed.city if parsed else None) == city


def test_header_date_and_time_in_sibling_elements() -> None:
    page = lxml.html.fromstring(
        "<html><body><h1>Subak di Tabanan mulai tanam serentak</h1>"
        '<div class="meta"><span>6 November 2023</span> <span>12:30 WITA</span></div>'
        "<div><p>Sejumlah subak mulai menanam padi secara serentak pekan ini.</p></div></body></html>"
    )
    found = hm.header_date(page, "Subak di Tabanan mulai tanam serentak")
    assert found is not None and found[0].isoformat() == "2023-11-06T12:30:00+08:00"


@pytest.mark.parametrize(
    ("last", "want"),
    [
        (
            "Luas tanam tahun ini 1.200 hektare. (Ketut Sujana Putra/balipost)",
            "Luas tanam tahun ini 1.200 hektare.",
        ),
        ("Anggaran disusun kementerian. (Kementerian Keuangan/Kemenkeu)", None),
    ],
)
def test_name_and_outlet_sign_off_closing_an_html_body(last: str, want: str | None) -> None:
    from warta.stages.extract_html import strip_closing_code

    paragraphs, _ = strip_closing_code(["Petani mulai menanam padi.", last])
    assert paragraphs[-1].strip() == (want or last)


def test_an_image_address_under_the_byline_is_no_continuation() -> None:
    page = (
        MENU + "BMKG Peringatkan Gelombang Tinggi di Perairan Selatan Sulawesi\n"
        "Nur Ilham Syam , Jurnalis · Senin 13 November 2023 14:20 WITA\n"
        "https://img.example.com/gelombang.jpg\n"
        "MAKASSAR - Badan meteorologi memperingatkan potensi gelombang tinggi di perairan selatan Sulawesi.\n"
        "Nelayan dan operator kapal penyeberangan diminta menunda pelayaran apabila cuaca memburuk.\n"
        + FOOTER
    )
    _, record = _clean(page)
    assert record["published"] == "2023-11-13T14:20:00+08:00"
    assert record["authors"] == ["Nur Ilham Syam"]


def test_mengutip_credits_a_medium_only_opening_a_sentence_or_clause() -> None:
    """ "Mengutip X," opening a sentence (or after a comma) credits a medium; after a subject it is
    someone quoting a person."""
    from warta.stages.wire_credits import wire_sources_in

    assert wire_sources_in("Mengutip Kantor Berita Nusantara, Kamis (4/3/2021), harga naik.") == [
        "Kantor Berita Nusantara"
    ]
    assert wire_sources_in("Harga minyak naik tajam, mengutip Reuters.") == ["Reuters"]
    assert wire_sources_in("Lembaga itu merilis pernyataan yang mengutip Budi Santoso, kemarin.") == []
    assert wire_sources_in("Penulis buku itu (2021) mengutip Adam Smith tentang pasar.") == []
