"""WARC and WET files as batch input: each page or text dump in them becomes a Job.

The file is read in this (the parent) process, one record at a time, and each
document travels to a worker as its payload, with the WARC-Record-ID as its
id, the WARC-Target-URI as its url and the HTTP Content-Type (whose charset
decodes the page). Records that are not articles (images, redirects, 404s)
are counted in a tally, not turned into output; broken ones become failed
Jobs, so the batch goes on.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .jobs import Job

CRAWL_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")


def is_crawl_file(name: str) -> bool:
    return name.lower().endswith(CRAWL_SUFFIXES)


@dataclass
class CrawlTally:
    """What the crawl readers saw besides documents, and how far they have read."""

    skipped: Counter[str] = field(default_factory=Counter)
    """Records that are not articles, by reason ("HTTP 404", "not HTML: image/png")."""
    done_bytes: int = 0
    """Bytes of the crawl files finished so far."""
    current_bytes: int = 0
    """Bytes read of the file being read."""

    def reset(self) -> None:
        """Start counting again (the cleaning pass after a learning pass over the same input)."""
        self.skipped.clear()
        self.done_bytes = self.current_bytes = 0

    @property
    def bytes_read(self) -> int:
        return self.done_bytes + self.current_bytes

    def render(self) -> str:
        ranked = sorted(self.skipped.items(), key=lambda item: (-item[1], item[0]))
        total = sum(self.skipped.values())
        return f"  skipped {total} crawl records (not articles): " + ", ".join(
            f"{reason} {n}" for reason, n in ranked
        )


def crawl_jobs(
    path: str, source: str, out_rel: str, max_bytes: int, tally: CrawlTally | None
) -> Iterator[Job]:
    """The documents of one WARC/WET file."""
    tally = tally if tally is not None else CrawlTally()
    try:
        from .. import warc
    except ImportError as exc:
        yield Job(source, "auto", out_rel, source, failure=("error", str(exc)))
        return
    try:
        size = os.path.getsize(path)
        items = warc.read(path, max_bytes=max_bytes)
        for item in items:
            tally.current_bytes = min(item.offset, size)
            if item.status == "skipped":
                tally.skipped[item.message or "skipped"] += 1
                continue
            yield _job(item, source, out_rel)
    except OSError as exc:
        message = f"cannot read {source}: {type(exc).__name__}: {exc}"
        yield Job(source, "auto", out_rel, source, failure=("error", message))
        return
    finally:
        tally.done_bytes += tally.current_bytes
        tally.current_bytes = 0


def _job(item: Any, source: str, out_rel: str) -> Job:
    from .inputs import safe_name, url_host

    # Record ids are unique within a file, not across files: the file makes the id whole
    # for the output path, while the record keeps its WARC-Record-ID as its id.
    rel = f"{out_rel}/{safe_name(item.id)}"
    site = (url_host(item.url) if item.url else None) or source
    if item.status != "document":
        return Job(item.id, item.kind, rel, site, url=item.url, failure=(item.status, item.message))
    return Job(
        item.id,
        item.kind,
        rel,
        site,
        payload=item.payload,
        url=item.url,
        content_type=item.content_type,
    )


def crawl_total(inputs: tuple[str, ...]) -> int | None:
    """The bytes of all inputs when every one is a crawl file, else None."""
    total = 0
    for spec in inputs:
        if not is_crawl_file(spec) or not os.path.isfile(spec):
            return None
        total += os.path.getsize(spec)
    return total


class ByteProgress:
    """A progress bar in bytes of the crawl files read, for a run whose record count
    is unknown up front; moved whenever a document is done."""

    def __init__(self, tally: CrawlTally, total: int) -> None:
        from tqdm import tqdm

        tqdm.monitor_interval = 0
        self.tally = tally
        self.bar = tqdm(
            total=total,
            desc="cleaning",
            unit="B",
            unit_scale=True,
            file=sys.stderr,
            dynamic_ncols=True,
        )

    def update(self, _documents: int = 1) -> None:
        step = self.tally.bytes_read - self.bar.n
        if step > 0:
            self.bar.update(step)

    def write(self, line: str, file: Any = None) -> None:
        self.bar.write(line, file=file)

    def close(self) -> None:
        self.update()
        self.bar.close()
