"""Text dumps written as Markdown → segments whose text is what the Markdown says.

Scrapers hand over Markdown as often as plain text (Jina Reader, Firecrawl, crawl4ai,
html2text, markdownify, pandoc, web clippers). Read as plain text, its marks stay in the
lines the rules read ("# Storm floods", "By **Maria Lopez**", "[Home](https://…)"), and
no rule knows a heading, a list or a row of links from them. This reader reads the
blocks as Markdown does (headings, list items, quotes, paragraphs over several lines,
lines of pictures alone, rows of links), gives each segment the text a reader of the
rendered page sees, and records what the marks said in `Segment.marks` for the rules
that read them (`rules/markdown.py`). It reads no rule and labels nothing.

Whether a dump is Markdown is decided per document from evidence (`reads_as_markdown`):
an html-text dump of a page holds none of it, and is read by `readers/text.py` as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from ..document import NO_MARKS, Document, Marks, Segment, normalise_space
from ..names import is_byline_mark, prefixed_byline
from .markdown_scan import ScannedPattern, link_starts, strong_starts
from .text import split_lines

MARKDOWN = "markdown"
"""`metadata["markup"]` of a dump read as Markdown, and `CleanerConfig.markup`'s value."""

# --- inline marks -------------------------------------------------------------------

# (a title in brackets holds no "(": see the note above `_PICTURE`)
_TITLE = r'(?:\s+(?:"[^"]*"|\'[^\']*\'|\([^()]*\)))?'
# A link's target: parentheses inside it when balanced ("/wiki/Mercury_(planet)", an
# image resizer's "filters:format(jpeg)/…", a script's "javascript:open(this, 'x');"),
# and spaces inside a site's path or a web address ("/autores/Felipe Morales/", a share
# link's "?text=Headline words"): markdownify writes an href as the page gives it, and
# the first ")" or space read as the target's end left the link or picture printed
# (tune part, round 58: 575 targets with parentheses in 108 of 596 dumps, 86 with
# spaces in 32). Other schemes keep a space as the end ("whatsapp://send?text=…", where
# reading on moved a share row that cut a post's last line).
_TARGET = (
    r"(?:(?:/|https?://)[^()\s]*(?:(?:\([^()\n]*\)| +(?=[^()\s\"']))[^()\s]*)*"
    r"|[^()\s]*(?:\([^()\n]*\)[^()\s]*)*)"
)
# its title, and the spaces markdownify leaves before the ")" when the href ends in one
_AFTER = _TITLE + r"[ \t]*"
# (A picture's alt text and a reference's text hold no "[" of their own, an autolink no "<":
# from each opener the search then stops at the next one. Read on, each search ran from
# every opener to the line's end when nothing closed them, quadratic in a run of them
# ("<http://" 20,000 times took 0.7 s a search; tests/test_no_hang_markdown.py). `_LINK`
# and `_STRONG` keep theirs (read the same way, a link and a bold span changed 20 and 5
# of the 990 webeval Markdown dumps: bench/notes.md, round 59 robust3) and are searched
# by a scan that finds the same matches in one pass (`markdown_scan`).)
# A picture, and a picture that is a link ("[![alt](src)](href)", Firecrawl, markdownify).
_PICTURE = re.compile(
    r"\[!\[[^\[\]]*\]\(" + _TARGET + _AFTER + r"\)\]\(" + _TARGET + _AFTER + r"\)"
)
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\((" + _TARGET + ")" + _AFTER + r"\)")
_LINK_TAIL = re.compile(r"\]\((" + _TARGET + ")" + _AFTER + r"\)")
_LINK = ScannedPattern(
    re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)" + _LINK_TAIL.pattern),
    lambda text: link_starts(text, _LINK_TAIL),
    ("[",),
)
_REFERENCE_LINK = re.compile(r"\[([^\[\]]+)\]\[([^\]]*)\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_STRONG = ScannedPattern(re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), strong_starts, ("**", "__"))
# One star or underscore: not inside a word for "_" (snake_case, URLs), not a bullet.
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?!\*)|(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)"
)
_CODE = re.compile(r"`([^`]+)`")
# What each pattern cannot match without, so that the readers skip it on a text without
# (`_read_inline`, `_outside_links`, `link_targets`, `_Reader._add`): `_PICTURE` and
# `_IMAGE` "![", `_LINK` "](", `_REFERENCE_LINK` "][", `_AUTOLINK` "<", `_STRONG` "**" or
# "__" (tests/test_markdown_literals.py holds each to it).
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")


def inline_text(text: str) -> str:
    """`text` with its inline marks read: a link gives its text, emphasis and code their
    words, a picture nothing, an escaped mark the mark itself (read first, so that "\\*"
    opens no emphasis)."""
    # A text read before gives what it gave (the reader reads most link's words twice, for
    # the block's marks and the document's links, and a site's menus recur: 43 % of the
    # calls on the tune Markdown dumps, round 60); a long one is read afresh, not kept.
    read = _INLINE_READ.get(text)
    if read is None:
        read = _read_inline(text)
        if len(text) <= _LONGEST_KEPT:
            if len(_INLINE_READ) >= _KEPT:
                _INLINE_READ.clear()  # (forgetting all at once keeps it cheap and bounded)
            _INLINE_READ[text] = read
    return read


_INLINE_READ: dict[str, str] = {}
_KEPT = 4096
_LONGEST_KEPT = 300


