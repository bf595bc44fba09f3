"""Reporting verbs, pronouns, group nouns and quote marks: how Indonesian news frames who said what.

Direct speech: "…," kata X / ujar X / tegasnya; X: "…"; "…," demikian bunyi pernyataan X.
Indirect speech: X mengatakan (bahwa) …; …, kata X; menurut X, ….
All word entries are lower case.
"""

from __future__ import annotations

OPEN_MARKS = "“„«"
"""Marks that open a quote (curly, low and guillemet)."""

CLOSE_MARKS = "”»"
"""Marks that close a quote."""

BOTH_MARKS = '"'
"""The straight mark, which both opens and closes."""

ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + BOTH_MARKS

POST_CUES: tuple[str, ...] = (
    "kata",
    "ujar",
    "ungkap",
    "tegas",
    "tutur",
    "jelas",
    "imbuh",
    "catat",
    "sebut",
    "tambah",
    "terang",
    "papar",
    "lanjut",
    "ucap",
    "tukas",
    "tandas",
    "pungkas",
    "timpal",
    "sambung",
    "urai",
    "beber",
    "bongkar",
    "seru",
    "kilah",
    "tulis",
    "cetus",
    "katakan",
    "sergah",
    "bilang",
    "tutup",
    "tambahkan",
    "jawab",
    "tanya",
    "keluh",
    "kenang",
    "pinta",
    "harap",
    "ajak",
    "sindir",
    "aku",
)
"""Bare verb stems that follow a quote or clause: "…," kata X; "…," tegasnya."""

POST_CUES_NEED_SUFFIX: frozenset[str] = frozenset({"tulis", "jelas", "lanjut", "katakan", "aku", "harap"})
"""Stems that are also ordinary words ("jelas" = clear, "aku" = I): a cue only right after a quote
or a comma, or with the suffix ("jelasnya")."""

INDIRECT_VERBS: tuple[str, ...] = (
    "mengatakan",
    "menyatakan",
    "menegaskan",
    "menekankan",
    "menjelaskan",
    "mencatat",
    "mengkonfirmasi",
    "mengonfirmasi",
    "mengungkapkan",
    "mengungkap",
    "menyebut",
    "menyebutkan",
    "menambahkan",
    "menuturkan",
    "mengaku",
    "mengakui",
    "mengklaim",
    "menilai",
    "memperingatkan",
    "mengumumkan",
    "membantah",
    "menyampaikan",
    "berkata",
    "berujar",
    "menerangkan",
    "memaparkan",
    "menandaskan",
    "mengemukakan",
    "menggarisbawahi",
    "mengingatkan",
    "berpendapat",
    "memastikan",
    "melanjutkan",
    "menyebutkan",
    "menuding",
    "menduga",
    "berharap",
    "meyakini",
    "menggambarkan",
    "mengutarakan",
    "membeberkan",
    "menceritakan",
    "mengungkapkan",
    "menanggapi",
    "memperkirakan",
    "memprediksi",
    "memproyeksikan",
    "mengeklaim",
    "mengingatkan",
    "menuturkan",
    "mengatakan",
    "menulis",
)
"""Verbs after a subject that introduce reported speech: "X mengatakan (bahwa) …"."""

VERBS_NEED_COMPLEMENTISER: frozenset[str] = frozenset(
    {
        "menyebut",
        "menyebutkan",
        "menggambarkan",
        "menilai",
        "menduga",
        "berharap",
        "meyakini",
        "melanjutkan",
        "mengumumkan",
        "menanggapi",
        "mengingatkan",
        "memperingatkan",
        "membantah",
        "mengakui",
        "mencatat",
        "memperkirakan",
        "memprediksi",
        "memproyeksikan",
        "menulis",
    }
)
"""Verbs that also take a plain object ("menyebut Ukraina" = names Ukraine): reported speech only
when a clause follows (bahwa, a comma or a colon), or when an unnamed group or a pronoun reports."""

