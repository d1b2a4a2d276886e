"""Author names longer than any name, which trafilatura's name patterns cost the square
of, handed to them as their short pieces.

normalize_authors' nickname and special-character patterns (`AUTHOR_REMOVE_NICKNAME`,
`AUTHOR_REMOVE_SPECIAL`) are quadratic in a split piece's length: "(" 10,000 times in
an author tag took 0.4 s (1.0 s through `clean_html`), 100,000 over 20 s; a JSON-LD
person named "John " + "(" × 100,000 over 20 s, a name list holding such a name
59.7 s. A piece longer than `MAX_NAME_CHARS` is no name (webeval's longest, a
union's full name, is 63): an author tag, a JSON person or author string holding one
is handed as its short pieces (`names_bounded`, `short_named`; after it, the same
pages 0.01–0.02 s), and a script trafilatura reads by patterns, which hand the
string after a name key whole, is cut at that name's key (`first_too_long`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .html_meta_names import as_split, author_pieces, given_names, person_name
from .html_open_marks import MAX_OPEN_MARKS, open_marks, strip_tags

# The longest name piece handed on as it is (webeval's longest is 63 characters).
MAX_NAME_CHARS = 200


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


# A string under a name key or an author string longer, as written, than any name
# (reading escapes and entities only shortens it): such a script is read for its
# people's names (`short_named`). Each string ends at its quote: the pattern tries each
# of a list's strings twice at most.
_STRING = r'"(?:[^"\\]|\\.)'
LONG_NAME = re.compile(
    r'"(?:names?|nam|givenName|familyName|additionalName|author)"\s*:\s*'
    rf'(?:\[\s*(?:{_STRING}{{0,{MAX_NAME_CHARS}}}"\s*,\s*)*)?'  # (a list's names before it)
    rf'"(?P<name>(?:[^"\\]|\\.){{{MAX_NAME_CHARS + 1}}})'
)
_STRING_REST = re.compile(r'(?:[^"\\]|\\.)*')


def first_too_long(source: str) -> int | None:
    """Where the key of the first string of a name key in `source` that holds a piece
    longer than any name starts (a long string of short names is read as it is)."""
    for match in LONG_NAME.finditer(source):
        start = match.start("name")
        rest = _STRING_REST.match(source, start)
        value = source[start : rest.end() if rest else len(source)]
        if too_long(author_pieces(strip_tags(value))):
            return match.start()
    return None


def short_named(person: object) -> object | None:
    """The person as normalize_authors can read it at little cost: itself when each
    piece of its name is no longer than a name (`names_bounded`), else with its name's
    short pieces only, or None (left out) when none is left or its name is given in
    parts."""
    if isinstance(person, str):
        return _short_name(person)
    if not isinstance(person, dict):
        return person
    name = person_name(person)
    if isinstance(name, str):
        short = _short_name(name)
        if short is name:
            return person
        return None if short is None else {**person, "name": short}
    if name is None and "givenName" in person:
        parts = given_names(person)
        return person if _short_name(parts) is parts else None
    return person


def _short_name(name: str) -> str | None:
    def read(text: str) -> list[str]:
        return author_pieces(strip_tags(text))

    return names_bounded(name, read(name), read)
