"""The batch machinery in-process: worker pool, outputs, inputs, learning, explain."""

from __future__ import annotations

import errno
import gzip
import json
import multiprocessing
import os
import pickle
import time
from pathlib import Path

import click
import pytest

from articleclean import CleanerConfig, clean_text
from articleclean.batch import outputs
from articleclean.batch.explain import explain_lines
from articleclean.batch.handlers import CleanHandler, KeysHandler
from articleclean.batch.inputs import InputOptions, iter_jobs, safe_name
from articleclean.batch.jobs import Job, Outcome
from articleclean.batch.learn import Learner, LearnSettings
from articleclean.batch.outputs import DirSink, FileSink, atomic_write
from articleclean.batch.runner import Runner
from articleclean.boilerplate_model import BoilerplateModel, load_boilerplate
from articleclean.errors import ConfigError
from warm_samples import DE_DUMP, EN_DUMP, FR_DUMP


class Echo:
    """A handler whose behaviour the job text picks: echo, hang, die or raise."""

    def __call__(self, job: Job) -> Outcome:
        text = str(job.payload)
        if text == "hang":
            time.sleep(3600)
        if text == "die":
            os._exit(3)
        if text == "raise":
            raise RuntimeError("boom")
        return Outcome(job.id, "ok", output=text.upper())

    def failed(self, job: Job, status: str, message: str) -> Outcome:
        return Outcome(job.id, status, message=message)


def _job(name: str, payload: str | None = None) -> Job:
    return Job(name, "text", name, "site", payload=name if payload is None else payload)


def test_runner_keeps_input_order_across_workers() -> None:
    jobs = [_job(f"doc{i}") for i in range(40)]
    results = list(Runner(Echo(), processes=2).run(jobs))
    assert [job.id for job, _ in results] == [job.id for job in jobs]
    assert [outcome.output for _, outcome in results] == [f"DOC{i}" for i in range(40)]


def test_runner_kills_a_hung_worker_and_goes_on() -> None:
    jobs = [_job("a"), _job("stuck", "hang"), _job("b"), _job("c")]
    results = {
        job.id: outcome for job, outcome in Runner(Echo(), processes=1, timeout=0.5).run(jobs)
    }
    assert results["stuck"].status == "timeout"
    assert "killed" in (results["stuck"].message or "")
    assert [results[name].output for name in "abc"] == ["A", "B", "C"]


def test_runner_reports_a_dead_worker_and_a_raising_handler() -> None:
    jobs = [_job("dead", "die"), _job("raised", "raise"), _job("fine")]
    results = {job.id: outcome for job, outcome in Runner(Echo(), processes=2).run(jobs)}
    assert results["dead"].status == "error"
    assert "exit code 3" in (results["dead"].message or "")
    assert results["raised"].status == "error"
    assert results["raised"].message == "RuntimeError: boom"
    assert results["fine"].output == "FINE"


def test_runner_reads_input_lazily_within_its_window() -> None:
    pulled = 0

    def jobs():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield _job(f"doc{i}")

    runner = Runner(Echo(), processes=2, window=10)
    results = runner.run(jobs())
    next(results)
    # The first result is out while at most a window's worth of input has been read.
    assert pulled <= 11
    results.close()


def test_runner_uses_known_failures_without_a_worker() -> None:
    job = Job("big", "text", "big", "site", failure=("too_large", "over the limit"))
    [(_, outcome)] = list(Runner(Echo(), processes=1).run([job]))
    assert (outcome.status, outcome.message) == ("too_large", "over the limit")


class Warming(Echo):
    """Echo that says in which process it was warmed up (None: never)."""

    def __init__(self, fails: bool = False) -> None:
        self.warmed_in: int | None = None
        self.warmed_for: str | None = None
        self.fails = fails

    def warm(self, kind: str) -> None:
        if self.fails:
            raise RuntimeError("warm-up failed")
        self.warmed_in = os.getpid()
        self.warmed_for = kind

    def __call__(self, job: Job) -> Outcome:
        return Outcome(job.id, "ok", output=f"{self.warmed_in} {self.warmed_for}")


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are spawned here"
)
def test_forked_workers_start_warmed_up_by_the_parent() -> None:
    # The handler is warmed once, here, for the first job's kind, before the first
    # worker is forked; every worker (two here) is a copy of the warmed handler.
    handler = Warming()
    jobs = [Job(f"doc{i}", "html", f"doc{i}", "site", payload="x") for i in range(6)]
    outputs = {outcome.output for _, outcome in Runner(handler, processes=2).run(jobs)}
    assert outputs == {f"{os.getpid()} html"}


