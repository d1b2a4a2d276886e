"""The page's lxml tree, built as trafilatura's `load_html` builds it, but cheaper to walk.

lxml creates a Python object for an element each time Python code touches
it; lxml.html's parser asks a Python method (`HtmlElementClassLookup.lookup`)
which class to give it, thousands of times a page in trafilatura's
extraction alone. This parser gives every element `HtmlElement` through
lxml's C-level default lookup instead, which makes the extraction about a
tenth faster. Copies of the tree (trafilatura and htmldate copy the tree they
are given) keep the parser and so the lookup. The one difference: `<form>`,
`<input>`, `<select>`, `<textarea>` and `<label>` are plain `HtmlElement`s,
without lxml.html's form helpers, which neither trafilatura nor we use.

Same parser options and the same repairs (`_repair`) and fallbacks as
`load_html`, so the tree and thus trafilatura's result are the same as from
the page's text.
"""

from __future__ import annotations

import logging

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, is_dubious_html, repair_faulty_html

from .html_open_marks import keep_first

LOGGER = logging.getLogger(__name__)

_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=HtmlElement,
        comment=HtmlComment,
        pi=HtmlProcessingInstruction,
        entity=HtmlEntity,
    )
)


def parse_html(text: str, utf8: bytes | None = None) -> HtmlElement | None:
    """The tree of a decoded page, or None when lxml finds no HTML document in it.

    `utf8` is the page's text encoded in UTF-8, when the caller has it (the
    page's own bytes): libxml2 parses them without converting a str first,
    into the same tree, unless a repair changed the text.
    """
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    repaired = _repair(text, beginning)
    source: str | bytes = repaired
    if utf8 is not None and repaired == text:
        source = utf8
    text = repaired
    tree: HtmlElement | None = None
    # Bytes are what load_html falls back to; parsed once, they need no second try.
    parsed_bytes = isinstance(source, bytes)
    try:
        tree = fromstring(source, parser=_PARSER)
    except ValueError:  # a str with an encoding declaration: lxml wants bytes
        tree, parsed_bytes = _parse_bytes(text), True
    except Exception as error:  # libxml2 gives up on some broken markup
        LOGGER.debug("lxml parsing failed: %s", error)
    if (tree is None or len(tree) < 1) and not parsed_bytes:
        tree = _parse_bytes(text)
    if tree is not None and dubious and len(tree) < 2:
        return None  # not HTML at all (load_html's rejection test)
    if tree is not None and _may_hold_comment_runs(text):
        _bound_comment_runs(tree)
    return tree


# libxml2's HTML serialiser (lxml's `tostring`, which htmldate runs on the page for its
# date search) costs the square of the "<!--" in one attribute's value: 10,000 in a
# meta description took 0.25 s, 100,000 over 20 s through `clean_html`, which the page's
# time budget cannot interrupt. A value keeps its first `MAX_COMMENT_OPENERS`. Written
# raw, each holds "!--"; with any character of it an entity ("&lt;!--", "&#60;&#33;…"),
# an "&": the page is searched only past these counts (2 of webeval's 990 pages are, by
# their "&", and keep their values; the search costs ~0.3 ms a page).
MAX_COMMENT_OPENERS = 20
_MANY_OPENERS = 5_000
_MANY_ENTITIES = 10_000
_OPENER = "<!--"
_VALUES_WITH_OPENERS = etree.XPath("//@*[contains(., '<!--')]")


def _may_hold_comment_runs(text: str) -> bool:
    return text.count("!--") > _MANY_OPENERS or text.count("&") > _MANY_ENTITIES


def _bound_comment_runs(tree: HtmlElement) -> None:
    """Each attribute value past `MAX_COMMENT_OPENERS` "<!--" keeps its first ones; the
    marks after them go, the text between them stays."""
    for value in _VALUES_WITH_OPENERS(tree):
        if value.count(_OPENER) <= MAX_COMMENT_OPENERS:
            continue
        bounded = keep_first(value, _OPENER, MAX_COMMENT_OPENERS)
        value.getparent().set(value.attrname, bounded)


# What trafilatura's INVALID_XML_CHARS removes; `in` finds one a few times
# faster than the regex scans the whole page for it, and pages rarely have any.
_INVALID_XML_CHARS = (*map(chr, (*range(9), 11, 12, *range(14, 32))), "\ufffe", "\uffff")


def _repair(text: str, beginning: str) -> str:
    """trafilatura's `repair_faulty_html`, its character scan run only when needed."""
    if any(char in text for char in _INVALID_XML_CHARS):
        return repair_faulty_html(text, beginning)
    # The rest of repair_faulty_html, as it is there.
    if "doctype" in beginning:
        firstline, _, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


def _parse_bytes(text: str) -> HtmlElement | None:
    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception as error:
        LOGGER.debug("lxml parsing of the bytes failed: %s", error)
        return None
