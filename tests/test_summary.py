"""Summary stage on invented Indonesian articles: citations, copies, quotes, limits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.options import Options
from warta.records import Article, CopyGroup
from warta.stages.summary import summarize

WIRE_A = (
    "Jakarta - Pemerintah Kota Sukamaju meresmikan jembatan gantung baru di atas Sungai Cikaret pada Senin.",
    "Jembatan sepanjang 120 meter itu menghubungkan dua desa yang selama ini terpisah oleh sungai.",
    '"Warga tidak perlu lagi memutar sejauh sepuluh kilometer," kata Wali Kota Sukamaju Budi Santoso.',
    "Pembangunan jembatan menelan biaya Rp 4 miliar dari anggaran daerah.",
)
WIRE_B = (
    "Sukamaju - Jembatan gantung baru di atas Sungai Cikaret diresmikan Pemerintah Kota Sukamaju, Senin.",
    "Jembatan dengan panjang 120 meter tersebut menghubungkan dua desa yang selama ini terpisah sungai.",
    "Biaya pembangunan jembatan mencapai Rp 4 miliar yang berasal dari anggaran daerah.",
)
OTHER = (
    "Harga cabai rawit di Pasar Induk Sukamaju naik dua kali lipat menjelang akhir tahun.",
    "Pedagang menyebut pasokan dari petani berkurang karena hujan deras sepanjang bulan.",
    "Dinas Perdagangan berjanji menggelar operasi pasar pekan depan.",
)


def _article(name: str, paragraphs: tuple[str, ...], outlet: str, published: str) -> Article:
    return Article(source=f"{name}.txt", paragraphs=paragraphs, outlet=outlet, published=published)


def test_single_article_gives_at_most_n_sentences_in_order_citing_it() -> None:
    article = _article("a", WIRE_A, "Warta Satu", "2024-03-04T10:00:00+07:00")
    result = summarize([article], Options(summary_sentences=2))
    assert 1 <= len(result) <= 2
    texts = [s.text for s in result]
    assert texts[0].startswith("Pemerintah Kota Sukamaju")  # the dateline is not quoted
    assert all(t in article.text for t in texts)
    assert all(s.sources[0].article_id == article.id for s in result)
    positions = [article.text.index(t) for t in texts]
    assert positions == sorted(positions)


def test_quotes_are_not_preferred_over_statements() -> None:
    article = _article("a", WIRE_A, "Warta Satu", "2024-03-04T10:00:00+07:00")
    texts = [s.text for s in summarize([article], Options(summary_sentences=3))]
    assert not any(t.startswith('"') for t in texts)


def test_copies_never_give_two_sentences_saying_the_same_and_cite_both() -> None:
    a = _article("a", WIRE_A, "Warta Satu", "2024-03-04T10:00:00+07:00")
    b = _article("b", WIRE_B, "Kabar Dua", "2024-03-04T12:00:00+07:00")
    c = _article("c", OTHER, "Warta Satu", "2024-03-05T09:00:00+07:00")
    groups = [CopyGroup("g1", "rewrite", a.id, (a.id, b.id))]
    result = summarize([a, b, c], Options(summary_sentences=5), copy_groups=groups)
    bridge = [s for s in result if "jembatan" in s.text.lower()]
    mentions_length = [s for s in bridge if "120 meter" in s.text]
    assert len(mentions_length) <= 1
    assert len([s for s in bridge if "Rp 4 miliar" in s.text]) <= 1
    cited = {ref.article_id for s in bridge for ref in s.sources}
    assert {a.id, b.id} <= cited
    assert any(len(s.sources) >= 2 for s in bridge)
    assert any("cabai" in s.text for s in result)


def test_copies_are_found_without_groups_too() -> None:
    a = _article("a", WIRE_A, "Warta Satu", "2024-03-04T10:00:00+07:00")
    b = _article("b", WIRE_B, "Kabar Dua", "2024-03-04T12:00:00+07:00")
    result = summarize([a, b], Options(summary_sentences=4))
    assert len([s for s in result if "120 meter" in s.text]) <= 1


def test_furniture_and_empty_input() -> None:
    article = _article(
        "a", ("Baca juga: Jembatan lama di Sukamaju ambruk diterjang banjir bandang.", *OTHER), "X", "2024"
    )
    texts = [s.text for s in summarize([article], Options(summary_sentences=5))]
    assert texts and not any(t.startswith("Baca juga") for t in texts)
    assert summarize([], Options()) == []
    assert summarize([article], Options(summary_sentences=0)) == []


def test_sources_carry_inferred_dates() -> None:
    article = Article(source="x.txt", paragraphs=OTHER, outlet="Y", published_inferred="2024-03-05")
    ref = summarize([article], Options(summary_sentences=1))[0].sources[0]
    assert ref.published == "2024-03-05" and ref.inferred
    assert ref.to_json()["source"] == "x.txt"


_WORDS = ["rumah", "banjir", "warga", "desa", "pemerintah", "jembatan", "harga", "pasar", "Senin", "X"]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.lists(
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(lambda w: " ".join(w) + "."),
            min_size=1,
            max_size=5,
        ).map(tuple),
        min_size=1,
        max_size=4,
    ),
    st.integers(min_value=1, max_value=6),
)
def test_any_input_gives_cited_sentences_of_the_inputs(paragraph_sets: list[tuple[str, ...]], n: int) -> None:
    articles = [
        Article(source=f"{i}.txt", paragraphs=p, outlet="O", published=f"2024-01-0{i + 1}")
        for i, p in enumerate(paragraph_sets)
    ]
    by_id = {a.id: a for a in articles}
    result = summarize(articles, Options(summary_sentences=n))
    assert len(result) <= n
    for sentence in result:
        assert sentence.sources
        assert sentence.text in by_id[sentence.sources[0].article_id].text
        pairs = [(s.article_id, s.source) for s in sentence.sources]
        assert len(set(pairs)) == len(pairs)


def test_a_short_sentence_sharing_a_few_words_does_not_earn_a_citation() -> None:
    """Another article is cited for a sentence only when it holds most of what the sentence says:
    "Namun banjir makin parah karena hujan deras." does not say all of a longer sentence on rain."""
    rain = (
        "Hujan deras sepanjang pekan menyebabkan banjir di tujuh kecamatan Kabupaten Sukamaju.",
        "Ratusan rumah warga terendam dan sebagian penghuni mengungsi ke balai desa.",
    )
    market = (
        "Harga cabai rawit di Pasar Induk Sukamaju naik dua kali lipat menjelang akhir tahun.",
        "Namun banjir makin parah karena hujan deras.",
    )
    a = _article("a", rain, "Warta Satu", "2024-03-04T10:00:00+07:00")
    c = _article("c", market, "Kabar Dua", "2024-03-05T09:00:00+07:00")
    result = summarize([a, c], Options(summary_sentences=4))
    cited_for_a = [s for s in result if s.text in a.text]
    assert cited_for_a
    for sentence in cited_for_a:
        assert [s.article_id for s in sentence.sources] == [a.id], sentence.text
