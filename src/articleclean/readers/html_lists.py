"""A list of the article's that trafilatura left out between two of its paragraphs.

trafilatura drops a `<ul>` or `<ol>` of plain rows ("Hà Nội: 36 độ C", "Huế: 34 độ C")
from a text box that is a `<div>` with no `<article>` around it, while it keeps the
paragraphs on both sides of it (round 53 audit, a Vietnamese weather report; inside an
`<article>`, and by its `favor_recall` search, the same list is kept). The page's
structure says whose the list is: it stands in the same parent as the paragraphs the
extraction kept, right after one of them, and one more of them follows it. A list of
links (a menu, a box of other stories) is not given back, nor one inside a page's
navigation, header, footer, aside or form, nor a list whose rows the text holds already.

Read on every page the extraction kept lines of: one XPath walk over its lists.
"""

from __future__ import annotations

from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from ..document import key_of, normalise_space
from .html_words import first_line_by_key, held_keys, printed_text

MIN_ROWS = 2
"""A list of one row is no list to restore (a lone item is as often a widget's)."""
MAX_ROW_WORDS = 40
"""A row longer than this is a paragraph set as a list item: not the plain rows meant."""
_LINKED_SHARE = 0.5
"""A list whose rows are this much link text is a menu or a box of links."""
_NEXT_SIBLINGS = 3
"""How many of the list's next siblings may stand before the kept paragraph that closes
it (an ad's box or a figure between a list and the text that goes on)."""
# Where a list is the page's furniture whatever stands around it.
_FURNITURE = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
_TEXT = etree.XPath(".//text()", smart_strings=False)


def _link_text(item: HtmlElement) -> str:
    """The text inside the item's links, as `.//a//text()` finds it, without libxml2's
    merge of each link's finds (quadratic in the links: one row of 40,000 links took
    3.4 s). A link inside another is read with the outer one."""
    parts: list[str] = []
    for link in item.iter("a"):
        if not _inside_link(link, item):
            parts.extend(_TEXT(link))
    return "".join(parts)


def _inside_link(link: HtmlElement, item: HtmlElement) -> bool:
    for ancestor in link.iterancestors():
        if ancestor is item:
            return False
        if ancestor.tag == "a":
            return True
    return False


def _rows(element: HtmlElement) -> list[str] | None:
    """The list's rows as the page prints them, or None when they are not plain rows
    (too few, too long, mostly link text, or a row holding a list of its own)."""
    items = [child for child in element if child.tag == "li"]
    if len(items) < MIN_ROWS:
        return None
    rows: list[str] = []
    linked = total = 0
    for item in items:
        if item.find(".//ul") is not None or item.find(".//ol") is not None:
            return None
        text = printed_text(item)
        if not text or len(text.split()) > MAX_ROW_WORDS:
            return None
        rows.append(text)
        total += len(text)
        linked += len(normalise_space(_link_text(item)))
    if linked >= _LINKED_SHARE * total:
        return None
    return rows


def _is_furniture(element: HtmlElement) -> bool:
    return any(
        ancestor.tag in _FURNITURE or ancestor.tag == "li" for ancestor in element.iterancestors()
    )


def _kept_paragraph(element: object, kept: dict[str, int]) -> int | None:
    """The index of the extracted line that prints `element`, a paragraph, or None."""
    if not isinstance(element, HtmlElement) or element.tag != "p":
        return None
    key = key_of(printed_text(element))
    return kept.get(key) if key else None


def missing_lists(tree: HtmlElement, lines: list[str]) -> list[tuple[int, list[str]]]:
    """The lists to give back to the extracted `lines`: for each, the index of the kept
    paragraph it follows, and its rows; none of a list whose rows the lines hold."""
    kept = first_line_by_key(lines)
    text_key = "".join(kept)
    candidates: list[tuple[int, list[str], list[str]]] = []
    # The page's lists in its order, as `//ul|//ol` finds them, without libxml2's merge of
    # the two finds (quadratic: 40,000 of each took 1.8 s).
    for element in tree.getroottree().getroot().iter("ul", "ol"):
        before = _kept_paragraph(element.getprevious(), kept)
        if before is None or _is_furniture(element):
            continue
        following = islice(element.itersiblings(), _NEXT_SIBLINGS)
        after = [_kept_paragraph(sibling, kept) for sibling in following]
        if not any(at is not None and at > before for at in after):
            continue
        rows = _rows(element)
        if rows is not None:
            candidates.append((before, rows, [key_of(row) for row in rows]))
    # Whether the lines hold a row, asked of all the lists' rows in one pass
    # (`held_keys`): one search of the whole text a row took lists × text (10,000
    # lists between paragraphs 3.4 s, growing with the square).
    held = held_keys(text_key, (key for _, _, keys in candidates for key in keys))
    return [(before, rows) for before, rows, keys in candidates if not any(k in held for k in keys)]
