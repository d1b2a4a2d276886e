"""The box hints' walks that answer what an XPath answered before: the same answers.

`_links_above_h1` finds the body's first `<h1>` in its own walk of the page's links
and `<h1>`s (no `(//body//h1)[1]` over the whole page first); `Extraction.key` is
`key_of` of the extracted text, computed once for the lead searches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml.html import fromstring

from articleclean.document import key_of
from articleclean.readers.html import ExtractedLine, Extraction, _has_text, _parse
from articleclean.readers.html_hints import _LONG_LINKS, _links_above_h1

FIXTURES = Path(__file__).parent / "fixtures"
_FIRST_BODY_H1 = etree.XPath("(//body//h1)[1]")


def _reference(tree: etree._Element, links: list) -> int:
    """The count as the XPath for the body's first `<h1>` then a walk up to it gave."""
    found = _FIRST_BODY_H1(tree)
    if not found or not links:
        return len(links)
    wanted, above = set(links), 0
    for element in tree.getroottree().getroot().iter("a", "h1"):
        if element is found[0]:
            break
        if element in wanted:
            above += 1
    return above


PAGE = """<html><head><title>Harbour works</title></head><body>
<nav><a href="/ports">Ports and shipping news</a> <a href="/city">City council and budget</a></nav>
<ul><li><a href="/a">Ferry timetable changes for the winter</a></li></ul>
<h1>The harbour wall will be rebuilt next spring</h1>
<p>The council approved the plan on Tuesday. <a href="/more">Read the full council minutes</a></p>
<aside><a href="/b">Fishing quotas cut again this year</a></aside>
</body></html>"""


def test_the_links_before_the_body_s_first_headline_are_counted() -> None:
    tree = fromstring(PAGE)
    links = _LONG_LINKS(tree)
    assert len(links) == 5
    assert _links_above_h1(tree, links) == 3


def test_a_link_that_holds_the_headline_is_before_it() -> None:
    tree = fromstring(
        PAGE.replace("<h1>The", '<a href="/self"><h1>The').replace("spring</h1>", "spring</h1></a>")
    )
    links = _LONG_LINKS(tree)
    assert _links_above_h1(tree, links) == 4 == _reference(tree, links)


def test_every_link_is_above_when_the_body_has_no_headline() -> None:
    tree = fromstring(PAGE.replace("h1>", "h2>"))
    links = _LONG_LINKS(tree)
    assert _links_above_h1(tree, links) == len(links) == 5


def test_a_headline_outside_the_body_is_walked_past() -> None:
    # A tree handed over with an <h1> in its head (lxml's parser would move it):
    # the count stops at the body's first <h1>, as `(//body//h1)[1]` finds it.
    tree = fromstring(PAGE)
    stray = etree.SubElement(tree.find("head"), "h1")
    stray.text = "Harbour works"
    links = _LONG_LINKS(tree)
    assert _links_above_h1(tree, links) == 3 == _reference(tree, links)


def test_no_links_count_none() -> None:
    assert _links_above_h1(fromstring(PAGE), []) == 0


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.html")), ids=lambda path: path.name)
def test_the_count_is_the_xpath_s_on_every_fixture_page(path: Path) -> None:
    tree = _parse(path.read_text(encoding="utf-8", errors="replace"))
    if tree is None:
        pytest.skip("no tree")
    links = _LONG_LINKS(tree)
    assert _links_above_h1(tree, links) == _reference(tree, links)
    every_link = tree.xpath("//a")
    assert _links_above_h1(tree, every_link) == _reference(tree, every_link)


def test_the_extraction_s_key_is_computed_once() -> None:
    text = "The council approved the plan on Tuesday.\nWork starts in March, officials said."
    extraction = Extraction(text, [ExtractedLine(1, text.split("\n")[0], "p")])
    first = extraction.key()
    assert first == key_of(text)
    assert extraction.key() is first
    assert _has_text(extraction, "Work starts in March, officials said…")
    assert not _has_text(extraction, "The mayor resigned on Friday.")
    # The cached key is no field of the extraction's value.
    assert extraction == Extraction(text, list(extraction.lines))
    assert "_key" not in repr(extraction)
