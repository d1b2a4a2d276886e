"""Rules that read what an HTML reader knows about a block (its `Hints`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import attrgetter

from ..article import Reason
from ..document import BODY, BYLINE, Document, Label, Origin, Segment, content_words
from ..lexicon import (  # noqa: F401  (BOX_WORDS and CAPTION_WORDS: re-exported)
    AD_WORDS,
    AUTHOR_BOX_WORDS,
    BOX_WORDS,
    CAPTION_WORDS,
    DATE_ALONE,
    DIGIT,
    FACTS_LINE,
    FIRST_SLIDES,
    HEADING_TAGS,
    MAX_FACTS_WORDS,
    MAX_KICKER_WORDS,
    MAX_LABEL_WORDS,
    MIN_GALLERY_SLIDES,
    PICTURE_LABELS,
    PROMO_WORDS,
    RELATED_WORDS,
    SLIDE_COUNTER,
    STAMP_FIELD,
    ends_a_sentence,
)
from ..names import stamp_row_names
from ..phrases import builtin_phrases
from .base import Finding, Found, Verdict, moves_to, removes, reviews, revises, structures
from .credits import split_credit
from .phrasebook import PhraseBook

# A long paragraph of prose inside such a box is more likely article text
# wrapped by a sloppy template than a teaser.
_MAX_BOX_WORDS = 40


# A table row or list item inside a <figure> is the figure's content (a
# figure may wrap a table or a list), not the words under a picture.
_NEVER_CAPTION_TAGS = frozenset({"table", "li"})
_CREDIT_WORDS = frozenset({"credit", "photo-credit", "image-credit"})


@moves_to(Label.CAPTION, requires_hints=True)
def html_figure_caption(segment: Segment, context: PhraseBook) -> Found:
    hints = segment.hints
    if not (hints.in_figure or hints.class_words & CAPTION_WORDS):
        return False
    if hints.tag in _NEVER_CAPTION_TAGS:
        return False
    if segment.origin is not Origin.FIGURE and not hints.class_words & _CREDIT_WORDS:
        # A block of trafilatura's text in a figure or caption box: the figure
        # reader has read that box and placed its caption before this echo
        # (removed as `duplicate_caption`). What it did not take as the caption
        # is article text the template wrapped: a slide's or a video's
        # description. Credit boxes are not read on their own, so there the
        # class word is the only evidence.
        return False
    if segment.credit is not None:
        return True  # the reader split caption and credit from the markup already
    found = split_credit(segment.text)
    if found is not None and found[0]:
        return Verdict(caption_text=found[0], credit=found[1])
    return Verdict(caption_text=segment.text)


@moves_to(Label.HEADING, requires_hints=True)
def html_heading(segment: Segment, context: PhraseBook) -> bool:
    """A block from an <h1>…<h6> element is a heading (the text-dump guess is not needed)."""
    return segment.label is BODY and segment.hints.tag in HEADING_TAGS


def _in_box(segment: Segment, classes: frozenset[str]) -> bool:
    return (
        segment.label is BODY
        and bool(segment.hints.class_words & classes)
        and segment.word_count <= _MAX_BOX_WORDS
    )


@removes(Reason.RELATED_TEASER, requires_hints=True)
def html_related_box(segment: Segment, context: PhraseBook) -> bool:
    return _in_box(segment, RELATED_WORDS)


@removes(Reason.PROMO, requires_hints=True)
def html_promo_box(segment: Segment, context: PhraseBook) -> bool:
    return _in_box(segment, PROMO_WORDS)


@removes(Reason.AD_MARKER, requires_hints=True)
def html_ad_slot(segment: Segment, context: PhraseBook) -> bool:
    return _in_box(segment, AD_WORDS)


@removes(Reason.BOILERPLATE, requires_hints=True)
def html_author_box(segment: Segment, context: PhraseBook) -> bool:
    """A short block in the box that presents the article's author (a biography,
    "Folgt mir auf Instagram", the name again): about the writer, not the story.
    The byline is read from the page's markup, not from these blocks."""
    return _in_box(segment, AUTHOR_BOX_WORDS)


# A block that is one link, after a short label ("Lea más:", "MIRA:", "Read
# also:"), is a teaser for another story, whatever the language.
_MAX_TEASER_WORDS = 30
_MIN_LINKED_SHARE = 0.6
_MIN_LINKED_HEADLINE_WORDS = 4
# A story card's headline with its standfirst, all one link, runs past 20 words
# (a card dropped among the article's paragraphs, its picture and text inside one
# <a>); a list's headlines are allowed as many (`_MAX_LISTED_HEADLINE_WORDS`).
_MAX_HEADLINE_WORDS = 30
_ADDRESS = re.compile(r"@|https?://|www\.")
_TOP_LINES = 2


def _at_top(segment: Segment) -> bool:
    # A caption the figure reader read stands in no line of the extracted text (nor
    # does a segment a caller made without lines).
    if segment.origin is Origin.FIGURE or segment.lines is None:
        return False
    return segment.lines[0] <= _TOP_LINES


