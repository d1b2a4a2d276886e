"""Errors for what the caller must fix. Everything else is an Article status."""


class ArticleCleanError(Exception):
    """Base of every error articleclean raises on purpose."""


class InputError(ArticleCleanError, ValueError):
    """The input cannot be read as text at all (e.g. binary data, wrong type)."""


class ConfigError(ArticleCleanError, TypeError):
    """A CleanerConfig option or override is unknown or out of range."""
