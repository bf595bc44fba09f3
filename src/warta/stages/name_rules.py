"""Token-level rules that find names in Indonesian news text (used by :mod:`warta.stages.entities`).

The scanner walks the tokens once and, at each one, tries in order: a role followed by a name
("Menteri Luar Negeri Rusia Sergei Lavrov", "Kasat Reskrim Polres X AKP Yasir", "Presiden China,
Xi Jinping"), a gazetteer entry, an organisation opened by a head word ("Partai …"), an honorific
("Pak Budi"), and a capitalised run that is a person when a role follows in apposition, a reporting
verb stands next to it, an age follows it ("Faisal (37)") or a role heads its clause. Everything
here is pure string work over one text.

The rules are split in three modules along what they look at: :mod:`warta.stages.name_shapes`
(tokens, gazetteer and role-head lookups, what a name word and a name run look like),
:mod:`warta.stages.name_titles` (a role or title and the person it names, appositions), and this
module (the scan that tries them in order). The names imported here ``as`` themselves are
re-exported for :mod:`warta.stages.entities` and older callers.
"""

from __future__ import annotations

import re

from warta.lang.id.gazetteer import BRANDS, MEDIA, ORG, PERSON, Gazetteer
from warta.lang.id.name_cues import (
    APPOINTED_AS,
    APPOINTED_ROLE,
    BALINESE_OPENER_PAIRS,
    BALINESE_OPENERS,
    MAX_APPOINTED_HEAD_OFFSET,
    PERSON_ONLY_INNER_WORDS,
)
from warta.lang.id.reporting_verbs import INDIRECT_VERBS, POST_CUES
from warta.stages.name_shapes import (
    HONORIFICS,
    ROLE_FIRST_WORDS,
    _adjacent,
    _Found,
    _gazetteer_at,
    _Index,
    _index,
    _name_run,
    _org_run,
    _role_at,
    _surface,
    _Tok,
    _verb_like,
    tokenize,
)
from warta.stages.name_shapes import MODIFIERS as MODIFIERS
from warta.stages.name_shapes import REPORT_WORDS as REPORT_WORDS
from warta.stages.name_shapes import ROLE_TABLE as ROLE_TABLE
from warta.stages.name_shapes import VERBISH as VERBISH
from warta.stages.name_titles import PERSON_ACRONYM as PERSON_ACRONYM
from warta.stages.name_titles import _appositive_role, _role_person, _sentence_role

ENGLISH_LINKS: frozenset[str] = frozenset(
    {"of", "the", "and", "for", "in", "on", "to", "with", "a", "an", "at"}
)
"""English words inside titles of books, films and events: the capitalised words after them are
part of the title, not a name."""


