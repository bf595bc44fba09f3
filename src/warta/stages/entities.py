"""People, organisations and places in an article body, found from Indonesian news grammar.

No NER model that ships inside a package works offline here, so entities come from the language:

- a gazetteer of places, organisations and well-known people with their Indonesian spellings;
- organisation names opened by a head word ("Kantor …", "Badan …", "Partai …");
- people named after a role ("Menteri Luar Negeri Rusia Sergei Lavrov", "juru bicara Kremlin Dmitry
  Peskov"), in apposition to one ("Wang Yi, direktur Kantor …"), after an honorific ("Pak Budi"),
  next to a reporting verb ("kata Li Yongquan"), or coordinated with another person ("Andrey Rudenko
  dan Sergey Vershinin");
- short forms of the people found ("Lavrov", "Xi", "Ma") as further mentions of them.

Spelling variants ("Sergey"/"Sergei") share a :func:`~warta.lang.id.gazetteer.name_key`; people in
the gazetteer take its canonical spelling. :func:`merge_entities_across` makes names consistent over
a corpus. Offsets are into ``article.text``; the stage only reads the body, so bylines and page
furniture never become entities.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from warta.lang.id import roles as R
from warta.lang.id.calendar import MONTHS, WEEKDAYS
from warta.lang.id.gazetteer import ORG, PERSON, PLACE, Gazetteer, default_gazetteer, name_key
from warta.lang.id.reporting_verbs import INDIRECT_VERBS, POST_CUES
from warta.lang.id.roles import (
    CHINESE_SURNAMES,
    NAME_LINKS,
    NOT_NAME_WORDS,
    ORG_PREFIXES,
    SHORT_FORM_NEEDS_VERB,
    STOP_CAPITALISED,
)
from warta.records import Article, Entity, Mention

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?", re.UNICODE)
"""A word, keeping inner hyphens/apostrophes/dots ("Asia-Pasifik", "D.C.") and a final dot of
abbreviations ("Prof.")."""

MAX_GAZETTEER_TOKENS = 8
"""Longest gazetteer spelling, in tokens, that the matcher tries."""

MAX_NAME_TOKENS = 4
"""A person's name is at most this many capitalised words ("Recep Tayyip Erdogan" has three)."""


CALENDAR_WORDS: frozenset[str] = frozenset(
    w.capitalize() for w in (*MONTHS, *WEEKDAYS) if isinstance(w, str) and w.isalpha()
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str
    low: str = ""

    @property
    def cap(self) -> bool:
        return self.word[:1].isupper()


@dataclass
class _Found:
    """A mention found, before canonicalisation."""

    start: int
    end: int
    surface: str
    type: str
    canonical: str | None = None
    role: str | None = None
    priority: int = 0


@dataclass
class _Index:
    """Lookup tables of a gazetteer by token tuples (fast, no giant regex)."""

    exact: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    folded: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)


def _words(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).rstrip(".") for m in TOKEN.finditer(text))


_INDEX_CACHE: dict[int, tuple[Gazetteer, int, _Index]] = {}


def _index(gaz: Gazetteer) -> _Index:
    """The token index of a gazetteer, cached per object (rebuilt when it grows)."""
    cached = _INDEX_CACHE.get(id(gaz))
    if cached is not None and cached[0] is gaz and cached[1] == len(gaz.lookup):
        return cached[2]
    index = _Index()
    for spelling, value in gaz.lookup.items():
        words = _words(spelling)
        if not words or len(words) > MAX_GAZETTEER_TOKENS:
            continue
        index.exact[words] = value
        index.first_words.add(words[0])
        if not spelling[:1].isupper() or spelling.startswith("Kementerian "):
            lowered = tuple(w.lower() for w in words)
            index.folded[lowered] = value
            index.first_words.add(lowered[0])
    _INDEX_CACHE[id(gaz)] = (gaz, len(gaz.lookup), index)
    return index


def _role_table() -> dict[tuple[str, ...], str]:
    heads = {tuple(h.split()): h for h in R.ROLE_HEADS}
    return heads


ROLE_TABLE = _role_table()
ROLE_MAX = max(len(k) for k in ROLE_TABLE)
MODIFIERS = {tuple(m.split()) for m in R.ROLE_MODIFIERS}
ROLE_FIRST_WORDS = frozenset({k[0] for k in ROLE_TABLE} | {m[0] for m in MODIFIERS})
HONORIFICS = {h.rstrip(".") for h in R.HONORIFICS}
REPORT_WORDS: frozenset[str] = frozenset((*POST_CUES, *INDIRECT_VERBS))


