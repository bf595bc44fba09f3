"""Organisations and places beyond the token scan, and further mentions they and people get.

:mod:`warta.stages.entities` runs these over the scan's findings (:mod:`warta.stages.name_rules`):

- places and local governments named with their head word ("Kabupaten Garut", "Kecamatan Medan
  Denai", "Sungai Cimanuk", "Pemkot Palu"), and a region named bare after that ("Bupati Garut");
- organisations written with a bracketed acronym: the name without it is canonical, the acronym an
  alias and a further mention ("Badan Pusat Statistik (BPS)" … "BPS mencatat"); an acronym that
  spells the words before it makes them an organisation ("Bursa Efek Indonesia (BEI)",
  "Wahana Lingkungan Hidup Indonesia (Walhi)"), and one that spells the initials of an organisation
  of the text is it ("BRI");
- bodies named after people ("RSUD Prof. Dr. Herman Lalang"), people marked by a degree
  ("Tumpal Sitorus, S.H.") or named in full after "oleh", organisations ending in a corporate word
  ("Sequoia Capital");
- a short title used alone ("Menkeu") as a mention of the one person who holds it in full.

All of it is pure string work over one text; the words are data in :mod:`warta.lang.id.regions`
and :mod:`warta.lang.id.roles`.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from warta.lang.id.cities import INDONESIAN_CITIES
from warta.lang.id.gazetteer import ORG, PERSON, PLACE, Gazetteer
from warta.lang.id.name_cues import COMPANY_MARKS, COMPANY_NAME_TAILS, MIN_SHORT_COMPANY
from warta.lang.id.regions import (
    ADMINISTRATIVE_HEADS,
    BARE_NAME_HEADS,
    HEADS_OF_OFFICES_AFTER_ACRONYM,
    HEADS_YIELDING_TO_NAMES,
    LOCAL_GOVERNMENTS,
    NOT_AFTER,
    PLACE_HEADS,
    PLACE_SUFFIXES,
    REGENCIES_AND_DISTRICTS,
    VENUE_HEADS,
)
from warta.lang.id.roles import (
    LEGAL_FORMS,
    NAME_PREFIXES,
    NOT_ORG_OPENERS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_NAME_STOPS,
    RANK_CORPS,
    RANKS,
    REGIONAL_BODY_WORDS,
    ROLE_SHORT_FORMS,
    STOP_CAPITALISED,
)
from warta.stages.name_shapes import ROLE_FIRST_WORDS, _Found, _name_word, find_forms

_NAME_WORD = r"(?:[A-Z][a-z'’]+|[A-Z]{2,5}|I(?= [A-Z]))(?:-[A-Z]?[a-z]+)?"
_HEADS = "|".join((*PLACE_HEADS, *LOCAL_GOVERNMENTS))
_HEADED = re.compile(rf"({_HEADS}) ({_NAME_WORD}(?: {_NAME_WORD}){{0,3}})")
"""A place or local government named with its head word: "Kabupaten Garut", "Pemkot Palu" (the
head starts a word: :func:`_headed_matches` checks the character before it, which as a look-behind
would keep the regex engine from skipping ahead to the heads' first letters)."""


def _headed_matches(text: str, gaz: Gazetteer) -> list[re.Match[str]]:
    """:data:`_HEADED`'s matches whose head starts a word, left to right without overlaps. A head
    that yields to the names inside it ("Gedung DPR", "Kawasan Pelabuhan Tanjung Priok") or names
    only common nouns ("Kawasan Permukiman") gives no match, and the search goes on inside it."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := _HEADED.search(text, pos)) is not None:
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            pos = start + 1
            continue
        if m.group(1) in HEADS_YIELDING_TO_NAMES:
            words = m.group(2).split(" ")
            if not any(_name_word(w) for w in words) or any(
                (w.isupper() and len(w) > 1) or _known_at(words, j, gaz) for j, w in enumerate(words)
            ):
                pos = m.start(2)
                continue
        out.append(m)
        pos = m.end()
    return out


MAX_KNOWN_WORDS = 3
"""Longest known name looked up inside a headed name."""


def _known_at(words: list[str], j: int, gaz: Gazetteer) -> bool:
    """True when a known place or organisation starts at word j ("Jawa Timur"): a new name."""
    return any(
        gaz.get(" ".join(words[j : j + k])) for k in range(1, MAX_KNOWN_WORDS + 1) if j + k <= len(words)
    )


def _headed_names(text: str, scanned: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """Places opened by an administrative or landform head ("Kecamatan Medan Denai", "Sungai
    Cimanuk") and local governments ("Pemkab Garut"), whatever the region: the head says what they
    are. The name stops before a person found there ("Kepala Desa X Budi"), a function word or a
    known place that is not part of it; "Provinsi X" is the region X."""
    people = sorted(f.start for f in scanned if f.type == PERSON)
    out: list[_Found] = []
    for m in _headed_matches(text, gaz):
        head = m.group(1)
        before = text[max(0, m.start() - 14) : m.start()].split()
        if (before and before[-1] in NOT_AFTER) or text[max(0, m.start() - 1) : m.start()] == "/":
            continue  # "Koperasi Desa/Kelurahan Merah Putih": one name with an alternative head
        if head in HEADS_OF_OFFICES_AFTER_ACRONYM and before and before[-1].isupper() and len(before[-1]) > 1:
            continue  # "BMKG Stasiun Pekanbaru": the body's office, not a station
        words = m.group(2).split(" ")
        kept: list[str] = []
        pos = m.start(2)
        for j, word in enumerate(words):
            venue = head in VENUE_HEADS  # "Stadion Kapten I Wayan Dipta": named after a person
            if (
                word in STOP_CAPITALISED
                or word in PLACE_NAME_STOPS
                or (not venue and (word.lower() in RANKS or word in RANK_CORPS))
                or (kept and (word in PLACE_HEADS or word in LOCAL_GOVERNMENTS))
            ):
                break
            if kept and (
                (not venue and any(pos <= p < pos + len(word) + 1 for p in people))
                or (not venue and word in NAME_PREFIXES)  # "Kota Denpasar Dewa Gde …": a Balinese name begins
                or (head in ADMINISTRATIVE_HEADS and _known_at(words, j, gaz))  # "… Madiun Jawa Timur"
            ):
                break
            kept.append(word)
            pos += len(word) + 1
        if not kept or all(w in PLACE_HEADS for w in kept):
            continue  # "Jalan Tol" alone names no road
        region = " ".join(kept)
        end = m.start(2) + len(region)
        if head in LOCAL_GOVERNMENTS:
            out.append(_Found(m.start(), end, text[m.start() : end], ORG, None, None, 1))
            continue
        known = gaz.get(region)
        canonical = (known[0] if known else region) if head in BARE_NAME_HEADS else None
        out.append(_Found(m.start(), end, text[m.start() : end], PLACE, canonical, None, 1))
    return out


ORG_ACRONYM = re.compile(
    r"^(?P<name>.+?) \((?P<acr>[A-Z][A-Za-z]{1,14}(?:[ -][A-Z][A-Za-z]{1,9})?)\)(?P<rest>.*)$"
)
"""An organisation written with its acronym in brackets: "Badan Pusat Statistik (BPS)",
"Pengadilan Negeri (PN) Surabaya"."""

BRACKET_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]{1,14}(?:[ -][A-Z][A-Za-z]{1,9})?)\)")
"""A bracketed acronym right after a name: " (BPS)", " (Pemprov Jabar)"."""

REGION_AFTER_ACRONYM = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[.,;:)]|\s+[a-z]|$)")
"""The region after a regional office's acronym: "Pengadilan Negeri (PN) Surabaya tahun lalu"."""

MIN_INITIALS = 3
"""Shortest acronym read as the initials of an organisation named in the same text ("BRI" for
"Bank Rakyat Indonesia"): two letters are too often something else."""


def _not_acronym(acr: str, gaz: Gazetteer | None = None) -> bool:
    """Brackets that hold a legal form, a corps or a known place ("(Persero)", "(Purn)", "(Jawa
    Barat)"), not an acronym."""
    known = gaz.get(acr) if gaz is not None else None
    return acr in LEGAL_FORMS or acr in RANK_CORPS or (known is not None and known[1] == PLACE)


def _org_name(name: str) -> str:
    """An organisation's name without its legal form: "PT Bank X (Persero) Tbk" is "PT Bank X"."""
    words = [w for w in name.replace("(Persero)", " ").split() if w not in LEGAL_FORMS]
    return " ".join(words)


def _known_org(name: str, gaz: Gazetteer) -> str:
    """The gazetteer's name of a company written with its "PT" ("PT Bank Rakyat Indonesia"), or
    the name itself."""
    for form in (name, name.removeprefix("PT ")):
        known = gaz.get(form)
        if known and known[1] == ORG:
            return known[0]
    return name


def _initials(name: str) -> str:
    """Initials of the capitalised words of a name, legal forms aside: "Bank Rakyat Indonesia" BRI."""
    return "".join(w[0] for w in _org_name(name).split() if w[:1].isupper() and w not in ("PT", "CV"))


def _region_after(text: str, f: _Found, found: list[_Found]) -> None:
    """A regional office's name goes on after its acronym with the region ("Pengadilan Negeri (PN)
    Surabaya"); the region then belongs to the office, not a place of its own."""
    if not any(w in REGIONAL_BODY_WORDS for w in f.surface.split()):
        return
    m = REGION_AFTER_ACRONYM.match(text, f.end)
    if m is None or any(g.type == PERSON and f.end <= g.start < m.end() for g in found):
        return
    for g in found:
        if g is not f and f.end <= g.start and g.end <= m.end():
            g.type = "NAME"  # absorbed
    f.end = m.end()
    f.surface = text[f.start : f.end]


def _org_acronyms(text: str, found: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """Organisations named with a bracketed acronym take the name without it, and the acronym,
    used alone later ("BPS mencatat …"), is a further mention of them. An acronym the gazetteer
    knows makes the whole name that known organisation ("Partai Golongan Karya (Golkar)"). An
    all-capital word that spells the initials of one organisation of the text ("BRI") is it too."""
    forms: dict[str, str] = {}
    extra: list[_Found] = []
    for f in found:
        if f.type != ORG:
            continue
        m = ORG_ACRONYM.match(f.surface)
        if m is None or _not_acronym(m.group("acr"), gaz):
            after = BRACKET_ACRONYM.match(text, f.end)
            if after and not _not_acronym(after.group(1), gaz):
                forms.setdefault(after.group(1), f.canonical or _org_name(f.surface))
            if f.canonical is None:
                f.canonical = _known_org(_org_name(f.surface), gaz)
            continue
        if text.startswith(f.surface, f.start):
            f.end = f.start + len(f.surface)  # the scan closes an acronym's bracket in the surface only
        acr = m.group("acr")
        branch = re.match(r" ([A-Z][a-z]+)", text[f.end : f.end + 30]) if not m.group("rest") else None
        known = gaz.get(f"{acr} {branch.group(1)}") if branch else None
        if branch and known and known[1] == ORG:  # "… Jaminan Sosial (BPJS) Kesehatan": BPJS Kesehatan
            for g in found:
                if g is not f and f.end <= g.start < f.end + len(branch.group(0)):
                    g.type = "NAME"  # absorbed
            f.end += len(branch.group(0))
            f.surface = text[f.start : f.end]
            f.canonical = known[0]
            forms.setdefault(known[0], known[0])
            continue
        if not m.group("rest"):
            _region_after(text, f, found)
        known = gaz.get(acr)
        name = _known_org(_org_name(f"{m.group('name')}{f.surface[m.end('acr') + 1 :]}"), gaz)
        if known and known[1] == ORG:
            name = known[0]
        if f.canonical is None or f.canonical == f.surface:
            f.canonical = name
        forms.setdefault(acr, f.canonical)
        start = f.start + m.start("acr")
        extra.append(_Found(start, start + len(acr), acr, ORG, f.canonical, None, 1))
        if f.surface == m.group(0) and not m.group("rest"):  # the name, then its acronym as a mention
            f.end = f.start + len(m.group("name"))
            f.surface = m.group("name")
        # else: "Dewan Perwakilan Rakyat Daerah (DPRD) Kota X": the acronym, inside the mention,
        # is a further mention of the office too
    orgs = {f.canonical for f in found if f.type == ORG and f.canonical}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for org in orgs:
        if len(_initials(org)) >= MIN_INITIALS:
            by_initials[_initials(org)].add(org)
    for acr, owners in by_initials.items():
        if len(owners) == 1 and acr not in forms and gaz.get(acr) is None:
            forms[acr] = next(iter(owners))
    found = [f for f in found if f.type != "NAME" or f.surface not in forms] + extra
    if not forms:
        return sorted(found, key=lambda f: f.start)
    owners_all = set(forms.values())
    for f in found:
        if f.type == ORG and f.surface in forms and f.canonical not in owners_all:
            f.type, f.canonical = ORG, forms[f.surface]
    taken = sorted((f.start, f.end) for f in found if f.type in (PERSON, ORG, PLACE))
    places = {(f.start, f.end): f for f in found if f.type == PLACE}
    for start, end, form in find_forms(text, forms):
        if any(a < end and start < b for a, b in taken):
            continue
        region = _acronym_region(text, end, forms[form], places, gaz)
        if region is not None:  # "Kepala Pelaksana BPBD Gianyar": the regional office, named short
            end, place = region
            if place is not None:
                place.type = "NAME"  # absorbed
        found.append(_Found(start, end, text[start:end], ORG, forms[form], None, 1))
    return sorted(found, key=lambda f: f.start)


REGIONAL_OFFICE_WORDS: frozenset[str] = REGIONAL_BODY_WORDS | {"Provinsi", "Dinas"}
"""Words of an office's full name that make its acronym go with a region ("Badan Penanggulangan
Bencana Daerah (BPBD)" … "BPBD Gianyar", "Badan Narkotika Nasional Provinsi (BNNP)" … "BNNP Sumut",
"Dinas Perhubungan (Dishub)" … "Dishub Cianjur": every dinas belongs to a region)."""


def _acronym_region(
    text: str, end: int, owner: str, places: dict[tuple[int, int], _Found], gaz: Gazetteer
) -> tuple[int, _Found | None] | None:
    """Where a regional office's short mention ends when its region follows the acronym ("BPBD
    Gianyar"): a known place found there (which then belongs to the office's mention), or the
    region the office's own name ends with ("… Daerah (BPBD) Sukamaju" … "BPBD Sukamaju"); with
    the place found there, if any. None when neither follows or the office is not regional."""
    if not any(w in REGIONAL_OFFICE_WORDS for w in owner.split()):
        return None
    m = re.match(r" ([A-Z][a-z]+)(?![\w-])", text[end : end + 40])
    if m is None:
        return None
    word_end = end + 1 + len(m.group(1))
    place = places.get((end + 1, word_end))
    known = gaz.get(m.group(1))
    if place is not None and known is not None and known[1] == PLACE:
        return word_end, place
    if owner.split()[-1] == m.group(1):
        return word_end, place
    return None


BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,14})\)")
"""A bracketed acronym anywhere in the text ("(BEI)", "(Walhi)")."""

