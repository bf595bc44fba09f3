"""Places, organisations and well-known people as they are written in Indonesian news.

Plain data plus a small loader. Every entry maps a canonical name to the spellings that Indonesian
outlets use for it: "China" = "Cina" = "Tiongkok", "AS" = "Amerika Serikat", "Moskwa" = "Moskow".
Canonical names follow the common English form (as in an encyclopedia) so that entities are
consistent across outlets; the user can add their own entries with a JSON list
(``Options.user_gazetteer``, read by :func:`load_gazetteer`).

Aliases are matched case-sensitively on word boundaries (an alias "AS" must not match "as"), except
where the alias itself is written in lower case (organisation descriptions such as "kantor
kepresidenan Rusia"), which match in any case.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from warta.errors import BadInput
from warta.lang.id.cities import FOREIGN_CITIES, INDONESIAN_CITIES
from warta.lang.id.regions import (
    AMBIGUOUS_CITY_NAMES,
    FOOTBALL_CLUBS,
    MORE_FOREIGN_CITIES,
    REGENCIES_AND_DISTRICTS,
)

BRANDS_TEXT = (
    "Samsung, Apple, Xiaomi, Oppo, Vivo, Realme, Huawei, Infinix, Google, Microsoft, Amazon, "
    "Nvidia, Intel, Tesla, Toyota, Honda, Hyundai, Suzuki, Mitsubishi, Wuling, BYD, Sony, "
    "Netflix, TikTok, ByteDance, Alibaba, Tencent, OpenAI, Gojek, Grab, Tokopedia, Shopee, "
    "Bukalapak, Traveloka, Lazada, Indofood, Unilever, Nestle, Boeing, Airbus, Foxconn, TSMC"
)
"""Companies news names bare, whose names also open their products' ("Mitsubishi Pajero Sport")."""

BRANDS: frozenset[str] = frozenset(BRANDS_TEXT.split(", "))
"""The brand names: capitalised words after them name a product, not the company's spokesperson."""


def _names(text: str) -> list[str]:
    """Names listed in one string, separated by ", " (data kept compact)."""
    return [name.strip() for name in text.split(", ") if name.strip()]


