"""Expectation files without pytest machinery: shape, compare, write, report."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from articleclean import Article, Block, Reason, Removal
from articleclean.errors import InputError
from articleclean.expectation_report import render_report
from articleclean.expectations import (
    compare,
    dump_expectation,
    reshape_list,
    rival_inputs,
    validate_expectation,
    without_missing,
)

ARTICLE = Article(
    title="Library opens",
    body=[
        Block("paragraph", "The library opened on Monday.", (3, 3)),
        Block("heading", "Books", (5, 5)),
        Block("paragraph", "It holds 20,000 books.", (7, 7)),
    ],
    removed=[
        Removal(Reason.AD_MARKER, "ad_marker", "Advertisement", (9, 9)),
        Removal(Reason.PROMO, "promo_prompt", "Share this story", (10, 10)),
    ],
    metadata={"source": "text"},
)


def test_dump_is_json_with_one_list_element_per_line() -> None:
    data = ARTICLE.to_dict()
    text = dump_expectation(data)
    assert json.loads(text) == data
    lines = text.splitlines()
    assert '    {"kind": "heading", "text": "Books", "lines": [5, 5]},' in lines
    assert len(lines) == len(data) + 2 + sum(
        len(v) + 1 for v in data.values() if isinstance(v, list) and v
    )


def test_elements_beyond_the_expected_list_take_the_keys_it_uses() -> None:
    got = ARTICLE.to_dict()["body"]
    assert reshape_list([{"kind": "paragraph"}], got) == [
        {"kind": "paragraph"},
        {"kind": "heading"},
        {"kind": "paragraph"},
    ]
    assert reshape_list([], got) == got


def test_a_lost_metadata_key_differs_and_is_dropped_on_update() -> None:
    comparison = compare({"metadata": {"source": "text", "url": "https://x.example/"}}, ARTICLE)
    assert comparison.changed == ("metadata",)
    assert render_report(comparison) == [
        "metadata:",
        '  url: expected "https://x.example/" / got (missing)',
    ]
    assert without_missing(comparison.shaped) == {"metadata": {"source": "text"}}


def test_partial_elements_match_on_their_own_keys() -> None:
    expected = {
        "body": [{"kind": "paragraph"}, {"text": "Books"}, {}],
        "removed": [{"reason": "ad_marker"}, {"text": "Share this story"}],
        "paragraphs": ["The library opened on Monday.", "It holds 20,000 books."],
        "headings": ["Books"],
        "removed_by_reason": {"ad_marker": 1, "promo": 1},
    }
    assert compare(expected, ARTICLE).ok


def test_removals_without_reasons_are_listed_without_grouping() -> None:
    comparison = compare({"removed": [{"text": "Advertisement"}]}, ARTICLE)
    assert render_report(comparison) == [
        "removed: expected 1, got 2:",
        '  + added   [1] "Share this story"',
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"body": [{"txt": "x"}]}, "body[0]: unknown key(s) 'txt'"),
        ({"dateline": {"city": "X"}}, "dateline: unknown key(s) 'city'"),
        ({"must_contain": "x"}, "'must_contain' must be a list of strings"),
        ({"options": {"cfg": {}}}, "'options' may hold only"),
        ([], "an expectation is a JSON object"),
    ],
)
def test_invalid_expectations_say_what_is_wrong(data: object, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        validate_expectation(data, where="x.expected.json")


def test_inputs_with_the_same_stem_are_rivals(tmp_path: Path) -> None:
    for name in ("a.txt", "a.html", "a.expected.json", "a.b.txt", "b.htm"):
        (tmp_path / name).write_text("x")
    assert rival_inputs(tmp_path / "a.txt") == [tmp_path / "a.html"]
    assert rival_inputs(tmp_path / "b.htm") == []
