"""The working model between reader and assembly: segments and their labels.

A reader turns its input into `Segment`s; rules only ever change a
segment's `label` (and record why); assembly turns labelled segments into
an Article. Text is never rewritten: a dateline is a field of the paragraph
it opens, and assembly keeps both halves.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import InitVar, dataclass, field
from enum import Enum
from itertools import chain, compress, count, islice, repeat
from operator import add, contains, not_
from typing import Any

from .article import Dateline, Lines, Reason
from .lexicon import DIGIT, ENDS_SENTENCE_OR_QUOTE, LETTER, TOPIC_STOPWORDS


class Origin(str, Enum):
    """Where a segment came from."""

    TEXT_LINE = "text_line"
    """A line (or a hard-wrapped paragraph) of a text dump, or of a page's text."""
    HTML_BLOCK = "html_block"
    """A block of the article an extractor found in a page's markup."""
    FIGURE = "figure"
    """A caption the figure reader read from a page's <figure> or caption box."""


class Label(str, Enum):
    BODY = "body"
    HEADING = "heading"
    TITLE = "title"
    BYLINE = "byline"
    CAPTION = "caption"
    REMOVED = "removed"


# The members as module globals, for the loops that ask a label of every segment (the
# rules import them from here): on Python 3.11 reading a member off an Enum class
# (`Label.BODY`) goes through its metaclass's __getattr__ hook, about 9x a global.
BODY, HEADING, TITLE = Label.BODY, Label.HEADING, Label.TITLE
BYLINE, CAPTION, REMOVED = Label.BYLINE, Label.CAPTION, Label.REMOVED
BODY_OR_HEADING = (BODY, HEADING)


@dataclass(frozen=True)
class Hints:
    """What an HTML reader knows about a block; empty for text dumps."""

    tag: str | None = None
    in_figure: bool = False
    link_density: float = 0.0
    class_words: frozenset[str] = frozenset()
    lead_link: bool = False
    """The block opens with the whole text of a link and goes on past it: a linked
    headline with its blurb in one block ("- <a>Headline</a> One sentence.")."""
    card_above: bool = False
    """The block is a card of another story printed before the page's `<h1>`: a
    linked headline (`<a><h2>…</h2></a>`, `<h2><a>…</a></h2>`) or the blurb right after
    one, which trafilatura may keep without its headline; or the heading and blurb of
    a card that is one link (`<a><h3>…</h3><p>…</p></a>`, or with no heading in it,
    `<a><div>…</div><p>…</p></a>`)."""
    card_below: bool = False
    """The same shape printed after the page's first `<h1>` (`html_card_below` asks
    whether it stands below the article's prose)."""
    tail_link: str | None = None
    """The text of a short link that ends the paragraph after its last sentence, with
    the inline marks around it ("… do końca roku. [czytaj więcej]", "… heute. weiter...");
    `html_tail_link` cuts it off."""
    slide_caption: bool = False
    """The block is a caption of a slide gallery in the page's markup: a slide holding a
    picture and a counter alone in its element ("1 de 4", "2 / 12", "Foto 3 di 8"),
    three slides or more numbered against one total from the first, which trafilatura
    drops (`html_gallery_slide` weighs the captions' topic)."""
    slide_repeated: bool = False
    """The same caption stands on three slides or more of its gallery: the gallery's
    own title, no picture's caption."""
    in_dialog: bool = False
    """The block's text stands in one of the page's dialogs (`role="dialog"` or
    `"alertdialog"`, `aria-modal="true"`): a player's modal window ("This is a modal
    window." in any language), a consent or sign-up overlay (`html_dialog_text`)."""
    in_control: bool = False
    """The block's text is a short label inside one of the page's controls (a `<button>`,
    an element of `role="button"`, not a disclosure toggle): "Bild anzeigen", "Show all
    50", "Passwort vergessen?" (`html_control_label`)."""
    off_site_link: bool = False
    """The block's text is a link's whole text that leads to another site than the
    page's own (by the address the page gives itself: `readers.html_hints`): a guide's
    or a list's section named after a place, a shop, a source, never another story of
    the site's (`html_story_list` takes no such headline)."""
    stamp_row_rest: bool = False
    """The block's text is what a row of the page's facts prints without its `<time>`
    elements, which the extractor drops: "Publié le · Mis à jour le", "来源：江城网"
    (`readers.html_stamp_rows`, `html_stamp_row_rest`)."""


NO_HINTS = Hints()


@dataclass(frozen=True)
class Marks:
    """What a segment's Markdown said about it, for the rules that read it."""

    heading: int = 0
    """The heading's level (1-6: `#` … `######`, or `===`/`---` under it); 0: none."""
    item: bool = False
    """A list's item (`*`, `-`, `+` or a number and a space first)."""
    links: int = 0
    """How many links it holds (`[text](target)`, `[text][ref]`, `<https://…>`)."""
    outside_links: str = ""
    """Its text outside its links and pictures (a row of links leaves separators only)."""
    targets: int = 0
    """How many different targets its inline links go to: a card's link, written on each
    of the card's lines (`links_across_lines`), is one, where a byline's name and date
    link to an author's page and an archive's."""
    link_words: tuple[str, ...] = ()
    """The words of each of its inline links, in order."""
    in_page: int = 0
    """How many of its inline links go to a place on the same page (`#…`): a table of
    contents' items, the article's own, where a menu's go to the site's other pages."""
    tag_links: tuple[str, ...] = ()
    """The words of its inline links to a site's tag, topic or category pages
    (`/tag/…`, `/topics/…`, `/thema/…`): a person named there is the story's subject,
    not its author."""
    pictures: bool = False
    """It is pictures alone (`![alt](src)`, linked or not): no text a reader reads."""
    header: str = ""
    """The field of Jina Reader's header it is ("URL Source", "Published Time", …)."""
    definition: bool = False
    """A reference link's target (`[1]: https://…`): no text a reader sees."""
    thematic_break: bool = False
    """A rule between parts (`* * *`, `---`, `___`)."""
    table_row: bool = False
    """A table's row ("| Oslo | 12 |"): its links are the table's data, no menu's row."""
    code: bool = False
    """A fenced block of code (its lines between "```" or "~~~"), read as printed."""

    @property
    def links_alone(self) -> bool:
        """It holds links and nothing else a reader reads (separators at most)."""
        return self.links >= 1 and not any(c.isalnum() for c in self.outside_links)


NO_MARKS = Marks()
"""A segment no Markdown marked (`Segment.marks` is None then)."""


