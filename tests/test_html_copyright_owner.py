"""A page that names no author anywhere but in its footer's dated copyright notice (a
one-person site): the notice's person is the author, read last (round 53, hauthor)."""

from __future__ import annotations

import pytest

import articleclean

_PARAGRAPH = "<p>" + "Die Schafe stehen den ganzen Winter über draußen auf der Weide. " * 2 + "</p>"
# More elements than the headline's window (`html_byline`): the footer is no line under it.
_BODY = _PARAGRAPH * 45


def _page(footer: str, *, head: str = "", above: str = "", article_end: str = "") -> str:
    return (
        f"<html><head><title>Kleine Schafskunde</title>{head}</head><body>"
        f"<article><h1>Kleine Schafskunde</h1>{above}{_BODY}{article_end}</article>"
        f"{footer}</body></html>"
    )


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        (
            '<footer id="colophon"><div id="site-generator">© 2009-2012 Jonathan Krase. '
            '<a href="/impressum">Impressum</a></div></footer>',
            "Jonathan Krase",
        ),
        (
            '<footer><div class="sqrfootertext">Copyright © 2020 by Paul Sippel - '
            "Alle Rechte vorbehalten!</div></footer>",
            "Paul Sippel",
        ),
        (
            '<div id="footer-copyright"><p>© 2019 nh24 by <a>Alexander Wittke</a></p></div>',
            "Alexander Wittke",
        ),
        (
            '<footer id="footer"><a href="/archive">Archive</a> – 2009-2020 by '
            '<a href="/contact">Florian Posdziech</a> – Powered by Nikola</footer>',
            "Florian Posdziech",
        ),
    ],
)
def test_the_footers_dated_notice_names_the_author(footer: str, name: str) -> None:
    assert articleclean.clean_html(_page(footer)).byline == [name]


def test_a_byline_under_the_headline_wins_over_the_footer() -> None:
    html = _page("<footer>© 2020 Jonathan Krase</footer>", above="<p>Von Anna Schmidt</p>")
    assert articleclean.clean_html(html).byline == ["Anna Schmidt"]


def test_a_meta_author_wins_over_the_footer() -> None:
    html = _page(
        "<footer>© 2020 Jonathan Krase</footer>",
        head='<meta name="author" content="Anna Schmidt">',
    )
    assert articleclean.clean_html(html).byline == ["Anna Schmidt"]


@pytest.mark.parametrize(
    "footer",
    [
        # No year: a picture's credit set in the footer, not the site's notice.
        '<footer><p class="credit">© Markus Leitner</p></footer>',
        # A company holds the rights, its name in capitals.
        "<footer>© 2017 Luigi LAVAZZA SPA, alle Rechte vorbehalten</footer>",
        # Two people: no one owner.
        "<footer>© 2020 Jonathan Krase</footer><footer>© 2021 Anna Schmidt</footer>",
        # Capitalised words run on past a name: a company's long name or a sentence.
        "<footer>© 2020 Max Mustermann Medien Verlag Gruppe Nord</footer>",
        # A news site's own name, opening with a given name: an outlet, not its author.
        "<footer>© 2024 Victoria Advocate. All rights reserved.</footer>",
        "<footer>Copyright © 2023 Charlotte Observer</footer>",
        "<footer>© 2021 Sydney Morning Herald</footer>",
    ],
)
def test_no_owner_without_one_dated_persons_notice(footer: str) -> None:
    assert articleclean.clean_html(_page(footer)).byline == []


@pytest.mark.parametrize(
    "title",
    ["Bielersee-Winterhechte | petri-heil.ch | Dein Fischereimagazin", "Hechte - Petri Heil"],
)
def test_a_notice_that_names_the_site_of_the_title_names_no_author(title: str) -> None:
    html = _page("<footer>© 2022 Petri Heil</footer>").replace(
        "<title>Kleine Schafskunde</title>", f"<title>{title}</title>"
    )
    assert articleclean.clean_html(html).byline == []


def test_a_dated_notice_outside_the_footer_names_no_one() -> None:
    # A picture's credit with its year inside the article: the photographer's.
    figure = "<figure><img src='a.jpg'><figcaption>© 2020 Jonathan Krase</figcaption></figure>"
    assert articleclean.clean_html(_page("", article_end=figure)).byline == []
