"""Titles, offices and roles that stand before (or after) a name in Indonesian news.

"Menteri Luar Negeri Rusia Sergei Lavrov", "juru bicara Kremlin Dmitry Peskov", "Wang Yi, direktur
Kantor …", "Kasat Reskrim Polres Lhokseumawe AKP Yasir": a role head, then an optional qualifier
(a country or an organisation), then the name. Heads are matched in any case ("juru bicara" is often
lower case); names are always capitalised. All entries are lower case; multi-word heads are listed
whole so that the longest one wins.
"""

from __future__ import annotations

from warta.lang.id.name_cues import SUPERLATIVES

ROLE_MODIFIERS: tuple[str, ...] = (
    "mantan",
    "eks",
    "bekas",
    "wakil",
    "plt",
    "plt.",
    "pelaksana tugas",
    "penjabat",
    "calon",
    "sang",
)
"""Words that may precede a role head ("Mantan Duta Besar", "Wakil Menteri")."""

RANKS: frozenset[str] = frozenset(
    [
        "jenderal",
        "brigjen",
        "brigjend",
        "mayjen",
        "letjen",
        "irjen",
        "komjen",
        "kombes",
        "akbp",
        "kompol",
        "akp",
        "iptu",
        "ipda",
        "aiptu",
        "aipda",
        "bripka",
        "brigpol",
        "brigadir",
        "briptu",
        "bripda",
        "bharada",
        "bharatu",
        "bharaka",
        "kolonel",
        "letkol",
        "mayor",
        "kapten",
        "lettu",
        "letda",
        "marsma",
        "marsda",
        "marsdya",
        "marsekal",
        "laksma",
        "laksda",
        "laksdya",
        "laksamana",
        "serka",
        "serma",
        "sertu",
        "serda",
        "pelda",
        "peltu",
        "praka",
        "pratu",
        "prada",
        "kopda",
        "koptu",
        "kopka",
    ]
)
"""Police and military ranks (lower case): a title before a name, also right after a comma
("Kapolres Sleman, AKBP Yuswanto Ardi, mengatakan")."""


