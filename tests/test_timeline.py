"""Timeline stage on invented articles with hand-made time expressions (tagger-independent)."""

from __future__ import annotations

from warta.options import Options
from warta.records import Article, TimeExpr
from warta.stages.timeline import build_timeline, date_key

A = (
    "Jakarta - Banjir bandang melanda Desa Sukamaju pada Senin (4/3/2024) dini hari.",
    "Sebanyak 200 rumah terendam dan 40 keluarga mengungsi ke balai desa.",
    "Bupati meninjau lokasi pada Selasa dan menjanjikan bantuan.",
    "Banjir serupa pernah terjadi pada Januari 2020.",
)
B = (
    "Sukamaju - Ratusan rumah di Desa Sukamaju terendam banjir bandang pada Senin, 4 Maret 2024.",
    "Pemerintah daerah menetapkan status tanggap darurat selama 2-3 Maret lalu sebelum banjir datang.",
)


def _tx(text: str, body: str, value: str, granularity: str, end_value: str | None = None) -> TimeExpr:
    start = body.index(text)
    return TimeExpr(text, start, start + len(text), value, granularity, end_value)


def _articles() -> tuple[Article, Article, dict[str, list[TimeExpr]]]:
    a = Article(source="a.txt", paragraphs=A, outlet="Warta Satu", published="2024-03-05T08:00:00+07:00")
    b = Article(source="b.txt", paragraphs=B, outlet="Kabar Dua", published="2024-03-04T20:00:00+07:00")
    times = {
        a.id: [
            _tx("Senin (4/3/2024)", a.text, "2024-03-04", "day"),
            _tx("Selasa", a.text, "2024-03-05", "day"),
            _tx("Januari 2020", a.text, "2020-01", "month"),
            _tx("dini hari", a.text, "PRESENT_REF", "ref"),
        ],
        b.id: [
            _tx("Senin, 4 Maret 2024", b.text, "2024-03-04", "day"),
            _tx("2-3 Maret", b.text, "2024-03-02", "range", "2024-03-03"),
            _tx("selama", b.text, "P2D", "duration"),
        ],
    }
    return a, b, times


def test_events_are_chronological_with_granularity_and_merged_sources() -> None:
    a, b, times = _articles()
    events = build_timeline([a, b], times, Options())
    dates = [e.date for e in events]
    assert dates == ["2020-01", "2024-03-02/2024-03-03", "2024-03-04", "2024-03-05"]
    by_date = {e.date: e for e in events}
    assert by_date["2020-01"].granularity == "month"
    assert by_date["2024-03-02/2024-03-03"].granularity == "range"
    flood = by_date["2024-03-04"]
    assert {s.article_id for s in flood.sources} == {a.id, b.id}
    assert flood.text in a.text or flood.text in b.text
    assert {s.article_id for s in by_date["2024-03-05"].sources} == {a.id}


def test_event_count_is_bounded_by_the_best_ranked_dates() -> None:
    a, b, times = _articles()
    events = build_timeline([a, b], times, Options(timeline_events=1))
    assert [e.date for e in events] == ["2024-03-04"]
    assert build_timeline([a, b], {}, Options()) == []


def test_date_key_keeps_calendar_dates_only() -> None:
    def key(value: str, granularity: str, end: str | None = None) -> tuple[str, str] | None:
        found = date_key(TimeExpr("x", 0, 1, value, granularity, end))
        return (found.value, found.granularity) if found else None

    assert key("2023-02-04T08:00+08:00", "time") == ("2023-02-04", "day")
    assert key("2023", "year") == ("2023", "year")
    assert key("2023-W05", "week") is None
    assert key("P1Y", "duration") is None
    assert key("PAST_REF", "ref") is None
    assert key("2023-02-02", "day", "2023-02-03") == ("2023-02-02/2023-02-03", "range")
