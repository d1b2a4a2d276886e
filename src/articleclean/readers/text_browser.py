"""Text-browser dumps (`lynx -dump`, `w3m -dump`, `links -dump`, `elinks --dump`) → segments.

A text browser prints a page as the screen shows it: prose hard-wrapped at about 76
columns under a left margin (three spaces for lynx, links and elinks), each link's
number before its text ("By [6]Maria Lopez") and, at the foot, the numbered list of the
links' addresses ("References" / "  12. https://…"; lynx -nolist and links print neither).
Read as a plain dump, the marks stay in every line, the list of addresses reads as the
article's last paragraphs, and a caption wrapped over two lines of its own splits its
credit in two ("… on Tuesday. (AP" over "Photo/John Smith)"). Read here instead: the
marks taken out of the text, the list of addresses given to `removed`, and the lines of
one paragraph joined back where the browser's wrap broke them.

Decided per document from evidence the browser leaves and a plain dump lacks
(`browser_reading`): link numbers in the text that the list at the foot numbers too, or,
with no numbers, a shared left margin under hard-wrapped lines. The rules then read the
segments as they read any text dump's."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

from ..article import Reason
from ..document import BODY, REMOVED, Document, Label, Segment, normalise_space

MARKUP = "text_browser"
"""The value of `metadata["markup"]` (and of the `markup` switch) for such a dump."""

CENTRED_RULE = "centred_headline"
"""The rule name recorded on the headline a browser centred (`_is_centred_heading`)."""

LIST_RULE = "link_references"
"""The rule name recorded on the list of link addresses at the dump's foot."""

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
_ITEM = re.compile(r"(\s*)(?:[*+o#@•·▪◦-]|\d{1,3}[.)])\s+")

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


ROW_RULE = "link_row"
"""The rule name recorded on a line of links alone (`is_link_row`)."""
_MIN_ROW_LINKS = 3
"""Links a line of links alone holds at least ("[2]Home [3]World [4]Sport")."""
_MAX_LINK_WORDS = 4
"""Words of one link's text in such a line at most ("[19]Privacy policy")."""
_MAX_LEAD_WORDS = 2
"""Words before its first link at most, ending in a colon ("Share: [10]Facebook …")."""
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？")


def is_link_row(text: str) -> bool:
    """`text` (with its link marks) is a row of links and nothing else: a site's menu, a
    share row, a footer's links ("[2]Home [3]World [4]Sport", "Share: [10]Facebook [11]X
    [12]Email"): `_MIN_ROW_LINKS` links or more, each of a few words ending no sentence,
    after a short label ending in a colon at most. A sentence with links in it has words
    of its own between them, or ends as a sentence does ("[5]Biden met [6]Xi in [7]Bali.")."""
    parts = LINK_MARK.split(text)
    # parts: the text before the first mark, then a number and the text after each mark
    if len(parts) < 2 * _MIN_ROW_LINKS + 1:
        return False
    lead = parts[0].split()
    if lead and (len(lead) > _MAX_LEAD_WORDS or not lead[-1].endswith((":", "："))):
        return False
    for link in parts[2::2]:
        words = link.split()
        if not words or len(words) > _MAX_LINK_WORDS or words[-1].endswith(_SENTENCE_END):
            return False
    return True


IMAGE_RULE = "image_link"
"""The rule name recorded on a line that is one link to a picture (its alt text)."""
ANCHOR_RULE = "in_page_link"
"""The rule name recorded on a line that is one link to a place in the page itself."""
# The address of a picture: its file's suffix, before a query or a fragment.
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)", re.IGNORECASE)


def _link_verdict(printed: str, addresses: dict[int, str]) -> tuple[Reason, str] | None:
    """Why a paragraph of the dump (its text with the link marks) is no part of the
    article, from its links alone: a row of links (`is_link_row`), or one link and
    nothing else whose address (from the list at the foot) is a picture's file (the
    picture's alt text a browser prints where the picture stands) or a place in the
    page itself ("[1]Skip to main content" → "…#main"; a table of contents)."""
    if is_link_row(printed):
        return Reason.BOILERPLATE, ROW_RULE
    mark = LINK_MARK.match(printed)
    if mark is None or not addresses or LINK_MARK.search(printed, mark.end()) is not None:
        return None
    address = addresses.get(int(mark.group(1)))
    if address is None:
        return None
    if _PICTURE.search(address) is not None:
        return Reason.MEDIA_PLACEHOLDER, IMAGE_RULE
    _, hash_mark, fragment = address.partition("#")
    if hash_mark and fragment:
        return Reason.BOILERPLATE, ANCHOR_RULE
    return None


