"""Resolving speaker references in text order (invented sentences)."""

from __future__ import annotations

from warta.stages.entities import extract_entities_from_text
from warta.stages.quotes import clause_sentences
from warta.stages.speaker_refs import Mentions, Ref
from warta.stages.speakers import Resolver


def _resolver(text: str) -> Resolver:
    return Resolver(text, Mentions(extract_entities_from_text(text)), clause_sentences(text))


def test_pronoun_and_suffix_go_to_the_subject_of_the_paragraph() -> None:
    text = "Gubernur Jawa Barat Andi Pratama meninjau jalan tol itu. Ia berharap proyek selesai."
    resolver = _resolver(text)
    pos = text.index("Ia ")
    assert resolver.resolve(Ref("person_pronoun"), pos) == resolver.resolve(Ref("suffix"), pos)
    ref = resolver.resolve(Ref("person_pronoun"), pos)
    assert ref is not None and ref.name == "Andi Pratama"


def test_a_bare_role_goes_to_the_last_holder_of_that_role() -> None:
    text = (
        "Presiden Kenya Daniel Mwangi tiba di Nairobi bersama Menteri Luar Negeri Kenya Amina Otieno. "
        "Presiden menegaskan kerja sama itu penting."
    )
    ref = _resolver(text).resolve(Ref("role", "presiden"), text.index("Presiden menegaskan"))
    assert ref is not None and ref.name == "Daniel Mwangi"


def test_plural_pronoun_goes_to_the_last_group_and_nothing_before_is_none() -> None:
    text = "Harga naik, kata para ahli. Mereka menyebut pasokan berkurang."
    resolver = _resolver(text)
    assert resolver.resolve(Ref("plural"), 0) is None  # nobody has spoken yet
    resolver.resolve(Ref("group", "para ahli"), text.index("para"))
    ref = resolver.resolve(Ref("plural"), text.index("Mereka"))
    assert ref is not None and ref.name == "para ahli"


def test_a_ministry_without_a_country_takes_the_last_country_that_spoke() -> None:
    text = "Brasil mengatakan perundingan berjalan baik, kata kementerian luar negeri."
    resolver = _resolver(text)
    resolver.resolve(Ref("entity", "Brasil", "PLACE"), 0)
    ref = resolver.resolve(Ref("ministry", "Kementerian Luar Negeri"), text.index("kementerian"))
    assert ref is not None and ref.name == "Kementerian Luar Negeri Brasil"


def test_short_and_full_titles_name_the_same_holder() -> None:
    text = "Menteri Kesehatan Ratna Dewi meninjau rumah sakit. Menkes menyebut stok obat cukup."
    ref = _resolver(text).resolve(Ref("role", "menkes"), text.index("Menkes"))
    assert ref is not None and ref.name == "Ratna Dewi"


def test_a_described_role_goes_to_its_holder_before_the_last_speaker() -> None:
    text = (
        "Dokter spesialis paru di Rumah Sakit Sehat Sentosa, dr. Wulan Sari, memeriksa pasien itu. "
        "Kepala Dinas Kesehatan Bogor Budi Rahman mengatakan stok vaksin cukup."
    )
    resolver = _resolver(text)
    resolver.resolve(Ref("entity", "Budi Rahman", "PERSON"), text.index("mengatakan"))
    ref = resolver.resolve(Ref("backref", role="dokter spesialis paru"), len(text))
    assert ref is not None and ref.name == "Wulan Sari"
