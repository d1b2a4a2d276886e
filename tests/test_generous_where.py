"""bench/generous_dumps.py `--where`: kept `without` segments placed against the kept
`with` lines, lost `with` segments named by where they went."""

from __future__ import annotations

from bench.corpus import Page
from bench.dumps import Dump
from bench.generous_dumps import misses_of

from articleclean.article import Article, Block, Reason, Removal

TITLE = "Harbour board backs the new ferry timetable"
FIRST = "The harbour board approved the new ferry timetable on Monday after months of talks."
SECOND = "Islanders had asked for an earlier boat on weekdays, which the board granted."
LAST = "The timetable starts in March and will be reviewed after the summer season."
TEXT = "\n".join(
    [
        TITLE,
        "",
        "News | Harbour",
        FIRST,
        "Read also: Storm closes the north pier",
        SECOND,
        "Photo: Harbour office",
        LAST,
        "Subscribe to our weekly newsletter",
        "",
    ]
)


def _dump(with_: tuple[str, ...], without: tuple[str, ...]) -> Dump:
    return Dump(Page("https://example.org/ferry", "ferry.html", b"", with_, without), TEXT)


def test_kept_junk_is_placed_above_among_or_after_the_kept_article() -> None:
    dump = _dump(
        (FIRST, SECOND, LAST),
        ("News | Harbour", "Storm closes the north pier", "weekly newsletter"),
    )
    body = [
        Block("paragraph", line, (n, n))
        for n, line in enumerate(TEXT.split("\n"), start=1)
        if line and line != TITLE and line != "Photo: Harbour office"
    ]
    misses, never = misses_of(dump, Article(title=TITLE, body=body))
    assert never == 0
    assert [(m.kept, m.place, m.segment) for m in misses] == [
        (True, "above", "News | Harbour"),
        (True, "among", "Storm closes the north pier"),
        (True, "after", "weekly newsletter"),
    ]


def test_a_lost_article_line_is_named_by_the_rule_or_field_that_took_it() -> None:
    dump = _dump((TITLE, FIRST, SECOND, LAST, "an earlier bus"), ())
    body = [Block("paragraph", FIRST, (4, 4)), Block("paragraph", LAST, (8, 8))]
    removed = [Removal(Reason.RELATED_TEASER, "teaser_blurb", SECOND, (6, 6))]
    misses, never = misses_of(dump, Article(title=TITLE, body=body, removed=removed))
    # The headline moved to the title; the second paragraph went to a rule; a segment the
    # dump never holds is counted apart, not as a miss.
    assert [(m.kept, m.place) for m in misses] == [(False, "(title)"), (False, "teaser_blurb")]
    assert never == 1


def test_with_no_article_line_kept_every_kept_line_is_placed_apart() -> None:
    dump = _dump((FIRST,), ("weekly newsletter",))
    body = [Block("paragraph", "Subscribe to our weekly newsletter", (9, 9))]
    misses, _ = misses_of(dump, Article(title=TITLE, body=body))
    assert [(m.kept, m.place) for m in misses] == [(True, "no with kept"), (False, "(elsewhere)")]
