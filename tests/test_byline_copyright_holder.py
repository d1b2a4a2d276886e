"""A personal site's copyright footer as the byline when the page prints no other
(round 56, pbylines).

On tune's labelled page dumps three sites (maescot, nh24, rheinruhronline) print their
author only in the footer's copyright line, with its year ("© 2009-2012 Jane Doe. Impressum
…", "© 2019 site by Jane Doe", "Copyright © 2020 by Jane Doe - Alle Rechte vorbehalten!");
`page_byline`'s last step (`_copyright_holder_after`) takes it when no step found a
byline: one holder, a person (a known given name first), not named by the headline nor
by the article's prose. A picture's credit ("© Jane Doe") has no year."""

from __future__ import annotations

import pytest

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, article_kept, clean_tech_page
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

ARTICLE_FR = [
    "Des chercheurs mettent au point une batterie qui se recharge en quelques minutes",
    "Un groupe de recherche a présenté une batterie qui se recharge en quelques minutes et ne perd presque pas de capacité.",
    "Les cellules sont faites de matériaux bon marché, disponibles en grandes quantités, écrivent les chercheurs dans leur étude.",
    "Lors des essais, la batterie a tenu plus de mille cycles de charge avant que sa capacité ne baisse nettement.",
    "Selon le groupe, il faudra encore plusieurs années avant que la batterie ne soit prête pour le marché.",
]
MENU_FR = ["Accueil", "Monde", "Politique", "Économie", "Sciences", "Sport", "Contact"]
FOOTER_FR = ["Mentions légales", "Confidentialité", "Publicité", "Contact"]


def test_an_english_footer_names_the_holder() -> None:
    # Fails on main: the footer's line was removed as a notice and no byline given.
    article = clean_tech_page(
        ARTICLE_EN, [*FOOTER_EN, "© 2019-2023 Greta Lindqvist. All rights reserved."]
    )
    assert article.byline == ["Greta Lindqvist"]
    assert article_kept(article)


def test_a_german_footer_with_by_after_the_year() -> None:
    # Fails on main, as above.
    footer = [*FOOTER_DE, "Copyright © 2020 by Paul Sommerfeld - Alle Rechte vorbehalten!"]
    article = articleclean.clean_text(page_dump("Blog", MENU_DE, ARTICLE_DE, footer))
    assert article.byline == ["Paul Sommerfeld"]


def test_a_french_footer_after_the_sites_name_and_by() -> None:
    # Fails on main, as above.
    footer = [*FOOTER_FR, "© 2021 carnet by Jeanne Dufresne. Tous droits réservés."]
    text = page_dump("Carnet", MENU_FR, ARTICLE_FR, footer, headline=ARTICLE_FR[0])
    assert articleclean.clean_text(text).byline == ["Jeanne Dufresne"]


@pytest.mark.parametrize(
    "line",
    [
        "© Greta Lindqvist",  # a picture's credit: no year
        "Foto: © Greta Lindqvist",
        "© 2023 Northwind Productions Co., Ltd.",  # a firm
        "© 2004 - 2020 Lexikon der Löwen",  # no person
        "Royal Road® © 2013-2020, background by Greta Lindqvist",  # the art's maker
    ],
)
def test_guard_lines_that_name_no_holder(line: str) -> None:
    # Guard (passes on main): none of these names the page's author.
    assert clean_tech_page(ARTICLE_EN, [*FOOTER_EN, line]).byline == []


def test_guard_a_byline_found_keeps_the_footer_a_notice() -> None:
    # Guard: the step is the last; a byline under the headline wins.
    lines = [ARTICLE_EN[0], "By Tom Arnold", *ARTICLE_EN[1:]]
    article = clean_tech_page(lines, [*FOOTER_EN, "© 2023 Greta Lindqvist"])
    assert article.byline == ["Tom Arnold"]


def test_guard_two_holders_name_nobody() -> None:
    # Guard (fails with the one-holder test dropped): a footer crediting two people.
    footer = [*FOOTER_EN, "© 2023 Greta Lindqvist", "© 2023 Tom Arnold"]
    assert clean_tech_page(ARTICLE_EN, footer).byline == []


def test_guard_the_articles_subject_is_no_author() -> None:
    # Guard (fails with the prose test dropped): a fan page on the person it is about.
    lines = [*ARTICLE_EN, "Greta Lindqvist said the cells would change how phones are built."]
    assert clean_tech_page(lines, [*FOOTER_EN, "© 2023 Greta Lindqvist"]).byline == []
