"""Indonesian words of time: the data the temporal tagger (``warta.stages.times``) is built from.

Everything language-specific lives here as plain data (lower case): number words, time units,
deictic words (kemarin, besok), reference words (sekarang, saat itu), the cue words that tell a
future clause from a past one, parts of the day, and the nouns after which a four-digit number is a
quantity rather than a year. The stage compiles these into regular expressions once.
"""

from __future__ import annotations

from warta.lang.id.calendar import MONTHS

NUMBER_WORDS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
"""Cardinal words that stand alone. "dua belas", "tiga puluh lima" are composed by the parser."""

TEEN_WORD = "belas"
"""``N belas`` = 10 + N (dua belas = 12)."""

TENS_WORD = "puluh"
"""``N puluh [M]`` = 10 × N + M (tiga puluh lima = 35)."""

HUNDREDS_WORD = "ratus"
"""``N ratus`` = 100 × N."""

UNITS: dict[str, str] = {
    "detik": "S",
    "menit": "TM",
    "jam": "H",
    "hari": "D",
    "pekan": "W",
    "minggu": "W",
    "bulan": "M",
    "tahun": "Y",
    "windu": "8Y",
    "dekade": "10Y",
    "dasawarsa": "10Y",
    "abad": "100Y",
}
"""Time units to TIMEX3 duration letters. "TM" marks minutes (``PT5M``); hours and seconds are
time units too (``PT2H``, ``PT30S``); windu, decade and century multiply years."""

VAGUE_QUANTITIES = ("beberapa", "berapa", "sejumlah", "puluhan", "ratusan", "belasan")
"""Quantity words that make a duration vague: ``beberapa bulan`` → ``PXM``."""

REDUPLICATED_DURATIONS: dict[str, str] = {
    "bertahun-tahun": "PXY",
    "berbulan-bulan": "PXM",
    "berminggu-minggu": "PXW",
    "berpekan-pekan": "PXW",
    "berhari-hari": "PXD",
    "berjam-jam": "PTXH",
    "bermenit-menit": "PTXM",
    "berabad-abad": "PXC",
    "puluhan tahun": "PXY",
    "ratusan tahun": "PXY",
    "sejenak": "PXX",
    "sesaat": "PXX",
    "beberapa saat": "PXX",
    "sebentar": "PXX",
    "lama": "",
}
"""Fixed vague durations (an empty value means: not a time expression on its own)."""

DURATION_MODIFIERS = (
    "sekitar",
    "sekira",
    "hampir",
    "nyaris",
    "kurang lebih",
    "lebih dari",
    "kurang dari",
    "lebih kurang",
    "sedikitnya",
    "setidaknya",
    "paling tidak",
    "sekurang-kurangnya",
)
"""Words before a quantity that belong to the expression ("hampir setahun", "sekitar 40 menit").
"selama" (for) is a signal word, not part of the expression (TimeML convention)."""

DEICTIC_DAYS: dict[str, int] = {
    "hari ini": 0,
    "kemarin lusa": -2,
    "kemarin": -1,
    "kemarennya": -1,
    "besok lusa": 2,
    "besok": 1,
    "esok": 1,
    "esok hari": 1,
    "lusa": 2,
}
"""Words for a day counted from the anchor (the day of writing)."""

RELATIVE_PERIOD_OFFSETS: dict[str, int] = {
    "ini": 0,
    "sekarang": 0,
    "lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "yang lalu": -1,
    "sebelumnya": -1,
    "depan": 1,
    "mendatang": 1,
    "yang akan datang": 1,
    "berikutnya": 1,
    "selanjutnya": 1,
}
"""Words after pekan/minggu/bulan/tahun: ``pekan lalu`` = the week before the anchor's week."""

AGO_WORDS = ("yang lalu", "lalu", "silam", "yang silam", "sebelumnya", "yang sebelumnya", "kemarin")
"""After a quantity of units: ``dua tahun lalu`` counts back from the anchor (or, for
``sebelumnya``, from the last date mentioned)."""

