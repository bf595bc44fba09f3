"""Who said what: direct and indirect quotes with their speakers, from Indonesian reporting grammar.

Direct speech is text between quote marks with a cue next to it: ``"…," kata X``, ``"…," tegasnya``,
``X: "…"``, ``"…," demikian bunyi pernyataan X``. Indirect speech is a clause framed by a reporting
verb: ``X mengatakan (bahwa) …``, ``…, kata X``, ``Menurut X, …``, and a sentence whose speaker the
next one gives: ``Hal itu disampaikan oleh X``.

This module finds the quoted or reported text and its cue; the phrase that names the speaker next
to the cue is read by :mod:`warta.stages.speaker_refs`, and back-references ("katanya", "dia",
"pernyataan itu", "kedua kepala negara", "Presiden") are resolved in text order by
:mod:`warta.stages.speakers`.

Joint speakers are one quote whose speaker joins the canonical names with "; " in the order the text
names them ("Xi Jinping; Vladimir Putin"), so that a quote is counted once.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from warta.lang.id import reporting_verbs as V
from warta.lang.id.abbreviations import ABBREVIATIONS
from warta.lang.id.gazetteer import PERSON
from warta.lang.id.reporting_verbs import ALL_MARKS, CLOSE_MARKS, OPEN_MARKS
from warta.records import Article, Entity, Quote
from warta.stages.entities import extract_entities_from_text
from warta.stages.speaker_refs import JOINT_SEPARATOR as JOINT_SEPARATOR
from warta.stages.speaker_refs import WORD, Mentions, Ref, opening_speaker, ref_after, ref_before
from warta.stages.speakers import Resolver

MIN_DIRECT_WORDS = 2
"""Quoted text shorter than this is a scare quote ("invasi"), not speech."""


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


ACCORDING = re.compile(
    r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in V.ACCORDING_TO) + r")"
    r"(?:(?P<nya>nya)\b\s*|\s+)"
)
"""A preposition cue ("Menurut X, …", "menurutnya"): the word, then "nya" or a space."""


QUOTING = re.compile(r"\bmengutip\s+(?:perkataan|pernyataan|ucapan|kata-kata|keterangan)?\s*", re.I)


SUFFIX_ONLY = V.POST_CUES_NEED_SUFFIX


@dataclass
class _Cand:
    pos: int
    kind: str
    cue: str
    start: int
    end: int
    ref: Ref
    weak: bool = False  # "menurut": dropped when the sentence has another quote


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


SPLIT_BY_CUE = re.compile(rf"\s*[,.]?\s*(?:{_CUE_ALT})(?:nya)?\b[^.!?\n“”\"]{{0,80}}?,\s*", re.I)
"""What stands between the two halves of a quote split by its cue: "“…,” katanya, “…”"."""


def _direct(
    text: str, spans: list[tuple[int, int]], sentences: list[tuple[int, int]], mentions: Mentions
) -> list[_Cand]:
    out: list[_Cand] = []
    last_close = -1  # close mark of the last direct quote kept, for a quote split by its cue
    for open_at, close_at in spans:
        start, end = _trim(text, open_at + 1, close_at)
        if len(text[start:end].split()) < MIN_DIRECT_WORDS:
            continue
        s_start, _ = _sentence_of(sentences, close_at)
        para_end = text.find("\n\n", close_at)
        limit = len(text) if para_end < 0 else para_end
        m = POST_CUE_AFTER_QUOTE.match(text, close_at + 1, limit)
        ref: Ref | None = None
        cue = ""
        pos = close_at + 1
        if m and m.group("demikian"):
            cue = ("bunyi " if m.group("bunyi") else "") + m.group("noun").lower()
            ref = ref_after(text, m.end(), limit, mentions, strict=False)
            pos = m.start("noun")
        elif m:
            cue = m.group("cue").lower()
            pos = m.start("cue")
            ref = Ref("suffix") if m.group("nya") else ref_after(text, m.end(), limit, mentions, strict=False)
            if ref is not None:
                quoting = QUOTING.search(text, m.end(), min(limit, m.end() + 160))
                if quoting and text.find(".", m.end(), quoting.start()) < 0:
                    inner = ref_after(text, quoting.end(), limit, mentions, strict=True)
                    if inner is not None and inner.kind == "entity" and inner.etype == PERSON:
                        ref = inner
        if ref is None and out and last_close >= 0 and SPLIT_BY_CUE.fullmatch(text, last_close + 1, open_at):
            ref, cue, pos = out[-1].ref, out[-1].cue, open_at  # "“…,” katanya, “…”": the same speaker
        if ref is None:
            before = text[max(s_start, open_at - 200) : open_at]
            b = re.search(r"(?:\s(?P<verb>" + _VERB_ALT + r"|berkata))?\s*[:,]\s*$", before)
            if b and b.group(0).strip():
                cue_pos = open_at - len(before) + (b.start("verb") if b.group("verb") else b.start())
                lo = max(s_start, open_at - 200)
                ref = ref_before(text, lo, cue_pos, mentions) or opening_speaker(text, lo, cue_pos, mentions)
                cue = (b.group("verb") or ":").lower()
                opening = OPENING_CUE.match(text, s_start, cue_pos)
                if not b.group("verb") and opening:
                    cue = opening.group("cue").lower()  # "Kata Wahyu, “…”"
                pos = cue_pos
        if ref is not None:
            out.append(_Cand(pos, "direct", cue, start, end, ref))
            last_close = close_at
    return out


def _clause_after_verb(text: str, pos: int, s_end: int, verb: str) -> tuple[int, bool]:
    """Where the reported clause starts after a verb, and whether a complementiser opened it."""
    origin = pos
    for count, m in enumerate(WORD.finditer(text, pos, s_end)):
        gap = text[pos : m.start()]
        if ":" in gap or (count == 0 and "," in gap):
            return m.start(), True  # "mengatakan, …" / "menyatakan: …"
        word = m.group(0).lower()
        if word in V.COMPLEMENTISERS and (count == 0 or word not in V.CONDITIONAL_COMPLEMENTISERS):
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
    "menyebut keputusan itu diambil …" is reported speech, "menyebut Ukraina sebagai …" is not
    (unless a predicate follows the phrase: "mengakui tekanan sebagai tuan rumah cukup besar")."""
    window = V.MAX_SUBJECT_WORDS + 1
    words = [w.group(0) for w in WORD.finditer(text, pos, min(end, pos + 160))][
        : window + V.SOFT_BARRIER_EXTRA_WORDS
    ]
    if not words:
        return False
    if words[0].lower() in V.EXISTENTIALS:
        return True
    soft = False  # past a soft barrier, only a predicate further on makes a clause
    for k, word in enumerate(words[1:], start=1):
        low = word.lower()
        if k >= window + (V.SOFT_BARRIER_EXTRA_WORDS if soft else 0):
            break
        if low in V.SOFT_CLAUSE_BARRIERS and not soft:
            soft = True
            continue
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


