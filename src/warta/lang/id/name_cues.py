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

NICKNAME_QUOTES: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'), ("‘", "’"))
"""Quote marks around a nickname written inside a full name ('Yudi “Gendut” Prasetyo'): the person
is "Yudi Prasetyo", and the nickname is another name the text may call them by. Not the plain
single quote, which headlines use for scare quotes ("di Depan 'Bukit' Duit")."""

NOT_BEFORE_NICKNAMED: frozenset[str] = frozenset({"di", "ke", "dari", "pada", "dalam", "depan", "atas"})
"""Words before a capitalised run that make it a place or a thing, not a nicknamed person."""

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

BALINESE_OPENERS: frozenset[str] = frozenset(
    {"Wayan", "Made", "Nyoman", "Ketut", "Komang", "Kadek", "Putu", "Gede", "Cokorda", "Luh"}
)
"""Balinese birth-order names and titles that open only a person's name: a capitalised run of two
or more name words opened by one ("Komang Adi Saputra") is a person even with no role or verb.
Not "Ngurah", which also opens the airport's short name ("Bandar Udara Ngurah Rai")."""

BALINESE_OPENER_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("Anak", "Agung"), ("Ida", "Bagus"), ("Ida", "Ayu"), ("Dewa", "Ayu"), ("Dewa", "Gede"), ("I", "Gusti")}
    | {
        (a, b)
        for a in ("I", "Ni")
        for b in ("Wayan", "Made", "Nyoman", "Ketut", "Komang", "Kadek", "Putu", "Luh", "Gede")
    }
)
"""Two-word Balinese openers whose first word alone is ambiguous ("Anak", "Dewa", "I")."""

APPOINTED_AS = "sebagai"
"""The word between a name and the office it is given ("melantik X sebagai Penjabat Wali Kota Y"):
a capitalised run before it and a role head after it make a person with that role."""

APPOINTED_ROLE = (
    r"[^,.;:\n“”\"]*?"
    r"(?=\s+(?:di|pada|dalam|yang|sejak|mulai|menggantikan|hingga|oleh|untuk)\b|[,.;:\n“”\"]|$)"
)
"""The office after "sebagai": up to a clause break or a preposition that opens an adverbial."""

MAX_APPOINTED_HEAD_OFFSET = 3
"""Tokens after "sebagai" within which the office's role head must start ("sebagai Penjabat (Pj)
Wali Kota")."""

CLAUSE_ROLE_NOUNS: frozenset[str] = frozenset(
    {"warga", "penduduk", "pedagang", "sopir", "pengemudi", "petani", "nelayan", "buruh", "korban"}
)
"""Nouns that head the description of a person in the clause before ", NAME," without being a
title ("Seorang warga Desa X, Ketut Arsana (52), …"): the role of that person, though the name never
follows them directly as it follows a title (the capitalised words after them are the place)."""

INNER_NAME_WORDS: frozenset[str] = frozenset({"Daeng", "Br", "Boru"})
"""Capitalised words inside a full name that do not count towards its length: the Bugis-Makassar
"Daeng" ("Andi Muhammad Yusuf Daeng Situju") and the Batak "Br"/"Boru" before a woman's clan name
("Rosmawati Br Ginting"), like the lower-case "bin"/"binti" ("Yusron Ambary bin Abdul Karim")."""

BOTH_PLACES_JOINER = "-"
"""Two known places joined by a hyphen name both ("jaringan Malaysia-Aceh")."""

PERSON_ONLY_INNER_WORDS: frozenset[str] = frozenset({"bin", "binti", "Daeng", "Br", "Boru"})
"""Words inside a capitalised run that only a person's name holds ("Muhammad Sihran Daeng Manaba",
"Ahmad bin Said"): the run is a person even with no role or verb next to it."""

BALINESE_CALL_NAMES: frozenset[str] = frozenset({"Ayu", "Putu", "Made", "Komang", "Kadek", "Gede", "Ketut"})
"""Balinese openers a person is also called by when the opener stands last before the given name
("Ni Luh Putu Ayu Lestari" … "Ayu menyebut"): a short form only when a verb follows or a reporting
cue precedes, like other short forms that are also words."""

NOBLE_TITLES: frozenset[str] = frozenset({"pangeran", "syekh", "sheikh", "emir"})
"""Titles of birth or address before a name that follows another title and a comma ("Menteri Luar
Negeri Arab Saudi, Pangeran Khalid …"): like a rank there, they do not replace the office as role."""

SUPERLATIVES: tuple[str, ...] = (
    "Terbaik",
    "Terburuk",
    "Terfavorit",
    "Terpopuler",
    "Terbesar",
    "Terbanyak",
    "Terlaris",
    "Terbaru",
)
"""Capitalised superlatives: never part of a person's name ("Pemain Muda Terbaik")."""

AWARD_SUPERLATIVES: tuple[str, ...] = ("Terbaik", "Terburuk", "Terfavorit", "Terpopuler")
"""Superlatives that end award categories ("Penyanyi Solo Wanita Terbaik"): the capitalised words
before them name the category, not a person or a place ("Solo" there is no city). Not "Terbesar"
and the like, which end Title Case headlines ("Singapura Masih Investor Terbesar")."""

MAX_CATEGORY_WORDS = 5
"""Most capitalised words of an award category before its superlative."""
