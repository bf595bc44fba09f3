"""Token shapes of names: the tokenizer, role heads, name words and runs (invented sentences)."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang.id.gazetteer import default_gazetteer
from warta.stages.name_shapes import _index, _name_run, _name_word, _org_run, _role_at, find_forms, tokenize


def test_tokens_keep_offsets_and_abbreviation_dots() -> None:
    text = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Prof. Budi di Jakarta."
    toks = tokenize(text)
    assert [t.word for t in toks][:6] == ["Menteri", "Luar", "Negeri", "Rusia", "Sergei", "Lavrov"]
    assert "Prof." in [t.word for t in toks]  # an honorific keeps its dot
    assert toks[-1].word == "Jakarta"  # a sentence's full stop does not
    assert all(text[t.start : t.end] == t.word for t in toks)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ .,-'’\n()\"“”0123456789ÉéÀ", max_size=80))
def test_token_offsets_slice_the_text_in_order(text: str) -> None:
    toks = tokenize(text)
    assert all(text[t.start : t.end].lower() == t.word.lower() for t in toks)
    assert all(a.end <= b.start for a, b in itertools.pairwise(toks))


def test_role_heads_take_their_modifiers() -> None:
    toks = tokenize("mantan Wakil Menteri Luar Negeri Rina")
    assert _role_at(toks, 0) == 5  # "mantan Wakil Menteri Luar Negeri"
    assert _role_at(toks, 5) == 5  # a name is no role


def test_name_words_exclude_months_institution_nouns_and_degrees() -> None:
    assert _name_word("Budi")
    assert not _name_word("Januari")
    assert not _name_word("Pembangunan")
    assert not _name_word("SpPD")
    assert not _name_word("budi")


def test_name_and_organisation_runs() -> None:
    gaz = _index(default_gazetteer())
    text = "kata Budi Santoso di Jakarta"
    toks = tokenize(text)
    assert _name_run(text, toks, 1, gaz) == 3
    text = "Partai Hijau Nusantara menyatakan dukungan."
    toks = tokenize(text)
    assert _org_run(text, toks, 0) == 3


def test_a_role_word_that_ends_a_name_is_a_surname() -> None:
    gaz = _index(default_gazetteer())
    text = "kata Lukman Hakim, kemarin"
    toks = tokenize(text)
    assert _name_run(text, toks, 1, gaz) == 3
    text = "bertemu Budi Hakim Agung"  # a title for the next name: the name stops before it
    toks = tokenize(text)
    assert _name_run(text, toks, 1, gaz) == 2


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab -_.Xé", max_size=40),
    st.lists(st.text(alphabet="ab -Xé", min_size=1, max_size=4), min_size=1, max_size=5),
)
def test_find_forms_finds_what_the_alternation_regex_finds(text: str, forms: list[str]) -> None:
    ordered = sorted(dict.fromkeys(forms), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])")
    expected = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
    assert find_forms(text, dict.fromkeys(forms)) == expected
