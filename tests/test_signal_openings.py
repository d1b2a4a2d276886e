"""A signal at any moment of `articleclean clean -o out.jsonl`, put there on purpose: the
run is started through a small driver that wraps one function of the package so that it
sends the signal to its own process at that point (no timing, no load). Whatever the
moment and however many signals, every finished record is committed, the output is
whole (or the earlier one untouched), no temporary file is left, the exit status is 128 +
the first signal and nothing like a traceback (or click's "Aborted!") is printed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from test_cli import _env, records, run_cli

TOTAL = 24

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="POSIX signals sent by a process to itself"
)

# Wraps one function so that it signals its own process at the chosen point, then runs
# articleclean's command line with the remaining arguments.
DRIVER = r"""
import os, signal, sys
from articleclean.batch import outputs, runner, session

where = sys.argv[1]
signals = [getattr(signal, name) for name in sys.argv[2].split(",")]
calls = {}


def send(name):
    os.kill(os.getpid(), signals[min(calls.get(name, 0), len(signals) - 1)])
    calls[name] = calls.get(name, 0) + 1


# Signals from its __del__, as a clean-up callback run by the garbage collector (a
# multiprocessing Finalize) may be running when a signal lands: Python swallows what a
# handler raises there and prints "Exception ignored in ..." with a traceback.
class Finalized:
    def __del__(self):
        send("finalizer")


def wrap(owner, attr, before=True, nth=1, after_first_record=False, via_del=False):
    original = getattr(owner, attr)
    count = [0]

    def wrapped(*args, **kwargs):
        count[0] += 1
        ready = count[0] == nth and (not after_first_record or written[0] >= 1)
        if ready and before:
            if via_del:
                Finalized()
            else:
                send(attr)
        result = original(*args, **kwargs)
        if ready and not before:
            send(attr)
        return result

    setattr(owner, attr, wrapped)


written = [0]
_write = outputs.FileSink.write


def counting_write(self, job, outcome):
    _write(self, job, outcome)
    written[0] += 1
    if where in ("twice", "close", "slow") and written[0] == 5:
        send("write")


outputs.FileSink.write = counting_write

if where == "commit":
    wrap(outputs.FileSink, "commit")
elif where == "after_commit":
    wrap(outputs.FileSink, "commit", before=False)
elif where == "twice":
    # the second signal comes while the first one is being handled
    class Noisy(session.Summary):
        def __setattr__(self, name, value):
            object.__setattr__(self, name, value)
            if name == "interrupted" and value:
                send("summary")

    session.Summary = Noisy
elif where == "close":
    wrap(runner.Runner, "close")
elif where == "end_close":
    wrap(runner.Runner, "close")  # the batch is over: the workers are about to stop
elif where == "open":
    wrap(outputs, "_lock_or_refuse", before=False, nth=2)  # the temporary file is made
elif where == "before_first_record":
    wrap(runner.Runner, "_start")
elif where == "fork":
    wrap(runner, "_worker_main")  # in the worker, before it ignores the signals
elif where == "resume":
    wrap(outputs.FileSink, "already_done", nth=3)
elif where == "learn":
    from articleclean.batch import learn

    wrap(learn.Learner, "add", nth=3)
    wrap(runner.Runner, "close")
elif where == "finalizer":
    wrap(runner.Runner, "_receive", nth=5, via_del=True)  # between records
elif where == "learn_finalizer":
    from articleclean.batch import learn

    wrap(learn.Learner, "add", nth=3, via_del=True)
elif where == "inputs_finalizer":
    from articleclean import cli

    wrap(cli, "_check_inputs", via_del=True)  # while launch's handler is the one
elif where in ("warm", "warm_finalizer"):
    from articleclean.batch import handlers

    _warm = handlers.CleanHandler.warm

    def warm(self, kind):
        if where == "warm_finalizer":
            Finalized()
            return _warm(self, kind)
        send("warm")
        import time

        time.sleep(600)  # a warm-up that takes ten minutes (a machine far too busy)

    handlers.CleanHandler.warm = warm
elif where == "slow":
    from articleclean.batch import handlers

    _clean = handlers.CleanHandler.__call__

    def stuck(self, job):
        if job.id == "doc7":  # in a worker: a document that takes ten minutes
            import time

            time.sleep(600)
        return _clean(self, job)

    handlers.CleanHandler.__call__ = stuck
