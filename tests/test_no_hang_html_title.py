"""A page's `<title>` of many parts costs time in its length, not its square or cube
(hang guard), and the headline search reads the runs and sides of a title as the
readings it replaced (every run's words listed, every side joined and read again).

The cleaning case runs in a child process with a wall bound: the bound only catches a
hang (the run listing was cubic in the title's parts: 1,200 parts of "A | " took 38 s
of CPU on main, then `timeout`; 20,000 parts would take days), it asserts no speed."""

from __future__ import annotations

import random
import textwrap

from articleclean.lexicon import title_parts
from articleclean.readers.html_title import (
    _split_title,
    _title_at_h1_end,
    _without_side,
    _words_of_a_run,
)
from articleclean.readers.html_words import word_set
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    from articleclean import clean_html

    prose = "The council met on Monday to discuss the budget for next year. " * 5
    shapes = [
        ("Budget | " * 20_000, "<h2>Budget</h2>"),
        ("Town Council | " * 20_000, "<h2>Town Council</h2>" * 10),
        ("Site | " * 20_000, "<a href='/'>Site</a>" * 100),
        ("Council: " * 20_000, "<h1>Council sets the budget</h1>"),
    ]
    for title, top in shapes:
        html = (
            "<html><head><title>" + title + "</title></head><body>" + top
            + "<article><p>" + prose + "</p><p>" + prose + "</p></article></body></html>"
        )
        article = clean_html(html)
        print(article.status)
    """
)


def test_a_title_of_many_parts_is_no_hang() -> None:
    done = run_in_child(_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    # main ran past its time: its reading ended with status timeout, when it ended
    assert done.stdout.split() == ["ok"] * 4, done.stdout[-2000:]


def _old_runs(parts: list[str]) -> set[frozenset[str]]:
    return {
        word_set(" ".join(parts[start:end]))
        for start in range(len(parts))
        for end in range(start + 1, len(parts) + 1)
        if end - start < len(parts)
    }


def _old_without_side(parts: list[str], separators: list[str], words: frozenset[str]) -> str | None:
    from articleclean.readers.html_title import _joined
    from articleclean.readers.html_words import clean_spaces

    if not words:
        return None
    for cut in range(1, len(parts)):
        before, after = parts[:cut], parts[cut:]
        if words == word_set(" ".join(after)):
            return clean_spaces(_joined(before, separators[: cut - 1]))
        if words == word_set(" ".join(before)):
            return clean_spaces(_joined(after, separators[cut:]))
    return None


_PIECES = [
    "A",
    "B",
    "c",
    "A B",
    "2023",
    "-",
    "|",
    " | ",
    " - ",
    "：",
    " : ",
    "x:",
    "é",
    "  ",
    " – ",
]


def _text(chooser: random.Random, most: int) -> str:
    count = chooser.randint(0, most)
    return "".join(chooser.choice(_PIECES) + chooser.choice(["", " "]) for _ in range(count))


def test_runs_and_sides_read_as_the_readings_they_replaced() -> None:
    chooser = random.Random(61)
    found = {"run": 0, "side": 0}
    for _ in range(5_000):
        title, printed = _text(chooser, 14), _text(chooser, 6)
        words = word_set(printed)
        parts = title_parts(title, at_glued_colons=True)
        old = words in _old_runs(parts)
        found["run"] += old
        assert _words_of_a_run(words, [word_set(part) for part in parts]) is old, (title, printed)
        parts, separators = _split_title(title)
        old_side = _old_without_side(parts, separators, words)
        found["side"] += old_side is not None
        part_words = [word_set(part) for part in parts]
        assert _without_side(parts, separators, part_words, words) == old_side, (title, printed)
    assert min(found.values()) > 100  # the sample holds answers, not only refusals


def test_the_h1_end_reads_the_title_words_of_each_run() -> None:
    # "Kultur | Erinnerung an die Opfer des Holocaust": the h1 prints the longest part
    # after a kicker of fewer words, so the title's part is its headline.
    h1 = [["Gedenktag Erinnerung an die Opfer des Holocaust"]]
    title = "Textarchiv - Erinnerung an die Opfer des Holocaust"
    assert _title_at_h1_end(h1, title, frozenset()) == "Erinnerung an die Opfer des Holocaust"
    assert _title_at_h1_end([["Erinnerung an die Opfer"]], title, frozenset()) is None