ROLE_HEADS: tuple[str, ...] = (
    # heads of state and government
    "presiden",
    "wakil presiden",
    "perdana menteri",
    "kanselir",
    "raja",
    "ratu",
    "pangeran",
    "putra mahkota",
    "emir",
    "sultan",
    "pemimpin tertinggi",
    "kepala negara",
    # ministers and officials
    "menteri",
    "menteri luar negeri",
    "menlu",
    "menteri pertahanan",
    "menhan",
    "menteri dalam negeri",
    "mendagri",
    "menteri keuangan",
    "menkeu",
    "menteri koordinator",
    "menko",
    "sekretaris negara",
    "mensesneg",
    "sekretaris kabinet",
    "seskab",
    "menteri sekretaris negara",
    "mensos",
    "mendag",
    "menkes",
    "mentan",
    "menpora",
    "menag",
    "menaker",
    "menkum",
    "menham",
    "menpan",
    "menpan-rb",
    "menparekraf",
    "menpar",
    "menperin",
    "menhub",
    "mendikdasmen",
    "mendikti",
    "mendikbud",
    "menkominfo",
    "menkomdigi",
    "menteri bumn",
    "menteri esdm",
    "menteri ppn",
    "menteri pupr",
    "menteri pu",
    "menteri lh",
    "menteri kkp",
    "menko polhukam",
    "menko perekonomian",
    "menko pmk",
    "menko pangan",
    "wamen",
    "wamenlu",
    "wamendagri",
    "wamenkeu",
    "wamensos",
    "wamenhan",
    "wapres",
    "kapolda",
    "kasad",
    "kasal",
    "kasau",
    "kabareskrim",
    "kadiv humas",
    "kabid humas",
    "kasi humas",
    "kasubbid",
    "kanit",
    "danramil",
    "asisten",
    "sekretaris daerah",
    "sekda",
    "staf ahli",
    "kepala bagian",
    "kabag",
    "kasubag",
    "kasubbag",
    "kabid",
    "plh",
    "walkot",
    "wawali",
    "wabup",
    "wagub",
    "juru bicara",
    "jubir",
    "duta besar",
    "dubes",
    "konsul jenderal",
    "diplomat",
    "utusan khusus",
    "sekretaris jenderal",
    "sekjen",
    "sekretaris",
    "direktur jenderal",
    "dirjen",
    "direktur utama",
    "dirut",
    "direktur eksekutif",
    "direktur",
    "deputi",
    "asisten deputi",
    "kepala",
    "kepala biro",
    "kepala seksi",
    "kepala bidang",
    "kepala dinas",
    "kepala staf",
    "kepala badan",
    "kabid",
    "kasi",
    "kasubdit",
    "kasat reskrim",
    "kasat",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolsek",
    "kajari",
    "kajati",
    "jaksa agung",
    "ketua",
    "ketua umum",
    "wakil ketua",
    "anggota",
    "komisioner",
    "gubernur",
    "wakil gubernur",
    "wali kota",
    "walikota",
    "wakil wali kota",
    "bupati",
    "wakil bupati",
    "camat",
    "lurah",
    "kepala desa",
    "senator",
    "anggota parlemen",
    "anggota dewan",
    "hakim",
    "hakim agung",
    "jaksa",
    "pengacara",
    "kuasa hukum",
    "panglima",
    "panglima tni",
    "komandan",
    "danrem",
    "dandim",
    "pangdam",
    "staf",
    "staf khusus",
    "pejabat",
    "pejabat senior",
    "ajudan",
    "penasihat",
    "penasihat keamanan nasional",
    # ranks
    "letnan jenderal",
    "mayor jenderal",
    "brigadir jenderal",
    "letnan kolonel",
    "letnan",
    "kombes pol",
    # police and military unit heads, in their usual contractions
    "kasatreskrim",
    "kasatlantas",
    "kasatnarkoba",
    "kasatsabhara",
    "kanit",
    "kanitreskrim",
    "danlanud",
    "danlantamal",
    "danlanal",
    "danyon",
    "danramil",
    "kadis",
    "kabag",
    # knowledge, business and civil society
    "peneliti",
    "peneliti senior",
    "peneliti rekanan",
    "pengamat",
    "analis",
    "ekonom",
    "pakar",
    "ahli",
    "profesor",
    "guru besar",
    "dosen",
    "rektor",
    "dekan",
    "ilmuwan",
    "kepala ekonom",
    "ceo",
    "pendiri",
    "pemilik",
    "manajer",
    "general manager",
    "presiden direktur",
    "wakil presiden direktur",
    "komisaris",
    "komisaris utama",
    "pelatih",
    "kapten tim",
    "aktivis",
    "koordinator",
    "pemimpin",
    "politisi",
    "politikus",
    "aktor",
    "aktris",
    "penyanyi",
    "sutradara",
    "produser",
    "sejarawan",
    "budayawan",
    "sastrawan",
    "seniman",
    "rohaniwan",
    "dokter",
    "dokter spesialis",
    "penulis",
    "wartawan",
    "jurnalis",
    "ulama",
    "uskup",
    "paus",
    "kiai",
    # sport: positions, events and athletes ("tunggal putri X", "penyerang asal Brasil, X")
    "pemain",
    "penyerang",
    "gelandang",
    "kiper",
    "penjaga gawang",
    "striker",
    "atlet",
    "pebulu tangkis",
    "petenis",
    "pebalap",
    "pegolf",
    "perenang",
    "pesepak bola",
    "pelari",
    "lifter",
    "petinju",
    "pecatur",
    "tunggal putra",
    "tunggal putri",
    "ganda putra",
    "ganda putri",
    "ganda campuran",
    # English titles kept in Indonesian copy
    "director",
    "senior director",
    "managing director",
    "executive director",
    "president director",
    "chief executive officer",
    "chairman",
    "head",
    "founder",
    "co-founder",
    "co-president",
    "co-ceo",
    "co-chair",
    "co-chairman",
    "prakirawan",
    "perajin",
    "country manager",
    "general manager",
    "vice president",
    "corporate secretary",
    "chief financial officer",
    "chief operating officer",
    "chief technology officer",
    "cfo",
    "coo",
    "cto",
    *sorted(RANKS),  # every rank is a role head too
)
"""Role heads. A capitalised name after one (and its qualifier) is a person."""

