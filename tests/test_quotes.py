"""Quotes from invented Indonesian sentences, and properties on any input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.cli import cli
from warta.options import Options
from warta.pipeline import ingest
from warta.records import Article, Quote
from warta.stages.quotes import extract_quotes
from warta.store import Store


def _quotes(*paragraphs: str) -> tuple[Article, list[Quote]]:
    art = Article(source="test", paragraphs=paragraphs)
    return art, extract_quotes(art)


def _pairs(quotes: list[Quote]) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.cue) for q in quotes]


def test_direct_quote_with_post_cue_and_role() -> None:
    art, quotes = _quotes(
        '"Kami akan membuka jalur baru tahun depan," kata juru bicara Kremlin Anton Morozov.'
    )
    assert _pairs(quotes) == [("Anton Morozov", "direct", "kata")]
    assert quotes[0].text == "Kami akan membuka jalur baru tahun depan"
    assert quotes[0].speaker_role == "juru bicara Kremlin"
    assert art.text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_suffix_and_pronoun_resolve_to_the_last_speaker() -> None:
    _, quotes = _quotes(
        "Gubernur Jawa Barat Andi Pratama mengatakan bahwa jalan tol itu selesai bulan depan.",
        "“Semua pekerja sudah bekerja siang dan malam,” tegasnya.",
        "Dia menjelaskan bahwa anggaran proyek itu berasal dari pemerintah pusat.",
        "“Tidak ada dana dari luar negeri,” ujar dia.",
    )
    assert [q.speaker for q in quotes] == ["Andi Pratama"] * 4
    assert [q.cue for q in quotes] == ["mengatakan", "tegas", "menjelaskan", "ujar"]
    assert [q.kind for q in quotes] == ["indirect", "direct", "indirect", "direct"]


def test_colon_introduces_a_direct_quote() -> None:
    _, quotes = _quotes(
        'Menteri Keuangan Rina Lestari menutup rapat itu: "Kita harus berhemat mulai hari ini."'
    )
    assert _pairs(quotes) == [("Rina Lestari", "direct", ":")]


def test_countries_ministries_and_statements_speak() -> None:
    _, quotes = _quotes(
        "Brasil mengatakan pada Selasa bahwa perundingan dagang itu berjalan baik.",
        "Kedua negara sepakat memperluas kerja sama, kata kementerian luar negeri dalam pernyataannya.",
        "Delegasi juga membahas isu pangan dan energi, kata pernyataan itu.",
    )
    assert [q.speaker for q in quotes] == [
        "Brasil",
        "Kementerian Luar Negeri Brasil",
        "Kementerian Luar Negeri Brasil",
    ]


def test_groups_and_pairs() -> None:
    _, quotes = _quotes(
        "Presiden Kenya Daniel Mwangi dan Presiden Ghana Kwame Mensah bertemu di Nairobi.",
        "Kedua kepala negara itu mengatakan bahwa perdagangan kedua negara harus tumbuh.",
        "Harga pangan dunia akan terus naik tahun ini, kata para ahli.",
        "Sejumlah diplomat menyebut pertemuan itu sebagai langkah penting bagi kawasan.",
    )
    assert [q.speaker for q in quotes] == [
        "Daniel Mwangi; Kwame Mensah",
        "para ahli",
        "sejumlah diplomat",
    ]


def test_negated_or_object_verbs_are_no_quotes() -> None:
    _, quotes = _quotes(
        "Pernyataan kementerian itu tidak menyebut Ukraina sama sekali.",
        "Presiden Chile Ana Rojas mengumumkan kebijakan baru di Santiago.",
        'Ia menolak menyebut serangan itu sebagai "invasi".',
    )
    assert quotes == []


def test_according_to_only_when_no_other_cue() -> None:
    _, quotes = _quotes(
        "Pengamat politik Dewi Anggraini menilai koalisi itu rapuh.",
        "Menurut dia, koalisi itu tidak akan bertahan sampai pemilu berikutnya.",
        "Menurut laporan media setempat, rapat itu berlangsung tertutup.",
    )
    assert [q.speaker for q in quotes] == ["Dewi Anggraini"]
    assert [q.cue for q in quotes] == ["menurut"]


def test_quoting_a_person_through_an_agency() -> None:
    _, quotes = _quotes(
        "Presiden Peru Luis Castro berpidato di Lima.",
        '"Ekonomi kita sedang pulih dengan cepat," ungkap Kantor Berita Xinhua mengutip perkataan Castro.',
    )
    assert _pairs(quotes) == [("Luis Castro", "direct", "ungkap")]


TOKENS = st.sampled_from(
    [
        '"',
        "“",
        "”",
        ",",
        ".",
        ":",
        "kata",
        "katanya",
        "ujar dia",
        "mengatakan",
        "bahwa",
        "menurut",
        "para ahli",
        "Presiden",
        "Rusia",
        "Budi Santoso",
        "Dia",
        "mereka",
        "kedua kepala negara",
        "pernyataan itu",
        "kementerian luar negeri",
        "tidak",
        "\n\n",
        "Kremlin",
        "mengutip",
        "Kepala Dinas",
        "(Disdik)",
        ", Yusuf,",
        "I Made",
        "Jalan Jenderal",
        "Nomor",
        "(27)",
        "atau Gus",
        "Kata dia,",
        "Hal ini",
        "sementara China",
        ".Budi",
        "V.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TOKENS, st.text(max_size=6)), max_size=50))
def test_any_input_gives_quotes_that_slice_the_text(parts: list[str]) -> None:
    art = Article(source="test", paragraphs=(" ".join(parts),))
    for quote in extract_quotes(art):
        assert 0 <= quote.start < quote.end <= len(art.text)
        assert art.text[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "indirect")
        assert quote.speaker


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=5))
def test_arbitrary_paragraphs_never_raise(paragraphs: list[str]) -> None:
    art = Article(source="test", paragraphs=tuple(paragraphs))
    for quote in extract_quotes(art):
        assert art.text[quote.start : quote.end] == quote.text


def test_title_then_name_after_comma_is_the_speaker() -> None:
    _, quotes = _quotes(
        '"Stok beras aman sampai akhir tahun," kata Kepala Dinas Pangan (Dispangan) Kota Sukamaju, '
        "Ratih, saat dihubungi, Senin (3/3)."
    )
    assert _pairs(quotes) == [("Ratih", "direct", "kata")]


def test_subject_set_off_by_commas_with_a_place_before_the_verb() -> None:
    _, quotes = _quotes(
        "Kepala Bagian Umum Bandara Sukamaju, Eko Santoso, saat dihubungi dari Bandung, Kamis, mengatakan "
        "penerbangan dibatalkan sampai Jumat pagi."
    )
    assert [q.speaker for q in quotes] == ["Eko Santoso"]


def test_backreference_to_the_last_speaker() -> None:
    _, quotes = _quotes(
        "Anggota DPR Budi Raharjo mengatakan anggaran itu terlalu kecil untuk daerah.",
        '"Kami akan memperjuangkan tambahan anggaran," ujar politisi Partai Maju itu.',
    )
    assert [q.speaker for q in quotes] == ["Budi Raharjo", "Budi Raharjo"]


def test_pronoun_goes_to_the_subject_of_its_paragraph() -> None:
    _, quotes = _quotes(
        '"Sekolah sudah menerima layar pintar," kata Kepala Dinas Pendidikan Yusuf Maulana.',
        "Sebelumnya, Presiden Andika Pratama menargetkan pembagian layar pintar. Ia berharap semua "
        "sekolah menerimanya tahun ini.",
    )
    assert [q.speaker for q in quotes] == ["Yusuf Maulana", "Andika Pratama"]


def test_glued_sentences_do_not_glue_names() -> None:
    _, quotes = _quotes(
        "Acara itu dibuka Menteri Perdagangan Rudi Santoso.Rudi menyambut baik kerja sama itu.",
        '"Ekspor kita akan naik tahun ini," jelas Rudi dalam keterangan tertulis.',
    )
    assert [q.speaker for q in quotes] == ["Rudi Santoso"]


def test_ingest_keeps_entities_and_quotes(tmp_path: Path) -> None:
    """The pipeline's analysis runs both stages, and the real store keeps what they find."""
    rows = [
        {
            "url": "https://contoh.test/berita/1",
            "title": "Wali kota resmikan pasar",
            "text": (
                "Wali Kota Sukamaju Hendra Wijaya meresmikan pasar rakyat pada Sabtu pagi.\n\n"
                '"Pasar ini kami bangun untuk para pedagang kecil," kata Hendra.\n\n'
                "Dia mengatakan pasar itu akan buka setiap hari mulai pekan depan."
            ),
        }
    ]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with Store(tmp_path / "w.db") as store:
        ingest([str(source)], store, Options())
        stored_quotes = [q for _, q in store.quotes()]
        stored_people = [e.name for _, e in store.entities() if e.type == "PERSON"]
    assert stored_people == ["Hendra Wijaya"]
    assert [(q.speaker, q.kind) for q in stored_quotes] == [
        ("Hendra Wijaya", "direct"),
        ("Hendra Wijaya", "indirect"),
    ]