WORDS_BEFORE = re.compile(
    r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:,? (?:dan |serta |untuk |& |for |of |and |the |on )?|\s))+$"
)
"""Capitalised words right before a bracketed acronym ("Bursa Efek Indonesia (BEI)", "Badan
Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Institute for Development of Economics and
Finance (Indef)"), read within :data:`ACRONYM_WINDOW` characters."""

ACRONYM_WINDOW = 160
"""How far back from a bracketed acronym its spelled-out name may start."""


MIN_SPELLED_ACRONYM = 3
"""Shortest acronym read from the words before it: two letters match too many pairs of words."""


def _spells(acr: str, words: list[str]) -> bool:
    """True when the acronym is a run of non-empty prefixes of all the words, in order: "BEI" of
    "Bursa Efek Indonesia", "Walhi" of "Wahana Lingkungan Hidup Indonesia", "Indef" of "Institute
    Development Economics Finance"."""
    if not words:
        return not acr
    head = words[0].lower()
    return any(
        acr[:k] == head[:k] and _spells(acr[k:], words[1:]) for k in range(min(len(acr), len(head)), 0, -1)
    )


def _spelled_start(acr: str, words: list[str]) -> int | None:
    """Index of the first word of the shortest tail of ``words`` the acronym spells (None: none)."""
    low = acr.lower()
    for s in range(len(words) - 1, -1, -1):
        if len(words) - s > len(low):
            return None
        if low[0] == words[s][0].lower() and _spells(low, words[s:]):
            return s
    return None


