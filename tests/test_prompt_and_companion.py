"""Two prompts joined on one line, one worded as no list has it (round 65, noise2).

Sites print a share prompt and a second prompt on one line, parted by a bar, a dot, a
dash or a slash ("Share the article on X – Enjoyed this article? Tell a friend about
it"). `promo_shape` took such a line only when each part was a prompt it knows; the
second part is often worded as no list has it. One known prompt and a short companion
that ends as a sentence, asks before it goes on or speaks to the reader now go
(`promos._prompt_and_companion`); a menu's two labels, a subheading and a sentence of
the article with a prompt's words in it stay.
"""

from __future__ import annotations

import pytest

import articleclean

_PARAGRAPHS = {
    "en": (
        "The council voted on Thursday to approve next year's budget after a long debate, "
        "with most of the money going to school repairs and new tram lines.",
        "Opposition members voted against the plan, saying it did not include enough "
        "social housing or pay rises for city workers.",
    ),
    "de": (
        "Der Stadtrat hat am Donnerstag nach langer Debatte den Haushalt für das kommende "
        "Jahr beschlossen, der größte Teil des Geldes fließt in Schulen und Straßenbahnen.",
        "Die Opposition stimmte dagegen, weil der Plan zu wenig Sozialwohnungen und keine "
        "Lohnerhöhungen für die Beschäftigten der Stadt vorsehe.",
    ),
    "es": (
        "El ayuntamiento aprobó el jueves el presupuesto del año próximo tras un largo "
        "debate, y la mayor parte del dinero irá a reparar escuelas y a nuevas líneas de tranvía.",
        "La oposición votó en contra porque el plan no incluye suficiente vivienda social "
        "ni subidas de sueldo para los trabajadores municipales.",
    ),
    "fr": (
        "Le conseil municipal a adopté jeudi le budget de l'an prochain après un long "
        "débat, l'essentiel des crédits allant aux écoles et aux nouvelles lignes de tram.",
        "L'opposition a voté contre, estimant que le plan ne prévoyait ni assez de "
        "logements sociaux ni de hausse de salaire pour les agents de la ville.",
    ),
}


def _fate(line: str, language: str) -> str:
    before, after = _PARAGRAPHS[language]
    article = articleclean.clean(f"{before}\n\n{line}\n\n{after}\n")
    if line in [block.text for block in article.body]:
        return "body"
    return {r.text: r.reason.value for r in article.removed}.get(line, "?")


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Share the article on X – Enjoyed this article? Tell a friend about it", "en"),
        ("ENJOYED THIS STORY? TELL A FRIEND ABOUT IT | SHARE THIS POST ON FACEBOOK", "en"),
        ("Follow our newsroom on Instagram · Liked this story? Pass it on to a friend", "en"),
        ("Diesen Text per WhatsApp teilen / Die besten Nachrichten jeden Morgen per Mail.", "de"),
        ("Comparte este artículo en WhatsApp | ¿Te gustó esta nota? Recomiéndala.", "es"),
        (
            "Recevez nos meilleurs articles chaque semaine · Inscrivez-vous à la lettre du matin",
            "fr",
        ),
    ],
)
def test_a_prompt_and_its_companion_go(line: str, language: str) -> None:
    assert _fate(line, language) == "promo"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # a question of the article's over the dash: the other part is longer than a prompt
        (
            "Share the article on X – Did the council know how much the new tram lines "
            "would cost the city and its residents?",
            "en",
        ),
        # a subheading: the other part ends in no mark and speaks to no reader
        ("Jetzt anmelden – Die Stadt öffnet das Freibad", "de"),
        # a fact with a figure
        ("Share the article on X – Updated on 12 March.", "en"),
        # a one-word button run into the article's own sentence (round 65 review)
        ("Subscribe | Opposition members say the plan came too late.", "en"),
        ("Suscríbete | La oposición dice que el plan llegó demasiado tarde.", "es"),
    ],
)
def test_the_articles_own_lines_stay(line: str, language: str) -> None:
    assert _fate(line, language) == "body"


def test_a_part_longer_than_a_prompt_in_characters_is_no_companion() -> None:
    # one "word" of opening quotes that never close and a question mark: few words, but
    # no prompt's length (and `_QUOTED` tried each opening to the part's end)
    from articleclean.rules.promos import _MAX_PROMPT_CHARS, _reads_as_companion

    assert _reads_as_companion("“" * 10 + " you?", "Share this article")
    assert not _reads_as_companion("“" * _MAX_PROMPT_CHARS + " you?", "Share this article")
