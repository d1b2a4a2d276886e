"""`bare_names`, `parse_byline` and `prefixed_byline` answer from a cache of their texts' answers
(`names._BYLINE_ANSWERS_KEPT`): the same answer as worked out afresh, and a fresh list
each time, so that a caller changing its list changes no later answer."""

from __future__ import annotations

import pytest

from articleclean import names

_BYLINES = [
    "By Maria Keller and Tom Brandt",
    "Von Redakteurin Anna Lindqvist",
    "Jonas Weber, 03.11.2023 15:32 Uhr",
    "Claire Dubois | Reuters",
    "Home",
    "Sport und Freizeit",
    "Die Stadt plant eine neue Brücke über den Fluss.",
]


@pytest.mark.parametrize("text", _BYLINES)
def test_cached_answers_match_fresh_ones(text: str) -> None:
    for _ in range(2):  # the second answer comes from the cache
        bare = names._bare_names_of.__wrapped__(text)
        assert names.bare_names(text) == (None if bare is None else list(bare))
        for digits in (True, False):
            if not digits and any(c.isdigit() for c in text):
                continue  # (the flag says the text holds no digit: only then False)
            parsed = names._parse_byline_of.__wrapped__(text, digits)
            assert names.parse_byline(text, digits) == (None if parsed is None else list(parsed))
            prefixed = names._prefixed_byline_of.__wrapped__(text, digits)
            assert names.prefixed_byline(text, digits) is prefixed


def test_a_changed_list_changes_no_later_answer() -> None:
    first = names.parse_byline("By Maria Keller and Tom Brandt")
    assert first == ["Maria Keller", "Tom Brandt"]
    first.append("Someone Else")
    first[0] = "Changed"
    assert names.parse_byline("By Maria Keller and Tom Brandt") == ["Maria Keller", "Tom Brandt"]

    bare = names.bare_names("Jonas Weber und Lena Hoff")
    assert bare == ["Jonas Weber", "Lena Hoff"]
    bare.clear()
    assert names.bare_names("Jonas Weber und Lena Hoff") == ["Jonas Weber", "Lena Hoff"]


def test_each_call_gets_its_own_list() -> None:
    one = names.bare_names("Jonas Weber und Lena Hoff")
    two = names.bare_names("Jonas Weber und Lena Hoff")
    assert one == two and one is not two
