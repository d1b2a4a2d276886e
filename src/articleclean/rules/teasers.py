"""Teasers for other stories: a teaser heading and its blurbs, or one inline line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, islice, pairwise, repeat
from operator import and_, attrgetter, itemgetter

from ..article import Reason
from ..document import (
    BODY,
    BODY_OR_HEADING,
    BYLINE,
    CAPTION,
    HEADING,
    REMOVED,
    TITLE,
    ProseWords,
    Segment,
    SpecificWords,
    content_words,
    is_cjk_heavy,
    last_open,
    phrase_form,
    word_share,
)
from ..lexicon import LIST_ROW_ANY_NUMBER
from ..names import is_given_name, is_known_place
from ..patterns import printed_forms
from .base import Claimed, decided_article_dump, removes, revises
from .captions import credit_line
from .html import html_related_box, html_teaser_link
from .phrasebook import PhraseBook
from .promos import asks_for_the_rest, promo_prompt, promo_shape

# Lines out of the article's text, which the walk for the run after its last paragraph
# passes over (`_trailing_run`).
_SET_ASIDE = (REMOVED, CAPTION, BYLINE)


# Thresholds, set by hand. `teaser_overlap` and `teaser_max_blocks` (CleanerConfig)
# were swept on the tune part of webeval (bench/split.py); the others are judgement
# calls named here so that they can be found and measured.

# A teaser heading is a label, not a sentence: the longest listed one has seven words.
_MAX_HEADING_WORDS = 8
# "More from Reuters": a prefix phrase plus a name, a few words in all; longer is a title.
_MAX_PREFIX_HEADING_WORDS = 6
_SEPARATOR = re.compile(r"\s*[:：|»>–—-]+\s*")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'’”“»)）]*\s*$")
_SENTENCE_MARKS = tuple(".!?…。！？")
_CLOSING_MARKS = "\"'’”“»)）"
"""`_SENTENCE_END`'s two classes: a line it finds ends, once white space and then closing
marks are stripped off its end, in a sentence's mark (`_ends_a_sentence`)."""
# A line longer than this reads as prose, punctuated or not: few headlines run past 20 words.
_HEADLINE_WORDS = 20
# How many blocks after a headline its text may start (pictures and teasers in between).
_HEADING_HORIZON = 8
# Places of a word looked at on each side of a blurb: bounds the cost on pages with many
# teaser blocks (a word's first places are the likeliest to be article text).
_PLACES_LOOKED_AT = 16


@removes(Reason.RELATED_TEASER, triggers=(), longest_words=_MAX_HEADING_WORDS)
def teaser_heading(segment: Segment, context: PhraseBook) -> bool:
    """A line such as "Must Read" or "Lire aussi" that opens a block of teasers."""
    if segment.word_count > _MAX_HEADING_WORDS:
        return False
    matcher = context.phrases["teaser_heading"]
    if matcher.is_line(segment):
        return True
    # "More from Reuters": a prefix phrase and a name, nothing that reads as a sentence.
    return (
        segment.word_count <= _MAX_PREFIX_HEADING_WORDS
        and not segment.ends_like_sentence
        and matcher.starts(segment.phrase_form) is not None
    )


# A section-naming heading is judged on the first few blocks after it: a teaser list
# shows itself in its first three (a heading that introduces text has prose by then).
_SECTION_LOOKAHEAD = 3
# At least this many of those blocks must look like teasers (one headline-like line may
# well be a sub-heading of the article).
_SECTION_MIN_TEASERS = 2
# A headline names a story in a clause; a shorter line is more often a list item or a
# label of the article's own ("Tickets", "Start of works: spring").
_MIN_HEADLINE_WORDS = 5
# "Opening hours: 9am to 5pm": a label of a word or three, a colon, a value: a fact
# listed in the article, not a headline (keeping a teaser is the cheaper mistake).
_LABEL_VALUE = re.compile(r"^\W*(?:[^\W_]+[ .'-]?){1,3}\s?:\s", re.UNICODE)


def _label_value(text: str) -> bool:
    """`_LABEL_VALUE` matches `text`. The pattern backtracks through every way of
    cutting the first words into parts (some 100 µs on a line of long words), and
    it needs a colon: most lines have none and are not tried."""
    return ":" in text and _LABEL_VALUE.match(text) is not None


# An HTML block mostly made of link text points elsewhere (share of its characters in <a>).
_LINK_LIKE_DENSITY = 0.5


def prose_words(segments: list[Segment]) -> ProseWords:
    """The document's prose as evidence of its own words, for every teaser rule that
    weighs a line's words against the article's (`SpecificWords`): declared in their
    `derives`, it is read once per document. What it keeps comes from the texts, which
    no rule changes; the labels (which lines are still the article's body) it reads
    when a rule asks, so each rule sees them as they stand when it runs."""
    return ProseWords(segments)


class _KeyEnds:
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


def key_ends(segments: list[Segment]) -> _KeyEnds:
    """The look-up of segments by the end of their key, for `teaser_box` and
    `teaser_list`: declared in their `derives`, one per document; what it files is the
    keys of the texts, which no rule changes, and it files them when first asked."""
    return _KeyEnds(segments)


_KEY_TAIL = 8
"""Characters of a key's end that `_KeyEnds` files segments by: a headline's key has more,
and few keys of a dump share their last eight."""
_KEY_END = itemgetter(slice(-_KEY_TAIL, None))


@revises(Reason.RELATED_TEASER, derives=(prose_words,))
def teaser_section_label(
    segments: list[Segment], context: PhraseBook, prose: ProseWords
) -> Iterator[Segment]:
    """A heading that names a section ("More information", "Hintergrund", "Plus
    d'informations"), when what follows it are teasers: headline- or link-like lines
    that share few words with the article. Followed by article text, it is the
    article's own section heading and stays.
    """
    sections = context.phrases["teaser_heading"].sections
    if not sections:
        return
    labels = [
        index
        for index, segment in enumerate(segments)
        # The one set look first: it rules out almost every line.
        if segment.phrase_form in sections
        and segment.label in BODY_OR_HEADING
        and segment.word_count <= _MAX_HEADING_WORDS
    ]
    windows = [(index, _teaser_window(segments, index)) for index in labels]
    asked = [segments[i].content_words for _, window in windows if window for i in window[0]]
    if not asked:
        return
    # Counted for the words asked about only: a count of every word of a big
    # article built a dictionary of all its words (a second per 10 MB).
    counts = _segments_with_word(segments, frozenset().union(*asked))
    threshold = context.config.teaser_overlap
    specific = prose.specific(counts)
    for index, window in windows:
        if window is not None and _opens_teasers(
            segments, counts, specific, index, window, threshold
        ):
            yield segments[index]


def _teaser_window(segments: list[Segment], start: int) -> tuple[list[int], int] | None:
    """The teaser-like blocks right after `start` and the last block looked at, when
    they open with a teaser and hold enough of them; else None (a section)."""
    following: list[int] = []
    for index in range(start + 1, min(len(segments), start + 1 + _HEADING_HORIZON)):
        segment = segments[index]
        if segment.label in (REMOVED, CAPTION):
            continue
        if segment.label is not BODY:
            break
        following.append(index)
        if len(following) == _SECTION_LOOKAHEAD:
            break
    if not following or not _teaser_like(segments[following[0]]):
        return None  # text (or a sub-heading and its text) comes first: a section
    teasers = [index for index in following if _teaser_like(segments[index])]
    if len(teasers) < _SECTION_MIN_TEASERS:
        return None
    return teasers, following[-1]


def _opens_teasers(
    segments: list[Segment],
    counts: Counter[str],
    specific: SpecificWords,
    start: int,
    window: tuple[list[int], int],
    threshold: float,
) -> bool:
    """Whether the teaser-like blocks after `start` share few words with the article."""
    teasers, end = window
    # A word is the article's when a text segment outside the label and its blocks has it.
    in_window = _segments_with_word(segments[start : end + 1])

    def in_article(word: str) -> bool:
        return counts[word] > in_window[word] and specific(word)

    shared = sum(word_share(segments[i].content_words, in_article) for i in teasers) / len(teasers)
    return shared < threshold


def _teaser_like(segment: Segment) -> bool:
    """A headline (a few words, no sentence) or a line that is mostly a link."""
    if segment.hints.link_density >= _LINK_LIKE_DENSITY:
        return True
    return (
        segment.word_count >= _MIN_HEADLINE_WORDS
        and not _reads_as_prose(segment)
        and not _label_value(segment.text)
    )


# A link to the rest of another story closing its headline or blurb: a bar or a guillemet
# before the link's word, or the blurb cut off ("… | mehr", "… mehr >>", "... more",
# "… Weiterlesen", "... lire la suite"). An article's sentence does not end in a bare "more"
# after a bar or an ellipsis (tune part: no body line of the labelled article or page
# dumps ends so; 12 teaser lines kept on three sites did).
_MORE_LINKS = (
    "read more", "more", "mehr", "weiterlesen", "weiter lesen", "lire la suite", "lire plus",
    "leer más", "seguir leyendo", "leia mais", "continua a leggere", "leggi tutto",
    "lees meer", "czytaj więcej",
)  # fmt: skip
_MORE_LINK = re.compile(
    r"(?:\s[|»›]|\.\.\.|…)\s*(?:" + "|".join(map(re.escape, _MORE_LINKS)) + r")\s*(?:>>|»|›)?\s*$",
    re.IGNORECASE,
)
# What every line `_MORE_LINK` finds holds, for the screen: a bar, a guillemet or an
# ellipsis. As strings they join the screen's one automaton; `_MORE_LINK` itself, searched
# at every space of every line, was 3 % of the text path (callgrind, round 18).
_LINK_MARKS = re.compile(r"[|»›…]|\.\.\.")
# The last word of each link, which a line `_MORE_LINK` finds ends in once the spaces and
# the one closing mark after the link are stripped.
_LINK_LAST_WORDS = tuple(sorted({link.split()[-1] for link in _MORE_LINKS}))
# Words of the headline or blurb before the link: a bare "… mehr" line is a link alone,
# which `promo_prompt` and the teaser headings judge.
_MIN_LINKED_WORDS = 3


# The same link after the blurb's own last sentence, with no mark of its own ("… die
# wichtigsten Fragen. mehr", "… in one pan. Read More"): a sentence does not go on with a bare
# "more" and stop there, so the word is the link's. Only on a blurb's length: a paragraph
# longer than a box prints is the article's own, whatever link the copy kept after it
# (tune part, round 32: 16 lines of the labelled dumps on five sites end so, teaser, chrome
# or other, and one `without` segment of the generous dumps; no body line). The sentence's
# mark, one space and the link as sites print it are plain strings, the rule's trigger: they
# join the screen's one literal search (a case-blind pattern searched at every sentence end
# of every line cost 1.3 % of the text path, callgrind).
_MORE_LINK_FORMS = sorted({*printed_forms(_MORE_LINKS), *(link.title() for link in _MORE_LINKS)})
_MORE_AFTER_SENTENCE_MARK = re.compile(
    r"[.!?] (?:" + "|".join(map(re.escape, _MORE_LINK_FORMS)) + ")"
)
_MORE_AFTER_SENTENCE = re.compile(_MORE_AFTER_SENTENCE_MARK.pattern + r"\s*(?:>>|»|›)?\s*$")


def _ends_in_link_word(text: str) -> bool:
    """Whether the line ends in a link's last word once the spaces and the one closing
    mark after the link are stripped: what every line either pattern finds does, asked
    first so that neither is searched on the others."""
    return text.rstrip().rstrip(">»›").rstrip()[-24:].casefold().endswith(_LINK_LAST_WORDS)