@removes(Reason.RELATED_TEASER, requires_hints=True)
def html_teaser_link(segment: Segment, context: PhraseBook) -> bool:
    hints = segment.hints
    if segment.label is not BODY:
        return False  # the page's title, already claimed, is often a link to itself
    if hints.link_density < _MIN_LINKED_SHARE or segment.word_count > _MAX_TEASER_WORDS:
        return False
    label, colon, _ = segment.text.partition(":")
    if (
        colon
        and 0 < len(label.split()) <= MAX_LABEL_WORDS
        and hints.link_density < 1.0
        and hints.tag != "li"
    ):
        # "Lea más: <link>" is a paragraph of its own; a list item "9 juin 2016 :
        # <link>" is an entry in the article's own list of sources or events.
        return True
    # A paragraph or heading that is nothing but a link to a headline. Not list
    # items, table rows or code (tables of contents, link lists), nor bare addresses;
    # nor at the very top of the text, where a linked headline is the article's
    # own (a permalink), not another story's.
    return (
        hints.link_density >= 1.0
        and not _at_top(segment)
        and hints.tag not in ("li", "table", "pre")
        and _MIN_LINKED_HEADLINE_WORDS <= segment.word_count <= _MAX_HEADLINE_WORDS
        and not _ADDRESS.search(segment.text)
    )


_MAX_ORPHAN_WORDS = 8


@revises(Reason.BOILERPLATE, requires_hints=True)
def html_orphan_label(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """Headings and "Label:" lines at the very end that introduce nothing.

    "Weitere Themen", "Mehr Themen:", "Teilnehmende Blogs:": what they
    introduced (teasers, a blogroll) was dropped by trafilatura, so they
    announce nothing in the text we kept.

    A page whose kept text is headings only (a picture story: headings between its
    pictures, no paragraph) has no text for a label to introduce: its headings are
    the text, and none is taken.
    """
    labels: list[Segment] = []
    first = len(segments)
    for position in range(len(segments) - 1, -1, -1):
        segment = segments[position]
        if segment.label is Label.REMOVED or segment.label is Label.CAPTION:
            continue
        if segment.label not in (Label.BODY, Label.HEADING):
            break
        if segment.word_count > _MAX_ORPHAN_WORDS:
            break
        is_heading = segment.label is Label.HEADING or segment.hints.tag in HEADING_TAGS
        if not (is_heading or segment.text.rstrip().endswith((":", "："))):
            break
        labels.append(segment)
        first = position
    if labels and any(_paragraph(segment) for segment in segments[:first]):
        yield from labels


def _paragraph(segment: Segment) -> bool:
    """A kept block of text that is no heading: what a label above it can introduce."""
    return (
        segment.label is Label.BODY
        and segment.hints.tag not in HEADING_TAGS
        and not segment.text.rstrip().endswith((":", "："))
    )


def _beside_an_article(
    segments: list[Segment], found: list[Segment], marked: Callable[[Segment], bool]
) -> list[Segment]:
    """`found` (blocks the markup marks as the page's interface, `marked`), when the kept
    blocks not so marked hold an article of `_MIN_ARTICLE_WORDS` or more; else none: a
    page whose text is all so marked keeps it."""
    if not found:
        return []
    outside = sum(block.word_count for block in segments if _kept(block) and not marked(block))
    return found if outside >= _MIN_ARTICLE_WORDS else []


@revises(Reason.BOILERPLATE, requires_hints=True)
def html_control_label(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A control's label kept as a line of text (`Hints.in_control`: a short text in a
    `<button>` or an element of `role="button"`, no disclosure toggle): "Bild
    anzeigen", "Show all 50", "Passwort vergessen?", a button the markup marks as the
    page's interface, not its text. A heading is the text's own (a section's title
    set in a button) and stays; only beside an article of 50+ words outside them."""
    found = [
        s
        for s in segments
        if s.label is BODY
        and s.hints.in_control
        and s.label is Label.BODY
        and s.hints.tag not in HEADING_TAGS
    ]
    yield from _beside_an_article(segments, found, attrgetter("hints.in_control"))


# A table row with no text in any cell ("| | |"): a spacer row of the layout, a line of
# cell borders, white space and the zero-width characters an "empty" cell of some
# templates holds, with at least one border. (Read as one run of those characters and a
# test for the bar: a pattern that placed the bar, `^[…]*\|[…]*$`, tried each bar of a
# long line of bars before a letter, ~n²: 30,000 characters took seconds.)
_EMPTY_ROW_CHARACTERS = re.compile(r"[\s|\u200b-\u200d\u2060\ufeff]*")


def _empty_row(text: str) -> bool:
    return "|" in text and _EMPTY_ROW_CHARACTERS.fullmatch(text) is not None


@removes(Reason.BOILERPLATE, requires_hints=True)
def html_empty_row(segment: Segment, context: PhraseBook) -> bool:
    # Whatever block holds the table (trafilatura nests some tables in a <div>
    # block): a line of bare cell borders is no text. Not in code, where "|"
    # can draw a diagram.
    return segment.hints.tag != "pre" and _empty_row(segment.text)


# The user-interface strings of video players (video.js, JW Player) in their
# default English: the same on every site that embeds one, so they are shared
# phrasing (phrases/player.json). Found in the text when the page renders the
# player's menus as markup. Some are ordinary words ("Chapters", "Mute", "Red"),
# so they are taken out only on a page where one of the player's own sentences
# (its `sign` phrases) shows that a player's menus are in the text.
@lru_cache(maxsize=1)
def _player_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any of the player's own sentences, any of its strings), compiled on first use:
    importing the package reads no phrase file."""
    phrases = builtin_phrases().get("html_player_text", {})
    signs = phrases.get("sign", ())
    words = (*signs, *phrases.get("word", ()))
    return (
        re.compile("|".join(re.escape(sign) for sign in signs)),
        re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))),
    )


