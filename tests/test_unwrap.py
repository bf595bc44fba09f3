"""Lines of a dump back into paragraphs: wrapped and broken lines joined, others left alone."""

from __future__ import annotations

from warta.stages.unwrap import unwrap


def test_lines_that_carry_on_a_sentence_are_joined() -> None:
    lines = [
        "Pemerintah kota meresmikan lomba film pendek bertema belas kasihan dan",
        "keadilan. Lomba ini terbuka untuk umum.",
        "",
        "Judul Tanpa Titik",
        "* daftar tautan",
        "warga kota diminta ikut serta.",
    ]
    assert unwrap(lines) == [
        "Pemerintah kota meresmikan lomba film pendek bertema belas kasihan dan keadilan. Lomba ini "
        "terbuka untuk umum.",
        "",
        "Judul Tanpa Titik",
        "* daftar tautan",
        "warga kota diminta ikut serta.",
    ]
