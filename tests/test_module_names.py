"""Each module-level name of the package is bound once.

A constant defined again further down a module silently changes what the code
above reads (round 12: a new rule's `_REWORDED_SHARE = 0.4` replaced the 0.5 that
`_reworded_headline` was tuned with, and moved ten dumps' titles). ruff reports a
function or import defined twice, not a constant.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "articleclean"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound(target: ast.expr) -> list[ast.expr]:
    """The names an assignment target binds: `a`, `a, b`; not `a.x` nor `a[k]`, which
    change an object the name already holds."""
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _bound(element)]
    return [target]


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [t for target in node.targets for t in _bound(target)]
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
            continue
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, count in names.items() if count > 1)
    assert not twice, f"{path.name} binds {twice} more than once"


def test_the_check_sees_a_constant_bound_again() -> None:
    source = "_SHARE = 0.5\n\ndef f() -> float:\n    return _SHARE\n\n_SHARE = 0.4\n"
    assert _top_level_names(ast.parse(source))["_SHARE"] == 2
