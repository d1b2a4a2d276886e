"""Which strings of the tests, fixtures and code are lines of webeval pages.

    python -m bench.quoted_lines [--min-chars 40] [--max-sites 2]

The standards ask for invented fixtures: a line copied from one page into a test
or a phrase list teaches the rules that page, and a line of a **test**-part page
leaks held-out text into what the rules are tuned against. This lists every
string literal of tests/ and src/articleclean/ (split at line breaks, "…" and
placeholders such as "<headline>"), and every line of tests/fixtures/, of at
least `--min-chars` characters that stands word for word in the text of webeval
pages (decoded as articleclean decodes them, tags taken out: the `<title>` and a
script's strings count too) of at most `--max-sites` sites (phrasing many sites share, such as
a blog engine's "Your email address will not be published.", is no one page's).
Each row names the file, the parts (tune/test) and sites of the pages, and the
line. The corpus is read in place (bench/corpus.py), never copied.
"""

from __future__ import annotations

import argparse
import ast
import html
import re
from collections.abc import Iterator
from pathlib import Path

from .corpus import pages
from .dumps import page_text
from .split import part, site

_ROOT = Path(__file__).resolve().parent.parent
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
# Where an invented string joins a quoted piece to its own words: a line break, an
# ellipsis standing for the rest, a placeholder ("<headline>", "{site}").
_PIECES = re.compile(r"\n|…|<[^>]*>|\{[^}]*\}")


def _text_without_tags(markup: bytes) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", page_text(markup))))


def _string_pieces(path: Path, min_chars: int) -> Iterator[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError):
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for piece in _PIECES.split(node.value):
                piece = _SPACE.sub(" ", piece).strip()
                if len(piece) >= min_chars:
                    yield piece


def _fixture_lines(path: Path, min_chars: int) -> Iterator[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return
    for line in text.splitlines():
        line = _SPACE.sub(" ", line).strip()
        if len(line) >= min_chars:
            yield line


def candidates(min_chars: int) -> dict[str, set[str]]:
    """Each string or fixture line long enough to tell a page, with the files holding it."""
    found: dict[str, set[str]] = {}
    sources = sorted((_ROOT / "tests").rglob("*.py")) + sorted(
        (_ROOT / "src" / "articleclean").rglob("*.py")
    )
    for path in sources:
        for piece in _string_pieces(path, min_chars):
            found.setdefault(piece, set()).add(str(path.relative_to(_ROOT)))
    for path in sorted((_ROOT / "tests" / "fixtures").rglob("*")):
        if path.is_file() and path.suffix not in (".json", ".gz"):
            for line in _fixture_lines(path, min_chars):
                found.setdefault(line, set()).add(str(path.relative_to(_ROOT)))
    return found


def run(min_chars: int = 40, max_sites: int = 2) -> list[tuple[str, str, str, str]]:
    """Rows (files, parts, sites, line) of the quoted lines, sorted by file."""
    texts = [(page.url, _text_without_tags(page.html)) for page in pages()]
    rows = []
    for line, files in candidates(min_chars).items():
        urls = [url for url, text in texts if line in text]
        sites = sorted({site(url) for url in urls})
        if not urls or len(sites) > max_sites:
            continue
        parts = "/".join(sorted({part(url) for url in urls}))
        rows.append((", ".join(sorted(files)), parts, ", ".join(sites), line))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-chars", type=int, default=40)
    parser.add_argument("--max-sites", type=int, default=2)
    options = parser.parse_args()
    rows = run(options.min_chars, options.max_sites)
    print("| file | part | site | line |")
    print("| --- | --- | --- | --- |")
    for files, parts, sites, line in rows:
        print(f"| {files} | {parts} | {sites} | {line[:100].replace('|', '/')} |")
    test_part = sum(1 for row in rows if "test" in row[1])
    print(
        f"\n{len(rows)} lines quoted from pages of at most {options.max_sites} site(s); "
        f"{test_part} from test-part pages."
    )


if __name__ == "__main__":
    main()
