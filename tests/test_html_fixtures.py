"""Every HTML page in tests/fixtures/html against its NAME.expected.json.

Compares the subset of keys the expectation gives, as EXPECTED_FORMAT.md
describes (the shared pytest plugin does the same for all fixtures; this
module keeps the HTML pages checked while that plugin is being built).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import articleclean
from articleclean import Article

PAGES = Path(__file__).parent / "fixtures" / "html"
FIXTURES = sorted([*PAGES.glob("*.html"), *PAGES.glob("*.htm")])


def _clean(page: Path, expected: dict[str, Any]) -> Article:
    options = expected.get("options", {})
    return articleclean.clean_html(
        page.read_bytes(), url=options.get("url"), **options.get("config", {})
    )


def _compare(actual: Any, wanted: Any, where: str) -> None:
    if isinstance(wanted, dict):
        assert isinstance(actual, dict), f"{where}: {actual!r} is not a mapping"
        for key, value in wanted.items():
            _compare(actual.get(key), value, f"{where}.{key}")
    elif isinstance(wanted, list) and wanted and isinstance(wanted[0], dict):
        assert isinstance(actual, list) and len(actual) == len(wanted), (
            f"{where}: {len(actual or [])} items, expected {len(wanted)}: {actual!r}"
        )
        for index, (got, want) in enumerate(zip(actual, wanted, strict=True)):
            _compare(got, want, f"{where}[{index}]")
    else:
        assert actual == wanted, f"{where}: {actual!r} != {wanted!r}"


def test_there_are_enough_pages() -> None:
    assert len(FIXTURES) >= 10


@pytest.mark.parametrize("page", FIXTURES, ids=[p.name for p in FIXTURES])
def test_page_matches_expectation(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = _clean(page, expected)
    actual = article.to_dict()
    convenience = {
        "paragraphs": article.paragraphs,
        "headings": article.headings,
        "removed_by_reason": article.removed_by_reason(),
    }
    for key, wanted in expected.items():
        if key in ("options", "must_contain", "must_not_contain"):
            continue
        got = convenience[key] if key in convenience else actual.get(key)
        _compare(got, wanted, key)
    for snippet in expected.get("must_contain", []):
        assert snippet in article.text, f"missing {snippet!r}"
    for snippet in expected.get("must_not_contain", []):
        assert snippet not in article.text, f"should be gone: {snippet!r}"