HONORIFICS: tuple[str, ...] = (
    "capt",
    "capt.",
    "bapak",
    "pak",
    "ibu",
    "bu",
    "saudara",
    "saudari",
    "tuan",
    "nyonya",
    "nona",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "ir.",
    "drs.",
    "dra.",
    "h.",
    "hj.",
    "kh",
    "kh.",
    "habib",
    "syekh",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms.",
    "kiai",
    "kyai",
    "ustaz",
    "ustadz",
    "ustazah",
    "ustadzah",
    "hajah",
    "haji",
    "bra.",
    "gkr",
    "kgph",
    "kgpaa",
    "mbah",
    "dato",
    "datuk",
    "seri",
    "pendeta",
    "pdt.",
    "pastor",
    "romo",
    "biksu",
    "bhikkhu",
)
"""Honorifics and academic titles before a name: kept out of the name itself."""


AGENCY_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "Bappeda",
        "Bapenda",
        "Bappenas",
        "Bapanas",
        "Bapeten",
        "Bakamla",
        "Basarnas",
        "Bulog",
        "Bawaslu",
        "Banwaslu",
        "Baznas",
        "Dinkes",
        "Disdik",
        "Dishub",
        "Disdukcapil",
        "Diskominfo",
        "Disnaker",
        "Dispar",
        "Dispenda",
        "Disperindag",
        "Disperkim",
        "Dinsos",
        "Dispora",
        "Disbud",
        "Disnakertrans",
        "Distan",
        "Diskop",
        "Dispendik",
        "Satpol",
        "Satlantas",
        "Satreskrim",
        "Satresnarkoba",
        "Satsabhara",
        "Reskrim",
        "Ditlantas",
        "Ditreskrimum",
        "Ditreskrimsus",
        "Ditresnarkoba",
        "Ditpolairud",
        "Pemkot",
        "Pemkab",
        "Pemprov",
        "Pemda",
        "Setda",
        "Sekda",
        "Kemenkes",
        "Kemendikbud",
        "Kemenag",
        "Kemenhub",
        "Kemensos",
        "Kemendag",
        "Kemenkeu",
        "Kemenlu",
        "Kemenhan",
        "Kemendagri",
        "Kemenkumham",
        "Kemnaker",
        "Kementan",
        "Kemenperin",
        "Kemenpar",
        "Kemenpora",
        "Kominfo",
        "Lantamal",
        "Lanud",
        "Lanal",
        "Kodim",
        "Koramil",
        "Korem",
        "Kodam",
        "Kodiklat",
        "Brimob",
        "Densus",
        "Bareskrim",
        "Puskesmas",
        "Posyandu",
    ]
)
"""Agency contractions written with one capital ("Bappeda", "Dinkes", "Satreskrim"): institutions,
never the first word of a person's name ("Kepala Bappeda Dewi Anggraini")."""

PREFIXED_NON_VERBS: frozenset[str] = frozenset(
    {"terdakwa", "tersangka", "terpidana", "tergugat", "terlapor", "termohon", "terperiksa", "tersebut"}
)
"""Words that look like prefixed verbs but are nouns or determiners inside a role ("Kuasa hukum
terdakwa, X, …", "Sekretaris Jenderal partai tersebut, X, …")."""

