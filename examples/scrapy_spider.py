"""A Scrapy spider whose items are cleaned by articleclean's item pipeline.

    scrapy runspider examples/scrapy_spider.py -a start_url=https://example.org/news/ \
        -O articles.jsonl

It follows the links on the start page (one level deep) and yields one item
per page: `url` and `html`; the pipeline adds `article` (Article.to_dict).
Pages without article text are dropped; failures are logged and kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response


class ArticleSpider(scrapy.Spider):
    name = "articles"
    custom_settings = {  # noqa: RUF012 - Scrapy reads this class attribute as is
        "ITEM_PIPELINES": {"articleclean.scrapy.ArticleCleanPipeline": 300},
        "ARTICLECLEAN_INPUT_FIELD": "html",
        "ARTICLECLEAN_INPUT_KIND": "auto",
        "ARTICLECLEAN_URL_FIELD": "url",
        "ARTICLECLEAN_OUTPUT_FIELD": "article",
        "ARTICLECLEAN_ON_EMPTY": "drop",
        "ARTICLECLEAN_ON_ERROR": "log",
        "ARTICLECLEAN_CONFIG": {"time_budget": 10.0},
        "DEPTH_LIMIT": 1,
    }

    def __init__(self, start_url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start_url]

    def parse(self, response: Response) -> Iterator[Any]:
        yield {"url": response.url, "html": response.text}
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, self.parse)
