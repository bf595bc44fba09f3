"""Dates printed on a page (visible_dates): page date lines, read to ISO with their zone offset.

Names and sentences are invented for the tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.stages.visible_dates import parse_published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kompas.com - 04/02/2023, 15:30 WIB", "2023-02-04T15:30:00+07:00"),
        ("JUMAT, 14 JULI 2023 | 20:13 WIB | LAPORAN: SITI NURHALIZA", "2023-07-14T20:13:00+07:00"),
        ("Jumat, 28 Oktober 2022 12:00 WIB", "2022-10-28T12:00:00+07:00"),
        ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "2015-11-05T14:56:00+07:00"),
        ("Senin, 15 Februari 2016, 16:15 WITA", "2016-02-15T16:15:00+08:00"),
        ("Rabu, 3 Mei 2017 - 09:05 wit", "2017-05-03T09:05:00+09:00"),
        ("on 16 Feb 2016 at 09:20 WIB", "2016-02-16T09:20:00+07:00"),
        ("Sabtu, 7 Nopember 2015 pukul 10.30", "2015-11-07T10:30:00+07:00"),
        ("Selasa, 16 Februari 2016", "2016-02-16"),
        ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),
        ("31/02/2023, 10:00 WIB", None),
        ("Tidak ada tanggal di sini", None),
    ],
)
def test_parse_published(line: str, expected: str | None) -> None:
    assert parse_published(line) == expected


@given(st.text(max_size=200))
def test_parse_published_never_crashes(line: str) -> None:
    value = parse_published(line)
    assert value is None or value[:4].isdigit()


def test_date_and_time_split_by_a_slash() -> None:
    assert parse_published("Jumat, 24 Maret 2023 / 06:15 WIB") == "2023-03-24T06:15:00+07:00"