def _closed_by_more_link(segment: Segment) -> bool:
    """Whether the line is a headline or blurb closed by a link to the rest of its story:
    after a bar, a guillemet or an ellipsis (`_MORE_LINK`), or after a blurb's last
    sentence (`_MORE_AFTER_SENTENCE`)."""
    if segment.word_count <= _MIN_LINKED_WORDS or not _ends_in_link_word(segment.text):
        return False
    text = segment.text
    return _MORE_LINK.search(text) is not None or (
        segment.word_count <= _BLURB_WORDS and _MORE_AFTER_SENTENCE.search(text) is not None
    )


@removes(Reason.RELATED_TEASER, triggers=(_LINK_MARKS, _MORE_AFTER_SENTENCE_MARK))
def inline_teaser(segment: Segment, context: PhraseBook) -> bool:
    """ "READ MORE: <headline>" — a teaser phrase, a separator, then another story; or
    another story's headline or blurb closed by a link to the rest of it
    ("<headline> | mehr", "<blurb>... more >>", "<blurb>. mehr")."""
    if _closed_by_more_link(segment):
        return True
    form = segment.text.casefold().lstrip(" \t*•·-–—>[(")
    match = context.phrases["inline_teaser"].prefix
    if match is None:
        return False
    found = match.match(form.replace("’", "'"))
    if found is None:
        return False
    rest = form[found.end() :]
    separator = _SEPARATOR.match(rest)
    return separator is not None and separator.end() < len(rest)


_NO_WORDS: frozenset[str] = frozenset()
"""The words of a line that is no text (`_Words.of`): one empty set shared by them all."""


class _Words:
    """Each open segment's content words, and where each word occurs (an inverted
    index, so that asking whether the article has a word costs little)."""

    def __init__(self, segments: list[Segment]) -> None:
        self.of: list[frozenset[str]] = [
            s.content_words if s.label in _TEXT_LABELS else _NO_WORDS for s in segments
        ]
        self.where: dict[str, list[int]] = {}

    def index(self, asked: frozenset[str]) -> None:
        """Where each of the `asked` words occurs (only those: the places of every word
        of a big article cost seconds, and a rule asks about a few lines' words)."""
        where = self.where
        # Each line's words asked, in one C-level pass over the lines (`map`, then
        # `compress` to the lines holding some): no turn of a Python loop per line.
        found = list(map(and_, self.of, repeat(asked)))
        for index in compress(range(len(found)), found):
            for word in found[index]:
                where.setdefault(word, []).append(index)

    def without(self, excluded: frozenset[int]) -> _Evidence:
        """The index with the `excluded` segments left out."""
        return _Evidence(self.where, excluded)


class _Evidence:
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


_TEXT_LABELS = (BODY, HEADING, TITLE)


# Both rules' removals open a block of teasers.
@revises(
    Reason.RELATED_TEASER,
    reads=((teaser_heading, teaser_section_label),),
    derives=(prose_words,),
)
def teaser_blurb(
    segments: list[Segment], context: PhraseBook, teaser_headings: Claimed, prose: ProseWords
) -> Iterator[Segment]:
    """The headlines and blurbs after a teaser heading, up to where the article resumes.

    Headlines (short, unpunctuated) after the heading are teasers, unless one
    is a section heading of the article: it shares its words and introduces
    article text. A line that reads as prose is told apart by its words: the
    article going on shares at least as many of them with the rest of the
    article as with the teasers just taken; a blurb shares more with its own
    headline.
    """
    if not teaser_headings:
        return  # most dumps: no walk over every line for a heading
    heading_at = teaser_headings.positions(segments)
    if not heading_at:
        return
    # Twice. The first reading sets aside, as no evidence of the article, the
    # blocks after the other teaser headings (the same teasers may be printed
    # twice and would vouch for each other), and so may miss article text near
    # them; the second sets aside just the teasers the first one found.
    span = context.config.teaser_max_blocks
    windows = frozenset(i for start in heading_at for i in range(start + 1, start + 1 + span))
    words = _Words(segments)
    words.index(_words_asked(segments, words, heading_at, teaser_headings, span))
    # (one for both readings: the words asked and the labels are the same)
    specific = prose.specific(words.where)
    first = _teasers(
        segments, words, specific, heading_at, teaser_headings, context, windows, own_window=True
    )
    second = _teasers(
        segments,
        words,
        specific,
        heading_at,
        teaser_headings,
        context,
        frozenset(first),
        own_window=False,
    )
    for index in second:
        yield segments[index]


def _words_asked(
    segments: list[Segment],
    words: _Words,
    heading_at: list[int],
    teaser_headings: Claimed,
    span: int,
) -> frozenset[str]:
    """The words of every line `_teasers` may weigh after the headings (or more): its
    walk stops at the latest at the block after `span` open ones, at a line neither
    open nor removed, or at another teaser heading, and a headline's text is looked
    for `_HEADING_HORIZON` blocks further."""
    asked: set[str] = set()
    for start in heading_at:
        stop = len(segments)
        body = 0
        for index in range(start + 1, len(segments)):
            segment = segments[index]
            if segment.label is REMOVED:
                if segment in teaser_headings:
                    stop = index
                    break
                continue
            body += 1
            if segment.label is not BODY or body > span:
                stop = index
                break
        for index in range(start + 1, min(len(segments), stop + 1 + _HEADING_HORIZON)):
            asked.update(words.of[index])
    return frozenset(asked)


def _teasers(
    segments: list[Segment],
    words: _Words,
    specific: SpecificWords,
    heading_at: list[int],
    teaser_headings: Claimed,
    context: PhraseBook,
    set_aside: frozenset[int],
    *,
    own_window: bool,
) -> list[int]:
    """The teasers after each heading, judged against the article without the
    `set_aside` segments (but with the heading's own window, if `own_window`)."""
    config = context.config
    evidence = words.without(set_aside)
    claimed: set[int] = set()
    found: list[int] = []
    for start in heading_at:
        end = min(len(segments), start + 1 + config.teaser_max_blocks)
        back = range(start + 1, end) if own_window else range(0)
        article = _Article(segments, words, evidence, back, claimed, set_aside, start, specific)
        teasers: set[str] = set()
        taken = 0
        for index in range(start + 1, len(segments)):
            segment = segments[index]
            if taken >= config.teaser_max_blocks or index in claimed:
                break
            if segment.label is REMOVED:
                if segment in teaser_headings:
                    break
                continue
            if segment.label is not BODY:
                break
            if _reads_as_prose(segment):
                if article.resumes(index, teasers, config.teaser_overlap):
                    break
            elif article.has_heading(index, teasers | words.of[index], config.teaser_overlap):
                break
            claimed.add(index)
            found.append(index)
            taken += 1
            teasers.update(words.of[index])
    return found


@dataclass(frozen=True)
class _Article:
    """The article's words around one teaser block, and the judgements made with them."""

    segments: list[Segment]
    words: _Words
    evidence: _Evidence
    """Where each word occurs, the set-aside segments left out."""
    back: range
    """Set-aside segments that count after all (the block's own window)."""
    claimed: set[int]
    set_aside: frozenset[int]
    start: int
    specific: SpecificWords
    """The words that count when a headline is weighed as the article's heading."""

    def shared(self, index: int, only: SpecificWords | None = None) -> float:
        """The share of the words at `index` found in the article: before the teaser
        heading or after `index`, teasers and repeats of this segment not counted."""
        key = self.segments[index].key

        def counts(i: int) -> bool:
            return (
                (i < self.start or i > index)
                and i not in self.claimed
                and self.segments[i].key != key
            )

        def in_article(word: str) -> bool:
            places = self.evidence.get(word)
            # The first places before the heading and the first after this segment:
            # a bounded look keeps the cost linear on pages with many teaser blocks.
            after = bisect_right(places, index)
            nearby = chain(
                islice(places, 0, min(after, _PLACES_LOOKED_AT)),
                islice(places, after, after + _PLACES_LOOKED_AT),
            )
            if any(counts(i) for i in nearby):
                return True
            return any(word in self.words.of[i] and counts(i) for i in self.back)

        if only is None:
            return word_share(self.words.of[index], in_article)
        return word_share(self.words.of[index], lambda word: only(word) and in_article(word))

    def resumes(self, index: int, teasers: set[str], threshold: float) -> bool:
        """Whether the prose at `index` is the article's: it shares at least as many words
        with the article as with the teasers. On a tie (often nothing shared either way)
        it is kept, as losing a paragraph is worse than keeping a blurb."""
        shared = self.shared(index)
        return shared >= threshold or shared >= word_share(
            self.words.of[index], teasers.__contains__
        )

    def has_heading(self, index: int, teasers: set[str], threshold: float) -> bool:
        """Whether the headline at `index` is a heading of the article: it shares the
        article's words and the prose after it is the article resuming."""
        segments = self.segments
        # A heading's text follows within a few blocks; looking no further keeps this linear.
        horizon = min(len(segments), index + 1 + _HEADING_HORIZON)
        following = next((i for i in range(index + 1, horizon) if self._text_at(i)), None)
        if following is None or segments[following].label is not BODY:
            return False
        if not _reads_as_prose(segments[following]):
            return False
        if self.shared(index, self.specific) < threshold:
            return False
        return self.resumes(following, teasers, threshold)

    def _text_at(self, index: int) -> bool:
        # A picture between a heading and its text does not part them; nor do teasers.
        if self.segments[index].label in (REMOVED, CAPTION):
            return False
        if index in self.claimed:
            return False
        return index not in self.set_aside or index in self.back


def _reads_as_prose(segment: Segment) -> bool:
    # A headline may end in a quote ("… Nominations: ‘Overwhelmed’"); a sentence
    # ends in its own punctuation, quoted or not.
    return segment.word_count > _HEADLINE_WORDS or _ends_a_sentence(segment.text)


def _ends_a_sentence(text: str) -> bool:
    """Whether `_SENTENCE_END` is found in `text`, without its search trying every
    position of the line (`_reads_as_prose` asks it of ~100 lines a dump): `\\s` is what
    `str.isspace` is, and a closing mark is no sentence's mark nor white space, so what
    the pattern matches is what the strips leave at the end."""
    return text.rstrip().rstrip(_CLOSING_MARKS).endswith(_SENTENCE_MARKS)


