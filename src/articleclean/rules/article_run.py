"""Whole-page dumps: the article's run of prose, and the menus, sidebars and footers around it.

A page dump has the article as one dense run of prose, with navigation,
teaser lists and footers around it. The run is found as the stretch of
segments with the highest score, prose counting for its length and every
other line against it (a maximum-sum subarray, so one linear pass).

The page's <title>, which a dump starts with, anchors it: a rival run that
shares clearly more of the title's words wins over a longer run of other
prose, and what stands between the page headline and the run is the
article's start. Lines that are not prose in the run's last, thin stretch
(teaser titles, tag and link lines, author boxes) go with the chrome.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from ..article import Reason
from ..document import (
    BODY,
    BODY_OR_HEADING,
    CAPTION,
    REMOVED,
    TITLE,
    Segment,
    content_words,
    overlap,
)
from ..lexicon import BULLET_MARKS, ENTRY_TIME, facts_line
from ..phrases import word_list
from .base import Claimed, structures
from .boilerplate import (
    LIST_BLOCK_ROWS,
    LIST_ROW_WORDS,
    CitedNotes,
    announces_list,
    article_table_rows,
    boilerplate_notice,
    footer_links,
    is_list_row,
    list_or_table_row,
    press_contact_block,
    press_contact_labels,
)
from .phrasebook import PhraseBook
from .promos import labels_comments, promo_prompt, promo_shape
from .teaser_headings import teaser_blurb, teaser_heading, teaser_section_label

# Weights of the maximum-sum run: prose counts for its length in characters.
# Thresholds without a note were set on whole-page dumps of the whole webeval
# corpus before it was split; those added for issue 14 were chosen on its tune
# part (bench/labelled_dumps.py, page and article dumps; figures in the commits).
_PROSE_WORDS = 10
"""A line of this many words ending like a sentence is prose: it weighs its length. The
same count as `boilerplate.PROSE_LINE_WORDS`, kept apart as the run's weight (round 64,
tune part: 12 here lost 17 body lines of the labelled page dumps on 5 sites and 3 `with`
lines of the whole-page dumps)."""
_LONG_WORDS = 20
"""... and so is a line this long without a full stop, when it is full of function words."""
_SHORT_WORDS = 4
"""A line of at most this many words is short: a menu item, a label, a stamp."""
_SHORT_LINE_COST = 40.0
"""What a short line costs the run, plus `_SHORT_LINE_COST_PER_CHAR` a character."""
_SHORT_LINE_COST_PER_CHAR = 0.5
_MEDIUM_LINE_COST = 25.0
"""What a line of 5-9 words without a full stop costs the run (a teaser title, a link)."""
_SHORT_SENTENCE_SHARE = 0.5
"""A sentence of 5-9 words counts for this share of its length (a recipe step, a point).
Tune part: 0.5 and 1.0 gave page-dump recall 0.736 and 0.737 against 0.714 without; 0.5
kept precision (0.455 against 0.452)."""
# After the run: how the article's own lists and tables are told from the page's.
_CONTINUATION_MISSES = 2
"""This many lines in a row that do not go on with the article end it (tune part: a list
of unknown names longer than this needs prose after it, `_CONTINUATION_REACH`)."""
_CONTINUATION_OVERLAP = 0.5
"""A line sharing this share of its words with the run goes on with it."""
_CONTINUATION_REACH = 12
"""Prose this many lines past the run, before any furniture, may still be the article ..."""
_PROSE_CONTINUATION_OVERLAP = 0.1
"""... when this share of its words are the run's (a next paragraph shares fewer than a list;
tune part: 0.2 and 0.1 gave the same recall, 0.1 one document fewer losing >10 %)."""
_BOX_HEADING_WORDS = (2, 8)
"""A box's heading right under the run ("Auch auf gofeminin.de", "Weiterführende Links",
"Bundesliga - Hintergrund") has this many words (`_box_heading`): one word is as often the
article's own section label ("Zusammenfassung" over its summary points)."""
_TABLE_ROW_WORDS_AFTER_RUN = 12
"""A row of a table right after the run (`article_table_rows`, asked by `_continuation`) has
at most this many words: a labelled row of a meal plan or a spec sheet ("Lunch: Lentil and
feta salad with a boiled egg") is longer than the cell `dump_kind` asks about."""
_LIST_INTRO_ITEMS = 40
"""At most this many short lines after it are its items (tune part of the labelled page
dumps: 30 and 60 gave the same figures; paragraphs lost 25.0% -> 24.6%)."""
# A short line with a date or a clock time in it is a time stamp, not text.
_STAMP_WORDS = 8
# A year of this century or the last, in ASCII digits or in the Bengali or Devanagari digits
# the papers of Bangladesh, West Bengal, Nepal and Maharashtra print their stamps in
# ("প্রকাশ: ০৫ মার্চ ২০২৫", Nepali "२०८१ फागुन २१": its Bikram Sambat years are 20xx too).
# `\d` reads those digits, but a year spelt "19" or "20" in ASCII alone did not.
_YEAR = r"(?:19|20|১৯|২০|१९|२०)\d{2}"
_STAMP = re.compile(rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}:\d{{2}}|{_YEAR})\b")
# A name with its qualifier in brackets after it ("Brait (audiojungle.net)", "Paris
# (France)", "Änderungsrate (in Prozent)"): a list's item, though ")" ends it as a sentence
# ends; a line in brackets from its start ("(No ratings yet)") is an aside, not an item.
_QUALIFIED_NAME = re.compile(r"[^(]+\([^()]+\)\s*$")
# Lines that mark the edge of an article: the article rarely goes on across them.
_EDGE_COST = 400.0
# An article dump has at most a few short lines around its text (a title,
# a byline, a closing credit, a short list); a page has menus. A side of the
# article with fewer lines that are not prose than this is left as it is.
_MIN_CHROME_SEGMENTS = 5
# ... and so is a side where most lines are prose (the article split by an ad line).
_CHROME_SHARE = 0.5
_PAGE_HEADLINE_WORDS = (3, 30)
_HEADLINE_ABOVE_RUN = 2
"""The page's headline (a line of `_PAGE_HEADLINE_WORDS` not ending like a sentence) is one of
the last this many lines above the run (`_headline_above`; closed lines and stamps are
passed over but count)."""
_LEDE_SUBHEADINGS = 2
"""Short lines between the headline and the run, each between two prose lines, that make
them the subheadings of the article's start (`_lede_subheadings`): a sectioned start
(features, steps, a schedule) has a series of them; one alone is as often a page's
control ("Name (required)", "Need to know") between a lead and the text (tune part,
labelled page dumps: with two, 41 body lines kept on 4 sites, no junk line, 71 other lines,
64 of them a wiki's schedule rows and 7 a news site's controls; with one, 45 body lines for
8 junk lines on 8 sites; whole-page dumps unchanged either way). One alone is spared
later all the same when both lines around it stay (`_alone_between_kept`, round 24:
36 body lines for 38 junk lines on the same dumps)."""
# Prose outside the run that shares this much vocabulary with it stays.
_STRAY_PROSE_WORDS = 15
_STRAY_OVERLAP = 0.5
_STRAY_AFTER_EDGES = 2
"""... unless this many groups of page furniture stand between it and the run's end: the
"Reply" under each comment, the prompts between the boxes below an article (tune part:
labelled page dumps 133 lines not of the body removed, most of them comments, for 4 body
lines, one a comment and one a teaser's blurb labelled body; whole-page dumps 2 fewer
`without` segments kept, no `with` segment lost)."""
_BOX_LINE = (BODY, CAPTION)
"""What a box's line is when `outside_article` runs: open, or a headline read as a caption."""
_SET_IN_BOX_HEADLINES = (2, 6)
"""A box of other stories set into the article holds this many headlines (tune part: one
box, a news site's four headlines over the article's last paragraph; labelled page dumps
1 body line back, no other line changed)."""
_PROSE_FUNCTION_SHARE = 0.15
_SECOND_RUN_MASS = 0.1
_SECOND_RUN_SHARE = 0.2
"""A second run of prose below the run, before any edge line, that weighs this share of
the run's prose and whose words are the run's by this share goes on with the article
(`_second_run`)."""
_PART_PROSE_LINES = 2
"""Prose lines a run above the run needs to be a part of the article (`_runs_above`): one
line over a shop's sidebar is an intro cut off, kept as stray prose when on topic, and the
sidebar the page's (tune part, labelled page dumps: with one, 26 more body lines kept on 3
sites, a recipe's ingredients and a shop's product data, for 6 junk lines, a recipe's
"Ingredients" and "Steps" labels and the shop's cart buttons)."""
_SHORT_LINES_ON_TOPIC = 1 / 3
"""Share of the short lines between two runs of the article's prose that use a word of its
run, for them to be the article's own list (`_short_lines_between`)."""
_SHORT_RUN_LINES = 4
"""A run of at most this many open lines is the short prose over the page's own list, table
or programme, which goes on below it (`_below_short_run`; tune part: 2, 6 and 8 gave 10 : 4,
65 : 10 and 69 : 26 body : junk lines kept back, 4 the best whole-page F1)."""
# The run's last stretch that holds this share of its prose is its thin end:
# teaser titles, author boxes and link lines sit there between closing lines.
_THIN_TAIL = 0.15
# A box of other stories that closes the run (`_end_before_teaser_box`): at least this many
# blurbs, each of at most this many words, together at most this share of the run's prose
# (tune part: whole-page dumps 3 fewer `without` segments kept, no `with` segment lost;
# labelled page dumps no body line lost).
_BOX_MIN_STORIES = 2
_BOX_BLURB_WORDS = 60
_BOX_PROSE_SHARE = 0.3
_BOX_HEADLINE_WORDS = 12
"""A line of at most this many words right over a longer prose line is a box's headline
though it ends like a sentence (`_headline_over_blurb`). Tune part: 89 % of the pages'
titles have at most 12 words; 10 catches one site's box of the two on the whole-page dumps,
12 to 20 both, 30 reads an article's paragraphs of 20 and 26 words under a box set into it
as headlines over its longer paragraphs (labelled page dumps: 6 body lines lost)."""
# A comment thread (`_end_before_comments`): this many stamp lines over prose in a row, at
# most `_COMMENT_SPAN` lines apart, after article prose that outweighs each comment
# `_ARTICLE_OVER_COMMENT` times.
_THREAD_HEADERS = 3
_COMMENT_SPAN = 15
_ARTICLE_OVER_COMMENT = 3.0
_HEADER_PROSE_WITHIN = 2
"""A stamp line heads a comment when one of the next this many open lines is prose …"""
_HEADER_LOOK_AHEAD = 3
"""… among the next this many lines (what stands between is removed or moved)."""
_SECTION_PROSE = 2
"""A short line in the thin end followed by this many prose lines in a row opens the
article's last section ("Conclusion", "What happens next"): a teaser title has one blurb
under it (tune part of the labelled page dumps: paragraphs lost 20.2% -> 19.7%, documents
losing more than a tenth 215 -> 205; whole-page dumps F1 unchanged at 0.872; with 1 prose
line, 19.9% lost but whole-page F1 0.870)."""
_PROSE_ABOVE_HEADING = 2
"""Prose lines right above a line with a date in the thin end that make it the article's
subheading (`_subheading`), with a long enough paragraph right below it."""
_SECTION_PARAGRAPH_WORDS = 40
"""Words the paragraph right below such a subheading needs (`_subheading`)."""
# Runs that may stand for the article instead of the densest one: the densest
# runs on either side of it, two levels deep, with at least this share of its
# weight; one wins when it has this much larger a share of the title's words.
_RIVAL_DEPTH = 2
_RIVAL_MASS = 0.3
_TITLE_MARGIN = 0.3
_TITLE_MIN_WORDS = 2
_RIVAL_PROSE_LINES = 2
"""Prose lines a rival run needs to win over the densest run by `_TITLE_MARGIN` ..."""
_LINE_TITLE_MARGIN = 0.7
"""... a rival of fewer (one line of prose) wins only by this margin: most of the title's
words more than the densest run (`_HEADLINE_TITLE_SHARE`'s "most"). One line that names the
page is a widget's or a pitch's sentence ("Rate <the recipe's name>", "We keep you posted on
<the download>"), the site's tagline or a lede cut off by a share bar, as often as it is the
article: on the tune part every one-line rival that won by less was wrong (whole-page
dumps: a recipe's rating line, a download page's newsletter line, a blog's tagline, a
magazine's lede over its byline and share bar), and the one that won by more was right (a
drug's data sheet, its densest run the site's self-description in the footer). Tune part,
every line against round 45's main: whole-page dumps 6 `with` segments back on 3 sites, no
`without` kept; labelled page dumps 9 body lines back on 2 sites for 1 junk line kept (1
out) and 5 other lines; `bench.loss_audit`'s stress 4 body lines back, 4 junk lines out;
built as page 11 body lines back on 3 sites, 5 lost on 2 (articles split by injected
noise, one part or the other a one-line rival), 4 junk lines kept; every other source
unchanged."""
_HEADLINE_LINES_ABOVE = 3
# A line above the run is the page's headline when most of its words are the title's,
# and rather one that holds this share of the title's words (the rest is the site's name).
_HEADLINE_TITLE_SHARE = 0.7
_HEADLINE_COVERS_TITLE = 0.5
# The commonest function words of the languages we see most: prose is full
# of them, menus and tag clouds have almost none (jusText's stop-word signal).
_FUNCTION_WORDS = frozenset(
    """
    the a an and or of to in on at for with by from is are was were be been it that this as
    not but his her their its our we you they he she i will has have had
    der die das und oder ein eine einen dem den des zu im in am an auf mit von für ist sind
    war wurde nicht auch sich es er sie wir ich dass als bei nach aus um wie noch
    le la les un une des du de et ou à au aux en dans pour par sur avec est sont pas que qui il
    el los las y o del al con por para es son no que se su lo como
    il lo gli di da e che non per con una sono
    o os as um uma do da dos das em no na com não que se
    het een en van de in op te is zijn niet met voor dat
    i w z na do nie się to jest że
    """.split()
)