PLACES: dict[str, tuple[str, ...]] = {
    # countries (canonical = the usual Indonesian name)
    "China": ("Cina", "Tiongkok", "RRC", "RRT", "Republik Rakyat China", "Republik Rakyat Tiongkok"),
    "Rusia": ("Federasi Rusia",),
    "Amerika Serikat": ("AS", "Amerika", "USA", "Paman Sam"),
    "Indonesia": ("RI", "Republik Indonesia", "NKRI"),
    "Ukraina": (),
    "Jepang": (),
    "Korea Selatan": ("Korsel",),
    "Korea Utara": ("Korut",),
    "Taiwan": (),
    "India": (),
    "Pakistan": (),
    "Inggris": ("Britania Raya", "Kerajaan Inggris"),
    "Prancis": ("Perancis",),
    "Jerman": (),
    "Italia": (),
    "Spanyol": (),
    "Belanda": (),
    "Belgia": (),
    "Swiss": (),
    "Swedia": (),
    "Norwegia": (),
    "Finlandia": (),
    "Denmark": (),
    "Polandia": (),
    "Turki": (),
    "Iran": (),
    "Irak": (),
    "Suriah": (),
    "Israel": (),
    "Palestina": (),
    "Mesir": (),
    "Arab Saudi": ("Saudi Arabia",),
    "Qatar": (),
    "Uni Emirat Arab": ("UEA",),
    "Yordania": (),
    "Lebanon": (),
    "Yaman": (),
    "Afganistan": ("Afghanistan",),
    "Malaysia": (),
    "Singapura": (),
    "Thailand": (),
    "Vietnam": (),
    "Filipina": (),
    "Myanmar": (),
    "Kamboja": (),
    "Laos": (),
    "Brunei Darussalam": ("Brunei",),
    "Timor Leste": (),
    "Australia": (),
    "Selandia Baru": (),
    "Kanada": (),
    "Meksiko": (),
    "Brasil": ("Brazil",),
    "Argentina": (),
    "Afrika Selatan": (),
    "Nigeria": (),
    "Belarus": ("Belarusia",),
    "Kazakhstan": (),
    "Mongolia": (),
    "Georgia": (),
    "Armenia": (),
    "Azerbaijan": (),
    "Venezuela": (),
    "Kuba": (),
    **{
        name: ()
        for name in _names(
            "Albania, Aljazair, Andorra, Angola, Austria, Bahrain, Bangladesh, Barbados, Belize, Benin, "
            "Bhutan, Bolivia, Bosnia dan Herzegovina, Botswana, Bulgaria, Burkina Faso, Burundi, Chad, "
            "Chili, Ekuador, El Salvador, Eritrea, Estonia, Etiopia, Fiji, Gabon, Gambia, Ghana, "
            "Grenada, Guatemala, Guinea, Guyana, Haiti, Honduras, Hongaria, Irlandia, Islandia, "
            "Jamaika, Kamerun, Kenya, Kirgizstan, Kolombia, Komoro, Kongo, Kosta Rika, Kosovo, Kroasia, "
            "Kuwait, Latvia, Lesotho, Liberia, Libya, Liechtenstein, Lituania, Luksemburg, Madagaskar, "
            "Makedonia Utara, Maladewa, Malawi, Mali, Malta, Maroko, Mauritania, Mauritius, Moldova, "
            "Monako, Montenegro, Mozambik, Namibia, Nauru, Nepal, Nikaragua, Niger, Oman, Palau, "
            "Panama, Papua Nugini, Paraguay, Peru, Portugal, Republik Ceko, Ceko, Republik Dominika, "
            "Rumania, Rwanda, Samoa, San Marino, Senegal, Serbia, Seychelles, Sierra Leone, Siprus, "
            "Slovakia, Slovenia, Somalia, Sri Lanka, Sudan, Sudan Selatan, Suriname, Tajikistan, "
            "Tanzania, Togo, Tonga, Trinidad dan Tobago, Tunisia, Turkmenistan, Tuvalu, Uganda, "
            "Uruguay, Uzbekistan, Vanuatu, Vatikan, Yunani, Zambia, Zimbabwe, Kepulauan Solomon, Pantai "
            "Gading, Tanjung Verde"
        )
    },
    # capitals and big cities
    "Beijing": ("Peking",),
    "Shanghai": (),
    "Hong Kong": (),
    "Moskwa": ("Moskow", "Moscow"),
    "Washington": ("Washington DC", "Washington D.C."),
    "New York": (),
    "Tokyo": (),
    "Seoul": (),
    "Pyongyang": (),
    "Taipei": (),
    "Kyiv": ("Kiev", "Kiew"),
    "London": (),
    "Paris": (),
    "Berlin": (),
    "Brussel": ("Brussels",),
    "Jenewa": ("Geneva",),
    "Den Haag": (),
    "New Delhi": (),
    "Teheran": ("Tehran",),
    "Ankara": (),
    "Istanbul": (),
    "Kairo": (),
    "Riyadh": (),
    "Yerusalem": (),
    "Gaza": ("Jalur Gaza",),
    "Kuala Lumpur": (),
    "Nairobi": (),
    "Lima": (),
    "Santiago": (),
    "Brasilia": (),
    "Buenos Aires": (),
    "Mexico City": (),
    "Ottawa": (),
    "Roma": ("Rome",),
    "Madrid": (),
    "Wina": ("Vienna",),
    "Warsawa": ("Warsaw",),
    "Minsk": (),
    "Astana": (),
    "Tashkent": (),
    "Islamabad": (),
    "Dhaka": (),
    "Kabul": (),
    "Baghdad": (),
    "Damaskus": ("Damascus",),
    "Beirut": (),
    "Amman": (),
    "Doha": (),
    "Abu Dhabi": (),
    "Dubai": (),
    "Tel Aviv": (),
    "Phnom Penh": (),
    "Vientiane": (),
    "Naypyidaw": (),
    "Yangon": (),
    "Dili": (),
    "Port Moresby": (),
    "Wellington": (),
    "Havana": (),
    "Caracas": (),
    "Pretoria": (),
    "Addis Ababa": (),
    "Bangkok": (),
    "Hanoi": (),
    "Manila": (),
    "Canberra": (),
    "Sydney": (),
    # Indonesia
    "Jakarta": ("DKI Jakarta",),
    "Jakarta Selatan": (),
    "Jakarta Pusat": (),
    "Jakarta Barat": (),
    "Jakarta Timur": (),
    "Jakarta Utara": (),
    "Bandung": (),
    "Surabaya": (),
    "Semarang": (),
    "Yogyakarta": ("Jogja", "Jogjakarta", "DIY"),
    "Medan": (),
    "Makassar": (),
    "Denpasar": (),
    "Bali": (),
    "Lombok": (),
    "Mataram": (),
    "Papua": (),
    "Aceh": (),
    "Jawa Barat": ("Jabar",),
    "Jawa Tengah": ("Jateng",),
    "Jawa Timur": ("Jatim",),
    "Sumatera Utara": ("Sumut",),
    "Sumatera Barat": ("Sumbar",),
    "Kalimantan": (),
    **{
        name: ()
        for name in _names(
            "Aceh, Sumatera Selatan, Riau, Kepulauan Riau, Jambi, Bengkulu, Kepulauan Bangka Belitung, "
            "Banten, Nusa Tenggara Barat, Nusa Tenggara Timur, Kalimantan Barat, Kalimantan Tengah, "
            "Kalimantan Selatan, Kalimantan Timur, Kalimantan Utara, Sulawesi Utara, Sulawesi Tengah, "
            "Sulawesi Selatan, Sulawesi Tenggara, Sulawesi Barat, Gorontalo, Maluku, Maluku Utara, "
            "Papua Barat, Papua Barat Daya, Papua Tengah, Papua Pegunungan, Papua Selatan, Sumatera, "
            "Jawa"
        )
    },
    "Sumatera Selatan": ("Sumsel",),
    "Nusa Tenggara Barat": ("NTB",),
    "Nusa Tenggara Timur": ("NTT",),
    "Sulawesi Selatan": ("Sulsel",),
    "Kalimantan Timur": ("Kaltim",),
    "Sulawesi": (),
    "Lampung": (),
    "Bandarlampung": ("Bandar Lampung",),
    "Palembang": (),
    "Pontianak": (),
    "Balikpapan": (),
    "Samarinda": (),
    "Bogor": (),
    "Depok": (),
    "Tangerang": (),
    "Bekasi": (),
    "Malang": (),
    "Solo": ("Surakarta",),
    # regions and seas
    "Eropa": (),
    "Asia": (),
    "Afrika": (),
    "Timur Tengah": (),
    "Eurasia": (),
    "Asia Tenggara": (),
    "Asia-Pasifik": ("Asia Pasifik",),
    "Laut China Selatan": ("Laut Cina Selatan", "Laut Tiongkok Selatan", "Laut Natuna Utara"),
    "Laut China Timur": ("Laut Cina Timur",),
    "Laut Jepang": (),
    "Krimea": ("Crimea",),
    "Donbas": ("Donbass",),
}

