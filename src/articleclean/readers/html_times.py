"""A live blog's entry times that trafilatura left out, each over its entry.

A live blog prints each entry in a box of its own that opens with the entry's time in a
`<time>` element ("18:40", then the entry's paragraphs). trafilatura drops every
`<time>` element's text (it keeps the same "18:40" in a `<span>`, `<p>` or `<h3>`), so the
entries lose their times (round 53 audit: a Russian live blog). The page's structure says
which `<time>` is an entry's: its text is a clock time alone (`lexicon.ENTRY_TIME`; a
page's date line under its headline carries the date, a teaser card's the date too), it
opens a box whose next paragraph the extraction kept, and two or more sibling boxes open
so. Each such time goes back right above its entry's kept paragraph.

Read on every page the extraction kept lines of: one XPath walk over its `<time>`s.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree
from lxml.html import HtmlElement

from ..document import key_of
from ..lexicon import ENTRY_TIME
from .html_words import first_line_by_key, printed_text

MIN_ENTRIES = 2
"""A time over one box alone is no live blog's series of entries."""
_TIMES = etree.XPath("//time", smart_strings=False)
# The blocks trafilatura prints a line of: an entry's heading, paragraph, quote or row.
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li")


_LEVELS = 3
"""How far up from the `<time>` its entry's box may be: the time may sit in a header or a
span that opens the box ("<div class=post><header><time>18:40</time></header><p>…")."""


def _entry(time: HtmlElement, kept: dict[str, int]) -> tuple[int, HtmlElement] | None:
    """The index of the first kept line of the box `time` opens (a block after it: the
    entry's heading, else its first paragraph), and the box, or None: `time`, or an
    element it alone opens, stands first in its box, and a paragraph follows in the box."""
    node = time
    for _ in range(_LEVELS):
        box = node.getparent()
        if box is None or node.getprevious() is not None:
            return None
        for sibling in node.itersiblings():
            for block in sibling.iter(*_BLOCKS):
                key = key_of(printed_text(block))
                if key and key in kept:
                    return kept[key], box
                if block.tag == "p":
                    return None  # (the entry's paragraph was left out: no entry to mark)
        node = box
    return None


def missing_entry_times(tree: HtmlElement, lines: list[str]) -> list[tuple[int, str]]:
    """The entry times to give back to the extracted `lines`: for each, the index of its
    entry's first kept line, and the time as printed; none the lines hold right above it."""
    kept = first_line_by_key(lines)
    found: list[tuple[int, str, object]] = []
    for time in _TIMES(tree):
        text = printed_text(time)
        if not ENTRY_TIME.match(text):
            continue
        entry = _entry(time, kept)
        if entry is None:
            continue
        at, box = entry
        if at > 0 and key_of(lines[at - 1]) == key_of(text):
            continue
        found.append((at, text, box.getparent()))
    entries = Counter(id(parent) for _, _, parent in found)
    return [(at, text) for at, text, parent in found if entries[id(parent)] >= MIN_ENTRIES]
