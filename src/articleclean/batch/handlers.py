"""What a worker process does with a Job: clean and render it, or list its lines for learning.

A handler is built in the parent and copied into each worker; its Cleaner is
built lazily, so once per worker process and never per document. Where workers
are forked, the parent warms the handler first (`warm`), and every worker is
copied with its Cleaner built and warmed up.
"""

from __future__ import annotations

import json
from functools import cached_property
from typing import Protocol

from ..article import Article
from ..config import CleanerConfig
from ..document import Document
from ..pipeline import Cleaner, read_source
from .inputs import open_binary, url_host
from .jobs import Job, Kind, Outcome

FORMATS = ("json", "md", "txt")
RENDERED_STATUSES = frozenset({"ok", "empty"})
"""Markdown and text outputs exist only for these; failed documents have only a JSON record."""


class Handler(Protocol):
    def __call__(self, job: Job) -> Outcome: ...

    def failed(self, job: Job, status: str, message: str) -> Outcome: ...


class Warms(Protocol):
    """A handler that can build in the parent what its workers would each build."""

    def warm(self, kind: Kind) -> None: ...


class TooLarge(Exception):
    pass


def load(job: Job, max_bytes: int) -> str | bytes:
    """The document's content; a file is read here, in the worker, at most max_bytes + 1."""
    if job.payload is not None:
        return job.payload
    if job.path is None:
        raise ValueError(f"job {job.id!r} has neither a path nor a payload")
    with open_binary(job.path) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"input is over {max_bytes} bytes (--max-bytes)")
    return data


def _failure(exc: BaseException) -> tuple[str, str]:
    """The status and message of a job whose reading or cleaning raised: `too_large` for
    an input over --max-bytes (`load`), `error` with the exception's type and text for
    anything else."""
    if isinstance(exc, TooLarge):
        return "too_large", str(exc)
    return "error", f"{type(exc).__name__}: {exc}"


def record_of(job: Job, article: Article) -> dict[str, object]:
    """The JSON record: the source id (and URL, when known) in front of Article.to_dict()."""
    record: dict[str, object] = {"id": job.id}
    if job.url is not None:
        record["url"] = job.url
    record.update(article.to_dict())
    return record


class CleanHandler:
    """Cleans a job and renders it in the output format (`json`, `md` or `txt`)."""

    def __init__(self, config: CleanerConfig, fmt: str = "json", *, pretty: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.config = config
        self.fmt = fmt
        self.pretty = pretty

    @cached_property
    def cleaner(self) -> Cleaner:
        return Cleaner(self.config)

    def warm(self, kind: Kind) -> None:
        """Build the Cleaner, and what its first document of `kind` would build
        (`Cleaner.warm`; "auto" warms the text path, which most such documents take)."""
        self.cleaner.warm("html" if kind == "html" else "text")

    def __getstate__(self) -> dict[str, object]:
        # A worker that is spawned, not forked, builds its own Cleaner: a warmed one
        # is not pickled over to it.
        state = dict(self.__dict__)
        state.pop("cleaner", None)
        return state

    def __call__(self, job: Job) -> Outcome:
        try:
            article = self.clean(job)
        except Exception as exc:
            return self.failed(job, *_failure(exc))
        return self.render(job, article)

    def clean(self, job: Job) -> Article:
        data = load(job, self.config.max_input_bytes)
        return self.cleaner.clean(data, kind=job.kind, url=job.url, content_type=job.content_type)

    def failed(self, job: Job, status: str, message: str) -> Outcome:
        return self.render(job, Article(status=status, message=message))  # type: ignore[arg-type]

    def render(self, job: Job, article: Article) -> Outcome:
        output: str | None
        if self.fmt == "json":
            indent = 2 if self.pretty else None
            output = json.dumps(record_of(job, article), ensure_ascii=False, indent=indent)
        elif article.status not in RENDERED_STATUSES:
            output = None
        elif self.fmt == "md":
            output = article.to_markdown()
        else:
            output = article.to_text(title=True)
        return Outcome(
            id=job.id,
            status=article.status,
            message=article.message,
            output=output,
            removals=article.removed_by_reason(),
        )


class KeysHandler:
    """Lists the normalised blocks of a document (the first pass of boilerplate learning)."""

    def __init__(self, config: CleanerConfig) -> None:
        self.config = config

    def __call__(self, job: Job) -> Outcome:
        try:
            document = self.read(job)
        except Exception as exc:
            return self.failed(job, *_failure(exc))
        keys: dict[str, str] = {}
        for segment in document.segments:
            if segment.key and segment.key not in keys:
                keys[segment.key] = segment.text
        return Outcome(
            id=job.id, status="ok", keys=tuple(keys.items()), site=_page_host(job, document)
        )

    def read(self, job: Job) -> Document:
        # Read as the cleaning pass reads it: the keys learned must be the keys it meets.
        data = load(job, self.config.max_input_bytes)
        return read_source(data, kind=job.kind, url=job.url, content_type=job.content_type)

    def failed(self, job: Job, status: str, message: str) -> Outcome:
        return Outcome(id=job.id, status=status, message=message)


def _page_host(job: Job, document: Document) -> str | None:
    """A page saved as a file says where it came from (canonical link, og:url): its host
    groups it with the other pages of its site, wherever the files lie."""
    if job.url is not None:
        return None
    url = document.metadata.get("url")
    if not isinstance(url, str) or not url:
        return None
    return url_host(url) or None
