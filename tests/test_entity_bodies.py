"""The acronym reader and the headed-name finder of :mod:`warta.stages.entity_bodies`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warta.stages.entities import _default
from warta.stages.entity_bodies import _spelled_start, _spells, headed_names


def test_acronyms_spelled_by_prefixes_of_the_words() -> None:
    assert _spells("bei", ["Bursa", "Efek", "Indonesia"])
    assert _spells("walhi", ["Wahana", "Lingkungan", "Hidup", "Indonesia"])
    assert _spells("kemenkeu", ["Kementerian", "Keuangan"])
    assert not _spells("bpk", ["Bursa", "Efek", "Indonesia"])
    assert _spelled_start("Komdigi", ["Kementerian", "Komunikasi", "Digital"]) == 1
    assert _spelled_start("AHY", ["Kata", "Budi"]) is None


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9).map(str.capitalize)


@given(st.lists(WORD, min_size=1, max_size=5))
def test_initials_always_spell_their_words(words: list[str]) -> None:
    initials = "".join(w[0] for w in words).lower()
    assert _spells(initials, words)
    padded = ["Dan", *words]
    start = _spelled_start(initials.upper(), padded)
    assert start is not None and _spells(initials, padded[start:])  # the shortest tail it spells


def test_headed_names_stop_at_titles_ranks_and_addresses() -> None:
    text = "Wali Kota Medan hadir di Jalan Merdeka Nomor 5 dan Kota Bogor Kombes Pol Andi."
    names = {f.surface for f in headed_names(text, [], _default())}
    assert "Jalan Merdeka" in names and "Kota Bogor" in names
    assert not any(n.startswith("Kota Medan") for n in names)
