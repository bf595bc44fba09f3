"""Wire and source credits (wire_credits): credit lines and wire agencies named in the body.

Names and sentences are invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.stages import wire_credits as wc
from warta.stages.wire_credits import source_credit, source_credits, wire_sources_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dilansir dari Reuters, pemerintah itu menyatakan …", ["Reuters"]),
        ("Melansir Newsweek pada Selasa (29/12/2020), presiden itu …", ["Newsweek"]),
        ("kata Wang, seperti dikutip dari Global Times, Jumat (14/7).", ["Global Times"]),
        ("Dikutip detikINET dari BBC, Kamis (5/11/2015), Google …", ["BBC"]),
        ("Kantor berita Xinhua mengutip perkataan sang presiden.", []),
        ("Ia mengutip AFP yang melaporkan …", ["AFP"]),
    ],
)
def test_wire_sources_in_body(text: str, expected: list[str]) -> None:
    assert wire_sources_in(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Sumber: Reuters", "Reuters"), ("Sumber Reuters", "Reuters"), ("Sumber: RT.com", "RT.com")],
)
def test_source_credit(line: str, expected: str) -> None:
    assert source_credit(line) == expected


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        ("Sumber: Antara [ded]", ["ANTARA"]),
        ("Sumber: Reuters (dce/dce)", ["Reuters"]),
        ("(Antara)", ["ANTARA"]),
    ],
)
def test_desk_codes_closing_a_source_credit_are_no_source(line: str, sources: list[str]) -> None:
    assert source_credits(line) == sources


def test_more_credit_forms() -> None:
    assert source_credits("Sumber: AFP, Reuters") == ["AFP", "Reuters"]
    assert source_credits("(AFP/Reuters)") == ["AFP", "Reuters"]
    assert wire_sources_in("Seperti dikutip Reuters, menteri itu membantah.") == ["Reuters"]
    assert wire_sources_in("Menurut laporan Bloomberg pada Senin, harga naik.") == ["Bloomberg"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["Sumber", "sumber", "SUMBER", "\u017fumber", "Oleh", "By", "Laporan", "(", "Rizky", ""]),
    st.text(alphabet="aZ :-–—()/,.Reuters\u017f", max_size=30),
)
def test_cheap_credit_guard_never_skips_a_line_the_regex_takes(head: str, tail: str) -> None:
    """The first-character test that skips the credit regexes on most lines lets every line
    through that they would match."""
    from warta.stages import postfilter as pf

    text = (head + tail).strip()
    if pf.SOURCE_CREDIT_RE.match(text) or pf.WIRE_CREDIT_RE.match(text):
        assert text[:1] in wc._CREDIT_FIRST_CHARS
