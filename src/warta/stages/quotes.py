"""Who said what: direct and indirect quotes with their speakers, from Indonesian reporting grammar.

Direct speech is text between quote marks with a cue next to it: ``"…," kata X``, ``"…," tegasnya``,
``X: "…"``, ``"…," demikian bunyi pernyataan X``. Indirect speech is a clause framed by a reporting
verb: ``X mengatakan (bahwa) …``, ``…, kata X``, ``Menurut X, …``.

Speakers resolve to entities (canonical names from :mod:`warta.stages.entities`), or back to an
earlier speaker: a suffix ("katanya", "tegasnya") to the last speaker, a pronoun ("ujar dia", "Dia
mencatat") to the last person who spoke, "pernyataan itu" to the last organisation, "kedua kepala
negara" to the last two people named together. Unnamed groups ("para ahli", "sejumlah diplomat")
are speakers as written, in lower case. Organisations named without their country ("kementerian luar
negeri") take the country of the last country that spoke.

Joint speakers are one quote whose speaker joins the canonical names with "; " in the order the text
names them ("Xi Jinping; Vladimir Putin"), so that a quote is counted once.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from warta.lang.id import reporting_verbs as V
from warta.lang.id import roles as R
from warta.lang.id.abbreviations import ABBREVIATIONS
from warta.lang.id.calendar import WEEKDAYS
from warta.lang.id.gazetteer import CAPITALS, ORG, PERSON, PLACE, PLACES, is_country
from warta.lang.id.roles import STOP_CAPITALISED
from warta.records import Article, Entity, Quote
from warta.stages.entities import extract_entities_from_text
from warta.stages.name_rules import ROLE_FIRST_WORDS, ROLE_TABLE

JOINT_SEPARATOR = "; "
"""How a joint speaker's names are joined ("Xi Jinping; Vladimir Putin")."""

OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
BOTH_MARKS = '"'
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + BOTH_MARKS

MIN_DIRECT_WORDS = 2
"""Quoted text shorter than this is a scare quote ("invasi"), not speech."""

MAX_NP_TOKENS = 16
"""How far after a cue the speaker's noun phrase may run."""

MAX_GAP_TOKENS = 8
"""How many adverbial words may stand between an indirect verb and "bahwa"."""

MIN_CLAUSE_WORDS = 4
"""An indirect quote without "bahwa" must report at least this many words."""

MIN_NAMED_CLAUSE_WORDS = 3
"""… unless a named speaker says it: "Kapolres X mengatakan ketiganya sudah ditahan." is speech."""

_CUE_ALT = "|".join(sorted(V.POST_CUES, key=len, reverse=True))
POST_CUE_AFTER_QUOTE = re.compile(
    rf"\s*[,.]?\s*(?:(?P<demikian>demikian\s+)(?:(?P<bunyi>bunyi\s+))?(?P<noun>pernyataan|keterangan|pengumuman|"
    rf"kata|ujar|tulis|isi\s+pernyataan)\b|(?P<cue>{_CUE_ALT})(?P<nya>nya)?\b)",
    re.IGNORECASE,
)
OPENING_CUE = re.compile(r"(?P<cue>Kata|Ujar|Tutur|Ungkap|Imbuh|Tambah)\s+(?=\w)")
POST_CUE_IN_CLAUSE = re.compile(rf",\s*(?:masih\s+|lanjut\s+)?(?P<cue>{_CUE_ALT})(?P<nya>nya)?\b")
_VERB_ALT = "|".join(sorted(set(V.INDIRECT_VERBS), key=len, reverse=True))
INDIRECT_VERB = re.compile(rf"\b(?P<verb>{_VERB_ALT})\b")
ACCORDING = re.compile(r"\b[Mm]enurut(?:nya\b\s*|\s+)")
WORD = re.compile(r"\w+(?:(?:[-'’]|\.(?![A-Z][a-z]))\w+)*\.?")
NP_STOPPERS = frozenset(
    [
        "dalam",
        "pada",
        "saat",
        "kepada",
        "seperti",
        "mengutip",
        "setelah",
        "ketika",
        "usai",
        "yang",
        "sebagaimana",
        "melalui",
        "dilansir",
        "dikutip",
        "sebagaimana",
        "sambil",
        "seusai",
        "kemarin",
        "lagi",
        "pula",
        "juga",
    ]
)
STATEMENT_ALT = "|".join(sorted(V.STATEMENT_NOUNS, key=len, reverse=True))
STATEMENT_BACKREF = re.compile(
    rf"(?:sebuah\s+)?(?:{STATEMENT_ALT})(?:\s+(?:pers|resmi|tertulis))?\s+(?:itu|tersebut|ini)\b", re.I
)
STATEMENT_BY = re.compile(
    rf"(?:sebuah\s+|dalam\s+)?(?:{STATEMENT_ALT})(?:\s+(?:pers|resmi|tertulis))?(?:\s+(?:oleh|dari))?\s+",
    re.I,
)
GROUP = re.compile(
    r"(?P<det>"
    + "|".join(V.GROUP_DETERMINERS)
    + r")\s+(?P<noun>"
    + "|".join(sorted(V.GROUP_NOUNS, key=len, reverse=True))
    + r")\b",
    re.I,
)
PRONOUN = re.compile(r"(?P<p>" + "|".join((*V.PERSON_PRONOUNS, "mereka")) + r")\b", re.I)
PAIR = re.compile("(?:" + "|".join(V.PAIR_PHRASES) + r")(?:\s+(?:itu|tersebut|ini))?", re.I)
QUOTING = re.compile(r"\bmengutip\s+(?:perkataan|pernyataan|ucapan|kata-kata|keterangan)?\s*", re.I)
SUBJECT_SKIP = frozenset((*V.AUXILIARIES, "pada", "hari", *WEEKDAYS))
SUFFIX_ONLY = V.POST_CUES_NEED_SUFFIX
ROLE_WORDS: frozenset[str] = frozenset(w for head in (*R.ROLE_HEADS, *R.ROLE_MODIFIERS) for w in head.split())
"""Lower-case words that may stand in a subject before a name ("juru bicara X")."""


