"""The page's meta tags and JSON scripts as trafilatura's metadata readers should see
them: its first hundred authors at most.

trafilatura's `normalize_authors` keeps the fullest form of each name by comparing
every name it holds with every other, and `examine_meta` and `extract_meta_json`
call it once per author meta tag, JSON-LD person or author string: a page naming
n authors costs n³. A physics paper's page lists its authors in `citation_author`
tags, and 1,000 of them took 11 s, 2,000 took 79 s; a JSON-LD list of 1,000
authors took 11 s. No byline names a hundred people, so these readers see the
first hundred (`MAX_AUTHOR_ENTRIES`), and a page naming fewer is read as it is.
The names are counted as normalize_authors splits them ("A, B and C" is three) from
the text as trafilatura reads it (`html_meta_names`), a script as its normalize_json
leaves it: 100 persons naming 30 each took 9.3 s when persons were counted.

A script JSON cannot read costs trafilatura more: it reads it by patterns that each
scan on from every "author", "Person", "publisher" or "@type" key, and its minifier
scans on from every escaped quote past a string left open. 4,000 `"author"` strings
took 3.3 s, 1,000 authors under a `"names"` key 11 s, 2,000 escaped quotes past an
open string 13 s. Such a script is read up to its thousand-and-first of these
marks (`MAX_SCAN_MARKS`), and up to the name key past a hundred names (each counted
with the characters up to the next key that can split it); so is valid JSON that
trafilatura breaks as it unescapes it (`&quot;`) when its patterns could read more.
A page's broken scripts together are read up to the thousand-and-first mark of them
all.

Their own patterns are quadratic too (`html_meta_names`): what they read holds few
"<" that no ">" follows (`tags_bounded`, every meta content and script) and no
name longer than a name (`names_bounded`, author tags and JSON people; a broken
script is cut at such a name).
"""

from __future__ import annotations

import json
import re
from copy import copy
from functools import partial
from html import unescape

from lxml.html import HtmlElement
from trafilatura.json_metadata import AUTHOR_ATTRS, JSON_UNICODE_REPLACE
from trafilatura.metadata import JSON_MINIFY, METANAME_AUTHOR, OG_AUTHOR, PROPERTY_AUTHOR

from .html_meta_names import (
    MAX_NAME_CHARS,
    MAX_OPEN_MARKS,
    author_pieces,
    could_name,
    cut_to,
    json_names,
    meta_pieces,
    names_bounded,
    open_marks,
    separator_marks,
    strip_tags,
    tags_bounded,
    too_long,
)

MAX_AUTHOR_ENTRIES = 100

# The scripts trafilatura's `extract_meta_json` reads, by its own selector.
_JSON_SCRIPTS = './/script[@type="application/ld+json" or @type="application/settings+json"]'

# Where trafilatura's patterns for a broken script (`extract_json_parse_error`) start
# a scan that can run to the script's end ("nam" covers its "names?" and "name?"
# keys), and the escaped quotes its minifier scans on from past an open string.
_SCAN_MARKS = re.compile(r'"(?:author|[Pp]erson|publisher|@type|nam|givenName)|\\"')
MAX_SCAN_MARKS = 1_000
# The keys those patterns read a name from: "name", "names", "nam", "givenName".
_NAME_KEYS = re.compile(r'"(?:nam|givenName)')
_QUOTES = re.compile(r'"+')
# (normalize_json drops the lone surrogates its \\u escapes can make)
_SURROGATES = re.compile("[\ud800-\udfff]")


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


def json_scripts(tree: HtmlElement) -> HtmlElement:
    """A document holding copies of the page's JSON scripts in their order, with the
    people past the bound left out of them: what `extract_meta_json` reads of the
    page, and its search then walks this small document instead of the page."""
    document = tree.makeelement("html")
    marks = 0
    reads: list[object] = []
    for script in tree.xpath(_JSON_SCRIPTS):
        script = copy(script)
        script.tail = None
        if script.text and _could_open(script.text):
            script.text = _tags_bounded(script.text)
        count = len(_SCAN_MARKS.findall(script.text)) if script.text else 0
        bounded, read = _bounded(script.text, count)
        if bounded is not None:
            script.text = bounded
            count = len(_SCAN_MARKS.findall(bounded))
        marks += count
        document.append(script)
        reads.append(read)
    if marks > MAX_SCAN_MARKS:
        _bound_broken_across(document)
    if sum(could_name(script.text or "") for script in document) > MAX_AUTHOR_ENTRIES:
        _bound_across(document, reads)
    return document


