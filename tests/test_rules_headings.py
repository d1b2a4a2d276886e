"""section_heading: short unpunctuated lines that introduce body text."""

from __future__ import annotations

import pytest

import articleclean

INTRO = (
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday."
)
BODY = (
    "Buses will run a shuttle service across the river every ten minutes, and ferries will "
    "add extra crossings during the morning and evening rush hours."
)


def kinds(*lines: str) -> list[tuple[str, str]]:
    article = articleclean.clean_text("\n\n".join(["Harbour bridge to close for repairs", *lines]))
    return [(block.kind, block.text) for block in article.body]


@pytest.mark.parametrize(
    "heading",
    [
        "What happens next",
        "How the closure affects commuters",
        "Was sich für Pendler ändert",
        "Ce qui change pour les usagers",
        "Qué cambia para los conductores",
        "Что изменится для водителей",
        "What happens next?",
    ],
)
def test_headings_stay_in_the_body(heading: str) -> None:
    assert kinds(INTRO, heading, BODY) == [
        ("paragraph", INTRO),
        ("heading", heading),
        ("paragraph", BODY),
    ]


def test_interview_question_is_a_heading_even_before_a_short_answer() -> None:
    question = "Did you ever think the bridge would close?"
    assert kinds(INTRO, question, "Yes.", BODY)[1:3] == [
        ("heading", question),
        ("paragraph", "Yes."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The bridge will reopen in June.",  # a sentence
        "Buses, ferries and trains:",  # introduces a list, not a section
        "Commuters have been warned, the council said;",
    ],
)
def test_punctuated_lines_are_paragraphs(line: str) -> None:
    assert kinds(INTRO, line, BODY)[1] == ("paragraph", line)


def test_short_line_not_followed_by_text_is_not_a_heading() -> None:
    # Two short lines in a row: the first introduces nothing.
    assert kinds(INTRO, "Flour", "Sugar", BODY)[1] == ("paragraph", "Flour")


def test_heading_off() -> None:
    article = articleclean.clean_text(
        "\n\n".join(["Harbour bridge to close for repairs", INTRO, "What happens next", BODY]),
        section_heading=False,
    )
    assert article.headings == []
    assert "What happens next" in article.paragraphs
