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
import itertools
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
from warta.lang.id.name_cues import (
    AWARD_SUPERLATIVES,
    BALINESE_CALL_NAMES,
    BOTH_PLACES_JOINER,
    MAX_CATEGORY_WORDS,
    NICKNAME_QUOTES,
    NOT_BEFORE_NICKNAMED,
    PAIR_CUE_WINDOW,
    PAIR_CUES,
)
from warta.lang.id.reporting_verbs import INDIRECT_VERBS, POST_CUES
from warta.lang.id.roles import (
    CALL_HONORIFICS,
    CHINESE_SURNAMES,
    NAME_PREFIXES,
    SHORT_FORM_NEEDS_VERB,
    STOP_CAPITALISED,
)
from warta.records import Article, Entity, Mention
from warta.stages.entity_bodies import (
    _bare_regions,
    _company_aliases,
    _headed_names,
    _initialled_orgs,
    _named_bodies_and_degrees,
    _org_acronyms,
    _regional_org_folds,
    _role_short_mentions,
)
from warta.stages.name_rules import (
    MODIFIERS,
    PERSON_ACRONYM,
    PERSON_AKA,
    REPORT_WORDS,
    VERBISH,
    _Found,
    _scan,
)
from warta.stages.name_shapes import ROLE_FIRST_WORDS, _name_word, _role_at, find_forms, tokenize
from warta.stages.name_titles import _sentence_role


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


def _slash_pairs(text: str, found: list[_Found]) -> None:
    """Two names of two or more words joined by a slash after a pair cue in the same clause
    ("pasangan Jepang, Takeshi Hoshino/Ryo Kobayashi") are two people: doubles partners."""
    for a, b in itertools.pairwise(found):
        if text[a.end : b.start] != "/" or a.type not in ("NAME", PERSON) or b.type not in ("NAME", PERSON):
            continue
        if " " not in a.surface or " " not in b.surface:
            continue
        clause = re.split(r"[.!?\n;:]", text[max(0, a.start - PAIR_CUE_WINDOW) : a.start])[-1]
        if not any(w in PAIR_CUES for w in re.findall(r"\w+", clause.lower())):
            continue
        for f in (a, b):
            if f.type == "NAME":
                f.type, f.priority = PERSON, 2


_NICK_WORD = r"[A-Z][\w'’-]*"
NICKNAME = re.compile(rf"(?<=[A-Za-z] )([“\"‘'])({_NICK_WORD}(?: {_NICK_WORD})?)([”\"’']) (?={_NICK_WORD})")
"""A nickname in quotes between two parts of a name: 'Rudolf “Opung” Simatupang'."""

NAME_BEFORE_NICKNAME = re.compile(rf"(?<![\w-])((?:{_NICK_WORD} ){{1,3}})$")
NAME_AFTER_NICKNAME = re.compile(rf"{_NICK_WORD}(?: {_NICK_WORD}){{0,2}}(?![\w-])")
NICKNAME_PAIRS = frozenset(NICKNAME_QUOTES)
NICKNAME_QUICK = re.compile(rf"[“\"‘']{_NICK_WORD}(?: {_NICK_WORD})?[”\"’'] [A-Z]")
"""What every nickname inside a name contains: texts without it skip :data:`NICKNAME`'s slower
look-behind scan."""


