"""articleclean: scraped news articles in, clean structured articles out.

>>> import articleclean
>>> article = articleclean.clean_text(open("dump.txt").read())  # doctest: +SKIP
>>> article.title, article.captions, article.removed  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import SCHEMA, Article, Block, Caption, Dateline, Reason, Removal
    from .config import CleanerConfig
    from .errors import ArticleCleanError, ConfigError, InputError
    from .pipeline import Cleaner, SourceKind

# The public names load on first use (PEP 562): importing the package costs nothing, so
# the `articleclean` command can catch a Ctrl-C while its own modules load (see
# `launch.py`), and `python -c "import articleclean"` or a pytest run that only loads the
# plugin does not pay for the rules and their phrase data.
_HOME_OF = {
    "SCHEMA": "article",
    "Article": "article",
    "Block": "article",
    "Caption": "article",
    "Dateline": "article",
    "Reason": "article",
    "Removal": "article",
    "CleanerConfig": "config",
    "ArticleCleanError": "errors",
    "ConfigError": "errors",
    "InputError": "errors",
    "Cleaner": "pipeline",
    "SourceKind": "pipeline",
    "cleaner_for": "pipeline",
}

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


def __getattr__(name: str) -> Any:
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # later reads skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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

    Args:
        source: the document, as str or as bytes in any encoding (decoded by
            byte-order mark, declared charset, UTF-8, then detection).
        url: the page's URL (HTML), kept in `metadata["url"]` and used for dates.
        content_type: the HTTP Content-Type header of bytes (str or bytes); its
            charset wins over what the bytes declare themselves.
        config: a `CleanerConfig`; the defaults when None.
        **overrides: `CleanerConfig` fields to change for this call, e.g.
            `teaser_blurb=False`.

    Returns:
        An `Article`. Its `status` says how it went: `ok`, `empty` (nothing
        left that is article text), `too_large` (over `max_input_bytes`) or
        `timeout` (over `time_budget`), with a `message` when not `ok`.

    Raises:
        ConfigError: an unknown option or a value of the wrong type or range
            (also a TypeError).
        InputError: input that is not text at all, e.g. binary bytes or a
            wrong type (also a ValueError).
    """
    from .pipeline import cleaner_for

    return cleaner_for(config, overrides).clean(
        source, kind=kind, url=url, content_type=content_type
    )


def clean_text(text: str, *, config: CleanerConfig | None = None, **overrides: Any) -> Article:
    """Clean a plain-text dump of an article (as a scraper saved it: one line per
    paragraph, caption, menu item …; hard-wrapped paragraphs are joined).

    Args:
        text: the dump (str; bytes are decoded as `clean` does).
        config: a `CleanerConfig`; the defaults when None.
        **overrides: `CleanerConfig` fields to change for this call, e.g.
            `teaser_blurb=False` or `teaser_max_blocks=4`.

    Returns:
        An `Article`: title, byline, dateline, body blocks, captions and
        language, and every removed line in `removed` with its reason and rule.
        `status` is `ok`, `empty`, `too_large` or `timeout` (with a `message`);
        line numbers (`lines`) are 1-based lines of `text`.

    Raises:
        ConfigError: an unknown option or a value of the wrong type or range
            (also a TypeError).
        InputError: `text` is not a str (or is binary bytes); also a ValueError.

    >>> clean_text("Council approves cycle lanes\\n\\nThe council approved three lanes.").title
    'Council approves cycle lanes'
    """
    from .pipeline import cleaner_for

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

    Args:
        html: the page, as str or bytes (decoded by byte-order mark, then
            `content_type`'s charset, then `<meta charset>`, UTF-8, detection).
        url: the page's URL, kept in `metadata["url"]` and used for dates.
        content_type: the HTTP Content-Type header the page came with (str or
            bytes): its charset decodes bytes before the page's own is asked.
        config: a `CleanerConfig`; the defaults when None.
        **overrides: `CleanerConfig` fields to change for this call, e.g.
            `html_related_box=False`.

    Returns:
        An `Article` (see `clean_text`); `metadata` also holds what the page
        says about itself (`date`, `sitename`, `description`, `encoding`).
        A page with no article text gives status `empty`, not an error.

    Raises:
        ConfigError: an unknown option or a value of the wrong type or range.
        InputError: bytes that are not text at all, or a wrong argument type.
    """
    from .pipeline import cleaner_for

    return cleaner_for(config, overrides).clean_html(html, url=url, content_type=content_type)
