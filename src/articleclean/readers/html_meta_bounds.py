"""The page's meta tags and JSON scripts as trafilatura's metadata readers should see
them: its first hundred authors at most.

trafilatura's `normalize_authors` keeps the fullest form of each name by comparing
every name it holds with every other, and `examine_meta` and `extract_meta_json`
call it once per author meta tag, JSON-LD person or author string: a page naming
n authors costs n³. A physics paper's page lists its authors in `citation_author`
tags, and 1,000 of them took 11 s, 2,000 took 79 s; a JSON-LD list of 1,000
authors took 11 s. No byline names a hundred people, so these readers see the
first hundred (`MAX_AUTHOR_ENTRIES`), and a page naming fewer is read as it is.

A script JSON cannot read costs trafilatura more: it reads it by patterns that each
scan on from every "author", "Person", "publisher" or "@type" key, and its minifier
scans on from every escaped quote past a string left open. 4,000 `"author"` strings
took 3.3 s, 1,000 authors under a `"names"` key 11 s, 2,000 escaped quotes past an
open string 13 s. Such a script is read up to its thousand-and-first of these
marks (`MAX_SCAN_MARKS`), and up to its hundred-and-first name key; so is valid JSON
with more marks that trafilatura breaks as it unescapes it (`&quot;`). A page's
broken scripts together are read up to the thousand-and-first mark of them all.
"""

from __future__ import annotations

import json
import re
from copy import copy

from lxml.html import HtmlElement
from trafilatura.json_metadata import AUTHOR_SPLIT, JSON_UNICODE_REPLACE, normalize_json
from trafilatura.metadata import JSON_MINIFY, METANAME_AUTHOR, OG_AUTHOR, PROPERTY_AUTHOR

MAX_AUTHOR_ENTRIES = 100

# The scripts trafilatura's `extract_meta_json` reads, by its own selector.
_JSON_SCRIPTS = './/script[@type="application/ld+json" or @type="application/settings+json"]'

# A script can name more people than the bound only if it holds more of these than
# the bound: each person is a "name" (or "givenName") key or a string in an
# "author" list, and each string opens with a quotation mark.
_PERSON_KEYS = re.compile(r'"(?:name|givenName)"')

# Where trafilatura's patterns for a broken script (`extract_json_parse_error`) start
# a scan that can run to the script's end ("nam" covers its "names?" and "name?"
# keys), and the escaped quotes its minifier scans on from past an open string.
_SCAN_MARKS = re.compile(r'"(?:author|[Pp]erson|publisher|@type|nam|givenName)|\\"')
MAX_SCAN_MARKS = 1_000
# The keys those patterns read a name from: "name", "names", "nam", "givenName".
_NAME_KEYS = re.compile(r'"(?:nam|givenName)')


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
    seen = 0  # (names, as normalize_authors splits a tag's content: "A; B and C")
    for meta in [meta for meta in head.iter("meta") if _names_author(meta)]:
        content = meta.get("content") or ""
        splits = [match.start() for match in AUTHOR_SPLIT.finditer(content)]
        if seen + len(splits) < MAX_AUTHOR_ENTRIES:
            seen += len(splits) + 1
        elif seen < MAX_AUTHOR_ENTRIES:
            meta.set("content", content[: splits[MAX_AUTHOR_ENTRIES - seen - 1]])
            seen = MAX_AUTHOR_ENTRIES
        else:
            parent = meta.getparent()
            if parent is not None:
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


def json_scripts(tree: HtmlElement) -> HtmlElement:
    """A document holding copies of the page's JSON scripts in their order, with the
    people past the bound left out of them: what `extract_meta_json` reads of the
    page, and its search then walks this small document instead of the page."""
    document = tree.makeelement("html")
    marks = 0
    for script in tree.xpath(_JSON_SCRIPTS):
        script = copy(script)
        script.tail = None
        count = len(_SCAN_MARKS.findall(script.text)) if script.text else 0
        bounded = _bounded(script.text, count)
        if bounded is not None:
            script.text = bounded
            count = len(_SCAN_MARKS.findall(bounded))
        marks += count
        document.append(script)
    if marks > MAX_SCAN_MARKS:
        _bound_broken_across(document)
    if sum(len(_PERSON_KEYS.findall(_as_read(script.text))) for script in document) > (
        MAX_AUTHOR_ENTRIES
    ):
        _bound_across(document)
    return document


def _as_read(source: str | None) -> str:
    """The script with its \\u escapes read, as trafilatura reads them before it parses
    it ("n\\u0061me" is its "name")."""
    if not source or "\\u" not in source:
        return source or ""
    return JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), source)