ORGS: dict[str, tuple[str, ...]] = {
    "Kremlin": ("kantor kepresidenan Rusia",),
    "Gedung Putih": ("White House", "kantor kepresidenan AS", "kantor kepresidenan Amerika Serikat"),
    "Istana Kepresidenan": ("Istana Negara", "Istana Merdeka"),
    "Pentagon": (),
    "Federal Reserve": ("The Fed", "Fed", "bank sentral AS"),
    "Dana Moneter Internasional": ("IMF",),
    "Bank Dunia": ("World Bank",),
    "Organisasi Kesehatan Dunia": ("WHO",),
    "Perserikatan Bangsa-Bangsa": ("PBB", "UN", "United Nations"),
    "Dewan Keamanan PBB": ("DK PBB",),
    "NATO": ("Pakta Pertahanan Atlantik Utara",),
    "ASEAN": (),
    "Uni Eropa": ("UE", "EU"),
    "G20": (),
    "BRICS": (),
    "Organisasi Kerja Sama Shanghai": ("SCO",),
    "Partai Komunis China": ("Partai Komunis Cina", "Partai Komunis Tiongkok", "PKC", "CPC"),
    "Dewan Negara China": (),
    # news agencies and outlets (sources, not speakers of their own words)
    "Reuters": (),
    "AFP": ("Agence France-Presse",),
    "AP": ("Associated Press",),
    "Xinhua": ("Kantor Berita Xinhua", "Kantor Berita China Xinhua"),
    "TASS": ("Kantor Berita TASS",),
    "RIA Novosti": (),
    "Sputnik": (),
    "Interfax": (),
    "Global Times": (),
    "CCTV": (),
    "Kyodo": (),
    "Yonhap": (),
    "Bloomberg": (),
    "CNN": (),
    "BBC": (),
    "Al Jazeera": (),
    "Newsweek": (),
    "The New York Times": ("New York Times",),
    "The Washington Post": ("Washington Post",),
    "The Guardian": (),
    "South China Morning Post": ("SCMP",),
    "ANTARA": ("Antara", "LKBN ANTARA", "Antaranews"),
    "Kompas": ("KOMPAS.com", "Kompas.com"),
    "Tempo": ("TEMPO.CO", "Tempo.co"),
    "detik": ("detikcom", "detik.com"),
    "Republika": (),
    "Liputan6": ("Liputan6.com",),
    # Indonesian institutions
    "Partai Gerakan Indonesia Raya": ("Gerindra", "Partai Gerindra"),
    "PDI Perjuangan": ("PDIP", "PDI-P", "Partai Demokrasi Indonesia Perjuangan"),
    "Partai Golkar": ("Golkar", "Partai Golongan Karya"),
    "Partai Kebangkitan Bangsa": ("PKB",),
    "Partai NasDem": ("NasDem", "Nasdem"),
    "Partai Keadilan Sejahtera": ("PKS",),
    "Partai Demokrat": (),
    "Partai Amanat Nasional": ("PAN",),
    "Partai Persatuan Pembangunan": ("PPP",),
    "Partai Hanura": ("Hanura",),
    "Partai Perindo": ("Perindo",),
    "Partai Solidaritas Indonesia": ("PSI",),
    "Komisi Pemberantasan Korupsi": ("KPK",),
    "Dewan Perwakilan Rakyat": ("DPR", "DPR RI"),
    "Majelis Permusyawaratan Rakyat": ("MPR",),
    "Dewan Perwakilan Daerah": ("DPD",),
    "Tentara Nasional Indonesia": ("TNI",),
    "Kepolisian Negara Republik Indonesia": ("Polri",),
    "Mahkamah Konstitusi": ("MK",),
    "Mahkamah Agung": ("MA",),
    "Komisi Pemilihan Umum": ("KPU",),
    "Badan Pengawas Pemilu": ("Bawaslu",),
    "Badan Meteorologi, Klimatologi, dan Geofisika": ("BMKG",),
    "Badan Nasional Penanggulangan Bencana": ("BNPB",),
    "Badan Pusat Statistik": ("BPS",),
    "Bank Indonesia": ("BI",),
    "Otoritas Jasa Keuangan": ("OJK",),
    "Badan Narkotika Nasional": ("BNN",),
    "Badan SAR Nasional": ("Basarnas",),
    "Perum Bulog": ("Bulog", "Badan Urusan Logistik"),
    # state-owned and listed companies news names by their acronym ("Dirut BRI X")
    "Bank Rakyat Indonesia": ("BRI", "Bank BRI", "PT Bank Rakyat Indonesia (Persero) Tbk"),
    "Bank Negara Indonesia": ("BNI", "Bank BNI", "PT Bank Negara Indonesia (Persero) Tbk"),
    "Bank Tabungan Negara": ("BTN", "Bank BTN", "PT Bank Tabungan Negara (Persero) Tbk"),
    "Bank Central Asia": ("BCA", "Bank BCA", "PT Bank Central Asia Tbk"),
    "Bank Mandiri": ("PT Bank Mandiri (Persero) Tbk",),
    "Bank Syariah Indonesia": ("BSI", "PT Bank Syariah Indonesia Tbk"),
    "Perusahaan Listrik Negara": ("PLN", "PT PLN (Persero)", "PT PLN"),
    "Pertamina": ("PT Pertamina (Persero)", "PT Pertamina"),
    "Telkom Indonesia": ("Telkom", "PT Telkom Indonesia (Persero) Tbk", "PT Telkom"),
    "Kereta Api Indonesia": ("KAI", "PT KAI", "PT Kereta Api Indonesia (Persero)"),
    "Garuda Indonesia": ("PT Garuda Indonesia (Persero) Tbk",),
    "Bursa Efek Indonesia": ("BEI", "IDX"),
    "Lembaga Penjamin Simpanan": ("LPS",),
    "Badan Pemeriksa Keuangan": ("BPK",),
    "Badan Pengawasan Keuangan dan Pembangunan": ("BPKP",),
    "Badan Riset dan Inovasi Nasional": ("BRIN",),
    "Badan Pengawas Obat dan Makanan": ("BPOM", "Badan POM"),
    "Kejaksaan Agung": ("Kejagung",),
    "Persatuan Bulu Tangkis Seluruh Indonesia": ("PBSI", "PP PBSI"),
    "Persatuan Sepak Bola Seluruh Indonesia": ("PSSI",),
    "Komite Olimpiade Indonesia": ("KOI",),
    "Nahdlatul Ulama": ("NU", "PBNU"),
    "Muhammadiyah": ("PP Muhammadiyah",),
    "Majelis Ulama Indonesia": ("MUI",),
    "BPJS Kesehatan": ("Badan Penyelenggara Jaminan Sosial Kesehatan",),
    "BPJS Ketenagakerjaan": ("Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "BP Jamsostek"),
    # companies and brands news names bare ("Samsung memimpin pasar")
    **dict.fromkeys(BRANDS_TEXT.split(", "), ()),
    # universities: their names run straight into the name of the person who speaks for them
    # ("peneliti Universitas Gadjah Mada Budi Santoso"), so the known ones end the organisation
    "Universitas Indonesia": ("UI",),
    "Universitas Gadjah Mada": ("UGM",),
    "Institut Teknologi Bandung": ("ITB",),
    "Institut Pertanian Bogor": ("IPB", "IPB University"),
    "Institut Teknologi Sepuluh Nopember": ("ITS",),
    "Universitas Padjadjaran": ("Unpad",),
    "Universitas Diponegoro": ("Undip",),
    "Universitas Airlangga": ("Unair",),
    "Universitas Brawijaya": (),
    "Universitas Hasanuddin": ("Unhas",),
    "Universitas Sebelas Maret": ("UNS",),
    "Universitas Sumatera Utara": ("USU",),
    "Universitas Andalas": ("Unand",),
    "Universitas Udayana": ("Unud",),
    "Universitas Negeri Jakarta": ("UNJ",),
    "Universitas Islam Negeri Syarif Hidayatullah": ("UIN Syarif Hidayatullah", "UIN Jakarta"),
    "Universitas Muhammadiyah Yogyakarta": ("UMY",),
    "Universitas Oxford": ("Oxford University", "University of Oxford"),
    "Universitas Cambridge": ("Cambridge University", "University of Cambridge"),
    "Universitas Harvard": ("Harvard University",),
    "Universitas Stanford": ("Stanford University",),
    "Universitas Nasional Singapura": ("National University of Singapore", "NUS"),
}

MEDIA: frozenset[str] = frozenset(
    {
        "Reuters",
        "AFP",
        "AP",
        "Xinhua",
        "TASS",
        "RIA Novosti",
        "Sputnik",
        "Interfax",
        "Global Times",
        "CCTV",
        "Kyodo",
        "Yonhap",
        "Bloomberg",
        "CNN",
        "BBC",
        "Al Jazeera",
        "Newsweek",
        "The New York Times",
        "The Washington Post",
        "The Guardian",
        "South China Morning Post",
        "ANTARA",
        "Kompas",
        "Tempo",
        "detik",
        "Republika",
        "Liputan6",
    }
)
"""News agencies and outlets among ORGS: sources, not offices whose staff are named after them."""

# Ministry portfolios: the words after "Kementerian"/"Menteri", with the short forms of the
# ministry ("Kemenlu" = "Kementerian Luar Negeri").
MINISTRY_DOMAINS: dict[str, tuple[str, ...]] = {
    "Luar Negeri": ("Kemenlu", "Kemlu"),
    "Dalam Negeri": ("Kemendagri",),
    "Pertahanan": ("Kemhan", "Kemenhan"),
    "Keuangan": ("Kemenkeu",),
    "Perdagangan": ("Kemendag",),
    "Perindustrian": ("Kemenperin",),
    "Kesehatan": ("Kemenkes",),
    "Pendidikan": ("Kemendikbud", "Kemendikbudristek"),
    "Agama": ("Kemenag",),
    "Hukum dan Hak Asasi Manusia": ("Kemenkumham",),
    "Luar Negeri dan Persemakmuran": (),
    "Energi dan Sumber Daya Mineral": ("Kementerian ESDM",),
    "Badan Usaha Milik Negara": ("Kementerian BUMN",),
    "Komunikasi dan Informatika": ("Kemenkominfo", "Kominfo"),
    "Sosial": ("Kemensos",),
    "Pertanian": ("Kementan",),
    "Perhubungan": ("Kemenhub",),
    "Pariwisata": ("Kemenpar",),
    "Ketenagakerjaan": ("Kemnaker", "Kemenaker"),
    "Koordinator Bidang Politik, Hukum, dan Keamanan": ("Kemenko Polhukam",),
    "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi": ("Kemenpan RB", "KemenPAN-RB"),
    "Sekretariat Negara": ("Kemensetneg",),
    "Pekerjaan Umum": ("Kementerian PU",),
    "Pekerjaan Umum dan Perumahan Rakyat": ("Kementerian PUPR",),
    "Lingkungan Hidup dan Kehutanan": ("KLHK",),
    "Lingkungan Hidup": ("KLH",),
    "Kehutanan": ("Kemenhut",),
    "Kelautan dan Perikanan": ("KKP",),
    "Pemuda dan Olahraga": ("Kemenpora",),
    "Investasi": (),
    "Koperasi": ("Kemenkop",),
    "Koperasi dan Usaha Kecil dan Menengah": ("Kemenkop UKM",),
    "Pendidikan Dasar dan Menengah": ("Kemendikdasmen",),
    "Pendidikan Tinggi, Sains, dan Teknologi": ("Kemendiktisaintek",),
    "Kebudayaan": (),
    "Ekonomi Kreatif": (),
    "Pariwisata dan Ekonomi Kreatif": ("Kemenparekraf",),
    "Perencanaan Pembangunan Nasional": ("Bappenas",),
    "Agraria dan Tata Ruang": ("Kementerian ATR",),
    "Hukum": (),
    "Hak Asasi Manusia": (),
    "Imigrasi dan Pemasyarakatan": (),
    "Pemberdayaan Perempuan dan Perlindungan Anak": ("KemenPPPA",),
    "Desa dan Pembangunan Daerah Tertinggal": ("Kemendes",),
    "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": ("Kemendes PDTT",),
    "Transmigrasi": (),
    "Komunikasi dan Digital": ("Komdigi",),
    "Perumahan dan Kawasan Permukiman": (),
    "Koordinator Bidang Perekonomian": ("Kemenko Perekonomian",),
    "Koordinator Bidang Pangan": ("Kemenko Pangan",),
    "Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan": ("Kemenko IPK",),
    "Koordinator Bidang Pemberdayaan Masyarakat": (),
    "Koordinator Bidang Pembangunan Manusia dan Kebudayaan": ("Kemenko PMK",),
    "Koordinator Bidang Kemaritiman dan Investasi": ("Kemenko Marves",),
}

FOREIGN_MINISTRY_DOMAINS: tuple[str, ...] = (
    "Luar Negeri",
    "Dalam Negeri",
    "Pertahanan",
    "Keuangan",
    "Perdagangan",
    "Kesehatan",
    "Luar Negeri dan Persemakmuran",
)
"""Portfolios named with a country in foreign news ("Kementerian Pertahanan Rusia")."""
# Well-known people whose names Indonesian outlets spell in several ways. Canonical = the common
# English spelling. Unknown people keep the spelling of the text.
PEOPLE: dict[str, tuple[str, ...]] = {
    "Vladimir Putin": ("Putin", "Vladimir Vladimirovich Putin"),
    "Xi Jinping": ("Xi",),
    "Sergei Lavrov": ("Sergey Lavrov", "Lavrov"),
    "Dmitry Peskov": ("Dmitri Peskov", "Peskov"),
    "Maria Zakharova": ("Mariya Zakharova", "Zakharova"),
    "Wang Yi": (),
    "Li Qiang": (),
    "Joko Widodo": ("Jokowi",),
    "Sri Mulyani Indrawati": ("Sri Mulyani",),
    "Saifullah Yusuf": ("Gus Ipul",),
    "Agus Harimurti Yudhoyono": ("AHY",),
    "Susilo Bambang Yudhoyono": ("SBY",),
    "Gibran Rakabuming Raka": ("Gibran",),
    "Luhut Binsar Pandjaitan": ("Luhut",),
    "Bambang Soesatyo": ("Bamsoet",),
    "Ma'ruf Amin": (),
    "Megawati Soekarnoputri": ("Megawati",),
    "Puan Maharani": (),
    "Anies Baswedan": ("Anies",),
    "Ganjar Pranowo": ("Ganjar",),
    "Listyo Sigit Prabowo": ("Listyo",),
    "Prabowo Subianto": ("Prabowo",),
    "Retno Marsudi": ("Retno",),
    "Joe Biden": ("Biden",),
    "Donald Trump": ("Trump",),
    "Antony Blinken": ("Anthony Blinken", "Blinken"),
    "Volodymyr Zelensky": ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodimir Zelensky", "Zelensky"),
    "Kim Jong Un": ("Kim Jong-un",),
    "Narendra Modi": ("Modi",),
    "Emmanuel Macron": ("Macron",),
    "Olaf Scholz": ("Scholz",),
    "Recep Tayyip Erdogan": ("Erdogan",),
    "Antonio Guterres": ("Guterres",),
}

TRANSLITERATION_GROUPS: tuple[tuple[str, ...], ...] = (
    # given names that Indonesian outlets spell after English, German or Russian models
    ("sergei", "sergey", "sergej"),
    ("andrei", "andrey", "andrej"),
    ("dmitri", "dmitry", "dmitriy"),
    ("alexei", "alexey", "aleksei", "aleksey"),
    ("alexander", "aleksandr", "alexandr"),
    ("yuri", "yury", "yuriy"),
    ("yevgeny", "evgeny", "yevgeniy", "evgeni"),
    ("nikolai", "nikolay"),
    ("mikhail", "michail"),
    ("volodymyr", "volodimir"),
    ("zelensky", "zelenskyy", "zelenskiy"),
    ("anatoly", "anatoliy", "anatoli"),
    ("maria", "mariya"),
    ("antony", "anthony"),
)
"""Spellings of one name; people whose names differ only here are the same person."""

PLACE = "PLACE"
ORG = "ORG"
PERSON = "PERSON"
ENTITY_TYPES = (PERSON, ORG, PLACE)

_VARIANT_KEY: dict[str, str] = {v: group[0] for group in TRANSLITERATION_GROUPS for v in group}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """A spelling-insensitive key of a name: "Sergey Lavrov" and "Sergei Lavrov" share it.
    Cached: the same names come back in every article that names them.

    Lower case, accents dropped, hyphens as spaces, known transliteration variants folded, and the
    regular Russian endings folded ("-ey" → "-ei", "-iy" → "-i", "-yy" → "-y").
    """
    words = _strip_accents(name).lower().replace("-", " ").split()
    out: list[str] = []
    for word in words:
        word = _VARIANT_KEY.get(word, word)
        if len(word) > 3:
            if word.endswith("yy"):
                word = word[:-1]
            if word.endswith("ey"):
                word = word[:-2] + "ei"
            elif word.endswith("iy"):
                word = word[:-2] + "i"
        out.append(word)
    return " ".join(out)


@dataclass
class Gazetteer:
    """Known entities: canonical name → (type, aliases). ``lookup`` maps each spelling to its entry."""

    entries: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    lookup: dict[str, tuple[str, str]] = field(default_factory=dict)
    person_keys: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, etype: str, aliases: tuple[str, ...] = ()) -> None:
        """Add (or extend) an entry; later entries win for a spelling they share."""
        name = " ".join(name.split())
        if not name or etype not in ENTITY_TYPES:
            return
        old = self.entries.get(name, (etype, ()))[1]
        merged = tuple(dict.fromkeys((*old, *(" ".join(a.split()) for a in aliases if a.strip()))))
        self.entries[name] = (etype, merged)
        for spelling in (name, *merged):
            self.lookup[spelling] = (name, etype)
        if etype == PERSON:
            for spelling in (name, *merged):
                if " " in spelling:
                    self.person_keys[name_key(spelling)] = name

    def get(self, spelling: str) -> tuple[str, str] | None:
        """(canonical, type) of a spelling, or None."""
        return self.lookup.get(spelling)


