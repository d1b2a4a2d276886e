"""bench/generous_dumps.py `--where`: kept `without` segments placed against the kept
`with` lines, lost `with` segments named by where they went."""

from __future__ import annotations

from bench.corpus import Page
from bench.dumps import Dump
from bench.generous_dumps import Miss, context_of, misses_of, summary

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


def test_context_shows_the_lines_around_a_miss_with_their_marks_and_fates() -> None:
    dump = _dump((TITLE, FIRST, SECOND, LAST), ("Storm closes the north pier",))
    body = [
        Block("paragraph", FIRST, (4, 4)),
        Block("paragraph", "Read also: Storm closes the north pier", (5, 5)),
        Block("paragraph", LAST, (8, 8)),
    ]
    removed = [
        Removal(Reason.RELATED_TEASER, "teaser_blurb", SECOND, (6, 6)),
        Removal(Reason.PROMO, "promo_prompt", "Subscribe to our weekly newsletter", (9, 9)),
    ]
    article = Article(title=TITLE, body=body, removed=removed, title_lines=(1, 1))
    misses, _ = misses_of(dump, article)
    kept = next(m for m in misses if m.kept)
    rows = context_of(dump, article, kept, 2)
    # Lines 3-7 (none blank): the miss's own line pointed at, each line's annotation
    # and what the cleaner did with it.
    assert [row.split()[:3] for row in rows] == [
        ["3", "-", "News"],
        ["4", "W", "kept"],
        [">", "5", "X"],
        ["6", "W", "teaser_blurb"],
        ["7", "-", "Photo:"],
    ]
    assert rows[2].split()[3] == "kept"
    lost = next(m for m in misses if m.place == "(title)")
    assert context_of(dump, article, lost, 1)[0].split()[:4] == [">", "1", "W", "(title)"]


def test_context_is_empty_for_a_segment_on_no_single_line() -> None:
    # The end of one line and the start of the next: no line holds it whole.
    dump = _dump((FIRST,), ("months of talks. Read also",))
    text = FIRST + "\n\nRead also: Storm closes the north pier"
    article = Article(title=TITLE, body=[Block("paragraph", text, (4, 5))])
    misses, _ = misses_of(dump, article)
    assert [(m.kept, m.place) for m in misses] == [(True, "among")]
    assert context_of(dump, article, misses[0], 3) == []


def test_summary_counts_each_place_and_each_rule_with_the_dumps_it_stands_on() -> None:
    # Two lines one rule took on two sites weigh more than two on one site: the summary
    # says which, for the lost `with` segments as for the kept `without` ones.
    found = [
        Miss("https://a.example/1", False, "teaser_blurb", "first"),
        Miss("https://b.example/2", False, "teaser_blurb", "second"),
        Miss("https://c.example/3", False, "outside_article", "third"),
        Miss("https://c.example/3", False, "outside_article", "fourth"),
        Miss("https://a.example/1", True, "after", "Subscribe"),
    ]
    assert summary("tune", found, 7) == [
        "**tune**: 1 `without` segments kept, by place (dumps):",
        "- after: 1 (1)",
        "4 `with` segments the dump holds lost, by where they went (dumps; "
        "7 more the dump never holds):",
        "- teaser_blurb: 2 (2)",
        "- outside_article: 2 (1)",
    ]
