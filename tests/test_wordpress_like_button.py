"""The like button of WordPress.com's German blogs printed as text (round 61, pjunk4).

Every German blog on WordPress.com prints its like button's label and the loading text
under it as one line, "Liken Lade …" (the older string "Gefällt mir Lade …" is listed
already). On the tune part of the whole-page dumps the line stood on 9 blogs; the page's
run took most, and on three it stayed in the body under the post. It goes as a prompt,
wherever it stands.
"""

from __future__ import annotations

import pytest

import articleclean
from two_paragraphs import between


@pytest.mark.parametrize("line", ["Liken Lade …", "Liken Lade...", "Liken Lade ..."])
def test_the_like_button_goes(line: str) -> None:
    article = articleclean.clean(between(line, "de"))
    assert {r.text: r.reason.value for r in article.removed}.get(line) == "promo"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        # the two words in sentences of their own: no button's label (a list entry of
        # "liken" or "lade" alone would take them)
        "Wer Beiträge liken will, lade zuerst die App herunter und melde sich dort an.",
        "Der Verein lade alle Mitglieder ein, die Beiträge zu liken und zu teilen.",
    ],
)
def test_a_sentence_with_the_words_stays(line: str) -> None:
    article = articleclean.clean(between(line, "de"))
    assert line in article.paragraphs
