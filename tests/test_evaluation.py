"""The 4-gram set scorer used by the quality gates."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warta.evaluation import ngram_prf


def test_identical_texts_score_one() -> None:
    text = "Warga desa menanam pohon mangga di tepi sungai pada hari Minggu."
    assert ngram_prf(text, text) == (1.0, 1.0, 1.0)


def test_case_punctuation_and_line_breaks_do_not_matter() -> None:
    a = "Warga desa menanam pohon.\n\nMereka senang sekali hari itu."
    b = "warga desa menanam pohon mereka senang sekali hari itu"
    assert ngram_prf(a, b)[2] == 1.0


def test_extra_output_lowers_precision_only() -> None:
    ref = "satu dua tiga empat lima enam"
    precision, recall, f1 = ngram_prf(ref + " tujuh delapan sembilan sepuluh", ref)
    assert recall == 1.0
    assert precision < 1.0
    assert recall > f1 > precision


def test_empty_output_scores_zero() -> None:
    assert ngram_prf("", "satu dua tiga empat") == (0.0, 0.0, 0.0)


@given(st.text(), st.text())
def test_scores_are_bounded(a: str, b: str) -> None:
    for value in ngram_prf(a, b):
        assert 0.0 <= value <= 1.0
