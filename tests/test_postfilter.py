"""The Indonesian boilerplate post-filter: furniture goes, body paragraphs (short ones too) stay.

All sentences here are invented for the tests.
"""

from __future__ import annotations

import pytest

from warta.stages.postfilter import (
    boilerplate_kind,
    filter_paragraphs,
    is_boilerplate_line,
    may_end_with_credit,
    split_closing_credit,
)

BODY = [
    "BANDUNG, KOMPAS.com - Warga Desa Sukamaju menanam seribu pohon mangga di tepi sungai pada Minggu pagi.",
    "Kepala desa mengatakan kegiatan itu akan diulang setiap tahun.",
    '"Kami ingin sungai ini hijau lagi," katanya.',
    "Oleh karena itu, warga diminta ikut merawat bibit yang sudah ditanam.",
    "Sumber air di desa itu kini semakin sedikit karena kemarau panjang tahun ini.",
    "Menurut laporan Reuters, harga beras di pasar dunia naik tajam bulan lalu.",
    "Ia tiba.",
]

BOILERPLATE = [
    ("Baca juga: Petani Kopi di Garut Panen Lebih Awal", "insert"),
    ("BACA JUGA : Harga Cabai Turun Lagi", "insert"),
    ("Baca Juga", "insert"),
    ("Simak juga: Video Banjir di Kota Hujan", "insert"),
    ("Lihat juga: Galeri Foto Festival Layang-layang", "insert"),
    ("Advertising", "ad"),
    ("Close Ads X", "ad"),
    ("Baca berita tanpa iklan. Gabung Contoh.com+", "insert"),
    ("Scroll to continue with content", "ad"),
    (
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
        "akses berita Contoh.com WhatsApp Channel : https://www.whatsapp.com/channel/abc.",
        "promo",
    ),
    ("Ikuti berita terkini dari Contoh.co di Google News, klik di sini.", "promo"),
    ("Bagikan artikel ini melalui", "share"),
    ("Copy link", "share"),
    ("Berkomentarlah secara bijaksana dan bertanggung jawab.", "comment"),
    ("Laporkan Komentar", "comment"),
    ("Halaman:", "pager"),
    ("Halaman 1 2 3", "pager"),
    ("Copyright © CONTOH 2023", "copyright"),
    ("© 2010 - 2016 contoh.com, All Rights Reserved", "copyright"),
    ("Sumber: Reuters", "credit"),
    ("Sumber Reuters", "credit"),
    ("(abc/def)", "credit"),
    ("Penulis: Budi Santoso", "byline"),
    ("Editor : Siti Aminah", "byline"),
    ("Penerjemah: Joko Widodo", "byline"),
    ("Penulis", "byline"),
    ("Para petani memanen padi di sawah. ANTARA FOTO/Budi Setiawan/foc.", "caption"),
    ("Warga melihat banjir di pusat kota. AFP PHOTO/JOHN DOE", "caption"),
    ("Dua menteri berjabat tangan di Jakarta. [Nama Fotografer / Pool via REUTERS]", "caption"),
    ("Suasana pasar pagi hari (Foto: Dok. Pribadi)", "caption"),
    ("Ilustrasi/Net", "caption"),
    ("5 jam lalu", "timestamp"),
    ("dibaca 1.234 kali", "timestamp"),
    ("Advertisement Scroll untuk membaca", "ad"),
    ("Pilihan Editor: Jembatan Baru Diresmikan Pekan Depan", "insert"),
    ("Read also: Bali Tourist Levy Collects More Than Expected", "insert"),
    ("Click here to get the latest news updates from Contoh on Google News", "promo"),
    ('Mari bergabung di Grup Telegram "Contoh News Update", caranya klik link berikut.', "promo"),
    ("Saksikan live streaming program-program Contoh TV di sini", "promo"),
    ("Tags: air pollution emission test", "share"),
    ("*) Nama Penulis adalah dosen di sebuah perguruan tinggi negeri.", "promo"),
    ("Tulisan ini adalah pendapat pribadi penulis, tidak mewakili redaksi.", "promo"),
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE)
def test_boilerplate_is_recognised(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", BODY)
def test_body_paragraphs_are_kept(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_filter_keeps_body_in_order_and_drops_inserts_wherever_they_stand() -> None:
    mixed = [BODY[0], BOILERPLATE[0][0], BODY[1], BODY[2], "Advertising", BODY[3], "Halaman:", BODY[6]]
    assert filter_paragraphs(mixed) == [BODY[0], BODY[1], BODY[2], BODY[3], BODY[6]]


def test_filter_drops_related_headers_and_section_labels() -> None:
    assert filter_paragraphs(["Terkini Lainnya", "Global", BODY[1], "Berita terkait"]) == [BODY[1]]


@pytest.mark.parametrize(
    "line",
    [
        "Sumber air bersih di desa itu menipis.",
        "Ikuti aturan di jalan raya, kata polisi.",
        "Hak cipta lagu itu dimiliki oleh penciptanya sejak 1990.",
        "Masuk akal, katanya.",
    ],
)
def test_prose_that_looks_like_furniture_is_kept(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_rare_triggers_cover_every_anywhere_rule() -> None:
    """Each literal of the anywhere-rules holds one of the cheap triggers (else it never runs)."""
    from warta.lang.id import page_grammar as g

    literals = (*g.PROMO_ANYWHERE, *g.COMMENT_ANYWHERE, *g.COPYRIGHT_TRIGGERS, *g.PHOTO_CREDIT_WORD_TRIGGERS)
    for literal in literals:
        assert any(t in literal.lower() for t in g.RARE_TRIGGERS), literal


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Penulis Ayu Lestari | Editor Bambang Sutrisno", "byline"),
        ("(AFP/Reuters)", "credit"),
        ("(Reuters)", "credit"),
    ],
)
def test_more_credit_forms(line: str, kind: str) -> None:
    assert boilerplate_kind(line) == kind


def test_bare_label_words_in_prose_are_not_bylines() -> None:
    assert boilerplate_kind("Red Bull Racing Menang Lagi") is None
    assert boilerplate_kind("Editor Majalah itu mengatakan hal yang sama kemarin.") is None


@pytest.mark.parametrize(
    ("paragraph", "body", "credit"),
    [
        (
            "Kapal itu dikawal ke Batam untuk proses hukum. (Antara)",
            "Kapal itu dikawal ke Batam untuk proses hukum.",
            "(Antara)",
        ),
        ("Kerugian ditaksir miliaran rupiah. [ded]", "Kerugian ditaksir miliaran rupiah.", "[ded]"),
        (
            "Polisi mengatur lalu lintas di simpang itu. (iwd/iwd)",
            "Polisi mengatur lalu lintas di simpang itu.",
            "(iwd/iwd)",
        ),
        ("Patroli ditingkatkan mulai bulan depan. (Z-7)", "Patroli ditingkatkan mulai bulan depan.", "(Z-7)"),
        ("Data itu dibagikan ke negara tetangga. - AFP", "Data itu dibagikan ke negara tetangga.", "(AFP)"),
        ("Pencarian berlangsung tujuh hari. (*)", "Pencarian berlangsung tujuh hari.", "(*)"),
    ],
)
def test_closing_credit_is_split_off(paragraph: str, body: str, credit: str) -> None:
    assert split_closing_credit(paragraph) == (body, credit)
    assert filter_paragraphs([paragraph]) == [body]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pemerintah Amerika Serikat (AS)",
        "Warga menyebut lembaga itu (KPK)",
        "Ia berasal dari Jakarta - Bogor",
        "Kami tiba di rumah. Tidak ada yang aneh.",
    ],
)
def test_text_without_closing_credit_is_unchanged(paragraph: str) -> None:
    assert split_closing_credit(paragraph) == (paragraph, None)


def test_credit_shaped_line_ends() -> None:
    assert may_end_with_credit("Warga diminta waspada. (Antara)")
    assert may_end_with_credit("Data itu dibagikan ke negara tetangga. - AFP")
    assert not may_end_with_credit("Warga diminta waspada.")
    assert not may_end_with_credit("Kepala desa menanam pohon mangga")


@pytest.mark.parametrize(
    "line",
    [
        "Ilustrasi guru mengajar di kelas. Foto: Ricky Prasetyo/JPNN.com",
        "Pesawat latih di landasan bandara. Foto: Dok. Istimewa",
        "Ilustrasi kawasan Malioboro. - Harian Jogja/Gigih M. Hanafi",
    ],
)
def test_photo_credits_at_the_end_make_a_caption(line: str) -> None:
    assert boilerplate_kind(line) == "caption"
