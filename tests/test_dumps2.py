"""Text dumps of outlets the text-dump rules were not written against (invented text).

``tests/fixtures/dumps2/`` holds browser "save as text" dumps in the page grammar of Tirto,
Serambinews (a regional Tribun site), Gatra, Era.id (a wire copy closed by "- AFP") and Pikiran
Rakyat, each with a hand-written expected reading in the format of ``tests/fixtures/outlets``. They
check that the byline, dateline, closing-credit and outlet rules are rules of Indonesian news pages
and not of the pages they were first written for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scoring import BODY_F1_OK, body_f1, clean_fields, load_pages, wrong_fields
from warta.options import Options
from warta.records import Article, RawDoc
from warta.stages.extract_text import extract_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dumps2"
FIELDS = clean_fields("language")


def _clean(page: dict[str, Any]) -> Article:
    path = FIXTURES / page["file"]
    return extract_text(RawDoc(str(path), "text", path.read_text(encoding="utf-8")), Options())


@pytest.mark.parametrize("page", load_pages(FIXTURES), ids=lambda p: p["file"])
def test_dump_reading(page: dict[str, Any]) -> None:
    article = _clean(page)
    wrong = wrong_fields(page, article.to_json(), FIELDS)
    assert not wrong, wrong
    f1 = body_f1(article, page)
    assert f1 >= BODY_F1_OK, (f1, article.paragraphs)
    kept = [junk for junk in page["not_in_body"] if junk in article.text]
    assert not kept, kept


def test_fixtures_present() -> None:
    assert len(load_pages(FIXTURES)) >= 5
