"""The rest of a box whose headlines a site printed twice: the copies went to
`repeated_teaser`, the box's heading and its other headlines stand around them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from ..article import Reason
from ..document import BODY, BODY_OR_HEADING, ProseWords, Segment, word_share
from ..lexicon import LIST_ROW_ANY_NUMBER
from .base import Claimed, decided_article_dump, revises
from .closing_runs import TEASER_RULES, repeated_teaser
from .phrasebook import PhraseBook
from .teaser_boxes import (
    BOX_MAX_HEADLINES,
    BOX_MAX_OVERLAP,
    carries_on_in_lower_case,
    labelled_headline,
    list_headline,
    teaser_box,
    teaser_heading_words,
    worded_as_teaser_heading,
)
from .teaser_lines import (
    MAX_HEADING_WORDS,
    TEXT_LABELS,
    boxed_headline,
    is_paragraph,
    label_value,
    opens_as_stem,
    prose_words,
    row_writing,
    says_more_than_a_label,
    segments_with_word,
    unmarked,
    word_stems,
)
from .teaser_lists import teaser_list

# A word of the heading's own ties it to the article when it is this long at least: the
# length `SpecificWords` takes as the article's own without counting (tune, noise bodies:
# a heading's short words tied 5 of its lines to the article, none of an article's).
_HEADING_TIE_LETTERS = 7
_TAKEN_TEASERS = (*TEASER_RULES, repeated_teaser)
"""The teaser rules one of whose copies of a story `labelled_copy` looks for: read, and
needed."""


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(_TAKEN_TEASERS,),
    needs=(_TAKEN_TEASERS,),
    derives=(decided_article_dump,),
    article_dumps_only=True,
)
def labelled_copy(
    segments: list[Segment], context: PhraseBook, teasers: Claimed, article_dump: bool
) -> Iterator[Segment]:
    """A story printed twice, once behind a short label on a line of its own ("Passend
    dazu | <headline>", `labelled_headline`) and once as a headline, when a teaser rule
    took one of the two copies: the other is the same link to another story, whatever
    the label's words (a label of a few words of its own, "Also on our site", is the
    article's own kicker or a song's title as often: round 40 measured it, dropped).
    The repetition is the evidence, as `repeated_teaser`'s, which wants the copies
    written alike: the labelled line whose headline a box printed, or the headline a
    taken labelled line printed. Headlines only (`boxed_headline`), not the dump's
    title (a labelled copy of it is the article's own headline printed again), and a
    headline printed at most `_MAX_LABELLED_COPIES` times. Tune, noise bodies: 65
    injected lines out (44 inline teasers, 21 box headlines), no body line lost; own
    bodies 11 out. (The same line printed twice, plain or labelled, when
    `repeated_teaser` left it: 29 more injected lines, but the `loss_audit` dumps lost
    8 body lines, copies of lines other rules took wrongly; `repeated_teaser_box`
    reading these copies too: 17 more, but labelled lines among an article's rows took
    4 of its rows along.)"""
    if not article_dump or not teasers:
        return
    title = next((s for s in segments if s.label in TEXT_LABELS), None)
    title_key = title.key if title is not None else ""
    # The headlines of the taken lines: behind a label, and alone. The same line printed
    # twice is `repeated_teaser`'s (its guards: after the first paragraph, no fact).
    behind_label: set[str] = set()
    alone: set[str] = set()
    for segment in teasers:
        headline = labelled_headline(segment)
        if headline is not None:
            behind_label.add(headline.key)
        elif boxed_headline(segment):
            alone.add(segment.key)
    behind_label = {key for key in behind_label if key and not title_key.startswith(key)}
    alone = {key for key in alone if key and not title_key.startswith(key)}
    if not behind_label and not alone:
        return
    found: list[tuple[Segment, str]] = []
    # (A labelled line's headline is the tail of its text, so its key ends the line's:
    # a line whose key is no headline taken and ends none taken alone is neither copy,
    # and is not read behind a label, a search every body line of a big article paid.)
    ends_one = _ends_one_of(alone)
    for segment in segments:
        if segment.label is not BODY:
            continue
        if segment.key not in behind_label and not ends_one(segment.key):
            continue
        headline = labelled_headline(segment)
        if headline is not None:
            if headline.key in alone:
                found.append((segment, headline.key))
        elif segment.key in behind_label and boxed_headline(segment):
            found.append((segment, segment.key))
    printed = Counter(key for _, key in found)
    for segment, key in found:
        if printed[key] <= _MAX_LABELLED_COPIES:
            yield segment


# A headline printed more often than this is a label or a row the article repeats.
_MAX_LABELLED_COPIES = 2
_TAIL = 8
"""Characters of a key's end that `_ends_one_of` files the keys by (`KeyEnds`' length)."""
_FEW_KEYS = 16
"""Up to this many keys, one `endswith` of them all a line is cheaper than a filing."""


def _ends_one_of(keys: set[str]) -> Callable[[str], bool]:
    """Whether a key ends with one of `keys` (none empty): `str.endswith` of them all,
    or, for more than `_FEW_KEYS`, only for a key whose last `_TAIL` characters end one
    of the longer keys (a key ending with one `_TAIL` long or longer ends with its last
    `_TAIL`), the shorter keys asked apart. One `endswith` of every taken headline for
    every body line grew with the lines times the headlines: a 10 MB article's ~14 times
    a 100 KB one's instructions per byte (callgrind, round 60)."""
    ends = tuple(keys)
    if len(ends) <= _FEW_KEYS:
        return lambda key: key.endswith(ends)
    long_ends = tuple(key for key in ends if len(key) >= _TAIL)
    tails = frozenset(key[-_TAIL:] for key in long_ends)
    short_ends = tuple(key for key in ends if len(key) < _TAIL)

    def ends_one(key: str) -> bool:
        return (key[-_TAIL:] in tails and key.endswith(long_ends)) or key.endswith(short_ends)

    return ends_one


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(repeated_teaser,),
    needs=(repeated_teaser,),
    derives=(prose_words, decided_article_dump),
    article_dumps_only=True,
)
def repeated_teaser_box(
    segments: list[Segment],
    context: PhraseBook,
    copies: Claimed,
    prose: ProseWords,
    article_dump: bool,
) -> Iterator[Segment]:
    """A short heading over a run of two to five headlines, one of them at least a
    headline printed again that `repeated_teaser` took: the box it stands in, printed
    once more, whose other headlines are no copies (the site linked those stories once).
    The copy is the evidence that the run is a box and not the article's own list, so
    the tests are those of a box's shape, not of its words: the heading is a short label
    (a bullet before it allowed, as before a box's headlines), worded as teaser headings
    are, under a paragraph, or over nothing but copies; no line under the run is a
    headline (the walk takes them all); headlines after the last copy only when prose
    resumes right under them. The topic still keeps the article's lines: the heading
    stays when a long word of its own is the article's (`_HEADING_TIE_LETTERS`: its
    short ones, "andere", "gerade", "town", are words any long article uses twice), and
    the box when a headline shares more than a third of its words with the article (a
    subheading right under a copy, introducing the next paragraph, shares its topic)."""
    if not article_dump:
        return  # a page prints its menus and boxes around copies too (not measured there)
    places = copies.positions(segments)
    if not places:
        return  # most dumps: no copy was taken
    opened = [i for i, s in enumerate(segments) if s.label in BODY_OR_HEADING or s in copies]
    where = {index: place for place, index in enumerate(opened)}
    matcher = context.phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    boxes: list[tuple[int, list[int]]] = []
    done: set[int] = set()
    for index in places:
        place = where.get(index)
        if place is None or index in done:
            continue
        top = place
        while top > 0 and _in_run(segments[opened[top - 1]], copies):
            top -= 1
        end = place
        while end + 1 < len(opened) and _in_run(segments[opened[end + 1]], copies):
            end += 1
        run = opened[top : end + 1]
        done.update(run)
        first = segments[run[0]]
        inside = _own_heading(segments, run, copies, vocabulary)
        if first in copies and worded_as_teaser_heading(first, vocabulary):
            # The box's heading printed twice is a copy too: the box starts under it.
            heading, run = run[0], run[1:]
        elif inside:
            # The box's own heading inside the run: the box starts under it, and the
            # lines above it are the article's (its short lines right over the box).
            heading, run = run[inside], run[inside + 1 :]
        elif top > 0 and _box_heading(segments[opened[top - 1]]):
            heading = opened[top - 1]
            if not (
                worded_as_teaser_heading(segments[heading], vocabulary)
                or (top > 1 and is_paragraph(segments[opened[top - 2]]))
                or all(segments[i] in copies for i in run)
            ):
                continue  # a label among the article's short lines (an address, a row)
        else:
            continue
        if not 2 <= len(run) <= BOX_MAX_HEADLINES:
            continue
        resumes = segments[opened[end + 1]] if end + 1 < len(opened) else None
        if resumes is None or not is_paragraph(resumes):
            # Headlines after the last copy may open the article's next part (a list,
            # a closing line): only the article's prose resuming ends the box there.
            copied = [i for i in run if segments[i] in copies]
            if not copied:
                continue  # the heading was the only copy: nothing vouches for the run
            run = [i for i in run if i <= copied[-1]]
        boxes.append((heading, [i for i in run if segments[i] not in copies]))
    if not boxes:
        return
    boxed = {i for heading, others in boxes for i in (heading, *others)} | set(places)
    asked = frozenset().union(*(segments[i].content_words for b in boxes for i in (b[0], *b[1])))
    rest = [s for i, s in enumerate(segments) if i not in boxed]
    counts = segments_with_word(rest, asked, most=1)  # (asked: > 0)
    specific = prose.specific(asked, excluded=boxed)

    def on_topic(word: str) -> bool:
        return counts[word] > 0 and specific(word)

    for heading, others in boxes:
        own = segments[heading].content_words - vocabulary
        if any(len(w) >= _HEADING_TIE_LETTERS and on_topic(w) for w in own):
            continue
        if any(word_share(segments[i].content_words, on_topic) > BOX_MAX_OVERLAP for i in others):
            continue
        if segments[heading] not in copies:
            yield segments[heading]
        for index in others:
            yield segments[index]