PERSON_AKA = re.compile(
    r" (?:atau|alias) ((?:Gus|Cak|Kang|Bung|Mbak|Mas|Pak|Bu)? ?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
"""The name a person goes by, after the full one: "Saifullah Yusuf atau Gus Ipul"."""


AGE_AFTER = re.compile(r" ?\(\d{1,2}(?: tahun)?\)")
"""An age in brackets right after a name: "Faisal (37)"."""


SPEAKER_ADVERBIALS: frozenset[str] = frozenset({"saat", "ketika", "kepada", "usai", "seusai", "di", "pada"})
"""Words after "kata X" that describe a person speaking ("kata Wartini saat ditemui"); not "dalam",
which organisations speak in ("kata Ericsson dalam sebuah pernyataan")."""


APPOSITION_AFTER = re.compile(
    r",\s+(?:seorang\s+|salah\s+(?:seorang|satu)\s+)?"
    r"(?!(?:di|me|ber|ter)[a-z]{3,}|seperti\b|sebagaimana\b|dalam\b|melalui\b)[a-z]"
)
"""A lower-case description set off by a comma after a name: "kata Wartini, pedagang di …"."""


def _single_name_speaks(text: str, toks: list[_Tok], i: int) -> bool:
    """True for a one-word name (many Indonesians have one) that a quote frame marks as a person:
    right after a reporting cue and before an apposition or an adverbial ("kata Wartini, pedagang
    …", "ujar Darsono saat …"), or set off by commas before a reporting verb ("Seorang pengemudi
    ojek, Darsono, mengaku …")."""
    n = len(toks)
    tok = toks[i]
    if i == 0 or len(tok.word) < 3 or tok.word.isupper():
        return False
    gap_before = text[toks[i - 1].end : tok.start]
    gap_after = text[tok.end : toks[i + 1].start] if i + 1 < n else ""
    after_cue = gap_before == " " and toks[i - 1].low in POST_CUES
    if after_cue:
        if i + 1 >= n or gap_after.strip() in (".", ")") or APPOSITION_AFTER.match(text, tok.end):
            return True
        return gap_after == " " and toks[i + 1].low in SPEAKER_ADVERBIALS
    return gap_before == ", " and gap_after == ", " and i + 1 < n and toks[i + 1].low in INDIRECT_VERBS


def _honorific_role(text: str, toks: list[_Tok], i: int) -> str | None:
    """The role heading the clause before ", Prof. Dr. NAME," (honorifics from token i back):
    "Ketua tim peneliti, Prof. Dr. Lukas Manurung, menjelaskan"."""
    while i > 0 and toks[i - 1].low in HONORIFICS and _adjacent(text, toks[i - 1], toks[i]):
        i -= 1
    return _sentence_role(text, toks, i) if i > 0 else None


def _role_after_age(text: str, toks: list[_Tok], end: int, index: _Index) -> str | None:
    """The description after a name's age: "Rohimah (38), warga Cirebon, mengaku …"."""
    age = AGE_AFTER.match(text, toks[end - 1].end)
    k = end
    while age and k < len(toks) and toks[k].start < age.end():
        k += 1
    if age is None or k >= len(toks) or text[age.end() : toks[k].start].strip() != ",":
        return None
    return _appositive_role(text, toks, k, index)


_APPOINTED = re.compile(APPOINTED_ROLE)


def _appointed_role(text: str, toks: list[_Tok], k: int) -> str | None:
    """The office after "sebagai" at token k when a role head opens it within a few tokens
    ("sebagai Penjabat (Pj) Wali Kota Semarang di …"), else None."""
    if k >= len(toks) or not any(
        _role_at(toks, j) > j for j in range(k, min(len(toks), k + MAX_APPOINTED_HEAD_OFFSET))
    ):
        return None
    m = _APPOINTED.match(text, toks[k].start)
    role = m.group(0).strip() if m else ""
    if not role or not role[:1].isalpha():
        return None
    return role + ")" if role.count("(") > role.count(")") else role


def _balinese_name(text: str, toks: list[_Tok], i: int, end: int) -> bool:
    """True for a run of two or more words opened by a Balinese name opener ("Komang Adi
    Saputra", "Dewa Ayu Kadek Sintya", "Anak Agung Gede Putra"), unless it goes on a capitalised
    name before it ("Stadion Kapten I Wayan Dipta" names a stadium)."""
    if end - i < 2 or (i > 0 and toks[i - 1].cap and _adjacent(text, toks[i - 1], toks[i])):
        return False
    first, second = toks[i].word, toks[i + 1].word
    if (first, second) in BALINESE_OPENER_PAIRS:
        return end - i >= 3
    return first in BALINESE_OPENERS


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
            and tok.word != "dr."
        ):
            i += 1  # a plain lower-case word: nothing starts here
            continue
        # 1. role + qualifiers + name
        head_end = _role_at(toks, i)
        if head_end > i and (tok.cap or tok.word.islower()):
            person = _role_person(text, toks, i, head_end, index)
            if person is not None:
                found.append(person)
            i = head_end
            continue
        # 2. gazetteer
        hit = _gazetteer_at(text, toks, i, index)
        if hit:
            j = hit[0]
            role = None
            if hit[2] != PERSON and j == i + 1 and AGE_AFTER.match(text, toks[i].end):
                hit = (j, tok.word, PERSON)  # "kata Vatikan (27)": a person who shares a place's name
            if hit[2] == PERSON and j < n and text[toks[j - 1].end : toks[j].start].strip() == ",":
                role = _appositive_role(text, toks, j, index)
            found.append(
                _Found(tok.start, toks[j - 1].end, _surface(text, toks, i, j), hit[2], hit[1], role, 1)
            )
            if (
                hit[2] == ORG
                and hit[1] not in MEDIA
                and hit[1] not in BRANDS  # "Mitsubishi Pajero Sport": a product
                and j < n
                and _adjacent(text, toks[j - 1], toks[j])
            ):
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
            surface = _surface(text, toks, i, org_end)
            if surface.count("(") > surface.count(")"):
                surface += ")"  # "Badan Pengawasan Keuangan dan Pembangunan (BPKP)": its acronym, closed
            found.append(_Found(tok.start, toks[org_end - 1].end, surface, ORG, None, None, 1))
            i = org_end
            continue
        # 4. honorific + name
        if tok.word.rstrip(".").lower() in HONORIFICS and (tok.cap or tok.word == "dr.") and i + 1 < n:
            end = _name_run(text, toks, i + 1, index, allow_yang=False)
            if end > i + 1:
                role = _honorific_role(text, toks, i)
                if role is None and end < n and text[toks[end - 1].end : toks[end].start] == ", ":
                    role = _appositive_role(text, toks, end, index)  # "Ibu Nyoman, perajin bambu …"
                if role is None and AGE_AFTER.match(text, toks[end - 1].end):
                    role = _role_after_age(text, toks, end, index)  # "Bapak X (97), jemaah asal …"
                found.append(
                    _Found(
                        toks[i + 1].start,
                        toks[end - 1].end,
                        _surface(text, toks, i + 1, end),
                        PERSON,
                        None,
                        role,
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
            gap_after = text[toks[end - 1].end : toks[end].start] if end < n else ""
            if end - i >= 2 and gap_after.strip() == ",":
                role = _appositive_role(text, toks, end, index)
                is_person = role is not None
            if not is_person and AGE_AFTER.match(text, toks[end - 1].end):
                is_person = True  # "Faisal (37)": an age in brackets follows only people
                role = _role_after_age(text, toks, end, index)
                if role is None and i > 0:
                    role = _sentence_role(text, toks, i)  # "Seorang warga Desa X, Ketut Arsana (52),"
            english = i > 0 and toks[i - 1].low in ENGLISH_LINKS  # "… Economy of Seafood Systems"
            if not is_person and end - i >= 2 and not english:
                before = toks[i - 1].low if i > 0 else ""
                after = toks[end].low if end < n else ""
                is_person = before in POST_CUES or after in INDIRECT_VERBS or after == "alias"
                if gap_after.strip() == "," and i > 0 and role is None:
                    role = _sentence_role(text, toks, i)  # "Produser film itu, Melissa Tan, mengatakan"
                    is_person = is_person or role is not None
            if not is_person and end - i >= 2 and gap_after == " " and toks[end].low == APPOINTED_AS:
                role = _appointed_role(text, toks, end + 1)  # "melantik X sebagai Penjabat Wali Kota Y"
                is_person = role is not None
            if (
                not is_person
                and end - i >= 3
                and any(t.word in PERSON_ONLY_INNER_WORDS for t in toks[i + 1 : end - 1])
            ):
                is_person = True  # "Muhammad Sihran Daeng Manaba", "Ahmad bin Said"
            if not is_person and _balinese_name(text, toks, i, end):
                is_person = True  # "Komang Adi Saputra": a Balinese opener starts only a person's name
                if gap_after.strip() == ",":
                    role = _appositive_role(text, toks, end, index) or _sentence_role(text, toks, i)
            if not is_person and end - i == 1 and i > 0 and gap_after == " " and _verb_like(toks[end]):
                role = _sentence_role(
                    text, toks, i
                )  # "Wakil Ketua Komisi I dari fraksi X, Suharsono mengatakan"
                is_person = role is not None
            if (
                not is_person
                and end - i == 1
                and end + 1 < n
                and toks[end].low == "alias"
                and toks[end + 1].cap
            ):
                is_person = True  # "Dedi alias Ucok (41)": only people go by another name
                if i > 0 and text[toks[i - 1].end : tok.start].endswith(", "):
                    role = _sentence_role(text, toks, i)
            if not is_person and end - i == 1 and _single_name_speaks(text, toks, i):
                is_person = True
                if gap_after.strip() == ",":
                    role = _appositive_role(text, toks, end, index) or _sentence_role(text, toks, i)
            if is_person:
                found.append(_Found(tok.start, toks[end - 1].end, surface, PERSON, None, role, 2))
            else:
                found.append(_Found(tok.start, toks[end - 1].end, surface, "NAME", None, None, 0))
            i = end
            continue
        i += 1
    return found
