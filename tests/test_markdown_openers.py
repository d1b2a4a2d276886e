"""Guards for the Markdown reader's first-character dispatch (round 60, mdspeed2).

`_line`, `span_text`, `_is_raw` and `_block_text` ask a block pattern only when the line's
first character other than whitespace is one its mark opens with (`_BLOCK_OPENERS` and the
narrower sets). These fail if a pattern is changed to match from another character (a
wider indent class, a new mark) without its opener being added: the reading would then
differ from the pattern's."""

from __future__ import annotations

import random
import re

import pytest

from articleclean.readers import markdown as md

# (each pattern the dispatch skips, and the characters it may be asked for)
_GATED: list[tuple[str, re.Pattern[str], frozenset[str]]] = [
    ("_SETEXT", md._SETEXT, md._SETEXT_OPENERS),
    ("_BREAK", md._BREAK, md._BREAK_OPENERS),
    ("_ATX", md._ATX, frozenset("#")),
    ("_LINKED_HEADING", md._LINKED_HEADING, frozenset("[")),
    ("_DEFINITION", md._DEFINITION, frozenset("[")),
    ("_TABLE_ROW", md._TABLE_ROW, frozenset("|")),
    ("_TABLE_DELIMITER", md._TABLE_DELIMITER, frozenset("|")),
    ("_BULLET", md._BULLET, md._BULLET_OPENERS),
    ("_QUOTE", md._QUOTE, frozenset(">")),
    ("_FENCE", md._FENCE, frozenset("`~")),
]
_ALPHABET = " \t\u00a0\u2003ab1٣#*-_+=>|[]()!`~:.\\"


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 12))) for _ in range(count)]


@pytest.mark.parametrize(("name", "pattern", "openers"), _GATED, ids=[g[0] for g in _GATED])
def test_pattern_matches_only_from_its_openers(
    name: str, pattern: re.Pattern[str], openers: frozenset[str]
) -> None:
    assert openers <= md._BLOCK_OPENERS, name
    for line in _lines(sum(map(ord, name)), 30_000):
        first = line.lstrip()[:1]
        if first not in openers:
            assert pattern.match(line) is None, (name, line)


def test_ordered_matches_only_from_a_digit() -> None:
    for line in _lines(7, 30_000):
        if not line.lstrip()[:1].isdigit():
            assert md._ORDERED.match(line) is None, line


def test_item_heading_only_from_a_hash() -> None:
    # (`_item_text` asks `_ATX` only of a rest opening with "#")
    for line in _lines(11, 30_000):
        for pattern in (md._BULLET, md._ORDERED):
            item = pattern.match(line)
            if item is not None and line[item.end() :][:1] != "#":
                assert md._ATX.match(line[item.end() :]) is None, line
