"""The store: round trips, idempotency, migrations, per-article and corpus results, threads."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.errors import WartaError
from warta.records import Article, CopyGroup, Entity, Mention, Quote, RawDoc, Story, TimeExpr
from warta.store import SCHEMA_VERSION, Store, raw_sha256
from warta.store.migrations import MIGRATIONS, statements

_text = st.text(min_size=0, max_size=40)
_maybe = st.none() | _text
_names = st.lists(st.text(min_size=1, max_size=20), max_size=4).map(tuple)

articles = st.builds(
    Article,
    source=st.text(min_size=1, max_size=40),
    paragraphs=st.lists(st.text(min_size=1, max_size=200), max_size=6).map(tuple),
    title=_maybe,
    outlet=_maybe,
    url=_maybe,
    published=_maybe,
    published_inferred=_maybe,
    authors=_names,
    editors=_names,
    translators=_names,
    dateline=_maybe,
    wire_sources=_names,
    language=_maybe,
    kind=st.sampled_from(["html", "text", "record"]),
)


def _article(n: int, published: str | None = "2023-02-04T10:00:00+07:00", **extra: object) -> Article:
    """An invented Indonesian article; ``n`` makes its text (and so its id) unique."""
    return Article(
        source=f"berita-{n}.txt",
        paragraphs=(
            f"JAKARTA, WARTA - Pemerintah kota meresmikan taman baca nomor {n} pada Sabtu pagi.",
            "Warga menyambut taman itu dengan gembira, kata kepala dinas kepada wartawan.",
        ),
        title=f"Taman baca {n} diresmikan",
        outlet="Warta Contoh",
        published=published,
        authors=("Sari Wulandari",),
        dateline="JAKARTA",
        language="id",
        **extra,  # type: ignore[arg-type]
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles)
def test_any_article_round_trips(article: Article) -> None:
    with Store.memory() as store:
        assert store.add_article(article) is True
        assert store.article(article.id) == article
        assert list(store.articles()) == [article]
        assert store.article_ids() == [article.id]


@settings(max_examples=50, deadline=None)
@given(article=articles)
def test_adding_twice_keeps_one_row(article: Article) -> None:
    with Store.memory() as store:
        assert store.add_article(article) is True
        assert store.add_article(article) is False
        assert store.add_article(article.with_(title="another reading")) is False
        assert store.count_articles() == 1
        assert store.article(article.id) == article  # the first reading wins


def test_articles_are_ordered_by_published_then_id() -> None:
    dates = ["2023-02-05T08:00:00+07:00", None, "2023-02-04T08:00:00+07:00", "2023-02-04T08:00:00+07:00"]
    items = [_article(n, published=d) for n, d in enumerate(dates)]
    with Store.memory() as store:
        for item in reversed(items):
            store.add_article(item)
        got = list(store.articles())
        expected = sorted(items, key=lambda a: (a.published is not None, a.published or "", a.id))
        assert [a.id for a in got] == [a.id for a in expected]
        assert store.article_ids() == [a.id for a in expected]
        assert [a.id for a in store.articles(ids=[items[2].id, items[0].id])] == [items[2].id, items[0].id]


def test_raw_input_is_kept_and_has_source_is_exact(tmp_path: Path) -> None:
    raw_bytes = b"Jakarta -- isi berkas mentah\n"
    doc = RawDoc(source="a.txt", kind="text", data=raw_bytes.decode(), raw=raw_bytes)
    with Store(tmp_path / "w.db") as store:
        assert not store.has_source("a.txt", raw_sha256(doc))
        store.add_article(_article(1), raw=doc)
        assert store.has_source("a.txt", raw_sha256(doc))
        assert not store.has_source("a.txt", "0" * 64)
        assert not store.has_source("b.txt", raw_sha256(doc))
        assert store.raw_input("a.txt") == raw_bytes
        store.add_article(_article(1), raw=doc.__class__("copy/a.txt", "text", doc.data, raw=raw_bytes))
        assert store.sources(_article(1).id) == ["a.txt", "copy/a.txt"]
        blobs = store._query("SELECT count(*) FROM raw_blobs")[0][0]
        assert blobs == 1  # the same bytes under two names are kept once


def test_copies_of_one_text_are_one_article_with_each_reading_kept() -> None:
    first = _article(4).with_(source="a/berita.html", url="https://satu.contoh/berita", outlet="Satu")
    copy = first.with_(
        source="b/berita.html",
        url="https://dua.contoh/berita",
        outlet="Dua",
        published="2023-02-05T09:00:00+07:00",
        authors=("Budi",),
    )
    with Store.memory() as store:
        for article in (first, copy):
            raw = RawDoc(source=article.source, kind="html", data=f"<p>{article.url}</p>")
            store.add_article(article, raw=raw)
        assert store.count_articles() == 1
        assert store.article(first.id) == first
        assert store.readings(first.id) == [first, copy]
        assert store.readings("absent") == []
        solo = _article(5)
        store.add_article(solo)
        assert store.readings(solo.id) == [solo]


def test_errors_are_one_row_per_bad_input_and_cleared_by_success() -> None:
    with Store.memory() as store:
        store.add_error("kosong.txt", "empty file")
        store.add_error("kosong.txt", "empty file")
        store.add_error("biner.bin", "binary file")
        first = store.errors()
        assert [(e["source"], e["reason"]) for e in first] == [
            ("kosong.txt", "empty file"),
            ("biner.bin", "binary file"),
        ]
        store.add_error("kosong.txt", "empty file")
        assert store.errors() == first  # not even the timestamp moves
        doc = RawDoc(source="kosong.txt", kind="text", data="sekarang ada isinya", raw=b"x")
        store.add_error("kosong.txt", "not an article", raw=doc)
        assert not store.has_source("kosong.txt", raw_sha256(doc))
        store.add_article(_article(2), raw=doc)
        assert [e["source"] for e in store.errors()] == ["biner.bin"]
        assert store.has_source("kosong.txt", raw_sha256(doc))


def test_search_finds_words_of_title_and_text_and_survives_bad_syntax() -> None:
    with Store.memory() as store:
        store.add_article(_article(1))
        other = Article(
            source="x", paragraphs=("Banjir merendam ratusan rumah di tepi sungai.",), title="Banjir"
        )
        store.add_article(other)
        assert store.search("banjir") == [other.id]
        assert store.search("taman") == [_article(1).id]
        assert store.search("diresmikan") == [_article(1).id]  # title word
        assert store.search('rumah "sungai') == [other.id]  # unbalanced quote: searched as words
        assert store.search("gempa") == []
        assert store.search("   ") == []


def test_per_article_results_replace_and_round_trip() -> None:
    art = _article(3)
    times = [
        TimeExpr(text="Sabtu", start=10, end=15, value="2023-02-04", granularity="day"),
        TimeExpr(
            text="2-3 Februari",
            start=20,
            end=32,
            value="2023-02-02",
            granularity="range",
            end_value="2023-02-03",
        ),
    ]
    ents = [
        Entity(
            name="Sari Wulandari",
            type="PERSON",
            aliases=("Sari",),
            role="kepala dinas",
            mentions=(Mention(0, 4), Mention(30, 44)),
        ),
        Entity(name="Jakarta", type="PLACE"),
    ]
    quotes = [
        Quote(
            speaker="Sari Wulandari",
            speaker_role="kepala dinas",
            kind="direct",
            cue="kata",
            text="Taman ini untuk semua",
            start=5,
            end=26,
        )
    ]
    with Store.memory() as store:
        store.add_article(art)
        for _ in range(2):
            store.save_times(art.id, times)
            store.save_entities(art.id, ents)
            store.save_quotes(art.id, quotes)
        assert store.times(art.id) == times
        assert store.entities(art.id) == [(art.id, e) for e in ents]
        assert store.entities() == [(art.id, e) for e in ents]
        assert store.quotes() == [(art.id, quotes[0])]
        store.save_times(art.id, times[:1])
        assert store.times(art.id) == times[:1]
        store.set_published_inferred(art.id, "2023-02-04")
        stored = store.article(art.id)
        assert stored is not None and stored.published_inferred == "2023-02-04"
        with pytest.raises(sqlite3.IntegrityError):
            store.save_times("not-an-article", times)


def test_corpus_results_replace_wholesale() -> None:
    a, b, c = (_article(n) for n in range(3))
    groups = [CopyGroup(id="g1", relation="near_copy", original=a.id, members=(a.id, b.id))]
    stories = [
        Story(
            id="s1",
            label="Taman baca",
            article_ids=(b.id, a.id, c.id),
            first_published="2023-02-04",
            last_published="2023-02-05",
            outlets=("Warta Contoh",),
        )
    ]
    with Store.memory() as store:
        for art in (a, b, c):
            store.add_article(art)
        store.replace_copy_groups(groups)
        store.replace_copy_groups(groups)
        assert store.copy_groups() == groups
        store.replace_stories(stories)
        assert store.stories() == stories
        store.replace_copy_groups([])
        assert store.copy_groups() == []
        store.replace_stories([])
        assert store.stories() == []


def test_signatures_and_band_candidates() -> None:
    a, b, c = (_article(n) for n in range(3))
    with Store.memory() as store:
        for art in (a, b, c):
            store.add_article(art)
        store.save_signature(a.id, b"\x01\x02", band_keys=["0:aa", "1:bb"])
        store.save_signature(b.id, b"\x03", band_keys=["0:aa", "1:cc"])
        store.save_signature(c.id, b"\x04")
        store.save_signature(a.id, b"\x05", band_keys=["0:aa", "1:bb"])  # replaces
        assert dict(store.signatures()) == {a.id: b"\x05", b.id: b"\x03", c.id: b"\x04"}
        assert store.band_candidates(["0:aa"]) == sorted([a.id, b.id])
        assert store.band_candidates(["1:cc", "9:zz"]) == [b.id]
        assert store.band_keys(a.id) == ["0:aa", "1:bb"]
        d = _article(9)
        store.add_article(d)
        assert store.unsigned_article_ids() == [d.id]
        counts = store.counts()
        assert counts["articles"] == 4 and counts["signatures"] == 3 and counts["errors"] == 0


def test_fresh_store_has_the_latest_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
        mode = store._query("PRAGMA journal_mode")[0][0]
        assert mode == "wal"


def test_v1_store_is_upgraded_in_place_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    art = _article(7)
    conn.execute(
        "INSERT INTO articles (id, source, kind, paragraphs, text, ingested_at, title) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            art.id,
            art.source,
            art.kind,
            json.dumps(list(art.paragraphs)),
            art.text,
            "2026-01-01",
            art.title,
        ),
    )
    conn.execute("INSERT INTO errors (source, reason, at) VALUES ('rusak.html', 'binary file', '2026-01-01')")
    conn.execute("INSERT INTO raw_blobs VALUES ('ab', 1, 'zlib', x'00')")
    conn.execute(
        "INSERT INTO raw_inputs (source, sha256, article_id, ingested_at) VALUES (?, 'ab', ?, '2026-01-01')",
        (art.source, art.id),
    )
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        stored = store.article(art.id)
        assert stored is not None and stored.paragraphs == art.paragraphs and stored.title == art.title
        assert store.search("taman") == [art.id]
        assert store.errors()[0]["source"] == "rusak.html"
        assert store.readings(art.id) == [stored]  # a reading stored before version 3
        store.save_times(
            art.id, [TimeExpr(text="Sabtu", start=0, end=5, value="2023-02-04", granularity="day")]
        )
    with Store(path) as store:  # reopening an up-to-date store migrates nothing and keeps everything
        assert store.schema_version() == SCHEMA_VERSION
        assert len(store.times(art.id)) == 1


def test_newer_or_broken_store_is_refused_with_a_reason(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(WartaError, match="newer"):
        Store(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WartaError, match=r"junk\.db"):
        Store(junk)
    with pytest.raises(WartaError):
        Store(tmp_path / "no" / "such" / "dir" / "w.db")


def test_a_failed_transaction_leaves_nothing() -> None:
    with Store.memory() as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(_article(1))
            store.add_error("x", "y")
            raise RuntimeError("boom")
        assert store.count_articles() == 0
        assert store.errors() == []


def test_store_is_usable_from_several_threads(tmp_path: Path) -> None:
    failures: list[BaseException] = []
    with Store(tmp_path / "w.db") as store:

        def work(offset: int) -> None:
            try:
                for n in range(offset, offset + 25):
                    store.add_article(_article(n))
                    store.count_articles()
                    list(store.articles())
            except BaseException as exc:  # pragma: no cover - reported below
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(k * 25,)) for k in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        assert store.count_articles() == 100


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_a_failing_migration_leaves_the_store_at_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warta.store.db as db

    path = tmp_path / "w.db"
    with Store(path) as store:
        store.add_article(_article(1))
    broken = "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(db, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(WartaError, match="no_such_table"):
        Store(path)
    monkeypatch.undo()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.count_articles() == 1
        assert not store._query("SELECT name FROM sqlite_master WHERE name = 'half_done'")
