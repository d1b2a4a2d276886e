"""The page's date is not a date element's in a list of other stories."""

from __future__ import annotations

from lxml import html

from articleclean.readers.html_dates import page_date

_ARTICLE = """<html><head><title>Ymer wins twice</title></head><body><main>
<article><h1>Ymer wins twice in one day</h1>
<div class="article-mostviewed"><div class="article"><span class="timestamp">01.02.2022</span>
<a href="/a">Another story</a></div></div>
<p>The Swede won his first round and his second round on the same day.</p>
<p>{date_line}</p></article>
{aside}
</main></body></html>"""


def _date(date_line: str, aside: str = "") -> str | None:
    tree = html.fromstring(_ARTICLE.format(date_line=date_line, aside=aside))
    return page_date(tree, None)


def test_a_most_viewed_list_date_gives_way_to_the_article_date() -> None:
    # Fails on main: htmldate's first date element is the list's "01.02.2022".
    assert _date('<span class="date">04.02.2022</span>') == "2022-02-04"


def test_a_related_list_date_alone_gives_no_date() -> None:
    # Fails on main (2022-02-01): the only date is another story's.
    assert _date("No date printed here.") is None


def test_a_date_in_a_wrapper_holding_the_headline_stays() -> None:
    # Passes on both: a wrapper whose class says related but holds the <h1> is the story.
    tree = html.fromstring(
        """<html><body><div class="has-related-posts"><h1>Ymer wins twice in one day</h1>
<span class="date">04.02.2022</span><p>The Swede won twice.</p></div></body></html>"""
    )
    assert page_date(tree, None) == "2022-02-04"


def test_a_readers_comment_date_is_still_read() -> None:
    # Passes on both: comments are not pruned (their first day is the post's as often as not).
    tree = html.fromstring(
        """<html><body><h1>Ymer wins twice in one day</h1><p>The Swede won twice.</p>
<ol class="comment-list"><li class="comment"><div class="comment-metadata">
<span class="date">05.02.2022</span></div><p>Great!</p></li></ol></body></html>"""
    )
    assert page_date(tree, None) == "2022-02-05"


def test_a_list_date_the_title_also_gives_stays() -> None:
    # Fails without `_dated_elsewhere`: a story of the list published the article's
    # day, which the page's <title> states; the search again would take a widget's.
    tree = html.fromstring(
        """<html><head><title>Berlin confronts its past | DW | 19.01.2020</title></head>
<body><h1>Berlin confronts its past</h1><p>The city starts an initiative.</p>
<div class="col3 relatedContent"><span class="date">19.01.2020</span><a href="/b">Libya</a></div>
<div class="social"><span class="date">11.07.2017</span></div></body></html>"""
    )
    assert page_date(tree, None) == "2020-01-19"
