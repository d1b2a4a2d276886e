"""An article's rows read as one hard-wrapped paragraph with a junk line under them: the
rule takes the line, not the rows (issue 14; `Cleaner._last_lines_apart`).

The text reader reads lines with no blank line between that fill their column alike as
one wrapped paragraph, so the article's own rows (a timetable, a product's features)
and a prompt, caption or notice printed right under the last of them made one segment,
and the rule that took the line took the rows. An article dump is read again with such
a line apart; the line goes when a rule takes it alone.
"""

from __future__ import annotations

import articleclean
from articleclean.readers.text import _rows_over_last, read_text

INTRO = (
    "Harbour Works Begin\n\n"
    "The council voted on Tuesday to extend the tram line to the harbour, a project the "
    "mayor said would be finished within four years.\n\n"
)
OUTRO = (
    "\n\nWork on the first section starts in spring, and the line should open to "
    "passengers in the autumn of 2028, the council said.\n"
)
ROWS = (
    "Ferry Terminal and Fish Market stops open in May\n"
    "Old Town Square and Harbour Bridge stops in June"
)
ROWS_TEXT = (
    "Ferry Terminal and Fish Market stops open in May "
    "Old Town Square and Harbour Bridge stops in June"
)
FEATURES = (
    "Low floors at every door for prams and bicycles\n"
    "Cooled air in every carriage and the driver's seat\n"
    "Share this story on Facebook"
)
CAPTION = "Protesters gather in front of the council building in Boston"


def test_rows_over_a_prompt_stay_and_the_prompt_goes() -> None:
    article = articleclean.clean_text(INTRO + FEATURES + OUTRO)
    assert (
        "Low floors at every door for prams and bicycles "
        "Cooled air in every carriage and the driver's seat"
    ) in article.paragraphs
    assert [(r.rule, r.text, r.lines) for r in article.removed] == [
        ("promo_prompt", "Share this story on Facebook", (7, 7))
    ]


def test_with_the_switch_off_the_prompt_takes_the_rows() -> None:
    article = articleclean.clean_text(INTRO + FEATURES + OUTRO, last_line_apart=False)
    assert not any("Low floors" in paragraph for paragraph in article.paragraphs)
    assert [(r.rule, r.lines) for r in article.removed] == [("promo_prompt", (5, 7))]


def test_rows_over_a_caption_above_its_credit() -> None:
    # The caption stands over its credit: `caption_at_place` took the rows and the caption
    # as one sentence naming a place.
    text = INTRO + ROWS + "\n" + CAPTION + ".\nPhoto: Reuters" + OUTRO
    article = articleclean.clean_text(text)
    assert ROWS_TEXT in article.paragraphs
    assert [caption.raw for caption in article.captions] == [CAPTION + "."]
    off = articleclean.clean_text(text, last_line_apart=False)
    assert ROWS_TEXT not in off.paragraphs
    assert [caption.raw for caption in off.captions] == [ROWS_TEXT + " " + CAPTION + "."]


def test_the_last_two_lines_go_in_two_readings() -> None:
    # A caption and its credit, neither ending a sentence, under the rows: the credit
    # goes first, then the caption the rows were taken with again.
    text = INTRO + ROWS + "\n" + CAPTION + "\nPhoto: Jane Doe/Reuters" + OUTRO
    article = articleclean.clean_text(text)
    assert ROWS_TEXT in article.paragraphs
    assert [caption.raw for caption in article.captions] == [CAPTION]
    assert [(r.rule, r.lines) for r in article.removed] == [("credit_line", (8, 8))]


def test_sentence_rows_over_a_notice_and_cleaning_again_removes_nothing() -> None:
    # Round 42 kept the whole group in the body instead: the notice then stood on the
    # rows' line in the output and cleaning it again took the rows.
    text = (
        INTRO
        + "The first stop, at the ferry terminal, opens in May.\n"
        + "The second stop, by the fish market, opens in June.\n"
        + "© 2024 Example News. All rights reserved."
        + OUTRO
    )
    article = articleclean.clean_text(text)
    assert (
        "The first stop, at the ferry terminal, opens in May. "
        "The second stop, by the fish market, opens in June."
    ) in article.paragraphs
    assert [(r.rule, r.lines) for r in article.removed] == [("boilerplate_notice", (7, 7))]
    assert articleclean.clean_text(article.to_text()).removed == []


def test_a_wrapped_caption_stays_one_caption() -> None:
    # A caption wrapped over two lines, its credit on the second: the first line goes on
    # mid-sentence, no row.
    caption = (
        "Nach dem Gespräch mit Luisa Neubauer: Joe Kaeser beantwortet\n"
        "Fragen von Journalist:innen Foto: Soeren Stache/dpa"
    )
    article = articleclean.clean_text(INTRO + caption + OUTRO)
    assert [c.raw for c in article.captions] == [caption.replace("\n", " ")]


def test_a_line_no_rule_takes_alone_stays_with_its_rows() -> None:
    # The rows printed twice: the repeat is the whole group's, and its last line alone
    # repeats nothing, so the group goes whole, as it did.
    rows = ROWS + "\nThe Harbour Bridge stop opens when the bridge does"
    text = INTRO + rows + "\n\nThe mayor said more stops could follow.\n\n" + rows + OUTRO
    article = articleclean.clean_text(text)
    assert [(r.rule, r.lines) for r in article.removed] == [("repeated_paragraph", (11, 13))]


def test_a_page_dump_is_read_once() -> None:
    text = INTRO + ROWS + "\n" + CAPTION + ".\nPhoto: Reuters" + OUTRO
    article = articleclean.clean_text(text, dump="page")
    assert [caption.raw for caption in article.captions] == [ROWS_TEXT + " " + CAPTION + "."]


def test_the_reader_reads_a_line_apart_when_asked() -> None:
    text = ROWS + "\n" + CAPTION
    assert [s.lines for s in read_text(text).segments] == [(1, 3)]
    apart = read_text(text, frozenset({3})).segments
    assert [(s.text, s.lines) for s in apart] == [(ROWS_TEXT, (1, 2)), (CAPTION, (3, 3))]
    # (a line asked for that ends no wrapped run changes nothing)
    assert [s.lines for s in read_text(text, frozenset({2})).segments] == [(1, 3)]


def test_rows_over_the_last_line() -> None:
    assert read_text(ROWS + "\n" + CAPTION).segments[0].joined_rows
    assert _rows_over_last(
        [
            "Du wirst dich mehr wie eine Frau fühlen, sagt sie.",
            "Du wirst dich irgendwie seltsam fühlen, sagt er.",
            "folgen Sie uns auf WhatsApp",
        ]
    )
    # One row ending no sentence reads as rows over a line that is a sentence of its own.
    assert _rows_over_last(["Example 1: Change Font Size of All Text Elements", CAPTION + "."])
    assert not _rows_over_last(["Example 1: Change Font Size of All Text Elements", CAPTION])
    # Wraps: a line going on with a small letter, a line ending on a small word or a comma.
    assert not _rows_over_last(
        [
            "The council voted on Tuesday to extend the tram line to",
            "the harbour, a project the mayor said would be finished",
            "within four years.",
        ]
    )
    assert not _rows_over_last(
        [
            "Der Stadtrat hat am Dienstag beschlossen, die Linie bis zum",
            "Hafen zu verlängern, ein Projekt, das in vier Jahren",
            "fertig sein soll.",
        ]
    )
    assert not _rows_over_last(
        [
            "Doctors examine an injured child at the hospital after the",
            "Attacks on the city on Saturday, witnesses said,",
            "Photo: Reuters",
        ]
    )
