"""A short story and the `articleclean clean` call that the batch-safety tests share."""

from __future__ import annotations

from click.testing import CliRunner

from articleclean.cli import main

STORY = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


def clean_cli(*args: str) -> tuple[int, str]:
    """`articleclean clean -q -j 1 ARGS` in-process: its exit code and output. An error
    other than the command's own exit is raised, so a crash is not read as an exit code."""
    result = CliRunner().invoke(main, ["clean", "-q", "-j", "1", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output
