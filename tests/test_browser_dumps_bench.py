"""bench/browser_dumps.py: lynx's dumps of the webeval pages, scored as the corpus scores a
body. The suite needs no lynx: the scorer is checked on a dump written here, and the bench
says so and measures nothing when lynx is not installed."""

from __future__ import annotations

import shutil

import pytest
from bench import browser_dumps
from bench.corpus import Page

_DUMP = (
    "   [1]Home [2]World [3]Sport\n"
    "\n"
    "                 Storm floods coastal towns as rivers burst their banks\n"
    "\n"
    "   PORTHAVEN, England (AP) — Heavy rain pushed rivers over their banks\n"
    "   across the south coast on Tuesday, flooding hundreds of homes and\n"
    "   cutting off two towns for most of the day.\n"
    "\n"
    "   The Environment Agency issued twelve severe flood warnings, the most\n"
    "   since 2014, and said more rain was expected overnight across the region.\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://example-news.com/\n"
    "   2. https://example-news.com/world\n"
    "   3. https://example-news.com/sport\n"
)
_PAGE = Page(
    "https://example-news.com/storm",
    "0000.html.gz",
    b"",
    (
        "Storm floods coastal towns as rivers burst their banks",
        "Heavy rain pushed rivers over their banks across the south coast on Tuesday",
        "said more rain was expected overnight",
    ),
    ("Home World Sport", "https://example-news.com/world"),
)


def test_a_browser_s_dump_is_scored_on_its_title_and_body() -> None:
    result = browser_dumps.score([(_PAGE, _DUMP)])
    assert result.browser == 1  # read as a text browser's dump
    score = result.score
    assert (score.pages, score.tp, score.fn, score.fp, score.tn) == (1, 3, 0, 0, 2)


def test_without_lynx_the_bench_says_so_and_measures_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert browser_dumps.run("tune") == browser_dumps.NO_LYNX
    assert "lynx is not installed" in browser_dumps.NO_LYNX
    with pytest.raises(FileNotFoundError, match="lynx is not installed"):
        browser_dumps.browser_dumps("numbered", "tune")


@pytest.mark.skipif(shutil.which("lynx") is None, reason="lynx is not installed")
def test_lynx_prints_the_page_with_numbers_or_without() -> None:
    html = b'<html><body><h1>Ferry</h1><p>It ran <a href="/t">on time</a>.</p></body></html>'
    numbered = browser_dumps.make_dump(html, "numbered")
    nolist = browser_dumps.make_dump(html, "nolist")
    assert numbered is not None and "[1]on time" in numbered and "References" in numbered
    assert nolist is not None and "on time" in nolist and "References" not in nolist
