"""Linear searches for the Markdown reader's two patterns that backtrack (a link, a bold span).

`_LINK` reads a link's text as any characters and whole "[…]" pairs, and `_STRONG` a bold
span as the fewest characters before the same closing mark: from each opener, with
nothing to close it, the search runs to the end of the text or line, quadratic in a run
of openers (100,000 "[a][" took 40 s a dump, 100,000 "**a " ~4 s; bench/notes.md, round
59 robust3 and mdlink). Narrower patterns change what real dumps read (a link around a
linked picture, an alt text holding "[…]", "****bold****"), so each pattern stays as it
is and a scan finds, in one pass, the openers from which it matches: the pattern is then
matched at those alone, and the matches (and so the reading) are the pattern's own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator

# Below this many openers in a text, the pattern searches it: each opener's search costs
# at most the text's length, so a few of them cost a few passes (and save the scan's
# Python steps on the common text).
FEW_OPENERS = 32

_BRACKET = re.compile(r"[\[\]]")


def link_starts(text: str, tail: re.Pattern[str]) -> Iterator[int]:
    """Each "[" from which `\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)` + `tail` matches, in order.

    From an opener the text's characters and "[…]" pairs (a "[" to the next "]") are read
    one way only, so the run they make ends at one place; there, and nowhere short of it
    (a character or a "[" stands at each earlier stop), the link's "](" must follow. The
    run from an opener goes on as the run from the "]" that closes its next "[…]" pair:
    read from the last bracket back, each bracket's run end is found once."""
    brackets = [(m.start(), m.group()) for m in _BRACKET.finditer(text)]
    count = len(brackets)
    # ends[i]: the "]" (its place) that ends the run after bracket i, or -1 (none)
    ends = [-1] * count
    next_close = -1  # the index of the first "]" after bracket i + 1
    for i in range(count - 2, -1, -1):
        place, mark = brackets[i + 1]
        if mark == "]":
            next_close = i + 1
            ends[i] = place
        elif next_close != -1:
            ends[i] = ends[next_close]
    tails: dict[int, bool] = {}
    for i, (place, mark) in enumerate(brackets):
        end = ends[i]
        if mark != "[" or end == -1:
            continue
        if end not in tails:
            tails[end] = tail.match(text, end) is not None
        if tails[end]:
            yield place


def strong_starts(text: str) -> Iterator[int]:
    """Each place from which `(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1` matches, in order: a mark
    before a non-space, and the same mark after a non-space, at least a character on and
    before the line's end."""
    closes: dict[str, list[int]] = {"**": [], "__": []}
    for m in _CLOSE.finditer(text):
        closes[m.group(1)].append(m.start())
    for m in _OPEN.finditer(text):
        place = m.start()
        places = closes[m.group(1)]
        k = bisect_left(places, place + 3)
        if k == len(places):
            continue
        line_end = text.find("\n", place + 2)
        if line_end == -1 or places[k] < line_end:
            yield place


_OPEN = re.compile(r"(?=(\*\*|__)\S)")
_CLOSE = re.compile(r"(?<=\S)(?=(\*\*|__))")


class ScannedPattern:
    """`pattern`'s sub, finditer and findall, matched only where `starts` finds it does when
    a text holds more than `FEW_OPENERS` of `opener`: the same matches in linear time."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        starts: Callable[[str], Iterator[int]],
        openers: tuple[str, ...],
    ) -> None:
        self.pattern = pattern
        self._starts = starts
        self._openers = openers

    def _scanned(self, text: str) -> bool:
        # (a loop, not sum() over a generator: asked of every text the reader reads
        # inline, the generator's frames cost more than the counts, round 60)
        count = 0
        for opener in self._openers:
            count += text.count(opener)
        return count > FEW_OPENERS

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self._scanned(text):
            yield from self.pattern.finditer(text)
            return
        done = 0
        for start in self._starts(text):
            if start < done:
                continue
            match = self.pattern.match(text, start)
            if match is not None:
                done = match.end()
                yield match

    def findall(self, text: str) -> list[object]:
        if not self._scanned(text):
            return self.pattern.findall(text)
        groups = self.pattern.groups
        if groups > 1:
            return [m.groups() for m in self.finditer(text)]
        return [m.group(groups) for m in self.finditer(text)]

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        if not self._scanned(text):
            return self.pattern.sub(repl, text)
        pieces: list[str] = []
        done = 0
        for match in self.finditer(text):
            pieces.append(text[done : match.start()])
            pieces.append(repl(match) if callable(repl) else match.expand(repl))
            done = match.end()
        pieces.append(text[done:])
        return "".join(pieces)
