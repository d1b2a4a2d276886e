"""The runs of other stories, menus and prompts that end a dump, and a teaser printed again."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import islice, pairwise

from ..article import Reason
from ..document import (
    BODY,
    BODY_OR_HEADING,
    BYLINE,
    CAPTION,
    HEADING,
    REMOVED,
    Segment,
    last_open,
    word_share,
)
from ..lexicon import LIST_ROW_ANY_NUMBER
from ..names import is_given_name, is_known_place
from .base import Claimed, decided_article_dump, derive, revises
from .boilerplate import PROSE_LINE_WORDS, boilerplate_notice, site_boilerplate
from .captions import credit_line
from .html import html_related_box, html_teaser_link
from .label_runs import menu_vocabulary
from .phrasebook import PhraseBook
from .promos import asks_for_the_rest, promo_prompt, promo_shape
from .teaser_boxes import labelled_teaser, teaser_box
from .teaser_headings import inline_teaser, teaser_blurb, teaser_heading, teaser_section_label
from .teaser_lines import (
    BLURB_WORDS,
    HEADLINE_WORDS,
    INNER_SENTENCE_END,
    MIN_HEADLINE_WORDS,
    QUESTION_END,
    TRAILING_MIN_PROSE,
    TRAILING_OVERLAP,
    WordIndex,
    asks,
    boxed_headline,
    cut_short,
    holds_contact,
    is_paragraph,
    label_value,
    reads_as_headline,
    reads_as_prose,
    unmarked,
)
from .teaser_lists import teaser_list
from .text_browser import link_list

# Lines out of the article's text, which the walk for the run after its last paragraph
# passes over (`_trailing_run`).
_SET_ASIDE = (REMOVED, CAPTION, BYLINE)


# A block of other stories' headlines at the very end of a dump, without a heading:
# at least this many lines that are not prose after the article's last paragraph ...
_TRAILING_MIN_LINES = 3
# ... of which this many are stories: headlines (a closing credit, a date and a tag are
# not), or blurbs the site cut off mid-sentence ("… in der EU..."), each of which stands
# for one story of a box that prints a short name over it or runs its headline into it
# (tune part, round 17: 23 lines of three sites' boxes out of the labelled article,
# page and shapes dumps, no article line; the topic test below still decides).
_TRAILING_MIN_HEADLINES = 2
# A run of short labels after the article (`trailing_menu`: a menu, a list of other
# topics) needs this many lines, none longer than this many words (tune part of the
# labelled dumps: 62 teaser and menu lines of article dumps, no article line). A label
# over each headline of a box in that run (`_box_label`: a section, a date, a kicker) is
# as short. (Neither `_CLOSING_LABEL_WORDS` below, a label among `closing_teasers`' lines,
# nor `lexicon.MAX_LABEL_WORDS`, the words before the colon of "Read also: <link>".)
_TRAILING_MIN_LABELS = 5
_MAX_TRAILING_LABEL_WORDS = 3
# On a dump read as an article, a run of more labels than this, and than the article has
# paragraphs before it, is taken for a menu only with the site's notices or a teaser
# heading after the article's last paragraph (`_its_own_rows`). Tune part, round 37: the
# menus `trailing_menu` takes from the labelled article dumps run 5-6 lines, a footer's in
# the `cut + footer` stress up to 8; the article's own short lines cut to a word or two
# after two paragraphs (bench/article_shapes.py "labels after prose") ran 5-23 and went
# on topic alone: 5.6 -> 3.8 % of paragraphs lost there, no junk line kept in any other
# tune source. At 6 (a scratch form of that row, two and three paragraphs), 67 more of
# those lines stayed, but an 8-line footer menu with no notice under it (8 junk lines)
# did too.
# Round 39: a run of at most that many needs the same evidence or a word of a site's
# navigation among its labels (`_its_own_labels`).
_MENU_MAX_LABELS = 8
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
# "3. Dezember 2020", "04. September 2017": a date alone on its line, as teaser boxes
# print under each headline; it opens with a number and a dot, but is no list row.
_DATE = re.compile(r"^\d{1,2}\.\s?[^\W\d_]+\.?\s\d{4}\s*$")


# `closing_teasers`: after a teaser heading, at least this many headlines and at most
# this many lines in all, up to the end of the dump.
_CLOSING_MIN_HEADLINES = 2
_CLOSING_MAX_LINES = 12
_CLOSING_LABEL_WORDS = 3
_CLOSING_MIN_BLURBS = 2


# The rules that take teasers before `closing_teasers` (it counts the box's headlines
# they took); `TEASER_RULES` lists them all.
_TEASERS_ABOVE_CLOSING = (
    link_list,
    html_related_box,
    html_teaser_link,
    teaser_heading,
    inline_teaser,
    teaser_section_label,
    teaser_blurb,
)


@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(teaser_heading, _TEASERS_ABOVE_CLOSING),
    needs=(teaser_heading,),
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
            or holds_contact(segment.text, segment.may_hold_digit)
            or label_value(segment.text)
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
        if reads_as_prose(segments[i])
        and not asks(segments[i])
        and segments[i].word_count > _CLOSING_LABEL_WORDS
    ]
    if not blurbs:
        return rest
    if any(segments[i].word_count > BLURB_WORDS for i in blurbs):
        return []
    if _prose_in_a_row(segments, rest, blurbs):
        return []
    last = segments[rest[-1]]
    if len(blurbs) < _CLOSING_MIN_BLURBS and blurbs[-1] == rest[-1] and not cut_short(last):
        return []  # one sentence ending the dump: the article's close after an inline box
    if not _other_topics(segments, rest, blurbs, _prose_before(segments, heading)):
        return []
    return rest


_PROSE_IN_A_ROW = 2
"""Prose lines standing one under the other, no headline between them, that end a box:
the article going on after an inline box ("Zobacz także:" and one headline), not blurbs."""


def _prose_in_a_row(segments: list[Segment], rest: list[int], blurbs: list[int]) -> bool:
    """Whether `_PROSE_IN_A_ROW` of the prose lines left under a taken box's headlines
    follow each other among the open lines, one of them at least longer than a headline
    (a label, "90 min.", an exclaiming headline, a newsletter's one-line offer are not; a
    paragraph of exactly a headline's length beside longer ones is the article's too, and
    was skipped when each had to be longer: round 51, 6 paragraphs of a Polish article
    taken under a box once the prompt ending the dump had gone): a box gives each
    headline one blurb, so its blurbs have a headline between them
    (`_rest_of_a_taken_box`), and paragraphs under the box's last headline are the
    article's, whatever words they share with it (a language that inflects its nouns
    shares few: "Wisła", "Wisły", "Wisłę")."""
    place = {index: order for order, index in enumerate(rest)}
    run, longer = 1, segments[blurbs[0]].word_count > HEADLINE_WORDS
    for before, after in pairwise(blurbs):
        if place[after] == place[before] + 1:
            run += 1
        else:
            run, longer = 1, False
        longer = longer or segments[after].word_count > HEADLINE_WORDS
        if run >= _PROSE_IN_A_ROW and longer:
            return True
    return False


def _blurb_sized(segment: Segment) -> bool:
    """A line of prose no longer than a box's blurb (a label or a date is shorter)."""
    return _CLOSING_LABEL_WORDS < segment.word_count <= BLURB_WORDS and reads_as_prose(segment)


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
    return segment.word_count >= MIN_HEADLINE_WORDS and (
        not reads_as_prose(segment) or asks(segment)
    )


