"""promo_prompt: share, newsletter, subscribe, follow, app and comment prompts."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.context import PhraseBook
from articleclean.rules.promos import promo_prompt

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLE = """Harbour bridge to close for repairs next month

The harbour bridge will close to traffic for six weeks from next month while engineers replace corroded cables, the city council said on Tuesday.

{line}

Buses will run a shuttle service across the river every ten minutes, and ferries will add extra crossings during the morning and evening rush hours.
"""


def judged(text: str) -> bool:
    return promo_prompt(Segment(text, (1, 1)), CONTEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this article",
        "Comments (214)",
        "12 Comments",
        "Subscribe",
        "Sign up for our free celebrity newsletter",
        "Get the biggest showbiz stories delivered straight to your inbox every morning.",
        "Follow us on Twitter and Facebook for the latest updates.",
        "Download our app to get breaking news alerts",
        "Follow AP’s coverage of Congress at https://apnews.com/hub/congress.",
        "Jetzt den Newsletter abonnieren",
        "Folgen Sie uns auf Facebook und Instagram",
        "Abonnez-vous à notre newsletter",
        "Suivez-nous sur Twitter",
        "Síguenos en X, Facebook e Instagram",
        "Suscríbete a nuestro boletín",
        "Siga-nos no Instagram",
        "Seguici su Facebook e Instagram",
        "Подписывайтесь на наш канал в Telegram",
        "扫码关注我们的微信公众号",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
        # Comment forms of blog software, in several languages.
        "Leave a Reply",
        "Your email address will not be published.",
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht",
        "Deja una respuesta",
        "Vos réactions",
    ],
)
def test_prompts(line: str) -> None:
    assert judged(line)


@pytest.mark.parametrize(
    "sentence",
    [
        # Someone quoted saying "follow us" is reporting, not a prompt.
        'The singer wrote to fans: "Follow us on this new adventure, we can\'t wait to share more."',
        "Sie schrieb: „Folgen Sie uns auf diesem Weg“, und verabschiedete sich.",
        # Prose about newsletters and sign-ups, addressed to no reader.
        "Voters who want to sign up for the postal ballot must register by Friday.",
        "The newsletter, launched in 2019, now has 40,000 readers across the region.",
        "Share prices of the construction firm rose 4 percent last month.",
        "Comments made by the minister on Friday caused an uproar in parliament.",
        # Long enough to be prose even though it contains a prompt phrase.
        "The company said it had asked customers to follow us on social media for updates, "
        "but many of them complained that the posts were confusing and arrived days after "
        "the outage had begun.",
    ],
)
def test_content_that_mentions_prompts(sentence: str) -> None:
    assert not judged(sentence)
    article = articleclean.clean_text(ARTICLE.format(line=sentence))
    assert sentence.replace("\n", " ") in article.paragraphs


def test_promo_recorded_with_reason_and_rule() -> None:
    article = articleclean.clean_text(ARTICLE.format(line="Share this article"))
    assert [(r.reason, r.rule) for r in article.removed] == [(Reason.PROMO, "promo_prompt")]


@pytest.mark.parametrize("line", ["Posted by Jane Doe", "Posted by Jane Doe in Politics"])
def test_a_posted_by_line_is_the_byline_not_a_prompt(line: str) -> None:
    assert not judged(line)
    article = articleclean.clean_text(
        ARTICLE.replace("\n\n{line}\n", "").replace("\n\n", f"\n\n{line}\n\n", 1)
    )
    assert article.byline == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        # Worded as no phrase list has it: an action and where to take it.
        "Diesen Text per WhatsApp teilen",
        "» Folge uns auf Telegram ›",
        "Descarga la app de noticias gratis",
        "Recevez nos alertes par e-mail",
        "Get our free weekly newsletter",
        "Condividi su Facebook",
    ],
)
def test_an_action_on_a_named_channel_is_a_prompt(line: str) -> None:
    assert judged(line)


@pytest.mark.parametrize(
    "line",
    [
        # A headline about a network: no action opens or closes it.
        "Facebook to share user data with police",
        "Why Instagram users follow fewer brands",
        # A label and its text, not one request.
        "Folgen der Nichteinwilligung: Der Dienst Facebook wird nicht geladen",
        # Too long for a prompt; the article reports what someone shared.
        "Share prices of Facebook's parent company fell sharply on Tuesday after the "
        "company reported weaker advertising revenue",
    ],
)
def test_a_line_about_a_channel_is_not_a_prompt(line: str) -> None:
    assert not judged(line)


def test_a_channel_prompt_someone_is_quoted_saying_is_reported() -> None:
    assert not judged('"Follow us on Instagram," the mayor told residents')
