"""The Markdown reader skips each inline pattern on a text without the characters it
cannot match without (`readers/markdown.py`, the note above `_ESCAPE`): held here on
random texts, so that a pattern changed to match without them fails here first."""

from __future__ import annotations

import random

import pytest

from articleclean.readers import markdown as reader

_ALPHABET = ["[", "]", "(", ")", "!", "*", "_", "<", ">", " ", "a", "/", "http://", "#", "\\"]
_ALPHABET += ["![a", "](/b)", "[![", "](", "]["]

_LITERALS = [
    ("_PICTURE", reader._PICTURE, ("![",)),
    ("_IMAGE", reader._IMAGE, ("![",)),
    ("_LINK", reader._LINK.pattern, ("](",)),
    ("_REFERENCE_LINK", reader._REFERENCE_LINK, ("][",)),
    ("_AUTOLINK", reader._AUTOLINK, ("<",)),
    ("_STRONG", reader._STRONG.pattern, ("**", "__")),
]


@pytest.mark.parametrize(("name", "pattern", "literals"), _LITERALS, ids=[x[0] for x in _LITERALS])
def test_no_match_without_its_literal(
    name: str, pattern: object, literals: tuple[str, ...]
) -> None:
    rnd = random.Random(name)
    found = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 16)))
        match = pattern.search(text)  # type: ignore[attr-defined]
        if match is not None:
            found += 1
            assert any(literal in text for literal in literals), (name, text)
    assert found  # (the texts do reach the pattern)


def test_reading_alike_with_the_literals_made_by_a_removal() -> None:
    # A picture taken out may join what stood around it into a new link's or
    # reference's marks: the skips are asked of the text as each step leaves it.
    assert reader.inline_text("[a]![x](p.png)[b] and [c][d]") == "a and c"
    assert reader.inline_text("!![x](a.png)[y](b.png)") == "!y"
    assert reader.link_targets("[a![x](p.png)](/b) c") == [("a", "/b")]
