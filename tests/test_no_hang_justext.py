"""A page of tens of thousands of headings costs time in their number, not its square
(hang guards): trafilatura is told to skip its rescues (readability, jusText) on a page
holding more paragraphs jusText settles by their neighbours than `MAX_UNSETTLED`, and
any other page is extracted as before.

jusText's `revise_paragraph_classification` walks from each "short" or "neargood"
paragraph to its nearest "good" or "bad" one, both ways: 40,000 consecutive `<h2>`
headings of a sentence each took 45 s through `clean_html` (status `timeout`), and
growing with the square. The hang cases run in a child with a wall bound that only
catches a hang; it asserts no speed."""

from __future__ import annotations

import textwrap
from pathlib import Path

from articleclean.readers.html_justext_bounds import MAX_UNSETTLED, justext_would_crawl
from articleclean.readers.html_parse import parse_html
from hang_guard import run_in_child

_TESTS = str(Path(__file__).parent)
_ARTICLE = (
    "The council said that it would meet again in the spring to weigh the plan, which "
    "has been debated for years by the members of the board and the people of the town."
)


def _page(shape: str, count: int) -> str:
    """`count` headings of a sentence each (jusText's "neargood"), then the article;
    with `aside`, a long paragraph in an `<aside>` after each heading, which parts the
    headings on the page but not in trafilatura's cleaned copy (it drops asides)."""
    between = f"<aside><p>{_ARTICLE}</p></aside>" if shape == "aside" else ""
    headings = "".join(
        f"<h2>Heading {number} says what the council said about the roads today.</h2>{between}"
        for number in range(count)
    )
    return (
        "<html><head><title>Council meets</title></head><body>"
        f"<h1>Council meets over the budget</h1>{headings}"
        f"<article><p>{_ARTICLE} {_ARTICLE}</p></article></body></html>"
    )


_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[3])
    from articleclean import clean_html
    from test_no_hang_justext import _ARTICLE, _page

    article = clean_html(_page(sys.argv[1], int(sys.argv[2])))
    print(article.status, _ARTICLE in article.text)
    """
)


def test_eighty_thousand_headings_are_no_hang() -> None:
    done = run_in_child(_CHILD, "headings", "80000", _TESTS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "True"]


def test_eighty_thousand_headings_parted_by_asides_are_no_hang() -> None:
    done = run_in_child(_CHILD, "aside", "80000", _TESTS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "True"]


def test_a_page_over_the_bound_skips_the_rescues() -> None:
    for shape in ("headings", "aside"):
        tree = parse_html(_page(shape, MAX_UNSETTLED + 10))
        assert tree is not None
        assert justext_would_crawl(tree)


def test_a_page_under_the_bound_is_extracted_as_before() -> None:
    # Many headings, each a paragraph jusText settles by its neighbours, but fewer
    # than the bound; and as many block tags again, holding no text.
    count = MAX_UNSETTLED - 10
    tree = parse_html(_page("headings", count).replace("</h2>", "</h2><div></div>"))
    assert tree is not None
    assert not justext_would_crawl(tree)
    # Twice the bound of paragraphs jusText settles by themselves (long, full of
    # stopwords: "good"), the headings between them under the bound.
    paragraphs = f"<p>{_ARTICLE} {_ARTICLE}</p>" * (2 * MAX_UNSETTLED)
    tree = parse_html(_page("headings", count).replace("<article>", paragraphs + "<article>"))
    assert tree is not None
    assert not justext_would_crawl(tree)


def test_the_gate_classes_each_paragraph_as_justext_classes_it() -> None:
    # Paragraphs of every class and every way to one: long and short, with links,
    # with a © sign or its entity written out, inside a <select>, with and without
    # stopwords, a <br><br> inside one, an empty one.
    from justext.core import ParagraphMaker, classify_paragraphs
    from trafilatura import external

    from articleclean.readers.html_justext_bounds import _stopwords, unsettled_by_itself

    article = _ARTICLE
    blocks = [
        f"<p>{article}</p>",
        f"<p>{article[:140]}</p>",
        f"<p>{article[:60]}</p>",
        "<p>Short line</p>",
        '<p><a href="/x">Short link</a></p>',
        f'<p>{article[:80]} <a href="/y">{article[:30]}</a></p>',
        f'<p><a href="/z">{article}</a></p>',
        f"<p>{article[:70]} \xa9 2024</p>",
        f"<p>{article[:70]} &amp;copy 2024</p>",
        "<select><option>First option of the list here</option></select>",
        "<p>Zebra quantum xylophone jackdaw vortex nimbus quasar fjord glyph sphinx</p>",
        "<p>Zebra quantum xylophone and the vortex nimbus quasar fjord glyph sphinx</p>",
        f"<div>{article[:45]}<br><br>{article}</div>",
        "<p><br></p>",
        f"<h2>{article[:70]}</h2>",
        f"<li>{article}</li>",
    ]
    tree = parse_html(f"<html><body>{''.join(blocks * 3)}</body></html>")
    assert tree is not None
    paragraphs = ParagraphMaker.make_paragraphs(tree)
    stoplist = external.JT_STOPLIST or external.jt_stoplist_init()
    classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
    classes = {paragraph.cf_class for paragraph in paragraphs}
    assert classes == {"good", "bad", "short", "neargood"}
    stopwords = _stopwords()
    for paragraph in paragraphs:
        expected = paragraph.cf_class in {"short", "neargood"}
        assert unsettled_by_itself(paragraph, stopwords) == expected, paragraph.text