# A block of other stories' headlines at the very end of a dump, without a heading:
# at least this many lines that are not prose after the article's last paragraph ...
_TRAILING_MIN_LINES = 3
# ... of which this many are stories: headlines (a closing credit, a date and a tag are
# not), or blurbs the site cut off mid-sentence ("… in der EU..."), each of which stands
# for one story of a box that prints a short name over it or runs its headline into it
# (tune part, round 17: 23 lines of three sites' boxes out of the labelled article,
# page and shapes dumps, no article line; the topic test below still decides).
_TRAILING_MIN_HEADLINES = 2
# ... and whose headlines share less than this share of their words with the article
# on average. Tune part of the labelled dumps: `teaser_overlap` (0.34) took four lines
# of an article's closing cast list; 0.25 and 0.2 took no article line (junk left in
# article dumps 65.9% -> 62.5%).
_TRAILING_OVERLAP = 0.25
# A run of short labels after the article (`trailing_menu`: a menu, a list of other
# topics) needs this many lines, none longer than this many words (tune part of the
# labelled dumps: 62 teaser and menu lines of article dumps, no article line).
_TRAILING_MIN_LABELS = 5
_MAX_LABEL_WORDS = 3
# A run of at least this many distinct titles of this many words or more, with no
# blurb, label, date or count among them, is the article's closing list
# (`_closing_list`). Tune part, article dumps cut to 3 paragraphs and their short
# lines (bench/article_shapes.py): one list of constituencies kept; the 12 related
# boxes `trailing_teasers` takes from the labelled article dumps and the 19 runs it
# takes from whole-page dumps all hold a label, a date, a count or a blurb.
_CLOSING_LIST_LINES = 5
_CLOSING_LIST_WORDS = 3
# A line of at most this many words that starts with a given name or names a known
# place is a name ("Amara Okafor", "Inter de Milán"), an item of the article's own
# list of people, places or teams (`_names_people_or_places`). Tune part: no related
# box or menu that `trailing_teasers` or `trailing_menu` takes from the labelled
# article and whole-page dumps is mostly such names.
_MAX_NAME_WORDS = 4
# A run follows the article's last paragraph only when the article before it has at
# least this many paragraphs of prose. An article made of rows or items (a standings
# table, a glossary, a Q&A) has one sentence-like line at most, often a caption or a
# teaser's blurb put between its rows, and what follows that line is still the
# article's. Tune part: the related boxes and menus taken from the labelled article
# dumps all stand after 2 or more paragraphs but one (a single-paragraph interview
# teaser, whose 6 teaser lines now stay).
_TRAILING_MIN_PROSE = 2
# ... counting sentences of this many words or more ("Folge uns!" is no paragraph).
_PARAGRAPH_WORDS = 10
# A line printed twice in the run is a refrain of the article's from this many words on.
_REFRAIN_MIN_WORDS = 3
# A run of more lines than this, and than the article has paragraphs before it, is taken
# for a box only with a box's marks (`_box_marks`): a box without labels, dates or blurbs
# prints a few headlines, an article's steps, items or subheadings after a short
# introduction run longer. Among the marks, a line of at most `_MARK_COUNT_WORDS` words
# that opens with a number: a date or a count ("07.10.2016", "86 Kommentare Nicolas La
# Rocco"). Tune part: article dumps cut to 3 paragraphs and their short lines
# (bench/article_shapes.py) lost 45 lines to this rule, now 11 (one junk line fewer
# removed); with light junk put in, 36 -> 1 (17 junk lines fewer removed); labelled
# article dumps unchanged (49 junk lines, no article line); whole-page dumps keep
# 28 more junk lines (three runs of 7-13 lines after 2-5 paragraphs).
_UNMARKED_BOX_LINES = 4
_MARK_COUNT_WORDS = 5
_OPENS_WITH_NUMBER = re.compile(r"\W*\d")
# What ends an article rather than a box of other stories: an address, a phone number
# or a link; a numbered or bulleted row.
_CONTACT = re.compile(
    r"@|https?://|www\.|\+?\d[\d /()-]{6,}\d"
    r"|\b[\w-]+\.(?:com|org|net|info|eu|de|at|ch|fr|es|it|nl|pl|pt|uk|io)\b"
)
_DIGIT = re.compile(r"\d")
# "3. Dezember 2020", "04. September 2017": a date alone on its line, as teaser boxes
# print under each headline; it opens with a number and a dot, but is no list row.
_DATE = re.compile(r"^\d{1,2}\.\s?[^\W\d_]+\.?\s\d{4}\s*$")
# A box's headline may ask ("Wem dient HR?"): one question of a few words. (Not an
# exclamation: "Good night and good luck!" closes the article it signs.)
_MAX_HEADLINE_QUESTION_WORDS = 14
_QUESTION_END = re.compile(r"[?？][\"'’”»)）]*\s*$")
_INNER_SENTENCE_END = re.compile(r"[.!?…。！？][\"'’”»)）]*\s+[^\W\d_]")
# A box's blurb cut off after so many characters ("… are being secured for staff...");
# shorter, a word and an ellipsis is a writer's pause ("While you are here…").
_MIN_CUT_WORDS = 8
_BLURB_WORDS = 45
_CUT_SHORT = re.compile(r"[^\W_]-?(?:\.\.\.|…)\s*$")


# A box of other stories inside the article, under a heading no list knows: the
# heading, then this many headlines in a row ...
_BOX_MIN_HEADLINES = 2
_BOX_MAX_HEADLINES = 5
# ... each sharing at most this share of its words with the article around the box (on
# average under `_TRAILING_OVERLAP`): an article's own list of a few headline-like
# lines names what the article is about, and stays.
_BOX_MAX_OVERLAP = 0.34
# A box's heading is worded for any page ("More stories you might like"); one that
# shares half its words with the article heads the article's own section.
_BOX_MAX_HEADING_OVERLAP = 0.5


@revises(Reason.RELATED_TEASER, text_dumps_only=True, derives=(prose_words, key_ends))
def teaser_box(
    segments: list[Segment], context: PhraseBook, prose: ProseWords, ends: _KeyEnds
) -> Iterator[Segment]:
    """A short heading and two to five headlines between two paragraphs of the article,
    the headlines sharing few words with the article: a box of other stories whose
    heading is worded as no phrase list has it ("What others are reading")."""
    opened = [i for i, s in enumerate(segments) if s.label in BODY_OR_HEADING]
    last = len(opened) - _BOX_MIN_HEADLINES - 1
    # Every candidate box first (a box does not depend on the verdicts on others), so
    # that the article's words are counted for the boxes' words only.
    # The two lines under a box's heading are headlines: a page's menu words fail on
    # their length, and most places are ruled out before any pattern runs.
    sized = [_headline_sized(segments[i]) for i in opened]
    matcher = context.phrases["teaser_heading"]
    vocabulary = _teaser_heading_words(matcher.lines, matcher.prefixes)
    boxes = {
        place: box
        for place in range(1, last)
        if sized[place + 1]
        and sized[place + 2]
        and (box := _box_at(segments, opened, place, vocabulary))
    }
    # Boxes with no prose right before or after them (between a list's rows, a table's,
    # a code block's lines, under a label): `_box_amid_rows`, judged by a stricter test.
    amid = {
        place: box
        for place in range(1, last)
        if place not in boxes
        and sized[place + 1]
        and sized[place + 2]
        and (box := _box_amid_rows(segments, opened, place, vocabulary))
    }
    if amid and not _prose_enough(segments):
        amid = {}
    boxes.update(amid)
    if not boxes:
        return
    asked = frozenset().union(*(segments[i].content_words for b in boxes.values() for i in b))
    counts = _segments_with_word(segments, asked)
    specific = prose.specific(asked)
    place = 1
    while place < last:
        box = boxes.get(place)
        if box is None:
            place += 1
            continue
        label = _unmarked(segments[box[0]])
        # A heading worded as teaser headings are ("Weitere Artikel aus der Region") is a
        # box's label however long, not one more headline of the article's own list.
        strict = _is_headline(label) and not _worded_as_teaser_heading(label, vocabulary)
        if place in amid:
            off = _far_off_topic_box(segments, counts, specific, ends, box, vocabulary)
        else:
            off = _off_topic_box(segments, counts, specific, ends, box, strict, vocabulary)
        if off:
            # A heading that asks is the article's own question ("Was kostet das?"):
            # it stays, the headlines under it go.
            start = 1 if _asks_unlabelled(segments[box[0]], vocabulary) else 0
            for index in box[start:]:
                yield segments[index]
            place += len(box)
        else:
            place += 1


def _box_at(
    segments: list[Segment], opened: list[int], place: int, vocabulary: frozenset[str]
) -> list[int] | None:
    """The heading at `opened[place]` and its headlines, when the article's prose
    stands right before the heading and right after the last headline.

    A line worded from teaser headings' words right under the heading is the box's own
    heading ("Don't miss these"): the line above it is the article's subheading or
    question ("Who pays", "Le plus dur ?"), and stays out of the box."""
    heading = segments[opened[place]]
    # (The heading's length first: one comparison rules out most places, a paragraph.)
    if not 1 <= heading.word_count <= _MAX_HEADING_WORDS:
        return None
    if not _after_prose(segments, opened, place, vocabulary):
        return None
    label = _unmarked(heading)
    if _is_headline(label) and not _boxed_headline(label):
        return None  # "Die wichtigsten Termine im Überblick:" announces the article's list
    if _INNER_SENTENCE_END.search(heading.text) or _DIGIT.search(heading.text):
        return None
    run = _headline_run(segments, opened, place, _boxed_headline)
    if run is None:
        return None
    headlines, resumes = run
    if resumes is None:
        return None  # the end of the dump: `trailing_teasers` looks there
    if resumes.label is not BODY or not _reads_as_prose(resumes):
        return None
    # A headline-like line right before the article resumes may be its subheading: it
    # shares words with the paragraph it introduces ("Da kommt das Adrenalin ins Spiel"),
    # or the text goes on from it in lower case (a verse, a sentence broken in two).
    if headlines and _goes_on_from(segments[headlines[-1]], resumes):
        headlines.pop()
    if headlines and _worded_as_teaser_heading(segments[headlines[0]], vocabulary):
        if len(headlines) - 1 < _BOX_MIN_HEADLINES:
            return None
        return headlines  # under its own heading
    if len(headlines) < _BOX_MIN_HEADLINES:
        return None
    return [opened[place], *headlines]


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
    would take the titles after it); the run ends before the dump does, at no other
    box's heading, and its last line is left out when it may be the article's
    (the next row is of its shape, or labels and lines take turns around the box).
    `_far_off_topic_box` then judges it by its words."""
    heading = segments[opened[place]]
    if not 1 <= heading.word_count <= _MAX_HEADING_WORDS:
        return None
    if _reads_as_prose(heading) and not _label_with_a_mark(heading):
        return None
    label = _unmarked(heading)
    if _worded_as_teaser_heading(label, vocabulary):
        return None  # `teaser_list`'s, wherever it stands
    # A label, not one more headline (a line of five words or more is one of the run),
    # nor one announcing the article's own list ("Für den Mürbeteig:"), a question, an
    # address or a line with a number.
    if _is_headline(label) or heading.text.rstrip().endswith((":", "：")):
        return None
    if _INNER_SENTENCE_END.search(heading.text) or _DIGIT.search(heading.text):
        return None
    if _QUESTION_END.search(heading.text) or _CONTACT.search(heading.text):
        return None
    above = segments[opened[place - 1]]
    if above.label is BODY and _boxed_headline(above):
        return None
    rows = opened[max(0, place - _ROWS_ABOVE) : place]
    if any(_same_row(segments[i], heading) for i in rows):
        return None
    run = _headline_run(segments, opened, place, _worded_list_headline)
    if run is None:
        return None
    headlines, resumes = run
    if resumes is None:
        return None  # the end of the dump: `trailing_teasers` looks there
    if _worded_as_teaser_heading(resumes, vocabulary):
        return None  # another box's heading: the run above it is no box of its own
    if headlines and (
        _goes_on_from(segments[headlines[-1]], resumes)
        or _unbulleted_line(resumes)
        or (_short_label(above) and _short_label(resumes))
    ):
        # The last line may open the article's list whose next row stops the run
        # ("Northgate Athletic draw with Eastfield Town" over "… lose 3-0 away"), or
        # be the line of the label above the box, labels and lines taking turns
        # ("Vision", the box, "Eine gerechte und klimaneutrale Energiezukunft", "Mission").
        headlines.pop()
    if headlines and _worded_as_teaser_heading(segments[headlines[0]], vocabulary):
        return None  # the box's own heading is the first "headline": judged from there
    if len(headlines) < _BOX_MIN_HEADLINES:
        return None
    return [opened[place], *headlines]


def _label_with_a_mark(segment: Segment) -> bool:
    """A label of under `_MIN_HEADLINE_WORDS` words ending in "!" or "." ("Elsewhere
    today!", "Don't scroll past."): sites print a mark after a box's heading as they
    print one before it, and only that mark made it read as a sentence. A short
    sentence of the article's ("Viel Spass.") that heads no box fails
    `_far_off_topic_box`, or the headline run, as a label does (tune, noise bodies: 28
    injected lines out, no body line lost)."""
    return segment.word_count < _MIN_HEADLINE_WORDS and segment.text.rstrip().endswith(("!", "."))


def _headline_run(
    segments: list[Segment],
    opened: list[int],
    place: int,
    is_headline: Callable[[Segment], bool],
) -> tuple[list[int], Segment | None] | None:
    """The box's headlines under the heading at `opened[place]` (open body lines that
    `is_headline` takes, one after the other) and the line the run stops at (None at the
    dump's end); None when the run is longer than a box's (`_BOX_MAX_HEADLINES`)."""
    headlines: list[int] = []
    # (by position, not over a slice: a copy of the rest of `opened` for each place
    # grew with the square of a big article's size)
    for at in range(place + 1, len(opened)):
        index = opened[at]
        segment = segments[index]
        if segment.label is BODY and is_headline(segment):
            headlines.append(index)
            if len(headlines) > _BOX_MAX_HEADLINES:
                return None
            continue
        return headlines, segment
    return headlines, None


def _worded_list_headline(segment: Segment) -> bool:
    """A headline of a box between list rows: headline-shaped and of a headline's words."""
    return _list_headline(segment) and _worded_headline(segment)


def _worded_headline(segment: Segment) -> bool:
    """Whether the line has a headline's number of words without the marks a site puts
    around a label ("» DAS LESEN ANDERE GERADE »" is four words and two marks)."""
    words = segment.text.split()
    return sum(1 for word in words if any(c.isalnum() for c in word)) >= _MIN_HEADLINE_WORDS


# A box with no prose around it is judged by the words of the article's prose: a dump
# with fewer paragraphs than this (a list of subheadings, a cut article) has too few
# words to tell other stories from its own lines.
_AMID_MIN_PROSE = 1


def _prose_enough(segments: list[Segment]) -> bool:
    """Whether the dump holds `_AMID_MIN_PROSE` body paragraphs (`_is_paragraph`)."""
    prose = filter(_is_paragraph, segments)
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
        and not _reads_as_prose(segment)
        and segment.text.count("|") < 2
        and LIST_ROW_ANY_NUMBER.match(segment.text) is None
    )