ROLE_WORDS_ALSO_NAMES: frozenset[str] = frozenset({"Hakim", "Raja", "Ratu", "Sultan"})
"""Role heads that are also names ("Lukman Hakim", "Raja Juli"): after a name word and before no
other, they end the name rather than open a title."""

AMBIGUOUS_GIVEN_NAMES: frozenset[str] = frozenset({"Hari"})
"""Common Indonesian given names that are also ordinary capitalised words ("Hari Susanto" but
"Hari Senin"): part of a name only when another name word follows them."""

APPOSITION_NOUNS: frozenset[str] = frozenset(
    {
        "putra",
        "putri",
        "anak",
        "istri",
        "suami",
        "adik",
        "kakak",
        "ayah",
        "ibunda",
        "cucu",
        "warga",
        "pemilik",
        "jemaah",
    }
)
"""Nouns that describe a person in apposition without being an office ("X, putra sulung aktor Y")."""

ROLE_SHORT_FORMS: dict[str, str] = {
    "menlu": "menteri luar negeri",
    "menhan": "menteri pertahanan",
    "mendagri": "menteri dalam negeri",
    "menkeu": "menteri keuangan",
    "mensos": "menteri sosial",
    "mendag": "menteri perdagangan",
    "menkes": "menteri kesehatan",
    "mentan": "menteri pertanian",
    "menpora": "menteri pemuda dan olahraga",
    "menag": "menteri agama",
    "menaker": "menteri ketenagakerjaan",
    "menhub": "menteri perhubungan",
    "menperin": "menteri perindustrian",
    "menpar": "menteri pariwisata",
    "menparekraf": "menteri pariwisata dan ekonomi kreatif",
    "mendikbud": "menteri pendidikan dan kebudayaan",
    "mensesneg": "menteri sekretaris negara",
    "seskab": "sekretaris kabinet",
    "menko": "menteri koordinator",
    "wapres": "wakil presiden",
    "wamen": "wakil menteri",
    "wamenlu": "wakil menteri luar negeri",
    "wamenkeu": "wakil menteri keuangan",
    "wamendagri": "wakil menteri dalam negeri",
    "wamensos": "wakil menteri sosial",
    "wamenhan": "wakil menteri pertahanan",
    "wagub": "wakil gubernur",
    "wabup": "wakil bupati",
    "walkot": "wali kota",
    "wawali": "wakil wali kota",
    "jubir": "juru bicara",
    "dubes": "duta besar",
    "sekjen": "sekretaris jenderal",
    "dirjen": "direktur jenderal",
    "dirut": "direktur utama",
    "sekda": "sekretaris daerah",
    "kadis": "kepala dinas",
    "kabid": "kepala bidang",
    "kabag": "kepala bagian",
    "kasi": "kepala seksi",
}
"""Short titles and the full ones they stand for: "Menkeu menegaskan …" refers back to the person
introduced as "Menteri Keuangan X", and "sang menteri keuangan" to one introduced as "Menkeu X"."""

QUALIFIER_LINKS: tuple[str, ...] = ("untuk", "di", "dari", "bidang", "urusan")
"""Words inside a role between the head and its qualifier ("Duta Besar Rusia untuk China")."""

APPOSITION_ARTICLES: tuple[str, ...] = ("seorang", "sang", "salah seorang", "salah satu")
"""Words that open a role in apposition: "Yang Jin, seorang peneliti …"."""


def _words(text: str) -> frozenset[str]:
    """A set of the space-separated words of a data string."""
    return frozenset(text.split())


word_set = _words

RANK_CORPS: frozenset[str] = _words(
    "Pol Polisi Inf Kav Arm Arh Czi Cpl Ckm Chb Cba Cku Cpm Cpn Caj Kes Mar Pnb Nav Kal Tek Lek Adm "
    "Sus Kum Psk Pas Laut Udara Purn Purnawirawan"
)
"""Words that follow a police or military rank and qualify it, never a name: the police ("Kombes
Pol", "Brigjen Pol", "Irjen Pol"), army corps ("Letkol Inf", "Kapten Czi"), navy and air force
("Kolonel Laut (P)", "Marsma TNI", "Mayor Pnb") and retirement ("(Purn)")."""


