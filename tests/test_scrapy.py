"""articleclean.scrapy: a real crawl of a loopback site, and the pipeline's policies."""

from __future__ import annotations

import functools
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import scrapy
from scrapy.exceptions import DropItem

import articleclean
from articleclean.errors import ConfigError
from articleclean.flat import to_flat
from articleclean.scrapy import ArticleCleanPipeline
from articleclean.worker import NULL_INPUT_MESSAGE
from scale_documents import EMPTY_PAGE, GERMAN, PAGE

SOURCE_ROOT = Path(articleclean.__file__).resolve().parent.parent

# Runs in a fresh interpreter (a Twisted reactor cannot be restarted in one process),
# from a file: Scrapy reads the source of spider callbacks.
CRAWL = """
import json, sys
from scrapy import Spider
from scrapy.crawler import CrawlerProcess

start_url, feed, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])

class Site(Spider):
    name = "site"
    start_urls = [start_url]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse_page)

    def parse_page(self, response):
        yield {"url": response.url, "body": response.text}

process = CrawlerProcess({
    **settings,
    "ITEM_PIPELINES": {"articleclean.scrapy.ArticleCleanPipeline": 300},
    "FEEDS": {feed: {"format": "jsonlines", "encoding": "utf-8"}},
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "INFO",
})
crawler = process.create_crawler(Site)
process.crawl(crawler)
process.start()
print(json.dumps(crawler.stats.get_stats(), default=str))
"""

LIMIT = 30_000


class Handler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the base class defines it as a plain dict
        ".html": "text/html; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
    }

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


