"""One row of the article's list with a prompt printed right under it: the rule takes the
prompt, not the row, when the rows that stay around it have its shape (issue 14;
`pipeline._rows_beside_kept`, switch `rows_beside_kept`).

The text reader reads two lines with no blank line between that fill their column alike
as one hard-wrapped paragraph. Two rows or more over the line read as rows on their own
(`Segment.joined_rows`); one row ending no sentence reads as a wrap's first line, so the
rule that took the prompt took the row. Beside the list's own rows that stay (the same
opening, the same ending, of a size) it is one of them.
"""

from __future__ import annotations

import articleclean
from articleclean.readers.text import rows_like_kept

INTRO = (
    "Harbour Works Begin\n\n"
    "The council voted on Tuesday to extend the tram line to the harbour, a project the "
    "mayor said would be finished within four years.\n\n"
    "The new stops open in turn over the coming year:\n\n"
)
OUTRO = (
    "\n\nWork on the first section starts in spring, and the line should open to "
    "passengers in the autumn of 2028, the council said.\n"
)
ABOVE = "Ferry Terminal and Fish Market stops open in the first week of May"
ROW = "Old Town Square and Harbour Bridge stops open in the middle of June"
PROMPT = "sign up for our weekly newsletter and never miss a story"
BELOW = "Stadium and University Campus stops open at the end of September"


def _body(article: articleclean.Article) -> list[str]:
    """The body's texts, paragraphs and headings (a row above prose may read as a
    subheading: it stays in the article either way)."""
    return [block.text for block in article.body]


def _dump(row: str, above: str = ABOVE, below: str = BELOW) -> str:
    return INTRO + above + "\n\n" + row + "\n" + PROMPT + "\n\n" + below + OUTRO


def test_one_row_over_a_prompt_stays_beside_its_rows() -> None:
    article = articleclean.clean_text(_dump(ROW))
    assert ROW in _body(article)
    assert ABOVE in _body(article) and BELOW in _body(article)
    assert [(r.rule, r.text) for r in article.removed] == [("promo_prompt", PROMPT)]


def test_with_the_switch_off_the_prompt_takes_the_row() -> None:
    article = articleclean.clean_text(_dump(ROW), rows_beside_kept=False)
    assert ROW not in _body(article)
    assert [(r.rule, r.text) for r in article.removed] == [("promo_prompt", ROW + " " + PROMPT)]


def test_rows_ending_on_a_semicolon_like_the_rows_that_stay() -> None:
    above = "Two ripe lemons from an organic grower, washed and dried;"
    row = "A small plastic bag and a sheet of kitchen paper for the seeds;"
    below = "Four small pots of terracotta filled with citrus soil and sand;"
    article = articleclean.clean_text(_dump(row, above, below))
    assert row in _body(article)
    assert [(r.rule, r.text) for r in article.removed] == [("promo_prompt", PROMPT)]


def test_a_row_unlike_the_lines_around_it_goes_with_the_prompt() -> None:
    # Prose paragraphs around it, ending their sentences: nothing says the line over the
    # prompt is one of the article's rows and not a wrap's first line.
    above = "The first stops open in May, the transport office said on Monday."
    below = "The last ones follow in September, once the bridge is finished."
    article = articleclean.clean_text(_dump(ROW, above, below))
    assert ROW not in _body(article)
    assert [(r.rule, r.text) for r in article.removed] == [("promo_prompt", ROW + " " + PROMPT)]


def test_rows_like_kept() -> None:
    assert rows_like_kept([ROW], ABOVE)
    assert rows_like_kept(["2 Eier;"], "200 g Mehl;")
    assert rows_like_kept(["frische Zitronen aus dem Garten"], "etwas Zucker nach Geschmack")
    # A sentence's end, a wrap's small word, another ending mark, another opening, a
    # size apart: no row of the list.
    assert not rows_like_kept([ROW], "The first stops open in May.")
    assert not rows_like_kept([ROW + "."], ABOVE)
    assert not rows_like_kept(["Old Town Square and Harbour Bridge stops open in the"], ABOVE)
    assert not rows_like_kept(["Two ripe lemons from an organic grower;"], ABOVE)
    assert not rows_like_kept(["old Town Square and Harbour Bridge stops"], ABOVE)
    assert not rows_like_kept(["Harbour Bridge"], ABOVE)
    assert not rows_like_kept([ROW], "Stadium stops open at the end of Septem-")
