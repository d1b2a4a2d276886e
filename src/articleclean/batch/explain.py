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

from ..article import Article
from ..pieces import Piece, pieces_by_line, pieces_of
from ..readers.text import split_lines

KEPT, MOVED, REMOVED = "kept", "moved", "removed"
_COLOURS = {KEPT: "green", MOVED: "cyan", REMOVED: "red"}
_RANK = {KEPT: 0, MOVED: 1, REMOVED: 2}
_WHAT_WIDTH = 38

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): printed raw they
# reorder the rest of the terminal line ("RLO" reverses it), the verdict and rule
# columns too, so the user reads another line than the input's. Shown escaped, as
# `\u202e`, in this terminal view only; the Article and its JSON keep them.
_BIDI_CONTROLS = str.maketrans(
    {code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
)


def _verdict(piece: Piece) -> str:
    """Kept (a body paragraph), removed, or moved to another field."""
    return piece.category if piece.category in (KEPT, REMOVED) else MOVED


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
    by_line = pieces_by_line(pieces_of(article))
    for number, line in enumerate(split_lines(text), start=1):
        pieces = sorted(by_line.get(number, []), key=lambda p: _RANK[_verdict(p)])
        if not pieces:
            yield LineVerdict(number, line, None, "" if not line.strip() else "unaccounted")
            continue
        what = " + ".join(p.what for p in pieces)
        yield LineVerdict(number, line, _verdict(pieces[0]), what)


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
    pieces = sorted(pieces_of(article), key=lambda p: (p.lines is None, p.lines or (0, 0)))
    for piece in pieces:
        where = f"{piece.lines[0]}-{piece.lines[1]}" if piece.lines else "-"
        verdict = _verdict(piece)
        label = click.style(f"{verdict:<7}", fg=_COLOURS[verdict], bold=True)
        what = click.style(f"{piece.what:<{_WHAT_WIDTH}}", fg=_COLOURS[verdict])
        yield f"{where:>9} {label} {what} {_dim(piece.text)}"


def render_totals(article: Article) -> str:
    verdicts = [_verdict(piece) for piece in pieces_of(article)]
    counts = {verdict: verdicts.count(verdict) for verdict in _RANK}
    parts = [f"{n} {verdict}" for verdict, n in counts.items()]
    status = f"status {article.status}" + (f" ({article.message})" if article.message else "")
    return visible_bidi(f"{status}; pieces: " + ", ".join(parts))


def visible_bidi(text: str) -> str:
    """`text` with its bidi controls shown escaped (see `_BIDI_CONTROLS`)."""
    return text.translate(_BIDI_CONTROLS)


def _dim(text: str) -> str:
    return click.style(visible_bidi(text), dim=True)