def mostly_title_words(words: frozenset[str], title_words: frozenset[str]) -> bool:
    """Whether a line of these words is the page's headline by its words: two or more,
    most of them the title's (what `dump_kind` and `outside_article` both ask)."""
    return len(words) >= _TITLE_MIN_WORDS and len(
        words & title_words
    ) >= _HEADLINE_TITLE_SHARE * len(words)


def function_word_share(segment: Segment) -> float:
    words = segment.text.casefold().split()
    if not words:
        return 0.0
    return sum(1 for word in words if word.strip(".,;:!?\"'()“”„«»") in _FUNCTION_WORDS) / len(
        words
    )


def _weight(segment: Segment, at_edge: bool) -> float:
    if at_edge:
        return -_EDGE_COST
    if segment.label is not BODY:  # (not is_open: asked of every line)
        return 0.0
    words = segment.word_count
    if words >= _PROSE_WORDS and segment.ends_like_sentence:
        return float(len(segment.text))
    if words >= _LONG_WORDS and function_word_share(segment) >= _PROSE_FUNCTION_SHARE:
        return float(len(segment.text))  # prose without a full stop; tag clouds have none
    if words > _SHORT_WORDS and segment.ends_like_sentence and not _is_stamp(segment, words):
        # A short sentence (a recipe's step, a list of points) is text; menus have no full stops.
        return len(segment.text) * _SHORT_SENTENCE_SHARE
    if words > _SHORT_WORDS and not _is_stamp(segment, words):
        return -_MEDIUM_LINE_COST
    return -(_SHORT_LINE_COST + len(segment.text) * _SHORT_LINE_COST_PER_CHAR)


def _free_list_rows(weights: list[float], rows: set[int]) -> None:
    """Set to 0 the cost of `rows`: the rows of each list block and of each block of spec
    rows (`_list_and_spec_rows`; an edge keeps its cost)."""
    for row in rows:
        if -_EDGE_COST < weights[row] < 0:
            weights[row] = 0.0


def _list_and_spec_rows(segments: list[Segment]) -> tuple[set[int], set[int]]:
    """`list_block_rows(segments)` and `list_block_rows(segments, _is_spec_row)` in one
    walk over the dump: the rule asked for both, then for the spec rows again at its thin
    end (`_spec_table`), three walks over every line (round 51, speed3)."""
    list_rows: set[int] = set()
    spec_rows: set[int] = set()
    lists: list[int] = []
    specs: list[int] = []
    for index, segment in enumerate(segments):
        if segment.label is not BODY:  # (a line taken out between rows breaks no block)
            continue
        # `may_be_list_row`, written out: both tests ask it first and most lines end
        # here, where they close both blocks, and only a block that is open (no new list
        # a line; round 56, speed6: the walk's instructions 19.5 -> 14.8 M per 100 dumps)
        if not (segment.may_hold_digit or segment.text[:1] in BULLET_MARKS):
            if lists:
                if len(lists) >= LIST_BLOCK_ROWS:
                    list_rows.update(lists)
                lists = []
            if specs:
                if len(specs) >= LIST_BLOCK_ROWS:
                    spec_rows.update(specs)
                specs = []
            continue
        # Each line asks the one test its first character allows: a list row opens with
        # a digit or a bullet (`LIST_OR_TABLE_ROW`), a spec row with a letter
        # (`_SPEC_ROW`), so the other test is false (two thirds of these lines hold a
        # digit further on, and were asked both)
        lead = segment.text[:1]
        opens_row = lead in BULLET_MARKS or lead.isdecimal()  # (`\d`: any script's digit)
        if opens_row and is_list_row(segment):
            lists.append(index)
        else:
            if len(lists) >= LIST_BLOCK_ROWS:
                list_rows.update(lists)
            lists = []
        if not opens_row and _is_spec_row(segment):
            specs.append(index)
        else:
            if len(specs) >= LIST_BLOCK_ROWS:
                spec_rows.update(specs)
            specs = []
    if len(lists) >= LIST_BLOCK_ROWS:
        list_rows.update(lists)
    if len(specs) >= LIST_BLOCK_ROWS:
        spec_rows.update(specs)
    return list_rows, spec_rows


# "Aku 5200 mAh", "Kaal: 3,7 kg", "Cena 2 490 Kč", "Hind 379 eurot": a label of a few
# words, then a figure and a unit's word, ending the line. A product test's spec table
# prints three or more in a row (a table's tab between label and value is a space by
# then). Not a year ("November 2018": a blog's archive by month), a bare number ("FIFA
# 22": a menu of a series' titles) nor a version ("macOS Sierra 10.12.x": a list of what
# the software runs on).
_SPEC_ROW = re.compile(
    r"^[^\W\d_][^\d:]{0,40}?:?\s(?!(?:19|20)\d\d\b)\d+(?:[\s.]\d{3})*(?:[.,]\d+)?"
    r"(?:\s?×\s?\d+(?:[.,]\d+)?)*\s?[^\W\d_]{1,6}\.?$"
)
_SPEC_ROW_WORDS = 8


def _is_spec_row(segment: Segment) -> bool:
    """An open line that is one row of a spec table (`_SPEC_ROW`)."""
    return (
        segment.label is BODY
        and segment.word_count <= _SPEC_ROW_WORDS
        and _SPEC_ROW.match(segment.text) is not None
    )


