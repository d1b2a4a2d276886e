"""The byline under the headline: the short texts printed right after the page's
`<h1>` ("Von Claudia Riedler", a link to an author's page, an hCard's name), which
assembly reads as a byline when the author elements name no one, and co-authors'
links side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from ..names import parse_byline
from .html_words import clean_spaces

# A byline stands within a few elements of the headline (kicker, date, share
# buttons between); a short text, one line of a byline.
_UNDER_HEADLINE_ELEMENTS = 40


_MAX_UNDER_HEADLINE_CHARS = 100


# A link to an author's page: "/author/jane-doe", "/autoren/andre-borbe", "/redaktion/…",
# and the news sites' own words for it ("/people/…", "/profile/…", "/contributors/…",
# "/reporters/…", "/columnists/…", "/by/jane-doe"; not a licence's "/licenses/by/4.0/").
_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autorin|autoren|autores|autore|autori|auteur|auteurs|"
    r"redaktion|journalist|journalisten|writer|writers|staff|bio|people|profile|profiles|"
    r"contributor|contributors|reporter|reporters|columnist|columnists)/[^/?#]"
    r"|(?<!licenses)/by/[^\W\d_]",
    re.IGNORECASE,
)


def author_link(element: HtmlElement) -> bool:
    """Whether the element is a link to its author: rel=author, or to an author's page."""
    return element.tag == "a" and (
        element.get("rel") == "author" or bool(_AUTHOR_PAGE.search(element.get("href", "")))
    )


def coauthor_links(element: HtmlElement) -> str | None:
    """The names of an author link and of the other author links beside it in one
    parent ("<a rel=author>Ibtisam Mahdi</a>, <a rel=author>Ruwaida Kamal Amer</a>"),
    when there are several: co-authors, where trafilatura answers the first alone."""
    parent = element.getparent()
    if not author_link(element) or parent is None:
        return None
    names = [clean_spaces(link.text_content()) for link in parent if author_link(link)]
    if len(names) < 2 or not all(names):
        return None  # alone, or a picture's link without text among them
    return "; ".join(dict.fromkeys(name for name in names if name))


def _following(element: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    """The first `limit` elements after `element` in document order, its own inside
    left out (XPath's `following::*`, which builds the whole rest of the page first)."""
    count = 0
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            for item in sibling.iter(etree.Element):
                yield item
                count += 1
                if count >= limit:
                    return
        node = node.getparent()


def short_text(element: HtmlElement, limit: int) -> str | None:
    """The element's text, spaces normalised, when it is at most `limit` characters;
    read only as far as that (the element may hold the whole article). Pieces are
    spaced: a name's link glued to the e-mail beside it must not make one word."""
    words: list[str] = []
    size = -1  # the length of the words joined by spaces
    for piece in element.itertext():
        for word in piece.split():
            size += len(word) + 1
            if size > limit:
                return None
            words.append(word)
    return " ".join(words) or None


def lines_under_headline(
    tree: HtmlElement, title: str | None = None
) -> tuple[list[str], list[str]]:
    """The short texts of the elements after the page's first `<h1>` (or the element
    printing the `title`), in order, once each; and among them the texts of links to
    an author's page."""
    return short_lines(headline_window(tree, title))


def headline_window(tree: HtmlElement, title: str | None = None) -> list[HtmlElement]:
    """The elements right after the page's first `<h1>` with text, where its byline
    stands; on a page without one, after the element that prints the `title`
    (`printed_headline`)."""
    h1 = next((h for h in tree.iter("h1") if clean_spaces(h.text_content())), None)
    if h1 is None and title:
        h1 = printed_headline(tree, title)
    return [] if h1 is None else list(_following(h1, _UNDER_HEADLINE_ELEMENTS))


def printed_headline(tree: HtmlElement, title: str) -> HtmlElement | None:
    """The body's first element whose whole text is the headline `title`: on a page
    without an `<h1>` the headline is set in a `<div>`, a `<strong>` or a `<td>`,
    its byline under it all the same."""
    body = tree.find("body")
    title = clean_spaces(title) or ""
    if body is None or len(title) < _MIN_PRINTED_HEADLINE_CHARS:
        return None
    for text in _TEXTS_EQUAL(body, title=title):
        element = text.getparent()
        if text.is_tail or element is None:
            continue
        if clean_spaces(element.text_content()) == title and element.tag not in _NOT_HEADLINE:
            return element
    return None


# A headline printed as a page's text is a few words long; the texts equal to it
# that are looked at are the first few.
_MIN_PRINTED_HEADLINE_CHARS = 15
_TEXTS_EQUAL = etree.XPath("(.//text()[normalize-space(.) = $title])[position() <= 3]")
_NOT_HEADLINE = frozenset({"title", "script", "style", "a", "option", "button", "label"})


def inside_window(element: HtmlElement, window: list[HtmlElement]) -> Iterator[bool]:
    """For each element of the window, whether `element` is it or inside it."""
    ancestors = {id(element)} | {id(parent) for parent in element.iterancestors()}
    return (id(item) in ancestors for item in window)


def short_lines(window: list[HtmlElement]) -> tuple[list[str], list[str]]:
    """The window's short texts, once each, and the texts of its links to an author's page."""
    found: dict[str, None] = {}
    links: dict[str, None] = {}
    # An author link's parent (kept alive: lxml may reuse a freed proxy's id) and
    # the names of its links so far.
    beside: dict[int, tuple[HtmlElement, str]] = {}
    for element in window:
        if element.tag in ("script", "style"):
            continue
        text = short_text(element, _MAX_UNDER_HEADLINE_CHARS)
        if text:
            found.setdefault(text)
            if _hcard_name(element):
                links.setdefault(text)
            elif element.tag == "a" and _AUTHOR_PAGE.search(element.get("href", "")):
                # Co-authors' links side by side in one byline ("<a href=/bio/…>Sarah
                # Hinger</a>, Staff Attorney & <a href=/bio/…>Sylvia Torres-Guillén</a>"):
                # one text naming them all, which a "By" reads as co-authors.
                parent = element.getparent()
                if id(parent) in beside:
                    before = beside[id(parent)][1]
                    links.pop(before, None)
                    text = f"{before} and {text}"
                beside[id(parent)] = (parent, text)
                links.setdefault(text)
    return list(found), list(links)


# How far up from an hCard's name ("fn") its card ("vcard") is looked for.
_HCARD_STEPS = 3


def _hcard_name(element: HtmlElement) -> bool:
    """Whether the element is the name of an hCard (the microformat's `vcard` with its
    `fn`: "<span class=vcard><span class=fn>Jane Doe</span></span>"), which a byline
    under the headline marks up without any author word."""
    if "fn" not in (element.get("class") or "").split():
        return False
    card: HtmlElement | None = element
    for _ in range(_HCARD_STEPS):
        if card is None:
            return False
        if "vcard" in (card.get("class") or "").split():
            return True
        card = card.getparent()
    return False


def names_a_byline(lines: list[str], links: list[str]) -> bool:
    """Whether a line under the headline reads as a byline, or a link there to an
    author's page holds a name: what assembly takes as the byline (`assemble.py`)."""
    return any(parse_byline(text) for text in lines) or any(
        parse_byline(f"By {text}") for text in links
    )
