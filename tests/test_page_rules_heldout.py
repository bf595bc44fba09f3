"""Unit checks of the page-grammar rules added for the held-out text dumps (invented lines).

Each rule is a property of Indonesian news pages met on outlets the cleaner was not written
against (see ``tests/fixtures/heldout_text``): English page dates, bracketed dates in captions,
bylines shaped "Name, Outlet" or "Name , Jurnalis · date", Title Case headlines that look like
names, DW's "ae/hp (Reuters, AFP)" credit, datelines in brackets or with a colon, teasers of dated
list items, and a quote paragraph after a "Baca juga:" link.
"""

from __future__ import annotations

import pytest

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import RawDoc
from warta.stages import metadata as m
from warta.stages.extract_text import extract_text, unwrap


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("14 March 2023 10:32", "2023-03-14T10:32:00+07:00"),
        ("Wednesday, 15 March 2023 19:40 WIB", "2023-03-15T19:40:00+07:00"),
        ("14.03.2023", "2023-03-14"),
        ("Rabu, 10 Mei 2023 14:20 WITA", "2023-05-10T14:20:00+08:00"),
    ],
)
def test_page_dates(line: str, want: str) -> None:
    assert m.parse_published(line) == want


def test_dotted_numbers_are_no_dates() -> None:
    assert m.parse_published("harga naik 1.250.000 rupiah") is None
    assert m.parse_published("versi 2.03-2023") is None


@pytest.mark.parametrize(
    ("line", "bracketed"),
    [
        ("Foto: Antrean di pelabuhan, Rabu (10/5/2023). (Nama/detikBali)", True),
        ("Selasa, 14 Maret 2023 16:30 WIT", False),
        ("Penulis: Ayu (Jakarta) | 14/03/2023 10:15", False),
    ],
)
def test_only_bracketed_date(line: str, bracketed: bool) -> None:
    assert m._only_bracketed_date(line) is bracketed


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Andika Hendra Mustaqim", True),
        ("Ita Lismawati F Malau", True),
        ("Hari Santoso", True),
        ("Jokowi Resmikan Bendungan Baru", False),
        ("Polisi Tangkap Pelaku Begal", False),
        ("KPK Periksa Tiga Saksi", False),
        ("Kenaikan Tarif Angkot", False),
    ],
)
def test_headlines_are_no_names(text: str, is_name: bool) -> None:
    assert m.is_person_name(text) is is_name


def test_name_comma_outlet_byline() -> None:
    assert m._name_comma_outlet("Aulia Kusuma, CNBC Indonesia")
    assert not m._name_comma_outlet("Aulia Kusuma, Jakarta Selatan")


def test_dw_initials_before_wires() -> None:
    assert m.source_credits("ae/hp (Reuters, AFP, dpa)") == ["Reuters", "AFP", "dpa"]
    assert m.source_credits("(Reuters)") == ["Reuters"]


def test_datelines() -> None:
    voa = m.parse_dateline("WASHINGTON DC (VOA) — Kongres menyetujui aturan baru itu.")
    assert voa is not None and voa.city == "Washington DC" and voa.outlet == "VOA Indonesia"
    assert m.is_colon_dateline("Seoul: Pemerintah Korea Selatan menambah anggaran.")
    assert not m.is_colon_dateline("Catatan: Pemerintah menambah anggaran.")


def test_columnist_byline() -> None:
    assert m._columnist("Bayu Setiawan Dosen Teknik Lingkungan, Universitas Andalas") == "Bayu Setiawan"
    assert m._columnist("Dosen Teknik Lingkungan Universitas Andalas") is None


def test_outlet_credit_line() -> None:
    assert m.is_outlet_credit("IDN Times/Asrhawi Muin")
    assert not m.is_outlet_credit("Jokowi/Prabowo Bertemu Lagi")


def _clean(text: str) -> list[str]:
    return list(extract_text(RawDoc("page.txt", "text", text), Options()).paragraphs)


