"""Headless Chromium for the report tests: a screenshot and the rendered DOM of a page.

Chromium comes from Debian's package (`.ci/run` installs it); without it the
browser tests skip with that reason. It runs with everything that could go to
the network switched off, on a file:// URL.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does)")


def _run(page: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()],
            capture_output=True,
            timeout=120,
            check=False,
        )


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 1600) -> Path:
    result = _run(page, f"--screenshot={png}", f"--window-size={width},{height}")
    assert png.is_file(), result.stderr.decode(errors="replace")[-2000:]
    return png


def dump_dom(page: Path) -> str:
    result = _run(page, "--dump-dom")
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


def screenshot_and_dom(page: Path, png: Path, width: int = 1280, height: int = 1600) -> str:
    """`screenshot` and `dump_dom` from one Chromium start (each start takes seconds);
    a Chromium that will not do both at once is asked twice."""
    result = _run(page, f"--screenshot={png}", f"--window-size={width},{height}", "--dump-dom")
    if result.returncode == 0 and png.is_file() and result.stdout.strip():
        return result.stdout.decode("utf-8")
    screenshot(page, png, width, height)
    return dump_dom(page)


def png_pixels(png: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the pixel rows of an 8-bit RGB/RGBA, non-interlaced PNG
    (what Chromium writes), decoded here so the tests need no imaging library."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at = 8
    idat = b""
    width = height = channels = 0
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        chunk = data[at + 8 : at + 8 + length]
        at += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and interlace == 0 and colour in (2, 6), (depth, colour, interlace)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(kind, line, previous, channels)
        rows.append(bytes(line))
        previous = line
    return width, channels, rows


def _unfilter(kind: int, line: bytearray, previous: bytearray, bpp: int) -> None:
    if kind == 0:
        return
    if kind == 2:
        for i in range(len(line)):
            line[i] = (line[i] + previous[i]) & 0xFF
        return
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = previous[i]
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
        elif kind == 4:
            corner = previous[i - bpp] if i >= bpp else 0
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + pred) & 0xFF
        else:
            raise ValueError(f"bad PNG filter {kind}")


def colours(png: Path) -> tuple[int, float]:
    """Distinct colours, and the share of pixels that are not the most common one."""
    width, channels, rows = png_pixels(png)
    counts: dict[bytes, int] = {}
    for row in rows:
        for x in range(0, width * channels, channels):
            pixel = row[x : x + 3]
            counts[pixel] = counts.get(pixel, 0) + 1
    total = sum(counts.values())
    return len(counts), 1 - max(counts.values()) / total
