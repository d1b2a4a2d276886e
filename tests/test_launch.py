"""The command's entry point (`launch.py`) and the package's names loaded on first use.

A Ctrl-C while the command's modules load used to print a traceback from inside an import
(round 54's left item): the package's `__init__` imported the whole pipeline, so the
console script could not catch anything before that work was done.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import articleclean


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


def test_importing_the_package_loads_no_rules() -> None:
    done = _run(
        "import sys, articleclean\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('articleclean.'))\n"
        "print(loaded)\n"
    )
    assert done.returncode == 0, done.stderr
    assert "articleclean.pipeline" not in done.stdout
    assert "articleclean.rules" not in done.stdout


# Stands for a Ctrl-C that lands while `articleclean.cli` (and all it imports) loads.
_INTERRUPT_THE_IMPORT = """
import runpy, sys

class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "articleclean.cli":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv = ["articleclean", "clean", "nothing.txt"]
runpy.run_module("articleclean", run_name="__main__")
"""


def test_ctrl_c_while_the_command_loads_ends_quietly_with_130() -> None:
    done = _run(_INTERRUPT_THE_IMPORT)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "interrupted" in done.stderr


def test_the_command_runs_through_the_entry_point() -> None:
    done = _run(
        "import sys\nfrom articleclean.launch import main\n"
        "sys.argv = ['articleclean', '--version']\nmain()\n"
    )
    assert done.returncode == 0, done.stderr
    assert articleclean.__version__ in done.stdout


@pytest.mark.parametrize("name", articleclean.__all__)
def test_every_public_name_is_there(name: str) -> None:
    assert name in dir(articleclean)
    assert getattr(articleclean, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        articleclean.no_such_name  # noqa: B018
    assert not hasattr(articleclean, "pipeline_cache")