def _is_stamp(segment: Segment, words: int) -> bool:
    """A date, time or reading-time line ("Tuesday, 4 June 2019, 15:54"): page furniture."""
    # (every form of `_STAMP` holds a digit: most lines have none, and the segment's
    # digit test costs less than `_STAMP`'s alternatives tried at every word's edge)
    return (
        words <= _STAMP_WORDS and segment.may_hold_digit and _STAMP.search(segment.text) is not None
    )


def _prose_mass(weights: list[float], first: int, last: int) -> float:
    """The prose lines `first` to `last` (both included) hold: their positive weights."""
    return sum(w for w in weights[first : last + 1] if w > 0)


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """First and last index of the maximum-sum run of weights (Kadane), or None."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, index)
    return best_span


class _Printed:
    """How many times the page prints each line (by `Segment.key`): a line printed twice
    is a menu's or a box's, not the article's own short lines, list or rows
    (`_short_lines_between`, `_below_short_run`, `_rows_under_kept`). Counted once per
    document, when first asked: most pages never ask."""

    __slots__ = ("_counts", "_segments")

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._counts: Counter[str] | None = None

    def __getitem__(self, key: str) -> int:
        if self._counts is None:
            self._counts = Counter(segment.key for segment in self._segments)
        return self._counts[key]


@structures(
    Reason.BOILERPLATE,
    reads=(
        (
            teaser_heading,
            teaser_section_label,
            promo_prompt,
            promo_shape,
            boilerplate_notice,
            footer_links,
        ),
        (teaser_heading, teaser_section_label),
        teaser_blurb,
    ),
    text_dumps_only=True,  # an extractor has already cut the page down to its article
    derives=(press_contact_labels,),  # (the texts alone: `menu_run` asks for them too)
)
def outside_article(
    segments: list[Segment],
    context: PhraseBook,
    edges: Claimed,
    teaser_headings: Claimed,
    box_headlines: Claimed,
    contact_labels: list[int],
) -> Iterator[Segment]:
    """Open segments before or after the article's densest run of prose, on page dumps.

    `edges` are the lines that mark the edge of an article (teaser headings,
    prompts, notices, footer link rows); `teaser_headings` those that open a box of other stories;
    `box_headlines` the headlines `teaser_blurb` took in such a box."""
    at_edge = edges.marks(segments)  # (asked of every line by the helpers below)
    weights = [_weight(s, edge) for s, edge in zip(segments, at_edge, strict=True)]
    list_rows, spec_rows = _list_and_spec_rows(segments)
    _free_list_rows(weights, list_rows | spec_rows)
    span = densest_run(weights)
    if span is None:
        return
    first, last = _about_the_title(segments, weights, span)
    last = _end_before_teaser_box(segments, weights, first, last, teaser_headings, box_headlines)
    thread = _end_before_comments(segments, weights, first, last, at_edge)
    if thread is not None:
        last = thread
    # (the label as `is_open` reads it, without a property call per line)
    before = [i for i in range(first) if segments[i].label is BODY]
    after = [i for i in range(last + 1, len(segments)) if segments[i].label is BODY]
    if len(before) + len(after) < _MIN_CHROME_SEGMENTS:
        return
    chrome_sides = [side for side in (before, after) if _chrome_dominated(side, weights)]
    if not chrome_sides:
        return  # the article itself, split by an ad or a prompt line
    # A comment section's heading ("5 thoughts on “<the headline>”") or its label below the
    # article's prose: nothing from there on is the article's, though the comments share its
    # words and read as prose (tune part: see the README's `outside_article` row).
    comments = _comment_count_heading(segments, first)
    if comments is None:
        comments = _comment_label(segments, weights, first, last)
    article_end = len(segments) if comments is None else comments
    # Prose cut off from the article by a sidebar (an intro above a shop list)
    # is kept when it is about what the article is about.
    # (Only whether a word is the run's is asked, and only of the open lines outside
    # it: the run's words are gathered for those lines' words alone, not all of a
    # big dump's.)
    asked = frozenset().union(*(segments[i].content_words for i in before + after))
    vocabulary: set[str] = set()
    for segment in segments[first : last + 1]:
        if segment.label is BODY:  # (is_open, without a property call per line)
            words = segment.content_words
            if not words.isdisjoint(asked):
                vocabulary.update(words & asked)
    headline = _headline_above(segments, first)
    lede = _lede_below_headline(segments, first, weights)
    # Below a comment thread's start nothing is the article's, on topic as comments are.
    # The article's notes ("[1] …" under prose that cites "[1]") stay, after the run or in
    # its thin end.
    notes = CitedNotes(segments, range(first, last + 1))
    printed = _Printed(segments)
    kept = (
        _continuation(segments, vocabulary, last, at_edge, edges, notes)
        if thread is None
        else set()
    )
    if thread is None:
        # (only lines spared: the run's end, its thin end and what `_continuation` keeps
        # stay as they are; no second run below a comment thread's start, on topic as
        # comments are)
        second = _second_run(segments, weights, vocabulary, first, last, at_edge)
        second = _further_runs(segments, weights, vocabulary, first, last, second, at_edge)
        below = _densest_run_below(segments, weights, vocabulary, span, last, at_edge, printed)
        kept.update(range(last + 1, max(second, below) + 1))
        kept.update(_runs_above(segments, weights, vocabulary, first, last, at_edge, printed))
        kept.update(_below_short_run(segments, vocabulary, first, last, at_edge, printed))
        kept.update(_after_set_in_box(segments, vocabulary, last, teaser_headings))
    if article_end < len(segments):
        kept = {index for index in kept if index < article_end}
    past_edges = _edges_passed(segments, last, at_edge)
    out: list[int] = []
    for side in chrome_sides:
        for index in side:
            segment = segments[index]
            if segment is headline or id(segment) in lede or index in kept:
                continue
            if (
                (thread is None or index < first)
                and index < article_end
                and past_edges.get(index, 0) < _STRAY_AFTER_EDGES
                and segment.word_count >= _STRAY_PROSE_WORDS
                and segment.ends_like_sentence
                and overlap(segment, vocabulary) >= _STRAY_OVERLAP
            ):
                continue
            out.append(index)
    spared = _alone_between_kept(segments, out, at_edge)
    spared |= _announced_below_kept(segments, out)
    spared |= _rows_under_kept(segments, out, spared, last, at_edge, printed)
    # (a press release's media contact under its last paragraph: after the rows test, so
    # that no line under it is spared as written like it)
    if out:  # (most dumps: nothing to spare)
        spared |= press_contact_block(segments, contact_labels)
    for index in out:
        if index not in spared or index >= article_end:
            yield segments[index]
    if article_end < len(segments):
        taken = set(out)
        for index in range(article_end, len(segments)):
            if index not in taken and segments[index].label is BODY:
                yield segments[index]
    yield from _thin_end(segments, weights, first, last, spec_rows, notes)


def _densest_run_below(
    segments: list[Segment],
    weights: list[float],
    vocabulary: set[str],
    span: tuple[int, int],
    last: int,
    at_edge: list[bool],
    printed: _Printed,
) -> int:
    """The densest run's end (`span`) when the run about the page's title, ending at `last`,
    stands above it with only the article's short lines between (`_short_lines_between`):
    the article's intro over an ad marker, its list and its steps, which weigh more than
    the intro but share fewer of the title's words; else -1. The lines up to its end are
    spared as `_second_run`'s are (its topic test fails where the steps name other things
    than the intro: tune part, nothing changed in any source; round 49's audit page dumps
    audit14e-ja-page-recipe-buta and audit14e-vi-page-huong-dan-may-giat). The short lines
    may name what either run names: a recipe's ingredient rows are named by its steps
    below, seldom by the intro above the ad marker (round 54)."""
    if span[0] <= last:
        return -1
    named = set(vocabulary)
    for segment in segments[span[0] : span[1] + 1]:
        if segment.label is BODY:
            named.update(segment.content_words)
    if not _short_lines_between(segments, weights, named, last, span[0], at_edge, printed):
        return -1
    return span[1]


def _short_lines_between(
    segments: list[Segment],
    weights: list[float],
    vocabulary: set[str],
    above: int,
    below: int,
    at_edge: list[bool],
    printed: _Printed,
) -> bool:
    """Whether the lines between two runs of the article's prose (`above` the last line of
    the upper, `below` the first of the lower) are the article's own short lines: no edge
    line (a teaser heading, a prompt, a notice), no line of prose, no line printed twice on
    the page (a menu's or a box's), at most `_CONTINUATION_REACH` open lines (a list's
    heading and rows, a caption, an ad marker another rule took), `_SHORT_LINES_ON_TOPIC`
    of which use a word of the article's run (`vocabulary`): a list of what the text
    names ("500 ml white vinegar" over steps that pour the vinegar), not a shop's or a
    site's menu ("Deals", "Gift cards"), which names none of it."""
    if any(at_edge[above + 1 : below]):
        return False
    between = [i for i in range(above + 1, below) if segments[i].label is BODY]
    if len(between) > _CONTINUATION_REACH or any(weights[i] > 0 for i in between):
        return False
    on_topic = sum(1 for i in between if not segments[i].content_words.isdisjoint(vocabulary))
    if on_topic < _SHORT_LINES_ON_TOPIC * len(between):
        return False
    return all(printed[segments[i].key] == 1 for i in between)


