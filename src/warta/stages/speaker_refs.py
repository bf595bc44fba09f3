"""The phrase that names a speaker next to a reporting cue, read as a reference to resolve.

After a cue (``"…," kata juru bicara Kremlin Dmitry Peskov``) or before a reporting verb
(``Kremlin telah mengkonfirmasi``, ``Dia mencatat``), a speaker is a named entity (canonical names
from :mod:`warta.stages.entities`), two or more named together (a joint speaker), or a way of pointing
back: a pronoun, a suffix, "kedua kepala negara", "pernyataan itu", "politisi itu", a bare role
("Presiden"). Unnamed groups ("para ahli", "sejumlah diplomat") are speakers as written, in lower
case. Nothing is resolved here: :mod:`warta.stages.speakers` does that in text order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from warta.lang.id import reporting_verbs as V
from warta.lang.id import roles as R
from warta.lang.id.calendar import WEEKDAYS
from warta.lang.id.gazetteer import CAPITALS, ORG, PERSON, PLACE, PLACES, is_country
from warta.lang.id.roles import STOP_CAPITALISED
from warta.records import Entity
from warta.stages.name_shapes import ROLE_FIRST_WORDS, ROLE_TABLE
from warta.stages.name_titles import DOTTED_DEGREE

JOINT_SEPARATOR = "; "
"""How a joint speaker's names are joined ("Xi Jinping; Vladimir Putin")."""


MAX_NP_TOKENS = 16
"""How far after a cue the speaker's noun phrase may run."""


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
    r"(?:(?P<det>"
    + "|".join(V.GROUP_DETERMINERS)
    + r")\s+(?P<noun>"
    + "|".join(sorted(V.GROUP_NOUNS, key=len, reverse=True))
    + r")|(?P<bare>"
    + "|".join(V.ANONYMOUS_SOURCE_NOUNS)
    + r")(?!\s+(?:"
    + "|".join(V.SPEAKER_BACKREFS)
    + r")\b))\b",
    re.I,
)


GROUP_THEN_NAME = re.compile(r"(?:\s+[a-z]+){0,3}\s*,\s*")
"""What may stand between an unnamed group and the name that then names it: "seorang warga
Sukamakmur, Ujang"."""

MAX_GROUP_PLACE_WORDS = 4
"""Words of a place phrase after a group subject: "Seorang sumber di kementerian itu mengatakan"."""

GROUP_PLACE_OPENERS: tuple[str, ...] = ("di", "dari")
"""Prepositions that open that place phrase."""

REPORTING_WORDS: frozenset[str] = frozenset((*V.POST_CUES, *V.INDIRECT_VERBS))
"""Cues and reporting verbs: never part of a speaker's noun phrase."""


def _group_name(text: str, m: re.Match[str], limit: int) -> str:
    """An unnamed group as written, in lower case, with the words that qualify its noun: "seorang
    petugas keamanan", "sejumlah pengurus partai", "sumber"."""
    words = [m.group("bare")] if m.group("bare") else [m.group("det"), m.group("noun")]
    pos = m.end()
    for word in WORD.finditer(text, pos, limit):
        low = word.group(0)
        if (
            len(words) >= 2 + V.MAX_GROUP_MODIFIERS
            or text[pos : word.start()] != " "
            or not low.isalpha()
            or not low.islower()
            or low in V.GROUP_MODIFIER_STOPS
            or low in NP_STOPPERS
            or low in CLAUSE_WORDS
            or low in SUBJECT_SKIP
            or low in V.SPEAKER_BACKREFS
            or low in REPORTING_WORDS
            or (VERB_PREFIX.match(low) and low not in NOT_VERBS)
        ):
            break
        words.append(low)
        pos = word.end()
    return " ".join(w.lower() for w in words)


PRONOUN = re.compile(r"(?P<p>" + "|".join((*V.PERSON_PRONOUNS, *V.PLURAL_PRONOUNS)) + r")\b", re.I)


PAIR = re.compile("(?:" + "|".join(V.PAIR_PHRASES) + r")(?:\s+(?:itu|tersebut|ini))?", re.I)


SUBJECT_SKIP = frozenset((*V.AUXILIARIES, "pada", "hari", *WEEKDAYS))


ROLE_WORDS: frozenset[str] = frozenset(w for head in (*R.ROLE_HEADS, *R.ROLE_MODIFIERS) for w in head.split())
"""Lower-case words that may stand in a subject before a name ("juru bicara X")."""


@dataclass(frozen=True)
class Ref:
    """An unresolved speaker: a named entity, or a way of pointing back to an earlier one."""

    # entity | joint | person_pronoun | suffix | plural | pair | statement | backref | institution |
    # group | text | ministry | role
    # (a backref's role is the role its phrase describes: "dokter spesialis anak" in "… itu")
    kind: str
    name: str | None = None
    etype: str | None = None
    role: str | None = None


class Mentions:
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


