"""Regional outlets of Indonesian news networks, as plain data.

A network's regional sites are newsrooms of their own: "bali.tribunnews.com" prints its articles as
Tribun-Bali.com, with its own reporters, editors and datelines, and is cited under that name. The
registered domain (``tribunnews.com``) would merge them all into the national site, so the host
name is looked up here first. Many regional sites also have a domain of their own, listed too.

``REGIONAL_HOSTS`` maps a host (without "www.", "m." or "amp.") to the outlet's canonical name;
``REGIONAL_DOMAINS`` maps a registered domain to it; ``REGIONAL_ALIASES`` (derived) maps the
lower-case spellings of these names in datelines, mastheads and copyright lines to the same names.
"""

from __future__ import annotations

import re

HOST_PREFIXES: tuple[str, ...] = ("www.", "m.", "amp.", "mobile.")
"""Host prefixes that address the same site (desktop, mobile, AMP)."""

TRIBUN_REGIONAL: dict[str, str] = {
    "aceh": "SerambiNews.com",
    "ambon": "TribunAmbon.com",
    "bali": "Tribun-Bali.com",
    "bangka": "BangkaPos.com",
    "banjarmasin": "BanjarmasinPost.co.id",
    "banten": "TribunBanten.com",
    "batam": "TribunBatam.id",
    "belitung": "PosBelitung.co",
    "bengkulu": "TribunBengkulu.com",
    "bogor": "TribunnewsBogor.com",
    "cirebon": "TribunCirebon.com",
    "flores": "TribunFlores.com",
    "gorontalo": "TribunGorontalo.com",
    "jabar": "TribunJabar.id",
    "jakarta": "TribunJakarta.com",
    "jambi": "TribunJambi.com",
    "jateng": "TribunJateng.com",
    "jatim": "TribunJatim.com",
    "jogja": "TribunJogja.com",
    "kalbar": "TribunPontianak.co.id",
    "kalteng": "TribunKalteng.com",
    "kaltara": "TribunKaltara.com",
    "kaltim": "TribunKaltim.co",
    "kupang": "Pos-Kupang.com",
    "lampung": "TribunLampung.co.id",
    "madura": "TribunMadura.com",
    "makassar": "Tribun-Timur.com",
    "manado": "TribunManado.co.id",
    "medan": "Tribun-Medan.com",
    "padang": "TribunPadang.com",
    "palembang": "TribunSumsel.com",
    "palu": "TribunPalu.com",
    "papua": "Tribun-Papua.com",
    "pekanbaru": "TribunPekanbaru.com",
    "pontianak": "TribunPontianak.co.id",
    "solo": "TribunSolo.com",
    "sultra": "TribunnewsSultra.com",
    "sumsel": "TribunSumsel.com",
    "surabaya": "Surya.co.id",
    "ternate": "TribunTernate.com",
    "timur": "Tribun-Timur.com",
    "wartakota": "WartaKotaLive.com",
}
"""Sub-domain of tribunnews.com → the regional outlet's own name (Kompas Gramedia's Tribun Network)."""

JAWAPOS_REGIONAL: dict[str, str] = {
    "kaltimpost": "Kaltim Post",
    "sumeks": "Sumatera Ekspres",
    "jambiindependent": "Jambi Independent",
    "fajar": "Fajar",
}
"""Sub-domain of jawapos.com → the regional newspaper of the Jawa Pos group it serves."""

SUARA_REGIONAL: dict[str, str] = {
    label: f"Suara{label.title()}.id"
    for label in (
        "jogja", "jatim", "jabar", "jateng", "sumut", "sumsel", "sumbar", "sulsel", "kalbar",
        "kaltim", "bali", "lampung", "riau", "banten", "bogor", "depok", "bekaci", "surakarta",
        "malang", "batam",
    )
}  # fmt: skip
"""Sub-domain of suara.com → the Suara network's regional site, which prints itself under its own
domain's name ("jogja.suara.com" and "suarajogja.id" → SuaraJogja.id)."""

NETWORK_DOMAINS: frozenset[str] = frozenset({"tribunnews.com", "jawapos.com", "suara.com"})
"""Networks whose sub-domains are regional newsrooms of their own: on such a sub-domain the
page's own site name (``og:site_name``) names the outlet when it is not the network's."""

REGIONAL_HOSTS: dict[str, str] = {
    **{f"{label}.tribunnews.com": name for label, name in TRIBUN_REGIONAL.items()},
    **{f"{label}.jawapos.com": name for label, name in JAWAPOS_REGIONAL.items()},
    **{f"{label}.suara.com": name for label, name in SUARA_REGIONAL.items()},
}
"""Host name → regional outlet."""

