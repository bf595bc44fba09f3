"""People, organisations and places in an article body, found from Indonesian news grammar.

No NER model that ships inside a package works offline here, so entities come from the language:

- a gazetteer of places, organisations and well-known people with their Indonesian spellings;
- organisation names opened by a head word ("Kantor …", "Badan …", "Partai …");
- people named after a role ("Menteri Luar Negeri Rusia Sergei Lavrov", "juru bicara Kremlin Dmitry
  Peskov"), in apposition to one ("Wang Yi, direktur Kantor …"), after an honorific ("Pak Budi"),
  next to a reporting verb ("kata Li Yongquan"), or coordinated with another person ("Andrey Rudenko
  dan Sergey Vershinin");
- short forms of the people found ("Lavrov", "Xi", "Ma") as further mentions of them.

The token-level rules live in :mod:`warta.stages.name_rules`; this module turns what they find into
entities. Spelling variants ("Sergey"/"Sergei") share a :func:`~warta.lang.id.gazetteer.name_key`; people in
the gazetteer take its canonical spelling. :func:`merge_entities_across` makes names consistent over
a corpus. Offsets are into ``article.text``; the stage only reads the body, so bylines and page
furniture never become entities.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from warta.lang.id.gazetteer import (
    ORG,
    PERSON,
    PLACE,
    Gazetteer,
    default_gazetteer,
    name_key,
)
from warta.lang.id.regions import BARE_NAME_HEADS, LOCAL_GOVERNMENTS, NOT_AFTER, PLACE_HEADS
from warta.lang.id.reporting_verbs import INDIRECT_VERBS, POST_CUES
from warta.lang.id.roles import (
    CHINESE_SURNAMES,
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
    SHORT_FORM_NEEDS_VERB,
    STOP_CAPITALISED,
)
from warta.records import Article, Entity, Mention
from warta.stages.name_rules import (
    MODIFIERS,
    PERSON_ACRONYM,
    PERSON_AKA,
    REPORT_WORDS,
    VERBISH,
    _Found,
    _scan,
)
from warta.stages.name_shapes import ROLE_FIRST_WORDS, _name_word


def _coordinated_people(text: str, found: list[_Found]) -> None:
    """A name right after "PERSON dan|serta" shares the person type (and role): "A dan B", and so
    does a doubles partner after a slash ("Dimas Aryo/Marcus Tanujaya")."""
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        gap = text[a.end : b.start]
        if gap not in (" dan ", " serta ", ", ", "/", ", dan ", ", serta "):
            continue
        if a.type == PERSON and b.type == "NAME" and len(b.surface.split()) >= 2:
            b.type, b.role, b.priority = PERSON, a.role, 2
        elif (
            b.type == PERSON
            and a.type == "NAME"
            and gap != ", "
            and len(a.surface.split()) >= 2
            and b.role
            and text[: a.start].rstrip().endswith(b.role)
        ):
            # "Wakil Menteri Luar Negeri Rusia Andrey Rudenko dan Sergey Vershinin": the title
            # stands before the first of the two names
            a.type, a.role, a.priority = PERSON, b.role, 2


def _short_forms(name: str) -> set[str]:
    """How a text refers back to a person: the last name ("Lavrov"), and the first name, which
    Indonesian news uses for Indonesians ("kata Yuddy") and is the family name of Chinese and
    Korean names ("Xi", "Wang")."""
    words = [w for w in name.split() if not _INITIAL_WORD.match(w)]
    while len(words) > 1 and words[0] in NAME_PREFIXES:
        words = words[1:]
    if len(words) == 1 and len(name.split()) > 1:
        return {words[0]}
    if len(words) < 2:
        return set()
    forms = set(words) if len(words) >= 3 else {words[-1], words[0]}  # "Ramdan Denny Prakoso": "Denny"
    return {
        f
        for f in forms
        if len(f) > 1
        and not f.endswith(".")  # "Moh." opens a name, it does not stand for it
        and (f not in STOP_CAPITALISED or f in CHINESE_SURNAMES or f in SHORT_FORM_NEEDS_VERB)
    }


_INITIAL_WORD = re.compile(r"^[A-Z]\.?$")


def _short_mentions(
    text: str, people: dict[str, str], taken: list[tuple[int, int]], acronyms: dict[str, str]
) -> list[_Found]:
    """Further mentions of the people by a short form of their name ("Lavrov", "Xi", "Wang") or the
    acronym given after their name ("Agus Harimurti Yudhoyono (AHY)")."""
    if not people and not acronyms:
        return []
    forms: dict[str, str] = dict(acronyms)
    for canonical, full in people.items():
        if " " not in full and full not in STOP_CAPITALISED and len(full) > 2:
            forms.setdefault(full, canonical)  # "Menteri Luar Negeri Sugiono" … "Sugiono, Wang Yi, dan …"
        for form in _short_forms(full):
            forms.setdefault(form, canonical)
    if not forms:
        return []
    pattern = _short_pattern(tuple(sorted(forms, key=len, reverse=True)))
    spans = sorted(taken)
    span_starts = [a for a, _ in spans]

    def covered(pos: int) -> bool:
        k = bisect.bisect_right(span_starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    out: list[_Found] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if covered(s) or covered(e - 1):
            continue
        word = m.group(0)
        if word in SHORT_FORM_NEEDS_VERB:
            nxt = re.match(r"\s+(\w+)", text[e : e + 40])
            prev = re.search(r"(\w+)\s+$", text[max(0, s - 30) : s])
            after_cue = prev is not None and prev.group(1) in POST_CUES
            if not after_cue and (
                not nxt
                or not (VERBISH.match(nxt.group(1)) or nxt.group(1) in REPORT_WORDS or nxt.group(1) == "juga")
            ):
                continue
        out.append(_Found(s, e, word, PERSON, forms[word], None, 1))
    return out


@lru_cache(maxsize=512)
def _short_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def _resolve_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep non-overlapping mentions, preferring higher priority, then longer, then earlier."""
    ordered = sorted(found, key=lambda f: (-f.priority, -(f.end - f.start), f.start))
    kept: list[_Found] = []
    covered: set[int] = set()
    for f in ordered:
        span = range(f.start, f.end)
        if any(k in covered for k in span):
            continue
        kept.append(f)
        covered.update(span)
    return sorted(kept, key=lambda f: f.start)