MIN_SYLLABIC_ACRONYM = 6
"""Shortest syllable acronym read back to an office's head word ("Disdikpora" for "Dinas
Pendidikan, Pemuda dan Olahraga"): such acronyms take syllables, not initials, so they spell
nothing; a long one that opens with its head's first syllable names that office."""


def _office_head_start(acr: str, words: list[str]) -> int | None:
    """Index of the office head word ("Dinas", "Badan") whose first two letters open a long
    syllable acronym ("Disdikpora", "Disbudpar"), the nearest before the bracket; None if none."""
    if len(acr) < MIN_SYLLABIC_ACRONYM:
        return None
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in ORG_PREFIXES and len(word) >= 3 and acr[:2].lower() == word[:2].lower():
            return k if k < len(words) - 1 else None
    return None


PORTFOLIO_TITLES: frozenset[str] = frozenset({"menteri", "menko"})
"""Titles whose next words name a portfolio, not an organisation ("Menteri Perencanaan
Pembangunan Nasional (PPN)"); after other titles ("Kepala Dinas X (DX)") they name a body."""


def _initialled_orgs(text: str, scanned: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """Organisations whose bracketed acronym spells the words before it, unless those words are
    all name words that no gazetteer entry or institution word breaks ("Agus Harimurti Yudhoyono
    (AHY)" stays a person) or a person was found there."""
    out: list[_Found] = []
    for b in BRACKETED.finditer(text):
        acr = b.group(1)
        if len(acr) < MIN_SPELLED_ACRONYM:
            continue
        lo = max(0, b.start() - ACRONYM_WINDOW)
        m = WORDS_BEFORE.search(text, lo, b.start())
        if m is None:
            continue
        matches = list(re.finditer(r"[A-Z][\w-]*", m.group(0)))
        start_word = _spelled_start(acr, [w.group(0) for w in matches])
        if start_word is None:
            start_word = _office_head_start(acr, [w.group(0) for w in matches])
        if len(acr) < MIN_SPELLED_ACRONYM or start_word is None:
            continue
        words = [w.group(0) for w in matches[start_word:]]
        if all(
            _name_word(w) and w not in ORG_PREFIXES and w not in ORG_SUFFIXES and gaz.get(w) is None
            for w in words
        ):
            continue
        before = matches[start_word - 1].group(0) if start_word > 0 else ""
        known = gaz.get(" ".join(words))
        if (
            words[0] in NOT_ORG_OPENERS
            or words[0].lower() in ROLE_FIRST_WORDS
            or before.lower() in PORTFOLIO_TITLES
            or before in NOT_ORG_OPENERS
            or (known is not None and known[1] == PLACE)
        ):
            continue  # "Anggaran … (APBD)", "Menteri Keuangan (Menkeu)", "Jawa Barat (Jabar)"
        if before in ORG_PREFIXES:
            start_word -= 1  # "Kementerian Energi dan Sumber Daya Mineral (ESDM)"
        start = m.start() + matches[start_word].start()
        if any(f.type == PERSON and f.start < b.end() and start < f.end for f in scanned):
            continue
        out.append(_Found(start, b.end(), text[start : b.end()], ORG, None, None, 1))
    return out


def _bare_regions(found: list[_Found]) -> None:
    """A region named bare after the text named it with its head ("Kabupaten Garut" … "Bupati
    Garut"; "Donggala") is that region, when only one headed place has that name."""
    headed: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.type == PLACE and " " in f.surface and f.surface.split(" ", 1)[0] in PLACE_HEADS:
            headed[f.surface.split(" ", 1)[1]].add(f.canonical or f.surface)
    for f in found:
        owners = headed.get(f.surface) or headed.get(f.surface.title())  # "KLATEN -": the dateline
        if f.type == PLACE and owners and len(owners) == 1:
            f.canonical = next(iter(owners))


REGISTERED_OR = re.compile(r"^\)?(?: \(Persero\))?(?: Tbk\.?)?,? atau $")
"""Between a company's registered name and the name it goes by: " Tbk atau "."""


def _company_aliases(text: str, found: list[_Found], gaz: Gazetteer) -> None:
    """A company's registered name and the name it goes by are one organisation: "PT
    Telekomunikasi Indonesia (Persero) Tbk atau Telkom Indonesia" (the name after "atau" and every
    mention of it join the registered name); and the short form without a generic last word
    ("PT Kirim Cepat Nusantara" … "Kirim Cepat", "Telkom Indonesia" … "Telkom") used alone is a
    further mention of it."""
    renamed: dict[str, str] = {}
    for a, b in itertools.pairwise(found):
        if a.type != ORG or not REGISTERED_OR.match(text[a.end : b.start]):
            continue
        if b.type not in (ORG, "NAME") and not (b.type == PERSON and b.role is None):
            continue  # "… Tbk atau Angkasa Niaga mencatat": a verb after it made the name a person
        registered = text[a.start : a.end + 12]
        if not any(mark in registered for mark in COMPANY_MARKS) or b.end - b.start < MIN_SHORT_COMPANY:
            continue
        canonical = a.canonical or a.surface
        renamed[b.canonical or b.surface] = canonical
        renamed[b.surface] = canonical
        b.type, b.canonical = ORG, canonical
    for f in found:
        if f.type == ORG and (f.canonical in renamed or f.surface in renamed):
            f.canonical = renamed.get(f.canonical or "", renamed.get(f.surface, f.canonical))
    shorts: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.type != ORG:
            continue
        words = f.surface.removeprefix("PT ").split()
        if len(words) >= 2 and words[-1] in COMPANY_NAME_TAILS:
            short = " ".join(words[:-1])
            known = gaz.get(short)
            if (
                len(short) >= MIN_SHORT_COMPANY
                and words[0] not in ORG_PREFIXES
                and words[0] not in STOP_CAPITALISED
                and (known is None or known[1] == ORG)
            ):
                shorts[short].add(f.canonical or f.surface)
    if not shorts:
        return
    taken = [(f.start, f.end) for f in found if f.type in (PERSON, ORG, PLACE)]
    for short, owners in shorts.items():
        if len(owners) != 1:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?! [A-Z])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(_Found(m.start(), m.end(), short, ORG, next(iter(owners)), None, 1))
    found.sort(key=lambda f: f.start)