# What may be left between the player's strings: times, percentages, "1x", punctuation.
_PLAYER_REST = re.compile(r"^[\W\dx]*$")
_PLAYER_REST_RUN = re.compile(r"[\W\dx]*")
_MAX_PLAYER_CHARS = 600


# A player's time, playback rate or volume ("0:00", "-1:32", "1.5x", "50%"). A line
# without any of the player's strings is its display only when each number on it is
# one of these and no "|" parts it: a bare number ("2020", "41") is a table's cell or
# a list's count, "| 2024 | 405 |" or "|---|---|" a table's row, and a page with a
# player may have a table too.
_PLAYER_NUMBER = re.compile(r"\d+(?::\d\d)+|\d+(?:[.,]\d+)?\s*[x%]")


def _player_display(text: str) -> bool:
    """Whether a line holding none of the player's strings reads as its display:
    no table's cell border, and no digit left once its times, rates and percentages
    are taken out."""
    return "|" not in text and DIGIT.search(_PLAYER_NUMBER.sub(" ", text)) is None


def _player_text(text: str) -> bool:
    """Whether the text is nothing but the player's strings and `_PLAYER_REST`:
    its strings replaced by a space, what is left is all rest; and, with no string
    on it at all, `_player_display`."""
    folded = text.casefold()
    if len(folded) > _MAX_PLAYER_CHARS:
        return False
    words = _player_patterns()[1]
    if not _words_start_outside_rest():
        replaced, strings = words.subn(" ", folded)
        return bool(_PLAYER_REST.match(replaced)) and (strings > 0 or _player_display(folded))
    # The same answer read from the left, stopping at the first character that
    # is neither rest nor a string's start (most lines: their first letter),
    # where the replacement goes through the whole line trying every string at
    # every position. No string starts with a rest character, so skipping a run
    # of rest first never skips where the replacement would find a string.
    position, end = 0, len(folded)
    strings = 0
    while True:
        position = _PLAYER_REST_RUN.match(folded, position).end()  # type: ignore[union-attr]
        if position == end:
            return strings > 0 or _player_display(folded)
        found = words.match(folded, position)
        if found is None:
            return False
        position = found.end()
        strings += 1


@lru_cache(maxsize=1)
def _words_start_outside_rest() -> bool:
    """Whether no player string opens with a character `_PLAYER_REST` allows
    (what `_player_text`'s left-to-right reading needs)."""
    phrases = builtin_phrases().get("html_player_text", {})
    strings = (*phrases.get("sign", ()), *phrases.get("word", ()))
    return all(string and not _PLAYER_REST.match(string[0]) for string in strings)


