"""How Indonesian news pages credit their staff and sources, as plain data.

Bylines take many shapes on Indonesian sites, and the same shapes recur from outlet to outlet:

- a labelled line: "Penulis: X", "Reporter : X | Editor : Y", "Rep: X/ Red: Y", "Oleh: X";
- a name with its role after a comma: "Rizky Hidayat, Jurnalis";
- a name with the outlet's channel after a dash: "Eko Sudjarwo - detikJatim";
- a name before the date on one line: "Arif Wicaksono • 16 Maret 2023 15:10";
- a name alone on the line next to the date line, between headline and body;
- "Laporan Wartawan Tribun-Timur.com, X" just above the body.

The body's closing credits are as regular: editor initials "(iwd/iwd)", "(mcr8/jpnn)", "[ded]", and
wire credits "(Antara)", "(AFP/Reuters)", "- AFP" at the end of the last paragraph. The metadata
reader and the text-dump extractor compile these once at import time.
"""

from __future__ import annotations

ROLE_AFTER_NAME: tuple[str, ...] = (
    "jurnalis",
    "reporter",
    "wartawan",
    "penulis",
    "kontributor",
    "koresponden",
    "editor",
    "redaktur",
    "penyunting",
)
"""Role words printed after a name and a comma ("Rizky Hidayat, Jurnalis"): the line is a byline."""

ROLE_AFTER_NAME_EDITORS: tuple[str, ...] = ("editor", "redaktur", "penyunting")
"""…of which these name an editor; the others an author."""

NOT_A_PERSON_WORDS: tuple[str, ...] = (
    "tim",
    "redaksi",
    "admin",
    "administrator",
    "newsroom",
    "desk",
    "staf",
    "staff",
    "humas",
    "rilis",
    "siaran",
    "pers",
    "bagikan",
    "share",
    "tweet",
    "komentar",
    "ikuti",
    "follow",
    "baca",
    "simak",
    "lihat",
    "tag",
    "tags",
    "topik",
    "terkait",
    "terkini",
    "terpopuler",
    "populer",
    "advertisement",
    "iklan",
    "ilustrasi",
    "foto",
    "video",
    "istimewa",
    "dok",
    "net",
)
"""Words that show a capitalised line next to the date is not a person's name ("Tim Redaksi",
"Bagikan", "Baca Juga"): a bare name beside the date line is only taken without them."""

HEADLINE_WORD_PATTERNS: str = r"\w{4,}kan|\w{4,}nya|(?:pe[mnr]|peng|peny)\w{3,}an|ke\w{4,}an"
"""Words that Indonesian headlines are made of and personal names are not (whole words, any case):
verbs in -kan ("Resmikan", "Waspadakan"), -nya forms ("Rumahnya"), pe-…-an / ke-…-an nouns
("Pembunuhan", "Kenaikan"). The stems are long enough to spare names such as "Furkan", "Sonya",
"Kelvian". A Title Case line holding one is a headline, however name-like its shape
("Jokowi Resmikan Bendungan Baru")."""

HEADLINE_VOCABULARY: tuple[str, ...] = (
    "polisi", "polda", "polres", "warga", "pemerintah", "pemkot", "pemkab", "pemprov", "presiden",
    "menteri", "gubernur", "bupati", "wali", "kota", "kabupaten", "desa", "harga", "banjir", "gempa",
    "longsor", "kebakaran", "jalan", "tol", "kasus", "korban", "tersangka", "pasar", "rumah", "sakit",
    "sekolah", "siswa", "guru", "petani", "nelayan", "pedagang", "buruh", "tiket", "pesawat", "kapal",
    "kereta", "bus", "mobil", "motor", "listrik", "air", "beras", "cabai", "minyak", "gula", "telur",
    "ribuan", "ratusan", "puluhan", "jutaan", "miliar", "triliun", "persen", "tahun", "pekan",
    "baru", "lagi", "naik", "turun", "tangkap", "periksa", "minta", "bakal", "akan", "jadi",
    "usai", "jelang", "soal", "kata", "begini", "ini", "itu", "hingga", "sejak", "resmi", "tewas",
    "hilang", "ditangkap", "diperiksa", "dilantik", "mulai", "tetap", "belum", "sudah", "tak", "tidak",
    "bukan", "lewat", "atas", "bagi", "daftar", "jadwal", "hasil", "tim", "laga", "timnas",
)  # fmt: skip
"""Frequent headline words that are no part of an Indonesian personal name (lower case): a short
Title Case line holding one ("Polisi Tangkap Pelaku Begal") is a headline, not a byline."""

LOWER_CASE_BYLINE_OPENERS: tuple[str, ...] = ("oleh", "by")
"""Lower-case words that open a byline line under the headline ("oleh Lusia Arumingtyas [Cilacap]
di 14 March 2023", Mongabay): such a line is no continuation of the headline above it."""