HOME_REGIONS: frozenset[str] = frozenset((*INDONESIAN_CITIES, *REGENCIES_AND_DISTRICTS))
"""Indonesian cities and regencies: the regions a local office's name may end with."""


def _regional_org_folds(found: list[_Found], gaz: Gazetteer) -> None:
    """An organisation named without its region ("RSUD Sayang") is the one organisation of the
    text named with it ("RSUD Sayang Cianjur"): the longer name is canonical for both. Only names of
    two words or more fold, and only when what the longer one adds is an Indonesian city or regency
    (a country added names another body: "Kementerian Luar Negeri Rusia")."""
    names = {f.canonical or f.surface for f in found if f.type == ORG}
    folds: dict[str, str] = {}
    for short in names:
        if " " not in short:
            continue
        longer = {
            name for name in names if name.startswith(short + " ") and name[len(short) + 1 :] in HOME_REGIONS
        }
        if len(longer) == 1:
            folds[short] = next(iter(longer))
    for f in found:
        if f.type == ORG and (f.canonical or f.surface) in folds:
            f.canonical = folds[f.canonical or f.surface]


ROLE_QUALIFIERS_OF_HOME: tuple[str, ...] = ("", " ri", " indonesia", " republik indonesia")
"""What may follow a title that the short form of the title still stands for ("Menteri Keuangan RI"
is "Menkeu")."""