LATER_WORDS = ("kemudian", "berikutnya", "setelahnya", "sesudahnya", "sesudah itu", "setelah itu")
"""After a quantity of units: ``sebulan kemudian`` counts forward from the last date mentioned."""

AHEAD_WORDS = ("lagi", "mendatang", "yang akan datang", "ke depan")
"""After a quantity of units: ``tiga hari lagi`` counts forward from the anchor."""

ANAPHORIC_DAYS: dict[str, int] = {
    "hari yang sama": 0,
    "hari itu": 0,
    "tanggal yang sama": 0,
    "hari tersebut": 0,
    "keesokan harinya": 1,
    "keesokan hari": 1,
    "keesokannya": 1,
    "esok harinya": 1,
    "esoknya": 1,
    "besoknya": 1,
    "sehari sebelumnya": -1,
    "sehari setelahnya": 1,
    "sehari sesudahnya": 1,
    "sehari kemudian": 1,
    "sehari sebelum": -1,
    "sehari setelah": 1,
    "sehari sesudah": 1,
    "sehari usai": 1,
    "sehari jelang": -1,
    "sehari menjelang": -1,
    "dua hari sebelum": -2,
    "dua hari setelah": 2,
}
"""Days counted from the last date the text mentioned ("Pada hari yang sama", "keesokan harinya")."""

PRESENT_REFS = (
    "sekarang",
    "kini",
    "saat ini",
    "dewasa ini",
    "masa kini",
    "belakangan ini",
    "akhir-akhir ini",
    "pada waktu ini",
    "hingga kini",
)
PAST_REFS = (
    "baru-baru ini",
    "dulu",
    "dahulu",
    "saat itu",
    "waktu itu",
    "ketika itu",
    "kala itu",
    "masa lalu",
    "saat yang sama",
    "waktu yang sama",
    "masa silam",
    "tempo dulu",
    "tempo hari",
    "beberapa waktu lalu",
    "beberapa waktu yang lalu",
    "belum lama ini",
    "sebelumnya",
)
FUTURE_REFS = (
    "masa depan",
    "ke depan",
    "kelak",
    "nanti",
    "masa mendatang",
    "di kemudian hari",
    "dalam waktu dekat",
    "tak lama lagi",
    "tidak lama lagi",
    "sebentar lagi",
)
"""Reference words valued ``PRESENT_REF``, ``PAST_REF`` and ``FUTURE_REF`` (TimeML convention)."""

WEAK_REFS = frozenset({"sebelumnya", "nanti"})
"""Reference words not tagged on their own: alone they are as often adverbs of sequence
("seperti sebelumnya", "nanti kita lihat"); they count inside longer phrases ("sehari sebelumnya")."""

FUTURE_CUES = frozenset(
    {
        "akan",
        "bakal",
        "hendak",
        "mendatang",
        "depan",
        "diharapkan",
        "direncanakan",
        "dijadwalkan",
        "rencananya",
        "berencana",
        "merencanakan",
        "nanti",
        "segera",
        "menjadwalkan",
        "besok",
        "lusa",
    }
)
"""Words that put a clause in the future: a bare weekday there is the coming one."""

PAST_CUES = frozenset(
    {"telah", "sudah", "lalu", "kemarin", "sebelumnya", "seharusnya", "silam", "pernah", "tadi", "sempat"}
)
"""Words that put a clause in the past."""

PLAN_IN_THE_PAST = frozenset({"sebelumnya", "seharusnya", "semula", "semestinya", "tadinya", "awalnya"})
"""Words that tell a plan as past: they override any future cue ("yang sebelumnya dijadwalkan
Jumat" is the Friday that was planned, before the day of writing)."""

