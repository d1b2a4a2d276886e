"""An article's pieces, each with what became of it and the input lines it came from.

`articleclean explain` (batch/explain.py) and its HTML report (explain_html.py)
both mark each input line with the pieces it went into; this is the one list of
those pieces they share, each rendering it in its own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .article import Article, Lines

CATEGORIES = ("kept", "heading", "title", "byline", "dateline", "caption", "removed")
"""What became of a piece: a body paragraph kept, moved to a field, or removed."""


@dataclass(frozen=True)
class Piece:
    category: str
    """One of CATEGORIES."""
    what: str
    """The piece in words: "paragraph", the field ("title", "caption, credit X" …),
    or `reason (rule)` for a removal."""
    text: str
    lines: Lines | None
    reason: str | None = None
    rule: str | None = None


def pieces_of(article: Article) -> list[Piece]:
    """Every piece of `article`: title, byline, dateline, body, captions, removals."""
    pieces: list[Piece] = []
    if article.title is not None:
        pieces.append(Piece("title", "title", article.title, article.title_lines))
    if article.byline:
        pieces.append(Piece("byline", "byline", ", ".join(article.byline), article.byline_lines))
    if article.dateline is not None:
        dateline = article.dateline
        pieces.append(Piece("dateline", "dateline", dateline.text, dateline.lines))
    for block in article.body:
        if block.kind == "heading":
            pieces.append(Piece("heading", "heading", block.text, block.lines))
        else:
            pieces.append(Piece("kept", "paragraph", block.text, block.lines))
    for caption in article.captions:
        what = f"caption, credit {caption.credit}" if caption.credit else "caption"
        pieces.append(Piece("caption", what, caption.raw, caption.lines))
    for removal in article.removed:
        reason = removal.reason.value
        what = f"{reason} ({removal.rule})"
        pieces.append(Piece("removed", what, removal.text, removal.lines, reason, removal.rule))
    return pieces


def pieces_by_line(pieces: Iterable[Piece]) -> dict[int, list[Piece]]:
    """The pieces each input line went into (a line cut in two, a dateline and its
    paragraph, is in both), by line number; pieces without lines are left out."""
    by_line: dict[int, list[Piece]] = {}
    for piece in pieces:
        if piece.lines is None:
            continue
        for number in range(piece.lines[0], piece.lines[1] + 1):
            by_line.setdefault(number, []).append(piece)
    return by_line
