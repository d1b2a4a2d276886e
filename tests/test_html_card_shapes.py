"""Round 35: other stories' cards the HTML body rules did not read, and a picture story
whose only text is its headings (issue 15 item 4). The page fixtures
`fixtures/html/r35-*` show the same shapes in German, Spanish and French."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

import articleclean
from articleclean.document import key_of
from articleclean.readers.html_hints import _card_keys
from story_cards import CARDS, POOL, POOL_SECTIONS

_POOL = (
    *POOL,
    "Engineers will inspect the pool's building again in May and report to the council.",
)


def _page(before: str, after: str, box: str = "<div class='content'>") -> str:
    title = "Council votes to close Elm Street pool"
    prose = "".join(f"<p>{paragraph}</p>" for paragraph in _POOL)
    return (
        f'<html lang="en"><head><title>{title}</title></head><body>{box}<h1>{title}</h1>'
        f"{before}{prose}{after}</div></body></html>"
    )


def _removed(article: articleclean.Article) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == "html_card_below"]


@pytest.mark.parametrize(
    "card",
    [
        "<a class='card' href='/n/{n}'><div class='t'>{h}</div><p>{b}</p></a>",
        "<a class='card' href='/n/{n}'><strong>{h}</strong><p>{b}</p></a>",
        "<a class='card' href='/n/{n}'>\n <div>{h}</div>\n <div>{b}</div>\n</a>",
    ],
)
@pytest.mark.parametrize("where", ["below", "above"])
def test_whole_link_cards_without_a_heading_are_removed(card: str, where: str) -> None:
    # A theme's card component with no heading markup: the headline a plain child of
    # the link, the blurb after it. The extractor kept headlines and blurbs.
    cards = "".join(card.format(n=n, h=h, b=b) for n, (h, b) in enumerate(CARDS))
    page = _page("", cards) if where == "below" else _page(cards, "")
    article = articleclean.clean_html(page)
    for headline, blurb in CARDS:
        assert headline not in article.text and blurb not in article.text, article.text
    assert all(paragraph in article.text for paragraph in _POOL)


def test_the_card_the_extractor_printed_above_goes_with_its_box_below() -> None:
    # Other stories as <article> cards after a text that is in no <article>: the
    # extractor printed the first card above the text and the others below it.
    cards = "".join(
        f"<article><h2><a href='/n/{n}'>{h}</a></h2><p>{b}</p></article>"
        for n, (h, b) in enumerate(CARDS)
    )
    article = articleclean.clean_html(_page("", cards))
    assert article.paragraphs[0] == _POOL[0], article.text
    for headline, blurb in CARDS:
        assert headline not in article.text and blurb not in article.text
    assert len(_removed(article)) == 5  # the first card's headline and four blurbs


def test_a_card_on_the_article_s_topic_above_it_stays() -> None:
    # Guard (passes on main too): a linked heading and its blurb above the text that
    # tell the article's own story stay, though the box below it is taken.
    own = (
        "<h2><a href='/pool'>Elm Street pool to close after engineers find cracks</a></h2>"
        "<p>The council voted to close the old pool on Elm Street after engineers found "
        "cracks in its roof.</p>"
    )
    below = "".join(
        f"<div class='c'><h3><a href='/n/{n}'>{h}</a></h3><p>{b}</p></div>"
        for n, (h, b) in enumerate(CARDS)
    )
    article = articleclean.clean_html(_page(own, below, box="<div>"))
    assert "cracks in its roof." in article.text
    assert not any(blurb in article.text for _headline, blurb in CARDS)


def test_whole_link_sections_on_the_article_s_topic_stay() -> None:
    # Guard (passes on main too): the same shape telling the article's own story.
    sections = "".join(
        f"<a href='/pool/{n}'><div>{h}</div><p>{b}</p></a>"
        for n, (h, b) in enumerate(POOL_SECTIONS)
    )
    article = articleclean.clean_html(_page("", sections))
    assert _removed(article) == []
    assert "changing rooms" in article.text


@pytest.mark.parametrize(
    ("link", "keys"),
    [
        ("<a href='/x'><span>{h}</span><span>{b}</span></a>", ("{h}", "{b}")),
        ("<a href='/x'><span>News</span><span>{h}</span><p>{b}</p></a>", ("{h}", "{b}")),
        ("<a href='/x'><img src='a.jpg'><span>{h}</span></a>", ()),  # a picture's label
        ("<a href='/x'><span>Sport</span><span>{b}</span></a>", ()),  # a label, no headline
        ("<a href='/x'><h1>{h}</h1><p>{b}</p></a>", ()),  # the page's own headline
    ],
)
def test_the_keys_of_a_whole_link_card_without_a_heading(link: str, keys: tuple[str, ...]) -> None:
    headline, blurb = CARDS[0]
    element = fromstring(f"<div>{link.format(h=headline, b=blurb)}</div>").find(".//a")
    expected = tuple(key_of(key.format(h=headline, b=blurb)) for key in keys)
    assert _card_keys(element, key_of(element.text_content())) == expected


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("en", "The cherry trees bloom along the river path this week", "Crowds on the old bridge"),
        (
            "de",
            "Die Kirschbäume blühen in dieser Woche am Flussweg der Stadt",
            "Gedränge auf der alten Brücke",
        ),
    ],
)
def test_a_picture_story_s_headings_are_its_text(lang: str, first: str, second: str) -> None:
    # Headings between pictures and no paragraph: the last, short heading announces
    # nothing that was dropped, it is the page's text (the first is too long a label).
    title = "Spring in the city park"
    page = (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><article>'
        f"<h1>{title}</h1><figure><img src='1.jpg'></figure><h2>{first}</h2>"
        f"<img src='2.jpg'><h2>{second}</h2><figure><img src='3.jpg'></figure>"
        "</article></body></html>"
    )
    article = articleclean.clean_html(page)
    assert first in article.text and second in article.text, article.removed


def test_a_label_after_the_article_s_paragraphs_is_still_removed() -> None:
    # Guard (passes on main too): with a paragraph above, a closing label that
    # introduces nothing kept is an orphan label.
    page = _page("", "<p>Participating blogs:</p>")
    article = articleclean.clean_html(page)
    assert "Participating blogs" not in article.text
    assert any(removal.rule == "html_orphan_label" for removal in article.removed)
