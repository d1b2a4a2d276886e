"""Rules that read what an HTML reader knows about a block (its `Hints`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import Document, Label, Segment
from .base import moves_to, removes, revises
from .captions import split_credit
from .context import Context

CAPTION_WORDS = frozenset(
    {
        "caption",
        "figcaption",
        "wp-caption-text",
        "image-caption",
        "photo-caption",
        "credit",
        "photo-credit",
        "image-credit",
        "media-caption",
        "caption-text",
        "bildunterschrift",
    }
)
RELATED_WORDS = frozenset(
    {
        "related",
        "related-posts",
        "related-articles",
        "related-stories",
        "recommended",
        "recommendations",
        "more-stories",
        "also-read",
        "most-read",
        "trending",
        "popular",
        "recirculation",
        "mostread",
        "outbrain",
        "taboola",
    }
)
PROMO_WORDS = frozenset(
    {
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "sign-up",
        "share",
        "sharing",
        "social",
        "social-share",
        "share-buttons",
        "follow",
        "promo",
        "paywall",
        "comments",
    }
)
AD_WORDS = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "ad-slot",
        "ad-container",
        "sponsor",
        "sponsored",
        "dfp",
        "gpt-ad",
        "banner-ad",
    }
)
BOX_WORDS = CAPTION_WORDS | RELATED_WORDS | PROMO_WORDS | AD_WORDS
"""Every class/id word these rules read; the HTML reader records exactly these."""
# A long paragraph of prose inside such a box is more likely article text
# wrapped by a sloppy template than a teaser.
_MAX_BOX_WORDS = 40


# A table row or list item inside a <figure> is the figure's content (a
# figure may wrap a table or a list), not the words under a picture.
_NEVER_CAPTION_TAGS = frozenset({"table", "li"})
_CREDIT_WORDS = frozenset({"credit", "photo-credit", "image-credit"})


@moves_to(Label.CAPTION)
def html_figure_caption(segment: Segment, context: Context) -> bool:
    hints = segment.hints
    if not (hints.in_figure or hints.class_words & CAPTION_WORDS):
        return False
    if hints.tag in _NEVER_CAPTION_TAGS:
        return False
    if segment.lines is not None and not hints.class_words & _CREDIT_WORDS:
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
        segment.caption_text, segment.credit = found
    else:
        segment.caption_text = segment.text
    return True


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "head"})


@moves_to(Label.HEADING)
def html_heading(segment: Segment, context: Context) -> bool:
    """A block from an <h1>…<h6> element is a heading (the text-dump guess is not needed)."""
    return segment.is_open and segment.hints.tag in _HEADING_TAGS


def _in_box(segment: Segment, classes: frozenset[str]) -> bool:
    return (
        segment.is_open
        and bool(segment.hints.class_words & classes)
        and segment.word_count <= _MAX_BOX_WORDS
    )


@removes(Reason.RELATED_TEASER)
def html_related_box(segment: Segment, context: Context) -> bool:
    return _in_box(segment, RELATED_WORDS)


@removes(Reason.PROMO)
def html_promo_box(segment: Segment, context: Context) -> bool:
    return _in_box(segment, PROMO_WORDS)


@removes(Reason.AD_MARKER)
def html_ad_slot(segment: Segment, context: Context) -> bool:
    return _in_box(segment, AD_WORDS)


# A block that is one link, after a short label ("Lea más:", "MIRA:", "Read
# also:"), is a teaser for another story, whatever the language.
_MAX_TEASER_WORDS = 30
_MIN_LINKED_SHARE = 0.6
_MAX_LABEL_WORDS = 4
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20
_ADDRESS = re.compile(r"@|https?://|www\.")
_TOP_LINES = 2


def _at_top(segment: Segment) -> bool:
    return segment.lines is not None and segment.lines[0] <= _TOP_LINES


@removes(Reason.RELATED_TEASER)
def html_teaser_link(segment: Segment, context: Context) -> bool:
    hints = segment.hints
    if not segment.is_open:
        return False  # the page's title, already claimed, is often a link to itself
    if hints.link_density < _MIN_LINKED_SHARE or segment.word_count > _MAX_TEASER_WORDS:
        return False
    label, colon, _ = segment.text.partition(":")
    if (
        colon
        and 0 < len(label.split()) <= _MAX_LABEL_WORDS
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
        and _MIN_HEADLINE_WORDS <= segment.word_count <= _MAX_HEADLINE_WORDS
        and not _ADDRESS.search(segment.text)
    )


_MAX_ORPHAN_WORDS = 8


@revises(Reason.BOILERPLATE)
def html_orphan_label(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """Headings and "Label:" lines at the very end that introduce nothing.

    "Weitere Themen", "Mehr Themen:", "Teilnehmende Blogs:": what they
    introduced (teasers, a blogroll) was dropped by trafilatura, so they
    announce nothing in the text we kept.
    """
    if not any(segment.hints.tag for segment in segments):
        return  # a text dump: no markup says what a heading is
    for segment in reversed(segments):
        if segment.label is Label.REMOVED or segment.label is Label.CAPTION:
            continue
        if segment.label not in (Label.BODY, Label.HEADING):
            return
        if segment.word_count > _MAX_ORPHAN_WORDS:
            return
        is_heading = segment.label is Label.HEADING or segment.hints.tag in _HEADING_TAGS
        if not (is_heading or segment.text.rstrip().endswith((":", "："))):
            return
        yield segment


KEPT_EXTRACTION = (
    "the rules removed every block of the extracted text; kept the blocks the extractor found"
)
_BODY_LABELS = (Label.BODY, Label.HEADING)


def keep_extraction_if_emptied(document: Document) -> bool:
    """Put back what the rules removed from a page's extracted text when they removed all of it.

    trafilatura found these blocks as the article; rules that leave none of
    them (two `<h2>`s between pictures, taken for orphan labels) have more
    likely misread a short page than found one without any article. True when
    blocks were put back (the Article's message says so).
    """
    if document.source != "html" or document.metadata.get("extraction") == "page_text":
        return False
    extracted = [segment for segment in document.segments if segment.lines is not None]
    if not extracted or any(segment.label in _BODY_LABELS for segment in extracted):
        return False
    removed = [segment for segment in extracted if segment.label is Label.REMOVED]
    if not removed:
        return False
    for segment in removed:
        label = Label.HEADING if segment.hints.tag in _HEADING_TAGS else Label.BODY
        segment.label, segment.reason, segment.rule = label, None, None
    return True
