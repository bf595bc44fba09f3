"""One options object per run instead of long keyword lists."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024
"""Inputs larger than this (after decompression) are refused: no news page is that big."""


@dataclass(frozen=True)
class Options:
    """Settings of one run; every stage reads what it needs from here."""

    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    force_kind: str | None = None  # "html" or "text" to skip kind detection
    anchor: str | None = None  # ISO date that relative time expressions resolve against
    workers: int = 1  # process-pool size of the local engine (1 = in-process)
    summary_sentences: int = 5
    timeline_events: int = 20
    story_id: str | None = None
    user_gazetteer: str | None = None  # path of a user's own entity list (JSON)
