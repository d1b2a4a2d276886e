"""promo_shape: offers and share requests that main left in article bodies (round 37).

A mailbox offer with a closing full stop that speaks to the reader, a newsletter offer
that names its schedule instead of the mailbox, and a share request after a question.
Every case of the first three tests fails on main; the guards pass on both and say so.
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.promos import promo_prompt, promo_shape

CONTEXT = PhraseBook.for_config(CleanerConfig())


def taken(text: str) -> bool:
    """Taken by either rule: `promo_shape` takes what `promo_prompt` leaves."""
    segment = Segment(text, (1, 1))
    return promo_prompt(segment, CONTEXT) or promo_shape(segment, CONTEXT) is not None


@pytest.mark.parametrize(
    "line",
    [
        # A mailbox offer that ends in a full stop and speaks to the reader.
        "Die neuesten Meldungen aus der Region direkt in Ihr Postfach.",
        "» Unsere Empfehlungen der Woche direkt in dein Postfach.",
        # A share request after a question: its last sentence asks first.
        "Liked this story? Share it with your friends.",
        "¿Te ha gustado este artículo? Compártelo con tus amigos.",
    ],
)
def test_offer_or_request_ending_in_a_full_stop_goes(line: str) -> None:
    assert taken(line)


@pytest.mark.parametrize(
    "line",
    [
        "Recevez chaque matin notre sélection d'articles",
        "▶ Recibe cada semana lo más leído en nuestra web",
        "RECEIVE OUR EDITORS' PICKS EVERY MORNING »",
        "Erhalten Sie jeden Morgen unsere Auswahl des Tages!",
    ],
)
def test_offer_by_its_schedule_goes(line: str) -> None:
    assert taken(line)


def test_offer_by_its_schedule_leaves_the_article() -> None:
    text = (
        "La mairie rouvre le marché couvert après deux ans de travaux\n\n"
        "Le marché couvert de la place centrale rouvrira samedi matin après deux ans de "
        "travaux, a annoncé la mairie, avec quarante étals et une halle agrandie.\n\n"
        "Recevez chaque matin notre sélection d'articles\n\n"
        "Les commerçants avaient été relogés sous des tentes sur le parking voisin, où "
        "la fréquentation avait baissé d'un tiers selon leur association.\n"
    )
    article = articleclean.clean_text(text)
    assert len(article.paragraphs) == 2
    # (on main the line stayed, as a heading over the last paragraph)
    assert not any("sélection" in block.text for block in article.body)
    offer = "Recevez chaque matin notre sélection d'articles"
    assert [(r.rule, r.text) for r in article.removed] == [("promo_shape", offer)]


@pytest.mark.parametrize(
    "line",
    [
        # Guards (pass on main and on the branch): statements, advice, terms.
        "Recibe cada semana cientos de cartas de sus seguidores.",
        "Get eight hours of sleep every night.",
        "Receive 20 % off every month with the code SPRING",
        "Die Rechnung kommt jeden Monat per Mail.",
        "Sie erhielten die Kündigung per Mail.",
        "Viele Leser teilen den Artikel.",
        "Was it worth it? Many readers shared the article.",
    ],
)
def test_statements_stay(line: str) -> None:
    assert not taken(line)
