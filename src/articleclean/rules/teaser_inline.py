"""A link to another story printed once behind a short label, between two paragraphs
that go on from each other: `interrupting_teaser`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..article import Reason
from ..document import BODY, BODY_OR_HEADING, ProseWords, Segment, content_words
from ..lexicon import BULLET_MARKS
from .base import decided_article_dump, revises
from .phrasebook import PhraseBook
from .teaser_boxes import short_label_match
from .teaser_lines import (
    HEADLINE_WORDS,
    INNER_SENTENCE_END,
    boxed_headline,
    ends_a_sentence,
    is_paragraph,
    opens_as_stem,
    prose_words,
    row_form,
    segments_with_word,
    word_stems,
)

# The label: this many words at least ("Passend dazu", "Also on our site"); one word is a
# fact's label ("Ort:", "Fazit:") ...
_LINK_LABEL_MIN_WORDS = 2
# ... and this many at most; more is a clause.
_LINK_LABEL_MAX_WORDS = 4
# The headline behind it: a headline's length.
_LINK_HEADLINE_MIN_WORDS = 4
# What opens a list's row without a space after it, and a quoted line (">").
_ROW_MARKS = frozenset(BULLET_MARKS + ">")


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    derives=(prose_words, decided_article_dump),
)
def interrupting_teaser(
    segments: list[Segment], context: PhraseBook, prose: ProseWords, article_dump: bool
) -> Iterator[Segment]:
    """A line "label + separator + headline" (`short_label_match`, a label of two to
    `_LINK_LABEL_MAX_WORDS` words of any wording: "Passend dazu – <headline>") printed once
    right above a paragraph, under a paragraph or under that paragraph's subheading,
    where the two lines around it go on from each other while it does not: they share a
    word of the article's own (`SpecificWords.named`), and no word of the line is the
    article's (`named`, outside the lines taken out: a box a teaser rule took may print
    the headline too) nor opens as a word of the two lines does (`STEM_LETTERS`). A
    link to another story cuts into the prose so; the article's own subheading in that
    form ("Die Lösung: Lindenblüten haben keinen Nektar mehr") opens a section whose
    paragraph takes up its words, and a song's or a link's title stands among lines of
    its kind (rows, titles, other labelled lines), not between a paragraph and the text
    going on from it. Round 40's reading of the label's form alone (any such line
    sharing no word with the article) cost the `loss_audit` dumps 154 body lines:
    position and the continuity around the line are the evidence here. Tune, noise
    bodies: 35 injected lines out, no body line lost; `loss_audit` dumps 6 junk lines
    out, none lost (with a subheading under the line too: 2 lines of a kicker
    headline lost). Text dumps read as articles only."""
    if not article_dump:
        return
    opened = [i for i, s in enumerate(segments) if s.label in BODY_OR_HEADING]
    found: list[tuple[int, _Labelled, Segment, Segment]] = []
    for place in range(1, len(opened) - 1):
        segment = segments[opened[place]]
        # (A line ending a sentence first: most lines are paragraphs, and the headline,
        # the line's tail, ends none.)
        if segment.label is not BODY or segment.may_hold_digit or ends_a_sentence(segment.text):
            continue
        labelled = _label_and_headline(segment)
        if labelled is None:
            continue
        before, after = segments[opened[place - 1]], segments[opened[place + 1]]
        if not is_paragraph(after) or not (is_paragraph(before) or _subheading(before)):
            continue
        found.append((opened[place], labelled, before, after))
    if not found:
        return
    asked = frozenset().union(
        *(
            labelled.words | (before.content_words & after.content_words)
            for _, labelled, before, after in found
        )
    )
    specific = prose.specific(asked, excluded=[index for index, *_ in found])
    # (The text lines holding each of the lines' words, counted once: each line's own
    # words are taken off below. Counted per line, a 10 MB article's count of all its
    # lines for each of ~90 such lines cost it 5 s of 10.)
    # (each count asked only past the line's own copy: up to 2)
    counts = segments_with_word(segments, frozenset().union(*(f[1].words for f in found)), most=2)

    for index, labelled, before, after in found:
        # The article's words: those of the text lines, the line left out (a box a
        # teaser rule took may print its headline too, and that copy is no word of the
        # article's). A short word in lower case of a text that capitalises its nouns
        # ("dazu", "diese") is none, as `_off_topic_box` reads a box's headlines.
        own = segments[index].content_words  # (a body line: one of the lines counted)
        if any(counts[word] - (word in own) and specific.named(word) for word in labelled.words):
            continue
        if not any(map(specific.named, before.content_words & after.content_words)):
            continue  # the paragraphs do not go on from each other: a section may start
        if opens_as_stem(labelled.words, word_stems((before, after))):
            continue
        yield segments[index]


class _Labelled(NamedTuple):
    """A line's headline as printed behind its label, and the words of both."""

    headline: str
    words: frozenset[str]


def _label_and_headline(segment: Segment) -> _Labelled | None:
    """The headline, and the words of label and headline, of a line written as a link
    under a label of its own: two to `_LINK_LABEL_MAX_WORDS` words opening in upper case,
    sharing no word with the headline (a teaser's label names no topic), a headline of
    `_LINK_HEADLINE_MIN_WORDS` to `HEADLINE_WORDS` words opening in upper case and ending no
    sentence, and no row of a table or a list; else None."""
    text = segment.text
    if _row(text):
        return None
    match = short_label_match(text)
    if match is None:
        return None
    label, rest = match.group("label"), match.group("rest")
    if (
        not _LINK_LABEL_MIN_WORDS <= len(label.split()) <= _LINK_LABEL_MAX_WORDS
        or not label[:1].isupper()
    ):
        return None
    if not _LINK_HEADLINE_MIN_WORDS <= len(rest.split()) <= HEADLINE_WORDS:
        return None
    if INNER_SENTENCE_END.search(text) or ends_a_sentence(rest):
        return None  # a sentence in the label or the headline ("Más fuego amigo. Larroque: …")
    first = next((c for c in rest if c.isalpha()), "")
    if not first.isupper():
        return None
    label_words, headline_words = content_words(label), content_words(rest)
    if not headline_words or not label_words.isdisjoint(headline_words):
        return None
    return _Labelled(rest, label_words | headline_words)


def _subheading(segment: Segment) -> bool:
    """A headline-like line of the article's (no row, no labelled line)."""
    return (
        segment.label is BODY
        and boxed_headline(segment)
        and not _row(segment.text)
        and _label_and_headline(segment) is None
    )


def _row(text: str) -> bool:
    """Whether the line is a row of a table or a list: cells, a number or a bullet
    (`row_form`), or a row's mark or a quote's ">" first, spaced or not."""
    return any(row_form(text)) or text.lstrip()[:1] in _ROW_MARKS
