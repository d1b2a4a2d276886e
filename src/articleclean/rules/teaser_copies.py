"""The rest of a box whose headlines a site printed twice: the copies went to
`repeated_teaser`, the box's heading and its other headlines stand around them."""

from __future__ import annotations

from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, BODY_OR_HEADING, ProseWords, Segment, word_share
from ..lexicon import LIST_ROW_ANY_NUMBER
from .base import Claimed, decided_article_dump, revises
from .closing_runs import repeated_teaser
from .phrasebook import PhraseBook
from .teaser_boxes import (
    BOX_MAX_HEADLINES,
    BOX_MAX_OVERLAP,
    teaser_heading_words,
    worded_as_teaser_heading,
)
from .teaser_lines import (
    MAX_HEADING_WORDS,
    boxed_headline,
    is_paragraph,
    label_value,
    prose_words,
    says_more_than_a_label,
    segments_with_word,
    unmarked,
)

# A word of the heading's own ties it to the article when it is this long at least: the
# length `SpecificWords` takes as the article's own without counting (tune, noise bodies:
# a heading's short words tied 5 of its lines to the article, none of an article's).
_HEADING_TIE_LETTERS = 7


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(repeated_teaser,),
    derives=(prose_words, decided_article_dump),
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
        if first in copies and worded_as_teaser_heading(first, vocabulary):
            # The box's heading printed twice is a copy too: the box starts under it.
            heading, run = run[0], run[1:]
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
    counts = segments_with_word(rest, asked)
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
