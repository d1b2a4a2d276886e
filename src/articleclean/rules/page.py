"""Whole-page dumps: the menus, sidebars and footers around the article.

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
from collections.abc import Iterator
from itertools import pairwise
from typing import Literal

from ..article import Reason
from ..document import BODY, BYLINE, TITLE, Label, Segment, content_words, overlap
from ..lexicon import LIST_OR_TABLE_ROW
from ..names import byline_names, prefixed_byline
from .base import Claimed, removes, structures
from .boilerplate import (
    LIST_ROW_WORDS,
    article_table_rows,
    boilerplate_notice,
    list_block_rows,
    prose_line,
    site_boilerplate,
)
from .context import PhraseBook
from .credits import credit_only
from .promos import promo_prompt
from .teasers import teaser_blurb, teaser_heading, teaser_section_label

# Weights of the maximum-sum run: prose counts for its length in characters.
# Thresholds without a note were set on whole-page dumps of the whole webeval
# corpus before it was split; those added for issue 14 were chosen on its tune
# part (bench/labelled_dumps.py, page and article dumps; figures in the commits).
_PROSE_WORDS = 10
"""A line of this many words ending like a sentence is prose: it weighs its length."""
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
_LIST_INTRO_WORDS = 3
"""A line of at least this many words ending in a colon announces a list ("Zutaten:" alone
may be a form's label)."""
_LIST_INTRO_ITEMS = 40
"""At most this many short lines after it are its items (tune part of the labelled page
dumps: 30 and 60 gave the same figures; paragraphs lost 25.0% -> 24.6%)."""
# A short line with a date or a clock time in it is a time stamp, not text.
_STAMP_WORDS = 8
_STAMP = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}|(?:19|20)\d{2})\b")
# Lines that mark the edge of an article: the article rarely goes on across them.
_EDGE_COST = 400.0
# An article dump has at most a few short lines around its text (a title,
# a byline, a closing credit, a short list); a page has menus. A side of the
# article with fewer lines that are not prose than this is left as it is.
_MIN_CHROME_SEGMENTS = 5
# ... and so is a side where most lines are prose (the article split by an ad line).
_CHROME_SHARE = 0.5
_HEADLINE_WORDS = (3, 30)
_HEADLINE_ABOVE_RUN = 2
"""The page's headline (a line of `_HEADLINE_WORDS` not ending like a sentence) is one of
the last this many lines above the run (`_headline_above`; closed lines and stamps are
passed over but count)."""
# Prose outside the run that shares this much vocabulary with it stays.
_STRAY_PROSE_WORDS = 15
_STRAY_OVERLAP = 0.5
_STRAY_AFTER_EDGES = 2
"""... unless this many groups of page furniture stand between it and the run's end: the
"Reply" under each comment, the prompts between the boxes below an article (tune part:
labelled page dumps 133 lines not of the body removed, most of them comments, for 4 body
lines, one a comment and one a teaser's blurb labelled body; whole-page dumps 2 fewer
`without` segments kept, no `with` segment lost)."""
_PROSE_FUNCTION_SHARE = 0.15
# The run's last stretch that holds this share of its prose is its thin end:
# teaser titles, author boxes and link lines sit there between closing lines.
_THIN_TAIL = 0.15
# A box of other stories that closes the run (`_end_before_teaser_box`): at least this many
# blurbs, each of at most this many words, together at most this share of the run's prose
# (tune part: whole-page dumps 3 fewer `without` segments kept, no `with` segment lost;
# labelled page dumps no body line lost).
_BOX_MIN_STORIES = 2
_BLURB_WORDS = 60
_BOX_PROSE_SHARE = 0.3
# A comment thread (`_end_before_comments`): this many stamp lines over prose in a row, at
# most `_COMMENT_SPAN` lines apart, after article prose that outweighs each comment
# `_ARTICLE_OVER_COMMENT` times.
_THREAD_HEADERS = 3
_COMMENT_SPAN = 15
_ARTICLE_OVER_COMMENT = 3.0
_SECTION_PROSE = 2
"""A short line in the thin end followed by this many prose lines in a row opens the
article's last section ("Conclusion", "What happens next"): a teaser title has one blurb
under it (tune part of the labelled page dumps: paragraphs lost 20.2% -> 19.7%, documents
losing more than a tenth 215 -> 205; whole-page dumps F1 unchanged at 0.872; with 1 prose
line, 19.9% lost but whole-page F1 0.870)."""
# Runs that may stand for the article instead of the densest one: the densest
# runs on either side of it, two levels deep, with at least this share of its
# weight; one wins when it has this much larger a share of the title's words.
_RIVAL_DEPTH = 2
_RIVAL_MASS = 0.3
_TITLE_MARGIN = 0.3
_TITLE_MIN_WORDS = 2
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


