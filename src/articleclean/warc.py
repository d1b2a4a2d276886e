"""Read WARC and WET files (web crawls, Common Crawl) and clean the pages in them.

>>> from articleclean.warc import articles  # doctest: +SKIP
>>> for item in articles("crawl.warc.gz"):  # doctest: +SKIP
...     print(item.id, item.url, item.article.status, item.article.title)

A WARC `response` record with HTTP status 200 and an HTML Content-Type is a
page; a WET `conversion` record is a text dump. Other responses (images,
redirects, 404s) are skipped with a reason; request, metadata, warcinfo and
revisit records are not documents and are passed over silently. A record cut
short (a truncated download) or an HTTP body that cannot be decoded becomes
an error; a header that cannot be parsed stops the file there, with an error
for the rest, as nothing after it can be trusted to start a record; so does a
gzipped file cut inside a member, after the records before the cut.

Reading is FastWARC's (`pip install 'articleclean[warc]'`): gzip per record,
whole-file gzip and plain WARC are recognised by their content; a gzipped file
(read by path) is unpacked here, so that a cut member is seen. HTTP
transfer and content encodings (chunked, gzip, deflate, br) are undone here,
so a cut-off record is seen as such instead of quietly coming out short, and
no further than the record limit (`max_bytes`), so a small body that unpacks to
gigabytes is `too_large` without them being held.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal

try:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError("articleclean.warc needs FastWARC: pip install 'articleclean[warc]'") from exc

from .article import Article
from .config import DEFAULT_MAX_INPUT_BYTES, CleanerConfig
from .errors import InputError
from .pipeline import Cleaner, cleaner_for, dump_text
from .readers.decode import head_text, looks_like_html

try:
    from brotli import error as _BrotliError  # FastWARC's own dependency
except ImportError:  # pragma: no cover - FastWARC installs it

    class _BrotliError(Exception):  # type: ignore[no-redef]
        """Stands in for brotli's error where brotli is missing (nothing raises it)."""


__all__ = [
    "WarcArticle",
    "WarcItem",
    "articles",
    "read",
    "records",
]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+xhtml"})
_TYPES = WarcRecordType.response | WarcRecordType.conversion

Status = Literal["document", "skipped", "error", "too_large"]


@dataclass(frozen=True)
class WarcItem:
    """One record of a crawl that could be a document, and what became of it.

    `status` "document": `payload` holds the page (kind "html") or text dump
    (kind "text"). "skipped": not an article source (`message` says why).
    "error" and "too_large": the record is broken or over the size limit.
    """

    status: Status
    id: str
    url: str | None
    kind: Literal["html", "text"]
    content_type: str | None
    payload: bytes = b""
    message: str | None = None
    offset: int = 0
    """Bytes of the file read when this record was done (for a progress bar)."""


@dataclass(frozen=True)
class WarcArticle:
    id: str
    url: str | None
    content_type: str | None
    article: Article


def read(
    source: str | os.PathLike[str] | IO[bytes], *, max_bytes: int | None = None
) -> Iterator[WarcItem]:
    """Every response and conversion record of a WARC/WET file or binary stream, in order."""
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            gzipped = handle.read(2) == b"\x1f\x8b"
            handle.seek(0)
            stream = _CutGzip(handle) if gzipped else handle
            yield from _read_stream(stream, max_bytes, handle)
    else:
        yield from _read_stream(source, max_bytes)