def tokenize(text: str) -> list[_Tok]:
    """Word tokens with offsets; a final dot stays only on short abbreviations ("Prof.")."""
    out = [_Tok(m.start(), m.end(), m.group(0), m.group(0).lower()) for m in TOKEN.finditer(text)]
    for tok in out:
        if tok.word[-1] == ".":
            tok.low = tok.low.rstrip(".")
            if tok.word.count(".") == 1 and len(tok.word) > 2 and tok.low not in HONORIFICS:
                tok.word, tok.end = tok.word[:-1], tok.end - 1
    return out


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    """True when only spaces separate two tokens (no comma, bracket or line break)."""
    gap = text[a.end : b.start]
    return gap == " " or (gap.strip() == "" and "\n" not in gap)


def _gazetteer_at(text: str, toks: list[_Tok], i: int, index: _Index) -> tuple[int, str, str] | None:
    """Longest gazetteer match starting at token i: (end token index, canonical, type)."""
    first = toks[i].word.rstrip(".")
    if first not in index.first_words and toks[i].low not in index.first_words:
        return None
    best: tuple[int, str, str] | None = None
    words: list[str] = []
    for j in range(i, min(len(toks), i + MAX_GAZETTEER_TOKENS)):
        if j > i and not _adjacent(text, toks[j - 1], toks[j]):
            break
        words.append(toks[j].word.rstrip("."))
        key = tuple(words)
        value = index.exact.get(key) or index.folded.get(tuple(w.lower() for w in key))
        if value is not None:
            best = (j + 1, value[0], value[1])
    return best


def _role_at(toks: list[_Tok], i: int) -> int:
    """End token index of a role head (with modifiers) starting at i, or i when there is none."""
    if i >= len(toks) or toks[i].low not in ROLE_FIRST_WORDS:
        return i
    j = i
    while j < len(toks):
        for size in (2, 1):
            if tuple(t.low for t in toks[j : j + size]) in MODIFIERS:
                j += size
                break
        else:
            break
    for size in range(min(ROLE_MAX, len(toks) - j), 0, -1):
        if tuple(t.low for t in toks[j : j + size]) in ROLE_TABLE:
            return j + size
    return i


DERIVED_NOUN = re.compile(r"^(?:Pe|Pem|Pen|Peng|Peny|Per|Ke|Kese|Keber)[a-z]{3,}an$")
"""Capitalised derived nouns ("Penelitian", "Pembangunan", "Keamanan"): words of institutions."""


def _is_name_word(tok: _Tok) -> bool:
    word = tok.word
    if not word[:1].isupper() or word in STOP_CAPITALISED or word in CALENDAR_WORDS:
        return False
    if word.isupper() or not any(c.isalpha() for c in word) or any(c.isdigit() for c in word):
        return False
    if word in NOT_NAME_WORDS or DERIVED_NOUN.match(word):
        return False
    return not ("-" in word and any(p.isupper() or p in NOT_NAME_WORDS for p in word.split("-")))


def _name_run(text: str, toks: list[_Tok], i: int, index: _Index, allow_yang: bool = True) -> int:
    """End token index of a capitalised name starting at i (i when none); stops at known entities."""
    j = i
    while j < len(toks) and j - i < MAX_NAME_TOKENS:
        tok = toks[j]
        if j > i and not _adjacent(text, toks[j - 1], tok):
            break
        if j > i and tok.word in NAME_LINKS and j + 1 < len(toks) and _is_name_word(toks[j + 1]):
            j += 1
            continue
        if not _is_name_word(tok):
            if not (
                allow_yang
                and j == i
                and tok.word == "Yang"
                and j + 1 < len(toks)
                and _adjacent(text, tok, toks[j + 1])
                and _is_name_word(toks[j + 1])
            ):
                break
        elif j > i and (_gazetteer_at(text, toks, j, index) or _role_at(toks, j) > j):
            break
        if tok.word.endswith(".") and len(tok.word) > 3:
            break
        j += 1
    return j


def _org_run(text: str, toks: list[_Tok], i: int) -> int:
    """End of an organisation name opened by an ORG_PREFIXES word at i (i when none)."""
    if toks[i].word not in ORG_PREFIXES:
        return i
    j = i + 1
    while j < len(toks) and j - i < 10:
        tok = toks[j]
        if not _adjacent(text, toks[j - 1], tok):
            break
        if (
            tok.word[:1].isupper() and tok.word not in STOP_CAPITALISED and tok.word not in CALENDAR_WORDS
        ) or (tok.word in ("dan", "untuk") and j + 1 < len(toks) and toks[j + 1].word[:1].isupper()):
            j += 1
        else:
            break
    while j > i + 1 and toks[j - 1].word in ("dan", "untuk"):
        j -= 1
    if j == i + 1:
        return i
    # "(KPK)"-style acronym right after the name belongs to it
    rest = text[toks[j - 1].end : toks[j - 1].end + 14]
    acronym = re.match(r" \(([A-Z][A-Za-z]{1,9})\)", rest)
    if acronym and j < len(toks) and toks[j].word == acronym.group(1):
        j += 1
    return j