def _canonical_people(found: list[_Found], gaz: Gazetteer) -> dict[str, str]:
    """Name key → canonical spelling for the full names of people in one article."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for f in found:
        if f.type == PERSON and f.canonical is None and " " in f.surface:
            by_key[name_key(f.surface)][f.surface] += 1
    canon: dict[str, str] = {}
    for key, counts in by_key.items():
        canon[key] = gaz.person_keys.get(key) or _known_longer(key, gaz) or counts.most_common(1)[0][0]
    return _fold_prefixes(canon)


GENERATION_SUFFIXES: frozenset[str] = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
"""Words after a name that make it another person: "Ferdinand Marcos Jr" is not "Ferdinand Marcos"."""


def _fold_prefixes(canon: dict[str, str]) -> dict[str, str]:
    """Two- or three-word names that open or end exactly one longer name of the same article are
    that person ("Abdul Rahman Laka" … "kata Abdul Rahman"; "Ricardo Soares de Oliveira" …
    "Soares de Oliveira"): Indonesian names have two to four parts, and the full form introduced
    first is the canonical one, the later short forms its aliases. A generation suffix ("Jr")
    makes the longer name another person."""
    names = set(canon.values())
    folded: dict[str, str] = {}
    for key, name in canon.items():
        words = name.split()
        size = len(words)
        longer = {
            other
            for other in names
            if len(other.split()) > size
            and (
                (other.split()[:size] == words and not set(other.split()[size:]) & GENERATION_SUFFIXES)
                or (size >= 2 and other.split()[-size:] == words)
            )
        }
        folded[key] = next(iter(longer)) if len(longer) == 1 else name
    return folded


def _known_longer(key: str, gaz: Gazetteer) -> str | None:
    """The one well-known person whose full name ends or starts with this two-word-or-longer name
    ("Tayyip Erdogan" is "Recep Tayyip Erdogan", "Gibran Rakabuming" "Gibran Rakabuming Raka")."""
    owners = {
        name
        for known, name in gaz.person_keys.items()
        if known.endswith(" " + key) or known.startswith(key + " ")
    }
    return next(iter(owners)) if len(owners) == 1 else None


_CUE_ALT = "|".join(sorted(POST_CUES, key=len, reverse=True))
_VERB_ALT = "|".join(sorted(set(INDIRECT_VERBS), key=len, reverse=True))
STANDALONE_NAME = re.compile(
    rf"\b(?:{_CUE_ALT})\s+([A-Z][a-z]\w+)\b(?!\s+[A-Z])|(?<![\w\s][ ])\b([A-Z][a-z]\w+)\s+(?:{_VERB_ALT})\b"
)
"""A capitalised word used alone as a speaker ("ujar Rivan", "Rivan mengatakan"): how the text
calls a person it named in full."""


def _used_as_qualifier(
    text: str, word: str, following: str, start: int, people: list[tuple[int, int]]
) -> bool:
    """True when the first word of a long name also stands elsewhere in the body without the rest
    of the name, in mid-sentence ("PT Pertamina", "dibangun Pertamina bersama"): it names a
    company or place, not the person."""
    if word in NAME_PREFIXES:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if m.start() == start or text.startswith(" " + following, m.end()):
            continue
        if any(a <= m.start() < b for a, b in people):
            continue
        cue = re.search(r"(\w+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if cue and (cue.group(1).lower() in POST_CUES or cue.group(1).lower() in PERSON_CUES):
            continue  # "Menurut Felicia, …": the person's short form, not a qualifier
        before = text[max(0, m.start() - 3) : m.start()]
        if before and not re.search(r"(?:^|[.!?\"“”]\s*|\n)$", before) and not before.endswith(", "):
            return True
    return False


PERSON_CUES: frozenset[str] = frozenset({"menurut", "ujar", "kata", "pak", "bu", "bapak", "ibu"})
"""Words before a lone first name that make it a person's short form ("Menurut Felicia")."""