@revises(Reason.MEDIA_PLACEHOLDER, requires_hints=True)
def html_player_text(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A video player's menus and dialogs rendered as text ("Chapters", "descriptions
    off, selected", "This is a modal window."), on pages that show the player's own words."""
    found = [
        s
        for s in segments
        if s.label is BODY and s.origin is not Origin.FIGURE and _player_text(s.text)
    ]
    sign = _player_patterns()[0]
    if any(sign.search(segment.text.casefold()) for segment in found):
        yield from found


@revises(Reason.BOILERPLATE, requires_hints=True)
def html_dialog_text(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """Text that stands in one of the page's dialogs (`Hints.in_dialog`: an element of
    `role="dialog"` or `"alertdialog"`, or `aria-modal="true"`, of at most 1,000
    characters): a player's modal window ("This is a modal window.", in whatever
    language the player speaks), a consent or sign-up overlay, which the markup marks
    as no part of the page's text. Only beside an article of 50+ words outside them:
    a page whose text is all in a dialog keeps it."""
    found = [s for s in segments if s.label is BODY and s.hints.in_dialog]
    yield from _beside_an_article(segments, found, attrgetter("hints.in_dialog"))


_MAX_SLIDE_WORDS = 80
# A gallery whose captions share less than this with the rest of the article is
# about something else ("Business news in pictures" under a story on one firm).
_MAX_GALLERY_OVERLAP = 0.2
# A gallery the extractor shows in part ("Foto 1 di 8" over its caption; "1 / 10" and
# "2 / 10" over theirs) is one by fewer numbers when each counter stands alone on its
# line, the caption on the next, and either names the picture or is "1 / 10": a bare
# "1 von 17" over each step of a cake numbers a recipe's steps too. Its first slide
# is shown, and fewer slides than its total; the captions are short, and the article
# beside them long enough to weigh their topic against.
_MAX_PART_CAPTION_WORDS = 30
# Of at least this many pictures ("1/4" alone on a line is a recipe's quarter cup).
_MIN_PART_TOTAL = 5
_MIN_PART_ARTICLE_WORDS = 50


def _names_picture(counter: re.Match[str]) -> bool:
    """ "Foto 1 di 8", "Image 3 of 12": a spelt counter whose label is a word for the picture."""
    label = counter["label"]
    return label is not None and label.strip().casefold() in PICTURE_LABELS


@revises(Reason.RELATED_TEASER, requires_hints=True)
def html_gallery_slide(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A slide gallery's numbered captions ("- 1/50 …", "Bild 1 von 17 …") not about the article.

    The counters make it a gallery: three slides or more numbered against the
    same total, or fewer shown of it, each counter alone over its caption and
    naming the picture or bare ("Foto 1 di 8", "1 / 10"). Its captions are the
    article's own pictures when they share words with the article's text, and
    someone else's news when they do not. A gallery whose counters trafilatura
    dropped is read from the page's markup (`_marked_slides`).
    """
    # Slides by their counters' total and form: "1/6 …" and "Bild 1 von 6" are two galleries.
    by_total: dict[tuple[int, bool], list[Segment]] = {}
    numbers: dict[tuple[int, bool], set[int]] = {}
    # The captions under counters alone on their line, for a gallery shown in part;
    # a gallery with a counter of another shape is not read as one.
    under: dict[tuple[int, bool], list[Segment]] = {}
    no_part: set[tuple[int, bool]] = set()
    taken: set[int] = set()  # the slides given already, which the markup may mark too
    blocks = [segment for segment in segments if segment.origin is not Origin.FIGURE]
    for position, segment in enumerate(blocks):
        if segment.word_count > _MAX_SLIDE_WORDS:
            continue
        counter = SLIDE_COUNTER.match(segment.text)
        if counter is None:
            continue
        number, total = int(counter["number"]), int(counter["total"])
        if not (1 <= number <= total and total >= MIN_GALLERY_SLIDES):
            continue
        spelt = bool(counter["label"] or counter["word"])
        key = (total, spelt)
        slide = by_total.setdefault(key, [])
        slide.append(segment)
        numbers.setdefault(key, set()).add(number)
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        alone = not segment.text[counter.end() :].strip()
        caption = (
            following
            if alone
            and following is not None
            and following.word_count <= _MAX_SLIDE_WORDS
            and not SLIDE_COUNTER.match(following.text)
            else None
        )
        # A spelt-out counter alone on its line numbers a recipe's or a guide's
        # steps as often ("1 von 17" over each step of a cake): the block after
        # it is a slide's caption only after "1/50".
        if caption is not None and not spelt:
            slide.append(caption)  # a bare counter ("1/50"), its caption on the next line
        if (
            caption is not None
            and (not spelt or _names_picture(counter))
            and caption.word_count <= _MAX_PART_CAPTION_WORDS
        ):
            under.setdefault(key, []).append(caption)
        else:
            no_part.add(key)
    for key, slides in by_total.items():
        total, spelt = key
        shown = numbers[key]
        if len(shown) < MIN_GALLERY_SLIDES:
            if key in no_part or 1 not in shown or not len(shown) < _MIN_PART_TOTAL <= total:
                continue
            counted = {id(slide) for slide in slides}
            slides = slides + [caption for caption in under[key] if id(caption) not in counted]
        elif spelt and not FIRST_SLIDES.issubset(shown):
            continue
        article, article_words = _rest_of_article(segments, slides)
        if len(shown) < MIN_GALLERY_SLIDES and article_words < _MIN_PART_ARTICLE_WORDS:
            continue
        gallery: set[str] = set()
        for slide in slides:
            gallery |= content_words(SLIDE_COUNTER.sub("", slide.text))
        if not gallery or len(gallery & article) / len(gallery) >= _MAX_GALLERY_OVERLAP:
            continue
        taken.update(id(slide) for slide in slides)
        yield from (slide for slide in slides if slide.label is BODY)
    yield from (block for block in _marked_slides(blocks) if id(block) not in taken)


def _rest_of_article(segments: list[Segment], slides: list[Segment]) -> tuple[set[str], int]:
    """`_article_words` of the open segments (body text, not headings) that are not
    `slides`: the article a gallery's captions are weighed against."""
    return _article_words(segments, {id(slide) for slide in slides}, _open)


def _open(segment: Segment) -> bool:
    """Still body text (`Segment.is_open`), as a function to pass."""
    return segment.label is BODY


def _marked_slides(blocks: list[Segment]) -> Iterator[Segment]:
    """The captions of a gallery whose counters only the page's markup shows
    (`Hints.slide_caption`: trafilatura dropped them), beside an article long enough to
    weigh them against: those that repeat one title on every slide, and all of them when
    they share under a fifth of their words with the article."""
    marked = [block for block in blocks if block.hints.slide_caption and block.label is BODY]
    if not marked:
        return
    article, article_words = _rest_of_article(blocks, marked)
    if article_words < _MIN_PART_ARTICLE_WORDS:
        return
    gallery: set[str] = set()
    for block in marked:
        gallery |= block.content_words
    if gallery and len(gallery & article) / len(gallery) < _MAX_GALLERY_OVERLAP:
        yield from marked
    else:
        yield from (block for block in marked if block.hints.slide_repeated)


# Other stories' summaries: a linked headline, often a blurb after it, three
# times or more in a row, about other things than the article.
_MIN_STORIES = 3
_MAX_BLURB_WORDS = 60
# A headline in a list of stories may run longer than one standing alone.
_MAX_LISTED_HEADLINE_WORDS = 30
_MAX_LIST_OVERLAP = 0.2
# Under a heading that names it ("Otras noticias de …"), a list of the same
# section's stories may share more words with the article and still be others'.
_MAX_LABELLED_LIST_OVERLAP = 0.35
_MIN_ARTICLE_WORDS = 50
# A block this long, outside the lists and not a heading, is the article's prose:
# lists before the first or after the last such block are above or below the
# article (a standfirst in <h2> above a list of other stories does not make the
# list part of the article).
_PROSE_WORDS = 15
# "Más leídas de Política", "Mehr aus dem Ressort": the short heading that names a list.
_MAX_LIST_LABEL_WORDS = 8


def _headline_link(segment: Segment) -> bool:
    hints = segment.hints
    # List items too: portals list other stories as <li> as often as as <h3>;
    # what keeps an article's own list of links is the run's place and topic.
    return (
        hints.link_density >= 1.0
        and not hints.off_site_link  # the site's own stories, not the places a guide names
        and hints.tag not in ("table", "pre")
        and _MIN_LINKED_HEADLINE_WORDS <= segment.word_count <= _MAX_LISTED_HEADLINE_WORDS
        and not _ADDRESS.search(segment.text)
    )


def _story_with_blurb(segment: Segment) -> bool:
    """A linked headline and its blurb in one block ("- <a>Headline</a> One sentence.")."""
    hints = segment.hints
    return (
        hints.lead_link
        and hints.tag not in ("table", "pre")
        and _MIN_LINKED_HEADLINE_WORDS < segment.word_count <= _MAX_BLURB_WORDS
    )


def _story_item(segment: Segment) -> bool:
    """A linked headline, alone or with its blurb in the same block."""
    return _headline_link(segment) or _story_with_blurb(segment)


# A card's time under its headline or blurb: a date alone (`lexicon.DATE_ALONE`), a
# clock time, or a time gone by ("2 hours ago", "vor 3 Stunden", "hace 2 horas").
_CARD_TIME = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|[ap]\.?m\.?))?"
    r"|\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|(?:vor|hace|il\s+y\s+a|há)\s+\d{1,3}\s*[^\W\d_]{1,9}"
    r"|yesterday|gestern|hier|ayer|ieri|ontem|wczoraj)\W*$",
    re.IGNORECASE,
)
_MAX_CARD_TIME_WORDS = 8