def _second_run(
    segments: list[Segment],
    weights: list[float],
    vocabulary: set[str],
    first: int,
    last: int,
    at_edge: list[bool],
) -> int:
    """Where the run ends when the article's prose goes on below it after a stretch of
    short lines (a list, a table, a quoted form): the end of the densest run of prose
    between the run's end and the first edge line below it, when it weighs
    `_SECOND_RUN_MASS` of the run's prose and `_SECOND_RUN_SHARE` of its content words
    are the run's (in `vocabulary`: the run's words that lines outside it use, which
    the second run's are); otherwise `last`. `_continuation` walks only `_CONTINUATION_REACH` lines
    for one such line; a run of prose weighs more than a line, so it is looked for further.

    The short lines between cost more than the second run's prose weighs, so the densest
    run stops above them; another story or a sidebar's text below an article stands past
    an edge (a teaser heading, a prompt, a notice) or about another topic (tune part,
    labelled page dumps: 74 body lines back on 4 sites, an about page's sections, a
    product's notes, a forum thread's posts, for 53 other lines and no junk line kept, no
    line lost; whole-page dumps 1 `with` segment back, no `without` kept; a tenth of the
    words took 35 junk lines on 5 sites for 93 body lines; with three tenths, a mass of a
    twentieth, a tenth or a fifth kept the same lines). The lines up to its end are spared;
    the run's end stays where it was (moving it moved its thin end too)."""
    end = next((i for i in range(last + 1, len(segments)) if at_edge[i]), len(segments))
    span = _run_on_topic(
        segments, weights, vocabulary, _prose_mass(weights, first, last), last + 1, end
    )
    return last if span is None else span[1]


def _run_on_topic(
    segments: list[Segment],
    weights: list[float],
    vocabulary: set[str],
    mass: float,
    lo: int,
    hi: int,
) -> tuple[int, int] | None:
    """First and last index of the densest run of prose among the lines `lo` to `hi` (`hi`
    left out) when it weighs `_SECOND_RUN_MASS` of `mass` (the article's run's prose) and
    `_SECOND_RUN_SHARE` of its content words are in `vocabulary` (the run's words that lines
    outside it use); else None."""
    span = densest_run(weights[lo:hi])
    if span is None:
        return None
    start, end = span[0] + lo, span[1] + lo
    if _prose_mass(weights, start, end) < _SECOND_RUN_MASS * mass:
        return None
    words: set[str] = set()
    for segment in segments[start : end + 1]:
        if segment.label is BODY:
            words.update(segment.content_words)
    if not words or len(words & vocabulary) < _SECOND_RUN_SHARE * len(words):
        return None
    return start, end


def _further_runs(
    segments: list[Segment],
    weights: list[float],
    vocabulary: set[str],
    first: int,
    last: int,
    second: int,
    at_edge: list[bool],
) -> int:
    """Where the article ends when its prose goes on in more runs below its second run
    (`second` its end, `last` when `_second_run` found none): the end of the last of the
    runs found one under the other as `_second_run` finds the second, each weighed against
    the article's run and about its topic, all above the first edge line under the run.

    A forum thread's or an interview's later posts and answers stand apart by their
    authors' lines, dates and counters, each post a run of its own: the second run stops at
    the first post's end, and the next posts were cut with the page's footer. Tune part,
    labelled page dumps: 18 body lines back on 1 site (a forum's later posts), 96 other
    lines (the posts' authors, ranks and dates), no junk line; whole-page dumps unchanged."""
    if second <= last:
        return second
    mass = _prose_mass(weights, first, last)
    end = next((i for i in range(second + 1, len(segments)) if at_edge[i]), len(segments))
    while (span := _run_on_topic(segments, weights, vocabulary, mass, second + 1, end)) is not None:
        second = span[1]
    return second


def _runs_above(
    segments: list[Segment],
    weights: list[float],
    vocabulary: set[str],
    first: int,
    last: int,
    at_edge: list[bool],
    printed: _Printed,
) -> range:
    """The lines above the run (`first` to `last`) down from the start of the runs of prose
    above it that go on with the article: found one over the other as `_second_run` finds a
    run below, each between the last edge line above the run and the run found before,
    weighing `_SECOND_RUN_MASS` of the run's prose, with `_SECOND_RUN_SHARE` of its words
    the run's; none when the first run above is not such a run.

    The densest run is the article's longest stretch of prose; its first part stands above
    a table, a list or a form between two parts of the text (a list of members of
    parliament with their addresses between a report and its comment, a docs page's table
    of platforms, a forum's posts and their authors' lines above its longest post), which
    costs more than the prose above it weighs. Stray prose about
    the topic stays as it is (`_STRAY_OVERLAP`), but not the lines between, and the short
    lines of the article's start between the headline and the run do not stay unless they
    read as text (`_lede_below_headline`). A box of other stories above the article stands
    past an edge (a teaser heading, a prompt, a notice) or about another topic, and a part
    of the article is `_PART_PROSE_LINES` lines of prose or more, or one line of prose over
    only the article's own short lines (`_short_lines_between`: an intro over the list of
    what to have ready, an ad marker and a caption above the steps). Tune part, labelled page
    dumps: 11 body lines back on 2 sites (a docs page's platform table and its notes, a
    forum's posts above the longest), no junk line, 1,108 other lines (1,081 of them one
    report's table of 360 members of parliament and their addresses, which its text
    announces); whole-page dumps 1 `with` segment back, no `without` segment kept."""
    edge = next((i for i in range(first - 1, -1, -1) if at_edge[i]), -1)
    mass = _prose_mass(weights, first, last)
    start = first
    while (span := _run_on_topic(segments, weights, vocabulary, mass, edge + 1, start)) is not None:
        prose = sum(1 for weight in weights[span[0] : span[1] + 1] if weight > 0)
        if prose < _PART_PROSE_LINES and not _short_lines_between(
            segments, weights, vocabulary, span[1], start, at_edge, printed
        ):
            break  # one line of prose over a sidebar: stray prose at most
        start = span[0]
    return range(start, first)


def _below_short_run(
    segments: list[Segment],
    vocabulary: set[str],
    first: int,
    last: int,
    at_edge: list[bool],
    printed: _Printed,
) -> range:
    """The lines under a run of at most `_SHORT_RUN_LINES` open lines that go on with it:
    every line up to the first edge line, the first line another rule removed (a share bar,
    an ad marker, a notice), the first line printed twice on the page (a menu's item, a box's
    headline printed again), the first date stamp or the first tags or category line; none
    when a sentence about another topic (a tenth of its words the run's, as `_continuation`
    asks) comes first: the short lines above another story's prose are its header or box;
    none when nothing ends them before the dump's end (headlines to the last line).

    A page whose densest run is a few lines of prose is a letter over its signatories, a post
    over its show notes, directions or a link list, an intro over a programme: the page's
    own content is the list, which shares no words with the prose (so `_continuation` gives
    up after two of its lines) and is too short to be a second run. The page's furniture
    below it comes after a removed line, a repeated one or a stamp. Tune part, labelled page
    dumps: 56 body lines kept back on 7 sites (39 of them a letter's signatories) for 5 junk
    lines on 3 sites (a blog's other posts under a one-line intro, a tags line glued to its
    label) and 30 other lines, none lost; whole-page dumps 2 `with` segments back, 1
    `without` kept (a post's "This entry was posted in …"). Without the stop at a removed
    line: 57 body : 32 junk (a share bar's save prompts, an album's track list under an ad
    marker); up to the first edge line under every run: 439 : 2,532 (one school's curriculum,
    502 : 19, left out)."""
    if sum(1 for s in segments[first : last + 1] if s.label is BODY) > _SHORT_RUN_LINES:
        return range(0)
    end = last
    for index in range(last + 1, len(segments)):
        segment = segments[index]
        if at_edge[index] or segment.label is REMOVED:
            break
        if segment.label is not BODY:
            continue  # (a heading, a caption: the article's own)
        if (
            printed[segment.key] > 1
            or _is_stamp(segment, segment.word_count)
            or facts_line(segment.text, segment.word_count)
        ):
            break
        if (
            segment.word_count >= _PROSE_WORDS
            and segment.ends_like_sentence
            and overlap(segment, vocabulary) < _PROSE_CONTINUATION_OVERLAP
        ):
            return range(0)  # another story's prose: the lines above it are its header
        end = index
    else:
        return range(0)  # nothing marks where the list ends and the page's lines begin
    return range(last + 1, end + 1)


def _after_set_in_box(
    segments: list[Segment], vocabulary: set[str], last: int, teaser_headings: Claimed
) -> range:
    """The article's last paragraphs under a box of other stories set into it: right under
    the run (nothing open between), a teaser heading over `_SET_IN_BOX_HEADLINES` short lines
    that end no sentence (the box's headlines), then prose about the run's topic (a
    sentence of `_STRAY_PROSE_WORDS` words or more, a tenth of them the run's: a
    `_next_paragraph`, as `_continuation` asks of one after a list) up to the first line
    that is none, when that line is the page's furniture (taken out by another rule) or
    the dump ends there.

    A site sets its related box in before the article's closing paragraphs; a dump that
    prints the box's headlines one a line shows the run ending at the heading."""
    start = next(
        (i for i in range(last + 1, len(segments)) if segments[i] in teaser_headings), None
    )
    if start is None or any(segments[i].label is BODY for i in range(last + 1, start)):
        return range(0)
    # The box is its headlines alone (one may read as a picture's caption): a line taken out
    # among them (a date, a second heading, a blurb another rule took) makes it a list of
    # stories, not a box set in.
    index = start + 1
    while index < len(segments) and segments[index].label in _BOX_LINE:
        segment = segments[index]
        if segment.word_count >= _STRAY_PROSE_WORDS or segment.ends_like_sentence:
            break
        index += 1
    headlines = index - start - 1
    if not _SET_IN_BOX_HEADLINES[0] <= headlines <= _SET_IN_BOX_HEADLINES[1]:
        return range(0)
    end = index
    while end < len(segments) and _next_paragraph(segments[end], vocabulary, _STRAY_PROSE_WORDS):
        end += 1
    # The page's furniture closes the article (a share bar, a notice, another teaser
    # heading): another story's blurb under the box is followed by more of the box.
    if end == index or (end < len(segments) and segments[end].label is BODY):
        return range(0)
    return range(index, end)