_UNREAD = object()  # (a script not read yet, or changed since)


def _tags_bounded(source: str) -> str:
    """The script as it is when normalize_json strips its tags at little cost (it strips
    them over the whole script, its escapes and entities read), else as stripped with
    the "<" past the bound left out (`tags_bounded`), or nothing when it would read
    more of them again (its escapes are read twice: "\\u003c")."""
    # (its minifier, run first, only joins lines: it can close a comment, not open one)
    read = _decoded(source)
    if open_marks(read) <= MAX_OPEN_MARKS:
        return source
    bounded = tags_bounded(read)
    return bounded if open_marks(_decoded(bounded)) <= MAX_OPEN_MARKS else ""


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
        if read is _UNREAD:
            read = _as_read(script.text or "")
        if read is None:
            continue
        whole = [read]  # (a script that is a person alone is left out whole)
        before = seen
        dropped, seen = _drop_people_past_bound(whole, seen)
        if dropped:
            script.text = _checked(whole, before)


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
        parsed = json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return True
    return _as_read(source, parsed) is None


def _bounded(source: str | None, marks: int) -> tuple[str | None, object]:
    """The script's source with the people past the bound left out, or None when it
    names no more than the bound (most scripts: a count tells, without a parse); and
    the script as trafilatura reads it, when read and left as it is. `marks`: its
    `_SCAN_MARKS`."""
    if not source or (
        could_name(source) <= MAX_AUTHOR_ENTRIES
        and marks <= MAX_SCAN_MARKS
        and _LONG_NAME.search(source) is None
    ):
        return None, _UNREAD
    try:
        parsed = json.loads(source, strict=False)
    except (ValueError, RecursionError):
        return _cut_read_by_patterns(source), _UNREAD
    read = _as_read(source, parsed)
    if read is None:  # (valid JSON trafilatura breaks as it reads it: `&quot;`)
        return _cut_read_by_patterns(source), _UNREAD
    whole = [read]  # (a script that is a person alone is left out whole)
    if _drop_people_past_bound(whole)[0]:
        return _checked(whole, 0), _UNREAD
    return None, read


def _as_read(source: str, parsed: object = _UNREAD) -> object | None:
    """The script as extract_meta_json parses it, or None where it cannot and reads it
    by patterns: its \\u escapes and HTML entities read and what looks like tags
    stripped over the whole script before the parse (its `normalize_json`), so that a
    tag can join a name to the text of the strings after it ("A<", "x": ">, B, C")."""
    if parsed is _UNREAD:
        try:
            parsed = json.loads(source, strict=False)
        except (ValueError, RecursionError):
            parsed = None
    if parsed is not None and "\\" not in source and "<" not in source:
        return parsed  # (as read but for runs of spaces, which split no name)
    try:
        return json.loads(_read_text(source, parsed is not None), strict=False)
    except (ValueError, RecursionError):
        return None


def _read_text(source: str, valid: bool) -> str:
    """The script's text as normalize_json leaves it for the parse. `valid`: the
    script is valid JSON as written."""
    text = _decoded(source if valid else JSON_MINIFY.sub(r"\1", source))
    if valid and "<!--" in text:
        # (its minifier drops only the spaces between a valid script's strings, which
        # only a comment stripped across lines sees; it is the costly step)
        text = _decoded(JSON_MINIFY.sub(r"\1", source))
    return " ".join(strip_tags(text).split())


def _cut_read_by_patterns(source: str) -> str | None:
    """A script trafilatura cannot parse, which it reads by patterns, left as it is when
    those read no more names than the bound, else cut (`_cut`); its patterns are
    costly past `MAX_SCAN_MARKS` marks, and so is its minifier (escaped quotes past a
    string left open). One holding a name longer than any name is cut at that name's
    key: its patterns hand normalize_authors the string after a name key whole."""
    long = _first_too_long(source)
    if long is not None:
        source = source[:long]
        cut = _cut_read_by_patterns(source)
        return source if cut is None else cut
    if len(_SCAN_MARKS.findall(source)) <= MAX_SCAN_MARKS:
        try:
            json.loads(source, strict=False)
            valid = True
        except (ValueError, RecursionError):
            valid = False
        if _pattern_names(_read_text(source, valid)) <= MAX_AUTHOR_ENTRIES:
            return None
    return _cut(source)


