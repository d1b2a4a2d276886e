"""pytest plugin: every fixture page becomes a regression test of the cleaner.

Loaded through the `pytest11` entry point, so installing articleclean is
enough. Inputs (`*.txt`, `*.html`, `*.htm`) under the fixtures folder
(`articleclean_fixtures` ini option, default `tests/fixtures`) are compared
with their sibling `NAME.expected.json`; `pytest --articleclean-update`
writes and refreshes those files. The `article_snapshot` fixture does the
same for articles that tests build in code.

The folder is only taken over once it holds an expectation file (or the
folder is configured, or the run updates): a project that merely installs
articleclean and happens to have `tests/fixtures/*.txt` is left alone.
Disable the plugin entirely with `-p no:articleclean`.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .article import Article
from .errors import ArticleCleanError, InputError
from .expectation_report import render_checks, render_report
from .expectations import (
    EXPECTED_SUFFIX,
    Comparison,
    Options,
    clean_input,
    compare,
    expectation_path,
    is_input,
    load_expectation,
    rival_inputs,
    without_missing,
    write_expectation,
)

DEFAULT_FIXTURES = "tests/fixtures"
ITEM_NAME = "articleclean"
UPDATE_OPTION = "--articleclean-update"
PROPERTY = "articleclean_expectation"
"""user_properties key: "created PATH" / "updated PATH"; travels with reports (also under xdist)."""


@dataclass(frozen=True)
class Settings:
    fixtures: Path
    update: bool
    active: bool
    invocation_dir: Path
    configured: str = ""
    """The folder as the command line or the ini file named it ("" when neither did)."""

    def owns(self, path: Path) -> bool:
        return self.active and is_input(path) and path.is_relative_to(self.fixtures)

    def display(self, path: Path) -> str:
        """A path as the user would type it from where pytest was started."""
        try:
            return str(path.resolve().relative_to(self.invocation_dir))
        except ValueError:
            return str(path)


SETTINGS = pytest.StashKey[Settings]()
OWNED = pytest.StashKey[int]()
"""How many fixture inputs this run collected."""


# --- options and configuration -----------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("articleclean", "articleclean regression fixtures")
    group.addoption(
        UPDATE_OPTION,
        action="store_true",
        default=False,
        help="write missing NAME.expected.json files and rewrite changed ones "
        "(partial files keep their keys)",
    )
    group.addoption(
        "--articleclean-fixtures",
        metavar="DIR",
        default=None,
        help=f"folder of fixture inputs (overrides the ini option; default {DEFAULT_FIXTURES})",
    )
    parser.addini(
        "articleclean_fixtures",
        help=f"folder of articleclean fixture inputs, relative to rootdir (default {DEFAULT_FIXTURES})",
        default="",
    )


def pytest_configure(config: pytest.Config) -> None:
    invocation_dir = Path(config.invocation_params.dir)
    from_cli = config.getoption("--articleclean-fixtures")
    from_ini = str(config.getini("articleclean_fixtures")).strip()
    if from_cli:
        fixtures = invocation_dir / from_cli
    else:
        fixtures = config.rootpath / (from_ini or DEFAULT_FIXTURES)
    update = bool(config.getoption(UPDATE_OPTION))
    active = bool(from_cli or from_ini or update) or _holds_expectations(fixtures)
    config.stash[SETTINGS] = Settings(
        fixtures.resolve(), update, active, invocation_dir.resolve(), from_cli or from_ini
    )
    config.pluginmanager.register(WrittenFiles(), "articleclean-written-files")


def pytest_sessionstart(session: pytest.Session) -> None:
    settings = session.config.stash.get(SETTINGS, None)
    # A configured folder that is not there (a typo, a folder moved) ran the other
    # tests and none of its fixtures, in silence: the regression tests were gone.
    if settings is not None and settings.configured and not settings.fixtures.is_dir():
        raise pytest.UsageError(
            f"articleclean fixtures folder {settings.display(settings.fixtures)} "
            f"(configured as {settings.configured!r}) is not a folder"
        )


def _holds_expectations(folder: Path) -> bool:
    return folder.is_dir() and next(folder.rglob("*" + EXPECTED_SUFFIX), None) is not None


def pytest_report_header(config: pytest.Config) -> str | None:
    settings = config.stash.get(SETTINGS, None)
    if settings is None or not settings.active:
        return None
    mode = " (updating expectations)" if settings.update else ""
    return f"articleclean fixtures: {settings.display(settings.fixtures)}{mode}"


def pytest_report_collectionfinish(
    config: pytest.Config, start_path: Path, items: list[pytest.Item]
) -> str | None:
    # Two runs that collect none of the folder's inputs and said nothing: a new user
    # who drops pages into the default folder and runs pytest before recording them,
    # and a configured folder outside what pytest collects (--articleclean-update then
    # writes nothing). Said only when the run was not pointed elsewhere by arguments
    # and, for the default folder, nothing at all was collected (a project with tests
    # of its own and a tests/fixtures folder of its own is left alone).
    settings = config.stash.get(SETTINGS, None)
    if settings is None or config.stash.get(OWNED, 0) or not settings.fixtures.is_dir():
        return None
    if settings.active and _pointed_elsewhere(config):
        return None
    if not settings.active and items:
        return None
    inputs = sum(1 for path in settings.fixtures.rglob("*") if is_input(path) and path.is_file())
    if not inputs:
        return None
    folder = settings.display(settings.fixtures)
    noun = "input" if inputs == 1 else "inputs"
    if settings.active:
        return (
            f"articleclean: {folder} holds {inputs} {noun}, none collected: the folder "
            f"must lie inside what pytest collects (testpaths); run pytest {folder}, "
            "or add it to testpaths"
        )
    return (
        f"articleclean: {folder} holds {inputs} {noun} but no {EXPECTED_SUFFIX} file yet, "
        f"so the plugin leaves it alone; record them with: "
        f"{update_command(folder)}"
    )


def _pointed_elsewhere(config: pytest.Config) -> bool:
    """Whether the run's paths came from its arguments (`pytest tests/test_x.py`)."""
    source = getattr(config, "args_source", None)
    return source is None or source == pytest.Config.ArgsSource.ARGS


