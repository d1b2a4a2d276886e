"""The Markdown reader's link and bold searches find what their patterns find.

`markdown_scan` finds where each pattern matches without its backtracking; these
compare, on every short string over the marks' alphabet drawn here, the scanned
matches with the pattern's own (a guard: a scan that missed or added a match fails)."""

from __future__ import annotations

import random

import pytest

from articleclean.readers import markdown, markdown_scan

_ALPHABET = [*"[]()!*_ a\n", "/", "**", "__", "](", "](/", "![", "[a]", "http://x", '"t"']


@pytest.fixture
def always_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markdown_scan, "FEW_OPENERS", -1)


@pytest.mark.parametrize("name", ["_LINK", "_STRONG"])
@pytest.mark.usefixtures("always_scanned")
def test_scanned_matches_are_the_patterns_own(name: str) -> None:
    scanned = getattr(markdown, name)
    rng = random.Random(59)
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        expected = [(m.span(), m.groups()) for m in scanned.pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scanned.finditer(text)] == expected, text
        assert scanned.findall(text) == scanned.pattern.findall(text), text
        assert scanned.sub(r"<\2>", text) == scanned.pattern.sub(r"<\2>", text), text


@pytest.mark.usefixtures("always_scanned")
def test_real_links_and_bold_read_the_same_scanned() -> None:
    # the shapes narrower patterns read otherwise (bench/notes.md, round 59 robust3)
    text = (
        "[[![alt](/a.jpg)](/a)](/a) [pic ![x [1]](/b.png)](/b) ****bold**** "
        "[Mercury_(planet)](/wiki/Mercury_(planet)) __under__ **a **b** c**"
    )
    for scanned in (markdown._LINK, markdown._STRONG):
        assert scanned.sub(" ", text) == scanned.pattern.sub(" ", text)
    # (main 3e088ab's reading, the patterns' own)
    expected = " pic ![x [1]](/b) **bold** Mercury_(planet) under a **b c**"
    assert markdown.inline_text(text) == expected