PASSIVE_CLAUSE = re.compile(
    r"\b(?P<verb>" + "|".join(V.PASSIVE_REPORTING) + r")\s+oleh\s+"
    r"(?P<np>[^.;:\"“”\n]{3,120}?),?\s+bahwa\s+",
    re.I,
)
"""A passive report with its speaker and the clause: "Sebelumnya dikatakan oleh Wali Kota X, Y,
bahwa …"."""


def _passive_clause(
    text: str, spans: list[tuple[int, int]], s_start: int, s_end: int, mentions: Mentions
) -> list[_Cand]:
    """ "Dikatakan oleh X(,) bahwa …": X said the clause after "bahwa"."""
    out: list[_Cand] = []
    if text.find(" oleh ", s_start, s_end) < 0:
        return out  # the common case, found without the regex
    for m in PASSIVE_CLAUSE.finditer(text, s_start, s_end):
        if _inside(spans, m.start()):
            continue
        ref = ref_after(text, m.start("np"), m.end("np"), mentions, strict=True)
        if ref is None or ref.kind not in ("entity", "joint", "group"):
            continue
        start, end = _trim(text, m.end(), _cut_at_quote(text, m.end(), s_end))
        if len(text[start:end].split()) < MIN_CLAUSE_WORDS:
            continue
        out.append(_Cand(m.start("verb"), "indirect", m.group("verb").lower(), start, end, ref))
    return out


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
    mentions: Mentions,
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
    ref = ref_after(text, passive.end(), s_end, mentions, strict=True)
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
    mentions: Mentions,
    used: set[int],
) -> list[_Cand]:
    out: list[_Cand] = []
    ref: Ref | None
    for s_start, s_end in sentences:
        sent = text[s_start:s_end]
        # X mengatakan (bahwa) …
        for m in INDIRECT_VERB.finditer(text, s_start, s_end):
            pos = m.start()
            if _inside(spans, pos) or pos in used:
                continue
            verb = m.group("verb")
            ref = ref_before(text, s_start, pos, mentions)
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
            cut = _cut_at_quote(text, first, s_end)
            if text[first:cut].split() and _embedded_quote(text, spans, cut, s_end):
                cut = s_end  # 'menulis bahwa ada "dasar yang masuk akal" untuk …': one clause
            start, end = _trim(text, first, cut)
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
                ref = Ref("suffix")
            else:
                ref = ref_after(text, m.end(), s_end, mentions, strict=cue in SUFFIX_ONLY)
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
        # Dikatakan oleh X, bahwa …: the clause after "bahwa" is what X said
        out.extend(_passive_clause(text, spans, s_start, s_end, mentions))
        # Kata X, … (the cue opens the sentence)
        opening = OPENING_CUE.match(text, s_start, s_end)
        if opening and not _inside(spans, opening.start()):
            comma = text.find(",", opening.end(), s_end)
            ref = ref_after(text, opening.end(), comma if comma > 0 else s_end, mentions, strict=True)
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
            if m.group("nya"):
                ref = Ref("suffix")
            else:
                ref = ref_after(text, s_start + m.end(), s_end, mentions, strict=True)
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


EMBEDDED_CONTINUES = re.compile(r"[\s,]*[a-z]|[\s.!?]*$")
"""After a quote inside a reported clause, the clause goes on in lower case, or the sentence ends."""


def _embedded_quote(text: str, spans: list[tuple[int, int]], k: int, s_end: int) -> bool:
    """True when the quote opening at k is a phrase inside the reported clause ("… telah melakukan
    “serangan membabi buta” di Ukraina", "… tetap menjadi “target utama”."): it closes in the
    sentence, and the clause goes on after it without a cue or the sentence ends."""
    close = next((b for a, b in spans if a == k), -1)
    return (
        k < close < s_end
        and EMBEDDED_CONTINUES.match(text, close + 1, s_end) is not None
        and POST_CUE_AFTER_QUOTE.match(text, close + 1, s_end) is None
    )


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


def quotes_from_text(text: str, entities: list[Entity]) -> list[Quote]:
    """Quotes of a body text given its entities (see :func:`extract_quotes`)."""
    mentions = Mentions(entities)
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
    resolver = Resolver(text, mentions, sentences)
    quotes: list[Quote] = []
    seen: set[tuple[int, int, str]] = set()
    for cand in cands:
        ref = resolver.resolve(cand.ref, cand.pos)
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
