"""A teaser heading and the blurbs under it, a section label that teasers follow, or one
inline teaser line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from ..article import Reason
from ..document import (
    BODY,
    BODY_OR_HEADING,
    CAPTION,
    REMOVED,
    ProseWords,
    Segment,
    SpecificWords,
    word_share,
)
from ..lexicon import ends_a_sentence
from ..names import is_given_name
from ..patterns import printed_forms
from ..phrases import word_list
from .base import Claimed, removes, revises
from .phrasebook import PhraseBook
from .teaser_lines import (
    BLURB_WORDS,
    HEADLINE_WORDS,
    MAX_HEADING_WORDS,
    MIN_HEADLINE_WORDS,
    Evidence,
    WordIndex,
    label_value,
    prose_words,
    reads_as_prose,
    segments_with_word,
)

# "More from Reuters": a prefix phrase plus a name, a few words in all; longer is a title.
_MAX_PREFIX_HEADING_WORDS = 6
_MIN_PREFIX_HEADING_WORDS = 2
"""A heading that says "related" (`_names_related`) has at least this many words: the
word and the noun it goes with ("Ähnliche Nachrichten")."""
_SEPARATOR = re.compile(r"\s*[:：|»>–—-]+\s*")
# How many blocks after a headline its text may start (pictures and teasers in between).
_HEADING_HORIZON = 8
# Places of a word looked at on each side of a blurb: bounds the cost on pages with many
# teaser blocks (a word's first places are the likeliest to be article text).
_PLACES_LOOKED_AT = 16


@removes(Reason.RELATED_TEASER, triggers=(), longest_words=MAX_HEADING_WORDS)
def teaser_heading(segment: Segment, context: PhraseBook) -> bool:
    """A line such as "Must Read" or "Lire aussi" that opens a block of teasers."""
    if segment.word_count > MAX_HEADING_WORDS:
        return False
    matcher = context.phrases["teaser_heading"]
    if matcher.is_line(segment):
        return True
    # "More from Reuters": a prefix phrase and a name, nothing that reads as a sentence.
    if segment.word_count > _MAX_PREFIX_HEADING_WORDS or segment.ends_like_sentence:
        return False
    return matcher.starts(segment.phrase_form) is not None


# The word that makes a box's heading name other stories as related to this one, in the
# languages the lists know: the lists hold the common pairs word for word ("ähnliche
# artikel", "related stories", "artículos relacionados"), and sites pair the word with
# nouns of their own ("Ähnliche Nachrichten", "Related Recipes", "articles
# correspondants"). Adjectives only, in the place the language gives them: before the
# noun in English, German, Dutch and Polish ("Verwandten", relatives, is a noun; "Work
# related stress" is a subheading), after it in the Romance languages. Such a heading
# may also open the article's own section ("Similar plans elsewhere" over its prose):
# `teaser_section_label` takes it only over a box of headlines. The words are the phrase
# files' `words` lists by their place: `related_before`, `related_after`.
_RELATED_FIRST_WORDS = word_list("related_before")
_RELATED_SECOND_WORDS = word_list("related_after")
# Matched at the start of a short line's phrase form (case-folded, no punctuation): one
# anchored match, which fails at a line's first letters, screens the lines for the word.
_RELATED_WORD = re.compile(
    "(?:"
    + "|".join(_RELATED_FIRST_WORDS)
    + r") |\S+ (?:"
    + "|".join(_RELATED_SECOND_WORDS)
    + ")(?: |$)"
)


# "More" before a section's name: the heading of a box of the section's other stories
# ("Meer sport", "Mehr Politik", "More Sport", "Más deportes"), which news sites print
# under the article. "More" and one word also heads the article's own sections ("More
# tips", "Meer informatie"): such a heading is read as a section label only when its word
# is a line of its own elsewhere on the page, the site's menu item for the section
# (`_names_a_menu_section`), and then goes only over teasers sharing few words with the
# article, as a listed label does. (Read over any box's lines, as a "related" heading is,
# it took a product page's "More Features" over the article's own list: round 50, tune.)
# The "more" words are the phrase files' `words` lists, `more_section`.
_MORE_FIRST_WORDS = word_list("more_section")
_MORE_OF = re.compile("(?:" + "|".join(_MORE_FIRST_WORDS) + r") \S+$")
_MORE_HEADING_WORDS = 2
"""A "More" heading's words: "more" and the section's one name ("Mehr Politik"; as
`_MORE_OF` reads it). Asked first, so the pattern runs on two-word lines only; a longer
heading ("More from our newsroom") is a listed phrase's or none."""