def _next_paragraph(segment: Segment, vocabulary: set[str], words: int) -> bool:
    """Whether the line is an open sentence of `words` words or more about the run's
    topic (`_PROSE_CONTINUATION_OVERLAP` of its words the run's): the article's next
    paragraph, after a list (`_continuation`) or a box set into it (`_after_set_in_box`)."""
    return (
        segment.label is BODY
        and segment.word_count >= words
        and segment.ends_like_sentence
        and overlap(segment, vocabulary) >= _PROSE_CONTINUATION_OVERLAP
    )


def _alone_between_kept(
    segments: list[Segment], removed: list[int], at_edge: list[bool]
) -> set[int]:
    """Of the lines outside the run the rule would remove (`removed`), those that stand
    alone between two lines that stay: the line right above and the line right below are
    open and not removed (the page headline, the lede, stray prose about the article).

    Such a line is the article's own short line among its kept start (a subheading
    between the lede's paragraphs, "Supported platforms", a recipe's "Für eine 26er
    Springform."); a menu or a box is lines in a row, none of which stays. An edge line
    and a date or time stamp never (tune part, labelled page dumps: 36 body lines kept
    on 17 sites for 38 junk lines on 13 and 49 other lines; whole-page dumps 5 `with`
    segments back for 1 `without` kept; with stamps 38 : 49, whole-page 5 : 2; blocks of
    up to three lines between kept ones 88 : 194)."""
    out = set(removed)
    end = len(segments) - 1
    spared: set[int] = set()
    for index in removed:
        if not 0 < index < end or at_edge[index] or index - 1 in out or index + 1 in out:
            continue
        if segments[index - 1].label not in BODY_OR_HEADING:
            continue
        if segments[index + 1].label not in BODY_OR_HEADING:
            continue
        segment = segments[index]
        if _is_stamp(segment, segment.word_count) or _stamp_and_labels(segment):
            continue
        spared.add(index)
    return spared


_ANNOUNCED_INTRO_WORDS = 8
"""A line that announces a list under a line that stays (`_announced_below_kept`) has at
most this many words (tune part: without the bound 1 body line more for 5 junk lines, a
browser notice's "… use one of these browsers:" over the browsers' names)."""


def _announced_below_kept(segments: list[Segment], removed: list[int]) -> set[int]:
    """Of the lines the rule would remove (`removed`), a line that announces a list
    (`announces_list`, at most `_ANNOUNCED_INTRO_WORDS` words: "Dies wollen wir erreichen
    durch:") right under a line that stays, and the lines in a row below it that the rule
    would remove too, up to the first line that stays or another rule took and at most
    `_LIST_INTRO_ITEMS`; also the removed lines right under such a line that stays.

    The colon says that what follows is the article's list, whatever its items: aims,
    a table of contents, steps of more words than `_continuation`'s items, which read as
    teaser headlines or menu entries to the run. A box's heading with a known phrase
    ("Read more:") is an edge another rule took, not an open line; a comment's header
    ("Jane Doe says:" over its date stamp) is none. Tune part, labelled page dumps: 34
    body lines back on 3 sites (a society's aims under its statutes, a tutorial's
    contents, a post's stream links) for 10 junk lines (a recipe blog's box under "You may
    also want to check these out:", two footer lines under the aims' list) and 4 other
    lines; whole-page dumps 1 `with` segment back for 1 `without` kept."""
    out = set(removed)
    spared: set[int] = set()
    for start in removed:
        if start - 1 in out or start in spared:
            continue  # (only the first line of each stretch the rule removes is asked)
        # The announcing line is the stretch's first line or the line that stays above it.
        for index in (start - 1, start):
            if index < 1 or index - 1 in out:
                continue
            segment = segments[index]
            if segment.label is not BODY or segments[index - 1].label is not BODY:
                continue
            if segment.word_count > _ANNOUNCED_INTRO_WORDS or not announces_list(segment):
                continue
            if index + 1 in out:
                after = segments[index + 1]
                if _is_stamp(after, after.word_count):
                    continue  # a comment's header ("Jane Doe says:" over its date)
            below = index if index in out else index + 1
            while below in out and below - index <= _LIST_INTRO_ITEMS:
                spared.add(below)
                below += 1
            break
    return spared


_ROW_LABEL = re.compile(r"[^\W\d_][\w-]*(?: [\w-]+)?: ")
"""A labelled row's head: one or two words and a colon ("Ort: Kasberg", "Protokoll: Jane Doe")."""
_ROW_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
_ROW_WORDS = (5, 12)
"""A row that ends no sentence has this many words (a spec sheet's or a programme's line)."""
_ROW_SENTENCE_WORDS = (5, 20)
"""A short sentence row (an answer, a note) has this many words."""


def _row_shape(segment: Segment) -> str | None:
    """The shape of a row of the article's own structure, or None: a labelled row ("Ort:
    Kasberg im Frankenland"), a row of `_ROW_WORDS` words that ends no sentence, or a
    sentence of `_ROW_SENTENCE_WORDS` words; never a line with a link in it, a date or time
    stamp or a tags or category line (the page's facts about the article)."""
    text = segment.text
    words = segment.word_count
    if (
        _ROW_LINK.search(text) is not None
        or _is_stamp(segment, words)
        or _stamp_and_labels(segment)
        or facts_line(text, words)
    ):
        return None
    if _ROW_LABEL.match(text) is not None:
        return "labelled"
    if not text[:1].isupper():
        return None
    if segment.ends_like_sentence:
        low, high = _ROW_SENTENCE_WORDS
        return "sentence" if low <= words <= high else None
    return "row" if _ROW_WORDS[0] <= words <= _ROW_WORDS[1] else None


def _rows_under_kept(
    segments: list[Segment],
    removed: list[int],
    spared: set[int],
    last: int,
    at_edge: list[bool],
    printed: _Printed,
) -> set[int]:
    """Of the lines below the run the rule would remove (`removed`, less those `spared`
    already), each line whose line right above stays (open, not removed) and has its row
    shape (`_row_shape`), down the page one after the other: the article's own rows going
    on past where `_continuation` stopped. A line printed twice on the page, an edge line
    or a line with a link is none.

    `_continuation` ends at an edge line or after two lines that do not go on with the
    article; stray prose on the topic below an edge stays, but not the short sentence
    under it ("The other three were admitted."), and a spec sheet's rows stop at the first
    two that share no words with the prose. The page's lines under the article are another
    shape than the line above them (a headline under a sentence, a label under a row) or
    come after a line another rule took. Tune part, every line against round 42's main:
    labelled page dumps 5 body lines back on 5 sites for 1 junk line ("Mehr Informationen
    zum Thema »Erdgas«"), none lost; `bench.loss_audit`'s stress 1, built as page 6 (2
    sites) and article as page 2 body lines back, nothing else moved in any source;
    whole-page dumps unchanged."""
    out = set(removed) - spared
    kept: set[int] = set()
    for index in sorted(i for i in out if i > last):
        if at_edge[index] or (index - 1 in out and index - 1 not in kept):
            continue
        above = segments[index - 1]
        if above.label is not BODY:
            continue
        shape = _row_shape(segments[index])
        if shape is None or _row_shape(above) != shape:
            continue
        if printed[segments[index].key] > 1:
            continue
        kept.add(index)
    return kept


def _edges_passed(segments: list[Segment], last: int, at_edge: list[bool]) -> dict[int, int]:
    """For each line after the run, how many groups of page furniture (lines in a row)
    stand between it and the run's end; a separator line ("*") is none."""
    passed: dict[int, int] = {}
    count = 0
    in_group = False
    for index in range(last + 1, len(segments)):
        passed[index] = count
        segment = segments[index]
        if at_edge[index] and any(c.isalnum() for c in segment.text):
            count += not in_group
            in_group = True
        else:
            in_group = False
    return passed