def _pattern_names(text: str) -> int:
    """The names trafilatura's patterns for a broken script (`JSON_AUTHOR_1`,
    `JSON_AUTHOR_2`) can read, at most: from each name key, the first run of text
    between quotes past the key and a character, split as normalize_authors splits it.
    Keys that reach the same run count it once each, read once."""
    names = 0
    asked, after_quotes, found = len(text), -1, 0
    for match in _NAME_KEYS.finditer(text):
        close = text.find('"', match.end())
        if close == -1:
            break
        position = close + 2
        if not asked <= position < after_quotes:
            asked = position
            quote = _QUOTES.search(text, position)
            if quote is None:
                after_quotes, found = len(text) + 1, 0
            else:
                after_quotes = quote.end()
                end = text.find('"', after_quotes)
                run = text[after_quotes : end if end != -1 else len(text)]
                found = max(1, len(author_pieces(run))) if run else 0
        names += found
    return names


def _decoded(text: str) -> str:
    """normalize_json's reading of the escapes and entities (it reads the entities only
    in a script that holds a backslash)."""
    if "\\" not in text:
        return text
    text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
    text = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), text)
    return unescape(_SURROGATES.sub("", text))


def _checked(whole: list[object], seen: int) -> str:
    """The script left as serialised, or nothing when trafilatura would read more names
    from it than the room left (it reads entities and escapes again, as in a name
    written "&amp;amp;")."""
    if not whole:
        return ""
    text = json.dumps(whole[0], ensure_ascii=False)
    again = _as_read(text)
    if again is None or _drop_people_past_bound([again], seen)[0]:
        return ""
    return text


def _cut(source: str) -> str | None:
    """trafilatura reads a broken script by patterns, names one after another, each from
    a name key on: the text from the first name or mark past its bound is left out
    (None: none past). A name key counts with the characters up to the next that are or
    can become separators (a JSON list's commas too: fewer people are read than the
    bound, but no string between those keys can hand it more names)."""
    names = [match.start() for match in _NAME_KEYS.finditer(source)]
    marks = [match.start() for match in _SCAN_MARKS.finditer(source)]
    cuts = marks[MAX_SCAN_MARKS : MAX_SCAN_MARKS + 1]
    seen = 0
    for at, start in enumerate(names):
        end = names[at + 1] if at + 1 < len(names) else len(source)
        seen += 1 + separator_marks(source[start:end])
        if seen > MAX_AUTHOR_ENTRIES:
            cuts.append(start)
            break
    return source[: min(cuts)] if cuts else None


def _drop_people_past_bound(data: object, seen: int = 0) -> tuple[bool, int]:
    """Leave out, in place, the JSON's people past the bound, in document order, `seen`
    of their names counted before it: the entries of an "author" list, an "author"
    object or string, and persons in any other list, each counted by the names
    normalize_authors splits its name into ("A, B and C" is three), and the person who
    crosses the bound cut to the names that fit. Whether any was left out or cut, and
    the names counted."""
    dropped = False
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        item, of_authors = stack.pop()
        if isinstance(item, dict):
            author = item.get("author")
            if isinstance(author, str) and (read := _json_in(author)) is not None:
                item["author"] = author = read  # (trafilatura reads such a string as JSON)
            if isinstance(author, (dict, str)):
                kept, seen = _within_bound(author, seen)
                if kept is not author:
                    dropped = True
                    if kept is None:
                        del item["author"]
                    else:
                        item["author"] = kept
            stack.extend(
                (value, key == "author")
                for key, value in reversed(item.items())
                if isinstance(value, (dict, list))
            )
        elif isinstance(item, list):
            kept_entries = []
            for entry in item:
                if of_authors or _is_person(entry):
                    kept, seen = _within_bound(entry, seen)
                    if kept is not entry:
                        dropped = True
                        if kept is None:
                            continue
                    entry = kept
                kept_entries.append(entry)
            item[:] = kept_entries
            stack.extend(
                (entry, False)
                for entry in reversed(kept_entries)
                if isinstance(entry, (dict, list))
            )
    return dropped, seen


