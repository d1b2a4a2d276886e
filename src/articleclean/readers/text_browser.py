"""Text-browser dumps (`lynx -dump`, `w3m -dump`, `links -dump`, `elinks --dump`) → segments.

A text browser prints a page as the screen shows it: prose hard-wrapped at about 76
columns under a left margin (three spaces for lynx, links and elinks), each link's
number before its text ("By [6]Maria Lopez") and, at the foot, the numbered list of the
links' addresses ("References" / "  12. https://…"; lynx -nolist and links print neither).
Read as a plain dump, the marks stay in every line, the list of addresses reads as the
article's last paragraphs, and a caption wrapped over two lines of its own splits its
credit in two ("… on Tuesday. (AP" over "Photo/John Smith)"). Read here instead: the
marks taken out of the text and what they said kept in `Segment.browser` (each link's
text and address, a list item's mark, a centred line; the list of addresses as such),
and the lines of one paragraph joined back where the browser's wrap broke them. The
reader removes nothing: the rules of `rules/text_browser.py` read those marks (a row of
links, a picture's alt text, a skip link, a list of links, the centred headline, the
list of addresses), each with its switch, and the other rules read the segments as
they read any text dump's.

Decided per document from evidence the browser leaves and a plain dump lacks
(`browser_reading`): link numbers in the text that the list at the foot numbers too, or,
with no numbers, a shared left margin under hard-wrapped lines."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

from ..document import BrowserMarks, Document, Segment, normalise_space

MARKUP = "text_browser"
"""The value of `metadata["markup"]` (and of the `markup` switch) for such a dump."""

Markup = Literal["auto", "plain", "markdown", "text_browser"]
"""The config's `markup` switch: "markdown" is read by `readers/markdown.py` before a text
browser's evidence is looked for, so `read_text` sees it only in a second reading."""

# A link's number right before its text ("[12]text", "(„[3]Zitat"): after the line's
# start, a space or an opening mark, and glued to a word, a quote or a bracket that opens
# it. A citation in running text follows a word ("word.[1] Next") or stands before a
# mark or a space ("the minutes [1].", "[2], and"): no link's.
LINK_MARK = re.compile(r"(?<![^\s(\[{\"'“‘„«‹¿¡—–-])\[(\d{1,4})\](?=[\w\"'“‘„«‹(¿¡#@$€£])")
# One row of the list of addresses: its number, a dot, and one address (lynx and elinks
# right-align the numbers: "   1. https://…", "  12. https://…"; w3m brackets them:
# "[12] https://…").
_LIST_ROW = re.compile(r"\s*(?:(\d{1,4})\.|\[(\d{1,4})\])\s+(\S+)\s*$")
# What opens a list item in a text browser's dump ("* ", "+ ", "o ", "• ", "1. ").
_ITEM_MARK = r"(?:[*+o#@•·▪◦-]|\d{1,3}[.)])"
_ITEM = re.compile(r"(\s*)" + _ITEM_MARK + r"\s+")

_MIN_MARKS = 3
"""Link marks a dump shows at least, to be read as a browser's by its marks."""
_MATCHED_SHARE = 0.8
"""Share of the text's link numbers the list at the foot must number too."""
_MIN_WRAPS = 3
"""Wrapped lines (by the fit test) a dump without marks shows at least."""
_MARGIN_SHARE = 0.6
"""Share of a dump's non-blank lines under the one left margin, without marks."""
_MARGINS = (2, 3, 4)
"""The left margins text browsers print (lynx, links and elinks: three spaces)."""
_MIN_WIDTH, _MAX_WIDTH = 40, 100
"""The widths a browser wraps at (the screen's columns less the margins)."""
_MAX_LIST_LABEL_WORDS = 3
"""Words of the label over the list of addresses ("References", "Visible links")."""


@dataclass(frozen=True)
class BrowserReading:
    """What the evidence showed: where the list of addresses starts (a line index, or
    the number of lines when there is none), the width the prose is wrapped at, the
    left margin most lines share."""

    list_start: int
    width: int | None
    margin: int
    addresses: dict[int, str]
    """The addresses the list at the foot gives the links' numbers."""