@derive(reads=(credit_line,), until_verdict=True)
def trailing_run(segments: list[Segment], credits: Claimed) -> list[int]:
    """The open lines after the article's last paragraph (`_trailing_run`), which
    `trailing_teasers` and `trailing_menu` both start from: found once for the two
    (~25 µs a dump, each), and found again for `trailing_menu` only when a verdict was
    given since (`until_verdict`: `trailing_teasers` or `refrain_box` between them
    took lines, 11 of the 960 speed dumps). The list is the rules' to read, not change."""
    return _trailing_run(segments, credits)


# A teaser heading over or among the run is one of a box's marks (`_box_marks`); a
# caption over a credit line is passed over by the walk for the run (`_trailing_run`).
@revises(
    Reason.RELATED_TEASER,
    text_dumps_only=True,
    reads=(teaser_heading,),
    derives=(decided_article_dump, trailing_run),
)
def trailing_teasers(
    segments: list[Segment],
    context: PhraseBook,
    teaser_headings: Claimed,
    article_dump: bool,
    run: list[int],
) -> Iterator[Segment]:
    """The lines after the article's last paragraph, when they read as other stories.

    A related box printed after the article often has no heading. Its lines are
    headlines (and perhaps dates and labels) that share few words with the
    article; the article's own closing list, table or results are numbered rows,
    facts ("Venue: Town hall") or share its words, and stay.
    """
    block = _box_of_cut_pairs(segments, run)
    if len(block) < _TRAILING_MIN_LINES or _above_a_teaser_heading(
        segments, block, teaser_headings
    ):
        return
    # Sets for the membership tests: a list's would grow with the square of the run's
    # lines (a dump of 10,000 paragraphs each over a byline: 5 s of 7).
    in_block = set(block)
    headlines = [
        i
        for i in block
        if reads_as_headline(segments[i])
        or (i + 1 in in_block and _pair_headline(segments[i]) and _pair_blurb(segments[i + 1]))
    ]
    stories = len(headlines) + sum(1 for i in block if cut_short(segments[i]))
    if stories < _TRAILING_MIN_HEADLINES or _table_cells(segments, block, stories):
        return
    in_headlines = set(headlines)
    blurbs = [i for i in block if reads_as_prose(segments[i]) and i not in in_headlines]
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
    if article_dump and _its_own_headings(segments, block, headlines, teaser_headings):
        # Its subheadings, whose paragraphs the copy left out or which list its parts
        # under the introduction: short phrases of mixed length, none of a box's marks.
        return
    if _cut_blurb_under_a_headline(segments, block) or _other_topics(
        segments, block, headlines + blurbs, prose, refrain_words=_REFRAIN_MIN_WORDS
    ):
        for index in block:
            yield segments[index]


