"""Text-dump listing decisions: an index page's own text above its list, cut search snippets."""

from __future__ import annotations

import pytest

from warta.errors import NotAnArticle
from warta.records import Article, RawDoc
from warta.stages.extract import extract

TEXT_INTRO_PAGE = """Beranda
Topik
Banjir Jakarta
Sekilas
{intro}
Terbaru
Banjir Rendam Tiga Kelurahan di Jakarta Timur
2 jam lalu
Pompa Air di Kawasan Kemang Mulai Dioperasikan
5 jam lalu
Warga Bantaran Ciliwung Mengungsi ke Masjid
16 Sep 2024
Dinas SDA Keruk Saluran di Jakarta Utara
15 Sep 2024
"""


def _clean_text(text: str) -> Article:
    return extract(RawDoc(source="dump.txt", kind="text", data=text))


def test_text_intro_above_dated_items_is_not_an_article() -> None:
    intro = (
        "Banjir melanda sejumlah wilayah Jakarta setiap musim hujan akibat luapan sungai dan hujan "
        "lokal yang deras. Halaman ini mengumpulkan berita tentang penanganan banjir, pengungsi, dan "
        "upaya pemerintah daerah memperbaiki saluran air."
    )
    with pytest.raises(NotAnArticle, match="listing"):
        _clean_text(TEXT_INTRO_PAGE.format(intro=intro))
    dated = TEXT_INTRO_PAGE.format(intro=intro).replace("Sekilas\n", "Senin, 16 Sep 2024 10:15 WIB\n")
    assert _clean_text(dated).paragraphs[0].startswith("Banjir melanda")


UNDATED_TAG_PAGE = """Tag
#Banjir Jakarta
{intro}
Berita Terkait
Banjir Rendam Tiga Kelurahan di Jakarta Timur
Pompa Air di Kawasan Kemang Mulai Dioperasikan
Warga Bantaran Ciliwung Mengungsi ke Masjid Terdekat
Dinas Sumber Daya Air Keruk Saluran di Jakarta Utara
Tanggul Kali Sunter Jebol Usai Hujan Deras Semalam
Posko Kesehatan Dibuka di Lokasi Pengungsian Banjir
"""

TEXT_INTRO = (
    "Banjir melanda sejumlah wilayah Jakarta setiap musim hujan akibat luapan sungai dan hujan lokal "
    "yang deras. Halaman ini mengumpulkan berita tentang penanganan banjir, pengungsi, dan upaya "
    "pemerintah daerah memperbaiki saluran air."
)


def test_labelled_intro_above_undated_headlines_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="listing"):
        _clean_text(UNDATED_TAG_PAGE.format(intro=TEXT_INTRO))
    unlabelled = UNDATED_TAG_PAGE.format(intro=TEXT_INTRO).replace("Tag\n", "Nasional\n")
    assert _clean_text(unlabelled).paragraphs[0].startswith("Banjir melanda")


def test_credits_right_below_a_short_text_body_keep_the_article() -> None:
    page = TEXT_INTRO_PAGE.format(intro=TEXT_INTRO).replace("Terbaru\n", "Penulis: Rina Kartika\nTerbaru\n")
    assert _clean_text(page).paragraphs[0].startswith("Banjir melanda")


SEARCH_RESULTS = """Hasil pencarian untuk: kebakaran hutan
Kabut Asap Mulai Selimuti Kota Pekanbaru
PEKANBARU - Kabut asap akibat kebakaran hutan dan lahan mulai menyelimuti Kota Pekanbaru sejak pagi...
Tim Pemadam Padamkan Api di Lahan Gambut Muaro Jambi
JAMBI - Tim pemadam kebakaran hutan berhasil memadamkan api yang membakar sekitar 40 hektare lahan...
Sekolah di Ogan Ilir Diliburkan karena Kabut Asap
PALEMBANG - Pemerintah kabupaten meliburkan sekolah dasar selama tiga hari karena kualitas udara...
"""


def test_headlines_over_cut_snippets_are_search_results() -> None:
    with pytest.raises(NotAnArticle, match="listing"):
        _clean_text(SEARCH_RESULTS)
    whole = SEARCH_RESULTS.replace("...\n", ", kata petugas di lokasi kejadian kepada wartawan.\n")
    assert len(_clean_text(whole).paragraphs) >= 3


def test_byline_above_a_short_undated_body_keeps_the_article() -> None:
    page = TEXT_INTRO_PAGE.format(intro=TEXT_INTRO).replace("Sekilas\n", "Oleh: Rina Kartika Sari\n")
    assert _clean_text(page).paragraphs[0].startswith("Banjir melanda")
    role = TEXT_INTRO_PAGE.format(intro=TEXT_INTRO).replace("Sekilas\n", "Redaktur Pelaksana\n")
    with pytest.raises(NotAnArticle, match="listing"):
        _clean_text(role)
