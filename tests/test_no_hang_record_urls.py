"""A record's URL that `urllib` cannot read ("http://[::1", an unclosed IPv6 host) is a
URL with no host for the batch, as a record without one: read for the site it groups
the record with, it raised ValueError out of the reader and stopped the whole run
with a traceback (JSON Lines and WARC alike), every later record lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articleclean.batch.inputs import url_host
from test_cli import records, run_cli

ARTICLE = (
    "Storm floods the valley\n\nThe storm hit the valley at dawn and the river rose by two "
    "metres before noon, officials said on Monday.\n"
)
UNREADABLE = ["http://[::1", "https://[example.org/news", "http://]x["]


@pytest.mark.parametrize("url", UNREADABLE)
def test_an_unreadable_url_has_no_host(url: str) -> None:
    assert url_host(url) is None


def test_hosts_read_as_before() -> None:
    assert url_host("https://News.Example.org:8080/a?b#c") == "news.example.org"
    assert url_host("http://[::1]/x") == "::1"
    assert url_host("no scheme") is None


def test_json_lines_with_unreadable_urls_are_cleaned_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": f"r{i}", "url": url, "text": ARTICLE}) for i, url in enumerate(UNREADABLE)
    ]
    lines.append(json.dumps({"id": "last", "url": "https://news.example/a", "text": ARTICLE}))
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_cli("clean", "in.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    out = records(done.stdout)
    assert [(r["id"], r["status"]) for r in out] == [
        ("r0", "ok"),
        ("r1", "ok"),
        ("r2", "ok"),
        ("last", "ok"),
    ]
    assert [r["url"] for r in out[:3]] == UNREADABLE


def test_a_crawl_record_with_an_unreadable_url_is_cleaned(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    from crawl_files import page, response

    data = response(1, "http://[::1", page("Storm floods the valley").encode()) + response(
        2, "https://news.example/a", page("The valley dries out").encode()
    )
    (tmp_path / "crawl.warc").write_bytes(data)
    done = run_cli("clean", "crawl.warc", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert [r["status"] for r in records(done.stdout)] == ["ok", "ok"]