def _own_heading(
    segments: list[Segment], run: list[int], copies: Claimed, vocabulary: frozenset[str]
) -> int:
    """The place in `run`, after its first line, of the first line worded as teaser
    headings are that is no copy ("» Other stories from our newsroom"), or 0: a box's
    heading is a headline's length at times, and the walk up from the copy then goes on
    over it into the article's short lines above the box ("Pro", "Fotocamera eccellente
    anche di notte"; round 50, noise bodies), which the box's label was read from."""
    for at, index in enumerate(run[1:], 1):
        segment = segments[index]
        if segment not in copies and worded_as_teaser_heading(segment, vocabulary):
            return at
    return 0


def _in_run(segment: Segment, copies: Claimed) -> bool:
    """A line of the box's run: a copy taken, or an open headline as a box prints one."""
    return segment in copies or (segment.label is BODY and boxed_headline(segment))


def _box_heading(segment: Segment) -> bool:
    """A box's heading: a short open label, no sentence (a mark at its end aside), no
    question, figure, address, "label: value" fact or numbered row (a bullet before a
    label is a mark, as `unmarked` has it)."""
    if segment.label is not BODY or not 1 <= segment.word_count <= MAX_HEADING_WORDS:
        return False
    text = segment.text
    return not (
        label_value(text)
        or says_more_than_a_label(text)
        or LIST_ROW_ANY_NUMBER.match(unmarked(segment).text)
    )