def _surface(text: str, toks: list[_Tok], i: int, j: int) -> str:
    return text[toks[i].start : toks[j - 1].end]


def _appositive_role(text: str, toks: list[_Tok], k: int) -> str | None:
    """The role after "NAME, [seorang] " at token k, up to the next comma or clause break."""
    j = k
    if j < len(toks) and toks[j].word.lower() in ("seorang", "sang"):
        j += 1
    if j >= len(toks) or _role_at(toks, j) == j:
        return None
    end = j
    while end < len(toks) and end - j < 16:
        gap = text[toks[end - 1].end : toks[end].start] if end > j else ""
        if any(c in gap for c in ",.;\n(") or toks[end].word.lower() in REPORT_WORDS:
            break
        end += 1
    return _surface(text, toks, j, end)


def _scan(text: str, gaz: Gazetteer) -> list[_Found]:
    """All candidate mentions, left to right, with the first rule that fires at each token."""
    toks = tokenize(text)
    index = _index(gaz)
    found: list[_Found] = []
    role: str | None
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if (
            tok.low not in ROLE_FIRST_WORDS
            and tok.low not in index.first_words
            and not tok.word[:1].isupper()
        ):
            i += 1  # a plain lower-case word: nothing starts here
            continue
        # 1. role + qualifiers + name
        head_end = _role_at(toks, i)
        if head_end > i and (tok.cap or tok.word.islower()):
            j = head_end
            while j < n and _adjacent(text, toks[j - 1], toks[j]):
                hit = _gazetteer_at(text, toks, j, index)
                if hit and hit[2] in (PLACE, ORG):
                    found.append(
                        _Found(
                            toks[j].start,
                            toks[hit[0] - 1].end,
                            _surface(text, toks, j, hit[0]),
                            hit[2],
                            hit[1],
                        )
                    )
                    j = hit[0]
                    continue
                if toks[j].word in R.QUALIFIER_LINKS and j + 1 < n:
                    nxt = _gazetteer_at(text, toks, j + 1, index)
                    if nxt and nxt[2] in (PLACE, ORG):
                        j += 1
                        continue
                org_end = _org_run(text, toks, j)
                if org_end > j + 1 and org_end < n and toks[org_end - 1].word.isupper():
                    j = org_end
                    continue
                inner = _role_at(toks, j)
                if inner > j and toks[j].cap:
                    j = inner
                    continue
                break
            if j < n and toks[j].word.lower() in HONORIFICS and j + 1 < n:
                j += 1
            if j < n and _adjacent(text, toks[j - 1], toks[j]):
                hit = _gazetteer_at(text, toks, j, index)
                if hit and hit[2] == PERSON:
                    role = _surface(text, toks, i, j)
                    found.append(
                        _Found(
                            toks[j].start,
                            toks[hit[0] - 1].end,
                            _surface(text, toks, j, hit[0]),
                            PERSON,
                            hit[1],
                            role,
                            2,
                        )
                    )
                    i = hit[0]
                    continue
                end = _name_run(text, toks, j, index)
                if end > j:
                    role = _surface(text, toks, i, j)
                    found.append(
                        _Found(
                            toks[j].start,
                            toks[end - 1].end,
                            _surface(text, toks, j, end),
                            PERSON,
                            None,
                            role,
                            2,
                        )
                    )
                    i = end
                    continue
            i = max(i + 1, j if j > head_end else i + 1)
            continue
        # 2. gazetteer
        hit = _gazetteer_at(text, toks, i, index)
        if hit:
            j = hit[0]
            role = None
            if hit[2] == PERSON and j < n and text[toks[j - 1].end : toks[j].start].strip() == ",":
                role = _appositive_role(text, toks, j)
            found.append(
                _Found(tok.start, toks[j - 1].end, _surface(text, toks, i, j), hit[2], hit[1], role, 1)
            )
            if hit[2] == ORG and j < n and _adjacent(text, toks[j - 1], toks[j]):
                end = _name_run(text, toks, j, index, allow_yang=False)
                if end - j >= 2:
                    role = _surface(text, toks, i, j)
                    found.append(
                        _Found(
                            toks[j].start,
                            toks[end - 1].end,
                            _surface(text, toks, j, end),
                            PERSON,
                            None,
                            role,
                            2,
                        )
                    )
                    j = end
            i = j
            continue
        # 3. organisation with a head word
        org_end = _org_run(text, toks, i)
        if org_end > i:
            found.append(
                _Found(tok.start, toks[org_end - 1].end, _surface(text, toks, i, org_end), ORG, None, None, 1)
            )
            i = org_end
            continue
        # 4. honorific + name
        if tok.word.rstrip(".").lower() in HONORIFICS and tok.cap and i + 1 < n:
            end = _name_run(text, toks, i + 1, index, allow_yang=False)
            if end > i + 1:
                found.append(
                    _Found(
                        toks[i + 1].start,
                        toks[end - 1].end,
                        _surface(text, toks, i + 1, end),
                        PERSON,
                        None,
                        None,
                        2,
                    )
                )
                i = end
                continue
        # 5. a capitalised run: a person when a role follows in apposition or a reporting verb is next
        end = _name_run(text, toks, i, index)
        if end > i:
            surface = _surface(text, toks, i, end)
            role = None
            is_person = False
            if end < n and text[toks[end - 1].end : toks[end].start].strip() == ",":
                role = _appositive_role(text, toks, end)
                is_person = role is not None
            if not is_person and end - i >= 2:
                before = toks[i - 1].word.lower() if i > 0 else ""
                after = toks[end].word.lower() if end < n else ""
                is_person = before in POST_CUES or before == "menurut" or after in INDIRECT_VERBS
            if is_person:
                found.append(_Found(tok.start, toks[end - 1].end, surface, PERSON, None, role, 2))
            else:
                found.append(_Found(tok.start, toks[end - 1].end, surface, "NAME", None, None, 0))
            i = end
            continue
        i += 1
    _coordinated_people(text, found)
    return [f for f in found if f.type != "NAME" or False] + [f for f in found if f.type == "NAME"]