@dataclass(frozen=True)
class _Ref:
    """An unresolved speaker: a named entity, or a way of pointing back to an earlier one."""

    # entity | joint | person_pronoun | suffix | plural | pair | statement | backref | group | text | ministry
    kind: str
    name: str | None = None
    etype: str | None = None
    role: str | None = None


@dataclass
class _Cand:
    pos: int
    kind: str
    cue: str
    start: int
    end: int
    ref: _Ref
    weak: bool = False  # "menurut": dropped when the sentence has another quote


class _Mentions:
    """Entity mentions of an article sorted by offset, for lookups around a cue."""

    def __init__(self, entities: list[Entity]) -> None:
        rows = [(m.start, m.end, e) for e in entities for m in e.mentions]
        rows.sort(key=lambda r: r[0])
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.ends = sorted((r[1], k) for k, r in enumerate(rows))
        self.end_keys = [e for e, _ in self.ends]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, Entity]]:
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_left(self.starts, hi)
        return [r for r in self.rows[a:b] if r[1] <= hi]

    def ending_at(self, pos: int) -> tuple[int, int, Entity] | None:
        k = bisect.bisect_left(self.end_keys, pos)
        if k < len(self.ends) and self.ends[k][0] == pos:
            return self.rows[self.ends[k][1]]
        return None

    def before(self, pos: int) -> list[tuple[int, int, Entity]]:
        return self.rows[: bisect.bisect_left(self.starts, pos)]


def _entity_ref(e: Entity) -> _Ref:
    if e.type == ORG and e.name.startswith("Kementerian ") and not any(p in e.name for p in PLACES):
        return _Ref("ministry", e.name, ORG)
    name = CAPITALS.get(e.name, e.name) if e.type == PLACE else e.name
    return _Ref("entity", name, e.type, e.role)


