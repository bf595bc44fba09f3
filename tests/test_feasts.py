"""Cross-check of the moving-feast table (``warta.lang.id.feasts``) against calendar packages.

- Islamic feasts (1 Ramadan, 1 Syawal = Idul Fitri, 10 Zulhijah = Idul Adha) against ``hijridate``,
  the Umm al-Qura calendar of Saudi Arabia. Indonesia's government fixes these dates by sighting
  the new moon (rukyat, with the MABIMS visibility criteria) at the isbat session, so its dates
  may fall a day or two after Umm al-Qura's (never before it by more than that):
  ``ISLAMIC_TOLERANCE_DAYS`` allows for that. The test proves the table is the right month and year
  and at most that far off; it cannot prove the government's exact day.
- Imlek (1st day of the 1st Chinese lunar month) against ``lunarcalendar``: exact, since China's
  calendar date and Indonesia's (UTC+7..+9, as China's UTC+8) agree.
- Nyepi and Waisak cannot be computed by any calendar package here: Nyepi follows the Balinese Saka
  calendar (the day after Tilem Kesanga, set each year by the Hindu council PHDI, with its own rules
  for which new moon is the ninth), Waisak the date Buddhist councils (WALUBI) pick for the Vesak full
  moon. What can be checked is the moon: Nyepi is the day of or after a new moon (in WITA, Bali's
  time), and Waisak falls on a full moon (in WIB), both via ``ephem``, which ``lunarcalendar`` brings.
  The choice of the month is not checked.

The packages are test extras only (not runtime dependencies): the tests skip without them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from warta.lang.id import feasts

ISLAMIC_TOLERANCE_DAYS = 2
"""Indonesia's government dates may follow Umm al-Qura's by up to this many days (sighting)."""

ISLAMIC_FEASTS = {
    "ramadan_start": (feasts.RAMADAN_START, 9, 1),
    "idul_fitri": (feasts.IDUL_FITRI, 10, 1),
    "idul_adha": (feasts.IDUL_ADHA, 12, 10),
    "isra_mikraj": (feasts.ISRA_MIKRAJ, 7, 27),
    "tahun_baru_islam": (feasts.TAHUN_BARU_ISLAM, 1, 1),
    "maulid": (feasts.MAULID, 3, 12),
}
"""Table, Hijri month and day of each Islamic feast."""

WIB_HOURS, WITA_HOURS = 7, 8
MOON_TOLERANCE_DAYS = 1


def _umm_al_qura(hijri_year: int, month: int, day: int) -> date:
    hijridate = pytest.importorskip("hijridate")
    gregorian = hijridate.Hijri(hijri_year, month, day).to_gregorian()
    return date(gregorian.year, gregorian.month, gregorian.day)


@pytest.mark.parametrize("key", sorted(ISLAMIC_FEASTS))
def test_islamic_feasts_agree_with_umm_al_qura_within_the_tolerance(key: str) -> None:
    table, month, day = ISLAMIC_FEASTS[key]
    wrong = []
    for year, listed in sorted(table.items()):
        reference = _umm_al_qura(year - feasts.HIJRI_YEAR_OFFSETS[key], month, day)
        if not 0 <= (listed - reference).days <= ISLAMIC_TOLERANCE_DAYS:
            wrong.append((year, listed.isoformat(), reference.isoformat()))
    assert not wrong, f"{key}: (year, table, Umm al-Qura) {wrong}"


def test_the_hijri_year_offset_holds_for_every_listed_year() -> None:
    for key, (table, month, day) in ISLAMIC_FEASTS.items():
        for year in table:
            assert _umm_al_qura(year - feasts.HIJRI_YEAR_OFFSETS[key], month, day).year == year, (key, year)


def test_ramadan_lasts_29_or_30_days() -> None:
    for year in feasts.RAMADAN_START:
        span = feasts.ramadan_span(year)
        assert span is not None, year
        assert (span[1] - span[0]).days + 1 in (29, 30), year


def test_imlek_is_the_first_day_of_the_chinese_year() -> None:
    lunarcalendar = pytest.importorskip("lunarcalendar")
    wrong = []
    for year, listed in sorted(feasts.IMLEK.items()):
        solar = lunarcalendar.Converter.Lunar2Solar(lunarcalendar.Lunar(year, 1, 1, isleap=False))
        if date(solar.year, solar.month, solar.day) != listed:
            wrong.append((year, listed.isoformat(), f"{solar.year}-{solar.month:02d}-{solar.day:02d}"))
    assert not wrong, f"(year, table, lunarcalendar) {wrong}"


def _local_day(moment: object, hours: int) -> date:
    ephem = pytest.importorskip("ephem")
    when: datetime = ephem.Date(moment).datetime()
    return (when + timedelta(hours=hours)).date()


def test_nyepi_follows_a_new_moon_and_waisak_is_a_full_moon() -> None:
    ephem = pytest.importorskip("ephem")
    for year, listed in sorted(feasts.NYEPI.items()):
        start = ephem.Date(datetime(listed.year, listed.month, listed.day) - timedelta(days=5))
        new_moon = _local_day(ephem.next_new_moon(start), WITA_HOURS)
        assert 0 <= (listed - new_moon).days <= MOON_TOLERANCE_DAYS, (year, listed, new_moon)
        assert listed.month in (3, 4), year
    for year, listed in sorted(feasts.WAISAK.items()):
        start = ephem.Date(datetime(listed.year, listed.month, listed.day) - timedelta(days=5))
        full_moon = _local_day(ephem.next_full_moon(start), WIB_HOURS)
        assert abs((listed - full_moon).days) <= MOON_TOLERANCE_DAYS, (year, listed, full_moon)
        assert listed.month in (4, 5, 6), year