CLAUSE_PREDICATES: frozenset[str] = frozenset(
    {
        "akan",
        "sudah",
        "telah",
        "masih",
        "sedang",
        "tengah",
        "bisa",
        "dapat",
        "harus",
        "perlu",
        "tidak",
        "tak",
        "belum",
        "bukan",
        "adalah",
        "merupakan",
        "menjadi",
        "diduga",
        "diperkirakan",
        "terus",
        "mulai",
        "mampu",
        "cukup",
        "sangat",
        "amat",
        "terlalu",
    }
)
"""Words that make the words after a verb such as "menyebut" a clause, not an object: "menyebut
api diduga berasal dari …", "memperkirakan surplus akan menyempit", "menilai target itu cukup
realistis" (degree adverbs before an adjective predicate) (with affixed verbs: "menyebut
keputusan itu diambil …")."""

EXISTENTIALS: tuple[str, ...] = ("ada", "terdapat", "tidak ada", "belum ada")
"""Words that open a subjectless clause right after the verb: "menyebut ada tiga tersangka"."""

CLAUSE_BARRIERS: frozenset[str] = frozenset(
    {"yang", "sebagai", "dengan", "dalam", "kepada", "untuk", "dari", "oleh", "pada", "di", "ke", "dan"}
)
"""Words that end an object noun phrase without a clause: "menyebut X sebagai …", "menyebut nama
yang …"."""

SOFT_CLAUSE_BARRIERS: frozenset[str] = frozenset({"sebagai", "dalam", "pada", "di", "dari", "untuk", "ke"})
"""Barriers that may also open a phrase inside the reported clause's subject: past one, a predicate
further on still makes a clause ("menyebut tingkat partisipasi pemilih dalam pemilihan wali kota
mencapai 71 persen", "mengakui tekanan sebagai tuan rumah cukup besar")."""

SOFT_BARRIER_EXTRA_WORDS = 4
"""How many more words a subject may have past a soft barrier before its predicate."""

MAX_SUBJECT_WORDS = 4
"""How many words a reported clause's subject may have before its predicate."""

PASSIVE_REPORTING: tuple[str, ...] = (
    "disampaikan",
    "diungkapkan",
    "dikatakan",
    "dijelaskan",
    "ditegaskan",
    "disebutkan",
    "dikemukakan",
    "dipaparkan",
    "diutarakan",
    "diterangkan",
)
"""Passive reporting verbs that name the speaker of the sentence before: "Hal itu disampaikan
(oleh) X"."""

COMPLEMENTISERS: tuple[str, ...] = ("bahwa", "kalau", "jika")
"""Words that open the reported clause after an indirect verb."""

CONDITIONAL_COMPLEMENTISERS: frozenset[str] = frozenset({"kalau", "jika"})
"""Complementisers only right after the verb ("mengatakan jika …" = that); further on they mean
"if" ("menegaskan impor hanya dilakukan jika stok …": the clause starts at "impor")."""

ACCORDING_TO: tuple[str, ...] = ("menurut",)
"""A preposition cue: "Menurut dia, …", "…, menurut para ahli", "menurutnya" (lower case but for
the first letter)."""

STATEMENT_NOUNS: tuple[str, ...] = (
    "pernyataan",
    "pengumuman",
    "keterangan",
    "rilis",
    "siaran pers",
    "pernyataan pers",
    "pernyataan tertulis",
    "pernyataan resmi",
    "pernyataan bersama",
    "laporan",
    "unggahan",
    "cuitan",
    "surat",
    "dokumen",
)
"""Nouns for a statement that speaks for its author: "kata pernyataan itu", "bunyi pernyataan X"."""

SOURCE_ONLY_NOUNS: tuple[str, ...] = ("laporan", "data", "media", "survei", "hasil", "catatan", "informasi")
"""After "menurut", these name a document or a medium, not a speaker: no quote."""

NEGATIONS: tuple[str, ...] = ("tidak", "tak", "belum", "bukan", "enggan", "tanpa", "untuk", "akan", "yang")
"""Words right before a verb that make it no report ("tidak menyebut", "yang mengatakan")."""

