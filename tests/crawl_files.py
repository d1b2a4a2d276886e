"""Small WARC and WET files for the tests, written with FastWARC's own writer."""

from __future__ import annotations

import gzip
import io
import uuid

from fastwarc.warc import WarcRecord, WarcRecordType

PARAGRAPHS = [
    "The city council approved the new budget on Tuesday after a debate that "
    "lasted well into the night, with eleven votes in favour and four against.",
    "The plan puts more money into road repairs and the public library, and it "
    "delays the renovation of the old swimming pool by two more years.",
    "Residents who spoke at the meeting asked for more street lighting in the "
    "northern districts, where several accidents happened last winter.",
]


def page(title: str, paragraphs: list[str] | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    )


def record_id(n: int) -> str:
    return f"<urn:uuid:{uuid.UUID(int=n)}>"


def record(
    n: int,
    kind: WarcRecordType,
    uri: str,
    content: bytes,
    content_type: str,
) -> bytes:
    rec = WarcRecord()
    rec.init_headers(record_type=kind, record_urn=f"uuid:{uuid.UUID(int=n)}".encode())
    rec.headers["WARC-Target-URI"] = uri
    rec.headers["Content-Type"] = content_type
    rec.set_bytes_content(content)
    out = io.BytesIO()
    rec.write(out)
    return out.getvalue()


def http(status: str, headers: dict[str, str], body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode("latin-1") + b"\r\n" + body


def response(
    n: int,
    uri: str,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    extra: dict[str, str] | None = None,
) -> bytes:
    headers = {"Content-Type": content_type, **(extra or {})}
    return record(
        n,
        WarcRecordType.response,
        uri,
        http(status, headers, body),
        "application/http; msgtype=response",
    )


def request(n: int, uri: str) -> bytes:
    return record(
        n,
        WarcRecordType.request,
        uri,
        b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n",
        "application/http; msgtype=request",
    )


def conversion(n: int, uri: str, text: str) -> bytes:
    return record(n, WarcRecordType.conversion, uri, text.encode("utf-8"), "text/plain")


def gzip_each(records: list[bytes]) -> bytes:
    """One gzip member per record, as crawlers and Common Crawl write them."""
    return b"".join(gzip.compress(r, mtime=0) for r in records)
