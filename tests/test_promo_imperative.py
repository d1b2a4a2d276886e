"""promo_prompt: a long sentence that opens with a prompt is an imperative to the reader
(round 37), though it holds no "you"."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.promos import promo_prompt

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLE = """Ferry timetable changes for the winter season

The island ferry will sail four times a day instead of six from the first of November, the operator said on Monday, citing lower demand after the summer.

{line}

The last crossing of the day will leave the mainland at half past seven, an hour earlier than in summer, and the early sailing on Sundays will be dropped.
"""


def judged(text: str) -> bool:
    return bool(promo_prompt(Segment(text, (1, 1)), CONTEXT))


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to get the week's most read stories and the best local deals, as picked by "
        "the newsroom.",
        "Subscribe to the morning briefing for the day's headlines, weather and traffic in "
        "five minutes.",
        "Sign up for the daily digest with the stories the editors picked and the weekend's "
        "events.",
    ],
)
def test_an_imperative_prompt_sentence_goes(line: str) -> None:
    """Fails on main: over twelve words, a full stop and no "you" or "our" read as a
    report, though the prompt opens the sentence."""
    assert judged(line)
    article = articleclean.clean_text(ARTICLE.format(line=line))
    assert line not in article.paragraphs
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers who want to sign up for the season ticket must apply before the end of "
        "October.",
        "The operator said it would sign up for the regional fare scheme once the new boats "
        "arrive next spring.",
        "Residents can subscribe to the timetable alerts, the operator said, but few have done "
        "so since the summer.",
    ],
)
def test_a_prompt_inside_a_report_stays(sentence: str) -> None:
    """Guard (passes on main too): the prompt's words not first, the sentence reports."""
    assert not judged(sentence)
    article = articleclean.clean_text(ARTICLE.format(line=sentence))
    assert sentence in article.paragraphs