def _short_titles_by_role() -> dict[str, tuple[str, ...]]:
    """Lower-case role → the short titles that stand for it: the full title with each qualifier of
    :data:`ROLE_QUALIFIERS_OF_HOME`, and the short title itself."""
    out: dict[str, list[str]] = defaultdict(list)
    for short, full in ROLE_SHORT_FORMS.items():
        for role in dict.fromkeys((*(full + q for q in ROLE_QUALIFIERS_OF_HOME), short)):
            out[role].append(short)
    return {role: tuple(shorts) for role, shorts in out.items()}


SHORT_TITLES_BY_ROLE = _short_titles_by_role()


def _role_short_mentions(text: str, found: list[_Found]) -> list[_Found]:
    """A short title used alone ("Menkeu juga meminta …") names the one person of the article
    whose role is that title in full ("Menteri Keuangan Sri …")."""
    owners_of: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.type == PERSON and f.role and f.canonical:
            for short in SHORT_TITLES_BY_ROLE.get(f.role.lower(), ()):
                owners_of[short].add(f.canonical)
    if not owners_of:
        return []
    taken = [(f.start, f.end) for f in found]
    out: list[_Found] = []
    for short in ROLE_SHORT_FORMS:  # the table's order, as before
        owners = owners_of.get(short)
        if owners is None or len(owners) != 1:
            continue
        word = short.capitalize()
        for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])(?! [A-Z])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(_Found(m.start(), m.end(), word, PERSON, next(iter(owners)), None, 1))
    return out


