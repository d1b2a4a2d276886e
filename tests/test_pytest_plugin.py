"""The pytest plugin, run for real inside pytester projects."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import articleclean
from articleclean import pytest_plugin

pytest_plugins = ["pytester"]

TOWN = """Small town opens new library

LONDON: The town of Exampleton opened a new public library on Monday, the mayor said.

The building holds 20,000 books and a cafe for its visitors.

Advertisement

Residents queued from early morning to get their first library cards.
"""
TOWN_ARTICLE = articleclean.clean_text(TOWN)


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A tmp project whose in-process pytest runs load only this plugin (through its
    entry point name): every other installed plugin would be re-imported and
    assert-rewritten on each run, which makes a run take seconds."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p articleclean --assert=plain")
    pytester.makeini("[pytest]\n")
    return pytester


def add_input(root: Path, relative: str, text: str = TOWN) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def add_expectation(input_path: Path, data: dict[str, Any]) -> Path:
    path = input_path.with_name(input_path.stem + ".expected.json")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_entry_point_loads_the_plugin_next_to_the_imported_package(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A relative PYTHONPATH=src would not survive the subprocess's tmp cwd.
    source_root = Path(articleclean.__file__).resolve().parents[1]
    monkeypatch.setenv("PYTHONPATH", str(source_root))
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    monkeypatch.delenv("PYTEST_ADDOPTS")
    result = project.runpytest_subprocess("--trace-config", "--co", "-q")
    module_file = Path(pytest_plugin.__file__).resolve()
    assert any(str(module_file) in line for line in result.outlines), result.outlines[:20]


def test_full_expectation_passes_with_a_readable_id(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(town, TOWN_ARTICLE.to_dict())
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["tests/fixtures/text/town.txt::articleclean PASSED*"])


def test_partial_expectation_compares_only_its_keys(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(
        town,
        {
            "title": "Small town opens new library",
            "dateline": {"location": "LONDON"},
            "body": [{"kind": "paragraph"}, {"text": TOWN_ARTICLE.body[1].text}, {}],
            "removed": [{"reason": "ad_marker", "text": "Advertisement"}],
            "removed_by_reason": {"ad_marker": 1},
            "headings": [],
        },
    )
    project.runpytest().assert_outcomes(passed=1)


def test_failure_is_reported_field_by_field(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    expected = TOWN_ARTICLE.to_dict()
    expected["title"] = "Big city closes old library"
    expected["dateline"]["location"] = "PARIS"
    expected["body"][1]["text"] = "The building holds 10,000 books."
    expected["removed"] = []
    add_expectation(town, expected)
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "article differs from town.expected.json in: title, dateline, body, removed",
            "title:",
            '  expected: "Big city closes old library"',
            '  got:      "Small town opens new library"',
            "dateline:",
            '  location: expected "PARIS" / got "LONDON"',
            "body: expected 3, got 3 (unified diff, - expected + got):",
            "  -[[]p] The building holds 10,000 books.  (lines 5-5)",
            "  +[[]p] The building holds 20,000 books and a cafe for its visitors.  (lines 5-5)",
            "removed: expected 0, got 1:",
            '  + added   [[]0] "Advertisement", reason "ad_marker", rule "ad_marker", lines 7-7',
            "If the new result is right, accept it with:",
            "  pytest --articleclean-update tests/fixtures/text/town.txt",
        ]
    )
    # Unchanged fields stay out of the report: no JSON dump of the article.
    output = result.stdout.str()
    assert '"schema"' not in output
    assert "captions:" not in output
    assert "language:" not in output


def test_caption_and_removal_changes_are_named(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(
        town,
        {
            "captions": [{"text": "A queue outside the library.", "credit": "AP"}],
            "removed": [
                {"reason": "ad_marker", "text": "Advert"},
                {"reason": "promo", "text": "Subscribe now"},
            ],
        },
    )
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "captions: expected 1, got 0:",
            '  - removed [[]0] "A queue outside the library.", credit "AP"',
            "removed: expected 2, got 1, by reason:",
            "  ad_marker: expected 1, got 1",
            '    ~ changed [[]0] "Advert"',
            '        text: expected "Advert" / got "Advertisement"',
            "  promo: expected 1, got 0",
            '    - removed [[]0] "Subscribe now"',
        ]
    )


def test_must_contain_and_must_not_contain(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(
        town,
        {
            "must_contain": ["20,000 books", "a swimming pool"],
            "must_not_contain": ["Advertisement", "cafe"],
        },
    )
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "article differs from town.expected.json in: must_contain, must_not_contain",
            "must_contain: not in the body text:",
            '  "a swimming pool"',
            "must_not_contain: found in the body text:",
            '  "cafe"',
            "    in: The building holds 20,000 books and a cafe for its visitors.",
        ]
    )
    assert '"20,000 books"' not in result.stdout.str()
    assert '"Advertisement"' not in result.stdout.str()


def test_options_config_is_used_to_clean(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(
        town,
        {
            "options": {"config": {"ad_marker": False}},
            "removed": [],
            "must_contain": ["Advertisement"],
        },
    )
    project.runpytest().assert_outcomes(passed=1)


def test_unknown_config_option_is_a_clear_error(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(town, {"options": {"config": {"ad_markers": False}}})
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["ConfigError: options.config: unknown CleanerConfig option*"])


def test_unknown_key_is_a_clear_error(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    add_expectation(town, {"titel": "Small town opens new library"})
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["InputError: *town.expected.json: unknown key(s) 'titel'; known:*"]
    )


def test_inputs_that_would_share_an_expectation_are_an_error(
    project: pytest.Pytester,
) -> None:
    town = add_input(project.path, "tests/fixtures/town.txt")
    add_input(project.path, "tests/fixtures/town.html", "<p>Library</p>")
    add_expectation(town, {})
    result = project.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["InputError: town.txt, town.html would share town.expected.json: rename all but one"]
    )


def test_missing_expectation_fails_with_the_command_that_creates_it(
    project: pytest.Pytester,
) -> None:
    add_expectation(add_input(project.path, "tests/fixtures/text/town.txt"), {})
    add_input(project.path, "tests/fixtures/text/new page.txt")
    result = project.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "no expectation file tests/fixtures/text/new page.expected.json",
            "Create it (then review it) with:",
            "  pytest --articleclean-update 'tests/fixtures/text/new page.txt'",
        ]
    )


def test_update_creates_a_missing_expectation(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    result = project.runpytest("--articleclean-update", "tests/fixtures/text/town.txt", "-v")
    assert result.ret == pytest.ExitCode.OK
    assert result.parseoutcomes() == {"updated": 1}
    result.stdout.fnmatch_lines(
        [
            "tests/fixtures/text/town.txt::articleclean CREATED*",
            "*articleclean expectations written*",
            "created tests/fixtures/text/town.expected.json",
        ]
    )
    expected = town.with_name("town.expected.json")
    assert read_json(expected) == TOWN_ARTICLE.to_dict()
    project.runpytest().assert_outcomes(passed=1)


def test_update_rewrites_a_partial_expectation_in_its_own_shape(
    project: pytest.Pytester,
) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    options = {"config": {"duplicate_min_chars": 20}}
    expected = add_expectation(
        town,
        {
            "title": "Old title",
            "body": [{"kind": "heading"}, {"text": "Gone.", "lines": [1, 1]}],
            "dateline": {"location": "PARIS"},
            "must_contain": ["20,000 books"],
            "options": options,
        },
    )
    result = project.runpytest("--articleclean-update")
    assert result.parseoutcomes() == {"updated": 1}
    result.stdout.fnmatch_lines(["updated tests/fixtures/text/town.expected.json"])
    body = TOWN_ARTICLE.to_dict()["body"]
    assert read_json(expected) == {
        "title": "Small town opens new library",
        "body": [
            {"kind": "paragraph"},
            {"text": body[1]["text"], "lines": [5, 5]},
            {"kind": "paragraph", "text": body[2]["text"], "lines": [9, 9]},
        ],
        "dateline": {"location": "LONDON"},
        "must_contain": ["20,000 books"],
        "options": options,
    }
    project.runpytest().assert_outcomes(passed=1)


def test_update_keeps_failing_checks_and_reports_them(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    expected = add_expectation(town, {"title": "Old title", "must_contain": ["a swimming pool"]})
    result = project.runpytest("--articleclean-update")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "checks in town.expected.json fail: must_contain (its other fields were updated: title)",
            '  "a swimming pool"',
            "updated tests/fixtures/text/town.expected.json",
        ]
    )
    assert read_json(expected) == {
        "title": "Small town opens new library",
        "must_contain": ["a swimming pool"],
    }


def test_update_leaves_matching_expectations_alone(project: pytest.Pytester) -> None:
    town = add_input(project.path, "tests/fixtures/text/town.txt")
    expected = add_expectation(town, {"title": "Small town opens new library"})
    before = expected.read_text(encoding="utf-8")
    result = project.runpytest("--articleclean-update")
    result.assert_outcomes(passed=1)
    assert "articleclean expectations written" not in result.stdout.str()
    assert expected.read_text(encoding="utf-8") == before


def test_only_inputs_inside_the_fixtures_folder_are_collected(
    project: pytest.Pytester,
) -> None:
    add_expectation(add_input(project.path, "tests/fixtures/town.txt"), {})
    # doctest collects test*.txt by default; inside the folder the plugin owns it.
    add_expectation(add_input(project.path, "tests/fixtures/test_page.txt"), {})
    add_input(project.path, "tests/fixtures/notes.md")
    add_input(project.path, "tests/other/stray.txt")
    add_input(project.path, "tests/other/test_doc.txt", ">>> 1 + 1\n2\n")
    result = project.runpytest("--co", "-q")
    result.stdout.fnmatch_lines(
        [
            "tests/fixtures/test_page.txt::articleclean",
            "tests/fixtures/town.txt::articleclean",
            "tests/other/test_doc.txt::test_doc.txt",
            "3 tests collected*",
        ]
    )


def test_a_folder_without_any_expectation_is_left_alone(project: pytest.Pytester) -> None:
    # Projects that only install articleclean keep their own tests/fixtures/*.txt.
    add_input(project.path, "tests/fixtures/data.txt")
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_fixtures_folder_from_ini_and_command_line(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\narticleclean_fixtures = regression/pages\n")
    add_expectation(add_input(project.path, "regression/pages/town.txt"), {})
    add_expectation(add_input(project.path, "tests/fixtures/ignored.txt"), {})
    add_expectation(add_input(project.path, "elsewhere/other.txt"), {})
    result = project.runpytest("--co", "-q")
    result.stdout.fnmatch_lines(["regression/pages/town.txt::articleclean", "1 test collected*"])
    result = project.runpytest("--co", "-q", "--articleclean-fixtures", "elsewhere")
    result.stdout.fnmatch_lines(["elsewhere/other.txt::articleclean", "1 test collected*"])


def test_html_fixture_is_cleaned_as_html_with_its_url(project: pytest.Pytester) -> None:
    pytest.importorskip("articleclean.readers.html", reason="HTML reader not in this tree yet")
    page = project.path / "tests/fixtures/html/page.html"
    page.parent.mkdir(parents=True)
    page.write_bytes(
        b"<html><head><title>Library opens</title></head><body><article>"
        b"<h1>Small town opens new library</h1><p>" + TOWN.splitlines()[2].encode() + b"</p>"
        b"</article></body></html>"
    )
    url = "https://news.example/library"
    add_expectation(
        page,
        {
            "options": {"url": url},
            "metadata": {"source": "html", "url": url},
            "must_contain": ["Exampleton"],
        },
    )
    project.runpytest().assert_outcomes(passed=1)


SNAPSHOT_TESTS = f"""
import articleclean

