"""The claim record reads a rule's list as it stands when none of its segments was claimed
again since, and hands out one `Claimed` per names until the next verdict (round 34):
its answers stay `Claimed.by`'s walk over the segments, in the same order."""

from __future__ import annotations

import gc
import weakref

import pytest

from articleclean.article import Reason
from articleclean.document import Segment
from articleclean.rules.base import Claimed, ClaimRecord, Verdict, removes, revises
from articleclean.rules.phrasebook import PhraseBook

_LINES = ("Home", "Sponsored", "Advertisement", "The council met on Monday.", "Sport", "News")


@removes(Reason.AD_MARKER)
def ad_label(segment: Segment, context: PhraseBook) -> bool:
    return segment.text in ("Sponsored", "Advertisement")


@removes(Reason.BOILERPLATE)
def menu_item(segment: Segment, context: PhraseBook) -> bool:
    return segment.text in ("Home", "Sport", "News")


@revises(Reason.BOILERPLATE)
def page_menu(segments: list[Segment], context: PhraseBook) -> list[object]:
    # Takes one of ad_label's lines again ("Sponsored", first by itself and then with a
    # finding), one of menu_item's, and claims "Advertisement" twice.
    return [segments[1], segments[0], (segments[1], Verdict(credit="x")), segments[2], segments[2]]


@revises(Reason.BOILERPLATE)
def nothing_rule(segments: list[Segment], context: PhraseBook) -> list[object]:
    return []


_GROUPS = ((ad_label,), (menu_item,), (page_menu,), (ad_label, menu_item, page_menu))


def _document() -> tuple[list[Segment], ClaimRecord]:
    segments = [Segment(text, None) for text in _LINES]
    for segment in segments:
        for rule in (ad_label, menu_item):
            verdict = rule(segment, None)  # type: ignore[arg-type]
            if verdict is not None:
                verdict.give(segment)
                break
    return segments, ClaimRecord(segments)


def _same(kept: Claimed, walked: Claimed, segments: list[Segment]) -> None:
    assert [s in kept for s in segments] == [s in walked for s in segments]
    assert len(kept) == len(walked)


def _texts(claimed: Claimed) -> list[str]:
    """In the order the record lists them (a rule's read matters to a rule that walks
    them): by name as asked, then in the order each rule claimed them, each once."""
    return [segment.text for segment in claimed]


def test_a_record_answers_as_the_walk_before_and_after_a_rule_claims_lines_again() -> None:
    """A guard (passes on main too): the lists read unfiltered where no line moved, and
    filtered where one did, give what `Claimed.by` gives."""
    segments, record = _document()
    for rules in _GROUPS:
        _same(record.claimed(rules), Claimed.by(segments, rules), segments)
    everyone = (ad_label, menu_item, page_menu)
    assert _texts(record.claimed(everyone)) == [
        "Sponsored",
        "Advertisement",
        "Home",
        "Sport",
        "News",
    ]
    record.give(page_menu, page_menu.verdicts(segments, None, {}, record))  # type: ignore[arg-type]
    assert [s.rule for s in segments[:3]] == ["page_menu"] * 3
    for rules in _GROUPS:
        _same(record.claimed(rules), Claimed.by(segments, rules), segments)
    assert _texts(record.claimed((ad_label,))) == []
    assert _texts(record.claimed(everyone)) == [
        "Sport",
        "News",
        "Sponsored",
        "Home",
        "Advertisement",
    ]


def test_a_verdict_recorded_one_by_one_is_read_too() -> None:
    """A guard (passes on main too): `record` after `Verdict.give`, the old rule unknown."""
    segments, record = _document()
    assert len(record.claimed((menu_item,))) == 3
    page_menu.verdict.give(segments[4])
    record.record(segments[4])
    for rules in _GROUPS:
        _same(record.claimed(rules), Claimed.by(segments, rules), segments)
    assert _texts(record.claimed((menu_item, page_menu))) == ["Home", "News", "Sport"]


def test_the_same_names_read_again_without_a_verdict_between_get_the_same_claimed() -> None:
    """Fails on main (a new `Claimed` for every read): read twice, one object; a verdict
    given between (even none) makes it read afresh."""
    segments, record = _document()
    first = record.claimed_by(("ad_label", "menu_item"))
    assert record.claimed_by(("ad_label", "menu_item")) is first
    marks, texts = [s in first for s in segments], _texts(first)  # (read before a verdict)
    record.give(nothing_rule, [])
    again = record.claimed_by(("ad_label", "menu_item"))
    assert again is not first
    assert [s in again for s in segments] == marks
    assert _texts(again) == texts
    record.give(page_menu, page_menu.verdicts(segments, None, {}, record))  # type: ignore[arg-type]
    after = record.claimed_by(("ad_label", "menu_item"))
    assert sorted(s.text for s in after) == ["News", "Sport"]


def test_a_claimed_is_worked_out_when_first_read_and_only_then() -> None:
    """Fails on round 37's main (each `Claimed` built when handed out): a rule that
    returns before reading what it was handed costs no look at the record; the first
    read works it out once, as it stood when handed out; names none of whose rules
    claimed a line get the shared empty one at once."""
    segments, _ = _document()
    looked: list[tuple[str, ...]] = []

    class Counted(ClaimRecord):
        def found(self, names: tuple[str, ...]) -> list[Segment]:
            looked.append(names)
            return super().found(names)

    record = Counted(segments)
    handed = record.claimed_by(("ad_label", "menu_item"))
    assert looked == []
    assert _texts(handed) == ["Sponsored", "Advertisement", "Home", "Sport", "News"]
    assert segments[1] in handed and segments[3] not in handed and len(handed) == 5
    assert handed.positions(segments) == [0, 1, 2, 4, 5]
    assert looked == [("ad_label", "menu_item")]
    assert type(handed) is Claimed
    empty = record.claimed_by(("page_menu",))
    assert len(empty) == 0 and looked == [("ad_label", "menu_item")]


def test_a_claimed_read_only_after_a_later_verdict_raises() -> None:
    """Fails on round 37's main (built when handed out, it never raised):
    the record has changed since it was handed out, so working it out then would give
    the new claims, not those its rule was handed. The pipeline gives a rule's verdicts
    only after the rule has run, so no rule meets this."""
    segments, record = _document()
    handed = record.claimed_by(("ad_label",))
    record.give(page_menu, page_menu.verdicts(segments, None, {}, record))  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="after a later verdict"):
        len(handed)


def test_a_claimed_handed_out_unread_leaves_no_cycle_behind() -> None:
    """Fails with the record held by a strong reference (it keeps the `Claimed` in its
    reads, which would keep it): a document's record, and through it every segment a rule
    claimed, goes when the document does, without waiting for the garbage collector."""
    _, record = _document()
    handed = record.claimed_by(("ad_label", "menu_item"))
    gone = weakref.ref(record)
    was_on = gc.isenabled()
    gc.disable()
    try:
        del record, handed
        assert gone() is None
    finally:
        if was_on:
            gc.enable()