REGIONAL_DOMAINS: dict[str, str] = {
    "tribun-bali.com": "Tribun-Bali.com",
    "tribun-timur.com": "Tribun-Timur.com",
    "tribun-medan.com": "Tribun-Medan.com",
    "tribun-papua.com": "Tribun-Papua.com",
    "tribunjakarta.com": "TribunJakarta.com",
    "tribunjabar.id": "TribunJabar.id",
    "tribunbatam.id": "TribunBatam.id",
    "tribunjateng.com": "TribunJateng.com",
    "tribunjatim.com": "TribunJatim.com",
    "tribunjogja.com": "TribunJogja.com",
    "tribunsolo.com": "TribunSolo.com",
    "tribunkaltim.co": "TribunKaltim.co",
    "tribunlampung.co.id": "TribunLampung.co.id",
    "tribunmanado.co.id": "TribunManado.co.id",
    "tribunpontianak.co.id": "TribunPontianak.co.id",
    "tribunnewsbogor.com": "TribunnewsBogor.com",
    "pos-kupang.com": "Pos-Kupang.com",
    "poskupang.com": "Pos-Kupang.com",
    "serambinews.com": "SerambiNews.com",
    "bangkapos.com": "BangkaPos.com",
    "banjarmasinpost.co.id": "BanjarmasinPost.co.id",
    "surya.co.id": "Surya.co.id",
    "wartakotalive.com": "WartaKotaLive.com",
    "harianjogja.com": "Harianjogja.com",
    "solopos.com": "Solopos.com",
    **{name.lower(): name for name in SUARA_REGIONAL.values()},
}
"""Registered domains of regional outlets (their own addresses, not a network's sub-domain)."""


INDEPENDENT_REGIONAL: dict[str, str] = {
    "kaltimpost.id": "Kaltim Post",
    "kaltimtoday.co": "Kaltim Today",
    "nusabali.com": "NusaBali",
    "balipost.com": "Bali Post",
    "beritabali.com": "Beritabali.com",
    "suarantb.com": "Suara NTB",
    "lombokpost.net": "Lombok Post",
    "victorynews.id": "Victory News",
    "suarapapua.com": "Suara Papua",
    "seputarpapua.com": "Seputar Papua",
    "ceposonline.com": "Cenderawasih Pos",
    "siwalimanews.com": "Siwalima",
    "malutpost.id": "Malut Post",
    "manadopost.id": "Manado Post",
    "pontianakpost.co.id": "Pontianak Post",
    "kalteng.co": "Kalteng Pos",
    "lampost.co": "Lampung Post",
    "suarasurabaya.net": "Suara Surabaya",
    "ajnn.net": "AJNN",
}
"""Registered domain → name of regional newsrooms outside the networks (Kalimantan, Bali, Nusa
Tenggara, Papua, Maluku, Sulawesi, Sumatra, Java): their mastheads, copyright lines and datelines
("MANGUPURA, NusaBali -", "© 2023 Kaltim Post") name them. Papers whose name is an everyday word
("Waspada", "Analisa", "Haluan", "Kedaulatan Rakyat") are left out: every name here becomes an
alias looked for in copyright and masthead lines."""

INDEPENDENT_MASTHEADS: dict[str, str] = {
    "kaltim post": "Kaltim Post",
    "kaltimpost": "Kaltim Post",
    "nusa bali": "NusaBali",
    "harian bali post": "Bali Post",
    "cenderawasih pos": "Cenderawasih Pos",
    "cepos": "Cenderawasih Pos",
    "harian siwalima": "Siwalima",
}
"""Masthead spellings (lower case) of those newsrooms beyond their names and domains."""

INDEPENDENT_DATELINE_TOKENS: tuple[str, ...] = tuple(
    sorted(
        {form for name in INDEPENDENT_REGIONAL.values() if " " not in name for form in (name, name.upper())}
    )
)
"""One-word names as they stand after the city in a dateline: "MANGUPURA, NusaBali -"."""


MIN_BARE_ALIAS_CHARS = 8
"""A bare name stem ("tribunjogja", "serambinews") is an alias only when this long: shorter
stems are ordinary words or people's names ("surya", "solopos" is kept with its domain)."""


def _spellings(name: str) -> set[str]:
    """Lower-case spellings of a regional outlet's name: "Tribun-Bali.com" → "tribun-bali.com",
    "tribun-bali", "tribun bali", "tribunbali.com", "tribunbali"."""
    low = name.lower()
    stem = low.split(".", 1)[0]
    forms = {low, stem, stem.replace("-", " "), stem.replace("-", "")}
    forms.add(stem.replace("-", "") + low[len(stem) :])
    return {f for f in forms if ("." in f or "-" in f or " " in f) or len(f) >= MIN_BARE_ALIAS_CHARS}


