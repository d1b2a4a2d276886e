"""bench/labelled_dumps.py: on a page whose <title> names no <h1> and which has no
og:title, the <h1> that opens the article's text is its headline, labelled title, not a
body paragraph; a site's name in an <h1> above the article is not (round 57, issue 14)."""

from __future__ import annotations

from bench.corpus import Page
from bench.labelled_dumps import BODY, TITLE, article_dump, label_page

P1 = (
    "The choir was founded in 1968 by the town's music teacher, who gathered twelve boys "
    "from the parish school for the Christmas service."
)
P2 = (
    "Within ten years it sang in the cathedral, and its first tour took it to the twin "
    "towns in France and Italy."
)


def _page(header: str, heading: str) -> Page:
    html = f"""<html><head><title>Boys' Choir of Ulm</title></head><body>
{header}<div class="content"><h1>{heading}</h1><p>{P1}</p><p>{P2}</p></div>
</body></html>"""
    return Page("https://example.org/history", "history.html", html.encode(), (heading, P1, P2), ())


def test_the_h1_opening_the_text_of_a_title_less_page_is_its_headline() -> None:
    # Fails on main: the labeller finds no headline (the <title> names another text), so
    # the <h1> is the article dump's first body line, and a cleaner taking it for the
    # title "loses" a paragraph.
    item = label_page(_page("", "History of the choir"))
    assert item is not None
    assert item.title == "History of the choir"
    labels = {line.text: line.label for line in item.page}
    assert labels["History of the choir"] == TITLE
    assert labels[P1] == BODY
    text, dump_labels = article_dump(item)
    assert text.split("\n")[0] == "History of the choir"
    assert [x for x in dump_labels if x] == [TITLE, BODY, BODY]


def test_a_site_name_h1_above_the_text_is_no_headline() -> None:
    # Guard: the site's name in an <h1> of the page's header is not the first body line.
    item = label_page(_page("<div><h1>Ulm Choir Blog</h1></div>", "History of the choir"))
    assert item is not None
    assert item.title == "History of the choir"
    labels = {line.text: line.label for line in item.page}
    assert labels["Ulm Choir Blog"] != TITLE


def test_a_page_with_og_title_keeps_it() -> None:
    # Guard: the fallback is for pages where the labeller finds no headline at all.
    html = f"""<html><head><title>Boys' Choir of Ulm</title>
<meta property="og:title" content="Singing since 1968"></head><body>
<div><h1>History of the choir</h1><p>{P1}</p><p>{P2}</p></div></body></html>"""
    page = Page("https://example.org/h", "h.html", html.encode(), (P1, P2), ())
    item = label_page(page)
    assert item is not None
    assert item.title == "Singing since 1968"
