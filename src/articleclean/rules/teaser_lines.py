"""The line shapes the teaser rules share (prose, a headline, a question, a blurb cut
short, a label) and the words of the article that a teaser does not share."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import chain, filterfalse, repeat
from operator import and_, attrgetter

from ..document import BODY, BODY_OR_HEADING, HEADING, TITLE, ProseWords, Segment, places_sharing
from ..lexicon import BULLET_MARKS, DIGIT, LIST_ROW_ANY_NUMBER, ends_a_sentence
from .base import derive
from .boilerplate import PROSE_LINE_WORDS

# Thresholds, set by hand. `teaser_overlap` and `teaser_max_blocks` (CleanerConfig)
# were swept on the tune part of webeval (bench/split.py); the others are judgement
# calls named here so that they can be found and measured.

# A teaser heading is a label, not a sentence: the longest listed one has seven words.
MAX_HEADING_WORDS = 8
# A line longer than this reads as prose, punctuated or not: few headlines run past 20 words.
HEADLINE_WORDS = 20
# A headline names a story in a clause; a shorter line is more often a list item or a
# label of the article's own ("Tickets", "Start of works: spring").
MIN_HEADLINE_WORDS = 5
# "Opening hours: 9am to 5pm": a label of a word or three, a colon, a value: a fact
# listed in the article, not a headline (keeping a teaser is the cheaper mistake).
# The words are runs of letters or digits with one separator between them, so that the
# pattern can read a text one way only: written as one to three words each followed by
# an optional separator, it tried every way of cutting a long word into three parts,
# ~n³ steps (a 2,000-letter Thai or Chinese run before a colon took a minute; round 59).
_LABEL_VALUE = re.compile(r"^\W*[^\W_]+(?:[ .'-][^\W_]+){0,2}[ .'-]?\s?:\s", re.UNICODE)


def label_value(text: str) -> bool:
    """`_LABEL_VALUE` matches `text`; it needs a colon: most lines have none and are
    not tried."""
    return ":" in text and _LABEL_VALUE.match(text) is not None


def prose_words(segments: list[Segment]) -> ProseWords:
    """The document's prose as evidence of its own words, for every teaser rule that
    weighs a line's words against the article's (`SpecificWords`): declared in their
    `derives`, it is read once per document. What it keeps comes from the texts, which
    no rule changes; the labels (which lines are still the article's body) it reads
    when a rule asks, so each rule sees them as they stand when it runs."""
    return ProseWords(segments)


@derive(reads=(), until_verdict=True)
def open_lines(segments: list[Segment]) -> list[int]:
    """The indexes of the body and heading lines, in order: the places `teaser_box`,
    `teaser_list`, `interrupting_teaser` and `stray_teaser` each walked every line for
    (~6 µs a speed dump each). It reads the labels, which a rule's verdicts change: kept
    only until the next verdict (`until_verdict`), so `teaser_list` reads `teaser_box`'s
    list when that rule took nothing (100 of callgrind's 100 dumps) and
    `stray_teaser` `interrupting_teaser`'s. The list is the rules' to read, not change."""
    return _open_lines(segments)


def _open_lines(segments: list[Segment]) -> list[int]:
    return [i for i, s in enumerate(segments) if s.label in BODY_OR_HEADING]


_NO_WORDS: frozenset[str] = frozenset()
"""The words of a line that is no text (`WordIndex.of`): one empty set shared by them all."""


class WordIndex:
    """Each open segment's content words, and where each word occurs (an inverted
    index, so that asking whether the article has a word costs little)."""

    def __init__(self, segments: list[Segment]) -> None:
        self.of: list[frozenset[str]] = [
            s.content_words if s.label in TEXT_LABELS else _NO_WORDS for s in segments
        ]
        self.where: dict[str, list[int]] = {}

    def index(self, asked: frozenset[str]) -> None:
        """Where each of the `asked` words occurs (only those: the places of every word
        of a big article cost seconds, and a rule asks about a few lines' words)."""
        of = self.of
        # (most lines of a big article hold no word asked: `places_sharing` builds no set
        # for them)
        holding = places_sharing(of, asked)
        # Each word's places gathered in a `defaultdict` (`setdefault` built a list for
        # every place, ~300,000 of them on a 10 MB article: round 40, a third of the
        # time), then added to `where` in the order the words were first met, as before.
        found: defaultdict[str, list[int]] = defaultdict(list)
        for index in holding:
            for word in of[index] & asked:
                found[word].append(index)
        where = self.where
        for word, places in found.items():
            known = where.get(word)
            if known is None:
                where[word] = places
            else:
                known.extend(places)

    def without(self, excluded: frozenset[int]) -> Evidence:
        """The index with the `excluded` segments left out."""
        return Evidence(self.where, excluded)


class Evidence:
    """Where each word occurs, some segments left out; each word's places are
    filtered when first asked for, since most words are never asked about."""

    def __init__(self, where: dict[str, list[int]], excluded: frozenset[int]) -> None:
        self._where = where
        self._excluded = excluded
        self._filtered: dict[str, list[int]] = {}

    def get(self, word: str) -> list[int]:
        if not self._excluded:
            return self._where.get(word, [])
        places = self._filtered.get(word)
        if places is None:
            places = [i for i in self._where.get(word, ()) if i not in self._excluded]
            self._filtered[word] = places
        return places


TEXT_LABELS = (BODY, HEADING, TITLE)


def reads_as_prose(segment: Segment) -> bool:
    # A headline may end in a quote ("… Nominations: ‘Overwhelmed’"); a sentence
    # ends in its own punctuation, quoted or not.
    return segment.word_count > HEADLINE_WORDS or ends_a_sentence(segment.text)


# The headlines of a run of other stories after the article share less than this share
# of their words with the article on average. Tune part of the labelled dumps:
# `teaser_overlap` (0.34) took four lines of an article's closing cast list; 0.25 and 0.2
# took no article line (junk left in article dumps 65.9% -> 62.5%).
TRAILING_OVERLAP = 0.25
# A run follows the article's last paragraph only when the article before it has at
# least this many paragraphs of prose. An article made of rows or items (a standings
# table, a glossary, a Q&A) has one sentence-like line at most, often a caption or a
# teaser's blurb put between its rows, and what follows that line is still the
# article's. Tune part: the related boxes and menus taken from the labelled article
# dumps all stand after 2 or more paragraphs but one (a single-paragraph interview
# teaser, whose 6 teaser lines now stay).
TRAILING_MIN_PROSE = 2
# ... counting sentences of `boilerplate.PROSE_LINE_WORDS` words or more ("Folge uns!" is
# no paragraph).
# What ends an article rather than a box of other stories: an address, a phone number
# or a link; a numbered or bulleted row.
CONTACT = re.compile(
    r"@|https?://|www\.|\+?\d[\d /()-]{6,}\d"
    r"|\b[\w-]+\.(?:com|org|net|info|eu|de|at|ch|fr|es|it|nl|pl|pt|uk|io)\b"
)


def holds_contact(text: str, may_hold_digit: bool | None = None) -> bool:
    """Whether `CONTACT` is found in `text`; `may_hold_digit`: the segment's when `text` is
    a segment's (`Segment.may_hold_digit`), None to search the text for a digit.

    Each form of `CONTACT` holds "@", "://" (a scheme), "." (a host, a domain) or a
    digit (a phone number): a line with none of them (most short lines the closing runs
    walk over, a menu's, a teaser's) is settled by three substring tests, without the
    search, which tries its domain form at every word (the same answer:
    tests/test_contact_screen.py)."""
    if "." not in text and "@" not in text and "://" not in text:
        if may_hold_digit is None:
            may_hold_digit = DIGIT.search(text) is not None
        if not may_hold_digit:
            return False
    return CONTACT.search(text) is not None


# A box's headline may ask ("Wem dient HR?"): one question of a few words. (Not an
# exclamation: "Good night and good luck!" closes the article it signs.)
_MAX_HEADLINE_QUESTION_WORDS = 14
QUESTION_END = re.compile(r"[?？][\"'’”»)）]*\s*$")
# A sentence's end inside a line, a word after it: a blurb's or a paragraph's second
# sentence ("Nr. 5" or "U.S. 20" opens none). `teaser_headings._INNER_SENTENCE` reads it
# more widely for a closing box's headline (any character after the space, and a CJK
# sentence not parted by one): not made one (round 58 left it; each rule's lines unread).
INNER_SENTENCE_END = re.compile(r"[.!?…。！？][\"'’”»)）]*\s+[^\W\d_]")


def says_more_than_a_label(text: str) -> bool:
    """Whether a short line holds what a box's heading never does: a sentence's end
    inside it, a figure, a question at its end or an address (`_box_amid_rows`,
    `repeated_teaser_box`: a label among the article's rows or a subheading asks or
    tells, a box's heading only names)."""
    return bool(
        INNER_SENTENCE_END.search(text)
        or DIGIT.search(text)
        or QUESTION_END.search(text)
        or holds_contact(text, may_hold_digit=False)
    )


# A box's blurb cut off after so many characters ("… are being secured for staff...");
# shorter, a word and an ellipsis is a writer's pause ("While you are here…").
_MIN_CUT_WORDS = 8
BLURB_WORDS = 45
_CUT_SHORT = re.compile(r"[^\W_]-?(?:\.\.\.|…)\s*$")
_ELLIPSES = ("...", "…")
"""How every match of `_CUT_SHORT` ends, white space aside (`\\s` is `str.isspace`)."""


# A mark a site prints before a label ("» ", "▶ ", "* ", "— "): no word of the label,
# and no bullet of a list's row when the lines under it are no rows.
_MARKER = re.compile(r"^[^\w\s]+\s+")
# ... and after it ("Das lesen andere gerade ›", "Popular right now →"): a mark standing
# apart from the last word, which `word_count` counts as one more word, so that a label
# of four words read as a headline (`teaser_box` judged its box by the strict test, where
# any word of the heading's the article uses kept it; round 38, tune, noise bodies: 129
# injected lines out, one article line lost: a subheading right under the box, the
# known limit `test_noise_injection` marks, which a box under a four-word heading
# without a mark meets already).
_TRAILING_MARK = re.compile(r"\s+[^\w\s]+$")


def unmarked(segment: Segment) -> Segment:
    """The segment without the marks before and after its text (itself when it has none)."""
    text = segment.text
    found = _MARKER.match(text)
    start = found.end() if found is not None else 0
    # (a line ending in a letter or digit has no mark after it: no search)
    trailing = None if text[-1:].isalnum() else _TRAILING_MARK.search(text, start)
    if found is None and trailing is None:
        return segment
    end = trailing.start() if trailing is not None else len(text)
    return Segment(text[start:end], segment.lines)


def boxed_headline(segment: Segment) -> bool:
    # A headline opens with a capital where the script has them; "autonome Waffen
    # und digitale Kriegsführung" is an item of the article's own list.
    # A line ending in a colon announces what follows; one naming a website or an
    # address points to the article's source; "Video: Launch event in Shanghai" labels
    # the article's own media (on `trailing_teasers`' side, such a line ends the article).
    # A bulleted or numbered row is an item of the article's own list, as there.
    first = next((c for c in segment.text if c.isalpha()), "")
    return (
        reads_as_headline(segment)
        and not asks(segment)
        and not first.islower()
        and not segment.text.rstrip().endswith((":", "："))
        and not holds_contact(segment.text, segment.may_hold_digit)
        and not label_value(segment.text)
        and LIST_ROW_ANY_NUMBER.match(segment.text) is None
    )


def segments_with_word(
    segments: list[Segment], only: frozenset[str] | None = None, most: int | None = None
) -> Counter[str]:
    """How many of the text segments hold each content word (of those in `only`, when
    given: the other words' counts stay 0): all `teaser_box` and
    `teaser_section_label` ask of the article's words (is one outside the box?), and
    much cheaper to count than `WordIndex`' index of places (a 10 MB article's index
    cost seconds).

    `most` (with `only`): each count stops there, `min(count, most)`, for a rule that
    asks whether a word is held more than so many times (`counts[word] > 0`, `> 1`):
    the same answers, and a word leaves the count when it reaches `most`, so that a
    big article's common words are not counted through (the count of every line
    holding a word asked grew with the words asked times the lines: round 43, a tenth
    of a 10 MB article's per-byte growth). The words come in another order then."""
    # (the text lines picked by a list comprehension, whose label reads CPython
    # specialises, then C-level passes: their words (those in `only`), and the count of
    # them all in one update)
    texts = [segment for segment in segments if segment.label in TEXT_LABELS]
    words = map(_CONTENT_WORDS, texts)
    if only is not None and most is not None:
        return _held_up_to(words, only, most)
    counts: Counter[str] = Counter()
    if only is not None:
        words = map(and_, words, repeat(only))
    counts.update(chain.from_iterable(words))
    return counts


def _held_up_to(
    word_sets: Iterable[frozenset[str]], asked: frozenset[str], most: int
) -> Counter[str]:
    """`segments_with_word`'s counts of the `asked` words in `word_sets`, each up to `most`."""
    counts: Counter[str] = Counter()
    left = set(asked)  # (the words still counted: `isdisjoint` reads it as it shrinks)
    if most < 1 or not left:
        return counts
    # (the lines sharing no word still counted are passed over at C level)
    for held in filterfalse(left.isdisjoint, word_sets):
        for word in held & left:
            counts[word] += 1
            if counts[word] >= most:
                left.discard(word)
        if not left:
            break  # (nor are the lines after the last word's `most`-th read)
    return counts


# A word of a line opening as a word of the article does, in this many letters, is
# the article's word in another form ("Veranstaltung" / "Veranstaltern", "bestellt" /
# "Bestellung"): a subheading takes up the article's words so, another story's
# headline seldom does (`left_out_headline`, `interrupting_teaser`).
STEM_LETTERS = 6


def word_stems(segments: Iterable[Segment]) -> frozenset[str]:
    """The first `STEM_LETTERS` letters of each content word of the text segments that
    long at least."""
    return frozenset(
        word[:STEM_LETTERS]
        for segment in segments
        if segment.label in TEXT_LABELS
        for word in segment.content_words
        if len(word) >= STEM_LETTERS
    )


def opens_as_stem(words: Iterable[str], stems: frozenset[str]) -> bool:
    """Whether a word of `words` opens as one of `stems` (`word_stems`) does."""
    return any(len(word) >= STEM_LETTERS and word[:STEM_LETTERS] in stems for word in words)


_CONTENT_WORDS = attrgetter("content_words")


def is_paragraph(segment: Segment) -> bool:
    return (
        segment.label is BODY
        and segment.word_count >= PROSE_LINE_WORDS
        and segment.ends_like_sentence
    )


def asks(segment: Segment) -> bool:
    return (
        segment.word_count <= _MAX_HEADLINE_QUESTION_WORDS
        and QUESTION_END.search(segment.text) is not None
        and INNER_SENTENCE_END.search(segment.text) is None
    )


def cut_short(segment: Segment) -> bool:
    # (a match ends the text but for white space, with "..." or "…": a line that does not
    # is turned down by one `endswith`, without the search, which tries a word character
    # at every position of the line)
    return (
        _MIN_CUT_WORDS <= segment.word_count <= BLURB_WORDS
        and segment.text.rstrip().endswith(_ELLIPSES)
        and _CUT_SHORT.search(segment.text) is not None
    )


def reads_as_headline(segment: Segment) -> bool:
    return (
        segment.word_count >= MIN_HEADLINE_WORDS
        and (not reads_as_prose(segment) or asks(segment))
        and not segment.may_hold_digit  # (a digit in it: the segment's test, no search)
    )


def row_writing(segment: Segment) -> tuple[bool, bool, bool, str]:
    """How a list's or table's row is written, to tell its rows from a box's headlines
    put between them: a table row, a bulleted or numbered row, a digit in it (times,
    scores, prices), and its case: all capitals, opening with a lower-case letter, every
    longer word capitalised ("A Map of the Drowned Valley"), or as a sentence is."""
    text = segment.text
    letters = [word for word in text.split() if word[:1].isalpha()]
    if text.isupper():
        case = "upper"
    elif text[:1].islower():
        case = "lower"
    else:
        longer = [word for word in letters[1:] if len(word) >= _TITLE_CASE_LETTERS]
        case = "title" if longer and all(w[:1].isupper() for w in longer) else "sentence"
    return (
        *row_form(text),
        segment.may_hold_digit,  # (the segment's digit test, as `reads_as_headline` reads it)
        case,
    )


def row_form(text: str) -> tuple[bool, bool]:
    """Whether a line is printed as a table's row, its cells between two bars or more
    ("Kane | Bayern | 24"), and as a numbered or bulleted row of a list
    (`LIST_ROW_ANY_NUMBER`: "1. Kane", "- Kane"): the form `row_writing` tells rows apart
    by, and `teaser_inline` tells a row from a labelled line by."""
    return text.count("|") >= 2, LIST_ROW_ANY_NUMBER.match(text) is not None


ROW_MARKS = frozenset(BULLET_MARKS + ">")
"""What opens a row of a list, or a quote's line, spaced from its text or not ("•Kane",
">Kane")."""


def is_row(text: str) -> bool:
    """Whether a line is a row of a table or a list: cells or a number or bullet
    (`row_form`), or a row's mark or a quote's ">" first, spaced or not (`ROW_MARKS`): the
    article's own structure, which the inline teaser rules and `box_tail` leave alone."""
    return any(row_form(text)) or text.lstrip()[:1] in ROW_MARKS


# A word this long or longer is capitalised in a title-case row; shorter ones ("of",
# "the", "und", "de") may not be.
_TITLE_CASE_LETTERS = 4
