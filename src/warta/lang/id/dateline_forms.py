"""Dateline forms with a colon, as plain data.

Most Indonesian datelines end with a dash ("JAKARTA, KOMPAS.com -"). Some newsrooms end them with
a colon instead: RRI's "KBRN, Ambon: …" (KBRN, Kantor Berita Radio Nasional, is RRI's newsroom),
Medcom's "Jakarta: …". A colon also ends labels ("Catatan: …", "Foto: …"), so the colon form is
only read as a dateline when an outlet's token opens it, or when the word before the colon is a
known place.
"""

from __future__ import annotations

NEWSROOM_TOKENS: dict[str, str] = {
    "kbrn": "RRI",
    "rri": "RRI",
    "rri.co.id": "RRI",
    "medcom.id": "Medcom.id",
    "metrotvnews.com": "Metro TV",
    "mediaindonesia.com": "Media Indonesia",
}
"""Lower-case tokens that open a colon dateline → the outlet they name."""

COLON_DATELINE: str = (
    r"^(?:(?P<outlet>[A-Za-z][\w.-]{1,30}),\s*)?"
    r"(?P<city>[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?)\s*:\s+(?=[A-Z\"“])"
)
"""A colon dateline at the start of the first paragraph: "KBRN, Ambon: Harga …", "Jakarta: Bank …"
(the text after the colon starts a sentence)."""

STOP_DATELINE: str = r"^(?P<city>[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?)\.\s+(?=[A-Z\"“])"
"""A dateline closed by a full stop, as Jakarta Globe prints it: "Jakarta. The Jakarta
administration …" (read only when the word names a known place)."""

GLUED_HYPHEN_DATELINE: str = r"^(?P<city>[A-Z][A-Z'’]{2,}(?:\s+[A-Z][A-Z'’]+)?)-(?=[A-Z][a-z])"
"""A shouted city glued to the lead by a plain hyphen, as some regional papers print it ("PALU-
Nelayan di pesisir …"): read only for a known place (a shouted compound "JAKARTA-BANDUNG" has no
lower-case letter after the hyphen)."""
