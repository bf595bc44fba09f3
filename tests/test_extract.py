from hypothesis import given
from hypothesis import strategies as st

from warta.records import Article
from warta.stages.extract import tidy


def test_blank_values_become_null_and_lists_lose_blanks_and_repeats() -> None:
    article = Article(
        source="x",
        paragraphs=("Isi berita.",),
        title="",
        dateline="  Jakarta ",
        authors=("Budi  Santoso", "", "Budi Santoso", "Ani"),
    )
    tidied = tidy(article)
    assert tidied.title is None
    assert tidied.dateline == "Jakarta"
    assert tidied.authors == ("Budi Santoso", "Ani")


@given(st.one_of(st.none(), st.text()), st.lists(st.text(), max_size=4))
def test_tidy_never_leaves_a_blank(title: str | None, authors: list[str]) -> None:
    tidied = tidy(Article(source="x", paragraphs=("a",), title=title, authors=tuple(authors)))
    assert tidied.title is None or tidied.title.strip() == tidied.title != ""
    assert all(a.strip() == a != "" for a in tidied.authors)
    assert tidy(tidied) == tidied