def _short_label(segment: Segment) -> bool:
    """A body line of a few words that ends no sentence ("Vision", "Beispiel")."""
    return (
        segment.label is BODY
        and segment.word_count <= _ROW_LABEL_WORDS
        and not _ends_a_sentence(segment.text)
    )


def _same_row(above: Segment, heading: Segment) -> bool:
    """Whether a box's heading is written as the line above it is, so that it is the next
    row of the article's list or table: both table rows, both bulleted or numbered, or
    both short labels with no sentence's end ("Valence", "Avignon")."""
    if above.text.count("|") >= 2 and heading.text.count("|") >= 2:
        return True
    if LIST_ROW_ANY_NUMBER.match(above.text) and LIST_ROW_ANY_NUMBER.match(heading.text):
        return True
    return (
        above.word_count <= _ROW_LABEL_WORDS
        and heading.word_count <= _ROW_LABEL_WORDS
        and not _ends_a_sentence(above.text)
    )


def _far_off_topic_box(
    segments: list[Segment],
    counts: Counter[str],
    specific: SpecificWords,
    ends: _KeyEnds,
    box: list[int],
    vocabulary: frozenset[str],
) -> bool:
    """Whether no line of a box with no prose around it shares a word of the article's
    own (`specific`) with the article, its heading's teaser words left out: stricter
    than `_off_topic_box`, which lets a headline share a third of its words, as rows
    and labels around the box vouch less for where it starts and ends than prose."""
    in_box = _segments_with_word([segments[i] for i in _box_copies(segments, ends, box)])

    def on_topic(word: str) -> bool:
        return counts[word] > in_box[word] and specific(word)

    heading = segments[box[0]].content_words - vocabulary
    return not any(on_topic(w) for w in heading) and not any(
        on_topic(w) for i in box[1:] for w in segments[i].content_words
    )


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
    if before.label is BODY and _reads_as_prose(before):
        return True
    if place < 2 or before.label is not BODY or before.word_count > _HEADLINE_WORDS:
        return False
    if _reads_as_prose(segments[opened[place]]):
        return False
    if (
        before.text.rstrip().endswith((":", "："))
        or LIST_ROW_ANY_NUMBER.match(before.text)  # a row of the article's list
        or _worded_as_teaser_heading(before, vocabulary)
    ):
        return False
    above = segments[opened[place - 2]]
    return above.label is BODY and _reads_as_prose(above)


# A mark a site prints before a label ("» ", "▶ ", "* ", "— "): no word of the label,
# and no bullet of a list's row when the lines under it are no rows.
_MARKER = re.compile(r"^[^\w\s]+\s+")


def _unmarked(segment: Segment) -> Segment:
    """The segment without the mark before its text (itself when it has none)."""
    found = _MARKER.match(segment.text)
    if found is None:
        return segment
    return Segment(segment.text[found.end() :], segment.lines)


def _asks_unlabelled(segment: Segment, vocabulary: frozenset[str]) -> bool:
    """Whether a box's heading asks and is not worded from teaser headings' words: the
    article's question over a box put after it ("Was kostet das?"). A box's heading is
    a label, as `teaser_list` has it: "What goes first?" asks; a label does not."""
    return _QUESTION_END.search(segment.text) is not None and not _worded_as_teaser_heading(
        segment, vocabulary
    )


def _headline_sized(segment: Segment) -> bool:
    """A body line of a headline's length: what every line `_boxed_headline` takes is."""
    # (`_is_headline` wants `_MIN_HEADLINE_WORDS`; a longer line than `_HEADLINE_WORDS`
    # reads as prose, and asks in `_MAX_HEADLINE_QUESTION_WORDS` at most.)
    return segment.label is BODY and _MIN_HEADLINE_WORDS <= segment.word_count <= _HEADLINE_WORDS


def _boxed_headline(segment: Segment) -> bool:
    # A headline opens with a capital where the script has them; "autonome Waffen
    # und digitale Kriegsführung" is an item of the article's own list.
    # A line ending in a colon announces what follows; one naming a website or an
    # address points to the article's source; "Video: Launch event in Shanghai" labels
    # the article's own media (on `trailing_teasers`' side, such a line ends the article).
    # A bulleted or numbered row is an item of the article's own list, as there.
    first = next((c for c in segment.text if c.isalpha()), "")
    return (
        _is_headline(segment)
        and not _asks(segment)
        and not first.islower()
        and not segment.text.rstrip().endswith((":", "："))
        and _CONTACT.search(segment.text) is None
        and not _label_value(segment.text)
        and LIST_ROW_ANY_NUMBER.match(segment.text) is None
    )


def _segments_with_word(
    segments: list[Segment], only: frozenset[str] | None = None
) -> Counter[str]:
    """How many of the text segments hold each content word (of those in `only`, when
    given: the other words' counts stay 0): all `teaser_box` and
    `teaser_section_label` ask of the article's words (is one outside the box?), and
    much cheaper to count than `_Words`' index of places (a 10 MB article's index
    cost seconds)."""
    counts: Counter[str] = Counter()
    # (C-level passes, no turn of a Python loop per line: the text lines picked by their
    # labels, their words (those in `only`), and the count of them all in one update)
    texts = compress(segments, map(_TEXT_LABELS.__contains__, map(_LABEL, segments)))
    words = map(_CONTENT_WORDS, texts)
    if only is not None:
        words = map(and_, words, repeat(only))
    counts.update(chain.from_iterable(words))
    return counts


_LABEL = attrgetter("label")
_CONTENT_WORDS = attrgetter("content_words")


def _off_topic_box(
    segments: list[Segment],
    counts: Counter[str],
    specific: SpecificWords,
    ends: _KeyEnds,
    box: list[int],
    strict: bool = False,
    vocabulary: frozenset[str] = frozenset(),
) -> bool:
    """Whether the box's headlines, and its heading, share few words with the article
    around it ("Die Themen im Buch" over a list of the book's themes shares "Buch").
    A heading of five words or more reads as one more headline, and the run as the
    article's own list as well as a box ("Written communication – how to write a CV"
    and three more topics of a course: one tune page): `strict`, no line of it may
    share a word with the article."""
    of = [segments[i].content_words for i in box]
    in_box = _segments_with_word([segments[i] for i in _box_copies(segments, ends, box)])

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

    if _heading_on_topic(segments[box[0]], of[0], ties, vocabulary):
        return False
    shared = [word_share(words, on_topic) for words in of[1:]]
    return max(shared) <= _BOX_MAX_OVERLAP and sum(shared) / len(shared) < _TRAILING_OVERLAP


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
    if _worded_as_teaser_heading(_unmarked(heading), vocabulary):
        return False
    return word_share(words, ties) >= _BOX_MAX_HEADING_OVERLAP


def _box_copies(segments: list[Segment], ends: _KeyEnds, box: list[int]) -> set[int]:
    """The box's lines and every other copy of them in the dump: a headline a site
    prints twice ("See also: <headline>" above, the box below) is still no word of the
    article's."""
    copies = set(ends.equal_to(segments[box[0]].key))
    for index in box[1:]:
        copies.update(ends.ending_with(segments[index].key))
    return copies


# `teaser_list`: a heading worded as teaser headings are, over this many headlines ...
_LIST_MIN_HEADLINES = 2
_LIST_MAX_HEADLINES = 5
# ... where the lines just before the heading (this many) are no headlines: a box put
# between the titles of the article's own list (books, episodes) would take the titles
# that follow it along.
_LIST_CLEAR_BEFORE = 2
# A closing box's headline (`_tail_headline`) may be short ("Warum Schlaf wichtig ist"):
# the heading and the dump's end bound it, not its length.
_MIN_TAIL_HEADLINE_WORDS = 3