@dataclass(frozen=True)
class BrowserMarks:
    """What a text browser printed around a segment (`readers/text_browser.py`), for the
    rules that read it (`rules/text_browser.py`). A browser prints where a link starts
    (its number, "[12]") but not where its text ends: each link is read as the text from
    its number to the next one's."""

    lead: str = ""
    """Its text before its first link's number (all of it when it has none)."""
    links: tuple[str, ...] = ()
    """Each link's text with what follows it up to the next link's number."""
    addresses: tuple[str | None, ...] = ()
    """Each link's address, as the list at the dump's foot numbers it (None: not listed)."""
    item: bool = False
    """It opens with a list item's mark ("* ", "• ", "1. ")."""
    item_link: bool = False
    """A list item that is one link from its mark to its end: the link's number right
    after the item's mark, glued to its text (whatever it opens with: "* [17]:: Mobilität",
    "* [74][spende.jpg]"), and no other number after it."""
    centred: bool = False
    """One line alone between blank lines, set in from the dump's margin by four spaces
    or more: where a browser prints a centred line (the page's `<h1>`)."""
    address_list: bool = False
    """A run of the list of addresses at the dump's foot, or a label over it
    ("References", "Visible links"): the browser's own listing, no text of the page."""


@dataclass(slots=True)
class Segment:
    """One block of input text with its place and, once decided, its label.

    Its attributes are slots, not a `__dict__`: a big dump holds one segment a line,
    and each dictionary cost ~256 bytes beside the object (round 62: 52,186 segments
    of the 10 MB article), read by every rule's walk; a slot's read is one CPython
    3.11 specialises too. So a segment takes no attribute outside its fields.
    """

    text: str
    lines: Lines | None
    hints: Hints = NO_HINTS
    label: Label = Label.BODY
    reason: Reason | None = None
    rule: str | None = None
    credit: str | None = None
    """For captions: the credit, split off the caption or attached from a line."""
    caption_text: str | None = None
    """For captions: the text without its credit."""
    origin: Origin = Origin.TEXT_LINE
    dateline: Dateline | None = None
    """For the first paragraph: the dateline that opens it; assembly cuts it off the text."""
    tail_cut: str | None = None
    """For a paragraph: the end of its text that is a link elsewhere (`html_tail_link`);
    assembly cuts it off the text and records it as removed."""
    joined_rows: bool = False
    """For a text dump's run of lines read as one hard-wrapped paragraph: the lines above
    its last read as rows, one a line (each opens with a capital or a digit; all end a
    sentence, or none ends with punctuation or a small word that carries on), the shape
    of the article's own list or table printed with no blank line between its rows
    (`readers/text.py`; the pipeline reads such a run again with its last line apart when
    a rule takes the run out of the body: `Cleaner._last_lines_apart`)."""
    marks: Marks | None = None
    """For a text dump read as Markdown (`readers/markdown.py`): what its marks said (a
    heading, a list's item, its links, pictures alone, a header field); None else."""
    browser: BrowserMarks | None = None
    """For a text browser's dump (`readers/text_browser.py`): its links, as the browser
    numbered them, and where it stands in the page; None else."""
    cells: bool = False
    """For a text dump's line: it held a tab between two of its words, a table's row
    copied from a page (cells split by a tab: "Objem<TAB>23 l"), which `text` prints
    with a space as it does any white space (`readers/text.py`)."""

    phrase_form: str = field(init=False, repr=False, compare=False)
    """Lower-cased, single-spaced, without surrounding punctuation, for phrase lists."""
    key: str = field(init=False, repr=False, compare=False)
    """Case-, space- and punctuation-free form, for repeat detection."""
    word_count: int = field(init=False, repr=False, compare=False)
    may_hold_cjk: bool = field(init=False, repr=False, compare=False)
    """False when the text can hold no CJK character: ASCII, or one byte a character
    once case-folded (`_wide_phrase_form`); the phrase screens search no further then."""
    may_hold_digit: bool = field(init=False, repr=False, compare=False)
    """False when the text holds no decimal digit (`\\d`): the rules that ask several
    patterns opening with a number of every line (a list row, a table cell, a slide's
    counter) skip their searches then, where each cost a regular-expression call."""
    topic_from_form: bool = field(init=False, repr=False, compare=False)
    """True when the phrase form holds the text's topic words as they are: ASCII, or one
    byte a character once case-folded with no character folded into two ("ß", "ﬁ"), so
    that each run of letters keeps its length (see `content_words`)."""
    content_words: frozenset[str] = field(init=False, repr=False, compare=False)
    """`content_words` of the text: the topic words that several document rules compare
    between segments. Set with the other forms, not computed on the first read: the
    text path's rules read it of ~94 % of its segments (`dump_kind` of every line), and
    a lazy descriptor cost two Python calls and a `setattr` a segment, where the forms
    come in one call (and from `_FORMS` for a line that recurs, a site's menus and
    footers: ~1 in 4 of a dump's lines)."""
    ends_like_sentence: bool = field(init=False, repr=False, compare=False)
    """The text's last character that is not white space is a sentence's end (`ENDS_SENTENCE_OR_QUOTE`);
    False for white space alone. A plain attribute, not a lazy descriptor: most rules
    ask it of every line, and CPython 3.11 specialises no read of a name whose class
    holds a descriptor defined in Python (each read, once computed too, took the generic
    lookup)."""
    _phrase_words: tuple[str, ...] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """`phrase_words` once read (a field: a segment has no `__dict__` to keep it in)."""
    spaced: InitVar[bool] = False
    """The text is as `normalise_space` leaves it (words between single spaces, no
    other white space, none at either end, not empty): its words are counted by its
    spaces, with no split of the text into words (the text reader's segments)."""
    words_later: InitVar[bool] = False
    """Leave `content_words` None, for `add_content_words` to set once the reader has
    made every segment of the document: a big dump's (`readers.text.BIG_DUMP`). Its
    frozensets and their words, made between one segment's objects and the next's,
    spread the segments, their attribute values and their key strings over several
    times the memory (each set's table alone is 0.5-2 KB a paragraph), and every rule's
    walk over a big document's segments read them from further away: made after all
    the segments, the sets leave those together, as a small dump's are."""

    def __post_init__(self, spaced: bool, words_later: bool) -> None:
        text = self.text
        # Pass 1 reads the phrase form of every segment, and most document rules
        # the key: set here, always in the same order, they cost no lookup of a
        # descriptor later, and every segment keeps the same attribute layout
        # (fewer and smaller objects for the garbage collector on a big dump).
        if not isinstance(text, str):
            # Segment(0, text, lines) was the old form, with an index nothing read.
            raise TypeError(f"Segment(text, lines, ...): text must be str, not {text!r}")
        # A text met before (a site's menu and footer lines recur: ~15 % of a page
        # dump's segments within it, more across a site's dumps) takes its forms from
        # `_FORMS`; a long paragraph is derived afresh and not kept.
        forms = _FORMS.get(text) if len(text) <= _LONGEST_KEPT else None
        if forms is None:
            forms = _new_forms(text, spaced, words_later)
        (
            self.phrase_form,
            self.key,
            self.word_count,
            self.may_hold_cjk,
            self.may_hold_digit,
            self.topic_from_form,
            self.content_words,
            self.ends_like_sentence,
        ) = forms

    @property
    def phrase_words(self) -> tuple[str, ...]:
        """The distinct words of the phrase form, in order, made on the first read.

        A tuple, not a set: the garbage collector stops tracking a tuple of
        strings, and a big dump has one per line.
        """
        words = self._phrase_words
        if words is None:
            words = self._phrase_words = tuple(dict.fromkeys(self.phrase_form.split()))
        return words

    @property
    def is_open(self) -> bool:
        """Still body text, not yet claimed by any rule."""
        # (`BODY`, not `Label.BODY`: a lookup on an Enum class goes through its
        # metaclass, 3x a module global.) The rules ask `segment.label is BODY`
        # themselves: a property read is a Python call that CPython 3.11 never
        # specialises (round 51, speed2: -8.2 M instructions per 100 text dumps).
        return self.label is BODY

    def remove(self, reason: Reason, rule: str) -> None:
        self.label = Label.REMOVED
        self.reason = reason
        self.rule = rule

    def mark(self, label: Label, rule: str) -> None:
        self.label = label
        self.reason = None
        self.rule = rule


