"""`warta ingest` and ``pipeline.ingest``: idempotent, resumable after SIGKILL, one error row per bad
input, the summary line. Real SQLite files in tmp_path; inputs are invented here (own sentences)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import warta.pipeline as pipeline
from conftest import REPO, shared_path
from warta.cli import cli
from warta.io.readers import read_inputs
from warta.options import Options
from warta.pipeline import IngestEvent, ingest
from warta.records import Article, RawDoc, TimeExpr
from warta.store import Store

_CITIES = ("JAKARTA", "BANDUNG", "SURABAYA", "MAKASSAR", "MEDAN", "DENPASAR", "PONTIANAK")
_TOPICS = ("taman baca", "jembatan gantung", "pasar rakyat", "puskesmas keliling", "perpustakaan desa")


def invented_article(n: int) -> str:
    """A text dump of an invented Indonesian news article; ``n`` makes its body unique."""
    city = _CITIES[n % len(_CITIES)]
    topic = _TOPICS[n % len(_TOPICS)]
    day = 1 + n % 28
    return "\n\n".join(
        [
            f"Pemerintah kota {city.title()} meresmikan {topic} nomor {n}",
            f"{city}, WARTA CONTOH - Pemerintah kota meresmikan {topic} nomor {n} pada Sabtu "
            f"({day}/2/2023) setelah pembangunan yang berlangsung hampir delapan bulan lamanya.",
            f"Kepala dinas setempat mengatakan bahwa {topic} tersebut dibangun dengan anggaran daerah "
            f"dan akan melayani sekitar {100 + n} keluarga dari tiga kelurahan di sekitarnya.",
            '"Kami berharap fasilitas ini benar-benar dimanfaatkan oleh warga, terutama anak-anak '
            'dan para lansia," ujar kepala dinas kepada wartawan di lokasi peresmian.',
            f"Sejumlah warga yang hadir menyambut peresmian itu dengan gembira dan berjanji ikut "
            f"menjaga kebersihan serta keamanan {topic} bersama pengurus lingkungan.",
        ]
    )


def write_inputs(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"berita-{n:05d}.txt"
        path.write_text(invented_article(n), encoding="utf-8")
        paths.append(path)
    return paths


def write_bad_inputs(folder: Path) -> list[Path]:
    """An empty file and a binary file: neither is an article."""
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "kosong.txt"
    empty.write_bytes(b"")
    binary = folder / "gambar.txt"
    binary.write_bytes(bytes(range(256)) * 40 + b"\x00\x00\xff\xd8\xff\xe0" * 100)
    return [empty, binary]


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), order-independent."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_ingest_stores_every_input_once_and_twice_changes_nothing(tmp_path: Path) -> None:
    write_inputs(tmp_path / "in", 40)
    db = tmp_path / "w.db"
    with Store(db) as store:
        first = ingest([str(tmp_path / "in")], store, Options())
    assert (first.stored, first.already_present, first.errors) == (40, 0, 0)
    before = snapshot(db)
    with Store(db) as store:
        second = ingest([str(tmp_path / "in")], store, Options())
        assert store.count_articles() == 40
        assert all(len(store.sources(i)) == 1 for i in store.article_ids())
    assert (second.stored, second.already_present, second.errors) == (0, 40, 0)
    assert snapshot(db) == before


def test_bad_inputs_get_one_error_row_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_inputs(folder, 3)
    bad = write_bad_inputs(folder)
    db = tmp_path / "w.db"
    events: list[IngestEvent] = []
    for _ in range(2):
        with Store(db) as store:
            report = ingest([str(folder)], store, Options(), progress=events.append)
            assert report.errors == 2
            assert sorted(s for s, _ in report.bad_inputs) == sorted(str(p) for p in bad)
            assert all(reason for _, reason in report.bad_inputs)
            assert store.count_articles() == 3
            assert sorted(e["source"] for e in store.errors()) == sorted(str(p) for p in bad)
    assert len(events) == 2 * 5  # one event per input per run
    first_ids = [e.article_id for e in events[:5]]
    assert [e.article_id for e in events[5:]] == first_ids  # a skipped input still names its article
    assert sum(i is not None for i in first_ids) == 3
    assert count(db, "SELECT count(*) FROM errors") == 2


def test_same_text_under_two_names_is_one_article_with_both_sources(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(invented_article(1), encoding="utf-8")
    (folder / "salinan.txt").write_text(invented_article(1), encoding="utf-8")
    with Store(tmp_path / "w.db") as store:
        report = ingest([str(folder)], store, Options())
        assert (report.stored, report.already_present) == (1, 1)
        (only,) = store.article_ids()
        assert store.sources(only) == [str(folder / "a.txt"), str(folder / "salinan.txt")]
        assert [r.source for r in store.readings(only)] == store.sources(only)
        assert store.raw_input(str(folder / "a.txt")) == invented_article(1).encode("utf-8")


def test_jsonl_rows_are_articles_and_a_broken_row_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.jsonl"
    rows = [
        {"text": invented_article(n), "url": f"https://contoh.id/berita/{n}", "title": f"Judul {n}"}
        for n in range(3)
    ]
    path.write_text("\n".join([*(json.dumps(r) for r in rows), "{rusak"]) + "\n", encoding="utf-8")
    if not any(isinstance(d, RawDoc) and d.kind == "record" for d in read_inputs([str(path)], Options())):
        pytest.skip("this reader does not read JSONL rows yet")
    db = tmp_path / "w.db"
    with Store(db) as store:
        report = ingest([str(path)], store, Options())
        assert (report.stored, report.errors) == (3, 1)
        assert sorted(a.url or "" for a in store.articles()) == sorted(r["url"] for r in rows)
        assert len({s for a in store.article_ids() for s in store.sources(a)}) == 3  # one name per row
    before = snapshot(db)
    with Store(db) as store:
        again = ingest([str(path)], store, Options())
    assert (again.stored, again.already_present, again.errors) == (0, 3, 1)
    assert snapshot(db) == before


def test_changed_file_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (path,) = write_inputs(folder, 1)
    with Store(tmp_path / "w.db") as store:
        ingest([str(folder)], store, Options())
        path.write_text(invented_article(99), encoding="utf-8")
        report = ingest([str(folder)], store, Options())
        assert report.stored == 1
        assert store.count_articles() == 2


def test_process_pool_gives_the_same_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_inputs(folder, 70)
    write_bad_inputs(folder)
    results = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        with Store(db) as store:
            report = ingest([str(folder)], store, Options(workers=workers))
            results.append(((report.stored, report.errors), [a.to_record() for a in store.articles()]))
    assert results[0] == results[1]
    assert results[0][0] == (70, 2)


def test_analysis_hook_results_are_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seam the time/entity/quote stages plug into: whatever ``analyse`` returns is kept."""

    def fake_stage(article: Article, options: Options) -> pipeline.Analysis:
        start = article.text.index("Sabtu")
        found = TimeExpr(text="Sabtu", start=start, end=start + 5, value="2023-02-04", granularity="day")
        return {"times": [found], "entities": [], "quotes": [], "published_inferred": "2023-02-04"}

    monkeypatch.setattr(pipeline, "analyse", fake_stage)
    write_inputs(tmp_path / "in", 2)
    with Store(tmp_path / "w.db") as store:
        ingest([str(tmp_path / "in")], store, Options())
        for article in store.articles():
            (found,) = store.times(article.id)
            assert article.text[found.start : found.end] == "Sabtu"
            assert article.published_inferred == "2023-02-04"