@lru_cache(maxsize=8)
def _teaser_heading_words(lines: frozenset[str], prefixes: tuple[str, ...]) -> frozenset[str]:
    """The words the teaser headings of every language are made of ("stories",
    "reading", "artikel", "lire", "noticias"): a heading no list has word for word
    ("Other stories from our newsroom") is still worded from them."""
    words: set[str] = set()
    for phrase in chain(lines, prefixes):
        words.update(content_words(phrase))
    return frozenset(words)


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(teaser_heading,),
    derives=(prose_words, key_ends),
)
def teaser_list(
    segments: list[Segment],
    context: PhraseBook,
    teaser_headings: Claimed,
    prose: ProseWords,
    ends: _KeyEnds,
) -> Iterator[Segment]:
    """A short heading worded from teaser headings' words ("Other stories from our
    newsroom", "Weitere Artikel aus der Region:"), over two to five headlines off the
    article's topic, wherever it stands: between the rows of a list or a table, or at
    the end (`teaser_box` wants prose on both sides). The headlines decide, not a word of
    the heading's own the article uses: "Region", "dazu", "right" are words a long
    article uses in two paragraphs too (as `_heading_on_topic` has it for `teaser_box`;
    tune, noise bodies: 66 injected lines out, no body line lost), unless the title
    holds it too or the article is too short for its words to tell.

    Not inside a run of the article's own headline-like lines (a box put between the
    titles of a list of books would take the titles after it): the lines before the
    heading and the line after the headlines must not be headlines.
    """
    matcher = context.phrases["teaser_heading"]
    vocabulary = _teaser_heading_words(matcher.lines, matcher.prefixes)
    opened = [i for i, s in enumerate(segments) if s.label in BODY_OR_HEADING]
    boxes: list[list[int]] = []
    boxed: set[int] = set()
    for place in _list_heading_places(segments, opened, vocabulary):
        index = opened[place]
        heading = segments[index]
        if index in boxed:
            continue
        if _INNER_SENTENCE_END.search(heading.text) or _DIGIT.search(heading.text):
            continue
        if _QUESTION_END.search(heading.text):
            continue  # "What goes first?" asks; a label does not
        before = [i for i in opened[max(0, place - _LIST_CLEAR_BEFORE) : place] if i not in boxed]
        turns = False
        if any(_list_headline(segments[i]) for i in before):
            rows = _box_between_rows(segments, opened, place, boxed, vocabulary)
            if rows is not None and not _one_topic(segments, rows):
                boxes.append([index, *rows])
                boxed.update(rows)
                continue
            subheaded = _under_a_subheading(segments, opened, place, boxed)
            if not subheaded and not _between_subheading_and_text(
                segments, opened, place, vocabulary
            ):
                continue
            # A paragraph right above, under its subheading: no run of titles, but the
            # article's subheadings and paragraphs take turns, and the run's last line
            # before more of the article may be its next subheading or title ("The
            # details behind their split from the royals" over a caption: tune, more
            # seeds of the stress dumps); headlines sharing a word are more of the
            # article's subheadings (`_one_topic`). A box between a subheading and its
            # paragraph ends where the paragraph starts: its last line is no subheading.
            turns = subheaded
        if index + 1 >= len(segments) or segments[index + 1].label is not BODY:
            continue  # its headlines follow it at once ("Details zum Artikel" over a box
            # whose own heading pass 1 removed is the article's label)
        headlines: list[int] = []
        resumes: Segment | None = None
        cjk = is_cjk_heavy(heading.text)
        # (by position, not over a slice: a copy of the rest of `opened` for each heading
        # grows with the square of a big dump's size)
        for at in range(place + 1, len(opened)):
            after = opened[at]
            line = segments[after]
            if (
                line.label is not BODY
                or not _list_headline(line)
                or _worded_as_teaser_heading(line, vocabulary)  # the next box's heading
                or is_cjk_heavy(line.text) is not cjk  # a line in another script
            ):
                resumes = line
                break
            headlines.append(after)
            if len(headlines) > _LIST_MAX_HEADLINES:
                break
        if (
            headlines
            and resumes is not None
            and (
                _goes_on_from(segments[headlines[-1]], resumes) or (turns and resumes.label is BODY)
            )
        ):
            headlines.pop()
        if turns and _one_topic(segments, headlines):
            continue
        if not _LIST_MIN_HEADLINES <= len(headlines) <= _LIST_MAX_HEADLINES:
            if turns:
                continue
            # A box that ends the dump: its headlines may carry a date, a figure, a
            # kicker or a question, which `_list_headline` leaves to the article amid it.
            headlines = _headlines_to_the_end(segments, opened, place, before)
        if headlines:
            boxes.append([index, *headlines])
            boxed.update(headlines)
    # A heading a phrase list knows went in pass 1; the box under it that ends the dump
    # is judged as under a worded one (`closing_teasers` and `_rest_of_a_taken_box` want
    # headlines of the stricter shape; tune: 14 teaser lines out, no body line).
    for index in teaser_headings.positions(segments):
        place = bisect_right(opened, index) - 1
        before = opened[max(0, place - _LIST_CLEAR_BEFORE + 1) : place + 1]
        closing = _headlines_to_the_end(segments, opened, place, before)
        if closing and not boxed.intersection(closing):
            boxes.append([index, *closing])
            boxed.update(closing)
    if not boxes:
        return
    # The article's words, without any of the boxes (two boxes of the same teasers under
    # headings of the same words would vouch for each other) or their copies.
    asked = frozenset().union(*(segments[i].content_words for b in boxes for i in b))
    set_aside = set().union(*(_box_copies(segments, ends, box) for box in boxes))
    rest = [s for i, s in enumerate(segments) if i not in set_aside]
    if not any(s.label is BODY and _reads_as_prose(s) for s in rest):
        return  # no article left to be off the topic of: the "box" is the article
    counts = _segments_with_word(rest, asked)
    specific = prose.specific(asked, excluded=set_aside)

    def in_article(word: str) -> bool:
        return counts[word] > 0 and specific(word)

    # A word of the heading's own that the article uses makes it the heading of the
    # article's section when the title (the first line) holds it too ("More bridge stories" under
    # "Harbour bridge to close"), or when the article has under two paragraphs, whose
    # words say little of what the headlines share with it.
    paragraphs = islice(filter(_is_paragraph, rest), _TRAILING_MIN_PROSE)
    thin = sum(1 for _ in paragraphs) < _TRAILING_MIN_PROSE
    # (the title is told later: the dump's first line of text, in an article dump)
    first = next((s for s in segments if s.label in _TEXT_LABELS), None)
    titled = first.content_words if first is not None else frozenset()

    def ties(word: str) -> bool:
        return (thin or word in titled) and in_article(word)

    for box in boxes:
        if any(map(ties, segments[box[0]].content_words - vocabulary)):
            continue
        shared = [word_share(segments[i].content_words, in_article) for i in box[1:]]
        box, shared = _without_topic_tail(segments, box, shared, titled)
        if max(shared) <= _BOX_MAX_OVERLAP and sum(shared) / len(shared) < _TRAILING_OVERLAP:
            for index in box:
                if segments[index] not in teaser_headings:  # (its own rule's removal)
                    yield segments[index]


def _headlines_to_the_end(
    segments: list[Segment], opened: list[int], place: int, before: list[int]
) -> list[int]:
    """The open lines after the heading at `place` in `opened`, when they run to the
    dump's end and are `_LIST_MIN_HEADLINES` to `_LIST_MAX_HEADLINES` headlines of the
    looser shape a closing box prints (`_tail_headline`), and a paragraph stands among
    the open lines right `before` the heading; else none. (Section labels, dates and
    blurbs among them were tried: tune 10 lines more, 0 lost, but the test read lost
    article lines, bench/notes.md round 32.) Nothing of the article
    follows them, so a headline of theirs is no subheading of the article's; the topic
    test in `teaser_list` still decides. Without prose just above, the heading may be
    one of the article's own subheadings over the rest of them (a copy that kept its
    short lines only, a forum thread's titles): tune, `article_shapes`, 47 body lines."""
    if not any(_is_paragraph(segments[i]) for i in before):
        return []
    rest = opened[place + 1 :]
    if not _LIST_MIN_HEADLINES <= len(rest) <= _LIST_MAX_HEADLINES:
        return []
    if not all(_tail_headline(segments[i]) for i in rest):
        return []
    return rest


def _tail_headline(segment: Segment) -> bool:
    """A headline as a closing box prints it: `_MIN_TAIL_HEADLINE_WORDS` to
    `_HEADLINE_WORDS` words opening with a capital, not prose (a question or a line cut
    short may be), and no list's row, no address, no line announcing more ("…:")."""
    first = next((c for c in segment.text if c.isalpha()), "")
    return (
        segment.label is BODY
        and _MIN_TAIL_HEADLINE_WORDS <= segment.word_count <= _HEADLINE_WORDS
        and (not _reads_as_prose(segment) or _asks(segment) or _cut_short(segment))
        and not first.islower()
        and not segment.text.rstrip().endswith((":", "："))
        and _CONTACT.search(segment.text) is None
        and LIST_ROW_ANY_NUMBER.match(segment.text) is None
    )


def _without_topic_tail(
    segments: list[Segment], box: list[int], shared: list[float], titled: frozenset[str]
) -> tuple[list[int], list[float]]:
    """The box without its last headlines that share the article's words (more than
    `_BOX_MAX_OVERLAP` of theirs) while two before them at least share none: the
    article resuming with a line of its own, or the site's link to a story on its topic
    ("Lea: Consejo Permanente de OEA aborda … en Nicaragua"), which stays in the body,
    where it vetoed the whole box. Not when such a line shares a word with the title
    (`titled`): the headline printed again, under which the article starts, is the
    title rules' to find, and a box gone from above it changes what they read (tune,
    noise bodies: "Österreichs Tauchmesse in Tulln abgesagt" taken for the title)."""
    end = len(shared)
    while end > _LIST_MIN_HEADLINES and shared[end - 1] > _BOX_MAX_OVERLAP:
        end -= 1
    if end == len(shared) or max(shared[:end]) > 0:
        return box, shared
    if any(not titled.isdisjoint(segments[i].content_words) for i in box[end + 1 :]):
        return box, shared
    return box[: end + 1], shared[:end]


def _row_writing(segment: Segment) -> tuple[bool, bool, bool, str]:
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
        text.count("|") >= 2,
        LIST_ROW_ANY_NUMBER.match(text) is not None,
        _DIGIT.search(text) is not None,
        case,
    )


# A word this long or longer is capitalised in a title-case row; shorter ones ("of",
# "the", "und", "de") may not be.
_TITLE_CASE_LETTERS = 4


def _box_between_rows(
    segments: list[Segment],
    opened: list[int],
    place: int,
    boxed: set[int],
    vocabulary: frozenset[str],
) -> list[int] | None:
    """The headlines under the worded heading at `opened[place]` put between two rows of
    the article's list or table: the row right above the heading is written as the line
    the headlines end at (`_row_writing`: "8pm: Grand Designs" … "9pm: Gogglebox", "A Map
    of the Drowned Valley" … "Letters From a Quiet Border Town") or a paragraph, and no
    headline is written so; the list resuming says where the box ends, where
    `teaser_list` otherwise could not tell its headlines from the list's titles. Not in
    verse or a sentence going on in lower case. The box still has to be off the
    article's topic (`teaser_list`'s headline share). Tune: noise bodies 142 injected
    lines out (own 85, webeval 57), `article_shapes` 56, page dumps 3; no body line lost."""
    if opened[place - 1] in boxed:
        return None
    row = _row_writing(segments[opened[place - 1]])
    if row[3] == "lower":
        return None
    cjk = is_cjk_heavy(segments[opened[place]].text)

    def resumes_list(line: Segment) -> bool:
        return _row_writing(line) == row or _is_paragraph(line)

    def box_headline(line: Segment) -> bool:
        return (
            not resumes_list(line)
            and _list_headline(line)
            and not _worded_as_teaser_heading(line, vocabulary)
            and is_cjk_heavy(line.text) is cjk
        )

    run = _headline_run(segments, opened, place, box_headline)
    if run is None:
        return None
    headlines, stop = run
    if stop is None or stop.label is not BODY or not resumes_list(stop):
        return None  # the dump ends, or a line that is neither row nor box headline
    if len(headlines) < _LIST_MIN_HEADLINES or _goes_on_from(segments[headlines[-1]], stop):
        return None
    return headlines


def _one_topic(segments: list[Segment], lines: list[int]) -> bool:
    """Whether two of the lines share a content word: the article's own subheadings on
    its one topic ("Warum wir dieses Haus mögen", "Für wen passt dieses Haus"), where a
    box's headlines are each another story's."""
    seen: set[str] = set()
    for index in lines:
        words = segments[index].content_words
        if not seen.isdisjoint(words):
            return True
        seen.update(words)
    return False


