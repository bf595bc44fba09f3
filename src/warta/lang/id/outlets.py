"""Indonesian news outlets as plain data: canonical names, domains and the forms of their datelines.

The canonical name is what warta reports as ``outlet``. Keys of ``OUTLET_ALIASES`` are lower-case
spellings seen in datelines ("KOMPAS.com", "(ANTARA)", "TEMPO.CO"), copyright lines and mastheads;
``OUTLET_DOMAINS`` maps registered domains (without "www." or sub-domains) to the same names.
"""

from __future__ import annotations

OUTLET_DOMAINS: dict[str, str] = {
    "kompas.com": "Kompas.com",
    "kompas.id": "Kompas",
    "kompas.tv": "Kompas TV",
    "antaranews.com": "ANTARA",
    "antaranews.co.id": "ANTARA",
    "tempo.co": "Tempo.co",
    "tempo.com": "Tempo.co",
    "rmol.id": "RMOL",
    "rmol.co": "RMOL",
    "detik.com": "detikcom",
    "liputan6.com": "Liputan6.com",
    "kapanlagi.com": "KapanLagi.com",
    "okezone.com": "Okezone.com",
    "republika.co.id": "Republika",
    "republika.id": "Republika",
    "cnnindonesia.com": "CNN Indonesia",
    "cnbcindonesia.com": "CNBC Indonesia",
    "tribunnews.com": "Tribunnews.com",
    "suara.com": "Suara.com",
    "merdeka.com": "Merdeka.com",
    "sindonews.com": "SINDOnews",
    "inews.id": "iNews.id",
    "kumparan.com": "kumparan",
    "tirto.id": "Tirto.id",
    "bisnis.com": "Bisnis.com",
    "kontan.co.id": "Kontan",
    "jawapos.com": "Jawa Pos",
    "mediaindonesia.com": "Media Indonesia",
    "viva.co.id": "VIVA",
    "idntimes.com": "IDN Times",
    "katadata.co.id": "Katadata",
    "thejakartapost.com": "The Jakarta Post",
    "beritasatu.com": "Beritasatu",
    "jpnn.com": "JPNN.com",
    "medcom.id": "Medcom.id",
    "metrotvnews.com": "Metro TV",
    "rri.co.id": "RRI",
    "gatra.com": "Gatra",
    "pikiran-rakyat.com": "Pikiran Rakyat",
    "suaramerdeka.com": "Suara Merdeka",
    "voi.id": "VOI",
    "inilah.com": "Inilah.com",
    "akurat.co": "Akurat",
    "era.id": "Era.id",
    "grid.id": "Grid.id",
    "fajar.co.id": "Fajar",
    "jakartaglobe.id": "Jakarta Globe",
    "voaindonesia.com": "VOA Indonesia",
    "bbc.com": "BBC",
    "mongabay.co.id": "Mongabay",
    "hops.id": "Hops.id",
    "wartaekonomi.co.id": "Warta Ekonomi",
    "investor.id": "Investor Daily",
    "cnbc.com": "CNBC",
    "jubi.id": "Jubi",
    "jubi.co.id": "Jubi",
    "kontan.id": "Kontan",
    "solopos.com": "Solopos.com",
    "harianjogja.com": "Harianjogja.com",
    "tirto.com": "Tirto.id",
}
"""Registered domain → canonical outlet name."""

