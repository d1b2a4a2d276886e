"""An article dump with its site's footer left below its end is no page (round 31).

The furniture count of `dump_kind` reads five furniture lines with three notices as a
page even when all of them stand below the article; a page prints its header (a menu,
a search or login line, a notice) above the article too, an article dump its title, a
byline, perhaps a caption. Read as a page, the dump's own list after its introduction
went to `outside_article`. Fixtures are invented.
"""

from __future__ import annotations

import pytest

import articleclean

TITLE = "Spring fair returns to the harbour with forty stalls"
PROSE = [
    "The spring fair returns to the old harbour on Saturday, with forty stalls selling local "
    "cheese, bread, plants and crafts along the quay.",
    "Organisers said the fair had grown every year since it moved to the harbour, and that "
    "this year's stalls were booked within a week.",
    "Parking will be limited on the quay itself, so visitors are asked to use the "
    "park-and-ride from the station, which runs every ten minutes.",
]
STALLS = [
    "Cheese and bread from the quay",
    "Harbour plants",
    "Local crafts stall",
    "Honey from the old mill",
    "Smoked fish on the quay",
    "Park-and-ride tickets",
    "Station shuttle stop",
    "Plants for the garden",
]
FOOTERS = {
    "en": [
        "Terms of use",
        "Privacy policy",
        "Contact",
        "Cookie settings",
        "Facebook",
        "Instagram",
        "© 2024 Harbour Post Media",
    ],
    "de": [
        "Impressum",
        "Datenschutz",
        "Kontakt",
        "Cookie-Einstellungen",
        "Facebook",
        "Instagram",
        "Copyright © 2024 Hafenbote Verlag",
    ],
}
HEADER = ["Home", "Local", "Sport", "Culture", "Search", "Log in"]


def _dump(footer: list[str], header: tuple[str, ...] = ()) -> str:
    return "\n\n".join([TITLE, *header, *PROSE, *STALLS, *footer]) + "\n"


@pytest.mark.parametrize("language", sorted(FOOTERS))
def test_an_article_with_its_sites_footer_below_keeps_its_list(language: str) -> None:
    article = articleclean.clean_text(_dump(FOOTERS[language]))
    assert article.metadata["dump"] == "article"
    body = [block.text for block in article.body]
    assert [line for line in STALLS if line in body] == STALLS
    assert all(line in body for line in PROSE)


def test_the_footers_notices_still_go_from_the_article_dump() -> None:
    # A guard (passes on main too, where the page rules take them): read as an article,
    # the dump still loses its footer's notices to pass 1.
    article = articleclean.clean_text(_dump(FOOTERS["en"]))
    body = {block.text for block in article.body}
    assert not body & {
        "Terms of use",
        "Privacy policy",
        "Cookie settings",
        "© 2024 Harbour Post Media",
    }


def test_a_header_above_the_article_still_makes_a_page() -> None:
    # A guard (passes on main too): the same dump with the site's menu and login above
    # the article is a page.
    article = articleclean.clean_text(_dump(FOOTERS["en"], tuple(HEADER)))
    assert article.metadata["dump"] == "page"
