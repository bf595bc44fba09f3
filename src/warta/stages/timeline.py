"""A dated timeline across articles: Datewise date selection (Ghalandari & Ifrim 2020, news-tls).

1. Every sentence is linked to the normalised dates its time expressions name (day, month, year,
   or a range of days such as "2-3 Februari"); weeks, durations and vague references are not
   timeline dates, nor are the date after a medium credit ("Melansir Newsweek pada Selasa
   (29/12/2020)": when that medium reported), a month or year that holds the article's own date
   ("tahun ini": now), the year of a law's number ("UU Nomor 7 Tahun 2017"), a reporting period
   or budget ("periode Juni 2022", "APBN 2023"), a snapshot ("per 31 Desember 2021"), a span of
   months or years, or a bare clock time ("pukul 22.08 WIB"). Headlines, captions and questions
   state no event (``warta.stages.vectors.article_units``).
   A date that only appears as a plan or forecast later than its article is no event; a bare year,
   or a date over a year outside the input's publication window (background history), needs two
   outlets (two articles for a one-outlet input).
2. Dates are ranked by how many sentences mention them, how many articles mention them and how
   many articles were published on them (the Datewise signals); a date needs at least one sentence.
3. For each chosen date one sentence states the event: the candidate most central among the
   sentences naming that date (what the sources agree on; date words themselves do not count),
   with a lead prior, against quotations, dates of a statement ("…," ujar X, Selasa) and short
   contextless lines; a month that a better-ranked day of it already stands for is left out. It is
   chosen from the sources, never generated.
4. The event cites every article that reports it: its own, and each article with a sentence on that
   date that is evidence for the chosen one by the citation rule the summary follows
   (``warta.stages.evidence.supports``: most of its content words, date words aside, or a
   syndicated copy's translation of it). A reader who opens a cited article finds the event there.
5. Chronological order; month- and year-level events keep their granularity.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from warta.lang.id.reporting_verbs import POST_CUES
from warta.lang.id.salience import (
    AS_OF_CUES,
    BARE_CLOCK_TIME,
    FIGURE_AFTER_CUES,
    FIGURE_WINDOW_WORDS,
    LEGAL_NUMBER_BEFORE,
    PERIOD_CUES,
    PERIOD_WINDOW_WORDS,
    PLANNED_CUES,
    SOURCING_CUES,
    SOURCING_WINDOW_WORDS,
    STATEMENT_CUES,
    STATEMENT_WINDOW_WORDS,
)
from warta.options import Options
from warta.records import Article, CopyGroup, Event, TimeExpr
from warta.stages.evidence import supports
from warta.stages.vectors import (
    Unit,
    article_units,
    calendar_words,
    merged_copy_groups,
    published_of,
    sort_key_date,
    source_ref,
    tfidf_matrix,
)

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4}-\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WORDS = re.compile(r"\w+")
_BARE_CLOCK = re.compile(BARE_CLOCK_TIME, re.IGNORECASE)
_LEGAL_NUMBER = re.compile(LEGAL_NUMBER_BEFORE, re.IGNORECASE)
LEGAL_LOOKBACK_CHARS = 40
"""Characters before a year searched for a legal document number."""
TIMELINE_GRANULARITIES = frozenset({"day", "time", "month", "year", "range"})
"""Granularities that can date an event; weeks, decades, durations and references cannot."""

MENTION_WEIGHT = 1.0
ARTICLE_WEIGHT = 1.0
PUBLISHED_WEIGHT = 0.5
"""Datewise signals: sentences naming the date, articles naming it, articles published on it."""
CENTRALITY_WEIGHT = 1.0
LEAD_WEIGHT = 0.3
LEAD_DECAY = 0.1
QUOTE_PENALTY = 0.3
OTHER_DATES_PENALTY = 0.1
SHORT_WORDS = 10
SHORT_PENALTY = 0.3
REUSE_PENALTY = 10.0
"""Representative sentence: central, early, not a quotation, long enough to say what happened
("Pelaporan itu dilakukan pada Selasa." does not), about this date rather than several, and not
already standing for another date."""
STATEMENT_PENALTY = 0.15
"""A sentence whose date is when a source spoke ("…," ujar X, Selasa (14/3)) states the day's event
less well than one whose date is when something happened."""
BACKGROUND_DAYS = 365
"""A date more than this before the earliest (or after the latest) article of the input is background
history or a distant plan: it needs MIN_ARTICLES_OUTSIDE articles to be an event of the topic."""
MIN_ARTICLES_OUTSIDE = 2
"""Outlets (articles, when the input has one outlet) needed for a background date, and for a
year-level date (a bare year is too coarse to stand on one article's passing mention, e.g. "gempa
kuat pernah terjadi pada 1907")."""
_QUOTE_TAIL = re.compile(r'^[^"“”]*["”]\s*,?\s*(\w+)')
NOW_SPAN_DAYS = 28
"""A span of days at least this long that holds the article's date is the present, as a month is
(Ramadan, "1 Maret hingga 30 Maret"); a shorter one ("2-3 Februari") can be the event itself."""
MAX_CANDIDATES_PER_DATE = 2000
"""A date named by more sentences is represented by its first ones (keeps the similarity block small)."""


@dataclass(frozen=True)
class _DateKey:
    value: str  # TIMEX3 value: 2023-02-04, 2023-02, 2023, or 2023-02-02/2023-02-03 for a range
    granularity: str

    @property
    def start(self) -> str:
        return self.value.split("/")[0]


def _plain(value: str | None) -> tuple[str, str] | None:
    """(value, granularity) of a calendar date TIMEX3 value, or None for anything else."""
    if not value:
        return None
    for pattern, granularity in ((_DAY, "day"), (_MONTH, "month"), (_YEAR, "year")):
        match = pattern.match(value)
        if match:
            return match.group(1), granularity
    return None


def date_key(expr: TimeExpr) -> _DateKey | None:
    """The timeline date a time expression names, or None when it names no calendar date."""
    if expr.granularity not in TIMELINE_GRANULARITIES and expr.end_value is None:
        return None
    start = _plain(expr.value)
    if start is None:
        return None
    end = _plain(expr.end_value)
    if end is not None and end[1] == start[1] == "day" and end[0] > start[0]:
        return _DateKey(f"{start[0]}/{end[0]}", "range")
    if end is not None and start[1] != "day":
        return None  # "tahun anggaran 2021-2023", "Januari-Maret": a period, not an event
    return _DateKey(*start)


def _credits_a_medium(text: str, sentence_start: int, expr_start: int) -> bool:
    """True when the words just before a date credit another medium ("Melansir Newsweek pada …")."""
    words = _WORDS.findall(text[sentence_start:expr_start].lower())[-SOURCING_WINDOW_WORDS:]
    return any(w in SOURCING_CUES for w in words)


def _names_a_document(text: str, expr: TimeExpr) -> bool:
    """True for the year in a legal document's number ("UU Nomor 7 Tahun 2017")."""
    before = text[max(0, expr.start - LEGAL_LOOKBACK_CHARS) : expr.start]
    inside = re.sub(r"\d{4}\s*$", "", expr.text)  # the expression may hold "Tahun" itself
    return bool(_LEGAL_NUMBER.search(before + inside))


def _says_now(key: _DateKey, published: str | None) -> bool:
    """A month or year that holds the article's own date ("tahun ini", "bulan ini") dates no event,
    nor does a month-long span of days that holds it ("selama Ramadan" written during the fast)."""
    if not published:
        return False
    if key.granularity == "range":
        first, last = key.value.split("/")
        long = (date.fromisoformat(last) - date.fromisoformat(first)).days >= NOW_SPAN_DAYS
        return long and first <= published[:10] <= last
    return key.granularity in ("month", "year") and published.startswith(key.value)


def _names_a_period(text: str, sentence_start: int, expr: TimeExpr, key: _DateKey) -> bool:
    """True for a month or year that is a reporting period or a budget ("periode Juni 2022",
    "APBN 2023"), not a time at which something happened."""
    words = _WORDS.findall(text[sentence_start : expr.start].lower())[-PERIOD_WINDOW_WORDS:]
    if words and words[-1] in AS_OF_CUES:
        return True
    if key.granularity == "year" and _labels_a_figure(text, expr):
        return True
    return key.granularity in ("month", "year") and any(w in PERIOD_CUES for w in words)


def _labels_a_figure(text: str, expr: TimeExpr) -> bool:
    """True for a year that labels a number ("2021 Rp 124,5 miliar", "2024 mencapai 98 persen")."""
    after = _WORDS.findall(text[expr.end : expr.end + 40].lower())[:FIGURE_WINDOW_WORDS]
    return bool(after) and (after[0].isdigit() or any(w in FIGURE_AFTER_CUES for w in after))


def _dates_a_statement(text: str, sentence_start: int, expr_start: int) -> bool:
    """True when the words before a date put it on a statement ("ujar X saat ditemui, Selasa")."""
    words = _WORDS.findall(text[sentence_start:expr_start].lower())[-STATEMENT_WINDOW_WORDS:]
    return any(w in STATEMENT_CUES for w in words)


def _is_planned(unit_text: str, key: _DateKey, published: str | None) -> bool:
    """True for a date later than the article's own in a sentence of plans or forecasts."""
    if not published or key.start <= published[: len(key.start)]:
        return False
    return any(w in PLANNED_CUES for w in _WORDS.findall(unit_text.lower()))


def _quote_tail(text: str) -> bool:
    """True for the end of a quotation that began in an earlier sentence (…," tutur X.)."""
    match = _QUOTE_TAIL.match(text)
    if match is None:
        return False
    return any(match.group(1).lower().startswith(c) for c in POST_CUES)


@dataclass
class _Found:
    """The event dates one unit names, which of them only as a plan, and whether one dates a
    statement."""

    keys: set[_DateKey] = field(default_factory=set)
    planned: set[_DateKey] = field(default_factory=set)
    statement: bool = False


def _mentions(article: Article, units: Sequence[Unit], times: Sequence[TimeExpr]) -> list[_Found]:
    """Per unit of one article, the event dates its time expressions name."""
    found = [_Found() for _ in units]
    starts = [u.start for u in units]
    published, _ = published_of(article)
    text = article.text
    for expr in times:
        key = date_key(expr)
        if key is None or _says_now(key, published) or _BARE_CLOCK.match(expr.text.strip()):
            continue
        if key.granularity == "year" and _names_a_document(text, expr):
            continue
        i = int(np.searchsorted(starts, expr.start, side="right")) - 1
        if i < 0 or not units[i].start <= expr.start < units[i].end:
            continue
        if _credits_a_medium(text, units[i].start, expr.start):
            continue
        if _names_a_period(text, units[i].start, expr, key):
            continue
        found[i].keys.add(key)
        if _is_planned(units[i].text, key, published):
            found[i].planned.add(key)
        if _dates_a_statement(text, units[i].start, expr.start):
            found[i].statement = True
    return found


def _last_day(key: _DateKey) -> str:
    """The last day a date key covers, as a sortable string ("2021" → "2021-12-31")."""
    end = key.value.split("/")[-1]
    return {4: end + "-12-31", 7: end + "-31"}.get(len(end), end[:10])


def _window(articles: Sequence[Article]) -> tuple[str, str] | None:
    """(earliest, latest) day an event of the topic can fall on without wider support."""
    days = sorted(p[:10] for p in (published_of(a)[0] for a in articles) if p and len(p) >= 10)
    try:
        first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    except (IndexError, ValueError):
        return None
    margin = timedelta(days=BACKGROUND_DAYS)
    return (first - margin).isoformat(), (last + margin).isoformat()


def _supported(
    key: _DateKey, n_articles: int, planned_only: bool, need: int, window: tuple[str, str] | None
) -> bool:
    """Whether a date is an event of the topic rather than a plan, background or a passing year."""
    if planned_only:
        return False
    outside = window is not None and (_last_day(key) < window[0] or key.start > window[1])
    coarse = key.granularity == "year" or len(key.start) == len("2023")
    return n_articles >= need or not (outside or coarse)


def _representative(
    candidates: Sequence[Unit],
    sims: np.ndarray,
    dates_per_unit: list[int],
    used: set[tuple[int, int]],
    statements: Sequence[bool] = (),
) -> int:
    """Index (into candidates) of the sentence that best states the event of one date.

    A sentence already standing for another date is taken again only when no other one names this
    date (one sentence naming two dates would otherwise appear twice in a row)."""
    best, best_score = 0, -math.inf
    count = len(candidates)
    for i, unit in enumerate(candidates):
        centrality = (float(sims[i].sum()) - float(sims[i, i])) / (count - 1) if count > 1 else 0.0
        score = CENTRALITY_WEIGHT * centrality + LEAD_WEIGHT * math.exp(-LEAD_DECAY * unit.position)
        if unit.in_quote or _quote_tail(unit.text):
            score -= QUOTE_PENALTY
        if i < len(statements) and statements[i]:
            score -= STATEMENT_PENALTY
        if unit.words < SHORT_WORDS:
            score -= SHORT_PENALTY
        score -= OTHER_DATES_PENALTY * (dates_per_unit[i] - 1)
        if (unit.article, unit.position) in used:
            score -= REUSE_PENALTY
        if score > best_score:
            best, best_score = i, score
    return best


def _voices(articles: Sequence[Article]) -> list[str]:
    """Per article, who vouches for it: its outlet when the input has several outlets (one outlet's
    templated explainer repeated in each of its articles is one voice), else the article itself."""
    outlets = [a.outlet or f"#{i}" for i, a in enumerate(articles)]
    return outlets if len(set(outlets)) > 1 else [f"#{i}" for i in range(len(articles))]


def _without_covered_months(ranked: list[_DateKey]) -> list[_DateKey]:
    """Ranked dates without a month that a better-ranked day of that month already stands for
    ("usai tragedi pada Oktober 2022" next to the day of the tragedy, 1 Oktober 2022)."""
    kept: list[_DateKey] = []
    days: set[str] = set()
    for key in ranked:
        if key.granularity == "month" and key.value in days:
            continue
        if key.granularity in ("day", "range"):
            days.add(key.start[:7])
        kept.append(key)
    return kept


def build_timeline(
    articles: Sequence[Article],
    times_by_article: Mapping[str, Sequence[TimeExpr]],
    options: Options | None = None,
    copy_groups: Sequence[CopyGroup] | None = None,
) -> list[Event]:
    """Up to ``options.timeline_events`` dated events, chronological, each citing its articles."""
    options = options or Options()
    units: list[Unit] = []
    found: list[_Found] = []
    for index, article in enumerate(articles):
        own = article_units(article, index)
        units.extend(own)
        found.extend(_mentions(article, own, times_by_article.get(article.id, ())))
    unit_dates = [f.keys for f in found]
    by_date: dict[_DateKey, list[int]] = defaultdict(list)
    for i, keys in enumerate(unit_dates):
        for key in keys:
            by_date[key].append(i)
    window = _window(articles)
    voice = _voices(articles)
    need = min(MIN_ARTICLES_OUTSIDE, len(set(voice)))
    for key in list(by_date):
        mentions = by_date[key]
        n_articles = len({voice[units[i].article] for i in mentions})
        planned_only = all(key in found[i].planned for i in mentions)
        if not _supported(key, n_articles, planned_only, need, window):
            del by_date[key]
    if not by_date or options.timeline_events <= 0:
        return []
    published_on: dict[str, int] = defaultdict(int)
    for article in articles:
        published, _ = published_of(article)
        if published:
            published_on[published[:10]] += 1

    def date_score(key: _DateKey) -> float:
        mentions = by_date[key]
        n_articles = len({units[i].article for i in mentions})
        published = published_on.get(key.value, 0) if key.granularity == "day" else 0
        return MENTION_WEIGHT * len(mentions) + ARTICLE_WEIGHT * n_articles + PUBLISHED_WEIGHT * published

    ranked = _without_covered_months(sorted(by_date, key=lambda k: (-date_score(k), k.start)))
    ranked = ranked[: options.timeline_events]
    group = merged_copy_groups(
        articles, units, tfidf_matrix([u.text for u in units]), copy_groups, same_wire=True
    )
    matrix = tfidf_matrix([u.text for u in units], without_dates=True)
    events: list[Event] = []
    used: set[tuple[int, int]] = set()
    dates = calendar_words()
    for key in sorted(ranked, key=lambda k: (k.start, k.value)):
        candidates = by_date[key][:MAX_CANDIDATES_PER_DATE]
        block = matrix[candidates]
        sims = (block @ block.T).toarray()
        pick = _representative(
            [units[i] for i in candidates],
            sims,
            [len(unit_dates[i]) for i in candidates],
            used,
            [found[i].statement for i in candidates],
        )
        chosen = units[candidates[pick]]
        used.add((chosen.article, chosen.position))
        citing = {chosen.article}
        for n, i in enumerate(candidates):
            other = units[i].article
            copies = group[other] == group[chosen.article]
            if other not in citing and supports(chosen.text, units[i].text, sims[pick, n], copies, dates):
                citing.add(other)
        rest = sorted(citing - {chosen.article}, key=lambda a: (sort_key_date(articles[a]), a))
        sources = tuple(source_ref(articles[a]) for a in [chosen.article, *rest])
        events.append(Event(key.value, key.granularity, chosen.text, sources, date_score(key)))
    return events