class _CutGzip:
    """A gzip file's content for FastWARC, which stops at a member cut short (a
    truncated download) in silence, its records lost with no error: here reading
    ends where the file does and `cut` says why."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self.cut: str | None = None

    def read(self, size: int = -1) -> bytes:
        if self.cut is not None:
            return b""
        try:
            # read1: one read of the file at most, so the data before a cut is not
            # thrown away with the exception, as read()'s filling of `size` would.
            return self._gzip.read1(size)
        except (EOFError, OSError, zlib.error) as exc:
            # Anything raised here would reach FastWARC's Rust code as a panic.
            self.cut = f"{type(exc).__name__}: {exc}"
            return b""

    def tell(self) -> int:  # FastWARC asks for it
        return self._gzip.tell()


def _position(handle: IO[bytes]) -> int:
    try:
        return handle.tell()
    except (OSError, ValueError):
        return 0


def _read_stream(
    stream: IO[bytes] | _CutGzip, max_bytes: int | None, raw: IO[bytes] | None = None
) -> Iterator[WarcItem]:
    """The items of a stream; `raw` is the file under a `_CutGzip` (its offsets)."""
    handle = raw if raw is not None else stream
    # HTTP headers are read per record (`_item`): read by the iterator, one record's
    # header over FastWARC's 64 KB ended the file there, every later record lost.
    records = iter(
        ArchiveIterator(stream, record_types=_TYPES, parse_http=False, auto_decode="none")
    )
    number = 0
    last: WarcItem | None = None
    while True:
        number += 1
        try:
            record = next(records)
        except StopIteration:
            cut = stream.cut if isinstance(stream, _CutGzip) else None
            if cut is not None and not (last is not None and last.status == "error"):
                where = _position(handle)
                message = f"the file is cut short near byte {where} ({cut}): what followed is lost"
                yield WarcItem("error", f"record-{number}", None, "html", None, message=message)
            return
        except (OSError, ValueError) as exc:
            # FastWARC cannot find the next record after a broken header: the rest of the
            # file is unreadable, and that is said once, as an error.
            where = _position(handle)
            message = f"reading stopped near byte {where}: {type(exc).__name__}: {exc}"
            yield WarcItem("error", f"record-{number}", None, "html", None, message=message)
            return
        try:
            item = _item(record, number, max_bytes)
        except (OSError, ValueError) as exc:
            item = WarcItem("error", f"record-{number}", None, "html", None, message=f"{exc}")
        last = _at(item, _position(handle))
        yield last


def _at(item: WarcItem, offset: int) -> WarcItem:
    return WarcItem(
        item.status,
        item.id,
        item.url,
        item.kind,
        item.content_type,
        item.payload,
        item.message,
        offset,
    )


def _item(record: Any, number: int, max_bytes: int | None) -> WarcItem:
    headers = record.headers
    record_id = headers.get("WARC-Record-ID") or f"record-{number}"
    url = headers.get("WARC-Target-URI") or None
    if record.record_type == WarcRecordType.conversion:
        content_type = headers.get("Content-Type") or "text/plain"
        kind: Literal["html", "text"] = "html" if _mime(content_type) in HTML_TYPES else "text"
        return _with_body(record, record_id, url, kind, content_type, {}, max_bytes)
    try:
        record.parse_http(auto_decode="none")
    except OSError as exc:  # (a header over 64 KB): this record's error, the file goes on
        message = f"the HTTP header cannot be read: {exc}"
        return WarcItem("error", record_id, url, "html", None, message=message)
    http = record.http_headers
    if http is None:
        return WarcItem("skipped", record_id, url, "html", None, message="not an HTTP response")
    content_type = http.get("Content-Type")
    status = http.status_code
    if status != 200:
        return WarcItem("skipped", record_id, url, "html", content_type, message=f"HTTP {status}")
    mime = _mime(content_type)
    if mime and mime not in HTML_TYPES:
        return WarcItem(
            "skipped", record_id, url, "html", content_type, message=f"not HTML: {mime}"
        )
    encodings = {
        "transfer": (http.get("Transfer-Encoding") or "").lower(),
        "content": (http.get("Content-Encoding") or "").lower(),
    }
    item = _with_body(record, record_id, url, "html", content_type, encodings, max_bytes)
    if (
        item.status == "document"
        and not mime
        and not looks_like_html(head_text(item.payload[:4096]))
    ):
        return WarcItem(
            "skipped", record_id, url, "html", content_type, message="not HTML: no Content-Type"
        )
    return item


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _with_body(
    record: Any,
    record_id: str,
    url: str | None,
    kind: Literal["html", "text"],
    content_type: str | None,
    encodings: dict[str, str],
    max_bytes: int | None,
) -> WarcItem:
    expected = record.content_length
    if max_bytes is not None and expected > max_bytes:
        message = f"record is {expected} bytes; the limit (--max-bytes) is {max_bytes}"
        return WarcItem("too_large", record_id, url, kind, content_type, message=message)
    body = record.reader.read() if record.reader is not None else b""
    if len(body) < expected:
        message = f"record is truncated: {len(body)} of {expected} bytes"
        return WarcItem("error", record_id, url, kind, content_type, message=message)
    try:
        body = _decode_http(body, encodings, max_bytes)
    except _OverLimit:
        # (its size is not known: the decoding stopped one byte past the limit)
        message = f"record decodes to more than the limit (--max-bytes) of {max_bytes} bytes"
        return WarcItem("too_large", record_id, url, kind, content_type, message=message)
    except (OSError, ValueError, EOFError, zlib.error, _BrotliError) as exc:
        # EOFError: a gzip body cut short; brotli's own error is no ValueError. Either
        # let through ended the file's reading with a traceback, its later records lost.
        message = f"cannot undo the HTTP encoding {encodings}: {type(exc).__name__}: {exc}"
        return WarcItem("error", record_id, url, kind, content_type, message=message)
    if max_bytes is not None and len(body) > max_bytes:
        message = f"record is {len(body)} bytes decoded; the limit (--max-bytes) is {max_bytes}"
        return WarcItem("too_large", record_id, url, kind, content_type, message=message)
    return WarcItem("document", record_id, url, kind, content_type, body)


class _OverLimit(Exception):
    """A body that decodes to more than the record limit (a gzip "bomb": a few KB that
    unpack to gigabytes, more again with each encoding named twice)."""


def _decode_http(body: bytes, encodings: dict[str, str], limit: int | None = None) -> bytes:
    """`body` with its HTTP encodings undone; `_OverLimit` as soon as a step's output
    passes `limit` bytes, so memory stays within the limit whatever the body unpacks to
    (unpacked whole, 2 KB gzipped twice took 1 GB before the size was checked)."""
    if "chunked" in encodings.get("transfer", ""):
        body = _dechunk(body)
    for coding in reversed([c.strip() for c in encodings.get("content", "").split(",")]):
        if coding in ("gzip", "x-gzip"):
            body = _gunzip(body, limit)
        elif coding == "deflate":
            try:
                body = _inflate(body, zlib.MAX_WBITS, limit)
            except zlib.error:  # raw deflate, as some servers send it
                body = _inflate(body, -zlib.MAX_WBITS, limit)
        elif coding == "br":
            body = _unbrotli(body, limit)
        elif coding not in ("", "identity"):
            raise ValueError(f"unknown Content-Encoding {coding!r}")
    return body


def _within(data: bytes, limit: int | None) -> bytes:
    if limit is not None and len(data) > limit:
        raise _OverLimit
    return data


def _gunzip(body: bytes, limit: int | None) -> bytes:
    """What `gzip.decompress` gives (every member, EOFError when cut short), read to
    one byte past `limit` at most."""
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as unpacked:
        return _within(unpacked.read(-1 if limit is None else limit + 1), limit)


def _inflate(body: bytes, wbits: int, limit: int | None) -> bytes:
    """What `zlib.decompress(body, wbits)` gives, unpacked to one byte past `limit` at most."""
    inflater = zlib.decompressobj(wbits)
    data = _within(inflater.decompress(body, 0 if limit is None else limit + 1), limit)
    if not inflater.eof:
        raise zlib.error("incomplete or truncated stream")
    return data


def _unbrotli(body: bytes, limit: int | None) -> bytes:
    """What `brotli.decompress` gives, unpacked to one byte past `limit` at most."""
    import brotli  # FastWARC's own dependency

    if limit is None:
        return bytes(brotli.decompress(body))
    unpacker = brotli.Decompressor()
    data = _within(unpacker.process(body, output_buffer_limit=limit + 1), limit)
    if not unpacker.is_finished():
        raise ValueError("the brotli stream is cut short")
    return data


def _dechunk(body: bytes) -> bytes:
    parts: list[bytes] = []
    at = 0
    while True:
        end = body.find(b"\r\n", at)
        if end < 0:
            raise ValueError("chunked body ends inside a chunk header")
        size = int(body[at:end].split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            return b"".join(parts)
        start = end + 2
        if start + size > len(body):
            raise ValueError("chunked body ends inside a chunk")
        parts.append(body[start : start + size])
        at = start + size + 2


def text_of(item: WarcItem) -> str:
    """The record's content as text, decoded with the HTTP charset when there is one."""
    return dump_text(item.payload, item.content_type)


