"""What an article dump needs before it is read as a whole page (issue 14 item 2, "never
cut the article"): the page rules (`outside_article`, `menu_run`) cut an article's own list
or table when the dump is taken for a page, so the page reading asks for the site's marks.

- A menu above the article alone (the site frame's lead test) needs one of the site's
  notices above the article too: an article dump opening with its own section names or
  captions under the title carries the site's lines below its end.
- A run printed twice is a menu printed twice only when its lines name nothing the article
  names: a table's header row printed over each of its tables shares the prose's words.
"""

from __future__ import annotations

import pytest

from articleclean import Cleaner

# The article's own short lines (section names, captions) under its title and byline,
# then its prose, then a share prompt and the site's privacy link below its end.
SECTIONS_FIRST = {
    "de": """Das schönste Ende der Welt: Montauk

Beate Finken

Sommerfrische pur

Angler, Surfer, Strandgänger

Pick-ups und Angelruten

Das Wahrzeichen: der Leuchtturm

Downtown am Abend

Hither Hills State Park

Sunset Beach Hotel

Folgen Sie uns auf Telegram

Ein Strand ist ein Strand, ist ein Strand. Von wegen! In Italien ist alles wohl organisiert, mit Liegen und Schirmen in langen Reihen.

In Montauk auf Long Island beeindrucken dagegen Einsamkeit und wilde Natur. Teilweise erscheint die Küste menschenleer.

Montauk ist einer der berühmtesten Sommerfrische-Orte der Welt, der Garten der New Yorker, und doch ruhig geblieben.

Teilen Sie diesen Artikel

Datenschutzerklärung
""",
    "en": """The most beautiful end of the world: Montauk

Beate Finken

Summer retreat at its best

Anglers, surfers, beachgoers

Pickups and fishing rods

The landmark lighthouse

Downtown at dusk

Hither Hills State Park

Sunset Beach Hotel

Follow us on Telegram

A beach is a beach is a beach. Not so! In Italy everything is well organised, with loungers and umbrellas in long rows.

On Long Island, by contrast, solitude and wild nature impress. At times the coast seems deserted for miles.

It is one of the most famous summer resorts in the world, the garden of New Yorkers, and yet it has stayed quiet.

Share this article

Privacy Policy
""",
    "fr": """Le plus beau bout du monde : Montauk

Beate Finken

Villégiature pure

Pêcheurs, surfeurs, promeneurs

Pick-up et cannes à pêche

Le phare emblématique

Le centre au crépuscule

Hither Hills State Park

Sunset Beach Hotel

Suivez-nous sur Telegram

Une plage est une plage. Pas du tout ! En Italie tout est bien organisé, avec des transats et des parasols en longues rangées.

À Long Island, au contraire, la solitude et la nature sauvage impressionnent. Par endroits la côte semble déserte.

C'est l'un des lieux de villégiature les plus célèbres du monde, le jardin des New-Yorkais, et pourtant il est resté calme.

Partager cet article

Politique de confidentialité
""",
}
SHORT_LINES = {
    "de": ["Sommerfrische pur", "Hither Hills State Park", "Sunset Beach Hotel"],
    "en": ["Summer retreat at its best", "Hither Hills State Park", "Sunset Beach Hotel"],
    "fr": ["Villégiature pure", "Hither Hills State Park", "Sunset Beach Hotel"],
}
# The site's search and log-in notices above the same lines: a page's header over its menu.
HEADER = {
    "de": "Suche\n\nAnmelden\n\n",
    "en": "Search\n\nLog in\n\n",
    "fr": "Rechercher\n\nConnexion\n\n",
}

# A loan article printing its table's header row over each of its two tables, with two
# share prompts after it.
HEADER_ROW_TWICE = {
    "en": """Personal loan interest: how to work out your costs

For a cheap loan the interest rate usually decides. The monthly payment and the interest you pay depend on the amount and the term.

Amount
Term
Rate
Monthly payment
Interest
5,000 €
36 months
2.0 %
143.17 €
154.24 €

If you agree a longer term with your bank, the monthly payment falls but the interest you pay over the term rises.

Amount
Term
Rate
Monthly payment
Interest
5,000 €
48 months
2.0 %
108.44 €
204.93 €

The rate itself depends on your credit score: the better it is, the lower the rate the bank offers for the amount.

Share this article

Sign up for our newsletter
""",
    "de": """Ratenkredit-Zinsen: So berechnen Sie Ihre Rate

Für einen günstigen Kredit spielt der Zins meist die entscheidende Rolle. Die monatliche Rate und der Zinsaufwand hängen von der Kreditsumme und der Laufzeit ab.

Kreditsumme
Laufzeit
Jahreszins
Monatliche Rate
Zinsaufwand
5.000 €
36 Monate
2,0 %
143,17 €
154,24 €

Wenn Sie mit Ihrer Bank eine längere Laufzeit vereinbaren, sinkt die monatliche Rate, der Zinsaufwand über die Laufzeit steigt aber.

Kreditsumme
Laufzeit
Jahreszins
Monatliche Rate
Zinsaufwand
5.000 €
48 Monate
2,0 %
108,44 €
204,93 €

Der Jahreszins selbst hängt von Ihrer Bonität ab: Je besser sie ist, desto niedriger der Zins, den die Bank für die Kreditsumme bietet.

Artikel teilen

Tragen Sie sich für unseren Newsletter ein
""",
}
ROWS = {
    "en": ["Amount", "Monthly payment", "48 months"],
    "de": ["Kreditsumme", "Monatliche Rate", "48 Monate"],
}


def _body(article: object) -> str:
    return "\n".join(str(block) for block in article.body)  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_sections_under_the_title_stay_with_the_article(language: str) -> None:
    article = Cleaner().clean_text(SECTIONS_FIRST[language])
    assert article.metadata["dump"] == "article"
    body = _body(article)
    for line in SHORT_LINES[language]:
        assert line in body


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_a_header_of_the_sites_notices_over_them_is_a_page(language: str) -> None:
    text = SECTIONS_FIRST[language]
    title, rest = text.split("\n\n", 1)
    article = Cleaner().clean_text(f"{title}\n\n{HEADER[language]}{rest}")
    assert article.metadata["dump"] == "page"


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_tables_header_row_printed_twice_is_no_menu(language: str) -> None:
    article = Cleaner().clean_text(HEADER_ROW_TWICE[language])
    assert article.metadata["dump"] == "article"
    body = _body(article)
    for line in ROWS[language]:
        assert line in body
