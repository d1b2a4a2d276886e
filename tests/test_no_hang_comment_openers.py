"""libxml2's HTML serialiser (lxml's `tostring`, which htmldate runs on the page) costs
the square of the "<!--" in one attribute's value: 100,000 in a meta description took
over 20 s through `clean_html`, which the page's time budget cannot interrupt. The parsed
tree keeps a value's first `MAX_COMMENT_OPENERS`; counted, not timed."""

from __future__ import annotations

import pytest

from articleclean.readers.html_parse import MAX_COMMENT_OPENERS, parse_html

_BODY = "<body><article><p>The council approved the budget on Tuesday.</p></article></body>"


@pytest.mark.parametrize("opener", ["&lt;!--", "&#60;&#33;&#45;&#45;", "&lt;&#33;--", "<!--"])
def test_a_value_of_many_comment_openers_keeps_the_first(opener: str) -> None:
    value = f"a{opener}b" * 10_000
    tree = parse_html(f'<html><head><meta name="description" content="{value}"></head>{_BODY}')
    assert tree is not None
    content = tree.find(".//meta").get("content")
    assert content.count("<!--") <= MAX_COMMENT_OPENERS  # (main: 10,000)
    assert content.count("a") == 10_000  # the text between the marks stays


def test_a_page_of_few_openers_is_read_as_it_is() -> None:
    value = "before <!-- a note --> after " * 30
    html = f'<html><head><meta name="description" content="{value}"></head>{_BODY}'
    tree = parse_html(html)
    assert tree is not None
    assert tree.find(".//meta").get("content").count("<!--") == 30
