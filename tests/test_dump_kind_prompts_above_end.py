"""Prompts between an article's blocks and its site's footer below it make no page (round 52).

`dump_kind`'s furniture count read five distinct furniture lines, two of them above the
article's last paragraph, with two notices as a page, even when the lines above were all
share, follow and newsletter prompts and the notices all stood in the footer below the
article: an article dump with junk put between its blocks and its site's footer left
after it. Read as a page, `outside_article` cut the article's own list after its prose.
A page prints a notice (a cookie line, its imprint) or its header (a search line, a menu)
above the article's end as well. Fixtures are invented.
"""

from __future__ import annotations

import pytest

import articleclean

ARTICLES = {
    "en": (
        "Spring fair returns to the harbour with forty stalls",
        "By Jane Holloway",
        [
            "The spring fair returns to the old harbour on Saturday, with forty stalls "
            "selling local cheese, bread, plants and crafts along the quay.",
            "Organisers said the fair had grown every year since it moved to the harbour, "
            "and that this year's stalls were booked within a week.",
            "Parking will be limited on the quay itself, so visitors are asked to use the "
            "park-and-ride from the station, which runs every ten minutes.",
        ],
        [
            "Cheese and bread from the quay",
            "Harbour plants",
            "Local crafts stall",
            "Honey from the old mill",
            "Smoked fish on the quay",
            "Plants for the garden",
        ],
        ["Share this article on Facebook", "Sign up for our daily newsletter"],
        ["Follow us on Instagram", "Privacy Policy", "Terms of Use", "Contact"],
        "This website uses cookies.",
        "Search",
    ),
    "de": (
        "Frühlingsmarkt kehrt mit vierzig Ständen an den Hafen zurück",
        "Von Jana Holländer",
        [
            "Der Frühlingsmarkt kehrt am Samstag an den alten Hafen zurück, mit vierzig "
            "Ständen, die Käse, Brot, Pflanzen und Handwerk entlang des Kais anbieten.",
            "Die Veranstalter sagten, der Markt sei seit seinem Umzug an den Hafen jedes "
            "Jahr gewachsen, und die Stände seien binnen einer Woche ausgebucht gewesen.",
            "Parkplätze am Kai sind knapp, Besucher sollen deshalb den Pendelbus vom "
            "Bahnhof nehmen, der alle zehn Minuten fährt.",
        ],
        [
            "Käse und Brot vom Kai",
            "Hafenpflanzen",
            "Handwerk aus der Region",
            "Honig von der alten Mühle",
            "Räucherfisch am Kai",
            "Pflanzen für den Garten",
        ],
        ["Diesen Artikel auf Facebook teilen", "Melden Sie sich für unseren Newsletter an"],
        ["Folgen Sie uns auf Instagram", "Datenschutzerklärung", "Impressum", "Kontakt"],
        "Diese Website verwendet Cookies.",
        "Suche",
    ),
}


def _dump(language: str, *, notice_between: bool = False, header: bool = False) -> str:
    """Title, byline, three paragraphs with a prompt after the first two, the article's
    own list, then the site's footer (a prompt and three notices); a cookie notice after
    the first paragraph (`notice_between`) or a search line under the title (`header`)."""
    title, byline, prose, rows, prompts, footer, cookies, search = ARTICLES[language]
    first = [prose[0], prompts[0], cookies] if notice_between else [prose[0], prompts[0]]
    head = [title, search, byline] if header else [title, byline]
    lines = [*head, *first, prose[1], prompts[1], prose[2], *rows, *footer]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_prompts_between_the_blocks_and_a_footer_below_make_no_page(language: str) -> None:
    # Fails on main: read as a page, `outside_article` cut the list of stalls.
    article = articleclean.clean_text(_dump(language))
    assert article.metadata["dump"] == "article"
    rows = ARTICLES[language][3]
    assert [block.text for block in article.body if block.text in rows] == rows


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_notice_above_the_article_s_end_still_makes_a_page(language: str) -> None:
    # A cookie line between the paragraphs: the site's notice stands above the end.
    article = articleclean.clean_text(_dump(language, notice_between=True))
    assert article.metadata["dump"] == "page"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_header_above_the_article_still_makes_a_page(language: str) -> None:
    # A search line under the title: the site's header above the article.
    article = articleclean.clean_text(_dump(language, header=True))
    assert article.metadata["dump"] == "page"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_byline_without_its_prefix_is_no_header(language: str) -> None:
    # The byline printed without "By"/"Von" under the title is the article's, not a line
    # of the site's header: fails on main and with the notice-or-header test alone.
    text = _dump(language).replace(ARTICLES[language][1], ARTICLES[language][1].split(" ", 1)[1])
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "article"
    rows = ARTICLES[language][3]
    assert [block.text for block in article.body if block.text in rows] == rows


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_two_capitalised_words_of_a_menu_are_still_a_header(language: str) -> None:
    # "Expert Tips" reads as a name to `bare_names`, but it opens with no given name: a
    # menu item above the article, so a page.
    text = _dump(language).replace(ARTICLES[language][1], "Expert Tips")
    assert articleclean.clean_text(text).metadata["dump"] == "page"
