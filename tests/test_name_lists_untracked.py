"""The given names and the gazetteer are kept where the garbage collector does not walk
them (round 50): a dict of strings alone is untracked, a frozenset is walked entry by entry
at each full collection (49,251 entries of the two lists)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from importlib.resources import files

import pytest

from articleclean import names


def _lines(name: str) -> set[str]:
    text = files("articleclean").joinpath("data", name).read_text(encoding="utf-8")
    return {line for line in text.splitlines() if line and not line.startswith("#")}


LISTS = [(names._given_names, "given_names.txt"), (names._places, "places.txt")]


@pytest.mark.parametrize(("loaded", "file"), LISTS)
def test_a_list_holds_its_files_lines(loaded: Callable[[], Mapping[str, None]], file: str) -> None:
    assert set(loaded()) == _lines(file)
    assert len(loaded()) > 10_000


@pytest.mark.parametrize(("loaded", "file"), LISTS)
def test_a_list_is_not_walked_by_the_collector(
    loaded: Callable[[], Mapping[str, None]], file: str
) -> None:
    gc.collect()
    assert not gc.is_tracked(loaded())


def test_membership_reads_as_before() -> None:
    assert names.is_given_name("Maciej")
    assert names.is_given_name("Nuño")
    assert not names.is_given_name("Climate")
    assert names.is_known_place("paris")
    assert not names.is_known_place("climate change")
