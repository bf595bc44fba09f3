"""Moving feasts that Indonesian news dates events by: Islamic (lunar) and Chinese (lunisolar).

Their Gregorian dates change every year, so they are a table, not arithmetic. Source convention:
the Islamic dates are the Indonesian government's (the Kementerian Agama isbat session and the
joint ministerial decree on national holidays), which can differ by a day from Muhammadiyah's
hisab ("Idul Fitri 2023": government 22 April, Muhammadiyah 21 April). Imlek is the first day of
the Chinese lunisolar year; Nyepi and Waisak are the national holidays' dates. Only years whose
dates are settled and known are listed: a year not in a table gives no value (never a guessed
date). Isra Mikraj, Tahun Baru Islam and Maulid Nabi are listed from 2022 (national holidays).

``tests/test_feasts.py`` checks the table: the Islamic dates against the Umm al-Qura calendar
(``hijridate``; the government's dates fall 0-2 days after it, here always 0 or 1), Imlek exactly
against ``lunarcalendar``, and Nyepi and Waisak only against the moon (a new moon the day of or
before Nyepi, a full moon on Waisak): their month is a council's choice no package computes.
The 2026 rows: 1 Ramadan and Idul Fitri as the isbat sessions set them (19 February, 21 March);
Idul Adha, Nyepi and Waisak as the 2026 national-holiday decree (SKB) lists them.
"""

from __future__ import annotations

from datetime import date

GREGORIAN_MINUS_HIJRI = 579
"""Gregorian year minus Hijri year of each Ramadan, Idul Fitri and Idul Adha of 2010-2030
(Idul Fitri 1444 H fell in 2023)."""

RAMADAN_START: dict[int, date] = {
    2010: date(2010, 8, 11),
    2011: date(2011, 8, 1),
    2012: date(2012, 7, 21),
    2013: date(2013, 7, 10),
    2014: date(2014, 6, 29),
    2015: date(2015, 6, 18),
    2016: date(2016, 6, 6),
    2017: date(2017, 5, 27),
    2018: date(2018, 5, 17),
    2019: date(2019, 5, 6),
    2020: date(2020, 4, 24),
    2021: date(2021, 4, 13),
    2022: date(2022, 4, 3),
    2023: date(2023, 3, 23),
    2024: date(2024, 3, 12),
    2025: date(2025, 3, 1),
    2026: date(2026, 2, 19),
}
"""1 Ramadan by Gregorian year; Ramadan ends the day before Idul Fitri."""

IDUL_FITRI: dict[int, date] = {
    2010: date(2010, 9, 10),
    2011: date(2011, 8, 31),
    2012: date(2012, 8, 19),
    2013: date(2013, 8, 8),
    2014: date(2014, 7, 28),
    2015: date(2015, 7, 17),
    2016: date(2016, 7, 6),
    2017: date(2017, 6, 25),
    2018: date(2018, 6, 15),
    2019: date(2019, 6, 5),
    2020: date(2020, 5, 24),
    2021: date(2021, 5, 13),
    2022: date(2022, 5, 2),
    2023: date(2023, 4, 22),
    2024: date(2024, 4, 10),
    2025: date(2025, 3, 31),
    2026: date(2026, 3, 21),
}
"""1 Syawal by Gregorian year."""

IDUL_ADHA: dict[int, date] = {
    2010: date(2010, 11, 17),
    2011: date(2011, 11, 6),
    2012: date(2012, 10, 26),
    2013: date(2013, 10, 15),
    2014: date(2014, 10, 5),
    2015: date(2015, 9, 24),
    2016: date(2016, 9, 12),
    2017: date(2017, 9, 1),
    2018: date(2018, 8, 22),
    2019: date(2019, 8, 11),
    2020: date(2020, 7, 31),
    2021: date(2021, 7, 20),
    2022: date(2022, 7, 10),
    2023: date(2023, 6, 29),
    2024: date(2024, 6, 17),
    2025: date(2025, 6, 6),
    2026: date(2026, 5, 27),
}
"""10 Zulhijah by Gregorian year."""

IMLEK: dict[int, date] = {
    2010: date(2010, 2, 14),
    2011: date(2011, 2, 3),
    2012: date(2012, 1, 23),
    2013: date(2013, 2, 10),
    2014: date(2014, 1, 31),
    2015: date(2015, 2, 19),
    2016: date(2016, 2, 8),
    2017: date(2017, 1, 28),
    2018: date(2018, 2, 16),
    2019: date(2019, 2, 5),
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
}
"""Chinese New Year (1st day of the 1st lunar month) by Gregorian year."""