PAGE_WITH_INSERT = """Beranda
Berita
Jembatan Desa Ambrol Diterjang Banjir Sore Tadi
Rina Putri - detikJateng
Selasa, 21 Mar 2023 19:05 WIB
Boyolali - Jembatan penghubung dua desa ambrol setelah diterjang banjir pada Selasa sore ini.
Kepala desa mengatakan jembatan itu dibangun puluhan tahun lalu dan belum pernah diperbaiki.
Baca juga:
Banjir Rendam Ratusan Rumah Warga di Sukoharjo
"Fondasinya memang sudah keropos, tinggal menunggu waktu saja," kata kepala desa itu.
Warga berharap jembatan darurat segera dibangun agar anak-anak bisa kembali bersekolah.
Berita Terkait
Banjir Rendam Ratusan Rumah Warga di Sukoharjo
Copyright @ 2023 detikcom
"""


def test_quote_after_insert_link_is_body() -> None:
    """The insert's headline is listed again below the body: the sentence after it stays body."""
    paragraphs = _clean(PAGE_WITH_INSERT)
    assert any(p.startswith('"Fondasinya') for p in paragraphs)
    assert not any("Sukoharjo" in p for p in paragraphs)


DATED_LIST = """Tag
harga beras
Bulog salurkan beras ke dua ratus pasar di Jawa Barat
Perum Bulog menyalurkan beras stabilisasi harga ke dua ratus pasar tradisional di Jawa Barat pekan ini.
14 Maret 2023 19:20
Harga beras medium di Medan naik lima ratus rupiah
Pedagang di sejumlah pasar di Kota Medan menaikkan harga beras medium karena pasokan berkurang.
14 Maret 2023 15:05
Mendag pastikan stok beras cukup hingga Lebaran tiba
Menteri Perdagangan memastikan stok beras nasional cukup untuk kebutuhan masyarakat hingga Lebaran.
13 Maret 2023 12:10
"""


def test_dated_list_items_are_a_listing() -> None:
    with pytest.raises(NotAnArticle):
        _clean(DATED_LIST)


def test_wrap_width_ignores_one_stray_long_line() -> None:
    words = ("kata " * 200).split()
    lines, line = [], ""
    for word in words:
        if len(line) + 1 + len(word) > 78:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    page = ["x" * 90, "", *lines]
    assert len(unwrap(page)) == 3


def test_ordinal_english_date() -> None:
    assert m.parse_published("24th March 2023 17:05") == "2023-03-24T17:05:00+07:00"


def test_contributor_byline_without_colon() -> None:
    assert m.byline_people("Penulis Kontributor Demak, Ari Widodo | Editor Khairina") == [
        ("author", "Ari Widodo"),
        ("editor", "Khairina"),
    ]


def test_lower_case_byline_with_place_and_date() -> None:
    match = m.BY_RE.match("oleh Lusia Arumingtyas [Cilacap] di 14 March 2023")
    assert match is not None and match.group(1) == "Lusia Arumingtyas"
    assert unwrap(
        ["Nelayan Keluhkan Hasil Tangkapan", "oleh Lusia Arumingtyas [Cilacap] di 14 March 2023"]
    ) == [
        "Nelayan Keluhkan Hasil Tangkapan",
        "oleh Lusia Arumingtyas [Cilacap] di 14 March 2023",
    ]


MASTHEAD_DATE = """Kamis, 23 November 2023 – 09:12 WIB
Home
Politik
Hukum
Ekonomi
Daerah
Ribuan Guru Honorer Ikuti Seleksi PPPK di Tiga Provinsi
Penulis: Mesya Mohamad
Ribuan guru honorer mengikuti seleksi pegawai pemerintah dengan perjanjian kerja di tiga provinsi pekan ini.
Ketua forum guru honorer setempat mengatakan sebagian peserta sudah mengabdi lebih dari sepuluh tahun.
"""


def test_masthead_date_is_not_published() -> None:
    """The date a site prints above its menu is today's, not the article's."""
    article = extract_text(RawDoc("page.txt", "text", MASTHEAD_DATE), Options())
    assert article.published is None
    assert article.title == "Ribuan Guru Honorer Ikuti Seleksi PPPK di Tiga Provinsi"


@pytest.mark.parametrize(
    "line",
    [
        "Lihat postingan ini di Instagram",
        "Sebuah kiriman dibagikan oleh Dewi Anjani (@dewianjani)",
        "— Rina (@rinapagi) March 14, 2023",
    ],
)
def test_social_embed_frames_are_furniture(line: str) -> None:
    from warta.stages.postfilter import boilerplate_kind

    assert boilerplate_kind(line) == "share"


