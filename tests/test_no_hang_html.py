"""An HTML page's long line of table borders costs time in its length, not its square
(hang guard), and `html_empty_row` reads the lines the pattern it replaced read.

The cleaning case runs in a child process with a wall bound: the bound only catches a
hang (the pattern that placed one bar, `^[…]*\\|[…]*$`, tried each bar of a long line of
bars before a letter: 400,000 characters take many minutes), it asserts no speed."""

from __future__ import annotations

import random
import re
import textwrap

from articleclean.rules.html import _empty_row
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    from articleclean import clean_html

    bars = "| " * 200_000 + "x"
    prose = "The council met on Monday to discuss the budget for next year. " * 5
    html = (
        "<html><head><title>Budget</title></head><body><article>"
        "<h1>Council sets the budget</h1><p>" + prose + "</p><p>" + bars + "</p>"
        "<p>" + prose + "</p></article></body></html>"
    )
    print(clean_html(html).status)
    """
)


def test_a_long_line_of_bars_is_no_hang() -> None:
    done = run_in_child(_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]


_OLD_EMPTY_ROW = re.compile(r"^[\s|\u200b-\u200d\u2060\ufeff]*\|[\s|\u200b-\u200d\u2060\ufeff]*$")


def test_the_empty_row_reads_as_the_pattern_it_replaced() -> None:
    alphabet = [" ", "|", "\n", "\t", "\u200b", "\u200d", "\u2060", "\ufeff", "x", "\u00a0"]
    chooser = random.Random(60)
    matched = 0
    for _ in range(40_000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 10)))
        old = _OLD_EMPTY_ROW.match(text) is not None
        matched += old
        assert _empty_row(text) is old, repr(text)
    assert matched > 1_000  # the sample holds empty rows, not only text
