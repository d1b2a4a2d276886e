"""Lists of other stories told by their shape, whatever their words.

`story_ticker` and `cut_short_teasers`.

A site lists its other stories in a form of its own: a news ticker prints each headline
after the time it went up, the newest first; a box of teasers prints each story's first
words cut off at a fixed length ("… as shoppers buy Christmas..."). The order of the times
and the cut at the end of every line are the list's, not its words.

Both rules first search the dump's text once (`dump_lines`, its lines joined, found once
per document for both): a dump with no three lines in a row that open with a time, or
with fewer than four ellipses, is left at once, with no call per line (nearly all dumps).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, Segment
from .base import revises, structures
from .phrasebook import PhraseBook


def dump_lines(segments: list[Segment]) -> str:
    """The segments' texts, each after a newline: what `story_ticker` and
    `cut_short_teasers` search before they walk the lines, declared in their `derives`
    (found once per document: the texts are the reader's, which no rule changes)."""
    return "\n" + "\n".join([segment.text for segment in segments])


# --- story_ticker -------------------------------------------------------------------

# "18:44 Deudores de la Caja serán perdonados …", "14h30 Mbappé …": a news ticker's time,
# followed by a space ("19:00:" is a time label, "18:44:12" a timestamp).
_CLOCK = re.compile(r"([01]?\d|2[0-3])[:h]([0-5]\d) (?=\S)")
_TICKER_MIN_LINES = 3
"""A ticker has at least this many lines in a row, each after a time (tune part, labelled
page dumps: such runs kept in the body were 35 lines of other stories on 2 sites, none of
the body; the article's own schedules count their times up)."""
_OPENS_TIMED = r"\n\d\d?[:h]\d\d "
_TIMED_LINES = re.compile(rf"{_OPENS_TIMED}(?:[^\n]*{_OPENS_TIMED}){{{_TICKER_MIN_LINES - 1}}}")
"""`_TICKER_MIN_LINES` lines in a row that open as a `_CLOCK` time does, in `dump_lines`'
text: a pattern that opens with a newline and a digit, which the search skips to at C
speed (the clock's alternatives up front made it try every character)."""
_DIGIT_RUN = re.compile(rf"[0-9]{{{_TICKER_MIN_LINES},}}")
"""`_TICKER_MIN_LINES` lines in a row that open with a digit, in the string of the lines'
first characters: where a ticker can stand."""
_HEADLINE_MIN_WORDS = 2
_HEADLINE_MAX_WORDS = 20
"""Words after the time: a headline, not a table's cell nor a paragraph."""
_ROW_FIGURES = 2
"""After the time, a line holding this many words with a digit is a table's row (a
fixture list's "20:45 Lyon 2 Lorient 1"), not a headline, which holds one figure at most
("18:17 107 invitaciones internacionales …")."""
_FIGURE = re.compile(r"\S*\d")
_FULL_STOP = re.compile(r"(?<!\.)\.[\"'’”»)]*$")
"""A line ending in one full stop (not "…" nor "...") is a sentence: a live blog's entry."""
_NO_TIME = -1


@revises(Reason.RELATED_TEASER, text_dumps_only=True, derives=(dump_lines,))
def story_ticker(segments: list[Segment], context: PhraseBook, lines: str) -> Iterator[Segment]:
    """A run of three or more lines, each a headline after a clock time, the times going
    down from the first line to the last ("18:44 Deudores de la Caja …", "18:17 107
    invitaciones …", "17:45 Investigación …"): a news ticker of other stories, the newest
    first. The order is the evidence, not the words: an article's schedule counts its
    times up ("09:00 Welcome", "09:30 Keynote"), a programme's lines share one time
    ("20:00 …" three times), a live blog's entries end like sentences or stand over their
    text, and a single timed line stays. The run's lines already removed still count as
    its lines."""
    if _TIMED_LINES.search(lines) is None:
        return  # (most dumps: one search of the text, no call per line)
    # Where three lines in a row open with a digit, in the string of first characters.
    firsts = "".join([segment.text[:1] for segment in segments])
    if len(firsts) != len(segments):
        return  # a segment with no text: the places would not match (no reader makes one)
    for digits in _DIGIT_RUN.finditer(firsts):
        yield from _tickers(segments, digits.start(), digits.end())


def _tickers(segments: list[Segment], start: int, end: int) -> Iterator[Segment]:
    """The open lines of the tickers among `segments[start:end]`, lines that open with a
    digit: each ticker a run of timed headlines, the times never going up."""
    run: list[Segment] = []
    first = previous = _NO_TIME
    for segment in segments[start:end]:
        time = _timed_headline(segment.text)
        if time != _NO_TIME and run and time <= previous:
            run.append(segment)
        else:
            yield from _ticker(run, first, previous)
            run, first = ([segment], time) if time != _NO_TIME else ([], _NO_TIME)
        previous = time
    yield from _ticker(run, first, previous)


def _timed_headline(text: str) -> int:
    """The minutes after midnight of a headline after a `_CLOCK` time, else `_NO_TIME`."""
    clock = _CLOCK.match(text)
    if clock is None:
        return _NO_TIME
    rest = text[clock.end() :]
    if rest[:1].islower() or _FULL_STOP.search(rest) is not None:
        return _NO_TIME
    if not _HEADLINE_MIN_WORDS <= len(rest.split()) <= _HEADLINE_MAX_WORDS:
        return _NO_TIME
    if len(_FIGURE.findall(rest)) >= _ROW_FIGURES:
        return _NO_TIME
    return int(clock[1]) * 60 + int(clock[2])


def _ticker(run: list[Segment], first: int, last: int) -> Iterator[Segment]:
    """The open lines of `run` when it is a ticker: `_TICKER_MIN_LINES` long, its times
    gone down from its first line to its last."""
    if len(run) >= _TICKER_MIN_LINES and last < first:
        yield from (segment for segment in run if segment.label is BODY)


# --- cut_short_teasers --------------------------------------------------------------

_CUT_MIN_LINES = 4
"""A box of teasers cut short has at least this many lines in a row (tune part, labelled
page and article dumps: such runs of four kept in the body were 91 lines of other
stories on 4 sites, none of the body; runs of three took 6 more, and a forum's three
posts ending in "..." stand in a row on another page; their lines hold more than one
ellipsis too)."""
_CUT_MIN_WORDS = 5
_CUT_MAX_WORDS = 45
"""Words of a teaser cut short: a headline's or a blurb's first words ("Das Portfolio der
MET-Gruppe an erneuerbaren Energien wird in ..."), not a button ("Mehr lesen...") nor a
paragraph (a listing's press releases cut after two hundred characters are its own text,
longer than a box's lines)."""
_CUT = re.compile(r"[^\W_]-? ?(?:\.\.\.|…)$")
"""A line cut short: a word (or its first part, "Win-..."), perhaps a space, then an
ellipsis, at the end."""
_CUT_TAIL = 6
"""Characters at a line's end that `_CUT` reads: a letter, a hyphen, a space, "..."."""
_ELLIPSES = ("...", "…")


@structures(Reason.RELATED_TEASER, text_dumps_only=True, derives=(dump_lines,))
def cut_short_teasers(
    segments: list[Segment], context: PhraseBook, lines: str
) -> Iterator[Segment]:
    """A run of four or more lines in a row, each five to forty-five words cut short by an
    ellipsis at its end and holding no other ("Are Brexit trade talks on the brink of
    collapse? Britain and EU fail to close gaps over fishing rights and...", "Fundamentbau
    am finnischen Energiequelle Windpark beginnt ..."): a box of other stories whose lines
    the site cut at a fixed length. An article's lines end where its sentences end; a
    writer's pause ("And then…") comes once, a forum's posts trail off with more than one
    ellipsis or among whole sentences. Lines of the run already removed still count."""
    if lines.count("...") + lines.count("…") < _CUT_MIN_LINES:
        return  # (most dumps: two counts over the text, no call per line)
    run: list[Segment] = []
    for segment in segments:
        if _cut_short(segment):
            run.append(segment)
            continue
        yield from _cut_run(run)
        run = []
    yield from _cut_run(run)


def _cut_short(segment: Segment) -> bool:
    text = segment.text
    return (
        text.endswith(_ELLIPSES)
        and _CUT_MIN_WORDS <= segment.word_count <= _CUT_MAX_WORDS
        and _CUT.search(text, max(0, len(text) - _CUT_TAIL)) is not None
        and text.count("...") + text.count("…") == 1
    )


def _cut_run(run: list[Segment]) -> Iterator[Segment]:
    if len(run) >= _CUT_MIN_LINES:
        yield from (segment for segment in run if segment.label is BODY)