def _nicknamed(text: str, found: list[_Found]) -> list[_Found]:
    """People written with a nickname in quotes inside the name ('Yudi “Gendut” Prasetyo'): the
    name without it is canonical, the nickname a further mention; the role is the one that heads
    the clause ("Pelatih Arema FC, Yudi “Gendut” Prasetyo, mengakui")."""
    if NICKNAME_QUICK.search(text) is None:
        return found
    spans: list[tuple[int, int, str, int, int]] = []
    for m in NICKNAME.finditer(text):
        if (m.group(1), m.group(3)) not in NICKNAME_PAIRS:
            continue
        before = NAME_BEFORE_NICKNAME.search(text, max(0, m.start() - 80), m.start())
        after = NAME_AFTER_NICKNAME.match(text, m.end())
        if before is None or after is None:
            continue
        prev = re.search(r"(\w+)\s+$", text[max(0, before.start() - 20) : before.start()])
        if prev is not None and prev.group(1).lower() in NOT_BEFORE_NICKNAMED:
            continue  # "di Depan 'Bukit' Duit": a place or a thing
        first, nick, last = before.group(1).strip(), m.group(2), after.group(0)
        opening = before.start()
        while " " in first and first.split(" ", 1)[0].lower() in ROLE_FIRST_WORDS:
            head, first = first.split(" ", 1)  # "Penyanyi Nadia “Dea” Kirana": a title, then the name
            opening += len(head) + 1
        words = (*first.split(), *nick.split(), *last.split())
        if not all(_name_word(w) or w in NAME_PREFIXES for w in words):
            continue
        spans.append((opening, after.end(), f"{first} {last}", m.start(2), m.end(2)))
    if not spans:
        return found
    toks = tokenize(text)
    starts = {t.start: k for k, t in enumerate(toks)}
    out = [f for f in found if not any(f.start < b and a < f.end for a, b, *_ in spans)]
    for a, b, name, ns, ne in spans:
        k = starts.get(a)
        role = _sentence_role(text, toks, k) if k else None
        if role is None and k and _role_at(toks, k - 1) == k:
            role = toks[k - 1].word  # "Penyanyi Nadia “Dea” Kirana"
        out.append(_Found(a, b, text[a:b], PERSON, name, role, 2))
        out.append(_Found(ns, ne, text[ns:ne], PERSON, name, None, 1))
    return sorted(out, key=lambda f: f.start)