def _continuation(
    segments: list[Segment],
    vocabulary: set[str],
    last: int,
    at_edge: list[bool],
    edges: Claimed,
    notes: CitedNotes | None = None,
) -> set[int]:
    """Indexes of the lines right after the run that go on with the article.

    A table, a list of steps or results, ingredients, a Q&A after the prose are
    the article's, not the page's: lines that share the article's words, open
    with a number or a bullet, or read as short sentences continue it. A line of
    page furniture (a teaser heading, a prompt, a notice) ends it, and so do
    `_CONTINUATION_MISSES` lines in a row that do none of that, unless they are rows
    rows of a table by its shape (`article_table_rows`) that opens right under the run.

    The article's notes continue it too: a line that opens with a marker the run's
    prose cites ("[4] http://…" under "… the FSF Europe [4] …"; `CitedNotes`), a
    reference list that shares no words with the prose and reads as no sentence."""
    kept: set[int] = set()
    table: set[int] | None = None
    # Prose further on, before any page furniture, that is about the article's
    # topic: everything up to it is the article (a list of places between two paragraphs).
    for index in range(last + 1, min(len(segments), last + 1 + _CONTINUATION_REACH)):
        segment = segments[index]
        if at_edge[index]:
            break
        if _next_paragraph(segment, vocabulary, _PROSE_WORDS):
            kept.update(range(last + 1, index + 1))
    start = max(kept, default=last)
    pending: list[int] = []
    misses = 0
    # Items announced by a line that ends in a colon ("The universities affected:"):
    # a list of names or codes shares no words with the prose, yet is the article's.
    announced = _LIST_INTRO_ITEMS if announces_list(segments[start]) else 0
    # A sentence announcing the items is the article's own prose; a short "Read also:" is
    # a box's heading (see below, at a miss).
    said = bool(announced) and segments[start].word_count >= _PROSE_WORDS
    # A table by its shape (`article_table_rows`) carries the article on only when it stands
    # right under the run's prose: a box of contacts or charts further down is the page's.
    only_table = start == last
    closing = _closing_line(segments, last) if start == last else -1
    # The walk's first open line when it reads as a box's heading (`_box_heading`); -1 once
    # another line was read.
    heading = -2
    for index in range(start + 1, len(segments)):
        segment = segments[index]
        if at_edge[index]:
            break
        if segment.label is not BODY:
            continue
        opening, heading = heading == -2, max(heading, -1)
        if only_table:
            if segment.word_count > _TABLE_ROW_WORDS_AFTER_RUN:
                only_table = False
            else:
                if table is None:
                    table = article_table_rows(
                        segments, edges, _TABLE_ROW_WORDS_AFTER_RUN, cells=False, after=last
                    )
                only_table = index in table
        if facts_line(segment.text, segment.word_count):
            # The post's tags or category line closes it: what follows is the page's
            # (tune part: labelled page dumps 14 lines not of the body out on 8 sites, no
            # body line; whole-page dumps 2 `without` segments out, no `with` lost; asked
            # in the jump to prose further on too, 13 more out for 3 body lines: a byline
            # and a date line under a forum's or a broadcaster's stamp).
            break
        if announced and _list_item(segment):
            kept.update(pending)
            kept.add(index)
            pending.clear()
            misses = 0
            announced -= 1
            continue
        if (
            _continues(segment, vocabulary)
            or announces_list(segment)
            or index == closing
            or (notes is not None and notes.holds(segment))
        ):
            if pending == [heading] and _on_topic_only(segment, vocabulary):
                # A short heading over lines that only share the article's words: a box
                # of other stories or links on its topic, not the article going on (tune
                # part, round 56: whole-page dumps 8 `without` segments out on 7 sites, no
                # `with` lost; labelled page dumps 33 lines not of the body out on 12
                # sites, 6 body-labelled ones on 3: a box's teaser headlines, a site's
                # links to its services, a header's credit; asked of any line of the walk,
                # a shop's and a report's own lists went too).
                break
            kept.update(pending)
            kept.add(index)
            pending.clear()
            misses = 0
            announced = _LIST_INTRO_ITEMS if announces_list(segment) else 0
            said = bool(announced) and segment.word_count >= _PROSE_WORDS
            continue
        if only_table:
            kept.update(pending)
            kept.add(index)
            pending.clear()
            misses = 0
            announced = 0
            continue
        if not (said and announced == _LIST_INTRO_ITEMS):
            # One line right under a sentence that announces a table (the table's title,
            # "Sales of the main products") does not end it.
            announced = 0
        misses += 1
        if misses >= _CONTINUATION_MISSES:
            break
        if opening and index != closing and _box_heading(segment):
            heading = index
        pending.append(index)
    return kept


def _box_heading(segment: Segment) -> bool:
    """A line that reads as a box's heading: a few words (`_BOX_HEADING_WORDS`), no sentence,
    no colon (a line ending in one announces the article's own list or sources,
    `announces_list`: "Das Konzeptpapier finden Sie hier:", "Zusatzinformationen:")."""
    low, high = _BOX_HEADING_WORDS
    return (
        low <= segment.word_count <= high
        and not segment.ends_like_sentence
        and not segment.text.rstrip().endswith((":", "："))
    )


def _on_topic_only(segment: Segment, vocabulary: set[str]) -> bool:
    """Whether `_continues` keeps the line for its words alone: no sentence, no list row,
    half its words the run's (a headline of another story on the article's topic)."""
    return (
        not (segment.word_count > _SHORT_WORDS and segment.ends_like_sentence)
        and not (list_or_table_row(segment) and segment.word_count <= LIST_ROW_WORDS)
        and not announces_list(segment)
        and overlap(segment, vocabulary) >= _CONTINUATION_OVERLAP
    )


def _closing_line(segments: list[Segment], last: int) -> int:
    """The index of the first open line right after the run (`last` its end) when it has
    `_PROSE_WORDS` words or more, else -1: the article's last sentence, which ends with an
    emoji, a bracket of another script or nothing ("… und genau das macht den Reiz aus 😉", "…城！（评论员
    …）", a post's last line before its rating), so that `_continues` does not take it for
    a sentence. Tune part (on top of `dump_kind`'s `_menu_amid_prose`): labelled page dumps
    6 body lines kept, 6 junk lines (a related headline, a tags line, a pitch) and 3 other
    lines, none lost; whole-page dumps 3 `with` segments back, 3 `without` kept (an author's
    bio, a picture's credit, a pitch to follow the site)."""
    for index in range(last + 1, len(segments)):
        segment = segments[index]
        if segment.label is BODY:
            return index if segment.word_count >= _PROSE_WORDS else -1
    return -1


def _list_item(segment: Segment) -> bool:
    """A name, a code or a numbered or bulleted row: what a list announced by a colon
    holds (teaser headlines after "More from the section:" are longer)."""
    if list_or_table_row(segment):
        return segment.word_count <= LIST_ROW_WORDS
    return segment.word_count <= _SHORT_WORDS and (
        not segment.ends_like_sentence or _QUALIFIED_NAME.match(segment.text) is not None
    )


def _continues(segment: Segment, vocabulary: set[str]) -> bool:
    if segment.word_count > _SHORT_WORDS and segment.ends_like_sentence:
        return True
    if list_or_table_row(segment) and segment.word_count <= LIST_ROW_WORDS:
        return True
    return overlap(segment, vocabulary) >= _CONTINUATION_OVERLAP


def _lede_below_headline(segments: list[Segment], first: int, weights: list[float]) -> set[int]:
    """The ids of the page headline above the run and of the lines between that read as text.

    What stands between the headline and the run (a standfirst, a short first
    paragraph cut off by a share bar, a list of ingredients) is the article's
    start, except the lines that are plainly chrome.
    """
    headline = _headline_line(segments, first)
    if headline < 0:
        return set()
    start = {id(segments[headline])} if segments[headline].label is BODY else set()
    # The open lines below the headline down to the run's first line, found once: each
    # one's nearest open lines above and below are its neighbours in this list.
    # (the label as `is_open` reads it, without a property call per line)
    opens = [i for i in range(headline + 1, first + 1) if segments[i].label is BODY]
    subheadings = _lede_subheadings(weights, opens)
    if len(subheadings) < _LEDE_SUBHEADINGS:
        subheadings = set()
    return start | {
        id(segments[offset])
        for offset in opens
        if offset < first
        and (weights[offset] >= -_MEDIUM_LINE_COST or offset in subheadings)
        and not _stamp_and_labels(segments[offset])
    }


def _lede_subheadings(weights: list[float], opens: list[int]) -> set[int]:
    """The short lines between the headline and the run (`opens`: the open lines below the
    headline, in order, down to the run's first line) that stand between two prose lines,
    the nearest open lines above and below: subheadings of the article's start
    ("Seamless", "Krok 2"), not menu items, which have menu items around them. An edge
    line is never one."""
    # (the first of `opens` has no open line above it below the headline, the last none
    # below it: neither is asked; a middle one stands above the run's first line)
    return {
        index
        for above, index, below in zip(opens, opens[1:], opens[2:], strict=False)
        if -_EDGE_COST < weights[index] < -_MEDIUM_LINE_COST and weights[above] > 0 < weights[below]
    }


_META_DATE = re.compile(rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|{_YEAR})\b")
"""A date with its year (a clock time alone is opening hours: "Mo bis Fr: 9:00 – 16:00")."""
_META_SIGNS = re.compile(r"[|·•]|\s/\s|\b\d{1,2}:\d{2}\b|\b[^\D0-9]{1,2}:\s[^\D0-9]{2}\b")
"""A field separator or a clock time: what a page's line of facts about the article holds
and a dated headline ("Jane Doe named to the board on 1.9.2015") or a chronology's row
("1998/99 New plans to pull it down") does not."""


def _stamp_and_labels(segment: Segment) -> bool:
    """A line of facts about the article under its headline, not its text: a date with
    separators or a clock time, not ending like a sentence ("January 13, 2020 at 08:45 AM |
    categories: Python | View Comments", "Freitag | 14. Juni 2019 | 15:49 VON Jane Doe IN
    Fashion | 0 COMMENTS"). Longer than a stamp, it weighs as a teaser title does and
    would stay as the article's start, or as its headline (tune part: whole-page dumps 4
    fewer `without` segments kept, no `with` segment lost; labelled page dumps 43 lines
    not of the body removed, no body line lost; a byline among them is still found by
    `page_byline`, which reads the lines `outside_article` removed)."""
    # (both forms of `_META_DATE` hold a digit: the segment's digit test settles most
    # lines, menu items and headlines asked by three walks, before any search)
    return (
        segment.may_hold_digit
        and not segment.ends_like_sentence
        and _META_DATE.search(segment.text) is not None
        and _META_SIGNS.search(segment.text) is not None
    )


