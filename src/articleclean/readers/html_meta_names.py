"""The names trafilatura's `normalize_authors` splits an author string into, counted as
it counts them, for the author bound (`html_meta_people`, `html_meta_head`).

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

from trafilatura.json_metadata import AUTHOR_ATTRS, AUTHOR_EMAIL, AUTHOR_SPLIT

from .html_open_marks import strip_tags


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


def as_split(text: str) -> str:
    """`text` as normalize_authors reads it just before it strips the tags: its \\u
    escapes and entities read."""
    if "\\u" in text:
        with suppress(UnicodeDecodeError):
            text = text.encode().decode("unicode_escape")
    if "&#" in text or "&amp;" in text:
        text = unescape(text)
    return text


def person_name(person: dict) -> object:
    """The name trafilatura's `process_parent` reads for a JSON person: its name, a name
    object's name, or its list of names joined."""
    name = person.get("name")
    if isinstance(name, dict):
        return name.get("name")
    if isinstance(name, list):
        return "; ".join(part for part in name if isinstance(part, str))
    return name


def given_names(person: dict) -> str:
    """A person's given, additional and family names joined, which process_parent reads
    for one with no name."""
    return " ".join(str(person[key]) for key in AUTHOR_ATTRS if key in person)
