"""What a new user meets first: colours, learn's grouping, explain's inputs, help texts,
the Article repr and the API docstrings."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

import articleclean
from articleclean.cli import main
from test_cli import SEED, run_cli


@pytest.mark.parametrize("no_color", ["1", None])
def test_no_color_is_honoured_on_a_terminal(no_color: str | None) -> None:
    env = {"NO_COLOR": no_color}
    result = CliRunner().invoke(main, ["explain", str(SEED)], color=True, env=env)
    assert result.exit_code == 0, result.output
    assert ("\x1b[" in result.output) is (no_color is None)


def test_explicit_color_wins_over_no_color() -> None:
    result = CliRunner().invoke(
        main, ["explain", "--color", str(SEED)], color=True, env={"NO_COLOR": "1"}
    )
    assert "\x1b[" in result.output


def _page(host: str, n: int) -> str:
    return (
        f"<html><head><title>Story {n} from {host}</title>"
        f'<link rel="canonical" href="https://{host}/news/story-{n}"></head><body><article>'
        f"<h1>Story {n} from {host}</h1>"
        f"<p>The council of town number {n} approved {n + 2} new cycle lanes on Monday, "
        f"after a long debate about parking and the safety of children on the way to school.</p>"
        f"<p>Get the {host} app for the latest news</p>"
        f"<p>Residents of town {n} said they would use the lanes every day, weather permitting, "
        f"and shop owners hope for more customers on bikes.</p>"
        "</article></body></html>"
    )


def test_learn_groups_saved_pages_by_their_own_url_and_says_so(tmp_path: Path) -> None:
    pages = tmp_path / "dumps"
    pages.mkdir()
    hosts = ["news.example.com", "daily.example.org", "herald.example.net"]
    for host in hosts:
        for n in range(3):
            (pages / f"{host}-{n}.html").write_text(_page(host, n), encoding="utf-8")
    result = run_cli("learn", "dumps", "-o", "model.json", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    model = json.loads((tmp_path / "model.json").read_text())
    assert sorted(model["sites"]) == sorted(hosts)  # not one site "dumps" with nothing learned
    assert b"3 of 3 sites" in result.stderr
    assert b"9 by the page's own URL" in result.stderr


def test_learn_groups_records_by_url_host(tmp_path: Path) -> None:
    lines = []
    for host in ("a.example", "b.example"):
        for n in range(3):
            text = f"Story {n}\n\nThe council approved {n} lanes on Monday.\n\nGet the {host} app\n"
            lines.append(
                json.dumps({"id": f"{host}-{n}", "url": f"https://{host}/{n}", "text": text})
            )
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n")
    result = run_cli("learn", "crawl.jsonl", "-o", "model.json", "-j", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(json.loads((tmp_path / "model.json").read_text())["sites"]) == [
        "a.example",
        "b.example",
    ]
    assert b"6 by URL host" in result.stderr


def test_learn_help_does_not_promise_statuses_it_never_reports() -> None:
    result = CliRunner().invoke(main, ["learn", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "status" not in result.output
    assert "page gives itself" in result.output


def test_explain_refuses_json_lines_clearly(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": "Hello"}) + "\n")
    result = run_cli("explain", "in.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert b"JSON Lines" in result.stderr


def test_explain_refuses_a_crawl_file_clearly(tmp_path: Path) -> None:
    # A WARC holds many records; read as one text dump it would be nonsense.
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")
    result = run_cli("explain", "crawl.warc", cwd=tmp_path)
    assert result.returncode == 2
    assert b"crawl file" in result.stderr


def test_explain_exits_2_on_a_missing_file_like_clean(tmp_path: Path) -> None:
    explain = run_cli("explain", "missing.txt", cwd=tmp_path)
    clean = run_cli("clean", "missing.txt", cwd=tmp_path)
    assert explain.returncode == clean.returncode == 2
    assert b"missing.txt" in explain.stderr


def test_the_cli_uses_no_deprecated_click_api(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        result = CliRunner().invoke(
            main, ["clean", "-", "--stdin-format", "text", "-j", "1", "-q"], input=SEED.read_bytes()
        )
        explained = CliRunner().invoke(main, ["explain", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"].startswith("China releases white paper")
    assert explained.exit_code == 0, explained.output


def test_article_repr_is_short_and_useful() -> None:
    article = articleclean.clean_text(SEED.read_text(encoding="utf-8"))
    text = repr(article)
    assert len(text) < 300 < len(article.text)
    assert "status='ok'" in text and "China releases white paper" in text
    assert "paragraphs=24" in text and "related_teaser: 3" in text
    failed = repr(articleclean.Article(status="error", message="boom"))
    assert "status='error'" in failed and "boom" in failed


@pytest.mark.parametrize(
    "function", [articleclean.clean_text, articleclean.clean_html, articleclean.clean]
)
def test_api_docstrings_document_arguments_return_and_errors(function) -> None:
    doc = function.__doc__ or ""
    for section in (
        "Args:",
        "Returns:",
        "Raises:",
        "config:",
        "**overrides:",
        "ConfigError",
        "InputError",
    ):
        assert section in doc, (function.__name__, section)
