"""Short lines a byline's names or a photo credit's paper could be read from cost time in
their length, not a power of it (hang guards, round 60), and what was rewritten reads as
before.

The cleaning cases run in a child process with a wall bound: the bound only catches a
hang (the old readings took a minute on a 110-character line of names glued to "and", 7 s
on each 230-character caption ending in capitals), it asserts no speed."""

from __future__ import annotations

import random
import re
import textwrap

import pytest

from articleclean import names
from articleclean.rules import credits
from hang_guard import run_in_child

_CHILD = textwrap.dedent(
    """
    import sys
    from articleclean import clean_text

    kind, count = sys.argv[1], int(sys.argv[2])
    if kind == "glued_and":
        # names glued to "and" before a wire or a bar, the last word not a name
        lines = ["Xand" * count + "X x, Reuters", "Xand" * count + "X x | AP"]
    else:
        # captions ending in a bracket of a name, a slash and a run of capitals that no
        # ")" closes (each line its own: the credit reader keeps its last answer)
        lines = [
            "The flood came. (Ab Cd/" + "A" * count + chr(66 + n % 20) + "!)"
            for n in range(40)
        ]
    text = (
        "Storm floods the valley\\n\\nThe storm hit the valley at dawn and people left.\\n\\n"
        + "\\n\\n".join(lines)
        + "\\n\\nThe river rose for two days before it fell again.\\n"
    )
    print(clean_text(text).status)
    """
)


@pytest.mark.parametrize(
    ("kind", "count"),
    [
        # `_NAMES_HEAD` tried every split of the words glued to "and" (2ⁿ: 24 took a minute)
        ("glued_and", 60),
        # `(?:[A-Z][\w.&'-]*\s?){1,4}` cut a run of capitals every way (~n³)
        ("capitals", 225),
    ],
)
def test_a_short_hostile_line_is_no_hang(kind: str, count: int) -> None:
    done = run_in_child(_CHILD, kind, str(count))
    assert done.returncode == 0, done.stderr[-2000:]


def _texts(pieces: list[str], seed: int, count: int) -> list[str]:
    chooser = random.Random(seed)
    return [
        "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12))) for _ in range(count)
    ]


def _found(match: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if match is None else (match.re, match.span(), match.group("names"))


def test_the_names_read_once_as_the_pattern_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every line read both ways: the screen asked whatever its count of "and"s
    monkeypatch.setattr(names, "_GLUED_ANDS_BACKTRACKED", -1)
    head = re.compile(names._NAMES_HEAD.removeprefix("^"))
    pieces = ["X", "Xand", "and", " and ", "A5", "Þ", "é", "x", " ", "  ", "\t", ",", ", "]
    pieces += ["&", " & ", " van ", " de", "De", "O'", "-", ".", "|", " | ", "Reuters", "AP"]
    pieces += ["Б", "_", "1", "\n", "\u00a0"]
    texts = _texts(pieces, 5, 40_000)
    read = {t for t in texts if head.fullmatch(t.rstrip())}
    assert len(read) > 1_000  # (the sample holds names)
    assert [t for t in texts if names._names_list_read(t.rstrip()) != (t in read)] == []
    for text in texts:
        assert _found(names._names_bar_wire(text)) == _found(names._NAME_BAR_WIRE.match(text))
        piped = names._NAME_PIPE_AGENCY.match(text) if "|" in text else None
        if piped is None and "," in text:
            monkeypatch.setattr(names, "_GLUED_ANDS_BACKTRACKED", 10**9)
            piped = names._names_comma_wire(text)  # (its wire screen as it was)
            monkeypatch.setattr(names, "_GLUED_ANDS_BACKTRACKED", -1)
        assert _found(names._names_and_agency(text)) == _found(piped), text


_OLD_PAPER_CREDIT = re.compile(
    r"(?:^|(?<=[.!?]\s))\((?P<credit>[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){1,2}\s?/\s?"
    r"(?:[A-Z][\w.&'-]*\s?){1,4})\)$"
)


def test_the_paper_credit_reads_as_before() -> None:
    (new,) = [
        form.pattern
        for form in credits._TRAILING_CREDITS
        if form.pattern.pattern.startswith(_OLD_PAPER_CREDIT.pattern[:40])
    ]
    pieces = ["A", "Ab", "Cd", "Ab ", "Cd ", " ", "x", "  ", "\t", "/", " / ", "(", ")", "."]
    pieces += [". ", "!", "&", "'", "-", "é", "\n", "Boston", "Herald", "5", "_"]
    chooser = random.Random(9)
    texts = [
        chooser.choice(["", "The flood. ", "(Ab Cd/ "]) + text + chooser.choice(["", ")", ")\n"])
        for text in _texts(pieces, 9, 40_000)
    ]

    def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
        return [(*found.span(), found["credit"]) for found in pattern.finditer(text)]

    assert [t for t in texts if spans(new, t) != spans(_OLD_PAPER_CREDIT, t)] == []
    assert sum(bool(_OLD_PAPER_CREDIT.search(t)) for t in texts) > 100