def _cut_blurb_under_a_headline(segments: list[Segment], block: list[int]) -> bool:
    """Whether a line of the run is a blurb the site cut off mid-sentence ("… for
    students and staff...") right under a headline (`reads_as_headline`: five words or
    more): a box's story, whatever words it shares with the article. A related box is
    on the article's topic, which is what the topic test weighs; an article's own
    closing lines are not cut off under a headline. Under a label or a short subheading
    ("Blog", "Shuttle buses") or alone, a cut line may be the article's own (its notes
    as a feed cuts them, a list of releases each cut short), and the topic test decides.
    Tune part, round 39: labelled article dumps 6 teaser lines out (nationnews' two
    boxes, a section label, a headline and its cut blurb each), article as page 6, shapes
    6 (another site's box), no body line in any `loss_audit` source; any cut line at all
    took 3 body lines of a shapes dump (iwr's releases, cut short under their dates)."""
    in_block = set(block)  # a list's test would grow with the square of the run
    return any(
        cut_short(segments[i]) and i - 1 in in_block and reads_as_headline(segments[i - 1])
        for i in block
    )


# `refrain_box`: a box that prints each story alike, in a period of this many lines (a
# label and a headline; a label, a headline and a date; a count, a label, a headline and
# its blurb) ...
_REFRAIN_STRIDES = (2, 3, 4)
# ... with the same label of at most this many words at the same place in each period
# ("Politics |", "Wildtiere", "Research & Innovation", a comment count "0") ...
_REFRAIN_LABEL_WORDS = 3
# ... looked for among this many open lines from the dump's end (four stories of four
# lines; the boxes the labelled article dumps keep run 4-7 lines) ...
_REFRAIN_MAX_LINES = 16
# ... and a headline among them of this many words at least ("Josh Dobbs on TikTok").
# Set by hand on the tune part, round 38 (not swept): 39 teaser lines of 7 sites' boxes
# out of the labelled article dumps, no article line; see `_prints_stories` for what the
# shapes dumps lost without the headline and the fact tests.
_REFRAIN_HEADLINE_WORDS = 4


