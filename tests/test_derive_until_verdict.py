"""A derive that reads what the rules between its askers may change (the lines' labels)
is declared `until_verdict` (round 47): a document's `Derived` keeps its result only
until the next verdict, and a rule asking after one gets it computed again. The run of
lines after the article that `trailing_teasers` and `trailing_menu` both start from is
one (`closing_runs.trailing_run`): found once a dump, found again when a rule between
took lines. The output is the same as when each rule finds it afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean.article import Reason
from articleclean.document import REMOVED, Segment
from articleclean.pipeline import Cleaner
from articleclean.rules import (
    base,
    closing_runs,
    teaser_boxes,
    teaser_inline,
    teaser_lines,
    teaser_lists,
)
from articleclean.rules.base import ClaimRecord, Derived, derive, revises
from articleclean.rules.phrasebook import PhraseBook

_FIXTURES = Path(__file__).parent / "fixtures" / "text"

_ARTICLE = """Harbour board delays the ferry timetable again

The harbour board put off its decision on the new ferry timetable on Tuesday, saying the
operators had not yet agreed on how many crossings the winter months need.

Islanders who commute to the mainland had expected the new times to start in October.
A spokesman for the board said a decision would come before the end of the month.
"""

_BOXED = (
    _ARTICLE
    + """
Mountain rescue team trains new volunteers for winter

City council votes on the budget for the new library

Local bakery wins a national prize for its sourdough
"""
)


def _counting() -> tuple[base.Derive, list[int]]:
    computed: list[int] = []

    @derive(reads=(), until_verdict=True)
    def open_count(segments: list[Segment]) -> int:
        computed.append(1)
        return sum(1 for segment in segments if segment.is_open)

    return open_count, computed


def _segments() -> list[Segment]:
    texts = ("Home", "News", "A line of the article itself.")
    return [Segment(text, (n, n)) for n, text in enumerate(texts, 1)]


def test_kept_until_a_verdict() -> None:
    open_count, computed = _counting()
    seen: list[int] = []

    @revises(Reason.BOILERPLATE, derives=(open_count,))
    def first(segments: list[Segment], context: PhraseBook, count: int) -> list[Segment]:
        seen.append(count)
        return []

    @revises(Reason.BOILERPLATE, derives=(open_count,))
    def second(segments: list[Segment], context: PhraseBook, count: int) -> list[Segment]:
        seen.append(count)
        return [segments[0]]

    segments = _segments()
    record = ClaimRecord(segments)
    derived: Derived = {}
    context: PhraseBook = None  # type: ignore[assignment]
    assert first.verdicts(segments, context, derived, record) == []
    claims = second.verdicts(segments, context, derived, record)
    assert computed == [1] and seen == [3, 3]  # no verdict between: found once
    record.give(second, claims)
    assert segments[0].label is REMOVED
    first.verdicts(segments, context, derived, record)
    assert computed == [1, 1] and seen == [3, 3, 2]  # after a verdict: found again
    first.verdicts(segments, context, None, record)
    first.verdicts(segments, context, derived, None)
    assert computed == [1, 1, 1, 1] and seen[-2:] == [2, 2]  # no Derived or no record


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    walks: list[int] = []
    walk = closing_runs._trailing_run

    def counted(segments: list[Segment], credits: base.Claimed) -> list[int]:
        walks.append(1)
        return walk(segments, credits)

    monkeypatch.setattr(closing_runs, "_trailing_run", counted)
    return walks


def test_the_trailing_run_is_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    walks = _walks(monkeypatch)
    Cleaner(dump="page").clean_text(_ARTICLE)
    assert len(walks) == 1


def test_walked_again_after_the_box_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    walks = _walks(monkeypatch)
    article = Cleaner(dump="page").clean_text(_BOXED)
    assert any(line.reason == Reason.RELATED_TEASER for line in article.removed)
    assert len(walks) == 2  # `trailing_teasers` took the box: `trailing_menu` walks anew


def _texts() -> list[str]:
    return [_ARTICLE, _BOXED] + [
        path.read_text(encoding="utf-8") for path in sorted(_FIXTURES.glob("*.txt"))
    ]


@pytest.mark.parametrize("dump", ["auto", "article", "page"])
def test_same_output_as_each_rule_finding_it(monkeypatch: pytest.MonkeyPatch, dump: str) -> None:
    texts = _texts()
    expected = [Cleaner(dump=dump).clean_text(text).to_json() for text in texts]
    monkeypatch.setattr(
        base,
        "_derived_until_verdict",
        lambda derive, segments, derived, record: base._derived(derive, segments, record),
    )
    assert [Cleaner(dump=dump).clean_text(text).to_json() for text in texts] == expected


def _open_walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    walks: list[int] = []
    walk = teaser_lines._open_lines

    def counted(segments: list[Segment]) -> list[int]:
        walks.append(1)
        return walk(segments)

    monkeypatch.setattr(teaser_lines, "_open_lines", counted)
    return walks


def test_the_open_lines_are_walked_once_for_both_box_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (round 48: `teaser_box` and `teaser_list`, one after the other, each walked every
    # line for the body and heading lines; the inline-teaser rules do not run on a page)
    walks = _open_walks(monkeypatch)
    article = Cleaner(dump="page").clean_text(_ARTICLE)
    assert not any(line.reason == Reason.RELATED_TEASER for line in article.removed)
    assert len(walks) == 1


def test_the_open_lines_are_declared_by_the_rules_that_walked_for_them() -> None:
    rules = (
        teaser_boxes.teaser_box,
        teaser_lists.teaser_list,
        teaser_inline.interrupting_teaser,
        teaser_inline.stray_teaser,
    )
    assert teaser_lines.open_lines.until_verdict
    assert all(teaser_lines.open_lines in rule.derives for rule in rules)
