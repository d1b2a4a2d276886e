"""A prefixed byline on the document's first line, over the headline (round 44).

`_byline_below` gives way to a prefixed byline over the headline ("By Jane Doe" / the
headline / "John Roe, Reuters") when the line it found under the headline has no prefix:
that one is the lead picture's credit in a byline's form. It asked for the prefixed
line's index as true or false, and the document's first line is index 0: the credit was
taken and "By Jane Doe" left in the body."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, MORE_EN


def _page(over_headline: str, under_headline: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in [*ARTICLE_EN[1:], *MORE_EN[:3]])
    return (
        f"<html><head><title>{ARTICLE_EN[0]} | Tech Magazine</title></head><body><article>"
        f"<p>{over_headline}</p><h1>{ARTICLE_EN[0]}</h1><p>{under_headline}</p>{body}"
        "</article></body></html>"
    )


def test_a_prefixed_byline_on_the_first_line_outranks_a_credit_under_the_headline() -> None:
    article = articleclean.clean_html(_page("By Margaret Ellison", "Thomas Whitfield, Reuters"))
    assert article.byline == ["Margaret Ellison"]
    assert "By Margaret Ellison" not in [p.text for p in article.body]


def test_guard_a_line_over_the_headline_without_a_prefix_does_not_outrank_it() -> None:
    # Guard (passes on main too): only a prefixed line over the headline outranks the
    # names under it; a kicker over the headline does not.
    article = articleclean.clean_html(_page("Energy research", "Thomas Whitfield, Reuters"))
    assert article.byline == ["Thomas Whitfield"]