REGION_HEADS: frozenset[str] = frozenset(
    {
        "wali kota",
        "walikota",
        "bupati",
        "gubernur",
        "camat",
        "lurah",
        "kapolres",
        "kapolda",
        "kapolsek",
        "kajari",
        "kajati",
        "dandim",
        "danrem",
        "pangdam",
        "kepala desa",
    }
)
"""Roles followed by the region they govern ("Wali Kota Sukamaju Hendra Wijaya")."""


def _region_head(role: str) -> bool:
    words = [w for w in role.lower().split() if (w,) not in MODIFIERS]
    return " ".join(words[:2]) in REGION_HEADS or (bool(words) and words[0] in REGION_HEADS)


def _trim_qualifiers(text: str, found: list[_Found]) -> None:
    """Cut unknown qualifiers off the front of a name read after a role.

    "Kajari Lhoksukon Teuku Rahmatsyah": the article also names "Teuku Rahmatsyah" alone.
    "Direktur Utama Jasa Marga Rivan Achmad Purwantono": the article quotes "ujar Rivan".
    """
    names = {f.surface for f in found if f.type == PERSON and f.surface.count(" ") >= 1}
    if not any(f.type == PERSON and f.surface.count(" ") >= 2 and not f.canonical for f in found):
        return
    standalone = {m.group(1) or m.group(2) for m in STANDALONE_NAME.finditer(text)}
    spans = [(f.start, f.end) for f in found if f.type == PERSON]
    for f in found:
        if f.type != PERSON or f.surface.count(" ") < 2 or f.canonical:
            continue
        words = f.surface.split(" ")
        if words[0] in standalone or words[0] in NAME_PREFIXES:
            continue
        if any(g.type in (ORG, PLACE) and 0 <= f.start - g.end <= 2 for g in found):
            continue  # "Universitas Oxford Ricardo Soares de Oliveira": a known body ends before the name
        after_role = (
            bool(f.role) and 0 <= f.start - text.rfind(f.role or "", 0, f.start) - len(f.role or "") <= 3
        )
        cut = next(
            (
                p
                for p in range(1, len(words) - 1)
                if after_role and _used_as_qualifier(text, " ".join(words[:p]), words[p], f.start, spans)
            ),
            0,
        )
        if cut:  # "Komisaris Utama Pertamina Mochamad Iriawan", "Direktur Sinar Logam Wahyu H."
            tail = " ".join(words[cut:])
            f.start = f.end - len(tail)
            f.surface = tail
            continue
        region = after_role and _region_head(f.role or "")
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if tail in names or words[k] in ("I", "Ni") or (region and words[k] in standalone):
                f.start = f.end - len(tail)
                f.surface = tail
                break


