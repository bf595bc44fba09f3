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
