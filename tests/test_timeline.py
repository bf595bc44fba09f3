"""Timeline stage on invented articles with hand-made time expressions (tagger-independent)."""

from __future__ import annotations

from dataclasses import replace

from warta.options import Options
from warta.records import Article, CopyGroup, TimeExpr
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
    # "Januari 2020": one article's passing mention of a flood four years before: background
    assert dates == ["2024-03-02/2024-03-03", "2024-03-04", "2024-03-05"]
    by_date = {e.date: e for e in events}
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


def test_dates_that_credit_a_medium_or_say_now_are_no_events() -> None:
    body = (
        "Melansir Harian Nusantara pada Selasa (5/3/2024), pemerintah desa mengumumkan hasil panen.",
        "Panen raya tahun ini berlangsung pada Senin (4/3/2024) di Desa Sukamaju.",
    )
    article = Article(source="c.txt", paragraphs=body, outlet="X", published="2024-03-06T09:00:00+07:00")
    text = article.text
    times = {
        article.id: [
            _tx("Selasa (5/3/2024)", text, "2024-03-05", "day"),
            _tx("tahun ini", text, "2024", "year"),
            _tx("Senin (4/3/2024)", text, "2024-03-04", "day"),
        ]
    }
    assert [e.date for e in build_timeline([article], times, Options())] == ["2024-03-04"]


def test_headlines_captions_and_questions_state_no_event() -> None:
    body = (
        "Banjir Bandang Rendam Sukamaju pada 4 Maret 2024",
        "Warga (kiri) membersihkan lumpur di depan rumahnya, 4 Maret 2024.",
        "Apa yang terjadi pada 1 Maret 2024?",
        "Hujan deras mengguyur desa itu sejak 3 Maret 2024 malam.",
    )
    article = Article(source="d.txt", paragraphs=body, outlet="X", published="2024-03-05T09:00:00+07:00")
    text = article.text
    times = {
        article.id: [
            _tx("4 Maret 2024", text, "2024-03-04", "day"),
            _tx("1 Maret 2024", text, "2024-03-01", "day"),
            _tx("3 Maret 2024", text, "2024-03-03", "day"),
        ]
    }
    events = build_timeline([article], times, Options())
    assert [e.date for e in events] == ["2024-03-03"]


def test_the_year_of_a_law_number_is_no_event() -> None:
    body = (
        "Bawaslu menindaklanjuti laporan itu sesuai UU Nomor 7 Tahun 2017 tentang Pemilu.",
        "Laporan tersebut masuk pada Senin (4/3/2024) dari seorang warga Sukamaju.",
        "Pemilu legislatif sebelumnya digelar pada 2019 dengan aturan yang sama.",
    )
    article = Article(source="e.txt", paragraphs=body, outlet="X", published="2024-03-05T09:00:00+07:00")
    text = article.text
    times = {
        article.id: [
            _tx("Tahun 2017", text, "2017", "year"),
            _tx("Senin (4/3/2024)", text, "2024-03-04", "day"),
            _tx("2019", text, "2019", "year"),
        ]
    }
    assert [e.date for e in build_timeline([article], times, Options())] == ["2019", "2024-03-04"]


def test_sentences_sharing_only_the_date_do_not_cite_each_other() -> None:
    a = Article(
        source="f.txt",
        paragraphs=(
            "Harga beras di Pasar Sukamaju naik tajam pada Selasa (5/3/2024) menurut para pedagang.",
        ),
        outlet="X",
        published="2024-03-06T09:00:00+07:00",
    )
    b = Article(
        source="g.txt",
        paragraphs=("Tim voli putri Sukamaju menjuarai turnamen antarkampus pada Selasa (5/3/2024) malam.",),
        outlet="Y",
        published="2024-03-06T10:00:00+07:00",
    )
    times = {
        a.id: [_tx("Selasa (5/3/2024)", a.text, "2024-03-05", "day")],
        b.id: [_tx("Selasa (5/3/2024)", b.text, "2024-03-05", "day")],
    }
    (event,) = build_timeline([a, b], times, Options())
    assert len(event.sources) == 1


def _one(
    paragraphs: tuple[str, ...], published: str, spans: list[tuple[str, str, str]]
) -> tuple[Article, list[TimeExpr]]:
    article = Article(
        source=f"{paragraphs[0][:8]}.txt", paragraphs=paragraphs, outlet="Warta", published=published
    )
    return article, [_tx(text, article.text, value, gran) for text, value, gran in spans]


