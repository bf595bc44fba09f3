"""Forms of the credits box in Indonesian article headers and footers, as plain data.

The credits a template prints next to the headline or under the body take a handful of shapes
beyond "Penulis: Nama": a label without a colon ("Penulis Tito Hilmawan | Editor Bayu Galih"), a
label glued to the name by markup ("<span>Penulis</span><a>Nama</a>"), an abbreviated label
("Rep: Nama/ Red: Nama"), the writer's name with their role ("Rizky Hidayat, Jurnalis") or with
the outlet ("Dimas Aditya, CNBC Indonesia"), and the name printed over a role line ("Wulan
Pertiwi" / "Wartawan BBC News Indonesia"). These are rewritten to "Label: Nama" before the
metadata reader sees them.
"""

from __future__ import annotations

LABEL_ABBREVIATIONS: dict[str, str] = {
    "rep": "Reporter",
    "ed": "Editor",
    "pewarta/editor": "Pewarta",
}
"""Abbreviated credit labels (lower case) → the label the metadata reader knows."""

NO_COLON_LABELS: tuple[str, ...] = (
    "penulis", "reporter", "pewarta", "editor", "penyunting", "redaktur", "kontributor",
    "koresponden", "penerjemah",
)  # fmt: skip
"""Labels a template may print without a colon, straight before the name ("Editor Bayu Galih").
Not "oleh" (prose starts with it) nor "laporan" (its own form, "Laporan Wartawan …")."""

ROLE_WORDS: tuple[str, ...] = ("wartawan", "jurnalis", "reporter", "koresponden", "kontributor", "penulis")
"""Roles printed after or under the writer's name ("Rizky Hidayat, Jurnalis")."""

CREDIT_SEPARATORS: str = r"\s*[|·•]\s*"
"""Separators between the credits and the date of one header line ("Nama, Jurnalis · Senin, …")."""