CLAUSE_BREAK_WORDS = frozenset(
    {"bahwa", "yang", "ketika", "saat", "setelah", "sebelum", "namun", "tetapi", "sedangkan", "sementara"}
)
"""Words that open a new clause: cues beyond them do not reach a time expression."""

PARTS_OF_DAY: dict[str, str] = {
    "dini hari": "NI",
    "pagi": "MO",
    "siang": "MI",
    "sore": "AF",
    "petang": "EV",
    "malam": "NI",
    "tengah malam": "24:00",
}
"""Parts of the day to TIMEX3 codes: ``Minggu pagi`` → ``2014-12-28TMO``. Midnight is a point, not a
part: "Sabtu tengah malam" is the end of Saturday, ``2024-08-10T24:00`` (TIMEX3's "midnight")."""

MIDNIGHT = "tengah malam"
"""Midnight: also a time by itself ("kapal merapat tengah malam": the day in context, at 24:00)."""

NOT_MIDNIGHT_BEFORE = frozenset({"matahari"})
"""Words before "tengah malam" that make it no time of day ("matahari tengah malam": the midnight sun)."""

PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari"})
"""Prepositions of place: after them a one-word holiday name is a place ("menetap di Natal", the
Brazilian city), not the day."""

NIGHT_PODS = frozenset({"malam"})
"""Parts of the day after which a small-hours clock time is the next day's."""

SMALL_HOURS_END = 5
"""A clock time before this hour, after a day told as "malam", is past midnight: "Senin (15/4)
malam ... baru padam pukul 01.30 WIB" is Tuesday 01:30 (not "dini hari", which is that day's)."""

PART_OF_DAY_HOURS: dict[str, int] = {"pagi": 0, "siang": 12, "sore": 12, "petang": 12, "malam": 12}
"""Hours added to a clock time by the part of the day after it ("pukul 8 malam" = 20:00)."""

SEASONS: dict[str, str] = {
    "musim hujan": "WI",
    "musim penghujan": "WI",
    "musim kemarau": "SU",
    "musim dingin": "WI",
    "musim panas": "SU",
    "musim semi": "SP",
    "musim gugur": "FA",
}
"""Seasons to TIMEX3 codes (the TimeML corpus values Indonesia's rainy season as winter, ``WI``)."""

NOT_YEAR_BEFORE = frozenset(
    {"rp", "us$", "nomor", "no", "pasal", "ayat", "kode", "tipe", "seri", "nopol", "km", "kilometer"}
)
"""Words before which a four-digit number is never a year ("Rp 2015", "nomor 2014")."""

COUNT_NOUNS = frozenset(
    {
        "orang",
        "jiwa",
        "unit",
        "buah",
        "ekor",
        "kaki",
        "meter",
        "kilometer",
        "km",
        "mil",
        "ton",
        "kg",
        "kilogram",
        "liter",
        "rupiah",
        "dolar",
        "dollar",
        "hektar",
        "hektare",
        "ha",
        "penumpang",
        "personel",
        "kursi",
        "rumah",
        "warga",
        "kali",
        "persen",
        "lembar",
        "butir",
        "kapal",
        "pesawat",
        "anggota",
        "peserta",
        "siswa",
        "mahasiswa",
        "pasukan",
        "tentara",
        "korban",
        "kasus",
        "titik",
        "halaman",
        "kata",
        "mw",
        "derajat",
        "sen",
        "poin",
        "suara",
    }
)
"""Nouns after which a four-digit number is a quantity ("2000 orang"), never a year."""

MONTH_PREFIXES = frozenset(
    {
        "bulan",
        "pada",
        "sejak",
        "hingga",
        "sampai",
        "awal",
        "akhir",
        "pertengahan",
        "medio",
        "per",
        "selama",
        "menjelang",
        "jelang",
        "sepanjang",
        "dari",
        "di",
        "dalam",
    }
)
"""Words before which a bare full month name is a date ("pada Oktober", "sejak Maret")."""

