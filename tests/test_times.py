"""Unit tests of the temporal tagger, one form at a time, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.records import Article, TimeExpr
from warta.stages.times import clause_tense, infer_publication_date, tag_times, times_for_article
from warta.stages.times_normalise import parse_number

SATURDAY = "2023-02-04"  # anchor used by most cases: a Saturday


def only(text: str, anchor: str | None = SATURDAY) -> TimeExpr:
    found = tag_times(text, anchor)
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: str | None = SATURDAY) -> list[str]:
    return [t.value for t in tag_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("Rapat digelar Kamis, 27 Oktober 2022, di Bogor.", "2022-10-27", "day"),
        ("Rapat digelar 27 Oktober 2022 di Bogor.", "2022-10-27", "day"),
        ("Polisi menangkapnya Sabtu (4/2/2023) malam.", "2023-02-04TNI", "time"),
        ("Ia tiba di Medan (4/2/2023).", "2023-02-04", "day"),
        ("Warga berkumpul Senin (30/1).", "2023-01-30", "day"),
        ("Banjir surut pada (27/1).", "2023-01-27", "day"),
        ("Dia lahir pada 17 Agt 1990.", "1990-08-17", "day"),
        ("Kontrak diteken 3 Nop 2021.", "2021-11-03", "day"),
        ("Kontrak diteken 3 Peb 2021.", "2021-02-03", "day"),
        ("Kontrak diteken 12 Mrt 2021.", "2021-03-12", "day"),
        ("Kontrak diteken 5 Sept 2021.", "2021-09-05", "day"),
        ("Harga naik sejak Januari 2022.", "2022-01", "month"),
        ("Gedung itu dibangun pada tahun 1998.", "1998", "year"),
        ("Sejak 2005 ia tinggal di Solo.", "2005", "year"),
        ("Musik tahun 1980-an kembali populer.", "198", "decade"),
        ("Rapat digelar 2023-01-15 di Bandung.", "2023-01-15", "day"),
    ],
)
def test_absolute_dates(text: str, expected: str, granularity: str) -> None:
    expr = only(text)
    assert (expr.value, expr.granularity) == (expected, granularity)
    assert text[expr.start : expr.end] == expr.text


def test_day_ranges_have_a_start_and_an_end() -> None:
    expr = only("Pameran berlangsung pada 22-24 Juli 2022 di Jakarta.")
    assert (expr.value, expr.end_value) == ("2022-07-22", "2022-07-24")
    expr = only("Kunjungan itu berlangsung pada 1-2 Februari.")
    assert (expr.value, expr.end_value) == ("2023-02-01", "2023-02-02")
    expr = only("Libur berlangsung 30 Januari hingga 3 Februari 2023.")
    assert (expr.value, expr.end_value) == ("2023-01-30", "2023-02-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menteri itu berbicara pada Kamis di Bandung.", "2023-02-02"),
        ("Menteri itu berbicara pada Sabtu di Bandung.", "2023-02-04"),
        ("Menteri itu akan berbicara pada Selasa di Bandung.", "2023-02-07"),
        ("Pertemuan diharapkan digelar Rabu.", "2023-02-08"),
        ("Pertemuan digelar Rabu mendatang.", "2023-02-08"),
        ("Pertemuan yang sebelumnya dijadwalkan Jumat itu batal.", "2023-02-03"),
        ("Pasar ramai pada hari Minggu.", "2023-01-29"),
        ("Pasar ramai pada Minggu pagi.", "2023-01-29TMO"),
    ],
)
def test_weekdays(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_minggu_is_a_week_after_a_number_or_before_ini() -> None:
    assert values("Ia dirawat selama tiga minggu.") == ["P3W"]
    assert values("Harga naik minggu ini.") == ["2023-W05"]
    assert values("Minggu lalu harga naik.") == ["2023-W04"]


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("Ia datang kemarin.", "2023-02-03", "day"),
        ("Ia datang hari ini.", "2023-02-04", "day"),
        ("Ia datang besok.", "2023-02-05", "day"),
        ("Ia datang lusa.", "2023-02-06", "day"),
        ("Harga naik pekan lalu.", "2023-W04", "week"),
        ("Harga naik pekan depan.", "2023-W06", "week"),
        ("Harga naik bulan lalu.", "2023-01", "month"),
        ("Harga naik tahun lalu.", "2022", "year"),
        ("Pabrik itu dibuka setahun yang lalu.", "2022", "year"),
        ("Pabrik itu dibuka dua tahun lalu.", "2021", "year"),
        ("Pabrik itu dibuka tiga hari lalu.", "2023-02-01", "day"),
        ("Harga naik tahun ini.", "2023", "year"),
        ("Harganya sekarang murah.", "PRESENT_REF", "ref"),
        ("Harganya saat ini murah.", "PRESENT_REF", "ref"),
        ("Harganya turun baru-baru ini.", "PAST_REF", "ref"),
        ("Festival itu akan digelar pada bulan Agustus.", "2023-08", "month"),
        ("Festival itu digelar bulan Desember lalu.", "2022-12", "month"),
    ],
)
def test_relative_expressions(text: str, expected: str, granularity: str) -> None:
    expr = only(text)
    assert (expr.value, expr.granularity) == (expected, granularity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perang berlangsung selama hampir setahun.", "P1Y"),
        ("Ia menunggu tiga hari.", "P3D"),
        ("Ia menunggu dua menit.", "PT2M"),
        ("Ia menunggu 10 jam.", "PT10H"),
        ("Ia menunggu beberapa bulan.", "PXM"),
        ("Hujan turun bertahun-tahun.", "PXY"),
    ],
)
def test_durations(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_clock_times_attach_to_their_day() -> None:
    expr = only("Kapal berangkat Senin (30/1/2023) pukul 08.00 WITA.")
    assert expr.value == "2023-01-30T08:00+08:00"
    assert values("Kapal berangkat pukul 15:30 WIB.") == ["2023-02-04T15:30+07:00"]
    assert values("Pada 1 Februari 2023 kapal tiba. Pukul 20.15 penumpang turun.") == [
        "2023-02-01",
        "2023-02-01T20:15",
    ]
    assert values("Kapal tiba pukul 8 malam.") == ["2023-02-04T20:00"]


def test_references_resolve_against_the_last_date() -> None:
    text = (
        "Gempa terjadi pada 1 Januari 2023. Pada hari yang sama, listrik padam. "
        "Keesokan harinya warga mengungsi."
    )
    assert values(text) == ["2023-01-01", "2023-01-01", "2023-01-02"]
    text = "Rapat digelar 10 Januari 2023. Sebulan kemudian rapat kedua digelar."
    assert values(text) == ["2023-01-10", "2023-02-10"]


def test_no_anchor_gives_refs_never_guessed_dates() -> None:
    assert values("Ia datang kemarin dan pulang besok.", None) == ["PAST_REF", "FUTURE_REF"]
    assert values("Harga naik pekan lalu, sekarang turun.", None) == ["PAST_REF", "PRESENT_REF"]
    assert values("Ia berbicara pada Kamis.", None) == ["PAST_REF"]
    assert values("Rapat 5 Maret 2021. Keesokan harinya hujan.", None) == ["2021-03-05", "2021-03-06"]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 2000 orang hadir.",
        "Nomor 2014 dipakai pesawat itu.",
        "Harganya Rp 2015 per butir.",
        "Pesawat QZ8501 terbang di ketinggian 32.000 kaki.",
        "Ia menjadi yang terbaik dan terlebih dulu datang.",
        "Kegiatan sehari-hari berjalan biasa.",
    ],
)
def test_things_that_are_not_times(text: str) -> None:
    assert tag_times(text, SATURDAY) == []


def test_number_words() -> None:
    assert parse_number("dua belas") == 12
    assert parse_number("tiga puluh lima") == 35
    assert parse_number("1,5") == 1.5
    assert parse_number("banyak") is None


def test_clause_tense() -> None:
    text = "Ia akan datang pada Senin, tetapi kemarin ia sakit."
    assert clause_tense(text, text.index("Senin"), text.index("Senin") + 5) == "future"
    assert clause_tense("Ia datang pada Senin.", 15, 20) is None


def test_infer_publication_date_from_weekdays_and_dates() -> None:
    article = Article(
        source="invented",
        paragraphs=(
            "Bandung - Wali kota mengatakan pada Sabtu bahwa banjir mulai surut.",
            "Hujan deras turun pada 2-3 Februari dan merendam ratusan rumah.",
            "Sungai meluap pada Kamis malam, dan tanggul jebol Jumat.",
        ),
    )
    assert infer_publication_date(article, not_after=date(2026, 1, 1)) == "2023-02-04"


def test_infer_publication_date_from_a_dated_lead() -> None:
    article = Article(source="x", paragraphs=("Jakarta - Harga beras naik Senin (30/1/2023).",))
    assert infer_publication_date(article) == "2023-01-30"


def test_infer_publication_date_gives_none_when_nothing_pins_it() -> None:
    article = Article(source="x", paragraphs=("Harga beras naik pada Senin.", "Pedagang mengeluh."))
    assert infer_publication_date(article) is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "2023-02-04", "1999-12-31", "nonsense"]))
def test_any_text_never_raises_and_offsets_slice(text: str, anchor: str | None) -> None:
    for expr in tag_times(text, anchor):
        assert text[expr.start : expr.end] == expr.text
        assert expr.value


_WORDS = st.sampled_from(
    str.split(
        "pada Kamis Minggu minggu (4/2/2023) (31/2) 2-3 29 Februari 2024 pukul 08.00 WIB kemarin hari yang "
        "sama keesokan harinya setahun yang lalu tiga puluh lima tahun lalu sejak bulan Oktober akan , . "
        "- 99:99 (0/0) 12/13/2020 sekitar hampir selama tanggal 31 lalu depan pekan"
    )
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_WORDS, max_size=25),
    st.sampled_from([None, "2023-02-04", "2024-02-29", "0001-01-01", "9999-12-31"]),
)
def test_time_like_word_salad_never_raises(words: list[str], anchor: str | None) -> None:
    text = " ".join(words)
    for expr in tag_times(text, anchor):
        assert text[expr.start : expr.end] == expr.text


def test_month_ranges_quarters_and_halves() -> None:
    expr = only("Data dihimpun sepanjang Januari hingga Oktober.", "2025-10-21")
    assert (expr.value, expr.end_value) == ("2025-01", "2025-10")
    expr = only("Survei berjalan pada awal September hingga 13 Oktober 2025.", "2025-10-21")
    assert (expr.value, expr.end_value) == ("2025-09", "2025-10-13")
    assert values("Laba naik pada kuartal III 2015.") == ["2015-Q3"]
    assert values("Laba kuartal IV-2022 naik, semester I/2023 turun.") == ["2022-Q4", "2023-H1"]
    assert values("Laba naik pada semester I tahun ini.") == ["2023-H1"]


def test_dulu_is_formerly_only_when_it_means_formerly() -> None:
    assert values("Kami dulu tinggal di Bogor.") == ["PAST_REF"]
    assert values("Sejak dahulu warga menanam padi.") == ["PAST_REF"]
    assert values("Berkasnya diperiksa dulu.") == []
    assert values("Tunggu dulu ya, kata dia.") == []


def test_a_written_date_absorbs_a_redundant_kemarin() -> None:
    expr = only("Bantuan tiba di Medan, Jumat (3/2/2023) kemarin.")
    assert (expr.text, expr.value) == ("Jumat (3/2/2023) kemarin", "2023-02-03")


def test_numbers_in_codes_are_not_years() -> None:
    assert values("Surat bernomor S-00038/BEI/01-2021 dikirim.") == []


def test_a_dateline_without_year_is_near_the_anchor_not_the_narrative() -> None:
    text = "Kemerdekaan diproklamasikan 17 Agustus 1945. Upacara digelar Senin (14/8)."
    assert values(text, "2023-08-15") == ["1945-08-17", "2023-08-14"]


def test_cli_prints_offsets_into_the_clean_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from click.testing import CliRunner

    from warta.cli import cli

    page = tmp_path / "berita.txt"
    page.write_text(
        "Banjir Merendam Ratusan Rumah di Bandung Selatan\n\n"
        "Bandung - Banjir merendam ratusan rumah warga di tiga kecamatan di Bandung Selatan pada Kamis "
        "(2/2/2023) pukul 08.00 WIB setelah hujan deras mengguyur kawasan itu sejak malam sebelumnya.\n\n"
        "Warga mengungsi ke balai desa dan masjid terdekat selama tiga hari, lalu kembali ke rumah "
        "masing-masing pada Minggu (5/2/2023) setelah air surut dan petugas membersihkan lumpur.\n\n"
        "Kepala desa setempat mengatakan bantuan makanan dan obat-obatan sudah dibagikan kepada warga "
        "yang terdampak, dan pemerintah daerah berjanji memperbaiki tanggul yang jebol pekan depan.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    clean = runner.invoke(cli, ["clean", str(page)])
    result = runner.invoke(cli, ["times", str(page), "--anchor", "2023-02-06"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    if clean.exit_code == 0:
        text = json.loads(clean.output)["text"]
        for expr in found:
            assert text[expr["start"] : expr["end"]] == expr["text"]
    assert "2023-02-02T08:00+07:00" in {e["value"] for e in found}
    assert runner.invoke(cli, ["times", str(page), "--anchor", "kemarin"]).exit_code == 2


def test_times_for_article_infers_the_anchor_only_when_none_is_stated() -> None:
    paragraphs = ("Jakarta - Harga beras naik Senin (30/1/2023).", "Kemarin harga masih stabil.")
    found, inferred = times_for_article(Article(source="x", paragraphs=paragraphs))
    assert inferred == "2023-01-30"
    assert [t.value for t in found] == ["2023-01-30", "2023-01-29"]
    stated = Article(source="x", paragraphs=paragraphs, published="2023-02-01T10:00:00+07:00")
    found, inferred = times_for_article(stated)
    assert inferred is None
    assert [t.value for t in found] == ["2023-01-30", "2023-01-31"]


def test_part_of_day_between_weekday_and_date_and_clock_ranges() -> None:
    assert values("Gempa terjadi Rabu sore (1/2) di Cianjur.") == ["2023-02-01TAF"]
    expr = only("Loket buka 08.00 - 16.00 WIB di hari kerja.")
    assert (expr.value, expr.end_value) == ("2023-02-04T08:00+07:00", "2023-02-04T16:00+07:00")


def test_edges_of_the_anchor_year_and_month() -> None:
    assert values("Sejak awal tahun, harga naik.") == ["2023"]
    assert values("Proyek selesai akhir bulan.") == ["2023-02"]


def test_written_anchors_are_read() -> None:
    assert values("Ia datang kemarin.", "Sabtu, 04 Feb 2023 15:30 WIB") == ["2023-02-03"]
    assert values("Ia datang kemarin.", "Kompas.com - 08/05/2021, 12:59 WIB") == ["2021-05-07"]
    assert values("Ia datang kemarin.", "bukan tanggal") == ["PAST_REF"]


def test_fixed_holidays_and_signal_words_outside_the_span() -> None:
    assert values("Jalan macet saat libur Hari Natal.", "2023-12-20") == ["2023-12-25"]
    assert values("Upacara Hari Kemerdekaan 2022 berlangsung khidmat.") == ["2022-08-17"]
    assert values("Kabupaten Mandailing Natal dilanda banjir.") == []
    assert only("Ia menunggu selama hampir setahun.").text == "hampir setahun"


def test_cues_after_a_coordinator_do_not_reach_back() -> None:
    assert values("Ia berbicara pada Kamis dan akan kembali pada Selasa.") == ["2023-02-02", "2023-02-07"]
    assert values("Festival digelar pada Minggu ketiga Maret.") == ["2023-03"]  # a week of March, no Sunday
    assert values("Hasilnya diumumkan pekan kedua Maret 2024.") == ["2024-03"]


def test_multiplied_durations() -> None:
    assert values("Ia wajib lapor 1x24 jam.") == ["PT24H"]
    assert values("Ia ditahan 2 x 24 jam.") == ["PT48H"]


def test_centuries() -> None:
    assert values("Memasuki abad ke-21, dunia berubah.") == ["20"]
    assert values("Candi itu dibangun pada abad XV.") == ["14"]


def test_the_nearest_tense_cue_decides_unless_a_plan_is_told_as_past() -> None:
    assert values("Rapat yang telah dijadwalkan itu akan digelar Senin.") == ["2023-02-06"]
    assert values("Ia akan menjelaskan apa yang sudah terjadi pada Senin.") == ["2023-01-30"]
    assert values("Kunjungan yang semula dijadwalkan Jumat itu ditunda.") == ["2023-02-03"]


def test_a_clock_time_joins_tadi_pagi() -> None:
    expr = only("Bandara ditutup mulai tadi pagi pukul 08.00 Wita.", "2015-11-05")
    assert (expr.text, expr.value) == ("tadi pagi pukul 08.00 Wita", "2015-11-05T08:00+08:00")


def _feasts(text: str, anchor: str | None) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.end_value) for t in tag_times(text, anchor)]


def test_moving_feasts_with_a_written_year() -> None:
    assert _feasts("Arus mudik Lebaran 2023 mulai ramai.", None) == [("Lebaran 2023", "2023-04-22", None)]
    assert _feasts("Salat Idul Fitri 1444 H digelar di lapangan.", None) == [
        ("Idul Fitri 1444 H", "2023-04-22", None)
    ]
    assert _feasts("Hewan kurban disiapkan untuk Iduladha 2024.", None)[0][1] == "2024-06-17"
    assert _feasts("Perayaan Tahun Baru Imlek 2028 nanti.", None)[0][1] == "2028-01-26"
    assert _feasts("Panitia menyiapkan Lebaran 2031.", None) == []  # no table entry: no guess


def test_moving_feasts_near_the_anchor_and_day_offsets() -> None:
    assert _feasts("Jalan tol padat pada H-7 Lebaran.", "2023-04-10") == [("H-7 Lebaran", "2023-04-15", None)]
    assert _feasts("Pasar kembali buka H+3 Lebaran.", "2024-03-20")[0][1] == "2024-04-13"
    assert _feasts("Perayaan Imlek lalu berlangsung meriah.", "2024-03-01")[0][1] == "2024-02-10"
    assert _feasts("Ia pulang kampung saat Lebaran.", "2024-01-10")[0][1] == "2024-04-10"
    assert _feasts("Ia sudah pulang pada Lebaran.", "2024-01-10")[0][1] == "2023-04-22"
    assert _feasts("Ia pulang Lebaran tahun lalu.", "2024-01-10") == [
        ("Lebaran", "2023-04-22", None),
        ("tahun lalu", "2023", None),
    ]


def test_ramadan_is_the_range_of_its_days_and_a_point_in_it_a_month() -> None:
    """Ramadan 1444 H ran from 23 March to 21 April 2023 (Idul Fitri on the 22nd): "bulan Ramadan"
    is those days, not the month holding most of them; "akhir/awal Ramadan" is the month of that
    point of the fast."""
    assert _feasts("Razia digelar sampai akhir Ramadan.", "2023-03-28")[0][:2] == ("akhir Ramadan", "2023-04")
    assert _feasts("Harga naik pada awal Ramadan 2023.", None)[0][1] == "2023-03"
    assert _feasts("Selama bulan Ramadan pasar ramai.", "2023-05-03") == [
        ("bulan Ramadan", "2023-03-23", "2023-04-21")
    ]
    assert _feasts("Selama bulan puasa 1446 H, jam kerja dipangkas.", "2025-01-10") == [
        ("bulan puasa 1446 H", "2025-03-01", "2025-03-30")
    ]
    assert _feasts("Warga berbelanja di pasar Ramadan.", "2023-03-28") == []


def test_weekday_ranges() -> None:
    assert _feasts("Kantor buka setiap Senin-Jumat.", "2024-03-01") == [
        ("setiap Senin-Jumat", "XXXX-WXX-1", "XXXX-WXX-5")
    ]
    assert _feasts("Pameran digelar Senin hingga Rabu.", "2024-03-01") == [
        ("Senin hingga Rabu", "2024-02-26", "2024-02-28")
    ]


def test_nyepi_waisak_and_ramadan_in_a_future_clause() -> None:
    assert _feasts("Bandara ditutup saat Hari Raya Nyepi 2024.", None)[0][1] == "2024-03-11"
    assert _feasts("Umat Buddha merayakan Waisak 2023 di Borobudur.", None)[0][1] == "2023-06-04"
    assert _feasts("Toko akan tetap buka selama Ramadan.", "2023-04-01")[0][1] == "2023-03-23"
    assert _feasts("Toko tetap buka selama Ramadan.", "2023-04-01")[0][1] == "2023-03-23"


def test_every_feast_name_holds_a_needle() -> None:
    from warta.lang.id import feasts

    assert all(any(n in name for n in feasts.FEAST_NEEDLES) for name in feasts.FEAST_NAMES)


def test_habitual_weekday_with_a_part_of_the_day() -> None:
    assert _feasts("Pasar dibuka setiap Senin pagi.", "2024-03-01")[0][1] == "XXXX-WXX-1"
    assert _feasts("Kelas libur Sabtu-Minggu.", "2024-03-01")[0][1:] == ("2024-03-02", "2024-03-03")


def test_a_bare_clock_time_takes_the_day_of_its_event_not_a_background_day() -> None:
    text = (
        "Polisi menggerebek gudang itu, Jumat (3/2/2023). Pemiliknya pernah ditangkap pada 5 Mei 2020. "
        "Ia bebas tahun lalu. Penggerebekan dimulai pukul 13.00 WIB."
    )
    assert values(text)[-1] == "2023-02-03T13:00+07:00"
    text = (
        "Pemiliknya pernah ditangkap pada 5 Mei 2020. Ia bebas tahun lalu. Antrean mengular pukul 06.00 WIB."
    )
    assert values(text)[-1] == "2023-02-04T06:00+07:00"
    assert values("Rapat digelar Rabu (1/2). Sidang dibuka pukul 10.00 WIB.")[-1] == "2023-02-01T10:00+07:00"


def test_tadi_malam_is_last_night_unless_written_that_evening() -> None:
    assert values("Gudang terbakar tadi malam.", "2023-02-04T07:00:00+07:00") == ["2023-02-03TNI"]
    assert values("Gudang terbakar malam tadi.", "2023-02-04") == ["2023-02-03TNI"]
    assert values("Gudang terbakar tadi malam.", "2023-02-04T21:30:00+07:00") == ["2023-02-04TNI"]
    assert values("Api padam dini hari tadi.", "2023-02-04T07:00:00+07:00") == ["2023-02-04TNI"]


def test_hari_ini_after_an_abstract_noun_is_the_present() -> None:
    assert values("Ia menyinggung isu-isu hari ini.") == ["PRESENT_REF"]
    assert values("Tantangan generasi hari ini berbeda.") == ["PRESENT_REF"]
    assert values("Presiden hari ini meresmikan bendungan.") == ["2023-02-04"]


def test_a_year_written_in_the_sentence_dates_its_bare_months_and_quarters() -> None:
    assert values("Laba semester I/2022 turun, dan pada kuartal III naik.") == ["2022-H1", "2022-Q3"]
    assert values("Pada 2019, debat digelar pada Januari.") == ["2019", "2019-01"]
    text = "Debat pertama digelar 17 Januari 2019. Kali ini debat digelar pada Maret."
    assert values(text) == ["2019-01-17", "2023-03"]


def test_a_number_does_not_end_the_clause_holding_a_tense_cue() -> None:
    text = "Harga sempat menyentuh Rp 20.000 per liter pada Desember."
    assert values(text, "2023-10-05") == ["2022-12"]


def test_english_month_names() -> None:
    assert values("Konferensi berakhir pada 12 December 2023.") == ["2023-12-12"]
    assert values("Laporan per June 2023 mencatat defisit.") == ["2023-06"]


def test_tanggal_with_a_month_word() -> None:
    assert values("Pendaftaran dibuka hingga tanggal 25 bulan ini.") == ["2023-02-25"]
    assert values("Tarif naik mulai tanggal 1 bulan depan.") == ["2023-03-01"]


def test_hours_later_move_the_last_clock_time() -> None:
    text = "Api membesar pukul 21.00 WIB dan padam tiga jam kemudian."
    assert values(text)[-1] == "2023-02-05T00:00+07:00"
    text = "Kapal tiba pukul 10.15. Dua jam sebelumnya, kapal melapor."
    assert values(text)[-1] == "2023-02-04T08:15"
    assert values("Ia datang pukul 08.00. Ia makan. Ia tidur. Dua jam kemudian ia pergi.")[-1] == "2023-02-04"


def test_the_year_a_sentence_goes_on_in() -> None:
    assert values("Kontrak berlaku sejak April 2010 sampai 2030.") == ["2010-04", "2030"]
    assert values("Sepanjang 2022-2023 (hingga September), produksi naik.")[-1] == "2023-09"
    text = "Ia juara pada 2021 tetapi gagal tahun ini setelah cedera pada Januari."
    assert values(text, "2022-07-21") == ["2021", "2022", "2022-01"]


def test_a_clock_time_after_an_aside_or_in_an_agenda() -> None:
    text = (
        "Pesawat hilang pada 7 Februari. Pesawat itu terbang dari Timika. Seharusnya kembali pukul 07.40 WIT."
    )
    assert values(text, "2023-03-15")[-1] == "2023-02-07T07:40+09:00"
    text = "Harga naik pada 7 Februari. Pasar sepi. Agenda: BI akan merilis data inflasi (11:00 WIB)."
    assert values(text, "2023-03-15")[-1] == "2023-03-15T11:00+07:00"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_ascii_lower_lowers_only_ascii_letters(text: str) -> None:
    """Offsets hold: only A–Z change, every other character (İ, Kelvin sign, surrogates) stays."""
    from warta.stages.times_detect import ascii_lower

    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    assert ascii_lower(text) == text.translate(table)


def test_a_decision_in_the_past_does_not_put_its_event_in_the_past() -> None:
    assert values("KPU telah menetapkan debat digelar pada November.", "2023-10-05") == ["2023-11"]
    assert values("Ia mengatakan harga sudah naik pada Januari.", "2023-10-05") == ["2023-01"]
    assert values("Ia pada Senin mengatakan akan datang.") == ["2023-01-30"]


def test_a_year_compared_with_is_not_the_sentence_year() -> None:
    text = "Inflasi naik dibanding 2022 dan diperkirakan turun pada Desember."
    assert values(text, "2023-10-05") == ["2022", "2023-12"]
    assert values("Pada 2019 harga naik sejak Maret.", "2023-10-05") == ["2019", "2019-03"]


def test_a_feast_word_inside_a_name_is_no_time() -> None:
    assert values("Kapolres AKBP Boby Putra Ramadhan Sebayang memimpin patroli.", "2025-10-20") == []
    assert values("Analis politik Muhammad Ramadhan berbicara.", "2025-10-20") == []
    assert values("Direktur PT Nur Ramadhan Wisata diperiksa.", "2025-10-20") == []
    assert values("Misalnya, Ramadhan tampil dengan tema masjid.", "2025-10-20") == ["2026-02-19"]
    assert values("Selama Ramadan pasar ramai.", "2025-10-20") == ["2026-02-19"]
    assert values("Jakarta – Momentum Ramadan mendongkrak penjualan.", "2023-03-11") == ["2023-03-23"]
    assert values("Inflasi terjadi pada Ramadan April tahun lalu.", "2023-03-11") == ["2022-04-03", "2022-04"]


def test_semalam_and_a_day_of_ramadan() -> None:
    assert values("Hujan deras semalam merendam jalan.", "2024-03-05T08:00:00+07:00") == ["2024-03-04TNI"]
    assert values("Tamu itu menginap semalam di hotel.", "2024-03-05") == []
    assert values("Pada 10 Ramadan 1445 H warga berbuka bersama.", None) == ["2024-03-21"]
    assert values("Khataman digelar pada 27 Ramadan.", "2024-03-20")[0] == "2024-04-07"


def test_a_bare_h_offset_counts_from_the_last_feast_and_a_clock_joins_keesokan_harinya() -> None:
    text = "Puncak mudik pada H-3 Lebaran, sedangkan arus balik pada H+5."
    assert values(text, "2024-03-28") == ["2024-04-07", "2024-04-15"]
    assert values("Visa H-1B diperpanjang.", "2024-03-28") == []
    assert values("Antrean padat pada H-2.", "2024-03-28") == []
    text = "Pencarian dihentikan Minggu (7/7). Pencarian dilanjutkan pukul 06.00 WIB keesokan harinya."
    assert values(text, "2024-07-08")[-1] == "2024-07-08T06:00+07:00"


def test_deixis_inside_a_dated_quotation_counts_from_the_day_it_was_said() -> None:
    text = "“Tadi malam kami langsung turun ke lokasi,” kata Kapolres, Jumat (3/2). Banjir surut kemarin."
    assert values(text, "2023-02-04T09:00:00+07:00") == ["2023-02-02TNI", "2023-02-03", "2023-02-03"]
    text = "“Tadi malam kami langsung turun ke lokasi,” kata Kapolres."
    assert values(text, "2023-02-04T09:00:00+07:00") == ["2023-02-03TNI"]


def test_isra_mikraj_tahun_baru_islam_and_maulid() -> None:
    assert values("Libur Isra Mikraj 2024 jatuh pada hari Kamis.", None)[0] == "2024-02-08"
    assert values("Pawai obor menyambut Tahun Baru Islam 1446 H.", None) == ["2024-07-07"]
    assert values("Warga menggelar pengajian saat Maulid Nabi.", "2025-09-01") == ["2025-09-05"]


_NEW_WORDS = st.sampled_from(
    str.split(
        'semalam tadi malam H+5 H-3 Lebaran pernah dibanding 2022 2024-2025 kata ujar “ ” " , . '
        "(10/9) Rabu pukul 21.00 WIB dua jam kemudian sebelumnya isu-isu hari ini pekan kedua Maret "
        "10 Ramadan 1445 H December 2023 tanggal 25 bulan ini Ramadhan Sebayang Putra menginap"
    )
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_NEW_WORDS, max_size=30),
    st.sampled_from([None, "2023-02-04", "2024-03-05T08:00:00+07:00", "2026-03-20T21:00:00+07:00"]),
)
def test_discourse_word_salad_never_raises(words: list[str], anchor: str | None) -> None:
    text = " ".join(words)
    for expr in tag_times(text, anchor):
        assert text[expr.start : expr.end] == expr.text
        assert expr.value


def test_midnight_is_the_end_of_its_day() -> None:
    """TIMEX3 writes midnight as 24:00 of the day it ends; with a day, that day's."""
    assert _feasts("Pesta kembang api dimulai tepat tengah malam.", "2024-12-31T20:00:00+07:00") == [
        ("tengah malam", "2024-12-31T24:00", None)
    ]
    assert values("Pasar itu terbakar Sabtu (6/7) tengah malam.", "2024-07-08") == ["2024-07-06T24:00"]
    # said in the morning, "tengah malam tadi" is the midnight that just passed
    assert values("Gardu listrik meledak tengah malam tadi.", "2024-07-08T07:00:00+07:00") == [
        "2024-07-07T24:00"
    ]
    # and a clock time after it is valued against the next day ("dua jam kemudian" = 02:00)
    assert values("Ledakan terdengar tengah malam. Api padam dua jam kemudian.", "2024-07-08T07:00:00+07:00")[
        -1
    ].startswith("2024-07-09T02:00")


