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

PERIOD_CUES: frozenset[str] = frozenset(
    {
        "periode",
        "sepanjang",
        "selama",
        "apbn",
        "rapbn",
        "apbd",
        "anggaran",
        "kuartal",
        "triwulan",
        "semester",
        "lhkpn",
        "tahunan",
        "fiskal",
        "buku",
        "ytd",
    }
)
"""Words right before a month or year that make it a reporting period or a named budget ("inflasi
periode Juni 2022", "sepanjang Agustus 2022", "APBN 2023", "LHKPN periode 2021", "tahun buku
2022"): a span that figures are counted over, not a day on which something happened."""

AS_OF_CUES: frozenset[str] = frozenset({"per"})
"""Words that make any date a snapshot ("harta Rp 56 miliar per 31 Desember 2021"): the day a
figure was counted, not a day on which something happened."""

PERIOD_WINDOW_WORDS = 3
"""How many words before a month or year are searched for a period cue."""

STATEMENT_CUES: frozenset[str] = frozenset(
    {
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "ungkap",
        "ungkapnya",
        "tutur",
        "tuturnya",
        "jelasnya",
        "imbuhnya",
        "tegasnya",
        "ucapnya",
        "dihubungi",
        "ditemui",
        "dikonfirmasi",
        "diwawancarai",
        "wartawan",
        "keterangannya",
    }
)
"""Words that put a date on the statement itself ("…," ujar X saat ditemui, Selasa (14/3/2023)):
that is when a source spoke to the reporter, usually the day of publication; a sentence like this
is a poor statement of the day's event when another sentence names the same date."""

STATEMENT_WINDOW_WORDS = 12
"""How many words before a date are searched for a statement cue."""

PLANNED_CUES: frozenset[str] = frozenset(
    {
        "akan",
        "bakal",
        "rencananya",
        "direncanakan",
        "dijadwalkan",
        "mendatang",
        "diprediksi",
        "diperkirakan",
        "diramalkan",
        "prakiraan",
        "diprakirakan",
        "prediksi",
        "berpotensi",
        "berencana",
        "hendak",
    }
)
"""Words of a plan or a forecast ("akan digelar pada Rabu (27/7) mendatang", "gempa bakal
mengguncang pada 6-7 Maret"): a later date in such a sentence is what someone expects, not what
happened; a date that only ever appears this way is not an event the sources report."""

PHOTO_CREDIT = r"\b[\w-]+\.(?:com|co\.id|id|net)\s*/\s*[A-Z][A-Z]+"
"""A photo credit naming the outlet and the photographer in capitals ("KOMPAS.com/SUCI RAHAYU",
"detik.com/ANDI"): the line is a caption, which describes a picture, not an event."""

BARE_CLOCK_TIME = r"^(?:pukul|jam)\s*\d{1,2}(?:[.:]\d{2}){0,2}\s*(?:wib|wita|wit|gmt|utc)?$"
"""A clock time with no day ("pukul 22:08:56 WIB"): the tagger can only pin it to the article's own
date, but in a recap of an older event it belongs to that event's day; alone it dates nothing."""

FIGURE_AFTER_CUES: frozenset[str] = frozenset(
    {"rp", "us", "usd", "sebesar", "senilai", "sebanyak", "mencapai", "tercatat", "tumbuh"}
)
"""Words right after a year that make it the label of a figure ("2021 Rp 124,5 miliar", "dan 2024
mencapai 98 persen"): a yearly series of numbers, not something that happened in that year."""

FIGURE_WINDOW_WORDS = 2
"""How many words after a year are searched for a figure cue (or a number)."""
