"""articleclean: scraped news articles in, clean structured articles out.

>>> import articleclean
>>> article = articleclean.clean_text(open("dump.txt").read())  # doctest: +SKIP
>>> article.title, article.captions, article.removed  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from .article import SCHEMA, Article, Block, Caption, Dateline, Reason, Removal
from .config import CleanerConfig
from .errors import ArticleCleanError, ConfigError, InputError
from .pipeline import Cleaner, cleaner_for

__all__ = [
    "SCHEMA",
    "Article",
    "ArticleCleanError",
    "Block",
    "Caption",
    "Cleaner",
    "CleanerConfig",
    "ConfigError",
    "Dateline",
    "InputError",
    "Reason",
    "Removal",
    "clean",
    "clean_html",
    "clean_text",
]

__version__ = "0.1.0"


def clean(
    source: str | bytes,
    *,
    url: str | None = None,
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> Article:
    """Clean a text dump or an HTML page; HTML is recognised by its tags."""
    return cleaner_for(config, overrides).clean(source, url=url)


def clean_text(text: str, *, config: CleanerConfig | None = None, **overrides: Any) -> Article:
    """Clean a plain-text dump of an article."""
    return cleaner_for(config, overrides).clean_text(text)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> Article:
    """Clean an HTML page (str, or bytes in any encoding)."""
    return cleaner_for(config, overrides).clean_html(html, url=url)