def test_background_dates_need_two_articles() -> None:
    a, ta = _one(
        (
            "Gempa mengguncang Pulau Sangir pada Rabu (6/3/2024) pagi.",
            "Gempa kuat pernah terjadi di sana pada 4 Januari 1907.",
        ),
        "2024-03-06T10:00:00+07:00",
        [("Rabu (6/3/2024)", "2024-03-06", "day"), ("4 Januari 1907", "1907-01-04", "day")],
    )
    b, tb = _one(
        (
            "Warga Sangir mengungsi setelah gempa pada Rabu (6/3/2024).",
            "Tidak ada korban jiwa dalam gempa itu.",
        ),
        "2024-03-06T12:00:00+07:00",
        [("Rabu (6/3/2024)", "2024-03-06", "day")],
    )
    assert [e.date for e in build_timeline([a, b], {a.id: ta, b.id: tb})] == ["2024-03-06"]
    c, tc = _one(
        ("Sejarah mencatat gempa besar melanda Sangir pada 4 Januari 1907 silam.",),
        "2024-03-07T09:00:00+07:00",
        [("4 Januari 1907", "1907-01-04", "day")],
    )
    both = build_timeline([a, b, c], {a.id: ta, b.id: tb, c.id: tc})
    assert [e.date for e in both] == ["1907-01-04", "2024-03-06"]


def test_reporting_periods_and_budgets_date_no_event() -> None:
    a, ta = _one(
        (
            "Inflasi periode Juni 2023 tercatat 3,5 persen.",
            "Subsidi dalam APBN 2024 naik menjadi Rp 300 triliun.",
            "Harga Pertalite naik pada Sabtu (3/9/2023).",
        ),
        "2023-09-04T10:00:00+07:00",
        [
            ("Juni 2023", "2023-06", "month"),
            ("2024", "2024", "year"),
            ("Sabtu (3/9/2023)", "2023-09-03", "day"),
        ],
    )
    assert [e.date for e in build_timeline([a], {a.id: ta})] == ["2023-09-03"]


def test_dates_only_planned_or_forecast_are_no_events() -> None:
    a, ta = _one(
        (
            "Seorang peneliti memprediksi gempa besar bakal terjadi pada 20 Maret 2024.",
            "BMKG membantah prediksi itu pada Senin (11/3/2024).",
        ),
        "2024-03-11T10:00:00+07:00",
        [("20 Maret 2024", "2024-03-20", "day"), ("Senin (11/3/2024)", "2024-03-11", "day")],
    )
    assert [e.date for e in build_timeline([a], {a.id: ta})] == ["2024-03-11"]


def test_event_sentence_prefers_the_happening_over_the_statement() -> None:
    a, ta = _one(
        (
            '"Kami sudah siap," ujar Kapolres saat ditemui, Kamis (14/3/2024).',
            "Polisi menangkap tiga tersangka pencurian kendaraan di Bekasi pada Kamis (14/3/2024).",
        ),
        "2024-03-15T10:00:00+07:00",
        [("Kamis (14/3/2024)", "2024-03-14", "day")],
    )
    ta.append(_tx("Kamis (14/3/2024).", a.text[a.text.index("Polisi") :], "2024-03-14", "day"))
    ta[-1] = TimeExpr(
        ta[-1].text,
        ta[-1].start + a.text.index("Polisi"),
        ta[-1].end + a.text.index("Polisi"),
        "2024-03-14",
        "day",
    )
    events = build_timeline([a], {a.id: ta})
    assert len(events) == 1 and events[0].text.startswith("Polisi menangkap")


def test_a_month_gives_way_to_a_better_supported_day_in_it() -> None:
    body = (
        "Tragedi stadion terjadi pada 1 Oktober 2022 malam.",
        "Ratusan suporter tewas dalam tragedi 1 Oktober 2022 itu.",
        "Presiden berkunjung ke stadion usai tragedi pada Oktober 2022.",
    )
    a, ta = _one(
        body,
        "2022-11-01T10:00:00+07:00",
        [("1 Oktober 2022", "2022-10-01", "day"), ("Oktober 2022", "2022-10", "month")],
    )
    ta.append(
        TimeExpr(
            "1 Oktober 2022",
            a.text.index("tragedi 1") + 8,
            a.text.index("tragedi 1") + 22,
            "2022-10-01",
            "day",
        )
    )
    ta[1] = TimeExpr(
        "Oktober 2022", a.text.rindex("Oktober 2022"), a.text.rindex("Oktober 2022") + 12, "2022-10", "month"
    )
    assert [e.date for e in build_timeline([a], {a.id: ta})] == ["2022-10-01"]