@pytest.fixture
def site(tmp_path: Path, seed_text: str) -> Iterator[tuple[str, dict[str, str]]]:
    files = {
        "harbour.html": PAGE,
        "nothing.html": EMPTY_PAGE,
        "seed.txt": seed_text,
        "german.txt": GERMAN,
        "blank.txt": "  \n\n \n",
        "huge.txt": seed_text * (LIMIT // len(seed_text.encode()) + 1),
    }
    root = tmp_path / "site"
    root.mkdir()
    for name, content in files.items():
        (root / name).write_text(content, encoding="utf-8")
    links = "".join(f'<a href="{name}">{name}</a>' for name in files)
    (root / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield base, {base + name: content for name, content in files.items()}
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_crawl_cleans_items_as_clean_does(site: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    base, pages = site
    feed = tmp_path / "items.jsonl"
    settings = {
        "ARTICLECLEAN_INPUT_FIELD": "body",
        "ARTICLECLEAN_ON_EMPTY": "drop",
        "ARTICLECLEAN_ON_ERROR": "keep",
        "ARTICLECLEAN_CONFIG": {"max_input_bytes": LIMIT},
    }
    script = tmp_path / "crawl.py"
    script.write_text(CRAWL, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    result = subprocess.run(
        [sys.executable, str(script), base + "index.html", str(feed), json.dumps(settings)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    assert stats["finish_reason"] == "finished"
    assert "log_count/ERROR" not in stats, result.stderr[-3000:]

    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    got = {item["url"]: item["article"] for item in items}
    expected = {
        url: articleclean.clean(content, url=url, max_input_bytes=LIMIT)
        for url, content in pages.items()
    }
    kept = {url: a.to_dict() for url, a in expected.items() if a.status != "empty"}
    assert got == kept
    assert got[base + "huge.txt"]["status"] == "too_large"  # ON_ERROR = keep
    empty = sum(1 for a in expected.values() if a.status == "empty")
    assert empty == 2  # nothing.html, blank.txt: dropped
    assert stats["articleclean/status/empty"] == empty
    assert stats["articleclean/dropped"] == empty
    assert stats["item_dropped_count"] == empty


def make_pipeline(**settings: Any) -> ArticleCleanPipeline:
    from scrapy.utils.test import get_crawler

    return ArticleCleanPipeline.from_crawler(get_crawler(settings_dict=settings))


def test_output_formats(seed_text: str) -> None:
    article = articleclean.clean_text(seed_text)
    for output_format, expected in [
        ("dict", article.to_dict()),
        ("flat", to_flat(article)),
        ("article", article),
    ]:
        pipeline = make_pipeline(
            ARTICLECLEAN_INPUT_FIELD="text",
            ARTICLECLEAN_INPUT_KIND="text",
            ARTICLECLEAN_OUTPUT_FIELD="clean",
            ARTICLECLEAN_OUTPUT_FORMAT=output_format,
        )
        item = pipeline.process_item({"text": seed_text, "url": "https://x.example/a"})
        assert item["clean"] == expected
        assert item["text"] == seed_text


def test_empty_policies(caplog: pytest.LogCaptureFixture) -> None:
    item = {"url": "https://x.example/empty"}  # the input field is missing
    kept = make_pipeline(ARTICLECLEAN_ON_EMPTY="keep").process_item(dict(item))
    assert kept["article"]["status"] == "empty"
    assert kept["article"]["message"] == NULL_INPUT_MESSAGE

    with caplog.at_level(logging.WARNING, logger="articleclean.scrapy"):
        logged = make_pipeline(ARTICLECLEAN_ON_EMPTY="log").process_item(dict(item))
    assert logged["article"]["status"] == "empty"
    assert "article empty for https://x.example/empty" in caplog.text

    pipeline = make_pipeline(ARTICLECLEAN_ON_EMPTY="drop")
    with pytest.raises(DropItem, match="article empty"):
        pipeline.process_item(dict(item))
    assert pipeline.stats is not None
    assert pipeline.stats.get_value("articleclean/dropped") == 1


def test_failures_never_raise_anything_but_drop_item() -> None:
    class Page(scrapy.Item):
        html = scrapy.Field()
        url = scrapy.Field()  # no "article" field declared

    pipeline = make_pipeline(ARTICLECLEAN_ON_ERROR="keep")
    binary = {"html": b"\x00\x01\x02\x03" * 100}
    assert pipeline.process_item(binary)["article"]["status"] == "error"
    undeclared = Page(html=GERMAN, url="https://x.example/de")
    assert pipeline.process_item(undeclared) is undeclared
    assert pipeline.process_item("not an item") == "not an item"
    assert pipeline.stats is not None
    assert pipeline.stats.get_value("articleclean/status/error") == 3

    dropping = make_pipeline(ARTICLECLEAN_ON_ERROR="drop")
    with pytest.raises(DropItem, match="article error"):
        dropping.process_item(binary)


@pytest.mark.parametrize(
    "overrides",
    [
        {"teaser_heading": False, "teaser_blurb": False},
        '{"teaser_heading": false, "teaser_blurb": false}',
    ],
)
def test_config_overrides_reach_the_cleaner(seed_text: str, overrides: Any) -> None:
    pipeline = make_pipeline(ARTICLECLEAN_CONFIG=overrides)  # a dict, or JSON from -s
    item = pipeline.process_item({"html": seed_text})
    expected = articleclean.clean(seed_text, teaser_heading=False, teaser_blurb=False)
    assert item["article"] == expected.to_dict()
    # The two rules take the seed's "Must Read" box by default and nothing when switched
    # off (`trailing_teasers` then takes the box: a headline and its cut-off blurb).
    switched_off = {"teaser_heading", "teaser_blurb"}
    assert switched_off <= {r.rule for r in articleclean.clean(seed_text).removed}
    assert not switched_off & {r["rule"] for r in item["article"]["removed"]}


@pytest.mark.parametrize(
    "settings",
    [
        {"ARTICLECLEAN_ON_EMPTY": "ignore"},
        {"ARTICLECLEAN_INPUT_KIND": "pdf"},
        {"ARTICLECLEAN_OUTPUT_FORMAT": "xml"},
        {"ARTICLECLEAN_CONFIG": {"no_such_rule": True}},
        {"ARTICLECLEAN_CONFIG": "[1, 2]"},
    ],
)
def test_wrong_settings_fail_when_the_crawl_starts(settings: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        make_pipeline(**settings)


def test_missing_scrapy_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['scrapy'] = None\n"
        "try:\n    import articleclean.scrapy\n"
        "except ImportError as exc:\n    print(exc)\n"
    )
    assert "pip install 'articleclean[scrapy]'" in _python(code).stdout


def test_importing_articleclean_does_not_import_scrapy() -> None:
    result = _python("import sys, articleclean; print('scrapy' in sys.modules)")
    assert result.stdout.strip() == "False"


def _python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
