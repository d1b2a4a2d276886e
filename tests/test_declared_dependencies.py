"""Every third-party module the package imports is declared in pyproject.toml with a
lower bound: in `dependencies`, or in the extra of the integration that imports it
(the Scrapy pipeline's itemadapter, the WARC reader's brotli), not only as another
package's dependency, which may drop it or allow a version the code cannot use."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

import articleclean

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).parent.parent
PACKAGE = Path(articleclean.__file__).parent
FOR_THE_REPOSITORY = ("test", "bench")
"""Extras for this repository's tests and benchmarks, not for the package's code."""
LOADED_BY_THEIR_HOST = {"pytest_plugin.py": {"pytest"}}
"""Modules only their host imports: pytest loads the plugin, so pytest is there."""
READ_IF_THERE = {"html_justext_bounds.py": {"justext"}, "html_justext_linear.py": {"justext"}}
"""Modules read only when another dependency brought them, the import guarded: jusText
is trafilatura's (its floor trafilatura 2.3's own), and the bound on its rescue and
its linear revision have nothing to bound or replace without it. Named beside trafilatura in pyproject.toml, it makes the
pip a new venv ships (23) stop on lxml's extra spelled two ways (jusText's "html_clean",
our "html-clean"), so it is not named there."""


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", requirement).group()).lower()


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = list(project["dependencies"])
    for extra, requirements in project["optional-dependencies"].items():
        if extra not in FOR_THE_REPOSITORY:
            found += requirements
    return found


def _imported() -> dict[str, set[str]]:
    """Each third-party top-level module the package imports: the files importing it."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top == "articleclean":
                    continue
                if top in LOADED_BY_THEIR_HOST.get(path.name, set()):
                    continue
                if top in READ_IF_THERE.get(path.name, set()):
                    continue
                found.setdefault(top, set()).add(path.name)
    return found


def test_every_imported_module_is_declared() -> None:
    declared = {_name(r) for r in _requirements()}
    distributions = packages_distributions()
    imported = _imported()
    assert {"lxml", "trafilatura", "ahocorasick", "itemadapter", "brotli"} <= set(imported)
    undeclared = {
        module: sorted(files)
        for module, files in imported.items()
        if not {_name(d) for d in distributions.get(module, [module])} & declared
    }
    assert undeclared == {}


def test_every_requirement_has_a_lower_bound() -> None:
    requirements = [r for r in _requirements() if not r.startswith("articleclean")]
    assert len(requirements) > 10
    assert [r for r in requirements if ">=" not in r] == []