def _headline_line(segments: list[Segment], first: int) -> int:
    """Index of the page headline above the run, or -1.

    The title line itself or a copy of it (the <title> line, first in the dump,
    is not), the nearest above the run; else the nearest line whose words are
    mostly the title's and that holds half of them; else the nearest line whose
    words are mostly the title's. A headline printed twice, its second copy
    already taken as a repeat, still marks where the article starts; a line
    naming two of the title's words ("200 g Haferflocken" in a recipe named
    for them) is the headline only when no line holds more of the title.
    """
    title = _page_title(segments)
    if title is None:
        return -1
    for index in range(first - 1, 0, -1):
        if segments[index] is title or segments[index].key == title.key:
            return index
    title_words = title.content_words
    nearest = -1
    for index in range(first - 1, -1, -1):
        segment = segments[index]
        if segment is title:
            continue
        words = segment.content_words
        # (a line sharing no word with the title is not mostly its words: settled by one
        # set test, not a call, on each line above the run)
        if (
            segment.word_count <= _PAGE_HEADLINE_WORDS[1]
            and not words.isdisjoint(title_words)
            and mostly_title_words(words, title_words)
        ):
            if len(words & title_words) >= _HEADLINE_COVERS_TITLE * len(title_words):
                return index
            if nearest < 0:
                nearest = index
    return nearest


def _page_title(segments: list[Segment]) -> Segment | None:
    """The title line, or else the first line (a page dump starts with the <title>)."""
    title = next((s for s in segments if s.label is TITLE), None)
    if title is None:
        title = next((s for s in segments if s.text.strip()), None)
    return title


def _comment_headers(
    segments: list[Segment], weights: list[float], start: int, at_edge: list[bool]
) -> list[int]:
    """Indexes from `start` on of the stamp lines ("October 20, 2019 at 1:31 pm", "Jane
    Doe | Di, 21. April 2020 - 16:40") that a prose line follows within
    `_HEADER_PROSE_WITHIN` open lines."""
    headers: list[int] = []
    for index in range(start, len(segments)):
        segment = segments[index]
        # (label, not is_open: a property call on every line after the article's start)
        if segment.label is not BODY or at_edge[index]:
            continue
        if not _is_stamp(segment, segment.word_count):
            continue
        ahead = min(len(segments), index + 1 + _HEADER_LOOK_AHEAD)
        following = [i for i in range(index + 1, ahead) if segments[i].label is BODY]
        if any(weights[i] > 0 for i in following[:_HEADER_PROSE_WITHIN]):
            headers.append(index)
    return headers


# A comment section's heading: a count ("5", "One", "Ein", "Une"), a word or two ("thoughts
# on", "Gedanken zu", "responses to") and the page's own headline. The count's words are
# the phrase files' `words` lists, `count_word`.
_COUNT_WORDS = word_list("count_word")
_COUNT = re.compile(r"(?:\d+|" + "|".join(_COUNT_WORDS) + r")\s", re.IGNORECASE)
_COUNT_FIRST = frozenset("0123456789").union(*({word[0], word[0].upper()} for word in _COUNT_WORDS))
"""The first characters a count may open with (an ASCII digit or a count word's first
letter): a screen cheaper than `_COUNT`'s match on every line."""
_COUNT_HEADING_NOUN_AT = 3
"""The word that names the comments stands this near the count (the headline comes after)."""
_COUNT_HEADING_TITLE_SHARE = 0.5
"""The heading holds at least this share of the headline's words ..."""
_COUNT_HEADING_MIN_SHARED = 2
"""... and at least this many of them (a headline of fewer topic words is not looked for)."""
_COUNT_HEADING_MIN_WORDS = 2 + _COUNT_HEADING_MIN_SHARED
"""The heading's words at least: the count, the word that names the comments and the
headline's words it shares."""


def _comment_count_heading(segments: list[Segment], first: int) -> int | None:
    """The index after `first` of the first line that heads a comment section by
    counting the comments on the page's headline: "11 responses to “Title”", "2 Gedanken
    zu „Title“", "One thought on “Title”" (None when there is none).

    Comments share the article's words and read as prose; their heading repeats the
    headline, which no line of the article does after a count and a word of its own
    ("7 Tage ohne Zucker: <headline> im Selbstversuch" and "2. Can I freeze …" have
    their own words at the end)."""
    title = _page_title(segments)
    if title is None:
        return None
    headline = title.content_words
    if len(headline) < _COUNT_HEADING_MIN_SHARED:
        return None
    for index in range(first + 1, len(segments)):
        segment = segments[index]
        text = segment.text
        # (the count first: most lines fail at their first character, before any match)
        if (
            text[:1] not in _COUNT_FIRST
            or _COUNT.match(text) is None
            or segment.word_count < _COUNT_HEADING_MIN_WORDS
        ):
            continue
        if segment is title:
            continue
        if segment.label is not BODY and segment.label is not REMOVED:
            continue
        tokens = text.split()
        words = segment.content_words
        own = words - headline
        shared = len(words) - len(own)
        if not own or shared < max(
            _COUNT_HEADING_MIN_SHARED, _COUNT_HEADING_TITLE_SHARE * len(headline)
        ):
            continue
        noun = content_words(tokens[1])
        if (
            noun
            and noun <= own
            and own <= content_words(" ".join(tokens[1:_COUNT_HEADING_NOUN_AT]))
        ):
            return index
    return None


def _comment_label(
    segments: list[Segment], weights: list[float], first: int, last: int
) -> int | None:
    """The index of the first comment section's label ("Kommentare", "Leave a comment",
    "Veröffentlicht unter Reisen | 7 Kommentare", removed as a prompt) after the run's
    first line with the article's prose above it outweighing the run's prose below it
    `_ARTICLE_OVER_COMMENT` times (None when there is none).

    A share bar's "Kommentare" under the headline has the article below it; a forum's
    or a Q&A's label has posts as long as the question below it."""
    for index in range(first + 1, len(segments)):
        segment = segments[index]
        if segment.label is not REMOVED or not labels_comments(segment.text, segment.word_count):
            continue
        below = _prose_mass(weights, index + 1, last) if index < last else 0.0
        if _prose_mass(weights, first, index - 1) >= _ARTICLE_OVER_COMMENT * below:
            return index
    return None


def _end_before_comments(
    segments: list[Segment], weights: list[float], first: int, last: int, at_edge: list[bool]
) -> int | None:
    """Where the run ends when a comment thread closes it (None when none does): the last
    prose line before the first of `_THREAD_HEADERS` comments in a row, each a stamp line
    over prose, with a line of page furniture ("Reply", "Antworten") between most of them.

    Comments share the article's words and read as prose, and the first one right under
    the article joins its run. A timeline or a live blog has stamps over prose too, but no
    "Reply" under each entry; a forum thread's posts are all about as long as its first,
    which the article is not: the article's prose before the thread must outweigh each
    comment `_ARTICLE_OVER_COMMENT` times."""
    headers = _comment_headers(segments, weights, first + 1, at_edge)
    for at, header in enumerate(headers):
        if header > last:
            break
        thread = headers[at : at + _THREAD_HEADERS]
        if len(thread) < _THREAD_HEADERS or any(b - a > _COMMENT_SPAN for a, b in pairwise(thread)):
            continue
        replies = sum(1 for a, b in pairwise(thread) if any(at_edge[a:b]))
        if replies < _THREAD_HEADERS - 1:
            continue
        comment = max(_prose_mass(weights, a, b - 1) for a, b in pairwise(thread))
        article = _prose_mass(weights, first, header - 1)
        if article < _ARTICLE_OVER_COMMENT * comment:
            return None  # a forum thread: the posts are the page's text
        end = max((i for i in range(first, header) if weights[i] > 0), default=last)
        return min(end, last)
    return None


def _thin_end(
    segments: list[Segment],
    weights: list[float],
    first: int,
    last: int,
    spec_rows: set[int],
    notes: CitedNotes | None = None,
) -> Iterator[Segment]:
    """Lines that are not prose near the run's end, where little of its prose is left
    (but the article's notes, `CitedNotes`). `spec_rows`: the dump's spec-table rows
    (`_list_and_spec_rows`)."""
    total = _prose_mass(weights, first, last)
    mass = 0.0
    # A spec table inside the run (its rows and the line over them) is the article's, as
    # the prose after it says: a product test's sheet closes the text before its verdict.
    table = _spec_table(segments, first, last, spec_rows)
    table |= _entry_times(segments, weights, first, last)
    for index in range(last, first - 1, -1):
        if weights[index] > 0:
            mass += weights[index]
            if mass >= _THIN_TAIL * total:
                break
        elif (
            index not in table
            and segments[index].label is BODY
            and not _opens_section(segments, weights, index, last)
            and not _subheading(segments, weights, index, first, last)
            and not (notes is not None and notes.holds(segments[index]))
        ):
            yield segments[index]


def _spec_table(segments: list[Segment], first: int, last: int, spec_rows: set[int]) -> set[int]:
    """The rows of each block of spec rows (`spec_rows`: `_is_spec_row`'s blocks) that
    prose follows inside the run, and the open line right above each block (its heading)."""
    rows = {i for i in spec_rows if first <= i < last}
    heads = set()
    for row in rows:
        if row - 1 not in rows and row - 1 >= first and segments[row - 1].label is BODY:
            heads.add(row - 1)
    return rows | heads


def _entry_times(segments: list[Segment], weights: list[float], first: int, last: int) -> set[int]:
    """The lines of the run that are a clock time alone with prose right below (the next
    open line): a live blog's entries, whose last one may be the run's thin end."""
    times = set()
    for index in range(first, last):
        if segments[index].label is BODY and ENTRY_TIME.match(segments[index].text):
            below = next((i for i in range(index + 1, last + 1) if segments[i].label is BODY), None)
            if below is not None and weights[below] > 0:
                times.add(index)
    return times