# --- what kind of dump ---------------------------------------------------------
#
# A whole-page dump has the site around the article: a menu above it, menu
# and footer lines repeated, page furniture phrases. An article dump is the
# article, perhaps with a title, a byline, captions and a few junk lines;
# the whole-page rules (`outside_article`, `menu_run`) never run on it,
# since an article's own table, recipe or results list looks like a menu to them.
# Thresholds chosen on the tune part of the labelled dumps (bench/labelled_dumps.py),
# erring towards "article": a page taken for an article keeps some junk lines,
# an article taken for a page can lose most of itself.
DumpKind = Literal["page", "article"]
DUMP_KINDS: tuple[DumpKind, ...] = ("page", "article")
_KIND_SHORT_WORDS = 4
"""A line of at most this many words not ending like a sentence reads like a menu item."""
_KIND_LEAD_ITEMS = 6
"""Menu-like lines before the first prose line: a page has a menu above the article;
an article dump has its title, a byline, perhaps a dateline or a caption there."""
_KIND_FRAME_ITEMS = 4
"""Menu-like lines both before the first and after the last prose line: a menu and a footer.
A recipe has "Print recipe", "Ingredients" and an ingredient above its steps, and a share bar
below (tune part: 4 against 3, page dumps seen as pages 562 -> 560 of 589, article dumps
unchanged)."""
_KIND_SITE_LINES = 2
"""Distinct lines of the site's own words ("Impressum", a newsletter prompt, a copyright
line) that the lead and frame tests need: an article dump carries one share or newsletter
prompt often enough (tune part, article dumps with junk put between their blocks: with
one line 15 of 279 list-heavy article dumps were taken for pages, with two 3; page dumps
seen as pages 570 -> 558 of 589)."""
_KIND_OPENING_MENU = 3
"""Menu-like lines the dump opens with, before any other line, with two lines of the site's
words: a menu above the headline, which the four-line frame test misses when the menu is
short. An article dump opens with its headline (tune part: no article dump nor stress dump
more taken for a page)."""
_KIND_MENU_ABOVE_HEADLINE = 4
"""Menu-like lines between the dump's first line and the headline printed again below
them, with one line of the site's words: a page's <title>, its menu, then its <h1>. An
article dump prints its headline once, on top (tune part: page dumps seen as pages
551 -> 562 of 589; no article dump more taken for a page). The article's prose must follow
somewhere: a dump with no prose line at all (a recipe of short steps printing its name
again above them) shows nothing that tells a menu from its own rows (round 12, tune part:
no page dump changed; 6 stress dumps of short lines and prompts back to articles)."""
_KIND_RUN_LINES = 3
"""A run of this many menu-like lines, one right after the other, all different: what
`_repeated_runs` finds printed twice (two lines repeat in a product list's label and value)."""
_KIND_REPEATED_RUNS = 1
"""Distinct runs of three menu-like lines printed one after the other twice or more, with
the site's words: a menu printed in the header and again in the footer repeats its order;
a table repeats its cells ("Chevrolet", "Ja"), each next to a different neighbour, or
row after row in one order with no paragraph between its rows (so a run counts only with
prose between two prints, or printed again above the headline printed again: a desktop
and a mobile menu), and a product list its label and value ("Notre avis" / "Excellent"),
two lines. Tune part: page dumps seen as pages 559 -> 557 of 589 (two site maps whose
sub-menus repeat like rows), no article or list-heavy stress dump changed."""
_KIND_MANY_REPEATED_RUNS = 5
"""... and this many such runs without them: several menus printed twice."""
_KIND_FURNITURE_LINES = 5
"""Distinct lines pass 1 took for page furniture (notices, prompts, teaser headings).
A share bar ("Facebook", "Twitter", "LinkedIn", "E-Mail") is four (tune part: 5 against 4
took 2 more list-heavy article dumps and 1 more article dump for articles, 7 page dumps
of 589 fewer for pages)."""
_KIND_FURNITURE_RULES = (boilerplate_notice, promo_prompt, teaser_heading, site_boilerplate)
_KIND_NOTICE_RULES = (boilerplate_notice, site_boilerplate)
"""Pass-1 rules whose lines are the site's own notices (copyright, cookies, privacy,
imprint; lines learnt from the site's batch): a page's footer prints them, an article
dump hardly ever does. Share and newsletter prompts and teaser headings come with article
dumps as often as with pages (issue 14's dumps: "ad and share lines and an unrelated
teaser block"), so they alone are no evidence of a page."""
_KIND_MENU_NOTICES = 1
"""Notice lines that the menu tests (lead, frame, opening menu) need beside their two site
lines: an article opening with a table and carrying two share prompts is not
a page with a menu (tune part, article dumps cut to one or two paragraphs before their
short lines with two noise units put in twice: 17 -> 5 and 7 -> 1 read as pages; page
dumps 557 -> 556 of 589)."""
_KIND_FURNITURE_NOTICES = 2
"""... and that the furniture count needs among its lines (tune part: no page dump read as
an article more; the stress dumps above 11 and 3 read as pages with none)."""

