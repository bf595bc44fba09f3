"""Regions of Indonesia below the province, and the words that head place and local-government names.

Indonesian news names a region with its administrative head word ("Kabupaten Garut", "Kecamatan
Cikajang", "Desa Mekarjaya", "Kelurahan Oesapa") and its government with a short form ("Pemkab Garut",
"Pemkot Bandung", "Pemprov Jabar"). The head words make any such name a place or an organisation,
whether or not the region is listed here; the lists below add the regencies, cities and districts
that news names bare ("korban berasal dari Sidoarjo dan Gresik"). Plain data, read by
:func:`warta.lang.id.gazetteer.default_gazetteer` and :mod:`warta.stages.entities`.
"""

from __future__ import annotations


def _list(text: str) -> tuple[str, ...]:
    """Names in one string separated by ", " (data kept compact)."""
    return tuple(name.strip() for name in text.split(", ") if name.strip())


PLACE_HEADS: tuple[str, ...] = (
    "Kabupaten",
    "Kota",
    "Kecamatan",
    "Kelurahan",
    "Kalurahan",
    "Kapanewon",
    "Padukuhan",
    "Desa",
    "Dusun",
    "Kampung",
    "Nagari",
    "Gampong",
    "Distrik",
    "Provinsi",
    "Sungai",
    "Gunung",
    "Danau",
    "Pulau",
    "Selat",
    "Teluk",
    "Pantai",
    "Stadion",
    "Bandara",
    "Pelabuhan",
    "Jalan",
    "Tol",
    "Kawasan",
    "Gedung",
    "Lapangan",
    "Banjar",
    "Stasiun",
    "Bandar Udara",
)
"""Capitalised words that open the name of a place: administrative regions (kabupaten down to desa
and their regional forms: nagari, gampong, distrik, and Yogyakarta's kapanewon and kalurahan),
landforms and waters, the large venues, roads, ports, buildings and zones that news names as places
("Kawasan Industri Jababeka", "Gedung Gradhika Bhakti Praja"), and Bali's banjar (hamlet)."""

VENUE_HEADS: frozenset[str] = frozenset(
    {"Stadion", "Jalan", "Bandara", "Bandar Udara", "Gedung", "Lapangan", "Pelabuhan"}
)
"""Heads of venues and streets named after people: ranks, titles and Balinese name openers are part
of their names ("Stadion Kapten I Wayan Dipta", "Jalan Jenderal Sudirman", "Bandara I Gusti Ngurah
Rai")."""

HEADS_YIELDING_TO_NAMES: frozenset[str] = frozenset({"Gedung", "Kawasan", "Lapangan", "Stasiun"})
"""Heads whose place is named after a body or a place the text names too ("Gedung DPR", "Gedung
Merah Putih KPK", "Kawasan Pelabuhan Tanjung Priok", "Stasiun Gambir"): when an acronym or a known
name stands in it, that body or place is the entity, not the building, zone or station."""

HEADS_OF_OFFICES_AFTER_ACRONYM: frozenset[str] = frozenset({"Stasiun"})
"""Heads that name an office of the body whose acronym stands before them ("BMKG Stasiun
Pekanbaru" is a weather office, "Stasiun Rendeh" a railway station)."""

PLACE_SUFFIXES: frozenset[str] = frozenset({"Arena", "Stadium", "Hall", "Mall", "Plaza", "Square", "Tower"})
"""Last words that make a capitalised run a place ("Axiata Arena", "Grand Indonesia Mall")."""

ADMINISTRATIVE_HEADS: frozenset[str] = frozenset(
    {
        "Kabupaten",
        "Kota",
        "Kecamatan",
        "Kelurahan",
        "Desa",
        "Dusun",
        "Kampung",
        "Nagari",
        "Gampong",
        "Distrik",
        "Provinsi",
    }
)
"""Heads of administrative regions, whose name ends where a known place begins ("Kabupaten Madiun
Jawa Timur"); venues and streets carry places and people in their names ("Stadion Gelora Bandung
Lautan Api", "Jalan Jenderal Sudirman")."""