def _bound_across(document: HtmlElement) -> None:
    """Leave out the people past the bound counted over all the scripts in their order:
    extract_meta_json adds each script's authors to those of the scripts before it, so
    a page of many scripts, each naming a few, costs as one naming them all (a blog's
    archive, a script a post). A script JSON cannot read is read by patterns, its
    authors taking the place of those before it: `_bounded` bounds it alone."""
    seen = 0
    for script in document:
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        whole = [data]  # (a script that is a person alone is left out whole)
        dropped, seen = _drop_people_past_bound(whole, seen)
        if dropped:
            script.text = json.dumps(whole[0], ensure_ascii=False) if whole else ""


def _bound_broken_across(document: HtmlElement) -> None:
    """Read the scripts JSON cannot parse up to the thousand-and-first mark counted over
    all of them in their order: each is read by patterns that cost the square of its
    marks, so a page of hundreds of such scripts, each under the bound, cost as many
    times a script's ~0.2 s (300 scripts of 900 marks: a minute); bounded together they
    cost one script's. (A script JSON parses as it stands and trafilatura reads as
    JSON costs it time in its length.) The most marks in all of a webeval page's
    scripts together are 311."""
    left = MAX_SCAN_MARKS
    for script in document:
        source = script.text
        if not source or not _broken(source):
            continue
        marks = [match.start() for match in _SCAN_MARKS.finditer(source)]
        if len(marks) > left:
            script.text = source[: marks[left]]
        left -= min(len(marks), left)


def _broken(source: str) -> bool:
    """Whether trafilatura reads the script by patterns: JSON cannot parse it (what its
    minifier and unescaping make of it is not asked: its minifier is what is bounded),
    or it can but trafilatura's unescaping breaks it."""
    try:
        json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return True
    return _broken_as_read(source)


def _bounded(source: str | None, marks: int) -> str | None:
    """The script's source with the people past the bound left out, or None when it
    names no more than the bound (most scripts: a count tells, without a parse).
    `marks`: its `_SCAN_MARKS`."""
    if not source or (
        len(_PERSON_KEYS.findall(source)) <= MAX_AUTHOR_ENTRIES
        and ('"author"' not in source or source.count('"') <= 2 * MAX_AUTHOR_ENTRIES)
        and marks <= MAX_SCAN_MARKS
    ):
        return None
    try:
        data = json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return _cut(source)
    dropped, _ = _drop_people_past_bound(data)
    if dropped:
        source = json.dumps(data, ensure_ascii=False)
    if len(_SCAN_MARKS.findall(source)) > MAX_SCAN_MARKS and _broken_as_read(source):
        return _cut(source) or source
    return source if dropped else None


def _broken_as_read(source: str) -> bool:
    """Whether trafilatura's JSON reading fails on this valid JSON, as it unescapes
    HTML entities and escapes in it first (`&quot;` becomes a quote), so that it reads
    it by patterns. Its minifier is linear here: every string closes."""
    try:
        json.loads(normalize_json(JSON_MINIFY.sub(r"\1", source)), strict=False)
    except (ValueError, RecursionError):
        return True
    return False


def _cut(source: str) -> str | None:
    """trafilatura reads a broken script by patterns, names one after another: the
    text from the first name or mark past its bound is left out (None: none past)."""
    names = [match.start() for match in _NAME_KEYS.finditer(source)]
    marks = [match.start() for match in _SCAN_MARKS.finditer(source)]
    cuts = names[MAX_AUTHOR_ENTRIES : MAX_AUTHOR_ENTRIES + 1]
    cuts += marks[MAX_SCAN_MARKS : MAX_SCAN_MARKS + 1]
    return source[: min(cuts)] if cuts else None


def _drop_people_past_bound(data: object, seen: int = 0) -> tuple[bool, int]:
    """Leave out, in place, the JSON's people past the bound, in document order, `seen`
    of them counted before it: the entries of an "author" list, an "author" object, and
    persons in any other list. Whether any was left out, and the people counted."""
    dropped = False
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        item, of_authors = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("author"), dict):
                if seen >= MAX_AUTHOR_ENTRIES:
                    del item["author"]
                    dropped = True
                else:
                    seen += 1
            stack.extend(
                (value, key == "author")
                for key, value in reversed(item.items())
                if isinstance(value, (dict, list))
            )
        elif isinstance(item, list):
            kept = []
            for entry in item:
                if of_authors or _is_person(entry):
                    if seen >= MAX_AUTHOR_ENTRIES:
                        dropped = True
                        continue
                    seen += 1
                kept.append(entry)
            item[:] = kept
            stack.extend(
                (entry, False) for entry in reversed(kept) if isinstance(entry, (dict, list))
            )
    return dropped, seen


def _is_person(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    kind = entry.get("@type")
    return kind == "Person" or (isinstance(kind, list) and "Person" in kind)