_KIND_TABLE_INTRO = 3
"""Lines of prose an article dump may print between its title and its table (a standings
table after three lines of introduction)."""

_KIND_SITE_RULES = (boilerplate_notice, promo_prompt, site_boilerplate)
"""Pass-1 rules whose lines are the site's, not an article's (a teaser heading may be
an article's own "More about this recipe")."""
_KIND_TABLE_ENDS = (teaser_heading, boilerplate_notice, site_boilerplate)
"""Pass-1 rules whose lines end an article's table (`article_table_rows`): a teaser
heading or a notice stands after the article; an ad or a share prompt may stand
between two of its rows."""
DUMP_KIND_READS = (
    _KIND_SITE_RULES,
    _KIND_FURNITURE_RULES,
    teaser_heading,
    _KIND_NOTICE_RULES,
    _KIND_TABLE_ENDS,
)
"""The pass-1 rules whose verdicts `dump_kind` reads, in the order of its `Claimed`
arguments (the pipeline hands them over, as it does a rule's `reads`)."""
# A table's cell or a recipe's quantity ("300 g", "36 Monate", "10,79 g*", "€ 5.000")
# and a label that introduces what follows ("Zutaten:") are not menu items.
_CELL = re.compile(r"[\d€$£¥%]")


def dump_kind(
    segments: list[Segment],
    site: Claimed,
    furniture: Claimed,
    teaser_headings: Claimed,
    notices: Claimed,
    table_ends: Claimed,
) -> DumpKind:
    """ "page" when the dump carries a site's menus and furniture, else "article".

    Reads the segments after pass 1 (its furniture verdicts are evidence: what the
    `DUMP_KIND_READS` rules claimed: `site`, `furniture`, `teaser_headings`, `notices`
    and `table_ends`) and changes nothing. Short lines that share a word with the title or the prose
    (an article's list of products, its standings, its ingredients) are the
    article's and count for nothing here: a menu's items ("Home", "Sport",
    "Kontakt") are not about the article.
    """
    first_prose = next(
        (index for index, segment in enumerate(segments) if prose_line(segment)),
        len(segments),
    )
    # The dump's first line is its title (a page's <title>, an article's headline),
    # and the same line again is the headline printed twice: neither is a menu item.
    title_key = segments[0].key if segments else ""
    last_prose = next(
        (
            index
            for index in range(len(segments) - 1, first_prose - 1, -1)
            if prose_line(segments[index])
        ),
        len(segments) - 1,
    )
    menu_like = [_menu_like(segment) for segment in segments]
    # A menu above the article, or around it, comes with the site's own words
    # ("Home", "Contact", a copyright line, a newsletter prompt); an article that
    # opens with its own table or ingredients, or ends with a list of specs or
    # results, has none (tune part: requiring them turned 5 of 8 article dumps
    # taken for pages and 8 of 15 generous extractions back into article dumps).
    site_lines = {segment.key for segment in site}
    # (A photo credit, "© dpa" under each picture, is the article's, not a site notice.)
    notice_lines = {segment.key for segment in notices if segment.key and not credit_only(segment)}
    site_words = len(site_lines) >= _KIND_SITE_LINES
    # Prompts alone do not make a menu of the article's own table or list; a notice does.
    site_frame = site_words and len(notice_lines) >= _KIND_MENU_NOTICES
    # Which menu-like lines name nothing the article names: the tests below ask it only
    # with the site's words (about half of the dumps have none), so it is found then.
    foreign = _foreign_lines(segments, menu_like, title_key) if site_lines else []
    if site_frame and _menu_frame(
        segments, menu_like, foreign, (first_prose, last_prose), teaser_headings
    ):
        return "page"
    headline = _headline_again(segments, first_prose)
    if (
        site_lines
        and headline is not None
        and first_prose < len(segments)
        and sum(foreign[1:headline]) >= _KIND_MENU_ABOVE_HEADLINE
    ):
        return "page"
    runs = _repeated_runs(segments, menu_like, headline)
    if site_words and runs >= _KIND_REPEATED_RUNS:
        return "page"
    if runs >= _KIND_MANY_REPEATED_RUNS:
        return "page"  # menus printed twice inside a long page
    # Distinct lines: an article's own separators ("* * *") or a photo credit
    # printed under each picture are one thing said many times, not a site's furniture.
    furniture = {segment.key for segment in furniture if segment.key and not credit_only(segment)}
    if len(notice_lines) < _KIND_FURNITURE_NOTICES:
        return "article"  # prompts and teaser headings put between an article's blocks
    if _table_opens_article(segments, table_ends):
        # The article's table right under its title and first lines of prose, nothing
        # of a menu above it: the notices are a few lines of the site's left below an
        # article dump, not a page's frame.
        return "article"
    return "page" if len(furniture) >= _KIND_FURNITURE_LINES else "article"