ORG_PREFIXES: frozenset[str] = _words(
    "Kantor Badan Dewan Komisi Komite Partai Institut Akademi Pusat Universitas Bank PT Lembaga "
    "Majelis Forum Organisasi Kepolisian Pengadilan Mahkamah Fraksi Yayasan Asosiasi Perhimpunan "
    "Serikat Ikatan Gerakan Angkatan Direktorat Dinas Pemerintah Polres Polda Polsek Kodam Kodim "
    "Kejari Kejati Kejaksaan Fakultas Kementerian Kedutaan Kedubes Konsulat Kamar Persatuan Koalisi "
    "Pasukan Sekretariat Biro Rumah Kelompok Tim Ditjen Direktorat Departemen Himpunan Satuan "
    "Satgas Gugus Panitia Komando Korps Koperasi Perum Perumda BUMN BUMD Batalion Resimen Brigade "
    "Kompi Peleton Laskar Milisi RSUD RSUP RSU Puskesmas PO "
)
"""Capitalised words that open an organisation's name."""

STOP_CAPITALISED: frozenset[str] = frozenset(
    w.capitalize()
    for w in _words(
        "di ke dari dan atau yang ini itu pada dalam untuk dengan sebagai namun menurut kata tetapi tapi "
        "sementara selain sejak saat ketika setelah sebelum selama hingga sampai bagi oleh tentang "
        "terhadap karena sehingga meski meskipun walaupun jika kalau bahwa agar supaya maka lalu kemudian "
        "juga bahkan hal kami kita saya aku anda kamu dia ia mereka beliau para sejumlah beberapa seorang "
        "sebuah kedua keduanya pihak selasa rabu kamis jumat sabtu minggu senin tahun bulan pekan hari "
        "kini sekarang adapun sedangkan apalagi sekitar baca simak lihat foto video sumber editor penulis "
        "pewarta berita artikel halaman the seusai usai bisa dapat harus akan telah sudah masih "
    )
)
"""Capitalised function words (sentence-initial) that never start or continue a name."""

CHINESE_SURNAMES: frozenset[str] = _words(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song "
    "Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Xu Fu Shen Zeng Peng Lu Su Jiang Cai "
    "Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Lu "
    "Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Qian Tang Yin Yi Chang Qi Xi "
    "Wen Geng Lai Lei Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim "
)
"""Family names written first (Chinese, Korean): "Wang Yi" is also "Wang", "Xi Jinping" "Xi"."""

SHORT_FORM_NEEDS_VERB: frozenset[str] = _words("Yang Dan Di Ke Ma Ini Itu Hari ")
"""Short forms that are also Indonesian words: a mention only when a verb follows."""

NAME_LINKS: frozenset[str] = _words("bin binti van von de der al el da dos ")
"""Lower-case particles inside names ("Ahmad bin Said", "Ursula von der Leyen")."""

RELIGIOUS_WORDS: frozenset[str] = _words(
    "Tuhan Allah Puji Syukur Alhamdulillah Insya Insyaallah Insyallah Masyaallah Subhanallah "
    "Astagfirullah Astaghfirullah Bismillah Aamiin "
)
"""Words of God and of prayer that open quotes ("Puji Tuhan, …", "Insya Allah …"): no one's name."""


