"""Entities from invented Indonesian sentences, the gazetteer loader, and properties on any input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.errors import BadInput
from warta.lang.id.gazetteer import load_gazetteer, name_key
from warta.records import Article, Entity
from warta.stages.entities import extract_entities, merge_entities_across


def _article(*paragraphs: str) -> Article:
    return Article(source="test", paragraphs=paragraphs)


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def test_person_after_role_with_country_qualifier() -> None:
    art = _article("Menteri Luar Negeri Brasil Joana Ferreira tiba di Jakarta pada Senin.")
    found = _by_name(extract_entities(art))
    assert found["Joana Ferreira"].type == "PERSON"
    assert found["Joana Ferreira"].role == "Menteri Luar Negeri Brasil"
    assert found["Brasil"].type == "PLACE"
    assert found["Jakarta"].type == "PLACE"


def test_lower_case_role_with_organisation_qualifier() -> None:
    art = _article("Hal itu disampaikan juru bicara Kremlin Anton Morozov kepada wartawan.")
    found = _by_name(extract_entities(art))
    assert found["Anton Morozov"].role == "juru bicara Kremlin"
    assert found["Kremlin"].type == "ORG"


def test_apposition_role_and_short_form_mentions() -> None:
    text = (
        "Zhao Minghui, seorang peneliti di sebuah universitas di Beijing, menilai hubungan itu kuat. "
        "Zhao juga menyebut perdagangan terus tumbuh."
    )
    found = _by_name(extract_entities(_article(text)))
    person = found["Zhao Minghui"]
    assert person.role is not None and person.role.startswith("peneliti")
    assert len(person.mentions) == 2
    assert "Zhao" in person.aliases


def test_spelling_variants_share_one_person() -> None:
    text = "Menteri Luar Negeri Rusia Sergey Lavrov bertemu mitranya. Lavrov kemudian pulang ke Moskow."
    found = _by_name(extract_entities(_article(text)))
    assert "Sergei Lavrov" in found  # the gazetteer's canonical spelling
    assert len(found["Sergei Lavrov"].mentions) == 2
    assert found["Moskwa"].aliases == ("Moskow",)


def test_place_and_organisation_aliases() -> None:
    text = "Kemenlu Tiongkok menanggapi pernyataan AS. Pejabat Cina lalu menemui utusan Amerika Serikat."
    found = _by_name(extract_entities(_article(text)))
    assert found["Kementerian Luar Negeri China"].type == "ORG"
    assert set(found["China"].aliases) == {"Cina"}
    assert set(found["Amerika Serikat"].aliases) == {"AS", "Amerika Serikat"}


def test_coordinated_people_share_the_role() -> None:
    text = "Ia bertemu Wakil Menteri Keuangan Budi Hartono dan Sri Wahyuni di kantor itu."
    found = _by_name(extract_entities(_article(text)))
    assert found["Budi Hartono"].type == "PERSON"
    assert found["Sri Wahyuni"].type == "PERSON"


def test_dateline_outlet_is_no_entity_and_common_words_are_no_people() -> None:
    text = "JAKARTA, KOMPAS.com - Yang jelas, Harga beras naik. Di Pasar Minggu pedagang mengeluh."
    found = extract_entities(_article(text))
    assert all(e.type != "PERSON" for e in found)
    assert "Kompas" not in _by_name(found)


def test_name_key_folds_transliterations() -> None:
    assert name_key("Sergey Lavrov") == name_key("Sergei Lavrov")
    assert name_key("Dmitri Ivanov") == name_key("Dmitry Ivanov")
    assert name_key("Andrey Petrov") == name_key("Andrei Petrov")
    assert name_key("Joko Widodo") != name_key("Joko Widada")


def test_merge_entities_across_articles() -> None:
    first = extract_entities(_article("Duta Besar Rusia Andrey Kulikov tiba di Bali."))
    second = extract_entities(
        _article("Duta Besar Rusia Andrei Kulikov mengatakan hal itu. Kulikov lalu pergi.")
    )
    third = extract_entities(_article("Kerja sama itu penting, kata Andrei Kulikov."))
    merged = merge_entities_across([first, second, third])
    names = [{e.name for e in ents if e.type == "PERSON"} for ents in merged]
    assert names[0] == names[1] == names[2] == {"Andrei Kulikov"}


def test_user_gazetteer(tmp_path: Path) -> None:
    path = tmp_path / "gaz.json"
    entries = [{"name": "Yayasan Lentera Desa", "type": "ORG", "aliases": ["YLD"]}, "Ratna Kumalasari"]
    path.write_text(json.dumps(entries), encoding="utf-8")
    gaz = load_gazetteer(str(path))
    text = "YLD menyalurkan bantuan. Ratna Kumalasari hadir di sana."
    found = _by_name(extract_entities(_article(text), gaz))
    assert found["Yayasan Lentera Desa"].type == "ORG"
    assert found["Ratna Kumalasari"].type == "PERSON"


@pytest.mark.parametrize("content", ["{not json", '{"name": "x"}', '[{"name": "x", "type": "THING"}]', "[3]"])
def test_bad_user_gazetteer_is_bad_input(tmp_path: Path, content: str) -> None:
    path = tmp_path / "gaz.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput):
        load_gazetteer(str(path))


def test_missing_user_gazetteer_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        load_gazetteer(str(tmp_path / "nope.json"))


WORDS = st.sampled_from(
    [
        "Presiden",
        "juru bicara",
        "Menteri Luar Negeri",
        "Rusia",
        "China",
        "AS",
        "Sergei",
        "Lavrov",
        "Wang",
        "Yi",
        "Yang",
        "kata",
        "mengatakan",
        ",",
        ".",
        '"',
        "“",
        "”",
        "dan",
        "Kementerian",
        "Kantor",
        "Berita",
        "(",
        ")",
        "\n\n",
        "-",
        "Ma",
        "Dr.",
        "seorang",
        "peneliti",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40))
def test_any_input_gives_mentions_that_slice_the_text(parts: list[str]) -> None:
    text = " ".join(parts)
    art = _article(text)
    for entity in extract_entities(art):
        assert entity.type in ("PERSON", "ORG", "PLACE")
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(art.text)
            assert art.text[mention.start : mention.end].strip() == art.text[mention.start : mention.end]


def test_name_set_off_after_a_title_with_a_bracketed_acronym() -> None:
    text = "Kepala Dinas Kesehatan (Dinkes) Kota Sukamaju, Ratih, mengatakan stok vaksin cukup."
    found = _by_name(extract_entities(_article(text)))
    assert found["Ratih"].type == "PERSON"
    assert found["Ratih"].role is not None and found["Ratih"].role.startswith("Kepala Dinas Kesehatan")


def test_unknown_organisation_before_a_name_set_off_by_comma() -> None:
    text = "Ketua Umum DPP Tani Sejahtera, Dimas Prakoso menyampaikan programnya."
    people = {e.name for e in extract_entities(_article(text)) if e.type == "PERSON"}
    assert people == {"Dimas Prakoso"}


def test_regulations_streets_and_offices_named_after_titles_are_no_people() -> None:
    text = (
        "Aturan itu tertuang dalam Peraturan Presiden Nomor 12 Tahun 2024. Demo berlangsung di "
        "Jalan Jenderal Sudirman. Warga berkumpul di Kantor Gubernur Jawa Barat, Bandung, hari ini."
    )
    assert [e.name for e in extract_entities(_article(text)) if e.type == "PERSON"] == []


def test_balinese_names_and_their_short_form() -> None:
    text = (
        "Kasi Humas Polresta Denpasar, Kompol I Nyoman Sutarja, membenarkan kejadian itu. Sutarja lalu pergi."
    )
    found = _by_name(extract_entities(_article(text)))
    assert len(found["I Nyoman Sutarja"].mentions) == 2


def test_acronym_and_nickname_are_the_same_person() -> None:
    text = (
        "Menteri Sosial Bambang Suryadi (Bams) meninjau lokasi. Bams menyebut bantuan sudah tiba. "
        "Gubernur Sulawesi Tengah Rusdi Mastura atau Cak Rusdi juga hadir. Cak Rusdi mengatakan warga aman."
    )
    found = _by_name(extract_entities(_article(text)))
    assert len(found["Bambang Suryadi"].mentions) == 3  # the full name, "(Bams)" and "Bams"
    assert len(found["Rusdi Mastura"].mentions) == 3
    assert "Bams" not in found and "Cak Rusdi" not in found


def test_company_qualifier_is_cut_from_a_name_after_a_role() -> None:
    text = (
        "Hal itu disampaikan Direktur Utama Sinar Logam Wahyu Hidayat di Jakarta. "
        "Kinerja Sinar Logam tahun ini membaik, kata Wahyu."
    )
    people = {e.name for e in extract_entities(_article(text)) if e.type == "PERSON"}
    assert people == {"Wahyu Hidayat"}


def test_merge_prefix_names_across_articles() -> None:
    first = extract_entities(_article("Menteri Keuangan Sri Mulyani Indrawati hadir."))
    second = extract_entities(_article("Gubernur Bali Made Suardika Putra tiba di Denpasar."))
    third = extract_entities(_article("Harga gabah naik. Made Suardika mengatakan panen tahun ini baik."))
    merged = merge_entities_across([first, second, third])
    assert {e.name for e in merged[2] if e.type == "PERSON"} == {"Made Suardika Putra"}
    assert {e.name for e in merged[0] if e.type == "PERSON"} == {"Sri Mulyani Indrawati"}


def _people(*paragraphs: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(_article(*paragraphs)) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Kabid Humas Polda Jatim Kombes Pol Darmawan Eko Saputro menyebut ada tiga tersangka.",
            "Darmawan Eko Saputro",
            "Kabid Humas Polda Jatim Kombes Pol",
        ),
        (
            "Direktur Reserse Kriminal Umum Brigjen Pol Surya Atmaja menjelaskan kasus itu terungkap.",
            "Surya Atmaja",
            "Direktur Reserse Kriminal Umum Brigjen Pol",
        ),
        (
            "Kepala Penerangan Kodam IV Letkol Inf Bambang Sutejo mengatakan latihan berlangsung dua hari.",
            "Bambang Sutejo",
            "Kepala Penerangan Kodam IV Letkol Inf",
        ),
        (
            "Komandan Lantamal Kolonel Laut (P) Yudi Prasetya Nugroho mengatakan kapal itu ditangkap.",
            "Yudi Prasetya Nugroho",
            "Komandan Lantamal Kolonel Laut (P)",
        ),
    ],
)
def test_police_and_military_ranks_and_corps_are_titles(sentence: str, name: str, role: str) -> None:
    people = _people(sentence)
    assert list(people) == [name]
    assert people[name].role == role


def test_honorifics_are_stripped_and_short_forms_fold_into_the_full_name() -> None:
    people = _people(
        "Ketua yayasan, Hj. Ratna Dewi Lestari, mengatakan bantuan dibagikan kepada 200 keluarga.",
        "Pengasuh pondok pesantren, KH Ahmad Fauzan Mubarok, meminta santri menjaga kebersihan.",
        '"Kami utamakan lansia," ujar Ratna Dewi.',
        '"Kebersihan sebagian dari iman," kata Kiai Ahmad Fauzan.',
    )
    assert sorted(people) == ["Ahmad Fauzan Mubarok", "Ratna Dewi Lestari"]
    assert "Ratna Dewi" in people["Ratna Dewi Lestari"].aliases
    assert "Ahmad Fauzan" in people["Ahmad Fauzan Mubarok"].aliases


def test_a_given_name_that_is_also_a_word_opens_a_full_name() -> None:
    people = _people(
        "Kepala Stasiun Meteorologi Juanda, Hari Wibisono, mengatakan hujan lebat turun sejak sore.",
        '"Warga diminta waspada," kata Hari kepada wartawan.',
        "Pada Hari Senin sekolah tetap dibuka.",
    )
    assert list(people) == ["Hari Wibisono"]
    assert "Hari" in people["Hari Wibisono"].aliases


def test_one_word_names_framed_by_a_quote_are_people() -> None:
    people = _people(
        'Stok beras menipis. "Stoknya cepat habis setiap pagi," kata Wartini, pedagang di Pasar Minggu.',
        "Seorang pengemudi ojek di Terminal Kampung Rambutan, Darsono, mengaku penghasilannya turun.",
    )
    assert sorted(people) == ["Darsono", "Wartini"]


def test_names_with_particles_and_universities_before_names() -> None:
    people = _people(
        "Peneliti Universitas Oxford Ricardo Soares de Oliveira mengatakan harga minyak akan stabil.",
        "Dosen Universitas Gadjah Mada Budi Santoso mengatakan hal serupa.",
    )
    assert sorted(people) == ["Budi Santoso", "Ricardo Soares de Oliveira"]
    assert people["Budi Santoso"].role == "Dosen Universitas Gadjah Mada"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Kapolres Sleman, AKBP Yuswanto Ardi, mengatakan pelaku sudah ditahan sejak Senin.",
            "Yuswanto Ardi",
            "Kapolres Sleman",
        ),
        (
            "Bupati Sleman Drs. H. Sutrisno Mulyadi, M.Si., mengatakan jalan itu akan diperbaiki.",
            "Sutrisno Mulyadi",
            "Bupati Sleman",
        ),
        (
            "Kepala Bappeda Dewi Anggraini menyebut anggaran itu belum cair bulan ini.",
            "Dewi Anggraini",
            "Kepala Bappeda",
        ),
        (
            "Danlanud Marsma TNI Setyo Hadi Purnomo menjelaskan pesawat itu mendarat darurat.",
            "Setyo Hadi Purnomo",
            "Danlanud Marsma TNI",
        ),
    ],
)
def test_ranks_after_commas_degrees_and_agency_contractions(sentence: str, name: str, role: str) -> None:
    people = _people(sentence)
    assert list(people) == [name]
    assert people[name].role == role


def test_lower_case_doctor_title_and_dotted_degree() -> None:
    people = _people(
        "Direktur rumah sakit, dr. Lestari Handayani, Sp.PD, mengatakan pasien dalam kondisi stabil."
    )
    assert list(people) == ["Lestari Handayani"]


def test_generation_suffix_keeps_two_people_and_end_forms_fold() -> None:
    people = _people(
        "Ferdinand Marcos Jr mengatakan ekonomi akan pulih tahun ini.",
        "Ferdinand Marcos mengatakan hal serupa pada 1980 silam.",
        "Peneliti Universitas Oxford Ricardo Soares de Oliveira mengatakan harga akan stabil.",
        "Soares de Oliveira menambahkan, produksi minyak Angola menurun.",
    )
    assert sorted(people) == ["Ferdinand Marcos", "Ferdinand Marcos Jr", "Ricardo Soares de Oliveira"]
    assert "Soares de Oliveira" in people["Ricardo Soares de Oliveira"].aliases


def test_an_organisation_quoting_in_a_statement_is_no_person() -> None:
    people = _people('"Kami tidak ikut tahun ini," kata Ericsson dalam sebuah pernyataan.')
    assert people == {}


def test_javanese_noble_titles_and_quoted_sources_are_no_name_parts() -> None:
    people = _people(
        "Perusahaan itu didirikan oleh cucu raja, DR. BRA. Sekar Ayu Pertiwi, pada 1973.",
        '"Kami kekurangan bahan baku," kata Volantis, dikutip dari Reuters, Senin.',
    )
    assert "Volantis" not in people
    assert all("BRA" not in name for name in people)


def test_regions_named_with_their_head_and_local_governments() -> None:
    text = (
        "Warga Desa Sukamaju, Kecamatan Cibeber, mengungsi ke Kabupaten Cianjur. Pemkab Cianjur "
        "menyiapkan tenda. Bupati Cianjur meninjau lokasi di tepi Sungai Cikundul."
    )
    found = _by_name(extract_entities(_article(text)))
    for place in ("Desa Sukamaju", "Kecamatan Cibeber", "Kabupaten Cianjur", "Sungai Cikundul"):
        assert found[place].type == "PLACE"
    assert found["Pemkab Cianjur"].type == "ORG"
    assert "Cianjur" in found["Kabupaten Cianjur"].aliases  # "Bupati Cianjur": the same regency
    assert "Cianjur" not in found


def test_bracketed_acronym_is_an_alias_and_a_later_mention() -> None:
    text = "Lembaga Riset Pangan Nusantara (LRPN) merilis survei. Menurut LRPN, harga beras naik."
    found = _by_name(extract_entities(_article(text)))
    org = found["Lembaga Riset Pangan Nusantara"]
    assert org.type == "ORG"
    assert "LRPN" in org.aliases and len(org.mentions) == 3


def test_an_acronym_that_spells_the_words_before_it_makes_an_organisation() -> None:
    text = "Data itu dirilis Bursa Komoditas Nusantara (BKN). Sementara itu, Sekar Wangi (SW) tersenyum."
    found = _by_name(extract_entities(_article(text)))
    assert found["Bursa Komoditas Nusantara"].type == "ORG"
    assert "Sekar Wangi" not in found or found["Sekar Wangi"].type != "ORG"


def test_a_short_title_alone_refers_to_the_person_holding_it() -> None:
    text = "Menteri Keuangan Ratna Dewi Anggraini hadir. Menkeu menyebut defisit terkendali."
    found = _by_name(extract_entities(_article(text)))
    assert "Menkeu" in found["Ratna Dewi Anggraini"].aliases


def test_hospitals_named_after_people_and_degrees_after_names() -> None:
    text = (
        "Pasien dirujuk ke RSUD dr. Bambang Wiratmo. Sidang dipimpin hakim yang diketuai "
        "Rudolf Panjaitan, S.H., M.H., pekan lalu."
    )
    found = _by_name(extract_entities(_article(text)))
    assert found["RSUD dr. Bambang Wiratmo"].type == "ORG"
    assert "Bambang Wiratmo" not in found
    assert found["Rudolf Panjaitan"].type == "PERSON"


def test_police_rank_with_corps_and_long_balinese_name() -> None:
    text = (
        "Kasat Reskrim Polres Badung AKP Ni Kadek Ayu Sri Lestari mengatakan itu. Direktur Lalu "
        "Lintas Polda Bali Kombes Pol. Agus Santoso Wibowo menambahkan."
    )
    people = {e.name: e.role for e in extract_entities(_article(text)) if e.type == "PERSON"}
    assert "Ni Kadek Ayu Sri Lestari" in people
    assert "Agus Santoso Wibowo" in people
    assert (people["Agus Santoso Wibowo"] or "").startswith("Direktur Lalu Lintas Polda Bali")


def test_doubles_pair_after_a_pair_cue_is_two_people() -> None:
    art = _article("Ganda kita kalah dari pasangan Thailand, Somchai Prasert/Anan Wongsa, di babak kedua.")
    found = _by_name(extract_entities(art))
    assert found["Somchai Prasert"].type == "PERSON"
    assert found["Anan Wongsa"].type == "PERSON"


def test_office_list_with_commas_is_one_role_and_no_person() -> None:
    art = _article(
        "Kepala Dinas Kebudayaan, Pariwisata, dan Usia Dini Kabupaten Sukamaju, Ratna Kemala Sari, "
        "mengatakan festival tetap digelar."
    )
    found = _by_name(extract_entities(art))
    ratna = found["Ratna Kemala Sari"]
    assert ratna.role == "Kepala Dinas Kebudayaan, Pariwisata, dan Usia Dini Kabupaten Sukamaju"
    assert "Dini" not in found


def test_nickname_in_quotes_inside_a_name() -> None:
    art = _article("Pelatih tim itu, Bagus “Kancil” Hartono, kecewa. “Kami kalah,” kata Bagus.")
    found = _by_name(extract_entities(art))
    bagus = found["Bagus Hartono"]
    assert bagus.type == "PERSON"
    assert "Kancil" in bagus.aliases
    assert len(bagus.mentions) == 3


def test_company_registered_name_and_the_name_it_goes_by() -> None:
    art = _article(
        "PT Angkasa Niaga Nusantara (Persero) Tbk atau Angkasa Niaga mencatat laba naik.",
        "Direktur Utama Angkasa Niaga, Dedi Kurniawan, mengatakan ekspansi berlanjut.",
    )
    companies = [e for e in extract_entities(art) if e.type == "ORG"]
    assert len(companies) == 1
    assert "Angkasa Niaga" in companies[0].aliases


def test_office_given_with_sebagai() -> None:
    art = _article("Gubernur melantik Hasan Basri Lubis sebagai Penjabat Bupati Sukamaju di aula kantor.")
    found = _by_name(extract_entities(art))
    assert found["Hasan Basri Lubis"].role == "Penjabat Bupati Sukamaju"


def test_balinese_opener_makes_a_person_and_a_venue_keeps_its_name() -> None:
    art = _article("Gol dicetak Ketut Bayu Pratama di Stadion Kapten I Made Rai, Minggu.")
    found = _by_name(extract_entities(art))
    assert found["Ketut Bayu Pratama"].type == "PERSON"
    assert found["Stadion Kapten I Made Rai"].type == "PLACE"
    assert "I Made Rai" not in found


def test_resident_description_before_a_name_is_the_role() -> None:
    art = _article("Seorang warga Desa Sukamaju, Suparno (61), mengaku rumahnya terendam.")
    found = _by_name(extract_entities(art))
    assert found["Suparno"].role == "warga Desa Sukamaju"
    assert found["Desa Sukamaju"].type == "PLACE"


def test_dateline_city_in_capitals_over_two_words() -> None:
    art = _article("KUALA LUMPUR - Harga minyak sawit naik tajam pekan ini.")
    assert "Kuala Lumpur" in _by_name(extract_entities(art))


def test_title_of_several_words_right_before_comma_and_ranked_name() -> None:
    art = _article(
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan, Laksamana TNI (Purn) Bima Sakti "
        "Harahap, membuka rapat."
    )
    found = _by_name(extract_entities(art))
    assert found["Bima Sakti Harahap"].role == "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"


def test_inner_name_words_do_not_count_towards_length() -> None:
    art = _article("Gol penyeimbang dicetak Andi Baso Daeng Mappiasse. Laga berakhir imbang.")
    assert _by_name(extract_entities(art))["Andi Baso Daeng Mappiasse"].type == "PERSON"


def test_building_yields_to_the_body_named_in_it() -> None:
    art = _article("Rapat digelar di Gedung KPK, sedangkan peluncuran di Gedung Sate.")
    found = _by_name(extract_entities(art))
    assert "Gedung KPK" not in found
    assert found["Komisi Pemberantasan Korupsi"].type == "ORG"
    assert found["Gedung Sate"].type == "PLACE"


def test_regional_office_acronym_with_its_place_and_a_syllable_acronym() -> None:
    art = _article(
        "Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju mendata korban. Kepala Pelaksana "
        "BPBD Sukamaju, Hendra Wijaya, meminta warga waspada.",
        "Kepala Dinas Pendidikan, Pemuda dan Olahraga (Disdikpora) Sukamaju, Ratna Sari, hadir.",
    )
    found = _by_name(extract_entities(art))
    bpbd = next(e for e in found.values() if e.type == "ORG" and "BPBD" in e.aliases)
    assert "BPBD Sukamaju" in bpbd.aliases
    assert found["Dinas Pendidikan, Pemuda dan Olahraga"].type == "ORG"


def test_two_known_places_joined_by_a_hyphen() -> None:
    art = _article("Polisi membongkar jaringan narkoba Malaysia-Aceh pekan lalu.")
    found = _by_name(extract_entities(art))
    assert found["Malaysia"].type == "PLACE"
    assert found["Aceh"].type == "PLACE"