OUTLET_ALIASES: dict[str, str] = {
    "kompas.com": "Kompas.com",
    "kompas com": "Kompas.com",
    "kompas cyber media": "Kompas.com",
    "kompas": "Kompas",
    "harian kompas": "Kompas",
    "kompas tv": "Kompas TV",
    "kompas.tv": "Kompas TV",
    "antara": "ANTARA",
    "antara news": "ANTARA",
    "antaranews": "ANTARA",
    "antaranews.com": "ANTARA",
    "lkbn antara": "ANTARA",
    "tempo.co": "Tempo.co",
    "tempo": "Tempo.co",
    "tempo.com": "Tempo.co",
    "koran tempo": "Koran Tempo",
    "rmol": "RMOL",
    "rmol.id": "RMOL",
    "rmol.co": "RMOL",
    "kantor berita politik rmol": "RMOL",
    "detikcom": "detikcom",
    "detik.com": "detikcom",
    "detiknews": "detikcom",
    "detikinet": "detikcom",
    "detikfinance": "detikcom",
    "detiksport": "detikcom",
    "detikhot": "detikcom",
    "detikhealth": "detikcom",
    "detiktravel": "detikcom",
    "detikoto": "detikcom",
    "liputan6.com": "Liputan6.com",
    "liputan6": "Liputan6.com",
    "kapanlagi.com": "KapanLagi.com",
    "kapanlagi": "KapanLagi.com",
    "kapanlagi network": "KapanLagi.com",
    "okezone.com": "Okezone.com",
    "okezone": "Okezone.com",
    "republika.co.id": "Republika",
    "republika": "Republika",
    "republika online": "Republika",
    "cnn indonesia": "CNN Indonesia",
    "cnnindonesia.com": "CNN Indonesia",
    "cnbc indonesia": "CNBC Indonesia",
    "tribunnews.com": "Tribunnews.com",
    "tribunnews": "Tribunnews.com",
    "suara.com": "Suara.com",
    "merdeka.com": "Merdeka.com",
    "sindonews.com": "SINDOnews",
    "sindonews": "SINDOnews",
    "inews.id": "iNews.id",
    "kumparan": "kumparan",
    "kumparan.com": "kumparan",
    "tirto.id": "Tirto.id",
    "bisnis.com": "Bisnis.com",
    "jpnn.com": "JPNN.com",
    "viva.co.id": "VIVA",
    "viva": "VIVA",
    "idn times": "IDN Times",
    "idntimes.com": "IDN Times",
    "medcom.id": "Medcom.id",
    "voi.id": "VOI",
    "jawapos.com": "Jawa Pos",
    "media indonesia": "Media Indonesia",
    "mediaindonesia.com": "Media Indonesia",
    "katadata": "Katadata",
    "katadata.co.id": "Katadata",
    "beritasatu.com": "Beritasatu",
    "voa indonesia": "VOA Indonesia",
    "voa": "VOA Indonesia",
    "dw indonesia": "DW Indonesia",
    "jakarta globe": "Jakarta Globe",
    "the jakarta post": "The Jakarta Post",
    "jakarta post": "The Jakarta Post",
    "jakartaglobe.id": "Jakarta Globe",
    "dw": "DW Indonesia",
    "dw.com": "DW Indonesia",
    "deutsche welle": "DW Indonesia",
    "bbc news indonesia": "BBC News Indonesia",
    "bbc news, indonesia": "BBC News Indonesia",
    "bbc indonesia": "BBC News Indonesia",
    "tempo english": "Tempo.co",
    "kbrn": "RRI",
    "pikiran rakyat": "Pikiran Rakyat",
    "pikiran-rakyat.com": "Pikiran Rakyat",
    "suara merdeka": "Suara Merdeka",
    "gatra": "Gatra",
    "gatra.com": "Gatra",
    "era.id": "Era.id",
    "serambinews.com": "Serambinews.com",
    "fajar.co.id": "Fajar",
    "rri": "RRI",
    "jubi": "Jubi",
    "tabloid jubi": "Jubi",
    "kontan": "Kontan",
    "kontan.co.id": "Kontan",
    "inews": "iNews.id",
    "medcom": "Medcom.id",
    "beritasatu": "Beritasatu",
    "jpnn": "JPNN.com",
}
"""Spellings of an outlet in datelines, copyright lines and mastheads (lower case) → canonical."""

DATELINE_OUTLET_TOKENS: tuple[str, ...] = (
    r"KOMPAS\.com",
    r"Kompas\.com",
    r"KOMPAS\.TV",
    r"TEMPO\.CO",
    r"Tempo\.co",
    r"REPUBLIKA\.CO\.ID",
    r"Liputan6\.com",
    r"Kapanlagi\.com",
    r"KapanLagi\.com",
    r"Okezone\.com",
    r"Okezone",
    r"Suara\.com",
    r"Merdeka\.com",
    r"merdeka\.com",
    r"SINDOnews\.com",
    r"Sindonews\.com",
    r"iNews\.id",
    r"JPNN\.com",
    r"jpnn\.com",
    r"VIVA\.co\.id",
    r"VIVA",
    r"TRIBUNNEWS\.COM",
    r"Tribunnews\.com",
    r"CNN Indonesia",
    r"CNBC Indonesia",
    r"Bisnis\.com",
    r"JawaPos\.com",
    r"IDN Times",
    r"kumparan",
    r"RMOL\.ID",
    r"RMOL",
    r"VOI",
    r"Medcom\.id",
    r"Katadata\.co\.id",
    r"Beritasatu\.com",
    r"Era\.id",
    r"Tirto\.id",
    r"detikcom",
    r"detik\w*",
    r"KONTAN\.CO\.ID",
    r"Kontan\.co\.id",
    r"BISNIS\.COM",
    r"tirto\.id",
    r"TRIBUN[\w-]*\.COM",
    r"Tribun[\w-]*\.com",
    r"SURYA\.co\.id",
    r"Solopos\.com",
    r"Harianjogja\.com",
    r"[A-Za-z][\w-]{2,}\.(?:com|co\.id|id|net|co|COM|CO\.ID|ID|NET|CO)",
    r"KOMPAS",
    r"Kompas",
    r"Jubi",
    r"JUBI",
    r"KBRN",
    r"PIKIRAN RAKYAT",
    r"Pikiran Rakyat",
    r"SUARA MERDEKA",
    r"Suara Merdeka",
    r"GATRA",
    r"Gatra",
    r"FAJAR",
)
"""Outlet names as they stand in a dateline: "SHANGHAI, KOMPAS.com -", "TEMPO.CO, Jakarta -"."""

