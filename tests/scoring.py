"""One scorer for the hand-written expected readings of the fixture sets.

The generalisation and held-out sets (``fixtures/outlets``, ``outlets2``, ``heldout_html``,
``heldout_text``, ``dumps2``) each give, per page, a ``NAME.expected.json`` reading: body paragraphs,
the `warta clean` metadata fields, boilerplate that must stay out of the body, and whether the page
is an article at all. Every set, and the metadata checks of the real-page gates
(``test_gate_clean_html``, ``test_gate_clean_text``), is judged by the same rule per field
(:func:`field_right`):

- ``published``: an expectation that is a full ISO date-time must be the same instant printed with
  the same UTC offset (the contract asks for the offset of the zone the page states: WIB +07:00,
  WITA +08:00, WIT +09:00, not any offset naming the same instant); a bare date expectation
  ("2023-03-14") asks only that the date printed is that day; a list gives options, any one is
  right; None only equals None.
- list fields (authors, editors, translators, wire_sources): the same names in any order; a list of
  lists gives several acceptable readings.
- any other field: equal; a list of strings gives acceptable spellings.

The body is right when its word 4-gram F1 (:func:`warta.evaluation.ngram_prf`) against the expected
paragraphs reaches :data:`BODY_F1_OK`. The entity and quote held-out sets share :class:`Counts`
(precision / recall over matched items) and :func:`norm` (names compared case and punctuation aside).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from warta.errors import BadInput
from warta.evaluation import ngram_prf
from warta.pipeline import clean_file
from warta.records import Article

BODY_F1_OK = 0.95
"""A page's body counts as right when its word 4-gram F1 against the expected body reaches this."""

CLEAN_FIELDS = (
    "title",
    "outlet",
    "url",
    "published",
    "authors",
    "editors",
    "translators",
    "dateline",
    "wire_sources",
    "language",
)
"""The `warta clean` metadata fields an expected reading gives (a set may compare fewer)."""

PAGE_FIGURES = ("listing", "body_ok", "body_f1_mean", "junk")
"""The per-set figures of :class:`CleanScores` besides one per field."""

LIST_FIELDS = frozenset({"authors", "editors", "translators", "wire_sources"})
"""Fields whose value is a list of names, compared as a multiset (order aside)."""

DATE_ONLY_LENGTH = len("2023-03-14")
"""Length of a bare ISO date: an expectation this long asks for the day only."""

DEFAULT_LANGUAGE = "id"
"""The ``language`` expected when a reading does not say (the pages are in Indonesian)."""

PARAGRAPH_SEP = "\n\n"


# -- one rule per field ----------------------------------------------------------------------------


def _published_matches(want: str | None, got: str | None) -> bool:
    if want is None or got is None:
        return want == got
    if len(want) == DATE_ONLY_LENGTH:
        return got[:DATE_ONLY_LENGTH] == want
    try:
        expected, printed = datetime.fromisoformat(want), datetime.fromisoformat(got)
    except ValueError:
        return False
    if printed.tzinfo is None:
        return False
    return expected == printed and expected.utcoffset() == printed.utcoffset()


def same_published(expected: str | list[str] | None, got: str | None) -> bool:
    """The publication time rule (see the module docstring): instant and offset, the day of a bare
    date, any of a list of options."""
    options = expected if isinstance(expected, list) else [expected]
    return any(_published_matches(want, got) for want in options)


def field_right(name: str, expected: Any, got: Any) -> bool:
    """Whether ``got`` is the expected reading of the `warta clean` field ``name``."""
    if name == "published":
        return bool(same_published(expected, got))
    if name in LIST_FIELDS:
        expected = expected or []
        options = expected if expected and isinstance(expected[0], list) else [expected]
        return any(sorted(want) == sorted(got or []) for want in options)
    if isinstance(expected, list):  # several acceptable spellings
        return got in expected
    return bool(expected == got)


def expected_value(page: dict[str, Any], name: str) -> Any:
    """The reading a page expects for field ``name`` (a missing ``language`` means Indonesian)."""
    return page.get(name, DEFAULT_LANGUAGE if name == "language" else None)


