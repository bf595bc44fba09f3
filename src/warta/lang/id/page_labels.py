"""Labels printed next to dates in article headers.

A header may show both when an article was published and when it was last changed; only the first
is its publication time. These labels mark the second ("Diperbarui 04/02/2023, 16:00 WIB").
"""

from __future__ import annotations

UPDATE_LABELS: tuple[str, ...] = (
    "diperbarui",
    "diperbaharui",
    "terakhir diperbarui",
    "pembaruan",
    "pembaharuan",
    "diupdate",
    "di-update",
    "update",
    "updated",
    "last updated",
    "diubah",
)
"""Lower-case words that introduce a modification time, not the publication time."""
