"""Language detection: the separator step gives the same words whatever characters the text holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.stages.language import _SEPARATORS, _spaced_out, detect_language


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Z.,;“”‘’«»…–—\u00a0é-'(1", max_size=60))
def test_spaced_out_is_the_translation_table_on_any_text(text: str) -> None:
    """The substitution used on non-ASCII text replaces exactly what the translation table does."""
    assert _spaced_out(text) == text.translate(_SEPARATORS)


def test_curly_quotes_do_not_change_the_reading() -> None:
    plain = 'Menurut dia, "harga beras akan turun" dalam dua pekan ini karena panen raya telah tiba.'
    curly = plain.replace('"', "“", 1).replace('"', "”", 1)
    assert detect_language(plain) == detect_language(curly) == "id"


def test_the_marker_sets_share_no_word() -> None:
    """Each marker word counts for one language only (the count maps a word to its language)."""
    from warta.stages import language

    sets = (language.INDONESIAN_MARKERS, language.ENGLISH_MARKERS, language.MALAY_MARKERS)
    assert sum(map(len, sets)) == len(set().union(*sets)) == len(language._MARKER_LANGUAGE)
