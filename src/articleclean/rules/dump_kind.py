"""What kind of text dump: a whole page, with the site around the article, or the article.

A whole-page dump has the site around the article: a menu above it, menu
and footer lines repeated, page furniture phrases. An article dump is the
article, perhaps with a title, a byline, captions and a few junk lines;
the whole-page rules (`outside_article`, `menu_run`) never run on it,
since an article's own table, recipe or results list looks like a menu to them.
Thresholds chosen on the tune part of the labelled dumps (bench/labelled_dumps.py),
erring towards "article": a page taken for an article keeps some junk lines,
an article taken for a page can lose most of itself.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress
from typing import Literal

from ..document import BODY, REMOVED, Segment
from ..names import bare_names, opens_with_given_name, prefixed_byline
from .ads import ad_marker, media_placeholder
from .article_run import mostly_title_words
from .base import Claimed
from .base import decided_article_dump as decided_article_dump  # where the pipeline sets it
from .boilerplate import (
    article_table_rows,
    boilerplate_notice,
    prose_line,
    site_boilerplate,
    table_cell,
)
from .credits import credit_only
from .markdown import markdown_menu
from .promos import promo_prompt
from .teaser_headings import teaser_heading

DumpKind = Literal["page", "article"]
_KIND_SHORT_WORDS = 4
"""A line of at most this many words not ending like a sentence reads like a menu item."""
_KIND_LEAD_ITEMS = 6
"""Menu-like lines before the first prose line: a page has a menu above the article;
an article dump has its title, a byline, perhaps a dateline or a caption there."""
_KIND_LONG_LEAD = 12
"""Foreign menu-like lines above the first prose line (twice the lead test's) that make a
page with a single line of the site's words, a notice ("Kontakt", "Mein Konto") or a run
of the menu printed twice, where the site frame needs two: a shop's or a portal's
mega-menu prints its other site words as menu items, not as prompts or notices. An
article dump has its title, a byline, a caption above its prose (tune part: no labelled
article dump has more than two such lines; of the 31 labelled page dumps read as
articles, 5 have 12 or more, 3 of them with a table the page rules then cut: 53 rate
rows of a loan comparison, a live match's line-ups; those stay articles)."""
_KIND_LONG_TAIL = 10
"""Foreign menu-like lines left open after the last prose line that make a page with the
site's words, when `_KIND_TAIL_FOOTER` notices stand there too: the site's menu printed
below the article (a mobile layout, a sidebar placed after the text) over its footer,
where the frame test needs a menu above the article as well. An article dump left with
the site's lines has a few prompts and a notice or two there (tune part: labelled page
dumps read as pages 559 -> 561 of 589, 99 junk lines out for 7 short body-labelled ones;
whole-page dumps 563 -> 565 of 596, 4 `without` segments out, no `with` lost; no labelled
article dump, article shape, stress, built dump or noise body changes kind; with 6, two
article shapes whose teaser boxes close them read as pages). Round 32: the test asks
`_header_above` too, as the furniture count's three-notice path does since round 31: an
article dump whose own short lines run on into its site's footer has nothing of the site
above its prose, and read as a page it lost those lines to `outside_article`. Tune part:
the `cut + footer` stress rows of bench/loss_audit.py read as pages 21 -> 19 and 38 -> 37
of 188, 79 body lines kept for 11 junk lines; each of the seven tune page dumps this test
reads shows a header, so no labelled dump, whole-page dump, article shape or noise body
changed."""
_KIND_TAIL_FOOTER = 2
"""Distinct notices among those lines: a footer's imprint and privacy links (a privacy
link alone is left after article dumps)."""
_KIND_TAIL_SHARE = 0.5
"""... and the foreign lines are more than this share of the open lines there: a menu's
items stand one after the other; an article's own short lines below its prose (a privacy
policy's sections, a list of names each with its note) come among its other lines."""
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

_KIND_FURNITURE_ABOVE = 2
"""Distinct furniture lines the furniture count needs above the article's last prose line
(before the article or between its paragraphs), or else `_KIND_TAIL_NOTICES` notices: a
page prints its site around the article (a cookie notice on top, prompts and teasers in a
sidebar between the article's lines), an article dump left with some of the site's junk
has it below its end. Tune part, the labelled article dumps (whole, cut to 3 and to 1
paragraphs) with two share prompts, a privacy link and a copyright line put after them:
263 of 953 read as pages on main (the furniture test), 83 with this, 833 body lines kept
that the page rules cut; no labelled page dump nor whole-page dump read otherwise."""
_KIND_TAIL_NOTICES = 3
"""... the notices a footer below the article then needs: imprint, privacy, copyright, more
than an article dump left with the site's junk carries (tune part: with 4, 31 stress dumps
more stay articles, 74 body lines, most of four articles; a page dump whose furniture
stands all in its footer, a sidebar of 94 links, read as an article). Round 31: with
`_header_above` besides (a page prints its header above the article; an article dump
with the site's whole footer below its end has three notices and more): tune, the
`cut + footer` stress rows of bench/loss_audit.py (the page's last eight chrome lines
after the cut article dump, and with light junk put in twice) read as pages 35 -> 21 and
60 -> 38 of 188: 319 body lines kept for 159 junk lines (103 of them the footer's); no
labelled article or page dump, whole-page dump, article shape, noise body or generous dump
changed. (`_KIND_LONG_TAIL`'s test asks it too since round 32.)"""

_KIND_AMID_ITEMS = 8
"""Foreign menu-like lines between the dump's first and last prose lines that, with
`_KIND_AMID_NOTICES` menu notices of the site's, make a page whose sidebar or mega menu is
printed amid the article (`_menu_amid_prose`)."""
_KIND_AMID_NOTICES = 2
"""Distinct notices of the site's that are menu items ("Startseite", "Suche", "Kontakt",
"Menü"), the dump's first line not counted: a privacy policy's own sections are notices
that are no menu items ("Do we use 'cookies'?")."""

_KIND_FOOTER_PROSE = 2
"""Open prose lines a footer of the site's may hold below its menu and notices (a line about
the company, a cookie or affiliate-link text, a copyright sentence): `_article_end`."""
_KIND_FOOTER_LINES = 20
"""Open lines a footer holds at most, from its first notice on: a page's sidebar of archives
and categories printed after the article is longer, and stays where the tests read it."""

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
_KIND_INSERT_RULES = (ad_marker, media_placeholder)
"""Pass-1 rules whose lines an article dump carries between its title and its prose as
often as a page (an ad's label, a video's or a gallery's placeholder): taken out, they are
none of the site's lines a header or a menu below prints (`_printed`). Tune part, the lines
such rules took out between the title and the first prose line: `ad_marker` 4 in article
dumps, 15 in stress and 27 in article-shape dumps, `media_placeholder` 2 in shapes; the
other rules not read (`promo_shape`, `footer_links`, the markup rules' menus) none there
outside page dumps."""
_KIND_MARKUP_MENUS = (markdown_menu,)
"""Markup rules whose lines are a site's menu by the marks (a Markdown list of bare links
to one-word pages): with one above the article's prose and one after its start, the dump
shows a header and a footer or sidebar of the site's (`_markup_frame`)."""
DUMP_KIND_READS = (
    _KIND_SITE_RULES,
    _KIND_FURNITURE_RULES,
    teaser_heading,
    _KIND_NOTICE_RULES,
    _KIND_TABLE_ENDS,
    _KIND_INSERT_RULES,
    _KIND_MARKUP_MENUS,
)
"""The pass-1 rules whose verdicts `dump_kind` reads, in the order of its `Claimed`
arguments (the pipeline hands them over, as it does a rule's `reads`)."""


def dump_kind(
    segments: list[Segment],
    site: Claimed,
    furniture: Claimed,
    teaser_headings: Claimed,
    notices: Claimed,
    table_ends: Claimed,
    inserts: Claimed,
    markup_menus: Claimed,
) -> DumpKind:
    """ "page" when the dump carries a site's menus and furniture, else "article".

    Reads the segments after pass 1 (its furniture verdicts are evidence: what the
    `DUMP_KIND_READS` rules claimed: `site`, `furniture`, `teaser_headings`, `notices`,
    `table_ends`, `inserts` and `markup_menus`) and changes nothing. Short lines that share a word with the title or the prose
    (an article's list of products, its standings, its ingredients) are the
    article's and count for nothing here: a menu's items ("Home", "Sport",
    "Kontakt") are not about the article.
    """
    prose = _prose_lines(segments)
    has_prose = True in prose
    first_prose = prose.index(True) if has_prose else len(segments)
    # The dump's first line is its title (a page's <title>, an article's headline),
    # and the same line again is the headline printed twice: neither is a menu item.
    title_key = segments[0].key if segments else ""
    last_prose = len(segments) - 1 - prose[::-1].index(True) if has_prose else len(segments) - 1
    menu_like = _menu_lines(segments)
    # A menu above the article, or around it, comes with the site's own words
    # ("Home", "Contact", a copyright line, a newsletter prompt); an article that
    # opens with its own table or ingredients, or ends with a list of specs or
    # results, has none (tune part: requiring them turned 5 of 8 article dumps
    # taken for pages and 8 of 15 generous extractions back into article dumps).
    site_lines = {segment.key for segment in site}
    # The lines a read rule took out count by its verdict, any other as printed (`_printed`).
    read = (furniture, inserts)
    # Where the site's notices stand (a photo credit among them is none: `_site_line`),
    # found once for the tests below that place them.
    site_line = _site_lines()
    site_notices = [index for index in notices.positions(segments) if site_line(segments[index])]
    notice_lines = {segments[index].key for index in site_notices}
    site_words = len(site_lines) >= _KIND_SITE_LINES
    # Prompts alone do not make a menu of the article's own table or list; a notice does.
    site_frame = site_words and len(notice_lines) >= _KIND_MENU_NOTICES
    # Which menu-like lines name nothing the article names: the tests below ask it only
    # with the site's words (about half of the dumps have none), so it is found then.
    foreign = _foreign_lines(segments, menu_like, title_key, prose) if site_lines else []
    # The menu tests look for a menu above the article's prose (or around it, or on top
    # of it): in a dump with no prose line at all (a post of short lines, a recipe's
    # utensils, a list under a paragraph too short to count) "above the prose" is the
    # whole dump, the article's own rows and the site's lines left below its end
    # included, so nothing tells a page's menu from the article's rows (round 19, tune
    # part: the labelled article dumps, whole and cut to 3 and 1 paragraphs, with two
    # share prompts, a privacy link and a copyright line after them, read as pages 95 ->
    # 74 of 969, 1,404 body lines kept for 10 junk lines; of the 1,185 labelled and
    # whole-page page dumps one short post without prose reads as an article, 12
    # chrome lines kept). The furniture count below asks it too (`has_prose`).
    table: set[int] | None = None

    def article_table() -> set[int]:
        """`article_table_rows`, found the first time one of the three tests below that
        ask it does, and kept for the others (the segments do not change here)."""
        nonlocal table
        if table is None:
            table = _table_under_title(segments, table_ends)
        return table

    if (
        site_frame
        and has_prose
        and _menu_frame(
            segments,
            menu_like,
            foreign,
            (first_prose, last_prose),
            teaser_headings,
            prose,
            site_notices,
        )
    ):
        return "page"
    headline = _headline_again(segments, first_prose)
    if (
        site_lines
        and headline is not None
        and has_prose
        and _menu_above_headline(sum(foreign[1:headline]), notice_lines)
    ):
        return "page"
    runs = _repeated_runs(segments, menu_like, prose, headline)
    if (
        site_words
        and runs >= _KIND_REPEATED_RUNS
        and _repeated_runs(segments, foreign, prose, headline) >= _KIND_REPEATED_RUNS
    ):
        return "page"
    if runs >= _KIND_MANY_REPEATED_RUNS:
        return "page"  # menus printed twice inside a long page
    if (
        site_lines
        and (notice_lines or runs)
        and has_prose
        and _lead_items(segments, foreign, first_prose) >= _KIND_LONG_LEAD
        and not article_table()
    ):
        # A long menu above the article, with one line of the site's that a menu prints
        # (a notice, or a run printed twice), and no table of the article's own that the
        # page rules would cut on this weaker evidence than the site frame's.
        return "page"
    if (
        site_words
        and has_prose
        and _menu_below(segments, foreign, site_notices, last_prose, read) >= _KIND_LONG_TAIL
        and not article_table()
        and _header_above(segments, menu_like, site_notices, first_prose, read)
    ):
        # The site's menu and footer below the article, its notices among them, and its
        # header above it: an article dump with the site's footer left below its end
        # shows nothing of the site above its prose (round 32, `_KIND_LONG_TAIL`).
        return "page"
    if has_prose and _markup_frame(segments, markup_menus, first_prose):
        return "page"
    if has_prose and _notice_in_markup_menu(segments, markup_menus, site_notices):
        return "page"
    if len(notice_lines) < _KIND_FURNITURE_NOTICES:
        return "article"  # prompts and teaser headings put between an article's blocks
    if _table_opens_article(segments, article_table()):
        # The article's table right under its title and first lines of prose, nothing
        # of a menu above it: the notices are a few lines of the site's left below an
        # article dump, not a page's frame.
        return "article"
    # Where the article's prose ends for the two tests below that look above it: above a
    # footer of the site's when nothing of the site stands above the article (`_article_end`).
    article_end = (
        _article_end(segments, prose, site_notices, last_prose, read)
        if has_prose and not _header_above(segments, menu_like, site_notices, first_prose, read)
        else last_prose
    )
    if has_prose and _menu_amid_prose(
        segments, menu_like, foreign, site_notices, (first_prose, article_end)
    ):
        return "page"
    # Distinct lines: an article's own separators ("* * *") or a photo credit
    # printed under each picture are one thing said many times, not a site's furniture.
    # (Found here, past the notice test above that settles most dumps: each line is asked
    # whether it is a photo credit, a search of the credit forms where it holds a bracket.)
    furniture_lines = {segment.key for segment in furniture if site_line(segment)}
    if len(furniture_lines) < _KIND_FURNITURE_LINES:
        return "article"
    if not has_prose or not _furniture_above(segments, furniture, article_end, site_line):
        # All the site's lines below the article's end, and few notices: an article dump
        # with the site's prompts and a notice or two left after it, not a page's frame.
        # Without a prose line nothing stands "above the article's last paragraph"
        # (round 19, tune part: the stress above 74 -> 67 read as pages, 28 body lines
        # kept, no junk line more; no labelled nor whole-page page dump read otherwise).
        if len(notice_lines) < _KIND_TAIL_NOTICES:
            return "article"
        # With notices enough (its imprint, privacy and copyright lines) it is still an
        # article dump with the site's whole footer left after it unless the site's
        # header stands above the article too: a page prints both.
        if has_prose and not _header_above(segments, menu_like, site_notices, first_prose, read):
            return "article"
    elif not _frame_above_end(segments, menu_like, site_notices, (first_prose, article_end), read):
        # Only prompts and teaser headings above the article's end, the site's notices all
        # below it and no header on top: an article dump with junk put between its blocks
        # and the site's footer left after it (round 52).
        return "article"
    return "page"


def _markup_frame(segments: list[Segment], markup_menus: Claimed, first_prose: int) -> bool:
    """Whether the markup's own menus (`markup_menus`, `_KIND_MARKUP_MENUS`) stand above the
    dump's first prose line and again below it: the site's menu over the article and its
    sidebar's or footer's link lists after it, a frame the marks show where the word tests
    need notices (a Markdown page's menus are lists of links, and its notices links among
    them). An article dump has at most one such list (a post's tags below it, section links
    over it).

    Round 59, tune part: of the 40 whole-page Markdown dumps of `bench/markdown_dumps.py`
    read as articles, 19 with such menus, 7 read as pages (a university's, a sports and a
    trade portal's, a blog's, a magazine's, a shop's, a news site's): `without` segments
    kept 10 -> 2, no `with` lost, 335 paragraphs out of the bodies (teaser boxes, comment
    forms, archives, job ads), one of them the article's: a blog's closing embedded tweet,
    which `outside_article` cuts on the page's html-text dump too (4 of the 7 html-text
    dumps read as pages). As guards, Markdown article dumps (markdownify of each tune
    page's largest <article> or <main>, 396; trafilatura's Markdown with links, 1,192): 1
    more read as a page (a magazine's <article> with a teaser list over its text and an ad
    list under it: its paragraphs kept, its teasers, ads and the editor's initials cut),
    none of trafilatura's. Plain and text-browser dumps have no such menus.
    """
    if not markup_menus:
        return False
    # A table of contents is the article's own list of links, to its sections on the
    # same page (one over its text and its tags below it make no frame).
    places = [
        index
        for index in markup_menus.positions(segments)
        if not (segments[index].marks and segments[index].marks.in_page)
    ]
    return bool(places) and places[0] < first_prose < places[-1]


def _notice_in_markup_menu(
    segments: list[Segment], markup_menus: Claimed, site_notices: list[int]
) -> bool:
    """Whether a markup menu (`markup_menus`, a Markdown list of one-link items) holds one
    of the site's notices as an item past its first ("Kontakt", "Contact", "Privacy
    policy": the site's own pages, named in its menu), and another notice of the site's
    stands outside that menu (its copyright or imprint line): the site's menu then, one
    side of the article being enough. A notice item counts as one of the menu's items
    (pass 1 took it first). The first item is not read: "Home" opens a breadcrumb, which
    an article's <main> prints over the text.

    Round 59 mdkind2, tune part: of the 33 whole-page Markdown dumps still read as articles,
    3 sites (a Python blog's, a personal tech site's, a party's) read as pages: their site
    lines cut (an e-mail address, "Rss", a licence line, "Folge uns", "Jetzt dabei sein"),
    no `with` segment lost. Guards: markdownify of the tune pages' <article>/<main> (374
    read as articles) and trafilatura's Markdown (1,185): none moved (a breadcrumb's "Home"
    first, a post's "Previous post" / "Next post" with no notice outside, in the five that
    hold a notice item).
    """
    if not markup_menus or len(site_notices) < 2:
        return False
    notices = set(site_notices)
    menus = markup_menus.marks(segments)
    run: list[int] = []
    for index in [*range(len(segments)), -1]:
        segment = segments[index] if index >= 0 else None
        marks = segment.marks if segment is not None else None
        if (
            marks is not None
            and not marks.in_page
            and (menus[index] or (index in notices and marks.item and marks.links == 1))
        ):
            run.append(index)
            continue
        held = [item for item in run[1:] if item in notices]
        if held and any(menus[item] for item in run):
            inside = {segments[item].key for item in run if item in notices}
            if any(segments[item].key not in inside for item in site_notices):
                return True
        run = []
    return False


def _frame_above_end(
    segments: list[Segment],
    menu_like: list[bool],
    site_notices: list[int],
    prose_span: tuple[int, int],
    read: tuple[Claimed, ...],
) -> bool:
    """Whether the site's frame shows above the article's end (`prose_span`: its first prose
    line and its last above the footer, `_article_end`) beside the furniture the count
    found there: one of the site's notices (at `site_notices`) above the last prose line,
    or the site's header above the first (`_header_above`). Share, follow and newsletter
    prompts and teaser headings come between an article dump's blocks as often as in a
    page's sidebar (`_KIND_NOTICE_RULES`); a page prints its notices or its header above
    the article's end as well, an article dump with the site's footer left after it has
    them all below.

    Round 52, tune part: the `cut + noise x2 + footer` stress dumps of bench/loss_audit.py
    (its NUL-ended lines fixed) read as pages 39 -> 24 of 188 (by the furniture count 26 ->
    11), 243 body lines kept for 109 junk lines; the nine labelled page dumps the count
    reads as pages each show a notice or a header; no labelled article or page dump,
    whole-page or generous dump, article shape, built shape or noise body changed kind."""
    first_prose, article_end = prose_span
    return _notice_above(site_notices, article_end) or _header_above(
        segments, menu_like, site_notices, first_prose, read
    )


def _table_under_title(segments: list[Segment], ends: Claimed) -> set[int]:
    """`article_table_rows` with the dump's first line apart, its title (a short headline
    would open the block of a table right under it, and the block would stand under
    nothing), unless a row prints nothing but the title's words: the headline printed
    again ("Mandelplätzchen" under "Mandelplätzchen | kulinaria@home"), so the block
    above it is a page's header between its <title> and its <h1>, read then as before
    (tune part: a blog's page dump, its header lines and ingredients one block).

    The block's rows are read as printed (`printed`): a line pass 1 took out of it (a
    close button's label, "Video") is a row at its place, not passed over, so that no
    verdict of a rule this test does not read shifts the column's step. Round 57: one
    "Schließen" taken out of a tune page dump's 147-line mega-menu, a column at its
    threshold, made it a table and the page an article (139 chrome lines kept). Tune
    part, each pass-1 verdict changed alone (a kept short line taken out, sampled 25 a
    dump; a line taken out put back): the decision flipped in 33 -> 18 tries (9 -> 7 of
    589 labelled page dumps) and 18 -> 5 (6 -> 5 of 596 whole-page dumps), and for a line
    put back that no rule `dump_kind` reads took 3 -> 0; no dump changed kind. As printed,
    a page's menu printed twice (salon.com: eight items, "Video" among them) steps at a
    multiple of the column's stride: `article_table_rows` reads such a block as no table
    (`_printed_again`), else it turned that page into an article."""
    rows = article_table_rows(segments, ends, title_apart=True, printed=True)
    title = segments[0].content_words if segments else frozenset()
    if any(title.issuperset(segments[index].content_words or {""}) for index in rows):
        return article_table_rows(segments, ends, printed=True)
    return rows


def _menu_amid_prose(
    segments: list[Segment],
    menu_like: list[bool],
    foreign: list[bool],
    site_notices: list[int],
    prose_span: tuple[int, int],
) -> bool:
    """Whether the site's menu stands amid the article's prose: `_KIND_AMID_ITEMS` `foreign`
    lines between the dump's first and last prose lines, and `_KIND_AMID_NOTICES` distinct
    notices of the site's that are menu items anywhere below the first line (a sidebar
    or a mega menu that the text dump printed between a cookie text or a teaser and the
    article, or between the article's paragraphs), one of the site's notices standing above
    the last prose line. Asked once the furniture count's two notices are there, before its
    count of furniture lines, which such a page misses when its footer is short.

    Neither alone carries: two menu notices between the prose read a held-out article
    dump as a page (round 22); eight foreign lines amid the prose read injected teasers
    and ads as a menu (round 27: 26 article-shape dumps and 41 noise bodies as pages).
    Together (round 28, tune part): labelled page dumps 3 more read as pages, 248 lines not
    of the body out for 4 body-labelled lines (a post's last line, a footer, a kicker and
    a date); whole-page dumps 8 `without` segments out, 2 `with` lost (that post's last
    line and a wire's "Additional reporting by" after a related box); no labelled article
    dump, article shape, built shape or noise body changed kind.

    Round 53, the notice above the article's end (`_notice_above`, as the furniture count's
    `_frame_above_end` asks since round 52): an article dump whose own short lines (its
    subheadings, a FAQ's questions) stand between its paragraphs, with its site's footer
    ("Datenschutz", "Sitemap") left below its end, showed both, and the page rules cut
    those lines; a page prints its search, login or cookie line on top or its sidebar's
    notices amid the article. `prose_span` ends at `_article_end` when nothing of the site
    stands above the article. Tune part: the `cut + noise x2 + footer` stress dumps read as
    pages 20 -> 19 (29 body lines kept for 4 junk lines); no labelled article or page dump,
    whole-page dump, article shape or other stress dump changed kind, and the noise
    bench's bodies are unchanged. Counting only the notices above the last prose line
    instead read a whole-page dump as an article (its search line on top, its privacy
    link in the footer): a hundred menu and login lines kept."""
    first_prose, last_prose = prose_span
    if sum(foreign[first_prose : last_prose + 1]) < _KIND_AMID_ITEMS:
        return False
    # (a footer's "Impressum" and "Kontakt" below the article alone are no menu amid it)
    if not _notice_above(site_notices, last_prose):
        return False
    keys = {segments[index].key for index in site_notices if index and menu_like[index]}
    return len(keys) >= _KIND_AMID_NOTICES


def _article_end(
    segments: list[Segment],
    prose: list[bool],
    site_notices: list[int],
    last_prose: int,
    read: tuple[Claimed, ...],
) -> int:
    """The article's last prose line above the dump's footer, else `last_prose`.

    The footer starts at the earliest of the site's notices (at `site_notices`) with at most
    `_KIND_FOOTER_PROSE` open prose lines from it to the dump's end; it holds at most
    `_KIND_FOOTER_LINES` open lines, and fewer open prose lines than stand above it (a
    dump of three prose lines has no article above a footer of two). An article dump with
    its site's footer left below its end (menu items, "Impressum", "Datenschutz", then "Wir
    verwenden Cookies, um ..." or the publisher's line) has its last prose line in that
    footer: the footer's menu then stood "amid the prose" (`_menu_amid_prose`) and its
    notices and prompts "above the article's end" (`_furniture_above`), and the dump was
    read as a page whose rules cut the article's own short lines. `dump_kind` asks it only
    when nothing of the site stands above the article (`_header_above`): a page prints its
    header there, and its sidebar amid its prose stays amid.

    Round 40, tune part (`python -m bench.dump_kinds`): the `cut + footer` stress dumps
    read as pages 61 -> 52 of 1,384, 219 body lines kept for 49 junk lines; no whole-page
    dump, labelled page or article dump nor article shape changed kind. Without the
    header test, 3 whole-page dumps more read as articles (7 `without` segments kept); with
    no cap on the footer's lines, a blog's sidebar of 55 menu lines over a footer of one
    prose line read as an article (132 junk lines kept). The footer's lines are counted as
    printed (`_printed`), as the header's and the menu below's are (round 58)."""
    open_prose = [
        is_prose and segment.label is BODY
        for segment, is_prose in zip(segments, prose, strict=True)
    ]
    start = None
    below = 0
    notices = set(site_notices)
    for index in range(len(segments) - 1, -1, -1):
        below += open_prose[index]
        if below > _KIND_FOOTER_PROSE:
            break
        if index in notices:
            start = index
    if start is None:
        return last_prose
    footer_prose = sum(open_prose[start:])
    footer_lines = sum(1 for segment in segments[start:] if _printed(segment, read))
    if sum(open_prose[:start]) <= footer_prose or footer_lines > _KIND_FOOTER_LINES:
        return last_prose
    for index in range(start - 1, -1, -1):
        if prose[index]:
            return index
    return last_prose


def _menu_above_headline(items: int, notice_lines: set[str]) -> bool:
    """Whether `items` foreign lines between the dump's first line and the headline printed
    again make a page's menu between its <title> and its <h1>: `_KIND_MENU_ABOVE_HEADLINE`
    of them with a notice of the site's, or else `_KIND_LONG_LEAD`. A share or newsletter
    prompt alone is no notice (as for the site frame, `_KIND_MENU_NOTICES`): an article
    dump carries prompts, and its own list above a reworded headline (a game's facts
    box, a post's section names) is four to eleven lines (round 24, tune part, the
    "list first + noise" and "cut to 1 + noise x2" shapes with five noise seeds: read as
    pages 34 -> 22, 254 body lines kept for 30 junk lines; labelled page dumps
    unchanged; whole-page dumps one page read as an article, one `with` segment back)."""
    if notice_lines:
        return items >= _KIND_MENU_ABOVE_HEADLINE
    return items >= _KIND_LONG_LEAD


def _menu_below(
    segments: list[Segment],
    foreign: list[bool],
    site_notices: list[int],
    last_prose: int,
    read: tuple[Claimed, ...],
) -> int:
    """The open `foreign` lines after the last prose line, when `_KIND_TAIL_FOOTER` distinct
    notices stand there too and they are most of the open lines there; else 0. Lines pass 1
    took out (an ad's label, a credit, a teaser box put into an article dump) count for
    neither."""
    below = range(last_prose + 1, len(segments))
    footer = {segments[index].key for index in site_notices if index > last_prose}
    if len(footer) < _KIND_TAIL_FOOTER:
        return 0
    open_lines = [index for index in below if _printed(segments[index], read)]
    menu = sum(foreign[index] for index in open_lines)
    # A menu's lines one after the other, not an article's own lines (a privacy policy's
    # sections, a list's items) among which some are menu-like.
    return menu if menu > _KIND_TAIL_SHARE * len(open_lines) else 0


def _header_above(
    segments: list[Segment],
    menu_like: list[bool],
    site_notices: list[int],
    first_prose: int,
    read: tuple[Claimed, ...],
) -> bool:
    """Whether the dump shows a header of the site's above its first prose line: one of the
    site's notices (at `site_notices`), or a menu-like line that is no byline (with its
    prefix or without, `_bare_byline`) nor photo credit, between the dump's first line (its
    title) and the prose. An article dump has its title, a byline, a caption there; a page
    its site's menu, search or login. (Round 52, the bare byline, tune part: the `cut +
    noise x2 + footer` stress dumps read as pages 24 -> 21, 57 body lines kept for 30 junk
    lines; nothing else changed kind.)"""
    if _notice_above(site_notices, first_prose):
        return True
    return any(
        menu_like[index]
        and _printed(segments[index], read)
        and not prefixed_byline(segments[index].text)
        and not credit_only(segments[index])
        and not _bare_byline(segments[index].text)
        for index in range(1, first_prose)
    )


def _printed(segment: Segment, read: tuple[Claimed, ...]) -> bool:
    """Whether a line counts where it is printed, in the header above the article or the
    menu below it: open, or taken out in pass 1 by a rule `dump_kind` does not read (`read`:
    the claims of those it reads, `DUMP_KIND_READS`), a close button's label, a Markdown
    menu's item. What those rules claimed counts by their verdict (a notice, a prompt, an
    ad's label), and a verdict of any other rule moves nothing here: one line taken out
    under the title had left a page nothing of its header (round 58)."""
    if segment.label is BODY:
        return True
    return segment.label is REMOVED and not any(segment in claims for claims in read)


def _bare_byline(text: str) -> bool:
    """Whether a line is a byline without its prefix: a person's name or names and
    nothing else, the first a known given name ("Gesine Engels-Krone", "Gavin
    O'Callaghan"), which article dumps print under their title as often as "By …". A
    menu's items name sections, not people ("Sport", "Speak Freely", "Expert Tips";
    `bare_names` alone reads such two capitalised words as a name)."""
    names = bare_names(text)
    return bool(names) and all(opens_with_given_name(name) for name in names)


def _furniture_above(
    segments: list[Segment],
    furniture: Claimed,
    last_prose: int,
    site_line: Callable[[Segment], bool],
) -> bool:
    """Whether `_KIND_FURNITURE_ABOVE` distinct furniture lines (a photo credit not counted:
    `site_line`, the dump's `_site_lines`) stand above the dump's last prose line: in a
    page's header or sidebar."""
    above = {
        segments[index].key
        for index in furniture.positions(segments)
        if index < last_prose and site_line(segments[index])
    }
    return len(above) >= _KIND_FURNITURE_ABOVE


def _site_line(segment: Segment) -> bool:
    """Whether a notice or furniture line counts as the site's: it has letters or digits (a
    key), and it is no photo credit ("© dpa" under each picture is the article's, not a
    site notice)."""
    return bool(segment.key) and not credit_only(segment)


def _site_lines() -> Callable[[Segment], bool]:
    """`_site_line`, each text read once: one dump's notice lines are its furniture lines
    too, and both are asked (the furniture above the prose a second time), and a footer
    prints a notice more than once. The answer is the text's (its key, words and credit
    forms); a credit search of a line with a bracket costs tens of thousands of steps."""
    known: dict[str, bool] = {}

    def site_line(segment: Segment) -> bool:
        found = known.get(segment.text)
        if found is None:
            found = known[segment.text] = _site_line(segment)
        return found

    return site_line


def _foreign_lines(
    segments: list[Segment], menu_like: list[bool], title_key: str, prose: list[bool]
) -> list[bool]:
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
    topic = _topic_words(segments, prose, asked)
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
    prose: list[bool],
    site_notices: list[int],
) -> bool:
    """Whether the `foreign` lines (`_foreign_lines`) make a menu above the article, or a
    menu and a footer around it, or the dump opens with a menu: what a page shows when
    its site's words and notices are there (`dump_kind`'s site frame). A menu above the
    article alone (the lead test) needs one of the site's notices (at `site_notices`)
    above the article too (`_notice_above`)."""
    first_prose, last_prose = prose_span
    if sum(foreign[1:first_prose]) < min(_KIND_FRAME_ITEMS, _KIND_LEAD_ITEMS):
        # Too few above the prose for the lead test or the frame test, wherever the
        # article starts: no line is asked whether it is a byline.
        return _opening_menu(segments, menu_like, prose) >= _KIND_OPENING_MENU
    lead_items = _lead_items(segments, foreign, first_prose, _KIND_LEAD_ITEMS)
    if lead_items >= _KIND_LEAD_ITEMS and _notice_above(site_notices, first_prose):
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
    return _opening_menu(segments, menu_like, prose) >= _KIND_OPENING_MENU


def _notice_above(site_notices: list[int], first_prose: int) -> bool:
    """Whether one of the site's notices ("Menu", "Search", "Login", a cookie notice, the
    imprint; at `site_notices`, in order) stands above the first prose line: a page's
    header prints them with its menu above the article. An article dump opening with its
    own list or its section names under the title has none there; the site's lines it
    carries stand below its end."""
    return bool(site_notices) and site_notices[0] < first_prose


def _lead_items(
    segments: list[Segment], foreign: list[bool], first_prose: int, enough: int = _KIND_LONG_LEAD
) -> int:
    """The `foreign` lines above the first prose line and above any byline line, counted up
    to `enough` (the lines further down are not asked: a menu either way)."""
    # A byline line ("By Jane Doe", "Por Lucía Romero") starts the article: a page's
    # menu stands above it, and what follows it is the article's (a checklist, a table).
    # The lines below the last foreign one above the prose add nothing to the count, so
    # none of them is asked whether it is a byline (a byline reading costs a few searches).
    stop = first_prose
    while stop > 1 and not foreign[stop - 1]:
        stop -= 1
    count = 0
    for index in range(1, stop):
        if prefixed_byline(segments[index].text, segments[index].may_hold_digit):
            break
        count += foreign[index]
        if count >= enough:
            break
    return count


def _table_opens_article(segments: list[Segment], table: set[int]) -> bool:
    """Whether the dump's first block of short lines is a table by its shape (`table`:
    the rows `article_table_rows` found) and stands right under the dump's first line
    and at most `_KIND_TABLE_INTRO` lines of prose: a page has its menu there, an article
    dump its introduction (the lines pass 1 took out, a share bar or an ad, do not
    count)."""
    if not table:
        return False
    above = [segment for segment in segments[1 : min(table)] if segment.label is BODY]
    return len(above) <= _KIND_TABLE_INTRO and all(prose_line(s) for s in above)


def _topic_words(
    segments: list[Segment], prose: list[bool], asked: frozenset[str], with_title: bool = True
) -> frozenset[str]:
    """The words of `asked` that the title line or the dump's prose lines (`prose`) hold."""
    words: set[str] = set(segments[0].content_words & asked) if segments and with_title else set()
    if not asked:
        return frozenset(words)
    for segment in compress(segments, prose):
        found = segment.content_words
        if not found.isdisjoint(asked):
            words.update(found & asked)
    return frozenset(words)


def _opening_menu(segments: list[Segment], menu_like: list[bool], prose: list[bool]) -> int:
    """How many menu-like lines the dump opens with that name nothing its prose names (a
    short headline, "Baumgutachten", is about the text below it)."""
    opening = len(segments)
    for index, menu in enumerate(menu_like):
        if not menu:
            opening = index
            break
    asked = frozenset().union(*(segment.content_words for segment in segments[:opening]))
    topic = _topic_words(segments, prose, asked, with_title=False)
    count = 0
    for segment in segments[:opening]:
        if not segment.content_words.isdisjoint(topic):
            break
        count += 1
    return count


def _headline_again(segments: list[Segment], first_prose: int) -> int | None:
    """Index of the first line up to the first prose whose words are mostly the title's."""
    if not segments:
        return None
    title = segments[0].content_words
    for index in range(1, min(first_prose + 1, len(segments))):
        words = segments[index].content_words
        # (a line sharing no word with the title is not mostly its words: one set test)
        if not words.isdisjoint(title) and mostly_title_words(words, title):
            return index
    return None


def _repeated_runs(
    segments: list[Segment], menu_like: list[bool], prose_lines: list[bool], headline: int | None
) -> int:
    """Distinct runs of three menu-like lines, one right after the other, printed twice or
    more in the same order (a product list's "Our verdict" / "Very good" pairs are two),
    with prose between two prints or a later print above the headline printed again
    (index `headline`, None when it is not); `prose_lines` says which lines are prose."""
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
            if prose_lines[index]:
                prose += 1
    return len(apart)


def _prose_lines(segments: list[Segment]) -> list[bool]:
    """`prose_line` of each line, found once: the walks of `dump_kind` asked it of most
    lines, some more than once (~17,000 calls per 100 documents)."""
    return list(map(prose_line, segments))


def _menu_lines(segments: list[Segment]) -> list[bool]:
    """For each line, whether it is short, with no sentence, no table cell or quantity
    and no colon: a table's cell ("300 g", "36 Monate") and a label that introduces what
    follows ("Zutaten:") are not menu items."""
    # (one comprehension, no call per line: every line of every dump is asked)
    return [
        segment.word_count <= _KIND_SHORT_WORDS
        and not segment.ends_like_sentence
        and not table_cell(segment)
        and not segment.text.rstrip().endswith((":", "："))
        for segment in segments
    ]