BARE_NAME_HEADS: frozenset[str] = frozenset({"Provinsi"})
"""Heads whose region is named as well without them: "Provinsi Jawa Barat" is "Jawa Barat" (a
"Kabupaten Bandung" and a "Kota Bandung" are different places, so those keep their head)."""

NOT_AFTER: frozenset[str] = frozenset(
    {"Wali", "Pemerintah", "Pemerintahan", "Ibu", "Kepala", "Dalam", "Luar"}
)
"""Words before a head that make it part of a title or another name: "Wali Kota Medan" is a
title, "Pemerintah Kota Medan" a government, "Ibu Kota" the capital, "Kepala Desa" a role."""

LOCAL_GOVERNMENTS: dict[str, str] = {
    "Pemkab": "Pemerintah Kabupaten",
    "Pemkot": "Pemerintah Kota",
    "Pemprov": "Pemerintah Provinsi",
    "Pemda": "Pemerintah Daerah",
    "Pemdes": "Pemerintah Desa",
}
"""Short forms of local governments, which open an organisation's name ("Pemkot Palu")."""

REGENCIES_AND_DISTRICTS: tuple[str, ...] = _list(
    # regencies and cities named bare in news (the big cities are in cities.py)
    "Lampung Selatan, Lampung Tengah, Lampung Timur, Lampung Utara, Lampung Barat, Pesawaran, "
    "Tanggamus, Donggala, Sigi, Poso, Parigi Moutong, Sumedang, Subang, Indramayu, Majalengka, "
    "Ciamis, Pangandaran, Bandung Barat, Gunungkidul, Kulon Progo, Wonogiri, Sukoharjo, "
    "Karanganyar, Demak, Grobogan, Kendal, Pemalang, Brebes, Purbalingga, Banjarnegara, "
    "Wonosobo, Temanggung, Kebumen, Purworejo, Jombang, Nganjuk, Ngawi, Magetan, Ponorogo, "
    "Pacitan, Trenggalek, Lumajang, Bondowoso, Situbondo, Pamekasan, Sampang, Tabanan, "
    "Klungkung, Bangli, Karangasem, Buleleng, Jembrana, Lombok Barat, Lombok Tengah, "
    "Lombok Timur, Lombok Utara, Sumbawa, Dompu, Deli Serdang, Serdang Bedagai, Langkat, "
    "Simalungun, Samosir, Tapanuli Utara, Tapanuli Selatan, Tapanuli Tengah, Mandailing Natal, "
    "Nias, Aceh Besar, Aceh Utara, Aceh Timur, Aceh Tamiang, Pidie, Bireuen, Pesisir Selatan, "
    "Padang Pariaman, Kampar, Bengkalis, Siak, Indragiri Hilir, Rokan Hilir, Muaro Jambi, "
    "Ogan Komering Ilir, Ogan Ilir, Musi Banyuasin, Banyuasin, Muara Enim, Lahat, "
    "Kutai Kartanegara, Kutai Timur, Kutai Barat, Penajam Paser Utara, Berau, Paser, "
    "Kotawaringin Timur, Kotawaringin Barat, Ketapang, Sambas, Sanggau, Sintang, Kubu Raya, "
    "Tanah Laut, Kotabaru, Minahasa, Minahasa Utara, Bolaang Mongondow, Gorontalo Utara, Wajo, "
    "Sidrap, Pinrang, Luwu, Luwu Utara, Luwu Timur, Tana Toraja, Toraja Utara, Bulukumba, "
    "Jeneponto, Takalar, Kolaka, Konawe, Konawe Selatan, Buton, Halmahera Utara, "
    "Halmahera Selatan, Halmahera Tengah, Maluku Tengah, Seram Bagian Barat, Mimika, Jayawijaya, "
    "Puncak Jaya, Nduga, Intan Jaya, Teluk Bintuni, Raja Ampat, Keerom, Tangerang Selatan, "
    "Bekasi, Bogor, Sukabumi, Cianjur, Karawang, Purwakarta, Serang, Pandeglang, Lebak, "
    # the municipalities and districts of Jakarta
    "Jakarta Selatan, Jakarta Timur, Jakarta Barat, Jakarta Utara, Jakarta Pusat, "
    "Kepulauan Seribu, Menteng, Kebayoran Baru, Kebayoran Lama, Tanah Abang, Gambir, Senayan, "
    "Kuningan, Cilandak, Pasar Minggu, Kemang, Cempaka Putih, Kelapa Gading, Cengkareng, "
    "Tanjung Priok, Penjaringan, Jatinegara, Matraman, Pulo Gadung, Cakung, Duren Sawit, "
    "Kramat Jati, Ciracas, Cipayung, Pancoran, Tebet, Setiabudi, Mampang Prapatan, "
    "Pesanggrahan, Jagakarsa, Grogol Petamburan, Kalideres, Palmerah, Kebon Jeruk, Tambora, "
    "Sawah Besar, Kemayoran, Senen, Johar Baru, Koja, Pademangan, Cilincing"
)
"""Regencies, cities and Jakarta districts news names bare ("Sidoarjo", "Menteng"). Left out: names
that are also given names or common words ("Bima", "Agam", "Karo", "Batu", "Kudus")."""

