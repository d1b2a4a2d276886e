"""Text dumps → segments: one per line, or one per hard-wrapped paragraph."""

from __future__ import annotations

from ..document import Document, Segment, normalise_space

# A paragraph is taken as hard-wrapped when its lines (all but the last) fill
# most of a column no wider than this; anything else is one segment a line,
# because scrapers put captions, menus and teasers on lines of their own.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40
_FILL_RATIO = 0.7


def split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them (\\r\\n, \\r and \\n all end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_text(text: str) -> Document:
    lines = split_lines(text)
    segments: list[Segment] = []
    group: list[tuple[int, str]] = []

    def flush() -> None:
        if not group:
            return
        if _is_hard_wrapped([line for _, line in group]):
            joined = normalise_space(" ".join(line for _, line in group))
            segments.append(Segment(joined, (group[0][0], group[-1][0])))
        else:
            for number, line in group:
                segments.append(Segment(normalise_space(line), (number, number)))
        group.clear()

    for number, line in enumerate(lines, start=1):
        if line.strip():
            group.append((number, line))
        else:
            flush()
    flush()
    return Document(segments=segments, source="text")


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    return all(w >= width * _FILL_RATIO for w in widths[:-1])
