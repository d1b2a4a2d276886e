"""What flows through a batch: a Job (one document to clean) and its Outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["text", "html", "auto"]
"""How to read a document: a text dump, an HTML page, or decided by its content."""

FAILED = frozenset({"error", "timeout"})
"""Statuses that make the command exit with status 1."""


@dataclass(frozen=True)
class Job:
    """One document. Files travel as a path (the worker reads them), records as text."""

    id: str
    kind: Kind
    out_rel: str
    """Where the document's output goes under `-o DIR/`, without extension."""
    site: str
    """The site it belongs to for boilerplate learning: URL host, or the file's folder."""
    path: str | None = None
    payload: str | bytes | None = None
    url: str | None = None
    failure: tuple[str, str] | None = None
    """(status, message) already known when reading the input; no worker needed."""
    content_type: str | None = None
    """The HTTP Content-Type a page came with (crawl records); its charset decodes it."""


@dataclass(frozen=True)
class Outcome:
    """What became of a job: its status and its output, rendered by the worker."""

    id: str
    status: str
    message: str | None = None
    output: str | None = None
    """The rendered record (JSON, Markdown or text); None when there is nothing to write."""
    removals: dict[str, int] = field(default_factory=dict)
    keys: tuple[tuple[str, str], ...] = ()
    """For learning: (normalised key, original text) of each block."""
    site: str | None = None
    """For learning: the host of the URL the page gives itself, when the job had none."""
    report: dict[str, Any] | None = None
    """What `--report` needs of the document (rules, explain view); None without it."""