TOWN = {TOWN!r}


def test_town(article_snapshot):
    article = article_snapshot(TOWN)
    assert article.title == "Small town opens new library"


def test_named_and_built(article_snapshot):
    article_snapshot(articleclean.clean_text(TOWN, ad_marker=False), "no ads")
"""


def test_article_snapshot_fixture(project: pytest.Pytester) -> None:
    project.makepyfile(test_snap=SNAPSHOT_TESTS)
    result = project.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "no expectation file snapshots/test_snap/test_town.expected.json",
            "*pytest --articleclean-update test_snap.py::test_town",
        ]
    )

    result = project.runpytest("--articleclean-update")
    assert result.parseoutcomes() == {"updated": 2}
    result.stdout.fnmatch_lines(
        [
            "created snapshots/test_snap/test_town.expected.json",
            "created snapshots/test_snap/no_ads.expected.json",
        ]
    )
    town = project.path / "snapshots/test_snap/test_town.expected.json"
    assert read_json(town) == TOWN_ARTICLE.to_dict()
    project.runpytest().assert_outcomes(passed=2)

    town.write_text(json.dumps({"title": "Old title"}), encoding="utf-8")
    result = project.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "article differs from test_town.expected.json in: title",
            '  expected: "Old title"',
            "*pytest --articleclean-update test_snap.py::test_town",
        ]
    )


def test_snapshot_options_do_not_apply_to_a_ready_article(project: pytest.Pytester) -> None:
    project.makepyfile(test_snap=SNAPSHOT_TESTS)
    snapshot = project.path / "snapshots/test_snap/no_ads.expected.json"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text(json.dumps({"options": {"config": {"ad_marker": False}}}))
    result = project.runpytest("-k", "named")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*'options' apply only when the snapshot cleans text or HTML*"])


def test_a_configured_fixtures_folder_that_is_missing_is_a_usage_error(
    project: pytest.Pytester,
) -> None:
    # Main: the other tests ran and passed, the fixtures' regression tests were gone
    # in silence (a typo in the ini option, a folder moved).
    project.makepyfile(test_other="def test_other():\n    assert True\n")
    project.makeini("[pytest]\narticleclean_fixtures = regression/page\n")
    add_expectation(add_input(project.path, "regression/pages/town.txt"), {})
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*articleclean fixtures folder*regression/page*is not a folder*"])
    result = project.runpytest("--articleclean-fixtures", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    # The folder there (empty or not) and the default left unconfigured: no error.
    project.makeini("[pytest]\n")
    assert project.runpytest().ret == pytest.ExitCode.OK


def test_a_snapshot_failure_is_reported_once(project: pytest.Pytester) -> None:
    # Raised inside the plugin's except block, pytest printed the message twice,
    # joined by "During handling of the above exception" (fails on main).
    project.makepyfile(test_snap=SNAPSHOT_TESTS)
    result = project.runpytest("-k", "test_town")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    # Counted in the failure's report only: the short summary after it repeats the
    # message whole where the CI variable is set (pytest cuts it to the terminal's
    # width elsewhere).
    report = out.split("short test summary info")[0]
    assert report.count("no expectation file snapshots/test_snap/test_town.expected.json") == 1
    assert "During handling of the above exception" not in out


def test_inputs_without_expectations_say_the_next_step(project: pytest.Pytester) -> None:
    # A fresh project: pages dropped into tests/fixtures, pytest run before recording
    # them. Nothing is collected; the run says how to record them (fails on main).
    add_input(project.path, "tests/fixtures/site/town.txt")
    add_input(project.path, "tests/fixtures/site/other.txt")
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.stdout.fnmatch_lines(
        [
            "articleclean: tests/fixtures holds 2 inputs but no .expected.json file yet, *"
            "record them with: pytest --articleclean-update tests/fixtures"
        ]
    )


def test_no_hint_beside_tests_of_the_project(project: pytest.Pytester) -> None:
    # A project that merely has articleclean installed and a tests/fixtures folder of
    # its own runs its tests without a word from the plugin.
    add_input(project.path, "tests/fixtures/site/town.txt")
    project.makepyfile(test_other="def test_ok():\n    pass\n")
    result = project.runpytest()
    result.assert_outcomes(passed=1)
    assert "articleclean" not in result.stdout.str().replace("plugins: articleclean", "")


def test_a_configured_folder_outside_testpaths_is_named(project: pytest.Pytester) -> None:
    # The README asks for the folder inside testpaths; outside it pytest collected
    # none of its inputs and --articleclean-update wrote nothing, without a word
    # (fails on main).
    project.makeini("[pytest]\ntestpaths = tests\narticleclean_fixtures = regression/pages\n")
    add_input(project.path, "regression/pages/town.txt")
    project.makepyfile(**{"tests/test_other": "def test_ok():\n    pass\n"})
    result = project.runpytest("--articleclean-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["articleclean: regression/pages holds 1 input, none collected: the folder must lie*"]
    )
    # Pointed at other paths by the arguments: nothing to say.
    result = project.runpytest("tests")
    assert "none collected" not in result.stdout.str()
    # Run on the folder itself: collected, no hint.
    result = project.runpytest("--articleclean-update", "regression/pages")
    assert result.parseoutcomes() == {"updated": 1}
    assert "none collected" not in result.stdout.str()


def test_utf16_text_fixture_is_read_as_the_cli_reads_it(project: pytest.Pytester) -> None:
    # Main: "text fixtures are read as UTF-8" for a dump the CLI cleans (Notepad's
    # "Unicode", PowerShell's `>`), and the update command named in the failure
    # failed the same way.
    fixture = project.path / "tests/fixtures/text/town.txt"
    fixture.parent.mkdir(parents=True)
    fixture.write_bytes(TOWN.replace("\n", "\r\n").encode("utf-16"))  # BOM first
    result = project.runpytest("--articleclean-update", "tests/fixtures")
    assert result.parseoutcomes() == {"updated": 1}
    assert read_json(fixture.with_name("town.expected.json")) == TOWN_ARTICLE.to_dict()
    project.runpytest().assert_outcomes(passed=1)


def test_binary_text_fixture_fails_naming_the_file(project: pytest.Pytester) -> None:
    fixture = project.path / "tests/fixtures/text/blob.txt"
    fixture.parent.mkdir(parents=True)
    fixture.write_bytes(bytes(range(256)) * 8)
    add_expectation(fixture, {})
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*blob.txt: input looks binary*"])


def test_update_and_check_under_xdist_workers(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The project's own suite runs with `-n auto`, and so may a user's: the inputs run in
    # worker processes, and the controller must still list the files they wrote. (Checking
    # under workers is what the project's own fixtures do on every run of its suite.)
    pytest.importorskip("xdist")
    source_root = Path(articleclean.__file__).resolve().parents[1]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(source_root), *sys.path]))
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p articleclean -p xdist.plugin --assert=plain")
    add_input(project.path, "tests/fixtures/text/town.txt")
    add_input(project.path, "tests/fixtures/text/village.txt", TOWN.replace("town", "village"))

    result = project.runpytest_subprocess("--articleclean-update", "-n", "2")
    assert result.parseoutcomes() == {"updated": 2}
    assert any("2 workers" in line for line in result.outlines), result.outlines[:10]
    result.stdout.fnmatch_lines_random(
        [
            "created tests/fixtures/text/town.expected.json",
            "created tests/fixtures/text/village.expected.json",
        ]
    )
    assert read_json(project.path / "tests/fixtures/text/town.expected.json") == (
        TOWN_ARTICLE.to_dict()
    )
