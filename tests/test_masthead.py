"""The outlet of a page no list names, from its masthead and its copyright line (invented lines)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warta.stages.masthead import masthead_outlet


def test_unknown_outlet_from_masthead_and_copyright() -> None:
    page = ["Harian Disway", "Home", "Surabaya", "Judul", "Isi berita.", "Copyright © 2023 Harian Disway."]
    assert masthead_outlet(page) == "Harian Disway"
    assert masthead_outlet(["RADAR SULTENG", "Beranda", "© 2023 Radar Sulteng. All Rights Reserved"]) == (
        "Radar Sulteng"
    )
    # a company behind the outlet, or a holder the masthead does not print, is no outlet
    assert masthead_outlet(["PT Media Kita", "Beranda", "© 2023 PT Media Kita"]) is None
    assert masthead_outlet(["Beranda", "Berita", "Copyright © 2023 Harian Disway."]) is None


@given(st.lists(st.text(max_size=60), max_size=30))
def test_any_lines_give_a_name_on_both_ends_or_none(lines: list[str]) -> None:
    found = masthead_outlet(lines)
    if found is not None:
        filled = [line.strip() for line in lines if line.strip()]
        assert any(
            " ".join(line.split()).casefold() == " ".join(found.split()).casefold() for line in filled[:3]
        )
        assert any(found in line for line in filled[-12:])