def _under_a_subheading(
    segments: list[Segment], opened: list[int], place: int, boxed: set[int]
) -> bool:
    """Whether the heading at `opened[place]` stands under a paragraph of the article's
    prose that a headline-like line (its subheading, outside any other box) introduces."""
    if place < 2 or opened[place - 2] in boxed:
        return False
    return _is_paragraph(segments[opened[place - 1]]) and _list_headline(
        segments[opened[place - 2]]
    )


def _between_subheading_and_text(
    segments: list[Segment], opened: list[int], place: int, vocabulary: frozenset[str]
) -> bool:
    """Whether the heading at `opened[place]` stands right under a headline-like line
    whose words the paragraph resuming after the box's two to five headlines takes up:
    that line is the article's subheading and the paragraph its text, and the box was put
    between them ("Shuttle buses across the river", the box, "Shuttle buses will cross the
    river …"). A list's title would be followed by its next title or row, not by a paragraph on
    its words. Asked where a headline-like line right above the heading vetoes a run of
    titles and no paragraph stands above that line (`_under_a_subheading`: the rows of a
    list, a line broken in two, a caption set aside); tune, noise bodies: 73 injected
    lines out, no body line lost."""
    above = segments[opened[place - 1]]
    if above.label is not BODY or not _list_headline(above):
        return False
    run = _headline_run(
        segments,
        opened,
        place,
        lambda line: _list_headline(line) and not _worded_as_teaser_heading(line, vocabulary),
    )
    if run is None:
        return False
    headlines, resumes = run
    return (
        resumes is not None
        and len(headlines) >= _LIST_MIN_HEADLINES
        and _is_paragraph(resumes)
        and not above.content_words.isdisjoint(resumes.content_words)
    )


def _list_heading_places(
    segments: list[Segment], opened: list[int], vocabulary: frozenset[str]
) -> list[int]:
    """The places in `opened` of short lines worded as teaser headings: the few lines of
    a dump `teaser_list` looks under (one in thirty)."""
    places = []
    for place, index in enumerate(opened):
        line = segments[index]
        # (Not worded so: mostly words of its own, the heading of the article's section.)
        if 1 <= line.word_count <= _MAX_HEADING_WORDS and _worded_as_teaser_heading(
            line, vocabulary
        ):
            places.append(place)
    return places


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
    vocabulary = _teaser_heading_words(matcher.lines, matcher.prefixes)
    found: list[tuple[int, frozenset[str]]] = []
    for index, segment in enumerate(segments):
        # (label, not is_open: a property call on every line of the dump)
        if segment.label is not BODY:
            continue
        # (Its headline has `_MIN_INLINE_HEADLINE_WORDS` words, each a word of the line
        # too: a shorter line, three in four of a page dump's, is none, and needs no
        # search. A CJK line's word count is no count of its words split at spaces.)
        length = segment.word_count
        if length > _HEADLINE_WORDS + _MAX_INLINE_LABEL_WORDS or (
            length < _MIN_INLINE_HEADLINE_WORDS and not segment.may_hold_cjk
        ):
            continue
        if _LABEL_SEPARATOR_CHAR.search(segment.text) is None:
            continue
        match = _LABELLED_LINE.match(segment.text)
        if match is None:
            continue
        label, rest = match.group("label"), match.group("rest")
        if len(label.split()) > _MAX_INLINE_LABEL_WORDS:
            continue
        if len(rest.split()) < _MIN_INLINE_HEADLINE_WORDS or _INNER_SENTENCE_END.search(rest):
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
    counts = _segments_with_word(segments, asked)
    specific = prose.specific(asked)
    for index, words in found:
        # (the line itself holds each of its words once)
        if word_share(words, lambda word: counts[word] > 1 and specific(word)) <= _BOX_MAX_OVERLAP:
            yield segments[index]


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


def _list_headline(segment: Segment) -> bool:
    """A headline as `teaser_box` reads one, no table's row ("| Station | Rainfall |"),
    and naming nobody: the article's closing lines name its people ("Additional
    reporting by Steve Gorman; …", "… (Christian P. Stadtfeld) +++"), and a teaser
    that names someone is the cheaper line to keep."""
    return (
        _boxed_headline(segment)
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


def _worded_as_teaser_heading(segment: Segment, vocabulary: frozenset[str]) -> bool:
    """At least half of the line's words, and one at least, are teaser headings' words."""
    words = segment.content_words
    return not words.isdisjoint(vocabulary) and 2 * len(words & vocabulary) >= len(words)


def _goes_on_from(line: Segment, following: Segment) -> bool:
    """Whether `following` carries on from `line`: a verse or sentence going on in lower
    case ("I walk the wall where you once stood" / "and count the gulls …"), or the
    paragraph a subheading introduces, sharing its words."""
    first = next((c for c in following.text if c.isalpha()), "")
    return first.islower() or not line.content_words.isdisjoint(following.content_words)


# `closing_teasers`: after a teaser heading, at least this many headlines and at most
# this many lines in all, up to the end of the dump.
_CLOSING_MIN_HEADLINES = 2
_CLOSING_MAX_LINES = 12
_CLOSING_LABEL_WORDS = 3
_CLOSING_MIN_BLURBS = 2


# The rules that take teasers before `closing_teasers` (it counts the box's headlines
# they took); `_TEASER_RULES` lists them all.
_TEASERS_ABOVE_CLOSING = (
    html_related_box,
    html_teaser_link,
    teaser_heading,
    inline_teaser,
    teaser_section_label,
    teaser_blurb,
)


@revises(
    Reason.RELATED_TEASER, text_dumps_only=True, reads=(teaser_heading, _TEASERS_ABOVE_CLOSING)
)
def closing_teasers(
    segments: list[Segment], context: PhraseBook, teaser_headings: Claimed, teasers: Claimed
) -> Iterator[Segment]:
    """Everything after the last teaser heading ("Ähnliche Beiträge", "Mehr zum Thema:")
    when it is only headlines, a few short labels and dates up to the end of the dump:
    other stories, even when they share the article's words (a site's related stories
    are on its topic, which is what `teaser_blurb` weighs). A line of prose right under
    a headline may be its blurb when the blurbs share few words with the article
    (`_box_blurbs`); other prose after the heading, or a long run, and the lines stay:
    the article may go on there."""
    if not teaser_headings:
        return  # most dumps: no walk over every line for a heading
    last = max(teaser_headings.positions(segments), default=None)
    if last is None:
        return
    run = [i for i in range(last + 1, len(segments)) if segments[i].label is not REMOVED]
    if not run or len(run) > _CLOSING_MAX_LINES:
        return
    rest = _rest_of_a_taken_box(segments, last, run, teasers)
    if rest:
        for index in rest:
            yield segments[index]
        return
    # The box's headlines a teaser rule took already count (`teaser_blurb` takes a box's
    # first headlines up to the first blurb).
    headlines = sum(1 for s in segments[last + 1 :] if s in teasers and _closing_headline(s))
    blurbs: list[int] = []
    for index in run:
        segment = segments[index]
        if segment.label is not BODY:
            return
        if _closing_headline(segment):
            headlines += 1
            continue
        if _blurb_sized(segment) and _under_a_headline(segments, index, last, teasers):
            blurbs.append(index)
            continue
        if (
            segment.word_count > _CLOSING_LABEL_WORDS
            or _CONTACT.search(segment.text)
            or _label_value(segment.text)
        ):
            # Prose, an address, or a fact ("Autor: Fritz Imhof", "Quelle: Livenet"):
            # the article's own ending, which a box's labels and dates are not.
            return
    if headlines < _CLOSING_MIN_HEADLINES:
        return
    if blurbs and not _box_blurbs(segments, run, blurbs):
        return
    for index in run:
        yield segments[index]


# A box the teaser rules have begun to take: at least this many of its lines right under
# the last teaser heading went to them (`teaser_blurb` takes a box's first headlines,
# labels and dates and stops at the first line it cannot read as one) ...
_TAKEN_BOX_MIN_LINES = 1
# ... and at most this many lines left after them up to the dump's end.
_TAKEN_BOX_REST_LINES = 6


def _rest_of_a_taken_box(
    segments: list[Segment], heading: int, run: list[int], teasers: Claimed
) -> list[int]:
    """The lines left of a box under the last teaser heading when the teaser rules took
    its first lines (a box's headlines or dates, right under the heading) and what is
    left up to the end of the dump is a few lines more of the same box: its later
    headlines, dates, labels and blurbs, which `closing_teasers`' shape tests stop at (a
    four-word "Kicker: headline", a date of four words, a blurb cut off mid-sentence).
    Not when a line left may be the article's prose: a paragraph longer than a blurb,
    blurbs sharing the article's words, or one sentence ending the dump (the article may
    close after an inline box, as `_box_blurbs` says)."""
    first = run[0]
    taken = segments[heading + 1 : first]
    if len(taken) < _TAKEN_BOX_MIN_LINES or not all(s in teasers for s in taken):
        return []
    if segments[first].label is not BODY:
        # A picture after the lines taken: the box may have ended there (tune, shapes
        # dumps: a site's own related headline, labelled the article's, under one).
        return []
    rest = [i for i in run if segments[i].label is BODY]
    if len(rest) > _TAKEN_BOX_REST_LINES:
        return []
    if any(segments[i].label not in _SET_ASIDE and segments[i].label is not BODY for i in run):
        return []  # a heading of the article's among them
    # A label of a few words ending in a dot ("65 Min.", "6 os.") is one of the box's
    # labels (a recipe's time, its servings), not a blurb that might be the article's
    # prose: its one word may well be the article's ("min"). Tune part, round 29: shapes
    # dumps 10 teaser lines out (two recipe boxes), no body line; other dumps unchanged.
    blurbs = [
        i
        for i in rest
        if _reads_as_prose(segments[i])
        and not _asks(segments[i])
        and segments[i].word_count > _CLOSING_LABEL_WORDS
    ]
    if not blurbs:
        return rest
    if any(segments[i].word_count > _BLURB_WORDS for i in blurbs):
        return []
    if _prose_in_a_row(segments, rest, blurbs):
        return []
    last = segments[rest[-1]]
    if len(blurbs) < _CLOSING_MIN_BLURBS and blurbs[-1] == rest[-1] and not _cut_short(last):
        return []  # one sentence ending the dump: the article's close after an inline box
    if not _other_topics(segments, rest, blurbs, _prose_before(segments, heading)):
        return []
    return rest


_PROSE_IN_A_ROW = 2
"""Prose lines standing one under the other, no headline between them, that end a box:
the article going on after an inline box ("Zobacz także:" and one headline), not blurbs."""


def _prose_in_a_row(segments: list[Segment], rest: list[int], blurbs: list[int]) -> bool:
    """Whether `_PROSE_IN_A_ROW` of the prose lines left under a taken box's headlines,
    each longer than a headline (a label, "90 min.", an exclaiming headline, a newsletter's
    one-line offer are not), follow each other among the open lines: a box gives each
    headline one blurb, so its blurbs have a headline between them
    (`_rest_of_a_taken_box`), and paragraphs under the box's last headline are the
    article's, whatever words they share with it (a language that inflects its nouns
    shares few: "Wisła", "Wisły", "Wisłę")."""
    place = {index: order for order, index in enumerate(rest)}
    prose = [i for i in blurbs if segments[i].word_count > _HEADLINE_WORDS]
    run = 1
    for before, after in pairwise(prose):
        run = run + 1 if place[after] == place[before] + 1 else 1
        if run >= _PROSE_IN_A_ROW:
            return True
    return False


def _blurb_sized(segment: Segment) -> bool:
    """A line of prose no longer than a box's blurb (a label or a date is shorter)."""
    return _CLOSING_LABEL_WORDS < segment.word_count <= _BLURB_WORDS and _reads_as_prose(segment)


def _under_a_headline(segments: list[Segment], index: int, heading: int, teasers: Claimed) -> bool:
    """Whether the line right above is a headline of the box under the heading at
    `heading`, kept or taken by a teaser rule already (`teaser_blurb` takes a box's
    first headline and stops at its blurb)."""
    above = segments[index - 1]
    return (
        index - 1 > heading
        and (above.label is BODY or above in teasers)
        and _closing_headline(above)
    )


def _box_blurbs(segments: list[Segment], run: list[int], blurbs: list[int]) -> bool:
    """Whether the prose lines under the run's headlines are a box's blurbs: other
    stories' words, not the article's (`_other_topics`), and not one line of prose that
    ends the dump. After an inline box ("Lesen Sie auch:" and two headlines) the article
    may close with a short paragraph; a box gives more than one headline a blurb, or
    prints more of itself (a label, a newsletter's small print) after the one it has."""
    if len(blurbs) < _CLOSING_MIN_BLURBS and blurbs[-1] == run[-1]:
        return False
    prose = _prose_before(segments, run[0])
    return _other_topics(segments, run, blurbs, prose, refrain_words=_REFRAIN_MIN_WORDS)


def _closing_headline(segment: Segment) -> bool:
    """A headline of the run under a teaser heading (`closing_teasers`): five words or
    more that do not read as prose, or a question (a date of four words is a label).
    Shorter or exclaiming headlines did not carry beyond the tune part (bench/notes.md,
    round 12)."""
    return segment.word_count >= _MIN_HEADLINE_WORDS and (
        not _reads_as_prose(segment) or _asks(segment)
    )


# A teaser heading over or among the run is one of a box's marks (`_box_marks`); a
# caption over a credit line is passed over by the walk for the run (`_trailing_run`).
@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(teaser_heading, credit_line),
    derives=(decided_article_dump,),
)
def trailing_teasers(
    segments: list[Segment],
    context: PhraseBook,
    teaser_headings: Claimed,
    credits: Claimed,
    article_dump: bool,
) -> Iterator[Segment]:
    """The lines after the article's last paragraph, when they read as other stories.

    A related box printed after the article often has no heading. Its lines are
    headlines (and perhaps dates and labels) that share few words with the
    article; the article's own closing list, table or results are numbered rows,
    facts ("Venue: Town hall") or share its words, and stay.
    """
    block = _trailing_run(segments, credits)
    if len(block) < _TRAILING_MIN_LINES or _above_a_teaser_heading(
        segments, block, teaser_headings
    ):
        return
    headlines = [
        i
        for i in block
        if _is_headline(segments[i])
        or (i + 1 in block and _pair_headline(segments[i]) and _pair_blurb(segments[i + 1]))
    ]
    stories = len(headlines) + sum(1 for i in block if _cut_short(segments[i]))
    if stories < _TRAILING_MIN_HEADLINES:
        return
    blurbs = [i for i in block if _reads_as_prose(segments[i]) and i not in headlines]
    if (not blurbs and _closing_list(segments, block)) or _names_people_or_places(segments, block):
        return
    lines = _lines_after_paragraphs(segments, block)
    prose = _prose_before(segments, block[0])
    if lines > max(_UNMARKED_BOX_LINES, prose) and not _box_marks(segments, block, teaser_headings):
        # More lines than the article has paragraphs, and nothing of a box among them:
        # the article's own steps, subheadings or items after a short introduction,
        # whose few words are little to compare a topic with. A kept box costs less.
        return
    if article_dump and _its_own_questions(segments, block, teaser_headings):
        # On a dump that is just an article (`dump_kind`), a run that asks is its own
        # FAQ or interview; a page's boxes of other stories are what a page dump holds.
        return
    if _other_topics(segments, block, headlines + blurbs, prose, refrain_words=_REFRAIN_MIN_WORDS):
        for index in block:
            yield segments[index]