def _read_inline(text: str) -> str:
    """`inline_text`, read."""
    escaped = "\\" in text and not _PROTECTED.search(text)
    if escaped:
        text = _ESCAPE.sub(_protect, text)
    # Each pattern is asked only of a text holding the characters it cannot match
    # without (the note above `_ESCAPE`), asked of the text as the steps before left it.
    text = _without_pictures(text, "")
    if "](" in text:
        text = _LINK.sub(_link_words, text)
    if "][" in text:
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        if "**" in text or "__" in text:
            text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if escaped:
        text = _PROTECTED.sub(_unprotect, text)
    elif "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text


# An escaped mark stands in the text, while the marks are read, as a character of the
# Private Use Area (U+E000 + its code): no mark's pattern matches it. A text holding such
# characters already is read with its escapes last (`inline_text`).
_PROTECTED = re.compile("[\ue000-\ue07f]")


def _protect(match: re.Match[str]) -> str:
    return chr(0xE000 + ord(match.group(1)))


def _unprotect(match: re.Match[str]) -> str:
    return chr(ord(match.group(0)) - 0xE000)


def _link_words(match: re.Match[str]) -> str:
    words = match.group(1)
    if words[:1] == "#":
        # (a heading inside a link, "[#### Jane Doe](/profile/12) 14.01.2020", as
        # markdownify writes `<a><h4>…</h4></a>`: its mark is no word of the link)
        return _LINK_HEADING_MARK.sub("", words, count=1)
    return words


_LINK_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+")


def _without_pictures(text: str, instead: str) -> str:
    """`text` with each picture, linked (`_PICTURE`) or not (`_IMAGE`), made `instead`."""
    if "![" in text:
        text = _PICTURE.sub(instead, text)
        if "![" in text:
            text = _IMAGE.sub(instead, text)
    return text


def _outside_links(text: str) -> str:
    """What a reader sees of `text` outside its links and pictures."""
    text = _without_pictures(text, " ")
    if "](" in text:
        text = _LINK.sub(" ", text)
    if "][" in text:
        text = _REFERENCE_LINK.sub(" ", text)
    if "<" in text:
        text = _AUTOLINK.sub(" ", text)
    return normalise_space(text)


# A link to a site's page of stories on a subject: a CMS's tag, topic or category
# paths in the languages it reads (a row of such links under the headline
# names the story's subjects, "[Donald Trump](/tag/donald-trump), [Joe Biden](/tag/…)").
_TAG_PAGE = re.compile(
    r"/(?:tags?|topics?|themen?|thema|temas?|sujets?|argomenti|schlagw(?:ort|örter)e?"
    r"|keywords?|categor(?:y|ies|ia|ie|ias)|kategorie|rubri(?:que|k|ca))(?:/|\?|$)",
    re.IGNORECASE,
)


def link_targets(text: str) -> list[tuple[str, str]]:
    """The (text, target) of each inline link of `text`, in order."""
    text = _without_pictures(text, "")
    if "](" not in text:
        return []
    return [(normalise_space(inline_text(m.group(1))), m.group(2)) for m in _LINK.finditer(text)]