def _within_bound(person: object, seen: int) -> tuple[object | None, int]:
    """The person as kept (itself; its name cut to the names that fit; None: left out)
    and the names counted with it."""
    person = _short_named(person)
    if person is None:
        return None, seen
    names = max(1, _names_of(person))
    if seen + names <= MAX_AUTHOR_ENTRIES:
        return person, seen + names
    room = MAX_AUTHOR_ENTRIES - seen
    if room <= 0:
        return None, seen
    if isinstance(person, str):
        return _cut_name(person, room), MAX_AUTHOR_ENTRIES
    if isinstance(person, dict) and isinstance(person.get("name"), str):
        cut = _cut_name(person["name"], room)
        return (None if cut is None else {**person, "name": cut}), MAX_AUTHOR_ENTRIES
    return None, MAX_AUTHOR_ENTRIES


# A string under a name key or an author string longer, as written, than any name
# (`MAX_NAME_CHARS`; reading escapes and entities only shortens it): such a script is
# read for its people's names (`_short_named`). Each string ends at its quote: the
# pattern tries each of a list's strings twice at most.
_STRING = r'"(?:[^"\\]|\\.)'
_LONG_NAME = re.compile(
    r'"(?:names?|nam|givenName|familyName|additionalName|author)"\s*:\s*'
    rf'(?:\[\s*(?:{_STRING}{{0,{MAX_NAME_CHARS}}}"\s*,\s*)*)?'  # (a list's names before it)
    rf'"(?P<name>(?:[^"\\]|\\.){{{MAX_NAME_CHARS + 1}}})'
)
_STRING_REST = re.compile(r'(?:[^"\\]|\\.)*')


def _first_too_long(source: str) -> int | None:
    """Where the key of the first string of a name key in `source` that holds a piece
    longer than any name starts (a long string of short names is read as it is)."""
    for match in _LONG_NAME.finditer(source):
        start = match.start("name")
        rest = _STRING_REST.match(source, start)
        value = source[start : rest.end() if rest else len(source)]
        if too_long(author_pieces(strip_tags(value))):
            return match.start()
    return None


def _short_named(person: object) -> object | None:
    """The person as normalize_authors can read it at little cost: itself when each
    piece of its name is no longer than a name (`names_bounded`), else with its name's
    short pieces only, or None (left out) when none is left or its name is given in
    parts."""
    if isinstance(person, str):
        return _short_name(person)
    if not isinstance(person, dict):
        return person
    name = person.get("name")
    if isinstance(name, dict):
        name = name.get("name")
    elif isinstance(name, list):
        name = "; ".join(part for part in name if isinstance(part, str))
    if isinstance(name, str):
        short = _short_name(name)
        if short is name:
            return person
        return None if short is None else {**person, "name": short}
    if name is None and "givenName" in person:
        parts = " ".join(str(person[key]) for key in AUTHOR_ATTRS if key in person)
        return person if _short_name(parts) is parts else None
    return person


def _short_name(name: str) -> str | None:
    def read(text: str) -> list[str]:
        return author_pieces(strip_tags(text))

    return names_bounded(name, read(name), read)


def _names_of(person: object) -> int:
    """The names trafilatura's process_parent hands normalize_authors for this person:
    a string, or a person's name (a list of names joined, a name object's name), or
    its given, additional and family names joined."""
    if isinstance(person, str):
        return json_names(person)
    if not isinstance(person, dict):
        return 0
    name = person.get("name")
    if isinstance(name, dict):
        name = name.get("name")
    elif isinstance(name, list):
        name = "; ".join(part for part in name if isinstance(part, str))
    if name is None and "givenName" in person:
        name = " ".join(str(person[key]) for key in AUTHOR_ATTRS if key in person)
    return json_names(name) if isinstance(name, str) else 0


def _cut_name(name: str, room: int) -> str | None:
    cut = cut_to(author_pieces(strip_tags(name)), room)
    return cut if cut is not None and json_names(cut) <= room else None


def _json_in(text: str) -> object | None:
    """The list or object an author string holds as JSON, which process_parent reads
    as the authors ("[{\"name\": …}]"), else None."""
    if not text.lstrip().startswith(("[", "{")):
        return None
    try:
        read = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return read if isinstance(read, (list, dict)) else None


def _is_person(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    kind = entry.get("@type")
    return kind == "Person" or (isinstance(kind, list) and "Person" in kind)
