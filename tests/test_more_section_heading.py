"""A "More <section>" heading over a box of the section's other stories ("Meer sport",
"Mehr Politik", "More Sports"), read by `teaser_section_label` when its word is a line of
its own elsewhere on the page (the menu's item for the section) and the lines under it
are teasers sharing few words with the article."""

from __future__ import annotations

import articleclean

_MENU = ["Nieuws", "Sport", "Regio", "Puzzels", "Inloggen"]
_ARTICLE = [
    "Wüst en Kok pakken goud op NK afstanden in Thialf",
    "Door Sjoerd de Boer",
    "HEERENVEEN - Ireen Wüst heeft zaterdag op de NK afstanden in Thialf de 1500 meter "
    "gewonnen. Femke Kok was een uur later de snelste op de 500 meter.",
    "Wüst reed in de laatste rit 1.53,41 en bleef Antoinette Rijpma-de Jong ruim een halve "
    "seconde voor. Ze had dit na de zomer niet verwacht, zei de Friezin na afloop.",
    "Bij de mannen was Jenning de Boo op de 500 meter de beste. Op de 5000 meter verraste "
    "Beau Snellink met een persoonlijk record.",
    "Het toernooi wordt zondag afgesloten met de 1000 meter en de massastart. De KNSB maakt "
    "maandag bekend welke schaatsers naar de wereldbekers gaan.",
]
_BOX = [
    "Heerenveen wint derby van Cambuur na late goal (VIDEO)",
    "Wielrenner uit Drachten tekent bij WorldTour-ploeg",
]
_FOOT = ["Deel dit artikel", "Colofon", "Privacyverklaring"]


def _rules_of(lines: list[str], text: str) -> list[str]:
    article = articleclean.clean_text("\n".join(lines) + "\n")
    return [r.rule for r in article.removed if r.text == text]


def test_more_and_a_menu_section_over_teasers_goes() -> None:
    lines = [*_MENU, *_ARTICLE, "Meer sport", *_BOX, *_FOOT]
    assert _rules_of(lines, "Meer sport") == ["teaser_section_label"]
    article = articleclean.clean_text("\n".join(lines) + "\n")
    body = [b.text for b in article.body]
    assert all(paragraph in body for paragraph in _ARTICLE[2:])
    assert not any(line in body for line in ["Meer sport", *_BOX])


def test_more_and_a_word_no_menu_prints_stays_a_heading() -> None:
    # No "Sport" line elsewhere: "Meer sport" may be the article's own section.
    lines = [*[m for m in _MENU if m != "Sport"], *_ARTICLE, "Meer sport", *_BOX, *_FOOT]
    assert "teaser_section_label" not in _rules_of(lines, "Meer sport")


def test_more_and_a_menu_section_over_the_articles_own_lines_stays() -> None:
    # The lines under it share the article's words: its own section, not a box.
    own = [
        "Femke Kok wint de 500 meter in Thialf",
        "Ireen Wüst wint de 1500 meter in Thialf",
        "Jenning de Boo wint de 500 meter bij de mannen",
    ]
    lines = [*_MENU, *_ARTICLE[:-1], "Meer sport", *own, _ARTICLE[-1], *_FOOT]
    assert "teaser_section_label" not in _rules_of(lines, "Meer sport")
