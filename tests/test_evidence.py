"""The citation rule shared by the summary and the timeline (``warta.stages.evidence``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warta.stages.evidence import CITE_SAME_CONTENT, coverage, overlap, supports

CLAIM = "Banjir bandang merendam ratusan rumah warga Desa Sukamaju pada Senin malam."


def test_an_article_is_cited_only_when_its_sentence_holds_most_of_the_claim() -> None:
    restated = "Ratusan rumah warga Desa Sukamaju terendam banjir bandang pada Senin malam."
    topical = "Warga Desa Sukamaju menggelar kerja bakti pada Senin malam."
    assert coverage(CLAIM, restated) >= CITE_SAME_CONTENT
    assert supports(CLAIM, restated, cosine=0.0, copies=False)
    # a high cosine alone is no evidence: the words of the claim must be there
    assert not supports(CLAIM, topical, cosine=0.9, copies=False)


def test_copies_are_evidence_at_a_lower_bar() -> None:
    translated = "Air bah menggenangi rumah warga di Sukamaju, kata pejabat."
    assert not supports(CLAIM, translated, cosine=0.3, copies=False)
    assert supports(CLAIM, translated, cosine=0.3, copies=True)
    assert not supports(CLAIM, "Harga cabai naik di pasar kota.", cosine=0.0, copies=True)


def test_ignored_words_do_not_count_for_or_against() -> None:
    other = "Banjir bandang merendam ratusan rumah warga Desa Sukamaju pada 4 Maret."
    assert coverage(CLAIM, other) < 1.0
    assert coverage(CLAIM, other, frozenset({"senin", "malam"})) == 1.0


@given(st.text(max_size=80), st.text(max_size=80))
def test_shares_are_fractions_and_a_sentence_supports_itself(a: str, b: str) -> None:
    assert 0.0 <= coverage(a, b) <= 1.0 and 0.0 <= overlap(a, b) <= 1.0
    assert overlap(a, b) == overlap(b, a)
    if coverage(a, a) > 0:
        assert supports(a, a, cosine=1.0, copies=False)
