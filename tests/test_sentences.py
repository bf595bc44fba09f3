from hypothesis import given
from hypothesis import strategies as st

from warta.stages.sentences import split_sentences


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Prof. Dr. Budi tiba di Jl. Sudirman pukul 08.00. Dia lalu pergi."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Prof. Dr. Budi tiba di Jl. Sudirman pukul 08.00.",
        "Dia lalu pergi.",
    ]


def test_paragraph_break_ends_a_sentence() -> None:
    sentences = split_sentences("Kalimat tanpa titik\n\nParagraf kedua.")
    assert [s.paragraph for s in sentences] == [0, 1]
    assert sentences[0].text == "Kalimat tanpa titik"


@given(st.text())
def test_offsets_slice_the_text(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_quotes_and_question_marks_close_sentences() -> None:
    text = '"Kami siap," kata Budi. Apakah itu benar? "Ya." Ia tersenyum.'
    assert [s.text for s in split_sentences(text)] == [
        '"Kami siap," kata Budi.',
        "Apakah itu benar?",
        '"Ya."',
        "Ia tersenyum.",
    ]


def test_a_lower_case_continuation_is_not_a_new_sentence() -> None:
    text = "Harga naik 5 persen. dan turun lagi. Selesai."
    assert len(split_sentences(text)) == 2


def test_sentences_glued_by_a_scraper_are_split() -> None:
    text = (
        'Rapat selesai.Dia pulang. Harga naik (15/2).Menurut warga, "itu wajar."Kata dia. '
        "Situs Kompas.com ramai."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Rapat selesai.",
        "Dia pulang.",
        "Harga naik (15/2).",
        'Menurut warga, "itu wajar."',
        "Kata dia.",
        "Situs Kompas.com ramai.",
    ]


def test_magnitude_abbreviation_and_question_before_a_cue() -> None:
    text = 'Gempa (Mag. 6,2) mengguncang Nias. "Apakah aman?" tanya warga. Ya.'
    assert [s.text for s in split_sentences(text)] == [
        "Gempa (Mag. 6,2) mengguncang Nias.",
        '"Apakah aman?" tanya warga.',
        "Ya.",
    ]