def test_a_failed_warm_up_fails_no_document() -> None:
    jobs = [_job(f"doc{i}") for i in range(3)]
    results = list(Runner(Warming(fails=True), processes=2).run(jobs))
    assert [outcome.output for _, outcome in results] == ["None None"] * 3


def test_spawned_workers_build_their_own_cleaner(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where workers are spawned, nothing is warmed in the parent (a spawned worker
    # would not inherit it) and the handler travels without a Cleaner; the records
    # are those of forked workers.
    texts = {"en": EN_DUMP, "de": DE_DUMP, "fr": FR_DUMP}
    jobs = [Job(name, "text", name, "site", payload=text) for name, text in texts.items()]
    forked = [outcome.output for _, outcome in Runner(CleanHandler(CleanerConfig())).run(jobs)]
    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr("articleclean.batch.runner._context", lambda: spawn)
    handler = CleanHandler(CleanerConfig())
    spawned = [outcome.output for _, outcome in Runner(handler, processes=1).run(jobs)]
    assert "cleaner" not in vars(handler)
    assert spawned == forked


def test_a_warmed_handler_pickles_without_its_cleaner() -> None:
    handler = CleanHandler(CleanerConfig())
    handler.warm("text")
    assert "cleaner" in vars(handler)
    copy = pickle.loads(pickle.dumps(handler))
    assert "cleaner" not in vars(copy)
    assert (copy.config, copy.fmt, copy.pretty) == (handler.config, handler.fmt, handler.pretty)


def _enospc(handle: object, data: bytes) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_atomic_write_on_a_full_disk_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "doc.json"
    target.write_text("old")
    monkeypatch.setattr(outputs, "_write_all", _enospc)
    with pytest.raises(OSError) as raised:
        atomic_write(str(target), b"new content")
    assert raised.value.errno == errno.ENOSPC
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


def test_file_sink_full_disk_keeps_the_old_output(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"id": "a"}\n')
    sink = FileSink(str(target), "json")
    monkeypatch.setattr(outputs, "_write_all", _enospc)
    with pytest.raises(OSError):
        sink.write(_job("b"), Outcome("b", "ok", output='{"id": "b"}'))
    sink.abort()
    assert target.read_text() == '{"id": "a"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_file_sink_resume_keeps_complete_records_only(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"id": "a", "status": "ok"}\nnot json\n{"id": "b", "stat')
    sink = FileSink(str(target), "json", resume=True)
    assert sink.already_done(_job("a"))
    assert not sink.already_done(_job("b"))
    sink.write(_job("b"), Outcome("b", "ok", output='{"id": "b", "status": "ok"}'))
    sink.commit()
    ids = [json.loads(line)["id"] for line in target.read_text().splitlines()]
    assert ids == ["a", "b"]
    assert os.stat(target).st_mode & 0o777 != 0o600  # not left private like a temp file


def test_dir_sink_mirrors_and_skips_failed_renderings(tmp_path: Path) -> None:
    sink = DirSink(str(tmp_path / "out"), "md")
    sink.write(Job("a/b.txt", "text", "a/b", "a"), Outcome("a/b.txt", "ok", output="# T"))
    sink.write(Job("a/c.txt", "text", "a/c", "a"), Outcome("a/c.txt", "error", output=None))
    assert (tmp_path / "out" / "a" / "b.md").read_text() == "# T\n"
    assert not (tmp_path / "out" / "a" / "c.md").exists()
    resumed = DirSink(str(tmp_path / "out"), "md")
    assert resumed.already_done(Job("a/b.txt", "text", "a/b", "a"))
    assert not resumed.already_done(Job("a/c.txt", "text", "a/c", "a"))


def test_jsonl_inputs_ids_urls_and_bad_lines(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [
        json.dumps({"id": 7, "url": "https://news.example/x", "text": "Body"}),
        "",
        json.dumps({"text": "No id"}),
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "h", "html": "<p>x</p>", "text": "fallback"}),
        json.dumps({"id": "big", "text": "x" * 500}),
    ]
    with gzip.open(tmp_path / "in.jsonl.gz", "wt") as handle:
        handle.write("\n".join(lines) + "\n")
    options = InputOptions(html_field="html", max_bytes=300)
    jobs = list(iter_jobs(("in.jsonl.gz",), options))
    assert [j.id for j in jobs] == [
        "7",
        "in.jsonl.gz:3",
        "in.jsonl.gz:4",
        "in.jsonl.gz:5",
        "h",
        "in.jsonl.gz:7",
    ]
    assert (jobs[0].url, jobs[0].site, jobs[0].payload) == (
        "https://news.example/x",
        "news.example",
        "Body",
    )
    assert jobs[1].site == "in.jsonl.gz" and jobs[1].failure is None
    assert jobs[2].failure is not None and jobs[2].failure[0] == "error"
    assert jobs[3].failure is not None and "not an object" in jobs[3].failure[1]
    assert (jobs[4].kind, jobs[4].payload) == ("html", "<p>x</p>")
    assert jobs[5].failure is not None and jobs[5].failure[0] == "too_large"