def entity_ref(e: Entity) -> Ref:
    if e.type == ORG and e.name.startswith("Kementerian ") and not any(p in e.name for p in PLACES):
        return Ref("ministry", e.name, ORG)
    name = CAPITALS.get(e.name, e.name) if e.type == PLACE else e.name
    return Ref("entity", name, e.type, e.role)


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


ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z]{1,9}\)(?= )")
"""An office's acronym in brackets inside a speaker's noun phrase ("Badan X (BSN) Ratna …")."""


def _np_end(text: str, pos: int, limit: int) -> int:
    """End of the noun phrase starting at pos (first punctuation or stopper word)."""
    for count, m in enumerate(WORD.finditer(text, pos, limit)):
        gap = text[pos : m.start()]
        word = m.group(0)
        if count and gap == " (" and ACRONYM_IN_BRACKETS.match(text, m.start() - 1):
            pos = m.end() + 1  # "Kepala Badan Statistik Nasional (BSN) Ratna Sari Dewi": past ")"
            continue
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


def _best_mention(found: list[tuple[int, int, Entity]], text: str) -> Ref | None:
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
            return Ref("joint", JOINT_SEPARATOR.join(names), etype)  # people, or countries, together
        return entity_ref(typed[0][2])
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


def ref_after(text: str, pos: int, limit: int, mentions: Mentions, strict: bool) -> Ref | None:
    """The speaker named right after a cue ("kata juru bicara Kremlin Dmitry Peskov")."""
    while pos < limit and text[pos] == " ":
        pos += 1
    rest = text[pos:limit]
    m = PRONOUN.match(rest)
    if m:
        word = m.group("p").lower()
        return Ref("plural") if word in V.PLURAL_PRONOUNS else Ref("person_pronoun")
    m = PAIR.match(rest)
    if m:
        return Ref("pair")
    m = STATEMENT_BACKREF.match(rest)
    if m:
        return Ref("statement")
    m = STATEMENT_BY.match(rest)
    if m:
        pos += m.end()
        rest = text[pos:limit]
    m = GROUP.match(rest)
    if m:
        named = GROUP_THEN_NAME.match(rest, m.end())
        at = pos + named.end() if named else -1
        person = mentions.starting_in(at, limit) if named else []
        if person and person[0][0] == at and person[0][2].type == PERSON:
            return entity_ref(person[0][2])  # "tanya seorang warga, Rosmawati Siregar (41), …"
        return Ref("group", _group_name(rest, m, len(rest)))
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
        if (
            len(phrase) == 2
            and phrase[0].lower() in V.INSTITUTION_NOUNS
            and phrase[0].lower() not in ROLE_WORDS
        ):
            return Ref("institution")  # "kata perusahaan itu"
        # "kata politisi partai itu", "tambah raksasa elektronik ini"
        described = " ".join(phrase[:-1]).lower()
        return Ref("backref", role=described if phrase[0].lower() in ROLE_FIRST_WORDS else None)
    found = mentions.starting_in(pos, end)
    if not any(r[2].type == PERSON for r in found):
        # "kata Kasubdit Polda Lampung, AKBP Ferdiyan Fahmi": the role, then the name after a comma
        after = [r for r in mentions.starting_in(end, min(limit, end + 80)) if r[2].type == PERSON]
        if after and re.fullmatch(r"[^.;:\"“”\n]{0,60}?,\s*(?:[A-Za-z.]+\s+){0,2}", text[end : after[0][0]]):
            return entity_ref(after[0][2])
        if run and (role := _bare_role(run)) and all(r[0] >= pos + len(run) for r in found):
            return Ref("role", role)  # "ujar Wamenkeu di Jakarta": the title alone, named before
    ref = _best_mention(found, text)
    if ref and ref.etype == PLACE and found and (name := _named_with_place(text, pos, found[0])):
        return Ref("text", name)  # "kata KBRI Phnom Penh"
    if ref:
        return ref
    role = _bare_role(text[pos:end])
    if role:
        return Ref("role", role)  # "kata presiden kepada wartawan": the president named before
    if strict:
        return None
    run = _capitalised_run(text, pos, end)
    return Ref("text", run) if run else None


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


SUBJECT_TAIL = re.compile(
    rf"(?:,\s*{DOTTED_DEGREE.pattern}"  # "…, M.Si.," after the name: a degree
    rf"|\s(?:dalam|melalui|lewat)\s+(?:sebuah\s+)?(?:{STATEMENT_ALT})(?:nya)?"
    r"(?:\s+(?:pers|resmi|tertulis)(?:nya)?)?"  # "dalam keterangan tertulisnya"
    rf"|\s(?:{'|'.join(V.SUBJECT_ADVERBIAL_OPENERS)})\s+di[a-z]{{3,}}(?:\s+[a-z]+)?"  # "saat dikonfirmasi"
    r"),?$",
    re.I,
)
"""What may stand between a subject and its verb besides single words: degrees after a name, the
statement the subject speaks in, and a short passive adverbial of the interview."""


def _strip_subject_tail(text: str, lo: int, pos: int) -> int:
    """Move back over auxiliaries, time words, degrees and adverbials between a subject and its verb."""
    while True:
        segment = text[lo:pos].rstrip(" ,")
        tail = SUBJECT_TAIL.search(segment)
        if tail and tail.start() > 0:
            pos = lo + tail.start()
            continue
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


