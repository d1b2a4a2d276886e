"""Notices and navigation: cookie, privacy, copyright, footers, menus, site lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..article import Reason
from ..document import BODY, BYLINE, HEADING, REMOVED, TITLE, Label, Segment, phrase_form
from ..lexicon import BULLET_MARKS, LIST_OR_TABLE_ROW, NEWS_AGENCIES
from ..patterns import class_first, search_from
from ..phrases import word_list
from .base import Claimed, removes, structures
from .phrasebook import PhraseBook

if TYPE_CHECKING:
    from ..config import CleanerConfig

# Thresholds, set by hand. A notice (cookies, copyright, affiliate links) is a few
# sentences at most; a longer paragraph that mentions cookies is about them. The word
# limit is `CleanerConfig.notice_max_words` (60; on the tune part of webeval,
# bench/split.py, 40 loses F1 on text dumps and 90 changes nothing); this caps lines of
# long words.
_MAX_NOTICE_CHARS = 600
# A link label such as "privacy policy" alone marks a notice only in a line this short,
# and not in a sentence of the article that names it (`_names_label_in_prose`).
_MAX_LABEL_LINE_WORDS = 15
# "© 2024 Example Media, all rights reserved": a copyright line, not a sentence about one.
_MAX_COPYRIGHT_WORDS = 30
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b|\u00a9)|(?:©|copyright)\s*(?:\d{4}|by\b)", re.IGNORECASE
)
# Whether `_COPYRIGHT` is in a line, searched from the characters its matches open with
# ("©", "(", "c" in either case): it opens with an alternation of an anchor and a sign,
# which the engine tries whole at every position (round 53: ~26,000 instructions a search
# replayed; the same lines found, tests/test_class_first_patterns.py).
_HAS_COPYRIGHT = search_from("©(c", _COPYRIGHT.pattern, ignore_case=True)
# What a copyright notice needs, spelt out without IGNORECASE (whose "i" also
# matches "İ" and "ı"): plain strings, which block_pass.py's screen finds in one
# search of all of them, where the notice's own pattern is searched at every position.
_COPYRIGHT_SIGN = re.compile(r"©|\([cC]\)|[cC][oO][pP][yY][rR][iIİı][gG][hH][tT]")
# A line with no letter or digit at all ("___", "* * *", "•••") separates, it says nothing.
_WORDLESS = re.compile(r"^[\W_]+$")
# A menu item is a few words with no sentence punctuation ("Home", "World news").
_MENU_ITEM_WORDS = 4
# How many menu items in a row make a menu: `CleanerConfig.menu_min_run` (3).
_OUT_OF_BODY = (Label.BYLINE, Label.CAPTION)
_LIST_INTRO_WORDS = 3
"""A line of at least this many words ending in a colon announces a list ("Zutaten:" alone
may be a form's label)."""
# A sentence of this many words is article prose: where the article starts and ends, for
# `menu_run`. Apart from `PROSE_LINE_WORDS` (round 64, tune part): at 10 it kept 39 more
# menu lines on 4 sites (a wiki's sidebar, a club's list of events) and took none of the
# article's; at 15, 14 more labelled lines (a recipe's nutrition rows among them) and 17
# unannotated ones (a radio show's list of links).
_PROSE_WORDS = 12


def _longest_notice(config: CleanerConfig) -> int:
    """The most words of a line `boilerplate_notice` claims but by a whole-line phrase or
    as a line with no letter (`_WORDLESS`, any length): `notice_max_words`."""
    return config.notice_max_words


@removes(
    Reason.BOILERPLATE,
    triggers=(_WORDLESS, _COPYRIGHT_SIGN),
    longest_words_for=_longest_notice,
    longest_chars=_MAX_NOTICE_CHARS,
    any_length=(_WORDLESS,),
)
def boilerplate_notice(segment: Segment, context: PhraseBook) -> bool:
    matcher = context.phrases["boilerplate_notice"]
    if matcher.is_line(segment):
        return True
    if _WORDLESS.match(segment.text) and not _is_table_row(segment):
        return True
    if (
        segment.word_count > context.config.notice_max_words
        or len(segment.text) > _MAX_NOTICE_CHARS
    ):
        return False
    if _HAS_COPYRIGHT(segment.text) and segment.word_count <= _MAX_COPYRIGHT_WORDS:
        return True
    found = matcher.phrases_in(segment.phrase_form, segment.phrase_words)
    # "We use cookies" is a notice wherever it stands; a link label such as
    # "privacy policy" only in a short line or among other notice phrases, and not in
    # a sentence of the article about one ("Meta changed its terms of service").
    if any(phrase not in matcher.lines for phrase in found):
        return True
    if len(found) >= 2:
        return True
    return (
        bool(found)
        and segment.word_count <= _MAX_LABEL_LINE_WORDS
        and not _names_label_in_prose(segment, found)
    )


_LABEL_SENTENCE_WORDS = 6
"""A sentence of the article that names a label has a subject, a verb and the label ("Meta
changed its privacy policy on Tuesday."); a shorter line ending in a full stop is a link's
prompt ("Read the privacy policy.")."""
_NOTICE_VOICE = frozenset(word_list("notice_voice"))
"""The words a notice speaks to the reader or for the site in ("your", "our", "unsere",
"vous", "nuestra"): the phrase files' `notice_voice`, a few pronouns per language."""
_FORMAL_ADDRESS = re.compile(
    r"(?<=[\w,]\s)(?:" + "|".join(word_list("notice_voice_capitalised")) + r")(?!\w)"
)
"""German speaks to the reader in capitals: "akzeptieren Sie die Datenschutzerklärung",
"bestätigst Du". Written so only after a word inside a sentence: a sentence's first word
"Sie", "Ihre" is "she", "her" or "their"; and lower-case "du" is French ("of the")."""
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
"""Words in quotation marks are someone else's: "“We updated our privacy policy,” the
company said" speaks of the site, not for it."""
_LABEL_PIECE = re.compile(r"[.!?:;,|·•–—]+(?:\s+|$)|\s-\s")
"""What ends a sentence, a clause or a footer's item inside a line ("The Japan Times LTD.
All rights reserved.", "2024 Example Media, All Rights Reserved.", "® 2021 Example.com -
All rights reserved.", "see here: Cookie Policy"): a label standing alone between them is
the notice, where an article's sentence names the label inside a clause."""


def _names_label_in_prose(segment: Segment, found: Iterable[str]) -> bool:
    """Whether a line holding a notice's link label (`found`, from the
    `boilerplate_notice` phrases) is a sentence of the article that names it: a sentence of
    `_LABEL_SENTENCE_WORDS` or more words, the label inside it rather than a sentence or
    item of its own, and no word that speaks to the reader or for the site outside
    quotation marks. Notices are written in the site's voice ("Mit dem Laden des Videos
    akzeptieren Sie die Datenschutzerklärung von YouTube.", "Read our Privacy Policy.");
    news about technology, law and media names a third party's ("The company quietly
    updated its privacy policy on Tuesday.")."""
    if segment.word_count < _LABEL_SENTENCE_WORDS or not segment.ends_like_sentence:
        return False
    text = segment.text
    pieces = {phrase_form(piece) for piece in _LABEL_PIECE.split(text)}
    if not pieces.isdisjoint(found):
        return False
    if _QUOTED.search(text) is not None:
        text = _QUOTED.sub(" ", text)
        words: Iterable[str] = phrase_form(text).split()
    else:
        words = segment.phrase_words
    return _NOTICE_VOICE.isdisjoint(words) and _FORMAL_ADDRESS.search(text) is None


# A row of the site's footer links printed on one line: "Impressum | Datenschutz | AGB",
# "Kontakt & Impressum", "Plan du site | Se connecter | Contact | RSS 2.0". A text dump
# joins a footer's links with the separators the page set between them; each item is then
# a link label, and the labels `boilerplate_notice` takes as whole lines ("impressum",
# "privacy policy", "plan du site") name the row a footer's wherever it stands.
_LINK_MARK = re.compile(r"[|·•–—/&»›]|::| - ")
"""What stands between two links of a footer row (round 44): plain strings, which pass 1's
screen finds in its one automaton (a pattern opening with white space is searched at every
position of every line: +4.8 % instructions on the text path)."""
_LINK_SEPARATOR_FORM = r"\s*(?:[|·•–—/&»›]|::| - )\s*"
_LINK_SEPARATOR = class_first(
    r"[\s|·•–—/&»›:]",
    r"(?<=\s)(?:\s*(?:[|·•–—/&»›]|::| - )\s*|(?<= )- \s*)|(?<=[|·•–—/&»›])\s*|(?<=:):\s*",
)
"""The same mark with the spaces around it, to split the row into its items: the matches
of `_LINK_SEPARATOR_FORM`, with the first character as a class of its own (`class_first`;
a match opening with the space of " - " is its own branch)."""
_MAX_FOOTER_ROW_WORDS = 25
"""A footer row is a line of link labels; a longer line is text (the longest on the tune
part of webeval held 16 words)."""
_FOOTER_ROW_NOTICES = 2
"""Two items that are notice labels make a footer row whatever the other items are
("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JANE DOE | A SITE BY EXAMPLE")."""
_FOOTER_ROW_ITEMS = 4
"""Or one notice label among this many items or more, each a menu item of at most
`_MENU_ITEM_WORDS` words ("Über uns | Autoren | Presse | Kontakt"). Three are a page's
title as often: "Impressum - Example Media | Musterstadt" names the page, its site and
town, and is the dump's title line (one tune page lost its title so with three)."""


@removes(
    Reason.BOILERPLATE,
    text_dumps_only=True,
    triggers=(_LINK_MARK,),
    longest_words=_MAX_FOOTER_ROW_WORDS,
)
def footer_links(segment: Segment, context: PhraseBook) -> bool:
    """A row of the site's footer links joined by separators: two of its items are notice
    labels ("Impressum & Datenschutz", "Kontakt | Datenschutz | Impressum"), or one is among
    four or more short items ("Plan du site | Se connecter | Contact | RSS 2.0")."""
    if segment.word_count > _MAX_FOOTER_ROW_WORDS:
        return False
    labels = context.phrases["boilerplate_notice"].lines
    # (Most lines with a mark hold no word of any label: a date's dash, a path's slash.)
    if _label_words(labels).isdisjoint(segment.phrase_words):
        return False
    items = [form for form in map(phrase_form, _LINK_SEPARATOR.split(segment.text)) if form]
    if len(items) < 2:
        return False
    notices = sum(item in labels for item in items)
    if notices >= _FOOTER_ROW_NOTICES:
        return True
    return (
        notices >= 1
        and len(items) >= _FOOTER_ROW_ITEMS
        and all(item.count(" ") < _MENU_ITEM_WORDS for item in items)
    )


@lru_cache(maxsize=4)
def _label_words(labels: frozenset[str]) -> frozenset[str]:
    """Every word of the whole-line notice labels (one set per phrase book)."""
    return frozenset(word for label in labels for word in label.split())


def _is_table_row(segment: Segment) -> bool:
    # "|---|---|" holds no words but is part of a table's text.
    return segment.hints.tag == "table" or segment.text.startswith("|")


@removes(Reason.SITE_BOILERPLATE, requires_config=lambda config: config.boilerplate_lines)
def site_boilerplate(segment: Segment, context: PhraseBook) -> bool:
    lines = context.config.boilerplate_lines
    return bool(lines) and segment.key in lines


# "AP-US--Trump-Impeachment, 4th Ld-Writethru", "BC-EU--Britain-Brexit/1234": the
# wire's routing slug, printed above the story by systems that pass it through.
_WIRE_SLUG = re.compile(
    r"^(?:BC-)?[A-Z]{2,4}(?:-[A-Z]{2,4})?--?[A-Z][\w'’.]*(?:-[\w'’.]+)*"
    r"(?:,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld|Lead|Add|Writethru|Sub)[\w -]*)?(?:/\d+)?$"
)
_MAX_SLUG_CHARS = 120
"""A slug is one token and its version ("…, 4th Ld-Writethru"); a longer line is text."""
_SLUG_DASHES = re.compile("--")
"""What wire_slug needs in a line (its desk and keywords are joined by it)."""


@removes(Reason.BOILERPLATE, triggers=(_SLUG_DASHES,), longest_chars=_MAX_SLUG_CHARS)
def wire_slug(segment: Segment, context: PhraseBook) -> bool:
    """A news agency's routing slug line ("AP-US--Trump-Impeachment, 4th Ld-Writethru")."""
    text = segment.text
    if len(text) > _MAX_SLUG_CHARS or " " in text.split(",")[0]:
        return False  # a slug is one token, perhaps with its version after a comma
    # The desk and the keywords are joined by a double dash; a hyphenated word is not a slug.
    return "--" in text and _WIRE_SLUG.match(text) is not None


# "UPDATE: Adds economist comment in sixth paragraph.", "(Updates with closing prices)",
# "(Adds quotes from minister, paragraphs 4-6)": the wire's note on what a new version of
# the story changed, printed above it by systems that pass the wire's copy through. The
# edit verb opens the note after the "UPDATE" label or inside brackets holding the whole
# line; a line opening "Adds …" without either may be a list's row ("Adds a bright finish").
_EDIT_NOTE = re.compile(
    r"^(?:UPDATE\s?\d?\s?[:-]\s?\(?|\()"
    r"(?:Adds|Updates|Recasts|Rewrites|Corrects|Changes|Inserts|Removes|Refiles|Repeats|Fixes)"
    r"\b[^()]{2,140}(?<=[^\W_]|[.)])\)?$"
)
_MAX_EDIT_NOTE_CHARS = 180
"""An edit note is one short line; a longer one is text."""
_EDIT_NOTE_SCREEN = re.compile(r"^(?:UPDATE|\()")


@removes(Reason.BOILERPLATE, triggers=(_EDIT_NOTE_SCREEN,), longest_chars=_MAX_EDIT_NOTE_CHARS)
def wire_edit_note(segment: Segment, context: PhraseBook) -> bool:
    """A wire's edit note on its own line ("UPDATE: Adds comment in sixth paragraph.",
    "(Updates with closing prices)"); a bracketed line must be closed by its bracket."""
    text = segment.text
    if len(text) > _MAX_EDIT_NOTE_CHARS or _EDIT_NOTE.match(text) is None:
        return False
    return text.startswith("UPDATE") or text.endswith(")")


# "(END)", "-- ENDS --", "###", "-30-", "（完）": the mark a wire or a press release prints
# under the story's last line (Yonhap's "(END)", Xinhua's "（完）", a release's "###").
_END_MARK = re.compile(
    r"^(?:[(\[（【]\s*(?:END|ENDS|End|Ends|完)\s*[)\]）】]|-{1,2}\s?(?:END|ENDS|30)\s?-{1,2}"
    r"|—\s?30\s?—|#{3}|END|ENDS"
    # "/ritzau/", "/ritzau/AFP/", "/ТАСС/": the Nordic and Russian wires sign off with
    # their name between slashes (a listed agency, so no path such as "/home/")
    rf"|/(?i:{NEWS_AGENCIES})(?:/[A-Za-z]{{2,8}})?/)$"
)
_MAX_END_MARK_CHARS = 16
"""An end mark is the whole line: "(END)", "-- ENDS --", "/ritzau/AFP/"."""


@removes(Reason.BOILERPLATE, triggers=(_END_MARK,), longest_chars=_MAX_END_MARK_CHARS)
def wire_end_mark(segment: Segment, context: PhraseBook) -> bool:
    """A wire's or a press release's end mark, alone on its line ("(END)", "###", "-30-")."""
    text = segment.text
    return len(text) <= _MAX_END_MARK_CHARS and _END_MARK.match(text) is not None


# (These three read the label as `is_open` does, without a property call: `menu_run`
# asks them of every line of a page dump.)
def _is_menu_item(segment: Segment) -> bool:
    return (
        segment.label is BODY
        and segment.word_count <= _MENU_ITEM_WORDS
        and not segment.ends_like_sentence
    )


def announces_list(segment: Segment) -> bool:
    """ "Some of my favourites that are not on the list:": a line of a few words ending
    in a colon, which introduces what follows (its list)."""
    return (
        segment.label is BODY
        and segment.word_count >= _LIST_INTRO_WORDS
        and segment.text.rstrip().endswith((":", "："))
    )


_NOTE_MARKER = re.compile(r"\[(\d{1,3})\]")
"""A note's marker in the prose: "… the four freedoms [1]."."""
_NOTE = re.compile(r"\[(\d{1,3})\]\s")
"""A note that opens with its marker: "[1] https://…", "[2] See the report …"."""


class CitedNotes:
    """The article's notes: lines that open with a marker ("[3] …") that its prose cites
    ("… the four freedoms [3]."). Its sources listed under the last paragraph, "[3]
    https://…", share no words with the prose, read as no sentence and look like links,
    yet the markers say they are the article's. The citing lines (`indices` of
    `segments`) are read for markers only when a line that opens with "[" is first asked
    about (most dumps have none)."""

    __slots__ = ("_cited", "_indices", "_segments")

    def __init__(self, segments: list[Segment], indices: Iterable[int]) -> None:
        self._segments = segments
        self._indices = indices
        self._cited: frozenset[str] | None = None

    def holds(self, segment: Segment) -> bool:
        """Whether the line is one of the notes the citing lines cite."""
        if not segment.text.startswith("["):
            return False
        note = _NOTE.match(segment.text)
        if note is None:
            return False
        if self._cited is None:
            cited: set[str] = set()
            for index in self._indices:
                line = self._segments[index]
                if line.label is BODY and "[" in line.text:
                    cited.update(_NOTE_MARKER.findall(line.text))
            self._cited = frozenset(cited)
        return note.group(1) in self._cited


def _is_prose(segment: Segment) -> bool:
    return (
        segment.label is BODY and segment.word_count >= _PROSE_WORDS and segment.ends_like_sentence
    )


LIST_ROW_WORDS = 20
"""A list or table row has at most this many words."""
LIST_BLOCK_ROWS = 3
"""This many numbered, bulleted or quantity rows in a row ("300 g Mehl", "1 Pck. Zucker",
"1. Kyle Busch 2,345", "- item") are a list, not a menu: a menu's items are none of these.
Its rows stay in `menu_run` (recipes' ingredients above the first sentence of a page dump)
and cost `outside_article`'s run nothing, so that the prose on both sides of an article's
own list stays one run (tune part of the labelled page dumps: paragraphs lost 21.1% ->
20.2%, body F1 0.577 -> 0.580; whole-page dumps F1 0.871 -> 0.872; 2 and 5 rows gave the
same or less)."""


def is_list_row(segment: Segment) -> bool:
    """An open line that is a numbered, bulleted or quantity row of a list or table."""
    return (
        segment.label is BODY  # (is_open: asked of every line by list_block_rows)
        and segment.word_count <= LIST_ROW_WORDS
        and list_or_table_row(segment)
    )


def list_or_table_row(segment: Segment) -> bool:
    """`LIST_OR_TABLE_ROW` matches the line (only where `may_be_list_row`)."""
    return may_be_list_row(segment) and LIST_OR_TABLE_ROW.match(segment.text) is not None


def may_be_list_row(segment: Segment) -> bool:
    """Whether `LIST_OR_TABLE_ROW` may match the line: each of its forms opens with a digit
    or a bullet, so a line with neither (most lines, asked by several walks over every
    line) is settled without the match, and without the tests that `is_list_row` asks
    before it (`list_block_rows`)."""
    return segment.may_hold_digit or segment.text[:1] in BULLET_MARKS


def list_block_rows(
    segments: list[Segment], is_row: Callable[[Segment], bool] = is_list_row
) -> set[int]:
    """Indexes of the rows of each block of `LIST_BLOCK_ROWS` or more rows (`is_row`; lines
    already taken out between them do not break the block). A row of `is_row` is a line
    `list_or_table_row` takes (both callers' tests ask it)."""
    found: set[int] = set()
    block: list[int] = []
    for index, segment in enumerate(segments):
        if segment.label is not BODY:  # (not is_open, without a property call per line)
            continue
        # (most lines can be no row: settled here by `list_or_table_row`'s own first test,
        # without a call of `is_row` and the two it makes; round 34: callgrind -0.12 %)
        if may_be_list_row(segment) and is_row(segment):
            block.append(index)
            continue
        if len(block) >= LIST_BLOCK_ROWS:
            found.update(block)
        block = []
    if len(block) >= LIST_BLOCK_ROWS:
        found.update(block)
    return found


# "9. Juli 2019 Handballcamp in Lenningen": a dated teaser, not a row of the article's list.
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


_TABLE_MIN_ROWS = 6
"""Short lines in a row that `article_table_rows` asks for: a menu of three to five
items is a site's; a standings table, a meal plan or a product list has more rows."""
_TABLE_ROW_WORDS = 8
"""A table's row or a list's item is this many words or fewer (a cell, a name, a dish)."""
PROSE_LINE_WORDS = 10
"""A line of at least this many words ending like a sentence is prose (`prose_line`):
what an article's table stands under, and what `dump_kind` counts as prose; an open one
is a paragraph (`teaser_lines.is_paragraph`: the article around a teaser box). Round 64
made one value of this and `teaser_lines.PARAGRAPH_WORDS` (10, the same count under
another name); `post_meta`'s 15 stays apart (its note says why). Tune part, 12 for every user of this value: 9 dumps
change and 20 of the article's lines go (a page's run moves). Kept sentence-ending lines
of the tune labelled page dumps, teaser/ad/chrome : body, by words: 8-9 134 : 229, 10-11
98 : 205, 12-14 127 : 288, 15-19 213 : 560, 20-29 408 : 1,126; the junk's share falls
slowly (37 % to 27 %), so no count splits them and each rule's count stays where it
costs the article nothing."""
_TABLE_STRIDES = (2, 3, 4)
"""Lines per row of a table printed one cell a line (name and make; product, label and
verdict; a day and its three meals)."""
_TABLE_COLUMN_ROWS = 3
"""Rows a column needs before its few values count as a column."""
_TABLE_COLUMN_VALUES = 0.5
"""A column's "few values": at most this share of its rows hold a value of their own."""
_TABLE_CELL_SHARE = 0.5
"""Share of rows holding a number or a unit ("2,345", "12 pts", "€ 49") without a year."""
TABLE_CELL = re.compile(r"[\d€$£¥%]")
"""A table's cell or a recipe's quantity ("300 g", "36 Monate", "10,79 g*", "€ 5.000")."""


def table_cell(segment: Segment) -> bool:
    """`TABLE_CELL` is found in the line: in an ASCII line (most) a digit, "$" or "%",
    told without a search (`dump_kind` asks it of every short line)."""
    text = segment.text
    if text.isascii():
        return segment.may_hold_digit or "$" in text or "%" in text
    return TABLE_CELL.search(text) is not None


def article_table_rows(
    segments: list[Segment],
    ends: Claimed,
    row_words: int = _TABLE_ROW_WORDS,
    cells: bool = True,
    after: int = -1,
    title_apart: bool = False,
    printed: bool = False,
) -> set[int]:
    """Indexes of the rows of each block of short open lines that is the article's table
    or list by its place and its shape, not a site's menu.

    Place: the block stands right under the dump's first line (the title), a sentence
    of prose or a line announcing it with a colon; lines taken out between do not
    count, but the lines in `ends` (a teaser heading, a site's notice: what stands
    after an article) end a block and are no place for one.
    Shape: its rows share one: a column of few values at a fixed step (makes,
    "Notre avis", "Frühstück: …" opening every fourth line), or numbers and units in
    most rows (points, prices, quantities; a year is an archive's, not a table's).
    A menu's items ("Home", "Sport", "Kontakt") are all different and bare, and a menu
    printed twice repeats them at no fixed step. A row has at most `row_words` words;
    without `cells`, only a column tells a table (a footer's phone numbers and postcodes
    are numbers in most rows too). With `after`, only the rows below that index are
    asked for: the walk starts at the last line at or above it that ends a block, where
    a walk from the top would stand in the same state, so the rows it gives below
    `after` are the same. With `title_apart`, the dump's first line is its title, never a
    row: a short headline ("Cup Series standings") would otherwise open the block of the
    table right under it and leave that block nothing to stand under. With `printed`, a
    line taken out is read as printed (a row when short, else the block's end), not
    passed over: the block's rows and steps are then the dump's, whatever pass 1 took.
    """
    found: set[int] = set()
    block: list[int] = []
    before = -1  # the last open line above the block, -1 when none
    if title_apart and after < 1 and segments:
        before, after = 0, 0
    for index in range(after, before, -1):
        if _block_part(segments[index], ends, row_words, printed) is False:
            before = index
            break
    for index in range(before + 1, len(segments)):
        part = _block_part(segments[index], ends, row_words, printed)
        if part is None:
            continue  # an ad or a credit put between two rows
        if part:
            block.append(index)
            continue
        _take_table(segments, block, before, found, cells)
        block = []
        before = index
    _take_table(segments, block, before, found, cells)
    return found


def _block_part(
    segment: Segment, ends: Claimed, row_words: int, printed: bool = False
) -> bool | None:
    """What a line is to a block of rows: a row (True: a short open line), passed over
    (None: a line taken out between two rows, but not one of `ends`), or its end (False).
    With `printed`, a line taken out (not one of `ends`) is a row or an end by its length,
    as if it were open."""
    if segment.label is REMOVED and segment not in ends:
        return segment.word_count <= row_words if printed else None
    return segment.label is BODY and segment.word_count <= row_words


def _take_table(
    segments: list[Segment], block: list[int], before: int, found: set[int], by_cells: bool = True
) -> None:
    """Add `block`'s rows to `found` when its place and shape are a table's."""
    if len(block) < _TABLE_MIN_ROWS or not _stands_under_article(segments, before):
        return
    rows = [segments[i] for i in block]
    # (A line without words, "•", has no key: it is no cell of a column.)
    keys = [row.key or f"#{index}" for index, row in zip(block, rows, strict=True)]
    firsts = [
        (row.text.split(maxsplit=1) or [key])[0].casefold()
        for row, key in zip(rows, keys, strict=True)
    ]
    if _printed_again(keys):
        return  # a menu printed twice in a row: its items repeat, but as a whole
    if _has_column(keys) or _has_column(firsts):
        found.update(block)
        return
    if not by_cells:
        return
    cells = sum(1 for row in rows if table_cell(row) and not _YEAR.search(row.text))
    if cells >= _TABLE_CELL_SHARE * len(rows):
        found.update(block)


def _printed_again(keys: list[str]) -> bool:
    """Whether the block is one run of `_TABLE_COLUMN_ROWS` or more different lines
    printed again right after itself (a desktop menu over its mobile copy): a run of
    eight items repeats each at a step of eight, which a column at a step of two or
    four reads as few values; a table's rows differ in their other cells."""
    run = len(set(keys))
    if run < _TABLE_COLUMN_ROWS or len(keys) < 2 * run:
        return False
    return all(keys[index] == keys[index - run] for index in range(run, len(keys)))


def _has_column(values: list[str]) -> bool:
    """Whether every `stride`-th value, from some row on, is one of a few: a table's
    column read row by row ("Toyota", "Ford", "Toyota"; "Notre avis" in every third
    line; "Frühstück:" opening every fourth). A menu printed twice repeats its items
    once each, at no fixed step, or at its own length (`_printed_again`, asked first)."""
    for stride in _TABLE_STRIDES:
        for offset in range(stride):
            column = values[offset::stride]
            if (
                len(column) >= _TABLE_COLUMN_ROWS
                and len(set(column)) <= len(column) * _TABLE_COLUMN_VALUES
            ):
                return True
    return False


def _stands_under_article(segments: list[Segment], before: int) -> bool:
    """Whether the line at `before` is one a table of the article stands under: the
    dump's first line, the title or the byline, a sentence of prose, or a line ending
    in a colon (a teaser heading or a notice taken out is none)."""
    if before < 0:
        return False
    line = segments[before]
    if line.label is REMOVED:
        return False
    if before == 0:
        return True
    if line.label is TITLE or line.label is BYLINE:
        return True
    if line.label is not BODY and line.label is not HEADING:
        return False
    return prose_line(line) or line.text.rstrip().endswith((":", "："))


def prose_line(segment: Segment) -> bool:
    """A line of prose: `PROSE_LINE_WORDS` words or more, ending like a sentence."""
    return segment.word_count >= PROSE_LINE_WORDS and segment.ends_like_sentence


def _undated_list_row(segment: Segment) -> bool:
    return is_list_row(segment) and _YEAR.search(segment.text) is None


# A press release closes with its media contact under the last paragraph: a label
# naming the press ("Media contact:", "Pressekontakt", "Contact presse :", "للتواصل
# الإعلامي:"), then a name, a role, a phone number, an address, a few short lines in a row.
# Short and link-like, they read as a menu or a footer; the label, a sentence above it and a
# phone number or an e-mail address under it say they are the release's own.
_PRESS_CONTACT_LABEL = re.compile(
    r"^\W*(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)|"
    r"for\s+(?:media|press)\s+(?:enquiries|inquiries)|"
    r"presse-?\s?kontakte?|medien-?\s?kontakte?|kontakt\s+für\s+(?:die\s+)?(?:presse|medien)|"
    r"contacts?\s+(?:presse|médias?)|contactos?\s+(?:de\s+)?prensa|contatt[oi]\s+stampa|"
    r"contatos?\s+(?:de\s+|para\s+)?imprensa|pers\s?contacte?n?|kontakt\s+(?:dla\s+mediów|prasowy)|"
    r"للتواصل\s+الإعلامي|للاستفسارات\s+الإعلامية|جهة\s+الاتصال\s+الإعلامية)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_PRESS_CONTACT_LABEL_WORDS = 5
_PRESS_CONTACT_LINES = 8
"""At most this many short lines under the label are the contact's (a name, a role, the
company, a street, a town, a phone, an e-mail address, a web address)."""
_PRESS_CONTACT_LINE_WORDS = 8
_REACH = re.compile(
    r"[\w.+-]+(?:@|\(at\))[\w-]+\.[\w.]+|\+?\d[\d\s()./-]{6,}\d|\bwww\.[\w-]+\.\w|https?://"
)
"""An e-mail address ("presse(at)…" too), a phone number or a web address."""


def may_name_press_contact(form: str) -> bool:
    """Whether a line's phrase form holds a stem that every `_PRESS_CONTACT_LABEL` label
    holds ("contact", "kontakt", "contatti", "contatos" all hold "onta"; "enquiries",
    "inquiries" "nquir"; the Arabic labels' verbs): two substring searches screen the
    short lines of every dump, most of them menu lines, before the case-blind
    alternation, which costs tens of times more (round 54's review: the rule cost the
    text path 1.3 % of its instructions without the screen)."""
    return "onta" in form or "nquir" in form or (not form.isascii() and _ARABIC_CONTACT(form))


_ARABIC_CONTACT = re.compile("تواصل|استفسار|اتصال").search


def press_contact_labels(segments: list[Segment]) -> list[int]:
    """The indices of the lines that read as a press contact label (`_PRESS_CONTACT_LABEL`,
    at most `_PRESS_CONTACT_LABEL_WORDS` words). Their texts alone decide, and no rule
    changes a text: `menu_run` and `outside_article` declare it in their `derives`, so a
    document's lines are screened once, not by each (round 55: the walk over every line
    was most of `press_contact_block`'s cost, asked of every text dump)."""
    return [
        index
        for index, segment in enumerate(segments)
        if segment.word_count <= _PRESS_CONTACT_LABEL_WORDS
        and may_name_press_contact(segment.phrase_form)
        and _PRESS_CONTACT_LABEL.match(segment.text) is not None
    ]


def press_contact_block(segments: list[Segment], labels: list[int] | None = None) -> set[int]:
    """The indices of the open lines of each media contact block: a press contact label
    (`press_contact_labels`; `labels`, when the caller has them) right under a line ending
    like a sentence (the release's last paragraph; lines another rule removed between are
    passed over), then up to `_PRESS_CONTACT_LINES` open lines of at most
    `_PRESS_CONTACT_LINE_WORDS` words, up to the first other line, one of which holds an
    e-mail address or a phone number; the block ends at its last line holding an address
    (e-mail, phone, web). A menu's "Pressekontakt" item has other items under it and no
    address."""
    found: set[int] = set()
    if labels is None:
        labels = press_contact_labels(segments)
    for index in labels:
        segment = segments[index]
        above = next((s for s in reversed(segments[:index]) if s.label is not REMOVED), None)
        if above is None or above.label is not BODY or not above.ends_like_sentence:
            continue
        block: list[int] = []
        for below in range(index + 1, min(len(segments), index + 1 + _PRESS_CONTACT_LINES)):
            line = segments[below]
            if line.label is not BODY or line.word_count > _PRESS_CONTACT_LINE_WORDS:
                break  # (a full stop ends no contact line: "Stiftung Jugend forscht e. V.")
            block.append(below)
        reached = [i for i in block if _REACH.search(segments[i].text)]
        if reached:
            # (down to its last address: what follows is the page's again, "Twitter: @…")
            found.update(i for i in block if i <= reached[-1])
            if segment.label is BODY:
                found.add(index)
    return found


# Menus are gone before we see a page's text (trafilatura drops navigation): a
# run of short lines in its output is a list, a recipe or a table.
@structures(Reason.BOILERPLATE, text_dumps_only=True, derives=(press_contact_labels,))
def menu_run(
    segments: list[Segment], context: PhraseBook, contact_labels: list[int]
) -> Iterator[Segment]:
    """Runs of short link-like lines before the first or after the last prose paragraph.

    Inside the article such runs are lists or headings and stay.
    """
    prose = [i for i, s in enumerate(segments) if _is_prose(s)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    minimum = context.config.menu_min_run
    rows = list_block_rows(segments, _undated_list_row)
    # The article's notes after its last paragraph ("[1] https://…") are no menu, nor is a
    # press release's media contact there.
    notes = CitedNotes(segments, prose)
    contact = press_contact_block(segments, contact_labels)
    for start, stop in ((0, first), (last + 1, len(segments))):
        run: list[Segment] = []
        length = 0  # menu items already removed ("Home", "Contact") count towards the run
        announced = start > 0 and announces_list(segments[start - 1])
        for index in range(start, stop):
            segment = segments[index]
            if (
                _is_menu_item(segment)
                and index not in rows
                and index not in contact
                # (`holds` asks the first character too: most lines are settled here)
                and (segment.text[:1] != "[" or not notes.holds(segment))
            ):
                if not announced:
                    run.append(segment)
                length += 1
                continue
            # A run right after "The schools affected:" is the list it announces.
            announced = announces_list(segment)
            if segment.label is REMOVED:
                length += segment.word_count <= _MENU_ITEM_WORDS
                continue  # an ad line inside a menu does not break it
            if segment.label in _OUT_OF_BODY:
                # Nor does a byline or caption line: they leave the body, and the
                # menu items around them would stand together in the cleaned text.
                continue
            if length >= minimum:
                yield from run
            run = []
            length = 0
        if length >= minimum:
            yield from run
