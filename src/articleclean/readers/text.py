"""Text dumps → segments: one per line, or one per hard-wrapped paragraph."""

from __future__ import annotations

from ..document import Document, Segment, normalise_space
from ..lexicon import LIST_ROW, SENTENCE_END

# A paragraph is taken as hard-wrapped when its lines (all but the last) fill
# most of a column no wider than this; anything else is one segment a line,
# because scrapers put captions, menus and teasers on lines of their own.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40
_FILL_RATIO = 0.7
# A label that introduces what follows ("Mehr Themen:", "Read more:", "Suche nach:"):
# a few words ending in a colon.
_LABEL_MAX_WORDS = 5


def split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them (\\r\\n, \\r and \\n all end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_text(text: str) -> Document:
    lines = split_lines(text)
    segments: list[Segment] = []
    start = -1  # where the run of non-blank lines being read began (-1: none yet)
    for index, line in enumerate(lines):
        # (`isspace` is what `strip` removes: no stripped copy of every line)
        if line and not line.isspace():
            if start < 0:
                start = index
        elif start >= 0:
            _add_paragraph(segments, lines, start, index)
            start = -1
    if start >= 0:
        _add_paragraph(segments, lines, start, len(lines))
    return Document(segments=segments, source="text")


def _add_paragraph(segments: list[Segment], lines: list[str], start: int, stop: int) -> None:
    """The segments of the non-blank lines[start:stop]: one, if hard-wrapped; else one a line."""
    if stop - start == 1:  # most paragraphs of a dump: a line of its own
        segments.append(Segment(normalise_space(lines[start]), (start + 1, start + 1), spaced=True))
        return
    group = lines[start:stop]
    if _is_hard_wrapped(group):
        if _is_label_after_sentence(group[-2], group[-1]):
            # A heading under the paragraph, not its last line: the lines above
            # are read on their own (still wrapped, if more than one), the label alone.
            _add_paragraph(segments, lines, start, stop - 1)
            segments.append(Segment(normalise_space(lines[stop - 1]), (stop, stop), spaced=True))
            return
        segments.append(Segment(normalise_space(" ".join(group)), (start + 1, stop), spaced=True))
        return
    for number, line in enumerate(group, start=start + 1):
        segments.append(Segment(normalise_space(line), (number, number), spaced=True))


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    widths = [len(line.rstrip()) for line in lines]
    width = max(widths)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    if _is_list(lines):
        return False
    return all(w >= width * _FILL_RATIO for w in widths[:-1])


def _is_list(lines: list[str]) -> bool:
    """Items of a list, one a line ("- RE 10 nach Cottbus …" over "- RB 22 nach …"): the
    first line and another open with a list's mark, where a wrapped paragraph's lines go
    on from each other."""
    return LIST_ROW.match(lines[0].lstrip()) is not None and any(
        LIST_ROW.match(line.lstrip()) is not None for line in lines[1:]
    )


def _is_label_after_sentence(line: str, last: str) -> bool:
    """`last` is a short label ending in a colon ("Mehr Themen:", "Lire aussi :") right
    after a sentence's end: no wrapped paragraph ends that way (a wrap goes on
    mid-sentence, "… used these three classes of" over "advice as follows:")."""
    label = last.strip()
    return (
        label.endswith(":")
        and len(label.split()) <= _LABEL_MAX_WORDS
        and not label[:1].islower()
        and SENTENCE_END.search(line.rstrip()) is not None
    )
