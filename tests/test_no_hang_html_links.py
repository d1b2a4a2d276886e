"""A page of many linked paragraphs costs time in their number, not its square (hang
guard), and the paragraphs' links and the page's lists are found as the XPath
expressions they replaced found them, in the page's order.

libxml2 merges the nodes each context step finds into one sorted set, checking each
against those found before: `//p//a[@href]` over 40,000 paragraphs with a link took
24 s, 150,000 many minutes (the hang case runs in a child with a wall bound that only
catches a hang; it asserts no speed). `//ul|//ol` merged its two finds the same way."""

from __future__ import annotations

import random
import textwrap

from lxml import etree

from articleclean.readers.html_hints import _paragraph_links
from articleclean.readers.html_lists import _link_text
from articleclean.readers.html_parse import parse_html
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_hints import _tail_links
    from articleclean.readers.html_parse import parse_html

    sentence = "The council met on Monday to discuss the budget for next year. "
    page = "<html><body>" + ("<p>" + sentence + "<a href='/more'>more</a></p>") * 150_000
    tails = _tail_links(parse_html(page + "</body></html>"))
    print(len(tails))
    """
)


def test_many_linked_paragraphs_are_no_hang() -> None:
    done = run_in_child(_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1"]  # one paragraph's text, so one key


_TAGS = ["p", "a", "div", "span", "ul", "ol", "li", "b", "table", "td"]


def _page(chooser: random.Random, number: int) -> str:
    pieces = []
    for tag in chooser.choices(_TAGS, k=40):
        pieces.append(chooser.choice([f"<{tag}>", f"</{tag}>", f"<a href='u{number}'>", "text "]))
    return "<html><body>" + "".join(pieces) + "</body></html>"


def test_links_and_lists_are_found_as_the_xpaths_found_them() -> None:
    links, lists = etree.XPath("//p//a[@href]"), etree.XPath("//ul|//ol")
    chooser = random.Random(61)
    found = [0, 0]
    for number in range(2_000):
        tree = parse_html(_page(chooser, number))
        assert tree is not None
        for context in (tree, tree.find(".//body")):
            assert list(_paragraph_links(context)) == links(context)
            assert list(context.getroottree().getroot().iter("ul", "ol")) == lists(context)
        found[0] += len(links(tree))
        found[1] += len(lists(tree))
    assert min(found) > 1_000  # the sample holds links in paragraphs and lists


_ROW_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_lists import MIN_ROWS, _rows
    from articleclean.readers.html_parse import parse_html

    # One row of links glued into one printed word: a plain row by its words, so its
    # link text is read.
    glued = "<li>" + "<a href='/x'>w</a>" * 800_000 + "</li>"
    page = "<html><body><ul>" + glued + "<li>a row</li>" * MIN_ROWS + "</ul></body></html>"
    tree = parse_html(page)
    print(_rows(tree.find(".//ul")))
    """
)


def test_a_row_of_many_links_is_no_hang() -> None:
    # `.//a//text()` merged each link's text nodes into one set: 80,000 links 2.9 s,
    # growing with the square (found by the lead after round 61's hostile5).
    done = run_in_child(_ROW_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["None"]  # mostly link text: no plain rows


def _fragment(chooser: random.Random, depth: int = 0) -> str:
    pieces = []
    for _ in range(chooser.randint(0, 4)):
        roll = chooser.random()
        if roll < 0.3:
            pieces.append(chooser.choice(["x", "y z", " ", "", "é"]))
        elif roll < 0.4:
            pieces.append("<!--c-->")
        elif depth < 4:
            tag = chooser.choice(["a", "a", "b", "span", "i", "br"])
            if tag == "br":
                pieces.append("<br>")
            else:
                href = " href='#'" if tag == "a" else ""
                inner = _fragment(chooser, depth + 1)
                pieces.append(f"<{tag}{href}>{inner}</{tag}>{chooser.choice(['', 't'])}")
    return "".join(pieces)


def test_a_rows_link_text_is_read_as_the_xpath_read_it() -> None:
    link_text = etree.XPath(".//a//text()", smart_strings=False)
    chooser = random.Random(61)
    linked = 0
    for _ in range(3_000):
        page = f"<html><body><ul><li>{_fragment(chooser)}</li></ul></body></html>"
        tree = parse_html(page)
        assert tree is not None
        for item in tree.iter("li"):
            expected = "".join(link_text(item))
            assert _link_text(item) == expected
            linked += bool(expected)
    assert linked > 500  # the sample holds rows with link text