def test_names_on_one_header_line() -> None:
    assert m._name_list("Erick Tanjung | Yasinta Rahmawati") == ["Erick Tanjung", "Yasinta Rahmawati"]
    assert m._name_list("Nasional | Politik") == []
    assert not m.is_headline("Erick Tanjung | Yasinta Rahmawati")


@pytest.mark.parametrize("name", ["ANDI SAPUTRA", "Sonya Michaella", "Furkan Yilmaz", "Arkan Prasetyo"])
def test_names_spared_by_the_headline_vocabulary(name: str) -> None:
    assert m.is_person_name(name)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("March 16, 2023 | 2:45 pm", "2023-03-16T14:45:00+07:00"),
        ("March 16, 2023 | 12:10 am", "2023-03-16T00:10:00+07:00"),
    ],
)
def test_month_first_english_dates(line: str, want: str) -> None:
    assert m.parse_published(line) == want


KOMPASID = """Ekonomi
Petani Sawit Swadaya Tertekan Harga Pupuk
Harga tandan buah segar belum pulih, sementara harga pupuk nonsubsidi masih tinggi.
Oleh
RINI KUSTIASIH
· 4 menit baca
Petani memanen tandan buah segar sawit di Kabupaten Kampar, Riau, Selasa (11/4/2023).
KOMPAS/RINI KUSTIASIH
Petani sawit swadaya di Riau mengeluhkan harga pupuk yang belum turun dan harga sawit masih rendah.
Ketua asosiasi petani sawit di Kampar mengatakan biaya pupuk kini menyerap hampir separuh pendapatan petani.
"""


def test_byline_header_and_credit_closed_caption() -> None:
    """Deck, "Oleh" / NAME and a caption closed by a lone credit line stay out of the body; the
    headline above the deck is read although the page states no date."""
    article = extract_text(RawDoc("page.txt", "text", KOMPASID), Options())
    assert article.paragraphs[0].startswith("Petani sawit swadaya di Riau")
    assert article.title == "Petani Sawit Swadaya Tertekan Harga Pupuk"
    assert list(article.authors) == ["Rini Kustiasih"]


def test_month_words_in_given_names() -> None:
    assert m.is_person_name("Yus Mei Sawitri")
    assert m.is_person_name("April Lestari")
    assert not m.is_person_name("Mei")
    assert not m.is_person_name("Senin Pagi")


def test_reporter_line_with_a_two_word_outlet() -> None:
    from warta.stages.byline_names import _REPORTER_OF_RE

    match = _REPORTER_OF_RE.match("Laporan Reporter Tribun Jogja, Ahmad Syarifudin")
    assert match is not None and match.group("name") == "Ahmad Syarifudin"


def test_labelled_credit_keeps_what_the_page_says() -> None:
    """The headline-vocabulary test only judges unlabelled lines: "Editor: PR Wire" is a credit."""
    assert m.byline_people("Editor: PR Wire") == [("editor", "PR Wire")]
    assert not m.is_person_name("PR Wire")


def test_radar_network_and_about_box() -> None:
    assert m.canonical_outlet("RADAR JOGJA") == "Radar Jogja"
    assert m.canonical_outlet("radarsolo.id") == "Radar Solo"
    page = (
        "Cek Fakta\nCek Fakta: Hoaks Kuota Internet Gratis Menjelang Lebaran\n20 Apr 2023, 08:00 WIB\n"
        "Liputan6.com, Jakarta - Beredar pesan berantai yang menyebut pemerintah membagikan kuota gratis.\n"
        "Klaim pemerintah membagikan kuota internet gratis itu adalah hoaks yang menyesatkan warga.\n"
        "Tentang Cek Fakta Liputan6.com\n"
        "Melawan hoaks sama saja melawan pembodohan, itu yang mendasari kami membuat kanal ini.\n"
    )
    article = extract_text(RawDoc("page.txt", "text", page), Options())
    assert not any("pembodohan" in p for p in article.paragraphs)


