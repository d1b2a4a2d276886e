"""A crawl record's HTTP encodings undone within the record limit, and broken ones
reported as the record's error: a body that unpacks to gigabytes (a few KB gzipped
twice) was unpacked whole before its size was looked at, and a gzip body cut short or a
broken brotli body raised out of the reader, ending the file at that record."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("brotli")  # FastWARC's own dependency

import brotli

from articleclean import warc
from crawl_files import page, response

_UNPACKED = 64 * 1024 * 1024
_LIMIT = 1024 * 1024


def _packed_spaces(wbits: int) -> bytes:
    """`_UNPACKED` bytes of a page and spaces, compressed piece by piece (the test itself
    never holds them)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    chunks = [packer.compress(page("Bomb").encode())]
    block = b" " * _LIMIT
    chunks += [packer.compress(block) for _ in range(_UNPACKED // _LIMIT)]
    return b"".join(chunks) + packer.flush()


def _bodies() -> dict[str, tuple[bytes, str]]:
    spaces = b" " * _UNPACKED
    return {
        "gzip twice": (gzip.compress(_packed_spaces(31)), "gzip, gzip"),
        "deflate": (_packed_spaces(15), "deflate"),
        "br": (brotli.compress(spaces, quality=1), "br"),
    }


@pytest.mark.parametrize("coding", ["gzip twice", "deflate", "br"])
def test_a_body_that_unpacks_past_the_limit_is_refused_unpacked_no_further(
    tmp_path: Path, coding: str
) -> None:
    body, encoding = _bodies()[coding]
    path = tmp_path / "bomb.warc"
    path.write_bytes(response(1, "https://a.example/1", body, extra={"Content-Encoding": encoding}))
    tracemalloc.start()
    try:
        items = list(warc.read(path, max_bytes=_LIMIT))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [i.status for i in items] == ["too_large"]
    assert "--max-bytes" in (items[0].message or "")
    # unpacked whole, the body alone took all of `_UNPACKED`
    assert peak < _UNPACKED // 4


def _three(tmp_path: Path, broken: bytes, encoding: str) -> list[warc.WarcArticle]:
    good = page("A page before and after").encode()
    path = tmp_path / "broken.warc"
    path.write_bytes(
        response(1, "https://a.example/1", good)
        + response(2, "https://a.example/2", broken, extra={"Content-Encoding": encoding})
        + response(3, "https://a.example/3", good)
    )
    return list(warc.articles(path))


@pytest.mark.parametrize(
    ("broken", "encoding"),
    [
        (gzip.compress(page("Cut short").encode())[:-20], "gzip"),
        (zlib.compress(page("Cut short").encode())[:-20], "deflate"),
        (b"not brotli at all" * 5, "br"),
        (brotli.compress(page("Cut short").encode())[:-20], "br"),
    ],
    ids=["gzip cut short", "deflate cut short", "not brotli", "brotli cut short"],
)
def test_a_broken_body_is_the_records_error_and_the_file_goes_on(
    tmp_path: Path, broken: bytes, encoding: str
) -> None:
    items = _three(tmp_path, broken, encoding)
    assert [i.article.status for i in items] == ["ok", "error", "ok"]
    assert "HTTP encoding" in (items[1].article.message or "")


def test_bodies_within_the_limit_unpack_as_before(tmp_path: Path) -> None:
    body = page("Packed three ways").encode() * 3
    packed = {
        "gzip": gzip.compress(body),
        "x-gzip": gzip.compress(body[:500]) + gzip.compress(body[500:]),  # two members
        "deflate": zlib.compress(body),
        "br": brotli.compress(body),
        "gzip, br": brotli.compress(gzip.compress(body)),
    }
    for encoding, data in packed.items():
        for limit in (None, len(body), 10 * len(body)):
            assert warc._decode_http(data, {"content": encoding}, limit) == body, encoding
        with pytest.raises(warc._OverLimit):
            warc._decode_http(data, {"content": encoding}, len(body) - 1)
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    bare = raw.compress(body) + raw.flush()  # raw deflate, as some servers send it
    assert warc._decode_http(bare, {"content": "deflate"}, len(body)) == body


def test_a_record_with_an_http_header_over_64_kb_is_its_error_and_the_file_goes_on(
    tmp_path: Path,
) -> None:
    # read by FastWARC's iterator, such a header ended the file: the third page was lost
    good = page("A page before and after").encode()
    path = tmp_path / "header.warc"
    path.write_bytes(
        response(1, "https://a.example/1", good)
        + response(2, "https://a.example/2", good, extra={"Set-Cookie": "a" * 100_000})
        + response(3, "https://a.example/3", good)
    )
    items = list(warc.articles(path))
    assert [(i.url, i.article.status) for i in items] == [
        ("https://a.example/1", "ok"),
        ("https://a.example/2", "error"),
        ("https://a.example/3", "ok"),
    ]
    assert "HTTP header" in (items[1].article.message or "")


def test_the_records_for_spark_and_dask_are_read_within_the_limit(tmp_path: Path) -> None:
    # `records` (Spark's and Dask's reader) read with no limit: the bomb was unpacked
    # whole in the task's memory and came out as one record of its full size
    body, encoding = _bodies()["gzip twice"]
    path = tmp_path / "bomb.warc"
    path.write_bytes(
        response(1, "https://a.example/1", body, extra={"Content-Encoding": encoding})
        + response(2, "https://a.example/2", page("After the bomb").encode())
    )
    tracemalloc.start()
    try:
        rows = list(warc.records([path], max_bytes=_LIMIT))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(r["url"], r["status"]) for r in rows] == [
        ("https://a.example/1", "too_large"),
        ("https://a.example/2", "ok"),
    ]
    assert peak < _UNPACKED // 4


def test_the_records_for_spark_and_dask_have_the_cleaners_limit_by_default() -> None:
    import inspect

    from articleclean import CleanerConfig

    default = inspect.signature(warc.records).parameters["max_bytes"].default
    assert default == CleanerConfig().max_input_bytes
