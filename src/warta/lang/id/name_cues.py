"""Words of Indonesian news that mark names by their company: plain data for the entity stage.

Read by :mod:`warta.stages.entities` and :mod:`warta.stages.entity_bodies`.
"""

from __future__ import annotations

PAIR_CUES: frozenset[str] = frozenset({"pasangan", "ganda", "duet", "duo", "tandem"})
"""Words before a pair of names joined by a slash, in the same clause: doubles partners in
badminton and tennis ("pasangan Jepang, Takeshi Hoshino/Ryo Kobayashi", "ganda putra Indonesia,
Fajar Ramadhan/Yohanes Sinaga"); each name is a person."""

PAIR_CUE_WINDOW = 80
"""How many characters before the first name of a pair its cue may stand."""

NICKNAME_QUOTES: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
"""Quote marks around a nickname written inside a full name ('Yudi “Gendut” Prasetyo'): the person
is "Yudi Prasetyo", and the nickname is another name the text may call them by."""

COMPANY_NAME_TAILS: frozenset[str] = frozenset(
    {"Indonesia", "Nusantara", "Persada", "Internasional", "International", "Indo", "Group", "Grup"}
)
"""Last words of a company's name that the text drops when it names the company short ("PT Kirim
Cepat Nusantara" … "Kirim Cepat", "Telkom Indonesia" … "Telkom")."""

COMPANY_MARKS: tuple[str, ...] = ("PT ", "(Persero)", " Tbk", "Perum ", "CV ")
"""Marks of a company's registered name: "PT X (Persero) Tbk atau Y" gives the name it goes by."""

MIN_SHORT_COMPANY = 4
"""Shortest short form of a company name read as a mention ("Telkom"): shorter words are too often
something else."""
