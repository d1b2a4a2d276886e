"""`keep_joined_rows`: the article's rows, read as one wrapped paragraph with a prompt or a
caption under them, stay in the body when a rule takes the line (issue 14)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.readers.text import _rows_over_last, read_text

TITLE = "Parallels Desktop 18 for Mac"
P1 = (
    "Parallels Desktop runs Windows on a Mac without a reboot, and the Pro Edition adds the"
    " tools that developers and testers ask for most often."
)
P2 = (
    "Each edition is sold as a yearly subscription, and an upgrade from the Standard Edition"
    " keeps every virtual machine that was set up before."
)
FEATURE_ROWS = [
    "Pro Edition All the Standard Edition features PLUS:",
    "Integration With Chef/Ohai/Docker/Vagrant",
    "Network conditioner to simulate speeds and test",
]
SHARE = "Share this story on Facebook"


def _dump(block: list[str]) -> str:
    return "\n\n".join([TITLE, P1, "\n".join(block), P2]) + "\n"


def _body(article: articleclean.Article) -> str:
    return "\n".join(block.text for block in article.body)


def test_feature_rows_with_a_prompt_under_them_stay() -> None:
    article = articleclean.clean_text(_dump([*FEATURE_ROWS, SHARE]))
    assert "Integration With Chef/Ohai/Docker/Vagrant" in _body(article)
    assert article.metadata["dump"] == "article"


def test_switched_off_the_prompt_takes_the_rows() -> None:
    article = articleclean.clean_text(_dump([*FEATURE_ROWS, SHARE]), keep_joined_rows=False)
    assert "Integration With" not in _body(article)
    assert any("Integration With" in removal.text for removal in article.removed)


@pytest.mark.parametrize(
    "block",
    [
        # Rows of one shape, ending no sentence, over a prompt in title case.
        [
            "Example 4: Change the Font Size of the Main Title",
            "Example 5: Change the Font Size of the Legend",
            "Sign Up For Our Weekly Briefing",
        ],
        # One row ending its sentence over a prompt.
        [
            "Using pipenv in your Docker build for faster installs.",
            "Download The App For Breaking News Alerts:",
        ],
    ],
)
def test_rows_over_a_prompt_stay(block: list[str]) -> None:
    row = block[-2]
    assert row in _body(articleclean.clean_text(_dump(block)))
    off = articleclean.clean_text(_dump(block), keep_joined_rows=False)
    assert row not in _body(off)


def test_a_wrapped_prompt_is_still_removed() -> None:
    # A real wrap: the second line goes on mid-sentence with a small letter.
    pitch = [
        "Sign up for our weekly newsletter and get the best stories of the week",
        "delivered straight to your inbox every Friday morning, free of charge.",
    ]
    article = articleclean.clean_text(_dump(pitch))
    assert "Sign up for our weekly newsletter" not in _body(article)
    assert any(removal.rule == "promo_prompt" for removal in article.removed)


def test_a_page_dump_is_left_to_its_rules() -> None:
    article = articleclean.clean_text(_dump([*FEATURE_ROWS, SHARE]), dump="page")
    assert "Integration With" not in _body(article)


def test_rows_over_last_reads_the_lines_above_the_last() -> None:
    assert _rows_over_last([*FEATURE_ROWS, SHARE])
    assert _rows_over_last(["Using pipenv in your Docker build.", "Download our app:"])
    sentences = [
        "Es ist völlig normal, während der Pubertät zuzunehmen.",
        "Die Pubertät verändert deine Art zu denken.",
        "anzeige | weiter im text:",
    ]
    assert _rows_over_last(sentences)
    # A wrapped paragraph: a line goes on with a small letter, or ends on a small word,
    # or a comma; one line without end punctuation over the last is no row.
    assert not _rows_over_last(
        [
            "The harbour master said the new quay would open in",
            "the spring, once the last of the cranes had been moved",
            "to the north pier.",
        ]
    )
    assert not _rows_over_last(
        [
            "New York ist das Epizentrum der Corona-Pandemie in",
            "Amerika, der Sport ist dort zum Stillstand gekommen",
            "und keiner weiß, wie es weitergeht.",
        ]
    )
    assert not _rows_over_last(["Die Hauptaufgabe der Eheleute besteht darin, ihre", "Hunde."])
    assert not _rows_over_last(["NASA startet eigenen Streaming-Dienst am 8. November", "X."])


def test_the_reader_marks_joined_rows_only() -> None:
    document = read_text(_dump([*FEATURE_ROWS, SHARE]))
    marked = [segment for segment in document.segments if segment.joined_rows]
    assert len(marked) == 1 and marked[0].lines == (5, 8)