# The box rules' runs this long at least (a heading and two headlines, or three
# headlines) are boxes whose last line `left_out_headline` looks under.
_BOX_RUN_MIN = 3
_BOX_RULES = (teaser_box, teaser_list, repeated_teaser, repeated_teaser_box)
"""The box rules whose runs `left_out_headline` looks under: read, and needed."""


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(_BOX_RULES,),
    needs=(_BOX_RULES,),
    derives=(prose_words, decided_article_dump),
    article_dumps_only=True,
)
def left_out_headline(
    segments: list[Segment],
    context: PhraseBook,
    boxed: Claimed,
    prose: ProseWords,
    article_dump: bool,
) -> Iterator[Segment]:
    """The headline right under a box the box rules took, that they left out: their walk
    stops a line early where the line after the box may open the article's next part
    (its list's next row, its subheading), and the box's last headline stays. Taken when
    it is written as the box's headlines are (`row_writing`: case, digits, bullets) and
    as the line after it is not (a paragraph, or a row of another writing: "1 TL
    Backpulver", "Nach Mörbisch um 20 Euro") that does not go on in lower case; or a
    headline left between two lines they took (copies of the box's other headlines went
    to `repeated_teaser`). And it shares no word of the article's own
    (`SpecificWords.named`, as a box's headlines are weighed) with the article outside
    the boxes, nor a word opening as one of the article's does (`STEM_LETTERS`):
    another story's headline, not the first of the article's titles or its subheading.
    (`goes_on_from`'s other reading, a word shared with the next line, is the topic
    test's here: the box rules leave out a headline sharing "diese", "alle" or "need"
    with the paragraph after it.)"""
    if not article_dump:
        return  # a page's menus and boxes follow each other (not measured there)
    places = boxed.positions(segments)
    if len(places) < 2:
        return  # most dumps: no box was taken (a headline inside one stands between two)
    opened = [i for i, s in enumerate(segments) if s.label in BODY_OR_HEADING or s in boxed]
    taken = boxed.marks(segments[i] for i in opened)
    found = [
        opened[place]
        for place in range(1, len(opened) - 1)
        if not taken[place] and taken[place - 1] and _left_out(segments, opened, taken, place)
    ]
    if not found:
        return
    asked = frozenset().union(*(segments[i].content_words for i in found))
    set_aside = set(places).union(found)
    rest = [s for i, s in enumerate(segments) if i not in set_aside]
    counts = segments_with_word(rest, asked, most=1)  # (asked: > 0)
    specific = prose.specific(asked, excluded=set_aside)
    stems = word_stems(rest)
    for index in found:
        words = segments[index].content_words
        if any(counts[w] > 0 and specific.named(w) for w in words):
            continue
        if opens_as_stem(words, stems):
            continue
        yield segments[index]


