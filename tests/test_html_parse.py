"""The HTML reader's parser: trafilatura's tree, with C-level element classes."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from articleclean.readers.decode import decode_bytes
from articleclean.readers.html_parse import parse_html

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
