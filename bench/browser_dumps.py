"""Text browsers' dumps of the webeval pages (lynx), and what cleaning them gives.

    python -m bench.browser_dumps [--part tune|test] [--pages 250]

A text browser's dump (`lynx -dump`) is a page as a reader of the terminal sees it: link
numbers in brackets ("[12]Sport"), the list of addresses at the foot ("References"), list
marks, the headline set centred. articleclean reads such a dump with
`readers/text_browser.py` and the rules of `rules/text_browser.py`. Two dumps of each page:

- numbered: `lynx -dump` as it prints by default, the link numbers and the list at the foot;
- nolist: `lynx -dump -nolist`, no numbers and no list (the marks are the margin and the
  list items' marks alone).

Both at a width of 80 columns, the page's bytes read as UTF-8 (`-assume_charset=utf-8
-display_charset=utf-8 -force_html`). The first `--pages` pages of the part, by file, are
dumped (a page lynx takes more than `TIMEOUT` seconds over is left out); the dumps are
cached in bench/out/ (gitignored) by lynx's version.

Scored as `bench/corpus.py` scores a body (the corpus README's rule) on the title and the
body `clean_text` returns; also how many dumps were read as a browser's (`markup`) and how
many were decided whole-page dumps (`dump`: page). When lynx is not installed the bench
says so and measures nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Page, Score, pages
from .dumps import OUT, read_cache, write_cache
from .report import table
from .split import PARTS, Part, part

KINDS: dict[str, tuple[str, ...]] = {"numbered": (), "nolist": ("-nolist",)}
"""The dumps made of each page: lynx's options beyond `LYNX_OPTIONS`."""
LYNX_OPTIONS = (
    "-dump",
    "-width=80",
    "-assume_charset=utf-8",
    "-display_charset=utf-8",
    "-force_html",
)
TIMEOUT = 20
"""Seconds lynx may take over one page."""
PAGES = 250
"""Pages of the part dumped by default (the first, by file)."""
NO_LYNX = "lynx is not installed: no text browser's dumps to measure (apt-get install lynx)."


def lynx_version() -> str | None:
    """lynx's version line, or None when lynx is not on the PATH."""
    if shutil.which("lynx") is None:
        return None
    printed = subprocess.run(["lynx", "-version"], capture_output=True, text=True, check=False)
    first = printed.stdout.splitlines()[:1]
    return first[0].strip() if first else "lynx"


def make_dump(html: bytes, kind: str) -> str | None:
    """The page as lynx dumps it (`kind`: a key of `KINDS`), or None when it takes too long."""
    with tempfile.NamedTemporaryFile(suffix=".html") as handle:
        handle.write(html)
        handle.flush()
        try:
            done = subprocess.run(
                ["lynx", *LYNX_OPTIONS, *KINDS[kind], handle.name],
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None
    return done.stdout.decode("utf-8", "replace")


def _cache_path(version: str, kind: str) -> Path:
    words = version.split()
    number = words[2] if len(words) > 2 else "unknown"
    return OUT / f"browser-lynx-{number}-{kind}.jsonl.gz"


_TIMED_OUT = ""
"""What the cache holds for a page lynx took too long over (no dump is empty otherwise:
lynx prints at least the page's title line)."""


def browser_dumps(
    kind: str, part_: Part, count: int = PAGES, version: str | None = None
) -> list[tuple[Page, str]]:
    """The `kind` dumps of the first `count` pages of `part_` (by file), from the cache
    when there; the pages lynx took too long over left out."""
    version = version or lynx_version()
    if version is None:
        raise FileNotFoundError(NO_LYNX)
    path = _cache_path(version, kind)
    cached = read_cache(path)
    fresh = False
    result: list[tuple[Page, str]] = []
    for page in _first_of_part(pages(), part_, count):
        text = cached.get(page.file)
        if text is None:
            text = make_dump(page.html, kind)
            cached[page.file] = text = _TIMED_OUT if text is None else text
            fresh = True
        if text != _TIMED_OUT:
            result.append((Page(page.url, page.file, b"", page.with_, page.without), text))
    if fresh:
        write_cache(path, cached)
    return result


def _first_of_part(every: Iterable[Page], part_: Part, count: int) -> Iterator[Page]:
    taken = 0
    for page in every:
        if taken >= count:
            return
        if part(page.url) == part_:
            taken += 1
            yield page


@dataclass
class Result:
    """How `clean_text` did on one kind of dump."""

    score: Score = field(default_factory=Score)
    browser: int = 0
    """Dumps read as a text browser's."""
    page_dumps: int = 0
    """Dumps decided whole-page dumps."""


def score(dumps: Iterable[tuple[Page, str]]) -> Result:
    """`clean_text` of each dump, its title and body scored on the page's segments."""
    import articleclean

    result = Result()
    for page, text in dumps:
        article = articleclean.clean_text(text)
        result.browser += article.metadata.get("markup") == "text_browser"
        result.page_dumps += article.metadata.get("dump") == "page"
        output = "\n".join([article.title or "", *(block.text for block in article.body)])
        result.score.add(page, output)
    return result


def run(part_: Part = "tune", count: int = PAGES) -> str:
    """The report: one row per kind of dump, or why there is none."""
    version = lynx_version()
    if version is None:
        return NO_LYNX
    rows = []
    for kind in KINDS:
        dumps = browser_dumps(kind, part_, count, version)
        result = score(dumps)
        s = result.score
        rows.append(
            [
                kind,
                f"{s.pages}",
                f"{result.browser}",
                f"{result.page_dumps}",
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"**{s.f1:.4f}**",
                f"{s.tp}",
                f"{s.fn}",
                f"{s.fp}",
            ]
        )
    head = ["dump", "pages", "read as browser's", "page dumps", "P", "R", "F1", "tp", "fn", "fp"]
    note = (
        f"{version}; the first {count} pages of the {part_} part by file, "
        "`articleclean.clean_text`, title and body scored by the corpus rule."
    )
    return f"{note}\n\n{table(head, rows)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, default="tune")
    parser.add_argument("--pages", type=int, default=PAGES, help="pages of the part dumped")
    args = parser.parse_args(argv)
    print(run(args.part, args.pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
