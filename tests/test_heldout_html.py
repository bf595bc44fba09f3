"""Held-out check of HTML cleaning on pages of outlet families no rule was written against.

The pages in ``fixtures/heldout_html`` (invented text, see its README) were written before warta was
run on them, in the page grammar of outlets the other fixture sets do not model. Scored per page:
the body's word 4-gram F1 against the expected paragraphs, each metadata field of the `warta clean`
contract, boilerplate kept out of the body, and rejection of pages that are no articles.

``published`` is compared strictly: the same instant AND the same UTC offset, because the contract
asks for the offset of the zone the page states (WIB +07:00, WITA +08:00, WIT +09:00), not any
offset that happens to name the same instant.

Aggregate rates are pinned in ``tests/floors.json`` (``heldout_html_*`` keys). Run as a script to
print every failing case::

    PYTHONPATH=src python tests/test_heldout_html.py
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from test_generalisation import BODY_F1_OK
from warta.errors import BadInput
from warta.evaluation import ngram_prf
from warta.pipeline import clean_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout_html"

BODY_NGRAM = 4
"""Word n-gram size of the body score (4-grams: order matters, single shared words do not)."""

FIELDS = ("title", "outlet", "url", "published", "authors", "editors", "dateline", "wire_sources", "language")
LIST_FIELDS = frozenset({"authors", "editors", "wire_sources"})


def _pages() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.expected.json"))]


def _same_published(expected: str | None, got: str | None) -> bool:
    """The same instant printed with the same offset (None only equals None)."""
    if expected is None or got is None:
        return expected == got
    try:
        want, have = datetime.fromisoformat(expected), datetime.fromisoformat(got)
    except ValueError:
        return False
    return have.tzinfo is not None and want == have and want.utcoffset() == have.utcoffset()


def field_right(name: str, expected: Any, got: Any) -> bool:
    """Whether ``got`` is the expected reading of field ``name`` (a list of strings for a scalar
    field means any of these spellings)."""
    if name == "published":
        options = expected if isinstance(expected, list) else [expected]
        return any(_same_published(want, got) for want in options)
    if name in LIST_FIELDS:
        return sorted(expected or []) == sorted(got or [])
    if isinstance(expected, list):
        return got in expected
    if isinstance(expected, str) and isinstance(got, str):
        return " ".join(expected.split()) == " ".join(got.split())
    return bool(expected == got)


@lru_cache(maxsize=1)
def evaluate() -> tuple[dict[str, float], tuple[str, ...]]:
    """(figures, failure lines) over every page of the folder."""
    right: dict[str, list[bool]] = {name: [] for name in (*FIELDS, "listing", "body_ok", "junk")}
    f1s: list[float] = []
    failures: list[str] = []
    for page in _pages():
        name = page["file"]
        try:
            got = clean_file(FIXTURES / name)
        except BadInput as err:
            right["listing" if not page["is_article"] else "body_ok"].append(not page["is_article"])
            if page["is_article"]:
                f1s.append(0.0)
                failures.append(f"{name}: rejected: {err}")
                for key in FIELDS:
                    right[key].append(False)
            continue
        if not page["is_article"]:
            right["listing"].append(False)
            failures.append(f"{name}: listing accepted, {len(got.paragraphs)} paragraphs")
            continue
        f1 = ngram_prf(got.text, "\n\n".join(page["paragraphs"]), BODY_NGRAM)[2]
        f1s.append(f1)
        right["body_ok"].append(f1 >= BODY_F1_OK)
        if f1 < BODY_F1_OK:
            extra = [p[:60] for p in got.paragraphs if p not in page["paragraphs"]]
            missing = [p[:60] for p in page["paragraphs"] if p not in got.paragraphs]
            failures.append(f"{name}: body f1 {f1:.3f} extra {extra} missing {missing}")
        record = got.to_json()
        for key in FIELDS:
            want = page.get(key, "id" if key == "language" else None)
            ok = field_right(key, want, record[key])
            right[key].append(ok)
            if not ok:
                failures.append(f"{name}: {key}: expected {want!r}, got {record[key]!r}")
        for junk in page["not_in_body"]:
            right["junk"].append(junk not in got.text)
            if junk in got.text:
                failures.append(f"{name}: boilerplate kept: {junk!r}")
    figures = {key: sum(values) / max(1, len(values)) for key, values in right.items()}
    figures["body_f1_mean"] = sum(f1s) / max(1, len(f1s))
    return figures, tuple(failures)


@pytest.mark.parametrize("name", ["listing", "body_ok", "body_f1_mean", "junk", *FIELDS])
def test_html_cleaning_on_held_out_outlets(name: str) -> None:
    figures, failures = evaluate()
    assert figures[name] >= floor(f"heldout_html_{name}_min"), "\n".join(failures)


def test_held_out_set_is_there() -> None:
    pages = _pages()
    assert len(pages) >= 14
    assert sum(not p["is_article"] for p in pages) >= 3


@pytest.mark.parametrize(
    ("expected", "got", "right"),
    [
        ("2024-01-18T09:10:00+09:00", "2024-01-18T09:10:00+09:00", True),
        ("2024-01-18T09:10:00+09:00", "2024-01-18T07:10:00+07:00", False),
        ("2024-01-18T09:10:00+09:00", "2024-01-18T09:10:00", False),
        (None, None, True),
        (None, "2024-01-18T09:10:00+09:00", False),
    ],
)
def test_published_needs_the_stated_offset(expected: str | None, got: str | None, right: bool) -> None:
    assert field_right("published", expected, got) is right


if __name__ == "__main__":
    figures, failures = evaluate()
    print("\n".join(failures))
    print("\n".join(f"heldout_html_{k}_min: {v:.3f}" for k, v in figures.items()))
    sys.exit(0)
