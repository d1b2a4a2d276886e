"""JSON scripts trafilatura reads by patterns, handed to it up to the thousand-and-first
of the marks those patterns scan on from.

A script JSON cannot parse (or that trafilatura's own unescaping breaks, a `&quot;`
read into a quote) is read by `extract_json_parse_error`'s patterns, which each scan
on from every "author", "Person", "publisher" or "@type" key to the script's end,
and by its minifier, which scans on from every escaped quote past a string left
open: 4,000 `"author"` strings took 3.3 s, 1,000 authors under a `"names"` key 11 s
(its name patterns call normalize_authors per name: n³), 2,000 escaped quotes past
an open string 13 s. Such a script is read up to its thousand-and-first of these
marks (`MAX_SCAN_MARKS`) and up to the name key past a hundred names (each counted
with the characters up to the next key that can split it): after it, each shape at
1,000–8,000 took 0.01–0.22 s. A page's broken scripts together are read up to the
thousand-and-first mark of them all (`bound_broken_across`): 100 scripts of 900
marks each took 18.4 s (`timeout`), 0.67 s after it. The most marks in all of a
webeval page's scripts together are 311.
"""

from __future__ import annotations

import json
import re
from itertools import islice

from lxml.html import HtmlElement

from .html_meta_json_read import as_read, read_text
from .html_meta_long_names import first_too_long
from .html_meta_names import author_pieces, separator_marks
from .html_meta_people import MAX_AUTHOR_ENTRIES

# Where trafilatura's patterns for a broken script start a scan that can run to the
# script's end ("nam" covers its "names?" and "name?" keys), and the escaped quotes its
# minifier scans on from past an open string.
SCAN_MARKS = re.compile(r'"(?:author|[Pp]erson|publisher|@type|nam|givenName)|\\"')
MAX_SCAN_MARKS = 1_000
# The keys those patterns read a name from: "name", "names", "nam", "givenName".
_NAME_KEYS = re.compile(r'"(?:nam|givenName)')
_QUOTES = re.compile(r'"+')


def scan_marks(source: str | None) -> int:
    """The `SCAN_MARKS` in a script's source."""
    return len(SCAN_MARKS.findall(source)) if source else 0


def _mark_at(source: str, index: int) -> int:
    """Where the `index`-th (from 0) of the source's marks starts; it holds more."""
    return next(islice(SCAN_MARKS.finditer(source), index, None)).start()


def bound_broken_across(document: HtmlElement, marks: list[int]) -> None:
    """Read the scripts JSON cannot parse up to the thousand-and-first mark counted over
    all of them in their order: each is read by patterns that cost the square of its
    marks, so a page of hundreds of such scripts, each under the bound, cost as many
    times a script's ~0.2 s (300 scripts of 900 marks: a minute); bounded together they
    cost one script's. (A script JSON parses as it stands and trafilatura reads as
    JSON costs it time in its length.) `marks`: each script's `scan_marks`."""
    left = MAX_SCAN_MARKS
    for script, count in zip(document, marks, strict=True):
        source = script.text
        if not source or not broken(source):
            continue
        if count > left:
            script.text = source[: _mark_at(source, left)]
        left -= min(count, left)


def broken(source: str) -> bool:
    """Whether trafilatura reads the script by patterns: JSON cannot parse it (what its
    minifier and unescaping make of it is not asked: its minifier is what is bounded),
    or it can but trafilatura's unescaping breaks it."""
    try:
        parsed = json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return True
    return as_read(source, parsed) is None


def cut_read_by_patterns(source: str, marks: int) -> str | None:
    """A script trafilatura cannot parse, which it reads by patterns, left as it is when
    those read no more names than the bound, else cut (`_cut`); its patterns are
    costly past `MAX_SCAN_MARKS` marks, and so is its minifier (escaped quotes past a
    string left open). One holding a name longer than any name is cut at that name's
    key: its patterns hand normalize_authors the string after a name key whole.
    `marks`: the source's `scan_marks`."""
    long = first_too_long(source)
    if long is not None:
        source = source[:long]
        cut = cut_read_by_patterns(source, scan_marks(source))
        return source if cut is None else cut
    if marks <= MAX_SCAN_MARKS:
        try:
            json.loads(source, strict=False)
            valid = True
        except (ValueError, RecursionError):
            valid = False
        if _pattern_names(read_text(source, valid)) <= MAX_AUTHOR_ENTRIES:
            return None
    return _cut(source, marks)


def _pattern_names(text: str) -> int:
    """The names trafilatura's patterns for a broken script (`JSON_AUTHOR_1`,
    `JSON_AUTHOR_2`) can read, at most: from each name key, the first run of text
    between quotes past the key and a character, split as normalize_authors splits it.
    Keys that reach the same run count it once each, read once."""
    names = 0
    asked, after_quotes, found = len(text), -1, 0
    for match in _NAME_KEYS.finditer(text):
        close = text.find('"', match.end())
        if close == -1:
            break
        position = close + 2
        if not asked <= position < after_quotes:
            asked = position
            quote = _QUOTES.search(text, position)
            if quote is None:
                after_quotes, found = len(text) + 1, 0
            else:
                after_quotes = quote.end()
                end = text.find('"', after_quotes)
                run = text[after_quotes : end if end != -1 else len(text)]
                found = max(1, len(author_pieces(run))) if run else 0
        names += found
    return names


def _cut(source: str, marks: int) -> str | None:
    """trafilatura reads a broken script by patterns, names one after another, each from
    a name key on: the text from the first name or mark past its bound is left out
    (None: none past). A name key counts with the characters up to the next that are or
    can become separators (a JSON list's commas too: fewer people are read than the
    bound, but no string between those keys can hand it more names). `marks`: the
    source's `scan_marks`."""
    names = [match.start() for match in _NAME_KEYS.finditer(source)]
    cuts = [_mark_at(source, MAX_SCAN_MARKS)] if marks > MAX_SCAN_MARKS else []
    seen = 0
    for at, start in enumerate(names):
        end = names[at + 1] if at + 1 < len(names) else len(source)
        seen += 1 + separator_marks(source[start:end])
        if seen > MAX_AUTHOR_ENTRIES:
            cuts.append(start)
            break
    return source[: min(cuts)] if cuts else None