def clean_item(cleaner: Cleaner, item: WarcItem) -> Article:
    """The article of one record; a record that is not a document gets its status."""
    if item.status in ("error", "too_large"):
        return Article(status=item.status, message=item.message)
    if item.status != "document":
        raise ValueError(f"record {item.id} is not a document ({item.message})")
    if item.kind == "html":
        return cleaner.clean_html(item.payload, url=item.url, content_type=item.content_type)
    return cleaner.clean_text(text_of(item))


def articles(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    config: CleanerConfig | None = None,
    **overrides: Any,
) -> Iterator[WarcArticle]:
    """The article of every page and text dump in a WARC/WET file or stream, in order.

    Skipped records (not HTML, not status 200) are left out; broken ones come
    as articles with status "error" (or "too_large"), so none goes missing silently.
    """
    cleaner = cleaner_for(config, overrides)
    for item in read(source, max_bytes=cleaner.config.max_input_bytes):
        if item.status == "skipped":
            continue
        try:
            article = clean_item(cleaner, item)
        except InputError as exc:  # (a binary body: it ended the iteration, and the file)
            article = Article(status="error", message=f"{type(exc).__name__}: {exc}")
        yield WarcArticle(item.id, item.url, item.content_type, article)


def records(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = DEFAULT_MAX_INPUT_BYTES
) -> Iterator[dict[str, Any]]:
    """Plain records for Spark and Dask: `id`, `url`, `content_type`, `kind`, `content`
    (the page or dump as text, decoded with its HTTP charset), `status`, `message`.

    Broken records are included with status "error" and empty content, so a
    cleaning step downstream still accounts for them; skipped ones are not. A record
    over `max_bytes` (the cleaner's `max_input_bytes` by default), raw or decoded, is
    one with status "too_large": read with no limit, a few KB that unpack to gigabytes
    were unpacked whole in the task's memory.
    """
    for path in paths:
        source = os.fspath(path)
        try:
            for item in read(path, max_bytes=max_bytes):
                if item.status != "skipped":
                    yield _record(source, item)
        except OSError as exc:
            # A file that cannot be read is one error record (after those read before
            # the failure), not the end of the partition: the task held other files.
            yield {
                "source": source,
                "id": source,
                "url": None,
                "content_type": None,
                "kind": None,
                "content": "",
                "status": "error",
                "message": f"cannot read {source}: {type(exc).__name__}: {exc}",
            }


def _record(source: str, item: WarcItem) -> dict[str, Any]:
    """The plain record of one item; a body that is not text (binary bytes) is an
    error record: its InputError ended the iteration, losing the file's other records."""
    status = "ok" if item.status == "document" else item.status
    message = item.message
    content = ""
    if item.status == "document":
        try:
            content = text_of(item)
        except InputError as exc:
            status, message = "error", f"{type(exc).__name__}: {exc}"
    return {
        "source": source,
        "id": item.id,
        "url": item.url,
        "content_type": item.content_type,
        "kind": item.kind,
        "content": content,
        "status": status,
        "message": message,
    }