def test_a_snapshot_date_dates_no_event() -> None:
    a, ta = _one(
        (
            "Harta pejabat itu tercatat Rp 56 miliar per 31 Desember 2023.",
            "KPK memanggil pejabat itu pada Senin (4/3/2024).",
        ),
        "2024-03-05T10:00:00+07:00",
        [("31 Desember 2023", "2023-12-31", "day"), ("Senin (4/3/2024)", "2024-03-04", "day")],
    )
    assert [e.date for e in build_timeline([a], {a.id: ta})] == ["2024-03-04"]


def test_a_bare_clock_time_dates_nothing() -> None:
    a, ta = _one(
        (
            "Tragedi itu terjadi pada Sabtu (1/10/2022) malam.",
            "Situasi stadion masih terkendali hingga pukul 22.08 WIB.",
        ),
        "2023-03-17T10:00:00+07:00",
        [("Sabtu (1/10/2022)", "2022-10-01", "day"), ("pukul 22.08 WIB", "2023-03-17T22:08+07:00", "time")],
    )
    assert [e.date for e in build_timeline([a], {a.id: ta})] == ["2022-10-01"]


def test_a_span_of_months_or_years_is_a_period() -> None:
    years = TimeExpr("2021-2023", 0, 9, "2021", "year", "2023")
    months = TimeExpr("Januari-Maret 2024", 0, 18, "2024-01", "month", "2024-03")
    days = TimeExpr("2-3 Maret 2024", 0, 14, "2024-03-02", "range", "2024-03-03")
    assert date_key(years) is None and date_key(months) is None
    key = date_key(days)
    assert key is not None and key.granularity == "range"


def test_a_year_labelling_a_figure_dates_no_event() -> None:
    body = (
        "Anggaran lembaga itu pada 2022 Rp 1,2 triliun dan 2023 mencapai Rp 1,3 triliun.",
        "Lembaga itu diaudit pada Senin (4/3/2024).",
    )
    a = Article(source="f.txt", paragraphs=body, outlet="Warta", published="2024-03-05T10:00:00+07:00")
    times = [
        _tx("2022", a.text, "2022", "year"),
        _tx("2023", a.text, "2023", "year"),
        _tx("Senin (4/3/2024)", a.text, "2024-03-04", "day"),
    ]
    b = Article(
        source="g.txt",
        paragraphs=("Pada 2022 Rp 1,2 triliun dan 2023 mencapai Rp 1,3 triliun dianggarkan.",),
        outlet="Kabar",
        published="2024-03-05T11:00:00+07:00",
    )
    tb = [_tx("2022", b.text, "2022", "year"), _tx("2023", b.text, "2023", "year")]
    assert [e.date for e in build_timeline([a, b], {a.id: times, b.id: tb})] == ["2024-03-04"]


FLOOD = (
    "Banjir bandang merendam 200 rumah warga di Desa Sukamaju, Kecamatan Cibeber, "
    "pada Senin (4/3/2024) dini hari."
)
CLEANUP = (
    "Warga Desa Sukamaju di Kecamatan Cibeber menggelar kerja bakti membersihkan masjid "
    "pada Senin (4/3/2024)."
)
RESTATED = (
    "Sebanyak 200 rumah warga Desa Sukamaju, Kecamatan Cibeber, terendam banjir bandang "
    "pada Senin (4/3/2024) dini hari."
)
TRANSLATED = (
    "Ratusan rumah warga di Sukamaju terendam banjir bandang, Senin (4/3/2024) dini hari, kata pejabat desa."
)
TAILS = (
    "Harga cabai rawit di pasar kota turun menjelang musim panen raya.",
    "Tim sepak bola daerah itu lolos ke babak final kejuaraan provinsi.",
    "Dinas pendidikan membuka pendaftaran beasiswa bagi mahasiswa berprestasi.",
    "Pameran batik tulis digelar di gedung kesenian selama sepekan.",
)