NOT_NAME_WORDS: frozenset[str] = (
    _words(
        "Sosial Nasional Internasional Umum Negara Negeri Luar Dalam Tinggi Besar Utara Selatan "
        "Timur Barat Tengah Raya Baru Urusan Studi Ilmu Pusat Daerah Provinsi Kota Kabupaten Republik "
        "Rakyat Komunis Demokrat Demokratik Federal Federasi Sentral Khusus Strategis Ekonomi Politik "
        "Keamanan Pertahanan Forum Pertemuan Konferensi Kongres Sidang Rapat Festival Piala Liga Tahun "
        "Hari Bulan Perang Operasi Kawasan Wilayah Jalan Gedung Istana Bandara Pelabuhan Gunung Sungai "
        "Danau Pulau Laut Selat Teluk Kepulauan Eropa Asia Afrika Amerika Kabinet Muda Kantor Balai "
        "Departemen Divisi Bagian Seksi Subdit Bidang Unit Program Jurusan Prodi Himpunan Hubungan "
        "Masyarakat Humas Mahasiswa Pemuda Perempuan Wanita Pusat Cabang Wilayah Ranting Desa Kelurahan "
        "Kecamatan Tertinggal Bina Ilmiah Intelijen Muda Jenderal Madya Utama "
        "Corporate Communication Communications Public Affairs Relations Sustainability Senior Vice Chief "
        "Officer Head Manager Director General Executive Marketing Finance Operations Business "
        "Development Strategy Legal Human Resources Digital Technology Group Holding Tbk Persero "
        "Nomor No Ayat Pasal Bab Huruf Angka Tahun Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan "
        "Sepuluh Metro Jaya Raya Investasi Efek Pasar Modal Dana Pajak Industri Hukum Energi Pangan Budaya "
        "Olahraga Teknologi Informasi Program Proyek Reksa Saham Obligasi Bursa Asuransi Syariah Ekspor "
        "Impor Bisnis Usaha Swasta Negeri Marinir Purn Purnawirawan Kum Chk Inf Kav Arh Czi Pnb Tek Lek Pol "
        "Pom Adm Invest Index Capital Partners Fund Inc Corp Ltd Company Foundation Institute University "
        "Times Post News Journal Riset Survei Kajian Analisis Komunikasi Operasional Eksekutif "
        "Lingkungan Hidup Etika Sekolah Kampung Woman Women Police Officer Force Army Navy Council "
        "Committee Agency Department Ministry Office Intel Ops Moneter Fiskal Wali Haji Umrah Centre Center "
    )
    | RANK_CORPS
    | AGENCY_ABBREVIATIONS
    | RELIGIOUS_WORDS
    | _words("Stasiun Terminal Pangkalan Lapas Rutan Pos Posko Markas Mako Kompleks ")
    | _words("Usia ")
    | frozenset(SUPERLATIVES)
    | _words("Lantas Reskrim Reserse Kriminal Satreskrim Satlantas Binmas Sabhara Intelkam Narkoba Propam ")
)
"""Capitalised words of institutions, events and places that are never part of a person's name."""

NAME_PREFIXES: frozenset[str] = _words(
    "I Ni Wayan Made Nyoman Ketut Putu Kadek Komang Gede Luh Gusti Ngurah Anak Agung Ida Bagus Ayu "
    "Cokorda Dewa "
)
"""Balinese name openers (gender and birth-order names, caste titles): "I Made Anom Wiranata" is
called "Anom", "I Wayan Sudana" "Sudana"; "I" and "Ni" start a name though they look like words."""

DOCUMENT_WORDS: frozenset[str] = _words(
    "Peraturan Keputusan Instruksi Surat Telegram Perintah Undang Permen Perpres Keppres Inpres "
    "Pergub Perwali Perbup Perda Edaran Maklumat Telegram "
)
"""Words before a title that make it part of a regulation's name ("Peraturan Presiden Nomor 44")."""

FIELD_WORD_STOPS: frozenset[str] = _words(
    "yang itu ini tersebut dan atau serta kepada dengan pada dalam oleh untuk bagi di dari ke saat "
    "ketika setelah sebelum usai seusai juga pun telah sudah akan masih sedang tidak belum bukan lagi "
    "pula sendiri kemarin of the and for in on at to with a an"
)
"""Lower-case words that never qualify a role head ("pengamat film X", "dokter spesialis anak di
…"): function words and adverbs end the role, and so do English links ("Head of …")."""

