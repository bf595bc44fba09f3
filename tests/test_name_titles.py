"""Roles and titles before names, and roles in apposition (invented sentences)."""

from __future__ import annotations

from warta.lang.id.gazetteer import default_gazetteer
from warta.stages.name_rules import scan_names
from warta.stages.name_shapes import gazetteer_index, role_at, tokenize
from warta.stages.name_titles import appositive_role, role_person


def _people(text: str) -> list[tuple[str, str | None]]:
    found = {
        (f.surface, f.role) for f in scan_names(text, default_gazetteer()) if f.type == "PERSON" and f.role
    }
    return sorted(found)  # the scan may offer the same person by two rules


def test_title_before_a_name_gives_the_role() -> None:
    text = "Menteri Keuangan Sri Wahyuni mengatakan hal itu."
    toks = tokenize(text)
    found = role_person(text, toks, 0, role_at(toks, 0), gazetteer_index(default_gazetteer()))
    assert found is not None
    assert (found.surface, found.role) == ("Sri Wahyuni", "Menteri Keuangan")


def test_name_after_a_comma_past_honorifics_and_degrees() -> None:
    text = "Kepala Badan Riset Daerah, Dr. Ir. Andi Saputra, M.Si., mengatakan hal itu."
    assert _people(text) == [("Andi Saputra", "Kepala Badan Riset Daerah")]


def test_role_in_apposition_after_a_name() -> None:
    text = "Budi Santoso, Ketua RT 05 Kampung Melayu, mengatakan hal itu."
    toks = tokenize(text)
    assert (
        appositive_role(text, toks, 2, gazetteer_index(default_gazetteer())) == "Ketua RT 05 Kampung Melayu"
    )


def test_a_street_named_after_a_title_names_nobody() -> None:
    assert _people("Kantor itu berada di Jalan Jenderal Sudirman Jakarta.") == []


def test_lower_case_field_words_and_roles_over_several_heads() -> None:
    assert _people("Menurut pengamat musik Rizal Fahmi, album itu laris.") == [
        ("Rizal Fahmi", "pengamat musik")
    ]
    assert _people("Ketua tim peneliti, Prof. Dr. Irma Yulianti, mengatakan hasilnya baik.") == [
        ("Irma Yulianti", "Ketua tim peneliti")
    ]
    assert _people("Kuasa hukum tersangka, Benny Tarigan, menyatakan kliennya kooperatif.") == [
        ("Benny Tarigan", "Kuasa hukum tersangka")
    ]


def test_an_acronym_in_brackets_before_the_apposed_name() -> None:
    from warta.stages.entities import extract_entities_from_text

    text = "kata Direktur Eksekutif Pusat Studi Air (PSA), Rendra Hakim, kemarin."
    people = [(e.name, e.role) for e in extract_entities_from_text(text) if e.type == "PERSON"]
    assert people == [("Rendra Hakim", "Direktur Eksekutif Pusat Studi Air")]
    organisations = [(e.name, e.aliases) for e in extract_entities_from_text(text) if e.type == "ORG"]
    assert organisations == [("Pusat Studi Air", ("Pusat Studi Air", "PSA"))]  # the acronym an alias
