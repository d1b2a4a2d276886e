"""Prompts in the languages of the noise bench's new bodies, known by their shape.

`promo_shape` and `promo_prompt`'s channel test knew the action verbs of six languages,
a network's name only uninflected ("na Instagramie", "do newslettera" were none), the
verb last in German only, and the reader's mailbox and a schedule in five languages.
Polish, Swedish, Dutch, Indonesian, Turkish and Russian prompts stayed (round 51).
"""

from __future__ import annotations

import pytest

import articleclean
from two_paragraphs import between


@pytest.mark.parametrize(
    "prompt",
    [
        # a network's or a newsletter's name with a case ending
        "Śledź nas na Facebooku",
        "Dołącz do nas na Instagramie",
        "Subskrybuj nasz kanał na Telegramie",
        # action verbs first
        "Följ oss på Instagram och missa inget",
        "Volg onze verslaggevers op Instagram",
        "Ikuti kanal kami di Telegram",
        "Присоединяйтесь к нам в Telegram",
        # the verb last (Turkish)
        "Bizi YouTube'da takip edin",
        "Haberi WhatsApp'ta Paylaşın",
        # the reader's mailbox last, or a schedule
        "Veckans viktigaste nyheter direkt i din inkorg",
        "Najważniejsze informacje dnia prosto na twoją skrzynkę",
        "Haftanın öne çıkan haberleri gelen kutunuzda",
        "Получайте новости недели каждое утро",
    ],
)
def test_a_prompt_goes(prompt: str) -> None:
    article = articleclean.clean(between(prompt, "pl"))
    assert {r.text: r.reason.value for r in article.removed}.get(prompt) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        # the network named in the article's own sentence or headline: no request first
        "Zdjęcia z koncertu opublikowano na Instagramie jeszcze tego samego wieczoru.",
        "Telegram zmienia zasady dla kanałów informacyjnych",
        # a verb of the list first, but no channel
        "Dela upp kostnaderna mellan kommunerna under tre år",
    ],
)
def test_the_article_s_lines_stay(line: str) -> None:
    article = articleclean.clean(between(line, "pl"))
    assert line in [block.text for block in article.body]


@pytest.mark.parametrize(
    "line",
    [
        # "следете ги" is "follow them": an instruction in a news story, not a prompt
        "Следете ги упатствата на лекарите, порачаа од министерството.",
        "Следете ги препораките за заштита од грип",
    ],
)
def test_a_macedonian_instruction_stays(line: str) -> None:
    article = articleclean.clean(between(line, "mk"))
    assert line in [block.text for block in article.body]


def test_a_macedonian_follow_us_prompt_goes() -> None:
    prompt = "Следете нè на Телеграм"
    article = articleclean.clean(between(prompt, "mk"))
    assert {r.text: r.reason.value for r in article.removed}.get(prompt) == "promo"