# --- block marks --------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLET = re.compile(r"^[ \t]*[*+-][ \t]+(?=\S)")
_ORDERED = re.compile(r"^[ \t]*(\d{1,9})[.)][ \t]+(?=\S)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
_TABLE_ROW = re.compile(r"^[ \t]*\|")
# A table's row of delimiters under its header ("|---|:---:|"): printed as it is.
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|[\s|:-]*$")
# A heading that is a link, or a link holding a heading ("[## Headline](https://…)", as
# markdownify writes `<a><h2>…</h2></a>`): a card's headline, or a post's permalink.
_LINKED_HEADING = re.compile(
    r"^ {0,3}\[(#{1,6})[ \t]+((?:[^\[\]]|\[[^\]]*\])*)\]\([^)\s]*" + _TITLE + r"\)[ \t]*$"
)
# What opens a line before its text: a list's mark, a heading's or a quote's.
_OPENING = re.compile(r"^[ \t]*(?:[*+-]|\d{1,9}[.)]|#{1,6}|>)[ \t]+")
# Jina Reader's header: "Title: …", "URL Source: …", "Published Time: …", then
# "Markdown Content:" over the page (and, on some pages, "Warning: …").
_HEADER = re.compile(
    r"^(Title|URL Source|Published Time|Warning|Markdown Content):(?:[ \t]+(.*))?$"
)
_HEADER_END = "Markdown Content"
_JINA_KEYS = {"Title": "title", "URL Source": "url", "Published Time": "date"}
"""The header's fields read into the document: the title, the page's address, its date."""
# YAML front matter, which web clippers and site generators write over a page's
# Markdown (Obsidian's Web Clipper, MarkDownload, Hugo, Jekyll): a "---" line, fields
# "key: value" (a field's list items or folded lines indented or "- " under it), "---".
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_FIELD = re.compile(r"^([A-Za-z_][\w-]{0,40}):(?:[ \t]+(.*))?$")
_FRONT_MATTER_MORE = re.compile(r"^(?:[ \t]+\S|-[ \t]+\S)")
_FRONT_MATTER_LINES = 80
"""Front matter is closed within this many lines, or the dump opens with none."""
_FRONT_MATTER_KEYS = {
    "title": "title",
    "source": "url",
    "url": "url",
    "published": "date",
    "date": "date",
}
"""The fields read into the document: the title, the page's address, its date. Written in
lower case, as web clippers and site generators write their keys: a block of capitalised
labels between two rules ("Date: Saturday 5 April" / "Venue: Town Hall") is an article's
facts (round 65 review)."""
FRONT_MATTER = "front matter"
"""The header field a front matter's fences are (`Marks.header`)."""


# The characters a block's mark opens with, after spaces (`_SETEXT`, `_BREAK`, `_ATX`,
# `_LINKED_HEADING`, `_DEFINITION`, `_TABLE_ROW`, `_TABLE_DELIMITER`, `_BULLET`, `_QUOTE`,
# `_FENCE`; `_ORDERED` a digit): a line whose first character other than whitespace is
# none of them matches none of those patterns (each allows spaces and tabs alone before
# its mark), and is read without asking them. Most of a dump's lines are such prose;
# asked each pattern, `_line` and `span_text` cost ~9 % of a Markdown dump's read (round 60).
_BLOCK_OPENERS = frozenset("=-*_#[|+>`~")
# (and on a line that opens with one, each pattern is asked only when it is its own)
_SETEXT_OPENERS = frozenset("=-")
_BREAK_OPENERS = frozenset("*-_")
_BULLET_OPENERS = frozenset("*+-")


def span_text(lines: list[str], first_shown: str | None = None) -> str:
    """What a reader of the rendered page sees of a block's lines (their block marks and
    inline marks read; a line of pictures, a reference's target, a rule between parts
    or a table's row as it is printed; a heading's underline nothing): the text of the
    segment of those lines (but a block of code's: `_Reader._code`). `first_shown`, when
    given, is what the first line shows, read before (`_Reader._line`, an item's)."""
    shown = []
    for position, line in enumerate(lines):
        if not position and first_shown is not None:
            shown.append(first_shown)
            continue
        first = line.lstrip()[:1]
        if first not in _BLOCK_OPENERS and not first.isdigit():
            # ("" too: a blank line matches no block's pattern)
            shown.append(line if _is_pictures(line) else inline_text(line))
            continue
        if position and first in _SETEXT_OPENERS and _SETEXT.match(line):
            continue
        if _is_raw(line, first):
            shown.append(line)
        else:
            shown.append(_block_text(line, first)[0])
    text = normalise_space(" ".join(shown))
    # (marks alone, "#" or "**": the lines as they are printed)
    return text or normalise_space(" ".join(lines))


def _is_raw(line: str, first: str) -> bool:
    """A line whose text is left as it is printed (see `span_text`); `first` its first
    character other than whitespace ("" when none)."""
    return bool(
        (first in _BREAK_OPENERS and _BREAK.match(line))
        or (first == "[" and _DEFINITION.match(line))
        or (first == "|" and _TABLE_DELIMITER.match(line))
        or _is_pictures(line)
    )


def _block_text(line: str, first: str) -> tuple[str, int, bool]:
    """(the line's text, its heading level, whether it opens a list's item); `first` as
    `_is_raw`'s."""
    if first == "#":
        atx = _ATX.match(line)
        if atx is not None:
            return inline_text(atx.group(2) or ""), len(atx.group(1)), False
    elif first == "[":
        linked = _LINKED_HEADING.match(line)
        if linked is not None:
            return inline_text(linked.group(2)), len(linked.group(1)), False
    elif first in _BULLET_OPENERS:
        bullet = _BULLET.match(line)
        if bullet is not None and not _BREAK.match(line):
            return _item_shown(line, bullet), 0, True
    elif first.isdigit():
        ordered = _ORDERED.match(line)
        if ordered is not None:
            return _item_shown(line, ordered), 0, True
    elif first == ">":
        quote = _QUOTE.match(line)
        if quote is not None:
            return inline_text(line[quote.end() :]), 0, False
    return inline_text(line), 0, False


def _item_shown(line: str, mark: re.Match[str]) -> str:
    """What an item's line shows, `mark` its `_BULLET` or `_ORDERED` match: "- " or its
    number and ". ", then the words after the mark."""
    # ("- ### Blogroll": a heading inside an item; "3. # Headline": a breadcrumb's last item)
    opening = f"{mark.group(1)}. " if mark.re.groups else "- "
    return opening + _item_text(line[mark.end() :])


def _item_text(rest: str) -> str:
    """The words of an item's line after its mark, a heading's read as its words."""
    # (`rest` opens with no whitespace, after the item mark's spaces: a heading's "#")
    inner = _ATX.match(rest) if rest[:1] == "#" else None
    return inline_text(inner.group(2) or "" if inner else rest)


# --- evidence -----------------------------------------------------------------------

# (each opens with a literal character, which the regular-expression engine scans for
# before it tries a match: a pattern opening with "^" is tried at every character)
# (a link's target here stops at a "]", so that a run of "](/" is read in one pass)
_EVIDENCE_LINK = re.compile(r"\]\((?:https?://|/|#|mailto:|\.)[^)\s\]]*" + _TITLE + r"\)")
# "#" first on its line: the character before it is a line's end, or none
_EVIDENCE_HEADING = re.compile(r"#(?<![^\n]#)#{0,5}[ \t]+\S")
# (the first and last letters no "*": a row of asterisks, "**********", a plain text's
# separator between sections, is no bold; "***both***" still is)
_EVIDENCE_STRONG = re.compile(r"\*\*[^*\s][^*\n]*?[^*\s]\*\*")
# a line of "===" under a line of text (underlined with "===" only: a line of "---"
# under a title is a plain text's rule too)
_EVIDENCE_SETEXT = re.compile(r"\n(?<=[^\s=-]\n) {0,3}={3,}[ \t]*(?:\n|$)")
_EVIDENCE_STAR_ITEM = re.compile(r"\n {0,3}\*   \S")
_EVIDENCE_DEFINITION = re.compile(r"\n {0,3}\[[^\]\n]+\]:[ \t]*(?:https?://|/)\S*[ \t]*(?:\n|$)")

LINKS_ALONE = 3
"""A dump holding this many Markdown links (`](https://…)`) is Markdown on that alone:
no page's text prints one (the webeval html-text dumps print none)."""
KINDS_TOGETHER = 2
"""Else this many kinds of Markdown's marks (a link, an `#` heading, `**` emphasis, a
heading underlined with `===`, markdownify's `*   ` item, a reference's target) make it Markdown:
each alone may stand in a plain text ("**" around a word, "#1" first, a line of "---"
under a title), two together are markup."""


def reads_as_markdown(text: str) -> bool:
    """Whether a text dump is written as Markdown: Jina Reader's header, or
    `LINKS_ALONE` links, or `KINDS_TOGETHER` kinds of Markdown's marks."""
    if text.lstrip().startswith("Title:") and "\nMarkdown Content:" in text[:4096]:
        return True
    # Each search only where one character of its mark is in the text: most dumps hold
    # none of "]", "*", "#", "=", and this is asked of every text dump (a search for one
    # character costs a hundredth of one for two, on a dump not all ASCII).
    bracket = "]" in text
    if bracket and len(_EVIDENCE_LINK.findall(text)) >= LINKS_ALONE:
        return True
    kinds = 0
    for present, pattern in (
        (bracket, _EVIDENCE_LINK),
        ("#" in text, _EVIDENCE_HEADING),
        ("*" in text, _EVIDENCE_STRONG),
        ("=" in text, _EVIDENCE_SETEXT),
        ("*" in text, _EVIDENCE_STAR_ITEM),
        (bracket, _EVIDENCE_DEFINITION),
    ):
        if present and pattern.search(text) is not None:
            kinds += 1
            if kinds >= KINDS_TOGETHER:
                return True
    return False


# --- reading ------------------------------------------------------------------------


def read_markdown(text: str) -> Document:
    """The segments of a Markdown dump, one per block, each with its `Marks`; Jina
    Reader's header fields in the document's metadata (`url`, `date`) and title, and
    every inline link's text, target and line in `links` (assembly keeps those of the
    body's lines)."""
    lines = split_lines(text)
    if "](" in text:
        lines = links_across_lines(lines)
    if "**" in text:
        lines = emphasis_across_lines(lines)
    reader = _Reader(lines)
    reader.read()
    metadata: dict[str, Any] = {"markup": MARKDOWN, **reader.metadata}
    # (a line `_add` read the links of, alone in its block and without pictures, gives
    # those: `link_targets` would find the same links and read the same words again)
    read = reader.line_links
    links = [
        {"text": words, "url": target, "line": number}
        for number, line in enumerate(lines, start=1)
        if "](" in line
        for words, target in (read[number] if number in read else link_targets(line))
    ]
    if links:
        metadata["links"] = links
    return Document(segments=reader.segments, source="text", metadata=metadata, title=reader.title)


_LINK_END = re.compile(r"\]\((" + _TARGET + ")" + _AFTER + r"\)")
LINK_REACH = 12
"""A link's words may run over this many lines at most (a card: picture, kicker,
headline, teaser between blank lines)."""


def links_across_lines(lines: list[str]) -> list[str]:
    """`lines` with each link whose words run over several lines ("[![pic](…)" / "" /
    "Headline" / "" / "Teaser](https://…)", as markdownify writes an `<a>` around a
    card's blocks) written as one link to the same target on each of its lines. Read
    line by line, such a link leaves a "[" on its first line and "](https://…)" printed
    after its last, and its lines read as prose (tune part, round 56 mdgap: lines
    closing such a link in 263 of 596 dumps); read so, each line is what the page
    shows, a link's words: a card's headline, a byline's linked name, a menu's entry
    (a card's lines in one paragraph are then a row of links, as a card is). A card's
    line of pictures alone between its words (a section's logo, "[Düsseldorf" /
    "![pic](…)" / "### Headline" / "Teaser](…)") is passed over; such a card's lines of
    pictures alone are left as they are, read as pictures (its first line, "[![a](…)![b](…)",
    a placeholder and the picture, read as a link's words, weighed as prose of its own
    length in `outside_article`'s run: tune 0811 pagina12 kept 125 teaser lines so,
    round 62 mdgap4). Lines are neither added nor removed."""
    return _marked_on_each_line(lines, "[", _leaves_bracket_open, _link_end, _is_pictures)


def _leaves_bracket_open(line: str) -> bool:
    """Whether the line leaves a "[" open (and no "]" closes what it did not open)."""
    opens = line.count("[")
    if not opens:
        return False
    if "\\" not in line and opens <= line.count("]"):
        # (no escape: the brackets left open at the end are the "[" less the "]", unless
        # a "]" closed nothing before, which is False too; most lines with a link)
        return False
    # Only the brackets and escapes are read, each escape with the character it escapes
    # (a character by character walk in Python cost ~5 % of a Markdown dump's clean).
    depth = 0
    for mark in _BRACKET_OR_ESCAPE.findall(line):
        if mark == "[":
            depth += 1
        elif mark == "]":
            if not depth:
                return False
            depth -= 1
    return depth > 0


# a backslash and the character it escapes, or a bracket
_BRACKET_OR_ESCAPE = re.compile(r"\\.|[\[\]]", re.DOTALL)


def _link_end(lines: list[str], start: int) -> tuple[int, str, str] | None:
    """(the line whose "](target)" closes the link opened on `start`'s line, "[", and
    "](target)"), when no other bracket stands between."""
    for index in range(start + 1, min(start + 1 + LINK_REACH, len(lines))):
        line = lines[index]
        if "[" not in line and "]" not in line:
            continue
        if "![" in line:
            # (a picture closing the link's words, "![Jane Doe](/jane.png)](/author/jane)",
            # as markdownify writes an author's or a card's `<a>` ending in its `<img>`:
            # its brackets are the picture's, not another link's)
            line = _IMAGE.sub(_blank, line)
            if not line.strip():
                continue  # (pictures alone: the card's picture or a logo over its headline)
        close = line.find("]")
        if "[" in line[:close] or close < 0:
            return None
        end = _LINK_END.match(line, close)
        if end is None:
            return None
        return index, "[", line[close : end.end()]
    return None


def _blank(match: re.Match[str]) -> str:
    """A match's place kept, its brackets gone."""
    return " " * len(match.group(0))


def _marked_on_each_line(
    lines: list[str],
    mark: str,
    leaves_open: Callable[[str], bool],
    span_end: Callable[[list[str], int], tuple[int, str, str] | None],
    apart: Callable[[str], bool] | None = None,
) -> list[str]:
    """`lines` with each span of inline marks that a line `leaves_open` and a later line
    closes (`span_end`: that line, the mark opening the span and the one closing it)
    closed on each of its lines but the last and opened again on each but the first, so
    that every line reads as it does inside the span. In a span with a line `apart`
    between its first and its last, the lines `apart` but its last are left as they
    are. Lines are neither added nor removed. (`leaves_open` is False on a line without
    `mark`.)"""
    result = list(lines)
    # Only the lines holding the mark are asked (a call a line cost ~4 % of a Markdown
    # dump's read, round 60); a span changes only its own lines, and the walk goes on
    # after them, so each line asked is as `lines` gave it.
    done = 0
    for index in [i for i, line in enumerate(lines) if mark in line]:
        if index < done:
            continue
        end = span_end(result, index) if leaves_open(result[index]) else None
        if end is None:
            continue
        stop, opening, closing = end
        left: set[int] = set()
        if apart is not None and any(apart(result[at]) for at in range(index + 1, stop)):
            # (only such a span: a card main read as a link keeps that reading, its
            # first line's pictures a link's words; read as pictures, tune 0191's recipe
            # lost the cards' weight its run had rested on, round 62 mdgap4)
            left = {at for at in range(index, stop) if apart(result[at])}
        for at in range(index, stop + 1):
            line = result[at]
            if not line.strip() or at in left:
                continue  # (a link's words may run over blank lines)
            if at != index:
                margin = len(line) - len(line.lstrip())
                line = line[:margin] + opening + line[margin:]
            if at != stop:
                line = line.rstrip() + closing
            result[at] = line
        done = stop + 1
    return result


_STRONG_MARK = re.compile(r"(?<!\\)\*\*")
EMPHASIS_REACH = 4
"""Strong emphasis may run over this many lines of one paragraph at most."""


def emphasis_across_lines(lines: list[str]) -> list[str]:
    """`lines` with each strong emphasis that runs over several lines of a paragraph
    ("**04.02.2022 | 15:33 Uhr" / "|" / "Dennis Steimels**", as markdownify writes a
    `<strong>` around a `<br>`) closed on its first line and opened again on each of
    the others, as Markdown reads it over the paragraph. Read line by line, each line
    keeps a "**" printed, and a byline or a date so marked is no byline nor date. Lines
    are neither added nor removed."""
    return _marked_on_each_line(lines, "**", _leaves_emphasis_open, _emphasis_end)


def _leaves_emphasis_open(line: str) -> bool:
    """Whether the line holds an odd number of "**" (not escaped)."""
    # (asked of every line of a dump with a "**" anywhere: a line without holds none)
    return "**" in line and len(_STRONG_MARK.findall(line)) % 2 == 1


def _emphasis_end(lines: list[str], start: int) -> tuple[int, str, str] | None:
    """(the line of the paragraph opened at `start` whose odd "**" closes the emphasis
    `start`'s line leaves open, "**", "**"), when no blank line nor a new block stands
    between."""
    for index in range(start + 1, min(start + 1 + EMPHASIS_REACH, len(lines))):
        line = lines[index]
        if not line.strip() or _opens_block(line):
            return None
        if _leaves_emphasis_open(line):
            return index, "**", "**"
    return None


def _opens_block(line: str) -> bool:
    """The line opens a block of its own (a heading, an item, a rule, a table's row, a
    fence), which ends the paragraph above it. A "|" alone is no table's row but a
    separator printed on its line (markdownify's "**04.02.2022" / "|" / "Dennis
    Steimels**"), which an emphasis runs over: the reader still reads it on its own."""
    return bool(
        _ATX.match(line)
        or _BULLET.match(line)
        or _ORDERED.match(line)
        or _BREAK.match(line)
        or (_TABLE_ROW.match(line) and any(c.isalnum() for c in line))
        or _FENCE.match(line)
    )


class _Reader:
    """One walk over a dump's lines, block by block."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.segments: list[Segment] = []
        self.blocks: list[_Block] = []  # (the segments to be, until the walk's end)
        self.metadata: dict[str, str] = {}
        self.title: str | None = None
        self.paragraph: list[int] = []  # the indexes of the open paragraph's lines
        self.paragraph_item = False
        # what the open paragraph's first line shows, when it opens an item: `_line`
        # matched its mark, and `span_text` asks no pattern of it again (a menu's every line)
        self.paragraph_shown: str | None = None
        # (text, target) of each inline link of a line (by its number, from 1) that
        # `_add` read alone: `link_targets` of it, for the document's links
        self.line_links: dict[int, list[tuple[str, str]]] = {}

    def read(self) -> None:
        index = self._header()
        while index < len(self.lines):
            line = self.lines[index]
            # (a fence is three backticks or tildes in a row: a line without them is
            # asked no pattern, most lines of every dump)
            if ("```" in line or "~~~" in line) and _FENCE.match(line):
                index = self._code(index)
                continue
            self._line(index)
            index += 1
        self._close()
        _unmark_link_lists(self.blocks)
        _unmark_bylines(self.blocks)
        # Each segment is made once its text is final: a segment's forms (`Segment`'s
        # phrase form, key, words) were made again for each item that lost its mark,
        # a menu's every item (~6 % of a Markdown dump's clean, round 60).
        self.segments = [
            Segment(block.text, block.lines, spaced=True, marks=block.marks)
            for block in self.blocks
        ]

    def _code(self, start: int) -> int:
        """A fenced block of code from `start` to its closing fence (or the dump's end):
        a segment per run of its lines between blank lines, whose lines no Markdown mark
        is read in (a "# comment" is no heading), the fences no text; the index of the
        line after it."""
        self._close()
        fence = self.lines[start].strip()[:3]
        stop = start + 1
        while stop < len(self.lines) and not self.lines[stop].strip().startswith(fence):
            stop += 1
        last = min(stop, len(self.lines) - 1)
        run: list[int] = []
        for index in range(start, last + 1):
            if self.lines[index].strip():
                run.append(index)
            elif run:
                self._add(run, code=True)
                run = []
        if run:
            self._add(run, code=True)
        return last + 1

    def _header(self) -> int:
        """Jina Reader's header or YAML front matter (`_front_matter`), when the dump opens
        with one: each field a segment (`Marks.header`), its value in the metadata; the
        index of the line after it."""
        front = self._front_matter()
        if front:
            return front
        fields: list[tuple[int, str, str]] = []
        for index, line in enumerate(self.lines):
            if not line.strip():
                continue
            header = _HEADER.match(line.strip())
            if header is None:
                break
            fields.append((index, header.group(1), header.group(2) or ""))
            if header.group(1) == _HEADER_END:
                break
        if not fields or fields[-1][1] != _HEADER_END:
            return 0
        self._take_fields(fields, _JINA_KEYS)
        return fields[-1][0] + 1

    def _take_fields(self, fields: list[tuple[int, str, str]], keys: dict[str, str]) -> None:
        """Each field's line a segment of its own (`Marks.header`), and the title, address
        and date of the fields `keys` names in the document (the first of each kept but
        the title's, which the last sets): once the header is known to be one."""
        for index, name, value in fields:
            self._add([index], header=name)
            key = keys.get(name)
            value = value.strip()
            if key == "title" and value:
                self.title = normalise_space(inline_text(value))
            elif key is not None and value and key not in self.metadata:
                self.metadata[key] = value

    def _front_matter(self) -> int:
        """YAML front matter over the dump (`_FRONT_MATTER_FIELD`): each line a segment
        marked as its field's (the fences as `FRONT_MATTER`), the title, address and date
        read; the index of the line after it, 0 when the dump opens with none (or with
        fields none of which is a title, an address or a date: `_FRONT_MATTER_KEYS`). Read as
        Markdown, its fields were the article's first paragraph (round 65's audit, a
        Maltese page clipped by Obsidian)."""
        first = next((at for at, line in enumerate(self.lines) if line.strip()), None)
        if first is None or self.lines[first].strip() != _FRONT_MATTER_FENCE:
            return 0
        fields: list[tuple[int, str, str]] = []
        end = None
        name = ""
        for index in range(first + 1, min(len(self.lines), first + _FRONT_MATTER_LINES)):
            line = self.lines[index]
            if line.strip() == _FRONT_MATTER_FENCE:
                end = index
                break
            if not line.strip():
                continue
            field = _FRONT_MATTER_FIELD.match(line)
            value = ""  # (a field's list item or folded line: none of the fields read)
            if field is not None:
                name = field.group(1)
                value = (field.group(2) or "").strip().strip("\"'")
            elif not name or _FRONT_MATTER_MORE.match(line) is None:
                return 0
            fields.append((index, name, value))
        if end is None or not any(name in _FRONT_MATTER_KEYS for _, name, _ in fields):
            # (a note between two rules, "Update: The company said on Friday …", is the
            # article's: front matter names the page's title, address or date; and an
            # event's facts, "Date: Saturday 5 April" / "Venue: Town Hall", are too:
            # front matter's keys are written in lower case)
            return 0
        self._add([first], header=FRONT_MATTER)
        self._take_fields(fields, _FRONT_MATTER_KEYS)
        self._add([end], header=FRONT_MATTER)
        return end + 1

    def _line(self, index: int) -> None:
        line = self.lines[index]
        first = line.lstrip()[:1]
        if not first:
            # (white space alone: a blank line)
            self._close()
            return
        if first not in _BLOCK_OPENERS and not first.isdigit():
            # (no block's pattern matches it: those below `_is_pictures` ask none)
            if _is_pictures(line):
                self._close()
                self._add([index], pictures=True)
                return
            if self.paragraph and _byline_break(self.lines[self.paragraph[-1]], line):
                self._close()
            self.paragraph.append(index)
            return
        if (
            self.paragraph
            and first in _SETEXT_OPENERS
            and _SETEXT.match(line)
            and not self.paragraph_item
        ):
            level = 1 if line.strip()[0] == "=" else 2
            self._close(heading=level, underline=index)
            return
        if first in _BREAK_OPENERS and _BREAK.match(line):
            self._close()
            self._add([index], thematic_break=True)
            return
        if (first == "#" and _ATX.match(line)) or (first == "[" and _LINKED_HEADING.match(line)):
            self._close()
            self._add([index], heading=_block_text(line, first)[1])
            return
        if first == "[" and _DEFINITION.match(line):
            self._close()
            self._add([index], definition=True)
            return
        if first == "|" and _TABLE_ROW.match(line):
            self._close()
            self._add([index], table_row=True)
            return
        if _is_pictures(line):
            self._close()
            self._add([index], pictures=True)
            return
        # (on a line `_BREAK` did not match, nor `_is_pictures`: `_block_text` reads
        # such an item's line as `_item_shown`)
        opens_item = (_BULLET.match(line) if first in _BULLET_OPENERS else None) or (
            _ORDERED.match(line) if first.isdigit() else None
        )
        if (
            opens_item
            or (first == ">" and _QUOTE.match(line) and self.paragraph and not self._quoted())
            or (self.paragraph and _byline_break(self.lines[self.paragraph[-1]], line))
        ):
            self._close()
        self.paragraph.append(index)
        if opens_item:
            self.paragraph_item = True
            self.paragraph_shown = _item_shown(line, opens_item)

    def _quoted(self) -> bool:
        return _QUOTE.match(self.lines[self.paragraph[0]]) is not None

    def _close(self, heading: int = 0, underline: int | None = None) -> None:
        """Make the open paragraph a segment (a heading of `heading`'s level, underlined
        by the line at `underline`)."""
        if not self.paragraph:
            return
        indexes = self.paragraph
        self.paragraph, item, shown = [], self.paragraph_item, self.paragraph_shown
        self.paragraph_item, self.paragraph_shown = False, None
        if underline is not None:
            indexes = [*indexes, underline]
        self._add(indexes, shown, heading=heading, item=item)

    def _add(self, indexes: list[int], first_shown: str | None = None, **fields: Any) -> None:
        """Make the lines at `indexes` a block whose `Marks` are `fields` and its links'
        (`first_shown`: `span_text`'s).

        (The marks are made once, with the links' fields read first: a `replace` of
        marks made without them cost ~3 % of a Markdown dump's clean, round 60.)"""
        lines = [self.lines[index] for index in indexes]
        source = " ".join(lines)
        if ("[" in source or "<" in source) and not (
            fields.get("pictures") or fields.get("definition") or fields.get("code")
        ):
            inline = _LINK.findall(source) if "](" in source else []
            words = [normalise_space(inline_text(found[0])) for found in inline]
            if len(lines) == 1 and "![" not in source:
                # (one line without pictures: `link_targets` takes none out first, and
                # finds these links and reads these words)
                self.line_links[indexes[0] + 1] = [
                    (text, found[1]) for text, found in zip(words, inline, strict=True)
                ]
            links = len(inline)
            if "][" in source:
                links += len(_REFERENCE_LINK.findall(source))
            if "<" in source:
                links += len(_AUTOLINK.findall(source))
            if links:
                unmarked = " ".join(_OPENING.sub("", line, count=1) for line in lines)
                outside = _outside_links(_unemphasised(unmarked))
                fields.update(
                    links=links,
                    outside_links=outside,
                    targets=len({found[1] for found in inline}),
                    link_words=tuple(words),
                    in_page=sum(found[1].startswith("#") for found in inline),
                    tag_links=tuple(
                        text
                        for text, found in zip(words, inline, strict=True)
                        if _TAG_PAGE.search(found[1])
                    ),
                )
        # (every field at its default, a paragraph's "heading=0, item=False": no Marks to
        # make nor to compare with NO_MARKS, a frozen dataclass's ~15 field sets apiece;
        # each field's falsy value is its default, `links` and the rest set when non-zero,
        # so marks made of a truthy field are never NO_MARKS)
        marks = Marks(**fields) if any(fields.values()) else NO_MARKS
        if marks.code:
            # (a block of code: its lines as printed, without the fences)
            inner = [line for line in lines if not _FENCE.match(line)]
            text = normalise_space(" ".join(inner)) or normalise_space(source)
        else:
            text = span_text(lines, first_shown)
        self.blocks.append(
            _Block(
                text,
                (indexes[0] + 1, indexes[-1] + 1),
                None if marks is NO_MARKS else marks,
            )
        )


class _Block(NamedTuple):
    """A segment to be: its text (as `normalise_space` leaves it), lines and marks."""

    text: str
    lines: tuple[int, int]
    marks: Marks | None


_ITEM_MARK = re.compile(r"^(?:- |\d{1,9}\. )")


def _unmark_link_lists(segments: list[_Block]) -> None:
    """The items of each list of links lose the mark `_block_text` gave them ("- ",
    "1. "): a list whose items are each one link or more and nothing else, but one at
    most (a site's menu, a box of links, a breadcrumb whose last item is the page
    itself, no link). Such a list is the page's navigation, which a page's text prints
    as lines with no mark, and the rules read it as such lines (the page rules cost
    them to the article's run; an item's mark is a list's row, which costs it nothing);
    an article's own list (steps, ingredients, points) keeps its marks. Tune part, round
    56 mdgap: the page rules kept 63 segments fewer of the pages' boxes and menus, and
    the title's line is the breadcrumb's last item on 9 pages more. Each stays a list's
    item in its marks (`_without_item_mark` says why)."""
    index = 0
    while index < len(segments):
        if not _is_item(segments[index]):
            index += 1
            continue
        end = index
        while end < len(segments) and _is_item(segments[end]):
            end += 1
        links = sum(_links_alone(segment) for segment in segments[index:end])
        if links >= max(1, end - index - 1):
            for position in range(index, end):
                segments[position] = _without_item_mark(segments[position], list_row=True)
        index = end


_HARD_BREAKS = ("  ", "\\")
"""A line's ends that Markdown reads as a line break (markdownify's `<br>`): two spaces or
more, or a backslash. Asked with `str.endswith`: a regex searching for the spaces before the
line's end tried every run of spaces in the line, quadratic in a long one (30,000 spaces and
then a word took 7.7 s; 100,000, over 90 s)."""


def _byline_break(before: str, line: str) -> bool:
    """Whether a paragraph's line break (`before` ending in a hard break) parts a byline
    from the lines around it: `before` is a byline or its prefix alone ("Article by" /
    "Jane Doe"), or `line` is one ("Warum sie wichtig ist?" / "von Jane Doe"). A page
    prints a `<br>` there, and its text dump a line of its own that the byline rules read;
    joined, the byline was a sentence of a paragraph. Other breaks keep the paragraph
    joined (each break a segment of its own lost five real paragraphs, round 56)."""
    if not before.endswith(_HARD_BREAKS):
        return False
    above = inline_text(before.rstrip(" \\").strip())
    below = inline_text(line.strip())
    return is_byline_mark(above) or prefixed_byline(above) or prefixed_byline(below)


def _unmark_bylines(segments: list[_Block]) -> None:
    """An item whose words are a byline with its prefix ("* Von Moritz Wichmann", "* Por
    Gustavo E. Méndez", "- By Jane Doe") is no list's row but the byline a page prints
    in a list of the story's facts (its name, date, reading time), as markdownify writes
    a `<ul>` of them: it loses its mark and is no item, and the byline rules read the
    line as a page's text prints it (tune part, round 57: two sites' bylines, where
    the item was kept as a row of the article's list or cut with the page around it)."""
    for position, segment in enumerate(segments):
        if not _is_item(segment):
            continue
        # (the words asked first, the marks made only for a byline: a `replace` of every
        # item's marks that kept its mark cost ~1 % of a Markdown dump's read, round 61)
        text = _unmarked_text(segment.text)
        if text and text != segment.text and prefixed_byline(text):
            segments[position] = _without_item_mark(segment, list_row=False)


def _without_item_mark(segment: _Block, *, list_row: bool) -> _Block:
    """`segment` without the item's mark `_block_text` left before its text ("- ", "1. "),
    as a page's text prints the line (itself when no such mark is there, or nothing after
    it). The two callers differ on purpose in `list_row`, whether the segment stays a
    list's item (`Marks.item`): a list of links (`_unmark_link_lists`) is a list still,
    a menu or a box written as one, and `markdown_menu` reads its items by that mark
    (round 58: with it cleared, 899 of the 990 webeval Markdown dumps' outputs changed,
    their menus kept); a byline printed as an item (`_unmark_bylines`) is no list's row.
    (Kept, its mark changed no output of the 990: no rule reads an item's mark but
    `markdown_menu`, which wants a link alone, and a byline has its prefix's words.)"""
    text = _unmarked_text(segment.text)
    if not text or text == segment.text:
        return segment
    if list_row or segment.marks is None:
        return segment._replace(text=text)
    marks = replace(segment.marks, item=False)
    return segment._replace(text=text, marks=None if marks == NO_MARKS else marks)


def _unmarked_text(text: str) -> str:
    """`text` without the item's mark at its start (`_ITEM_MARK`), if any."""
    # (asked of every item, twice: "- " by a prefix test, and the pattern only where a
    # digit opens the text, which it cannot match without)
    if text.startswith("- "):
        return text[2:]
    if not text[:1].isdigit():
        return text
    return _ITEM_MARK.sub("", text, count=1)


def _is_item(segment: _Block) -> bool:
    return segment.marks is not None and segment.marks.item


def _links_alone(segment: _Block) -> bool:
    """The segment is links and nothing else a reader reads."""
    return segment.marks is not None and segment.marks.links_alone


def _unemphasised(text: str) -> str:
    """`text` with its strong emphasis read, its links and pictures left."""
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    return text


def _is_pictures(line: str) -> bool:
    """The line holds pictures alone (and list marks, separators): no text to read."""
    if "![" not in line:
        return False
    rest = _IMAGE.sub("", _PICTURE.sub("", line))
    return not any(c.isalnum() for c in rest)