def test_a_small_hours_clock_after_a_night_is_the_next_day() -> None:
    text = "Tawuran pecah di Manggarai, Minggu (7/7) malam. Polisi membubarkan massa pukul 02.15 WIB."
    assert values(text, "2024-07-08T10:00:00+07:00") == ["2024-07-07TNI", "2024-07-08T02:15+07:00"]
    evening = "Tawuran pecah di Manggarai, Minggu (7/7) malam. Polisi datang pukul 21.15 WIB."
    assert values(evening, "2024-07-08T10:00:00+07:00")[-1] == "2024-07-07T21:15+07:00"
    small_hours = "Tawuran pecah di Manggarai, Minggu (7/7) dini hari. Polisi datang pukul 02.15 WIB."
    assert values(small_hours, "2024-07-08T10:00:00+07:00")[-1] == "2024-07-07T02:15+07:00"


def test_halves_of_a_year_and_year_pairs() -> None:
    assert values("Ekspor tumbuh pada paruh pertama 2025.", "2025-08-01") == ["2025-H1"]
    assert _feasts("Liga digelar pada musim 2023/24 tanpa penonton.", "2024-08-01") == [
        ("musim 2023/24", "2023", "2024")
    ]
    assert _feasts("Siswa baru tahun pelajaran 2024/2025 mulai masuk.", "2024-07-15") == [
        ("tahun pelajaran 2024/2025", "2024", "2025")
    ]
    assert all(t.end_value is None for t in tag_times("Data 2019/2023 direvisi.", "2024-07-15"))


def test_natal_is_christmas_unless_inside_a_name() -> None:
    assert values("Arus mudik libur Natal mulai terlihat.", "2024-12-02") == ["2024-12-25"]
    assert values("Misa Natal 2023 berlangsung khidmat.", "2024-01-02") == ["2023-12-25"]
    assert values("Banjir melanda Kabupaten Mandailing Natal.", "2024-12-02") == []


def test_midnight_that_is_no_time_and_natal_that_is_a_place() -> None:
    assert _feasts("Mereka beroperasi setiap tengah malam hingga pagi.", "2024-07-08") == [
        ("setiap tengah malam", "P1D", None)
    ]
    assert values("Wisatawan memburu matahari tengah malam di Norwegia.", "2024-07-08") == []
    assert values("Pemain itu sempat menetap di Natal, Brasil.", "2024-07-08") == []
