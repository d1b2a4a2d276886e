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

_DE_BEFORE = (
    "Der Bundestag hat am Donnerstag über das neue Gesetz beraten. Die Abgeordneten "
    "stritten lange über die Details der Vorlage und ihre Folgen für die Länder.\n\n"
)
_DE_AFTER = (
    "\n\nDie Opposition kritisierte den Entwurf scharf. Er gehe nicht weit genug, sagte "
    "ein Sprecher der Fraktion am Nachmittag in Berlin.\n"
)
_EN_BEFORE = (
    "The council approved the budget on Thursday after a long debate about school "
    "repairs and the new tram lines planned for the eastern districts.\n\n"
)
_EN_AFTER = (
    "\n\nOpposition members voted against it, saying the plan leaves out pay rises for "
    "the city's workers and builds too few council homes.\n"
)
_HU_BEFORE = (
    "A képviselő-testület csütörtökön elfogadta a jövő évi költségvetést, amely a "
    "legtöbb pénzt az iskolák felújítására és az új villamosvonalakra fordítja.\n\n"
)
_HU_AFTER = (
    "\n\nAz ellenzék nemmel szavazott, mert a terv szerint a városi dolgozók nem kapnak "
    "béremelést, és kevés új bérlakás épül.\n"
)


@pytest.mark.parametrize(
    ("before", "label", "after"),
    [
        (_DE_BEFORE, "Anzeigen", _DE_AFTER),
        (_DE_BEFORE, "ANZEIGEN:", _DE_AFTER),
        (_EN_BEFORE, "Promoted stories", _EN_AFTER),
        (_EN_BEFORE, "Sponsored Stories", _EN_AFTER),
        (_HU_BEFORE, "Promóció", _HU_AFTER),
    ],
)
def test_an_ad_slot_label_goes(before: str, label: str, after: str) -> None:
    article = articleclean.clean(before + label + after)
    assert {r.text: r.reason.value for r in article.removed}.get(label) == "ad_marker"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("before", "line", "after"),
    [
        # the word in a line of its own words: a heading or a sentence, not the label
        (_DE_BEFORE, "Anzeigen gegen Unbekannt", _DE_AFTER),
        (_DE_BEFORE, "Die Polizei prüft nun mehrere Anzeigen wegen Betrugs.", _DE_AFTER),
        (_EN_BEFORE, "Promoted stories often read like news", _EN_AFTER),
    ],
)
def test_a_line_that_only_holds_the_word_stays(before: str, line: str, after: str) -> None:
    article = articleclean.clean(before + line + after)
    assert line in [block.text for block in article.body]