def test_truncated_gzip_jsonl_keeps_what_was_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = "".join(
        json.dumps({"id": f"r{i}", "text": f"Text {i} " * 50}) + "\n" for i in range(200)
    )
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(body.encode())[:-200])
    jobs = list(iter_jobs(("cut.jsonl.gz",), InputOptions()))
    assert all(job.failure is None for job in jobs[:-1])
    assert jobs[-1].failure is not None and "reading stopped" in jobs[-1].failure[1]
    assert len(jobs) > 100


def test_corrupt_gzip_jsonl_is_a_failed_record(tmp_path: Path, monkeypatch) -> None:
    # A valid gzip header over a broken deflate stream raises zlib.error, no OSError:
    # main let it out of the input reader and the whole batch ended in a traceback.
    monkeypatch.chdir(tmp_path)
    body = "".join(
        json.dumps({"id": f"r{i}", "text": f"Text {i} " * 50}) + "\n" for i in range(200)
    )
    packed = bytearray(gzip.compress(body.encode()))
    (tmp_path / "bad.jsonl.gz").write_bytes(packed[:10] + b"\xff" * 64)  # at the start
    packed[2000:2064] = b"\xff" * 64
    (tmp_path / "mid.jsonl.gz").write_bytes(bytes(packed))  # after some records
    for name in ("bad.jsonl.gz", "mid.jsonl.gz"):
        jobs = list(iter_jobs((name,), InputOptions()))
        assert all(job.failure is None for job in jobs[:-1])
        assert jobs[-1].failure is not None and "reading stopped" in jobs[-1].failure[1], name


def test_safe_name_keeps_distinct_ids_distinct() -> None:
    assert safe_name("abc-1.x") == "abc-1.x"
    assert safe_name("a/b") != safe_name("a?b")
    assert "/" not in safe_name("../../etc/passwd")


def test_clean_handler_record_has_id_and_url(seed_text: str) -> None:
    handler = CleanHandler(CleanerConfig(), "json")
    outcome = handler(Job("s1", "text", "s1", "x", payload=seed_text, url="https://cgtn.example/a"))
    record = json.loads(outcome.output or "")
    assert (record["id"], record["url"], record["status"]) == ("s1", "https://cgtn.example/a", "ok")
    expected = clean_text(seed_text).to_dict()
    assert {k: v for k, v in record.items() if k not in ("id", "url")} == expected
    assert outcome.removals == {"duplicate_caption": 2, "related_teaser": 3}


@pytest.mark.parametrize("handler", [CleanHandler, KeysHandler])
def test_handlers_report_a_failed_read_alike(tmp_path: Path, handler: type) -> None:
    # A file over --max-bytes is too_large with the limit said; any other exception is
    # an error with its type and text, for cleaning and for learning alike.
    big = tmp_path / "big.txt"
    big.write_text("The ferry timetable was put off again on Tuesday.\n", encoding="utf-8")
    config = CleanerConfig(max_input_bytes=10)
    outcome = handler(config)(Job("big", "text", "big", "site", path=str(big)))
    assert (outcome.status, outcome.message) == (
        "too_large",
        "input is over 10 bytes (--max-bytes)",
    )
    outcome = handler(config)(Job("lost", "text", "lost", "site"))
    assert outcome.status == "error"
    assert outcome.message == "ValueError: job 'lost' has neither a path nor a payload"