def _names_a_menu_section(segments: list[Segment], index: int, items: frozenset[str]) -> bool:
    """Whether the word after "More" in the heading at `index` is printed elsewhere in the
    dump as a line of its own (the menu's "Sport" for "Meer sport"): a section of the
    site, not a topic of the article. `items`: the dump's `_menu_items`."""
    return segments[index].phrase_form.split()[1] in items


def _menu_items(segments: list[Segment]) -> frozenset[str]:
    """The phrase forms of the dump's one-word lines, gathered once for all its "More"
    headings: a walk of the dump per heading made the rule grow with the square of a
    page dump's length (41 headings over 50,000 lines: two thirds of a second in the growth
    bench's profile). The heading itself has two words, so it is never among them."""
    return frozenset(segment.phrase_form for segment in segments if segment.word_count == 1)


def _names_related(segment: Segment) -> bool:
    """A heading of two to six words opening with a letter, no digit, no bar and no
    colon but at its end, whose first word (second, in a Romance language) says
    "related": the lists' pairs with a noun of the site's own ("Ähnliche Nachrichten",
    "Artículos relacionados el Nuevo Herald": a site's name may follow the pair, as
    after "More from"). Tune, labelled page dumps: 113 such lines are teaser, chrome or
    ad, 1 is body (a forum's "Ähnliche Themen", which the list's pair takes already)."""
    # (the counts and flags the segment holds first: they rule out a menu's one-word
    # lines, a page's stamps and sentences before the pattern is asked)
    if (
        not _MIN_PREFIX_HEADING_WORDS <= segment.word_count <= _MAX_PREFIX_HEADING_WORDS
        or segment.may_hold_digit
        or segment.ends_like_sentence
        or _RELATED_WORD.match(segment.phrase_form) is None
    ):
        return False
    text = segment.text.strip()
    # A row of a table ("| Verwandte Bereiche: | Sicherheit |") or a label with its value
    # ("Related: Sicherheit") is a fact about the article, no box's heading.
    if "|" in text or ":" in text.rstrip(":"):
        return False
    # A list's item ("- similar projects") is the article's own, not a heading over one.
    return text[0].isalpha()


# A link to the rest of another story closing its headline or blurb: a bar or a guillemet
# before the link's word, or the blurb cut off ("… | mehr", "… mehr >>", "... more",
# "… Weiterlesen", "... lire la suite"). An article's sentence does not end in a bare "more"
# after a bar or an ellipsis (tune part: no body line of the labelled article or page
# dumps ends so; 12 teaser lines kept on three sites did). The links' words are the phrase
# files' `words` lists, `more_link`.
_MORE_LINKS = word_list("more_link")
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
_LINK_WORD_REACH = max(map(len, _LINK_LAST_WORDS))
"""How many of a line's last characters `_ends_in_link_word` folds: the longest last word,
so that no word the phrase files list is cut off (it was a bare 24 while the words were
written here, "weiterlesen" the longest at 11; a fold keeps a suffix a suffix, so any
reach from the longest word on answers alike)."""
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
    tail = text.rstrip().rstrip(">»›").rstrip()[-_LINK_WORD_REACH:]
    return tail.casefold().endswith(_LINK_LAST_WORDS)


def _closed_by_more_link(segment: Segment) -> bool:
    """Whether the line is a headline or blurb closed by a link to the rest of its story:
    after a bar, a guillemet or an ellipsis (`_MORE_LINK`), or after a blurb's last
    sentence (`_MORE_AFTER_SENTENCE`)."""
    if segment.word_count <= _MIN_LINKED_WORDS or not _ends_in_link_word(segment.text):
        return False
    text = segment.text
    return _MORE_LINK.search(text) is not None or (
        segment.word_count <= BLURB_WORDS and _MORE_AFTER_SENTENCE.search(text) is not None
    )


