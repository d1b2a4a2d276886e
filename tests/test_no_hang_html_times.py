"""A page of many `<time>` elements side by side costs time in their number, not its
square (hang guard): the stamp rows' search read the parent's whole text again for each
of its times (10,000 times 7.7 s, 150,000 many minutes). The case runs in a child with a
wall bound that only catches a hang; it asserts no speed."""

from __future__ import annotations

import textwrap

from articleclean.readers.html_parse import parse_html
from articleclean.readers.html_stamp_rows import stamp_row_keys
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_parse import parse_html
    from articleclean.readers.html_stamp_rows import stamp_row_keys

    times = "".join(f"<time>May {n % 28 + 1}, 2020</time>" for n in range(150_000))
    page = "<html><body><p>The council met on Monday.</p>" + times + "</body></html>"
    print(len(stamp_row_keys(parse_html(page))))
    """
)


def test_many_times_side_by_side_are_no_hang() -> None:
    done = run_in_child(_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["0"]  # the body holds a paragraph: no row of facts


def test_rows_shared_by_times_are_read_once_with_the_same_keys() -> None:
    page = (
        "<html><body><p>Text.</p><span>Publié le <time>5 mai</time> · Mis à jour le "
        "<time>6 mai</time> <b>Par Ana</b></span></body></html>"
    )
    assert stamp_row_keys(parse_html(page)) == frozenset({"publiélemisàjourleparana", "parana"})
