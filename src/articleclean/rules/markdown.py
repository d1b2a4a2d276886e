"""Rules that read what a Markdown dump's marks said (`Segment.marks`, set by
`readers/markdown.py`): each judges one segment and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, TITLE, Label, Segment
from .base import removes, revises, structures
from .phrasebook import PhraseBook

_LABEL_MAX_WORDS = 3
"""A row of links may follow a label of this many words at most ("Partager :",
"Condividi:", "Share this article:", "Folgen Sie uns:"), ending in a colon."""
_FEWEST_ROW_LINKS = 2
"""A line of links alone is a menu's or a share bar's row from this many links on: one
link alone may be a story's teaser, which the teaser rules weigh by its words."""


@removes(Reason.BOILERPLATE, requires_markdown=True)
def markdown_header(segment: Segment, context: PhraseBook) -> bool:
    """A field of the header Jina Reader prints over the page ("Title: …", "URL Source:
    …", "Published Time: …", "Markdown Content:"): the reader put its values in the
    document's title and metadata (`url`, `date`); the headline is the page's own."""
    marks = segment.marks
    return marks is not None and bool(marks.header)


@removes(Reason.BOILERPLATE, requires_markdown=True)
def markdown_link_row(segment: Segment, context: PhraseBook) -> bool:
    """A line of links and nothing else a reader reads (`_FEWEST_ROW_LINKS` or more; a
    short label ending in a colon before them at most): a menu's row, a share bar, a
    footer's links ("[Home](…) [World](…) [Sport](…)", "Partager : [Facebook][3] [X][4]").
    Or a reference link's target (`[1]: https://…`), which no reader sees. Markdown
    says which words are links; the same row printed as plain text says nothing. Not a
    table's row: a table of links ("| [Docker Desktop](…) | [yes](…) |") is its data."""
    marks = segment.marks
    if marks is None or segment.label is not BODY:
        return False
    if marks.definition:
        return True
    if marks.links < _FEWEST_ROW_LINKS or marks.table_row:
        return False
    if marks.links_alone:
        return True
    label = marks.outside_links.strip(" |·•-–—/")
    return label.endswith((":", "：")) and len(label.split()) <= _LABEL_MAX_WORDS


@removes(Reason.MEDIA_PLACEHOLDER, requires_markdown=True)
def markdown_picture(segment: Segment, context: PhraseBook) -> bool:
    """A line of pictures alone (`![alt](src)`, `[![alt](src)](href)`): no text a
    reader reads; the picture's caption, when printed, is a line of its own."""
    marks = segment.marks
    return marks is not None and marks.pictures


@structures(Label.HEADING, requires_markdown=True)
def markdown_heading(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A heading the Markdown marks (`## …`, a line underlined with `---`) that is still
    in the body once the title rules have read the headline: the article's section
    heading, as an HTML page's `<h2>` is. The teaser rules before it read it as they
    read any line (a box's "Related stories" goes with its box). Not above the title: a
    kicker or a section's name printed as a heading over the headline heads no part of
    the article (the page rules read it as they read such a line in plain text). Nor a
    heading that is one link alone ("## [Headline](…)", "[## Headline](…)"): another
    story's card, or a post's own permalink, left to the teaser and title rules."""
    below_title = not any(segment.label is TITLE for segment in segments)
    for segment in segments:
        if segment.label is TITLE:
            below_title = True
            continue
        marks = segment.marks
        if (
            below_title
            and marks is not None
            and marks.heading
            and segment.label is BODY
            and not (marks.links == 1 and not marks.outside_links)
        ):
            yield segment


_MENU_WORDS = 3
"""The most words of an item of a menu: a section's name ("Startseite", "Économie",
"Cultura e Spettacoli"); a story's teaser is a headline, longer."""
_MENU_ITEMS = 3
"""A menu holds this many items at least, one under the other."""


@revises(Reason.BOILERPLATE, requires_markdown=True)
def markdown_menu(segments: list[Segment], context: PhraseBook) -> Iterator[Segment]:
    """A list of `_MENU_ITEMS` items or more in a row, each one link alone of at most
    `_MENU_WORDS` words ("*   [Startseite](…)" over "*   [Politik](…)" …): a site's menu
    written as Markdown's list, which no article prints as a list of bare links to
    one-word pages. Longer items are left to the teaser rules (a box's headlines)."""
    run: list[Segment] = []
    for segment in [*segments, None]:
        if segment is not None and _menu_item(segment):
            run.append(segment)
            continue
        if len(run) >= _MENU_ITEMS:
            yield from (item for item in run if item.label is BODY)
        run = []


def _menu_item(segment: Segment) -> bool:
    """One link alone of a few words as a list's item (taken already, or not: a rule of
    pass 1 may have taken "Home" as a notice, and the rest is the same menu)."""
    marks = segment.marks
    return (
        marks is not None
        and marks.item
        and marks.links == 1
        and not marks.outside_links
        and segment.word_count <= _MENU_WORDS + 1  # (the item's "-" is a word)
    )