def _ministry_entries(gaz: Gazetteer) -> None:
    """Ministries of the countries in PLACES: "Kementerian Luar Negeri China", "Kemenlu China"."""
    countries = [name for name in PLACES if not _is_city_or_region(name)]
    for domain, shorts in MINISTRY_DOMAINS.items():
        base = f"Kementerian {domain}"
        gaz.add(base, ORG, shorts)
        if domain not in FOREIGN_MINISTRY_DOMAINS:
            continue
        for country in countries:
            spellings = (country, *PLACES[country])
            aliases = [f"{base} {c}" for c in spellings[1:]]
            aliases += [f"{s} {c}" for s in shorts for c in spellings]
            gaz.add(f"{base} {country}", ORG, tuple(aliases))


_CITIES_AND_REGIONS_FROM = "Beijing"


def _is_city_or_region(name: str) -> bool:
    order = list(PLACES)
    return order.index(name) >= order.index(_CITIES_AND_REGIONS_FROM)


COUNTRIES: frozenset[str] = frozenset(list(PLACES)[: list(PLACES).index(_CITIES_AND_REGIONS_FROM)])
"""Canonical names of countries (PLACES lists countries first, then cities and regions)."""


def is_country(name: str) -> bool:
    """True for the canonical name of a country (speakers such as "China mengatakan")."""
    return name in COUNTRIES


