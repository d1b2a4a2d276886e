"""Guards for what the Markdown reader reads once and hands on (round 61 mdspeed3): the
document's links a line's block read, an item's line as `_line` read it, an item's mark
taken off by a prefix test. Each holds the shortcut to the reading it stands for, on
random Markdown-ish texts (fixed seeds), and fails if the shortcut is widened."""

from __future__ import annotations

import random

from articleclean.readers.markdown import (
    _BREAK,
    _BULLET,
    _ITEM_MARK,
    _ORDERED,
    _block_text,
    _is_pictures,
    _item_shown,
    _unmarked_text,
    emphasis_across_lines,
    link_targets,
    links_across_lines,
    read_markdown,
)
from articleclean.readers.text import split_lines

_PIECES = (
    "- ", "* ", "+ ", "1. ", "2) ", "# ", "> ", "[", "]", "(", ")", "](", "![", "](/a)",
    "](https://x.y/z)", "[a](/b)", "![p](/i.png)", "[![p](/i.png)](/l)", "**", "__", "*",
    "_", "`", "```", "\\", "<", "<https://a.b>", "[r][1]", "[1]: /x", "|", "| a |", "---",
    "***", "===", "   ", "\t", "word", "Home", "By Jane Doe", "3", "\n", "\n", "\n\n", " ",
    "/tag/x", "#", "Title: T\nURL Source: u\nMarkdown Content:\n",
)  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 50))) for _ in range(count)]


def test_document_links_are_each_lines_link_targets() -> None:
    # (fails if `_add` hands on the links of a block of several lines or with pictures)
    for text in _texts(61, 4000):
        lines = split_lines(text)
        if "](" in text:
            lines = links_across_lines(lines)
        if "**" in text:
            lines = emphasis_across_lines(lines)
        expected = [
            {"text": words, "url": target, "line": number}
            for number, line in enumerate(lines, start=1)
            if "](" in line
            for words, target in link_targets(line)
        ]
        assert read_markdown(text).metadata.get("links", []) == expected, text


def test_an_items_line_shows_what_block_text_reads() -> None:
    # (an item's line as `_Reader._line` takes it: its mark matched, no rule, no pictures)
    asked = 0
    for text in _texts(62, 4000):
        for line in text.split("\n"):
            first = line.lstrip()[:1]
            if first in "*+-" and first:
                mark = _BULLET.match(line)
            elif first.isdigit():
                mark = _ORDERED.match(line)
            else:
                continue
            if mark is None or _BREAK.match(line) or _is_pictures(line):
                continue
            asked += 1
            assert _item_shown(line, mark) == _block_text(line, first)[0], line
    assert asked > 500


def test_an_items_mark_is_taken_off_as_its_pattern_does() -> None:
    rng = random.Random(63)
    alphabet = ["-", " ", "1", "9", ".", "a", "\u0663", "\u00b2", "\u2167", "- ", "1. ", "12. "]
    for _ in range(100_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert _unmarked_text(text) == _ITEM_MARK.sub("", text, count=1), text