def test_cue_opening_a_sentence() -> None:
    _, quotes = _quotes(
        "Anggota DPR Rina Wulandari meninjau sekolah itu.",
        "Kata dia, program beasiswa itu harus tepat sasaran bagi siswa miskin.",
    )
    assert _pairs(quotes) == [("Rina Wulandari", "indirect", "kata")]
    assert quotes[0].text == "program beasiswa itu harus tepat sasaran bagi siswa miskin"


def test_this_or_that_is_no_speaker() -> None:
    _, quotes = _quotes("Harga beras naik lagi. Hal ini menegaskan bahwa pasokan dari petani sedang seret.")
    assert quotes == []


def _jsonl_article(tmp_path: Path) -> Path:
    row = {
        "url": "https://contoh.test/berita/2",
        "title": "Bupati tinjau banjir",
        "text": (
            "Bupati Sukamaju Dedi Kurniawan meninjau lokasi banjir pada Senin.\n\n"
            '"Kami sudah menyiapkan dapur umum untuk warga," kata Dedi.'
        ),
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_quotes_and_entities_print_json(tmp_path: Path) -> None:
    source = _jsonl_article(tmp_path)
    runner = CliRunner()
    quotes = runner.invoke(cli, ["quotes", str(source)])
    assert quotes.exit_code == 0, quotes.output
    data = json.loads(quotes.stdout)
    assert [(q["speaker"], q["kind"], q["cue"]) for q in data] == [("Dedi Kurniawan", "direct", "kata")]
    assert set(data[0]) == {"speaker", "speaker_role", "kind", "cue", "text", "start", "end"}
    entities = runner.invoke(cli, ["entities", str(source)])
    assert entities.exit_code == 0, entities.output
    people = [e for e in json.loads(entities.stdout) if e["type"] == "PERSON"]
    assert [e["name"] for e in people] == ["Dedi Kurniawan"]
    assert set(people[0]) == {"name", "type", "aliases", "role", "mentions"}


def test_cli_bad_gazetteer_exits_1_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(cli, ["entities", "--gazetteer", str(bad), str(_jsonl_article(tmp_path))])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "bad.json" in result.stderr


def test_list_of_people_speaking_together() -> None:
    _, quotes = _quotes(
        "Menteri Luar Negeri Malaysia Darma bertemu mitranya.",
        "Darma, Menteri Luar Negeri Singapura Lee Chong, dan Menteri Luar Negeri Filipina Ana Ruiz "
        "mengatakan kerja sama ketiga negara akan dibahas lagi tahun depan.",
    )
    assert [q.speaker for q in quotes] == ["Darma; Lee Chong; Ana Ruiz"]


def test_pronoun_reaches_an_unknown_subject_of_its_paragraph() -> None:
    _, quotes = _quotes(
        "Presiden Kenya Daniel Mwangi menerima tamu.",
        "Zorbak berselisih dengan Mwangi soal anggaran. Dia mengatakan rencana itu akan menambah utang.",
    )
    assert [q.speaker for q in quotes] == ["Zorbak"]


def test_pihaknya_speaks_for_the_last_speaker() -> None:
    _, quotes = _quotes(
        '"Kami sudah menyiapkan posko banjir," kata Kepala BPBD Sukamaju Rudi Hartono.',
        "Pihaknya menekankan, warga di bantaran sungai harus segera mengungsi malam ini.",
    )
    assert [q.speaker for q in quotes] == ["Rudi Hartono", "Rudi Hartono"]


def test_object_verbs_report_when_a_clause_follows() -> None:
    _, quotes = _quotes(
        "Sekretaris Kecamatan, Dedi Kurniawan, menyebut banjir merendam 40 rumah warga di tiga desa.",
        "Analis dari lembaga riset swasta, Maya Kartika, memperkirakan inflasi akan turun tahun ini.",
        "Kapolsek Banjar Iptu Ahmad Yani menyebut ada dua pelaku yang masih buron.",
        "Menteri Perhubungan Joko Santoso menyebut Ukraina sebagai mitra penting di kawasan.",
        "Ketua RT Budi Hartono menyebut nama warga yang terdampak banjir kemarin.",
    )
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [
        ("Dedi Kurniawan", "menyebut", "banjir merendam 40 rumah warga di tiga desa"),
        ("Maya Kartika", "memperkirakan", "inflasi akan turun tahun ini"),
        ("Ahmad Yani", "menyebut", "ada dua pelaku yang masih buron"),
    ]


def test_cues_before_and_after_the_clause() -> None:
    _, quotes = _quotes(
        "Pasokan beras cukup sampai Lebaran, jelas Kepala Bulog Daerah Sutrisno Adi.",
        "Kepala Bulog Daerah Sutrisno Adi menambahkan, gudang di tiga kabupaten sudah penuh.",
        "Harga gula stabil sepanjang bulan ini, ujar Sutrisno saat dikonfirmasi, Kamis (6/4).",
        "Operasi pasar digelar dua kali seminggu, kata Sutrisno di Semarang, Senin (3/4/2023).",
    )
    assert [(q.speaker, q.kind, q.cue) for q in quotes] == [
        ("Sutrisno Adi", "indirect", "jelas"),
        ("Sutrisno Adi", "indirect", "menambahkan"),
        ("Sutrisno Adi", "indirect", "ujar"),
        ("Sutrisno Adi", "indirect", "kata"),
    ]
    assert quotes[2].text == "Harga gula stabil sepanjang bulan ini"


def test_mid_sentence_cue_takes_the_whole_sentence() -> None:
    art, quotes = _quotes("Pasokan beras, kata Kepala Bulog Sutrisno Adi, cukup sampai Lebaran tahun ini.")
    assert [(q.speaker, q.cue) for q in quotes] == [("Sutrisno Adi", "kata")]
    assert quotes[0].text.startswith("Pasokan beras, kata")
    assert quotes[0].text.endswith("cukup sampai Lebaran tahun ini")
    assert art.text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_passive_attribution_gives_the_speaker_of_the_sentence_before() -> None:
    _, quotes = _quotes(
        "Bantuan akan disalurkan pekan depan ke empat kecamatan. "
        "Hal itu disampaikan oleh Kepala Dinas Sosial Rudi Hartono di Bandung."
    )
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [
        ("Rudi Hartono", "disampaikan", "Bantuan akan disalurkan pekan depan ke empat kecamatan")
    ]


def test_a_quote_over_two_paragraphs_is_one_quote() -> None:
    art, quotes = _quotes(
        "Kepala BPBD Agus Salim mengatakan air mulai surut.",
        "\u201cKami sudah menyiapkan dua ratus tenda darurat bagi pengungsi.",
        "\u201cBantuan logistik juga tiba besok pagi,\u201d kata Agus.",
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker == "Agus Salim"
    assert direct[0].text.startswith("Kami sudah menyiapkan")
    assert direct[0].text.endswith("tiba besok pagi")
    assert art.text[direct[0].start : direct[0].end] == direct[0].text


def test_demikian_attribution_and_menurut_with_apposed_name() -> None:
    _, quotes = _quotes(
        "Kasus demam berdarah di Depok meningkat tajam sejak awal bulan. "
        "Demikian disampaikan Kepala Dinas Kesehatan Rina Marlina di Balai Kota.",
        "Menurut Kepala BMKG Stasiun Kupang, Andi Lestari, cuaca ekstrem masih akan terjadi "
        "hingga akhir pekan.",
    )
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [
        ("Rina Marlina", "disampaikan", "Kasus demam berdarah di Depok meningkat tajam sejak awal bulan"),
        ("Andi Lestari", "menurut", "cuaca ekstrem masih akan terjadi hingga akhir pekan"),
    ]


def test_a_named_speaker_reports_a_short_clause() -> None:
    from warta.stages.entities import extract_entities

    article = Article(
        source="x",
        paragraphs=(
            "Polisi menangkap tiga pemuda di Cimahi pada Senin malam.",
            "Kapolres Cimahi AKBP Rudi Hartono mengatakan ketiganya sudah ditahan.",
            "Ia mengatakan harga naik.",
        ),
    )
    quotes = extract_quotes(article, extract_entities(article))
    assert [(q.speaker, q.text) for q in quotes] == [("Rudi Hartono", "ketiganya sudah ditahan")]


def test_passive_report_with_its_clause() -> None:
    _, quotes = _quotes(
        "Sebelumnya dikatakan oleh Bupati Garut, Hendra Wijaya, bahwa jembatan gantung itu akan "
        "diganti tahun depan."
    )
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [
        ("Hendra Wijaya", "dikatakan", "jembatan gantung itu akan diganti tahun depan")
    ]


def test_a_quote_split_by_its_cue_keeps_the_speaker() -> None:
    _, quotes = _quotes(
        "Ketua RT 04, Sutrisno Hadi, mengatakan warga sudah mengungsi.",
        "\u201cAir sudah masuk rumah,\u201d katanya, \u201cdan listrik kami matikan sejak subuh.\u201d",
    )
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.speaker, q.text) for q in direct] == [
        ("Sutrisno Hadi", "Air sudah masuk rumah"),
        ("Sutrisno Hadi", "dan listrik kami matikan sejak subuh"),
    ]


