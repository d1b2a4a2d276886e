"""An ad's name with a read-on notice in the languages of the noise bench's new bodies.

`_ad_notice` knew the ad's names and the notice's words of six languages; a Polish,
Swedish, Turkish, Indonesian, Dutch or Russian notice stayed whole, and the inflected
name ("pod reklamą", "efter annonsen", "reklamdan sonra") was no name (round 51).
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.lexicon import names_an_ad
from two_paragraphs import between


@pytest.mark.parametrize(
    "notice",
    [
        "Reklama – dalsza część tekstu poniżej",
        "Tekst jest kontynuowany pod reklamą",
        "Annons – läs vidare nedan",
        "Texten fortsätter under annonsen",
        "Reklam · yazının devamı aşağıda",
        "Yazının devamı reklamdan sonra",
        "Iklan – baca berita selengkapnya di bawah",
        "Advertentie – lees hieronder verder",
        "Реклама · продолжение ниже",
        "Статья продолжится после рекламы",
    ],
)
def test_a_notice_around_an_ad_goes(notice: str) -> None:
    article = articleclean.clean(between(notice, "pl"))
    assert {r.text: r.reason.value for r in article.removed}.get(notice) == "ad_marker"


@pytest.mark.parametrize(
    "sentence",
    [
        # the ad's name among words of no notice: prose about advertising
        "Reklama w telewizji kosztuje dziś więcej niż przed rokiem",
        "Annonsen väckte stor uppmärksamhet i sociala medier",
    ],
)
def test_prose_about_ads_stays(sentence: str) -> None:
    article = articleclean.clean(between(sentence, "pl"))
    assert sentence in [r.text for r in article.body]


def test_only_inflected_names_take_endings() -> None:
    # an inflected name is a listed name with a short ending; "ad" + letters is another word
    assert names_an_ad("reklamą") and names_an_ad("рекламы") and names_an_ad("annonsen")
    assert not names_an_ad("added") and not names_an_ad("adopt") and not names_an_ad("adsl")
    # endings only for the languages that inflect the name: German "anzeigen" is "to show"
    assert not names_an_ad("anzeigen") and not names_an_ad("annoncer")