HEADLINE_ACRONYM: str = r"[A-Z]{2,5}"
"""An acronym ("KPK", "DPR") in a line that is not all capitals: a headline word, never a name's.

Together with HEADLINE_WORD_PATTERNS and HEADLINE_VOCABULARY: a Title Case line holding one is a
headline, however name-like its shape ("Jokowi Resmikan Bendungan Baru")."""

BARE_NAME_MIN_WORDS: int = 2
"""A name standing alone beside the date line (no label) needs this many words: a single
capitalised word there is more often a rubric or a button than a byline."""

DATE_NAME_SEPARATORS: str = r"\s*(?:[•·|/]|\s[-–—]\s)\s*"
"""What parts a name from the date on one header line ("Arif Wicaksono • 16 Maret 2023 15:10")."""

CLOSING_INITIALS: str = (
    r"[a-z][a-z0-9*]{1,5}(?:\s*/\s*[a-z*][a-z0-9*]{0,5}){0,4}"
    r"|[A-Z][a-z]{1,4}(?:\s*/\s*[A-Z][a-z*]{1,4}){1,4}"
    r"|(?:[A-Z][a-z]{0,3}\s*/\s*)?[A-Z]{1,3}-\d{1,3}"
    r"|\*{1,3}(?:\s*/\s*[A-Za-z][\w.]{1,20})?"
)
"""Editor initials that close a story: "iwd/iwd", "mcr8/jpnn", "ded", "abd", "Cas/Isk", and desk
codes "Z-7", "Ant/P-5" (Media Indonesia), the Tribun network's "(*)", "(*/Tribunnews.com)"."""

CLOSING_WIRES: str = (
    r"antara|antaranews|reuters|afp|ap|xinhua|bernama|kyodo|yonhap|anadolu|bloomberg|dpa|efe|tass|"
    r"sputnik|ria novosti|bbc|cnn|aljazeera|al jazeera"
)
"""Wire agencies whose name closes a copied story: "(Antara)", "(AFP/Reuters)", "- AFP"."""

INITIALS_BEFORE_WIRES: str = r"[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+\s+(?=\()"
"""Writer and editor initials before the agencies of a closing credit line, as DW Indonesia signs:
"ae/hp (Reuters, AFP, dpa)"."""

AFFILIATION_HEADS: tuple[str, ...] = (
    "dosen",
    "peneliti",
    "guru besar",
    "pengajar",
    "pengamat",
    "analis",
    "pemerhati",
    "praktisi",
    "mahasiswa",
    "alumnus",
    "kandidat doktor",
    "direktur eksekutif",
    "wartawan senior",
    "pegiat",
    "aktivis",
)
"""What follows the writer's name on the byline of an opinion column, which states no date and no
label: "Bayu Setiawan Dosen Teknik Lingkungan, Universitas Andalas", "Rina Putri Peneliti BRIN"."""

INSTITUTION_WORDS: tuple[str, ...] = (
    "universitas", "institut", "politeknik", "sekolah", "fakultas", "akademi", "lembaga", "yayasan",
    "university", "institute",
)  # fmt: skip
"""Words of an affiliation line, never of a personal name ("Mahasiswa Sosiologi Universitas
Brawijaya" under a columnist's name)."""

CLOSING_CREDIT_AFTER: str = r"[.!?\"”’]"
"""A closing credit follows the end of a sentence: "… lebih lanjut. (Antara)", "… rupiah. [ded]"."""

SYNDICATION_CREDIT: str = (
    r"(?:artikel|berita|tulisan|konten)\s+ini\s+(?:telah\s+|sudah\s+|pernah\s+|juga\s+)?"
    r"(?:tayang|terbit|dimuat|diterbitkan|ditayangkan|dipublikasikan)\s+(?:di|pada|dalam|oleh)\s+"
    r"(?:laman\s+|situs\s+|portal\s+|media\s+)?"
)
"""The credit of a syndicated copy naming its first publisher: "Artikel ini telah tayang di
Tribunnews.com dengan judul …" (the name follows)."""

CLOSING_MARK: str = r"\*{2,3}|#{2,3}"
"""An unbracketed end mark after the last sentence: "… akhir April. ***"."""

DASHED_WIRE_ENDS: tuple[str, ...] = (
    "AFP",
    "Reuters",
    "REUTERS",
    "AP",
    "Antara",
    "ANTARA",
    "Xinhua",
    "Bernama",
)
"""Wires that close a story after a dash ("… badai tropis. - AFP"): a page is only searched for a
dashed credit when a line ends with one of these."""


SIDE_BY_SIDE_NAME_MARKS: str = "|•·&"
"""Marks between names standing together on a header line: "Erick Tanjung | Yasinta Rahmawati",
"Rahmat Hidayat & Siska Amelia" (BBC News Indonesia's two writers over its name)."""