HOSPITAL_HEADS: frozenset[str] = frozenset(
    {"RSUD", "RSUP", "RSU", "RS", "Rumah Sakit", "UIN", "IAIN", "Universitas Islam Negeri", "Yayasan"}
)
"""Bodies often named after a person: "RSUD Prof. Dr. Herman Lalang" is a hospital, "Universitas
Islam Negeri (UIN) Maulana Malik Ibrahim" a university."""

HONORIFIC_GAP = re.compile(r"^ (?:(?:Prof|Dr|dr|Ir|H|KH|Drs)\.? )*$")
"""Only honorifics between a hospital's head and the name it bears."""

HOSPITAL_BEFORE = re.compile(r"\b(?:RSUD|RSUP|RSU|RS|RSIA)(?: (?:Prof|Dr|dr|Ir|H)\.?)+ $")
"""A hospital's bare acronym and honorifics right before a person's name ("RSUD dr. Soetomo")."""

DEGREE_AFTER = re.compile(r",? (?:[A-Z][a-z]{0,2}\.){1,3}[A-Z][A-Za-z]{0,3}\b\.?(?![ ][A-Z][a-z])")
"""An academic degree after a name ("Tumpal Sitorus, S.H., M.H."): only people hold one."""


def _named_bodies_and_degrees(text: str, found: list[_Found]) -> list[_Found]:
    """A person's name right after a hospital's head is the hospital's name ("Rumah Sakit Umum
    Daerah (RSUD) Prof. Dr. Herman Lalang"); an unclassified run of two or more name words followed
    by a degree is a person ("diketuai Tumpal Sitorus, S.H.")."""
    out: list[_Found] = []
    k = 0
    while k < len(found):
        f = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        head = f.surface.split(" (")[0] if f.type == ORG else ""
        last = re.sub(r"\W+$", "", f.surface).split(" ")[-1] if f.type == ORG else ""
        if (
            nxt is not None
            and nxt.type == PERSON
            and (head in HOSPITAL_HEADS or head.startswith("Rumah Sakit") or last in HOSPITAL_HEADS)
            and HONORIFIC_GAP.match(text[f.start + len(f.surface) : nxt.start])
        ):
            f.end = nxt.end
            f.surface = text[f.start : f.end]
            out.append(f)
            k += 2
            continue
        bare = HOSPITAL_BEFORE.search(text, max(0, f.start - 40), f.start) if f.type == PERSON else None
        if bare and not any(g.end > bare.start() for g in out[-1:]):  # "RSUD dr. Bambang Wiratmo"
            out.append(_Found(bare.start(), f.end, text[bare.start() : f.end], ORG, None, None, 1))
            k += 1
            continue
        if f.type == "NAME" and f.surface.count(" ") >= 1 and DEGREE_AFTER.match(text, f.end):
            f.type, f.priority = PERSON, 2
        if (
            f.type == "NAME"
            and f.surface.count(" ") >= 1
            and text[max(0, f.start - 5) : f.start] == "oleh "
            and all(_name_word(w) for w in f.surface.split(" "))
        ):
            f.type, f.priority = PERSON, 2  # "dicetak oleh Malik Risaldi": an agent named in full
        suffix = re.match(r" ([A-Z]\w*)", text[f.end : f.end + 20]) if f.type == "NAME" else None
        if suffix and suffix.group(1) in ORG_SUFFIXES:  # "Sequoia Capital"
            f.end += len(suffix.group(0))
            f.surface = text[f.start : f.end]
        if f.type == "NAME" and " " in f.surface and f.surface.split(" ")[-1] in PLACE_SUFFIXES:
            f.type = PLACE  # "Axiata Arena"
        if f.type in ("NAME", PERSON) and f.surface.split(" ")[-1] in ORG_SUFFIXES:
            prev = out[-1] if out else None
            acronym = prev is not None and prev.type == PLACE and prev.surface.isupper()  # "NTT Data Corp."
            if prev is not None and (prev.type == ORG or acronym) and text[prev.end : f.start] == " ":
                prev.end, prev.surface, prev.canonical = f.end, text[prev.start : f.end], None
                prev.type = ORG
                k += 1
                continue  # "Mitsubishi Motors Corporation": the company's full name
            f.type, f.role = ORG, None
            first = f.surface.split(" ", 1)
            if len(first) == 2 and first[0] in NOT_ORG_OPENERS:  # "Data International Data Corporation"
                f.start += len(first[0]) + 1
                f.surface = first[1]
        out.append(f)
        k += 1
    return out