def _card_time(segment: Segment) -> bool:
    """A block that is only a card's stamp: its date or time, nothing else."""
    return (
        segment.word_count <= _MAX_CARD_TIME_WORDS
        and not segment.hints.link_density
        and bool(DATE_ALONE.match(segment.text) or _CARD_TIME.match(segment.text))
    )


# The kickers over the cards after the first that show a run's cards have them.
_MIN_KICKERS = 2
_SENTENCE_END = (".", "!", "?", ":", "：")


def _kicker(segment: Segment) -> bool:
    """A block of at most `MAX_KICKER_WORDS` words with no link that ends no
    sentence: the shape of a card's kicker (and of many short lines, so it is read
    as one only right over a linked headline in a run of them)."""
    return (
        segment.word_count <= MAX_KICKER_WORDS
        and not segment.hints.link_density
        and not segment.text.rstrip().endswith(_SENTENCE_END)
    )


def _kicker_over(blocks: list[Segment], position: int, card: Callable[[Segment], bool]) -> bool:
    """Whether the block at `position` is a kicker right over a block `card` takes."""
    return position + 1 < len(blocks) and _kicker(blocks[position]) and card(blocks[position + 1])


def _story_runs(blocks: list[Segment]) -> Iterator[list[Segment]]:
    """Runs of linked headlines, each with at most one short block (its blurb) after
    it, or with its blurb in the same block, and its stamp after them ("2 hours
    ago", a date: a portal prints each card's time under it), each perhaps under
    its kicker (`_kicker`: the section's name over every card)."""
    position = 0
    while position < len(blocks):
        if not _story_item(blocks[position]):
            position += 1
            continue
        start = position
        run = [blocks[position]]
        headlines = 1
        kickers = 0
        position += 1
        while position < len(blocks):
            block = blocks[position]
            if _story_item(block):
                run.append(block)
                headlines += 1
            elif not _headline_link(run[-1]) and _kicker_over(blocks, position, _story_item):
                # The next card's kicker: after a card's blurb or stamp, where a short
                # line right under a bare headline is that headline's blurb.
                run.append(block)
                kickers += 1
            elif block.word_count <= _MAX_BLURB_WORDS and _headline_link(run[-1]):
                run.append(block)  # the blurb of the headline just before
            elif _card_time(block) and not _card_time(run[-1]):
                run.append(block)  # the card's stamp, under its headline or blurb
            else:
                break
            position += 1
        if not _story_item(run[-1]) and len(run) - headlines - kickers == 1:
            # A list of bare headlines: the block after it is not a blurb but
            # whatever follows the list (the article resuming).
            run.pop()
        if kickers >= _MIN_KICKERS and start and _kicker(blocks[start - 1]):
            # The first card's kicker, once the others' show the run has them: alone,
            # a short line over a linked headline is as often the byline over a list.
            run.insert(0, blocks[start - 1])
        if headlines >= _MIN_STORIES:
            yield run


_BODY_LABELS = (Label.BODY, Label.HEADING)


def _kept(block: Segment) -> bool:
    """Body text or a heading: a linked headline in <h3> is a heading by now."""
    return block.label in _BODY_LABELS


def _list_label(block: Segment) -> bool:
    """A short heading with no link: the name of a list on the page."""
    return (
        _kept(block)
        and not block.hints.link_density
        and block.word_count <= _MAX_LIST_LABEL_WORDS
        and (block.label is Label.HEADING or block.hints.tag in HEADING_TAGS)
    )