OUTLET_CHANNEL_PREFIXES: dict[str, str] = {
    "detik": "detikcom",
    "kumparan": "kumparan",
}
"""Lower-case brands whose channels are the brand plus a rubric ("detikNews", "detikJatim",
"kumparanNEWS", "kumparanBISNIS"): any such spelling is the brand's outlet."""

NETWORK_PREFIX: str = "tribun"
NETWORK_MAIN_SITE: str = "tribunnews.com"
"""The Tribun network: regional sites ("TRIBUN-TIMUR.COM", "TribunJatim.com") are outlets of their
own, spelt as they print their name; only the main site is Tribunnews.com."""

PAREN_DATELINE_OUTLETS: tuple[str, ...] = (
    r"ANTARA(?: News)?",
    r"Antara(?: News)?",
    r"VOA",
    r"[A-Za-z][\w-]{2,}\.(?:com|co\.id|id|net|co)",
)
"""Outlets written in brackets after the city: "Shanghai (ANTARA) -", "Mataram, NTB (ANTARA News) -",
"WASHINGTON DC (VOA) —", "BANDAR LAMPUNG (Lampost.co) --" (any outlet by its domain)."""

OUTLET_HEADER_SIGNATURES: tuple[tuple[str, str], ...] = (
    (
        r"^[A-Z'’]+, \d{1,2} [A-Z]+ \d{4} \| \d{1,2}:\d{2} WIB \| LAPORAN:",
        "RMOL",
    ),
)
"""Header templates that only one outlet network prints, for pages that never name the outlet in
visible text: the RMOL network's "JUMAT, 14 JULI 2023 | 20:13 WIB | LAPORAN: NAME" line."""

WIRE_AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "afp": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "agence france-presse": "AFP",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "bernama": "Bernama",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "efe": "EFE",
    "sputnik": "Sputnik",
}
"""Wire agencies with their usual spelling (used to normalise "REUTERS" → "Reuters")."""


# Regional outlets of the networks (Tribun-Bali.com, Pos-Kupang.com, …) are outlets of their own:
# their spellings join the alias table (added by the HTML cleaning engineer; data in
# ``regional_outlets``).
from warta.lang.id.regional_outlets import (  # noqa: E402
    INDEPENDENT_DATELINE_TOKENS,
    INDEPENDENT_REGIONAL,
    REGIONAL_ALIASES,
)

for _spelling, _name in REGIONAL_ALIASES.items():
    OUTLET_ALIASES.setdefault(_spelling, _name)
for _domain, _name in INDEPENDENT_REGIONAL.items():
    OUTLET_DOMAINS.setdefault(_domain, _name)

# An outlet's domain in capitals opens many regional datelines ("SERAMBINEWS.COM, LHOKSEUMAWE -",
# "POS-KUPANG.COM, KUPANG -"); the generic domain token above only reads lower-case endings.
DATELINE_OUTLET_TOKENS = (
    *DATELINE_OUTLET_TOKENS,
    r"[A-Z][A-Z0-9-]{2,}\.(?:COM|CO\.ID|ID|NET|CO)",
    *INDEPENDENT_DATELINE_TOKENS,
)


PIPE_DATELINE_OUTLET: str = r"[A-Za-z][\w-]{2,}\.(?:com|co\.id|id|net|co)"
"""An outlet's domain opening the lead with a pipe glued to it: "suarasurabaya.net| Wali Kota …"."""