LIST_OF_LINKS_RULE = "link_list"
"""The rule name recorded on a list whose every item is one link (`_remove_link_list`)."""
_MIN_LINK_ITEMS = 3
"""Items of such a list at least."""
# A list item that is one link from its mark to its end ("* [14]School board approves …").
_LINK_ITEM = re.compile(r"(?:[*+o#@•·▪◦-]|\d{1,3}[.)])\s+\[\d{1,4}\]\S[^\[]*")


def _is_link_item(printed: str) -> bool:
    return _LINK_ITEM.fullmatch(printed) is not None and not printed.endswith(_SENTENCE_END)


def _remove_link_list(items: list[Segment], segments: list[Segment]) -> None:
    """Removes the run of `items` (consecutive list items, each one link and nothing else,
    ending no sentence) when it holds `_MIN_LINK_ITEMS` or more, with the short line right
    above it that names it ("More from Local", "Meer uit de regio"), and empties it: a
    list of other stories or of the site's sections, in any language, where the article's
    own lists have words of their own beside any link in them."""
    if len(items) >= _MIN_LINK_ITEMS:
        for item in items:
            if item.label is not REMOVED:
                item.remove(Reason.RELATED_TEASER, LIST_OF_LINKS_RULE)
        at = len(segments) - len(items) - 1  # (the items are the last segments read)
        if at >= 0 and _names_a_list(segments[at]):
            segments[at].remove(Reason.RELATED_TEASER, LIST_OF_LINKS_RULE)
    items.clear()


def _names_a_list(segment: Segment) -> bool:
    """A short line, open, ending no sentence: the name of the list under it."""
    text = segment.text
    return (
        segment.label is BODY
        and len(text.split()) <= _MAX_LIST_NAME_WORDS
        and not text.endswith(_SENTENCE_END)
    )


_MAX_LIST_NAME_WORDS = 5
"""Words of the name over a list of links at most ("Mehr aus der Region")."""


TITLE_REACH = 40
"""Segments from the top the centred headline is looked for within (a browser prints
skip links, menu rows and a breadcrumb above it): `title_line` looks that far for a
title the reader labelled, as most dumps have none (round 56: a walk over every segment
cost 0.2 % of the text path's instructions), so one below is never labelled here."""
_CENTRED_INDENT = 4
"""Spaces past the margin that open a centred line (lynx, links and elinks centre <h1>)."""
_MAX_TITLE_WORDS = 30


def _is_centred_heading(lines: list[str], start: int, stop: int, margin: int) -> bool:
    """lines[start:stop] are one line alone between blank lines (or the dump's edges),
    set in from the margin by `_CENTRED_INDENT` spaces or more: the page's headline, which
    the browser centres, and no paragraph, caption or menu does."""
    if stop - start != 1 or (start and lines[start - 1].strip()):
        return False
    if stop < len(lines) and lines[stop].strip():
        return False
    line = lines[start]
    return _indent(line) >= margin + _CENTRED_INDENT and len(line.split()) <= _MAX_TITLE_WORDS


def read_browser_dump(
    lines: list[str], reading: BrowserReading, apart: frozenset[int] = frozenset()
) -> Document:
    """The segments of a text browser's dump: one a paragraph (lines joined where the
    browser's wrap broke them, `_continues`), without link marks; the list of addresses
    at the foot one segment a run of lines, removed (`LIST_RULE`). `apart`: numbers of
    lines (1-based) read on their own when they end a joined paragraph (`read_text`)."""
    segments: list[Segment] = []
    items: list[Segment] = []  # the run of list items each one link, being read
    title: Segment | None = None
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
        segment = Segment(without_link_marks(printed), (index + 1, stop), spaced=True)
        verdict = _link_verdict(printed, reading.addresses)
        if verdict is not None:
            segment.remove(*verdict)
        elif (
            title is None
            and len(segments) < TITLE_REACH
            and _is_centred_heading(lines, index, stop, reading.margin)
        ):
            title = segment
            segment.mark(Label.TITLE, CENTRED_RULE)
        link_item = _is_link_item(printed)
        if not link_item:
            _remove_link_list(items, segments)
        segments.append(segment)
        if link_item:
            items.append(segment)
        index = stop
    _remove_link_list(items, segments)
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        stop = index + 1
        while stop < len(lines) and lines[stop].strip():
            stop += 1
        listed = Segment(
            normalise_space(" ".join(lines[index:stop])), (index + 1, stop), spaced=True
        )
        listed.remove(Reason.BOILERPLATE, LIST_RULE)
        segments.append(listed)
        index = stop
    return Document(segments=segments, source="text", metadata={"markup": MARKUP})
