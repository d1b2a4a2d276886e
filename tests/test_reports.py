"""HTML reports: `explain FILE --html OUT` and `clean … --report OUT`, read as HTML and in
a real browser (headless Chromium: a screenshot that is not blank, and the DOM's text)."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from articleclean.batch.jobs import Outcome
from articleclean.batch.report import EXPLAIN_ALL, SAMPLE, TOP, BatchReport, anchor_of
from browser import colours, screenshot_and_dom
from test_cli import run_cli

HOSTILE = [
    "Council passes the <b>budget</b> & more",
    "",
    'LONDON: The council approved the budget on Tuesday <script>alert("x")</script> after a '
    "debate that lasted well into the night, with eleven votes in favour and four against.",
    "",
    "The plan puts more money into road repairs and the public library, and it delays the "
    'renovation of the old swimming pool "by two more years" <img src=x onerror=alert(1)>.',
    "",
    "Share this article",
    "",
    "Residents who spoke at the meeting asked for more street lighting in the northern "
    "districts, where several accidents happened last winter. </div></body><a href='http://x'>",
    "",
    "Advertisement",
    "",
    "Read more: Ten things to know about the budget",
    "",
]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Page:
    parser = _Page()
    parser.feed(html)
    parser.close()
    return parser


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def assert_self_contained(page: _Page) -> None:
    assert "script" not in page.tags and "img" not in page.tags and "iframe" not in page.tags
    names = {name for name, _ in page.attrs}
    assert not names & {"src", "onerror", "onload"}
    for name, value in page.attrs:
        if name == "href":
            assert value is not None and value.startswith("#"), value
    assert "link" not in page.tags  # no stylesheet to fetch


@pytest.fixture
def hostile_dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.txt"
    path.write_text("\n".join(HOSTILE), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_report(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[bytes], Path]:
    """One `explain dump.txt --html report.html` run, read as HTML and in Chromium."""
    folder = tmp_path_factory.mktemp("explain")
    (folder / "dump.txt").write_text("\n".join(HOSTILE), encoding="utf-8")
    result = run_cli("explain", "dump.txt", "--html", "report.html", cwd=folder)
    return result, folder / "report.html"


def test_explain_html_escapes_and_marks_every_line(
    hostile_report: tuple[subprocess.CompletedProcess[bytes], Path],
) -> None:
    result, report = hostile_report
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""  # the page is the output
    html = report.read_text(encoding="utf-8")
    page = parse(html)
    assert_self_contained(page)
    assert "Content-Security-Policy" in html
    text = squash(" ".join(page.text))
    for line in HOSTILE:
        assert squash(line) in text
    # Each piece carries its mark as words, not only as a colour.
    assert "title" in text and "kept" in text
    assert re.search(r"REMOVED: [a-z_]+ \([a-z_]+\)", text)
    assert re.search(r"removed, [a-z_]+: \d+", text)


def test_explain_html_of_a_page_lists_extracted_blocks(tmp_path: Path) -> None:
    paragraphs = [line for line in HOSTILE if len(line) > 100]
    body = "".join(f"<p>{p.replace('<', '&lt;')}</p>" for p in paragraphs)
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Budget night</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    result = run_cli("explain", "page.html", "--html", "out.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = parse((tmp_path / "out.html").read_text(encoding="utf-8"))
    assert_self_contained(page)
    text = squash(" ".join(page.text))
    assert "extracted blocks" in text
    for paragraph in paragraphs:
        assert squash(paragraph) in text
    # `--html` with no value still means "read FILE as HTML" (the older form).
    older = run_cli("explain", "page.html", "--html", "--no-color", cwd=tmp_path)
    assert older.returncode == 0, older.stderr
    assert b"kept" in older.stdout


def test_batch_report_counts_and_links_each_document(tmp_path: Path, hostile_dump: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"d{n}.txt").write_text("\n".join(HOSTILE).replace("budget", f"budget {n}"))
    (folder / "empty.txt").write_text("\n\n")
    result = run_cli("clean", "in", "-o", "out.jsonl", "--report", "batch.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "batch.html").read_text(encoding="utf-8")
    page = parse(html)
    assert_self_contained(page)
    text = squash(" ".join(page.text))
    assert "4 documents" in text
    assert "Explain views: every document" in text
    for n in range(3):
        assert f'href="#{anchor_of(f"in/d{n}.txt")}"' in html
        assert f'id="{anchor_of(f"in/d{n}.txt")}"' in html
    assert re.search(r"Documents by status ok 3 empty 1", text)
    assert "Removals per reason" in text and "Removals per rule" in text


def _outcome(n: int, removed: int) -> Outcome:
    record_id = f"doc-{n:04d}"
    return Outcome(
        id=record_id,
        status="ok",
        removals={"boilerplate": removed} if removed else {},
        report={
            "rules": {"boilerplate_line": removed} if removed else {},
            "kept": 3,
            "explain": f'<section id="{anchor_of(record_id)}">{record_id}</section>',
        },
    )


def test_small_batch_explains_all_large_batch_a_stable_sample() -> None:
    small = BatchReport()
    for n in range(EXPLAIN_ALL):
        small.add(_outcome(n, n % 7))
    shown, complete = small.explained()
    assert complete and len(shown) == EXPLAIN_ALL

    def large() -> BatchReport:
        report = BatchReport()
        for n in range(EXPLAIN_ALL * 3):
            report.add(_outcome(n, 100 if n in (5, 555) else n % 7))
        return report

    shown, complete = large().explained()
    assert not complete
    assert SAMPLE <= len(shown) <= SAMPLE + TOP
    ids = [d.id for d in shown]
    assert "doc-0005" in ids and "doc-0555" in ids  # the most removed are always there
    assert ids == [d.id for d in large().explained()[0]]  # the same every run
    assert any(int(i[4:]) >= EXPLAIN_ALL * 2 for i in ids)  # spread over the whole batch
    html = large().render()
    assert html.count("<section") == len(shown)
    assert [d.id for d in large().most_removed()][:2] == ["doc-0005", "doc-0555"]


# --- in a real browser -------------------------------------------------------------------


def test_explain_page_in_chromium(
    tmp_path: Path, hostile_report: tuple[subprocess.CompletedProcess[bytes], Path]
) -> None:
    result, report = hostile_report
    assert result.returncode == 0, result.stderr
    dom = parse(screenshot_and_dom(report, tmp_path / "explain.png", 900, 700))
    count, inked = colours(tmp_path / "explain.png")
    assert count > 20 and inked > 0.05, (count, inked)
    assert "script" not in dom.tags and "img" not in dom.tags
    text = squash(" ".join(dom.text))
    for line in HOSTILE:
        assert squash(line) in text


def test_batch_report_in_chromium(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    from crawl_files import gzip_each, page, response

    records = [
        response(n, f"https://news.example/{n}", page(f"Story {n}").encode()) for n in (1, 2)
    ]
    records.append(response(3, "https://news.example/x.png", b"\x89PNG", "image/png"))
    (tmp_path / "crawl.warc.gz").write_bytes(gzip_each(records))
    result = run_cli("clean", "crawl.warc.gz", "-o", "out/", "--report", "r.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = tmp_path / "r.html"
    dom = parse(screenshot_and_dom(report, tmp_path / "batch.png", 900, 700))
    count, inked = colours(tmp_path / "batch.png")
    assert count > 20 and inked > 0.05, (count, inked)
    text = squash(" ".join(dom.text))
    assert "Story 1" in text and "Story 2" in text
    assert "not HTML: image/png 1" in text
    assert "Documents by status ok 2" in text


def test_report_views_an_auto_job_as_the_cleaner_read_it() -> None:
    # The explain view shows a text dump's lines and a page's extracted blocks; with
    # `kind="auto"` it asks the Cleaner's own choice (`pipeline.reads_as_html`).
    from articleclean.batch.jobs import Job
    from articleclean.batch.report import ReportHandler
    from articleclean.config import CleanerConfig

    handler = ReportHandler(CleanerConfig())
    page = (
        "<html><head><title>Council budget</title></head><body><article><h1>Council budget"
        "</h1><p>" + HOSTILE[2].replace("<", "") + "</p></article></body></html>"
    )
    dump = "\n\n".join([HOSTILE[2].split(" <")[0], "Share this article", "Advertisement"])
    dump = dump.encode("utf-8")
    views = {}
    for name, payload in (("page", page.encode("utf-8")), ("dump", dump)):
        job = Job(name, "auto", name, "", payload=payload)
        views[name] = handler(job).report["explain"]
    assert "extracted blocks" in views["page"] and "input lines" not in views["page"]
    assert "input lines" in views["dump"] and "extracted blocks" not in views["dump"]


def test_report_decodes_a_crawl_text_record_with_its_declared_charset() -> None:
    # A crawl record's Content-Type names its charset; the Cleaner decodes with it, and the
    # explain view must show the same lines, not a guess (these bytes guess as cp1252).
    from articleclean.batch.jobs import Job
    from articleclean.batch.report import ReportHandler
    from articleclean.config import CleanerConfig

    lines = ["Café crème in the old town", "", "The café's crème brûlée sold out by noon."]
    payload = "\n".join(lines).encode("cp437")
    job = Job("r1", "text", "r1", "", payload=payload, content_type="text/plain; charset=IBM437")
    outcome = ReportHandler(CleanerConfig())(job)
    assert "crème brûlée" in outcome.output
    explain = outcome.report["explain"]
    assert "crème brûlée" in explain
    assert "crŠme" not in explain  # the bytes read as cp1252
