"""When trafilatura finds no article text, the page's own text, read as a dump.

lxml stops at a nesting depth of a few hundred elements and trafilatura
gives up on some pages altogether; their text would be lost without a word.
BeautifulSoup with Python's own parser has no depth limit and never fails on
broken markup, so its text of the page goes through the text-dump rules
instead (which find the article's run of prose on a whole page).
"""

from __future__ import annotations

from bs4 import BeautifulSoup

_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "head")


def page_text(html: str) -> str:
    """The visible text of a page, one block per line."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(_NOT_TEXT):
        element.decompose()
    return soup.get_text("\n")