NYEPI: dict[int, date] = {
    2010: date(2010, 3, 16),
    2011: date(2011, 3, 5),
    2012: date(2012, 3, 23),
    2013: date(2013, 3, 12),
    2014: date(2014, 3, 31),
    2015: date(2015, 3, 21),
    2016: date(2016, 3, 9),
    2017: date(2017, 3, 28),
    2018: date(2018, 3, 17),
    2019: date(2019, 3, 7),
    2020: date(2020, 3, 25),
    2021: date(2021, 3, 14),
    2022: date(2022, 3, 3),
    2023: date(2023, 3, 22),
    2024: date(2024, 3, 11),
    2025: date(2025, 3, 29),
    2026: date(2026, 3, 19),
}
"""Hari Raya Nyepi (Balinese Saka new year) by Gregorian year, as the national holiday."""

WAISAK: dict[int, date] = {
    2010: date(2010, 5, 28),
    2011: date(2011, 5, 17),
    2012: date(2012, 5, 6),
    2013: date(2013, 5, 25),
    2014: date(2014, 5, 15),
    2015: date(2015, 6, 2),
    2016: date(2016, 5, 22),
    2017: date(2017, 5, 11),
    2018: date(2018, 5, 29),
    2019: date(2019, 5, 19),
    2020: date(2020, 5, 7),
    2021: date(2021, 5, 26),
    2022: date(2022, 5, 16),
    2023: date(2023, 6, 4),
    2024: date(2024, 5, 23),
    2025: date(2025, 5, 12),
    2026: date(2026, 5, 31),
}
"""Hari Raya Waisak by Gregorian year, as the national holiday."""

ISRA_MIKRAJ: dict[int, date] = {
    2022: date(2022, 2, 28),
    2023: date(2023, 2, 18),
    2024: date(2024, 2, 8),
    2025: date(2025, 1, 27),
    2026: date(2026, 1, 16),
}
"""Isra Mikraj (27 Rajab) by Gregorian year, as the national holiday."""

TAHUN_BARU_ISLAM: dict[int, date] = {
    2022: date(2022, 7, 30),
    2023: date(2023, 7, 19),
    2024: date(2024, 7, 7),
    2025: date(2025, 6, 27),
    2026: date(2026, 6, 16),
}
"""Tahun Baru Islam (1 Muharam) by Gregorian year, as the national holiday."""

MAULID: dict[int, date] = {
    2022: date(2022, 10, 8),
    2023: date(2023, 9, 28),
    2024: date(2024, 9, 16),
    2025: date(2025, 9, 5),
    2026: date(2026, 8, 25),
}
"""Maulid Nabi Muhammad (12 Rabiulawal) by Gregorian year, as the national holiday."""

FEAST_DAYS: dict[str, dict[int, date]] = {
    "ramadan_start": RAMADAN_START,
    "idul_fitri": IDUL_FITRI,
    "idul_adha": IDUL_ADHA,
    "imlek": IMLEK,
    "nyepi": NYEPI,
    "waisak": WAISAK,
    "isra_mikraj": ISRA_MIKRAJ,
    "tahun_baru_islam": TAHUN_BARU_ISLAM,
    "maulid": MAULID,
}
"""One-day feasts by key."""

HIJRI_YEAR_OFFSETS: dict[str, int] = {
    "ramadan": GREGORIAN_MINUS_HIJRI,
    "ramadan_start": GREGORIAN_MINUS_HIJRI,
    "idul_fitri": GREGORIAN_MINUS_HIJRI,
    "idul_adha": GREGORIAN_MINUS_HIJRI,
    "isra_mikraj": GREGORIAN_MINUS_HIJRI,
    "tahun_baru_islam": GREGORIAN_MINUS_HIJRI - 1,
    "maulid": GREGORIAN_MINUS_HIJRI - 1,
}
"""Gregorian minus Hijri year of each Islamic feast over the listed years: Muharam and Rabiulawal
1445 fell in 2023, Rajab 1445 in 2024 (``tests/test_feasts.py`` checks every listed year)."""

