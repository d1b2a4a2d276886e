"""Round 48: jobs queued in a busy worker's pipe, and the parent's cheaper path reading."""

from __future__ import annotations

import os
import time
from collections import deque
from pathlib import Path, PurePosixPath

import pytest

from articleclean.batch import runner as runner_module
from articleclean.batch.inputs import _mirror, _parent, _walk, base_suffix
from articleclean.batch.jobs import Job, Outcome
from articleclean.batch.runner import Runner


class Logging:
    """Appends each job's id to a file as it is done; "nap" sleeps until a flag file exists."""

    def __init__(self, log: Path, flag: Path) -> None:
        self.log = log
        self.flag = flag

    def __call__(self, job: Job) -> Outcome:
        if job.payload == "nap":
            while not self.flag.exists():
                time.sleep(0.01)
        with open(self.log, "a", encoding="utf-8") as handle:
            handle.write(job.id + "\n")
        return Outcome(job.id, "ok", output=job.id)

    def failed(self, job: Job, status: str, message: str) -> Outcome:
        return Outcome(job.id, status, message=message)


def _job(name: str, payload: str = "x") -> Job:
    return Job(name, "text", name, "site", payload=payload)


def _done(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def test_a_worker_goes_on_with_queued_jobs_while_the_parent_reads_nothing(
    tmp_path: Path,
) -> None:
    # The parent takes the first result and then reads nothing more; the worker must not
    # wait for it: the jobs queued in its pipe (four once the first is answered) get done.
    # On main at most two were in the pipe then: three or four documents, never five.
    log, flag = tmp_path / "log", tmp_path / "flag"
    flag.touch()
    names = "abcdef"
    results = Runner(Logging(log, flag), processes=1).run([_job(name) for name in names])
    assert next(results)[0].id == "a"
    deadline = time.monotonic() + 30
    while len(_done(log)) < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _done(log)[:5] == list(names[:5])
    assert [job.id for job, _ in results] == list(names[1:])


def test_a_busy_worker_holds_its_depth_of_small_jobs_and_no_large_one(tmp_path: Path) -> None:
    log, flag = tmp_path / "log", tmp_path / "flag"
    runner = Runner(Logging(log, flag), processes=1)
    try:
        pending = deque(enumerate([_job("a", "nap")] + [_job(f"s{i}") for i in range(8)]))
        runner._dispatch(pending)
        [worker] = runner._workers
        assert len(worker.tasks) == runner_module._DEPTH == 4
        assert len(pending) == 5
        # A job too large to sit in the pipe beside the others waits here, and so do the
        # jobs after it (input order is kept).
        other = Runner(Logging(log, flag), processes=1)
        try:
            large = "y" * runner_module._PREFETCH_BYTES
            pending = deque(enumerate([_job("a", "nap"), _job("big", large), _job("s")]))
            other._dispatch(pending)
            assert [job.id for _, job in other._workers[0].tasks] == ["a"]
            assert [job.id for _, job in pending] == ["big", "s"]
        finally:
            other.close()
    finally:
        runner.close()


def test_a_hung_job_with_jobs_queued_behind_it_loses_none_of_them() -> None:
    # "stuck" hangs with three jobs queued behind it in the same worker: it is reported
    # as a timeout and the three are cleaned by the worker that replaces it, in order.
    class Hangs:
        def __call__(self, job: Job) -> Outcome:
            if job.payload == "hang":
                time.sleep(3600)
            return Outcome(job.id, "ok", output=str(job.payload).upper())

        def failed(self, job: Job, status: str, message: str) -> Outcome:
            return Outcome(job.id, status, message=message)

    jobs = [_job("stuck", "hang"), _job("b", "b"), _job("c", "c"), _job("d", "d")]
    results = list(Runner(Hangs(), processes=1, timeout=0.5).run(jobs))
    assert [job.id for job, _ in results] == ["stuck", "b", "c", "d"]
    assert [outcome.status for _, outcome in results] == ["timeout", "ok", "ok", "ok"]
    assert [outcome.output for _, outcome in results[1:]] == ["B", "C", "D"]


NAMES = [
    "a.txt", "A.TXT", "a.txt.gz", "a.TXT.GZ", "a.gz", ".gz", "..gz", "a..txt", "a.",
    ".txt", "a", "x.html.gz", "x.tar.gz", "dir.d/a", "dir/a.md", "dir/.hidden",
    "a/b/c.warc.gz", "/abs/x.jsonl", "a/./b.txt", "a/b.txt/", "..", ".", "", "/",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_suffixes_read_as_pathlib_reads_them(name: str) -> None:
    # Guard for the string reading that replaced PurePosixPath (passes on main too).
    path = PurePosixPath(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    assert base_suffix(name) == path.suffix


@pytest.mark.parametrize(
    "source", ["a/b/c.txt", "c.txt", "/abs/c.txt", "//c.txt", "/c.txt", ".", "a.b/c"]
)
def test_parent_reads_as_pathlib_reads_it(source: str) -> None:
    assert _parent(source) == str(PurePosixPath(source).parent)


@pytest.mark.parametrize(
    "path",
    ["news/a.txt", "news/a.TXT.gz", "news/a.tar.gz", "news/a.csv", "a.gz", "news/x.y/b",
     "n/.txt", "n/a.", "deep/er/page.HTML", "d/r.jsonl.gz"],
)  # fmt: skip
def test_mirrored_paths_are_pathlib_s(path: str) -> None:
    stem = PurePosixPath(os.path.normpath(path).replace(os.sep, "/"))
    if stem.suffix.lower() == ".gz":
        stem = stem.with_suffix("")
    if stem.suffix.lower() in {".txt", ".md", ".html", ".htm", ".jsonl", ".warc", ".wet"}:
        stem = stem.with_suffix("")
    assert _mirror(path, "news", None) == str(stem)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_symlink_to_the_output_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    # The output is compared with each file by the folder's real path and the file's
    # name, and a symlink is followed: a link to the output is the output.
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a.txt").write_text("x", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    output.write_text("", encoding="utf-8")
    (inputs / "sub" / "link.jsonl").symlink_to(output)
    (inputs / "sub" / "b.txt").write_text("x", encoding="utf-8")
    os.symlink(inputs, tmp_path / "alias")
    for root in (inputs, tmp_path / "alias"):
        found = [Path(p).name for p in _walk(str(root), (), exclude=str(output))]
        assert found == ["a.txt", "b.txt"]
    # The output itself, inside the folder, named through an alias of the folder.
    inner = inputs / "sub" / "clean.jsonl"
    inner.write_text("", encoding="utf-8")
    found = [
        Path(p).name
        for p in _walk(str(inputs), (), exclude=str(tmp_path / "alias" / "sub" / "clean.jsonl"))
    ]
    assert "clean.jsonl" not in found


def test_files_of_a_folder_named_absolutely_mirror_as_each_alone(tmp_path: Path) -> None:
    # One relpath per folder (kept while walking) gives each file's own relpath.
    from articleclean.batch.inputs import InputOptions, iter_jobs

    for name in ("a.txt", "x/b.md", "x/y/c.txt.gz", "z/d.html"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text("x", encoding="utf-8")
    specs = (str(tmp_path / "in"), str(tmp_path / "in" / "x"))
    jobs = list(iter_jobs(specs, InputOptions()))
    assert [job.out_rel for job in jobs] == [
        _mirror(job.path or "", spec, str(tmp_path))
        for job, spec in zip(jobs, [specs[0]] * 4 + [specs[1]] * 2, strict=True)
    ]
    assert jobs[0].out_rel == "in/a" and jobs[-1].out_rel == "in/x/y/c"