AMBIGUOUS_CITY_NAMES: frozenset[str] = frozenset({"Bima", "Batu", "Kudus", "Ende", "Yogya", "Solo", "Pati"})
"""Dateline cities (cities.py) that are also given names or common words: no entity on their own."""

MORE_FOREIGN_CITIES: tuple[str, ...] = _list(
    "Birmingham, Manchester, Liverpool, Los Angeles, San Francisco, Chicago, Osaka, Kyoto, Busan, "
    "Guangzhou, Shenzhen, Wuhan, Hangzhou, Chengdu, Chongqing, Tianjin, Xiamen, Makau, Mumbai, "
    "Karachi, Lahore, Ho Chi Minh City, Penang, Johor Bahru, Perth, Auckland, Toronto, Vancouver, "
    "Frankfurt, Hamburg, Munich, Milan, Barcelona, Lisabon, Athena, Stockholm, Oslo, Kopenhagen, "
    "Helsinki, Warsawa, Praha, Budapest, Bukares, Beograd, Zagreb, Lagos, Abuja, Addis Ababa, "
    "Khartoum, Tripoli, Tunis, Rabat, Casablanca, Amman, Sanaa, Muskat, Manama, Baku, Tbilisi, "
    "Yerevan, Tashkent, Astana, Almaty, Ulaanbaatar, Kathmandu, Vientiane, Havana, Bogota, "
    "Caracas, Quito, Montevideo, Sao Paulo, Rio de Janeiro, Sochi, Vladivostok, Kharkiv, Odesa, "
    "Lviv, Minsk, Davos, Kobe, Nagoya, Sapporo"
)
"""Foreign cities beyond the dateline list of cities.py that international news names."""

FOOTBALL_CLUBS: tuple[str, ...] = _list(
    "Persib Bandung, Persija Jakarta, Persebaya Surabaya, Arema FC, PSM Makassar, Bali United, "
    "PSIS Semarang, Persita Tangerang, Borneo FC, Madura United, Persik Kediri, Dewa United, "
    "PSS Sleman, Persis Solo, Bhayangkara FC, Barito Putera, Malut United, Semen Padang, "
    "PSBS Biak, Persipura Jayapura, PSMS Medan, Sriwijaya FC, Persela Lamongan, Persiraja Banda Aceh"
)
"""Indonesian football clubs (organisations; the city in their name is no separate place). Each
is also known by its first word ("Persib", "Persija")."""
