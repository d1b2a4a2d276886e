"""The site's pitches whole-page dumps kept under the article (round 57, tune): a channel
prompt written as a sentence to the reader a little over a prompt's twelve words, an
offer ending in the reader's mailbox over ten words, and WordPress's subscribe widget in
German. Guards: a headline about apps that does not speak to the reader, a share bar's
row of labels (no sentence)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.promos import promo_prompt, promo_shape

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLES = {
    "de": (
        "Der Stadtrat hat am Dienstag beschlossen, die Sanierung der alten Brücke im "
        "kommenden Frühjahr zu beginnen und die Kosten mit dem Land zu teilen.\n\n"
        "Die Arbeiten sollen nach Angaben der Verwaltung etwa acht Monate dauern, der "
        "Verkehr wird in dieser Zeit über die Nordstraße umgeleitet.\n\n"
    ),
    "en": (
        "The council voted on Tuesday to start repairing the old bridge next spring and "
        "to share the cost of the work with the regional government.\n\n"
        "The work is expected to take about eight months, and traffic will be diverted "
        "over the north road while the bridge is closed.\n\n"
    ),
}


def removed_by(text: str, line: str) -> str | None:
    """The rule that removed `line` from the cleaned text, None when it stayed."""
    article = articleclean.clean_text(text)
    return next((r.rule for r in article.removed if line in r.text), None)


@pytest.mark.parametrize(
    ("language", "line", "rule"),
    [
        # 13 words: a channel prompt of over twelve words, a sentence to the reader
        (
            "en",
            "Get the latest news straight to your phone with the Daily Courier app.",
            "promo_prompt",
        ),
        # 11 words ending in the reader's mailbox
        (
            "de",
            "Aktuelle Stories und die wichtigsten News für Gründer direkt in dein Postfach!",
            "promo_shape",
        ),
        (
            "de",
            "Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren und "
            "Benachrichtigungen über neue Beiträge via E-Mail zu erhalten.",
            "promo_prompt",
        ),
        (
            "de",
            "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
            "promo_prompt",
        ),
    ],
)
def test_a_pitch_under_the_article_goes(language: str, line: str, rule: str) -> None:
    """Each fails on main (the line stays in the body)."""
    text = "Headline of the story\n\n" + ARTICLES[language] + line + "\n"
    assert removed_by(text, line) == rule
    assert len(articleclean.clean_text(text).paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        # a headline of fifteen words opening with an action and naming an app: no
        # sentence, no reader spoken to
        "Share prices of app makers fall as Apple changes its store rules for developers",
        # a share bar's labels in a row of fifteen words: no sentence (left to the rules
        # that read it as the site's, as before)
        "Diesen Post per E-Mail versenden BlogThis! In Twitter freigeben In Facebook "
        "freigeben Auf Pinterest teilen",
    ],
)
def test_no_pitch_stays_a_prompt(line: str) -> None:
    """Guards, passing on main too: both fail with a channel prompt's length raised alone
    (no sentence-and-reader test)."""
    segment = Segment(line, (1, 1))
    assert not promo_prompt(segment, CONTEXT)
    assert not promo_shape(segment, CONTEXT)
