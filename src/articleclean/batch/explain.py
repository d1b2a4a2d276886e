"""`articleclean explain`: each input line with what became of it.

Every piece of an Article knows the input lines it came from (`lines`), so
each line of a text dump can be marked kept (a paragraph), moved (title,
byline, dateline, caption, heading) or removed (reason and rule). For HTML
the pieces are listed in reading order instead, as the page has no lines
of its own to mark.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import click

from ..article import Article, Lines
from ..readers.text import split_lines

KEPT, MOVED, REMOVED = "kept", "moved", "removed"
_COLOURS = {KEPT: "green", MOVED: "cyan", REMOVED: "red"}
_RANK = {KEPT: 0, MOVED: 1, REMOVED: 2}
_WHAT_WIDTH = 38


@dataclass(frozen=True)
class Mark:
    verdict: str
    what: str
    """The field (title, caption …) or `reason (rule)` for removals."""
    text: str
    lines: Lines | None


def marks_of(article: Article) -> list[Mark]:
    marks: list[Mark] = []
    if article.title is not None:
        marks.append(Mark(MOVED, "title", article.title, article.title_lines))
    if article.byline:
        marks.append(Mark(MOVED, "byline", ", ".join(article.byline), article.byline_lines))
    if article.dateline is not None:
        marks.append(Mark(MOVED, "dateline", article.dateline.text, article.dateline.lines))
    for block in article.body:
        if block.kind == "heading":
            marks.append(Mark(MOVED, "heading", block.text, block.lines))
        else:
            marks.append(Mark(KEPT, "paragraph", block.text, block.lines))
    for caption in article.captions:
        what = f"caption, credit {caption.credit}" if caption.credit else "caption"
        marks.append(Mark(MOVED, what, caption.raw, caption.lines))
    for removal in article.removed:
        marks.append(
            Mark(REMOVED, f"{removal.reason.value} ({removal.rule})", removal.text, removal.lines)
        )
    return marks


@dataclass(frozen=True)
class LineVerdict:
    number: int
    text: str
    verdict: str | None
    """None for blank lines, and for a line no piece claims (which would be a bug)."""
    what: str


def explain_lines(text: str, article: Article) -> Iterator[LineVerdict]:
    """Each line of the input with its verdict; a line in several pieces (a dateline
    cut from its paragraph) lists them all, the paragraph's verdict first."""
    by_line: dict[int, list[Mark]] = {}
    for mark in marks_of(article):
        if mark.lines is None:
            continue
        for number in range(mark.lines[0], mark.lines[1] + 1):
            by_line.setdefault(number, []).append(mark)
    for number, line in enumerate(split_lines(text), start=1):
        marks = sorted(by_line.get(number, []), key=lambda m: _RANK[m.verdict])
        if not marks:
            yield LineVerdict(number, line, None, "" if not line.strip() else "unaccounted")
            continue
        what = " + ".join(m.what for m in marks)
        yield LineVerdict(number, line, marks[0].verdict, what)


def render_lines(verdicts: Iterator[LineVerdict]) -> Iterator[str]:
    for v in verdicts:
        if v.verdict is None and not v.what:
            yield f"{v.number:>5}"
            continue
        verdict = v.verdict or "??"
        label = click.style(f"{verdict:<7}", fg=_COLOURS.get(verdict, "yellow"), bold=True)
        what = click.style(f"{v.what:<{_WHAT_WIDTH}}", fg=_COLOURS.get(verdict, "yellow"))
        yield f"{v.number:>5} {label} {what} {_dim(v.text.strip())}"


def render_pieces(article: Article) -> Iterator[str]:
    """For inputs without line numbers (HTML): the pieces in reading order."""
    marks = marks_of(article)
    marks.sort(key=lambda m: (m.lines is None, m.lines or (0, 0)))
    for mark in marks:
        where = f"{mark.lines[0]}-{mark.lines[1]}" if mark.lines else "-"
        label = click.style(f"{mark.verdict:<7}", fg=_COLOURS[mark.verdict], bold=True)
        what = click.style(f"{mark.what:<{_WHAT_WIDTH}}", fg=_COLOURS[mark.verdict])
        yield f"{where:>9} {label} {what} {_dim(mark.text)}"


def render_totals(article: Article) -> str:
    marks = marks_of(article)
    counts = {verdict: sum(1 for m in marks if m.verdict == verdict) for verdict in _RANK}
    parts = [f"{n} {verdict}" for verdict, n in counts.items()]
    status = f"status {article.status}" + (f" ({article.message})" if article.message else "")
    return f"{status}; pieces: " + ", ".join(parts)


def _dim(text: str) -> str:
    return click.style(text, dim=True)
