"""The records that flow through warta: small frozen dataclasses, one per kind of thing.

Every per-document stage takes a record and returns a record (spaCy style); corpus stages take
sequences of them. Records convert to the JSON shapes of the CLI contract with ``to_json`` and
back with ``from_json`` where the store needs it, so that engines can ship plain dicts around.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone
from functools import cached_property
from typing import Any, Literal

InputKind = Literal["html", "text", "record"]
EntityType = Literal["PERSON", "ORG", "PLACE"]
QuoteKind = Literal["direct", "indirect"]
Relation = Literal["identical", "near_copy", "rewrite"]

PARAGRAPH_JOINER = "\n\n"


JAKARTA_TIME = timezone(timedelta(hours=7))
"""The offset given to a stored date that carries none (an inferred day, a bare local time)."""


def iso_datetime(value: str | None) -> datetime | None:
    """A stored ISO date or date-time as an aware datetime (naive ones read as WIB); None if unreadable.

    Stated dates carry their offset, inferred ones are bare days: comparing them needs one rule.
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=JAKARTA_TIME)


SECONDS_PER_DAY = 86400.0


def days_between(first: str | None, second: str | None) -> float | None:
    """Days between two stored ISO dates or date-times, either order (None when either is unknown)."""
    a, b = iso_datetime(first), iso_datetime(second)
    if a is None or b is None:
        return None
    return abs((b - a).total_seconds()) / SECONDS_PER_DAY


def content_hash(text: str) -> str:
    """Stable id of an article: a hash of its whitespace-normalised clean text."""
    normalised = " ".join(text.split()).lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class RawDoc:
    """One input as read from disk or a row of a JSONL/CSV export, before extraction.

    ``data`` is the decoded text for files (HTML or a text dump); for pre-extracted rows it is the
    row's ``text`` or ``html`` and ``fields`` carries the row's own metadata (url, title, …).
    ``raw`` keeps the original bytes so that the store can keep what came in.
    """

    source: str
    kind: InputKind
    data: str
    encoding: str = "utf-8"
    raw: bytes = b""
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Article:
    """A clean article with the metadata a reader can trust. Unknown values are None or ()."""

    source: str
    paragraphs: tuple[str, ...]
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_inferred: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    dateline: str | None = None
    wire_sources: tuple[str, ...] = ()
    language: str | None = None
    kind: InputKind = "text"

    @property
    def text(self) -> str:
        """The body: paragraphs joined by a blank line. All offsets index this string."""
        return PARAGRAPH_JOINER.join(self.paragraphs)

    @cached_property
    def id(self) -> str:
        """Content hash of the clean text: the same article read twice has the same id.

        Computed once per record (a hash of the whole text, ~50 µs for a long article), since the
        corpus stages ask for it many times; a record made by ``with_`` computes its own.
        """
        return content_hash(self.text)

    def with_(self, **changes: Any) -> Article:
        """A copy with some fields changed (records are immutable)."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The `warta clean` contract: the fields of DESIGN.md, lists for tuples."""
        return {
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "published_inferred": self.published_inferred,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "translators": list(self.translators),
            "dateline": self.dateline,
            "wire_sources": list(self.wire_sources),
            "language": self.language,
            "paragraphs": list(self.paragraphs),
            "text": self.text,
        }

    def to_record(self) -> dict[str, Any]:
        """All fields as a plain dict (for engines and the store).

        Shallow on purpose: every field is a string, None or a tuple of strings, and
        ``dataclasses.asdict`` (a deep copy) made this the slowest step of ingest.
        """
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, value in data.items():
            if isinstance(value, tuple):
                data[key] = list(value)
        return data

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Article:
        """Inverse of ``to_record``; ignores keys that are not fields."""
        names = {f.name for f in fields(cls)}
        values: dict[str, Any] = {
            k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in names
        }
        return cls(**values)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with character offsets into ``Article.text``."""

    text: str
    start: int
    end: int
    index: int = 0
    paragraph: int = 0


@dataclass(frozen=True)
class TimeExpr:
    """A time expression normalised to a TIMEX3 value against an anchor date.

    ``value`` examples: ``2023-02-04``, ``2023-02``, ``2023``, ``2023-W05``, ``P1Y``, ``PAST_REF``,
    ``2023-02-04T08:00+08:00``. ``end_value`` is set for ranges ("2-3 Februari").
    """

    text: str
    start: int
    end: int
    value: str
    granularity: str
    end_value: str | None = None
    kind: str = "date"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "granularity": self.granularity,
        }
        if self.end_value is not None:
            data["end_value"] = self.end_value
        return data


@dataclass(frozen=True)
class Mention:
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place with its canonical name, aliases seen and mentions."""

    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    role: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "role": self.role,
            "mentions": [{"start": m.start, "end": m.end} for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        """Inverse of ``to_json`` (how entities travel between engine workers and the store)."""
        return cls(
            name=data["name"],
            type=data["type"],
            aliases=tuple(data["aliases"]),
            role=data["role"],
            mentions=tuple(Mention(m["start"], m["end"]) for m in data["mentions"]),
        )


@dataclass(frozen=True)
class Quote:
    """Reported speech: who said it (canonical), how (direct/indirect, cue verb), what, where."""

    speaker: str | None
    speaker_role: str | None
    kind: QuoteKind
    cue: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_role": self.speaker_role,
            "kind": self.kind,
            "cue": self.cue,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class SourceRef:
    """How a digest cites an article: its file or url, outlet and (stated or inferred) date."""

    article_id: str
    source: str
    outlet: str | None
    published: str | None
    inferred: bool = False
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.article_id,
            "source": self.source,
            "outlet": self.outlet,
            "published": self.published,
            "inferred": self.inferred,
            "title": self.title,
        }


@dataclass(frozen=True)
class CopyGroup:
    """Pages that are copies of one text: the original and its re-runs."""

    id: str
    relation: Relation
    original: str
    members: tuple[str, ...]
    member_relations: tuple[str, ...] = ()  # each member's relation to the original
    member_sources: tuple[str, ...] = ()  # each member's input (one id can come from two sources)
    credited: tuple[str, ...] = ()  # wires the members credit (most credited first)
    inferred: tuple[tuple[str, str], ...] = ()  # (article id, date) for members with no stated date
    within: str | None = None  # id of the enclosing group (identical ⊂ near_copy ⊂ rewrite)

    def with_within(self, parent: str | None) -> CopyGroup:
        """A copy nested in the group ``parent``."""
        return replace(self, within=parent)


@dataclass(frozen=True)
class Story:
    """Articles about one event."""

    id: str
    label: str
    article_ids: tuple[str, ...]
    first_published: str | None = None
    last_published: str | None = None
    outlets: tuple[str, ...] = ()
    terms: tuple[tuple[str, float], ...] = ()  # centroid: top terms and weights (incremental use)


@dataclass(frozen=True)
class Event:
    """A dated timeline entry: one representative sentence and every article that reports it."""

    date: str
    granularity: str
    text: str
    sources: tuple[SourceRef, ...]
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "granularity": self.granularity,
            "text": self.text,
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(frozen=True)
class SummarySentence:
    text: str
    sources: tuple[SourceRef, ...]

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "sources": [s.to_json() for s in self.sources]}
