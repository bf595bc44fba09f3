"""Widgets of Indonesian news pages as HTML marks them, and the lines they leave in an extraction.

trafilatura keeps some of a page's furniture inside the article: a recommendation box between two
paragraphs, a photo caption, a "Berita Lainnya" link under the last paragraph, a comment prompt.
The markup says what they are (a class or an ARIA label naming the widget, a ``<figcaption>``, an
element holding an image and one short line, a link); the patterns here are that grammar, as data.
"""

from __future__ import annotations

WIDGET_MARKERS: tuple[str, ...] = (
    "recommend", "recommendation", "recommendations", "rekomendasi", "related", "terkait",
    "bacajuga", "baca-juga", "lainnya", "populer", "popular",
    "terpopuler", "trending", "comment", "comments", "komentar", "share", "sharing", "social",
    "socmed", "newsletter", "promo", "advert", "advertisement", "iklan", "ads", "breadcrumb",
    "caption", "keterangan", "ket", "credit", "photo-credit", "figcaption", "tags", "tag",
    "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "embed-social",
)  # fmt: skip
"""Words of ``class``, ``id`` and ``aria-labelledby`` values (split at spaces, "-" and "_", lower
case) that name a widget: recommendation and related boxes, comment and share boxes, captions,
tag lists, embedded social posts ("twitter-tweet", "instagram-media"). An element so marked
never holds the article body (the body block's ancestors are
never treated as widgets)."""

WIDGET_LINES: tuple[str, ...] = (
    r"(?:akhir dari |lewati )?(?:artikel|berita)(?:-(?:artikel|berita))? (?:yang )?direkomendasikan.*",
    r"(?:baca juga )?rekomendasi (?:untuk anda|artikel|berita)",
    r"lewati (?:ke )?(?:bagian )?(?:konten|isi|navigasi|iklan|menu|artikel|video|podcast)\b.{0,80}",
    r"(?:beri|berikan|tulis|kirim|tambahkan|lihat|tampilkan|baca) (?:semua )?komentar(?: anda)?",
    r"(?:\d+ )?komentar(?: \(\d+\))?",
    r"(?:gabung|ikut) (?:dalam )?diskusi",
    r"forum",
    r"skip to (?:content|main content)",
    r"laporan (?:wartawan|reporter|koresponden|kontributor|jurnalis) [^,|]{2,40}\s*[,|]\s*[^,|.]{2,60}",
)
"""Whole lines (lower case, full match) of widgets: a recommendation box's head and tail
("Artikel-artikel yang direkomendasikan", "Akhir dari …"), skip links ("Lewati …"), comment
prompts ("Beri komentar", "Tulis komentar"), and the Tribun network's reporter line opening the
body ("Laporan Wartawan Tribun Bali, Nama"), which the metadata reader still reads as the byline."""

CLOSING_CODE: str = (
    r"\s*(?:\((?:[A-Z]{1,4}-\d{1,3}|[A-Z][A-Za-z]{0,3}/[A-Z]{1,4}-\d{1,3}|\*{1,3}|END|End|end|SELESAI)\)"
    r"|\*{3})\s*$"
)
"""The mark closing the last paragraph: an editor's code as print newsrooms sign their articles
("… mulai bulan depan. (Z-7)", "(H-2)", "(Ant/P-1)"), or an end mark ("(*)", "***", "(END)")."""

SHARE_BUTTON_WORDS: frozenset[str] = frozenset(
    {"facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "instagram", "tiktok",
     "youtube", "email", "e-mail", "share", "bagikan", "salin", "copy", "tweet"}
)  # fmt: skip
"""Words of a share bar ("Facebook Twitter Whatsapp Telegram"): a line of them beside a byline is
the bar's text, never a person's name."""

CLOSING_INITIALS: str = r"\s*\(\s*[a-z]{2,5}(?:\s*/\s*[a-z*]{1,5}){1,4}\s*\)\s*$"
"""Writer/editor initials closing the last paragraph ("… pekan depan. (nma/fra)")."""

CLOSING_WIRE: str = r"\s*\((?P<name>[A-Za-z][A-Za-z .-]{1,24})\)\s*$"
"""A wire credit closing the last paragraph ("… di Jakarta. (Antara)"); the name must be a known
wire agency or outlet (see ``CLOSING_WIRE_NAMES``)."""

CLOSING_WIRE_NAMES: dict[str, str] = {"ant": "ANTARA", "antara": "ANTARA", "antaranews": "ANTARA"}
"""Abbreviations of the credit that the alias tables do not hold (lower case) → canonical."""

CAPTION_MAX_CHARS: int = 320
"""A caption beside an image is one or two sentences; longer text next to an image is prose."""

CAPTION_CONTAINER_DEPTH: int = 2
"""How far above an image to look for the small box that holds it and its caption."""

WIDGET_LINE_MAX_WORDS: int = 30
"""A line of a widget element longer than this is prose (a paragraph inside a mislabelled box)
and is never dropped as furniture."""

LINK_LINE_MAX_WORDS: int = 20
"""A body line that is exactly one link's text, up to this long, is a headline link."""

INDEX_PATH_WORDS: frozenset[str] = frozenset(
    {"tag", "tags", "topic", "topik", "topics", "author", "authors", "penulis", "reporter",
     "profile", "kategori", "category", "kanal", "indeks", "index", "search", "cari", "pencarian",
     "hashtag", "tagar"}
)  # fmt: skip
"""First words of the addresses of index pages: a tag, topic, author or search page is addressed
as one of these words followed by one slug ("/tag/banjir-bandang", "/author/nama-penulis",
"/topic/mudik-lebaran-2024"), never an article. Words under which some outlets DO file articles
("profil" pieces, "arsip" stories, an "editor" desk's picks) are left out."""

STANDFIRST_MARKERS: tuple[str, ...] = (
    "subtitle", "sub-title", "subheadline", "sub-headline", "standfirst", "excerpt", "dek", "deck",
    "kicker", "strapline",
)  # fmt: skip
"""``class`` words of the standfirst or kicker printed with the headline ("sub-title", "excerpt"):
its text opening an extraction is header material, not the body's first paragraph."""

CREDIT_TRAILING_CODE: str = r"\s*[(\[]\s*[a-z]{2,5}(?:\s*/\s*[a-z*]{1,5}){0,4}\s*[)\]]\s*$"
"""A desk code in lower case closing a credit line the extraction joined to it ("Sumber: Reuters
(dce/dce)", "Sumber: Antara [ded]"): writer/editor initials, never a source."""

CLOSING_NAME_CREDIT: str = (
    r"\s*\((?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})\s*/\s*[A-Za-z][\w.\-]{2,30}\)\s*$"
)
"""The writer and the outlet closing the last paragraph, as regional papers sign their stories
("… sekitar 1.200 hektare. (Ketut Sujana Putra/balipost)"): removed when the name is a person's."""