def test_inline_insert_is_cut() -> None:
    from warta.stages.postfilter import strip_inline_insert

    text = "Warga memilih naik kereta. Baca juga: Daftar 26 Ruas Jalan Ganjil Genap"
    assert strip_inline_insert(text) == "Warga memilih naik kereta."
    assert strip_inline_insert("Ia juga hadir. Ia juga bicara.") == "Ia juga hadir. Ia juga bicara."


def test_outlet_with_channel_is_no_city() -> None:
    assert m.parse_dateline("VIVA Otomotif – Sejumlah produsen mobil listrik menambah diler.") is None


def test_names_listed_over_lines_after_a_label() -> None:
    page = (
        "Otomotif\nProdusen Mobil Listrik Tambah Jaringan Diler di Luar Jawa\n"
        "Rabu, 12 Juli 2023 - 13:40 WIB\nOleh :\nYunisa Herawati,\nMuhammad Thoifur\nEditor :\nIsra Berlian\n"
        "VIVA Otomotif – Sejumlah produsen mobil listrik mulai memperluas jaringan diler ke luar Jawa.\n"
        "Salah satu produsen menargetkan membuka sepuluh diler baru hingga akhir tahun ini.\n"
    )
    article = extract_text(RawDoc("page.txt", "text", page), Options())
    assert list(article.authors) == ["Yunisa Herawati", "Muhammad Thoifur"]
    assert list(article.editors) == ["Isra Berlian"]


def test_name_with_outlet_in_brackets() -> None:
    assert m._name_comma_outlet("Nina A. Loasana (The Jakarta Post)")
    assert not m.is_headline("Nina A. Loasana (The Jakarta Post)")


DATED_ITEMS = """Tag
Kereta Cepat
Kereta Cepat Jakarta-Bandung Layani 10 Ribu Penumpang per Hari
Jumat, 3 November 2023 08:15 WIB
Penumpang kereta cepat terus bertambah sejak tarif promo diberlakukan bulan lalu.
Stasiun Kereta Cepat Tegalluar Tambah Area Parkir
Kamis, 2 November 2023 19:40 WIB
Pengelola menambah kapasitas parkir untuk mengantisipasi lonjakan penumpang akhir pekan.
Tarif Promo Kereta Cepat Diperpanjang hingga Akhir Tahun
Kamis, 2 November 2023 10:05 WIB
Operator memperpanjang tarif promo karena okupansi belum mencapai target.
"""


def test_headline_date_teaser_items_are_a_listing() -> None:
    with pytest.raises(NotAnArticle):
        _clean(DATED_ITEMS)


BRIEF_ABOVE_DATED_LIST = """Nasional
Gempa Magnitudo 5,2 Guncang Sukabumi, Tak Berpotensi Tsunami
Senin, 13 Mar 2023 07:45 WIB
Gempa bumi bermagnitudo 5,2 mengguncang wilayah Sukabumi, Jawa Barat, Senin pagi. Badan Meteorologi menyatakan gempa tidak berpotensi tsunami dan warga diminta tetap tenang serta tidak mudah percaya pada kabar bohong.
Berita Terkait
Gempa Magnitudo 4,8 Guncang Garut
Minggu, 12 Mar 2023 22:10 WIB
BMKG mencatat gempa terasa hingga Tasikmalaya tanpa laporan kerusakan.
Gempa Susulan Terjadi di Cianjur
Minggu, 12 Mar 2023 14:05 WIB
Warga sempat berhamburan keluar rumah saat gempa susulan terasa.
Gempa Kecil Guncang Lembang
Sabtu, 11 Mar 2023 09:30 WIB
Getaran dirasakan warga selama beberapa detik.
"""  # noqa: E501


def test_one_paragraph_brief_above_a_dated_list_is_an_article() -> None:
    """The brief's own headline / date / lead is one item in shape: the listing rule wants two."""
    assert _clean(BRIEF_ABOVE_DATED_LIST)[0].startswith("Gempa bumi bermagnitudo 5,2")


def test_affiliation_under_the_name() -> None:
    assert m._is_affiliation("Mahasiswa Sosiologi Universitas Brawijaya")
    assert not m.is_person_name("Mahasiswa Sosiologi Universitas Brawijaya")
    assert m.is_person_name("Rahmat Hidayatullah")
