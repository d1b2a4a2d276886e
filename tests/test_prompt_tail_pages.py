"""Round 38: `prompt_tail` on pages read from markup. A paywall's prompt that asks for
the rest of the story ("Subscribe now to read the full story.", "Pour lire la suite")
says the article ends there; trafilatura keeps the paywall's box after the text it
shows (the offer, its plans, an app's pitch), whose `<h2>`s are headings by then
(issue 15 item 4)."""

from __future__ import annotations

import pytest

import articleclean

_EN = (
    "The harbour council voted on Monday to keep the night ferry running through the "
    "winter, after islanders said the last boat was their only way home from late shifts.",
    "Councillors had planned to end the service in October to save fuel, but a petition "
    "signed by more than two thousand residents made them look at the figures again.",
    "The ferry company offered to share the cost of the extra crossings with the council "
    "until the spring, when the summer timetable begins and the day boats run again.",
)
_FR = (
    "Le conseil portuaire a voté lundi le maintien du ferry de nuit pendant tout l'hiver, "
    "après que les insulaires ont expliqué que le dernier bateau était leur seul retour.",
    "Les élus voulaient supprimer la liaison en octobre pour économiser du carburant, mais "
    "une pétition signée par plus de deux mille habitants les a fait revoir les chiffres.",
    "La compagnie a proposé de partager le coût des traversées supplémentaires avec le "
    "conseil jusqu'au printemps, quand reprend l'horaire d'été et les bateaux de jour.",
)
_BOX = {
    "en": (
        "<p>Subscribe now to read the full story.</p>"
        "<h2>Unlimited digital access</h2>"
        "<p>Every edition on your phone, tablet and computer for one low price.</p>"
        "<h3>$1 for the first month, then $9 a month</h3>"
        "<p>Get our apps for iOS and Android to follow breaking news wherever you are.</p>"
    ),
    "fr": (
        "<h2>Pour lire la suite</h2>"
        "<h2>créez votre compte</h2>"
        "<p>connectez-vous ici</p>"
        "<h2>Offre découverte</h2>"
        "<h3>1 € le premier mois puis 12 € par mois</h3>"
        "<p>Accès à tous nos contenus par renouvellement mensuel.</p>"
    ),
}
_TAIL = {
    "en": [
        "Unlimited digital access",
        "Every edition on your phone, tablet and computer for one low price.",
        "$1 for the first month, then $9 a month",
        "Get our apps for iOS and Android to follow breaking news wherever you are.",
    ],
    "fr": [
        "créez votre compte",
        "connectez-vous ici",
        "Offre découverte",
        "1 € le premier mois puis 12 € par mois",
        "Accès à tous nos contenus par renouvellement mensuel.",
    ],
}


def _page(lang: str, paragraphs: tuple[str, ...], after: str) -> str:
    prose = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>Ferry</title></head><body><article>'
        f"<h1>Night ferry</h1>{prose}{after}</article></body></html>"
    )


@pytest.mark.parametrize(("lang", "paragraphs"), [("en", _EN), ("fr", _FR)])
def test_a_paywall_s_box_after_its_prompt_goes(lang: str, paragraphs: tuple[str, ...]) -> None:
    article = articleclean.clean_html(_page(lang, paragraphs, _BOX[lang]))
    assert article.paragraphs == list(paragraphs)
    tail = [r.text for r in article.removed if r.rule == "prompt_tail"]
    assert tail == _TAIL[lang]  # the box's headings with its lines
    assert not any(heading in _TAIL[lang] for heading in article.headings)


def test_the_article_going_on_after_a_prompt_the_reader_may_skip_stays() -> None:
    # Guard (passes on main too): a newsletter's prompt says nothing of what follows,
    # and a short last paragraph after it is the article's.
    last = "The new timetable will be published on Friday."
    after = f"<p>Sign up for our newsletter</p><p>{last}</p>"
    article = articleclean.clean_html(_page("en", _EN, after))
    assert article.paragraphs == [*_EN, last]


def test_the_article_going_on_after_a_paywall_s_prompt_on_its_topic_stays() -> None:
    # Guard: lines after the prompt that share the article's words are its own text
    # (the prompt put inside it), not the box's: `_other_topics` keeps them.
    rest = (
        "The council said the night ferry crossings would be reviewed again in spring, "
        "when islanders and the ferry company meet the councillors."
    )
    after = f"<p>Subscribe now to read the full story.</p><p>{rest}</p>"
    article = articleclean.clean_html(_page("en", _EN, after))
    assert article.paragraphs == [*_EN, rest]
