"""The page's JSON scripts as trafilatura's `extract_meta_json` should read them: copies
in their order, each bound on what it reads applied, in a small document its search
walks instead of the page.

The bounds, each in its module with the hang it bounds and its figures: the people
past the first hundred names left out (`html_meta_people`), a script read by patterns
cut at its thousand-and-first scan mark and a page's such scripts at the
thousand-and-first of them all (`html_meta_broken`), names longer than any name
handed as their short pieces (`html_meta_long_names`), and runs of "<" that no ">"
closes past the first few left out (`html_open_marks`). A script no bound touches,
almost every one, is copied as it is, a count telling so without a parse.
"""

from __future__ import annotations

import json
from copy import copy

from lxml.html import HtmlElement

from .html_meta_broken import (
    MAX_SCAN_MARKS,
    bound_broken_across,
    cut_read_by_patterns,
    scan_marks,
)
from .html_meta_json_read import UNREAD, as_read, decoded
from .html_meta_long_names import LONG_NAME
from .html_meta_names import could_name
from .html_meta_people import MAX_AUTHOR_ENTRIES, checked, drop_people_past_bound
from .html_open_marks import MAX_OPEN_MARKS, open_marks, tags_bounded

# The scripts trafilatura's `extract_meta_json` reads, by its own selector.
_JSON_SCRIPTS = './/script[@type="application/ld+json" or @type="application/settings+json"]'


def json_scripts(tree: HtmlElement) -> HtmlElement:
    """A document holding copies of the page's JSON scripts in their order, with the
    people past the bound left out of them: what `extract_meta_json` reads of the
    page, and its search then walks this small document instead of the page."""
    document = tree.makeelement("html")
    marks: list[int] = []  # (each script's scan marks, counted once)
    reads: list[object] = []
    for script in tree.xpath(_JSON_SCRIPTS):
        script = copy(script)
        script.tail = None
        if script.text and _could_open(script.text):
            script.text = _script_tags_bounded(script.text)
        count = scan_marks(script.text)
        bounded, read = _bounded(script.text, count)
        if bounded is not None:
            script.text = bounded
            count = scan_marks(bounded)
        marks.append(count)
        document.append(script)
        reads.append(read)
    if sum(marks) > MAX_SCAN_MARKS:
        bound_broken_across(document, marks)
    if sum(could_name(script.text or "") for script in document) > MAX_AUTHOR_ENTRIES:
        _bound_across(document, reads)
    return document


def _script_tags_bounded(source: str) -> str:
    """The script as it is when normalize_json strips its tags at little cost (it strips
    them over the whole script, its escapes and entities read), else as stripped with
    the "<" past the bound left out (`tags_bounded`), or nothing when it would read
    more of them again (its escapes are read twice: "\\u003c")."""
    # (its minifier, run first, only joins lines: it can close a comment, not open one)
    read = decoded(source)
    if open_marks(read) <= MAX_OPEN_MARKS:
        return source
    bounded = tags_bounded(read)
    return bounded if open_marks(decoded(bounded)) <= MAX_OPEN_MARKS else ""


def _could_open(source: str) -> bool:
    """Whether the script could hold more than `MAX_OPEN_MARKS` "<" once its escapes
    and entities are read (a count tells, for almost every script)."""
    marks = source.count("<") + source.count("\\u003") + source.count("&")
    return marks > MAX_OPEN_MARKS


def _bound_across(document: HtmlElement, reads: list[object]) -> None:
    """Leave out the people past the bound counted over all the scripts in their order:
    extract_meta_json adds each script's authors to those of the scripts before it, so
    a page of many scripts, each naming a few, costs as one naming them all (a blog's
    archive, a script a post). A script trafilatura cannot parse is read by patterns,
    its authors taking the place of those before it: `_bounded` bounds it alone.
    `reads`: the scripts as `_bounded` read them."""
    seen = 0
    for script, read in zip(document, reads, strict=True):
        if read is UNREAD:
            read = as_read(script.text or "")
        if read is None:
            continue
        whole = [read]  # (a script that is a person alone is left out whole)
        before = seen
        dropped, seen = drop_people_past_bound(whole, seen)
        if dropped:
            script.text = checked(whole, before)


def _bounded(source: str | None, marks: int) -> tuple[str | None, object]:
    """The script's source with the people past the bound left out, or None when it
    names no more than the bound (most scripts: a count tells, without a parse); and
    the script as trafilatura reads it, when read and left as it is. `marks`: its
    `scan_marks`."""
    if not source or (
        could_name(source) <= MAX_AUTHOR_ENTRIES
        and marks <= MAX_SCAN_MARKS
        and LONG_NAME.search(source) is None
    ):
        return None, UNREAD
    try:
        parsed = json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return cut_read_by_patterns(source, marks), UNREAD
    read = as_read(source, parsed)
    if read is None:  # (valid JSON trafilatura breaks as it reads it: `&quot;`)
        return cut_read_by_patterns(source, marks), UNREAD
    whole = [read]  # (a script that is a person alone is left out whole)
    if drop_people_past_bound(whole)[0]:
        return checked(whole, 0), UNREAD
    return None, read
