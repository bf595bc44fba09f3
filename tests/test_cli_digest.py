"""`warta summarize` and `warta digest` on invented pages: shapes, citations, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from warta.cli import cli

PAGE_A = """Jakarta - Pemkot Sukamaju meresmikan jembatan di atas Sungai Cikaret pada Senin (4/3/2024).

Jembatan sepanjang 120 meter itu menghubungkan dua desa yang selama ini terpisah oleh sungai.

"Warga tidak perlu lagi memutar sejauh sepuluh kilometer," kata Wali Kota Sukamaju Budi Santoso.

Pembangunan jembatan menelan biaya Rp 4 miliar dari anggaran daerah tahun 2023.

Selama ini anak-anak sekolah harus menyeberang dengan rakit bambu yang sering terbalik saat air naik.

Kepala Dinas Pekerjaan Umum Sukamaju mengatakan jembatan itu mampu menahan beban dua ton sekaligus.

Warga berharap jembatan serupa segera dibangun di tiga desa lain yang juga terpisah oleh sungai.
"""
PAGE_B = """Sukamaju - Harga cabai rawit di Pasar Induk Sukamaju naik dua kali lipat pada Selasa (5/3/2024).

Pedagang menyebut pasokan dari petani berkurang karena hujan deras sepanjang Februari 2024.

Dinas Perdagangan berjanji menggelar operasi pasar pada Kamis (7/3/2024) di tiga kecamatan.

Harga cabai merah keriting ikut naik menjadi Rp 80.000 per kilogram dari sebelumnya Rp 45.000.

Sejumlah pedagang warung makan mengaku terpaksa mengurangi porsi sambal untuk pelanggan mereka.

Petani di lereng Gunung Cikaret memperkirakan panen baru akan normal kembali pada bulan depan.
"""


def _pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE_A, encoding="utf-8")
    (folder / "b.txt").write_text(PAGE_B, encoding="utf-8")
    return folder


def test_summarize_json_and_text(tmp_path: Path) -> None:
    folder = _pages(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["summarize", str(folder), "--sentences", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["sentences"]) == 2
    for sentence in data["sentences"]:
        assert sentence["text"] and sentence["sources"][0]["source"].endswith((".txt",))
    one = runner.invoke(cli, ["summarize", str(folder / "a.txt"), "-n", "1"])
    assert one.exit_code == 0 and one.stdout.count("\n") == 1
    assert "[" in one.stdout and "a.txt" in one.stdout


def test_summarize_bad_input_is_one_line_exit_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["summarize", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1
    assert "absent.txt" in result.output


def test_digest_writes_the_report_and_reuses_a_store(tmp_path: Path) -> None:
    folder = _pages(tmp_path)
    out = tmp_path / "out"
    db = tmp_path / "store.db"
    runner = CliRunner()
    args = ["digest", str(folder), "-o", str(out), "--db", str(db), "--events", "3"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    written = json.loads(result.stdout)
    assert Path(written["html"]).exists() and Path(written["markdown"]).exists()
    data = json.loads((out / "digest.json").read_text(encoding="utf-8"))
    assert data["overview"]["articles"] == 2
    assert 1 <= len(data["timeline"]) <= 3
    named = {"2023", "2024-02", "2024-03-04", "2024-03-05", "2024-03-07", "2024-04"}
    assert {e["date"] for e in data["timeline"]} <= named
    again = runner.invoke(cli, args)  # the inputs are already in the store: same digest
    assert again.exit_code == 0, again.output
    second = json.loads((out / "digest.json").read_text(encoding="utf-8"))
    assert [e["date"] for e in second["timeline"]] == [e["date"] for e in data["timeline"]]
    assert second["overview"]["articles"] == 2


def test_digest_of_one_story_and_of_an_unknown_story(tmp_path: Path) -> None:
    folder = _pages(tmp_path)
    runner = CliRunner()
    first = runner.invoke(cli, ["digest", str(folder), "-o", str(tmp_path / "all")])
    assert first.exit_code == 0, first.output
    stories = json.loads((tmp_path / "all" / "digest.json").read_text(encoding="utf-8"))["stories"]
    assert stories
    story = stories[0]
    one = runner.invoke(cli, ["digest", str(folder), "-o", str(tmp_path / "one"), "--story", story["id"]])
    assert one.exit_code == 0, one.output
    data = json.loads((tmp_path / "one" / "digest.json").read_text(encoding="utf-8"))
    assert data["story"] == story["id"]
    assert {s["id"] for s in data["sources"]} == set(story["articles"])
    bad = runner.invoke(cli, ["digest", str(folder), "-o", str(tmp_path / "x"), "--story", "nope"])
    assert bad.exit_code == 1 and "nope" in bad.output


def test_digest_with_nothing_readable_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["digest", str(tmp_path / "absent"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
