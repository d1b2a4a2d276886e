"""A dated name whose date shares a number with the headline (round 44).

The byline searches turn down a name that shares a word with the headline (a game's or a
book's title under it, "Bee Simulator Mehrspieler") or with the <title> line (the site's
own name). They weighed the whole line, so a dated byline ("04.02.2022 | 13:10 Uhr | Uta
Helkenberg") over a headline that ends in its year ("… Pilotjahr 2022") shared "2022" with
it and was turned down. Only the names' own words are weighed now."""

from __future__ import annotations

import articleclean
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

HEADLINE = "Neue Regeln für Zuchtverbände im Pilotjahr 2022"


def _dump(over_headline: str, headline: str = HEADLINE) -> str:
    lines = ["Sie sind hier", "Zucht", over_headline, headline, *ARTICLE_DE[1:]]
    return page_dump("Reitsport Magazin", MENU_DE, lines, FOOTER_DE, headline=headline)


def test_a_dated_name_over_a_headline_with_its_year() -> None:
    article = articleclean.clean_text(_dump("04.02.2022 | 13:10 Uhr | Uta Helkenberg"))
    assert article.byline == ["Uta Helkenberg"]
    assert all(line in [p.text for p in article.body] for line in ARTICLE_DE[1:])


def test_guard_a_name_the_headline_names_is_still_no_byline() -> None:
    # Guard (passes on main too): the name's own words in the headline ("Uta Helkenberg"
    # is the headline's subject) still turn it down, dated or not.
    headline = "Uta Helkenberg übernimmt die Zuchtleitung im Jahr 2022"
    article = articleclean.clean_text(
        _dump("04.02.2022 | 13:10 Uhr | Uta Helkenberg", headline=headline)
    )
    assert article.byline == []