def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer (a fresh object: callers may extend it)."""
    gaz = Gazetteer()
    for name, aliases in PLACES.items():
        gaz.add(name, PLACE, aliases)
    for name, aliases in ORGS.items():
        gaz.add(name, ORG, aliases)
    _ministry_entries(gaz)
    for name, aliases in PEOPLE.items():
        gaz.add(name, PERSON, aliases)
    _region_entries(gaz)
    return gaz


COUNTRY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "Hongaria": ("Hungaria",),
    "Rumania": ("Romania",),
    "Kolombia": ("Colombia",),
    "Ekuador": ("Ecuador",),
    "Maroko": ("Marokko",),
    "Kosta Rika": ("Costa Rica",),
}
"""Other spellings of countries listed compactly above, as Indonesian outlets write them."""


def _region_entries(gaz: Gazetteer) -> None:
    """Indonesian cities and regencies, more foreign cities and football clubs, where the lists
    above do not have them already (an existing spelling keeps its entry)."""
    for country, spellings in COUNTRY_SPELLINGS.items():
        gaz.add(country, PLACE, spellings)
    places = (*INDONESIAN_CITIES, *FOREIGN_CITIES, *REGENCIES_AND_DISTRICTS, *MORE_FOREIGN_CITIES)
    for name in places:
        if name not in AMBIGUOUS_CITY_NAMES and gaz.get(name) is None:
            gaz.add(name, PLACE)
    for club in FOOTBALL_CLUBS:
        first = club.split()[0]
        short = (first,) if first.startswith("Pers") or first.isupper() or first == "Arema" else ()
        gaz.add(club, ORG, short)


def _user_entry(item: Any, source: str) -> tuple[str, str, tuple[str, ...]]:
    if isinstance(item, str):
        return item, PERSON, ()
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise BadInput(source, "each gazetteer entry must be a name or an object with a 'name'")
    etype = str(item.get("type", PERSON)).upper()
    if etype not in ENTITY_TYPES:
        raise BadInput(source, f"entity type must be one of {', '.join(ENTITY_TYPES)}, not {etype}")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise BadInput(source, "'aliases' must be a list of strings")
    return item["name"], etype, tuple(aliases)


def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The built-in gazetteer, extended by the user's JSON list at ``path`` (if given).

    The file holds a list of entries, each a name (a person) or an object
    ``{"name": "...", "type": "PERSON|ORG|PLACE", "aliases": ["...", ...]}``. User entries win
    over built-in ones for the spellings they list.
    """
    gaz = default_gazetteer()
    if path is None:
        return gaz
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(path, f"cannot read gazetteer: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(path, f"gazetteer is not valid JSON: {exc}") from exc
    if not isinstance(data, list):
        raise BadInput(path, "gazetteer must be a JSON list of entries")
    for item in data:
        name, etype, aliases = _user_entry(item, path)
        gaz.add(name, etype, aliases)
    return gaz


CAPITALS: dict[str, str] = {
    "Washington": "Amerika Serikat",
    "Beijing": "China",
    "Moskwa": "Rusia",
    "Tokyo": "Jepang",
    "Seoul": "Korea Selatan",
    "Pyongyang": "Korea Utara",
    "Taipei": "Taiwan",
    "Kyiv": "Ukraina",
    "London": "Inggris",
    "Paris": "Prancis",
    "Berlin": "Jerman",
    "New Delhi": "India",
    "Teheran": "Iran",
    "Ankara": "Turki",
    "Canberra": "Australia",
    "Kuala Lumpur": "Malaysia",
    "Jakarta": "Indonesia",
}
"""A capital that speaks stands for its government: "Washington menyatakan" = the United States."""


@lru_cache(maxsize=8)
def cached_gazetteer(path: str | None = None) -> Gazetteer:
    """:func:`load_gazetteer` read once per process and path (for per-document workers).
    Callers must not extend the object they get."""
    return load_gazetteer(path)