@revises(Reason.RELATED_TEASER, text_dumps_only=True)
def refrain_box(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A box that ends the dump printing each story alike: the same short label (a
    section, an author, a comment count) at the same place in every story, two lines to
    four apart, the last of them the box's last story. The label's beat is the evidence
    that the lines around it are a box's stories, what `trailing_teasers` cannot tell
    where the box prints a blurb, a colon or a count between its headlines. Not over
    the article's table: its rows may repeat a cell too, but open with numbers, and
    their words are the article's, so the topic test keeps them; nor without two
    paragraphs of the article's before the box."""
    run = _open_tail(segments)
    found = _refrain(segments, run)
    if found is None:
        return
    start, places = found
    box = run[start:]
    labels = set(places)
    if not _blurbs_under_headlines(segments, box, labels) or not _prints_stories(
        segments, box, labels
    ):
        return
    stories = [i for i in box if i not in labels and segments[i].content_words]
    if not stories or _table_cells(segments, box, len(places)):
        return
    prose = _prose_before(segments, box[0])
    if _other_topics(segments, box, stories, prose, refrain_words=_REFRAIN_LABEL_WORDS + 1):
        for index in box:
            yield segments[index]


def _prints_stories(segments: list[Segment], box: list[int], labels: set[int]) -> bool:
    """Whether the lines around the label are stories: a headline among them
    (`_REFRAIN_HEADLINE_WORDS` words or more, no sentence unless it asks, not opening
    with a number), and below the box's first line no fact ("zuletzt bearbeitet:
    04.02.2022", "Lösung: m = 210 g"; a kicker's headline is none) nor a line that
    announces a list. An article's exercises, product list or page furniture printed a
    row a line repeat a cell at a beat too, with facts or single words beside it."""
    headline = False
    for place, index in enumerate(box):
        segment = segments[index]
        text = segment.text
        if index in labels:
            continue
        if place and (
            text.rstrip().endswith((":", "："))
            or (label_value(text) and not _kicker_headline(segment))
        ):
            return False
        headline = headline or (
            segment.word_count >= _REFRAIN_HEADLINE_WORDS
            and (not reads_as_prose(segment) or QUESTION_END.search(text) is not None)
            and not _OPENS_WITH_NUMBER.match(text)
        )
    return headline


def _blurbs_under_headlines(segments: list[Segment], box: list[int], labels: set[int]) -> bool:
    """Whether every line of prose in the box stands right under one of its headlines
    (a line of the box that is neither prose nor the label; a headline may ask, a
    label or count may end in a dot, "65 Min."): a story's blurb. Prose
    under the label itself is the article's paragraph under its subheading, printed
    again after it ("Transparenz", a paragraph, "Transparenz")."""

    def prose(index: int) -> bool:
        segment = segments[index]
        return (
            segment.word_count > _REFRAIN_LABEL_WORDS
            and reads_as_prose(segment)
            and not QUESTION_END.search(segment.text)
        )

    for above, index in pairwise(box):
        if prose(index) and (above in labels or prose(above)):
            return False
    return not prose(box[0])


def _open_tail(segments: list[Segment]) -> list[int]:
    """The last `_REFRAIN_MAX_LINES` open lines of the dump, in order, passing over the
    lines set aside (`_SET_ASIDE`) and stopping at a paragraph of the article's (one
    longer than a blurb) or a line of another kind (a title)."""
    run: list[int] = []
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        if segment.label in _SET_ASIDE:
            continue
        if segment.label not in BODY_OR_HEADING or segment.word_count > BLURB_WORDS:
            break
        run.append(index)
        if len(run) >= _REFRAIN_MAX_LINES:
            break
    run.reverse()
    return run


def _refrain(segments: list[Segment], run: list[int]) -> tuple[int, list[int]] | None:
    """Where the box starts in `run` and the places of its label: a key of a short
    line printed at least twice in the run and nowhere else in it, a stride of
    `_REFRAIN_STRIDES` apart, its last copy within a stride of the run's end. The box
    starts a period before the label's first copy, counted so that its last period ends
    the run (a box cut off at the end starts where the label's first copy does), and
    not above a paragraph: a story's lines are a headline, a label, a date, a blurb."""
    keys = [segments[i].key for i in run]
    counts = Counter(keys)
    for first, key in enumerate(keys):
        if counts[key] < 2 or not key or segments[run[first]].word_count > _REFRAIN_LABEL_WORDS:
            continue
        places = [p for p, k in enumerate(keys) if k == key]
        stride = places[1] - places[0]
        if stride not in _REFRAIN_STRIDES or any(b - a != stride for a, b in pairwise(places)):
            continue
        after = len(run) - 1 - places[-1]
        if after >= stride:
            continue
        start = max(places[0] - (stride - 1 - after), 0)
        above = [p for p in range(start, places[0]) if is_paragraph(segments[run[p]])]
        if above:
            start = above[-1] + 1
        return start, [run[p] for p in places]
    return None


def _box_of_cut_pairs(segments: list[Segment], block: list[int]) -> list[int]:
    """The run's last lines when they are pairs of a headline over a blurb cut off
    mid-sentence, two or more, and the lines above them in the run are short lines of
    another form (the article's subheadings or items, whose paragraphs a copy left
    out): a box prints every story alike, so where the pairs start the box starts."""
    count = 0
    end = len(block)
    while (
        end >= 2
        and cut_short(segments[block[end - 1]])
        and _pair_headline(segments[block[end - 2]])
    ):
        count += 1
        end -= 2
    if count < _MIN_BLURB_PAIRS or end == 0:
        return block
    head = block[:end]
    if any(reads_as_prose(segments[i]) or cut_short(segments[i]) for i in head):
        return block
    return block[end:]


# A box prints at most a date and a count under each of its stories' headlines.
_MARKS_PER_STORY = 2


def _table_cells(segments: list[Segment], block: list[int], stories: int) -> bool:
    """Whether the run is the article's table printed a cell a line ("Anlagebetrag",
    "1.000 €", "12 Monate", "3,1 %", its header row printed again over each part): more
    lines that open with a number than a box prints dates and counts for its stories
    (`_MARKS_PER_STORY` a headline). Its repeated cells and numbers are what
    `_box_marks` reads as a box's labels and dates, and its few headline-like lines
    (subheadings, questions) share few words with a short introduction (round 33, tune
    part: the labelled article dumps with their paragraphs cut to their first
    sentence lost a 45-line rate table this way)."""
    numbers = sum(
        1
        for i in block
        if segments[i].word_count <= _MARK_COUNT_WORDS
        and _OPENS_WITH_NUMBER.match(segments[i].text)
        and not _DATE.match(segments[i].text)
    )
    return numbers > _MARKS_PER_STORY * stories


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
    asking = sum(1 for i in block if QUESTION_END.search(segments[i].text))
    return asking >= _ASKED_SHARE * len(block)


# A run of the article's own subheadings (`_its_own_headings`) holds no line longer than
# this: a section's heading is a phrase ("Erste Schritte", "Was die Forschung zeigt"),
# where a box of other stories prints its headlines as clauses. Tune part, round
# 36 (all sources of bench/loss_audit.py): at 7, 12 body lines back on 3 sites and no junk
# line kept; at 8 a noise box of three headlines (8, 6 and 5 words) under a heading the
# teaser rules did not take is kept too (4 junk lines).
_SUBHEADING_WORDS = 7


def _its_own_headings(
    segments: list[Segment], block: list[int], headlines: list[int], teaser_headings: Claimed
) -> bool:
    """Whether the run is the article's own subheadings, printed without their
    paragraphs or as a contents list under its introduction: none of a box's marks
    (`_box_marks`), no line longer than `_SUBHEADING_WORDS`, and at least as many lines
    shorter than a headline ("Ausblick", "Kosten und Nutzen") as
    lines of a headline's length. A box without marks prints its stories alike, each a
    headline; an article's headings mix a word or two with a short clause, and share
    few words with a short introduction, so its topic alone takes them for other
    stories (tune part, round 36: `article_shapes` "last few after prose" lost them)."""
    if any(segments[i].word_count > _SUBHEADING_WORDS for i in block):
        return False
    if _box_marks(segments, block, teaser_headings):
        return False
    in_headlines = set(headlines)  # a list's test would grow with the square of the run
    shorter = sum(1 for i in block if i not in in_headlines and not cut_short(segments[i]))
    return shorter >= len(headlines)


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


# Every rule that takes teasers before `repeated_teaser` and `labelled_copy`, which read
# their lines: in pass 1 and here.
TEASER_RULES = (
    *_TEASERS_ABOVE_CLOSING,
    closing_teasers,
    teaser_box,
    teaser_list,
    labelled_teaser,
    trailing_teasers,
)


@revises(Reason.RELATED_TEASER, text_dumps_only=True, reads=(TEASER_RULES,), needs=(TEASER_RULES,))
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
    first = next((i for i, s in enumerate(segments) if s.label is BODY and reads_as_prose(s)), None)
    if first is None:
        return
    for segment in islice(segments, first + 1, None):
        if segment.label is BODY and segment.key in taken and boxed_headline(segment):
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
        if (reads_as_prose(segment) and not asks(segment)) or cut_short(segment):
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
        if is_paragraph(segment):
            break
        count += segment.label in BODY_OR_HEADING
    return count


def _prose_before(segments: list[Segment], first: int) -> int:
    """How many paragraphs of prose the article has before the line at `first`."""
    return sum(1 for s in segments[:first] if is_paragraph(s))


def _last_paragraph(segments: list[Segment], first: int) -> int:
    """Index of the last body line before `first` that reads as prose, or -1."""
    return next(
        (
            i
            for i in range(first - 1, -1, -1)
            if segments[i].label is BODY and reads_as_prose(segments[i])
        ),
        -1,
    )


@revises(
    Reason.BOILERPLATE,
    text_dumps_only=True,
    reads=((boilerplate_notice, site_boilerplate, teaser_heading),),
    derives=(decided_article_dump, trailing_run),
)
def trailing_menu(
    segments: list[Segment],
    context: PhraseBook,
    furniture: Claimed,
    article_dump: bool,
    block: list[int],
) -> Iterator[Segment]:
    """A run of short labels after the article's last paragraph that name other topics.

    A site's menu or list of sections printed under the article ("Helldivers 2",
    "Steam sale", "Palworld"): longer than a box of headlines must be, every line
    a label of a few words, sharing few words with the article. The article's own
    closing list shares its words, or is numbered, or is announced by a colon.
    """
    if len(block) < _TRAILING_MIN_LABELS:
        return
    if any(segments[i].word_count > _MAX_TRAILING_LABEL_WORDS for i in block):
        return
    named = [i for i in block if segments[i].content_words]
    if len(named) < _TRAILING_MIN_LABELS - 1:
        return  # "PS4", "Xbox": labels without topic words tell nothing either way
    if _names_people_or_places(segments, block):
        return
    prose = _prose_before(segments, block[0])
    if article_dump and _its_own_rows(segments, block, prose, furniture):
        # On a dump that is just an article (`dump_kind`), a long run after a short
        # introduction with nothing of the site's around it is the article's table or
        # list, whose labels share few words with the prose that announces them.
        return
    if article_dump and _its_own_labels(segments, block, furniture):
        # Nothing of the site's around the run nor in it: the article's own labels.
        return
    if _other_topics(segments, block, named, prose):
        for index in block:
            yield segments[index]


def _its_own_rows(
    segments: list[Segment], block: list[int], prose: int, furniture: Claimed
) -> bool:
    """Whether a run of short labels after the article is its own rows rather than a
    menu: longer than a site's menu under an article runs (`_MENU_MAX_LABELS`) and than
    the article's prose before it, with none of the site's furniture after the last
    paragraph (a notice of the site's, a teaser heading: `furniture`). A table printed
    a cell a line, a list of products or ingredients, the steps or results an
    introduction of two or three paragraphs announces run that long; a menu that long
    comes with its footer's notices."""
    if len(block) <= max(_MENU_MAX_LABELS, prose):
        return False
    return _no_furniture_after_prose(segments, block, furniture)


def _its_own_labels(segments: list[Segment], block: list[int], furniture: Claimed) -> bool:
    """Whether a run of short labels after the article, of any length, is the article's
    own: none of the site's furniture after its last paragraph (`_its_own_rows`' test)
    and no word of a site's navigation in it (`label_runs.menu_vocabulary`). Issue 14:
    removing a run of lines needs evidence of the site (menu vocabulary, a notice, a
    teaser heading), and the labels' topic is none: an article's own labels (its rows,
    its section names, a list of things it names) share few words with a short
    introduction too."""
    if menu_vocabulary(segments, block):
        return False
    return _no_furniture_after_prose(segments, block, furniture)


def _no_furniture_after_prose(
    segments: list[Segment], block: list[int], furniture: Claimed
) -> bool:
    """Whether none of the site's furniture (a notice of the site's, a teaser heading)
    stands after the last paragraph above the run."""
    above = _last_paragraph(segments, block[0])
    return not any(s in furniture for s in islice(segments, above + 1, None))


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
            segments[i].word_count >= _CLOSING_LIST_WORDS and not segments[i].may_hold_digit
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
        if reads_as_prose(segment) and not _box_line(segment):
            pairs = _blurb_pairs(segments, index)
            block.extend(reversed(pairs))
            # Short lines above a box's pairs may be the article's subheadings, whose
            # paragraphs a copy left out: the run is the pairs and what they end on.
            break
        if (
            (LIST_ROW_ANY_NUMBER.match(segment.text) and not _DATE.match(segment.text))
            or segment.text.lstrip().startswith("|")  # a table's row
            or holds_contact(segment.text, segment.may_hold_digit)
            or segment.text.rstrip().endswith((":", "："))
            or _goes_on_in_lower_case(segment)
        ):
            return []  # the article's own rows, addresses, or a list it announces
        if label_value(segment.text) and not _kicker_headline(segment, last=not block):
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
# count allowed: the pairing is the evidence) over a blurb of at most `BLURB_WORDS`.
_MIN_BLURB_PAIRS = 2
_PAIR_HEADLINE_WORDS = 16
_PAIR_HEADLINE_MIN_WORDS = MIN_HEADLINE_WORDS - 2
"""… and of at least this many (3): shorter than a headline elsewhere, as the blurb under it
is the evidence."""


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
    if above is None or not is_paragraph(above):
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
        and 1 <= segment.word_count <= _MAX_TRAILING_LABEL_WORDS
        and not segment.ends_like_sentence
        and ":" not in segment.text
        and not holds_contact(segment.text, segment.may_hold_digit)
    )