def _foreign_lines(segments: list[Segment], menu_like: list[bool], title_key: str) -> list[bool]:
    """For each line, whether it is menu-like and shares no word with the title line or
    the dump's prose (a short line about the article is the article's: its list of
    products, its standings), nor is the title line printed again."""
    # Only the menu-like lines' words are looked up in the topic: the prose's words
    # are gathered for those alone (a set of every word of a big dump cost more).
    asked = frozenset().union(
        *(
            segment.content_words
            for segment, menu in zip(segments, menu_like, strict=True)
            if menu and segment.key != title_key
        )
    )
    topic = _topic_words(segments, asked)
    return [
        menu and segment.key != title_key and segment.content_words.isdisjoint(topic)
        for segment, menu in zip(segments, menu_like, strict=True)
    ]


def _menu_frame(
    segments: list[Segment],
    menu_like: list[bool],
    foreign: list[bool],
    prose_span: tuple[int, int],
    teaser_headings: Claimed,
) -> bool:
    """Whether the `foreign` lines (`_foreign_lines`) make a menu above the article, or a
    menu and a footer around it, or the dump opens with a menu: what a page shows when
    its site's words and notices are there (`dump_kind`'s site frame)."""
    first_prose, last_prose = prose_span
    # A byline line ("By Jane Doe", "Por Lucía Romero") starts the article: a page's
    # menu stands above it, and what follows it is the article's (a checklist, a table).
    start = next(
        (i for i in range(1, first_prose) if prefixed_byline(segments[i].text)), first_prose
    )
    lead_items = sum(foreign[1:start])
    if lead_items >= _KIND_LEAD_ITEMS:
        return True
    # A teaser box after the article ("Read more" under each teaser) comes with
    # article dumps too; a page's footer has menu items besides.
    tail_items = sum(
        1
        for index in range(last_prose + 1, len(segments))
        if foreign[index] and segments[index] not in teaser_headings
    )
    if min(lead_items, tail_items) >= _KIND_FRAME_ITEMS:
        return True
    return _opening_menu(segments, menu_like) >= _KIND_OPENING_MENU


def _table_opens_article(segments: list[Segment], table_ends: Claimed) -> bool:
    """Whether the dump's first block of short lines is a table by its shape
    (`article_table_rows`) and stands right under the dump's first line and at most
    `_KIND_TABLE_INTRO` lines of prose: a page has its menu there, an article dump its
    introduction (the lines pass 1 took out, a share bar or an ad, do not count)."""
    table = article_table_rows(segments, table_ends)
    if not table:
        return False
    above = [segment for segment in segments[1 : min(table)] if segment.is_open]
    return len(above) <= _KIND_TABLE_INTRO and all(prose_line(s) for s in above)


def _topic_words(
    segments: list[Segment], asked: frozenset[str], with_title: bool = True
) -> frozenset[str]:
    """The words of `asked` that the title line or the dump's prose lines hold."""
    words: set[str] = set(segments[0].content_words & asked) if segments and with_title else set()
    if not asked:
        return frozenset(words)
    for segment in segments:
        if prose_line(segment):
            found = segment.content_words
            if not found.isdisjoint(asked):
                words.update(found & asked)
    return frozenset(words)


def _opening_menu(segments: list[Segment], menu_like: list[bool]) -> int:
    """How many menu-like lines the dump opens with that name nothing its prose names (a
    short headline, "Baumgutachten", is about the text below it)."""
    opening = len(segments)
    for index, menu in enumerate(menu_like):
        if not menu:
            opening = index
            break
    asked = frozenset().union(*(segment.content_words for segment in segments[:opening]))
    prose = _topic_words(segments, asked, with_title=False)
    count = 0
    for segment in segments[:opening]:
        if not segment.content_words.isdisjoint(prose):
            break
        count += 1
    return count


def _headline_again(segments: list[Segment], first_prose: int) -> int | None:
    """Index of the first line up to the first prose whose words are mostly the title's."""
    if not segments:
        return None
    title = segments[0].content_words
    for index in range(1, min(first_prose + 1, len(segments))):
        if _mostly_title_words(segments[index].content_words, title):
            return index
    return None


