"""Articles per second for the entity stage alone, against the stage of another git revision.

Texts: the seed bodies (gold body lines of ``shared/seeds``), the reference texts of
``shared/corpus/pages`` and the invented held-out articles of ``tests/fixtures/heldout_entities.json``.

Baseline, measured in the same run on the same texts: the entity stage of a named git revision
(default ``9a56c7b``, the stage at the start of the session that added this benchmark), checked out
once into a throw-away worktree under the system temp directory. Each side runs in its own child
process (the two revisions share a package name), alternating, and the best of ``--repeats`` runs
counts (wall clock, and the CPU time of the process, which a busy shared machine disturbs less).
The children also print a digest of their outputs, so the run says whether the two stages
give the same entities. Run:
``PYTHONPATH=src python benchmarks/bench_entities.py [--rounds N] [--repeats N] [--baseline REV]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
FIXTURE = REPO / "tests" / "fixtures" / "heldout_entities.json"
DEFAULT_BASELINE = "9a56c7b"


def load_texts() -> list[str]:
    """Body texts (paragraphs joined as ``Article.text`` joins them) of every source there is."""
    bodies: list[list[str]] = []
    gold_path = SHARED / "gold" / "seeds.json"
    if gold_path.exists():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name, entry in sorted(gold.get("seeds", {}).items()):
            seed = SHARED / "seeds" / name
            if seed.exists():
                lines = seed.read_text(encoding="utf-8").splitlines()
                bodies.append([lines[n - 1].strip() for n in entry["body_lines"]])
    refs = SHARED / "corpus" / "pages" / "references.jsonl"
    if refs.exists():
        for line in refs.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            bodies.append([p.strip() for p in row.get("body_text", "").split("\n") if p.strip()])
    for article in json.loads(FIXTURE.read_text(encoding="utf-8"))["articles"]:
        bodies.append(list(article["paragraphs"]))
    return ["\n\n".join(b) for b in bodies if b]


def child(rounds: int, texts_path: str) -> int:
    """Time the entity stage importable from ``sys.path`` and print rate and output digest."""
    from warta.records import Article
    from warta.stages.entities import extract_entities

    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    articles = [Article(source=str(k), paragraphs=tuple(t.split("\n\n"))) for k, t in enumerate(texts)]
    digest = hashlib.sha256()
    for article in articles:  # warm caches (gazetteer index) and take the digest
        for e in extract_entities(article):
            digest.update(repr((e.name, e.type, e.aliases, e.role, e.mentions)).encode())
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for article in articles:
            extract_entities(article)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    done = rounds * len(articles)
    print(json.dumps({"rate": done / elapsed, "cpu_rate": done / cpu, "digest": digest.hexdigest()[:16]}))
    return 0


def baseline_tree(rev: str) -> Path:
    """A worktree of ``rev`` (created once, reused by later runs)."""
    path = Path(tempfile.gettempdir()) / f"warta-bench-entities-{rev}"
    if not (path / "src" / "warta").exists():
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(path), rev],
            check=True,
            capture_output=True,
        )
    return path


def run_child(src: Path, rounds: int, texts_path: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", texts_path, "--rounds", str(rounds)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline", default=DEFAULT_BASELINE)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--texts", help="a JSON list of body texts to time instead of the default sources")
    args = parser.parse_args()
    if args.child:
        return child(args.rounds, args.child)
    texts = json.loads(Path(args.texts).read_text(encoding="utf-8")) if args.texts else load_texts()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(texts, handle, ensure_ascii=False)
    base_src = baseline_tree(args.baseline) / "src"
    ours: list[dict[str, object]] = []
    base: list[dict[str, object]] = []
    for _ in range(args.repeats):
        base.append(run_child(base_src, args.rounds, handle.name))
        ours.append(run_child(REPO / "src", args.rounds, handle.name))
    os.unlink(handle.name)
    chars = sum(len(t) for t in texts) / len(texts)
    source = args.texts or "seeds, corpus pages, held-out"
    print(f"{len(texts)} articles ({source}), {chars:.0f} characters on average")
    print(f"{args.rounds} rounds, best of {args.repeats} (wall clock; CPU time of the process)")
    for key, unit in (("rate", "articles/s"), ("cpu_rate", "articles/CPU-s")):
        best_base = max(float(str(r[key])) for r in base)
        best_ours = max(float(str(r[key])) for r in ours)
        print(f"baseline {args.baseline}: {best_base:8.0f} {unit} ({1000 / best_base:.2f} ms/article)")
        print(f"this tree:        {best_ours:8.0f} {unit} ({1000 / best_ours:.2f} ms/article)")
        print(f"ratio this / baseline: {best_ours / best_base:.2f}x")
    same = base[0]["digest"] == ours[0]["digest"]
    print(f"outputs: {'identical' if same else 'differ'} ({base[0]['digest']} vs {ours[0]['digest']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
