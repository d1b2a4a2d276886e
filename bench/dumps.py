"""Whole-page text dumps of the webeval pages, as a scraper without an extractor makes them.

`html_text.extract_text(html, guess_layout=True)` on each page; the dumps are
cached in bench/out/ (gitignored) so that reruns skip the HTML parsing.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from articleclean.errors import InputError
from articleclean.readers.decode import decode_bytes

from .corpus import Page, corpus_dir, pages

OUT = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True)
class Dump:
    page: Page
    """The page's annotations (its html is dropped once the dump is made)."""
    text: str


def page_text(html: bytes) -> str:
    """The page as a str, decoded the way articleclean decodes bytes."""
    try:
        return decode_bytes(html).text
    except InputError:  # a few pages carry NUL bytes; a browser shows them anyway
        return html.decode("utf-8", "replace")


def make_dump(html: bytes) -> str:
    import html_text

    return html_text.extract_text(page_text(html), guess_layout=True)


def _cache_path() -> Path:
    from importlib.metadata import version

    return OUT / f"dumps-html_text-{version('html-text')}.jsonl.gz"


def dumps(limit: int | None = None) -> list[Dump]:
    """The dumps of the first `limit` pages (all when None), from the cache when there."""
    return [Dump(page, text) for page, text in cached_texts(_cache_path(), make_dump, limit)]


def cached_texts(
    path: Path,
    make: Callable[[bytes], str],
    limit: int | None = None,
    keep: Callable[[Page], bool] | None = None,
) -> list[tuple[Page, str]]:
    """Each of the first `limit` pages (those `keep` keeps), its html dropped, with the
    text `make` gives for it: from the cache at `path` when there, else made and added."""
    directory = corpus_dir()
    if directory is None:
        raise FileNotFoundError("webeval corpus not found (set ARTICLECLEAN_WEBEVAL)")
    cached = read_cache(path)
    result: list[tuple[Page, str]] = []
    fresh = False
    for page in pages(directory, limit=limit):
        if keep is not None and not keep(page):
            continue
        text = cached.get(page.file)
        if text is None:
            text = make(page.html)
            cached[page.file] = text
            fresh = True
        result.append((Page(page.url, page.file, b"", page.with_, page.without), text))
    if fresh:
        write_cache(path, cached)
    return result


def read_cache(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {entry["file"]: entry["text"] for entry in map(json.loads, handle)}


def write_cache(path: Path, cached: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    with gzip.open(partial, "wt", encoding="utf-8") as handle:
        for file, text in sorted(cached.items()):
            handle.write(json.dumps({"file": file, "text": text}, ensure_ascii=False) + "\n")
    partial.replace(path)


def lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if line.strip():
            yield line
