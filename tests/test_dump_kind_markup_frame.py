"""A Markdown dump's own menus in the page/article decision (`dump_kind._markup_frame`):
the site's menu as a list of links above the article and its link lists again below the
article's start make a page, where the word tests find too few notices; one such list
alone (a post's tags, its section links) leaves an article."""

from __future__ import annotations

from articleclean import Cleaner, CleanerConfig

_MENU = """\
*   [Start](/)
*   [Politik](/politik/)
*   [Kultur](/kultur/)
*   [Sport](/sport/)
"""

_FOOTER = """\
*   [Archiv](/archiv/)
*   [Team](/team/)
*   [Termine](/termine/)
"""

_ARTICLE = """\
# Der Stadtrat beschließt den neuen Radweg am Flussufer

Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang des
Flussufers beschlossen, der die beiden Stadtteile verbinden soll.

Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Verwaltung
in der Sitzung mitteilte; der Bau soll im kommenden Frühjahr beginnen.

Anwohner hatten sich seit Jahren für die Verbindung eingesetzt, weil der bisherige Weg über
die Hauptstraße für Kinder auf dem Weg zur Schule als gefährlich gilt.
"""


def _kind(text: str) -> str | None:
    article = Cleaner(CleanerConfig(markup="markdown")).clean_text(text)
    return article.metadata.get("dump")


def test_menu_above_and_link_list_below_make_a_page() -> None:
    """Fails on main (read as an article: no notice of the site's among the lines)."""
    title, _, rest = _ARTICLE.partition("\n\n")
    assert _kind(f"{title}\n\n{_MENU}\n{rest}\n{_FOOTER}") == "page"


def test_the_page_keeps_its_paragraphs() -> None:
    """Guard: read as a page, the dump keeps every paragraph of its article and none of
    the menus' links (the page rules cut what stands outside the article's run)."""
    title, _, rest = _ARTICLE.partition("\n\n")
    article = Cleaner(CleanerConfig(markup="markdown")).clean_text(
        f"{title}\n\n{_MENU}\n{rest}\n{_FOOTER}"
    )
    body = article.to_text()
    assert "Archiv" not in body and "Termine" not in body
    assert "Flussufers beschlossen" in body and "Hauptstraße" in body


def test_a_list_of_links_below_the_article_alone_leaves_an_article() -> None:
    """Guard: a post's tags or its further links below it are no site frame."""
    assert _kind(f"{_ARTICLE}\n{_FOOTER}") == "article"


def test_a_list_of_links_above_the_article_alone_leaves_an_article() -> None:
    """Guard: section links over a post, nothing of the site after its start."""
    title, _, rest = _ARTICLE.partition("\n\n")
    assert _kind(f"{title}\n\n{_MENU}\n{rest}") == "article"


def test_plain_text_lists_are_no_markup_menu() -> None:
    """Guard: the same lines without Markdown's marks are no markup menu (a text dump)."""
    title, _, rest = _ARTICLE.partition("\n\n")
    menu, footer = (
        "".join(line[5:].split("](")[0] + "\n" for line in lines.splitlines())
        for lines in (_MENU, _FOOTER)
    )
    article = Cleaner(CleanerConfig(markup="plain")).clean_text(
        f"{title}\n\n{menu}\n{rest}\n{footer}"
    )
    assert article.metadata.get("dump") == "article"


_CONTENTS = """\
*   [Beschluss](#beschluss)
*   [Kosten](#kosten)
*   [Anwohner](#anwohner)
"""


def test_a_table_of_contents_over_the_article_is_no_site_menu() -> None:
    """Guard: the article's own contents (links to its sections on the page) over its
    text and its tags below it make no frame; a menu's links go to other pages."""
    title, _, rest = _ARTICLE.partition("\n\n")
    assert _kind(f"{title}\n\n{_CONTENTS}\n{rest}\n{_FOOTER}") == "article"
    assert _kind(f"{title}\n\n{_MENU}\n{rest}\n{_FOOTER}") == "page"


def test_links_to_the_same_page_are_counted() -> None:
    """`Marks.in_page`: the links whose target is a place on the page."""
    from articleclean.readers.markdown import read_markdown

    document = read_markdown(
        "# Title\n\n*   [Kosten](#kosten)\n\nSee [here](/x) and [there](#y).\n"
    )
    counts = [segment.marks.in_page for segment in document.segments if segment.marks]
    assert counts == [0, 1, 1]
