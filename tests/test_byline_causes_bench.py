"""bench/byline_misses.py's `--causes` (round 58): what took the author's line of a page dump
whose byline is not found (the removing rule's name, where the reason alone says
"boilerplate"), on the page dumps or on a row of the moved-byline table."""

from __future__ import annotations

import pytest
from bench import byline_misses
from bench.labelled_dumps import BODY, BYLINE, BYLINE_MOVES, TITLE, Labelled, Line, moved_byline

from articleclean.article import Article, Block, Caption, Reason, Removal

_PROSE = (
    "The council voted on Tuesday to close the old bridge for repairs that will take a year.",
    "Residents said the detour adds twenty minutes to their daily drive into the town centre.",
    "The mayor promised a shuttle bus for the months the bridge stays closed to all traffic.",
)


def _page(byline: str) -> Labelled:
    lines = [
        Line("Home News Sport", "chrome"),
        Line("Council closes the old bridge", TITLE),
        Line(byline, BYLINE),
        *(Line(text, BODY) for text in _PROSE),
        Line("© 2024 The Town Paper", "chrome"),
    ]
    return Labelled("https://example.com/news/bridge", "tune", lines[1].text, ["Jane Doe"], lines)


def test_each_line_is_given_what_took_it() -> None:
    article = Article(
        title="Council closes the old bridge",
        title_lines=(2, 2),
        byline=["Jane Doe"],
        byline_lines=(3, 3),
        body=[Block("heading", "Jane Doe", (4, 4)), Block("paragraph", "Text.", (5, 6))],
        captions=[Caption("A bridge.", None, "A bridge.", (7, 7))],
        removed=[Removal(Reason.BOILERPLATE, "outside_article", "Home", (1, 1))],
    )
    assert byline_misses.fate_of(article, 1) == "removed by outside_article"
    assert byline_misses.fate_of(article, 2) == "title"
    assert byline_misses.fate_of(article, 3) == "byline"
    assert byline_misses.fate_of(article, 4) == "body heading"
    assert byline_misses.fate_of(article, 6) == "body paragraph"
    assert byline_misses.fate_of(article, 7) == "caption"
    assert byline_misses.fate_of(article, 8) == "?"


def test_a_found_byline_has_no_cause() -> None:
    assert byline_misses.cause_of(_page("By Jane Doe"), 3) is None


def test_a_byline_naming_someone_else_is_told_from_another_line_taken() -> None:
    page = _page("By Jane Doe")
    page.authors = ["Max Muster"]  # (the metadata names someone the line does not)
    assert byline_misses.cause_of(page, 3) == "taken, names not the metadata's"
    assert byline_misses.cause_of(page, 1) == "another line taken"


@pytest.mark.parametrize("move", BYLINE_MOVES)
def test_the_moved_line_is_the_one_the_move_put_in(move: str) -> None:
    page = _page("By Jane Doe")
    moved = moved_byline(page, move)
    assert moved is not None
    number = byline_misses._moved_line(page, moved)
    assert moved.page[number - 1].label == BYLINE
    assert "Doe" in moved.page[number - 1].text


def test_causes_lists_each_miss_then_the_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page("By Jane Doe")
    page.page[2] = Line("Home News Sport", "chrome")  # (no byline line: only the footer's)
    page.page[-1] = Line("© 2024 Jane Doe", "chrome")
    monkeypatch.setattr(byline_misses, "labelled", lambda limit=None: [page])
    lines = list(byline_misses.causes("tune"))
    assert len(lines) == 3
    cause = lines[0].split(" | ")[0].strip()
    assert cause.startswith("removed by ")
    assert lines[0].endswith("| example.com | © 2024 Jane Doe")
    assert lines[1:] == ["", f"{cause}: 1 (example.com)"]


def test_causes_of_a_move_read_the_moved_line(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page("By Jane Doe")
    monkeypatch.setattr(byline_misses, "labelled", lambda limit=None: [page])
    asked: list[str] = []
    monkeypatch.setattr(
        byline_misses, "cause_of", lambda item, n: asked.append(item.page[n - 1].text) or "x"
    )
    lines = list(byline_misses.causes("tune", "bare name after the article"))
    assert asked == ["Jane Doe"]
    assert lines[-1] == "x: 1 (example.com)"
    assert list(byline_misses.causes("test", "bare name after the article")) == [""]