def _mostly_title_words(words: frozenset[str], title_words: frozenset[str]) -> bool:
    """Whether a line of these words is the page's headline by its words: two or more,
    most of them the title's (what `dump_kind` and `outside_article` both ask)."""
    return len(words) >= _TITLE_MIN_WORDS and len(
        words & title_words
    ) >= _HEADLINE_TITLE_SHARE * len(words)


def _repeated_runs(segments: list[Segment], menu_like: list[bool], headline: int | None) -> int:
    """Distinct runs of three menu-like lines, one right after the other, printed twice or
    more in the same order (a product list's "Our verdict" / "Very good" pairs are two),
    with prose between two prints or a later print above the headline printed again
    (index `headline`, None when it is not)."""
    # Prose seen before each run's first print: a menu printed in the header and again
    # in the footer has the article between its two prints; a table's rows repeat
    # their cells ("Ja", "Nein", "Ja") with no paragraph between them.
    first_seen: dict[tuple[str, ...], int] = {}
    apart: set[tuple[str, ...]] = set()
    prose = 0
    window: list[str] = []
    above_headline = -1 if headline is None else headline
    for index, (segment, menu) in enumerate(zip(segments, menu_like, strict=True)):
        if menu and segment.key:
            window = [*window[1 - _KIND_RUN_LINES :], segment.key]
            if len(window) == _KIND_RUN_LINES and len(set(window)) == _KIND_RUN_LINES:
                run = tuple(window)
                if run not in first_seen:
                    first_seen[run] = prose
                elif first_seen[run] < prose or index < above_headline:
                    apart.add(run)
        else:
            window = []
            if prose_line(segment):
                prose += 1
    return len(apart)


def _menu_like(segment: Segment) -> bool:
    text = segment.text
    return (
        segment.word_count <= _KIND_SHORT_WORDS
        and not segment.ends_like_sentence
        and not text.rstrip().endswith((":", "："))
        and _CELL.search(text) is None
    )


# "AP-US--Trump-Impeachment, 4th Ld-Writethru", "BC-EU--Britain-Brexit/1234": the
# wire's routing slug, printed above the story by systems that pass it through.
_WIRE_SLUG = re.compile(
    r"^(?:BC-)?[A-Z]{2,4}(?:-[A-Z]{2,4})?--?[A-Z][\w'’.]*(?:-[\w'’.]+)*"
    r"(?:,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld|Lead|Add|Writethru|Sub)[\w -]*)?(?:/\d+)?$"
)

_MAX_SLUG_CHARS = 120


_SLUG_DASHES = re.compile("--")
"""What wire_slug needs in a line (its desk and keywords are joined by it)."""


@removes(Reason.BOILERPLATE, triggers=(_SLUG_DASHES,))
def wire_slug(segment: Segment, context: PhraseBook) -> bool:
    """A news agency's routing slug line ("AP-US--Trump-Impeachment, 4th Ld-Writethru")."""
    text = segment.text
    if len(text) > _MAX_SLUG_CHARS or " " in text.split(",")[0]:
        return False  # a slug is one token, perhaps with its version after a comma
    # The desk and the keywords are joined by a double dash; a hyphenated word is not a slug.
    return "--" in text and _WIRE_SLUG.match(text) is not None


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


def _free_list_rows(segments: list[Segment], weights: list[float]) -> None:
    """Set to 0 the cost of the rows of each list block (`list_block_rows`; an edge keeps
    its cost)."""
    for row in list_block_rows(segments):
        if -_EDGE_COST < weights[row] < 0:
            weights[row] = 0.0


def _is_stamp(segment: Segment, words: int) -> bool:
    """A date, time or reading-time line ("Tuesday, 4 June 2019, 15:54"): page furniture."""
    return words <= _STAMP_WORDS and _STAMP.search(segment.text) is not None


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


