"""Regenerate the report screenshots in docs/ (needs chromium and the `warc` extra).

    PYTHONPATH=src python docs/make_screenshots.py

The explain page is the seed example's; the batch report is a small crawl made
here: variants of the seed as a WET file, and a WARC with pages, an image and
a redirect (what `articleclean clean` skips).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import screenshot  # noqa: E402
from crawl_files import conversion, gzip_each, page, response  # noqa: E402


def _crawl(folder: Path) -> list[str]:
    seed = (ROOT / "examples" / "cgtn-cyberspace-white-paper.txt").read_text(encoding="utf-8")
    parts = [p for p in seed.split("\n\n") if p.strip()]
    dumps = []
    for n in range(4):
        body = parts[1 + n * 3 : 12 + n * 3] + parts[-6:]
        dumps.append(f"{parts[0]} ({n + 1})\n\n" + "\n\n".join(body) + "\n")
    (folder / "news.wet.gz").write_bytes(
        gzip_each(
            [conversion(n + 1, f"https://news.example/{n + 1}", d) for n, d in enumerate(dumps)]
        )
    )
    pages = [
        response(10, "https://city.example/budget", page("Council passes the budget").encode()),
        response(11, "https://city.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        response(12, "https://city.example/old", b"", "text/html", "301 Moved Permanently"),
    ]
    (folder / "city.warc.gz").write_bytes(gzip_each(pages))
    return ["news.wet.gz", "city.warc.gz"]


def main() -> None:
    docs = ROOT / "docs"
    run = [sys.executable, "-m", "articleclean"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        explain = folder / "explain.html"
        seed = "examples/cgtn-cyberspace-white-paper.txt"
        subprocess.run([*run, "explain", seed, "--html", str(explain)], cwd=ROOT, check=True)
        screenshot(explain, docs / "explain-report.png", 1200, 1900)
        inputs = _crawl(folder)
        subprocess.run(
            [*run, "clean", *inputs, "-o", "out.jsonl", "--report", "batch.html", "-q"],
            cwd=folder,
            check=True,
        )
        screenshot(folder / "batch.html", docs / "batch-report.png", 1200, 1500)


if __name__ == "__main__":
    main()
