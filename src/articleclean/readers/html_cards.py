"""Other stories' cards: which extracted blocks lie in one, read from the page's structure.

A portal prints each other story as a small box of its own (a picture, a kicker,
the headline, a date, a blurb), the same element repeated side by side, each
with its link to the story. When trafilatura keeps such a grid with the article,
its text gives no sign of it: the headline is often no link of its own (the link
is an empty element laid over the card, its title the headline) and the kicker
and blurb are plain paragraphs. The page's markup shows the grid: three or more
sibling elements of one tag and class, each a short box, each holding a link to
another page of the same site, whose headline the extracted text prints as a
block of its own.

Read only when three blocks or more are a link's headline (`HintIndex.headline_links`):
on most pages nothing is walked. `html_story_cards` (rules/html.py) decides
whether the cards' run is the article's or other stories'.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from ..document import Segment, key_of
from .html_hints import HintIndex, _Box

_MIN_CARDS = 3
# A card is a short box: a kicker, a headline, a date and a blurb of a sentence
# or two. A longer element is a section of an article, or a forum's post.
_MAX_CARD_WORDS = 80
# How far above its link a card's element may be (link, headline, text box,
# wrapper, the card).
_MAX_CARD_DEPTH = 6
# Not a card's box: inline markup, a paragraph (an article's own paragraphs
# stand side by side, each with its links), a table's parts, the page itself.
_NOT_CARD_TAGS = frozenset(
    {"a", "span", "b", "strong", "i", "em", "u", "small", "font", "p", "br", "img"}
    | {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "body", "html", "form"}
)


def mark_cards(index: HintIndex, segments: list[Segment], url: str | None) -> None:
    """Give each segment that lies in another story's card its card's number
    (`Hints.card`), and `Hints.card_headline` to the card's headline."""
    candidates = [
        segment for segment in segments if segment.key and segment.key in index.headline_links
    ]
    if len(candidates) < _MIN_CARDS:
        return
    cards = _cards(candidates, index, url)
    if not cards:
        return
    boxes = [
        (_Box(card, key_of(card.text_content()), frozenset(), False, 0), headlines)
        for card, headlines in cards.items()
    ]
    for segment in segments:
        if not segment.key or segment.hints.in_figure:
            continue
        for number, (box, headlines) in enumerate(boxes, start=1):
            if box.holds(segment.key):
                own = headlines is None
                segment.hints = replace(
                    segment.hints,
                    card=-number if own else number,
                    card_headline=not own and segment.key in headlines,
                )
                break


def _cards(
    candidates: Iterable[Segment], index: HintIndex, url: str | None
) -> dict[HtmlElement, set[str] | None]:
    """The cards of the page's card grids, in document order of their grids' first
    headline, each with the keys of its headlines printed as blocks; None for the
    grid's card of the article itself."""
    page = _address(url) if url else None
    # Keyed by the parent element itself, never its id(): lxml makes a new Python proxy
    # for an element no reference holds, so ids would join or split grids at random.
    groups: dict[tuple[HtmlElement, str, str], dict[HtmlElement, set[str]]] = {}
    targets: dict[tuple[HtmlElement, str, str], set[tuple[str, str]]] = {}
    for segment in candidates:
        for link in index.headline_links[segment.key]:
            target = _internal_target(link.get("href", ""), url, page)
            if target is None:
                continue
            card = _card_of(link)
            if card is None:
                continue
            group = (card.getparent(), card.tag, card.get("class") or "")
            groups.setdefault(group, {}).setdefault(card, set()).add(segment.key)
            targets.setdefault(group, set()).add(target)
    found: dict[HtmlElement, set[str] | None] = {}
    for group, headed in groups.items():
        if len(headed) < _MIN_CARDS or len(targets[group]) < _MIN_CARDS:
            continue
        if sum(_short(card) for card in headed) < _MIN_CARDS:
            continue
        first = next(iter(headed))
        for sibling in _siblings(first):
            links = [link.get("href", "") for link in sibling.iter("a")]
            if not links or not _short(sibling):
                continue
            # The grid's card of the article itself: its headline and blurb are the
            # article's own (its lead printed again), never another story's.
            own = page is not None and any(_target(href, url) == page for href in links)
            found[sibling] = None if own else headed.get(sibling, set())
    return found


def _card_of(link: HtmlElement) -> HtmlElement | None:
    """The element above the link that stands among three or more siblings of its
    tag and class: the card, one of the grid's boxes."""
    node = link
    for _ in range(_MAX_CARD_DEPTH):
        parent = node.getparent()
        if parent is None:
            return None
        if node.tag not in _NOT_CARD_TAGS and len(_siblings(node)) >= _MIN_CARDS:
            return node
        node = parent
    return None


def _siblings(card: HtmlElement) -> list[HtmlElement]:
    """The elements beside `card` (itself included) of its tag and class."""
    parent = card.getparent()
    if parent is None:
        return [card]
    tag, classes = card.tag, card.get("class")
    return [child for child in parent if child.tag == tag and child.get("class") == classes]


def _target(href: str, url: str | None) -> tuple[str, str] | None:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    return _address(urljoin(url, href) if url else href)


def _short(card: HtmlElement) -> bool:
    return len(card.text_content().split()) <= _MAX_CARD_WORDS


def _address(url: str) -> tuple[str, str]:
    """A page's host (without "www.") and path: what tells its own links."""
    parts = urlsplit(url)
    host = parts.netloc.casefold().removeprefix("www.")
    return host, parts.path.rstrip("/")


def _internal_target(
    href: str, url: str | None, page: tuple[str, str] | None
) -> tuple[str, str] | None:
    """Where a link leads, when it leads to another page of the site: a relative
    address, or the page's host. Other sites' links are a list's sources or a shop's
    products, not the portal's other stories; a link to the page itself is its own
    teaser in the grid. Without the page's address only relative links count."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https"):
        return None
    if page is None and (parts.scheme or parts.netloc):
        return None
    target = _target(href, url)
    if target is None or (page is not None and (target[0] != page[0] or target == page)):
        return None
    return target
