"""Shared fixtures. Real-page data comes from ../shared (publishers' text, never copied here);
tests that need it skip cleanly when it is absent. Set WARTA_SHARED to point elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared")).resolve()
FLOORS_FILE = REPO / "tests" / "floors.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip when that data is not here."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def floor(name: str) -> float:
    """A quality floor pinned in tests/floors.json (raise to record progress; never lower silently)."""
    floors: dict[str, float] = json.loads(FLOORS_FILE.read_text())
    return floors[name]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(shared_path("gold", "seeds.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path) -> dict[str, Path]:
    """Seed files by their three-digit prefix ("000" … "004")."""
    return {p.name[:3]: p for p in sorted(seeds_dir.glob("*.txt"))}
