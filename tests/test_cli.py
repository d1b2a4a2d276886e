"""End to end: the real `articleclean` command in a subprocess."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import articleclean

SRC = Path(articleclean.__file__).resolve().parent.parent
SEED = Path(__file__).parent.parent / "examples" / "cgtn-cyberspace-white-paper.txt"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def run_cli(
    *args: str, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articleclean", *args],
        cwd=cwd,
        env=_env(),
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def records(data: bytes | str) -> list[dict]:
    text = data.decode() if isinstance(data, bytes) else data
    return [json.loads(line) for line in text.splitlines()]


def make_dump(seed: str, rng: random.Random, n: int) -> str:
    """A variant of the seed: its title numbered, a few paragraphs reshuffled."""
    lines = [line for line in seed.split("\n\n") if line.strip()]
    body = lines[1:20]
    rng.shuffle(body)
    return f"Story number {n} about cyberspace\n\n" + "\n\n".join(body[:8]) + "\n"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path: Path, seed: str) -> Path:
    """corpus/{a,b}/*.txt, a gzipped dump, and a truncated gzip in the middle."""
    rng = random.Random(4)
    root = tmp_path / "corpus"
    for folder in ("a", "b"):
        (root / folder).mkdir(parents=True)
        for i in range(3):
            (root / folder / f"{i}.txt").write_text(make_dump(seed, rng, i), encoding="utf-8")
    (root / "a" / "1-bad.txt.gz").write_bytes(gzip.compress(seed.encode())[:200])
    (root / "b" / "z.txt.gz").write_bytes(gzip.compress(seed.encode()))
    return root


def test_quick_start_prints_markdown(tmp_path: Path, seed: str) -> None:
    result = run_cli("clean", "--format", "md", str(SEED), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == articleclean.clean_text(seed).to_markdown()
    assert b"1 document" in result.stderr


def test_folder_with_a_bad_file_in_the_middle(corpus: Path) -> None:
    result = run_cli("clean", "corpus", "-j", "2", cwd=corpus.parent)
    assert result.returncode == 1
    out = records(result.stdout)
    ids = [r["id"] for r in out]
    assert ids == [
        "corpus/a/0.txt",
        "corpus/a/1-bad.txt.gz",
        "corpus/a/1.txt",
        "corpus/a/2.txt",
        "corpus/b/0.txt",
        "corpus/b/1.txt",
        "corpus/b/2.txt",
        "corpus/b/z.txt.gz",
    ]
    bad = out[1]
    assert bad["status"] == "error" and "Compressed file ended" in bad["message"]
    assert all(r["status"] == "ok" for r in out if r is not bad)
    assert out[-1]["title"] == articleclean.clean_text(SEED.read_text()).title
    stderr = result.stderr.decode()
    assert "error: corpus/a/1-bad.txt.gz" in stderr
    assert "ok 7 · empty 0 · error 1 · timeout 0 · too_large 0" in stderr
    assert "related_teaser 3" in stderr


def test_unreadable_entries_become_error_records(corpus: Path) -> None:
    (corpus / "a" / "gone.txt").symlink_to(corpus / "nowhere.txt")
    (corpus / "a" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    result = run_cli("clean", "corpus/a", "-j", "1", "-q", cwd=corpus.parent)
    assert result.returncode == 1
    assert result.stderr == b""  # --quiet
    by_id = {r["id"]: r for r in records(result.stdout)}
    assert "FileNotFoundError" in by_id["corpus/a/gone.txt"]["message"]
    assert "binary" in by_id["corpus/a/binary.txt"]["message"]
    assert by_id["corpus/a/0.txt"]["status"] == "ok"


# Root reads any file: as root the command runs without the capabilities that
# let it ignore file permissions (util-linux's setpriv drops them).
_NO_FILE_OVERRIDE = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


def _without_root_override() -> list[str]:
    if os.name != "posix" or os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: root reads any file")
    probe = subprocess.run([*_NO_FILE_OVERRIDE, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot drop root's file capabilities here: {probe.stderr!r}")
    return _NO_FILE_OVERRIDE


def test_permission_denied_is_an_error_record(corpus: Path) -> None:
    prefix = _without_root_override()
    locked = corpus / "a" / "0.txt"
    locked.chmod(0)
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "articleclean", "clean", "corpus/a", "-q"],
        cwd=corpus.parent,
        env=_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    by_id = {r["id"]: r for r in records(result.stdout)}
    assert result.returncode == 1, result.stderr
    assert by_id["corpus/a/0.txt"]["status"] == "error"
    assert "PermissionError" in by_id["corpus/a/0.txt"]["message"]
    assert by_id["corpus/a/2.txt"]["status"] == "ok"


def test_jsonl_gzip_and_stdin(tmp_path: Path, seed: str) -> None:
    rows = [
        {"id": "first", "url": "https://news.example/1", "body": seed},
        {"url": "https://news.example/2", "body": "Only a line"},
        {"id": "third", "nobody": True},
    ]
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(data))
    from_file = run_cli("clean", "dump.jsonl.gz", "--text-field", "body", cwd=tmp_path)
    from_stdin = run_cli("clean", "-", "--text-field", "body", cwd=tmp_path, stdin=data)
    assert from_file.returncode == from_stdin.returncode == 1
    got = records(from_file.stdout)
    assert [(r["id"], r.get("url"), r["status"]) for r in got] == [
        ("first", "https://news.example/1", "ok"),
        ("dump.jsonl.gz:2", "https://news.example/2", "empty"),
        ("third", None, "error"),
    ]
    assert got[0]["title"] == articleclean.clean_text(seed).title
    assert [r["id"] for r in records(from_stdin.stdout)] == ["first", "-:2", "third"]
    text_stdin = run_cli("clean", cwd=tmp_path, stdin=seed.encode())
    [record] = records(text_stdin.stdout)
    assert (record["id"], record["status"], text_stdin.returncode) == ("-", "ok", 0)


def test_output_dir_mirrors_the_tree_and_resumes(corpus: Path) -> None:
    cwd = corpus.parent
    first = run_cli("clean", "corpus/b", "-o", "out/", "--format", "md", "-q", cwd=cwd)
    assert first.returncode == 0, first.stderr
    written = sorted(
        str(p.relative_to(cwd / "out")) for p in (cwd / "out").rglob("*") if p.is_file()
    )
    # Besides the documents, the options the folder was written with (for --resume).
    assert written == [
        ".articleclean-config",
        "corpus/b/0.md",
        "corpus/b/1.md",
        "corpus/b/2.md",
        "corpus/b/z.md",
    ]
    expected = articleclean.clean_text((corpus / "b" / "0.txt").read_text()).to_markdown()
    assert (cwd / "out" / "corpus" / "b" / "0.md").read_text() == expected
    again = run_cli("clean", "corpus", "-o", "out/", "--format", "md", "--resume", cwd=cwd)
    assert again.returncode == 1  # the bad gzip in corpus/a
    assert b"4 skipped as already done" in again.stderr
    assert (cwd / "out" / "corpus" / "a" / "2.md").exists()
    assert not (cwd / "out" / "corpus" / "a" / "1-bad.md").exists()


def test_json_dir_output_keeps_error_records(corpus: Path) -> None:
    result = run_cli("clean", "corpus/a", "-o", "out/", "-q", cwd=corpus.parent)
    assert result.returncode == 1
    bad = json.loads((corpus.parent / "out" / "corpus" / "a" / "1-bad.json").read_text())
    assert (bad["id"], bad["status"]) == ("corpus/a/1-bad.txt.gz", "error")


def test_limits_and_fail_fast(corpus: Path) -> None:
    cwd = corpus.parent
    small = run_cli("clean", "corpus/b", "--max-bytes", "100", "-q", cwd=cwd)
    assert small.returncode == 0  # too_large is not a failure
    assert {r["status"] for r in records(small.stdout)} == {"too_large"}
    slow = run_cli("clean", "corpus/b/0.txt", "--timeout", "0.000001", "-q", cwd=cwd)
    assert slow.returncode == 1
    [record] = records(slow.stdout)
    assert record["status"] == "timeout"
    fast = run_cli("clean", "corpus/a", "-j", "1", "--fail-fast", "-q", cwd=cwd)
    assert fast.returncode == 1
    assert [r["id"] for r in records(fast.stdout)] == ["corpus/a/0.txt", "corpus/a/1-bad.txt.gz"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("clean", "missing.txt", cwd=tmp_path).returncode == 2
    assert run_cli("clean", str(SEED), "--resume", cwd=tmp_path).returncode == 2
    assert run_cli("clean", str(SEED), "--jobs", "0", cwd=tmp_path).returncode == 2
    assert run_cli("frobnicate", cwd=tmp_path).returncode == 2


def _wait_for_lines(folder: Path, pattern: str, count: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        temps = list(folder.glob(pattern))
        if temps and sum(p.read_bytes().count(b"\n") for p in temps) >= count:
            return
        time.sleep(0.02)
    raise AssertionError("the batch never got going (or finished before it could be interrupted)")


def test_ctrl_c_mid_batch_then_resume(tmp_path: Path, seed: str) -> None:
    rng = random.Random(7)
    total = 150
    with open(tmp_path / "many.jsonl", "w", encoding="utf-8") as handle:
        for i in range(total):
            handle.write(json.dumps({"id": f"doc{i}", "text": make_dump(seed, rng, i)}) + "\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "clean", "many.jsonl", "-o", "out.jsonl", "-j", "1"],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_for_lines(tmp_path, "out.jsonl", 10, process)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"INTERRUPTED" in stderr
    assert not list(tmp_path.glob("*.tmp"))
    partial = records((tmp_path / "out.jsonl").read_text())
    assert 10 <= len(partial) < total
    resumed = run_cli("clean", "many.jsonl", "-o", "out.jsonl", "--resume", "-j", "2", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(partial)} skipped".encode() in resumed.stderr
    ids = [r["id"] for r in records((tmp_path / "out.jsonl").read_text())]
    assert sorted(ids) == sorted(f"doc{i}" for i in range(total))  # none lost, none twice
    assert not list(tmp_path.glob("*.tmp"))


def test_ctrl_c_with_output_dir_leaves_only_whole_files(tmp_path: Path, seed: str) -> None:
    rng = random.Random(8)
    total = 120
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(total):
        (docs / f"{i:03}.txt").write_text(make_dump(seed, rng, i), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "clean", "docs", "-o", "out/", "-j", "2"],
        cwd=tmp_path,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    out = tmp_path / "out" / "docs"
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and len(list(out.glob("*.json"))) >= 10:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    assert process.returncode == 130
    files = list(out.glob("*"))
    assert all(f.suffix == ".json" for f in files)  # no temp files left behind
    for f in files:
        assert json.loads(f.read_text())["status"] == "ok"
    assert len(files) < total
    resumed = run_cli("clean", "docs", "-o", "out/", "--resume", "-q", cwd=tmp_path)
    assert resumed.returncode == 0
    assert sorted(f.stem for f in out.glob("*.json")) == [f"{i:03}" for i in range(total)]


def test_explain_marks_lines_plain_when_piped(tmp_path: Path) -> None:
    result = run_cli("explain", str(SEED), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert b"\x1b[" not in result.stdout
    assert lines[0].split()[:3] == ["1", "moved", "title"]
    assert "removed related_teaser (teaser_heading)" in " ".join(lines[64].split())
    assert lines[-1].startswith("status ok; pieces: 24 kept, 7 moved, 5 removed")
    coloured = run_cli("explain", "--color", str(SEED), cwd=tmp_path)
    assert b"\x1b[" in coloured.stdout


def test_learn_then_clean_with_the_model(tmp_path: Path, seed: str) -> None:
    rng = random.Random(9)
    for site in ("alpha", "beta"):
        (tmp_path / site).mkdir()
        for i in range(4):
            junk = f"Get the {site.title()} Times app today" if i < 3 else "An unrelated line here"
            text = make_dump(seed, rng, i).replace("\n\n", f"\n\n{junk}\n\n", 1)
            (tmp_path / site / f"{i}.txt").write_text(text, encoding="utf-8")
    learned = run_cli("learn", "alpha", "beta", "-o", "model.json", cwd=tmp_path)
    assert learned.returncode == 0, learned.stderr
    model = json.loads((tmp_path / "model.json").read_text())
    assert model["schema"] == "articleclean-boilerplate/1"
    texts = {
        site: [line["text"] for line in data["lines"]] for site, data in model["sites"].items()
    }
    assert "Get the Alpha Times app today" in texts["alpha"]
    assert "Get the Beta Times app today" in texts["beta"]
    assert not any("unrelated" in t for ts in texts.values() for t in ts)
    cleaned = run_cli("clean", "alpha", "--boilerplate", "model.json", "-q", cwd=tmp_path)
    in_one_go = run_cli("clean", "alpha", "beta", "--learn-boilerplate", "-q", cwd=tmp_path)
    for result in (cleaned, in_one_go):
        assert result.returncode == 0, result.stderr
        first = records(result.stdout)[0]
        assert {
            "reason": "site_boilerplate",
            "rule": "site_boilerplate",
            "text": "Get the Alpha Times app today",
            "lines": [3, 3],
        } in first["removed"]
    assert run_cli("clean", "-", "--learn-boilerplate", cwd=tmp_path, stdin=b"x").returncode == 2


def test_html_input_goes_through_the_html_reader(tmp_path: Path) -> None:
    pytest.importorskip("articleclean.readers.html", reason="the HTML reader has not landed")
    page = (
        "<html><head><title>Big news</title></head><body><article><h1>Big news</h1>"
        "<p>The council voted on Tuesday to open the new library in the spring, "
        "after two years of debate about its cost.</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = run_cli("clean", "page.html", "-q", cwd=tmp_path)
    [record] = records(result.stdout)
    assert record["status"] == "ok", record
    assert "library" in " ".join(block["text"] for block in record["body"])


@pytest.mark.skipif(sys.platform != "linux", reason="uses a Linux pseudo-terminal")
def test_progress_bar_only_on_a_terminal(corpus: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "articleclean", "clean", "corpus/b", "-o", "out.jsonl"],
        cwd=corpus.parent,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert process.wait(timeout=60) == 0
    assert b"4/4 [" in seen and b"doc/s]" in seen
    piped = run_cli("clean", "corpus/b", "-o", "out.jsonl", cwd=corpus.parent)
    assert b"doc/s]" not in piped.stderr
    assert b"4 documents" in piped.stderr


def test_output_inside_an_input_folder_is_not_read_back(corpus: Path) -> None:
    for _ in range(2):
        result = run_cli("clean", "corpus/b", "-o", "corpus/b/clean.jsonl", "-q", cwd=corpus.parent)
        assert result.returncode == 0, result.stderr
    ids = [r["id"] for r in records((corpus / "b" / "clean.jsonl").read_text())]
    assert ids == ["corpus/b/0.txt", "corpus/b/1.txt", "corpus/b/2.txt", "corpus/b/z.txt.gz"]