# A run of which at least this share of lines ask ("Kann ich den Kredit kündigen?"), with
# nothing of a box among them, is the article's own questions (`_its_own_questions`).
_ASKED_SHARE = 0.5


def _its_own_questions(segments: list[Segment], block: list[int], teaser_headings: Claimed) -> bool:
    """Whether the run is the article's own questions: at least `_ASKED_SHARE` of its
    lines end in a question mark and nothing of a box is among them (`_box_marks`: no
    date, count, blurb, label printed twice or teaser heading). An FAQ's questions or an
    interview's, printed as headings over answers the copy left out or put above, ask in
    a row; a box of other stories prints headlines, and asks in one of them now and then.
    Their words are the questions' own, so the article's topic alone takes them for other
    stories (tune part, round 29: `article_shapes` "few after prose", 8 body lines back on
    2 sites; no junk line kept in the labelled article and page dumps, the other shapes or
    the noise bodies)."""
    if _box_marks(segments, block, teaser_headings):
        return False
    asking = sum(1 for i in block if _QUESTION_END.search(segments[i].text))
    return asking >= _ASKED_SHARE * len(block)


def _above_a_teaser_heading(
    segments: list[Segment], block: list[int], teaser_headings: Claimed
) -> bool:
    """Whether a teaser heading with lines under it stands below the run: the walk from
    the end passed a box the teaser rules took, so the run is not what ends the dump but
    what stands between the article's last paragraph and that box, where an article
    prints its fact box or table ("Origen Rusia", "Recompensa $10 millones"). A heading
    that ends the dump heads no box, and the run above it may be its headlines."""
    return bool(teaser_headings) and any(
        s in teaser_headings for s in segments[block[-1] + 1 : len(segments) - 1]
    )


# A site links a story twice or three times in a page (a box above the article, one
# below, a list of the most read); a line printed more often is the article's own.
_MAX_TEASER_COPIES = 3


# Every rule that takes teasers before it, in pass 1 and here.
_TEASER_RULES = (
    *_TEASERS_ABOVE_CLOSING,
    closing_teasers,
    teaser_box,
    teaser_list,
    labelled_teaser,
    trailing_teasers,
)


@revises(Reason.RELATED_TEASER, text_dumps_only=True, reads=(_TEASER_RULES,))
def repeated_teaser(
    segments: list[Segment], context: PhraseBook, teasers: Claimed
) -> Iterator[Segment]:
    """A headline printed again where no box is seen, when a teaser rule took another
    copy of it: a site lists the same story in two boxes ("Most read", "Related"), or
    above the article and below it. Headlines only, as a box prints them (five words or
    more, no sentence, no number, no "label: value" fact): a short label ("Santa Cruz")
    printed in a box may well be the article's. And only after the article's first
    paragraph: a site's box lists the article itself too, and the copy above the text
    is its headline (so is a line the dump's first line opens with). A line printed
    more than `_MAX_TEASER_COPIES` times is a cell or label the article repeats row
    after row, not a story a site links twice."""
    taken = {s.key for s in teasers if s.key}
    if not taken:
        return  # most dumps: no teaser was taken
    copies = Counter(s.key for s in segments if s.key in taken)
    taken = {key for key in taken if copies[key] <= _MAX_TEASER_COPIES}
    # The dump's title line (or a page's <title>, "<headline> | Site") printed again as
    # the headline: the article's own.
    title = segments[0].key
    taken = {key for key in taken if not title.startswith(key)}
    first = next(
        (i for i, s in enumerate(segments) if s.label is BODY and _reads_as_prose(s)), None
    )
    if first is None:
        return
    for segment in islice(segments, first + 1, None):
        if segment.label is BODY and segment.key in taken and _boxed_headline(segment):
            yield segment


def _box_marks(segments: list[Segment], block: list[int], teaser_headings: Claimed) -> bool:
    """Whether the run shows what a box of other stories prints around its headlines:
    a label printed twice ("Politica", a site's name), a date or a count opening a
    line ("07.10.2016", "86 Kommentare"), a blurb, or a teaser heading removed over
    or among its lines. An article's steps, subheadings and items have none of them."""
    keys = [segments[i].key for i in block]
    if len(set(keys)) < len(keys):
        return True
    for index in block:
        segment = segments[index]
        if segment.word_count <= _MARK_COUNT_WORDS and _OPENS_WITH_NUMBER.match(segment.text):
            return True
        if (_reads_as_prose(segment) and not _asks(segment)) or _cut_short(segment):
            return True
    above = _last_paragraph(segments, block[0])
    return any(s in teaser_headings for s in segments[above + 1 : block[-1]])


def _lines_after_paragraphs(segments: list[Segment], block: list[int]) -> int:
    """How many open lines stand between the article's last paragraph and the run's
    end: the run, and the items of the same list above a short sentence that broke it
    ("Recevez l'essentiel chaque semaine.", a prompt left in the body)."""
    count = 0
    for index in range(block[-1], -1, -1):
        segment = segments[index]
        if _is_paragraph(segment):
            break
        count += segment.label in BODY_OR_HEADING
    return count


def _is_paragraph(segment: Segment) -> bool:
    return (
        segment.label is BODY
        and segment.word_count >= _PARAGRAPH_WORDS
        and segment.ends_like_sentence
    )


def _prose_before(segments: list[Segment], first: int) -> int:
    """How many paragraphs of prose the article has before the line at `first`."""
    return sum(1 for s in segments[:first] if _is_paragraph(s))


def _last_paragraph(segments: list[Segment], first: int) -> int:
    """Index of the last body line before `first` that reads as prose, or -1."""
    return next(
        (
            i
            for i in range(first - 1, -1, -1)
            if segments[i].is_open and _reads_as_prose(segments[i])
        ),
        -1,
    )


@revises(Reason.BOILERPLATE, text_dumps_only=True, reads=(credit_line,))
def trailing_menu(
    segments: list[Segment], context: PhraseBook, credits: Claimed
) -> Iterator[Segment]:
    """A run of short labels after the article's last paragraph that name other topics.

    A site's menu or list of sections printed under the article ("Helldivers 2",
    "Steam sale", "Palworld"): longer than a box of headlines must be, every line
    a label of a few words, sharing few words with the article. The article's own
    closing list shares its words, or is numbered, or is announced by a colon.
    """
    block = _trailing_run(segments, credits)
    if len(block) < _TRAILING_MIN_LABELS:
        return
    if any(segments[i].word_count > _MAX_LABEL_WORDS for i in block):
        return
    named = [i for i in block if segments[i].content_words]
    if len(named) < _TRAILING_MIN_LABELS - 1:
        return  # "PS4", "Xbox": labels without topic words tell nothing either way
    if _names_people_or_places(segments, block):
        return
    if _other_topics(segments, block, named, _prose_before(segments, block[0])):
        for index in block:
            yield segments[index]


def _names_people_or_places(segments: list[Segment], block: list[int]) -> bool:
    """Whether most lines of the run name a person ("Amara Okafor") or a known place
    ("Lyon", "Real Madrid"): the article's list of nominees, cities or teams, whose
    names are new words after its introduction. A site's menu names its sections
    and services ("Popular", "Steam sale", "Donate"); a regional site's menu of towns
    is kept too, the cheaper mistake."""
    named = sum(1 for i in block if _names_person_or_place(segments[i].text))
    return named * 2 > len(block) or named >= _CLOSING_LIST_LINES


def _names_person_or_place(text: str) -> bool:
    """A line that is a name (a headline that mentions one is longer)."""
    words = [word.strip(".,;()") for word in text.split()]
    if len(words) > _MAX_NAME_WORDS:
        return False
    if words and is_given_name(words[0]) and len(words) > 1:
        return True
    return is_known_place(" ".join(words).casefold()) or any(
        is_known_place(word.casefold()) for word in words if word[:1].isupper()
    )


