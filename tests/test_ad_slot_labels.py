"""Ad slot labels many sites print alone on a line between two paragraphs (round 52).

German sites label an ad slot "Anzeigen" as often as "Anzeige" (the webeval tune page
dumps print it on eleven sites, every copy outside the article); the recommendation
widgets many publishers embed head their sponsored links "Promoted Stories" or
"Sponsored Stories"; Hungarian sites label a slot "Promóció". In the labelled article
dumps these labels stood between two paragraphs and stayed in the body.
"""

from __future__ import annotations

import pytest

import articleclean
from two_paragraphs import between


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("de", "Anzeigen"),
        ("de", "ANZEIGEN:"),
        ("en", "Promoted stories"),
        ("en", "Sponsored Stories"),
        ("hu", "Promóció"),
    ],
)
def test_an_ad_slot_label_goes(language: str, label: str) -> None:
    article = articleclean.clean(between(label, language))
    assert {r.text: r.reason.value for r in article.removed}.get(label) == "ad_marker"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # the word in a line of its own words: a heading or a sentence, not the label
        ("de", "Anzeigen gegen Unbekannt"),
        ("de", "Die Polizei prüft nun mehrere Anzeigen wegen Betrugs."),
        ("en", "Promoted stories often read like news"),
    ],
)
def test_a_line_that_only_holds_the_word_stays(language: str, line: str) -> None:
    article = articleclean.clean(between(line, language))
    assert line in [block.text for block in article.body]