def _opens_section(segments: list[Segment], weights: list[float], index: int, last: int) -> bool:
    """Whether `_SECTION_PROSE` prose lines follow the line at `index` in the run, with no
    other open line between."""
    return _prose_lines(segments, weights, range(index + 1, last + 1), _SECTION_PROSE)


def _prose_lines(
    segments: list[Segment], weights: list[float], indices: range, needed: int
) -> bool:
    """Whether the open lines at `indices`, in their order, begin with `needed` prose lines
    (weighing more than nothing) before any other open line."""
    prose = 0
    for at in indices:
        if segments[at].label is not BODY:
            continue
        if weights[at] <= 0:
            return False
        prose += 1
        if prose >= needed:
            return True
    return False


def _subheading(
    segments: list[Segment], weights: list[float], index: int, first: int, last: int
) -> bool:
    """Whether the line at `index` stands between the run's paragraphs: the open line right
    above it and the open line right below it are both prose (weigh more than nothing).

    That is the article's subheading over a closing section ("Fazit", "Conclusion", a
    step's title, "Literatur"), which `_opens_section` misses when one paragraph ends the
    run. Removing a real paragraph's heading costs more than keeping a box's heading, so
    the rule asks no more than that: a box of other stories under the article prints its
    headlines between blurbs too, and those stay with it. Tune part, against asking two
    prose lines above and a paragraph of 40 words below (as before, and still for a line
    with a date): labelled page dumps 39 body lines kept back on 30 sites for 39 junk lines
    on 21 (teaser boxes' headlines between their blurbs: dwutygodnik, iass-potsdam, welt)
    and 47 other lines, none lost; whole-page dumps 3 `with` segments back (a closing
    section's heading, a policy's paragraph, the wire's "Additional reporting by"), 5
    `without` kept (box headings: "Ähnliche Nachrichten", a newsletter's, "Ansprechpartner"),
    F1 0.8869 -> 0.8866, recall 0.9306 -> 0.9323. Asking one prose line above and 40 words
    below: 9 body lines for 14 junk, whole-page 1 `with` back, none kept; 20 words, 28 : 39
    and 2 : 5; two prose lines above and no length, 16 : 9 and 2 : 5. A line with a date
    under the old test: comment headers ("Jane May 9, 2017 at 3:01 pm") and a tags line
    stay out, a subheading "Seit 1996 …" over a long paragraph stays."""
    below = next((i for i in range(index + 1, last + 1) if segments[i].label is BODY), None)
    if below is None or weights[below] <= 0:
        return False
    above = next((i for i in range(index - 1, first - 1, -1) if segments[i].label is BODY), None)
    if above is None or weights[above] <= 0:
        return False
    segment = segments[index]
    if not _is_stamp(segment, segment.word_count) and not _stamp_and_labels(segment):
        return True
    # A line with a date ("Budget 2024 | Council | Schools", a comment's "Jane May 9, 2017
    # at 3:01 pm") heads a section only with two paragraphs above it and a long one below
    # ("Seit 1996 offizieller Gedenktag").
    return segments[below].word_count >= _SECTION_PARAGRAPH_WORDS and _prose_lines(
        segments, weights, range(index - 1, first - 1, -1), _PROSE_ABOVE_HEADING
    )


def _rivals(weights: list[float], lo: int, hi: int, depth: int) -> list[tuple[int, int]]:
    """The densest run of weights[lo:hi], then the densest runs left and right of it."""
    span = densest_run(weights[lo:hi])
    if span is None:
        return []
    first, last = span[0] + lo, span[1] + lo
    found = [(first, last)]
    if depth:
        found += _rivals(weights, lo, first, depth - 1)
        found += _rivals(weights, last + 1, hi, depth - 1)
    return found


def _about_the_title(
    segments: list[Segment], weights: list[float], span: tuple[int, int]
) -> tuple[int, int]:
    """The densest run, or a rival run that is about the page's title when it is not.

    A page dump opens with the page's title; the article is the run of prose
    that shares its words (with the headline just above it), even where a
    longer run of other prose (a shop text, a legal notice, the next story of
    an endless page) outweighs it. A rival of one line of prose needs most of the
    title's words more than the densest run (`_LINE_TITLE_MARGIN`).
    """
    title = _page_title(segments)
    if title is None:
        return span
    words = title.content_words
    if len(words) < _TITLE_MIN_WORDS:
        return span

    def share(run: tuple[int, int]) -> float:
        seen: set[str] = set()  # (the title's words only: a run may be most of a big dump)
        for s in segments[max(0, run[0] - _HEADLINE_LINES_ABOVE) : run[1] + 1]:
            if s is not title and s.label is not REMOVED:
                found = s.content_words
                if not found.isdisjoint(words):
                    seen.update(found & words)
                    if len(seen) == len(words):
                        break  # every word of the title: no line further on adds one
        return len(seen) / len(words)

    own = share(span)
    if own + _TITLE_MARGIN > 1.0:
        # A share is at most 1: no rival can hold the title's words by the margin more.
        return span
    best_mass = sum(weights[span[0] : span[1] + 1])
    choice, choice_share = span, own
    # The densest runs left and right of the run (its own is `span`, found already).
    rivals = _rivals(weights, 0, span[0], _RIVAL_DEPTH - 1)
    rivals += _rivals(weights, span[1] + 1, len(weights), _RIVAL_DEPTH - 1)
    for rival in rivals:
        if sum(weights[rival[0] : rival[1] + 1]) < _RIVAL_MASS * best_mass:
            continue
        rival_share = share(rival)
        if (
            rival_share < own + _LINE_TITLE_MARGIN
            and sum(1 for weight in weights[rival[0] : rival[1] + 1] if weight > 0)
            < _RIVAL_PROSE_LINES
        ):
            continue  # one line naming the page: a widget's, a pitch's, a tagline
        if rival_share > choice_share:
            choice, choice_share = rival, rival_share
    return choice if choice_share >= own + _TITLE_MARGIN else span


def _end_before_teaser_box(
    segments: list[Segment],
    weights: list[float],
    first: int,
    last: int,
    headings: Claimed,
    headlines: Claimed,
) -> int:
    """Where the run ends when a box of other stories closes it: the line before a teaser
    heading ("You might also like", one of `headings`) inside the run, when what follows
    it up to the run's end is headlines each over a short blurb, a small share of the
    run's prose.

    The blurbs read as prose and carry the run past the heading; the article's own text
    after an inline "Read more" link is paragraphs one after the other, which a box of
    stories never has (each blurb stands under its headline). A headline that
    `teaser_blurb` already took (one of `headlines`) still stands over its blurb."""
    total = _prose_mass(weights, first, last)
    for heading in range(first + 1, last + 1):
        if segments[heading] in headings and _stories_below(
            segments, weights, heading, last, total, headlines
        ):
            return heading - 1
    return last


def _stories_below(
    segments: list[Segment],
    weights: list[float],
    heading: int,
    last: int,
    total: float,
    headlines: Claimed,
) -> bool:
    """Whether the open lines after `heading` up to `last` are a box's stories: each
    blurb (a line of positive weight) of at most `_BOX_BLURB_WORDS` words under a headline,
    no two blurbs in a row, at least `_BOX_MIN_STORIES` of them, weighing at most
    `_BOX_PROSE_SHARE` of the run's prose (`total`).

    The walk stops at the first line that rules the box out: a run's text below a
    heading (paragraphs in a row) does so within a few lines, where looking at every
    line to the run's end for each heading grew with the square of a big article."""
    blurbs = 0
    mass = 0.0
    previous_blurb: bool | None = None  # None: no open line seen yet
    for index in range(heading + 1, last + 1):
        if segments[index].label is not BODY:
            if segments[index] in headlines:
                previous_blurb = False  # a box's headline, taken out already
            continue
        blurb = weights[index] > 0 and not _headline_over_blurb(segments, weights, index, last)
        if blurb:
            if previous_blurb is not False:
                return False  # right under the heading, or after another blurb
            if segments[index].word_count > _BOX_BLURB_WORDS:
                return False
            blurbs += 1
            mass += weights[index]  # (positive weights: once too much, always)
            if mass > _BOX_PROSE_SHARE * total:
                return False
        previous_blurb = blurb
    return blurbs >= _BOX_MIN_STORIES


def _headline_over_blurb(
    segments: list[Segment], weights: list[float], index: int, last: int
) -> bool:
    """Whether the line at `index`, which weighs as prose, is a box's headline all the
    same: a line of at most `_BOX_HEADLINE_WORDS` words right over a longer line of prose
    (the next open line up to `last`), its blurb. A headline of ten words that ends like a
    sentence ("… empfängt Lübeck zum Nachholspiel!") weighs as prose."""
    words = segments[index].word_count
    if words > _BOX_HEADLINE_WORDS:
        return False
    below = next((i for i in range(index + 1, last + 1) if segments[i].label is BODY), None)
    return below is not None and weights[below] > 0 and segments[below].word_count > words


def _chrome_dominated(side: list[int], weights: list[float]) -> bool:
    chrome = sum(1 for i in side if weights[i] < 0)
    return chrome >= _MIN_CHROME_SEGMENTS and chrome >= _CHROME_SHARE * len(side)


def _headline_above(segments: list[Segment], first: int) -> Segment | None:
    """The page's headline usually stands right above the article text."""
    for index in range(first - 1, max(first - 1 - _HEADLINE_ABOVE_RUN, -1), -1):
        segment = segments[index]
        if segment.label is not BODY or _stamp_and_labels(segment):
            continue
        words = segment.word_count
        if (
            _PAGE_HEADLINE_WORDS[0] <= words <= _PAGE_HEADLINE_WORDS[1]
            and not segment.ends_like_sentence
        ):
            return segment
        return None
    return None
