"""A link to another story printed once behind a short label, between two paragraphs
that go on from each other: `interrupting_teaser`; where it cuts into the text, about
nothing the article is about: `stray_teaser`."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from itertools import chain, filterfalse
from typing import NamedTuple

from ..article import Reason
from ..document import (
    BODY,
    ProseWords,
    Segment,
    SpecificWords,
    content_words,
    places_sharing,
)
from ..lexicon import ends_a_sentence
from .base import decided_article_dump, revises
from .boilerplate import PROSE_LINE_WORDS
from .phrasebook import PhraseBook
from .teaser_boxes import short_label_match
from .teaser_lines import (
    HEADLINE_WORDS,
    INNER_SENTENCE_END,
    STEM_LETTERS,
    TEXT_LABELS,
    boxed_headline,
    is_paragraph,
    is_row,
    open_lines,
    opens_as_stem,
    prose_words,
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


class LabelledLines:
    """The document's lines read as "label + separator + headline" (`_labelled_line`),
    each text once for the document, and the lines so read that may be a link
    (`candidates`): `interrupting_teaser` and `stray_teaser` each walked every open line
    for them, and `_subheading` and `_text_line` read a candidate's neighbours again.
    Round 43 kept the readings in an LRU of 4,096 texts, which a 10 MB article's ~14,000
    lines read so overflowed: the second rule read them all again. Built empty (a page
    dump, which neither rule reads, pays nothing); read when a rule first asks. The
    readings are a pure function of the texts, which no rule changes; the candidates
    are the body lines when `interrupting_teaser` asks, and `stray_teaser`, right after
    it, reads whether each is body still (between the two, only the first one's claims
    change labels, from body to removed: no line turns body), as each read its own
    walk over the open lines before."""

    __slots__ = ("_candidates", "_read", "_segments")

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._read: dict[str, _Labelled | None] = {}
        self._candidates: list[tuple[int, _Labelled]] | None = None

    def candidates(self) -> list[tuple[int, _Labelled]]:
        """Each body line (when first asked) with its reading, in order, of those read as
        labelled that hold no digit (`may_hold_digit`: a date, a score, a list's number)
        and end no sentence (the headline, the line's tail, ends none; most lines are
        paragraphs, and this test comes first). (Body lines only: read whatever their
        labels, the removed lines of a short article dump cost it more than the
        rules' two walks, by callgrind.)"""
        if self._candidates is None:
            found = []
            for index, segment in enumerate(self._segments):
                if (
                    segment.label is not BODY
                    or segment.may_hold_digit
                    or ends_a_sentence(segment.text)
                ):
                    continue
                labelled = self(segment)
                if labelled is not None:
                    found.append((index, labelled))
            self._candidates = found
        return self._candidates

    def placed(self, opened: list[int]) -> Iterator[tuple[int, int, _Labelled]]:
        """Each candidate that is body still, with its place among the `opened` lines
        (the body and heading lines, in order) and its reading; none at place 0, the
        dump's first open line, which neither rule takes."""
        segments = self._segments
        for index, labelled in self.candidates():
            if segments[index].label is not BODY:
                continue
            place = bisect_left(opened, index)
            if place > 0:
                yield index, place, labelled

    def __call__(self, segment: Segment) -> _Labelled | None:
        """The line's label, headline and their words (`_labelled_line`), or None."""
        text = segment.text
        read = self._read
        if text in read:
            return read[text]
        found = read[text] = _labelled_line(text)
        return found


def labelled_lines(segments: list[Segment]) -> LabelledLines:
    """The document's `LabelledLines`, in both rules' `derives` (`_inline_teaser`)."""
    return LabelledLines(segments)


# Both inline-teaser rules read a line "label + separator + headline" (`labelled_lines`)
# against the article's words (`prose_words`), on article dumps only: one declaration.
_inline_teaser = revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    derives=(prose_words, decided_article_dump, labelled_lines, open_lines),
    article_dumps_only=True,
)


@_inline_teaser
def interrupting_teaser(
    segments: list[Segment],
    context: PhraseBook,
    prose: ProseWords,
    article_dump: bool,
    lines: LabelledLines,
    opened: list[int],
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
    found: list[tuple[int, _Labelled, Segment, Segment]] = []
    for index, place, labelled in lines.placed(opened):
        if place == len(opened) - 1:
            continue
        before, after = segments[opened[place - 1]], segments[opened[place + 1]]
        if not is_paragraph(after) or not (is_paragraph(before) or _subheading(before, lines)):
            continue
        found.append((index, labelled, before, after))
    if not found:
        return
    asked = frozenset().union(
        *(
            labelled.words | (before.content_words & after.content_words)
            for _, labelled, before, after in found
        )
    )
    # (a set: `SpecificWords` asks it of every place of a word, and a list of the lines
    # grew with them, ~90 on a 10 MB article)
    specific = prose.specific(asked, excluded=frozenset(index for index, *_ in found))
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

    label: str
    """The label, case-folded, its spaces single."""
    headline: str
    words: frozenset[str]
    headline_words: frozenset[str]


def _labelled_line(text: str) -> _Labelled | None:
    """The headline, and the words of label and headline, of a line written as a link
    under a label of its own: two to `_LINK_LABEL_MAX_WORDS` words opening in upper case,
    sharing no word with the headline (a teaser's label names no topic), a headline of
    `_LINK_HEADLINE_MIN_WORDS` to `HEADLINE_WORDS` words opening in upper case and ending no
    sentence, and no row of a table or a list; else None. A pure function of the text,
    read once a document for each text (`LabelledLines`)."""
    if is_row(text):
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
    return _Labelled(
        " ".join(label.casefold().split()), rest, label_words | headline_words, headline_words
    )


def _subheading(segment: Segment, lines: LabelledLines) -> bool:
    """A headline-like line of the article's (no row, no labelled line)."""
    return (
        segment.label is BODY
        and boxed_headline(segment)
        and not is_row(segment.text)
        and lines(segment) is None
    )


# How many open lines above and below a line `stray_teaser` looks at for a line of the
# same form (label, the same separator, a tail opening in upper case): a list of such
# lines (album titles "Wilco: Schmilco", a site's links "Gewalt im Netz – …") is the
# article's own, however far its words are from the article's.
_SAME_FORM_REACH = 3
# What opens a line in brackets: an aside to the text (a picture's note, who is quoted).
_ASIDE_MARKS = ("(", "[", "（")


@_inline_teaser
def stray_teaser(
    segments: list[Segment],
    context: PhraseBook,
    prose: ProseWords,
    article_dump: bool,
    lines: LabelledLines,
    opened: list[int],
) -> Iterator[Segment]:
    """A line "label + separator + headline" (`_labelled_line`, as
    `interrupting_teaser` reads it) about nothing the article is about, standing where
    no line of its form does: no word of it is the article's (`SpecificWords.named`, in
    a text line but itself) and no word of its headline opens as a word of any other
    text line does (`STEM_LETTERS`: the article as a whole, not two neighbours), no line
    of the same form stands within `_SAME_FORM_REACH` lines, and it cuts into the text
    (`_cuts_in`): right above text, above a subheading under text, under a paragraph at
    the dump's end, or among a list's rows. `interrupting_teaser` wants the text around
    the line to go on from itself; a link printed where a section starts, after the last
    paragraph, under a subheading or among rows it leaves (round 42: ~115 of the 170
    inline teasers left on the tune noise bodies; round 43, tune noise bodies: 80 of
    them out, no body line lost; `loss_audit` tune dumps: 52 junk lines out, none lost).
    The article's own "label: headline" lines take up its words (a subheading: "Die
    Lösung: Lindenblüten haben keinen Nektar mehr"), or stand among lines of their form
    (a list of titles), or right under a paragraph over a short line (a kicker over a
    video, "Vorab im Video: …", left). Text dumps read as articles only."""
    if not article_dump:
        return
    found: list[tuple[int, _Labelled]] = []
    labels: Counter[str] = Counter()  # (each label's open lines, wherever they stand)
    for index, place, labelled in lines.placed(opened):
        segment = segments[index]
        labels[labelled.label] += 1
        if segment.text.lstrip().startswith(_ASIDE_MARKS):
            continue  # a line in brackets is an aside ("[Above: …]", "(X – singer)"), no link
        if _cuts_in(segments, opened, place, lines) and not _same_form_near(
            segments, opened, place
        ):
            found.append((index, labelled))
    if not found:
        return
    asked = frozenset().union(*(labelled.words for _, labelled in found))
    specific = prose.specific(asked, excluded=frozenset(index for index, _ in found))  # (a set)
    # (The text lines holding each of the lines' words found once for the document: each
    # line's own words, its copies' and its label's other lines' are taken off below,
    # and no line is read again for each candidate.)
    evidence = _Evidence(segments, found, opened[0])
    for index, labelled in found:
        if not evidence.takes_up(index, labelled, specific, labels[labelled.label] - 1):
            yield segments[index]


class _Evidence:
    """Where `stray_teaser`'s lines' words stand in the article, read once for the
    document: the text lines holding each headline word, and, when a line's first
    tests leave it (`other_forms`), the words of the text lines opening as a headline
    word does (`STEM_LETTERS`)."""

    def __init__(
        self, segments: list[Segment], found: list[tuple[int, _Labelled]], title: int
    ) -> None:
        self._segments = segments
        self._title = title
        headline = frozenset().union(*(labelled.headline_words for _, labelled in found))
        self._headline = headline
        words = [s.content_words if s.label in TEXT_LABELS else _NO_WORDS for s in segments]
        self._words = words
        # How many text lines hold each word of the lines (`segments_with_word`'s counts):
        # a headline word's are counted here, at C level; the labels' other words when a
        # line's headline words leave it (`_count_labels`), and each other form when the
        # forms are read (`_stem_forms`). Round 43 counted every word of the document: a
        # twelfth of a 10 MB article's clean.
        self._counts: Counter[str] = Counter(
            chain.from_iterable(map(headline.__and__, filterfalse(headline.isdisjoint, words)))
        )
        # The places of each line's rarest headline word only, all `copies` reads: the
        # places of every headline word, a Python turn for each, grew with the lines
        # times the words asked (a 10 MB article's stray_teaser cost ~14 times a 100 KB
        # one's instructions per byte, callgrind, round 60). The headline words' counts
        # do not change after this, so `copies` picks the same word.
        rarest = frozenset(
            min(labelled.headline_words, key=self._counts.__getitem__) for _, labelled in found
        )
        self._where: dict[str, list[int]] = {word: [] for word in rarest}
        for place in places_sharing(words, rarest):
            for word in words[place] & rarest:
                self._where[word].append(place)
        self._labels = frozenset().union(*(labelled.words for _, labelled in found)) - headline
        """The words of the labels that are no headline's, not yet counted."""
        self._forms: dict[str, list[str]] | None = None

    def _stem_forms(self) -> dict[str, list[str]]:
        """The words of the text lines under each `STEM_LETTERS` letters opening a
        headline word, with their counts (`_counts`); read at the first ask. Most lines
        are taken up by a word of theirs before (all 89 of a 10 MB article's), and the
        article's vocabulary is no small read: one C-level union of the lines' words."""
        if self._forms is None:
            headline = self._headline
            stems = {word[:STEM_LETTERS] for word in headline if len(word) >= STEM_LETTERS}
            forms: dict[str, list[str]] = {stem: [] for stem in stems}
            for word in frozenset().union(*self._words):
                if len(word) >= STEM_LETTERS and word[:STEM_LETTERS] in stems:
                    forms[word[:STEM_LETTERS]].append(word)
            counts = self._counts
            uncounted = frozenset(
                form for held in forms.values() for form in held if form not in counts
            )
            if uncounted:
                counts.update(segments_with_word(self._segments, uncounted))
            self._forms = forms
        return self._forms

    def takes_up(
        self, index: int, labelled: _Labelled, specific: SpecificWords, also_labelled: int
    ) -> bool:
        """Whether the article takes up a word of the line at `index`: a word of its
        headline in a text line but the line and its copies (`SpecificWords.named`), a
        word of its label so beyond the label's `also_labelled` other lines ("Passend
        dazu" printed twice is no topic), or a word opening as a headline word does in
        another form (`other_forms`)."""
        copies = self.copies(index, labelled)
        own = self._segments[index].content_words
        counts = self._counts

        def elsewhere(word: str) -> int:
            return counts[word] - (word in own) - sum(word in copy for copy in copies)

        headline = labelled.headline_words
        if any(elsewhere(word) and specific.named(word) for word in headline):
            return True
        self._count_labels()
        return any(
            elsewhere(word) > also_labelled and specific.named(word)
            for word in labelled.words - headline
        ) or any(map(elsewhere, self.other_forms(headline)))

    def _count_labels(self) -> None:
        """The counts of the labels' words that are no headline's (`_labels`), taken once
        a line's headline words leave it: a label's words may stand in many of a big
        article's lines, and most lines are taken up by a headline word before (all 89
        of the 10 MB article of the growth bench)."""
        if self._labels:
            self._counts.update(segments_with_word(self._segments, self._labels))
            self._labels = frozenset()

    def copies(self, index: int, labelled: _Labelled) -> list[frozenset[str]]:
        """The words of the lines but the title that print the line's headline without
        its label (a box's copy of it, no line of the article's): a line of a
        headline's length, ending no sentence, holding every word of the headline and
        not every word of the label too (the line printed again is `repeated_paragraph`'s)."""
        segments = self._segments
        rarest = min(labelled.headline_words, key=self._counts.__getitem__)
        found = []
        for place in self._where[rarest]:
            segment = segments[place]
            words = segment.content_words
            if (
                place not in (index, self._title)
                and segment.word_count <= HEADLINE_WORDS
                and not ends_a_sentence(segment.text)
                and labelled.headline_words <= words
                and not labelled.words <= words
            ):
                found.append(words)
        return found

    def other_forms(self, headline_words: frozenset[str]) -> Iterator[str]:
        """The words of the text lines opening as a word of the headline does, in
        `STEM_LETTERS` letters, that are no word of the headline ("Geheimnis" /
        "geheimnisvoll"; "diesen" written as "diesen" is the word test's)."""
        forms = self._stem_forms()
        for word in headline_words:
            if len(word) >= STEM_LETTERS:
                for form in forms[word[:STEM_LETTERS]]:
                    if form not in headline_words:
                        yield form


_NO_WORDS: frozenset[str] = frozenset()


def _cuts_in(segments: list[Segment], opened: list[int], place: int, lines: LabelledLines) -> bool:
    """Whether the line at `place` of `opened` stands where it cuts into the article's
    text: right above text (under any line but a row), right above a subheading under
    text or a subheading, under text at the dump's end, between two rows of a list (the
    line itself no row: `_labelled_line`), or among a list's short rows
    (`_amid_short_rows`)."""
    above = segments[opened[place - 1]]
    if place + 1 == len(opened):
        return _text_line(above, lines)
    below = segments[opened[place + 1]]
    if _text_line(below, lines):
        return not is_row(above.text) and above.label is BODY
    if _subheading(below, lines):
        # (not under a short line: a list of titles holds headline-like lines too)
        return _text_line(above, lines) or _subheading(above, lines)
    if above.label is BODY and below.label is BODY and is_row(above.text) and is_row(below.text):
        return True
    return _amid_short_rows(segments, opened, place)


# A list's rows of a few words ("Akku: 5000 mAh", "ITV", "Price: $119"), two above and
# two below a line at least `_OVER_ROWS_WORDS` long: a line the rows are not.
_SHORT_ROW_WORDS = 5
_OVER_ROWS_WORDS = 8


def _amid_short_rows(segments: list[Segment], opened: list[int], place: int) -> bool:
    """Whether the two open lines above the line at `place` and the two below are four
    different body lines of at most `_SHORT_ROW_WORDS` words while it has
    `_OVER_ROWS_WORDS` or more."""
    if place < 2 or place + 2 >= len(opened):
        return False
    if segments[opened[place]].word_count < _OVER_ROWS_WORDS:
        return False
    rows = [segments[opened[place + step]] for step in (-2, -1, 1, 2)]
    # (four different lines: one line printed over and over is no list, and its copies
    # are `repeated_paragraph`'s, which reads a line between two as keeping them apart)
    return len({row.key for row in rows}) == len(rows) and all(
        row.label is BODY and row.word_count <= _SHORT_ROW_WORDS for row in rows
    )


def _text_line(segment: Segment, lines: LabelledLines) -> bool:
    """A paragraph, or a line of `PROSE_LINE_WORDS` words or more that is no row and no
    labelled line (a paragraph an extractor broke across lines)."""
    if is_paragraph(segment):
        return True
    return (
        segment.label is BODY
        and segment.word_count >= PROSE_LINE_WORDS
        and not is_row(segment.text)
        and not _subheading(segment, lines)
        and lines(segment) is None
    )


def _same_form_near(segments: list[Segment], opened: list[int], place: int) -> bool:
    """Whether an open line within `_SAME_FORM_REACH` lines of the one at `place` is
    written as it is: a label, the same separator, a tail opening in upper case."""
    separator = _separator(segments[opened[place]].text)
    low, high = max(0, place - _SAME_FORM_REACH), min(len(opened), place + _SAME_FORM_REACH + 1)
    for near in opened[low:place] + opened[place + 1 : high]:
        segment = segments[near]
        if (
            segment.label is BODY
            and separator is not None
            and not is_row(segment.text)
            and _separator(segment.text, True) == separator
        ):
            return True
    return False


def _separator(text: str, capital_tail: bool = False) -> str | None:
    """The separator between a line's label and the rest (`short_label_match`), or None;
    with `capital_tail`, None too when the rest does not open in upper case."""
    match = short_label_match(text)
    if match is None:
        return None
    rest = match.group("rest")
    if capital_tail and not rest[:1].isupper():
        return None
    return text[match.end("label") : match.start("rest")].strip()
