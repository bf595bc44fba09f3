"""Generalisation check of HTML cleaning on a second set of invented pages (``fixtures/outlets2``).

Written after the HTML rules of ``fixtures/outlets`` were fixed, in the page grammar of outlets none
of those pages model (Tirto, SerambiNews on a Tribun sub-domain, Solopos, an ANTARA regional
site, Suara Merdeka, Pikiran Rakyat, Republika, IDN Times, Kompas regional, a Tempo tag page and
a detik search page), to check that the rules generalise rather
than fit the first set. The text is invented. Each ``NAME.expected.json`` gives the reading (see
``fixtures/outlets/README.md``; only the `warta clean` fields here). Aggregate rates are pinned in
``tests/floors.json`` (``gen2_*`` keys); run as a script to print every failing case::

    PYTHONPATH=src python tests/test_generalisation_html.py
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from test_generalisation import BODY_F1_OK, _field_right
from warta.errors import BadInput
from warta.evaluation import ngram_prf
from warta.pipeline import clean_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "outlets2"

FIELDS = ("title", "outlet", "url", "published", "authors", "editors", "dateline", "wire_sources")


def _pages() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.expected.json"))]


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
            continue
        if not page["is_article"]:
            right["listing"].append(False)
            failures.append(f"{name}: listing accepted, {len(got.paragraphs)} paragraphs")
            continue
        f1 = ngram_prf(got.text, "\n\n".join(page["paragraphs"]))[2]
        f1s.append(f1)
        right["body_ok"].append(f1 >= BODY_F1_OK)
        if f1 < BODY_F1_OK:
            extra = [p[:60] for p in got.paragraphs if p not in page["paragraphs"]]
            missing = [p[:60] for p in page["paragraphs"] if p not in got.paragraphs]
            failures.append(f"{name}: body f1 {f1:.3f} extra {extra} missing {missing}")
        record = got.to_json()
        for key in FIELDS:
            ok = _field_right(key, page.get(key), record[key])
            right[key].append(ok)
            if not ok:
                failures.append(f"{name}: {key}: expected {page.get(key)!r}, got {record[key]!r}")
        for junk in page["not_in_body"]:
            right["junk"].append(junk not in got.text)
            if junk in got.text:
                failures.append(f"{name}: boilerplate kept: {junk!r}")
    figures = {key: sum(values) / max(1, len(values)) for key, values in right.items()}
    figures["body_f1_mean"] = sum(f1s) / max(1, len(f1s))
    return figures, tuple(failures)


@pytest.mark.parametrize("name", ["listing", "body_ok", "body_f1_mean", "junk", *FIELDS])
def test_html_cleaning_generalises_to_unseen_outlets(name: str) -> None:
    figures, failures = evaluate()
    assert figures[name] >= floor(f"gen2_{name}_min"), "\n".join(failures)


def test_fixtures_are_there() -> None:
    pages = _pages()
    assert len(pages) >= 6 and any(not p["is_article"] for p in pages)


if __name__ == "__main__":
    figures, failures = evaluate()
    print("\n".join(failures))
    print("\n".join(f"gen2_{k}_min: {v:.3f}" for k, v in figures.items()))
    sys.exit(0)
