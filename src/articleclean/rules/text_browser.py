"""Rules that read what a text browser printed around a line (`Segment.browser`, set by
`readers/text_browser.py`: its links' numbers, their addresses from the list at the
dump's foot, a list item's mark, a centred line): each judges and changes nothing.

A browser's marks say what the words alone do not: which words are links, where a link
points, which line the page set as its headline. Read as plain text, "Home World
Business Sport" is four words; printed "[2]Home [3]World [4]Business [5]Sport" it is a
row of four links and nothing else, which no paragraph of an article is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ..article import Reason
from ..document import BODY, BrowserMarks, Label, Segment
from ..lexicon import SENTENCE_MARKS, SHARE_CHANNELS
from .base import removes, revises
from .phrasebook import PhraseBook

TITLE_REACH = 40
"""Segments from the top the centred headline is looked for within (a browser prints
skip links, menu rows and a breadcrumb above it): `title_line` looks that far for a
title labelled so, as most dumps have none (round 56: a walk over every segment cost
0.2 % of the text path's instructions), so one below is never labelled here."""

_MIN_ROW_LINKS = 3
"""Links a line of links alone holds at least ("[2]Home [3]World [4]Sport")."""
_MAX_LINK_WORDS = 4
"""Words of one link's text in such a line at most ("[19]Privacy policy")."""
_MAX_LEAD_WORDS = 2
"""Words before its first link at most, ending in a colon ("Share: [10]Facebook …")."""
# The address of a picture: its file's suffix, before a query or a fragment.
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)", re.IGNORECASE)


@removes(Reason.BOILERPLATE, requires_text_browser=True)
def link_references(segment: Segment, context: PhraseBook) -> bool:
    """The list of the links' addresses a browser prints at the dump's foot ("References"
    / "  12. https://…", w3m's "[12] https://…"), a run of its rows or a label over it:
    the browser's own listing, no text of the page. Removed, not dropped: every line
    ends in a field or in `removed`, and the addresses stay there for whoever wants
    them."""
    marks = segment.browser
    return marks is not None and marks.address_list


@removes(Reason.BOILERPLATE, requires_text_browser=True)
def link_row(segment: Segment, context: PhraseBook) -> bool:
    """A line of links and nothing else: a site's menu, a share row, a footer's links
    ("[2]Home [3]World [4]Sport", "Share: [10]Facebook [11]X [12]Email"):
    `_MIN_ROW_LINKS` links or more, each of a few words ending no sentence, after a
    short label ending in a colon at most. A sentence with links in it has words of its
    own between them, or ends as a sentence does ("[5]Biden met [6]Xi in [7]Bali."). Not
    a list's item: the lists are `link_list`'s and the teaser rules'."""
    marks = segment.browser
    if marks is None or marks.item or len(marks.links) < _MIN_ROW_LINKS:
        return False
    lead = marks.lead.split()
    if lead and (len(lead) > _MAX_LEAD_WORDS or not lead[-1].endswith((":", "："))):
        return False
    for link in marks.links:
        words = link.split()
        if not words or len(words) > _MAX_LINK_WORDS or words[-1].endswith(SENTENCE_MARKS):
            return False
    return True


def _lone_address(marks: BrowserMarks | None) -> str | None:
    """The address of the one link a line is and nothing else, when the list at the
    foot gives it."""
    if marks is None or marks.lead or len(marks.addresses) != 1:
        return None
    return marks.addresses[0]


@removes(Reason.MEDIA_PLACEHOLDER, requires_text_browser=True)
def image_link(segment: Segment, context: PhraseBook) -> bool:
    """One link and nothing else whose address (from the list at the foot) is a
    picture's file: the picture's alt text, which a browser prints where the picture
    stands (its caption, when there is one, is a line of its own)."""
    address = _lone_address(segment.browser)
    return address is not None and _PICTURE.search(address) is not None


@removes(Reason.BOILERPLATE, requires_text_browser=True)
def in_page_link(segment: Segment, context: PhraseBook) -> bool:
    """One link and nothing else to a place in the page itself ("[1]Skip to main
    content" → "…#main", an entry of a table of contents): the page's own navigation,
    in any language."""
    address = _lone_address(segment.browser)
    if address is None:
        return False
    _, hash_mark, fragment = address.partition("#")
    return bool(hash_mark and fragment)


_MIN_LINK_ITEMS = 3
"""Items of a list of links at least (`link_list`)."""
_MAX_LIST_NAME_WORDS = 5
"""Words of the name over a list of links at most ("Mehr aus der Region")."""