def _assign(text: str, found: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """Give every person mention its canonical name; single-word names join a full name."""
    _trim_qualifiers(text, found)
    canon = _canonical_people(found, gaz)
    fulls = {
        f.canonical or canon[name_key(f.surface)]
        for f in found
        if f.type == PERSON and (f.canonical or " " in f.surface)
    }
    by_word: dict[str, set[str]] = defaultdict(set)
    for full in fulls:
        for form in _short_forms(full) | {full.split()[-1]}:
            by_word[form].add(full)
    first_words: dict[str, set[str]] = defaultdict(set)
    for full in fulls:
        first_words[full.split()[0]].add(full)
    for f in found:
        if f.type != PERSON or f.canonical:
            continue
        if " " in f.surface:
            f.canonical = canon[name_key(f.surface)]
            continue
        known = gaz.get(f.surface)
        owners = by_word.get(f.surface) or first_words.get(f.surface, set())  # "kata Ketut"
        if len(owners) == 1:
            f.canonical = next(iter(owners))
        elif known and known[1] == PERSON:
            f.canonical = known[0]
        else:
            f.canonical = f.surface
    return found


def _to_entities(found: list[_Found]) -> list[Entity]:
    groups: dict[tuple[str, str], list[_Found]] = {}
    for f in found:
        if f.type not in (PERSON, ORG, PLACE):
            continue
        name = f.canonical or " ".join(f.surface.split())
        groups.setdefault((name, f.type), []).append(f)
    entities: list[Entity] = []
    for (name, etype), members in groups.items():
        aliases = tuple(dict.fromkeys(" ".join(m.surface.split()) for m in members))
        role = next((m.role for m in members if m.role), None)
        mentions = tuple(Mention(m.start, m.end) for m in sorted(members, key=lambda m: m.start))
        entities.append(Entity(name, etype, aliases, role, mentions))  # type: ignore[arg-type]
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


DATELINE = re.compile(r"[^\n]{0,80}?\s[-–—]{1,2}\s")
"""The dateline that opens many bodies: "SHANGHAI, KOMPAS.com - ", "Jakarta (ANTARA) - "."""

MAX_DATELINE_WORDS = 8


def dateline_end(text: str) -> int:
    """Where the body's opening dateline ends (0 when there is none): outlets named there are page
    furniture, not entities of the story."""
    m = DATELINE.match(text)
    if not m or len(m.group(0).split()) > MAX_DATELINE_WORDS:
        return 0
    prefix = m.group(0)
    if not re.search(r"[A-Z]{3,}|\(|,", prefix):
        return 0
    return m.end()


_NAME_WORD = r"(?:[A-Z][a-z'’]+|[A-Z]{2,5})(?:-[A-Z]?[a-z]+)?"
_HEADS = "|".join((*PLACE_HEADS, *LOCAL_GOVERNMENTS))
_HEADED = re.compile(rf"(?<![\w-])({_HEADS}) ({_NAME_WORD}(?: {_NAME_WORD}){{0,3}})")
"""A place or local government named with its head word: "Kabupaten Garut", "Pemkot Palu"."""


def _headed_names(text: str, scanned: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """Places opened by an administrative or landform head ("Kecamatan Medan Denai", "Sungai
    Cimanuk") and local governments ("Pemkab Garut"), whatever the region: the head says what they
    are. The name stops before a person found there ("Kepala Desa X Budi"), a function word or a
    known place that is not part of it; "Provinsi X" is the region X."""
    people = sorted(f.start for f in scanned if f.type == PERSON)
    out: list[_Found] = []
    for m in _HEADED.finditer(text):
        head = m.group(1)
        before = text[max(0, m.start() - 14) : m.start()].split()
        if (before and before[-1] in NOT_AFTER) or text[max(0, m.start() - 1) : m.start()] == "/":
            continue  # "Koperasi Desa/Kelurahan Merah Putih": one name with an alternative head
        words = m.group(2).split(" ")
        kept: list[str] = []
        pos = m.start(2)
        for word in words:
            if (
                word in STOP_CAPITALISED
                or word in PLACE_NAME_STOPS
                or word.lower() in RANKS
                or word in RANK_CORPS
                or (kept and (word in PLACE_HEADS or word in LOCAL_GOVERNMENTS))
            ):
                break
            if kept and any(pos <= p < pos + len(word) + 1 for p in people):
                break
            kept.append(word)
            pos += len(word) + 1
        if not kept:
            continue
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
    r"^(?P<name>.+?) \((?P<acr>[A-Z][A-Za-z]{1,9}(?:[ -][A-Z][A-Za-z]{1,9})?)\)(?P<rest>.*)$"
)
"""An organisation written with its acronym in brackets: "Badan Pusat Statistik (BPS)",
"Pengadilan Negeri (PN) Surabaya"."""

BRACKET_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]{1,9}(?:[ -][A-Z][A-Za-z]{1,9})?)\)")
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
        if not m.group("rest"):
            _region_after(text, f, found)
        acr = m.group("acr")
        known = gaz.get(acr)
        name = _known_org(_org_name(f"{m.group('name')}{f.surface[m.end('acr') + 1 :]}"), gaz)
        if known and known[1] == ORG:
            name = known[0]
        if f.canonical is None or f.canonical == f.surface:
            f.canonical = name
        forms.setdefault(acr, f.canonical)
        if f.surface == m.group(0) and not m.group("rest"):  # the name, then its acronym as a mention
            start = f.start + m.start("acr")
            extra.append(_Found(start, start + len(acr), acr, ORG, f.canonical, None, 1))
            f.end = f.start + len(m.group("name"))
            f.surface = m.group("name")
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
    alternatives = "|".join(re.escape(a) for a in sorted(forms, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])({alternatives})(?![\w-])", text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        found.append(_Found(m.start(), m.end(), m.group(1), ORG, forms[m.group(1)], None, 1))
    return sorted(found, key=lambda f: f.start)


BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
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
        if len(acr) < MIN_SPELLED_ACRONYM or start_word is None:
            continue
        words = [w.group(0) for w in matches[start_word:]]
        if all(_name_word(w) and w not in ORG_PREFIXES and gaz.get(w) is None for w in words):
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


ROLE_QUALIFIERS_OF_HOME: tuple[str, ...] = ("", " ri", " indonesia", " republik indonesia")
"""What may follow a title that the short form of the title still stands for ("Menteri Keuangan RI"
is "Menkeu")."""


def _role_short_mentions(text: str, found: list[_Found]) -> list[_Found]:
    """A short title used alone ("Menkeu juga meminta …") names the one person of the article
    whose role is that title in full ("Menteri Keuangan Sri …")."""
    holders: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.type == PERSON and f.role and f.canonical:
            holders[f.role.lower()].add(f.canonical)
    taken = [(f.start, f.end) for f in found]
    out: list[_Found] = []
    for short, full in ROLE_SHORT_FORMS.items():
        owners = set().union(*(holders.get(full + q, set()) for q in ROLE_QUALIFIERS_OF_HOME))
        if len(owners) != 1:
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
        if f.type == "NAME" and f.surface.split(" ")[-1] in ORG_SUFFIXES:
            f.type = ORG
        out.append(f)
        k += 1
    return out