@removes(
    Reason.RELATED_TEASER,
    triggers=(_LINK_MARKS, _MORE_AFTER_SENTENCE_MARK),
    # (a link's mark lets it claim a line closed by a link only: `_closed_by_more_link`;
    # a label's phrase, "READ MORE:", is found by the phrase screen)
    fewest_words=(
        (_LINK_MARKS, _MIN_LINKED_WORDS + 1),
        (_MORE_AFTER_SENTENCE_MARK, _MIN_LINKED_WORDS + 1),
    ),
)
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
    if separator is None or separator.end() >= len(rest):
        return False
    return not _speaker_turn(found.group(), rest)


def _speaker_turn(prefix: str, rest: str) -> bool:
    """Whether a one-word prefix that is also a given name ("Lea", "Mira": Spanish "read"
    and "look", and names as common) opens a transcript's turn rather than a teaser:
    "Lea: Ich habe das nie gesagt." ends in a full stop, as a speaker's sentence does
    and another story's headline ("Lea: Consejo aborda …") does not. (Turns ending in
    "?" or "!" are not told from a headline so, and still go.)"""
    if " " in prefix or not is_given_name(prefix):
        return False
    end = rest.rstrip()
    return end.endswith(".") and not end.endswith("..")


# A section-naming heading is judged on the first few blocks after it: a teaser list
# shows itself in its first three (a heading that introduces text has prose by then).
_SECTION_LOOKAHEAD = 3
# At least this many of those blocks must look like teasers (one headline-like line may
# well be a sub-heading of the article).
_SECTION_MIN_TEASERS = 2


# An HTML block mostly made of link text points elsewhere (share of its characters in <a>).
_LINK_LIKE_DENSITY = 0.5


@revises(Reason.RELATED_TEASER, reads=(inline_teaser,), derives=(prose_words,))
def teaser_section_label(
    segments: list[Segment], context: PhraseBook, inline: Claimed, prose: ProseWords
) -> Iterator[Segment]:
    """A heading that names a section ("More information", "Hintergrund", "Plus
    d'informations"), when what follows it are teasers: headline- or link-like lines
    that share few words with the article. Followed by article text, it is the
    article's own section heading and stays.

    A heading that calls what follows related ("Related Recipes", "Ähnliche
    Nachrichten", `_names_related`) goes over teasers whatever words they share: a box
    of related stories shares the article's topic. Over prose ("Similar plans
    elsewhere") it is the article's own section heading too.
    """
    sections = context.phrases["teaser_heading"].sections
    labels: list[int] = []
    related: list[int] = []
    more_of: list[int] = []
    took_inline = len(inline) > 0  # (most dumps: none, and no line is asked)
    for index, segment in enumerate(segments):
        # The count first: it rules out the paragraphs, and most other lines are no
        # related heading at their first letters (`_RELATED_WORD`).
        if segment.word_count > MAX_HEADING_WORDS:
            continue
        if segment.label not in BODY_OR_HEADING:
            # A heading naming related stories that pass 1 read as a teaser's line
            # ("Related — 有關": a prefix and a separator) opens the box all the same.
            if took_inline and segment in inline and _names_related(segment):
                related.append(index)
        elif segment.phrase_form in sections:
            labels.append(index)
        elif segment.word_count > 1 and _names_related(segment):
            related.append(index)
        elif segment.word_count == _MORE_HEADING_WORDS and _MORE_OF.match(segment.phrase_form):
            more_of.append(index)
    if more_of:
        items = _menu_items(segments)
        labels = sorted(labels + [i for i in more_of if _names_a_menu_section(segments, i, items)])
    for index in related:
        if _box_under(segments, index):
            yield segments[index]
    windows = [(index, _teaser_window(segments, index)) for index in labels]
    asked = [segments[i].content_words for _, window in windows if window for i in window[0]]
    if not asked:
        return
    # Counted for the words asked about only: a count of every word of a big
    # article built a dictionary of all its words (a second per 10 MB). And only up to
    # one more than the widest window's lines: `_opens_teasers` asks whether a count
    # passes the window's own (`segments_with_word`'s `most`).
    widest = max(window[1] - index + 1 for index, window in windows if window)
    counts = segments_with_word(segments, frozenset().union(*asked), most=widest + 1)
    threshold = context.config.teaser_overlap
    specific = prose.specific(counts)
    for index, window in windows:
        if window is not None and _opens_teasers(
            segments, counts, specific, index, window, threshold
        ):
            yield segments[index]