@revises(Reason.RELATED_TEASER, requires_text_browser=True)
def link_list(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A run of `_MIN_LINK_ITEMS` list items or more, each one link and nothing else
    ending no sentence ("* [14]School board approves …"), with the short line right
    above it that names it ("More from Local", "Meer uit de regio"): a list of other
    stories or of the site's sections, in any language, where the article's own lists
    have words of their own beside any link in them. Items a rule of pass 1 took count
    in the run."""
    run: list[int] = []
    for index, segment in enumerate([*segments, None]):
        if segment is not None and _link_item(segment):
            run.append(index)
            continue
        if len(run) >= _MIN_LINK_ITEMS:
            above = run[0] - 1
            if above >= 0 and _names_a_list(segments[above]):
                yield segments[above]
            yield from (segments[at] for at in run if segments[at].label is BODY)
        run = []


def _link_item(segment: Segment) -> bool:
    """A list item that is one link from its mark to its end, ending no sentence."""
    marks = segment.browser
    return marks is not None and marks.item_link and not segment.text.endswith(SENTENCE_MARKS)


def _names_a_list(segment: Segment) -> bool:
    """A short line, open, ending no sentence: the name of the list under it."""
    return (
        segment.label is BODY
        and len(segment.text.split()) <= _MAX_LIST_NAME_WORDS
        and not segment.text.endswith(SENTENCE_MARKS)
    )


@revises(Label.TITLE, requires_text_browser=True)
def centred_headline(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """The first line the browser centred (`BrowserMarks.centred`: alone between blank
    lines, set in four spaces or more past the margin) among the first `TITLE_REACH`
    segments, still in the body: the page's `<h1>`, which lynx, links and elinks
    centre and no paragraph, caption or menu is. First in pass 2, as the reader's
    title was before the rules, so that no pass-2 rule reads the headline for a
    teaser's; `title_line` reads no other line then."""
    for segment in islice(segments, TITLE_REACH):
        marks = segment.browser
        if marks is not None and marks.centred and segment.label is BODY:
            yield segment
            return


# The places a share row sends the page to (`lexicon.SHARE_CHANNELS`, the list
# `promo_shape` reads too), and "x": a row of such names and nothing else is no sentence,
# so the network's letter is read as the network in any case here.
_SHARE_TARGETS = SHARE_CHANNELS | {"x"}
_MIN_SHARE_TARGETS = 2
"""Targets a share row names at least after its label ("Teilen: Facebook WhatsApp")."""
_MIN_BARE_SHARE_TARGETS = 3
"""Targets a share row names at least with no label before them ("Facebook X Email")."""


@removes(Reason.PROMO, requires_text_browser=True)
def share_row(segment: Segment, context: PhraseBook) -> bool:
    """A row of the places to share the page to and nothing else, after a short label
    ending in a colon at most ("Condividi: Facebook X Email", "Partager : Facebook X
    Courriel", "Teilen: Facebook WhatsApp E-Mail"): a share bar, which a browser
    printing no link numbers (`lynx -nolist`, `links`) leaves as a line of words that
    read as a heading. The targets are brands every language prints as they are. A bar
    whose label is a share verb is `promo_shape`'s first (pass 1 asks it before the
    browser's rules, in any dump), so this rule is what takes a bare row."""
    if segment.word_count > _MAX_LEAD_WORDS + len(_SHARE_TARGETS):
        return False
    label, colon, targets = segment.text.rpartition(":")
    if not colon:
        label, targets = "", segment.text
    elif not label.strip() or len(label.split()) > _MAX_LEAD_WORDS:
        return False
    words = targets.casefold().split()
    fewest = _MIN_SHARE_TARGETS if colon else _MIN_BARE_SHARE_TARGETS
    return len(words) >= fewest and all(word in _SHARE_TARGETS for word in words)


_MAX_HEADER_LINE_WORDS = 8
"""Words of a line of the page's header at most (a skip link, a menu's row, a section's
name); a longer line, or one ending as a sentence does, may be the article's."""
_MAX_HEADER_LINES = 8
"""Lines kept above the centred headline at most, to be read as the page's header."""


@revises(Reason.BOILERPLATE, requires_text_browser=True)
def above_headline(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """The lines still in the body above the headline the browser centred
    (`centred_headline`): the page's header a browser prints over the `<h1>` (skip
    links, the site's name, a menu's row with no link numbers, a breadcrumb), which
    the article does not start before. Only when every such line is short and ends no
    sentence (`_MAX_HEADER_LINE_WORDS`), and they are few: a line of prose there says
    the centred line may be no headline, and nothing is taken."""
    at = next(
        (
            index
            for index, segment in enumerate(islice(segments, TITLE_REACH))
            if segment.label is Label.TITLE
        ),
        None,
    )
    if at is None:
        return
    marks = segments[at].browser
    if marks is None or not marks.centred:
        return
    above = [segment for segment in segments[:at] if segment.label is BODY]
    if len(above) > _MAX_HEADER_LINES or any(
        segment.word_count > _MAX_HEADER_LINE_WORDS or segment.ends_like_sentence
        for segment in above
    ):
        return
    yield from above
