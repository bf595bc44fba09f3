"""The ROUGE scorer against hand-computed values, and the IndoSum detokeniser."""

from __future__ import annotations

import pytest

from warta.evaluation_rouge import detokenize, mean_rouge_f, rouge_n, rouge_tokens


def test_tokens_are_lower_cased_words_and_marks() -> None:
    assert rouge_tokens("Harga Cabai naik, masing-masing Rp 5.000!") == [
        "harga", "cabai", "naik", ",", "masing-masing", "rp", "5", ".", "000", "!",
    ]  # fmt: skip


def test_rouge_by_hand() -> None:
    cand = ["banjir", "melanda", "desa", "itu"]
    ref = ["banjir", "besar", "melanda", "desa"]
    p, r, f = rouge_n(cand, ref, 1)
    assert (p, r) == (3 / 4, 3 / 4) and f == pytest.approx(0.75)
    p, r, f = rouge_n(cand, ref, 2)  # "melanda desa" only
    assert (p, r) == (1 / 3, 1 / 3)
    assert rouge_n(cand, cand, 2)[2] == 1.0
    assert rouge_n(cand, ["lain"], 1) == (0.0, 0.0, 0.0)
    assert rouge_n([], ref, 1) == (0.0, 0.0, 0.0)


def test_counts_are_clipped() -> None:
    p, r, _ = rouge_n(["desa", "desa", "desa"], ["desa", "kota"], 1)
    assert p == pytest.approx(1 / 3) and r == pytest.approx(1 / 2)


def test_mean_is_a_percentage() -> None:
    assert mean_rouge_f([("a b", "a b"), ("a", "b")], 1) == pytest.approx(50.0)
    assert mean_rouge_f([], 1) == 0.0


def test_detokenize_glues_punctuation_and_quotes() -> None:
    tokens = ["Dia", "berkata", ",", '"', "Kami", "siap", ".", '"', "(", "Foto", ")"]
    assert detokenize(tokens) == 'Dia berkata, "Kami siap." (Foto)'