# --- collection ----------------------------------------------------------------


# An old-style wrapper (not wrapper=True) so that pytest 7 with an older pluggy works too.
@pytest.hookimpl(hookwrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Generator[None, Any, None]:
    outcome = yield
    settings = parent.config.stash.get(SETTINGS, None)
    if settings is not None and settings.owns(file_path.resolve()):
        # Ours alone: doctest would otherwise also collect inputs named test*.txt.
        outcome.force_result([FixtureFile.from_parent(parent, path=file_path)])
        parent.config.stash[OWNED] = parent.config.stash.get(OWNED, 0) + 1


class FixtureFile(pytest.File):
    """One fixture input; it holds a single item so the id is the input's path."""

    def collect(self) -> Iterator[pytest.Item]:
        yield FixtureItem.from_parent(self, name=ITEM_NAME)


class FixtureItem(pytest.Item):
    """Clean one fixture input and compare it with its expectation."""

    def runtest(self) -> None:
        settings = self.config.stash[SETTINGS]
        expected = expectation_path(self.path)
        rivals = rival_inputs(self.path)
        if rivals:
            names = ", ".join(p.name for p in [self.path, *rivals])
            raise InputError(f"{names} would share {expected.name}: rename all but one")
        verify(
            expected,
            lambda options: clean_input(self.path, options),
            update=settings.update,
            shown_as=settings.display(expected),
            update_command=update_command(settings.display(self.path)),
            record=lambda action: self.user_properties.append(
                (PROPERTY, f"{action} {settings.display(expected)}")
            ),
        )

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        if isinstance(excinfo.value, ExpectationFailed):
            return str(excinfo.value)
        if isinstance(excinfo.value, ArticleCleanError):
            return f"{type(excinfo.value).__name__}: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, self.config.stash[SETTINGS].display(self.path)


# --- the comparison shared by fixture items and article_snapshot -------------


class ExpectationFailed(AssertionError):
    """The article does not match its expectation, or there is none; the message says how."""


def update_command(target: str) -> str:
    return f"pytest {UPDATE_OPTION} {shlex.quote(target)}"


def verify(
    expected_path: Path,
    make_article: Callable[[Options], Article],
    *,
    update: bool,
    shown_as: str,
    update_command: str,
    record: Callable[[str], None],
) -> None:
    """Compare the article with its expectation, or (updating) write the file and
    `record` "created"/"updated"; raise ExpectationFailed when it does not match."""
    if not expected_path.exists():
        if not update:
            raise ExpectationFailed(
                f"no expectation file {shown_as}\n"
                f"Create it (then review it) with:\n  {update_command}"
            )
        write_expectation(expected_path, make_article(Options()).to_dict())
        record("created")
        return
    expectation = load_expectation(expected_path)
    comparison = compare(expectation, make_article(Options.of(expectation)))
    if comparison.ok:
        return
    if not update:
        raise ExpectationFailed(
            "\n".join(
                [
                    f"article differs from {expected_path.name} in: "
                    + ", ".join(_failed_fields(comparison)),
                    *render_report(comparison),
                    _accept_hint(comparison, update_command),
                ]
            )
        )
    if comparison.changed:
        write_expectation(expected_path, without_missing(comparison.shaped))
        record("updated")
    if comparison.check_failures:
        # Checks are the user's own statements: never rewritten, only reported.
        rewritten = f" (its other fields were updated: {', '.join(comparison.changed)})"
        raise ExpectationFailed(
            "\n".join(
                [
                    f"checks in {expected_path.name} fail: "
                    + ", ".join(_failed_checks(comparison))
                    + (rewritten if comparison.changed else ""),
                    *render_checks(comparison.check_failures),
                    f"{UPDATE_OPTION} leaves checks as they are: edit them by hand.",
                ]
            )
        )


def _accept_hint(comparison: Comparison, update_command: str) -> str:
    if comparison.changed:
        return f"If the new result is right, accept it with:\n  {update_command}"
    return "Checks are not rewritten by --articleclean-update: edit them by hand if they are wrong."


def _failed_checks(comparison: Comparison) -> list[str]:
    return list(dict.fromkeys(failure.check for failure in comparison.check_failures))


def _failed_fields(comparison: Comparison) -> list[str]:
    return [*comparison.changed, *_failed_checks(comparison)]


# --- reporting -----------------------------------------------------------------


class WrittenFiles:
    """Collects the expectation files a run wrote, from the test reports (so it
    works on the controller under xdist too), and lists them at the end."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.lines.extend(_written(report))

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.lines:
            return
        terminalreporter.section("articleclean expectations written", sep="-", yellow=True)
        for line in self.lines:
            terminalreporter.line(line)
        terminalreporter.line("Review them (git diff) before committing.")


def _written(report: pytest.TestReport) -> list[str]:
    if report.when != "call":
        return []
    return [str(value) for key, value in report.user_properties if key == PROPERTY]


def pytest_report_teststatus(
    report: pytest.TestReport, config: pytest.Config
) -> tuple[str, str, tuple[str, dict[str, bool]]] | None:
    written = _written(report)
    if not written or not report.passed:
        return None
    word = "CREATED" if all(w.startswith("created") for w in written) else "UPDATED"
    return "updated", "U", (word, {"yellow": True})


# --- article_snapshot ----------------------------------------------------------

SNAPSHOTS = "snapshots"
_UNSAFE = re.compile(r"[^\w.\-\[\]]+")


class ArticleSnapshot:
    """Compare an article (or text to clean) with a stored expectation file:
    `<test module folder>/snapshots/<module name>/<name>.expected.json`."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request
        self._calls = 0

    def path_for(self, name: str) -> Path:
        module = self._request.path
        return (
            module.parent / SNAPSHOTS / module.stem / f"{_UNSAFE.sub('_', name)}{EXPECTED_SUFFIX}"
        )

    def __call__(
        self,
        source: Article | str | bytes,
        name: str | None = None,
        *,
        url: str | None = None,
    ) -> Article:
        """Check `source` against its snapshot and return the article. Text or
        HTML is cleaned with the snapshot's `options`; an Article is used as is."""
        self._calls += 1
        if name is None:
            name = _test_name(self._request.node)
            if self._calls > 1:
                name = f"{name}-{self._calls}"
        node = self._request.node
        settings = node.config.stash[SETTINGS]
        path = self.path_for(name)
        article: Article | None = None

        def make_article(options: Options) -> Article:
            nonlocal article
            if isinstance(source, Article):
                if options.config or options.url:
                    raise ExpectationFailed(
                        f"{path.name}: 'options' apply only when the snapshot cleans "
                        "text or HTML itself; pass the text instead of an Article"
                    )
                article = source
            else:
                from . import clean

                article = clean(source, url=url or options.url, config=options.cleaner_config())
            return article

        failure: str | None = None
        try:
            verify(
                path,
                make_article,
                update=settings.update,
                shown_as=settings.display(path),
                update_command=update_command(node.nodeid),
                record=lambda action: node.user_properties.append(
                    (PROPERTY, f"{action} {settings.display(path)}")
                ),
            )
        except ExpectationFailed as exc:
            failure = str(exc)
        except ArticleCleanError as exc:
            failure = f"{type(exc).__name__}: {exc}"
        if failure is not None:
            # Failed outside the handler: raised inside it, pytest prints the message
            # twice, joined by "During handling of the above exception".
            pytest.fail(failure, pytrace=False)
        assert article is not None
        return article


def _test_name(node: pytest.Item) -> str:
    """`tests/test_x.py::TestA::test_b[1]` -> `TestA.test_b[1]`."""
    return node.nodeid.split("::", 1)[-1].replace("::", ".")


@pytest.fixture
def article_snapshot(request: pytest.FixtureRequest) -> ArticleSnapshot:
    """Compare articles built in a test with `snapshots/<module>/<name>.expected.json`
    beside the test module; `pytest --articleclean-update` writes them."""
    return ArticleSnapshot(request)
