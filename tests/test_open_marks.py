"""`keep_first`, the one cut both bounds on runs of marks make: the "<" that no ">"
closes in what trafilatura's meta readers strip (`tags_bounded`), and the "<!--" in an
attribute value that libxml2's serialiser reads (`html_parse`)."""

from __future__ import annotations

from articleclean.readers.html_open_marks import MAX_OPEN_MARKS, keep_first, tags_bounded
from articleclean.readers.html_parse import MAX_COMMENT_OPENERS, parse_html


def test_the_marks_past_the_first_go_and_the_text_between_them_stays() -> None:
    assert keep_first("a<b<c<d", "<", 2) == "a<b<cd"
    assert keep_first("<!--x<!--y<!--z", "<!--", 1) == "<!--xyz"
    assert keep_first("a<b", "<", 0) == "ab"


def test_a_text_with_no_more_marks_than_kept_is_as_it_was() -> None:
    for text in ("", "plain", "a<b", "a<b<c"):
        assert keep_first(text, "<", 2) == text


def test_a_meta_content_keeps_its_first_open_marks() -> None:
    bounded = tags_bounded("Intro " + "x<" * 1_000 + " end")
    assert bounded.count("<") == MAX_OPEN_MARKS // 2
    assert bounded.count("x") == 1_000 and bounded.endswith(" end")


def test_an_attribute_value_keeps_its_first_comment_openers_whatever_their_spelling() -> None:
    runs = "&lt;!--a" * 6_000 + "&#60;&#33;--b" * 6_000
    tree = parse_html(f'<html><body><p title="{runs}">Text</p></body></html>')
    assert tree is not None
    (value,) = tree.xpath("//p/@title")
    assert value.count("<!--") == MAX_COMMENT_OPENERS
    assert value.count("a") == 6_000 and value.count("b") == 6_000