def _pair_blurb(segment: Segment) -> bool:
    return (
        segment.label is BODY
        and PROSE_LINE_WORDS <= segment.word_count <= BLURB_WORDS
        # prose, a blurb cut off, or two sentences or more run on past its last mark
        # ("Gibt es eine Ausgangssperre? Rationierte Lebensmittel? Unser FAQ")
        and (
            reads_as_prose(segment)
            or cut_short(segment)
            or INNER_SENTENCE_END.search(segment.text) is not None
        )
        and not holds_contact(segment.text, segment.may_hold_digit)
    )


def _pair_headline(segment: Segment) -> bool:
    return (
        segment.label in BODY_OR_HEADING
        and _PAIR_HEADLINE_MIN_WORDS <= segment.word_count <= _PAIR_HEADLINE_WORDS
        and (not reads_as_prose(segment) or asks(segment))
        and not segment.text.rstrip().endswith((":", "："))
        and not holds_contact(segment.text, segment.may_hold_digit)
    )


def _pairs_its_paragraphs(segments: list[Segment], first: int) -> bool:
    """Whether the article above `first` prints a subheading over a single paragraph
    and another subheading after it: its own sections are pairs, and so may be the
    ones that end it."""
    for index in range(1, first - 1):
        if (
            _pair_headline(segments[index - 1])
            and is_paragraph(segments[index])
            and _pair_headline(segments[index + 1])
        ):
            return True
    return False