def ref_before(text: str, sent_start: int, pos: int, mentions: Mentions) -> Ref | None:
    """The subject of a reporting verb at pos ("Kremlin telah mengkonfirmasi", "Dia mencatat")."""
    end = _strip_subject_tail(text, sent_start, pos)
    left = text[sent_start:end]
    if re.search(r"\s(?:dan|serta|lalu|kemudian)$", left):
        # "AS menyambut baik kesepakatan itu dan mengatakan …": the sentence's subject speaks
        opening = mentions.starting_in(sent_start, end)
        if opening and opening[0][0] - sent_start <= 1 and not text[opening[0][1]].isalnum():
            return entity_ref(opening[0][2])
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
                return entity_ref(row[2])
    if hit and hit[2].type == PLACE and (name := _named_with_place(text, max(sent_start, hit[0] - 40), hit)):
        return Ref("text", name)  # "BPJPH RI menggarisbawahi", "KBRI Phnom Penh menyatakan"
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
        return entity_ref(hit[2])
    if re.search(r"(?:^|\s)pihaknya$", left, re.I):
        return Ref("suffix")  # "Pihaknya menekankan …": the side of whoever spoke last
    m = re.search(r"(?:^|\s)(" + "|".join((*V.PERSON_PRONOUNS, *V.PLURAL_PRONOUNS)) + r")$", left, re.I)
    if m:
        return Ref("plural") if m.group(1).lower() in V.PLURAL_PRONOUNS else Ref("person_pronoun")
    m = re.search(r"(?:^|\s)(" + "|".join(V.PAIR_PHRASES) + r")(?:\s+(?:itu|tersebut|ini))?$", left, re.I)
    if m:
        return Ref("pair")
    for g in GROUP.finditer(left):
        tail = left[g.end() :].split()
        if (
            (len(tail) <= 2 or (len(tail) <= MAX_GROUP_PLACE_WORDS and tail[0] in GROUP_PLACE_OPENERS))
            and all(w.islower() for w in tail)
            and g.start() <= 1 + len(left) - len(left.lstrip())
        ):
            return Ref("group", _group_name(left, g, len(left)))
    words = left.split()
    if words and words[-1].lower() in V.SPEAKER_BACKREFS and len(words) <= 4:
        head = words[0].lower()
        if head in V.STATEMENT_NOUNS:
            return Ref("statement")
        if head in V.INSTITUTION_NOUNS and head not in ROLE_WORDS:
            return Ref("institution")  # "Perusahaan itu menyatakan": the organisation named before
        if head in ROLE_WORDS or head in V.GROUP_NOUNS:
            described = " ".join(words[:-1]).lower() if head in ROLE_FIRST_WORDS else None
            return Ref("backref", role=described)  # "Sumber itu menambahkan", "Politisi itu mengatakan"
        return None  # "Hal ini menegaskan": no speaker
    # apposition: the sentence opens with the speaker, then ", …, VERB"
    opening = mentions.starting_in(sent_start, end)
    if (
        opening
        and opening[0][0] - sent_start <= 1
        and text[opening[0][1] : opening[0][1] + 1] == ","
        and opening[0][2].type in (PERSON, ORG)
    ):
        return entity_ref(opening[0][2])
    run = re.search(r"(?:^|[\s(])((?:[A-Z][\w\-]*\s?){1,3})$", left)
    if run and PREPOSITION_BEFORE.search(left[: run.start(1)]):
        return None  # "Penelitian di Eropa menyebutkan"
    if run and (len(left.split()) <= 3 or left[: run.start(1)].rstrip().endswith(",")):
        name = run.group(1).strip()
        role = _bare_role(name)
        if role:
            return Ref("role", role)
        if name.split()[0] not in STOP_CAPITALISED and name not in WEEKDAYS:
            return Ref("text", name)
    return None


MAX_INTRO_WORDS = 12
"""A sentence that introduces a quote with a colon ("X menutup rapat itu: \"…\"") is short."""


def opening_speaker(text: str, lo: int, hi: int, mentions: Mentions) -> Ref | None:
    """The person or organisation that opens a short introducing clause (after its role, if it
    has one), or a pronoun that does ("Ia lalu menirukan ucapan …: “…”"), if any."""
    if len(text[lo:hi].split()) > MAX_INTRO_WORDS:
        return None
    found = [r for r in mentions.starting_in(lo, hi) if r[2].type in (PERSON, ORG)]
    if (found and not text[lo : found[0][0]].strip(" ,")) or (found and found[0][0] - lo < 40):
        return entity_ref(found[0][2])
    role = found[0][2].role if found else None
    if role and text[lo : found[0][0]].strip(" ,").lower().endswith(role.lower()):
        return entity_ref(found[0][2])  # "Kepala Dinas … Heru Prasetyo saat dikonfirmasi menjelaskan:"
    opening = PRONOUN.match(text, lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()), hi)
    if opening and text[opening.end() : opening.end() + 1] == " ":
        return Ref("plural") if opening.group("p").lower() in V.PLURAL_PRONOUNS else Ref("person_pronoun")
    return None