def _new_forms(text: str, spaced: bool, words_later: bool) -> _Forms:
    """`_forms_of` a text that `_FORMS` does not hold, kept there if short (and its topic
    words made: not `words_later`)."""
    forms = _forms_of(text, spaced, not words_later)
    if len(text) <= _LONGEST_KEPT and not words_later:
        if len(_FORMS) >= _FORMS_KEPT:
            _FORMS.clear()  # (forgetting all at once keeps it cheap and bounded)
        _FORMS[text] = forms
    return forms


_new_object = object.__new__
_TEXT_LINE = Origin.TEXT_LINE  # (a module global: an Enum class's lookup is 3x one)


def spaced_segment(text: str, lines: Lines) -> Segment:
    """`Segment(text, lines, spaced=True)`, the same object with the same attributes set
    in the same order, made without the class call: the text reader makes one a line
    (~75 a 4 KB dump), and the call's binding of the fifteen defaults and the keyword
    and its call of `__post_init__` cost ~1,800 of a segment's ~8,800 instructions
    (round 62). A test compares every attribute and its place with `Segment`'s, so a
    field added to `Segment` must be set here too. `text` is a str, as
    `normalise_space` leaves it."""
    segment = _new_object(Segment)
    segment.text = text
    segment.lines = lines
    segment.hints = NO_HINTS
    segment.label = BODY
    segment.reason = None
    segment.rule = None
    segment.credit = None
    segment.caption_text = None
    segment.origin = _TEXT_LINE
    segment.dateline = None
    segment.tail_cut = None
    segment.joined_rows = False
    segment.marks = None
    segment.browser = None
    segment.cells = False
    forms = _FORMS.get(text) if len(text) <= _LONGEST_KEPT else None
    if forms is None:
        forms = _new_forms(text, True, False)
    (
        segment.phrase_form,
        segment.key,
        segment.word_count,
        segment.may_hold_cjk,
        segment.may_hold_digit,
        segment.topic_from_form,
        segment.content_words,
        segment.ends_like_sentence,
    ) = forms
    segment._phrase_words = None
    return segment


@dataclass
class Document:
    """A reader's output: the segments plus what the source said about itself."""

    segments: list[Segment]
    source: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict)
    dateline: Dateline | None = None
    title: str | None = None
    """The title the source declares (HTML metadata); a TITLE segment wins over it."""
    byline: list[str] = field(default_factory=list)
    """Author names the source declares (HTML metadata); used when no byline line is found."""
    lines_under_headline: list[str] = field(default_factory=list)
    """Short texts a page prints right after its headline (HTML), when its metadata
    names no author: the first that reads as a byline gives the names."""
    author_links: list[str] = field(default_factory=list)
    """Among those, the texts of links to an author's page ("/author/jane-doe"): a
    name there needs no "By" before it."""
    site_owner: list[str] = field(default_factory=list)
    """The person a page's footer names as the site's copyright holder, with a year
    (HTML): the author of last resort, when no byline names anyone."""
    language: str | None = None
    """The language the source declares (HTML `lang`); detection runs when it is None."""
    from_markup: bool = False
    """The segments are blocks read from a page's markup, whose tags answer what
    rules declared `text_dumps_only` guess from the text (see `rules/base.py`)."""
    title_cut: str | None = None
    """The title without the site's name, when `title_site_name` found one."""


def kept_after(segments: Sequence[Segment], index: int) -> Iterator[Segment]:
    """The segments after `index` that are not removed, nearest first: the lines a
    reader of the cleaned text sees below it (a share bar or an ad taken out between
    is passed over)."""
    for position in range(index + 1, len(segments)):
        segment = segments[position]
        if segment.label is not REMOVED:
            yield segment


def kept_neighbour(
    segments: Sequence[Segment], index: int, *, above: bool = False
) -> Segment | None:
    """The nearest segment below `index` (above it, if `above`) that is not removed, or
    None: the line a reader of the cleaned text sees next to it."""
    positions = range(index - 1, -1, -1) if above else range(index + 1, len(segments))
    for position in positions:
        segment = segments[position]
        if segment.label is not REMOVED:
            return segment
    return None


def last_open(segments: Sequence[Segment], count: int, *, headings: bool = False) -> list[int]:
    """The indexes of the last `count` segments still in the body (fewer when the dump
    has fewer), in order: one walk back from the end, which costs the same on a dump of
    any size. With `headings`, headings count too: on a page read from markup its
    `<h2>`s are headings from the first pass on (`html_heading`), where a text dump's
    lines are all body until its structure is read."""
    wanted = BODY_OR_HEADING if headings else (BODY,)
    found: list[int] = []
    for index in range(len(segments) - 1, -1, -1):
        if len(found) >= count:
            break
        if segments[index].label in wanted:
            found.append(index)
    found.reverse()
    return found