elif where == "report":
    from articleclean import cli

    wrap(cli, "_write_report")
elif where == "inputs":
    from articleclean import cli

    wrap(cli, "_check_inputs")  # before any handler of the command's own: it walks folders
elif where == "explaining":
    from articleclean import cli

    wrap(cli, "Cleaner")
elif where == "temp":
    wrap(outputs, "_temp_beside", before=False)  # a temporary file beside a target exists
elif where == "crawl":
    from articleclean.batch import warc_inputs

    wrap(warc_inputs, "_job", nth=8)  # a crawl's eighth record is read
elif where == "stalled_input":
    from articleclean.batch import inputs

    # The signal lands as the fourth line's read starts to wait on an input that sends
    # nothing more (a slow FIFO, an idle producer on standard input)
    _lines = inputs._utf8_lines

    class Stalling:
        def __init__(self, handle):
            self.handle, self.reads = handle, 0

        def readline(self, limit=-1):
            self.reads += 1
            if self.reads == 4:
                send("readline")
            return self.handle.readline(limit)

    inputs._utf8_lines = lambda handle: Stalling(_lines(handle))
elif where == "exit":
    wrap(sys, "exit")  # click's exit: the command is over, its handlers restored

sys.argv = ["articleclean", *sys.argv[3:]]
from articleclean.launch import main

