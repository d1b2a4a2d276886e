"""WARC and WET input: the library iterator and `articleclean clean crawl.warc.gz`."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")

from articleclean import warc
from articleclean.batch.inputs import InputOptions, iter_jobs
from articleclean.batch.warc_inputs import CrawlTally
from crawl_files import (
    PARAGRAPHS,
    conversion,
    gzip_each,
    page,
    record_id,
    request,
    response,
)
from test_cli import records, run_cli

RUSSIAN = (
    "Новая линия метро откроется в декабре, сообщили в мэрии. Поезда будут ходить "
    "каждые три минуты, а на станциях установят лифты для пассажиров с колясками."
)


def crawl() -> list[bytes]:
    """Two pages among the records a real crawl holds besides pages."""
    return [
        request(1, "https://news.example/budget"),
        response(2, "https://news.example/budget", page("Council passes the budget").encode()),
        response(3, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        response(
            4,
            "https://news.example/old",
            b"",
            "text/html",
            "301 Moved Permanently",
            {"Location": "https://news.example/budget"},
        ),
        response(5, "https://news.example/gone", b"<html>gone</html>", status="404 Not Found"),
        response(6, "https://news.example/pool", page("The pool waits two more years").encode()),
    ]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_pages_come_out_with_record_id_url_and_content_type(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    items = list(warc.articles(path))
    assert [i.id for i in items] == [record_id(2), record_id(6)]
    assert [i.url for i in items] == ["https://news.example/budget", "https://news.example/pool"]
    assert items[0].content_type == "text/html; charset=utf-8"
    assert items[0].article.status == "ok"
    assert items[0].article.title == "Council passes the budget"
    assert PARAGRAPHS[1] in items[1].article.to_text()


def test_skipped_records_have_reasons(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    skipped = {i.url: i.message for i in warc.read(path) if i.status == "skipped"}
    assert skipped == {
        "https://news.example/logo.png": "not HTML: image/png",
        "https://news.example/old": "HTTP 301",
        "https://news.example/gone": "HTTP 404",
    }


def test_plain_and_whole_file_gzip_read_the_same(tmp_path: Path) -> None:
    plain = b"".join(crawl())
    per_record = [i.id for i in warc.read(write(tmp_path / "a.warc", plain))]
    whole = [i.id for i in warc.read(write(tmp_path / "b.warc.gz", gzip.compress(plain)))]
    each = [i.id for i in warc.read(write(tmp_path / "c.warc.gz", gzip_each(crawl())))]
    assert per_record == whole == each
    assert len(per_record) == 5  # the request record is not a document at all


def test_truncated_file_gives_an_error_for_the_cut_record(tmp_path: Path) -> None:
    data = gzip_each(crawl())
    path = write(tmp_path / "cut.warc.gz", data[: len(data) - 200])
    items = list(warc.read(path))
    assert items[0].status == "document"
    assert items[-1].status == "error"
    assert items[-1].id == record_id(6)
    assert "truncated" in (items[-1].message or "")


def test_truncated_plain_file(tmp_path: Path) -> None:
    data = b"".join(crawl())
    path = write(tmp_path / "cut.warc", data[: len(data) - 100])
    statuses = [(i.id, i.status) for i in warc.read(path)]
    assert statuses[0] == (record_id(2), "document")
    assert statuses[-1] == (record_id(6), "error")


def test_garbage_between_records_stops_the_file_with_an_error(tmp_path: Path) -> None:
    records_ = crawl()
    data = b"".join(records_[:2]) + b"this is not a WARC record\r\n\r\n" + b"".join(records_[2:])
    items = list(warc.read(write(tmp_path / "bad.warc", data)))
    assert items[0].status == "document"
    assert items[-1].status == "error"
    assert "reading stopped" in (items[-1].message or "")


def test_charset_from_the_http_header_decodes_the_page(tmp_path: Path) -> None:
    html = (
        "<html lang='ru'><head><title>Метро</title></head><body><article><h1>Метро</h1>"
        f"<p>{RUSSIAN}</p><p>{RUSSIAN} Ещё.</p></article></body></html>"
    ).encode("koi8-r")
    path = write(
        tmp_path / "ru.warc.gz",
        gzip_each([response(7, "https://ru.example/metro", html, "text/html; charset=KOI8-R")]),
    )
    (item,) = warc.articles(path)
    assert item.article.status == "ok"
    assert "Новая линия метро" in item.article.to_text()
    # The CLI carries the header to its workers too.
    result = run_cli("clean", "ru.warc.gz", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (out,) = records(result.stdout)
    assert "Новая линия метро" in " ".join(b["text"] for b in out["body"])


def test_http_encodings_are_undone(tmp_path: Path) -> None:
    body = page("Chunked and gzipped").encode()
    packed = gzip.compress(body)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(packed[i : i + 50]), packed[i : i + 50])
        for i in range(0, len(packed), 50)
    )
    chunked += b"0\r\n\r\n"
    deflated = zlib.compress(body)
    path = write(
        tmp_path / "enc.warc",
        response(
            8,
            "https://a.example/1",
            chunked,
            extra={"Transfer-Encoding": "chunked", "Content-Encoding": "gzip"},
        )
        + response(9, "https://a.example/2", deflated, extra={"Content-Encoding": "deflate"})
        + response(10, "https://a.example/3", b"\x00garbage", extra={"Content-Encoding": "gzip"}),
    )
    items = list(warc.articles(path))
    assert [i.article.status for i in items] == ["ok", "ok", "error"]
    assert items[0].article.title == items[1].article.title == "Chunked and gzipped"
    assert "HTTP encoding" in (items[2].article.message or "")


def test_wet_conversion_records_are_text_dumps(tmp_path: Path) -> None:
    dump = "Council passes the budget\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nShare this article\n"
    path = write(
        tmp_path / "cc.wet.gz",
        gzip_each([conversion(11, "https://news.example/budget", dump)]),
    )
    (item,) = warc.articles(path)
    assert item.id == record_id(11)
    assert item.content_type == "text/plain"
    assert item.article.title == "Council passes the budget"
    assert item.article.body[0].lines == (3, 3)  # lines of the dump itself: it was read as text


def test_too_large_records_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    items = list(warc.read(path, max_bytes=100))
    assert {i.status for i in items if i.status != "skipped"} == {"too_large"}


def test_cli_cleans_a_crawl_and_counts_what_it_skipped(tmp_path: Path) -> None:
    write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    result = run_cli("clean", "crawl.warc.gz", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = records(result.stdout)
    assert [(r["id"], r["url"], r["status"]) for r in out] == [
        (record_id(2), "https://news.example/budget", "ok"),
        (record_id(6), "https://news.example/pool", "ok"),
    ]
    stderr = result.stderr.decode()
    assert "skipped 3 crawl records" in stderr
    assert "HTTP 301 1" in stderr and "not HTML: image/png 1" in stderr


def test_cli_truncated_crawl_gives_an_error_record_and_goes_on(tmp_path: Path) -> None:
    data = gzip_each(crawl())
    write(tmp_path / "a-cut.warc.gz", data[: len(data) - 200])
    write(tmp_path / "b.wet", conversion(12, "https://b.example/", "\n\n".join(PARAGRAPHS)))
    result = run_cli("clean", "a-cut.warc.gz", "b.wet", cwd=tmp_path)
    assert result.returncode == 1  # a failed document, as for any other input
    out = records(result.stdout)
    assert [(r["id"], r["status"]) for r in out] == [
        (record_id(2), "ok"),
        (record_id(6), "error"),
        (record_id(12), "ok"),
    ]
    assert "truncated" in out[1]["message"]


def test_cli_resume_and_output_directory(tmp_path: Path) -> None:
    write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    first = run_cli("clean", "crawl.warc.gz", "-o", "out/", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    names = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json")
    )
    assert len(names) == 2
    assert all(n.startswith("crawl/urn_uuid_00000000-0000-0000-0000-00000000000") for n in names)
    saved = json.loads(next((tmp_path / "out").rglob("*0002-*.json")).read_text())
    assert saved["id"] == record_id(2)
    # Into one file: a rerun with --resume skips both pages and keeps the output.
    once = run_cli("clean", "crawl.warc.gz", "-o", "out.jsonl", cwd=tmp_path)
    assert once.returncode == 0, once.stderr
    before = (tmp_path / "out.jsonl").read_bytes()
    again = run_cli("clean", "crawl.warc.gz", "-o", "out.jsonl", "--resume", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "2 skipped as already done" in again.stderr.decode()
    assert (tmp_path / "out.jsonl").read_bytes() == before


def test_crawl_jobs_tally_bytes_read(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    tally = CrawlTally()
    jobs = list(iter_jobs((str(path),), InputOptions(crawl=tally)))
    assert [j.id for j in jobs] == [record_id(2), record_id(6)]
    assert jobs[0].content_type == "text/html; charset=utf-8"
    assert tally.bytes_read == path.stat().st_size
    assert sum(tally.skipped.values()) == 3


def test_records_for_spark_and_dask(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    rows = list(warc.records([path]))
    assert [r["id"] for r in rows] == [record_id(2), record_id(6)]
    assert rows[0]["kind"] == "html" and "<h1>Council passes the budget</h1>" in rows[0]["content"]
    assert rows[0]["source"] == str(path)


def test_learning_pass_does_not_count_skipped_records_twice(tmp_path: Path) -> None:
    write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    result = run_cli("clean", "crawl.warc.gz", "--learn-boilerplate", "-o", "o.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "skipped 3 crawl records" in result.stderr.decode()


def test_progress_in_bytes_follows_the_reader(tmp_path: Path) -> None:
    from articleclean.batch.warc_inputs import ByteProgress, crawl_total

    data = gzip_each(crawl())
    first = write(tmp_path / "a.warc.gz", data)
    second = write(tmp_path / "b.wet", conversion(12, "https://b.example/", "Some text."))
    total = crawl_total((str(first), str(second)))
    assert total == len(data) + second.stat().st_size
    assert crawl_total((str(first), str(tmp_path))) is None  # a folder: count unknown
    tally = CrawlTally()
    bar = ByteProgress(tally, total)
    seen = []
    for _job in iter_jobs((str(first), str(second)), InputOptions(crawl=tally)):
        bar.update()
        seen.append(bar.bar.n)
    bar.close()
    assert seen == sorted(seen) and 0 < seen[0] < total
    assert bar.bar.n == total


def test_without_fastwarc_each_crawl_file_is_an_error_naming_the_extra(tmp_path: Path) -> None:
    import subprocess
    import sys

    write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    code = (
        "import sys; sys.modules['fastwarc'] = None; sys.modules['fastwarc.warc'] = None\n"
        "from articleclean.cli import main\n"
        "main(['clean', 'crawl.warc.gz', '-j', '1'])\n"
    )
    from test_cli import _env

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=_env(), capture_output=True, timeout=120
    )
    assert result.returncode == 1
    (out,) = records(result.stdout)
    assert out["status"] == "error" and "articleclean[warc]" in out["message"]


def _response(number: int) -> bytes:
    page = (
        b"<html><body><p>" + b"The council voted to close the bridge. " * 50 + b"</p></body></html>"
    )
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{number}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


@pytest.mark.parametrize("cut", ["first", "second", "trailer"])
def test_a_cut_gzip_warc_keeps_the_records_before_the_cut_and_says_so(
    tmp_path: Path, cut: str
) -> None:
    # FastWARC stops at a gzip member cut short without an error: the records in it
    # were lost in silence (0 documents, exit 0, for a file cut in its first member).
    first, second = gzip.compress(_response(1)), gzip.compress(_response(2))
    data = first + second
    end = {"first": len(first) // 2, "second": len(first) + 40, "trailer": len(data) - 4}[cut]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:end])
    items = list(warc.read(path))
    documents = [item.id for item in items if item.status == "document"]
    assert (
        documents
        == {"first": [], "second": ["<urn:uuid:1>"], "trailer": ["<urn:uuid:1>", "<urn:uuid:2>"]}[
            cut
        ]
    )
    assert items[-1].status == "error"
    assert "cut short" in (items[-1].message or "")


def test_a_whole_gzip_warc_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(_response(1)) + gzip.compress(_response(2)))
    assert [(item.status, item.id) for item in warc.read(path)] == [
        ("document", "<urn:uuid:1>"),
        ("document", "<urn:uuid:2>"),
    ]


def _crawl_with_a_binary_page() -> list[bytes]:
    return [
        response(2, "https://news.example/budget", page("Council passes the budget").encode()),
        response(3, "https://news.example/blob", b"\x00\x01binary\x00" * 40, "text/html"),
        response(6, "https://news.example/pool", page("The pool waits two more years").encode()),
    ]


def test_a_binary_page_in_the_middle_is_an_error_and_the_file_goes_on(tmp_path: Path) -> None:
    # The page's InputError ("input looks binary") ended records() and articles(): the
    # records after it were lost, and a Spark task or Dask partition failed.
    path = write(tmp_path / "crawl.warc.gz", gzip_each(_crawl_with_a_binary_page()))
    rows = list(warc.records([path]))
    assert [(r["id"], r["status"]) for r in rows] == [
        (record_id(2), "ok"),
        (record_id(3), "error"),
        (record_id(6), "ok"),
    ]
    assert rows[1]["message"].startswith("InputError: input looks binary")
    assert rows[1]["content"] == ""
    items = list(warc.articles(path))
    assert [(i.id, i.article.status) for i in items] == [
        (record_id(2), "ok"),
        (record_id(3), "error"),
        (record_id(6), "ok"),
    ]


def test_a_crawl_file_that_cannot_be_read_is_an_error_record(tmp_path: Path) -> None:
    path = write(tmp_path / "crawl.warc.gz", gzip_each(crawl()))
    missing = tmp_path / "missing.warc.gz"
    rows = list(warc.records([path, missing, path]))
    assert [(r["source"], r["status"]) for r in rows] == [
        (str(path), "ok"),
        (str(path), "ok"),
        (str(missing), "error"),
        (str(path), "ok"),
        (str(path), "ok"),
    ]
    assert rows[2]["id"] == str(missing) and "FileNotFoundError" in rows[2]["message"]
