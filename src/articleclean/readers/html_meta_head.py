"""A copy of the page's `<head>` as trafilatura's `examine_meta` should read it: its meta
contents' runs of "<" that no ">" closes bounded, and its author tags past the first
hundred names left out.

examine_meta strips what looks like tags from every meta content with a pattern that
rescans from each "<" no ">" follows (`html_open_marks`: 100,000 `&lt;!--` in a
description took over 20 s, 0.03 s bounded), and calls trafilatura's
`normalize_authors` once per author tag, which compares every name it holds with
every other: a physics paper's page lists its authors in `citation_author` tags, and
1,000 of them took 11 s, 2,000 took 79 s; 100 tags of 30 names 9.7 s. No byline
names a hundred people, so it reads the first hundred (`MAX_AUTHOR_ENTRIES`), names
counted as normalize_authors splits a tag's content ("A; B and C" is three:
`html_meta_names`; after it, 20,000 tags 0.6 s, one tag of 20,000 names 0.04 s),
each name piece no longer than a name (`html_meta_long_names`: "(" 100,000 times in
an author tag took over 20 s, 0.02 s bounded).
"""

from __future__ import annotations

from copy import copy
from functools import partial

from lxml.html import HtmlElement
from trafilatura.metadata import METANAME_AUTHOR, OG_AUTHOR, PROPERTY_AUTHOR

from .html_meta_long_names import names_bounded
from .html_meta_names import cut_to, meta_pieces
from .html_meta_people import MAX_AUTHOR_ENTRIES
from .html_open_marks import tags_bounded


def head_only(tree: HtmlElement) -> HtmlElement:
    """A document holding only a copy of the page's `<head>`, for `examine_meta`,
    with the names of its author tags past the bound left out.

    examine_meta reads the meta tags of the head (`.//head/meta`), and its two
    searches walk the whole page to find them; in this small document they
    find the same tags in about a third of the time, copy included. lxml's
    parser keeps a single `<head>`, the root's child (a misplaced one is dropped).
    """
    head = tree.find("head")
    if head is None or tree.getparent() is not None:
        return tree
    document = tree.makeelement(tree.tag)
    head = copy(head)
    document.append(head)
    for meta in head.iter("meta"):
        content = meta.get("content")
        if content and "<" in content:
            meta.set("content", tags_bounded(content))  # (examine_meta strips every one)
    seen = 0  # (names, as normalize_authors splits a tag's content: "A; B and C")
    for meta in [meta for meta in head.iter("meta") if _names_author(meta)]:
        content = meta.get("content") or ""
        opengraph = (meta.get("property") or "") in OG_AUTHOR
        pieces = meta_pieces(content, opengraph)
        bounded = names_bounded(content, pieces, partial(meta_pieces, opengraph=opengraph))
        if bounded is None:
            if (parent := meta.getparent()) is not None:
                parent.remove(meta)
            continue
        if bounded is not content:
            meta.set("content", bounded)
            pieces = meta_pieces(bounded, opengraph)
        if seen + len(pieces) <= MAX_AUTHOR_ENTRIES:
            seen += len(pieces)
            continue
        cut = cut_to(pieces, MAX_AUTHOR_ENTRIES - seen) if seen < MAX_AUTHOR_ENTRIES else None
        seen = MAX_AUTHOR_ENTRIES
        if cut is not None:
            meta.set("content", cut)
        elif (parent := meta.getparent()) is not None:
            parent.remove(meta)
    return document


def _names_author(meta: HtmlElement) -> bool:
    """Whether examine_meta reads this tag's content as authors."""
    prop = meta.get("property")
    # (examine_meta lowercases the property as it does the name)
    if prop is not None and (prop.lower() in PROPERTY_AUTHOR or prop in OG_AUTHOR):
        return True
    name = meta.get("name")
    if name is not None and name.lower() in METANAME_AUTHOR:
        return True
    return (meta.get("itemprop") or "").lower() == "author"