@pytest.mark.parametrize("kind", ["text", "auto"])
def test_learning_reads_a_text_record_with_the_charset_cleaning_reads_it_with(kind: str) -> None:
    # The bytes read as cp1252 by themselves; the record's header says ISO-8859-7
    # (Greek). Cleaning decodes with the header's charset, and the keys learned from
    # the record must be the keys cleaning meets, or the learned lines never match.
    text = "Die Straße über die Brücke bleibt wegen der Bauarbeiten sechs Wochen lang gesperrt."
    header = "text/plain; charset=iso-8859-7"
    job = Job("r1", kind, "r1", "site", payload=text.encode("cp1252"), content_type=header)
    cleaned = CleanHandler(CleanerConfig()).cleaner.clean(
        text.encode("cp1252"), kind=kind, content_type=header
    )
    keys = KeysHandler(CleanerConfig())(job).keys
    assert [line for _, line in keys] == cleaned.paragraphs
    assert cleaned.paragraphs != [text]  # the header's charset was used


def _keys_outcome(doc_id: str, lines: list[str]) -> Outcome:
    from articleclean.document import Segment

    return Outcome(doc_id, "ok", keys=tuple((Segment(t, None).key, t) for t in lines))


def test_learner_thresholds() -> None:
    learner = Learner(LearnSettings(min_documents=3, min_share=0.5))
    docs = {
        "a1": ["Share this!", "Story one.", "Site footer"],
        "a2": ["SHARE THIS", "Story two.", "Site footer"],
        "a3": ["Share this", "Story three."],
        "a4": ["Story four.", "Site footer"],
        "a5": ["Story five."],
        "a6": ["Story six."],
    }
    jobs = [Job(name, "text", name, "site-a", payload="") for name in docs]
    for job in learner.sample(jobs):
        learner.add(job, _keys_outcome(job.id, docs[job.id]))
    model = learner.model()
    # "share this" is in 3 of 6 documents: 3 >= 3 and 3 >= 0.5 * 6. "site footer" too.
    assert sorted(model.lines) == ["sharethis", "sitefooter"]
    assert model.sites["site-a"].documents == 6


def test_learner_samples_per_site_and_needs_min_documents() -> None:
    learner = Learner(LearnSettings(min_documents=3, min_share=0.5, sample_per_site=2))
    jobs = [Job(f"d{i}", "text", f"d{i}", "s", payload="") for i in range(5)]
    sampled = list(learner.sample(jobs))
    assert [j.id for j in sampled] == ["d0", "d1"]
    for job in sampled:
        learner.add(job, _keys_outcome(job.id, ["Menu"]))
    assert learner.model().lines == frozenset()  # in 2 of 2 documents, but fewer than 3


def test_model_round_trip_and_loader(tmp_path: Path) -> None:
    learner = Learner(LearnSettings(min_documents=1, min_share=0.5))
    for job in learner.sample([Job("d", "text", "d", "s", payload="")]):
        learner.add(job, _keys_outcome("d", ["Follow us on Mastodon"]))
    path = tmp_path / "model.json"
    learner.model().save(path)
    assert json.loads(path.read_text())["schema"] == "articleclean-boilerplate/1"
    assert load_boilerplate(path) == frozenset({"followusonmastodon"})
    assert BoilerplateModel.load(path) == learner.model()
    article = clean_text(
        "A title line\n\nFollow us on Mastodon!\n\nThe article body is here and it goes on.",
        boilerplate_lines=load_boilerplate(path),
    )
    assert [(r.reason.value, r.text) for r in article.removed] == [
        ("site_boilerplate", "Follow us on Mastodon!")
    ]
    path.write_text('{"schema": "something/else"}')
    with pytest.raises(ConfigError):
        load_boilerplate(path)


def test_explain_marks_every_non_blank_line(seed_text: str) -> None:
    article = clean_text(seed_text)
    verdicts = list(explain_lines(seed_text, article))
    marked = [v for v in verdicts if v.text.strip()]
    assert all(v.verdict in ("kept", "moved", "removed") for v in marked)
    by_number = {v.number: v for v in verdicts}
    assert (by_number[1].verdict, by_number[1].what) == ("moved", "title")
    assert (by_number[3].verdict, by_number[3].what) == ("kept", "paragraph + dateline")
    removed = [v.what for v in marked if v.verdict == "removed"]
    assert removed == [
        "duplicate_caption (caption_title)",
        "duplicate_caption (repeated_caption)",
        "related_teaser (teaser_heading)",
        "related_teaser (teaser_blurb)",
        "related_teaser (teaser_blurb)",
    ]