main()
"""


@pytest.fixture()
def folder(tmp_path: Path, seed_text: str) -> Path:
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    with open(tmp_path / "in.jsonl", "w", encoding="utf-8") as handle:
        for i in range(TOTAL):
            text = f"Story number {i} about the harbour\n\n" + "\n\n".join(paragraphs[1:6])
            handle.write(json.dumps({"id": f"doc{i}", "text": text}) + "\n")
    (tmp_path / "driver.py").write_text(DRIVER)
    return tmp_path


def _drive(
    folder: Path, where: str, signals: str, *args: str
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "driver.py", where, signals, *args],
        cwd=folder,
        env=_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )


def _check_clean_end(folder: Path, done: subprocess.CompletedProcess[bytes], code: int) -> None:
    assert done.returncode == code, done.stderr.decode()
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert b"Aborted" not in done.stderr, done.stderr.decode()
    assert b"Exception ignored" not in done.stderr, done.stderr.decode()
    assert not list(folder.glob(".*.tmp")), "a temporary file was left behind"


def _ids(path: Path) -> list[str]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the output ends in a torn record"
    return [r["id"] for r in records(data)]


def _resume_completes(folder: Path, kept: int) -> None:
    resumed = run_cli("clean", "in.jsonl", "-o", "out.jsonl", "--resume", "-j", "1", cwd=folder)
    assert resumed.returncode == 0, resumed.stderr
    if kept:  # with no output file a resume starts afresh and names nothing skipped
        assert f"{kept} skipped".encode() in resumed.stderr
    assert sorted(_ids(folder / "out.jsonl")) == sorted(f"doc{i}" for i in range(TOTAL))


@pytest.mark.parametrize(
    ("where", "signals"),
    [
        # one signal while the output is committed (main: committed, then the held-back
        # KeyboardInterrupt escaped: "Aborted!", exit 1)
        ("commit", "SIGHUP"),
        # one signal just after the commit, while the run is ending (main: as above)
        ("after_commit", "SIGHUP"),
        # a second signal while the first is handled (main: it escaped before the
        # commit: "Aborted!", exit 1)
        ("twice", "SIGHUP,SIGTERM"),
    ],
)
def test_signal_at_the_end_keeps_the_output_and_the_status(
    folder: Path, where: str, signals: str
) -> None:
    done = _drive(folder, where, signals, "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    first = getattr(signal, signals.split(",")[0])
    _check_clean_end(folder, done, 128 + first)
    kept = _ids(folder / "out.jsonl")
    assert len(kept) == len(set(kept)) >= (5 if where == "twice" else TOTAL)
    _resume_completes(folder, len(kept))


def test_second_signal_while_the_workers_stop(folder: Path) -> None:
    # main: the second signal raised inside Runner.close, which never stopped the
    # workers; at exit multiprocessing sent them SIGTERM, which they ignore, and waited
    # for them: the run hung (this test's 120 s timeout; "Aborted!", exit 1 when the
    # signal came a moment later)
    done = _drive(
        folder, "close", "SIGHUP,SIGTERM", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2"
    )
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    kept = _ids(folder / "out.jsonl")
    assert len(kept) >= 5
    _resume_completes(folder, len(kept))


def test_signal_as_the_workers_stop_after_the_last_document(folder: Path) -> None:
    # main and before this fix: the signal raised before Runner.close stopped a worker;
    # at exit multiprocessing sent them SIGTERM, which they ignore, and waited for them:
    # the run hung (this test's 120 s timeout)
    done = _drive(folder, "end_close", "SIGTERM", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    _check_clean_end(folder, done, 128 + signal.SIGTERM)
    assert sorted(_ids(folder / "out.jsonl")) == sorted(f"doc{i}" for i in range(TOTAL))


def test_signal_before_the_batch_leaves_nothing_behind(folder: Path) -> None:
    # main: the output's temporary file is made before the handler was installed, so
    # SIGHUP killed the run there: the temporary file and an empty out.jsonl were left
    done = _drive(folder, "open", "SIGHUP", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "1")
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    assert not (folder / "out.jsonl").exists()


def test_signal_before_the_first_record_keeps_the_earlier_output(folder: Path) -> None:
    # main: the commit of a run with no record put an empty file over the earlier output
    (folder / "out.jsonl").write_text('{"id": "old", "status": "ok"}\n')
    done = _drive(
        folder, "before_first_record", "SIGINT", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "1"
    )
    _check_clean_end(folder, done, 128 + signal.SIGINT)
    assert _ids(folder / "out.jsonl") == ["old"]


def test_signal_while_a_worker_starts(folder: Path) -> None:
    # main: a worker had the parent's handler until it ignored the signals: the signal
    # raised KeyboardInterrupt in the worker (a traceback, its document an error)
    done = _drive(folder, "fork", "SIGHUP", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    _check_clean_end(folder, done, 0)
    assert sorted(_ids(folder / "out.jsonl")) == sorted(f"doc{i}" for i in range(TOTAL))


def test_signal_while_resume_skips_finished_documents(folder: Path) -> None:
    # Guard (passes on main): the skipping happens inside the batch
    first = run_cli("clean", "in.jsonl", "-o", "out.jsonl", "-j", "1", cwd=folder)
    assert first.returncode == 0
    lines = (folder / "out.jsonl").read_bytes().splitlines(keepends=True)
    (folder / "out.jsonl").write_bytes(b"".join(lines[:10]))
    done = _drive(
        folder, "resume", "SIGTERM", "clean", "in.jsonl", "-o", "out.jsonl", "--resume", "-j", "1"
    )
    _check_clean_end(folder, done, 128 + signal.SIGTERM)
    assert len(_ids(folder / "out.jsonl")) == 10
    _resume_completes(folder, 10)


def test_signal_while_the_report_is_written(folder: Path) -> None:
    # main: the handler was gone by then, so SIGHUP killed the run before the report
    done = _drive(
        folder,
        "report",
        "SIGHUP",
        "clean",
        "in.jsonl",
        "-o",
        "out.jsonl",
        "--report",
        "report.html",
        "-j",
        "1",
    )
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    assert (folder / "report.html").exists()
    assert sorted(_ids(folder / "out.jsonl")) == sorted(f"doc{i}" for i in range(TOTAL))


@pytest.mark.parametrize("command", ["learn", "clean"])
def test_two_signals_while_learning(folder: Path, command: str) -> None:
    # main: the second Ctrl-C raised inside Runner.close, which never stopped the
    # workers, and the exit hung waiting for them (this test's 120 s timeout)
    args = (
        ["-o", "model.json"] if command == "learn" else ["--learn-boilerplate", "-o", "out.jsonl"]
    )
    done = _drive(folder, "learn", "SIGINT,SIGINT", command, "in.jsonl", *args, "-j", "2")
    _check_clean_end(folder, done, 128 + signal.SIGINT)
    assert b"interrupted while learning; nothing was written" in done.stderr
    assert not (folder / "model.json").exists() and not (folder / "out.jsonl").exists()


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_a_worker_start_gives_the_callers_signal_mask_back() -> None:
    from articleclean.stop_signals import signals_held

    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})
    try:
        with signals_held():
            assert signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, set())
        after = signal.pthread_sigmask(signal.SIG_BLOCK, set())
        assert signal.SIGHUP in after  # the caller held it: still held
        assert signal.SIGTERM not in after  # held only while the worker started
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


# The command's first and last moments: before the batch's handler is installed and
# after it is restored, and the commands that have none (learn's save, explain).


@pytest.mark.parametrize(
    ("command", "signals"),
    [
        # main: click's "Aborted!", exit 1
        ("clean", "SIGINT"),
        # main: killed by the signal (exit -1, -15)
        ("clean", "SIGHUP"),
        ("learn", "SIGTERM"),
    ],
)
def test_signal_while_the_inputs_are_checked(folder: Path, command: str, signals: str) -> None:
    out = "out.jsonl" if command == "clean" else "model.json"
    done = _drive(folder, "inputs", signals, command, "in.jsonl", "-o", out, "-j", "1")
    _check_clean_end(folder, done, 128 + getattr(signal, signals))
    assert not (folder / out).exists()


def test_signal_while_the_model_is_saved(folder: Path) -> None:
    # main: killed with the model's temporary file beside it (exit -15)
    (folder / "model.json").write_text('{"old": true}\n')
    done = _drive(folder, "temp", "SIGTERM", "learn", "in.jsonl", "-o", "model.json", "-j", "1")
    _check_clean_end(folder, done, 128 + signal.SIGTERM)
    json.loads((folder / "model.json").read_text())  # the old model or the new, whole


def test_signal_while_the_report_folder_is_tried(folder: Path) -> None:
    # main: killed with the report's trial temporary file left (exit -1)
    done = _drive(
        folder,
        "temp",
        "SIGHUP",
        "clean",
        "in.jsonl",
        "-o",
        "out.jsonl",
        "--report",
        "report.html",
    )
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    assert not (folder / "out.jsonl").exists() and not (folder / "report.html").exists()


@pytest.fixture()
def page(folder: Path) -> Path:
    text = (folder / "in.jsonl").read_text().splitlines()[0]
    (folder / "story.txt").write_text(json.loads(text)["text"])
    return folder


@pytest.mark.parametrize(
    ("where", "signals", "args"),
    [
        # main: click's "Aborted!", exit 1
        ("explaining", "SIGINT", ()),
        # main: killed with the page's temporary file left (exit -15)
        ("temp", "SIGTERM", ("--html", "story.html")),
    ],
)
def test_signal_while_explaining(page: Path, where: str, signals: str, args: tuple[str]) -> None:
    done = _drive(page, where, signals, "explain", "story.txt", *args)
    _check_clean_end(page, done, 128 + getattr(signal, signals))
    if (page / "story.html").exists():
        assert (page / "story.html").read_text().rstrip().endswith("</html>")


@pytest.mark.parametrize("signals", ["SIGINT", "SIGHUP"])
def test_signal_after_the_handlers_are_restored(folder: Path, signals: str) -> None:
    # main: SIGHUP killed the finished run (exit -1); Ctrl-C raised KeyboardInterrupt
    # in click's own exit, which it swallowed: exit 0
    done = _drive(folder, "exit", signals, "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    _check_clean_end(folder, done, 128 + getattr(signal, signals))
    assert sorted(_ids(folder / "out.jsonl")) == sorted(f"doc{i}" for i in range(TOTAL))


def test_signal_while_a_crawl_is_read(folder: Path) -> None:
    # Guard (passes on main): a crawl is read inside the batch, like any input
    pytest.importorskip("fastwarc")
    from crawl_files import conversion, gzip_each

    text = (folder / "in.jsonl").read_text().splitlines()[0]
    dump = json.loads(text)["text"]
    records = [conversion(n, f"https://news.example/{n}", dump) for n in range(12)]
    (folder / "crawl.wet.gz").write_bytes(gzip_each(records))
    args = ("clean", "crawl.wet.gz", "-o", "out.jsonl", "-j", "1")
    done = _drive(folder, "crawl", "SIGHUP", *args)
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    kept = _ids(folder / "out.jsonl") if (folder / "out.jsonl").exists() else []
    assert len(kept) == len(set(kept)) < 12
    resumed = run_cli(*args[:-2], "--resume", cwd=folder)
    assert resumed.returncode == 0, resumed.stderr
    assert len(set(_ids(folder / "out.jsonl"))) == 12


# A signal that lands inside a clean-up callback (a `__del__`, a weakref or multiprocessing
# Finalize callback, a generator's close): the handlers record it, they do not raise there.


def test_signal_inside_a_clean_up_callback_stops_the_batch(folder: Path) -> None:
    # main: the batch's handler raised KeyboardInterrupt inside the __del__, Python
    # printed "Exception ignored in ..." with the traceback and swallowed it, and the
    # batch went on to the last document (exit 143 all the same)
    done = _drive(folder, "finalizer", "SIGTERM", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    _check_clean_end(folder, done, 128 + signal.SIGTERM)
    # the fifth call to `_receive` may come before any answer on a busy machine (it waits
    # in turns): then no record was finished and no output file was made
    out = folder / "out.jsonl"
    kept = _ids(out) if out.exists() else []
    # stopped there: no job is read after the signal, and at most the window's (16)
    # were read by the fifth answer
    assert len(kept) == len(set(kept)) <= 16
    _resume_completes(folder, len(kept))


def test_signal_inside_a_clean_up_callback_while_learning(folder: Path) -> None:
    # main: "Exception ignored in ..." and its traceback, learning went on to the end
    done = _drive(folder, "learn_finalizer", "SIGHUP", "learn", "in.jsonl", "-o", "model.json")
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    assert b"interrupted while learning; nothing was written" in done.stderr
    assert not (folder / "model.json").exists()


def test_signal_inside_a_clean_up_callback_before_the_batch(folder: Path) -> None:
    # main: launch's handler raised inside the __del__ while the inputs were checked:
    # "Exception ignored in ..." and its traceback, and the whole batch ran (exit 129)
    done = _drive(
        folder, "inputs_finalizer", "SIGHUP", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2"
    )
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    assert not (folder / "out.jsonl").exists()  # the batch did not start


def test_signal_while_a_worker_is_stuck_on_a_slow_document(folder: Path) -> None:
    # Guard (passes on main, whose handler raised out of the wait): the handler only
    # records the signal, and the wait for the workers' answers must still wake up for
    # it; a wait that did not would hang here for the stuck document's ten minutes (this
    # test's 120 s timeout)
    done = _drive(folder, "slow", "SIGINT", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    _check_clean_end(folder, done, 128 + signal.SIGINT)
    kept = _ids(folder / "out.jsonl")
    assert 5 <= len(kept) <= 7  # doc7 never finishes; nothing after it is in order
    _resume_completes(folder, len(kept))


def test_signal_while_the_parent_warms_up(folder: Path) -> None:
    # Guard (passes on main, whose handler raised anywhere): the warm-up, in the parent
    # before the first fork, has no safe point to check the signal at; the handler
    # cuts it short there (a warm-up left to finish would hang here for ten minutes,
    # this test's 120 s timeout)
    done = _drive(folder, "warm", "SIGTERM", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2")
    _check_clean_end(folder, done, 128 + signal.SIGTERM)
    assert not (folder / "out.jsonl").exists()  # no worker started, no record


def test_signal_inside_a_clean_up_callback_while_the_parent_warms_up(folder: Path) -> None:
    # main: "Exception ignored in ..." and its traceback, then the whole batch ran
    done = _drive(
        folder, "warm_finalizer", "SIGHUP", "clean", "in.jsonl", "-o", "out.jsonl", "-j", "2"
    )
    _check_clean_end(folder, done, 128 + signal.SIGHUP)
    assert not (folder / "out.jsonl").exists()  # the warm-up ended, no worker started


def test_signal_while_the_input_sends_nothing(folder: Path) -> None:
    # main: the handler only records the signal and the read of standard input is
    # retried, so the stop waited for the producer's next line (here: forever, this
    # test's 120 s timeout)
    lines = (folder / "in.jsonl").read_bytes().splitlines(keepends=True)
    args = ["stalled_input", "SIGTERM", "clean", "-", "-o", "out.jsonl"]
    with (
        open(folder / "stderr.txt", "wb") as errors,
        subprocess.Popen(
            [sys.executable, "driver.py", *args],
            cwd=folder,
            env=_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        ) as proc,
    ):
        assert proc.stdin is not None
        proc.stdin.write(b"".join(lines[:3]))
        proc.stdin.flush()  # and kept open (not `communicate`): the producer is silent
        try:
            proc.wait(timeout=120)
        finally:
            proc.kill()
    stderr = (folder / "stderr.txt").read_bytes()
    done = subprocess.CompletedProcess(proc.args, proc.returncode, b"", stderr)
    _check_clean_end(folder, done, 128 + signal.SIGTERM)
    assert not (folder / "out.jsonl").exists()  # no record was started
