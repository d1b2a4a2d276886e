"""The zero-width joiner and non-joiner kept through trafilatura's extraction.

trafilatura drops every character `str.isprintable` refuses from the text it
extracts (`trafilatura.utils.remove_control_characters`), and so the two joiners,
which are spelling, not formatting: Persian writes "می‌کند" with a non-joiner
(U+200C) between the prefix and the verb, the Indic scripts choose a conjunct's
form with them, and an emoji family or flag is one picture only with its joiners
(U+200D). Dropped, the words are misspelled in the body. While trafilatura reads
the page, each joiner in the tree's text stands as a letter no page prints (two
Lisu letters), which it keeps as it keeps any letter inside a word; its text gets
the joiners back (`restore`), and the tree is as it was after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from lxml.html import HtmlElement

_JOINERS = "\u200c\u200d"
# Printable letters (category Lo), so trafilatura's character filter keeps them
# and its word and length counts see one word where the joiner stood.
_STAND_INS = "\ua4d0\ua4d1"
_TO_STAND_INS = str.maketrans(_JOINERS, _STAND_INS)
_TO_JOINERS = str.maketrans(_STAND_INS, _JOINERS)
# A joiner written as a character reference: lxml reads it as the character.
_REFERENCES = ("&zwnj;", "&zwj;", "&ZWNJ;", "&ZWJ;", "&#8204;", "&#8205;", "&#x200", "&#X200")


def holds_joiners(page: str) -> bool:
    """Whether the page's source may hold a joiner (as itself or as a reference), and
    no stand-in letter: only then is the tree's text rewritten while trafilatura reads it."""
    if any(stand_in in page for stand_in in _STAND_INS):
        return False
    return any(joiner in page for joiner in _JOINERS) or any(
        reference in page for reference in _REFERENCES
    )


@contextmanager
def joiners_as_letters(tree: HtmlElement) -> Iterator[None]:
    """The tree with each joiner of its text and tails as its stand-in letter, inside
    the block; as it was after it, however the block ends."""
    changed = _rewrite(tree, _TO_STAND_INS, _JOINERS)
    try:
        yield
    finally:
        for element in changed:
            if element.text:
                element.text = element.text.translate(_TO_JOINERS)
            if element.tail:
                element.tail = element.tail.translate(_TO_JOINERS)


def restore(text: str) -> str:
    """The text with the stand-ins written as the joiners they stood for."""
    return text.translate(_TO_JOINERS) if any(s in text for s in _STAND_INS) else text


def _rewrite(tree: HtmlElement, table: dict[int, int], found: str) -> list[HtmlElement]:
    changed = []
    for element in tree.iter():
        text, tail = element.text, element.tail
        touched = False
        # (a comment's or an instruction's own text is none of the page's)
        if text and isinstance(element.tag, str) and any(char in text for char in found):
            element.text = text.translate(table)
            touched = True
        if tail and any(char in tail for char in found):
            element.tail = tail.translate(table)
            touched = True
        if touched:
            changed.append(element)
    return changed
