"""Indonesian news-writing facts that decide which sentences can stand in a summary or a timeline.

Plain data, no logic: the summary and timeline stages read these to skip page furniture ("Baca
juga: …") and to recognise reported speech, which readers of a digest want attributed, not quoted
out of context as if it were the reporter's own statement of fact.
"""

from __future__ import annotations

BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "baca juga",
    "baca:",
    "baca selengkapnya",
    "lihat juga",
    "simak juga",
    "simak video",
    "simak berita",
    "tonton juga",
    "saksikan juga",
    "artikel ini telah tayang",
    "dapatkan update",
    "dapatkan informasi",
    "ikuti berita",
    "ikuti kami",
    "download aplikasi",
    "unduh aplikasi",
    "klik di sini",
    "advertisement",
    "scroll to continue",
    "copyright",
    "hak cipta",
)
"""Lower-cased starts of lines that are page furniture, never statements of the article."""

OPENING_QUOTES: frozenset[str] = frozenset({'"', "“", "„", "«", "‘"})
CLOSING_QUOTES: frozenset[str] = frozenset({'"', "”", "»", "’"})
STRAIGHT_QUOTES: frozenset[str] = frozenset({'"'})
"""Quotation marks seen in Indonesian news; straight quotes open and close alike."""

SOURCING_CUES: frozenset[str] = frozenset(
    {"melansir", "dilansir", "mengutip", "dikutip", "menukil", "dinukil", "lansiran", "kutipan"}
)
"""Words that credit another medium ("Melansir Newsweek pada Selasa (29/12/2020)", "seperti dikutip
dari Global Times, Jumat (14/7)"): a date right after them is when that medium reported, not when
something happened, so it dates no timeline event."""

SOURCING_WINDOW_WORDS = 6
"""How many words before a time expression are searched for a sourcing cue."""

CAPTION_MARKERS: tuple[str, ...] = (
    "(kiri)",
    "(kanan)",
    "(tengah)",
    "(ki-ka)",
    "(kiri ke kanan)",
    "(dari kiri)",
    "foto:",
    "foto/",
    "antara foto",
    "reuters/",
    "afp/",
    "ap photo",
    "getty images",
    "shutterstock",
    "(dok.",
    "dok/",
)
"""Lower-cased marks of a photo caption or credit ("Putin (kiri) dan Xi …", "ANTARA FOTO/…"):
captions describe a picture, often an old one, and state no event of the article."""

LEGAL_NUMBER_BEFORE = (
    r"(?:(?:nomor|nomer|no\.?)\s*[\w.-]*\d[\w./-]*\s*|\buud\s*(?:nri\s*)?|undang-undang dasar\s*)"
    r"(?:tahun\s*)?$"
)
"""What precedes the year of a legal document's number ("UU Nomor 7 Tahun 2017", "PP No. 21
Tahun 2020", "Perpres Nomor 12/2021", "UUD 1945"): that year names the document, not when
something happened."""