def _closing_list(segments: list[Segment], block: list[int]) -> bool:
    """Whether the run reads as the article's own closing list: five or more titles of
    one form (books, places, tips, stages), each printed once, none a label, a date or
    a count. A related box prints its section labels ("Politics", "Hot"), dates,
    comment counts or blurbs between its headlines; an article's list of things it
    names has none of them, but shares few words with a short introduction, so its
    topic alone would take it for other stories."""
    return (
        len(block) >= _CLOSING_LIST_LINES
        and len({segments[i].key for i in block}) == len(block)
        and all(
            segments[i].word_count >= _CLOSING_LIST_WORDS and not _DIGIT.search(segments[i].text)
            for i in block
        )
    )


def _trailing_run(segments: list[Segment], credits: Claimed) -> list[int]:
    """The open lines after the article's last paragraph, in order; none when one of
    them shows the article's own ending (a row, an address, a list it announces).
    `credits`: the lines `credit_line` removed as a picture's credit."""
    block: list[int] = []
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        if segment.label in _SET_ASIDE:
            continue
        if segment.label is not BODY and segment.label is not HEADING:
            break
        if _over_a_credit(segments, index, credits):
            # A picture's caption kept as text ("Un operario inspecciona las obras."
            # over "Imagen: EFE"): a sentence, but not the article's last paragraph,
            # which a list after it would follow. It stays; the walk goes on past it.
            continue
        if _reads_as_prose(segment) and not _box_line(segment):
            pairs = _blurb_pairs(segments, index)
            block.extend(reversed(pairs))
            # Short lines above a box's pairs may be the article's subheadings, whose
            # paragraphs a copy left out: the run is the pairs and what they end on.
            break
        if (
            (LIST_ROW_ANY_NUMBER.match(segment.text) and not _DATE.match(segment.text))
            or segment.text.lstrip().startswith("|")  # a table's row
            or _CONTACT.search(segment.text)
            or segment.text.rstrip().endswith((":", "："))
            or _goes_on_in_lower_case(segment)
        ):
            return []  # the article's own rows, addresses, or a list it announces
        if _label_value(segment.text) and not _kicker_headline(segment):
            # "Venue: Town hall" is a fact of the article, which ends there; but
            # "Brexit: talks resume" is a headline, so the lines after it may be a box,
            # and one of a headline's length is a line of the run (round 17, tune: 35
            # lines of related boxes out, 3 sites in the labelled article dumps, no
            # article line; 2 unannotated video links in the noise bodies).
            break
        block.append(index)
    block.reverse()
    return block if len(block) < len(segments) else []


# A box that prints a blurb under each headline ends the dump in prose, where the walk
# for the run stops (`_trailing_run`): at least this many headline-and-blurb pairs in a
# row, each headline of at most `_PAIR_HEADLINE_WORDS` words (a kicker, a date or a
# count allowed: the pairing is the evidence) over a blurb of at most `_BLURB_WORDS`.
_MIN_BLURB_PAIRS = 2
_PAIR_HEADLINE_WORDS = 16


def _blurb_pairs(segments: list[Segment], last: int) -> list[int]:
    """The lines of the headline-and-blurb pairs that end at the blurb `last`, in
    order, when there are at least `_MIN_BLURB_PAIRS` of them and the article above
    them does not pair its own paragraphs so (`_pairs_its_paragraphs`): a related box
    that prints a blurb under each headline. An article's last paragraph under its
    last subheading is one pair; the topic test (`_other_topics`) still decides."""
    pairs: list[int] = []
    count = 0
    blurb = last
    # A box prints every story alike: a label over each headline, or over none.
    labelled = last >= 2 and _box_label(segments[last - 2])
    while (
        blurb >= 1 + labelled
        and _pair_blurb(segments[blurb])
        and _pair_headline(segments[blurb - 1])
        and (not labelled or _box_label(segments[blurb - 2]))
    ):
        # its section or date over it ("Verhalten", "Pressemitteilung 16.02.2022")
        pair = [blurb - 2, blurb - 1, blurb] if labelled else [blurb - 1, blurb]
        pairs[:0] = pair
        count += 1
        blurb = pair[0] - 1
    if count < _MIN_BLURB_PAIRS or _pairs_its_paragraphs(segments, pairs[0]):
        return []
    above = next((s for s in reversed(segments[: pairs[0]]) if s.label in BODY_OR_HEADING), None)
    if above is None or not _is_paragraph(above):
        # A subheading or a label over the first pair: the article's own sections,
        # whose paragraphs a copy may have left out, end there; a box follows the
        # article's last paragraph (or a teaser heading removed under it).
        return []
    return pairs


def _box_label(segment: Segment) -> bool:
    """A section label, a date or a kicker of a few words over a box's headline (not
    a fact of the article's, "ISBN-13: 978…", nor an address)."""
    return (
        segment.label in BODY_OR_HEADING
        and 1 <= segment.word_count <= _MAX_LABEL_WORDS
        and not segment.ends_like_sentence
        and ":" not in segment.text
        and not _CONTACT.search(segment.text)
    )


def _pair_blurb(segment: Segment) -> bool:
    return (
        segment.label is BODY
        and _PARAGRAPH_WORDS <= segment.word_count <= _BLURB_WORDS
        # prose, a blurb cut off, or two sentences or more run on past its last mark
        # ("Gibt es eine Ausgangssperre? Rationierte Lebensmittel? Unser FAQ")
        and (
            _reads_as_prose(segment)
            or _cut_short(segment)
            or _INNER_SENTENCE_END.search(segment.text) is not None
        )
        and not _CONTACT.search(segment.text)
    )


def _pair_headline(segment: Segment) -> bool:
    return (
        segment.label in BODY_OR_HEADING
        and _MIN_HEADLINE_WORDS - 2 <= segment.word_count <= _PAIR_HEADLINE_WORDS
        and (not _reads_as_prose(segment) or _asks(segment))
        and not segment.text.rstrip().endswith((":", "："))
        and not _CONTACT.search(segment.text)
    )


def _pairs_its_paragraphs(segments: list[Segment], first: int) -> bool:
    """Whether the article above `first` prints a subheading over a single paragraph
    and another subheading after it: its own sections are pairs, and so may be the
    ones that end it."""
    for index in range(1, first - 1):
        if (
            _pair_headline(segments[index - 1])
            and _is_paragraph(segments[index])
            and _pair_headline(segments[index + 1])
        ):
            return True
    return False


def _kicker_headline(segment: Segment) -> bool:
    """A headline with its kicker before a colon ("Wien: Kein Bier & Friseur für
    Ungeimpfte"): a headline's length, no sentence, no number, and a capital after the
    colon, where a fact's value ("Uhrzeit: ab Mitternacht", "Autor: Fritz Imhof") is
    shorter, in lower case or a count."""
    if not _is_headline(segment):
        return False
    value = segment.text.split(":", 1)[1].lstrip(" \"'„“‚‘«»")
    return value[:1].isupper()


def _goes_on_in_lower_case(segment: Segment) -> bool:
    """A line of a headline's length whose first word is in lower case ("legt Wert auf
    ein konstruktives Miteinander"): an item of the article's list that completes the
    sentence announcing it. A box's headlines open with a capital ("iPhone" is a name)."""
    if segment.word_count < _MIN_HEADLINE_WORDS:
        return False
    first = _unmarked(segment).text.split(maxsplit=1)[0]
    return first.islower()


def _over_a_credit(segments: list[Segment], index: int, credits: Claimed) -> bool:
    """Whether the line right below this one was removed as a picture's credit."""
    below = index + 1
    return below < len(segments) and segments[below] in credits


def _box_line(segment: Segment) -> bool:
    """Whether a line that reads as prose may still be one of a box's: a headline that
    asks ("Wem dient HR?") or a blurb cut off mid-word ("… students and staff...").
    Whether the box's lines are other stories is judged by their words after."""
    return _asks(segment) or _cut_short(segment)


def _asks(segment: Segment) -> bool:
    return (
        segment.word_count <= _MAX_HEADLINE_QUESTION_WORDS
        and _QUESTION_END.search(segment.text) is not None
        and _INNER_SENTENCE_END.search(segment.text) is None
    )


def _cut_short(segment: Segment) -> bool:
    return (
        _MIN_CUT_WORDS <= segment.word_count <= _BLURB_WORDS
        and _CUT_SHORT.search(segment.text) is not None
    )


def _other_topics(
    segments: list[Segment],
    block: list[int],
    scored: list[int],
    prose_before: int,
    *,
    refrain_words: int = 0,
) -> bool:
    """Whether the `scored` lines of the run share under `_TRAILING_OVERLAP` of their
    words with the article before it, on average: other stories, not the article's.
    `prose_before` is `_prose_before(segments, block[0])`, which the caller has counted
    (a walk over everything above the run: counted once, not once per question)."""
    first = block[0]
    if prose_before < _TRAILING_MIN_PROSE:
        return False  # no article before it to tell other stories from
    # A box prints its section labels ("Politics", "Hot") again and again; a line of a
    # few more words printed again is a chorus or a refrain, the article's own.
    keys = [segments[i].key for i in block if segments[i].word_count >= refrain_words]
    if len(set(keys)) < len(keys) or set(keys) & {s.key for s in segments[:first]}:
        return False
    words = _Words(segments)
    words.index(frozenset().union(*(words.of[i] for i in scored)))

    def in_article(word: str) -> bool:
        places = words.where.get(word)  # in order: the first place tells
        return bool(places) and places[0] < first

    shared = [word_share(words.of[i], in_article) for i in scored]
    return sum(shared) / len(shared) < _TRAILING_OVERLAP


def _is_headline(segment: Segment) -> bool:
    return (
        segment.word_count >= _MIN_HEADLINE_WORDS
        and (not _reads_as_prose(segment) or _asks(segment))
        and not _DIGIT.search(segment.text)
    )


# `prompt_tail`: at most this many open lines after the prompt, up to the dump's end
# (a subscription's offer and plans, one or two lines of the site's after it).
_PROMPT_TAIL_MAX_LINES = 12


@revises(Reason.PROMO, text_dumps_only=True, reads=((promo_prompt, promo_shape),))
def prompt_tail(
    segments: list[Segment], context: PhraseBook, prompts: Claimed
) -> Iterator[Segment]:
    """The lines after a paywall's prompt, up to the end of the dump: "To view the full
    story, please subscribe", "Abonnez-vous pour lire la suite" says the article ends
    there, and its offer, plans and log-in line follow. Only when they are few, come
    after the article's prose and share under a quarter of their words with it. A
    prompt the reader may skip ("Share this", "Sign up for our newsletter", "Comments
    (48)" in a share bar) or an ad's "continue reading below" says nothing of what
    follows, and the lines after it stay: the article may go on there."""
    if not prompts:
        return  # most dumps: no prompt removed
    # The last open lines of the dump, one more than a tail may hold: a prompt above all
    # of them has too long a tail. (One walk back from the end, not one to the end from
    # each prompt: a bigger dump has more prompts, and each walk was longer.)
    last = last_open(segments, _PROMPT_TAIL_MAX_LINES + 1)
    for place in prompts.positions(segments):
        if not asks_for_the_rest(segments[place].text):
            continue
        tail = [i for i in last if i > place]
        if not tail or len(tail) > _PROMPT_TAIL_MAX_LINES:
            continue
        scored = [i for i in tail if segments[i].content_words]
        if scored and _other_topics(segments, tail, scored, _prose_before(segments, place)):
            for index in tail:
                yield segments[index]
        return  # the first such prompt with a short tail decides
