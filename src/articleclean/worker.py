"""What a Spark, Dask or Scrapy worker does with one value.

Engines ship a `CleanerConfig` to their workers and call `cached_cleaner`
there, so each worker process builds its Cleaner once per config, not once
per row or per batch. Cleaning one value never raises (`clean_value`): a
document that cannot be cleaned gives an Article with status ``error`` and the
exception in ``message``, so one bad page does not fail a job of millions.
The record each engine makes of the Article is in `flat.py`.
"""

from __future__ import annotations

import threading
from typing import Any, cast

from .article import Article
from .config import CleanerConfig
from .pipeline import Cleaner, SourceKind

NULL_INPUT_MESSAGE = "no input: the value is missing (null)"


_cleaners: dict[tuple[Any, ...], Cleaner] = {}
_cleaners_lock = threading.Lock()


def cached_cleaner(config: CleanerConfig | None = None) -> Cleaner:
    """This process's Cleaner for `config`, built on first use.

    CleanerConfig holds a dict and a frozenset, so it is not hashable; the
    key is its fields with those made canonical. The lock lets threaded
    schedulers (Dask threads, Scrapy) share the cache.
    """
    config = config if config is not None else CleanerConfig()
    key = _config_key(config)
    cleaner = _cleaners.get(key)
    if cleaner is None:
        with _cleaners_lock:
            cleaner = _cleaners.get(key)
            if cleaner is None:
                cleaner = _cleaners[key] = Cleaner(config)
    return cleaner


def _config_key(config: CleanerConfig) -> tuple[Any, ...]:
    key: list[Any] = []
    for name, value in sorted(vars(config).items()):
        if isinstance(value, frozenset):
            value = tuple(sorted(value))
        elif isinstance(value, dict):
            value = tuple(sorted(value.items()))
        key.append((name, value))
    return tuple(key)


def clean_value(
    cleaner: Cleaner, value: str | bytes | None, kind: str = "auto", url: str | None = None
) -> Article:
    """Clean one value as `kind`; never raises (see the module docstring).

    A missing value (None, or NaN from pandas) gives status ``empty``.
    """
    if _is_missing(value):
        return Article(status="empty", message=NULL_INPUT_MESSAGE)
    url = None if url is None or _is_missing(url) else url
    try:
        return cleaner.clean(cast("str | bytes", value), kind=cast(SourceKind, kind), url=url)
    except Exception as exc:  # one bad document must not fail the whole job
        return Article(status="error", message=f"{type(exc).__name__}: {exc}")


def _is_missing(value: object) -> bool:
    # pandas marks a missing string with NaN or pd.NA (whose truth value raises, so
    # it is recognised by type); anything else that is not text fails in the Cleaner.
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    return type(value).__name__ == "NAType"
