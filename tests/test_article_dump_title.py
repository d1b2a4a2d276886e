"""The title of a dump decided to be an article dump (issue 14 items 2-3, round 27).

An article dump has no site menu above its title: the short lines at its top are the
article's own list, and a row or subheading further down that shares the title's words
is the article's, not its headline printed again below a menu."""

from __future__ import annotations

import pytest

import articleclean

_LIST_UNDER_TITLE = {
    "en": [
        "Company car: lease or buy? What pays off",
        "Leasing a company car",
        "Mileage leasing",
        "Residual value leasing",
        "Mileage or residual value leasing?",
        "The lease rate counts as a monthly business expense",
        "High rates over a shorter term",
        "Conclusion – Company car: lease or buy?",
        "Buying a company car ties up the firm's cash at once, while a lease spreads the "
        "cost over the years of use and keeps the credit lines free for other things.",
        "Which way suits a business depends on how far its cars are driven and how long "
        "they are kept.",
    ],
    "de": [
        "Firmenauto: Mieten oder Kaufen? Was rechnet sich?",
        "Leasing von Firmenfahrzeugen",
        "Kilometerleasing",
        "Restwertleasing",
        "Kilometerleasing oder Restwertleasing?",
        "Leasingrate als Betriebsausgabe absetzbar",
        "Hohe Raten bei kürzerer Dauer",
        "Fazit – Firmenauto: Mieten oder Kaufen?",
        "Die Finanzierung eines Firmenwagens kann eine große Auswirkung auf die "
        "Liquidität eines Unternehmens haben, weil der Kaufpreis sofort fällig wird.",
        "Welcher Weg passt, hängt davon ab, wie viel ein Wagen gefahren wird und wie "
        "lange er im Betrieb bleibt.",
    ],
    "fr": [
        "Voiture de fonction : louer ou acheter ? Ce qui est rentable",
        "La location longue durée",
        "Le forfait kilométrique",
        "La valeur résiduelle",
        "Forfait ou valeur résiduelle ?",
        "Le loyer compte comme une charge mensuelle",
        "Des loyers élevés sur une durée courte",
        "En bref – Voiture de fonction : louer ou acheter ?",
        "Acheter une voiture de fonction immobilise la trésorerie de l'entreprise tout de "
        "suite, alors que la location étale le coût sur les années d'usage.",
        "Le bon choix dépend des kilomètres parcourus et de la durée pendant laquelle la "
        "voiture reste dans l'entreprise.",
    ],
}


@pytest.mark.parametrize("language", sorted(_LIST_UNDER_TITLE))
def test_a_row_sharing_the_titles_words_stays_in_the_body(language: str) -> None:
    lines = _LIST_UNDER_TITLE[language]
    article = articleclean.clean_text("\n\n".join(lines) + "\n")
    assert article.metadata["dump"] == "article"
    assert article.title == lines[0]
    body = [block.text for block in article.body]
    assert lines[7] in body  # the closing section's subheading
    assert lines[1:7] == body[:6]


_LIST_ONLY = {
    "en": ["Flour", "Sugar", "Butter", "Two eggs beaten with milk", "A pinch of salt"],
    "de": ["Grundmodul", "Lehrzeit", "Prüfung", "Spezialmodul oder 2. Hauptmodul", "Mechatronik"],
    "fr": ["Farine", "Sucre", "Beurre", "Deux œufs battus avec du lait", "Une pincée de sel"],
}


@pytest.mark.parametrize("language", sorted(_LIST_ONLY))
def test_an_article_dump_opening_with_its_list_gives_no_row_as_title(language: str) -> None:
    lines = _LIST_ONLY[language]
    article = articleclean.clean_text("\n\n".join(lines) + "\n")
    assert article.metadata["dump"] == "article"
    assert article.title is None
    assert [block.text for block in article.body] == lines


def test_a_page_dump_still_skips_its_menu_to_the_headline() -> None:
    lines = [
        "World",
        "Politics",
        "Sport",
        "Storm closes the coast road for a second night",
        "The coast road stayed closed on Tuesday night as the storm brought down trees "
        "and power lines along the shore, the police said.",
    ]
    article = articleclean.clean_text("\n\n".join(lines) + "\n", dump="page")
    assert article.title == lines[3]


_STAMP_FIRST = {
    "en": (
        "April 21, 2022",
        "The city opened the new park by the river on Friday, after two years of work and "
        "long debates in the council.",
    ),
    "de": (
        "12. März 2022",
        "Die Stadt hat am Freitag den neuen Park am Fluss eröffnet, nach zwei Jahren "
        "Bauzeit und vielen Debatten im Rat.",
    ),
    "fr": (
        "21 avril 2022",
        "La ville a ouvert vendredi le nouveau parc au bord du fleuve, après deux ans de "
        "travaux et de longs débats au conseil.",
    ),
}


@pytest.mark.parametrize("language", sorted(_STAMP_FIRST))
def test_a_date_alone_opening_an_article_dump_is_no_title(language: str) -> None:
    stamp, paragraph = _STAMP_FIRST[language]
    article = articleclean.clean_text(f"{stamp}\n\n{paragraph}\n\n{paragraph} 2\n")
    assert article.metadata["dump"] == "article"
    assert article.title is None
    assert article.body[0].text == stamp


def test_a_shorter_form_of_the_first_line_further_down_is_still_the_headline() -> None:
    # A whole page read as an article dump: the <title> over a byline and a section
    # name, then the page's headline, the <title>'s words as they stand.
    lines = [
        "Online Security Blog: Enhanced protection now available in the browser",
        "Posted by Jane Doe",
        "Security team",
        "Enhanced protection now available in the browser",
        "The browser now offers enhanced protection against dangerous sites and downloads "
        "for all users who turn it on.",
        "It checks each page against a list of known threats kept up to date every few minutes.",
    ]
    article = articleclean.clean_text("\n\n".join(lines) + "\n")
    assert article.metadata["dump"] == "article"
    assert article.title == lines[3]
    assert lines[3] not in [block.text for block in article.body]
