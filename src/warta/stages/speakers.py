"""Resolving speaker references in text order, remembering who spoke last.

A suffix ("katanya", "tegasnya") goes to the subject of the paragraph or the last speaker; a pronoun
("ujar dia", "Dia mencatat") to the last person who spoke or opened a sentence; "pernyataan itu" to
the last organisation; "kedua kepala negara" to the last two people named together; a bare role
("Presiden menegaskan") to the last person named with that role. Organisations named without their
country ("kementerian luar negeri") take the country of the last country that spoke.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from warta.lang.id import roles as R
from warta.lang.id.gazetteer import ORG, PERSON, PLACE, PLACES, is_country
from warta.lang.id.reporting_verbs import ALL_MARKS
from warta.lang.id.roles import STOP_CAPITALISED
from warta.stages.speaker_refs import JOINT_SEPARATOR, ROLE_WORDS, Mentions, Ref, entity_ref

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


def _plural_group(ref: Ref) -> bool:
    return ref.kind == "group" and not (ref.name or "").startswith("seorang")


class Resolver:
    """Turns references into speakers in text order, remembering who spoke last."""

    def __init__(self, text: str, mentions: Mentions, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.mentions = mentions
        self.sentences = sentences
        self.history: list[Ref] = []
        self.country_counts = Counter(
            r[2].name
            for r in mentions.rows
            if r[2].type == PLACE and is_country(r[2].name) and r[2].name != "Indonesia"
        )

    def _last(self, pred: object = None) -> Ref | None:
        for ref in reversed(self.history):
            if pred is None or pred(ref):  # type: ignore[operator]
                return ref
        return None

    def _last_person_mention(self, pos: int) -> Ref | None:
        """The last person named before pos as a subject (at the head of a sentence or clause),
        else the last person named at all: "X, putra aktor Y, …" — "…," jelasnya is X."""
        rows = [row for row in self.mentions.before(pos) if row[2].type == PERSON]
        for row in reversed(rows):
            head = self.text[max(0, row[0] - 2) : row[0]]
            if row[0] == 0 or head in (", ", "\n\n") or head.endswith((". ", '" ', "” ")):
                return entity_ref(row[2])
        return entity_ref(rows[-1][2]) if rows else None

    def _paragraph_subject(self, pos: int) -> Ref | None:
        """A person who opens a sentence earlier in the same paragraph: "Presiden X menargetkan …
        Ia berharap …" — "Ia" is X, whoever spoke before."""
        para_start = self.text.rfind("\n\n", 0, pos) + 1
        rows = [r for r in self.mentions.before(pos) if r[0] >= para_start and r[2].type == PERSON]
        for row in reversed(rows):
            head = self.text[para_start : row[0]]
            sentence = re.split(r"[.!?][\"”]?\s+", head)[-1]
            sentence = re.sub(r"^[^,]{1,25}, ", "", sentence.lstrip())  # "Sebelumnya, ", "Sementara itu, "
            if all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in sentence.split()):
                return entity_ref(row[2])
        return self._unknown_subject(para_start, pos)

    def _unknown_subject(self, lo: int, pos: int) -> Ref | None:
        """A name the entity rules did not know that opens a sentence of the paragraph before a verb
        ("Musk berselisih dengan Trump … Dia mengatakan …"): no Indonesian word, never written in
        lower case in the article, no known entity."""
        found: Ref | None = None
        for m in UNKNOWN_SUBJECT.finditer(self.text, lo, pos):
            word = m.group("name")
            low = word.lower()
            if word in STOP_CAPITALISED or _indonesian_word(low) or re.search(rf"\b{low}\b", self.text):
                continue
            if sum(self.text.count(mark, lo, m.start("name")) for mark in ALL_MARKS) % 2:
                continue  # inside a direct quote
            if any(r[0] <= m.start("name") < r[1] for r in self.mentions.before(m.end("name"))):
                continue
            found = Ref("text", word)
        return found

    def _holder(self, role: str, pos: int) -> Ref | None:
        """The last person named before pos whose role is ``role`` or its short or full form
        ("Presiden menegaskan …", "Menkeu menambahkan …" after "Menteri Keuangan X")."""
        forms = {role.lower(), R.ROLE_SHORT_FORMS.get(role.lower(), role.lower())}
        forms |= {short for short, full in R.ROLE_SHORT_FORMS.items() if full == role.lower()}
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        pattern = re.compile(rf"(?:^|\s)(?:{alternatives})\b", re.I)
        for row in reversed(self.mentions.before(pos)):
            entity = row[2]
            if entity.type == PERSON and entity.role and pattern.search(entity.role):
                return entity_ref(entity)
        return None

    def _last_organisation(self, pos: int) -> Ref | None:
        """The last organisation named before pos, whether it spoke or not."""
        for row in reversed(self.mentions.before(pos)):
            if row[2].type == ORG:
                return entity_ref(row[2])
        return None

    def _pair(self, pos: int) -> Ref | None:
        people: list[str] = []
        for s_start, s_end in reversed([s for s in self.sentences if s[0] < pos]):
            names = []
            for row in self.mentions.starting_in(s_start, min(s_end, pos)):
                if row[2].type == PERSON and row[2].name not in names:
                    names.append(row[2].name)
            if len(names) >= 2:
                people = names[-2:]
                break
        return Ref("joint", JOINT_SEPARATOR.join(people), PERSON) if people else None

    def _ministry(self, name: str) -> Ref:
        for ref in reversed(self.history):
            if ref.kind == "entity" and ref.name and ref.etype == PLACE and is_country(ref.name):
                return Ref("entity", f"{name} {ref.name}", ORG)
            if ref.kind == "entity" and ref.name and ref.etype == ORG:
                for country in PLACES:
                    if ref.name.endswith(" " + country) and is_country(country):
                        return Ref("entity", f"{name} {country}", ORG)
        if self.country_counts:
            return Ref("entity", f"{name} {self.country_counts.most_common(1)[0][0]}", ORG)
        return Ref("entity", name, ORG)

    def resolve(self, ref: Ref, pos: int) -> Ref | None:
        """The speaker a reference at ``pos`` names (remembered as the last speaker), or None."""
        out: Ref | None
        if ref.kind in ("entity", "joint", "group", "text"):
            out = ref
        elif ref.kind == "ministry":
            out = self._ministry(ref.name or "")
        elif ref.kind == "suffix":
            out = (
                self._paragraph_subject(pos)
                or self._last(lambda r: not _plural_group(r))  # "-nya" is one speaker, not "para ahli"
                or self._last_person_mention(pos)
            )
        elif ref.kind == "person_pronoun" and (subject := self._paragraph_subject(pos)):
            out = subject
        elif ref.kind == "person_pronoun":
            last = self._last()
            if last and ((last.etype == PERSON and last.kind == "entity") or last.kind == "text"):
                out = last
            else:
                out = self._last_person_mention(pos) or self._last(lambda r: r.etype == PERSON)
        elif ref.kind == "plural":
            out = self._last(lambda r: r.kind in ("joint", "group"))
        elif ref.kind == "pair":
            out = self._pair(pos)
        elif ref.kind == "statement":
            out = self._last(lambda r: r.etype in (ORG, PLACE)) or self._last()
        elif ref.kind == "backref":
            # "ujar dokter spesialis anak itu": whoever holds that role, else the last speaker
            out = (self._holder(ref.role, pos) if ref.role else None) or self._last()
        elif ref.kind == "institution":  # "Perusahaan itu menyatakan": the last organisation
            out = self._last(lambda r: r.etype == ORG) or self._last_organisation(pos) or self._last()
        elif ref.kind == "role":
            out = self._holder(ref.name or "", pos)
        else:
            out = None
        if out is not None and out.name:
            self.history.append(out)
            return out
        return None
