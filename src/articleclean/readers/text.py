"""Text dumps → segments: one per line, or one per hard-wrapped paragraph."""

from __future__ import annotations

import itertools
import re

from ..document import Document, Segment, add_content_words, normalise_space, spaced_segment
from ..lexicon import DATE_ALONE, LIST_ROW, WRAP_CLOSING_MARKS, ends_a_sentence
from ..names import is_byline_stamp, prefixed_byline
from .text_browser import Markup, browser_reading, read_browser_dump

# A paragraph is taken as hard-wrapped when its lines (all but the last) fill
# most of a column no wider than this; anything else is one segment a line,
# because scrapers put captions, menus and teasers on lines of their own.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40
_FILL_RATIO = 0.7
# A label that introduces what follows ("Mehr Themen:", "Read more:", "Suche nach:"):
# a few words ending in a colon.
_LABEL_MAX_WORDS = 5
BIG_DUMP = 512 * 1024
"""A dump of more characters than this is read with its segments' topic words made
after all its segments (`Segment.words_later`): a 10 MB article's clean took ~15 % less
time so, where a small dump's segments fit the processor's caches either way."""


def split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them (\\r\\n, \\r and \\n all end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_text(text: str, apart: frozenset[int] = frozenset(), markup: Markup = "auto") -> Document:
    """The segments of a text dump; `apart` holds numbers of lines (1-based) read on their
    own when they end a run read as one hard-wrapped paragraph: the lines above them are
    read as if the line were not there (the pipeline's second reading, `Cleaner._run`,
    when a rule took such a paragraph and its last line may be all it is about).
    `markup`: the config's switch; a text browser's dump is read by `text_browser`."""
    lines = split_lines(text)
    if markup != "plain":
        browser = browser_reading(lines, text, forced=markup == "text_browser")
        if browser is not None:
            return read_browser_dump(lines, browser, apart)
    segments: list[Segment] = []
    later = len(text) > BIG_DUMP
    start = -1  # where the run of non-blank lines being read began (-1: none yet)
    # A dump already single-spaced (~96 in 100: `_spaced_already`) has no line of white
    # space alone, and each of its lines is its own text: a line alone between blank
    # lines, most of them, is made here with no call to `_add_paragraph`,
    # `_line_segment` and `normalise_space` for it.
    spaced = not later and _spaced_already(text)
    for index, line in enumerate(lines):
        # (`isspace` is what `strip` removes: no stripped copy of every line)
        if line and (spaced or not line.isspace()):
            if start < 0:
                start = index
        elif start >= 0:
            if spaced and index - start == 1:
                segments.append(spaced_segment(lines[start], (index, index)))
            else:
                _add_paragraph(segments, lines, start, index, apart, later, spaced)
            start = -1
    if start >= 0:
        _add_paragraph(segments, lines, start, len(lines), apart, later, spaced)
    if later:
        add_content_words(segments)
    return Document(segments=segments, source="text")


def _add_paragraph(
    segments: list[Segment],
    lines: list[str],
    start: int,
    stop: int,
    apart: frozenset[int],
    later: bool = False,
    spaced: bool = False,
) -> None:
    """The segments of the non-blank lines[start:stop]: one, if hard-wrapped; else one a
    line (`apart`: see `read_text`; `later`: `Segment.words_later`; `spaced`: every line
    is as `normalise_space` leaves it, `_spaced_already`)."""
    if stop - start == 1:  # most paragraphs of a dump: a line of its own
        segments.append(_line_segment(lines[start], start + 1, later, spaced))
        return
    group = lines[start:stop]
    if _is_hard_wrapped(group):
        # Only the dump's first paragraph, where its headline stands: further down, a
        # prefixed name ending a wrapped run is a list item's or a quote's ("… ist" /
        # "Author: Jane Doe, Datum: 03.03.19" in an article's list of posts), and split
        # off it became the article's byline and left the item cut.
        byline = _byline_under_first_line(group) if not segments else None
        if byline is not None:
            # The byline alone, the lines above and below it read on their own.
            at = start + byline
            _add_paragraph(segments, lines, start, at, apart, later, spaced)
            segments.append(_line_segment(lines[at], at + 1, later, spaced))
            if at + 1 < stop:
                _add_paragraph(segments, lines, at + 1, stop, apart, later, spaced)
            return
        if (
            stop in apart
            or _is_label_after_sentence(group[-2], group[-1])
            or _is_line_of_its_own(group[-2], group[-1])
            or _is_pointer_line(group[-2], group[-1])
            or _is_stamp_under_byline(group[-2], group[-1])
        ):
            # A heading (or a line of its own) under the paragraph, not its last line:
            # the lines above are read on their own (still wrapped, if more than one),
            # the last line alone.
            _add_paragraph(segments, lines, start, stop - 1, apart, later, spaced)
            segments.append(_line_segment(lines[stop - 1], stop, later, spaced))
            return
        joined = " ".join(group)
        segments.append(
            Segment(
                joined if spaced else normalise_space(joined),
                (start + 1, stop),
                spaced=True,
                joined_rows=_rows_over_last(group),
                words_later=later,
            )
        )
        return
    for number, line in enumerate(group, start=start + 1):
        segments.append(_line_segment(line, number, later, spaced))


def _is_stamp_under_byline(line: str, last: str) -> bool:
    """`last` is the story's stamp under its byline ("By Jane Doe and John Roe" over "April
    30, 2025 4:12 PM UTC Updated 2 hours ago"): two lines of a wire's head whose widths
    read as a wrap (round 55's audit by form), where a wrap never ends in a whole stamp
    under a line of names."""
    stripped = last.strip()
    return bool(DATE_ALONE.match(stripped) or is_byline_stamp(stripped)) and prefixed_byline(
        line.strip()
    )


def _byline_under_first_line(group: list[str]) -> int | None:
    """Where in `group` a byline of its own stands under its first line or as its last
    line ("كتب: أحمد عبد الرحمن", "By Jane Doe", "Penulis: Rina Wulandari | Editor: …"
    under the headline, perhaps over the story's stamp), or None. A headline of 40 to 100
    signs over its byline, no blank line between, fills its column as a wrap does, and
    the lines made one segment, read as the title with the byline and the stamp glued to
    it and no byline (round 64's audit: Arabic, Indonesian and English article dumps
    alike). A wrap's line goes on from the line above, and its last line ends a sentence;
    a byline is a prefix and names, opening with no small letter, ending no sentence."""
    for at in dict.fromkeys((1, len(group) - 1)):
        if _is_byline_alone(group[at].strip()):
            return at
    return None


def _is_byline_alone(text: str) -> bool:
    """A prefix and names, opening with no small letter ("by Jane Doe" may end a wrapped
    sentence), ending no sentence."""
    return (
        not text[:1].islower()
        and not ends_a_sentence(text, WRAP_CLOSING_MARKS)
        and prefixed_byline(text)
    )


def _line_segment(line: str, number: int, later: bool = False, spaced: bool = False) -> Segment:
    """The segment of one line (1-based `number`), which records a tab between two of
    its words: a table's row copied from a page splits its cells so (`Segment.cells`).
    `later`: `Segment.words_later`; `spaced`: the line is as `normalise_space` leaves it
    (`_spaced_already`), so holds no tab."""
    if spaced:
        return spaced_segment(line, (number, number))
    text = normalise_space(line)
    if "\t" in line and "\t" in line.strip():
        return Segment(text, (number, number), spaced=True, cells=True, words_later=later)
    # (two calls, not `words_later=later` in one: the keyword passed for each line of
    # every small dump cost ~4 M instructions per 100 ~4 KB dumps, round 59)
    if later:
        return Segment(text, (number, number), spaced=True, words_later=True)
    return spaced_segment(text, (number, number))


_CONTROL_BYTES = bytes(range(32)) + b"\x7f"
"""The ASCII characters `str.isprintable` refuses: the C0 controls (the tab and the
line's end among them) and DEL; every other ASCII character is printable."""


def _spaced_already(text: str) -> bool:
    """Every line of `text` (`split_lines`) is empty or as `normalise_space` leaves it:
    printable (so no white space but the space, no tab, no carriage return: the lines
    are `text.split("\\n")`), no two spaces side by side, none at a line's start or end.
    Then a line is its own text and none is white space alone, which is what ~96 in 100
    dumps are, found in a few passes over the text in C instead of a Python call a line
    (round 62)."""
    if "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
        return False
    if text.isascii():
        # (deleting the control bytes, the line ends among them, costs a fraction of
        # `isprintable`'s look-up of each character's type)
        kept = text.encode("ascii").translate(None, _CONTROL_BYTES)
        return len(kept) + text.count("\n") == len(text)
    return text.replace("\n", "").isprintable()


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    # the widths first: most groups of a dump fail them, and they cost less than the
    # lines' own tests (round 50)
    if not all(w >= width * _FILL_RATIO for w in widths[:-1]):
        return False
    return not (_is_list(lines) or _opens_with_line_above(lines))


def _opens_with_line_above(lines: list[str]) -> bool:
    """A line that opens with the whole line above it: a picture's title over its caption
    ("Farmers at a training in Morogoro" over "Farmers at a training in Morogoro. Photo:
    …"). A wrap goes on from its line above and never prints it again."""
    return any(
        below.lstrip().startswith(above.strip())
        for above, below in itertools.pairwise(lines)
        if above.strip()
    )


def _is_list(lines: list[str]) -> bool:
    """Items of a list, one a line ("- RE 10 nach Cottbus …" over "- RB 22 nach …"): the
    first line and another open with a list's mark, where a wrapped paragraph's lines go
    on from each other."""
    rows_below = sum(1 for line in lines[1:] if LIST_ROW.match(line.lstrip()) is not None)
    # Or two rows under the lines that announce them ("La durée … augmente elle aussi :" /
    # "– 171 trimestres …" / "– 172 trimestres …"; round 55's audit by form): a wrap may
    # put a dash first on one of its lines, not on two.
    return rows_below >= _ROWS_UNDER_TEXT or (
        rows_below > 0 and LIST_ROW.match(lines[0].lstrip()) is not None
    )


_ROWS_UNDER_TEXT = 2
"""Rows opening this many lines of a run below its first make it a list, not a wrap."""


# What opens a line of its own and never a wrapped paragraph's next line: a bullet, an
# arrow or a quote mark with a space after it, or a row's number ("» Mehr lesen", "* Follow
# us", "3. Schritt"). Dashes are left out: a wrap may put "– und das …" first on a line.
_OPENS_WITH_MARK = re.compile(r"(?:[»›▶→•*·]|\d{1,3}[.)])\s")


def _is_line_of_its_own(line: str, last: str) -> bool:
    """`last` is a line of its own under the rows above it, not the end of a wrapped
    paragraph: the line above ends a sentence and `last` ends none ("Du wirst dich
    seltsam fühlen." over "folgen Sie uns auf WhatsApp"; a colon may end a wrapped
    paragraph, which announces a list), or `last` opens with a mark the line above does
    not open with (`_OPENS_WITH_MARK`), or is in capitals under a line that is not.
    A wrapped paragraph's last line ends its sentence, in its writing. The rows of a list
    of short sentences or items, one a line, fill their column alike and read as
    wrapped, so a prompt or a heading right under the last row made one segment with
    them, and the rule that removed the line took the rows with it (issue 14: the
    article's lists; bench/notes.md, round 41)."""
    end = last.rstrip()
    if (
        ends_a_sentence(line.rstrip(), WRAP_CLOSING_MARKS)
        and not ends_a_sentence(end, WRAP_CLOSING_MARKS)
        and not end.endswith((":", "："))
    ):
        return True
    text = last.strip()
    if _OPENS_WITH_MARK.match(text) and not _OPENS_WITH_MARK.match(line.strip()):
        return True
    return _in_capitals(text) and not _in_capitals(line)


# A line led by a dash and a capital ("— Follow us on WhatsApp", "– Der Artikel geht
# weiter"), the dash kept in the group (an em, en or plain dash).
_DASH_THEN_CAPITAL = re.compile(r"([—–-])\s+(\w)")
# What ends a line that points on to a link ("Get our best stories delivered to your inbox
# →", "Weiter zum Shop >>"): an arrow after a space. Guillemets are left out: a French
# quotation may close a wrapped paragraph with " »".
_POINTS_ON = re.compile(r"\s(?:→|➔|➜|▸|▶|>>)$")


def _is_pointer_line(line: str, last: str) -> bool:
    """`last` is a line of its own under the rows above it because of its marks: it opens
    with a dash and a capital while the line above holds no such spaced dash ("Network
    conditioner to simulate speeds and test" over "— Follow us on WhatsApp"), or ends
    with an arrow pointing on to a link the line above does not end with. A wrapped
    paragraph goes on mid-sentence at its last line, where its next word falls; the rows
    of a list one under the other (a product's features, a recipe's ingredients) read as
    wrapped and took a prompt put under them into their segment, and the rule that
    removed the prompt removed the rows (issue 14: the article's lists; bench/notes.md,
    round 42). Textwrapped paragraphs of the tune article dumps at widths 60, 72 and 80:
    1 of ~22,000 split more (a closing "– Tasse für Tasse.")."""
    dash = _DASH_THEN_CAPITAL.match(last.strip())
    if (
        dash is not None
        and dash.group(2).isupper()
        and f" {dash.group(1)} " not in f" {line.strip()} "
    ):
        return True
    return _POINTS_ON.search(last.rstrip()) is not None and _POINTS_ON.search(line.rstrip()) is None


def _in_capitals(text: str) -> bool:
    """Two words or more, every letter a capital ("DIESEN TEXT TEILEN"). Not `str.isupper`,
    which passes over letters without case: "東京 NEWS", "NEWS العربية" are in capitals
    to it, and not here (round 43)."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _is_label_after_sentence(line: str, last: str) -> bool:
    """`last` is a short label ending in a colon ("Mehr Themen:", "Lire aussi :") right
    after a sentence's end: no wrapped paragraph ends that way (a wrap goes on
    mid-sentence, "… used these three classes of" over "advice as follows:")."""
    label = last.strip()
    return (
        label.endswith(":")
        and len(label.split()) <= _LABEL_MAX_WORDS
        and not label[:1].islower()
        and ends_a_sentence(line.rstrip(), WRAP_CLOSING_MARKS)
    )


# What ends a line that a wrap broke off mid-sentence, not a row: a comma, a semicolon,
# a dash, a slash, an ampersand, a plus, an opening bracket, or a short word in small
# letters ("in", "the", "und", "der": a wrap breaks after a sentence's small words, a
# row ends on its content).
_ENDS_OPEN = re.compile(r"(?:[,;\-–—/&+(]|(?<!\w)[^\W\d_A-ZÄÖÜ]{1,3})$")
# Rows that end no sentence read as rows only this many together: one such line over
# the last is as often a wrapped paragraph's first line.
_PLAIN_ROWS_MIN = 2


def _rows_over_last(group: list[str]) -> bool:
    """The lines above the group's last line read as rows, one a line, not as a wrapped
    sentence (`Segment.joined_rows`): each opens with a capital or a digit (a wrap's next
    line goes on mid-sentence, mostly with a small letter), and either all of them end a
    sentence ("Du wirst dich seltsam fühlen." over "Du wirst …"), or there are at least
    `_PLAIN_ROWS_MIN` of them and none ends a sentence nor with a mark that carries on
    (`_ENDS_OPEN`): a product's feature rows ("Integration With Chef/Ohai/Docker/Vagrant"
    over "Network conditioner to simulate speeds and test"). Read for joined groups only
    (bench/notes.md, round 42 alost2: 165-173 of ~7,000-7,900 true wraps a width read so)."""
    rows = group[:-1]
    ends_sentence = 0
    for row in rows:
        text = row.strip()
        first = text[:1]
        if not (first.isupper() or first.isdigit()):
            return False
        if ends_a_sentence(text, WRAP_CLOSING_MARKS):
            ends_sentence += 1
        elif _ENDS_OPEN.search(text) is not None:
            return False
    if ends_sentence:
        return ends_sentence == len(rows)
    if len(rows) >= _PLAIN_ROWS_MIN:
        return True
    last = group[-1].strip()
    return last[:1].isupper() and ends_a_sentence(last, WRAP_CLOSING_MARKS)


# What ends a wrap's line broken off mid-sentence and no row of a list: a dash, a slash,
# an ampersand, a plus, an opening bracket, or a short word in small letters (a comma or
# a semicolon ends list rows too: "2 Eier;", "Salz, Pfeffer,").
_ENDS_IN_WRAP = re.compile(r"(?:[\-–—/&+(]|(?<!\w)[^\W\d_A-ZÄÖÜ]{1,3})$")
# A row and the kept row it is set beside are this many times as long as each other at
# most (in characters): the rows of one list or table are of a size.
_ROW_LENGTH_RATIO = 2.0


def rows_like_kept(rows: list[str], kept: str) -> bool:
    """Whether the lines above the last of a run read as one hard-wrapped paragraph are
    rows of the same shape as `kept`, a line of its own that stays in the article right
    above or below the run: each opens as `kept` does (a capital or a digit, or a small
    letter only where `kept` opens with one), ends no sentence, as `kept` ends none, and
    ends with `kept`'s mark (a comma or a semicolon) or, as `kept` does, on a word that is
    no wrap's small word (`_ENDS_IN_WRAP`), and is within `_ROW_LENGTH_RATIO` of its
    length. One row over a prompt or a caption printed under it ("12 de mayo: Día
    Internacional …" over "Descarga la app y recibe alertas") reads as a wrap's two lines
    on its own (`_rows_over_last` asks two rows), and the rows of a list may open with a
    small letter or end on a semicolon; beside the list's own rows that stay, the row is
    one of them: the article's own structure (issue 14; bench/notes.md, round 44)."""
    other = kept.strip()
    if not other or ends_a_sentence(other, WRAP_CLOSING_MARKS):
        return False
    mark = other[-1] if other[-1] in ",;" else ""
    if not mark and _ENDS_IN_WRAP.search(other) is not None:
        return False
    for row in rows:
        text = row.strip()
        if not text or not _opens_alike(text, other):
            return False
        if ends_a_sentence(text, WRAP_CLOSING_MARKS) or _ENDS_IN_WRAP.search(text) is not None:
            return False
        if (text[-1] if text[-1] in ",;" else "") != mark:
            return False
        longer, shorter = max(len(text), len(other)), min(len(text), len(other))
        if longer > _ROW_LENGTH_RATIO * shorter:
            return False
    return True


def _opens_alike(text: str, other: str) -> bool:
    """Both open with a capital or a digit, or both with a small letter."""
    first, second = text[:1], other[:1]
    if first.isupper() or first.isdigit():
        return second.isupper() or second.isdigit()
    return first.islower() and second.islower()