MAX_FIELD_WORDS = 2
"""How many lower-case words may qualify a role head before the name or its office."""

REGIONAL_BODY_WORDS: frozenset[str] = _words("Negeri Tinggi Daerah Resor Sektor Wilayah Cabang Perwakilan")
"""Words of offices that exist once per region ("Kejaksaan Negeri (Kejari) Palopo", "Kepolisian
Resor"): after such an office's acronym the next capitalised word names the region, not the person."""

LEGAL_FORMS: frozenset[str] = _words("Tbk Tbk. Persero (Persero) Perseroda Perum")
"""Legal forms around a company's name ("PT X (Persero) Tbk"): not part of its canonical name and
never an acronym."""

GIVEN_NAME_ABBREVIATIONS: frozenset[str] = _words("Moh. Muh. Moch. Mochd. Mhd. Muhd. Abd. Ach. Mch. Sy. ")
"""Abbreviated given names that open a full name ("Moh. Rizal Lamasitudju", "Abd. Rahman"): part
of the name like an initial, never a name on their own."""

NAMED_BODY_HEADS: frozenset[str] = _words("PT CV UD PO Kelompok Koperasi Yayasan Perum Perumda Paguyuban")
"""Heads of bodies with a name of their own ("PT Karya Tirta Mandiri", "Kelompok Tani Sido
Makmur"), unlike regional offices whose next word is a place ("Kejari Jember"): after a title the
capitalised words that follow them name the body unless a verb or a comma marks a person."""

ORG_SUFFIXES: frozenset[str] = _words(
    "Capital Ventures Group Partners Holdings Holding Inc Inc. Corp Corp. Ltd Ltd. Foundation "
    "Institute Airlines Airways Motors Technologies Securities Sekuritas Watch Corporation Company "
    "Limited Agency Association Organization Council Commission Fund Forum Network "
)
"""Last words that make a capitalised run an organisation ("Sequoia Capital", "Human Rights Watch")."""

NOT_ORG_OPENERS: frozenset[str] = _words(
    "Anggaran Bantuan Data Persetujuan Tempat Energi Program Undang Rencana Kartu Sistem Indeks "
    "Produk Pajak Kredit Biaya Belanja Pendapatan Harga Tunjangan Subsidi Rapat Sidang Kawasan "
    "Kebijakan Gerakan Hari Operasi Kuliah Kerja Nilai Angka Tingkat Laporan Rapat Pemilihan Pemilu "
    "Standar Sertifikat Izin Surat Nomor Produk Domestik Bruto Penerimaan Negara Bukan Kendaraan "
    "Teknologi Terminal Kota Bahan Politik Usaha Pendidikan Pelatihan "
)
"""First words of spelled-out acronyms that name no organisation: budgets ("Anggaran Pendapatan dan
Belanja Daerah (APBD)"), programmes, data sets, permits, meetings, indicators, classes of
business ("Usaha Mikro, Kecil, dan Menengah (UMKM)") and of schooling ("Pendidikan Anak Usia Dini
(PAUD)")."""

PLACE_NAME_STOPS: frozenset[str] = _words("Nomor No Nomer RT RW Km Kilometer Blok Kav Lantai ")
"""Words that end a place's name and begin its address ("Jalan Kapten Muslihat Nomor 5")."""

CALL_HONORIFICS: frozenset[str] = _words("Gus Cak Kang Ning Mbak Mas Bung Uda Uni Abang Bang Daeng Ajo ")
"""Javanese, Sundanese, Minang, Bugis and pesantren forms of address that open a name as the text
calls a person ("Gus Arifin", "Cak Imin", "Daeng Rapi"): not part of the full name."""
