"""Round 51's robust2: small promises a demanding user expects kept (the report's folder
tried before the batch, `from_json`'s status and language, explain and bidi controls,
a hashable CleanerConfig)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from click.testing import CliRunner

import articleclean
from articleclean import Article, CleanerConfig
from articleclean.cli import main

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


# --- --report into a place it cannot be written: refused before the first document ---


@pytest.mark.parametrize("where", ["missing/report.html", "afile/report.html"])
def test_report_in_a_place_it_cannot_go_is_refused_before_cleaning(
    tmp_path: Path, where: str
) -> None:
    # Main: the whole batch ran (out.jsonl written), then "cannot write report".
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    (tmp_path / "afile").write_text("a file, not a folder", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, output = _run(
        "clean", "-q", "-j", "1", str(story), "-o", str(out), "--report", str(tmp_path / where)
    )
    assert code == 1
    assert "cannot write report" in output
    assert "nothing was cleaned" in output
    assert not out.exists()


def test_report_place_check_leaves_nothing_behind(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    out = tmp_path / "out.jsonl"
    code, _ = _run(
        "clean", "-q", "-j", "1", str(story), "-o", str(out), "--report", str(reports / "r.html")
    )
    assert code == 0
    assert [p.name for p in reports.iterdir()] == ["r.html"]
    assert out.exists()


# --- Article.from_json: a status or language of no article's shape -------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("status", "done"), ("status", 1), ("status", None), ("language", 5), ("language", None)],
)
def test_from_json_refuses_a_status_or_language_of_no_article(field: str, value: object) -> None:
    # Main: Article(status='done') or Article(language=5), no complaint.
    data = articleclean.clean_text(STORY).to_dict()
    data[field] = value
    with pytest.raises(ValueError, match=f"not an articleclean/1 article: {field} "):
        Article.from_dict(data)


@pytest.mark.parametrize("kind", ["x", "Paragraph", None])
def test_from_json_refuses_a_block_kind_of_no_article(kind: object) -> None:
    # Main (258baf8): Block(kind='x'), no complaint; `paragraphs` then dropped it.
    data = articleclean.clean_text(STORY).to_dict()
    data["body"][0]["kind"] = kind
    with pytest.raises(ValueError, match="not an articleclean/1 article: block kind "):
        Article.from_dict(data)


@pytest.mark.parametrize("span", [[5, 2], [0, 1], [-3, -1]])
@pytest.mark.parametrize("field", ["body", "title_lines"])
def test_from_json_refuses_a_line_span_of_no_lines(field: str, span: list[int]) -> None:
    # Main (258baf8): reversed, zero and negative spans taken as they were.
    data = articleclean.clean_text(STORY).to_dict()
    if field == "body":
        data["body"][0]["lines"] = span
    else:
        data["title_lines"] = span
    with pytest.raises(ValueError, match="not an articleclean/1 article: line span "):
        Article.from_dict(data)


def test_from_json_takes_a_one_line_span() -> None:
    data = articleclean.clean_text(STORY).to_dict()
    data["body"][0]["lines"] = [3, 3]
    assert Article.from_dict(data).body[0].lines == (3, 3)


@pytest.mark.parametrize("status", ["ok", "empty", "too_large", "timeout", "error"])
def test_from_json_takes_every_status(status: str) -> None:
    article = Article(status=status, message=None if status == "ok" else "why")  # type: ignore[arg-type]
    assert Article.from_json(article.to_json()) == article


# --- explain: bidi controls shown escaped in the terminal view only -------------------


def test_explain_shows_bidi_controls_escaped(tmp_path: Path) -> None:
    # Main: U+202E printed raw, reversing the rest of the terminal line.
    text = (
        "Council approves cycle lanes\n\n"
        "The council \u202eapproved three new\u2066 cycle lanes\u2069 on Monday.\n"
    )
    dump = tmp_path / "bidi.txt"
    dump.write_text(text, encoding="utf-8")
    code, output = _run("explain", "--no-color", str(dump))
    assert code == 0
    controls = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    assert not any(c in output for c in controls)
    assert "The council \\u202eapproved three new\\u2066 cycle lanes\\u2069 on Monday." in output
    # The article and its JSON keep the characters as they are.
    article = articleclean.clean_text(text)
    assert "\u202eapproved" in article.text
    assert "\u202eapproved" in article.to_json()


# --- CleanerConfig: hashable, consistently with equality ------------------------------


def test_cleaner_config_is_hashable_as_it_compares() -> None:
    # Main: TypeError: unhashable type: 'dict' (extra_phrases).
    first = CleanerConfig(extra_phrases={"ad_marker": ["Sponsored"], "promo_prompt": "Tip"})
    second = CleanerConfig(extra_phrases={"promo_prompt": ("Tip",), "ad_marker": ("Sponsored",)})
    assert first == second
    assert hash(first) == hash(second)
    assert {first: 1}[second] == 1
    assert len({CleanerConfig(), CleanerConfig(), first, second}) == 2
    assert CleanerConfig(ad_marker=False) not in {CleanerConfig()}
    assert hash(CleanerConfig().replace(teaser_overlap=0.5)) == hash(
        CleanerConfig(teaser_overlap=0.5)
    )


def test_cleaner_config_as_a_cache_argument() -> None:
    @functools.cache
    def threshold(config: CleanerConfig) -> float:
        return config.teaser_overlap

    assert threshold(CleanerConfig(boilerplate_lines=frozenset({"a"}))) == 0.34
    assert threshold(CleanerConfig(boilerplate_lines={"a"})) == 0.34
    assert threshold.cache_info().hits == 1
