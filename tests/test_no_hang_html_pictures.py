"""A page of many pictures side by side costs time in their number, not its square
(hang guard), and the slide test counts a box's children as `len` does.

The slide galleries' search asked `len()` of each picture's parent, and lxml counts
children by walking them: a body of 30,000 pictures was walked once a picture (31 s;
150,000 pictures many minutes). The case runs in a child with a wall bound that only
catches a hang; it asserts no speed."""

from __future__ import annotations

import random
import textwrap

import lxml.html

from articleclean.readers.html_hints import _children_up_to
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    from articleclean import clean_html

    prose = "The council met on Monday to discuss the budget for next year. " * 5
    pictures = "".join(f"<img src='/p{n}.jpg' alt='Picture {n}'>" for n in range(150_000))
    html = (
        "<html><head><title>Budget</title></head><body><p>" + prose + "</p>"
        + pictures + "</body></html>"
    )
    print(clean_html(html).status)
    """
)


def test_a_body_of_many_pictures_is_no_hang() -> None:
    done = run_in_child(_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok"]


def test_children_are_counted_as_len_counts_them() -> None:
    pieces = ["<p>x</p>", "<!-- a comment -->", "<?pi x?>", "text", "<b>y</b>", "&amp;", "<img>"]
    chooser = random.Random(61)
    for _ in range(2_000):
        body = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12)))
        box = lxml.html.fromstring(f"<html><body><div>{body}</div></body></html>").find(".//div")
        for most in (0, 1, 2, 8):
            assert _children_up_to(box, most) == min(len(box), most + 1)