def _box_under(segments: list[Segment], start: int) -> bool:
    """Whether the blocks right after `start` are a box's lines, not the article's text:
    at least two of the first three are no open prose (headlines, kickers, a "play"
    link, "Lemon Coconut Balls", "Sur de la Florida"; or lines already removed, a box
    the dump printed none of above the page's footer), where an article's section goes
    on in paragraphs. The box may open with a sentence that introduces it."""
    following = 0
    lines = 0
    for index in range(start + 1, min(len(segments), start + 1 + _HEADING_HORIZON)):
        segment = segments[index]
        if segment.label is CAPTION:
            continue
        if segment.label is REMOVED:
            lines += 1
        elif segment.label is BODY:
            lines += not reads_as_prose(segment)
        else:
            break
        following += 1
        if following == _SECTION_LOOKAHEAD:
            break
    return lines >= _SECTION_MIN_TEASERS


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
    in_window = segments_with_word(segments[start : end + 1])

    def in_article(word: str) -> bool:
        return counts[word] > in_window[word] and specific(word)

    shared = sum(word_share(segments[i].content_words, in_article) for i in teasers) / len(teasers)
    return shared < threshold


def _teaser_like(segment: Segment) -> bool:
    """A headline (a few words, no sentence) or a line that is mostly a link."""
    if segment.hints.link_density >= _LINK_LIKE_DENSITY:
        return True
    return (
        segment.word_count >= MIN_HEADLINE_WORDS
        and not reads_as_prose(segment)
        and not label_value(segment.text)
    )


_BOX_OF_HEADLINES = 2
"""Bare headlines in a row under a teaser heading that make a box of other stories."""


# Both rules' removals open a block of teasers.
_TEASER_HEADINGS = (teaser_heading, teaser_section_label)
"""The rules whose headings a blurb stands under: read, and needed."""


