"""The HTML reader's parser: trafilatura's tree, with C-level element classes."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import INVALID_XML_CHARS, load_html, repair_faulty_html

from articleclean.readers.decode import decode_bytes
from articleclean.readers.html import _decode
from articleclean.readers.html_parse import _INVALID_XML_CHARS, _repair, parse_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "html").glob("*.html"))


def _text(path: Path) -> str:
    return decode_bytes(path.read_bytes()).text


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_the_tree_is_the_one_trafilatura_builds(path: Path) -> None:
    text = _text(path)
    ours, theirs = parse_html(text), load_html(text)
    assert ours is not None and theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_trafilatura_extracts_the_same_from_it(path: Path) -> None:
    text = _text(path)

    def extracted(tree: HtmlElement | None) -> str | None:
        result = bare_extraction(tree, include_comments=False, output_format="txt")
        return None if result is None else result.raw_text

    assert extracted(parse_html(text)) == extracted(load_html(text))


def test_every_element_is_an_html_element_also_in_copies() -> None:
    tree = parse_html(
        "<html><body><form><label>Name</label><input name='q'><select></select>"
        "<textarea></textarea></form><p>Text</p></body></html>"
    )
    assert tree is not None
    copied = tree.__copy__()
    for element in [*tree.iter(), *copied.iter()]:
        assert type(element) is HtmlElement  # not lxml.html's FormElement and kin


def test_an_encoding_declaration_in_a_str_is_parsed_from_bytes() -> None:
    text = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Grüße</p></body></html>'
    with pytest.raises(ValueError):
        etree.fromstring(text)  # lxml refuses a str that declares an encoding
    tree = parse_html(text)
    assert tree is not None
    assert tree.text_content() == "Grüße"
    assert etree.tostring(tree) == etree.tostring(load_html(text))


@pytest.mark.parametrize("text", ["plain words, no markup at all", '{"json": true}'])
def test_what_is_not_html_gives_no_tree(text: str) -> None:
    assert parse_html(text) is None
    assert load_html(text) is None  # the same verdict as trafilatura's


def test_the_characters_checked_are_those_trafilatura_removes() -> None:
    removed = {char for char in map(chr, range(0x10000)) if INVALID_XML_CHARS.match(char)}
    assert set(_INVALID_XML_CHARS) == removed


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html/>\n<body><p>x</p></body>",
        '<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"/>\n<html><body>a',
        '<html lang="de"/>\n<body>x</body>',
        "<!DOCTYPE html>",
        "<html><body>a\x00b\x0bc\ufffe</body></html>",
        "<html><body>plain</body></html>",
    ],
)
def test_repairs_are_trafilaturas(text: str) -> None:
    beginning = text[:50].lower()
    assert _repair(text, beginning) == repair_faulty_html(text, beginning)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_the_utf8_bytes_give_the_same_tree(path: Path) -> None:
    text = _text(path)
    utf8 = text.encode("utf-8")
    ours = parse_html(text, utf8)
    assert ours is not None
    assert etree.tostring(ours) == etree.tostring(parse_html(text))


def test_the_bytes_are_not_used_when_a_repair_changed_the_text() -> None:
    text = "<html><body><p>a\x0bb</p></body></html>"  # the repair drops \x0b
    stale = b"<html><body><p>other</p></body></html>"
    tree = parse_html(text, stale)
    assert tree is not None
    assert tree.text_content() == "ab"


def test_the_reader_hands_over_bytes_only_when_they_are_the_text_in_utf8() -> None:
    page = "<html><head><meta charset='utf-8'></head><body><p>Grüße</p></body></html>"
    assert _decode(page.encode("utf-8"), None)[1] == page.encode("utf-8")
    assert _decode(page.replace("utf-8", "cp1252").encode("cp1252"), None)[1] is None
    # A long UTF-8 page with one stray latin-1 byte: decoded as UTF-8, that byte replaced.
    long_page = page.replace("Grüße", "Grüße und schöne Tage. " * 200)
    broken = long_page.encode("utf-8").replace("ü".encode(), b"\xfc", 1)
    decoded, utf8 = _decode(broken, None)
    assert decoded.encoding == "utf-8" and "\ufffd" in decoded.text
    assert utf8 is None
    assert _decode(page, None)[1] is None  # a str: no bytes to hand over