@structures(
    Reason.BOILERPLATE,
    reads=(
        (teaser_heading, teaser_section_label, promo_prompt, boilerplate_notice),
        (teaser_heading, teaser_section_label),
        teaser_blurb,
    ),
    text_dumps_only=True,  # an extractor has already cut the page down to its article
)
def outside_article(
    segments: list[Segment],
    context: PhraseBook,
    edges: Claimed,
    teaser_headings: Claimed,
    box_headlines: Claimed,
) -> Iterator[Segment]:
    """Open segments before or after the article's densest run of prose, on page dumps.

    `edges` are the lines that mark the edge of an article (teaser headings,
    prompts, notices); `teaser_headings` those that open a box of other stories;
    `box_headlines` the headlines `teaser_blurb` took in such a box."""
    at_edge = edges.marks(segments)  # (asked of every line by the helpers below)
    weights = [_weight(s, edge) for s, edge in zip(segments, at_edge, strict=True)]
    _free_list_rows(segments, weights)
    span = densest_run(weights)
    if span is None:
        return
    first, last = _about_the_title(segments, weights, span)
    last = _end_before_teaser_box(segments, weights, first, last, teaser_headings, box_headlines)
    thread = _end_before_comments(segments, weights, first, last, at_edge)
    if thread is not None:
        last = thread
    before = [i for i in range(first) if segments[i].is_open]
    after = [i for i in range(last + 1, len(segments)) if segments[i].is_open]
    if len(before) + len(after) < _MIN_CHROME_SEGMENTS:
        return
    chrome_sides = [side for side in (before, after) if _chrome_dominated(side, weights)]
    if not chrome_sides:
        return  # the article itself, split by an ad or a prompt line
    # Prose cut off from the article by a sidebar (an intro above a shop list)
    # is kept when it is about what the article is about.
    # (Only whether a word is the run's is asked, and only of the open lines outside
    # it: the run's words are gathered for those lines' words alone, not all of a
    # big dump's.)
    asked = frozenset().union(*(segments[i].content_words for i in before + after))
    vocabulary: set[str] = set()
    for segment in segments[first : last + 1]:
        if segment.is_open:
            words = segment.content_words
            if not words.isdisjoint(asked):
                vocabulary.update(words & asked)
    headline = _headline_above(segments, first)
    lede = _lede_below_headline(segments, first, weights)
    # Below a comment thread's start nothing is the article's, on topic as comments are.
    kept = _continuation(segments, vocabulary, last, at_edge) if thread is None else set()
    past_edges = _edges_passed(segments, last, at_edge)
    for side in chrome_sides:
        for index in side:
            segment = segments[index]
            if segment is headline or id(segment) in lede or index in kept:
                continue
            if (
                (thread is None or index < first)
                and past_edges.get(index, 0) < _STRAY_AFTER_EDGES
                and segment.word_count >= _STRAY_PROSE_WORDS
                and segment.ends_like_sentence
                and overlap(segment, vocabulary) >= _STRAY_OVERLAP
            ):
                continue
            yield segment
    yield from _thin_end(segments, weights, first, last)


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


