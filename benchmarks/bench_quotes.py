"""Articles per second for entities + quotes on the reference texts of corpus/pages (one core).

Baseline, measured in the same run on the same texts: ``split_sentences`` alone (the quote stage
calls it too), so the ratio says how much the entity and quote rules cost on top of sentence
splitting. Run: ``PYTHONPATH=src python benchmarks/bench_quotes.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from warta.records import Article
from warta.stages.entities import extract_entities
from warta.stages.quotes import extract_quotes
from warta.stages.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
TARGET_ARTICLES_PER_SECOND = 300


def load_articles() -> list[Article]:
    path = SHARED / "corpus" / "pages" / "references.jsonl"
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        paragraphs = tuple(p.strip() for p in row.get("body_text", "").split("\n") if p.strip())
        if paragraphs:
            articles.append(Article(source=row["file"], paragraphs=paragraphs))
    return articles


def rate(articles: list[Article], rounds: int, work: Callable[[Article], object]) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for article in articles:
            work(article)
    return rounds * len(articles) / (time.perf_counter() - start)


def entities_and_quotes(article: Article) -> object:
    return extract_quotes(article, extract_entities(article))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    if not (SHARED / "corpus" / "pages" / "references.jsonl").exists():
        print(f"no reference texts under {SHARED}", file=sys.stderr)
        return 1
    articles = load_articles()
    texts = [a.text for a in articles]
    entities_and_quotes(articles[0])  # warm caches (gazetteer index, Punkt)
    chars = sum(len(t) for t in texts)
    baseline = rate(articles, args.rounds, lambda a: split_sentences(a.text))
    ours = rate(articles, args.rounds, entities_and_quotes)
    print(
        f"{len(articles)} reference articles, {chars / len(articles):.0f} characters on average, "
        f"{args.rounds} rounds"
    )
    print(f"baseline split_sentences alone: {baseline:8.0f} articles/s")
    print(f"entities + quotes:              {ours:8.0f} articles/s (target {TARGET_ARTICLES_PER_SECOND})")
    print(f"ratio baseline / ours: {baseline / ours:.1f}x slower than sentence splitting alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