def extract_entities_from_text(text: str, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """Entities of a body text (see :func:`extract_entities`)."""
    gaz = gazetteer or _default()
    furniture = dateline_end(text)
    scanned = _scan(text, gaz)
    scanned += _headed_names(text, scanned, gaz) + _initialled_orgs(text, scanned, gaz)
    found = [f for f in _resolve_overlaps(scanned) if f.start >= furniture or f.type == PLACE]
    found = _named_bodies_and_degrees(text, found)
    found = _org_acronyms(text, found, gaz)
    _bare_regions(found)
    _coordinated_people(text, found)
    found = _assign(text, found, gaz)
    people = {f.canonical: f.canonical for f in found if f.type == PERSON and f.canonical}
    acronyms = {
        m.group(1): f.canonical
        for f in found
        if f.type == PERSON
        and f.canonical
        and (m := PERSON_ACRONYM.match(text, f.end) or PERSON_AKA.match(text, f.end))
    }
    kept = [f for f in found if f.type in (PERSON, ORG, PLACE)]
    for f in kept:
        if f.type == PERSON and f.surface in acronyms:
            f.canonical = acronyms[f.surface]  # "Gus Ipul" found on its own is still Saifullah Yusuf
    taken = [(f.start, f.end) for f in kept]
    extra = _short_mentions(text, people, taken, acronyms)
    extra += _role_short_mentions(text, kept + extra)
    # unknown capitalised runs ("NAME") stay unclassified: better missed than wrong
    return _to_entities(sorted(kept + extra, key=lambda f: f.start))


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return default_gazetteer()


def extract_entities(article: Article, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """People, organisations and places of the article body, in order of first mention.

    Each entity has its canonical name, the spellings seen (aliases), the role the text gives a
    person ("Menteri Luar Negeri Rusia") and its mentions as offsets into ``article.text``.
    """
    return extract_entities_from_text(article.text, gazetteer)


def merge_entities_across(articles_entities: Iterable[Sequence[Entity]]) -> list[list[Entity]]:
    """Make canonical names consistent across articles.

    People whose names share a spelling key ("Sergey Lavrov" / "Sergei Lavrov") get one canonical
    name, the spelling used most often over the corpus (the gazetteer's already agree); a single
    surname ("Lavrov") joins the one full name over the corpus that ends with it. Returns the
    articles' entity lists with names (and aliases) rewritten, mentions unchanged.
    """
    docs = [list(ents) for ents in articles_entities]
    spelling_count: dict[str, Counter[str]] = defaultdict(Counter)
    for ents in docs:
        for e in ents:
            if e.type == PERSON and " " in e.name:
                spelling_count[name_key(e.name)][e.name] += len(e.mentions)
    canon = {key: counts.most_common(1)[0][0] for key, counts in spelling_count.items()}
    longer: dict[str, set[str]] = defaultdict(set)
    for key in canon:
        words = key.split()
        for k in range(2, len(words)):
            longer[" ".join(words[:k])].add(key)
    for prefix, owners in longer.items():
        if prefix in canon and len(owners) == 1:
            canon[prefix] = canon[next(iter(owners))]  # "Sri Mulyani" is "Sri Mulyani Indrawati"
    surname_owner: dict[str, set[str]] = defaultdict(set)
    for name in canon.values():
        surname_owner[name.split()[-1]].add(name)
    out: list[list[Entity]] = []
    for ents in docs:
        merged: dict[tuple[str, str], Entity] = {}
        for e in ents:
            name = e.name
            if e.type == PERSON:
                if " " in name:
                    name = canon.get(name_key(name), name)
                elif len(surname_owner.get(name, ())) == 1:
                    name = next(iter(surname_owner[name]))
            slot = (name, e.type)
            if slot in merged:
                old = merged[slot]
                merged[slot] = Entity(
                    name,
                    e.type,
                    tuple(dict.fromkeys((*old.aliases, *e.aliases))),
                    old.role or e.role,
                    tuple(sorted((*old.mentions, *e.mentions), key=lambda m: m.start)),
                )
            else:
                aliases = e.aliases if e.name in e.aliases or name == e.name else (*e.aliases, e.name)
                merged[slot] = Entity(name, e.type, tuple(aliases), e.role, e.mentions)
        out.append(list(merged.values()))
    return out