def _left_out(segments: list[Segment], opened: list[int], taken: list[bool], place: int) -> bool:
    """Whether the open line at `opened[place]`, right under a line the box rules took,
    is a headline of that box that they left out: between two of its taken lines, or
    under `_BOX_RUN_MIN` of them over a line that is no headline, does not go on in
    lower case and is a paragraph or a row of another writing (see
    `left_out_headline`). (`taken` marks the lines of `opened` the rules took.)"""
    line = segments[opened[place]]
    last = segments[opened[place - 1]]
    after = segments[opened[place + 1]]
    if line.label is not BODY or not list_headline(line) or not list_headline(last):
        return False
    writing = row_writing(line)
    if writing != row_writing(last):
        return False
    if taken[place + 1]:
        # Inside the box: a headline the rules left between two they took (a copy of
        # one went to `repeated_teaser`), written as the one under it too.
        return list_headline(after) and row_writing(after) == writing
    above = 0
    while above < place and taken[place - 1 - above]:
        above += 1
    return (
        above >= _BOX_RUN_MIN
        # (taking the headline over such a line when none of its words is the article's
        # was tried: round 39, tune, 14 more injected lines out, but a product page's
        # feature line over its lower-case second half lost in the `article_shapes` dumps)
        and not carries_on_in_lower_case(after)
        and not list_headline(after)
        and (is_paragraph(after) or row_writing(after) != writing)
    )
