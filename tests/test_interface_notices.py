"""Two interface notices sites print inside article dumps (round 53, generous dumps): a
media library's "Video verfügbar bis …" under a clip (`media_placeholder`) and the
comment form's log-in status "Sie sind aktuell nicht eingeloggt." (`promo_prompt`, a
`line` entry of phrases/chrome.json). Sentences about availability or logging in stay."""

from __future__ import annotations

import pytest

import articleclean

ARTICLE = """Ligen in den USA pausieren weiter

Die großen Sportligen in den USA pausieren wegen der Pandemie weiterhin, und niemand weiß, wann der Spielbetrieb wieder aufgenommen werden kann.

{line}

Die Vereine der NBA haben ihren Angestellten mitgeteilt, dass die Gehälter vorerst weiter gezahlt werden, auch ohne Spiele in den Hallen.
"""


def removed_by(line: str) -> dict[str, str]:
    article = articleclean.clean_text(ARTICLE.format(line=line))
    return {removal.text: removal.rule for removal in article.removed}


@pytest.mark.parametrize(
    "line",
    [
        "Video verfügbar bis 28.02.2021",
        "Video verfügbar bis:",
        "Video verfügbar bis 28. Februar 2021, 23:59 Uhr",
        "Video available until 12/03/2024",
    ],
)
def test_a_videos_availability_notice_goes(line: str) -> None:
    """Fails on main: the notice stood in the body."""
    assert removed_by(line).get(line) == "media_placeholder"


@pytest.mark.parametrize(
    "line",
    [
        "Sie sind aktuell nicht eingeloggt.",
        "Sie sind nicht angemeldet",
        "Not logged in",
        "Vous n'êtes pas connecté(e).",
    ],
)
def test_the_comment_forms_log_in_status_goes(line: str) -> None:
    """Fails on main: the line names no comment, so the log-in notice's shape missed it."""
    assert removed_by(line).get(line) == "promo_prompt"


@pytest.mark.parametrize(
    "line",
    [
        # The media word first and a date after: a sentence goes on in words.
        "Das Video ist verfügbar bis Ende des Monats in der Mediathek, sagte ein Sprecher.",
        "Video verfügbar bis Ende März, danach nur noch gegen Gebühr in der Mediathek.",
        # The status is a whole line; a sentence about it reports.
        "Wer nicht eingeloggt ist, sieht nur die ersten drei Absätze, sagte der Sprecher.",
        "Sie sind nicht angemeldet, obwohl die Frist schon im März abgelaufen ist, hieß es.",
    ],
)
def test_sentences_about_availability_or_logging_in_stay(line: str) -> None:
    """Guards, passing on main: the second fails if the notice's pattern is cut to its
    opening words, the fourth if the status lines become `contains` entries."""
    assert line not in removed_by(line)
    article = articleclean.clean_text(ARTICLE.format(line=line))
    assert line in article.paragraphs
