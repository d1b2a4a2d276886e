"""The names trafilatura's `normalize_authors` splits an author string into, counted as
it counts them, for the author bound (`html_meta_bounds`).

normalize_authors splits a string on its separators (`AUTHOR_SPLIT`: "A; B, C and D")
after it reads the string's \\u escapes (Python's `unicode_escape`, which also reads
\\x2c) and HTML entities and strips what looks like tags: "A\\u002c B" and "A a<x>nd B"
are two names each, and a name costs as a tag or person of its own. Counting the
separators of the string as written let 10,000 names through one tag (3.6 s) and
3,000 through 100 JSON-LD persons (9.3 s).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from html import unescape

from trafilatura.json_metadata import AUTHOR_EMAIL, AUTHOR_SPLIT


def strip_tags(text: str) -> str:
    """`HTML_STRIP_TAGS.sub("", text)` (trafilatura's `(<!--.*?-->|<[^>]*>)`) in one
    pass: the pattern rescans to the end from every "<" that no ">" follows, and from
    every "<!--" that no "-->" on its line follows, so "<" 100,000 times took seconds.
    A tag needs a ">" after it: past the last one nothing more is stripped."""
    start = text.find("<")
    if start == -1:
        return text
    ahead = _Ahead(text)
    kept: list[str] = []
    done = 0
    while start != -1:
        end = -1
        if text.startswith("<!--", start):
            close = ahead.next("-->", start + 4)
            line_end = ahead.next("\n", start + 4)
            if close != -1 and (line_end == -1 or line_end > close):
                end = close + 3
        if end == -1:
            close = ahead.next(">", start + 1)
            if close == -1:
                break
            end = close + 1
        kept.append(text[done:start])
        done = end
        start = text.find("<", end)
    kept.append(text[done:])
    return "".join(kept)


class _Ahead:
    """The next place of a string at or after a position, for positions that only grow:
    a place found answers every position up to it, and none found answers all after."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, int] = {}

    def next(self, needle: str, position: int) -> int:
        place = self.found.get(needle, -2)
        if place == -2 or -1 < place < position:
            place = self.text.find(needle, position)
            self.found[needle] = place
        return place


def author_pieces(text: str) -> list[str]:
    """The pieces `normalize_authors` splits `text` into, before it drops the empty ones
    and the repeats: its names, at most."""
    if text.lower().startswith("http") or AUTHOR_EMAIL.match(text):
        return []
    return AUTHOR_SPLIT.split(strip_tags(as_split(text)))


def meta_pieces(content: str, opengraph: bool) -> list[str]:
    """The names an author meta tag's content hands normalize_authors: `examine_meta`
    strips tags from it first; `extract_opengraph` (og:author) hands it as it is."""
    if opengraph:
        return author_pieces(content) if content and not content.isspace() else []
    content = strip_tags(content).strip()
    return author_pieces(content) if content else []


def json_names(text: str) -> int:
    """The names a JSON-LD string can hand normalize_authors. trafilatura reads the
    script's HTML entities before it parses it when the script holds a backslash, and
    strips its tags: counted both ways, the larger."""
    if not text:
        return 0
    stripped = len(author_pieces(strip_tags(text)))
    if "&" not in text:
        return stripped
    return max(stripped, len(author_pieces(strip_tags(unescape(text)))))


def cut_to(pieces: list[str], room: int) -> str | None:
    """The first `room` of the pieces as one author string normalize_authors splits into
    no more than `room` names (None when it would split into more: a piece that reads
    as a separator once more, such as "\\\\u002c")."""
    text = "; ".join(pieces[:room])
    return text if len(author_pieces(text)) <= room else None


_SEPARATOR_MARKS = ("/", ";", ",", "|", "&", "\\", ">")


def separator_marks(text: str) -> int:
    """The characters of `text` that are or can become separators once read: the
    separators, escapes (\\u002c), entities (&#44;), tags' ends (a tag stripped from
    "a<x>nd" leaves an "and"), and each "nd" of an "and"/"und"."""
    return sum(text.count(mark) for mark in _SEPARATOR_MARKS) + text.lower().count("nd")


def could_name(source: str) -> int:
    """More than the names a JSON script can hand normalize_authors, counted without
    reading it: its name keys and the characters that are or can become separators
    (escapes, entities, tags) or split a list ("and"/"und" need their "nd")."""
    keys = source.count('"name') + source.count("Name") + source.count('"author"')
    return separator_marks(source) + keys


# trafilatura's `HTML_STRIP_TAGS` (`(<!--.*?-->|<[^>]*>)`), which examine_meta runs on
# every meta tag's content, normalize_json on every JSON script and normalize_authors
# on every author string, scans on to the end from every "<" that no ">" follows, and
# to the end of the line from every "<!--" that no "-->" follows on it: "&lt;" 100,000
# times in a description took 2.7 s, "&lt;!--" 10,000 times 1.5 s (100,000: >100 s).
# No page's meta content or script holds one such "<" (none of webeval's 990 pages);
# past this many, those after are left out of what trafilatura reads.
MAX_OPEN_MARKS = 20
# normalize_authors' nickname and special-character patterns are quadratic in a
# name's length ("(" 10,000 times in an author tag took 0.4 s; 100,000 >100 s): a piece
# longer than this is no name (webeval's longest, a union's full name, is 63).
MAX_NAME_CHARS = 200


def open_marks(text: str) -> int:
    """The places HTML_STRIP_TAGS scans on from to the end of the text or the line:
    each "<" after the last ">", each "<!--" that no "-->" follows on its line."""
    if "<" not in text:
        return 0
    marks = text[text.rfind(">") + 1 :].count("<")
    if "<!--" in text:
        for line in text.split("\n"):
            close = line.rfind("-->")
            # ("<!--" at p is closed by a "-->" at p + 4 or later)
            marks += line[max(close - 3, 0) :].count("<!--") if close != -1 else line.count("<!--")
    return marks


def tags_bounded(text: str) -> str:
    """`text` as it is when HTML_STRIP_TAGS reads it at little cost, else stripped as
    that pattern strips it (which it reads again unchanged) with the "<" past the first
    `MAX_OPEN_MARKS` left out: once stripped, every "<" left is one no ">" follows (and
    counts twice when it opens a "<!--")."""
    if open_marks(text) <= MAX_OPEN_MARKS:
        return text
    parts = strip_tags(text).split("<")
    kept = MAX_OPEN_MARKS // 2 + 1
    return "<".join(parts[:kept]) + "".join(parts[kept:])


def as_split(text: str) -> str:
    """`text` as normalize_authors reads it just before it strips the tags: its \\u
    escapes and entities read."""
    if "\\u" in text:
        with suppress(UnicodeDecodeError):
            text = text.encode().decode("unicode_escape")
    if "&#" in text or "&amp;" in text:
        text = unescape(text)
    return text


def too_long(pieces: list[str]) -> bool:
    """Whether a piece, as normalize_authors trims it, is longer than any name."""
    return any(
        len(piece) > MAX_NAME_CHARS and len(" ".join(piece.split())) > MAX_NAME_CHARS
        for piece in pieces
    )


def names_bounded(text: str, pieces: list[str], read: Callable[[str], list[str]]) -> str | None:
    """An author string whose pieces (`pieces`, as `read` splits `text`) are all short
    and whose tags normalize_authors strips at little cost: `text` itself when so, else
    its short pieces without their "<" joined ("; "), checked by reading them again
    (None: nothing fit, leave the string out). A "<" is never part of a name
    (normalize_authors drops it from each)."""
    if not too_long(pieces) and open_marks(as_split(text)) <= MAX_OPEN_MARKS:
        return text
    kept = "; ".join(piece.replace("<", "") for piece in pieces if not too_long([piece]))
    again = read(kept)
    if not kept.strip() or len(again) > len(pieces) or too_long(again):
        return None
    return kept if open_marks(as_split(kept)) <= MAX_OPEN_MARKS else None