PERIOD_EDGES = ("awal", "akhir", "pertengahan", "medio")
"""Edges of a period ("akhir Desember") kept in the span; the value is the period's."""

WEEK_WORDS = ("pekan", "minggu")
"""The two words for "week" ("minggu" is also Sunday: see ``WEEK_ORDINALS``)."""

YEAR_PARTS: dict[str, str] = {"kuartal": "Q", "triwulan": "Q", "kuarter": "Q", "semester": "H", "paruh": "H"}
"""Parts of a year: ``kuartal III 2015`` → ``2015-Q3``, ``semester I 2024`` → ``2024-H1``,
``paruh kedua tahun ini`` → the second half of the anchor's year."""

YEAR_PAIR_WORDS = ("tahun ajaran", "tahun akademik", "tahun pelajaran", "tahun buku", "musim")
"""Words before a pair of consecutive years that is one period across them: ``tahun ajaran
2023/2024`` is the range 2023 to 2024 (July to June), like ``musim 2023/2024`` of a league."""

ORDINALS: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
}
"""Roman numerals and ordinal words of quarters and halves."""

FORMERLY_BEFORE = frozenset(
    {"sejak", "dari", "zaman", "jaman", "masa", "waktu", "saat", "kala", "seperti", "yang", "tempo"}
)
"""Words before which "dulu"/"dahulu" is "formerly" (``sejak dulu``)."""

FIRST_BEFORE = frozenset({"lebih", "terlebih", "dulu", "dahulu"})
"""Words before which "dulu" is "first/beforehand" (``terlebih dulu``)."""

FIRST_AFTER = frozenset(
    {
        "dong",
        "deh",
        "ya",
        "saja",
        "aja",
        "lah",
        "sebelum",
        "baru",
        "kemudian",
        "lalu",
        "untuk",
        "sambil",
        "sih",
    }
)
"""Words after which "dulu" is "first" rather than "formerly" ("tunggu dulu ya")."""

HOLIDAYS: dict[str, tuple[int, int]] = {
    "hari natal": (12, 25),
    "natal": (12, 25),
    "malam natal": (12, 24),
    "malam tahun baru": (12, 31),
    "hari kemerdekaan": (8, 17),
    "hut ri": (8, 17),
    "hari buruh": (5, 1),
    "hari kartini": (4, 21),
    "hari pendidikan nasional": (5, 2),
    "hari lahir pancasila": (6, 1),
    "hari anak nasional": (7, 23),
    "hari kesaktian pancasila": (10, 1),
    "hari sumpah pemuda": (10, 28),
    "hari pahlawan": (11, 10),
    "hari guru nasional": (11, 25),
    "hari ibu": (12, 22),
}
"""Fixed-date days (month, day); the year is the one written after them or the nearest to the
anchor. Moving feasts (Idul Fitri, Imlek, Nyepi) are in ``feasts``. A one-word name ("Natal") is
a day only where a feast name would be one: not inside a capitalised name ("Mandailing Natal")."""

COORDINATORS = frozenset({"dan", "serta", "atau", "lalu", "kemudian"})
"""Words after a time expression that start another clause: cues after them do not reach back
("pada Senin dan akan kembali Selasa": Senin is not in the future)."""

WEEK_ORDINALS = frozenset(
    {
        "ke",
        "pertama",
        "kedua",
        "ketiga",
        "keempat",
        "kelima",
        "terakhir",
        "ini",
        "depan",
        "mendatang",
        "berikutnya",
    }
)
"""Words after "Minggu" that make it a week ("Minggu ketiga Maret"), not Sunday."""

DATE_WORDS = ("tanggal", "tgl")
"""Words before a day number: ``tanggal 24``, ``tgl. 5 Mei``."""

DATE_RELS = ("lalu", "kemarin", "silam", "mendatang", "depan", "nanti")
"""Words after a date that place it before or after the anchor: ``28 Mei lalu``."""