def _listed(block: Segment) -> bool:
    """A list item, or a block that reads on after its link: shapes of the author's
    own lists (of products, of sources, of links with a comment) as much as of teasers."""
    return block.hints.tag == "li" or block.hints.lead_link


def _introduced(block: Segment) -> bool:
    """A line that ends in a colon: the text itself announces the list after it."""
    return _kept(block) and block.text.rstrip().endswith((":", "："))


@revises(Reason.RELATED_TEASER, requires_hints=True)
def html_story_list(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A list of other stories (linked headline, blurb, three times or more) above
    or below the article, whose words the article hardly shares: a portal's
    summaries around it, with the heading that names the list."""
    blocks = [segment for segment in segments if segment.origin is not Origin.FIGURE]
    runs = list(_story_runs(blocks))
    if not runs:
        return
    listed = {id(block) for run in runs for block in run}
    article, article_words = _article_words(blocks, listed)
    if article_words < _MIN_ARTICLE_WORDS:
        return  # the page is the list: a section front, not an article with one beside it
    prose = [
        position
        for position, block in enumerate(blocks)
        if id(block) not in listed
        and block.word_count >= _PROSE_WORDS
        and block.label is not Label.HEADING
    ]
    if not prose:
        return
    where = {id(block): position for position, block in enumerate(blocks)}
    for run in runs:
        start, end = where[id(run[0])], where[id(run[-1])]
        if prose[0] < start and end < prose[-1]:
            continue  # inside the article: its own list of links, not other stories
        words: set[str] = set()
        for block in run:
            words |= block.content_words
        if not words:
            continue
        before = blocks[start - 1] if start > 0 else None
        if before is not None and _introduced(before) and any(_listed(b) for b in run):
            # "My picks:" and a list: the author's own list (of products, of
            # sources) as often as other stories; not evidence enough.
            continue
        labelled = before is not None and _list_label(before)
        limit = _MAX_LABELLED_LIST_OVERLAP if labelled else _MAX_LIST_OVERLAP
        if len(words & article) / len(words) >= limit:
            continue
        if labelled and before is not None:
            yield before
        yield from (block for block in run if _kept(block))


@revises(Reason.RELATED_TEASER, requires_hints=True)
def html_card_above(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """Other stories' cards printed before the page's `<h1>` (a linked headline and
    the blurb right after it, `Hints.card_above`) that the extractor took into the
    article, often a blurb without its headline: taken together, they share under a
    fifth of their words with the article. The page's markup places them; their
    topic tells them from an article whose own text stands above its headline."""
    blocks = [segment for segment in segments if segment.origin is not Origin.FIGURE]
    cards = [block for block in blocks if block.hints.card_above and _kept(block)]
    if not cards:
        return
    article, article_words = _article_words(blocks, {id(card) for card in cards})
    if article_words < _MIN_ARTICLE_WORDS:
        return  # the page is the cards: a section front
    words: set[str] = set()
    for card in cards:
        words |= card.content_words
    if words and len(words & article) / len(words) < _MAX_LIST_OVERLAP:
        yield from cards


@revises(Reason.RELATED_TEASER, requires_hints=True)
def html_card_below(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """Other stories' cards printed after the page's `<h1>` (`Hints.card_below`: a
    linked headline and the blurb right after it), three or more, that the extractor
    kept below the article's last paragraph of prose or above its first, or in a run
    of their own between two of its paragraphs (`_card_runs`), often blurbs without
    their headlines, with the cards' times between them: taken together, they share
    under a fifth of their words with the article. An article's own sections under
    linked headings alternate with its prose, or share its words."""
    blocks = [segment for segment in segments if segment.origin is not Origin.FIGURE]
    if not any(block.hints.card_below for block in blocks):
        return
    prose = [
        position
        for position, block in enumerate(blocks)
        if _kept(block)
        and not block.hints.card_below
        and block.word_count >= _PROSE_WORDS
        and block.label is not Label.HEADING
    ]
    if not prose:
        return
    above, below = blocks[: prose[0]], blocks[prose[-1] + 1 :]
    few: list[tuple[list[Segment], list[Segment]]] = []  # an edge with too few cards alone
    edge_box = False  # an edge's cards are other stories
    for side in (above, below, *_card_runs(blocks, prose)):
        cards = [block for block in side if _kept(block) and block.hints.card_below]
        if not cards:
            continue
        if len(cards) < _MIN_STORIES:
            if side is above or side is below:
                few.append((side, cards))
            continue
        if not _off_topic_cards(blocks, side, cards):
            continue
        edge_box = edge_box or side is above or side is below
        # The cards, and their times and kickers between the first card and the last block.
        first = next(position for position, block in enumerate(side) if block is cards[0])
        while first and side[first - 1].hints.card_below and not _kept(side[first - 1]):
            first -= 1  # the first card's headline, taken already as a link
        kickers = [
            position
            for position in range(first, len(side))
            if _kept(side[position])
            and not (side[position].hints.card_below or _card_time(side[position]))
            and _kicker_over(side, position, _below_card)
        ]
        if len(kickers) >= _MIN_KICKERS and first and _kicker_over(side, first - 1, _below_card):
            kickers.append(first - 1)  # the first card's, as `_story_runs` takes it
        yield from (side[position] for position in kickers)
        yield from (
            block
            for block in side[first:]
            if _kept(block) and (block.hints.card_below or _card_time(block))
        )
    if edge_box:
        # The same box's first card or two that the extractor printed on the
        # article's other side (above its first paragraph when the box is below):
        # off the topic too, the cards only. Weighed only then (the topic words of
        # every block are read for it).
        for side, cards in few:
            if _off_topic_cards(blocks, side, cards):
                yield from cards


def _below_card(segment: Segment) -> bool:
    """A card's headline or blurb after the page's `<h1>` (`Hints.card_below`)."""
    return segment.hints.card_below


def _off_topic_cards(blocks: list[Segment], side: list[Segment], cards: list[Segment]) -> bool:
    """The cards share under a fifth of their words with an article of 50+ words (the
    kept blocks outside `side`)."""
    article, article_words = _article_words(blocks, {id(block) for block in side})
    if article_words < _MIN_ARTICLE_WORDS:
        return False
    words: set[str] = set()
    for card in cards:
        words |= card.content_words
    return bool(words) and len(words & article) / len(words) < _MAX_LIST_OVERLAP


def _card_runs(blocks: list[Segment], prose: list[int]) -> Iterator[list[Segment]]:
    """The runs of cards set among the article's prose (a box of other stories
    between two of its paragraphs): blocks between the first and the last paragraph
    of prose that are cards, their times, or blocks a rule took already (the cards'
    headlines, taken as links, and the box's heading), ended by any other block."""
    run: list[Segment] = []
    for block in blocks[prose[0] + 1 : prose[-1]]:
        if block.hints.card_below or not _kept(block) or _card_time(block):
            run.append(block)
            continue
        if run:
            yield run
            run = []
    if run:
        yield run


def _article_words(
    blocks: list[Segment], left_out: set[int], counted: Callable[[Segment], bool] = _kept
) -> tuple[set[str], int]:
    """The topic words and the word count of the `counted` blocks (kept: body text and
    headings) not in `left_out` (ids of the blocks a rule weighs against the article: a
    list of other stories, cards, a gallery's slides)."""
    article: set[str] = set()
    article_words = 0
    for block in blocks:
        if counted(block) and id(block) not in left_out:
            article |= block.content_words
            article_words += block.word_count
    return article, article_words


# A line that is only a date, perhaps with a time and a label saying what the date
# is (`lexicon.DATE_ALONE`): the page's publication stamp, of at most this many words.
_MAX_DATE_WORDS = 8
# A date among the article's prose heads a part of it (a diary's day, a live blog's
# entry); a date above or below all of it is the page's stamp.
_DATE_PROSE_WORDS = 15
_NOT_STAMP_TAGS = ("li", "table", "pre")

# The stamp and one to three words after a separator, the post's section or its
# author ("2021-10-16 | Botschaft", "24. März 2004, 19:49 | Genesis"), beside the
# line of facts (`lexicon.FACTS_LINE`).
_STAMP_AND_NAME = re.compile(
    rf"^\W*{STAMP_FIELD}\s*[|·•]\s*[^\W\d][^\s|·•\d]*(?:\s+[^\s|·•\d]+){{0,2}}\W*$",
    re.IGNORECASE,
)


def _date_only(segment: Segment) -> bool:
    return (
        segment.label is BODY
        and segment.word_count <= _MAX_DATE_WORDS
        and segment.hints.tag not in _NOT_STAMP_TAGS
        and bool(DATE_ALONE.match(segment.text))
    )


def _facts_block(segment: Segment) -> bool:
    """The post's line of facts printed as a paragraph or as a heading of its own: a
    block of at most `MAX_FACTS_WORDS` words that `lexicon.FACTS_LINE` takes (as
    `lexicon.facts_line` does), or the stamp and a name after it (`_STAMP_AND_NAME`),
    under the one word bound. It differs from the text path's test on purpose: it reads
    what the HTML says of the block (a body block or a heading, never a list item, a
    table cell or preformatted text: `_NOT_STAMP_TAGS`), which a text line does not
    carry, and only here is the stamp-and-name shape asked (`article_run` asks
    `facts_line` alone)."""
    return (
        segment.label in _BODY_LABELS
        and segment.word_count <= MAX_FACTS_WORDS
        and segment.hints.tag not in _NOT_STAMP_TAGS
        and (
            FACTS_LINE.match(segment.text) is not None
            or _STAMP_AND_NAME.match(segment.text) is not None
        )
    )


@revises(Reason.BOILERPLATE, requires_hints=True)
def html_date_line(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A line that is only a date (and a time), above or below the article's prose:
    the page's stamp ("23.10.2018", "Aktualisiert am 17.01.2021.", "January 13, 2020"),
    which the metadata reads from the page; it says nothing in the text. So is the
    post's line of facts around the stamp (`_facts_block`): its category, its
    comments' link, its section."""
    blocks = [segment for segment in segments if segment.origin is not Origin.FIGURE]
    prose = [
        position
        for position, block in enumerate(blocks)
        if block.label is Label.BODY and block.word_count >= _DATE_PROSE_WORDS
    ]
    if not prose:
        return
    for position, block in enumerate(blocks):
        if (position < prose[0] or position > prose[-1]) and (
            _date_only(block) or _facts_block(block)
        ):
            if position and _date_only(block) and _stamp_label(blocks[position - 1]):
                yield blocks[position - 1]
            yield block


# A stamp's label printed in a block of its own over the date ("Veröffentlicht:",
# "Published:" / "2. Februar 2022"): a few words ending in a colon.
_MAX_STAMP_LABEL_WORDS = 3


def _stamp_label(segment: Segment) -> bool:
    """The label of the date under it, when the page sets the two in blocks of their own
    (a template's field: its name in one `<span>` or `<p>`, its value in the next): a kept
    block of at most `_MAX_STAMP_LABEL_WORDS` words, no digit, ending in a colon. The date
    goes as the page's stamp, and the label with it, or it would stand alone over the
    text, naming a field that is no longer there."""
    text = segment.text.rstrip()
    return (
        segment.label in _BODY_LABELS
        and segment.word_count <= _MAX_STAMP_LABEL_WORDS
        and text.endswith((":", "："))
        and not any(character.isdigit() for character in text)
    )


@structures(Label.BYLINE, requires_hints=True)
def html_stamp_row_byline(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """The byline a row of the page's facts printed beside its date, once the extractor
    has dropped the date's `<time>` (`Hints.stamp_row_rest`): "| von Inga Buller",
    "MARTINA BERG" (`names.stamp_row_names`: a prefixed byline, or a bare name opening
    with a known given name; in capitals too, as beside a date). Only when the byline
    rules found none: the markup says the row held the page's stamp, and the name
    beside it is the author's, where the byline rules, which read the line's shape,
    see a separator or capitals. The first such row, and only when every row naming
    someone names the same people (a thread's rows name each commenter). A body block
    the size `html_stamp_row_rest` takes; a row that names no one is that rule's."""
    if BYLINE in [segment.label for segment in segments]:  # (a list, not a generator)
        return
    found: Segment | None = None
    first: list[str] | None = None
    for segment in segments:
        if not _stamp_row_block(segment):
            continue
        names = stamp_row_names(segment.text)
        if names is None:
            continue
        if first is None:
            found, first = segment, names
        elif names != first:
            return
    if found is not None:
        yield found


@structures(Reason.BOILERPLATE, requires_hints=True)
def html_stamp_row_rest(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """What a row of the page's facts prints once the extractor has dropped its `<time>`
    elements (`Hints.stamp_row_rest`): the dates' labels ("Publié le · Mis à jour le",
    "Posted on"), or a field that stood beside the date ("来源：江城网", "کد خبر: ۴۵۶۷۸۹",
    "Last edited by a moderator"). The markup says it was the row that printed the
    page's stamp, in any language; without its date it names fields no longer there,
    and the metadata reads the stamp from the page. At most `_MAX_DATE_WORDS` words,
    no sentence (a paragraph that holds a `<time>` keeps its words), no list item, table
    cell or code; a line the byline rules took before it is theirs."""
    yield from filter(_stamp_row_block, segments)


def _stamp_row_block(segment: Segment) -> bool:
    """A body block that is a stamp row's rest (`Hints.stamp_row_rest`) of at most
    `_MAX_DATE_WORDS` words, no sentence, no list item, table cell or code."""
    return (
        segment.label is BODY
        and segment.hints.stamp_row_rest
        and segment.word_count <= _MAX_DATE_WORDS
        and segment.hints.tag not in _NOT_STAMP_TAGS
        and not ends_a_sentence(segment.text)
    )


KEPT_EXTRACTION = (
    "the rules removed every block of the extracted text; kept the blocks the extractor found"
)
PRECISE_RETRY = (
    "the rules removed every block of the extractor's first choice of the main box;"
    " read its precision-leaning choice"
)


@reviews(switch=False)
def keep_extraction_if_emptied(document: Document) -> Finding | None:
    """Put back what the rules removed from a page's extracted text when they removed all of it.

    trafilatura found these blocks as the article; rules that leave none of
    them (two `<h2>`s between pictures, taken for orphan labels) have more
    likely misread a short page than found one without any article. The
    finding puts the blocks back, and the Article's message says so.
    """
    if document.source != "html" or document.metadata.get("extraction") == "page_text":
        return None
    extracted = [segment for segment in document.segments if segment.origin is not Origin.FIGURE]
    if not extracted or any(segment.label in _BODY_LABELS for segment in extracted):
        return None
    removed = [segment for segment in extracted if segment.label is Label.REMOVED]
    if not removed:
        return None
    return Finding(
        restored=tuple(
            (segment, Label.HEADING if segment.hints.tag in HEADING_TAGS else Label.BODY)
            for segment in removed
        ),
        message=KEPT_EXTRACTION,
    )


@structures(Label.BODY, requires_hints=True)
def html_tail_link(
    segments: list[Segment], context: PhraseBook
) -> Iterator[tuple[Segment, Verdict]]:
    """A short link that ends a paragraph after its last sentence, cut off the paragraph
    ("… do końca roku. [czytaj więcej]", "… bis Freitag. weiter...", "… on Monday. Read more"):
    a pointer to another page glued to the text, which no block rule can take without
    the paragraph. The page's markup finds it (`Hints.tail_link`: the paragraph's last
    run is a link of a few words, leading off the page); the paragraph keeps its
    sentences (the hint asks for a sentence's end and eight words or more before the
    link), and the cut is recorded as removed. A link inside a sentence, or one a stop
    follows, stays; so does a paragraph the extractor printed otherwise."""
    for segment in segments:
        cut = segment.hints.tail_link
        if cut is None or segment.label is not Label.BODY:
            continue
        text = segment.text.rstrip()
        if text.endswith(cut) and text[: len(text) - len(cut)].strip():
            yield segment, Verdict(tail_cut=cut)
