"""report.html in headless Chromium (Debian's chromium through Playwright's executable_path):
no console errors, no request leaving the page, summary and timeline visible, on a phone and on
a desktop screen; screenshots are saved and checked to be non-trivial images."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from report_fixture import invented_result
from warta.digest import write_digest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def _png_colours(data: bytes) -> int:
    """How many distinct pixel values a PNG screenshot has (8-bit RGB/RGBA, as Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, _depth, colour_type = struct.unpack(">IIBB", header[:10])
    channels = {2: 3, 6: 4}[colour_type]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels + 1
    colours = set()
    for y in range(0, height, max(1, height // 60)):
        row = raw[y * stride + 1 : (y + 1) * stride]  # unfiltered bytes are enough to count variety
        colours.update(row[i : i + channels] for i in range(0, len(row), channels * 7))
    return len(colours)


def _open(report: Path, viewport: dict[str, int], shot: Path) -> dict[str, Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport=viewport)  # type: ignore[arg-type]
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(report.as_uri(), wait_until="load")
            seen = {
                "summary": page.locator("#summary ol.summary li").first.is_visible(),
                "timeline_chart": page.locator("#timeline svg.chart").is_visible(),
                "timeline_list": page.locator("#timeline ol.events li").first.is_visible(),
                "title": page.title(),
                "scroll_width": page.evaluate("document.documentElement.scrollWidth"),
            }
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    return {"requests": requests, "errors": errors, **seen}


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("screen", sorted(VIEWPORTS))
def test_report_in_chromium(tmp_path: Path, screen: str) -> None:
    paths = write_digest(invented_result(), tmp_path / "out")
    shot = tmp_path / f"report-{screen}.png"
    seen = _open(paths["html"], VIEWPORTS[screen], shot)
    outside = [u for u in seen["requests"] if not u.startswith(("file:", "data:"))]
    assert not outside, outside
    assert not seen["errors"], seen["errors"]
    assert seen["summary"] and seen["timeline_chart"] and seen["timeline_list"]
    assert "pwned" not in seen["title"]
    assert seen["scroll_width"] <= VIEWPORTS[screen]["width"] + 1, "the page scrolls sideways"
    data = shot.read_bytes()
    assert len(data) > 20_000
    assert _png_colours(data) > 8


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_seed_report_in_chromium(seeds_dir: Path, tmp_path: Path) -> None:
    """The real seed pages through the whole digest: the same checks on real scraped text."""
    from click.testing import CliRunner

    from warta.cli import cli

    out = tmp_path / "digest"
    result = CliRunner().invoke(cli, ["digest", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    shot = tmp_path / "seeds-phone.png"
    seen = _open(out / "report.html", VIEWPORTS["phone"], shot)
    assert not [u for u in seen["requests"] if not u.startswith(("file:", "data:"))]
    assert not seen["errors"], seen["errors"]
    assert seen["summary"] and seen["timeline_chart"] and seen["timeline_list"]
    assert seen["scroll_width"] <= VIEWPORTS["phone"]["width"] + 1
    assert _png_colours(shot.read_bytes()) > 8