_NOTE_WORDS = 10
"""An author note is a sentence of at least this many words ("Jane Doe is a professor of law at …")."""
_NOTE_NAME_WORDS = 2
"""... opening with a byline's name of at least this many words: a given name alone
("Jane is …") opens sentences of the article too."""


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def author_note(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On page dumps, a note on the author: a sentence that opens with the byline's name and
    goes on with a verb ("Heiko Sauer is a Professor …", "Inga Buller ist Head of …").

    The page prints it under the article or beside the byline; an article does not open
    a paragraph with its own author's name, and the name found on the page is the
    evidence, not any wording."""
    names = [
        name.casefold()
        for segment in segments
        if segment.label is BYLINE
        for name in byline_names(segment.text)
        if len(name.split()) >= _NOTE_NAME_WORDS
    ]
    if not names:
        return
    body = [s for s in segments if s.label is BODY and s.word_count >= _NOTE_WORDS]
    for segment in body[1:]:
        if not segment.ends_like_sentence:
            continue
        text = segment.text.casefold()
        for name in names:
            if text.startswith(name + " "):
                following = segment.text[len(name) + 1 :].split(maxsplit=1)
                if following and following[0][:1].islower():
                    yield segment
                break


# "Home » Klettern » Mammut nimmt Adam Ondra unter Vertrag", "Startseite>Beauty>Lange
# Haare: …": the path to the page, ending in its headline. A guillemet opening a quote
# ("»Das wird …«") has no space after it; a slash in a headline ("2023/24") none around it.
_CRUMB_SEPARATOR = re.compile(r"\s*>>?\s*|\s*[»›→]\s+|\s+/\s+")
_CRUMB_PARTS = 3
"""A path has at least two steps before the headline (tune part of the labelled page dumps:
18 such lines left in the body, 17 of them chrome, the 18th a path labelled body)."""
_CRUMB_STEP_WORDS = 4
"""Each step has at most this many words (a section's name)."""
_CRUMB_TITLE_SHARE = 0.5
"""The last part shares at least this share of its topic words with the title ..."""
_CRUMB_HEADLINE_WORDS = 2
"""... and has at least this many topic words: a last step of one ("Home » Sport »
Football") names a section, not the headline."""


@structures(Reason.BOILERPLATE, text_dumps_only=True)
def breadcrumb(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """On page dumps, the path to the page that ends in its headline ("Home » News » …")."""
    title = next((s for s in segments if s.label is TITLE), None)
    if title is None:
        return
    title_words = title.content_words
    for segment in segments:
        if segment.is_open and _is_breadcrumb(segment.text, title_words):
            yield segment


# Every separator above holds one of these; most lines hold none and skip the split
# (one search for all five, not a generator testing each: it runs on every open line).
_CRUMB_SIGN = re.compile("[>»›→/]")


def _is_breadcrumb(text: str, title_words: frozenset[str]) -> bool:
    if _CRUMB_SIGN.search(text) is None:
        return False
    parts = [part for part in _CRUMB_SEPARATOR.split(text) if part.strip()]
    if len(parts) < _CRUMB_PARTS:
        return False
    if any(len(part.split()) > _CRUMB_STEP_WORDS for part in parts[:-1]):
        return False
    last = content_words(parts[-1])
    return len(last) >= _CRUMB_HEADLINE_WORDS and len(
        last & title_words
    ) >= _CRUMB_TITLE_SHARE * len(last)


def _continuation(
    segments: list[Segment], vocabulary: set[str], last: int, at_edge: list[bool]
) -> set[int]:
    """Indexes of the lines right after the run that go on with the article.

    A table, a list of steps or results, ingredients, a Q&A after the prose are
    the article's, not the page's: lines that share the article's words, open
    with a number or a bullet, or read as short sentences continue it. A line of
    page furniture (a teaser heading, a prompt, a notice) ends it, and so do
    `_CONTINUATION_MISSES` lines in a row that do none of that.
    """
    kept: set[int] = set()
    # Prose further on, before any page furniture, that is about the article's
    # topic: everything up to it is the article (a list of places between two paragraphs).
    for index in range(last + 1, min(len(segments), last + 1 + _CONTINUATION_REACH)):
        segment = segments[index]
        if at_edge[index]:
            break
        if (
            segment.is_open
            and segment.word_count >= _PROSE_WORDS
            and segment.ends_like_sentence
            and overlap(segment, vocabulary) >= _PROSE_CONTINUATION_OVERLAP
        ):
            kept.update(range(last + 1, index + 1))
    start = max(kept, default=last)
    pending: list[int] = []
    misses = 0
    # Items announced by a line that ends in a colon ("The universities affected:"):
    # a list of names or codes shares no words with the prose, yet is the article's.
    announced = _LIST_INTRO_ITEMS if _announces_list(segments[start]) else 0
    for index in range(start + 1, len(segments)):
        segment = segments[index]
        if at_edge[index]:
            break
        if not segment.is_open:
            continue
        if announced and _list_item(segment):
            kept.update(pending)
            kept.add(index)
            pending.clear()
            misses = 0
            announced -= 1
            continue
        if _continues(segment, vocabulary) or _announces_list(segment):
            kept.update(pending)
            kept.add(index)
            pending.clear()
            misses = 0
            announced = _LIST_INTRO_ITEMS if _announces_list(segment) else 0
            continue
        announced = 0
        misses += 1
        if misses >= _CONTINUATION_MISSES:
            break
        pending.append(index)
    return kept


def _announces_list(segment: Segment) -> bool:
    """ "Some of my favourites that are not on the list:": a line of a few words ending
    in a colon, which introduces what follows."""
    return (
        segment.is_open
        and segment.word_count >= _LIST_INTRO_WORDS
        and segment.text.rstrip().endswith((":", "："))
    )


def _list_item(segment: Segment) -> bool:
    """A name, a code or a numbered or bulleted row: what a list announced by a colon
    holds (teaser headlines after "More from the section:" are longer)."""
    if LIST_OR_TABLE_ROW.match(segment.text):
        return segment.word_count <= LIST_ROW_WORDS
    return segment.word_count <= _SHORT_WORDS and not segment.ends_like_sentence


def _continues(segment: Segment, vocabulary: set[str]) -> bool:
    if segment.word_count > _SHORT_WORDS and segment.ends_like_sentence:
        return True
    if LIST_OR_TABLE_ROW.match(segment.text) and segment.word_count <= LIST_ROW_WORDS:
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
    start = {id(segments[headline])} if segments[headline].is_open else set()
    return start | {
        id(between)
        for offset, between in enumerate(segments[headline + 1 : first], start=headline + 1)
        if between.is_open
        and weights[offset] >= -_MEDIUM_LINE_COST
        and not _stamp_and_labels(between)
    }


_META_DATE = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2})\b")
"""A date with its year (a clock time alone is opening hours: "Mo bis Fr: 9:00 – 16:00")."""
_META_SIGNS = re.compile(r"[|·•]|\s/\s|\b\d{1,2}:\d{2}\b")
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
    return (
        not segment.ends_like_sentence
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
    naming two of the title's words ("20 g Mini-Marshmallows" in a recipe named
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
        if segment.word_count <= _HEADLINE_WORDS[1] and _mostly_title_words(words, title_words):
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
    Doe | Di, 21. April 2020 - 16:40") that a prose line follows within two open lines."""
    headers: list[int] = []
    for index in range(start, len(segments)):
        segment = segments[index]
        # (label, not is_open: a property call on every line after the article's start)
        if segment.label is not BODY or at_edge[index]:
            continue
        if not _is_stamp(segment, segment.word_count):
            continue
        following = [
            i for i in range(index + 1, min(len(segments), index + 4)) if segments[i].is_open
        ]
        if any(weights[i] > 0 for i in following[:2]):
            headers.append(index)
    return headers


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
        comment = max(sum(w for w in weights[a:b] if w > 0) for a, b in pairwise(thread))
        article = sum(w for w in weights[first:header] if w > 0)
        if article < _ARTICLE_OVER_COMMENT * comment:
            return None  # a forum thread: the posts are the page's text
        end = max((i for i in range(first, header) if weights[i] > 0), default=last)
        return min(end, last)
    return None


def _thin_end(
    segments: list[Segment], weights: list[float], first: int, last: int
) -> Iterator[Segment]:
    """Lines that are not prose near the run's end, where little of its prose is left."""
    total = sum(w for w in weights[first : last + 1] if w > 0)
    mass = 0.0
    for index in range(last, first - 1, -1):
        if weights[index] > 0:
            mass += weights[index]
            if mass >= _THIN_TAIL * total:
                break
        elif segments[index].is_open and not _opens_section(segments, weights, index, last):
            yield segments[index]


def _opens_section(segments: list[Segment], weights: list[float], index: int, last: int) -> bool:
    """Whether `_SECTION_PROSE` prose lines follow the line at `index` in the run, with no
    other open line between."""
    prose = 0
    for after in range(index + 1, last + 1):
        if not segments[after].is_open:
            continue
        if weights[after] <= 0:
            return False
        prose += 1
        if prose >= _SECTION_PROSE:
            return True
    return False


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
    an endless page) outweighs it.
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
            if s is not title and s.label is not Label.REMOVED:
                found = s.content_words
                if not found.isdisjoint(words):
                    seen.update(found & words)
        return len(seen) / len(words)

    best_mass = sum(weights[span[0] : span[1] + 1])
    own = share(span)
    choice, choice_share = span, own
    for rival in _rivals(weights, 0, len(weights), _RIVAL_DEPTH)[1:]:
        if sum(weights[rival[0] : rival[1] + 1]) < _RIVAL_MASS * best_mass:
            continue
        rival_share = share(rival)
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
    total = sum(w for w in weights[first : last + 1] if w > 0)
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
    blurb (a line of positive weight) of at most `_BLURB_WORDS` words under a headline,
    no two blurbs in a row, at least `_BOX_MIN_STORIES` of them, weighing at most
    `_BOX_PROSE_SHARE` of the run's prose (`total`).

    The walk stops at the first line that rules the box out: a run's text below a
    heading (paragraphs in a row) does so within a few lines, where looking at every
    line to the run's end for each heading grew with the square of a big article."""
    blurbs = 0
    mass = 0.0
    previous_blurb: bool | None = None  # None: no open line seen yet
    for index in range(heading + 1, last + 1):
        if not segments[index].is_open:
            if segments[index] in headlines:
                previous_blurb = False  # a box's headline, taken out already
            continue
        blurb = weights[index] > 0
        if blurb:
            if previous_blurb is not False:
                return False  # right under the heading, or after another blurb
            if segments[index].word_count > _BLURB_WORDS:
                return False
            blurbs += 1
            mass += weights[index]  # (positive weights: once too much, always)
            if mass > _BOX_PROSE_SHARE * total:
                return False
        previous_blurb = blurb
    return blurbs >= _BOX_MIN_STORIES


def _chrome_dominated(side: list[int], weights: list[float]) -> bool:
    chrome = sum(1 for i in side if weights[i] < 0)
    return chrome >= _MIN_CHROME_SEGMENTS and chrome >= _CHROME_SHARE * len(side)


def _headline_above(segments: list[Segment], first: int) -> Segment | None:
    """The page's headline usually stands right above the article text."""
    for index in range(first - 1, max(first - 1 - _HEADLINE_ABOVE_RUN, -1), -1):
        segment = segments[index]
        if not segment.is_open or _stamp_and_labels(segment):
            continue
        words = segment.word_count
        if _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and not segment.ends_like_sentence:
            return segment
        return None
    return None
