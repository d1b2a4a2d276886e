"""The collector's pause around big text cleans: on again after, on an exception
too, left off for a caller who had turned it off, and not paused for small dumps."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import articleclean
from articleclean import collector

BIG = collector.PAUSE_FROM_BYTES


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_small_dump_leaves_the_collector_alone() -> None:
    with collector.paused(BIG - 1):
        assert gc.isenabled()
    gc.disable()
    with collector.paused(BIG - 1):
        assert not gc.isenabled()
    gc.enable()


def test_big_dump_pauses_and_turns_it_back_on() -> None:
    with collector.paused(BIG):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_exception() -> None:
    with pytest.raises(ValueError), collector.paused(BIG):
        raise ValueError("a rule failed")
    assert gc.isenabled()


def test_left_off_for_a_caller_who_turned_it_off() -> None:
    gc.disable()
    with collector.paused(BIG):
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_cleans_turn_it_on_when_the_last_ends() -> None:
    # Two threads' cleans overlap: the first to end must not turn the collector on
    # under the other.
    first_in = threading.Event()
    second_in = threading.Event()
    first_out = threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector.paused(BIG):
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector.paused(BIG):
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_clean_text_pauses_for_a_big_dump_only(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = (
        "The council voted on Tuesday to extend the tram line to the harbour, "
        "a project the mayor said would be finished within four years.\n\n"
    )
    cleaner = articleclean.Cleaner(time_budget=None, max_input_bytes=4 * BIG)
    judge = cleaner._judge
    collecting: list[bool] = []

    def judged(*args: Any) -> str | None:
        collecting.append(gc.isenabled())
        return judge(*args)

    monkeypatch.setattr(cleaner, "_judge", judged)
    cleaner.clean_text(paragraph * (BIG // len(paragraph) + 1))
    assert gc.isenabled()
    cleaner.clean_text(paragraph * 200)
    assert collecting == [False, True]


def test_a_clean_leaves_no_segment_for_the_collector() -> None:
    # A line with a Windows-1252 sign (the dash) and a letter Latin-1 lacks ("œ") makes
    # the phrase form's codec error handler raise; raised as its own argument, the error
    # held the handler's frame in a cycle that kept every caller's frame, the Document
    # and all its segments alive until the cyclic collector ran (round 34: the last
    # ~210 ms of a 50,000-line dump's clean). Refcounting frees them now.
    from articleclean.document import Segment

    lines = [f"Le cœur du port — ligne {n} du menu" for n in range(40)]
    text = "\n".join(["Harbour works begin", *lines, "The cranes arrived on Monday."])
    gc.collect()
    gc.disable()
    try:
        articleclean.clean_text(text)
        alive = [o for o in gc.get_objects() if isinstance(o, Segment) and "cœur" in o.text]
    finally:
        gc.enable()
    assert alive == []
