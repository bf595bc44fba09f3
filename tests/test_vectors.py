"""Sentence units and helpers shared by the summary and the timeline."""

from __future__ import annotations

from warta.records import Article, CopyGroup
from warta.stages.vectors import (
    article_units,
    content_words,
    copy_group_index,
    dateline_length,
    is_boilerplate,
    is_caption,
    is_heading,
    source_ref,
)


def test_units_skip_furniture_headlines_captions_and_flag_quotes() -> None:
    article = Article(
        source="a.txt",
        paragraphs=(
            "Banjir Bandang Rendam Tiga Desa di Sukamaju",
            "Warga (kiri) membersihkan lumpur di depan rumahnya pada Selasa pagi.",
            "Banjir bandang merendam tiga desa di Sukamaju pada Senin malam.",
            '"Air datang tiba-tiba dari hulu. Kami tak sempat menyelamatkan barang," kata Ujang.',
            "Baca juga: Hujan deras diperkirakan turun hingga akhir pekan ini.",
        ),
    )
    units = article_units(article, 0)
    texts = [u.text for u in units]
    assert texts[0].startswith("Banjir bandang merendam")
    assert not any(t.startswith(("Banjir Bandang Rendam", "Warga (kiri)", "Baca juga")) for t in texts)
    quoted = {u.text: u.in_quote for u in units}
    assert quoted['"Air datang tiba-tiba dari hulu.'] is True
    assert quoted['Kami tak sempat menyelamatkan barang," kata Ujang.'] is True
    assert quoted[texts[0]] is False
    for unit in units:
        assert article.text[unit.start : unit.end] == unit.text


def test_line_classes() -> None:
    assert is_boilerplate("Baca juga: Harga cabai naik")
    assert is_boilerplate("  - Simak Video berikut ini")
    assert not is_boilerplate("Bacaan doa dibacakan warga.")
    assert is_heading("Apa yang terjadi di Sukamaju?")
    assert is_heading("JUMAT, 14 JULI 2023 | 20:13 WIB")
    assert not is_heading('"Kami siap," kata dia.')
    assert is_caption("Presiden (tengah) meninjau lokasi banjir. ANTARA FOTO/Ujang")
    assert not is_caption("Presiden meninjau lokasi banjir di Sukamaju.")


def test_content_words_drop_stopwords_and_numbers() -> None:
    assert content_words("Dia dan 200 warga mengungsi ke balai desa") == frozenset(
        {"warga", "mengungsi", "balai", "desa"}
    )


def test_copy_groups_index_and_source_refs() -> None:
    a = Article(
        source="a.txt", paragraphs=("Satu dua tiga empat.",), outlet="A", published_inferred="2024-03-04"
    )
    b = Article(source="b.txt", paragraphs=("Lima enam tujuh delapan.",), url="https://b.example/x")
    c = Article(source="c.txt", paragraphs=("Sembilan sepuluh sebelas.",))
    groups = [CopyGroup("g", "near_copy", b.id, (a.id, b.id))]
    assert copy_group_index([a, b, c], groups) == [0, 0, 2]
    ref = source_ref(a)
    assert (ref.source, ref.published, ref.inferred) == ("a.txt", "2024-03-04", True)
    assert source_ref(b).source == "https://b.example/x"


def test_a_digest_quotes_the_report_not_the_dateline() -> None:
    article = Article(
        source="x",
        paragraphs=(
            "SURABAYA, KOMPAS.com - Hujan deras membuat sungai di kota itu meluap pada Senin malam.",
            "Jakarta - Kalimat kedua tetap utuh karena bukan pembuka artikel.",
        ),
    )
    units = article_units(article, 0)
    assert units[0].text.startswith("Hujan deras")
    assert all(article.text[u.start : u.end] == u.text for u in units)
    assert units[-1].text.startswith("Jakarta - ")
    assert dateline_length("Shanghai (ANTARA) - China mengatakan itu.") == len("Shanghai (ANTARA) - ")
    assert dateline_length("Presiden mengatakan itu.") == 0


def test_an_export_without_full_stops_keeps_its_long_lines() -> None:
    from warta.records import Article
    from warta.stages.vectors import article_units

    lines = (
        "Hakim memvonis ketua panitia pertandingan satu setengah tahun penjara pada 9 Maret",
        "Pada hari yang sama petugas keamanan stadion divonis satu tahun penjara oleh majelis",
        "Vonis Para Terdakwa",
        "Keluarga korban menyatakan kecewa dan meminta jaksa mengajukan banding atas putusan itu",
    )
    texts = [u.text for u in article_units(Article(source="x.txt", paragraphs=lines), 0)]
    assert texts == [lines[0], lines[1], lines[3]]
    punctuated = (lines[0] + ".", lines[1] + ".", lines[2], lines[3] + ".")
    kept = [u.text for u in article_units(Article(source="y.txt", paragraphs=punctuated), 0)]
    assert "Vonis Para Terdakwa" not in kept and len(kept) == 3


def test_a_photo_credit_line_is_a_caption() -> None:
    from warta.stages.vectors import is_caption

    assert is_caption("KOMPAS.com/BUDI SANTOSO Suasana stadion lima bulan setelah tragedi.")
    assert not is_caption("Polisi memeriksa tiga saksi di Kompas.com pada Senin.")


def test_the_dateline_goes_from_the_lead_even_after_a_caption() -> None:
    from warta.records import Article
    from warta.stages.vectors import article_units

    paragraphs = (
        "ANTARA FOTO/Budi Warga melihat rumah yang rusak akibat gempa.",
        "KUPANG, KOMPAS.com - Gempa bermagnitudo 5,5 mengguncang Laut Flores pada Sabtu pagi.",
        "Tidak ada laporan kerusakan bangunan dari warga di pesisir.",
    )
    units = article_units(Article(source="z.txt", paragraphs=paragraphs), 0)
    assert units[0].text.startswith("Gempa bermagnitudo")
    assert units[1].text.startswith("Tidak ada")


def test_articles_alike_are_citable_copies_only_under_one_news_wire() -> None:
    """``same_wire``: TF-IDF closeness joins two articles into a copy group for citations only when
    both credit one news wire (not a data source such as BMKG, not nothing)."""
    from dataclasses import replace

    from warta.stages.vectors import article_units, merged_copy_groups, tfidf_matrix

    body = (
        "Gempa bermagnitudo 5,2 mengguncang Kabupaten Kulon Progo pada Jumat sore.",
        "Getaran terasa hingga Kota Yogyakarta dan warga sempat berhamburan keluar rumah.",
    )
    base = [Article(source=f"{n}.txt", paragraphs=body, outlet=f"Warta {n}") for n in (1, 2)]
    for wires, joined in (((), False), (("BMKG",), False), (("ANTARA",), True), (("AFP",), True)):
        articles = [replace(a, wire_sources=wires) for a in base]
        units = [u for i, a in enumerate(articles) for u in article_units(a, i)]
        matrix = tfidf_matrix([u.text for u in units])
        assert merged_copy_groups(articles, units, matrix, None) == [0, 0]
        cited = merged_copy_groups(articles, units, matrix, None, same_wire=True)
        assert (cited == [0, 0]) is joined, wires
