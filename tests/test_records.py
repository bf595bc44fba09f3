"""Records: the JSON round trip of an entity, and the cached content id."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warta.records import Article, Entity, Mention, content_hash

mentions = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(lambda p: Mention(*sorted(p)))
entities = st.builds(
    Entity,
    name=st.text(min_size=1),
    type=st.sampled_from(["PERSON", "ORG", "PLACE"]),
    aliases=st.lists(st.text(min_size=1), max_size=3).map(tuple),
    role=st.none() | st.text(min_size=1),
    mentions=st.lists(mentions, max_size=4).map(tuple),
)


@given(entities)
def test_entity_survives_its_json_round_trip(entity: Entity) -> None:
    assert Entity.from_json(entity.to_json()) == entity


def test_article_id_is_the_hash_of_its_own_text() -> None:
    article = Article(source="a.txt", paragraphs=("Paragraf pertama berita.", "Paragraf kedua."))
    assert article.id == content_hash(article.text)
    changed = article.with_(paragraphs=("Paragraf lain sama sekali.",))
    assert changed.id == content_hash(changed.text) != article.id
    assert article.with_(title="Judul").id == article.id