def _word_count(text: str, heavy: bool | None = None) -> int:
    """The words of `text`; `heavy`: `is_cjk_heavy(text)` when the caller knows it
    (`_forms_of` asks it once for the word count and the topic words), else None."""
    if is_cjk_heavy(text) if heavy is None else heavy:
        # CJK text has no spaces; about two characters make a word.
        return max(1, len(LETTER.findall(text)) // 2)
    return len(text.split())


# Characters a page prints as nothing inside a word: the soft hyphen, the zero-width
# space, the word joiner, the invisible operators (U+2061-U+2064) and a byte order mark
# inside the text. A dump copied from a page keeps them ("Abon\xadnieren Sie unseren
# News\xadletter"), and no phrase, pattern or word list would match across them; the
# HTML readers drop them too (`readers.html_words.visible`). The zero-width joiner and
# non-joiner stay: they are spelling in Persian, the Indic scripts and emoji.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\u2061\u2062\u2063\u2064\ufeff"))


def normalise_space(text: str) -> str:
    # Most lines of a dump are already so (8,842 of the speed set's 8,848): no white
    # space but single spaces between words. Every white-space character but the space
    # is unprintable (a test checks each code point), and so are the `_INVISIBLE` ones,
    # so `isprintable` and a search for two spaces find that without splitting the line
    # into words and joining them again.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    # str.split() and the regex \s both split on exactly the characters for which
    # str.isspace() is true, so this equals re.sub(r"\s+", " ", text).strip(), only faster.
    # A line of invisible characters alone stays as it is: a line, not a blank one.
    return " ".join(text.translate(_INVISIBLE).split() or text.split())


def places_sharing(word_sets: Sequence[frozenset[str]], asked: frozenset[str]) -> Iterator[int]:
    """The places, in order, of the word sets (a line's words each) that share a word with
    `asked`: found in one C-level pass (`isdisjoint` of each set, which builds nothing,
    then `compress`), with no turn of a Python loop per line. `ProseWords` and the teaser
    rules' `WordIndex` index the lines holding the words a rule asks about this way."""
    return compress(range(len(word_sets)), map(not_, map(asked.isdisjoint, word_sets)))


def key_of(text: str) -> str:
    """`Segment.key` of a text: case-, space- and punctuation-free, for repeat detection.

    The phrase form without its spaces, as `Segment` sets it: one definition, so that
    a key computed from a text (a reader's, a title part's) is a segment's key."""
    return phrase_form(text).replace(" ", "")


def phrase_form(text: str) -> str:
    """Case-folded words separated by single spaces; punctuation and quotes gone.

    Every run of non-word characters (white space, punctuation, any quote
    mark) becomes one space, so no second pass over spaces is needed.
    """
    if text.isascii():
        # Most lines (a flag CPython keeps on the string). In ASCII, [\W_] is every
        # character but a letter or digit: one bytes translation lower-cases the
        # letters and turns the rest into spaces, and a split and join give the same
        # words as the regex in about half the time.
        return b" ".join(text.encode("ascii").translate(_ASCII_FORM).split()).decode("ascii")
    return _wide_phrase_form(text)[0]


_Forms = tuple[str, str, int, bool, bool, bool, frozenset[str] | None, bool]

_FORMS: dict[str, _Forms] = {}
"""`_forms_of` by text, for the lines that recur (a site's menus and footers, within a
dump and across its dumps). Process-wide; at most `_FORMS_KEPT` texts of at most
`_LONGEST_KEPT` characters, all forgotten at once when full. Its values are immutable,
so threads may share it (a dict's get and set are atomic; two threads deriving one
text store equal values)."""
_FORMS_KEPT = 4096
_LONGEST_KEPT = 300
"""As pass 1's memory (`block_pass._LONGEST_REMEMBERED_LINE`): lines recur, paragraphs
seldom, and a long text kept would hold its memory after its document."""


def forget_forms() -> None:
    """Empty `_FORMS`: for a benchmark that cleans one text again and must not find its
    lines' forms kept from the clean before (output never depends on it)."""
    _FORMS.clear()


def add_content_words(segments: Sequence[Segment]) -> None:
    """Set `content_words` of the segments a reader made with `Segment.words_later`, in
    order, each as `Segment` would have (a text met before, in this document or before
    it, takes the set `_FORMS` holds, and a short one's forms are kept there as
    `Segment` keeps them)."""
    for segment in segments:
        if segment.content_words is not None:
            continue  # (its forms were kept: `Segment` took the set with them)
        text = segment.text
        kept = len(text) <= _LONGEST_KEPT
        forms = _FORMS.get(text) if kept else None
        if forms is not None:
            segment.content_words = forms[6]
            continue
        if segment.topic_from_form:
            topic = form_topic_words(segment.phrase_form, segment.may_hold_digit)
        else:
            topic = content_words(text)
        if len(topic) > _SMALL_SET:
            # A frozenset made from a list or by `difference` grows its table by four
            # times as it fills and keeps the last size; copied from a set, its table is
            # sized for its words at once (~2 entries a word, not up to 8). On a big dump
            # the sets are the largest part of a segment's memory, which every rule's
            # walk reads: the 10 MB article's 1,060 -> 889 bytes a segment (round 64).
            # Small dumps skip the copy: their segments stay within the caches.
            topic = frozenset(set(topic))
        segment.content_words = topic
        if kept:
            if len(_FORMS) >= _FORMS_KEPT:
                _FORMS.clear()
            _FORMS[text] = (
                segment.phrase_form,
                segment.key,
                segment.word_count,
                segment.may_hold_cjk,
                segment.may_hold_digit,
                segment.topic_from_form,
                topic,
                segment.ends_like_sentence,
            )


_SMALL_SET = 4
"""A set of this many items or fewer lives in the set object's own table of 8 entries:
no copy makes it smaller."""


def _forms_of(text: str, spaced: bool = False, with_words: bool = True) -> _Forms:
    """What `Segment` derives from its text: the phrase form, the key, the word count,
    whether it may hold a CJK character, whether it may hold a decimal digit, whether the
    phrase form holds its topic words, the topic words (`content_words`; None without
    `with_words`), and whether it ends like a sentence (False for white space alone).
    `spaced`: as `Segment.spaced`."""
    if text.isascii():
        form = phrase_form(text)
        one_byte = evenly = True
    else:
        form, one_byte, evenly = _wide_phrase_form(text)
    if not one_byte:
        # (the CJK test kept for the topic words below: asked twice, it searched and
        # listed a CJK line's characters twice, ~20 K instructions a time)
        heavy = is_cjk_heavy(text)
        words = _word_count(text, heavy)
    elif spaced:
        # (a count of one character, without a string made for each word: a third
        # of the split's instructions)
        words = text.count(" ") + 1
    else:
        # (ASCII text is never CJK-heavy, nor is a text of one byte a character
        # (`_wide_phrase_form` says why): `_word_count` without its calls)
        words = len(text.split())
    stripped = text.rstrip()
    ends = bool(stripped) and stripped[-1] in ENDS_SENTENCE_OR_QUOTE
    # The phrase form with its single spaces taken out: the same string as removing
    # every run of non-word characters.
    key = form.replace(" ", "")
    # A decimal digit is a word character, and no case folding makes or unmakes one: the
    # key holds each digit of the text. A key of letters alone (most lines) holds none;
    # an ASCII key is letters and 0-9, so any other character in it is a digit.
    digit = bool(key) and not key.isalpha() and (key.isascii() or DIGIT.search(key) is not None)
    # The phrase form is the case-folded text's word runs, single-spaced; where it is one
    # byte a character and no character folded into two (`evenly`), each run of letters in
    # the text is a run of non-digits there, of the same length and already case-folded:
    # no second encoding, translation or casefold of the text (a test compares the two on
    # every character of both code pages).
    if not with_words:
        return form, key, words, not one_byte, digit, evenly, None, ends
    if evenly:
        topic = form_topic_words(form, digit)
    elif one_byte:
        topic = content_words(text)
    else:
        topic = _wide_content_words(text, heavy)
    return form, key, words, not one_byte, digit, evenly, topic, ends


def _wide_phrase_form(text: str) -> tuple[str, bool, bool]:
    """`phrase_form` of a text that is not ASCII; whether the case-folded text is one
    byte a character (Latin-1 or Windows-1252): such a text holds no CJK character,
    since none has a case and neither code page has one (`Segment` then counts its
    words without `is_cjk_heavy`'s search); and whether it is so with each character
    folded into one (`Segment.topic_from_form`)."""
    for codec, errors, folded_word_bytes in _FOLDED_WORD_BYTES:
        # Most lines that are not ASCII are one byte a character before folding too:
        # one translation folds each byte and classes it at once, with no `casefold`
        # of the text (a third of this function's time on a paragraph). A byte that
        # folds into no single byte of the code page ("ß" into "ss", "µ" into Greek
        # "μ") becomes a NUL, which no other byte does: such a text is folded first.
        # Windows-1252's signs (typographic quotes, dashes) are written as spaces into
        # the Latin-1 bytes (`_sign_as_space`), so that a paragraph with them takes the
        # Latin-1 codec, not the slower charmap one (see `_FOLDED_WORD_BYTES`).
        try:
            raw = text.encode(codec, errors).translate(folded_word_bytes)
        except UnicodeEncodeError as error:
            # A character of neither code page (Cyrillic, Greek, CJK …) fails every
            # encoding below too, each with its exception (~5,500 instructions) and
            # Windows-1252's with its charmap codec's Python call: none is tried.
            if text[error.start] in _CP1252_CHARS:
                continue
            break
        if b"\0" in raw:
            break
        # Each character folded into one of the code page: the folded text is one byte
        # a character, in this code page whichever the loop below finds first (each
        # byte's class is its character's), and no character grew.
        return b" ".join(raw.split()).decode(codec), True, True
    folded = text.casefold()
    for codec, word_bytes, _ in _ONE_BYTE_CODES:
        try:
            raw = folded.encode(codec)
        except UnicodeEncodeError as error:
            if folded[error.start] in _CP1252_CHARS:
                continue
            break
        # One byte a character: a bytes translation turns every non-word character into
        # a space, and a split and join give the word runs in about half the time of the
        # Unicode findall below (round 18; a UTF-8 translation, round 17, was slower).
        form = b" ".join(raw.translate(word_bytes).split()).decode(codec)
        # (casefold never shortens a character: the same length, none grew)
        return form, True, len(folded) == len(text)
    # (Neither code page holds the marks `_UNMARKED` drops: a text with one comes here.)
    if _UNFOLDED_MARK.search(folded) is not None:
        folded = folded.translate(_UNMARKED)
    # The word runs joined by single spaces: what replacing each run of [\W_] by a space
    # and stripping the ends gives (no word character is white space), in about two
    # thirds of the time of the substitution.
    return " ".join(WORD_RUN.findall(folded)), False, False


WORD_RUN = re.compile(r"[^\W_]+", re.UNICODE)
"""A word of `phrase_form`: a run of letters and digits."""

# Marks that case folding leaves where the two cases of one word must meet: Turkish "İ"
# folds into "i" and a combining dot, which no word character is ("İlgili Haberler" read
# as "i lgili haberler"); Greek in capitals is written without its accents
# ("ΔΙΑΦΗΜΙΣΗ" for "Διαφήμιση"), so the folded form drops them (the phrase lists are
# folded the same way).
_UNFOLDED_MARK = re.compile("[\u0307\u03ac-\u03af\u03cc-\u03ce]")
_UNMARKED = str.maketrans(
    {
        "\u0307": None,
        "ά": "α",
        "έ": "ε",
        "ή": "η",
        "ί": "ι",
        "ό": "ο",
        "ύ": "υ",
        "ώ": "ω",
    }
)


_ASCII_FORM = bytes(
    ord(chr(code).casefold()) if chr(code).isalnum() else ord(" ") for code in range(128)
) + bytes(128)  # (the upper half is never looked up: ASCII text only)


# A Chinese, Japanese or Korean character (kana, CJK ideographs, Hangul): lines with one are
# matched by characters, not words (shared with the phrase index and pass 1's screen).
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def is_cjk_heavy(text: str) -> bool:
    if text.isascii():  # a flag CPython keeps on the string: no scan
        return False
    sample = text[:200]
    if CJK_CHAR.search(sample) is None:  # most lines: no CJK at all, no list to build
        return False
    return len(CJK_CHAR.findall(sample)) * 3 > len(sample)


# Words of four letters or more carry a topic; shorter ones are mostly function words.
_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_CJK_RUN = re.compile(CJK_CHAR.pattern + "+")
_ASCII_TOPIC_WORD = re.compile(r"[a-z]{4,}")
"""`_TOPIC_WORD` in lower-cased ASCII, whose only letters are a-z."""
_FORM_TOPIC_WORD = re.compile(r"[^ 0-9]{4,}")
r"""`_TOPIC_WORD` in a phrase form one byte a character: its characters are word
characters and single spaces, and the only digits (`\d`) of Latin-1 and Windows-1252
are 0-9 (in ASCII, `[a-z]{4,}`)."""


def form_topic_words(form: str, may_hold_digit: bool) -> frozenset[str]:
    """`_FORM_TOPIC_WORD`'s runs of a phrase form one byte a character (`Segment.content_words`),
    less the stop words; `may_hold_digit` as the segment's (False: no 0-9 in the form).

    Without a digit, the runs of non-spaces, non-digits are the form's words between its
    spaces, and those of four characters or more are the matches: a split and a length test
    give them in about three fifths of the instructions of the regular expression, which tries a
    match at every character of a short word (the same set: tests/test_form_topic_words.py).
    """
    if may_hold_digit:
        return frozenset(_FORM_TOPIC_WORD.findall(form)).difference(TOPIC_STOPWORDS)
    # (the stop words left out as the list is made: no second set built without them)
    stop = TOPIC_STOPWORDS
    if " " not in form:
        # One word or none (a third of the forms without a digit: menu items, labels): its
        # own test, with no split and no call of a comprehension (~1,000 instructions in
        # CPython 3.11, more than the test), the same set.
        return frozenset((form,)) if len(form) > 3 and form not in stop else _NO_WORDS
    return frozenset([word for word in form.split(" ") if len(word) > 3 and word not in stop])


_NO_WORDS: frozenset[str] = frozenset()


def _byte_table(codec: str, keeps: Callable[[str], bool]) -> bytes:
    """For each byte of `codec`: itself if the character it stands for `keeps`, else a
    space (which `bytes.split` splits at). Bytes the code page leaves undefined become
    spaces; no text encodes to them."""
    return bytes(
        code if keeps(bytes([code]).decode(codec, "replace")) else ord(" ") for code in range(256)
    )


_ONE_BYTE_CODES = tuple(
    (
        codec,
        _byte_table(codec, lambda char: WORD_RUN.match(char) is not None),
        _byte_table(codec, lambda char: _TOPIC_WORD.match(char * 4) is not None),
    )
    for codec in ("latin-1", "cp1252")
)
"""The one-byte code pages a non-ASCII line is tried in, in this order, each with its
translation tables for `_wide_phrase_form` (word characters as `WORD_RUN` classes them)
and `content_words` (letters as `_TOPIC_WORD` classes them). Latin-1 holds most other
lines once case-folded (German, French, Spanish …); Windows-1252 Latin text with
typographic quotes, dashes or an ellipsis („“”‘’–—…€), which Latin-1 lacks. Neither
holds a CJK character."""


_CP1252_CHARS = bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")
"""The 27 signs and letters Windows-1252 holds where Latin-1 has its C1 controls: a
character Latin-1 fails to encode and not one of these is in neither code page."""


def _folded_word_table(codec: str, word_bytes: bytes) -> bytes:
    """For each byte of `codec`: the byte of its character case-folded, classed by
    `word_bytes` (itself, or a space), when the character folds into one character of
    the code page; else a NUL ("ß", "µ"), which no text's byte becomes otherwise (NUL
    is no word character: a space). Bytes the code page leaves undefined become spaces,
    as in `_byte_table`; no text encodes to them."""
    table = bytearray(word_bytes)
    for code in range(256):
        try:
            char = bytes([code]).decode(codec)
        except UnicodeDecodeError:
            continue
        try:
            folded = char.casefold().encode(codec)
        except UnicodeEncodeError:
            folded = b""
        table[code] = word_bytes[folded[0]] if len(folded) == 1 else 0
    return bytes(table)


_CP1252_SIGNS = "".join(
    char
    for char in bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")
    if WORD_RUN.match(char) is None
)
"""The characters Windows-1252 adds to Latin-1 that are no word character (quotes,
dashes, "…", "€", "™"): each is a space in a phrase form."""
_SIGNS_AS_SPACES = "articleclean.cp1252_signs"
"""The error handler (`_sign_as_space`) by which `_wide_phrase_form` encodes a text in
Latin-1 with `_CP1252_SIGNS` written as spaces."""


def _sign_as_space(error: UnicodeError) -> tuple[bytes, int]:
    """A run of characters Latin-1 lacks, as a space where all are `_CP1252_SIGNS`; any
    other (a letter Windows-1252 adds, "œ", "Š", or a character of neither code page)
    raises the error: the text is then tried in Windows-1252 as before. One call per
    run, where the charmap codec took ~66 instructions a character of the whole text
    and the failed Latin-1 encoding ~5,500 for its exception (round 26)."""
    if isinstance(error, UnicodeEncodeError) and not (
        error.object[error.start : error.end].strip(_CP1252_SIGNS)
    ):
        return b" ", error.end
    # Raised with the frame's own name for it gone: raised as `error`, the exception's
    # traceback held this frame, which held the exception, a cycle that kept the frames
    # of every caller alive (each took ownership of its locals when it returned) up to
    # `Cleaner._run` and its Document, so that a dump's segments outlived its clean until
    # the cyclic collector came (round 34: after a 50,000-line dump's clean, ~210 ms of
    # collection over its ~370,000 objects, against ~10 ms after a 5,000-line one's).
    try:
        raise error
    finally:
        del error


codecs.register_error(_SIGNS_AS_SPACES, _sign_as_space)


def _latin1_without_c1(table: bytes) -> bytes:
    """Latin-1's folded table with its C1 controls (bytes 0x80-0x9F, Windows-1252's signs
    and letters) made NULs: a text holding one takes the casefold path, whose Latin-1
    and Windows-1252 tries tell a control from a sign (a control is no character of
    Windows-1252). Latin-1 text without one is read as before; with one, the casefold
    path gives the same form (both classes read a control as a space)."""
    return table[:0x80] + bytes(0x20) + table[0xA0:]


_FOLDED_WORD_BYTES = tuple(
    (
        codec,
        _SIGNS_AS_SPACES if codec == "latin-1" else "strict",
        (_latin1_without_c1 if codec == "latin-1" else bytes)(
            _folded_word_table(codec, word_bytes)
        ),
    )
    for codec, word_bytes, _ in _ONE_BYTE_CODES
)
"""For `_wide_phrase_form`'s first path: each code page's bytes folded and classed, and
the error handler its encoding takes. Latin-1 comes first with `_sign_as_space`: a
text of Latin-1 and Windows-1252's signs is read as Latin-1 with a space for each run
of signs, which is the form Windows-1252 gives (the two code pages hold the same
characters at every other byte; a sign is a space in the form either way), and no byte
0x80-0x9F stands in it for a sign. A C1 control, which Latin-1 encodes to such a byte,
becomes a NUL (`_latin1_without_c1`). A text with a letter Windows-1252 adds ("œ") is
encoded in Windows-1252 as before."""


def content_words(text: str) -> frozenset[str]:
    """Words for topic overlap; CJK text is cut into character pairs."""
    if text.isascii():  # (first: ASCII is never CJK-heavy, and most lines are ASCII)
        # ASCII letters stay letters when lower-cased (and casefold is lower for them):
        # one lower-casing of the line, then a plain class of letters instead of the
        # Unicode categories (faster on menu lines and on paragraphs alike).
        # (frozenset.difference gives a frozenset: no set copied into another)
        return frozenset(_ASCII_TOPIC_WORD.findall(text.lower())).difference(TOPIC_STOPWORDS)
    return _wide_content_words(text, None)


def _wide_content_words(text: str, heavy: bool | None) -> frozenset[str]:
    """`content_words` of a text that is not ASCII; `heavy`: `is_cjk_heavy(text)` when
    the caller knows it (`_forms_of` counted the text's words by it), else None."""
    for codec, _, letter_bytes in _ONE_BYTE_CODES:
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError as error:
            if text[error.start] in _CP1252_CHARS:  # (as in `_wide_phrase_form`)
                continue
            break
        # No CJK character in one byte (see `_wide_phrase_form`): the bytes translated to
        # letters and spaces (round 18), whose runs of four letters or more (`_TOPIC_WORD`'s
        # matches there, as `[^ ]{4,}` finds them, in order) are its pieces between spaces of
        # that length: no search tried at each letter of a short word.
        letters = raw.translate(letter_bytes).decode(codec)
        runs = [run for run in letters.split(" ") if len(run) > 3]
        return frozenset(map(str.casefold, runs)).difference(TOPIC_STOPWORDS)
    if is_cjk_heavy(text) if heavy is None else heavy:
        pairs: set[str] = set()
        for run in _CJK_RUN.findall(text):
            # Each character joined to the next: the run's slices of two characters, in
            # C, with no generator's step and slice a pair (~36 K instructions a CJK line
            # of 24 characters went to the pairs before).
            pairs.update(map(add, run, run[1:]))
        return frozenset(pairs)
    return frozenset(map(str.casefold, _TOPIC_WORD.findall(text))).difference(TOPIC_STOPWORDS)


def overlap(segment: Segment, vocabulary: Collection[str]) -> float:
    """The share of the segment's content words found in `vocabulary`: how much a line
    is about the article's topic (the teaser and page rules ask it)."""
    return word_share(segment.content_words, vocabulary.__contains__)


def word_share(words: Collection[str], known: Callable[[str], bool]) -> float:
    """The share of `words` that `known` recognises."""
    if not words:
        return 0.0
    return sum(1 for word in words if known(word)) / len(words)


# A shared word tells that a line and the article are about one thing when it is the
# article's rather than its language's: a word of this many letters or more, a word the
# article writes capitalised inside a sentence (a name; a German noun) or one its prose
# uses in two paragraphs or more. A short word in lower case the article uses once
# ("dazu", "right", "region" in a long article) is one any text of the language may
# hold: it does not make another story's headline the article's.
_SPECIFIC_LETTERS = 7
# A word after a letter (and a comma): not after a sentence's end, a colon or a quote.
_INSIDE_SENTENCE = re.compile(r"[^\W\d_],?\s+(?=[\"'„“«(]?([^\W\d_]{4,}))")
# Prose the article's words are read from: a line of this many words (a headline is
# capitalised word by word in English, and a menu repeats its labels).
_PROSE_WORDS = 8
_FIRST_PLACES = 16
"""Places of a word `ProseWords` lists when it indexes it; more when a question reads on."""
# A text whose words inside sentences are capitalised this often capitalises its nouns
# (`ProseWords.capitalises_nouns`), read from this many such words at least, and from its
# first prose lines up to `_NOUN_READ` such words: a share needs no more, and reading every
# line of a 10 MB article made it half again as slow (round 34's growth row, 1.29x -> 1.90x).
_NOUN_CAPITALS = 0.25
_NOUN_SAMPLE = 20
_NOUN_READ = 2000


class ProseWords:
    """One document's prose as the evidence `SpecificWords` reads, shared by the rules
    that ask (through `derives`), so that it is read once per document and not once per
    rule: where each asked word occurs among the lines of `_PROSE_WORDS` words or more,
    and which words a line writes capitalised inside a sentence.

    What it keeps depends on the texts alone, which no rule changes; which of those
    lines count (body lines, some left out) is asked when a rule asks, so a rule sees
    the labels as they stand when it runs, as a reading of its own would. Built for
    the words asked only (an index of every word of a big article cost seconds)."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self._segments = segments
        self._prose: list[int] | None = None
        self._prose_words: list[frozenset[str]] | None = None
        """The content words of each line of `_prose`, in its order (for `_index`)."""
        self._places: dict[str, list[int]] = {}
        """Each word's first `_FIRST_PLACES` prose lines, in order (`_index`); the rest of a
        word's places (`_capped`) are found when a question reads past them (`_beyond`)."""
        self._capped: set[str] = set()
        self._rest: dict[str, list[int]] = {}
        self._capitals: dict[int, frozenset[str]] = {}
        self._inside: dict[int, tuple[int, int]] = {}
        """Each line read by `capitalises_nouns`: its words inside a sentence, and how many
        of them are capitalised (the same reading as `_capitals`', kept for a later rule)."""
        self._cjk_lines: list[int] = []
        """Prose lines that are CJK-heavy and write a word capitalised inside a sentence
        ("… 새로운 Galaxy 스마트폰 …"): their content words are character pairs, which do not
        hold that word, so they are asked about apart (`_taught_by_cjk_line`)."""

    def specific(self, asked: Collection[str], excluded: Collection[int] = ()) -> SpecificWords:
        """Which of the `asked` words are the article's own, in the prose without the
        segments at the `excluded` positions."""
        return SpecificWords(self, asked, excluded)

    def own(self, short: frozenset[str], excluded: Collection[int]) -> Callable[[str], bool]:
        """Whether a word of `short` (words under `_SPECIFIC_LETTERS` letters) is in two
        body lines of prose or written capitalised inside a sentence in one, the lines
        at `excluded` left out. A word outside `short` is not."""
        self._prose_lines()
        self._index(short)
        answers: dict[str, bool] = {}  # (labels do not change while a rule asks)

        def own(word: str) -> bool:
            found = answers.get(word)
            if found is None:
                found = word in short and (
                    self._own(word, excluded) or self._taught_by_cjk_line(word, short, excluded)
                )
                answers[word] = found
            return found

        return own

    def _own(self, word: str, excluded: Collection[int]) -> bool:
        # The body lines that hold the word: two make it the article's; with one, the
        # word must be written capitalised inside a sentence there (a line that writes
        # it so holds it among its content words: no other line need be read).
        segments = self._segments
        lines = (
            i for i in self._places_of(word) if i not in excluded and segments[i].label is BODY
        )
        body = list(islice(lines, 2))
        if len(body) == 2:
            return True
        return len(body) == 1 and word in self._capitalised(body[0])

    def capitalises_nouns(self) -> bool:
        """Whether the prose writes `_NOUN_CAPITALS` of the words inside its sentences
        capitalised, as German does its nouns (tune bodies: German from 0.21, median 0.42;
        English median 0.11, French 0.07): there, a short word in lower case is no name
        and no noun, so no topic word. Read from the body lines of prose as they stand
        when asked (`SpecificWords` asks once)."""
        segments = self._segments
        inside = capitalised = 0
        for index in self._prose_lines():
            if segments[index].label is BODY:
                counts = self._inside.get(index)
                if counts is None:
                    counts = self._read_line(index)
                inside += counts[0]
                capitalised += counts[1]
                if inside >= _NOUN_READ:
                    break
        return inside >= _NOUN_SAMPLE and capitalised >= _NOUN_CAPITALS * inside

    def named(self, short: frozenset[str], excluded: Collection[int]) -> Callable[[str], bool]:
        """Whether a word of `short` is written capitalised inside a sentence in a body
        line of prose (a name, a German noun), the lines at `excluded` left out: stricter
        than `own`, which takes a word in lower case from two paragraphs too."""
        self._prose_lines()
        self._index(short)
        segments = self._segments

        def named(word: str) -> bool:
            return word in short and any(
                i not in excluded and segments[i].label is BODY and word in self._capitalised(i)
                for i in self._places_of(word)
            )

        return named

    def _taught_by_cjk_line(
        self, word: str, short: frozenset[str], excluded: Collection[int]
    ) -> bool:
        """Whether a CJK-heavy body line of prose writes the word capitalised inside a
        sentence and is read for it: reading the lines one after the other, a line is
        read for such words when one of its character pairs asked about is not yet the
        article's, in no body line of prose before it (with it, one is in two)."""
        segments = self._segments
        for line in self._cjk_lines:
            if line in excluded or segments[line].label is not BODY:
                continue
            if word not in self._capitalised(line):
                continue
            pairs = segments[line].content_words & short
            if any(not self._in_a_line_before(pair, line, excluded) for pair in pairs):
                return True
        return False

    def _in_a_line_before(self, word: str, line: int, excluded: Collection[int]) -> bool:
        """Whether a body line of prose before `line` holds `word`."""
        segments = self._segments
        for index in self._places_of(word):  # (in order)
            if index >= line:
                return False
            if index not in excluded and segments[index].label is BODY:
                return True
        return False

    def _prose_lines(self) -> list[int]:
        if self._prose is None:
            segments = self._segments
            self._prose = [i for i, s in enumerate(segments) if s.word_count >= _PROSE_WORDS]
            # (`may_hold_cjk` False: no CJK character, so not CJK-heavy; no call per line)
            self._cjk_lines = [
                i
                for i in self._prose
                if segments[i].may_hold_cjk
                and is_cjk_heavy(segments[i].text)
                and self._capitalised(i)
            ]
        return self._prose

    def _index(self, short: frozenset[str]) -> None:
        """Where each word of `short` not yet indexed occurs among the prose lines."""
        places = self._places
        # CJK words are the article's whatever its prose: only `_taught_by_cjk_line`
        # asks where they occur.
        cjk = bool(self._cjk_lines)
        new = frozenset(
            word for word in short if word not in places and (cjk or not CJK_CHAR.match(word))
        )
        if not new:
            return
        for word in new:
            places[word] = []
        prose = self._prose_lines()
        words = self._prose_words
        if words is None:
            segments = self._segments
            words = self._prose_words = [segments[index].content_words for index in prose]
        # (a 10 MB article's ~34,000 prose lines were a turn of a Python loop each, four
        # times a document, round 40) Each word's first `_FIRST_PLACES` lines only: the
        # questions read a word's places in order and most stop at its first few, and
        # listing them all grew with the lines times the words asked (a 10 MB article
        # asks ~1,600 short words at once, their lines a Python turn each; round 60). A
        # word leaves `left` when it has them, and the lines holding no word left are
        # passed over at C level (`isdisjoint` reads `left` as it shrinks).
        left = set(new)
        capped = self._capped
        for line in compress(range(len(words)), map(not_, map(left.isdisjoint, words))):
            index = prose[line]
            for word in words[line] & left:
                held = places[word]
                held.append(index)
                if len(held) == _FIRST_PLACES:
                    left.discard(word)
                    capped.add(word)
            if not left:
                break

    def _places_of(self, word: str) -> Iterable[int]:
        """The prose lines holding `word` (indexed), in order: those `_index` listed, and
        for a `_capped` word the rest (`_beyond`) once a question reads past them."""
        places = self._places.get(word, ())
        if word in self._capped:
            return chain(places, self._beyond(word))
        return places

    def _beyond(self, word: str) -> Iterator[int]:
        """The prose lines holding a `_capped` word after its first `_FIRST_PLACES`, in
        order: found (one C-level pass over the lines after them) when first read."""
        rest = self._rest.get(word)
        if rest is None:
            prose = self._prose_lines()
            words = self._prose_words or []
            start = bisect_right(prose, self._places[word][-1])
            holding = map(contains, islice(words, start, None), repeat(word))
            rest = self._rest[word] = [prose[line] for line in compress(count(start), holding)]
        yield from rest

    def _capitalised(self, index: int) -> frozenset[str]:
        """The words the line at `index` writes capitalised inside a sentence, folded."""
        found = self._capitals.get(index)
        if found is None:
            words = _INSIDE_SENTENCE.findall(self._segments[index].text)
            found = frozenset(word.casefold() for word in words if word[0].isupper())
            self._capitals[index] = found
        return found

    def _read_line(self, index: int) -> tuple[int, int]:
        """`capitalises_nouns`' counts of the line at `index` (`_inside`), with its
        `_capitals` from the same reading when no rule has asked for them yet: one
        `_INSIDE_SENTENCE` pass a line, however many rules and tests ask."""
        words = _INSIDE_SENTENCE.findall(self._segments[index].text)
        capitals = [word for word in words if word[0].isupper()]
        counts = self._inside[index] = (len(words), len(capitals))
        if index not in self._capitals:
            self._capitals[index] = frozenset(word.casefold() for word in capitals)
        return counts


class SpecificWords:
    """Which of the `asked` words are the article's own rather than its language's: the
    words worth counting as topic evidence when a line is compared with the article.
    Learnt from the document itself (no list of words): a long word, a CJK one, or one
    its prose (`ProseWords`, read when a short word is first asked about) holds in two
    paragraphs or writes capitalised inside a sentence; `named` is the stricter reading
    the teaser boxes' topic tests ask of a box's headlines."""

    def __init__(
        self, prose: ProseWords, asked: Collection[str], excluded: Collection[int] = ()
    ) -> None:
        self._prose = prose
        self._short = frozenset(w for w in asked if len(w) < _SPECIFIC_LETTERS)
        self._excluded = excluded
        self._own: Callable[[str], bool] | None = None
        self._named: Callable[[str], bool] | None = None
        self._nouns: bool | None = None

    def __call__(self, word: str) -> bool:
        if len(word) >= _SPECIFIC_LETTERS or CJK_CHAR.match(word):
            return True
        if self._own is None:
            self._own = self._prose.own(self._short, self._excluded)
        return self._own(word)

    def named(self, word: str) -> bool:
        """Whether the word is the article's by its form: a long word, a CJK one, or,
        in a text that capitalises its nouns (`ProseWords.capitalises_nouns`), a short
        one its prose writes capitalised inside a sentence ("Zverev", "Gefühl"): there a
        short word in lower case ("diese", "müssen") is the language's, however many
        paragraphs hold it. Elsewhere (English "boots", French "monde") as `__call__`."""
        if len(word) >= _SPECIFIC_LETTERS or CJK_CHAR.match(word):
            return True
        if self._nouns is None:
            self._nouns = self._prose.capitalises_nouns()
        if not self._nouns:
            return self(word)
        if self._named is None:
            self._named = self._prose.named(self._short, self._excluded)
        return self._named(word)
