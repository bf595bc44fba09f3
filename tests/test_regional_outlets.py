"""Regional outlets of news networks, and credits of an outlet's own group."""

from __future__ import annotations

import pytest

from warta.lang.id.outlets import OUTLET_ALIASES
from warta.lang.id.regional_outlets import regional_outlet, same_group
from warta.stages.html_metadata import outlet_for


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("bali.tribunnews.com", "Tribun-Bali.com"),
        ("makassar.tribunnews.com", "Tribun-Timur.com"),
        ("m.kupang.tribunnews.com", "Pos-Kupang.com"),
        ("www.tribunnews.com", None),
        ("radarmalang.jawapos.com", "Radar Malang"),
        ("www.jawapos.com", None),
        ("www.solopos.com", "Solopos.com"),
        ("kompas.com", None),
        (None, None),
    ],
)
def test_regional_hosts(host: str | None, outlet: str | None) -> None:
    assert regional_outlet(host) == outlet


def test_outlet_of_a_regional_page_is_the_regional_site() -> None:
    assert (
        outlet_for("https://bali.tribunnews.com/2023/03/21/x", "Tribun-bali.com", None) == "Tribun-Bali.com"
    )
    assert outlet_for("https://www.tribunnews.com/nasional/x", None, None) == "Tribunnews.com"


def test_regional_spellings_join_the_alias_table() -> None:
    assert OUTLET_ALIASES["tribun-timur.com"] == "Tribun-Timur.com"
    assert OUTLET_ALIASES["tribun bali"] == "Tribun-Bali.com"


@pytest.mark.parametrize(
    ("source", "outlet", "own"),
    [
        ("JIBI/Harian Jogja", "Harianjogja.com", True),
        ("JIBI", "Solopos.com", True),
        ("JIBI/Bisnis Indonesia", "Solopos.com", False),  # "Bisnis Indonesia" is no known alias
        ("Harian Jogja", "Harianjogja.com", True),
        ("Reuters", "Harianjogja.com", False),
        ("JIBI", "Kompas.com", False),
        ("ANTARA", None, False),
    ],
)
def test_own_group_credits(source: str, outlet: str | None, own: bool) -> None:
    assert same_group(source, outlet) is own


def test_short_name_stems_are_no_aliases() -> None:
    """ "Surya" is a common name: only the domain spelling names the outlet Surya.co.id."""
    from warta.stages.metadata import is_person_name

    assert "surya" not in OUTLET_ALIASES and OUTLET_ALIASES["surya.co.id"] == "Surya.co.id"
    assert is_person_name("Surya")


def test_network_sub_domain_named_by_its_site_name() -> None:
    assert outlet_for("https://kaltimpost.jawapos.com/x/1", "Kaltim Post", None) == "Kaltim Post"
    assert outlet_for("https://malutpost.jawapos.com/x/1", "Malut Post", None) == "Malut Post"
    assert outlet_for("https://www.jawapos.com/nasional/x", "JawaPos.com", None) == "Jawa Pos"
    assert outlet_for("https://sport.jawapos.com/x", "JawaPos.com", None) == "Jawa Pos"