def _kicker_headline(segment: Segment, last: bool = False) -> bool:
    """A headline with its kicker before a colon ("Wien: Kein Bier & Friseur für
    Ungeimpfte"): a headline's length, no sentence, no number, and a capital after the
    colon, where a fact's value ("Uhrzeit: ab Mitternacht", "Autor: Fritz Imhof") is
    shorter, in lower case or a count.

    As the dump's `last` line a number is allowed ("Auction: Vintage racer fetches 1.2
    million", "Bäckerei am Markt: Meisterin (52) backt …"): read as a fact, it ended the
    walk before the walk took a line, and the box above kept all its headlines (round
    36, tune, labelled article dumps: 6 teaser lines on 2 sites, no body line). Above
    the last line a number still makes the line a fact: read as a headline there, a
    blog's line of labels and comment count after a colon, and a site index's issue
    line ("Overview: test bikes, issue 01/2022"), let the walk on into a cut article's
    short lines (tune stress dumps: 20 body lines)."""
    if not reads_as_headline(segment) and not (last and _headline_with_a_number(segment)):
        return False
    value = segment.text.split(":", 1)[1].lstrip(" \"'„“‚‘«»")
    return value[:1].isupper()


def _headline_with_a_number(segment: Segment) -> bool:
    """`reads_as_headline` but for its number test: a headline's length, no sentence
    unless it asks."""
    return segment.word_count >= MIN_HEADLINE_WORDS and (
        not reads_as_prose(segment) or asks(segment)
    )