def test_explain_pieces_for_inputs_without_lines() -> None:
    from articleclean import Article, Block, Caption, Reason, Removal
    from articleclean.batch.explain import render_pieces

    article = Article(
        title="Headline",
        body=[Block("paragraph", "Body text.", (2, 2)), Block("heading", "Part two")],
        captions=[Caption("A cat.", "AFP", "A cat. /AFP", (1, 1))],
        removed=[Removal(Reason.PROMO, "promo_prompt", "Subscribe now", (3, 3))],
    )
    rendered = [" ".join(click.unstyle(line).split()) for line in render_pieces(article)]
    assert rendered == [
        "1-1 moved caption, credit AFP A cat. /AFP",
        "2-2 kept paragraph Body text.",
        "3-3 removed promo (promo_prompt) Subscribe now",
        "- moved title Headline",
        "- moved heading Part two",
    ]


@pytest.mark.parametrize("target", ["out.jsonl", "out/"])
def test_disk_full_mid_batch_fails_cleanly(
    tmp_path: Path, monkeypatch, seed_text: str, target: str
) -> None:
    from click.testing import CliRunner

    from articleclean.cli import main

    monkeypatch.chdir(tmp_path)
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "out.jsonl").write_text('{"id": "earlier"}\n')
    writes = 0
    real_write = outputs._write_all

    def fills_up(handle, data: bytes) -> None:
        nonlocal writes
        writes += 1
        if writes > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(handle, data)

    monkeypatch.setattr(outputs, "_write_all", fills_up)
    inputs = [f"{i}.txt" for i in range(5)]
    result = CliRunner().invoke(main, ["clean", *inputs, "-o", target, "-j", "1", "-q"])
    assert result.exit_code == 1
    assert "No space left on device" in result.output
    if target == "out.jsonl":
        # The two records that fit were written as they finished, and nothing of the third.
        ids = [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
        assert ids == ["0.txt", "1.txt"]
    else:
        assert (tmp_path / "out.jsonl").read_text() == '{"id": "earlier"}\n'  # untouched
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
    if target == "out/":
        written = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
        assert written == ["0.json", "1.json"]
        assert (tmp_path / "out" / ".articleclean-config").exists()  # the options (--resume)
        for name in written:
            assert json.loads((tmp_path / "out" / name).read_text())["status"] == "ok"


def test_source_ids_are_relative_below_the_working_directory_only(
    tmp_path: Path, monkeypatch
) -> None:
    from articleclean.batch.inputs import _source_id

    here = tmp_path / "work"
    (here / "a").mkdir(parents=True)
    (tmp_path / "workshop").mkdir()
    monkeypatch.chdir(here)
    assert _source_id("a/1.txt") == "a/1.txt"
    assert _source_id(str(here / "a" / "1.txt")) == "a/1.txt"
    assert _source_id(".") == "."
    # A sibling whose name starts like the working directory is not below it.
    sibling = tmp_path / "workshop" / "2.txt"
    assert _source_id(str(sibling)) == str(sibling).replace(os.sep, "/")
    assert _source_id("../workshop/2.txt") == str(sibling).replace(os.sep, "/")


def test_walk_matches_globs_on_paths_inside_the_folder(tmp_path: Path) -> None:
    from articleclean.batch.inputs import _walk

    for name in ("top.txt", "news/a.txt", "news/deep/b.txt", "blog/c.txt", "blog/d.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")

    def found(*globs: str) -> list[str]:
        return [Path(p).relative_to(tmp_path).as_posix() for p in _walk(str(tmp_path), globs)]

    assert found() == ["top.txt", "blog/c.txt", "blog/d.html", "news/a.txt", "news/deep/b.txt"]
    assert found("news/*.txt") == ["news/a.txt", "news/deep/b.txt"]
    assert found("*.html") == ["blog/d.html"]
    excluded = list(_walk(str(tmp_path), (), exclude=str(tmp_path / "news")))
    assert all("/news/" not in p.replace(os.sep, "/") for p in excluded)
