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