def _coordinated_people(text: str, found: list[_Found]) -> None:
    """A name right after "PERSON dan|serta" shares the person type (and role): "A dan B"."""
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if a.type == PERSON and b.type == "NAME" and len(b.surface.split()) >= 2:
            gap = text[a.end : b.start]
            if gap in (" dan ", " serta ", ", "):
                b.type, b.role, b.priority = PERSON, a.role, 2


def _short_forms(name: str) -> set[str]:
    words = name.split()
    if len(words) < 2:
        return set()
    forms = {words[-1]}
    if words[0] in CHINESE_SURNAMES:
        forms.add(words[0])
    return {f for f in forms if len(f) > 1}


VERBISH = re.compile(r"(?:me|mem|men|meng|meny|ber|di|ter)\w{3,}$")


def _short_mentions(text: str, people: dict[str, str], taken: list[tuple[int, int]]) -> list[_Found]:
    """Further mentions of the people by a short form of their name ("Lavrov", "Xi", "Wang")."""
    if not people:
        return []
    forms: dict[str, str] = {}
    for canonical, full in people.items():
        for form in _short_forms(full):
            forms.setdefault(form, canonical)
    if not forms:
        return []
    pattern = _short_pattern(tuple(sorted(forms, key=len, reverse=True)))
    covered = {k for ts, te in taken for k in range(ts, te)}
    out: list[_Found] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if s in covered or e - 1 in covered:
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
        canon[key] = gaz.person_keys.get(key) or counts.most_common(1)[0][0]
    return canon


def _assign(found: list[_Found], gaz: Gazetteer) -> list[_Found]:
    """Give every person mention its canonical name; single-word names join a full name."""
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
    for f in found:
        if f.type != PERSON or f.canonical:
            continue
        if " " in f.surface:
            f.canonical = canon[name_key(f.surface)]
            continue
        known = gaz.get(f.surface)
        owners = by_word.get(f.surface, set())
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
    found = [f for f in _resolve_overlaps(_scan(text, gaz)) if f.start >= furniture or f.type == PLACE]
    found = _assign(found, gaz)
    people = {
        f.canonical: f.canonical for f in found if f.type == PERSON and f.canonical and " " in f.canonical
    }
    taken = [(f.start, f.end) for f in found if f.type in (PERSON, ORG, PLACE)]
    extra = _short_mentions(text, people, taken)
    kept = [f for f in found if f.type in (PERSON, ORG, PLACE)]
    names = [f for f in found if f.type == "NAME"]
    extra_spans = [(x.start, x.end) for x in extra]
    names = [f for f in names if not any(s < f.end and f.start < e for s, e in extra_spans)]
    del names  # unknown capitalised runs stay unclassified: better missed than wrong
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
            key = (name, e.type)
            if key in merged:
                old = merged[key]
                merged[key] = Entity(
                    name,
                    e.type,
                    tuple(dict.fromkeys((*old.aliases, *e.aliases))),
                    old.role or e.role,
                    tuple(sorted((*old.mentions, *e.mentions), key=lambda m: m.start)),
                )
            else:
                aliases = e.aliases if e.name in e.aliases or name == e.name else (*e.aliases, e.name)
                merged[key] = Entity(name, e.type, tuple(aliases), e.role, e.mentions)
        out.append(list(merged.values()))
    return out