def test_short_title_degrees_and_statement_adverbials_between_subject_and_verb() -> None:
    _, quotes = _quotes(
        "Menteri Perdagangan Laras Wibisono meninjau pasar induk, Senin.",
        "Mendag menegaskan stok minyak goreng cukup sampai akhir tahun.",
        "Kepala Balai Riset Tanah, Dr. Ir. Made Suarta, M.Agr., menjelaskan bahwa lahan itu terlalu asam.",
        "Kementerian Pertanian dalam keterangan tertulisnya menyebutkan bahwa bantuan kapur segera dikirim.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Laras Wibisono", "Menteri Perdagangan"),
        ("Made Suarta", "Kepala Balai Riset Tanah"),
        ("Kementerian Pertanian", None),
    ]


def test_conditional_jika_is_no_complementiser_after_the_first_word() -> None:
    _, quotes = _quotes("Gubernur Bali Nyoman Ardana menegaskan pantai ditutup jika gelombang tinggi.")
    assert [q.text for q in quotes] == ["pantai ditutup jika gelombang tinggi"]


def test_anonymous_groups_and_sources() -> None:
    _, quotes = _quotes(
        "\u201cAntrean sudah sejak subuh,\u201d ujar seorang pengemudi truk yang enggan disebut namanya.",
        "Menurut sumber di kepolisian, pelaku sudah diketahui identitasnya.",
    )
    assert [q.speaker for q in quotes] == ["seorang pengemudi truk", "sumber"]