def test_a_crashing_extractor_is_an_error_row_and_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_inputs(tmp_path / "in", 3)
    real = pipeline.extract

    def flaky(doc: Any, options: Any) -> Article:
        if doc.source.endswith("00001.txt"):
            raise ValueError("tak terduga")
        return real(doc, options)

    db = tmp_path / "w.db"
    monkeypatch.setattr(pipeline, "extract", flaky)
    with Store(db) as store:
        report = ingest([str(tmp_path / "in")], store, Options())
        assert (report.stored, report.errors) == (2, 1)
        assert "internal error" in store.errors()[0]["reason"]
    monkeypatch.setattr(pipeline, "extract", real)
    with Store(db) as store:
        report = ingest([str(tmp_path / "in")], store, Options())
        assert (report.stored, report.already_present, report.errors) == (1, 2, 0)
        assert store.errors() == []


def test_cli_prints_each_bad_input_and_the_summary_and_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_inputs(folder, 3)
    bad = write_bad_inputs(folder)
    db = tmp_path / "w.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "stored 3, already present 0, errors 2"
    for path in bad:
        assert sum(str(path) in line for line in lines) == 1
    assert result.stdout == ""
    again = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "2"])
    assert again.exit_code == 0
    assert again.stderr.strip().splitlines()[-1] == "stored 0, already present 3, errors 2"


