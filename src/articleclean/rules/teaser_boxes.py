"""Boxes of other stories inside the article: a box of headlines, a line labelled as a
teaser; the helpers `teaser_list` (`teaser_lists.py`) and `repeated_teaser_box`
(`teaser_copies.py`) share with them."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import chain, islice, pairwise
from operator import itemgetter

from ..article import Reason
from ..document import (
    BODY,
    ProseWords,
    Segment,
    SpecificWords,
    content_words,
    phrase_form,
    word_share,
)
from ..lexicon import LIST_ROW_ANY_NUMBER, ends_a_sentence, ends_as_statement
from ..names import is_given_name
from .base import revises
from .phrasebook import PhraseBook
from .teaser_lines import (
    HEADLINE_WORDS,
    INNER_SENTENCE_END,
    MAX_HEADING_WORDS,
    MIN_HEADLINE_WORDS,
    QUESTION_END,
    TRAILING_OVERLAP,
    boxed_headline,
    is_paragraph,
    label_value,
    open_lines,
    prose_words,
    reads_as_headline,
    reads_as_prose,
    row_writing,
    says_more_than_a_label,
    segments_with_word,
    unmarked,
)


class KeyEnds:
    """The segments whose key is, or ends with, a given key, looked for among those whose
    key ends in the same last `_KEY_TAIL` characters: a big article has many candidate
    boxes, and a scan of every segment for each one grew with the square of its size
    (and keys sorted backwards, for bisection, cost a sort of every key: a tenth of a
    second on a 10 MB article, where a box's few keys are looked up).

    Built on the first look-up, as one table of every key by its last `_KEY_TAIL`
    characters (a shorter key by itself), which answers both questions for a key of
    that length or more, and a key's equals for any key; a shorter key's ends are
    looked for in a table by its length, made from the first table's tails, not from
    every key again. Keys are the texts', which no rule changes: one is made per
    document (`key_ends`) and `teaser_box` and `teaser_list` share it (they made one
    each, of up to eight tables: three walks of every key of the growth bench's
    50,000-line page dump, none of its 5,000-line one)."""

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._keys: list[str] = []
        self._by_tail: dict[str, list[int]] | None = None
        """The segments by the last `_KEY_TAIL` characters of their key (a shorter key:
        all of it)."""
        self._by_short_tail: dict[int, dict[str, list[int]]] = {}
        """For a length under `_KEY_TAIL`, the segments by that many last characters."""

    def _table(self) -> dict[str, list[int]]:
        by_tail = self._by_tail
        if by_tail is None:
            self._keys = keys = [segment.key for segment in self._segments]
            by_tail = defaultdict(list)
            for index, tail in enumerate(map(_KEY_END, keys)):
                by_tail[tail].append(index)
            self._by_tail = by_tail
        return by_tail

    def equal_to(self, key: str) -> list[int]:
        """The segments whose key is `key`, in order."""
        found = self._table().get(key[-_KEY_TAIL:], ())
        keys = self._keys
        return [i for i in found if keys[i] == key]

    def ending_with(self, key: str) -> list[int]:
        """The segments whose key ends with `key` (in no set order)."""
        by_tail = self._table()
        keys = self._keys
        size = len(key)
        if size >= _KEY_TAIL:
            return [i for i in by_tail.get(key[-_KEY_TAIL:], ()) if keys[i].endswith(key)]
        tails = self._by_short_tail.get(size)
        if tails is None:
            tails = {}
            for tail, indexes in by_tail.items():
                if len(tail) >= size:
                    tails.setdefault(tail[len(tail) - size :], []).extend(indexes)
            self._by_short_tail[size] = tails
        return [i for i in tails.get(key, ()) if keys[i].endswith(key)]


def key_ends(segments: list[Segment]) -> KeyEnds:
    """The look-up of segments by the end of their key, for `teaser_box` and
    `teaser_list`: declared in their `derives`, one per document; what it files is the
    keys of the texts, which no rule changes, and it files them when first asked."""
    return KeyEnds(segments)


_KEY_TAIL = 8
"""Characters of a key's end that `KeyEnds` files segments by: a headline's key has more,
and few keys of a dump share their last eight."""
_KEY_END = itemgetter(slice(-_KEY_TAIL, None))


# A box of other stories inside the article, under a heading no list knows: the
# heading, then this many headlines in a row ...
_BOX_MIN_HEADLINES = 2
BOX_MAX_HEADLINES = 5
# ... each sharing at most this share of its words with the article around the box (on
# average under `TRAILING_OVERLAP`): an article's own list of a few headline-like
# lines names what the article is about, and stays.
BOX_MAX_OVERLAP = 0.34
# A box's heading is worded for any page ("More stories you might like"); one that
# shares half its words with the article heads the article's own section.
_BOX_MAX_HEADING_OVERLAP = 0.5
# A box amid rows with at least this many headlines may share one word with the article,
# in a headline but its last (`_chance_tie`): other stories' headlines meet the
# article's words by chance ("Sommer", "perfekten"), an article's own list of titles
# shares more than one, and the line where the box ends may be the article's next row.
_CHANCE_TIE_HEADLINES = 3


@revises(Reason.RELATED_TEASER, text_dumps_only=True, derives=(prose_words, key_ends, open_lines))
def teaser_box(
    segments: list[Segment],
    context: PhraseBook,
    prose: ProseWords,
    ends: KeyEnds,
    opened: list[int],
) -> Iterator[Segment]:
    """A short heading and two to five headlines between two paragraphs of the article,
    the headlines sharing few words with the article: a box of other stories whose
    heading is worded as no phrase list has it ("What others are reading"); or such a
    box amid a list's rows (`_box_amid_rows`) or ending the dump (`_closing_box`)."""
    last = len(opened) - _BOX_MIN_HEADLINES - 1
    # Every candidate box first (a box does not depend on the verdicts on others), so
    # that the article's words are counted for the boxes' words only.
    # The two lines under a box's heading are headlines: a page's menu words fail on
    # their length, and most places are ruled out before any pattern runs.
    sized = [_headline_sized(segments[i]) for i in opened]
    # The places both searches below may take: a heading's length over two such lines.
    # (Found once for both, not in a walk over every place each.)
    places = [
        place
        for place in range(1, last)
        if sized[place + 1] and sized[place + 2] and _box_heading_sized(segments[opened[place]])
    ]
    matcher = context.phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    # (the places whose box ends over the article's subheading, not its prose; the
    # headings `_off_topic_box` leaves out of the boxes it takes)
    open_ended: set[int] = set()
    unsure: set[int] = set()
    boxes = {
        place: box
        for place in places
        if (box := _box_at(segments, opened, place, vocabulary, open_ended))
    }
    # Boxes with no prose right before or after them (between a list's rows, a table's,
    # a code block's lines, under a label): `_box_amid_rows`, judged by a stricter test.
    amid = {
        place: box
        for place in places
        if place not in boxes and (box := _box_amid_rows(segments, opened, place, vocabulary))
    }
    closing = _closing_box(segments, opened, vocabulary)
    closed_at = None
    if closing is not None and closing[0] not in boxes:
        amid[closing[0]] = closing[1]
        closed_at = closing[0]
    if amid and not _prose_enough(segments):
        amid = {}
    boxes.update(amid)
    if not boxes:
        return
    asked = frozenset().union(*(segments[i].content_words for b in boxes.values() for i in b))
    counts = segments_with_word(segments, asked)
    specific = prose.specific(asked)
    place = 1
    while place < len(opened):
        box = boxes.get(place)
        if box is None:
            place += 1
            continue
        if place in open_ended and _ties_the_article(segments, counts, specific, ends, box):
            box = box[:-1]  # its last headline is the article's: the rest is judged
            if len(box) <= _BOX_MIN_HEADLINES:
                place += 1
                continue
        label = unmarked(segments[box[0]])
        # A heading worded as teaser headings are ("Weitere Artikel aus der Region") is a
        # box's label however long, not one more headline of the article's own list.
        strict = reads_as_headline(label) and not worded_as_teaser_heading(label, vocabulary)
        if place in amid:
            off = _far_off_topic_box(
                segments, counts, specific, ends, box, vocabulary, place != closed_at
            )
        else:
            off = _off_topic_box(segments, counts, specific, ends, box, strict, vocabulary, unsure)
        if off and _parallel_headlines(segments, box):
            off = False
        if off:
            # A heading that asks is the article's own question ("Was kostet das?"),
            # or may be its subheading (`unsure`): it stays, the headlines under it go.
            asks = _asks_unlabelled(segments[box[0]], vocabulary)
            start = 1 if asks or box[0] in unsure else 0
            for index in box[start:]:
                yield segments[index]
            place += len(box)
        else:
            place += 1


def _box_at(
    segments: list[Segment],
    opened: list[int],
    place: int,
    vocabulary: frozenset[str],
    open_ended: set[int] | None = None,
) -> list[int] | None:
    """The heading at `opened[place]` and its headlines, when the article's prose
    stands right before the heading and right after the last headline, or the article's
    next subheading does, over its prose (`_box_over_subheading`: the place is added to
    `open_ended`, as the run's last headline may be the article's).

    A line worded from teaser headings' words right under the heading is the box's own
    heading ("Don't miss these"): the line above it is the article's subheading or
    question ("Who pays", "Le plus dur ?"), and stays out of the box."""
    heading = segments[opened[place]]
    # (The heading's length first: one comparison rules out most places, a paragraph.)
    if not _box_heading_sized(heading):
        return None
    if not _after_prose(segments, opened, place, vocabulary):
        return None
    label = unmarked(heading)
    if _states_a_sentence(label, vocabulary):
        return None
    if reads_as_headline(label) and not boxed_headline(label):
        return None  # "Die wichtigsten Termine im Überblick:" announces the article's list
    if INNER_SENTENCE_END.search(heading.text) or heading.may_hold_digit:
        return None
    run = headline_run(segments, opened, place, boxed_headline)
    if run is None:
        return None
    headlines, resumes = run
    if resumes is None:
        return None  # the end of the dump: `trailing_teasers` looks there
    if resumes.label is not BODY:
        return None
    if not reads_as_prose(resumes):
        if not _box_over_subheading(segments, opened, place, len(headlines), vocabulary):
            return None
        if open_ended is not None:
            open_ended.add(place)
    # A headline-like line right before the article resumes may be its subheading: it
    # shares words with the paragraph it introduces ("Da kommt das Adrenalin ins Spiel"),
    # or the text goes on from it in lower case (a verse, a sentence broken in two).
    if headlines and goes_on_from(segments[headlines[-1]], resumes):
        headlines.pop()
    if headlines and worded_as_teaser_heading(segments[headlines[0]], vocabulary):
        if len(headlines) - 1 < _BOX_MIN_HEADLINES:
            return None
        return headlines  # under its own heading
    if headlines and _marked_label(segments[headlines[0]]):
        return None  # the box's own heading is the first "headline": judged from there
    if len(headlines) < _BOX_MIN_HEADLINES:
        return None
    return [opened[place], *headlines]


def _box_over_subheading(
    segments: list[Segment],
    opened: list[int],
    place: int,
    headlines: int,
    vocabulary: frozenset[str],
) -> bool:
    """Whether the box at `opened[place]`, a paragraph right above its heading, ends where
    the article goes on with its next subheading over prose: the run of `headlines`
    stops at a line that reads as no prose and no box's headline ("Pilotprojekt: Aus
    Laub Brennstoff machen", "Ein Projektstart – und dann kam C-19", "Directions") and
    is no row of a list or table, and prose stands right under that line. A box under a
    heading worded as teaser headings are is `teaser_list`'s, which reads where such a
    run ends its own way."""
    at = place + headlines + 1
    if at + 1 >= len(opened) or not is_paragraph(segments[opened[place - 1]]):
        return False
    line = segments[opened[at]].text
    if line.count("|") >= 2 or LIST_ROW_ANY_NUMBER.match(line):
        return False  # a row of the article's list or table: the run may be its rows
    below = segments[opened[at + 1]]
    if below.label is not BODY or not reads_as_prose(below):
        return False
    return not worded_as_teaser_heading(unmarked(segments[opened[place]]), vocabulary)


def _ties_the_article(
    segments: list[Segment],
    counts: Counter[str],
    specific: SpecificWords,
    ends: KeyEnds,
    box: list[int],
) -> bool:
    """Whether the last headline of an open-ended box (`_box_over_subheading`) shares a
    word of the article's own (`SpecificWords.named`) with the article outside the box:
    a run that stops at the article's subheading, not at its prose, may have taken the
    article's own short line before it ("Detaillierte Ergebnisse aller ADAC
    Kindersitztests finden Sie hier" over "Aufblasbarer Sitz: Praktisch für die
    Reise"), or a line naming someone (`_mentions_a_person`: "Autoren Jelko Djuren und
    Jutta Klaukien"), the cheaper line to keep, as `list_headline` has it."""
    last = segments[box[-1]]
    if _mentions_a_person(last.text):
        return True
    in_box = segments_with_word([segments[i] for i in box_copies(segments, ends, box)])
    return any(counts[word] > in_box[word] and specific.named(word) for word in last.content_words)


def _marked_label(segment: Segment) -> bool:
    """Whether a line read as a box's first headline is a label of fewer words than a
    headline's, the marks a site prints around it counted as words ("— Das Lesen Andere
    Gerade", "» Weiterlesen im Ressort »"): the box's own heading, under the article's
    subheading; the box is judged from its heading, and the subheading stays (tune,
    `loss_audit` dumps: 2 such subheadings back, no line lost)."""
    label = unmarked(segment)
    return label is not segment and label.word_count < MIN_HEADLINE_WORDS


# Two headlines of a box that share this many words, each with words of its own, are
# written to one pattern ("How to send a parcel back as a guest", "... with an
# account"; a table's "Low rates over a longer term" / "High rates over a shorter
# term"): the article's own sections or rows. A box's stories are told apart, and its
# topic test measured on a few one-sentence paragraphs cannot tell them from these.
_PARALLEL_WORDS = 2


def _parallel_headlines(segments: list[Segment], box: list[int]) -> bool:
    """Whether two of the box's headlines share `_PARALLEL_WORDS` content words and each
    has one of its own: two lines of one pattern, not a headline printed again (alone,
    or after a label: "Don't miss ▸ <headline>"), which a box of other stories does."""
    words = [segments[i].content_words for i in box[1:]]
    return any(
        len(one & other) >= _PARALLEL_WORDS and not one <= other and not other <= one
        for n, one in enumerate(words)
        for other in words[n + 1 :]
    )


def _states_a_sentence(heading: Segment, vocabulary: frozenset[str]) -> bool:
    """Whether a box's heading, under the article's prose, ends as a statement does
    ("Das sehen wir heute anders.", "Yes, you can learn it.") and is not worded as teaser
    headings are ("Lesen Sie dazu auch!"): a site that writes one-sentence paragraphs
    prints its next sentence there, and the headline-like lines under it are the
    article's own subheadings or list, no box (a box's heading is a label). A question
    is `_asks_unlabelled`'s: it stays, and the headlines under it are judged."""
    return (
        heading.word_count >= MIN_HEADLINE_WORDS
        and ends_a_sentence(heading.text)
        and QUESTION_END.search(heading.text) is None
        and heading.content_words.isdisjoint(vocabulary)
    )


def _box_amid_rows(
    segments: list[Segment], opened: list[int], place: int, vocabulary: frozenset[str]
) -> list[int] | None:
    """The heading at `opened[place]` and its headlines where `_box_at` finds none for
    want of prose right around it: a box put between the rows of a list or a table,
    between the lines of a code block, or over a subheading of the article (tune, noise
    bodies: 274 of the 584 teaser blocks left had no prose right above their heading).
    Its heading is a label of its own words (one worded as teaser headings are is
    `teaser_list`'s, wherever it stands), no row of the list it stands in
    (`_same_row`), under no headline (a box inside a run of the article's own titles
    would take the titles after it) but a subheading whose paragraph the run stops at
    (`_subheading_of`); the run ends before the dump does, at no other
    box's heading, and its last line is left out when it may be the article's
    (the next row is of its shape, or labels and lines take turns around the box).
    `_far_off_topic_box` then judges it by its words."""
    heading = segments[opened[place]]
    if not _box_heading_sized(heading):
        return None
    label = unmarked(heading)
    if reads_as_prose(heading) and not _label_with_a_mark(label):
        return None
    if worded_as_teaser_heading(label, vocabulary):
        return None  # `teaser_list`'s, wherever it stands
    # A label, not one more headline (a line of five words or more is one of the run),
    # nor one announcing the article's own list ("Für den Mürbeteig:"), a question, an
    # address or a line with a number.
    if reads_as_headline(label):
        return None
    announces = heading.text.rstrip().endswith((":", "："))  # judged once the run is known
    if says_more_than_a_label(heading.text):
        return None
    above = segments[opened[place - 1]]
    rows = opened[max(0, place - _ROWS_ABOVE) : place]
    if any(_same_row(segments[i], heading) for i in rows):
        return None
    run = headline_run(segments, opened, place, _worded_list_headline)
    if run is None:
        return None
    headlines, resumes = run
    if resumes is None:
        return None  # the end of the dump: `trailing_teasers` looks there
    if any(_heads_a_box(segments[i], vocabulary) for i in headlines[:_BOX_MIN_HEADLINES]):
        return None  # another box opens too soon for one under this label: see there
    if worded_as_teaser_heading(resumes, vocabulary):
        return None  # another box's heading: the run above it is no box of its own
    # (whether `above` reads as a headline asked only here, of the few places whose run
    # is known: most places are ruled out above, and `boxed_headline` is a chain of tests)
    if _headline_above(above) and not _subheading_of(above, resumes):
        return None  # a box inside a run of the article's own titles would take them
    if headlines and (
        goes_on_from(segments[headlines[-1]], resumes)
        or _unbulleted_line(resumes)
        or (_short_label(above) and _short_label(resumes))
    ):
        # The last line may open the article's list whose next row stops the run
        # ("Northgate Athletic draw with Eastfield Town" over "… lose 3-0 away"), or
        # be the line of the label above the box, labels and lines taking turns
        # ("Vision", the box, "Eine gerechte und klimaneutrale Energiezukunft", "Mission").
        headlines.pop()
    if headlines and worded_as_teaser_heading(segments[headlines[0]], vocabulary):
        return None  # the box's own heading is the first "headline": judged from there
    if len(headlines) < _BOX_MIN_HEADLINES:
        return None
    if announces and not _list_resumes(above, resumes, [segments[i] for i in headlines]):
        return None
    return [opened[place], *headlines]


def _heads_a_box(segment: Segment, vocabulary: frozenset[str]) -> bool:
    """Whether a line of a box's run opens another box: worded as teaser headings are,
    alone ("» More stories you might like") or as the label of a headline behind it
    ("Don't miss | <headline>"). Among a run's first `_BOX_MIN_HEADLINES` lines, the
    lines above it are too few for a box of their own: they and the label the run was
    read from are the article's short lines ("Pro" over its first point, "Premier" over
    a minister's name; round 50, noise bodies), and the box is judged from its own
    heading. Further down the run it is read as before: one more line of the box."""
    if worded_as_teaser_heading(unmarked(segment), vocabulary):
        return True
    match = short_label_match(segment.text)
    if match is None:
        return False
    return worded_as_teaser_heading(Segment(match.group("label"), segment.lines), vocabulary)


def _closing_box(
    segments: list[Segment], opened: list[int], vocabulary: frozenset[str]
) -> tuple[int, list[int]] | None:
    """The place in `opened` and the lines of a box that ends the dump: a label of its own
    words (as `_box_amid_rows` reads one: no headline, no sentence, question, figure or
    address, and no colon nor "label: value" fact, "Venue: Town hall"; one worded as
    teaser headings are is `teaser_list`'s), then two to five headlines
    (`_worded_list_headline`) and nothing after them, right under a paragraph
    or under a fact closing one ("Quelle: …", "Erstellt am: …", `label_value`): a box of
    other stories put under the article ("Auch spannend", four headlines), which
    `_box_at` and `_box_amid_rows` leave for want of a line where the article resumes,
    and `trailing_teasers` for its label (five lines of one form read as the article's
    own closing list). The article's own closing list under its subheading shares its
    words: `_far_off_topic_box` judges the box. Not under any other short line: a
    contact's name over the box ("Alexandra Weber", the box, her role) and lines of the
    article's own taking turns with its labels would have the box take its last line
    (tune, noise bodies: 57 injected lines out, no body line lost; with a paragraph
    among the two lines above, 63 out and that role lost)."""
    place = len(opened) - 1
    while place >= 0 and len(opened) - 1 - place <= BOX_MAX_HEADLINES:
        segment = segments[opened[place]]
        if segment.label is not BODY or not _worded_list_headline(segment):
            break
        place -= 1
    headlines = len(opened) - 1 - place
    if not _BOX_MIN_HEADLINES <= headlines <= BOX_MAX_HEADLINES or place < 1:
        return None
    if not _box_heading_sized(segments[opened[place]]):
        return None
    return _closing_label(segments, opened, place, vocabulary)


def _closing_label(
    segments: list[Segment], opened: list[int], place: int, vocabulary: frozenset[str]
) -> tuple[int, list[int]] | None:
    """`_closing_box`'s box when the line at `opened[place]` labels it (see there)."""
    heading = segments[opened[place]]
    label = unmarked(heading)
    if reads_as_prose(heading) and not _label_with_a_mark(label):
        return None
    if worded_as_teaser_heading(label, vocabulary) or reads_as_headline(label):
        return None
    if says_more_than_a_label(heading.text) or heading.text.rstrip().endswith((":", "：")):
        return None
    if label_value(heading.text):
        return None  # a fact of the article's ("Venue: Town hall"): the box is under it
    above = segments[opened[place - 1]]
    if not is_paragraph(above) and not (
        place >= 2 and label_value(above.text) and is_paragraph(segments[opened[place - 2]])
    ):
        return None
    return place, opened[place:]


def _list_resumes(above: Segment, resumes: Segment, headlines: list[Segment]) -> bool:
    """Whether the line `above` a label ending in a colon and the line its run stops at
    (`resumes`) are two rows of one list or table, written alike (`row_writing`) and
    unlike each of the headlines between them: the list goes on after the run, so the
    label announces no list of the article's ("Für den Mürbeteig:" over its rows) but
    heads a box put between two of its rows ("| 4. | … |", "Auch spannend:", headlines,
    "| 5. | … |")."""
    if above.label is not BODY or resumes.label is not BODY:
        return False
    writing = row_writing(above)
    return row_writing(resumes) == writing and all(row_writing(h) != writing for h in headlines)


def _headline_above(above: Segment) -> bool:
    """Whether the open line right above a box's heading reads as a headline: the box may
    stand inside a run of the article's own titles, and its walk would take the titles
    after it. Not a table's row ("| Ort | Wien |": its cells' bars are no words)."""
    return above.label is BODY and boxed_headline(above) and above.text.count("|") < 2


def _subheading_of(above: Segment, resumes: Segment) -> bool:
    """Whether the headline-like line `above` a box is the subheading of the paragraph
    the box's run stops at: a paragraph that takes up its words ("Bavaria und Wally für
    das Überleben gewappnet", the box, "Immerhin konnte Bavaria …"), not the next title
    of a run of them. The box was put between a subheading and its text, as
    `teaser_list`'s `_between_subheading_and_text` has it under a worded heading (tune,
    noise bodies: 27 injected lines out, no body line lost)."""
    return is_paragraph(resumes) and not above.content_words.isdisjoint(resumes.content_words)


def _label_with_a_mark(segment: Segment) -> bool:
    """A label of under `MIN_HEADLINE_WORDS` words ending in "!" or "." ("Elsewhere
    today!", "Don't scroll past."): sites print a mark after a box's heading as they
    print one before it, and only that mark made it read as a sentence. A short
    sentence of the article's ("Viel Spass.") that heads no box fails
    `_far_off_topic_box`, or the headline run, as a label does (tune, noise bodies: 28
    injected lines out, no body line lost). Asked of the label without its marks
    (`unmarked`: "* Das Lesen Andere Gerade!" is four words; round 38, tune, noise
    bodies: 26 injected lines out, no body line lost)."""
    return segment.word_count < MIN_HEADLINE_WORDS and segment.text.rstrip().endswith(("!", "."))


def headline_run(
    segments: list[Segment],
    opened: list[int],
    place: int,
    is_headline: Callable[[Segment], bool],
) -> tuple[list[int], Segment | None] | None:
    """The box's headlines under the heading at `opened[place]` (open body lines that
    `is_headline` takes, one after the other) and the line the run stops at (None at the
    dump's end); None when the run is longer than a box's (`BOX_MAX_HEADLINES`)."""
    headlines: list[int] = []
    # (by position, not over a slice: a copy of the rest of `opened` for each place
    # grew with the square of a big article's size)
    for at in range(place + 1, len(opened)):
        index = opened[at]
        segment = segments[index]
        if segment.label is BODY and is_headline(segment):
            headlines.append(index)
            if len(headlines) > BOX_MAX_HEADLINES:
                return None
            continue
        return headlines, segment
    return headlines, None


def _worded_list_headline(segment: Segment) -> bool:
    """A headline of a box between list rows: headline-shaped and of a headline's words."""
    return list_headline(segment) and _worded_headline(segment)


def _worded_headline(segment: Segment) -> bool:
    """Whether the line has a headline's number of words without the marks a site puts
    around a label ("» DAS LESEN ANDERE GERADE »" is four words and two marks)."""
    words = segment.text.split()
    return sum(1 for word in words if any(c.isalnum() for c in word)) >= MIN_HEADLINE_WORDS


# A box with no prose around it is judged by the words of the article's prose: a dump
# with fewer paragraphs than this (a list of subheadings, a cut article) has too few
# words to tell other stories from its own lines.
_AMID_MIN_PROSE = 1


def _prose_enough(segments: list[Segment]) -> bool:
    """Whether the dump holds `_AMID_MIN_PROSE` body paragraphs (`is_paragraph`)."""
    prose = filter(is_paragraph, segments)
    return sum(1 for _ in islice(prose, _AMID_MIN_PROSE)) >= _AMID_MIN_PROSE


# The longest row of a list of names or labels ("Avignon", "Packungsgrößen") that a box's
# heading could be taken for.
_ROW_LABEL_WORDS = 3
# The lines above such a heading compared with it (a list's rows may alternate with
# their descriptions: "- Coronaparty, die", "privat organisierte Party, …").
_ROWS_ABOVE = 2


def _unbulleted_line(segment: Segment) -> bool:
    """A body line of a headline's length that reads as no prose and is no table's or
    bulleted list's row: written as a headline is, so that the headline above it may be
    the first row of the same list."""
    return (
        _headline_sized(segment)
        and not reads_as_prose(segment)
        and segment.text.count("|") < 2
        and LIST_ROW_ANY_NUMBER.match(segment.text) is None
    )


def _short_label(segment: Segment) -> bool:
    """A body line of a few words that ends no sentence ("Vision", "Beispiel")."""
    return (
        segment.label is BODY
        and segment.word_count <= _ROW_LABEL_WORDS
        and not ends_a_sentence(segment.text)
    )


def _same_row(above: Segment, heading: Segment) -> bool:
    """Whether a box's heading is written as the line above it is, so that it is the next
    row of the article's list or table: both table rows, both bulleted with the same
    sign or both numbered, or both short labels with no sentence's end ("Valence",
    "Avignon"). A list's rows open alike: a heading bulleted with another sign than the
    row above it ("* Gerade beliebt" under "- Prise Salz") is the box's own label."""
    if above.text.count("|") >= 2 and heading.text.count("|") >= 2:
        return True
    if LIST_ROW_ANY_NUMBER.match(above.text) and LIST_ROW_ANY_NUMBER.match(heading.text):
        return _row_sign(above.text) == _row_sign(heading.text)
    return (
        above.word_count <= _ROW_LABEL_WORDS
        and heading.word_count <= _ROW_LABEL_WORDS
        and not ends_a_sentence(above.text)
        and not _marked_apart(above, heading)
    )


def _row_sign(text: str) -> str:
    """The sign a list's row opens with: its bullet, or "1" for any number."""
    first = text.lstrip()[:1]
    return "1" if first.isdigit() else first


def _marked_apart(above: Segment, heading: Segment) -> bool:
    """Whether the heading carries a mark before or after its words ("» auch spannend",
    "Auch Spannend ›") that the short line above it lacks, or marks other than the
    line's ("» auch spannend" under "- Sprühkleber"): a list's rows are written alike,
    and a box's label is written as the site's boxes are."""
    bare = unmarked(heading)
    if bare is heading:
        return False
    return _marks(heading, bare) != _marks(above, unmarked(above))


def _marks(segment: Segment, bare: Segment) -> tuple[str, str]:
    """The marks before and after a line's words (`unmarked` took them off into `bare`)."""
    if bare is segment:
        return ("", "")
    text = segment.text
    start = text.find(bare.text)
    return (text[:start].strip(), text[start + len(bare.text) :].strip())


def _far_off_topic_box(
    segments: list[Segment],
    counts: Counter[str],
    specific: SpecificWords,
    ends: KeyEnds,
    box: list[int],
    vocabulary: frozenset[str],
    resumes: bool = True,
) -> bool:
    """Whether no line of a box with no prose around it shares a word of the article's
    own (`specific.named`) with the article, its heading's teaser words left out:
    stricter than `_off_topic_box`, which lets a headline share a third of its words, as
    rows and labels around the box vouch less for where it starts and ends than prose.
    Where the article `resumes` under the box (no box closing the dump), one word met
    by chance in its headlines is allowed (`_chance_tie`)."""
    in_box = segments_with_word([segments[i] for i in box_copies(segments, ends, box)])

    # (the headlines' short words in lower case as in `_off_topic_box`: tune, noise
    # bodies, 54 injected lines out, no body line lost; the heading's too since round 40:
    # "Das lesen andere gerade" amid a list's rows is no label of the article's for
    # "andere" or "gerade" standing in two of its paragraphs, where `_box_at`'s
    # `_heading_on_topic` keeps the wider reading for a subheading over prose; tune,
    # noise bodies: 31 injected lines out, no body line lost)
    def on_topic(word: str) -> bool:
        return counts[word] > in_box[word] and specific.named(word)

    heading = segments[box[0]].content_words - vocabulary
    if any(map(on_topic, heading)):
        return False
    tied = [i for i in box[1:] for w in segments[i].content_words if on_topic(w)]
    return not tied or (resumes and _chance_tie(box, tied))


def _chance_tie(box: list[int], tied: list[int]) -> bool:
    """Whether the one word a box amid rows shares with the article (`tied`: the box's
    line for each word shared) is met by chance: one word in all, in a box of
    `_CHANCE_TIE_HEADLINES` headlines or more, not in its last line (where a run of
    headline-sized lines stops, the article's next row may have been read into it).
    Tune, noise bodies: 26 injected lines out, no body line lost."""
    return len(tied) == 1 and len(box) > _CHANCE_TIE_HEADLINES and tied[0] != box[-1]


def _after_prose(
    segments: list[Segment], opened: list[int], place: int, vocabulary: frozenset[str]
) -> bool:
    """Whether the article's prose stands right before `opened[place]`, or its
    subheading does, right after prose: a box put between a section's heading and
    its first paragraph (the subheading stays, the box is judged from its own heading).
    A line that ends in a colon or is worded as teaser headings are is no subheading
    but the heading of what follows (the box is judged from there), and a list's row
    is the article's own item; under a subheading, a sentence ("Check the cable.")
    is the section's text, not a box's heading."""
    before = segments[opened[place - 1]]
    if before.label is BODY and reads_as_prose(before):
        return True
    if place < 2 or before.label is not BODY or before.word_count > HEADLINE_WORDS:
        return False
    if reads_as_prose(segments[opened[place]]):
        return False
    if (
        before.text.rstrip().endswith((":", "："))
        or LIST_ROW_ANY_NUMBER.match(before.text)  # a row of the article's list
        or worded_as_teaser_heading(before, vocabulary)
    ):
        return False
    above = segments[opened[place - 2]]
    return above.label is BODY and reads_as_prose(above)


def _asks_unlabelled(segment: Segment, vocabulary: frozenset[str]) -> bool:
    """Whether a box's heading asks and is not worded from teaser headings' words: the
    article's question over a box put after it ("Was kostet das?"). A box's heading is
    a label, as `teaser_list` has it: "What goes first?" asks; a label does not."""
    return QUESTION_END.search(segment.text) is not None and not worded_as_teaser_heading(
        segment, vocabulary
    )


def _box_heading_sized(segment: Segment) -> bool:
    """A line of a box's heading's length (`MAX_HEADING_WORDS`): what `_box_at`,
    `_box_amid_rows` and `_closing_box` ask of a heading first, and `teaser_box` of the
    places it gives them."""
    return 1 <= segment.word_count <= MAX_HEADING_WORDS


def _headline_sized(segment: Segment) -> bool:
    """A body line of a headline's length: what every line `boxed_headline` takes is."""
    # (`reads_as_headline` wants `MIN_HEADLINE_WORDS`; a longer line than `HEADLINE_WORDS`
    # reads as prose, and asks in `teaser_lines._MAX_HEADLINE_QUESTION_WORDS` at most.)
    return segment.label is BODY and MIN_HEADLINE_WORDS <= segment.word_count <= HEADLINE_WORDS


def _off_topic_box(
    segments: list[Segment],
    counts: Counter[str],
    specific: SpecificWords,
    ends: KeyEnds,
    box: list[int],
    strict: bool = False,
    vocabulary: frozenset[str] = frozenset(),
    unsure: set[int] | None = None,
) -> bool:
    """Whether the box's headlines, and its heading, share few words with the article
    around it ("Die Themen im Buch" over a list of the book's themes shares "Buch").
    A heading of five words or more reads as one more headline, and the run as the
    article's own list as well as a box ("Written communication – how to write a CV"
    and three more topics of a course: one tune page): `strict`, no line of it may
    share a word with the article. A heading that may be the article's over a box of
    other stories is added to `unsure`: the box goes without it."""
    of = [segments[i].content_words for i in box]
    in_box = segments_with_word([segments[i] for i in box_copies(segments, ends, box)])

    def in_article(word: str) -> bool:
        return counts[word] > in_box[word]

    if strict:
        # (any word shared: the run may be the article's own list of topics, in words
        # of any length)
        shared = [word_share(words, in_article) for words in of[1:]]
        return max(shared) == 0 and not any(in_article(w) for w in of[0])

    def on_topic(word: str) -> bool:
        return in_article(word) and specific(word)

    # The heading's teaser words ("lesen", "weitere", "reading") say it heads a box even
    # where the article uses them: they count as words of it that the article lacks.
    def ties(word: str) -> bool:
        return word not in vocabulary and on_topic(word)

    # A headline's short word in lower case ties it to a text that capitalises its nouns
    # (German) no more: "diese", "alle", "müssen" stand in two paragraphs of any long
    # article, and tied 259 injected lines of boxes between two paragraphs to it (tune,
    # noise bodies; `SpecificWords.named`). The heading keeps the wider reading: an
    # article's subheading read as the box's heading shares such words ("Alle müssen
    # zahlen"; with it read so, tune lost one such subheading).
    def headline_on_topic(word: str) -> bool:
        return in_article(word) and specific.named(word)

    shared = [word_share(words, headline_on_topic) for words in of[1:]]
    if _heading_on_topic(segments[box[0]], of[0], ties, vocabulary):
        if any(shared):
            return False

        # Over headlines none of which shares such a word, a heading tied by its short
        # words in lower case only ("Das lesen andere gerade", "Alle müssen zahlen") may
        # be the article's subheading read into the box: it stays (`unsure`), and the
        # headlines, other stories by their words, go. Its names still tie the box
        # ("Stammsitz Wolfsburg als Aushängeschild" over a box's own heading). Tune,
        # noise bodies: 12 injected lines out, no body line lost.
        def heading_ties(word: str) -> bool:
            return word not in vocabulary and headline_on_topic(word)

        if _heading_on_topic(segments[box[0]], of[0], heading_ties, vocabulary):
            return False
        if unsure is not None:
            unsure.add(box[0])
    return max(shared) <= BOX_MAX_OVERLAP and sum(shared) / len(shared) < TRAILING_OVERLAP


def _heading_on_topic(
    heading: Segment, words: frozenset[str], ties: Callable[[str], bool], vocabulary: frozenset[str]
) -> bool:
    """Whether a box's heading shares half its words with the article (`ties`: the
    article's own words, the teaser headings' words left out), so that it heads the
    article's own section. Not a heading worded as teaser headings are: half its words
    or more are theirs ("Popular right now", "Meistgelesen in der Region"), and its few
    words of its own ("right", "Region") are common words a long article uses in two
    paragraphs too (tune, noise bodies: 93 injected lines out, no body line lost); its
    headlines decide."""
    if worded_as_teaser_heading(unmarked(heading), vocabulary):
        return False
    return word_share(words, ties) >= _BOX_MAX_HEADING_OVERLAP


def box_copies(segments: list[Segment], ends: KeyEnds, box: list[int]) -> set[int]:
    """The box's lines and every other copy of them in the dump: a headline a site
    prints twice ("See also: <headline>" above, the box below) is still no word of the
    article's."""
    copies = set(ends.equal_to(segments[box[0]].key))
    for index in box[1:]:
        copies.update(ends.ending_with(segments[index].key))
    return copies


@lru_cache(maxsize=8)
def teaser_heading_words(lines: frozenset[str], prefixes: tuple[str, ...]) -> frozenset[str]:
    """The words the teaser headings of every language are made of ("stories",
    "reading", "artikel", "lire", "noticias"): a heading no list has word for word
    ("Other stories from our newsroom") is still worded from them."""
    words: set[str] = set()
    for phrase in chain(lines, prefixes):
        words.update(content_words(phrase))
    return frozenset(words)


# "See also ▸ <headline>", "Passend dazu – <headline>": a label of a few words, a
# separator, then another story's headline.
_LABELLED_LINE = re.compile(
    r"^[\W_]*(?P<label>[^\W\d_][^:：|–—>»›▸▶→]{1,40}?)\s*(?:[:：|–—»›▸▶→]|>>|\s-)+\s*(?P<rest>\S.*)$"
)
# Every separator `_LABELLED_LINE` takes holds one of these characters: a line without
# any (nine in ten) is no labelled line, and this search costs a sixth of the pattern's.
_LABEL_SEPARATOR_CHAR = re.compile(r"[:：|–—»›▸▶→>-]")
_MAX_INLINE_LABEL_WORDS = 6
_MIN_INLINE_HEADLINE_WORDS = 4


def short_label_match(text: str) -> re.Match[str] | None:
    """The `_LABELLED_LINE` match of a line printing something behind a label of at most
    `_MAX_INLINE_LABEL_WORDS` words ("Passend dazu | <headline>"), or None (the separator
    screen first: most lines hold none of its characters)."""
    if text.isascii():
        # (an ASCII line can hold only the class's ASCII characters: four C-level
        # scans, where the pattern's search tests the class at every character)
        if not ("-" in text or ":" in text or "|" in text or ">" in text):
            return None
    elif _LABEL_SEPARATOR_CHAR.search(text) is None:
        return None
    match = _LABELLED_LINE.match(text)
    if match is None or len(match.group("label").split()) > _MAX_INLINE_LABEL_WORDS:
        return None
    return match


@revises(Reason.RELATED_TEASER, text_dumps_only=True, derives=(prose_words,))
def labelled_teaser(
    segments: list[Segment], context: PhraseBook, prose: ProseWords
) -> Iterator[Segment]:
    """A teaser label glued to another story's headline on one line ("Don't miss |
    <headline>", "Auch lesenswert: <headline>"), when the label is worded from the
    teaser headings' words and the headline shares at most a third of its words with
    the article: `inline_teaser` knows the labels of its phrase list only. A label of a
    few words of its own ("Passend dazu", "Also on our site") is one too when an arrow
    points from it to the headline (`_points_to_a_link`)."""
    matcher = context.phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    found: list[tuple[int, frozenset[str]]] = []
    for index, segment in enumerate(segments):
        # (label, not is_open: a property call on every line of the dump)
        if segment.label is not BODY:
            continue
        # (Its headline has `_MIN_INLINE_HEADLINE_WORDS` words, each a word of the line
        # too: a shorter line, three in four of a page dump's, is none, and needs no
        # search. A CJK line's word count is no count of its words split at spaces.)
        length = segment.word_count
        if length > HEADLINE_WORDS + _MAX_INLINE_LABEL_WORDS or (
            length < _MIN_INLINE_HEADLINE_WORDS and not segment.may_hold_cjk
        ):
            continue
        match = short_label_match(segment.text)
        if match is None:
            continue
        label, rest = match.group("label"), match.group("rest")
        if len(rest.split()) < _MIN_INLINE_HEADLINE_WORDS or INNER_SENTENCE_END.search(rest):
            continue
        first = next((c for c in rest if c.isalpha()), "")
        if first.islower():
            continue  # a sentence going on after its colon
        # The label is a teaser heading, or two words or more all of whose topic words
        # are teaser headings' words ("Auch lesenswert", "Don't miss"); one such word
        # alone ("Thema:", "Author:") labels a fact of the article's
        # (and half its words at least are such words: "If you want to DIY:" is a clause)
        words = content_words(label)
        size = len(label.split())
        if (
            phrase_form(label) not in matcher.lines
            and (size < 2 or not words or not words <= vocabulary or 2 * len(words) < size)
            and not _points_to_a_link(segment.text, match, size)
        ):
            continue
        found.append((index, content_words(rest)))
    if not found:
        return
    asked = frozenset().union(*(words for _, words in found))
    counts = segments_with_word(segments, asked, most=2)  # (asked: > 1)
    specific = prose.specific(asked)

    # (the line itself holds each of its words once; a short word in lower case of a
    # text that capitalises its nouns is no tie, as in `_off_topic_box`: tune, noise
    # bodies, 26 injected lines out, no body line lost)
    def ties(word: str) -> bool:
        return counts[word] > 1 and specific.named(word)

    for index, words in found:
        if word_share(words, ties) <= BOX_MAX_OVERLAP:
            yield segments[index]


def labelled_headline(segment: Segment) -> Segment | None:
    """The headline of a line that prints one behind a short label ("See also ▸
    <headline>", "Passend dazu | <headline>": `_LABELLED_LINE`, a label of at most
    `_MAX_INLINE_LABEL_WORDS` words), as a segment of its own, when it reads as a box's
    headline (`boxed_headline`); else None. Whatever the label's words."""
    # (no search where the headline cannot be one: a line ending a statement, most
    # paragraphs; a line of fewer words than a headline's, split at white space, whose
    # tail has no more (`may_hold_cjk` False: no CJK, each word counted so))
    if ends_as_statement(segment.text) or (
        segment.word_count < MIN_HEADLINE_WORDS and not segment.may_hold_cjk
    ):
        return None
    match = short_label_match(segment.text)
    if match is None:
        return None
    headline = Segment(match.group("rest"), segment.lines)
    return headline if boxed_headline(headline) else None


# An arrow between a short label and a headline ("Passend dazu ▸ <headline>", "Also on
# our site >> <headline>"): a link's mark, which no sentence and no fact ("Ort: Kiel")
# is written with, whatever the label's words. (Not "»" or "›": German and French
# quotes open with them, "Er sagte »Das bleibt so«".)
_ARROW = re.compile(r"[▸▶→]|>>")
_MAX_ARROW_LABEL_WORDS = 4


def _points_to_a_link(text: str, match: re.Match[str], size: int) -> bool:
    """Whether an arrow stands between the `_LABELLED_LINE` match's label (of `size`
    words, at most `_MAX_ARROW_LABEL_WORDS`) and its headline."""
    between = text[match.end("label") : match.start("rest")]
    return size <= _MAX_ARROW_LABEL_WORDS and _ARROW.search(between) is not None


def list_headline(segment: Segment) -> bool:
    """A headline as `teaser_box` reads one, no table's row ("| Station | Rainfall |"),
    and naming nobody: the article's closing lines name its people ("Additional
    reporting by Steve Gorman; …", "… (Christian P. Stadtfeld) +++"), and a teaser
    that names someone is the cheaper line to keep."""
    return (
        boxed_headline(segment)
        and segment.text.count("|") < 2
        and not _mentions_a_person(segment.text)
    )


def _mentions_a_person(text: str) -> bool:
    """Whether the line mentions someone: a given name followed by a capitalised word
    ("Steve Gorman", "Christian P."); `structure._names_a_person` asks whether a line
    is a bare name."""
    words = text.replace("(", " ").split()
    return any(
        is_given_name(word) and following[:1].isupper() for word, following in pairwise(words)
    )


def worded_as_teaser_heading(segment: Segment, vocabulary: frozenset[str]) -> bool:
    """At least half of the line's words, and one at least, are teaser headings' words."""
    words = segment.content_words
    return not words.isdisjoint(vocabulary) and 2 * len(words & vocabulary) >= len(words)


def goes_on_from(line: Segment, following: Segment) -> bool:
    """Whether `following` carries on from `line`: a verse or sentence going on in lower
    case ("I walk the wall where you once stood" / "and count the gulls …"), or the
    paragraph a subheading introduces, sharing its words. A row opening with a figure or
    a bullet ("200 g Zucker", "- 52 cm", "- an frostfreien Tagen gießen") carries on no
    sentence, whatever the case of its first letter (tune, noise bodies: 34 injected
    lines out, no article line lost; a mark before a lower-case word, "▶ don't miss
    these", still carries on: read so too, the project's own book list lost 2 titles)."""
    return carries_on_in_lower_case(following) or not line.content_words.isdisjoint(
        following.content_words
    )


def carries_on_in_lower_case(line: Segment) -> bool:
    """Whether the line opens in lower case and is no row (a figure, a bullet, a table's
    cells: "| iPhone 15 | 9h 12m |"): a sentence or verse going on from the line above it
    (`goes_on_from`'s first reading)."""
    text = line.text.lstrip()
    first = next((c for c in text if c.isalpha()), "")
    row = text[:1].isdigit() or LIST_ROW_ANY_NUMBER.match(text) is not None
    return first.islower() and not row and text.count("|") < 2
