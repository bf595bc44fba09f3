"""Bylines and person names (byline_names): labelled credits, name lists, names against headlines.

Names and sentences are invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.stages import byline_names as bn
from warta.stages.byline_names import byline_people, is_person_name, split_names


def test_bylines() -> None:
    assert byline_people("Penulis : Ayu Lestari") == [("author", "Ayu Lestari")]
    assert byline_people("Editor: Bambang Sutrisno") == [("editor", "Bambang Sutrisno")]
    assert byline_people("Penerjemah: Made Wirawan") == [("translator", "Made Wirawan")]
    assert byline_people("RABU, 1 MARET 2023 | 10:00 WIB | LAPORAN: ANDI WIJAYA") == [
        ("author", "Andi Wijaya")
    ]
    assert split_names("Ayu Lestari, Budi Hartono dan Citra Dewi") == [
        "Ayu Lestari",
        "Budi Hartono",
        "Citra Dewi",
    ]


def test_person_names() -> None:
    assert is_person_name("Rina Kartika Dewi")
    assert not is_person_name("Tempo.co")
    assert not is_person_name("Cina dan Rusia Janji Akan Saling Dukung")
    assert not is_person_name("Jumat")
    assert not is_person_name("Global")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rep: Fauziah Rahma/ Red: Hasan Basri", [("author", "Fauziah Rahma"), ("editor", "Hasan Basri")]),
        (
            "Penulis: Yohanes Bria | Editor: Agustinus Sape",
            [("author", "Yohanes Bria"), ("editor", "Agustinus Sape")],
        ),
        (
            "Penulis: Fadila Rumra Editor: Jefri Pattiasina Kamis, 16 Mar 2023 10:20 WIT",
            [("author", "Fadila Rumra"), ("editor", "Jefri Pattiasina")],
        ),
        ("Pilihan Editor: Harga Beras Naik, Pemerintah Siapkan Operasi Pasar", []),
    ],
)
def test_byline_grammar(line: str, expected: list[tuple[str, str]]) -> None:
    assert byline_people(line) == expected


def test_more_byline_forms() -> None:
    assert byline_people("Penulis Ayu Lestari | Editor Bambang Sutrisno") == [
        ("author", "Ayu Lestari"),
        ("editor", "Bambang Sutrisno"),
    ]
    assert byline_people("Editor Majalah itu mengatakan hal yang sama") == []


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["Sumber", "sumber", "SUMBER", "\u017fumber", "Oleh", "By", "Laporan", "(", "Rizky", ""]),
    st.text(alphabet="aZ :-–—()/,.Reuters\u017f", max_size=30),
)
def test_cheap_guards_never_skip_a_line_their_regex_takes(head: str, tail: str) -> None:
    """The first-character and dash tests that skip a byline regex on most lines let every line
    through that the regex would match."""
    text = (head + tail).strip()
    for regex, first_chars in bn.HEADER_BYLINES:
        if regex.match(text):
            assert text[:1] in first_chars
    if bn.NAME_DASH_OUTLET_RE.match(text):
        assert bn.has_dash(text)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(
        [
            "Penulis",
            "PENULİS",
            "penulıs",
            "Rep",
            "REd",
            "Alih bahasa",
            "ALIH BAHASA",
            "Editor",
            "\u212aontributor",
            "Reporter",
            "Rizky",
            "Foto",
            "video",
            "Oleh",
            "oleh",
            "Sumber foto",
            "",
        ]
    ),
    st.sampled_from([":", " :", " - ", " ", "  ", ""]),
    st.sampled_from(["Ayu Lestari", "ayu", "Budi dan Sari", "", "X/ Red: Y"]),
)
def test_the_label_test_lets_through_every_segment_a_byline_regex_takes(
    label: str, sep: str, value: str
) -> None:
    """``_may_open_with_label`` skips the byline regexes only where neither could match."""
    from warta.stages import byline_names as bn

    segment = (label + sep + value).strip()
    if bn._BYLINE_RE.match(segment) or bn._BYLINE_NO_COLON_RE.match(segment):
        assert bn._may_open_with_label(segment)