def test_cli_exits_1_when_the_store_cannot_be_opened(tmp_path: Path) -> None:
    write_inputs(tmp_path / "in", 1)
    not_a_db = tmp_path / "rusak.db"
    not_a_db.write_bytes(b"bukan basis data " * 200)
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(not_a_db)])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "rusak.db" in result.stderr
    assert CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "x.db")]).exit_code == 2  # no PATH


KILL_INPUTS = 600
"""Enough inputs that the first run is still busy when it is killed right after its first commit."""


@pytest.fixture(scope="module")
def kill_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Article]]:
    """The inputs of the kill tests, and the articles an uninterrupted run stores from them."""
    folder = tmp_path_factory.mktemp("kill") / "in"
    write_inputs(folder, KILL_INPUTS)
    with Store.memory() as store:
        ingest([str(folder)], store, Options())
        return folder, {a.id: a for a in store.articles()}


def _children(pid: int) -> list[int]:
    """Child processes of ``pid`` (Linux /proc; empty elsewhere)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.parametrize("workers", [1, 2])
def test_killed_ingest_resumes_without_loss_or_duplicates(
    tmp_path: Path, workers: int, kill_inputs: tuple[Path, dict[str, Article]]
) -> None:
    folder, expected = kill_inputs
    db = tmp_path / "w.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "warta", "ingest", str(folder), "--db", str(db), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    committed = 0
    pool: list[int] = []
    deadline = time.monotonic() + 60
    try:
        while committed == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
            try:
                committed = count(db, "SELECT count(*) FROM articles")
            except sqlite3.Error:  # not created yet, or being migrated
                continue
        assert proc.poll() is None, "the ingest finished before it could be killed"
        pool = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert 0 < committed < KILL_INPUTS
    if workers > 1:  # pool workers must not outlive a killed ingest
        assert pool
        gone_by = time.monotonic() + 10
        while any(_alive(p) for p in pool) and time.monotonic() < gone_by:
            time.sleep(0.05)
        survivors = [p for p in pool if _alive(p)]
        for pid in survivors:
            os.kill(pid, signal.SIGKILL)
        assert survivors == []

    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", str(workers)])
    assert result.exit_code == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    stored, present = (int(part.split()[-1]) for part in summary.split(",")[:2])
    assert stored + present == KILL_INPUTS and present >= committed and stored > 0
    assert summary.endswith("errors 0")

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == KILL_INPUTS
        per_source = conn.execute("SELECT source, count(*) FROM raw_inputs GROUP BY source").fetchall()
        assert len(per_source) == KILL_INPUTS and {n for _, n in per_source} == {1}
        linked = conn.execute("SELECT count(DISTINCT article_id) FROM raw_inputs").fetchone()[0]
        assert linked == KILL_INPUTS
        assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    finally:
        conn.close()
    with Store(db) as store:  # the same articles as an uninterrupted run
        assert {a.id: a for a in store.articles()} == expected


@pytest.mark.gate
@pytest.mark.parametrize("folder", ["seeds", "corpus/pages"])
def test_real_pages_ingested_twice_change_nothing(tmp_path: Path, folder: str) -> None:
    seeds = shared_path(*folder.split("/"))
    db = tmp_path / "real.db"
    with Store(db) as store:
        first = ingest([str(seeds)], store, Options())
        assert first.seen >= len(
            [p for p in seeds.rglob("*") if p.is_file()]
        )  # rows of a .jsonl count one each
        assert first.stored >= 1
    before = snapshot(db)
    with Store(db) as store:
        second = ingest([str(seeds)], store, Options())
    assert second.stored == 0
    assert second.already_present == first.stored + first.already_present
    assert snapshot(db) == before
