"""Crawl input: pages/s from a WARC file against the same pages as a folder of files.

The first `limit` webeval pages (200 by default) are written twice into a
temporary folder: as `.html` files, and as one WARC (gzip per record, as
crawlers write it, with FastWARC's writer). `articleclean clean -j 2` cleans
each; the difference is the cost of reading the WARC in the parent process
and sending each page to a worker through its pipe, against a worker opening
a file by name. A second table times reading alone: FastWARC (the reader
articleclean uses), warcio when installed, and the files.

    python -m bench.crawl [--limit N]

`run(limit) -> str` returns the tables for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .cli_scaling import measure
from .corpus import pages

DEFAULT_PAGES = 200
REPEATS = 3


def _warc_record(number: int, url: str, html: bytes) -> bytes:
    import uuid

    from fastwarc.warc import WarcRecord, WarcRecordType

    record = WarcRecord()
    record.init_headers(
        record_type=WarcRecordType.response, record_urn=f"uuid:{uuid.UUID(int=number)}".encode()
    )
    record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = "application/http; msgtype=response"
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    record.set_bytes_content(head + html)
    out = io.BytesIO()
    record.write(out)
    return gzip.compress(out.getvalue(), compresslevel=6, mtime=0)


def write_inputs(folder: Path, limit: int) -> tuple[Path, Path, int]:
    files = folder / "pages"
    files.mkdir()
    warc = folder / "pages.warc.gz"
    count = 0
    with open(warc, "wb") as handle:
        for count, page in enumerate(pages(limit=limit), start=1):
            name = page.file.removesuffix(".gz")
            name = name if name.endswith((".html", ".htm")) else name + ".html"
            (files / name).write_bytes(page.html)
            handle.write(_warc_record(count, f"https://webeval.example/{name}", page.html))
    return files, warc, count


def _best(read: Callable[[], int]) -> tuple[float, int]:
    best, seen = float("inf"), 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        seen = read()
        best = min(best, time.perf_counter() - started)
    return best, seen


def _read_fastwarc(path: Path) -> int:
    from articleclean.warc import read

    return sum(1 for item in read(path) if item.status == "document")


def _read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response" and record.http_headers.get_statuscode() == "200":
                record.content_stream().read()
                count += 1
    return count


def _read_files(folder: Path) -> int:
    count = 0
    for path in sorted(folder.iterdir()):
        path.read_bytes()
        count += 1
    return count


def run(limit: int | None = None) -> str:
    limit = limit or DEFAULT_PAGES
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, warc, count = write_inputs(folder, limit)
        size = sum(p.stat().st_size for p in files.iterdir())
        warc_bytes = warc.stat().st_size
        from_files = measure(files, folder / "files.jsonl", 2, count)
        from_warc = measure(warc, folder / "warc.jsonl", 2, count)
        reads: list[tuple[str, float, int]] = []
        seconds, seen = _best(lambda: _read_fastwarc(warc))
        reads.append(("WARC, FastWARC (`articleclean.warc.read`)", seconds, seen))
        try:
            seconds, seen = _best(lambda: _read_warcio(warc))
            reads.append(("WARC, warcio 1.x `ArchiveIterator`", seconds, seen))
        except ImportError:
            pass
        seconds, seen = _best(lambda: _read_files(files))
        reads.append(("folder of `.html` files", seconds, seen))
    lines = [
        f"{count} webeval pages ({size / 1e6:.1f} MB of HTML; the WARC, gzip per record, "
        f"{warc_bytes / 1e6:.1f} MB). `articleclean clean -q -j 2 -o OUT.jsonl`, wall clock "
        "and CPU time of all its processes:",
        "",
        "| input | pages | seconds | pages/s | CPU s |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, m in (("folder of `.html` files", from_files), ("one `.warc.gz`", from_warc)):
        lines.append(
            f"| {name} | {m.documents} | {m.seconds:.1f} | {m.rate:.1f} | {m.cpu_seconds:.1f} |"
        )
    lines += [
        "",
        f"Reading alone (best of {REPEATS}, one process, every page's bytes in memory):",
        "",
        "| reader | pages | seconds | pages/s |",
        "|---|---:|---:|---:|",
    ]
    for name, seconds, seen in reads:
        lines.append(f"| {name} | {seen} | {seconds:.3f} | {seen / seconds:.0f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl")
    parser.add_argument("--limit", type=int, default=DEFAULT_PAGES)
    args = parser.parse_args()
    print(run(args.limit))


if __name__ == "__main__":
    main()