def without_link_marks(text: str) -> str:
    """`text` without its links' numbers, single-spaced; as it is when nothing else is
    left (a line of a mark alone: "[12]")."""
    if "[" not in text:
        return text
    cut = " ".join(LINK_MARK.sub("", text).split())
    return cut or text


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _list_start(lines: list[str]) -> tuple[int, dict[int, str]]:
    """Where the list of addresses at the foot starts, and the numbers it lists: rows of a
    number and one address, with up to two short labels over the first run of rows (the
    top one at the line's start: lynx's and elinks' "References", then "Visible links")
    and one over each later run ("Hidden links:"). (len(lines), empty) when the dump
    does not end so."""
    numbers: dict[int, str] = {}
    start = len(lines)
    labels = 0  # labels read over the run of rows being read
    index = len(lines) - 1
    while index >= 0:
        line = lines[index]
        if not line.strip():
            index -= 1
            continue
        row = _LIST_ROW.match(line)
        if row is not None and ":" in row.group(3):
            if labels:  # rows above a label: a run of its own (and the label is its)
                labels = 0
            numbers[int(row.group(1) or row.group(2))] = row.group(3)
            start = index
        elif numbers and _is_label(line) and labels < 2:
            labels += 1
            if labels == 2 and _indent(line):
                break
            start = index
        else:
            break
        index -= 1
    return (start, numbers) if numbers else (len(lines), numbers)


def _is_label(line: str) -> bool:
    text = line.strip()
    return (
        len(text.split()) <= _MAX_LIST_LABEL_WORDS
        and not text.endswith(".")
        and LINK_MARK.search(text) is None
    )


def _wrap_width(lines: list[str]) -> int | None:
    """The width the prose is wrapped at: the longest line with a space in it (an address
    alone is printed whole, past the width); None outside a browser's widths."""
    width = max((len(line.rstrip()) for line in lines if " " in line.strip()), default=0)
    return width if _MIN_WIDTH <= width <= _MAX_WIDTH else None


def _text_indent(line: str) -> int:
    """Where a line's words start: after a list item's mark, for an item's first line
    (its wrapped lines go on under its words, "  * Fire crews …" over "    rescued …")."""
    item = _ITEM.match(line)
    return len(item.group(0)) if item is not None else _indent(line)


def _continues(above: str, line: str, indent: int, width: int) -> bool:
    """`line` goes on from `above` (a paragraph whose words start at `indent`): it starts
    at that indent, opens no list item, and its first word would not have fitted on
    `above` within the width (a browser breaks a line only where the next word does not
    fit; a short line over another is a line of its own: a picture's title over its
    caption, a byline over its date)."""
    if _indent(line) != indent or _ITEM.match(line) is not None:
        return False
    return len(above.rstrip()) + 1 + len(line.split(None, 1)[0]) > width


def browser_reading(lines: list[str], text: str, forced: bool = False) -> BrowserReading | None:
    """How to read `lines` as a text browser's dump, or None when they show no evidence
    of one (and `forced` is False): link marks the list at the foot numbers too
    (`_MATCHED_SHARE` of them, `_MIN_MARKS` at least), or hard-wrapped lines
    (`_MIN_WRAPS`) under one left margin that most lines share (`_MARGIN_SHARE`)."""
    start, listed = _list_start(lines) if ":" in text else (len(lines), {})
    # (the cheapest test first: most plain dumps have no line under a margin of spaces)
    if not (forced or listed) and "\n  " not in text:
        return None
    body = lines[:start]
    filled = [line for line in body if line and not line.isspace()]
    if not (forced or listed) and (
        sum(1 for line in filled if line.startswith("  ")) < _MARGIN_SHARE * len(filled)
    ):
        return None
    width = _wrap_width(body)
    margins = [len(line) - len(line.lstrip()) for line in filled]
    margin = max((0, *_MARGINS), key=margins.count)
    reading = BrowserReading(start, width, margin, listed)
    if forced:
        return reading
    if listed:
        marks = {int(m.group(1)) for m in LINK_MARK.finditer("\n".join(body))}
        if len(marks) >= _MIN_MARKS and len(marks & listed.keys()) >= _MATCHED_SHARE * len(marks):
            return reading
    if (
        width is None
        or margin not in _MARGINS
        or margins.count(margin) < _MARGIN_SHARE * len(margins)
    ):
        return None
    wraps = 0
    for above, line in itertools.pairwise(body):
        if above.strip() and line.strip() and _continues(above, line, margin, width):
            wraps += 1
            if wraps >= _MIN_WRAPS:
                return reading
    return None


