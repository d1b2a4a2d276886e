"""bench/text_cost.py: the callgrind count of the text path, and how it fails."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bench import callgrind, text_cost


def test_the_count_is_the_longer_run_less_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_cost.shutil, "which", lambda name: "/usr/bin/valgrind")
    monkeypatch.setattr(text_cost, "instructions", lambda count, src: 1_000 * count + 7)
    assert text_cost.cost(docs=100, warm=20) == (100_000, 20_007)


def test_a_missing_valgrind_is_said_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_cost.shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError, match="valgrind"):
        text_cost.cost()
    assert text_cost.run().startswith("Skipped: valgrind is not installed")
    assert text_cost.main(["--src", str(Path(text_cost.__file__).parent.parent / "src")]) == 1


def test_a_failed_run_shows_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], 1, "", "ImportError: no module named bench")

    monkeypatch.setattr(callgrind.subprocess, "run", failing)
    with pytest.raises(RuntimeError, match="ImportError: no module named bench"):
        text_cost.instructions(5, Path("src"))


def test_the_count_is_read_from_callgrinds_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    def counted(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(
            [], 0, "", "==1== Events    : Ir\n==1== Collected : 12345\n"
        )

    monkeypatch.setattr(callgrind.subprocess, "run", counted)
    assert text_cost.instructions(5, Path("src")) == 12345


def test_a_src_without_the_package_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as refused:
        text_cost.main(["--src", str(tmp_path)])
    assert refused.value.code == 2


def test_the_table_names_the_dumps_counted() -> None:
    shown = text_cost.format_cost(100, 20, 2_072_600_000, 12_789_100_000)
    assert "| 21–120 | 2,072.6 M | 12,789.1 M |" in shown