CLOCK_WORDS = ("pukul", "jam", "pkl")
"""Words before a clock time: ``pukul 08.00 WITA`` (``jam`` only with minutes, zone or part of day)."""

CLOCK_MODIFIERS = ("sekitar", "sekira", "kurang lebih")
"""Words before a clock time that belong to the expression: ``sekitar pukul 06.14``."""

SET_WORDS = ("setiap", "tiap", "saban")
"""``setiap tahun`` is a set (``P1Y``), not a date."""

LAST_NIGHT_PODS = frozenset({"malam", "tengah malam"})
"""Parts of the day that "tadi" puts on the day before ("tadi malam" read in the morning is last
night); "dini hari tadi" and "tadi pagi" are the day of writing."""

EVENING_HOUR = 18
"""From this hour of writing on, "tadi malam" may be this evening: it is then the anchor's day."""

GENERIC_PRESENT_NOUNS = frozenset(
    {
        "isu",
        "tantangan",
        "persoalan",
        "permasalahan",
        "masalah",
        "problem",
        "generasi",
        "dunia",
        "zaman",
        "realitas",
        "kenyataan",
        "konteks",
        "dinamika",
        "tren",
        "era",
        "pemuda",
        "kaum",
    }
)
"""Abstract nouns (or their plural "isu-isu") right before which "hari ini" means "the present
day" in general ("isu-isu hari ini", "tantangan dunia hari ini"): ``PRESENT_REF``, not a date."""

MONTH_OF_DATE_RELS: dict[str, int] = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}
"""Months after ``tanggal N bulan``: ``tanggal 25 bulan ini`` is day 25 of the anchor's month."""

ENGLISH_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}
"""English month names that differ from Indonesian ones: news copied from English releases and
wire copy keeps them ("12 December 2023", "per June 2023"). April, September and November are
spelt alike; short forms (aug, oct, dec) are in ``calendar.MONTHS``."""

ALL_MONTHS: dict[str, int] = {**MONTHS, **ENGLISH_MONTHS}
"""Every month name the temporal tagger reads."""

ASIDE_CUES = frozenset({"pernah"})
"""Words telling a day as an aside to the story ("pemiliknya pernah ditangkap pada 5 Mei 2020"):
a bare clock time sentences later is not on that day but on the news event's."""

WEEK_OF_MONTH_ORDINALS = ("pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir")
"""Ordinals of a week in a month ("pekan kedua Maret"): the expression is valued as its month."""

COMPLEMENT_VERBS = frozenset(
    {
        "menetapkan",
        "ditetapkan",
        "memutuskan",
        "diputuskan",
        "mengumumkan",
        "diumumkan",
        "mengatakan",
        "menyatakan",
        "menyebut",
        "menyebutkan",
        "menegaskan",
        "menjelaskan",
        "memastikan",
        "dipastikan",
    }
)
"""Verbs of saying and deciding that open a clause of their own: a tense cue before them is the
deciding's, not the event's ("KPU telah menetapkan debat digelar pada November" is the coming
November)."""

NOT_SETTING_BEFORE = frozenset(
    {"dibanding", "dibandingkan", "daripada", "sejak", "hingga", "sampai", "menjelang", "jelang", "sebelum"}
)
"""Words before a year that do not make it the year a sentence tells of ("naik dibanding 2022,
dan turun pada Desember" is this December): bare months and quarters after it ignore it."""

ONE_NIGHT_BEFORE = frozenset({"menginap", "bermalam", "selama", "hanya", "cuma", "sehari", "inap"})
"""Words before "semalam" that make it one night's length ("menginap semalam"), not last night."""

BEFORE_AN_EVENT = frozenset({"sebelum", "setelah", "sesudah", "usai", "jelang", "menjelang"})
"""Last words of day anaphors that point to an event named after them ("sehari setelah
pelantikan"): a clock time before them is not joined to them."""