def _reports(*sentences: tuple[str, str]) -> tuple[list[Article], dict[str, list[TimeExpr]]]:
    """One article per (outlet, sentence), each with a second paragraph of its own (no two articles
    are near-identical as wholes), the date tagged by hand."""
    articles, times = [], {}
    for n, (outlet, sentence) in enumerate(sentences):
        article = Article(
            source=f"{outlet}.txt",
            paragraphs=(sentence, TAILS[n]),
            outlet=outlet,
            published=f"2024-03-04T1{n}:00:00+07:00",
        )
        articles.append(article)
        times[article.id] = [_tx("Senin (4/3/2024)", article.text, "2024-03-04", "day")]
    return articles, times


def test_an_article_that_does_not_state_the_event_is_not_cited() -> None:
    """A sentence on the same date and place that shares words but reports something else (a clean-up,
    not the flood) is no evidence for the event; a restatement of the event is."""
    articles, times = _reports(("Satu", FLOOD), ("Dua", CLEANUP), ("Tiga", RESTATED))
    (event,) = build_timeline(articles, times, Options())
    assert event.text == FLOOD
    assert [s.source for s in event.sources] == ["Satu.txt", "Tiga.txt"]


def test_a_syndicated_copy_is_cited_for_its_translation_of_the_event() -> None:
    """A copy's paraphrase holds too few of the event's words to cite an independent article, but
    translations of one wire story are evidence for each other."""
    articles, times = _reports(("Satu", FLOOD), ("Empat", TRANSLATED))
    (alone,) = build_timeline(articles, times, Options())
    assert [s.source for s in alone.sources] == ["Satu.txt"]
    group = CopyGroup("g", "rewrite", articles[0].id, (articles[0].id, articles[1].id))
    (event,) = build_timeline(articles, times, Options(), copy_groups=[group])
    assert event.text == FLOOD
    assert [s.source for s in event.sources] == ["Satu.txt", "Empat.txt"]


def test_timeline_and_summary_cite_by_one_rule() -> None:
    """The summary's citation test and the timeline's are one function."""
    from warta.stages import evidence, summary, timeline

    assert summary.supports is evidence.supports and timeline.supports is evidence.supports


def test_a_month_long_span_holding_the_article_date_says_now() -> None:
    """Ramadan is a range of days: "selama Ramadan" written during the fast is the present (like
    "bulan ini"), while a short span holding the article's date can be the event."""
    article, times = _one(
        (
            "Pemerintah memangkas jam kerja pegawai negeri selama Ramadan di seluruh kantor kementerian.",
            "Pameran kuliner digelar pada 10-11 Maret di alun-alun kota dan dibuka oleh wali kota.",
        ),
        "2025-03-10T09:00:00+07:00",
        [("Ramadan", "2025-03-01", "range"), ("10-11 Maret", "2025-03-10", "range")],
    )
    times = [t if t.text != "Ramadan" else replace(t, end_value="2025-03-30") for t in times]
    times = [t if t.text != "10-11 Maret" else replace(t, end_value="2025-03-11") for t in times]
    events = build_timeline([article], {article.id: times}, Options())
    assert [e.date for e in events] == ["2025-03-10/2025-03-11"]


def _alike(wires: tuple[str, ...]) -> tuple[list[Article], dict[str, list[TimeExpr]]]:
    """The flood report and a paraphrase of it, alike as wholes (one shared paragraph), both
    crediting ``wires``."""
    articles, times = [], {}
    for n, (outlet, sentence) in enumerate((("Satu", FLOOD), ("Empat", TRANSLATED))):
        article = Article(
            source=f"{outlet}.txt",
            paragraphs=(sentence, TAILS[0]),
            outlet=outlet,
            published=f"2024-03-04T1{n}:00:00+07:00",
            wire_sources=wires,
        )
        articles.append(article)
        times[article.id] = [_tx("Senin (4/3/2024)", article.text, "2024-03-04", "day")]
    return articles, times


def test_articles_alike_in_tf_idf_are_cited_as_copies_only_when_they_credit_one_wire() -> None:
    """Within one topic, articles that are not copies read alike too: only a shared news-wire credit
    (two translations of one Reuters story) lets the copies' lower evidence bar cite one for the
    other; a shared data source (BMKG) or no credit does not."""
    for wires, cited in (((), False), (("BMKG",), False), (("Reuters",), True), (("REUTERS",), True)):
        articles, times = _alike(wires)
        (event,) = build_timeline(articles, times, Options())
        assert event.text == FLOOD
        assert ("Empat.txt" in [s.source for s in event.sources]) is cited, wires