def test_office_acronym_in_brackets_before_the_name() -> None:
    _, quotes = _quotes(
        "\u201cStok pupuk aman,\u201d kata Kepala Badan Pangan Nasional (BPN) Yosef Hartanto di Jakarta.",
        "\u201cSidang ditunda,\u201d kata Kepala Kejaksaan Negeri (Kejari) Sorong Lina Marpaung.",
    )
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Yosef Hartanto", "Kepala Badan Pangan Nasional (BPN)"),
        ("Lina Marpaung", "Kepala Kejaksaan Negeri (Kejari) Sorong"),
    ]


def test_an_institution_back_reference_is_the_last_organisation() -> None:
    _, quotes = _quotes(
        "PT Sinar Laut Abadi membuka pabrik baru di Cilegon.",
        "\u201cKami merekrut 800 pekerja,\u201d kata Direktur PT Sinar Laut Abadi, Hana Wibisono.",
        "Perusahaan itu menyatakan pabrik tersebut mulai berproduksi bulan depan.",
    )
    assert [q.speaker for q in quotes] == ["Hana Wibisono", "PT Sinar Laut Abadi"]


def test_a_quoted_phrase_inside_a_reported_clause_stays_in_it() -> None:
    _, quotes = _quotes(
        'Menteri Luar Negeri Chile Ana Rojas mengatakan bahwa negaranya menjadi "mitra utama" kawasan itu.',
        'Ia menyebut keputusan itu sebagai "langkah berani".',
    )
    assert [q.text for q in quotes] == [  # a pronoun's "menyebut X sebagai Y" reports, as groups' do
        'negaranya menjadi "mitra utama" kawasan itu',
        'keputusan itu sebagai "langkah berani"',
    ]