@revises(
    Reason.RELATED_TEASER,
    reads=(_TEASER_HEADINGS,),
    needs=(_TEASER_HEADINGS,),
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
    words = WordIndex(segments)
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
    words: WordIndex,
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
    words: WordIndex,
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
        closing = _closing_box(segments, start, config.teaser_max_blocks)
        if closing:
            claimed.update(closing)
            found.extend(closing)
            continue
        end = min(len(segments), start + 1 + config.teaser_max_blocks)
        back = range(start + 1, end) if own_window else range(0)
        article = _Article(segments, words, evidence, back, claimed, set_aside, start, specific)
        teasers: set[str] = set()
        # A box of bare headlines so far (no blurb among them), and the last one's words.
        headlines_only = True
        last_headline: frozenset[str] = frozenset()
        taken = 0
        # Full headlines taken so far, and whether a shorter line (a label, a "Label:
        # value") was among them: a box's rows keep one shape.
        full_rows = 0
        short_rows = False
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
            if reads_as_prose(segment):
                # Under two or more bare headlines, a blurb (longer than a headline) is its
                # own headline's: the box's other headlines share the article's topic, not
                # the blurb's story. (A headline ending in "!" or "?" reads as prose too.)
                box = (
                    headlines_only
                    and taken >= _BOX_OF_HEADLINES
                    and segment.word_count > HEADLINE_WORDS
                )
                if article.resumes(index, last_headline if box else teasers, config.teaser_overlap):
                    break
                headlines_only = False
            elif not own_window and _leaves_the_box(segment, full_rows, short_rows):
                # (The final reading only: the first one's teasers are just set aside as
                # no evidence, and setting aside fewer moves the second's evidence.)
                break
            elif article.has_heading(index, teasers | words.of[index], config.teaser_overlap):
                break
            elif _teaser_like(segment):
                full_rows += 1
            else:
                short_rows = True
            claimed.add(index)
            found.append(index)
            taken += 1
            teasers.update(words.of[index])
            last_headline = words.of[index]
    return found


# A headline's least words in a box that closes the dump: "Yayla çorbası tarifi (Videolu)"
# has four; two are a sign-off ("Afiyet olsun!", "Thanks for reading").
_CLOSING_HEADLINE_WORDS = 3
# How a headline in such a box may end: in no sentence's mark (`ends_a_sentence`: the
# CJK marks "。！？" too), in a question mark ("Ezogelin çorbası nasıl yapılır?"), or in
# the year's one-letter abbreviation of the Slavic languages after the year ("… за 2025
# г.", "… w 2025 r.", "… в 2025 г."): a full stop of its own ends an article's sentence
# ("The budget takes effect in March.", "会议指出，……稳步推进老旧小区改造。"), which may close
# the dump under a misread heading as well.
_QUESTION_OR_YEAR_END = re.compile(r"(?:[?？]|\d\s?[^\W\d_]\.)[\"'’”»)）\]]*\s*$")
# A second sentence inside the line: a blurb or a paragraph, no headline (CJK sentences
# are not parted by a space). Wider than `teaser_lines.INNER_SENTENCE_END`, which wants
# a word after the space and a space after a CJK mark.
_INNER_SENTENCE = re.compile(r"[.!?…][\"'’”»)）\]]*\s+\S|[。！？][\"'’”»)）\]]*\S")


def _closing_headline(segment: Segment) -> bool:
    """Whether the line has a headline's shape in a closing box (`_closing_box`)."""
    text = segment.text.strip()
    return (
        _CLOSING_HEADLINE_WORDS <= segment.word_count <= HEADLINE_WORDS
        and (not ends_a_sentence(text) or _QUESTION_OR_YEAR_END.search(text) is not None)
        and _INNER_SENTENCE.search(text) is None
    )


def _closing_box(segments: list[Segment], start: int, most: int) -> list[int]:
    """The lines under the teaser heading at `start` when they are the box that closes the
    dump: two or more open lines in a row, each of a headline's shape (three words up to a
    headline's most, one sentence, no full stop of its own: "Ezogelin çorbası nasıl
    yapılır?", "… за 2025 г."; no shorter line under two full headlines: the box keeps
    its rows' shape), then the dump's end, or a removed line and below it only
    removed lines and short open lines that end no sentence (the page's footer and its
    links). A related box shares the article's topic ("Още по темата", "Benzer Tarifler",
    "Related stories"), so its words are no evidence of the article going on; its place
    is: no text of the article follows it. Empty when the lines are not such a box."""
    box: list[int] = []
    # (a box keeps its rows' shape: under two full headlines a shorter line is the
    # article's own item, "Un asciugamano vecchio", and ends the box, `_leaves_the_box`)
    full_rows = 0
    short_rows = False
    index = start + 1
    while index < len(segments) and segments[index].label is BODY:
        segment = segments[index]
        if not _closing_headline(segment) or _leaves_the_box(segment, full_rows, short_rows):
            return []
        if _teaser_like(segment):
            full_rows += 1
        else:
            short_rows = True
        box.append(index)
        if len(box) > most:
            return []
        index += 1
    if len(box) < _BOX_OF_HEADLINES:
        return []
    # (a line left open down there is a footer's or a menu's link, "Контакти", not prose)
    if any(
        segment.label is not REMOVED
        and (
            segment.label is not BODY
            or segment.word_count > MAX_HEADING_WORDS
            or reads_as_prose(segment)
        )
        for segment in islice(segments, index, None)
    ):
        return []
    return box


def _leaves_the_box(segment: Segment, full_rows: int, short_rows: bool) -> bool:
    """Whether a line that is no prose, under a box of full headlines, is the article's
    own row: an item, a "Display: 6,3 pollici" spec or a sub-heading is shorter than
    the box's headlines or a "Label: value", and a box keeps its rows' shape. Keeping
    a teaser that breaks it is cheaper than taking the article's list."""
    return full_rows >= _BOX_OF_HEADLINES and not short_rows and not _teaser_like(segment)


@dataclass(frozen=True)
class _Article:
    """The article's words around one teaser block, and the judgements made with them."""

    segments: list[Segment]
    words: WordIndex
    evidence: Evidence
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

    def resumes(self, index: int, teasers: Collection[str], threshold: float) -> bool:
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
        if not reads_as_prose(segments[following]):
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
