"""A start tag with absurdly many attributes is cut before the page is parsed
(lxml, justext and htmldate are quadratic in one element's attributes)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.readers import html_guard
from articleclean.readers.html_guard import cut_attributes

_STORY = "".join(
    f"<p>The council approved the new cycle lanes on Tuesday after a long debate, part {i}.</p>"
    for i in range(4)
)


def _page(extra: str) -> str:
    return (
        "<html><head><title>Council approves cycle lanes</title></head><body><article>"
        f"<h1>Council approves cycle lanes</h1>{_STORY}{extra}</article></body></html>"
    )


def test_attributes_beyond_the_cap_are_cut() -> None:
    page = "<div a=\"1\" b=2 c d='x > y' e f>y</div><i a b>z</i>"
    assert cut_attributes(page, 3) == ('<div a="1" b=2 c>y</div><i a b>z</i>', 1)


def test_a_tag_within_the_cap_is_left_alone() -> None:
    page = '<div a="1" b=2 c>y</div>'
    assert cut_attributes(page, 3) == (page, 0)


def test_the_article_says_the_page_was_repaired(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_guard, "MAX_ATTRIBUTES", 10)
    tag = "<div " + " ".join(f"a{i}=x" for i in range(50)) + ">Photo</div>"
    article = articleclean.clean_html(_page(tag))
    assert article.status == "ok"
    assert article.metadata["repaired"] == (
        "attributes beyond the first 10 removed from 1 element(s)"
    )
    kept = "<div " + " ".join(f"a{i}=x" for i in range(10)) + ">Photo</div>"
    assert [b.text for b in article.body] == [
        b.text for b in articleclean.clean_html(_page(kept)).body
    ]
    assert any("cycle lanes" in block.text for block in article.body)


def test_a_normal_page_carries_no_repair_note() -> None:
    article = articleclean.clean_html(_page('<div class="x" id="y">Photo</div>'))
    assert "repaired" not in article.metadata