def wrong_fields(page: dict[str, Any], record: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """Field -> (expected, got) for every field of ``record`` (an ``Article.to_json()``) that is wrong."""
    wrong = {}
    for name in fields:
        want = expected_value(page, name)
        if not field_right(name, want, record[name]):
            wrong[name] = (want, record[name])
    return wrong


def body_f1(got: Article, page: dict[str, Any]) -> float:
    """Word 4-gram F1 of a cleaned body against the page's expected paragraphs."""
    return ngram_prf(got.text, PARAGRAPH_SEP.join(page["paragraphs"]))[2]


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two character spans share at least one character."""
    return start < other_end and other_start < end


def norm(value: str | None) -> str:
    """A name or role compared case and punctuation aside."""
    return " ".join(re.sub(r"[^\w\s]", " ", (value or "").casefold()).split())


def load_pages(folder: Path) -> list[dict[str, Any]]:
    """Every expected reading in a fixture folder, sorted by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.expected.json"))]


# -- scoring a fixture set of `warta clean` ---------------------------------------------------------


def owner(page: dict[str, Any], name: str) -> str:
    """The module a wrong reading points at (a first guess a report refines)."""
    kind = page.get("kind") or ("html" if page["file"].endswith(".html") else "text")
    if name in {"published", "outlet", "dateline", "wire_sources"}:
        return "metadata" if kind == "text" else "html_metadata/metadata"
    if name in {"body", "not_in_body", "accepted"}:
        return "extract_text" if kind == "text" else "extract_html/postfilter"
    return "extract_text" if kind == "text" else "html_metadata"


@dataclass
class Failure:
    """One wrong reading: which page, which module owns it, which field, expected and got."""

    page: str
    module: str
    field: str
    expected: Any
    got: Any

    def line(self) -> str:
        return f"{self.page}: {self.field}: expected {self.expected!r}, got {self.got!r}"


@dataclass
class CleanScores:
    """What `warta clean` got right over a fixture set, and every wrong reading.

    :meth:`figures` names the rates: ``listing`` (listings rejected), ``articles_accepted``,
    ``body_f1_mean``, ``body_ok`` (pages whose body reaches :data:`BODY_F1_OK`), ``junk``
    (boilerplate kept out of the body) and one per field. A rejected article counts wrong in body
    and fields, unless ``judge_rejected`` is False: then body and fields are judged on the articles
    read only (a set that measures the rejection itself by ``articles_accepted``).
    """

    fields: tuple[str, ...]
    judge_rejected: bool = True
    listings: list[bool] = field(default_factory=list)
    accepted: list[bool] = field(default_factory=list)
    body_f1: list[float] = field(default_factory=list)
    right: dict[str, list[bool]] = field(default_factory=dict)
    junk: list[bool] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def count(self, name: str, right: bool) -> None:
        self.right.setdefault(name, []).append(right)

    def rate(self, name: str) -> float:
        values = self.right.get(name, [])
        return sum(values) / max(1, len(values))

    def figures(self) -> dict[str, float]:
        def share(values: list[bool]) -> float:
            return sum(values) / max(1, len(values))

        out = {
            "listing": share(self.listings),
            "articles_accepted": share(self.accepted),
            "body_f1_mean": sum(self.body_f1) / max(1, len(self.body_f1)),
            "body_ok": share([f >= BODY_F1_OK for f in self.body_f1]),
            "junk": share(self.junk),
        }
        out.update({name: self.rate(name) for name in self.fields})
        return out

    def pooled_fields(self) -> float:
        """The share of right readings over every field of every article."""
        values = [right for name in self.fields for right in self.right.get(name, [])]
        return sum(values) / max(1, len(values))

    def lines(self) -> list[str]:
        return [f.line() for f in self.failures]

    def report(self, prefix: str) -> str:
        """Every wrong reading, then each figure under its floor key ``PREFIX_NAME_min``."""
        figures = self.figures()
        names = (*PAGE_FIGURES, *self.fields)
        return "\n".join([*self.lines(), *(f"{prefix}_{k}_min: {figures[k]:.3f}" for k in names)])


def clean_fields(*left_out: str) -> tuple[str, ...]:
    """:data:`CLEAN_FIELDS` but those a set's readings do not give."""
    return tuple(name for name in CLEAN_FIELDS if name not in left_out)


def score_article(
    page: dict[str, Any],
    got: Article | None,
    scores: CleanScores,
    why: str = "",
    fields: tuple[str, ...] | None = None,
) -> None:
    """Count one article page's reading (``got`` None: warta rejected it, for reason ``why``) on
    ``fields`` (by default all of the set's)."""
    name = page["file"]
    fields = scores.fields if fields is None else fields
    scores.accepted.append(got is not None)
    if got is None:
        scores.failures.append(Failure(name, owner(page, "accepted"), "accepted", True, f"rejected: {why}"))
        if scores.judge_rejected:
            scores.body_f1.append(0.0)
            for key in fields:
                scores.count(key, False)
        return
    f1 = body_f1(got, page)
    scores.body_f1.append(f1)
    if f1 < BODY_F1_OK:
        detail = {
            "f1": round(f1, 3),
            "extra": [p[:70] for p in got.paragraphs if p not in page["paragraphs"]],
            "missing": [p[:70] for p in page["paragraphs"] if p not in got.paragraphs],
        }
        scores.failures.append(Failure(name, owner(page, "body"), "body", f">= {BODY_F1_OK}", detail))
    record = got.to_json()
    wrong = wrong_fields(page, record, fields)
    for key in fields:
        scores.count(key, key not in wrong)
        if key in wrong:
            scores.failures.append(Failure(name, owner(page, key), key, *wrong[key]))
    for junk in page["not_in_body"]:
        scores.junk.append(junk not in got.text)
        if junk in got.text:
            scores.failures.append(Failure(name, owner(page, "not_in_body"), "boilerplate kept", None, junk))


def score_page(
    page: dict[str, Any],
    folder: Path,
    scores: CleanScores,
    clean: Callable[[Path], Article] = clean_file,
    fields: tuple[str, ...] | None = None,
) -> Article | None:
    """Clean one fixture page and count its reading (on ``fields``, by default all of the set's);
    the article read, or None when rejected."""
    try:
        got = clean(folder / page["file"])
    except BadInput as err:
        if page["is_article"]:
            score_article(page, None, scores, err.reason, fields)
        else:
            scores.listings.append(True)
        return None
    if page["is_article"]:
        score_article(page, got, scores, fields=fields)
    else:
        scores.listings.append(False)
        shown = f"accepted as article, title {got.title!r}, {len(got.paragraphs)} paragraphs"
        scores.failures.append(Failure(page["file"], "listing", "rejected", True, shown))
    return got


def score_clean_set(
    folder: Path, fields: tuple[str, ...], pages: Iterable[dict[str, Any]] | None = None
) -> CleanScores:
    """`warta clean` on every page of a fixture folder (or the ``pages`` given), counted."""
    scores = CleanScores(fields)
    for page in load_pages(folder) if pages is None else pages:
        score_page(page, folder, scores)
    return scores


# -- precision and recall of matched items ---------------------------------------------------------


@dataclass
class Counts:
    """True / false positives and misses over a held-out set, with one line per miss for a report."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return 2 * self.precision * self.recall / max(1e-9, self.precision + self.recall)


# -- hand-labelled articles (entities, quotes) ------------------------------------------------------


def load_articles(path: Path) -> list[dict[str, Any]]:
    """The labelled articles of a held-out JSON file (``{"articles": [...]}``)."""
    articles: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["articles"]
    return articles


def labelled_article(article: dict[str, Any]) -> Article:
    """The record a labelled article stands for: its paragraphs, named by its id."""
    return Article(source=article["id"], paragraphs=tuple(article["paragraphs"]))


CountsT = TypeVar("CountsT", bound=Counts)


def score_labelled(
    articles: Iterable[dict[str, Any]],
    score_one: Callable[[dict[str, Any], CountsT], None],
    scores: CountsT,
    batch: int | None = None,
) -> CountsT:
    """``scores`` counted by ``score_one`` over the articles (of one ``batch``, or all)."""
    for article in articles:
        if batch is None or article.get("batch", 1) == batch:
            score_one(article, scores)
    return scores
