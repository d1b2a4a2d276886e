"""A share bar and a section menu each printed on one line, as a text browser or a copy of
the page leaves them (round 57, xfails4: the cause shared by round 56's lynx, links and
w3m fixtures): the share bar's label and its buttons' names ("Compartir: Facebook X
WhatsApp"), and the site's sections over the headline ("Inicio Nacional Economía
Deportes"), which a signed or dated headline below tells from a title-case headline."""

from __future__ import annotations

import articleclean

_ES_PROSE = (
    "El Ayuntamiento aprobó este martes un plan para plantar 4.000 árboles en los barrios "
    "con menos sombra de la ciudad antes de que acabe el próximo año.\n\n"
    "Según el concejal de Medio Ambiente, las primeras plantaciones empezarán en octubre, "
    "cuando las temperaturas bajen y el riego sea más sencillo.\n\n"
    "Los vecinos podrán proponer calles a través de la web municipal hasta finales de "
    "septiembre, informó el consistorio en un comunicado.\n"
)
_NL_PROSE = (
    "De gemeente wil volgend jaar drie nieuwe fietsenstallingen bij het station openen, "
    "zodat reizigers hun fiets niet meer op de stoep hoeven te zetten.\n\n"
    "Volgens de wethouder is er nu te weinig plek voor de duizenden fietsen die er elke "
    "dag staan, vooral in de ochtendspits.\n\n"
    "De bouw kost naar verwachting ruim twee miljoen euro en wordt deels door het Rijk "
    "betaald.\n"
)
_EN_PROSE = (
    "Lawmakers approved the measure late on Tuesday after a week of talks that ran past "
    "two deadlines and kept the chamber in session over the weekend.\n\n"
    "The bill keeps agencies funded until March and adds money for disaster relief in "
    "the states hit by this summer's floods.\n\n"
    "It now goes to the president, who has said he will sign it.\n"
)


def _rules(article: articleclean.Article, text: str) -> list[str]:
    return [r.rule for r in article.removed if r.text == text]


def test_a_share_row_of_a_label_and_channel_names_goes() -> None:
    # fails on main: the row stayed, read as a subheading (a label before a colon made
    # it no share request, and its buttons' names no prompt)
    for row in (
        "Compartir: Facebook X WhatsApp",
        "Delen: Facebook | LinkedIn | E-mail",
        "Share: Facebook, Twitter, Email",
    ):
        article = articleclean.clean(
            "Madrid plantará 4.000 árboles en los barrios sin sombra\n\n" + row + "\n\n" + _ES_PROSE
        )
        assert _rules(article, row) == ["promo_shape"], row
        assert row not in article.headings and row not in article.paragraphs


def test_a_share_label_over_words_that_name_no_channel_stays() -> None:
    # guard: after the share label, one word that names no channel makes the line text
    # (fails if any words after "Compartir:" were taken)
    row = "Compartir: Facebook con amigos"
    article = articleclean.clean(
        "Madrid plantará 4.000 árboles en los barrios sin sombra\n\n" + row + "\n\n" + _ES_PROSE
    )
    assert _rules(article, row) == []


def test_a_menu_row_over_a_signed_headline_goes_and_the_headline_is_the_title() -> None:
    # fails on main: the menu was taken for the headline (the title) and the headline
    # stayed a paragraph
    headline = "Drie nieuwe fietsenstallingen bij het station"
    menu = "Home Nieuws Regio Sport Cultuur Weer"
    article = articleclean.clean(
        menu + "\n\n" + headline + "\n\nDoor Sanne de Vries\n\n" + _NL_PROSE
    )
    assert article.title == headline
    assert _rules(article, menu) == ["headline_breadcrumb"]


def test_a_menu_row_over_a_dated_headline_goes() -> None:
    # fails on main, as above: no byline, the story's stamp under the headline instead
    headline = "El Ayuntamiento plantará 4.000 árboles antes de 2026"
    menu = "Inicio Nacional Internacional Economía Deportes"
    article = articleclean.clean(
        menu + "\n\n" + headline + "\n\n12/06/2025 10:45 h\n\n" + _ES_PROSE
    )
    assert article.title == headline
    assert _rules(article, menu) == ["headline_breadcrumb"]


def test_a_title_case_headline_over_a_title_case_dek_stays_the_title() -> None:
    # guard: a title-case headline is shaped as a menu row, but the line under it shares
    # its words (a dek, not a headline under a menu): the first line stays the title
    # (fails without the shared-word test)
    headline = "Senate Passes Stopgap Funding Bill"
    dek = "Stopgap Bill Averts Shutdown Before Deadline"
    article = articleclean.clean(headline + "\n\n" + dek + "\n\nBy Jane Doe\n\n" + _EN_PROSE)
    assert article.title == headline
    assert _rules(article, headline) == []


def test_a_menu_shaped_first_line_with_no_byline_or_stamp_below_stays() -> None:
    # guard: with neither a byline nor a stamp under the next line, nothing tells a menu
    # from a title-case headline over its text, and nothing goes
    first = "Senate Passes Stopgap Funding Bill"
    article = articleclean.clean(first + "\n\n" + _EN_PROSE)
    assert article.title == first
    assert all(r.rule != "headline_breadcrumb" for r in article.removed)


def test_a_title_case_headline_over_a_dek_sharing_none_of_its_words_stays_the_title() -> None:
    # guard (round 57's second reading; both fail on xfails4's merge, 865165b): a
    # title-case headline names no page of a site ("Home", "Startseite", "Accueil"), and
    # over a title-case dek neither line is a menu's row: the headline was removed as
    # `headline_breadcrumb` and the dek became the title
    headline = "Senate Passes Stopgap Spending Bill"
    for dek in (
        "Lawmakers Avert Shutdown Hours Before Deadline",
        "The measure keeps agencies open through March",
    ):
        article = articleclean.clean(headline + "\n\n" + dek + "\n\nBy Jane Doe\n\n" + _EN_PROSE)
        assert article.title == headline, dek
        assert _rules(article, headline) == [], dek


def test_a_menu_row_over_a_title_case_line_is_not_read_as_a_menu() -> None:
    # guard: a row holding a site's page ("Home") over a title-case line: which of the two
    # is the headline, the shape cannot tell, and the first line stays the title
    first = "Home Prices Climb For Third Straight Month"
    second = "Buyers Face Record Mortgage Costs Nationwide"
    article = articleclean.clean(first + "\n\n" + second + "\n\nBy Jane Doe\n\n" + _EN_PROSE)
    assert article.title == first
    assert _rules(article, first) == []
