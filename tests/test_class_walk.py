"""The author search reads its candidates from the box hints' walk of the page.

`html_authors.walked_author_candidates` must give `_author_candidates`' elements in
its order (the first plausible one is the byline), or say it cannot (None). These
tests fail on main, which has no `class_walk` to read; the equality is their point.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean.readers.decode import decode_bytes
from articleclean.readers.html_authors import (
    _author_candidates,
    page_author_elements,
    walked_author_candidates,
)
from articleclean.readers.html_hints import class_walk, classed_elements
from articleclean.readers.html_meta import page_metadata
from articleclean.readers.html_parse import parse_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "html").glob("*.html"))

# Author marks of every kind, nested and side by side, among boxes and plain markup.
_MARKED = """<html><head><title>Harbour plan approved</title></head><body>
<header class="site-header" id="top"><a href="/" class="logo">The Daily Coast</a></header>
<div class="teaser-list"><article class="card"><span class="card-byline">By Ann Lee</span>
<a href="/other" data-testid="card-link">Other story</a></article></div>
<article class="story" id="main-story">
<h1 itemprop="headline">Harbour plan approved</h1>
<div class="meta"><span class="byline" id="story-author">By
<a rel="author" href="/staff/jo">Jo Marsh</a></span>
<time itemprop="datePublished" datetime="2024-03-05">5 March 2024</time></div>
<p>The council approved the plan on Tuesday.</p>
<p id="byline">An id that only the class pattern names.</p>
<div data-component="quote" class="pull">"We waited years," one fisher said.</div>
<div class="AuthorName">Jo Marsh</div><p class="Straße">Folded class values.</p>
<section class="author-bio"><h3 class="writer-name">About Jo Marsh</h3></section>
</article>
<footer class="footer" id="authorship-note"><span class="username">jmarsh</span></footer>
</body></html>"""


def _tree(html: str):  # type: ignore[no-untyped-def]
    tree = parse_html(html)
    assert tree is not None
    return tree


def test_the_walk_gives_the_author_walk_candidates_in_order() -> None:
    tree = _tree(_MARKED)
    walked = walked_author_candidates(tree, class_walk(tree))
    assert walked is not None
    assert walked == _author_candidates(tree)
    # the marks by attribute (itemprop, data-testid, data-component, rel) are among them
    assert {"headline", "card-link", "quote"} <= {
        element.get("itemprop") or element.get("data-testid") or element.get("data-component")
        for element in walked
    }


def test_an_author_element_or_a_fragment_sends_the_search_back_to_its_walk() -> None:
    page = _tree("<html><body><author>Jo Marsh</author><p class='byline'>x</p></body></html>")
    assert walked_author_candidates(page, class_walk(page)) is None
    tree = _tree(_MARKED)
    inner = tree.find(".//article[@id='main-story']")
    assert walked_author_candidates(inner, class_walk(tree)) is None
    # either way the search finds what it found before
    assert [text for _, text in page_author_elements(page, class_walk(page))] == [
        text for _, text in page_author_elements(page)
    ]


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem)
def test_fixture_pages_give_the_same_candidates_boxes_and_metadata(path: Path) -> None:
    tree = _tree(decode_bytes(path.read_bytes()).text)
    walk = class_walk(tree)
    walked = walked_author_candidates(tree, walk)
    assert walked is None or walked == _author_candidates(tree)
    assert classed_elements(tree, walk) == classed_elements(tree)
    assert page_metadata(tree, None, walk).fields == page_metadata(tree, None).fields