def _joined_places(found: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """A capitalised word of known places joined by a hyphen ("jaringan Malaysia-Aceh") names each
    of them ("Asia-Pasifik", a known region of its own, is matched whole before this)."""
    out: list[_Found] = []
    for f in found:
        parts = f.surface.split(BOTH_PLACES_JOINER)
        known = (
            [gaz.get(p) for p in parts]
            if f.type == "NAME" and len(parts) > 1 and " " not in f.surface
            else []
        )
        if known and all(k is not None and k[1] == PLACE for k in known):
            start = f.start
            for part, k in zip(parts, known, strict=True):
                assert k is not None
                out.append(_Found(start, start + len(part), part, PLACE, k[0], None, 1))
                start += len(part) + len(BOTH_PLACES_JOINER)
            continue
        out.append(f)
    return out


CATEGORY = re.compile(
    rf"(?:[A-Z][\w-]* ){{1,{MAX_CATEGORY_WORDS}}}(?:{'|'.join(AWARD_SUPERLATIVES)})(?![\w-])"
)
"""An award category or ranking: capitalised words ending in a superlative."""


def _outside_categories(text: str, found: list[_Found]) -> list[_Found]:
    """Mentions inside an award category ("Penyanyi Solo Wanita Terbaik") are none: the words
    name the category."""
    if not any(s in text for s in AWARD_SUPERLATIVES):
        return found
    spans = [m.span() for m in CATEGORY.finditer(text)]
    return [f for f in found if not any(a <= f.start and f.end <= b for a, b in spans)]


def _short_forms(name: str) -> set[str]:
    """How a text refers back to a person: the last name ("Lavrov"), and the first name, which
    Indonesian news uses for Indonesians ("kata Yuddy") and is the family name of Chinese and
    Korean names ("Xi", "Wang")."""
    words = [w for w in name.split() if not _INITIAL_WORD.match(w)]
    called: set[str] = set()
    while len(words) > 1 and words[0] in NAME_PREFIXES:
        called = {words[0]} & BALINESE_CALL_NAMES  # the opener nearest the given name
        words = words[1:]
    if len(words) == 1 and len(name.split()) > 1:
        return {words[0]} | called
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
    spans: list[tuple[int, int]] = []
    for a, b in sorted(taken):  # nested spans (a nickname inside its name) merged into one
        if spans and a < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    span_starts = [a for a, _ in spans]

    def covered(pos: int) -> bool:
        k = bisect.bisect_right(span_starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    out: list[_Found] = []
    for s, e, word in find_forms(text, forms):
        if covered(s) or covered(e - 1):
            continue
        if word in SHORT_FORM_NEEDS_VERB or word in BALINESE_CALL_NAMES:
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


def _resolve_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep non-overlapping mentions, preferring higher priority, then longer, then earlier."""
    ordered = sorted(found, key=lambda f: (-f.priority, -(f.end - f.start), f.start))
    kept: list[_Found] = []
    covered = bytearray(max((f.end for f in found), default=0))  # 1 where a kept mention stands
    for f in ordered:
        if any(covered[f.start : f.end]):
            continue
        kept.append(f)
        covered[f.start : f.end] = b"\x01" * max(0, f.end - f.start)
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
    split_names = [(other, other.split()) for other in set(canon.values())]
    folded: dict[str, str] = {}
    for key, name in canon.items():
        words = name.split()
        size = len(words)
        longer = {
            other
            for other, parts in split_names
            if len(parts) > size
            and (
                (parts[:size] == words and not set(parts[size:]) & GENERATION_SUFFIXES)
                or (size >= 2 and parts[-size:] == words)
            )
        }
        folded[key] = next(iter(longer)) if len(longer) == 1 else name
    return folded


def _known_longer(key: str, gaz: Gazetteer) -> str | None:
    """The one well-known person whose full name ends or starts with this two-word-or-longer name
    ("Tayyip Erdogan" is "Recep Tayyip Erdogan", "Gibran Rakabuming" "Gibran Rakabuming Raka")."""
    owners = _person_affixes(gaz).get(key, set())
    return next(iter(owners)) if len(owners) == 1 else None


_AFFIX_CACHE: dict[int, tuple[Gazetteer, int, dict[str, set[str]]]] = {}


def _person_affixes(gaz: Gazetteer) -> dict[str, set[str]]:
    """Every proper run of first or last words of a known person's name key → the people whose
    names open or end with it (built once per gazetteer, rebuilt when it grows)."""
    cached = _AFFIX_CACHE.get(id(gaz))
    if cached is not None and cached[0] is gaz and cached[1] == len(gaz.person_keys):
        return cached[2]
    affixes: dict[str, set[str]] = defaultdict(set)
    for known, name in gaz.person_keys.items():
        words = known.split(" ")
        for k in range(1, len(words)):
            affixes[" ".join(words[:k])].add(name)
            affixes[" ".join(words[-k:])].add(name)
    _AFFIX_CACHE[id(gaz)] = (gaz, len(gaz.person_keys), dict(affixes))
    return _AFFIX_CACHE[id(gaz)][2]


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
    for f in found:
        words = f.surface.split(" ")
        if f.type == PERSON and f.canonical is None and len(words) >= 3 and words[0] in CALL_HONORIFICS:
            f.start += len(words[0]) + 1  # "Gus Muhammad Arifin" is Muhammad Arifin
            f.surface = " ".join(words[1:])
    _trim_qualifiers(text, found)
    canon = _canonical_people(found, gaz)
    fulls = {
        f.canonical or canon[name_key(f.surface)]
        for f in found
        if f.type == PERSON
        and (f.canonical or " " in f.surface)
        and not (f.surface.count(" ") == 1 and f.surface.split(" ")[0] in CALL_HONORIFICS)
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
        words = f.surface.split(" ")
        called = by_word.get(words[-1], set()) if len(words) == 2 and words[0] in CALL_HONORIFICS else set()
        if len(called) == 1:
            f.canonical = next(iter(called))  # "kata Gus Arifin": the one person called Arifin
            f.start += len(words[0]) + 1  # the form of address is no part of the name
            f.surface = words[1]
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


def extract_entities_from_text(text: str, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """Entities of a body text (see :func:`extract_entities`)."""
    gaz = gazetteer or _default()
    furniture = dateline_end(text)
    scanned = _scan(text, gaz)
    scanned += _headed_names(text, scanned, gaz) + _initialled_orgs(text, scanned, gaz)
    found = [f for f in _resolve_overlaps(scanned) if f.start >= furniture or f.type == PLACE]
    found = _nicknamed(text, found)
    found = _joined_places(found, gaz)
    found = _outside_categories(text, found)
    found = _named_bodies_and_degrees(text, found)
    found = _org_acronyms(text, found, gaz)
    _company_aliases(text, found, gaz)
    _regional_org_folds(found, gaz)
    _bare_regions(found)
    _slash_pairs(text, found)
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