def _goes_on_in_lower_case(segment: Segment) -> bool:
    """A line of a headline's length whose first word is in lower case ("legt Wert auf
    ein konstruktives Miteinander"): an item of the article's list that completes the
    sentence announcing it. A box's headlines open with a capital ("iPhone" is a name)."""
    if segment.word_count < MIN_HEADLINE_WORDS:
        return False
    first = unmarked(segment).text.split(maxsplit=1)[0]
    return first.islower()


def _over_a_credit(segments: list[Segment], index: int, credits: Claimed) -> bool:
    """Whether the line right below this one was removed as a picture's credit."""
    below = index + 1
    return below < len(segments) and segments[below] in credits


def _box_line(segment: Segment) -> bool:
    """Whether a line that reads as prose may still be one of a box's: a headline that
    asks ("Wem dient HR?") or a blurb cut off mid-word ("… students and staff...").
    Whether the box's lines are other stories is judged by their words after."""
    return asks(segment) or cut_short(segment)


def _other_topics(
    segments: list[Segment],
    block: list[int],
    scored: list[int],
    prose_before: int,
    *,
    refrain_words: int = 0,
) -> bool:
    """Whether the `scored` lines of the run share under `TRAILING_OVERLAP` of their
    words with the article before it, on average: other stories, not the article's.
    `prose_before` is `_prose_before(segments, block[0])`, which the caller has counted
    (a walk over everything above the run: counted once, not once per question)."""
    first = block[0]
    if prose_before < TRAILING_MIN_PROSE:
        return False  # no article before it to tell other stories from
    # A box prints its section labels ("Politics", "Hot") again and again; a line of a
    # few more words printed again is a chorus or a refrain, the article's own.
    keys = [segments[i].key for i in block if segments[i].word_count >= refrain_words]
    if len(set(keys)) < len(keys) or set(keys) & {s.key for s in segments[:first]}:
        return False
    words = WordIndex(segments)
    words.index(frozenset().union(*(words.of[i] for i in scored)))

    def in_article(word: str) -> bool:
        places = words.where.get(word)  # in order: the first place tells
        return bool(places) and places[0] < first

    shared = [word_share(words.of[i], in_article) for i in scored]
    return sum(shared) / len(shared) < TRAILING_OVERLAP