AUXILIARIES: tuple[str, ...] = (
    "juga",
    "telah",
    "sudah",
    "pun",
    "kembali",
    "lalu",
    "kemudian",
    "sebelumnya",
    "pernah",
    "sempat",
    "lagi",
    "bahkan",
    "sendiri",
    "secara",
    "terpisah",
)
"""Words allowed between a subject and its verb ("Kremlin telah mengkonfirmasi")."""

SUBJECT_ADVERBIAL_OPENERS: tuple[str, ...] = ("saat", "ketika", "sewaktu", "usai", "seusai", "selepas")
"""Words that open a short passive adverbial between a speaker and the verb: "X saat dikonfirmasi
menjelaskan", "X ketika dihubungi wartawan mengatakan"."""

PERSON_PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau", "dirinya")
"""Pronouns that refer back to the last person who spoke."""

PLURAL_PRONOUNS: tuple[str, ...] = ("mereka",)
"""Pronouns that refer back to a group ("keduanya", a pair, is one of the ``PAIR_PHRASES``)."""

PAIR_PHRASES: tuple[str, ...] = (
    "kedua kepala negara",
    "kedua pemimpin",
    "kedua presiden",
    "kedua menteri",
    "kedua menlu",
    "kedua diplomat",
    "kedua tokoh",
    "keduanya",
)
"""Phrases for the last two people named together ("Kedua kepala negara tersebut mengatakan")."""

GROUP_DETERMINERS: tuple[str, ...] = (
    "para",
    "sejumlah",
    "beberapa",
    "banyak",
    "seorang",
    "sebagian",
    "kalangan",
)
"""Words that open an unnamed speaker group: "para ahli", "sejumlah diplomat"."""

GROUP_NOUNS: tuple[str, ...] = (
    "ahli",
    "pakar",
    "analis",
    "pengamat",
    "diplomat",
    "pejabat",
    "sumber",
    "saksi",
    "warga",
    "peneliti",
    "ekonom",
    "pemimpin",
    "anggota",
    "menteri",
    "politisi",
    "politikus",
    "aktivis",
    "pengunjuk rasa",
    "demonstran",
    "petugas",
    "ilmuwan",
    "investor",
    "pedagang",
    "pengusaha",
    "dokter",
    "korban",
    "penduduk",
    "netizen",
    "warganet",
    "pengguna",
    "nelayan",
    "petani",
    "mahasiswa",
    "guru",
    "pengurus",
    "kader",
    "karyawan",
    "pegawai",
    "pengemudi",
    "sopir",
    "penumpang",
    "buruh",
    "relawan",
    "tetangga",
    "pembeli",
)
"""Nouns of unnamed speaker groups."""

ANONYMOUS_SOURCE_NOUNS: tuple[str, ...] = ("sumber",)
"""Nouns of an unnamed source that speak without a determiner: "menurut sumber di internal
partai, …" (but "sumber itu" points back to one named before)."""

GROUP_MODIFIER_STOPS: frozenset[str] = frozenset(
    {"yang", "di", "dari", "ke", "untuk", "dengan", "oleh", "asal", "dan", "serta", "atau", "saat"}
)
"""Words that end the lower-case modifiers of a group noun ("seorang petugas keamanan di lokasi",
"seorang pengurus partai yang …"): what follows describes the group, it does not name it."""

MAX_GROUP_MODIFIERS = 2
"""How many lower-case words may qualify a group noun ("seorang pengurus partai")."""

SPEAKER_BACKREFS: tuple[str, ...] = ("itu", "tersebut", "ini")
"""Demonstratives that turn a role noun into a back-reference: "kata politisi Partai Hanura itu"."""

INSTITUTION_NOUNS: tuple[str, ...] = (
    "pihak",
    "lembaga",
    "perusahaan",
    "kementerian",
    "organisasi",
    "partai",
    "kelompok",
    "tim",
    "pemerintah",
    "badan",
    "komisi",
    "kantor",
    "instansi",
    "otoritas",
    "kepolisian",
    "polisi",
    "pengadilan",
    "kejaksaan",
)
"""Nouns of bodies that speak through a back-reference: "Perusahaan itu menyatakan …"."""
