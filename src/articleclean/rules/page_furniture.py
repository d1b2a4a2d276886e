"""Page furniture around the article on whole-page dumps: a note on the author, the
breadcrumb path to the page, the links to the stories before and after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

from ..article import Reason
from ..document import BODY, BYLINE, TITLE, Segment, content_words, kept_neighbour
from ..names import byline_names
from ..patterns import by_first_letter, class_first
from ..phrases import word_list
from .base import structures
from .phrasebook import PhraseBook

_NOTE_WORDS = 10
"""An author note is a sentence of at least this many words ("Jane Doe is a professor of law at …")."""
_NOTE_NAME_WORDS = 2
"""... opening with a byline's name of at least this many words: a given name alone
("Jane is …") opens sentences of the article too."""


@structures(Reason.BOILERPLATE, text_dumps_only=True, candidates=(BYLINE,))
def author_note(
    segments: list[Segment], context: PhraseBook, bylines: list[int]
) -> Iterator[Segment]:
    """On page dumps, a note on the author: a line that opens with the byline's name and
    goes on with a verb ("Heiko Sauer is a Professor …", "Inga Buller ist Head of …").

    The page prints it under the article or beside the byline; an article does not open
    a paragraph with its own author's name, and the name found on the page is the
    evidence, not any wording. The verb may come after an apposition set off by a comma
    or a bracket ("Georg Kasch, Jahrgang 1979, ist Redakteur …", "Jossi Loibl (Jahrgang
    1962) schreibt …", "Dominika Rafalska, doktor nauk …"), in a first sentence that
    quotes no one: a press release's contact is its byline and may be quoted as "Jane
    Doe, CEO, says: „…“" (tune part, round 55: whole-page dumps 3 bios out on 3 sites, no
    annotated segment moved; labelled page dumps 2 lines not of the body and 1 bio the
    labels call body). The note need not end like a sentence (a list of the author's
    beats, a closing link). The article's first paragraph is one only right
    under the byline's line (lines removed between, such as a date, passed over), as the
    author box prints it (tune part: whole-page dumps 2
    fewer `without` segments kept, labelled page dumps 2 lines not of the body removed,
    no body line lost; the name read with its full stop, `_after_name`, 1 more of each,
    round 45)."""
    names = [
        name.casefold()
        for segment in map(segments.__getitem__, bylines)
        for name in byline_names(segment.text)
        if len(name.split()) >= _NOTE_NAME_WORDS
    ]
    if not names:
        return
    body = [i for i, s in enumerate(segments) if s.label is BODY and s.word_count >= _NOTE_WORDS]
    for place, index in enumerate(body):
        segment = segments[index]
        if place == 0 and not _under_byline(segments, index):
            continue
        for name in names:
            following = _after_name(segment.text, name)
            if following is not None:
                if following[:1].islower() or _after_apposition(segment.text, following):
                    yield segment
                break


def _after_name(text: str, name: str) -> str | None:
    """The word after `name` (casefolded, as the byline gives it) when `text` opens with
    it: the name's words, the last one alone or with a full stop (a name that ends in an
    abbreviation, "Perry Bacon Jr. is a senior writer …": the byline's names are read
    without it, "By Perry Bacon Jr." gives "Perry Bacon Jr"). Word by word, so a letter
    whose casefold is longer ("ß") does not shift the place."""
    size = name.count(" ") + 1
    words = text.split(maxsplit=size)
    if len(words) <= size:
        return None
    opening = " ".join(words[:size]).casefold()
    if opening == name or (opening.endswith(".") and opening[:-1] == name):
        return words[size]
    if opening.endswith(",") and opening[:-1] == name:
        return "," + words[size]  # ("Georg Kasch, Jahrgang 1979, ist …": the comma kept)
    return None


_APPOSITION_OPENERS = frozenset(",(")
"""What sets off an apposition after the name: a comma or an opening bracket."""
_QUOTE_IN_FIRST_SENTENCE = re.compile('^[^"“”„«»]*?(?:[.!?](?:\\s|$)|$)')
"""The line's first sentence when it holds no quotation mark: a sentence that quotes is
no note on its writer (a later one may name the column: 'In seiner Kolumne "Queer
Royal" …')."""


def _after_apposition(text: str, following: str) -> bool:
    """Whether the name is followed by an apposition (`following`, the text after it,
    opens with a comma or a bracket) in a first sentence that quotes no one."""
    return following[:1] in _APPOSITION_OPENERS and _QUOTE_IN_FIRST_SENTENCE.match(text) is not None


def _under_byline(segments: list[Segment], index: int) -> bool:
    """Whether the nearest line above `index` that is not removed is a byline."""
    above = kept_neighbour(segments, index, above=True)
    return above is not None and above.label is BYLINE


_AUTHOR_LABELS = frozenset(word_list("author_label"))
"""The heading of a box on the author ("About the author", "Über den Autor", "Autor",
"O autorze"): the phrase files' `author_label` words, matched as the whole line."""
_AUTHOR_LABEL_WORDS = 4
"""The most words such a heading has."""
_BOX_NAME_WORDS = 4
"""The most words of the author's name line between the heading and the note."""
_ARTICLE_ABOVE = 3
"""Prose lines (of `_NOTE_WORDS` words or more) the body holds above the heading: the box
stands under the article; at the top, "Autor:" heads the byline over the article's first
paragraph."""


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def author_box(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On page dumps, the box on the author under the article: its heading ("About the
    author", "Über den Autor", "Autor"), the author's name under it, and the note on the
    author (one paragraph: "Martin has worked as …", "Historyczka nowoczesnej kultury …",
    "ist Gründungspartner der Kanzlei …"), whoever the byline names and however the note
    opens. The heading is the evidence: the box prints it over the name and the note, and
    an article's prose does not stand under it. Taken only when the note is a single
    paragraph (the line under it is no paragraph kept: the article going on) and three
    paragraphs of prose stand above the heading (tune part, round 58: whole-page dumps 5
    `without` segments out on 4 sites, no `with` segment under such a heading)."""
    prose_above = 0
    for index, segment in enumerate(segments):
        if segment.label is BODY and segment.word_count >= _NOTE_WORDS:
            prose_above += 1
            continue
        if (
            prose_above < _ARTICLE_ABOVE
            or segment.word_count > _AUTHOR_LABEL_WORDS
            or _label_key(segment.text) not in _AUTHOR_LABELS
        ):
            continue
        yield from _box_under(segments, index)


def _label_key(text: str) -> str:
    """A heading's words as the phrase files write them: casefolded, its colon dropped."""
    return " ".join(text.strip().rstrip(":").split()).casefold()


def _box_under(segments: list[Segment], heading: int) -> Iterator[Segment]:
    """The heading at `heading`, the name right under it and the note right under that:
    the lines of the box still in the body, when the box is one (else nothing). The lines
    must be the heading's neighbours: a note found past lines another rule removed may be
    a paragraph of another box, or the page's next text (round 58: a serial's author page
    whose stats and links under the heading were removed, its "Bio: …" a screen below)."""
    box = [heading]
    at = heading + 1
    if at < len(segments) and _name_line(segments[at]):
        box.append(at)
        at += 1
    if at >= len(segments):
        return
    note = segments[at]
    if note.label is not BODY or note.word_count < _NOTE_WORDS:
        return
    after = kept_neighbour(segments, at)
    if after is not None and after.label is BODY and after.word_count >= _NOTE_WORDS:
        return
    box.append(at)
    yield from (segments[i] for i in box if segments[i].label is BODY)


def _name_line(segment: Segment) -> bool:
    """A line that may be the author's name: a few words, no sentence (removed or not: the
    page's run may have left the name out with the heading, "AUTOR" / "Dr. Jane Doe")."""
    return segment.word_count <= _BOX_NAME_WORDS and not segment.ends_like_sentence


# "Home » Klettern » Mammut nimmt Adam Ondra unter Vertrag", "Startseite>Beauty>Lange
# Haare: …": the path to the page, ending in its headline. A guillemet opening a quote
# ("»Das wird …«") has no space after it; a slash in a headline ("2023/24") none around it.
_CRUMB_SEPARATOR_FORM = r"\s*>>?\s*|\s*[»›→]\s+|\s+/\s+"
# (the matches of `_CRUMB_SEPARATOR_FORM`, with the first character as a class of its own:
# `class_first`)
_CRUMB_SEPARATOR = class_first(
    r"[\s>»›→]",
    r"(?<=\s)(?:\s*>>?\s*|\s*[»›→]\s+|\s*/\s+)|(?<=>)>?\s*|(?<=[»›→])\s+",
)
_CRUMB_PARTS = 3
"""A path has at least two steps before the headline (tune part of the labelled page dumps:
18 such lines left in the body, 17 of them chrome, the 18th a path labelled body)."""
_CRUMB_STEP_WORDS = 4
"""Each step has at most this many words (a section's name)."""
_CRUMB_TITLE_SHARE = 0.5
"""The last part shares at least this share of its topic words with the title ..."""
_CRUMB_HEADLINE_WORDS = 2
"""... and has at least this many topic words: a last step of one ("Home » Sport »
Football") names a section, not the headline."""


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def breadcrumb(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On page dumps, the path to the page that ends in its headline ("Home » News » …")."""
    title = next((s for s in segments if s.label is TITLE), None)
    if title is None:
        return
    title_words = title.content_words
    # The open lines (the label as `is_open` reads it), then those holding a sign, picked
    # by `compress` with no Python call per line.
    open_lines = [segment for segment in segments if segment.label is BODY]
    signs = map(_CRUMB_SIGN.search, [segment.text for segment in open_lines])
    for segment in compress(open_lines, signs):
        if _is_breadcrumb(segment.text, title_words):
            yield segment


# Every separator above holds one of these; most lines hold none and skip the split
# (one search for all five, not a generator testing each: it runs on every open line).
_CRUMB_SIGN = re.compile("[>»›→/]")


def _is_breadcrumb(text: str, title_words: frozenset[str]) -> bool:
    """Whether `text`, a line holding a `_CRUMB_SIGN` (`breadcrumb` asks only those), is
    a path to the page ending in a headline of `title_words`."""
    parts = [part for part in _CRUMB_SEPARATOR.split(text) if part.strip()]
    if len(parts) < _CRUMB_PARTS:
        return False
    if any(len(part.split()) > _CRUMB_STEP_WORDS for part in parts[:-1]):
        return False
    last = content_words(parts[-1])
    return len(last) >= _CRUMB_HEADLINE_WORDS and len(
        last & title_words
    ) >= _CRUMB_TITLE_SHARE * len(last)


def _nav_label(words: tuple[str, ...]) -> str:
    """A pattern for a post-navigation label made of one of `words`: the word with a colon
    or an arrow after it, or with a word for a post after it ("Next:", "Previous post",
    "Vorheriger Beitrag", "Article suivant"), not the word opening a sentence ("Next week
    the council …", "Previously, …")."""
    # (grouped by first letter: a case-blind alternation has every word tried at every
    # line's start, which cost this rule 5 % of the text path: `by_first_letter`)
    word = by_first_letter(words)
    noun = by_first_letter(word_list("nav_noun"))
    return (
        rf"(?:(?:{word})(?:\s+(?:{noun}))?\s*[:»›→]"
        rf"|(?:{word})\s+(?:{noun})\b|(?:{noun})\s+(?:{word})\b)"
    )


_PREVIOUS = _nav_label(word_list("nav_previous"))
_NEXT = _nav_label(word_list("nav_next"))
# A line that opens with the link to the story before ("← Older story", "Previous: …")
# or the one after ("Next: …"; "Newer story →" ends with its arrow), and the other link
# later on the same line.
_OPENS_PREVIOUS = re.compile(rf"\s*(?:←|{_PREVIOUS})", re.IGNORECASE)
_OPENS_NEXT = re.compile(rf"\s*{_NEXT}", re.IGNORECASE)
_HOLDS_NEXT = re.compile(rf"\s{_NEXT}", re.IGNORECASE)
_HOLDS_PREVIOUS = re.compile(rf"(?:^|\s)(?:←|{_PREVIOUS})", re.IGNORECASE)
# What every line the two opening patterns match starts with: the left arrow or the
# first two letters of a label or a noun. Most lines fail it at their first letter or
# two, before the labels' alternations are tried (they cost 3 % of the text path).
_NAV_WORDS = (*word_list("nav_previous"), *word_list("nav_next"), *word_list("nav_noun"))
_MAY_OPEN_NAV = re.compile(
    rf"\s*(?:←|{by_first_letter(sorted({word[:2] for word in _NAV_WORDS}))})", re.IGNORECASE
)
# A line of the open lines joined by newlines (the join opening with one) that opens as
# `_OPENS_PREVIOUS` or `_OPENS_NEXT` does: each such line's own match is found at the
# newline before it (no label ends on a look-ahead past the line: `\b` reads a newline
# as it reads the text's end). With no "→" either, no open line has a mark, and the rule
# claims nothing: one search of the document instead of three tests a line (most dumps).
_NAV_LINE = re.compile(rf"\n\s*(?:←|{_PREVIOUS}|{_NEXT})", re.IGNORECASE)


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def post_navigation(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """The links to the site's story before this one and the one after it ("← Der 1.
    Stammtisch steht fest!" over "Steuerdarling – Die PARTEI als Ehestifter →",
    "Next: …" over "Previous: …", "Vorheriger Beitrag …" over "Nächster Beitrag …").

    Only as a pair, on two lines next to each other or on one: a line alone that opens
    with "Next:" may close the article itself ("Next: Seeking Solitude.", a review's
    last line; round 44 measured single lines and dropped them). Tune part: whole-page
    dumps 2 `without` segments out and 4 unannotated junk lines, no `with`; labelled page
    dumps 8 lines not of the body, no body line; none in the article dumps (round 53)."""
    opened = "\n" + "\n".join([segment.text for segment in segments if segment.label is BODY])
    if "→" not in opened and _NAV_LINE.search(opened) is None:
        return  # (no open line holds a link: it claims only open lines that hold one)
    marks = [_nav_marks(segment.text) for segment in segments]
    for index, segment in enumerate(segments):
        if segment.label is not BODY or not marks[index]:
            continue
        mark = marks[index]
        if mark == _BOTH or any(
            0 <= other < len(segments) and marks[other] | mark == _BOTH
            for other in (index - 1, index + 1)
        ):
            yield segment


_PREV_MARK = 1
_NEXT_MARK = 2
_BOTH = _PREV_MARK | _NEXT_MARK


def _nav_marks(text: str) -> int:
    """Which post-navigation links `text` holds: the previous story's at its start (1), the
    next one's at its start or as its closing arrow (2), both (3), or none (0)."""
    ends_next = text.rstrip().endswith("→")
    if not ends_next and _MAY_OPEN_NAV.match(text) is None:
        return 0
    if _OPENS_PREVIOUS.match(text):
        return _BOTH if ends_next or _HOLDS_NEXT.search(text) else _PREV_MARK
    if ends_next or _OPENS_NEXT.match(text):
        return _BOTH if _HOLDS_PREVIOUS.search(text) else _NEXT_MARK
    return 0