# `prompt_tail`: at most this many open lines after the prompt, up to the dump's end
# (a subscription's offer and plans, one or two lines of the site's after it).
_PROMPT_TAIL_MAX_LINES = 12
_PROMPTS = (promo_prompt, promo_shape)
"""The prompt rules whose lines a prompt's tail follows: read, and needed."""


@revises(Reason.PROMO, reads=(_PROMPTS,), needs=(_PROMPTS,))
def prompt_tail(
    segments: list[Segment], context: PhraseBook, prompts: Claimed
) -> Iterator[Segment]:
    """The lines after a paywall's prompt, up to the end of the dump: "To view the full
    story, please subscribe", "Abonnez-vous pour lire la suite" says the article ends
    there, and its offer, plans and log-in line follow. Only when they are few, come
    after the article's prose and share under a quarter of their words with it. A
    prompt the reader may skip ("Share this", "Sign up for our newsletter", "Comments
    (48)" in a share bar) or an ad's "continue reading below" says nothing of what
    follows, and the lines after it stay: the article may go on there.

    Pages read from markup too: the prompt's words, not the markup, say where the
    article ends, and trafilatura keeps a paywall's box after the text it shows (the
    offer, its plans, an app's pitch). There the tail's `<h2>`s are headings already
    (`html_heading`, pass 1) and count as its lines (`last_open`'s `headings`); a text dump has no
    heading yet at this pass, so its tail is its open lines, as before."""
    if not prompts:
        return  # most dumps: no prompt removed
    # The last lines of the dump still kept, one more than a tail may hold: a prompt
    # above all of them has too long a tail. (One walk back from the end, not one to the
    # end from each prompt: a bigger dump has more prompts, and each walk was longer.)
    last = last_open(segments, _PROMPT_TAIL_MAX_LINES + 1, headings=True)
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
