"""A page's stamp line left in the body of a whole-page dump: the post's date with its
facts beside it ("24. März 2004, 19:49 | Genesis", "23.06.2016 um 16:14 Uhr - Jane Doe -
91 Ergänzungen", "Pubblicato il 19 Febbraio 2020 Ultima modifica …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY_OR_HEADING, Segment
from ..lexicon import STAMP_CLOCK_AFTER, STAMP_DATE, STAMP_LABEL_BEFORE
from .base import structures
from .phrasebook import PhraseBook

_STAMP_LINE_WORDS = 12
"""The most words a stamp line holds with its facts (names, section, comment count)."""

# The date opens the line, after at most a weekday set off by its comma ("Dienstag, 13.
# Mai 2014") or a stamp's label ("Pubblicato il"), perhaps with its time; what follows is
# the end of the line or a separator and the facts. Not a word before the date that is
# no weekday ("ab 1. Januar 2023 für …" is a sentence's part; "Saisonzeitraum 01.11.2020
# - …" a table's row), nor a colon after it, French spacing too ("9. November 2019: Forum …",
# "8 juin 2016 : Article …" are a schedule's or a list's rows), nor a second date after a
# dash ("01.11.2020 - 20.12.2020", a range).
_STAMP_OPENING = re.compile(
    rf"(?:[^\W\d_]{{2,12}},\s+)?{STAMP_LABEL_BEFORE}(?:{STAMP_DATE})(?:{STAMP_CLOCK_AFTER})"
    r"(?=\s*$|\s*[,|·•/–—-]?\s+(?![–—-]?\s*\d{1,2}[./-]\d|:))",
    re.IGNORECASE,
)
_NO_STAMP_ENDS = (".", "!", "?", ":", ",")
"""A sentence's end, or a line going on under it ("… 2019: Forum …" opens a schedule's row)."""


def _stamp_line(text: str) -> re.Match[str] | None:
    """The opening stamp of a line that says nothing as a sentence, or None (`page_stamp`
    asks it of the short open lines with a digit only)."""
    text = text.strip()
    if text.endswith(_NO_STAMP_ENDS):
        return None
    # Each form of `STAMP_DATE` writes a year opening with "19" or "20" ("5. Januar 2021",
    # "January 13, 2020", "2021-10-16") or two of "./-" ("23.10.18"), none of these
    # characters with another case: a line with neither holds no date, and a few
    # substring tests answer for it in place of the pattern (round 60, stampcost: four
    # in five of the lines left here, a recipe's "300 g Mehl", a list's "1. Sam Ponder",
    # where the pattern's call cost about 1 µs, most of the rule's time).
    if not (
        "19" in text or "20" in text or text.count(".") + text.count("/") + text.count("-") >= 2
    ):
        return None
    stamp = _STAMP_OPENING.match(text)
    if stamp is None:
        return None
    rest = text[stamp.end() :]
    # a word in lower case right after the date, no separator between, goes on with it as
    # a sentence does ("5. Dezember 2019 bei revamp-it", a meeting's date and place); after
    # a comma or a bar it is a field's ("…, von Jane Doe")
    if rest[:1].isspace() and rest.lstrip()[:1].islower():
        return None
    return stamp


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def page_stamp(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On page dumps, a line that opens with the post's date (a weekday or a stamp's label
    before it, its time after it) and goes on only with the facts a page prints beside it:
    the author, the section and tags, the comment count ("24. März 2004, 19:49 | Genesis",
    "28 kwietnia 2021 Polityka Fundusz Odbudowy, lewica, PiS"), at most twelve words and no
    sentence. The byline rules have read the line before (a name in it is theirs); what they
    leave is the page's furniture over or beside the article. A page prints its own stamp
    once: two such lines or more are a list's rows (a timeline's "March 1, 2020 First case
    confirmed", a tour's "12 May 2021 Berlin, Olympiastadion", a programme's days), the
    article's, and all of them stay (tune part, round 60: the whole gain, 6 `without`
    segments on 6 sites, comes from pages with one such line)."""
    # (the digit, word-count and label tests inline, before `_stamp_line` is called: most
    # lines of a page fail them, and a call for each line of every page dump costs more
    # than the pattern on the few left; round 60, stampcost: three in four lines with a
    # digit and at most twelve words are no longer open body, a call each. A heading is
    # asked too: `section_heading` reads a stamp as one.)
    found = [
        segment
        for segment in segments
        if segment.may_hold_digit
        and segment.word_count <= _STAMP_LINE_WORDS
        and segment.label in BODY_OR_HEADING
        and _stamp_line(segment.text) is not None
    ]
    if len(found) == 1:
        yield found[0]