FEAST_NAMES: dict[str, str] = {
    "idul fitri": "idul_fitri",
    "idulfitri": "idul_fitri",
    "idul fithri": "idul_fitri",
    "iedul fitri": "idul_fitri",
    "idul fitr": "idul_fitri",
    "hari raya idul fitri": "idul_fitri",
    "hari raya idulfitri": "idul_fitri",
    "hari raya lebaran": "idul_fitri",
    "lebaran": "idul_fitri",
    "1 syawal": "idul_fitri",
    "idul adha": "idul_adha",
    "iduladha": "idul_adha",
    "iedul adha": "idul_adha",
    "hari raya idul adha": "idul_adha",
    "hari raya iduladha": "idul_adha",
    "hari raya kurban": "idul_adha",
    "hari raya qurban": "idul_adha",
    "lebaran haji": "idul_adha",
    "imlek": "imlek",
    "tahun baru imlek": "imlek",
    "nyepi": "nyepi",
    "hari raya nyepi": "nyepi",
    "hari suci nyepi": "nyepi",
    "waisak": "waisak",
    "hari raya waisak": "waisak",
    "hari waisak": "waisak",
    "tri suci waisak": "waisak",
    "1 ramadan": "ramadan_start",
    "1 ramadhan": "ramadan_start",
    "ramadan": "ramadan",
    "ramadhan": "ramadan",
    "bulan ramadan": "ramadan",
    "bulan ramadhan": "ramadan",
    "bulan suci ramadan": "ramadan",
    "bulan suci ramadhan": "ramadan",
    "bulan puasa": "ramadan",
    "isra mikraj": "isra_mikraj",
    "isra miraj": "isra_mikraj",
    "isra mi'raj": "isra_mikraj",
    "isra' mi'raj": "isra_mikraj",
    "israk mikraj": "isra_mikraj",
    "isra' miraj": "isra_mikraj",
    "tahun baru islam": "tahun_baru_islam",
    "1 muharam": "tahun_baru_islam",
    "1 muharram": "tahun_baru_islam",
    "maulid nabi": "maulid",
    "maulid nabi muhammad": "maulid",
    "maulid nabi muhammad saw": "maulid",
    "maulid nabi saw": "maulid",
}
"""Written names (lowered) of the feasts; "ramadan" is the month-long fast, the rest are days."""

FEAST_NEEDLES = (
    "lebaran",
    "fit",
    "syawal",
    "adha",
    "urban",
    "imlek",
    "ramad",
    "puasa",
    "nyepi",
    "waisak",
    "isra",
    "muharam",
    "muharram",
    "baru islam",
    "maulid",
)
"""Every feast name contains one of these: a text holding none skips the feast pattern (speed)."""

NOT_A_TIME_BEFORE = frozenset(
    {
        "pasar",
        "bazar",
        "bazaar",
        "menu",
        "paket",
        "promo",
        "program",
        "edisi",
        "spesial",
        "kue",
        "hampers",
        "thr",
    }
)
"""Words making a bare feast name part of a noun ("pasar Ramadan", "THR Lebaran"), not a time."""

FEAST_PARTS: dict[str, float] = {"awal": 0.0, "pertengahan": 0.5, "medio": 0.5, "akhir": 1.0}
"""Where in Ramadan "awal/pertengahan/akhir Ramadan" falls (fraction of the month): its value is
the Gregorian month of that point."""


def ramadan_span(year: int) -> tuple[date, date] | None:
    """First and last day of the Ramadan in Gregorian ``year`` (None when not in the tables)."""
    start, fitri = RAMADAN_START.get(year), IDUL_FITRI.get(year)
    if start is None or fitri is None:
        return None
    return start, date.fromordinal(fitri.toordinal() - 1)


FEAST_LEAD_WORDS = frozenset(
    {
        "bulan",
        "selama",
        "saat",
        "ketika",
        "jelang",
        "menjelang",
        "memasuki",
        "sepanjang",
        "pada",
        "hingga",
        "sampai",
        "sejak",
        "usai",
        "setelah",
        "sesudah",
        "sebelum",
        "pasca",
        "hari",
        "raya",
        "suci",
        "mudik",
        "libur",
        "arus",
        "puasa",
        "tahun",
        "ini",
        "lalu",
        "nanti",
        "depan",
        "mendatang",
        "kemarin",
        "idul",
        "fitri",
        "adha",
        "h",
        "perayaan",
        "misa",
        "ibadah",
        "kebaktian",
    }
)
"""Capitalised words next to a feast name that leave it a time ("Selama Ramadan", "Mudik Lebaran",
"Ramadan Tahun Ini" in a title); any other capitalised neighbour makes it part of a name."""
