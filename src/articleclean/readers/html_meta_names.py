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
    if "\\u" in text:
        with suppress(UnicodeDecodeError):
            text = text.encode().decode("unicode_escape")
    if "&#" in text or "&amp;" in text:
        text = unescape(text)
    return AUTHOR_SPLIT.split(strip_tags(text))


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
