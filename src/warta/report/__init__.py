"""Digest reports: report.html (self-contained), digest.json (the data) and digest.md."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from warta.report.html import render_html
from warta.report.json_report import digest_json, write_json
from warta.report.markdown import render_markdown

if TYPE_CHECKING:
    from warta.digest import DigestResult

REPORT_HTML = "report.html"
DIGEST_JSON = "digest.json"
DIGEST_MD = "digest.md"


def write_report(result: DigestResult, out_dir: Path) -> dict[str, Path]:
    """Write the three report files into ``out_dir`` (created if needed); returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = digest_json(result)
    paths = {
        "json": write_json(data, out_dir / DIGEST_JSON),
        "html": out_dir / REPORT_HTML,
        "markdown": out_dir / DIGEST_MD,
    }
    paths["html"].write_text(render_html(data), encoding="utf-8")
    paths["markdown"].write_text(render_markdown(data), encoding="utf-8")
    return paths


__all__ = ["digest_json", "render_html", "render_markdown", "write_report"]
