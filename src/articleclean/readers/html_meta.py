"""Page metadata (title, authors, date, site name, url, description) via trafilatura.

trafilatura's own `extract_metadata` also gathers categories, tags and the
licence and runs htmldate's extensive search, which together cost about as
much as the text extraction itself. This module runs the same steps for
the fields an Article carries, with the quick date search.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field
from typing import Any

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import set_date_params

_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_URL_SITENAME = re.compile(r"https?://(?:www\.)?([^/]+)")


@dataclass
class PageMetadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    """url, date, sitename, description: only those found."""


def page_metadata(tree: HtmlElement, url: str | None) -> PageMetadata:
    """What the page says about itself; never raises on odd markup."""
    try:
        found = examine_meta(_head_only(tree))
        if found.author and " " not in found.author:
            found.author = None  # a single word is a handle or a site, not a name
        found = extract_meta_json(tree, found)
    except Exception:  # trafilatura's JSON-LD and meta parsing has rare bugs on broken input
        return PageMetadata(fields={"url": url} if url else {})
    title = found.title or extract_title(tree)
    # trafilatura's fallback author search deep-copies the whole tree; the
    # byline rule finds "By …" lines in the text instead.
    author = found.author
    page_url = found.url or extract_url(tree, url)
    date_params = set_date_params(extensive=False)
    date_params["url"] = page_url
    try:
        date = find_date(tree, **date_params)
    except Exception:  # htmldate on malformed dates
        date = None
    sitename = found.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url and (match := _URL_SITENAME.match(page_url)):
        sitename = match[1]
    fields = {
        "url": page_url,
        "date": date,
        "sitename": sitename,
        "description": found.description,
        "author": author,
    }
    return PageMetadata(
        title=_clean(title),
        authors=[name for name in _AUTHOR_SPLIT.split(author or "") if name],
        fields={key: _clean(value) for key, value in fields.items() if value},
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(value.split()) or None


def _head_only(tree: HtmlElement) -> HtmlElement:
    """A document holding only a copy of the page's `<head>`, for `examine_meta`.

    examine_meta reads the meta tags of the head (`.//head/meta`), and its two
    searches walk the whole page to find them; in this small document they
    find the same tags in about a third of the time, copy included. lxml's
    parser keeps a single `<head>`, the root's child (a misplaced one is dropped).
    """
    head = tree.find("head")
    if head is None or tree.getparent() is not None:
        return tree
    document = tree.makeelement(tree.tag)
    document.append(copy(head))
    return document
