"""Gate: the timeline on three real multi-article topics against hand-judged event dates.

tests/fixtures/topic_events.json lists, per topic, the row ids of its articles in /work/shared
(outlets2022 by `id`, detik2025 by its `id` column) and the dates the digest engineer judged to be
real events of the topic after reading them (one person's judgment, not an independent annotation).
The rows are read through the real input path (a JSONL file → extract → dates → times), then the
timeline is built with the default options. Precision: share of timeline dates that are judged
events; recall: share of judged events on the timeline.
"""

from __future__ import annotations

import ast
import csv
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import floor, shared_path
from warta.digest import infer_dates, read_articles, tag_all_times
from warta.options import Options
from warta.stages.timeline import build_timeline

pytestmark = pytest.mark.gate

FIXTURE = Path(__file__).parent / "fixtures" / "topic_events.json"


def _outlets2022(ids: set[str]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    with gzip.open(shared_path("corpus", "outlets2022", "articles.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:
                segments = row["text_segments"]
                if isinstance(segments, str):
                    segments = ast.literal_eval(segments)
                rows[row["id"]] = {
                    "title": row["title"],
                    "url": row["url"],
                    "outlet": row["outlet"],
                    "published": row["date"],
                    "text": "\n\n".join(segments),
                }
    return rows


def _detik2025(ids: set[str]) -> dict[str, dict[str, Any]]:
    path = shared_path("corpus", "detik2025", "data_berita.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return {
            row["id"]: {
                "title": row["judul"],
                "url": row["tautan"],
                "outlet": "detikcom",
                "published": row["tanggal"],
                "text": row["isi_berita"],
            }
            for row in csv.DictReader(f)
            if row["id"] in ids
        }


def _scores(topic: dict[str, Any], tmp: Path) -> tuple[float, float]:
    ids = set(topic["ids"])
    rows = (_outlets2022 if topic["corpus"] == "outlets2022" else _detik2025)(ids)
    assert set(rows) == ids, f"{topic['name']}: rows missing from /work/shared"
    path = tmp / f"{topic['name']}.jsonl"
    path.write_text("".join(json.dumps(rows[i]) + "\n" for i in topic["ids"]), encoding="utf-8")
    options = Options()
    articles, _ = read_articles([str(path)], options)
    articles = infer_dates(articles, options)
    events = build_timeline(articles, tag_all_times(articles, options), options)
    found = {e.date for e in events}
    judged = set(topic["events"])
    precision = len(found & judged) / len(found) if found else 0.0
    return precision, len(found & judged) / len(judged)


def test_timeline_dates_against_hand_judged_events(tmp_path: Path) -> None:
    topics = json.loads(FIXTURE.read_text(encoding="utf-8"))["topics"]
    scores = [_scores(topic, tmp_path) for topic in topics]
    for topic, (p, r) in zip(topics, scores, strict=True):
        print(f"{topic['name']}: date precision {p:.3f} recall {r:.3f}")
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    print(f"mean: date precision {precision:.3f} recall {recall:.3f}")
    assert precision >= floor("topics_timeline_date_precision_mean_min")
    assert recall >= floor("topics_timeline_date_recall_mean_min")
