"""News wires whose stories Indonesian outlets run, translate and rewrite.

Two articles that credit one of them and read alike are syndicated copies of its story; a shared
credit to a data source ("BMKG", "BPS") or to another outlet ("Kompas TV") makes no copy: two
templated earthquake reports both citing BMKG are two reports."""

from __future__ import annotations

from warta.lang.id.outlets import WIRE_AGENCIES

DOMESTIC_WIRES = ("ANTARA",)
"""Indonesia's national news agency, whose stories regional and national outlets rerun."""

NEWS_WIRES: frozenset[str] = frozenset(
    {*(name.lower() for name in WIRE_AGENCIES.values()), *(name.lower() for name in DOMESTIC_WIRES)}
)
"""Lower-cased names of the wires (international agencies and the domestic one)."""
