"""A notice of the site's as an item of a Markdown menu (`dump_kind._notice_in_markup_menu`):
"Kontakt" among a list of one-link items names the site's own page, so that list is the
site's menu; with another notice of the site's outside it, the dump is a page though the
menu stands on one side of the article only. A breadcrumb's "Home" (its first item) or a
menu's notice with nothing of the site's besides leaves an article."""

from __future__ import annotations

from articleclean import Article, Cleaner, CleanerConfig

_MENU = """\
*   [Aktuelles](/aktuelles/)
*   [Termine](/termine/)
*   [Kontakt](/kontakt/)
*   [Archiv](/archiv/)
"""

_BREADCRUMB = """\
1. [Home](/)
2. [Politik](/politik/)
3. [Stadtrat](/politik/stadtrat/)
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

_FOOTER = "© 2024 Stadtzeitung Musterstadt\n"


def _clean(text: str) -> Article:
    return Cleaner(CleanerConfig(markup="markdown")).clean_text(text)


def _with_menu(menu: str, footer: str = _FOOTER) -> str:
    title, _, rest = _ARTICLE.partition("\n\n")
    return f"{title}\n\n{menu}\n{rest}\n{footer}"


def test_a_menu_holding_a_notice_and_a_notice_below_make_a_page() -> None:
    """Fails on main (read as an article: one menu, above the prose only)."""
    assert _clean(_with_menu(_MENU)).metadata.get("dump") == "page"


def test_the_page_keeps_its_paragraphs() -> None:
    """Guard: read as a page, every paragraph of the article stays and the menu goes."""
    body = _clean(_with_menu(_MENU)).to_text()
    assert "Termine" not in body and "Archiv" not in body
    assert "Flussufers beschlossen" in body and "Hauptstraße" in body


def test_a_breadcrumb_opening_with_home_leaves_an_article() -> None:
    """Guard: "Home" as a breadcrumb's first item is no sign of the site's menu (an
    article's <main> prints its breadcrumb over the text)."""
    assert _clean(_with_menu(_BREADCRUMB)).metadata.get("dump") == "article"


def test_a_menu_notice_alone_leaves_an_article() -> None:
    """Guard: a notice in the menu and none of the site's outside it is not enough."""
    assert _clean(_with_menu(_MENU, footer="")).metadata.get("dump") == "article"