def browser_marks(
    printed: str, addresses: dict[int, str], centred: bool = False
) -> BrowserMarks | None:
    """What the browser printed around a paragraph of its dump (`printed`: its text with
    the link marks), for the rules (`rules/text_browser.py`): its text before its first
    link, each link's text up to the next, their addresses (from the list at the foot),
    whether it opens a list item and whether it stands `centred`; None when it says
    nothing (no link, no item, not centred: most of an article's prose)."""
    item = _ITEM.match(printed) is not None
    if "[" not in printed:
        return BrowserMarks(lead=printed, item=item, centred=centred) if item or centred else None
    parts = LINK_MARK.split(printed)
    # (the text before the first mark, then a number and the text after each mark)
    item_link = item and _LINK_ITEM.fullmatch(printed) is not None
    if len(parts) == 1 and not (item or centred):
        return None
    return BrowserMarks(
        lead=parts[0].strip(),
        links=tuple(link.strip() for link in parts[2::2]),
        addresses=tuple(addresses.get(int(number)) for number in parts[1::2]),
        item=item,
        item_link=item_link,
        centred=centred,
    )


# A list item that is one link from its mark to its end ("* [14]School board approves …",
# "* [17]:: Mobilität", "* [74][spende.jpg]": any text glued to the number, a picture's
# name too, and no other number after it).
_LINK_ITEM = re.compile(_ITEM_MARK + r"\s+\[\d{1,4}\]\S[^\[]*")


_CENTRED_INDENT = 4
"""Spaces past the margin that open a centred line (lynx, links and elinks centre <h1>)."""
_MAX_CENTRED_WORDS = 30


def _is_centred(lines: list[str], start: int, stop: int, margin: int) -> bool:
    """lines[start:stop] are one line alone between blank lines (or the dump's edges),
    set in from the margin by `_CENTRED_INDENT` spaces or more: where the browser prints
    a line it centres (the page's headline), and no paragraph, caption or menu."""
    if stop - start != 1 or (start and lines[start - 1].strip()):
        return False
    if stop < len(lines) and lines[stop].strip():
        return False
    line = lines[start]
    return _indent(line) >= margin + _CENTRED_INDENT and len(line.split()) <= _MAX_CENTRED_WORDS


_ADDRESS_LIST = BrowserMarks(address_list=True)


def read_browser_dump(
    lines: list[str], reading: BrowserReading, apart: frozenset[int] = frozenset()
) -> Document:
    """The segments of a text browser's dump: one a paragraph (lines joined where the
    browser's wrap broke them, `_continues`), without link marks, with what the marks
    said in `Segment.browser` (`browser_marks`); the list of addresses at the foot one
    segment a run of lines, marked as the list (`BrowserMarks.address_list`). The reader
    removes nothing: the rules of `rules/text_browser.py` judge what the marks say.
    `apart`: numbers of lines (1-based) read on their own when they end a joined
    paragraph (`read_text`)."""
    segments: list[Segment] = []
    width = reading.width
    index = 0
    while index < reading.list_start:
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        stop = index + 1
        if width is not None:
            indent = _text_indent(line)
            while (
                stop < reading.list_start
                and lines[stop].strip()
                and stop + 1 not in apart
                and _continues(lines[stop - 1], lines[stop], indent, width)
            ):
                stop += 1
        printed = normalise_space(" ".join(lines[index:stop]))
        centred = _is_centred(lines, index, stop, reading.margin)
        segments.append(
            Segment(
                without_link_marks(printed),
                (index + 1, stop),
                spaced=True,
                browser=browser_marks(printed, reading.addresses, centred),
            )
        )
        index = stop
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        stop = index + 1
        while stop < len(lines) and lines[stop].strip():
            stop += 1
        segments.append(
            Segment(
                normalise_space(" ".join(lines[index:stop])),
                (index + 1, stop),
                spaced=True,
                browser=_ADDRESS_LIST,
            )
        )
        index = stop
    return Document(segments=segments, source="text", metadata={"markup": MARKUP})
