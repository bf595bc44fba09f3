"""The phrase next to a cue read as a speaker reference (invented sentences)."""

from __future__ import annotations

from warta.stages.entities import extract_entities_from_text
from warta.stages.speaker_refs import Mentions, ref_after, ref_before

TEXT = (
    '"Harga beras naik," kata juru bicara Kementerian Perdagangan Rina Lestari di Jakarta. '
    "Para ahli menilai kenaikan itu wajar. Dia mengatakan stok cukup. "
    '"Kami siap," ujar sejumlah pedagang. Kedua menteri itu menyatakan sepakat. '
    "Politisi itu menambahkan bahwa rapat ditunda."
)


def _after(phrase: str, strict: bool = False):  # type: ignore[no-untyped-def]
    mentions = Mentions(extract_entities_from_text(TEXT))
    return ref_after(TEXT, TEXT.index(phrase), len(TEXT), mentions, strict)


def _before(subject: str, verb: str):  # type: ignore[no-untyped-def]
    mentions = Mentions(extract_entities_from_text(TEXT))
    return ref_before(TEXT, TEXT.index(subject), TEXT.index(verb, TEXT.index(subject)), mentions)


def test_a_named_person_after_a_cue_keeps_the_role() -> None:
    ref = _after("juru bicara")
    assert (ref.kind, ref.name, ref.role) == ("entity", "Rina Lestari", "juru bicara Kementerian Perdagangan")


def test_groups_pronouns_pairs_and_backrefs_are_kinds_to_resolve() -> None:
    assert (_after("sejumlah pedagang").kind, _after("sejumlah pedagang").name) == (
        "group",
        "sejumlah pedagang",
    )
    assert _before("Para ahli", "menilai").name == "para ahli"
    assert _before("Dia", "mengatakan").kind == "person_pronoun"
    assert _before("Kedua menteri", "menyatakan").kind == "pair"
    assert _before("Politisi itu", "menambahkan").kind == "backref"


def test_strict_reading_refuses_unknown_capitalised_words() -> None:
    text = "Stok aman, kata Gudang Induk kemarin."
    mentions = Mentions([])  # no entity found there
    pos = text.index("Gudang")
    assert ref_after(text, pos, len(text), mentions, strict=True) is None
    loose = ref_after(text, pos, len(text), mentions, strict=False)
    assert loose is not None and loose.kind == "text"


def test_a_bare_title_after_a_cue_points_to_its_holder() -> None:
    text = '"Dana sudah siap," ujar Wamenkeu di Jakarta.'
    mentions = Mentions(extract_entities_from_text(text))
    ref = ref_after(text, text.index("Wamenkeu"), len(text), mentions, strict=False)
    assert (ref.kind, ref.name) == ("role", "wamenkeu")


def test_a_group_named_after_a_comma_is_that_person() -> None:
    text = '"Air sudah naik," kata seorang warga, Rosita Manurung (40), di posko.'
    mentions = Mentions(extract_entities_from_text(text))
    ref = ref_after(text, text.index("seorang"), len(text), mentions, strict=False)
    assert (ref.kind, ref.name) == ("entity", "Rosita Manurung")
