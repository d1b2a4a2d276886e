"""Page furniture around the article on whole-page dumps: a note on the author, the
breadcrumb path to the page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, repeat
from operator import attrgetter, is_

from ..article import Reason
from ..document import (
    BODY,
    BYLINE,
    TITLE,
    Segment,
    content_words,
    kept_neighbour,
    phrase_form,
)
from ..names import bare_names, byline_names, opens_with_given_name
from .base import structures
from .phrasebook import PhraseBook

_NOTE_WORDS = 10
"""An author note is a sentence of at least this many words ("Jane Doe is a professor of law at …")."""
_NOTE_NAME_WORDS = 2
"""... opening with a byline's name of at least this many words: a given name alone
("Jane is …") opens sentences of the article too."""


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def author_note(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On page dumps, a note on the author: a line that opens with the byline's name and
    goes on with a verb ("Heiko Sauer is a Professor …", "Inga Buller ist Head of …").

    The page prints it under the article or beside the byline; an article does not open
    a paragraph with its own author's name, and the name found on the page is the
    evidence, not any wording. The note need not end like a sentence (a list of the
    author's beats, a closing link). The article's first paragraph is one only right
    under the byline's line (lines removed between, such as a date, passed over), as the
    author box prints it (tune part: whole-page dumps 2
    fewer `without` segments kept, labelled page dumps 2 lines not of the body removed,
    no body line lost; the name read with its full stop, `_after_name`, 1 more of each,
    round 45)."""
    names = [
        name.casefold()
        for segment in segments
        if segment.label is BYLINE
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
                if following[:1].islower():
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
    return None


_BOX_NAME_REACH = 3
"""An author box's name stands at most this many lines above its note (a "Follow" button
or the author's picture between: tune, whole-page dumps, one and two lines)."""
_BOX_NAME_WORDS = 5
"""A line of more words than this is no name alone (the test before `bare_names`)."""


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def author_box(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """An author box whose name is not the byline found: a person's name alone on its
    line (two to four words, a known given name first), and within `_BOX_NAME_REACH`
    lines under it a note of at least `_NOTE_WORDS` words that opens with the same name
    and a lower-case word ("Markus Reuter" / "Markus Reuter beschäftigt sich mit …",
    "Alice Wu" / "+ Follow" / "Alice Wu fell down …"); the note and the name go when no
    other line of the body writes the name's last word.

    The name printed twice, the second time as a sentence's subject, is the box's form;
    the last word's absence from the rest of the body tells the author's box from a
    paragraph of the article about a person under their name as a subheading (a
    profile, a fight's preview: the article writes that person's name again). Not the
    article's first paragraph (as `author_note`). On text dumps of either kind: a short
    page is read as an article dump, its box under the article all the same (tune part,
    every `bench.loss_audit` source and the whole-page dumps: 2 `without` segments and 3
    lines not of the body out, the box's name labelled a byline among them, no body line
    lost; on page dumps alone 0: `byline_line` and `author_note` take most boxes first)."""
    body = [index for index, segment in enumerate(segments) if segment.label is BODY]
    for place, index in enumerate(body):
        note = segments[index]
        if place == 0 or note.word_count < _NOTE_WORDS:
            continue
        first = note.text.split(maxsplit=1)[0]
        for above in range(index - 1, max(-1, index - 1 - _BOX_NAME_REACH), -1):
            line = segments[above]
            # (string tests first: most lines are no name over a note that opens with it)
            if not line.text.startswith(first) or line.word_count > _BOX_NAME_WORDS:
                continue
            name = _box_name(line.text)
            if name is None:
                continue
            following = _after_name(note.text, name.casefold())
            if following is None or not following[:1].islower():
                continue
            if not _written_elsewhere(segments, body, name):
                if line.label is BODY:
                    yield line
                yield note
            break


def _box_name(text: str) -> str | None:
    """The one person's name a line holds alone, or None."""
    names = bare_names(text)
    if names is None or len(names) != 1:
        return None
    name = names[0]
    if not 2 <= len(name.split()) <= 4 or not opens_with_given_name(name):
        return None
    return name


def _written_elsewhere(segments: list[Segment], body: list[int], name: str) -> bool:
    """Whether a line of the body that does not open with `name` writes its last word."""
    family = phrase_form(name).split()[-1]
    folded = name.casefold()
    return any(
        family in segments[index].phrase_words
        and _after_name(segments[index].text, folded) is None
        and segments[index].text.casefold() != folded
        for index in body
    )


def _under_byline(segments: list[Segment], index: int) -> bool:
    """Whether the nearest line above `index` that is not removed is a byline."""
    above = kept_neighbour(segments, index, above=True)
    return above is not None and above.label is BYLINE


# "Home » Klettern » Mammut nimmt Adam Ondra unter Vertrag", "Startseite>Beauty>Lange
# Haare: …": the path to the page, ending in its headline. A guillemet opening a quote
# ("»Das wird …«") has no space after it; a slash in a headline ("2023/24") none around it.
_CRUMB_SEPARATOR = re.compile(r"\s*>>?\s*|\s*[»›→]\s+|\s+/\s+")
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
    # The open lines (the label as `is_open` reads it), then those holding a sign, each
    # picked in one C-level pass (`compress`): no turn of a Python loop per line.
    open_lines = list(compress(segments, map(is_, map(_LABEL, segments), repeat(BODY))))
    for segment in compress(open_lines, map(_CRUMB_SIGN.search, map(_TEXT, open_lines))):
        if _is_breadcrumb(segment.text, title_words):
            yield segment


_LABEL = attrgetter("label")
_TEXT = attrgetter("text")


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
