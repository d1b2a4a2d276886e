"""Credits of the picture agencies and libraries, round 38 (issue 14 item 6: "know the wire
and photo agencies"): an agency first and its photographer or wire after the slash
("Imago/Jane Doe", "picture alliance/dpa"), libraries and agencies the credit forms did not
know ("Name/Bettmann/Getty Images", "Name/123RF", "SIPA USA/Name"), a photographer's name, a
bar and the library ("Jane Doe | Shutterstock"), a stock site's user name, a dash and the
site's address ("Name - stock.adobe.com"), and the credit word before the copyright sign
("Foto © Jane Doe", which left "Foto" at the caption's end). Every caption and credit here
is invented; each case of the first two tests failed on main (5e506da), the look-alikes
pass on both."""

from __future__ import annotations

import pytest

from articleclean.rules.credits import CREDIT_TRIGGER, split_credit
from harbour_article import AFTER, BEFORE, article_with

CAPTION = "Engineers inspect a cable on the east tower."
GERMAN = "Radfahrer auf der Hafenbrücke in Rostock."

CREDITED = [
    # an agency, its slash, then the photographer or the wire whose picture it sells
    (f"{GERMAN} Imago/Jane Doe", GERMAN, "Imago/Jane Doe"),
    (f"{GERMAN} imago images/Xinhua", GERMAN, "imago images/Xinhua"),
    (f"{GERMAN} picture alliance/dpa", GERMAN, "picture alliance/dpa"),
    (f"{GERMAN} picture alliance/dpa/Jane Doe", GERMAN, "picture alliance/dpa/Jane Doe"),
    (f"{GERMAN} picture-alliance / dpa", GERMAN, "picture-alliance / dpa"),
    (f"{CAPTION} BELGA/Jane Doe", CAPTION, "BELGA/Jane Doe"),
    (f"{CAPTION} SIPA USA/Jane Doe", CAPTION, "SIPA USA/Jane Doe"),
    # libraries and agencies the forms now know
    (f"{CAPTION} Jane Doe/Bettmann/Getty Images", CAPTION, "Jane Doe/Bettmann/Getty Images"),
    (f"{CAPTION} Jane Doe/123RF", CAPTION, "Jane Doe/123RF"),
    (f"{CAPTION} Jane Doe/Hans Lucas", CAPTION, "Jane Doe/Hans Lucas"),
    # a photographer's name, a bar and the library
    (f"{CAPTION} Jane Doe | Shutterstock", CAPTION, "Jane Doe | Shutterstock"),
    # a stock site's user name, a dash and the site's address
    (f"{GERMAN} Jane Doe - stock.adobe.com", GERMAN, "Jane Doe - stock.adobe.com"),
    (f"{GERMAN} kzenon – Fotolia.com", GERMAN, "kzenon – Fotolia.com"),
    # the credit word before the copyright sign is the credit's label
    (f"{GERMAN} Foto © Jane Doe", GERMAN, "Jane Doe"),
    (f"{GERMAN} Foto ©: Jane Doe", GERMAN, "Jane Doe"),
    (f"{GERMAN} Foto: © Jane Doe", GERMAN, "Jane Doe"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED)
def test_an_agency_or_library_credit_ends_a_caption(line: str, caption: str, credit: str) -> None:
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED)
def test_the_caption_leaves_the_body_with_its_credit(line: str, caption: str, credit: str) -> None:
    article = article_with(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BEFORE, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        # a page's title or a price before a library's name: no photographer's name
        "Home | Fotolia",
        "Preise ab 9 Euro - Fotolia",
        # the stock site named in a sentence
        "Kauf über stock.adobe.com",
        "Die Bilder stammen von stock.adobe.com und wurden bearbeitet.",
        # an agency and a slash in a sentence's words
        "Er arbeitet für Imago/Getty.",
        # parties after a spaced slash
        "Die Partei Die Linke / Die Grünen",
    ],
)
def test_look_alikes_stay_in_the_body(line: str) -> None:
    assert split_credit(line) is None
    article = article_with(line)
    assert article.captions == []
    assert line in [block.text for block in article.body]  # a paragraph or a heading


def test_a_library_credit_alone_is_a_credit_line() -> None:
    """Alone on its line, each is the credit and nothing else (taken out as one)."""
    for line in ("Imago/Jane Doe", "picture alliance/dpa", "Jane Doe - stock.adobe.com"):
        assert split_credit(line) == ("", line)
    assert split_credit("Foto © Jane Doe") == ("", "Jane Doe")
