"""An article's own subheadings between its paragraphs and its site's footer below make no
page (round 53).

`dump_kind`'s "menu amid the prose" test read eight short lines naming nothing of the
article between its first and last paragraphs, with two menu notices of the site's
anywhere below the first line, as a sidebar or mega menu printed amid the article. An
article dump whose own short subheadings stand between its paragraphs, with its site's
footer ("Privacy Policy", "Sitemap", "Contact") left below its end, shows both; read as a
page, the page rules cut its subheadings and what follows them. A page's sidebar prints
its menu notices with its menu, above the article's end. Fixtures are invented.
"""

from __future__ import annotations

import pytest

import articleclean

ARTICLES = {
    "en": (
        "How to choose a car loan without paying too much",
        "By Jane Holloway",
        [
            "A car loan from a direct bank is often cheaper than the finance a seller "
            "offers at the showroom, because the bank competes for the borrower online.",
            "Borrowers who pay the seller at once can also ask for a discount, which "
            "often covers a large part of the interest they pay the bank over the years.",
            "Whoever borrows should keep the term short: five years is the most that "
            "experts advise, since the car loses value faster than the debt shrinks.",
            "Comparison sites list the offers side by side, and a request for a quote "
            "leaves no mark on the borrower's credit file, unlike a full application.",
        ],
        [
            "Dealer markup traps",
            "Balloon instalments explained",
            "Residual worth checks",
            "Insurance add-ons",
            "Early repayment fees",
            "Documents to bring",
            "Used models",
            "Leasing instead",
            "Repayment holidays",
        ],
        ["Privacy Policy", "Sitemap", "Contact", "© 2024 Example Finance"],
        "Search",
    ),
    "de": (
        "So finden Sie einen günstigen Autokredit ohne teure Zusatzkosten",
        "Von Jana Holländer",
        [
            "Ein Autokredit von einer Direktbank ist oft günstiger als die Finanzierung "
            "im Autohaus, weil die Bank online um den Kreditnehmer wirbt.",
            "Wer den Händler sofort bezahlt, kann außerdem einen Nachlass verlangen, der "
            "oft einen großen Teil der Zinsen deckt, die man der Bank über die Jahre zahlt.",
            "Wer einen Kredit aufnimmt, sollte die Laufzeit kurz halten: fünf Jahre raten "
            "Fachleute höchstens, denn das Auto verliert schneller an Wert als die Schuld.",
            "Vergleichsportale zeigen die Angebote nebeneinander, und eine Anfrage für ein "
            "Angebot hinterlässt anders als ein Antrag keine Spur bei der Schufa.",
        ],
        [
            "Fallen im Verkaufsraum",
            "Schlussraten erklärt",
            "Restwert prüfen",
            "Versicherungspakete",
            "Gebühren bei Sondertilgung",
            "Nötige Unterlagen",
            "Gebrauchtwagen",
            "Leasing als Alternative",
            "Ratenpausen",
        ],
        ["Datenschutz", "Sitemap", "Kontakt", "© 2024 Beispiel Finanz"],
        "Suche",
    ),
}


def _dump(language: str, *, menu_notices_amid: bool = False, search_above: bool = False) -> str:
    """Title, byline, two paragraphs, the article's nine subheadings, its last two
    paragraphs, then the site's footer; with `menu_notices_amid` the footer's three menu
    notices stand among the short lines instead, under the first paragraph (a sidebar
    printed amid the article), the copyright line still below; with `search_above` a search
    line stands under the title (the site's header) and the footer is two notices."""
    title, byline, prose, rows, footer, search = ARTICLES[language]
    if search_above:
        lines = [title, search, byline, prose[0], prose[1], *rows, *prose[2:]]
        lines += [footer[0], footer[2]]
    elif menu_notices_amid:
        middle = [*rows[:4], *footer[:3], *rows[4:]]
        lines = [title, byline, prose[0], *middle, *prose[1:], footer[3]]
    else:
        lines = [title, byline, prose[0], prose[1], *rows, *prose[2:], *footer]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_subheadings_amid_prose_over_the_footer_read_as_an_article(language: str) -> None:
    # Fails on main (4cbc4cb): read as a page by the menu amid the prose.
    article = articleclean.clean_text(_dump(language))
    assert article.metadata["dump"] == "article"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_subheadings_amid_prose_over_the_footer_are_kept(language: str) -> None:
    text = "\n".join(block.text for block in articleclean.clean_text(_dump(language)).body)
    _title, _byline, prose, rows, _footer, _search = ARTICLES[language]
    for line in [*rows, *prose[2:]]:
        assert line in text


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_menu_notices_amid_the_prose_still_make_a_page(language: str) -> None:
    # Guard: the site's menu notices among the short lines between the paragraphs are a
    # sidebar printed amid the article (passes on main too).
    article = articleclean.clean_text(_dump(language, menu_notices_amid=True))
    assert article.metadata["dump"] == "page"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_a_header_notice_above_the_prose_still_makes_a_page(language: str) -> None:
    # Guard: the site's search line on top, a menu amid the prose and one more menu notice
    # in the footer (passes on main too; fails when only the notices above the article's
    # last prose line are counted, a dropped form of this round's change).
    article = articleclean.clean_text(_dump(language, search_above=True))
    assert article.metadata["dump"] == "page"
