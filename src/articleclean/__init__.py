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
from .pipeline import Cleaner, SourceKind, cleaner_for

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
    kind: SourceKind = "auto",
    url: str | None = None,
    content_type: str | bytes | None = None,
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> Article:
    """Clean a text dump or an HTML page; `kind` is "text", "html" or "auto"
    (HTML recognised by its tags).

    `content_type` is the HTTP Content-Type header of bytes, whose charset
    wins over what the bytes declare themselves.
    """
    return cleaner_for(config, overrides).clean(
        source, kind=kind, url=url, content_type=content_type
    )


def clean_text(text: str, *, config: CleanerConfig | None = None, **overrides: Any) -> Article:
    """Clean a plain-text dump of an article."""
    return cleaner_for(config, overrides).clean_text(text)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    content_type: str | bytes | None = None,
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> Article:
    """Clean an HTML page (str, or bytes in any encoding).

    `content_type` is the HTTP Content-Type header the page came with: its
    charset decodes bytes before the page's own `<meta charset>` is asked.
    """
    return cleaner_for(config, overrides).clean_html(html, url=url, content_type=content_type)
