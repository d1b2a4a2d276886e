"""A Scrapy item pipeline that cleans a field of each item into an article.

Enable it in the project's settings::

    ITEM_PIPELINES = {"articleclean.scrapy.ArticleCleanPipeline": 300}
    ARTICLECLEAN_INPUT_FIELD = "html"      # the item field holding the page or dump
    ARTICLECLEAN_INPUT_KIND = "auto"       # "html", "text" or "auto" (HTML by its tags)
    ARTICLECLEAN_URL_FIELD = "url"         # passed to the HTML reader; None to skip
    ARTICLECLEAN_OUTPUT_FIELD = "article"  # where the result goes
    ARTICLECLEAN_OUTPUT_FORMAT = "dict"    # "dict" (Article.to_dict), "flat", "article"
    ARTICLECLEAN_ON_EMPTY = "keep"         # status empty: "keep", "log" or "drop"
    ARTICLECLEAN_ON_ERROR = "log"          # error, timeout, too_large: same choices
    ARTICLECLEAN_CONFIG = {}               # CleanerConfig overrides

"keep" keeps the item quietly, "log" keeps it and logs a warning, "drop"
raises DropItem (Scrapy logs and counts it). Nothing a page contains can
stop the crawl: every failure becomes an article with status ``error``
and goes through ON_ERROR. Only a wrong setting fails, when the crawl
starts. Counts per status go to the crawl stats as
``articleclean/status/<status>``. Cleaning runs in the reactor thread; it
takes milliseconds per page.
"""

from __future__ import annotations

import logging
from typing import Any

try:
    from itemadapter import ItemAdapter
    from scrapy.crawler import Crawler
    from scrapy.exceptions import DropItem
    from scrapy.settings import BaseSettings
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "articleclean.scrapy needs Scrapy: pip install 'articleclean[scrapy]'"
    ) from exc

from .article import Article
from .config import CleanerConfig
from .errors import ConfigError
from .flat import to_flat
from .pipeline import SOURCE_KINDS
from .worker import cached_cleaner, clean_value

__all__ = ["ArticleCleanPipeline"]

logger = logging.getLogger(__name__)

POLICIES = ("keep", "log", "drop")
OUTPUT_FORMATS = ("dict", "flat", "article")
FAILED_STATUSES = frozenset({"error", "timeout", "too_large"})


class ArticleCleanPipeline:
    """Cleans `item[input_field]` into `item[output_field]`; see the module docstring."""

    def __init__(
        self,
        *,
        input_field: str = "html",
        input_kind: str = "auto",
        url_field: str | None = "url",
        output_field: str = "article",
        output_format: str = "dict",
        on_empty: str = "keep",
        on_error: str = "log",
        config: CleanerConfig | None = None,
        crawler: Crawler | None = None,
    ) -> None:
        _check_choice("ARTICLECLEAN_INPUT_KIND", input_kind, SOURCE_KINDS)
        _check_choice("ARTICLECLEAN_OUTPUT_FORMAT", output_format, OUTPUT_FORMATS)
        _check_choice("ARTICLECLEAN_ON_EMPTY", on_empty, POLICIES)
        _check_choice("ARTICLECLEAN_ON_ERROR", on_error, POLICIES)
        self.input_field = input_field
        self.input_kind = input_kind
        self.url_field = url_field
        self.output_field = output_field
        self.output_format = output_format
        self.on_empty = on_empty
        self.on_error = on_error
        self.cleaner = cached_cleaner(config)
        self.stats = crawler.stats if crawler is not None else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleCleanPipeline:
        settings = crawler.settings
        return cls(
            input_field=settings.get("ARTICLECLEAN_INPUT_FIELD", "html"),
            input_kind=settings.get("ARTICLECLEAN_INPUT_KIND", "auto"),
            url_field=settings.get("ARTICLECLEAN_URL_FIELD", "url") or None,
            output_field=settings.get("ARTICLECLEAN_OUTPUT_FIELD", "article"),
            output_format=settings.get("ARTICLECLEAN_OUTPUT_FORMAT", "dict"),
            on_empty=settings.get("ARTICLECLEAN_ON_EMPTY", "keep"),
            on_error=settings.get("ARTICLECLEAN_ON_ERROR", "log"),
            config=_config_from(settings),
            crawler=crawler,
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        # `spider` is optional: Scrapy < 2.13 passes it, later versions do not.
        if not ItemAdapter.is_item(item):
            article = Article(status="error", message=f"not an item: {type(item).__name__}")
            return self._apply_policy(article, item, "unknown item")
        adapter = ItemAdapter(item)
        article = self._clean(adapter)
        try:
            adapter[self.output_field] = self._output(article)
        except KeyError as exc:  # a scrapy.Item without the output field declared
            article = Article(status="error", message=f"cannot store the article: {exc}")
        return self._apply_policy(article, item, self._describe(adapter))

    def _apply_policy(self, article: Article, item: Any, description: str) -> Any:
        self._count(f"articleclean/status/{article.status}")
        policy = self._policy(article)
        if policy == "drop":
            self._count("articleclean/dropped")
            raise DropItem(f"article {article.status} for {description}: {article.message}")
        if policy == "log":
            logger.warning("article %s for %s: %s", article.status, description, article.message)
        return item

    def _clean(self, adapter: ItemAdapter) -> Article:
        source = adapter.get(self.input_field)
        url = adapter.get(self.url_field) if self.url_field is not None else None
        if url is not None and not isinstance(url, str):
            url = str(url)
        return clean_value(self.cleaner, source, self.input_kind, url)

    def _output(self, article: Article) -> Any:
        if self.output_format == "flat":
            return to_flat(article)
        if self.output_format == "article":
            return article
        return article.to_dict()

    def _policy(self, article: Article) -> str:
        if article.status == "empty":
            return self.on_empty
        if article.status in FAILED_STATUSES:
            return self.on_error
        return "keep"

    def _describe(self, adapter: ItemAdapter) -> str:
        url = adapter.get(self.url_field) if self.url_field is not None else None
        return str(url) if url else f"item without {self.url_field or 'url'}"

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _check_choice(setting: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{setting} must be one of {', '.join(choices)}, not {value!r}")


def _config_from(settings: BaseSettings) -> CleanerConfig:
    # getdict also accepts JSON, as given on the command line with -s.
    try:
        overrides = settings.getdict("ARTICLECLEAN_CONFIG")
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"ARTICLECLEAN_CONFIG must be a dict (or JSON object) of CleanerConfig overrides: {exc}"
        ) from exc
    return CleanerConfig().replace(**overrides)