MARK_OR_BREAK = re.compile("[" + re.escape(ALL_MARKS) + r"]|\n\n")


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """(open mark, close mark) index pairs of quoted text, paired within each paragraph; a quote
    left open at the end of a paragraph and reopened at the start of the next runs on (the news
    convention for a quote over several paragraphs), so it is one span from its first paragraph."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    carried, para_start = -1, -1
    for m in MARK_OR_BREAK.finditer(text):
        k, ch = m.start(), m.group(0)
        if ch == "\n\n":
            carried, para_start = open_at, m.end()
            open_at = -1
        elif open_at < 0 and carried >= 0 and k == para_start and ch not in CLOSE_MARKS:
            open_at, carried = carried, -1  # a quote over paragraphs: each reopens, the last closes
        elif open_at < 0:
            if ch in CLOSE_MARKS and k > 0 and text[k - 1].isalnum():
                continue
            open_at = k
        elif ch in OPEN_MARKS and ch != text[open_at]:
            open_at = k
        else:
            spans.append((open_at, k))
            open_at = -1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to drop surrounding spaces and trailing commas, full stops stay outside."""
    while start < end and (text[start].isspace() or text[start] in ",:;-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
        end -= 1
    while end > start and text[end - 1] == "." and not text[end - 2 : end - 1].isupper():
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


CLAUSE_WORDS: frozenset[str] = R.word_set(
    "akan telah sudah sedang adalah merupakan bahwa tidak tak bisa dapat harus masih belum pun ialah "
    "yaitu yakni ini"
)
"""Lower-case words that end a speaker's noun phrase: the clause goes on ("menurut penulis akan …")."""

VERB_PREFIX = re.compile(r"^(?:me|ber|di|ter)[a-z]{4,}$")
"""A lower-case word with a verbal prefix: no part of a speaker's name."""

NOT_VERBS: frozenset[str] = R.word_set(
    "menteri media merdeka meja mereka dinas distrik divisi direktur direksi diplomat terminal "
    "teritorial bersama berita berbagai berikut"
)
"""Words that look like prefixed verbs but are nouns or function words."""

PLACE_NOUNS_OF_STATE = R.word_set(
    "pihak pemerintah otoritas militer kepolisian tentara delegasi parlemen kedutaan kedubes kubu "
    "sementara dan tetapi tapi namun sedangkan serta karena bahwa ketika saat jika kalau lalu kemudian "
    "pun juga bahkan maka setelah sebelum sejak hingga akhirnya kini kemarin"
)
"""Lower-case words before a country that keep the country as speaker ("pihak Australia",
"sementara China mengatakan"); any other lower-case word before it makes the place a qualifier."""


def _np_end(text: str, pos: int, limit: int) -> int:
    """End of the noun phrase starting at pos (first punctuation or stopper word)."""
    for count, m in enumerate(WORD.finditer(text, pos, limit)):
        gap = text[pos : m.start()]
        word = m.group(0)
        if (
            any(c in gap for c in ',.;:\n()"“”')
            or word.lower() in NP_STOPPERS
            or word in CLAUSE_WORDS
            or (count and word.islower() and VERB_PREFIX.match(word) and word not in NOT_VERBS)
            or count >= MAX_NP_TOKENS
        ):
            return pos
        pos = m.end()
        if m.group(0).endswith("."):
            return pos - 1
    return pos


JOINT_LINK = re.compile(r"(?:\s*,)?\s+(?P<and>dan|serta)\s+(?:\w+\s+){0,6}?|\s*,\s+(?:\w+\s+){0,6}?")
"""What joins the names of people who speak together: "A dan B", "A, B, dan C" (role words may
stand before each name)."""


def _best_mention(found: list[tuple[int, int, Entity]], text: str) -> _Ref | None:
    """The speaker among the mentions of a noun phrase: a person first, then an organisation,
    then a place; two people joined by "dan" are a joint speaker."""
    for etype in (PERSON, ORG, PLACE):
        typed = [r for r in found if r[2].type == etype]
        if not typed:
            continue
        first = typed[0]
        names = [first[2].name]
        closed = False  # a list "A, B, dan C" counts only when "dan"/"serta" links its last name
        for nxt in typed[1:]:
            gap = text[first[1] : nxt[0]]
            link = JOINT_LINK.fullmatch(gap)
            if not link or nxt[2].name in names or closed:
                break
            names.append(nxt[2].name)
            closed = bool(link.group("and"))
            first = nxt
        if len(names) > 2 and not closed:
            names = names[:1]
        if len(names) == 2 and not closed:
            names = names[:1]
        if etype == PLACE:
            names = [CAPITALS.get(n, n) for n in names]
        if len(names) > 1 and (etype == PERSON or all(is_country(n) for n in names)):
            return _Ref("joint", JOINT_SEPARATOR.join(names), etype)  # people, or countries, together
        return _entity_ref(typed[0][2])
    return None


def _capitalised_run(text: str, pos: int, end: int) -> str | None:
    words = []
    for m in WORD.finditer(text, pos, end):
        if not m.group(0)[:1].isupper() or text[pos : m.start()].strip():
            break
        words.append(m.group(0).rstrip("."))
        pos = m.end()
    if not words or words[0].lower() in V.PERSON_PRONOUNS or words[0].lower() in NP_STOPPERS:
        return None
    return " ".join(words).split(".")[0].strip() or None


def _ref_after(text: str, pos: int, limit: int, mentions: _Mentions, strict: bool) -> _Ref | None:
    """The speaker named right after a cue ("kata juru bicara Kremlin Dmitry Peskov")."""
    while pos < limit and text[pos] == " ":
        pos += 1
    rest = text[pos:limit]
    m = PRONOUN.match(rest)
    if m:
        word = m.group("p").lower()
        return _Ref("plural") if word == "mereka" else _Ref("person_pronoun")
    m = PAIR.match(rest)
    if m:
        return _Ref("pair")
    m = STATEMENT_BACKREF.match(rest)
    if m:
        return _Ref("statement")
    m = STATEMENT_BY.match(rest)
    if m:
        pos += m.end()
        rest = text[pos:limit]
    m = GROUP.match(rest)
    if m:
        return _Ref("group", f"{m.group('det').lower()} {m.group('noun').lower()}")
    while True:  # "tim Project Zero", "pihak Samsung": the speaker follows
        lead = re.match(r"(?:tim|pihak)\s+", text[pos:limit])
        if not lead:
            break
        pos += lead.end()
    end = _np_end(text, pos, limit)
    if end <= pos:
        return None
    run = _capitalised_run(text, pos, end)
    if run and run.split()[0].lower() not in ROLE_FIRST_WORDS:
        end = min(end, pos + len(run))  # "ujar Purbaya di Kantor Kemenkeu": the name only
    phrase = text[pos:end].split()
    if (
        phrase
        and phrase[-1].lower() in V.SPEAKER_BACKREFS
        and (phrase[0][:1].islower() or phrase[0].lower() in ROLE_WORDS)
    ):
        return _Ref("backref")  # "kata politisi partai itu", "tambah raksasa elektronik ini"
    found = mentions.starting_in(pos, end)
    if not any(r[2].type == PERSON for r in found):
        # "kata Kasubdit Polda Lampung, AKBP Ferdiyan Fahmi": the role, then the name after a comma
        after = [r for r in mentions.starting_in(end, min(limit, end + 80)) if r[2].type == PERSON]
        if after and re.fullmatch(r"[^.;:\"“”\n]{0,60}?,\s*(?:[A-Za-z.]+\s+){0,2}", text[end : after[0][0]]):
            return _entity_ref(after[0][2])
    ref = _best_mention(found, text)
    if ref and ref.etype == PLACE and found and (name := _named_with_place(text, pos, found[0])):
        return _Ref("text", name)  # "kata KBRI Phnom Penh"
    if ref:
        return ref
    role = _bare_role(text[pos:end])
    if role:
        return _Ref("role", role)  # "kata presiden kepada wartawan": the president named before
    if strict:
        return None
    run = _capitalised_run(text, pos, end)
    return _Ref("text", run) if run else None


def _named_with_place(text: str, lo: int, mention: tuple[int, int, Entity]) -> str | None:
    """The name of an office written with a place after unknown capitalised words ("KBRI Phnom
    Penh", "Pemkab Bogor"), when ``mention`` (the place) ends such a run; None otherwise."""
    m = re.search(r"((?:[A-Z][\w\-]*\s)+)$", text[lo : mention[0]])
    if not m:
        return None
    words = m.group(1).split()
    while words and (words[0] in STOP_CAPITALISED or words[0].lower() in ROLE_WORDS):
        words = words[1:]
    if not words:
        return None
    return " ".join((*words, text[mention[0] : mention[1]]))


def _bare_role(phrase: str) -> str | None:
    """The role when a noun phrase is a bare title ("Presiden", "sang menteri"), else None."""
    words = phrase.lower().split()
    if words and words[0] in ("sang", "para"):
        words = words[1:]
    if 0 < len(words) <= 3 and tuple(w.rstrip(".") for w in words) in ROLE_TABLE:
        return " ".join(words)
    return None


def _strip_subject_tail(text: str, lo: int, pos: int) -> int:
    """Move back over auxiliaries and time words between a subject and its verb."""
    while True:
        segment = text[lo:pos].rstrip(" ,")
        m = re.search(r"(\([^()]{1,20}\)|[\w\-]+)$", segment)
        if not m:
            return lo + len(segment)
        word = m.group(1)
        if word.lower() in SUBJECT_SKIP or word.startswith("("):
            pos = lo + m.start(1)
            continue
        return lo + len(segment)


PREPOSITION_BEFORE = re.compile(
    r"\b(?:di|dari|ke|untuk|dengan|oleh|kepada|melalui|dalam|pada|antara|asal)\s+$", re.I
)


def _ref_before(text: str, sent_start: int, pos: int, mentions: _Mentions) -> _Ref | None:
    """The subject of a reporting verb at pos ("Kremlin telah mengkonfirmasi", "Dia mencatat")."""
    end = _strip_subject_tail(text, sent_start, pos)
    left = text[sent_start:end]
    if re.search(r"\s(?:dan|serta|lalu|kemudian)$", left):
        # "AS menyambut baik kesepakatan itu dan mengatakan …": the sentence's subject speaks
        opening = mentions.starting_in(sent_start, end)
        if opening and opening[0][0] - sent_start <= 1 and not text[opening[0][1]].isalnum():
            return _entity_ref(opening[0][2])
        return None
    hit = mentions.ending_at(end)
    if (
        hit
        and hit[2].type != PERSON
        and PREPOSITION_BEFORE.search(text, max(sent_start, hit[0] - 12), hit[0])
    ):
        hit = None  # "dihubungi dari Mataram, Kamis, mengatakan": a place after a preposition
    if hit and hit[2].type == PLACE:
        noun = re.search(r"\b([a-z][a-z\-]*) $", text[max(sent_start, hit[0] - 30) : hit[0]])
        if noun and noun.group(1) not in PLACE_NOUNS_OF_STATE:
            return None  # "warga Jawa Timur mengaku", "ibu kota provinsi Pakistan": the place qualifies
    if hit is None:
        # "Yang Jin, seorang peneliti …, mengatakan", "Kepala Humas PT X, Eka Asmadi, saat dihubungi
        # …, mengatakan": the person set off by commas at the head of the sentence is the subject
        for row in mentions.starting_in(sent_start, end):
            opens = row[0] - sent_start <= 1 or text[max(sent_start, row[0] - 2) : row[0]] == ", "
            if row[2].type == PERSON and opens and text[row[1] : row[1] + 1] == ",":
                return _entity_ref(row[2])
    if hit and hit[2].type == PLACE and (name := _named_with_place(text, max(sent_start, hit[0] - 40), hit)):
        return _Ref("text", name)  # "BPJPH RI menggarisbawahi", "KBRI Phnom Penh menyatakan"
    if hit and hit[0] >= sent_start:
        same = [
            r for r in mentions.starting_in(sent_start, end) if r[2].type == hit[2].type and r[0] <= hit[0]
        ]
        chain = [same[-1]]
        for row in reversed(same[:-1]):  # walk back from the subject while the names are linked
            if not JOINT_LINK.fullmatch(text[row[1] : chain[0][0]]):
                break
            chain.insert(0, row)
        joint = _best_mention(chain, text)
        if (
            joint
            and joint.kind == "joint"
            and joint.name
            and hit[2].name in joint.name.split(JOINT_SEPARATOR)
        ):
            return joint
        return _entity_ref(hit[2])
    if re.search(r"(?:^|\s)pihaknya$", left, re.I):
        return _Ref("suffix")  # "Pihaknya menekankan …": the side of whoever spoke last
    m = re.search(r"(?:^|\s)(" + "|".join((*V.PERSON_PRONOUNS, "mereka")) + r")$", left, re.I)
    if m:
        return _Ref("plural") if m.group(1).lower() == "mereka" else _Ref("person_pronoun")
    m = re.search(r"(?:^|\s)(" + "|".join(V.PAIR_PHRASES) + r")(?:\s+(?:itu|tersebut|ini))?$", left, re.I)
    if m:
        return _Ref("pair")
    for g in GROUP.finditer(left):
        tail = left[g.end() :].split()
        if (
            len(tail) <= 2
            and all(w.islower() for w in tail)
            and g.start() <= 1 + len(left) - len(left.lstrip())
        ):
            return _Ref("group", f"{g.group('det').lower()} {g.group('noun').lower()}")
    words = left.split()
    if words and words[-1].lower() in V.SPEAKER_BACKREFS and len(words) <= 4:
        head = words[0].lower()
        if head in V.STATEMENT_NOUNS:
            return _Ref("statement")
        if head in ROLE_WORDS or head in V.GROUP_NOUNS or head in V.INSTITUTION_NOUNS:
            return _Ref("backref")  # "Sumber itu menambahkan", "Politisi itu mengatakan"
        return None  # "Hal ini menegaskan": no speaker
    # apposition: the sentence opens with the speaker, then ", …, VERB"
    opening = mentions.starting_in(sent_start, end)
    if (
        opening
        and opening[0][0] - sent_start <= 1
        and text[opening[0][1] : opening[0][1] + 1] == ","
        and opening[0][2].type in (PERSON, ORG)
    ):
        return _entity_ref(opening[0][2])
    run = re.search(r"(?:^|[\s(])((?:[A-Z][\w\-]*\s?){1,3})$", left)
    if run and PREPOSITION_BEFORE.search(left[: run.start(1)]):
        return None  # "Penelitian di Eropa menyebutkan"
    if run and (len(left.split()) <= 3 or left[: run.start(1)].rstrip().endswith(",")):
        name = run.group(1).strip()
        role = _bare_role(name)
        if role:
            return _Ref("role", role)
        if name.split()[0] not in STOP_CAPITALISED and name not in WEEKDAYS:
            return _Ref("text", name)
    return None


SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*(?=\s+[\"“(]?[A-Z0-9])|(?<=[a-z)])\.(?=[A-Z][a-z])|\n\s*\n")
"""A full stop (or ! ?) with closing marks, before a capital; or a blank line."""


def clause_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans for speaker scopes: a fast splitter (full stop before a capital, not after an
    abbreviation or an initial) that runs several times faster than Punkt; exactness does not matter
    here, only that a reporting verb and its subject fall in one span."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_BREAK.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            word = re.search(r"(\w+)$", text[max(start, m.start() - 12) : m.start()])
            if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            out.append((a, a + len(stripped)))
    return out


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    k = bisect.bisect_right([s for s, _ in sentences], pos) - 1
    return sentences[max(k, 0)] if sentences else (0, 0)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


def _direct(
    text: str, spans: list[tuple[int, int]], sentences: list[tuple[int, int]], mentions: _Mentions
) -> list[_Cand]:
    out: list[_Cand] = []
    for open_at, close_at in spans:
        start, end = _trim(text, open_at + 1, close_at)
        if len(text[start:end].split()) < MIN_DIRECT_WORDS:
            continue
        s_start, _ = _sentence_of(sentences, close_at)
        para_end = text.find("\n\n", close_at)
        limit = len(text) if para_end < 0 else para_end
        m = POST_CUE_AFTER_QUOTE.match(text, close_at + 1, limit)
        ref: _Ref | None = None
        cue = ""
        pos = close_at + 1
        if m and m.group("demikian"):
            cue = ("bunyi " if m.group("bunyi") else "") + m.group("noun").lower()
            ref = _ref_after(text, m.end(), limit, mentions, strict=False)
            pos = m.start("noun")
        elif m:
            cue = m.group("cue").lower()
            pos = m.start("cue")
            if m.group("nya"):
                ref = _Ref("suffix")
            else:
                ref = _ref_after(text, m.end(), limit, mentions, strict=False)
            if ref is not None:
                quoting = QUOTING.search(text, m.end(), min(limit, m.end() + 160))
                if quoting and text.find(".", m.end(), quoting.start()) < 0:
                    inner = _ref_after(text, quoting.end(), limit, mentions, strict=True)
                    if inner is not None and inner.kind == "entity" and inner.etype == PERSON:
                        ref = inner
        if ref is None:
            before = text[max(s_start, open_at - 200) : open_at]
            b = re.search(r"(?:\s(?P<verb>" + _VERB_ALT + r"|berkata))?\s*[:,]\s*$", before)
            if b and b.group(0).strip():
                cue_pos = open_at - len(before) + (b.start("verb") if b.group("verb") else b.start())
                lo = max(s_start, open_at - 200)
                ref = _ref_before(text, lo, cue_pos, mentions) or _opening_speaker(
                    text, lo, cue_pos, mentions
                )
                cue = (b.group("verb") or ":").lower()
                pos = cue_pos
        if ref is not None:
            out.append(_Cand(pos, "direct", cue, start, end, ref))
    return out


MAX_INTRO_WORDS = 12
"""A sentence that introduces a quote with a colon ("X menutup rapat itu: \"…\"") is short."""


def _opening_speaker(text: str, lo: int, hi: int, mentions: _Mentions) -> _Ref | None:
    """The person or organisation that opens a short introducing clause, if any."""
    if len(text[lo:hi].split()) > MAX_INTRO_WORDS:
        return None
    found = [r for r in mentions.starting_in(lo, hi) if r[2].type in (PERSON, ORG)]
    if (found and not text[lo : found[0][0]].strip(" ,")) or (found and found[0][0] - lo < 40):
        return _entity_ref(found[0][2])
    return None


def _clause_after_verb(text: str, pos: int, s_end: int, verb: str) -> tuple[int, bool]:
    """Where the reported clause starts after a verb, and whether a complementiser opened it."""
    origin = pos
    for count, m in enumerate(WORD.finditer(text, pos, s_end)):
        gap = text[pos : m.start()]
        if ":" in gap or (count == 0 and "," in gap):
            return m.start(), True  # "mengatakan, …" / "menyatakan: …"
        word = m.group(0).lower()
        if word in V.COMPLEMENTISERS:
            return m.end(), True
        if count >= MAX_GAP_TOKENS:
            break
        pos = m.end()
    first = WORD.search(text, origin, s_end)
    return (first.start() if first else s_end), False


CLAUSE_VERB = re.compile(r"^(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{4,}$")
"""An affixed verb (lower case) that can be a clause's predicate ("diambil", "merendam")."""


def _clause_follows(text: str, pos: int, end: int) -> bool:
    """True when a subject and its predicate follow a verb that also takes a plain object:
    "menyebut keputusan itu diambil …" is reported speech, "menyebut Ukraina sebagai …" is not."""
    words = [w.group(0) for w in WORD.finditer(text, pos, min(end, pos + 120))][: V.MAX_SUBJECT_WORDS + 1]
    if not words:
        return False
    if words[0].lower() in V.EXISTENTIALS:
        return True
    for k, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in V.CLAUSE_BARRIERS:
            return False
        if word.islower() and (low in V.CLAUSE_PREDICATES or CLAUSE_VERB.match(low)):
            return k >= 1
    return False


MID_CUE_RESUMES = re.compile(r"[^,.;\n\"“”]{1,80}?,\s+(?=[a-z])")
"""After "…, kata X," the sentence goes on in lower case: "Pasokan beras, kata X, cukup …"; the
quote is then the whole sentence, cue included, since neither half says it alone."""

PASSIVE_ATTRIBUTION = re.compile(
    r"(?:(?:Hal|Pernyataan|Penjelasan|Keterangan|Informasi|Pesan)\s+(?:itu|tersebut|ini)|Demikian)"
    r"\s+(?:juga\s+)?"
    r"(?P<verb>" + "|".join(V.PASSIVE_REPORTING) + r")\s+(?:oleh\s+|langsung\s+oleh\s+)?"
)
"""A sentence that gives the speaker of the sentence before: "Hal itu disampaikan oleh X …"."""


def _previous_sentence(text: str, sentences: list[tuple[int, int]], s_start: int) -> tuple[int, int] | None:
    """The sentence right before the one starting at s_start, in the same paragraph."""
    k = bisect.bisect_left(sentences, (s_start, -1)) - 1
    if k < 0:
        return None
    lo, hi = sentences[k]
    if "\n\n" in text[hi:s_start] or hi > s_start:
        return None
    return lo, hi


def _passive_attribution(
    text: str,
    spans: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    s_start: int,
    s_end: int,
    mentions: _Mentions,
) -> list[_Cand]:
    """ "Hal itu disampaikan (oleh) X …": X said the sentence before (same paragraph, no quote)."""
    passive = PASSIVE_ATTRIBUTION.match(text, s_start, s_end)
    if passive is None:
        return []
    prev = _previous_sentence(text, sentences, s_start)
    if prev is None or _inside(spans, prev[0]) or _inside(spans, prev[1] - 1):
        return []
    if any(c in text[prev[0] : prev[1]] for c in ALL_MARKS):
        return []
    ref = _ref_after(text, passive.end(), s_end, mentions, strict=True)
    if ref is None or ref.kind != "entity":
        return []
    start, end = _trim(text, prev[0], prev[1])
    if len(text[start:end].split()) < MIN_CLAUSE_WORDS:
        return []
    return [_Cand(passive.start("verb"), "indirect", passive.group("verb").lower(), start, end, ref)]


def _indirect(
    text: str,
    spans: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    mentions: _Mentions,
    used: set[int],
) -> list[_Cand]:
    out: list[_Cand] = []
    ref: _Ref | None
    for s_start, s_end in sentences:
        sent = text[s_start:s_end]
        # X mengatakan (bahwa) …
        for m in INDIRECT_VERB.finditer(text, s_start, s_end):
            pos = m.start()
            if _inside(spans, pos) or pos in used:
                continue
            verb = m.group("verb")
            ref = _ref_before(text, s_start, pos, mentions)
            if ref is None:
                continue
            prev = text[s_start:pos].split()
            if (
                prev
                and prev[-1].lower() in V.NEGATIONS
                and not (ref.kind == "entity" and mentions.ending_at(pos - 1))
            ):
                continue
            after = m.end()
            first, opened = _clause_after_verb(text, after, s_end, verb)
            if text[after : after + 3] == "nya":
                continue
            if not opened:
                if (
                    verb in V.VERBS_NEED_COMPLEMENTISER
                    and ref.kind not in ("group", "person_pronoun")
                    and not _clause_follows(text, first, s_end)
                ):
                    continue
                shortest = MIN_NAMED_CLAUSE_WORDS if ref.kind == "entity" else MIN_CLAUSE_WORDS
                if len(text[first:s_end].split()) < shortest:
                    continue
            start, end = _trim(text, first, _cut_at_quote(text, first, s_end))
            if end - start < 3:
                continue
            out.append(_Cand(pos, "indirect", verb, start, end, ref))
        # …, kata X
        for m in POST_CUE_IN_CLAUSE.finditer(text, s_start, s_end):
            pos = m.start("cue")
            if _inside(spans, pos) or pos in used or _after_close_mark(text, m.start()):
                continue
            cue = m.group("cue").lower()
            if m.group("nya"):
                ref = _Ref("suffix")
            else:
                ref = _ref_after(text, m.end(), s_end, mentions, strict=cue in SUFFIX_ONLY)
            if ref is None or (ref.kind == "text" and cue in SUFFIX_ONLY):
                continue
            clause_start = _last_close_mark(text, s_start, m.start())
            start, end = _trim(text, clause_start, m.start())
            if len(text[start:end].split()) < MIN_CLAUSE_WORDS - 1:
                resumed = MID_CUE_RESUMES.match(text, m.end(), s_end)
                if resumed is None or len(text[resumed.end() : s_end].split()) < MIN_CLAUSE_WORDS - 1:
                    continue
                start, end = _trim(text, clause_start, _cut_at_quote(text, resumed.end(), s_end))
            out.append(_Cand(pos, "indirect", cue, start, end, ref))
        # Hal itu disampaikan (oleh) X: the sentence before is what X said
        out.extend(_passive_attribution(text, spans, sentences, s_start, s_end, mentions))
        # Kata X, … (the cue opens the sentence)
        opening = OPENING_CUE.match(text, s_start, s_end)
        if opening and not _inside(spans, opening.start()):
            comma = text.find(",", opening.end(), s_end)
            ref = _ref_after(text, opening.end(), comma if comma > 0 else s_end, mentions, strict=True)
            if ref is not None and comma > 0:
                start, end = _trim(text, comma + 1, _cut_at_quote(text, comma + 1, s_end))
                if len(text[start:end].split()) >= MIN_CLAUSE_WORDS:
                    cue = opening.group("cue").lower()
                    out.append(_Cand(opening.start(), "indirect", cue, start, end, ref))
        # menurut X, …
        for m in ACCORDING.finditer(sent):
            pos = s_start + m.start()
            if _inside(spans, pos):
                continue
            rest = text[s_start + m.end() : s_end]
            first_word = rest.split(" ", 1)[0].lower()
            if first_word in V.SOURCE_ONLY_NOUNS or first_word in V.STATEMENT_NOUNS:
                continue
            if m.group(0).lower().startswith("menurutnya"):
                ref = _Ref("suffix")
            else:
                ref = _ref_after(text, s_start + m.end(), s_end, mentions, strict=True)
            if ref is None or ref.kind in ("text", "backref"):
                continue
            comma = text.find(",", s_start + m.end(), s_end)
            if comma > 0:
                k = bisect.bisect_left(mentions.starts, comma + 1)
                row = mentions.rows[k] if k < len(mentions.rows) else None
                if row and row[0] <= comma + 2 and row[2].type == PERSON and text[row[1] : row[1] + 1] == ",":
                    comma = row[1]  # "Menurut Kepala BMKG Kupang, Andi Lestari, cuaca …"
            if m.start() <= 1 and comma > 0:
                start, end = _trim(text, comma + 1, s_end)
            else:
                start, end = _trim(text, s_start, pos)
            if len(text[start:end].split()) < MIN_CLAUSE_WORDS:
                continue
            out.append(_Cand(pos, "indirect", "menurut", start, end, ref, weak=True))
    return out


def _cut_at_quote(text: str, start: int, end: int) -> int:
    for k in range(start, end):
        if text[k] in ALL_MARKS:
            return k
    return end


def _after_close_mark(text: str, comma: int) -> bool:
    return comma > 0 and text[comma - 1] in ALL_MARKS


def _last_close_mark(text: str, lo: int, hi: int) -> int:
    for k in range(hi - 1, lo - 1, -1):
        if text[k] in ALL_MARKS:
            return k + 1
    return lo


UNKNOWN_SUBJECT = re.compile(
    r"(?:^|\n|[.!?][\"”]?\s+)(?:[A-Z]\w+, )?(?P<name>[A-Z][a-z]{2,})\s+(?:me|ber|ter)[a-z]{3,}\b"
)
"""A capitalised word opening a sentence right before a prefixed verb."""


@lru_cache(maxsize=1)
def _sastrawi() -> tuple[frozenset[str], Any]:
    """Indonesian root words and a stemmer (PySastrawi, offline)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    factory = StemmerFactory()
    return frozenset(factory.get_words()), factory.create_stemmer()


@lru_cache(maxsize=4096)
def _indonesian_word(low: str) -> bool:
    """True when a word is Indonesian vocabulary (a root word, or one that stems to a root word):
    "Pengumuman", "Nantinya", "Itulah" open sentences but name nobody."""
    roots, stemmer = _sastrawi()
    return low in roots or stemmer.stem(low) in roots


def _plural_group(ref: _Ref) -> bool:
    return ref.kind == "group" and not (ref.name or "").startswith("seorang")


class _Resolver:
    """Turns references into speakers in text order, remembering who spoke last."""

    def __init__(self, text: str, mentions: _Mentions, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.mentions = mentions
        self.sentences = sentences
        self.history: list[_Ref] = []
        self.country_counts = Counter(
            r[2].name
            for r in mentions.rows
            if r[2].type == PLACE and is_country(r[2].name) and r[2].name != "Indonesia"
        )

    def _last(self, pred: object = None) -> _Ref | None:
        for ref in reversed(self.history):
            if pred is None or pred(ref):  # type: ignore[operator]
                return ref
        return None

    def _last_person_mention(self, pos: int) -> _Ref | None:
        """The last person named before pos as a subject (at the head of a sentence or clause),
        else the last person named at all: "X, putra aktor Y, …" — "…," jelasnya is X."""
        rows = [row for row in self.mentions.before(pos) if row[2].type == PERSON]
        for row in reversed(rows):
            head = self.text[max(0, row[0] - 2) : row[0]]
            if row[0] == 0 or head in (", ", "\n\n") or head.endswith((". ", '" ', "” ")):
                return _entity_ref(row[2])
        return _entity_ref(rows[-1][2]) if rows else None

    def _paragraph_subject(self, pos: int) -> _Ref | None:
        """A person who opens a sentence earlier in the same paragraph: "Presiden X menargetkan …
        Ia berharap …" — "Ia" is X, whoever spoke before."""
        para_start = self.text.rfind("\n\n", 0, pos) + 1
        rows = [r for r in self.mentions.before(pos) if r[0] >= para_start and r[2].type == PERSON]
        for row in reversed(rows):
            head = self.text[para_start : row[0]]
            sentence = re.split(r"[.!?][\"”]?\s+", head)[-1]
            sentence = re.sub(r"^[^,]{1,25}, ", "", sentence.lstrip())  # "Sebelumnya, ", "Sementara itu, "
            if all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in sentence.split()):
                return _entity_ref(row[2])
        return self._unknown_subject(para_start, pos)

    def _unknown_subject(self, lo: int, pos: int) -> _Ref | None:
        """A name the entity rules did not know that opens a sentence of the paragraph before a verb
        ("Musk berselisih dengan Trump … Dia mengatakan …"): no Indonesian word, never written in
        lower case in the article, no known entity."""
        found: _Ref | None = None
        for m in UNKNOWN_SUBJECT.finditer(self.text, lo, pos):
            word = m.group("name")
            low = word.lower()
            if word in STOP_CAPITALISED or _indonesian_word(low) or re.search(rf"\b{low}\b", self.text):
                continue
            if sum(self.text.count(mark, lo, m.start("name")) for mark in ALL_MARKS) % 2:
                continue  # inside a direct quote
            if any(r[0] <= m.start("name") < r[1] for r in self.mentions.before(m.end("name"))):
                continue
            found = _Ref("text", word)
        return found

    def _holder(self, role: str, pos: int) -> _Ref | None:
        """The last person named before pos whose role is ``role`` ("Presiden menegaskan …")."""
        pattern = re.compile(rf"(?:^|\s){re.escape(role)}\b", re.I)
        for row in reversed(self.mentions.before(pos)):
            entity = row[2]
            if entity.type == PERSON and entity.role and pattern.search(entity.role):
                return _entity_ref(entity)
        return None

    def _pair(self, pos: int) -> _Ref | None:
        people: list[str] = []
        for s_start, s_end in reversed([s for s in self.sentences if s[0] < pos]):
            names = []
            for row in self.mentions.starting_in(s_start, min(s_end, pos)):
                if row[2].type == PERSON and row[2].name not in names:
                    names.append(row[2].name)
            if len(names) >= 2:
                people = names[-2:]
                break
        return _Ref("joint", JOINT_SEPARATOR.join(people), PERSON) if people else None

    def _ministry(self, name: str) -> _Ref:
        for ref in reversed(self.history):
            if ref.kind == "entity" and ref.name and ref.etype == PLACE and is_country(ref.name):
                return _Ref("entity", f"{name} {ref.name}", ORG)
            if ref.kind == "entity" and ref.name and ref.etype == ORG:
                for country in PLACES:
                    if ref.name.endswith(" " + country) and is_country(country):
                        return _Ref("entity", f"{name} {country}", ORG)
        if self.country_counts:
            return _Ref("entity", f"{name} {self.country_counts.most_common(1)[0][0]}", ORG)
        return _Ref("entity", name, ORG)

    def resolve(self, cand: _Cand) -> _Ref | None:
        ref = cand.ref
        out: _Ref | None
        if ref.kind in ("entity", "joint", "group", "text"):
            out = ref
        elif ref.kind == "ministry":
            out = self._ministry(ref.name or "")
        elif ref.kind == "suffix":
            out = (
                self._paragraph_subject(cand.pos)
                or self._last(lambda r: not _plural_group(r))  # "-nya" is one speaker, not "para ahli"
                or self._last_person_mention(cand.pos)
            )
        elif ref.kind == "person_pronoun" and (subject := self._paragraph_subject(cand.pos)):
            out = subject
        elif ref.kind == "person_pronoun":
            last = self._last()
            if last and ((last.etype == PERSON and last.kind == "entity") or last.kind == "text"):
                out = last
            else:
                out = self._last_person_mention(cand.pos) or self._last(lambda r: r.etype == PERSON)
        elif ref.kind == "plural":
            out = self._last(lambda r: r.kind in ("joint", "group"))
        elif ref.kind == "pair":
            out = self._pair(cand.pos)
        elif ref.kind == "statement":
            out = self._last(lambda r: r.etype in (ORG, PLACE)) or self._last()
        elif ref.kind == "backref":
            out = self._last()
        elif ref.kind == "role":
            out = self._holder(ref.name or "", cand.pos)
        else:
            out = None
        if out is not None and out.name:
            self.history.append(out)
            return out
        return None


def quotes_from_text(text: str, entities: list[Entity]) -> list[Quote]:
    """Quotes of a body text given its entities (see :func:`extract_quotes`)."""
    mentions = _Mentions(entities)
    sentences = clause_sentences(text)
    spans = _direct_spans(text)
    direct = _direct(text, spans, sentences, mentions)
    used = {c.pos for c in direct}
    indirect = _indirect(text, spans, sentences, mentions, used)
    strong_sentences = {_sentence_of(sentences, c.pos) for c in (*direct, *indirect) if not c.weak}
    cands = [
        c for c in (*direct, *indirect) if not (c.weak and _sentence_of(sentences, c.pos) in strong_sentences)
    ]
    cands.sort(key=lambda c: (c.pos, c.start))
    resolver = _Resolver(text, mentions, sentences)
    quotes: list[Quote] = []
    seen: set[tuple[int, int, str]] = set()
    for cand in cands:
        ref = resolver.resolve(cand)
        if ref is None or not ref.name or (cand.start, cand.end, ref.name) in seen:
            continue
        seen.add((cand.start, cand.end, ref.name))
        quotes.append(
            Quote(
                speaker=ref.name,
                speaker_role=ref.role,
                kind=cand.kind,  # type: ignore[arg-type]
                cue=cand.cue,
                text=text[cand.start : cand.end],
                start=cand.start,
                end=cand.end,
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes


def extract_quotes(article: Article, entities: list[Entity] | None = None) -> list[Quote]:
    """Direct and indirect quotes of the article body with their resolved speakers.

    ``entities`` are the article's entities (extracted here when not given). Each quote's
    ``start``/``end`` slice ``article.text`` to the quoted or reported text.
    """
    text = article.text
    if entities is None:
        entities = extract_entities_from_text(text)
    return quotes_from_text(text, entities)
