"""promo_prompt: German's informal address ("du", "dir", "euch") speaks to the reader as
"Sie" does (round 42), so a long prompt sentence in it is a prompt, not a report."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.promos import promo_prompt

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLE = """Neue Radwege am Flussufer freigegeben

Nach zwei Jahren Bauzeit sind die neuen Radwege entlang des Flussufers seit Samstag offen, wie die Stadtverwaltung mitteilte. Die Strecke verbindet die Altstadt mit dem Gewerbegebiet im Norden.

{line}

Die Kosten von rund 4,2 Millionen Euro teilen sich Stadt und Land, ein dritter Abschnitt bis zum Bahnhof soll im kommenden Frühjahr folgen.
"""


def judged(text: str) -> bool:
    return bool(promo_prompt(Segment(text, (1, 1)), CONTEXT))


@pytest.mark.parametrize(
    "line",
    [
        "Wenn du über neue Strecken informiert werden willst, kannst du den Newsletter hier "
        "abonnieren und bekommst jeden Freitag eine Mail.",
        "Damit dir keine Tour entgeht, kann man jetzt den Newsletter abonnieren, der jeden "
        "Freitag mit allen neuen Strecken kommt.",
        "Damit euch kein Termin entgeht, lässt sich der Newsletter abonnieren, der nach jeder "
        "Ausfahrt mit Bildern und Karten kommt.",
    ],
)
def test_an_informal_prompt_sentence_goes(line: str) -> None:
    """Fails on main: over twelve words, a full stop, and no "you", "Sie" or "unser" that
    `_READER_ADDRESS` knows, so the prompt read as a report."""
    assert judged(line)
    article = articleclean.clean_text(ARTICLE.format(line=line))
    assert line not in article.paragraphs
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        # French "du" is no address: "du" counts only beside a verb of its person, and
        # "test du", "c'est du" end in "st" as those verbs do.
        "Le président du club a invité les supporters à laisser un commentaire sur le site "
        "du club avant la fin du mois.",
        "Le test du nouveau forum montre que peu de lecteurs veulent laisser un commentaire, "
        "c'est du moins ce qu'affirme la rédaction.",
        "Wer den Newsletter abonnieren wolle, könne dies ab Montag im Kundenzentrum am Markt "
        "tun, teilten die Stadtwerke mit.",
    ],
)
def test_a_report_holding_a_prompt_stays(sentence: str) -> None:
    """Guard (passes on main too): no reader addressed, the sentence reports."""
    assert not judged(sentence)
    article = articleclean.clean_text(ARTICLE.format(line=sentence))
    assert sentence in article.paragraphs
