"""`names._one_ascii_word`: a line of one ASCII word is no byline, told before the readings.

A guard for round 61 bylinespeed's pre-test in `_parse_byline_of` and `_prefixed_byline_of`:
one word outside ASCII (a name in Han, Hangul or kana glued to its prefix) is still read, and
so is an ASCII line of two words or more. Passes on main, as a speed change's guard does."""

import pytest

from articleclean.names import _one_ascii_word, parse_byline, prefixed_byline


@pytest.mark.parametrize(
    ("text", "names", "prefixed"),
    [
        # one word outside ASCII: a CJK name after its prefix, the Korean role form
        ("By:王小明", ["王小明"], True),
        ("文：山田太郎", ["山田太郎"], True),
        ("文/王小明", ["王小明"], True),
        ("홍길동기자", ["홍길동"], False),
        # ASCII lines of two words or more are read as before
        ("By Jane Doe", ["Jane Doe"], True),
        ("By 王小明", ["王小明"], True),
        # one ASCII word, whatever it glues: none
        ("By:Jane", None, False),
        ("ByJaneDoe", None, False),
        ("Home", None, False),
        (" Newsletter\t", None, False),
    ],
)
def test_one_word_lines_read_as_before(text: str, names: list[str] | None, prefixed: bool) -> None:
    assert parse_byline(text) == names
    assert parse_byline(text, may_hold_digit=False) == names
    assert prefixed_byline(text) is prefixed


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("Home", True),
        (" Home ", False),  # (read as before: the screen is a sufficient test)
        ("", True),
        ("By:Jane", True),
        ("Jane Doe", False),
        ("Jane\tDoe", False),
        ("Jane\x1fDoe", False),  # (an ASCII separator str.split cuts at)
        ("王小明", False),
        ("By\u00a0Jane", False),
    ],
)
def test_one_ascii_word(text: str, one: bool) -> None:
    assert _one_ascii_word(text) is one