EXTRA_ALIASES: dict[str, str] = {
    "harian jogja": "Harianjogja.com",
    "serambi indonesia": "SerambiNews.com",
    "banjarmasin post": "BanjarmasinPost.co.id",
    "warta kota": "WartaKotaLive.com",
    "tribun timur": "Tribun-Timur.com",
}
"""Masthead spellings that the domain-derived forms do not cover."""

RADAR_REGIONS: tuple[str, ...] = (
    "jogja", "solo", "semarang", "kudus", "tegal", "pekalongan", "magelang", "banyumas", "malang",
    "surabaya", "kediri", "madiun", "jember", "banyuwangi", "bojonegoro", "madura", "mojokerto",
    "tulungagung", "bromo", "bogor", "cirebon", "tasikmalaya", "sukabumi", "bali", "lampung",
)  # fmt: skip
"""Newsrooms of Jawa Pos's Radar network, which print their name as a dateline ("RADAR JOGJA – …")
and on their own domains (radarjogja.jawapos.com, radarjogja.id)."""

RADAR_ALIASES: dict[str, str] = {
    form.format(region=region): f"Radar {region.title()}"
    for region in RADAR_REGIONS
    for form in ("radar {region}", "radar{region}.id", "radar{region}.jawapos.com")
}
"""Spellings of the Radar newsrooms (lower case) → "Radar Jogja" (as the host pattern names them)."""

REGIONAL_ALIASES: dict[str, str] = {
    **{
        spelling: name
        for name in sorted(set(TRIBUN_REGIONAL.values()) | set(REGIONAL_DOMAINS.values()))
        for spelling in _spellings(name)
    },
    **EXTRA_ALIASES,
    **RADAR_ALIASES,
    **{domain: name for domain, name in INDEPENDENT_REGIONAL.items()},
    **{name.lower(): name for name in INDEPENDENT_REGIONAL.values()},
    **{name.lower().replace(" ", ""): name for name in INDEPENDENT_REGIONAL.values() if " " in name},
    **INDEPENDENT_MASTHEADS,
}
"""Lower-case spelling of a regional outlet in a dateline or masthead → its canonical name."""


REGIONAL_HOST_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^radar(?P<region>[a-z]{3,20})\.jawapos\.com$", "Radar {region}"),
)
"""Host patterns of a network's regional newsrooms → how the outlet names itself ("{region}"
title-cased): Jawa Pos's Radar network ("radarmalang.jawapos.com" → Radar Malang)."""


def regional_outlet(host: str | None) -> str | None:
    """The regional outlet a page's host names ("bali.tribunnews.com" → "Tribun-Bali.com"), or
    None when the host is no regional site of a network."""
    if not host:
        return None
    host = host.lower().rstrip(".")
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    if host in REGIONAL_HOSTS:
        return REGIONAL_HOSTS[host]
    for pattern, name in REGIONAL_HOST_PATTERNS:
        match = re.match(pattern, host)
        if match:
            return name.format(region=match.group("region").title())
    labels = host.split(".")
    for size in (3, 2):
        candidate = ".".join(labels[-size:])
        if candidate in REGIONAL_DOMAINS:
            return REGIONAL_DOMAINS[candidate]
    return None


GROUP_AGENCIES: dict[str, frozenset[str]] = {
    "jibi": frozenset({"Bisnis.com", "Harianjogja.com", "Solopos.com"}),
    "tribun network": frozenset({"Tribunnews.com", *TRIBUN_REGIONAL.values()}),
}
"""A media group's in-house news service → the outlets it feeds. "Sumber: JIBI" on a Harian Jogja
page credits the outlet's own group (JIBI, Jaringan Informasi Bisnis Indonesia), not an outside
wire agency."""


def same_group(source: str, outlet: str | None) -> bool:
    """Whether a credited source is the outlet itself or its own group ("JIBI/Harian Jogja" on
    Harianjogja.com): every "/"-separated part names the outlet, its group's service, or an outlet
    of the same group."""
    if not outlet:
        return False
    from warta.lang.id.outlets import OUTLET_ALIASES

    own = outlet.lower()
    groups = [members for members in GROUP_AGENCIES.values() if outlet in members]
    parts = [p.strip().lower() for p in source.split("/") if p.strip()]
    if not parts:
        return False
    for part in parts:
        named = OUTLET_ALIASES.get(part) or REGIONAL_ALIASES.get(part)
        if part == own or (named and named == outlet):
            continue
        if part in GROUP_AGENCIES and outlet in GROUP_AGENCIES[part]:
            continue
        if named and any(named in members for members in groups):
            continue
        return False
    return True
