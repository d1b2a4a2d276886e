"""The README's quick-start commands, as written there, run and succeed."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import articleclean
from test_cli import _env

ROOT = Path(__file__).parent.parent
README = ROOT / "README.md"


def _quick_start_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S):
        for line in block.splitlines():
            for part in line.split("&&"):
                if part.strip().startswith("articleclean "):
                    commands.append(part.strip())
    return commands


def test_the_quick_start_has_a_text_and_an_html_example() -> None:
    commands = _quick_start_commands()
    assert any(c.endswith("examples/cgtn-cyberspace-white-paper.txt") for c in commands)
    assert any(c.endswith("examples/news-page.html") for c in commands)


@pytest.mark.parametrize("command", _quick_start_commands())
def test_quick_start_command_runs_as_written(command: str) -> None:
    args = shlex.split(command)
    assert args[0] == "articleclean"
    result = subprocess.run(
        [sys.executable, "-m", "articleclean", *args[1:]],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"ok 1 \xc2\xb7 empty 0 \xc2\xb7 error 0" in result.stderr
    assert result.stdout.startswith(b"# ")  # the article's title, in Markdown


def test_the_html_example_cleans_with_status_ok() -> None:
    page = (ROOT / "examples" / "news-page.html").read_bytes()
    article = articleclean.clean_html(page)
    assert article.status == "ok"
    assert article.title == "Riverside opens its first floating library"
    assert article.byline == ["Maria Lindqvist"]
    assert article.metadata["sitename"] == "The Example Gazette"
    assert len(article.captions) == 1 and "Tom Okafor" in (article.captions[0].credit or "")
    assert "Books on the move" in article.headings
    text = article.to_text()
    assert "homework club will run on Tuesday" in text
    for furniture in ("Advertisement", "Related stories", "Share on Facebook", "Privacy policy"):
        assert furniture not in text


def test_ci_installs_as_the_readme_tells_a_newcomer() -> None:
    """CI must meet what a newcomer meets: the venv's own pip, the README's test command."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines() if not line.strip().startswith("#")]
    assert not [c for c in commands if re.search(r"pip\b.*install.*(-U|--upgrade)\b.*\bpip\b", c)]
    readme = README.read_text(encoding="utf-8")
    test_command = re.search(r"Install and run the tests:\n\n```sh\n(.*?)\n```", readme).group(1)
    assert test_command in commands


def test_the_library_example_runs_from_the_checkout_and_prints_its_comments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first example of "The library", pasted as is: main opened "dump.txt",
    # which a new user does not have (FileNotFoundError; fails on main).
    section = README.read_text(encoding="utf-8").split("## The library", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, flags=re.S).group(1)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    article = namespace["article"]
    assert isinstance(article, articleclean.Article)
    title = re.search(r"^article\.title  # '(.*)'$", code, flags=re.M).group(1)
    assert article.title == title
    assert str(article.dateline) == re.search(r"str\(article\.dateline\)  # '(.*?)'", code).group(1)
    printed = capsys.readouterr().out.splitlines()
    loop = code.split("for removal in article.removed:", 1)[1]
    shown = [line.removeprefix("# ") for line in loop.splitlines() if line.startswith("# ")]
    assert shown[0] == printed[0]
    assert printed[2].startswith(shown[1].removesuffix(" ..."))
