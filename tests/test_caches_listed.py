"""README's "Caches and shared objects" lists every process-wide cache (issue 16, item 7).

What a process keeps between documents is found in the source, as the table's rows
name it: a function under `functools.lru_cache` or `functools.cache`, a module-level
dict or set that starts empty and is filled as documents come, a module global a
function rebinds (`global`), and lxml's parser and compiled XPath expressions made at
import (shared by every thread). Each must be named in that section of the README, so
a new cache comes with its row (what it holds, its bound, whether threads share it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import articleclean

PACKAGE = Path(articleclean.__file__).parent
README = Path(__file__).parent.parent / "README.md"
SOURCES = sorted(PACKAGE.rglob("*.py"))

FILLED_AT_IMPORT = {"decode.py": {"_LATIN_LETTERS"}}
"""Empty containers a module fills while it is imported: constants, no cache."""

NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBERS += ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("\n## Caches and shared objects\n", 1)[1].split("\n## ", 1)[0]


def _is_cache_decorator(node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    return name in ("lru_cache", "cache")


def _is_empty_container(node: ast.expr | None) -> bool:
    if isinstance(node, ast.Dict | ast.Set):
        return not (node.keys if isinstance(node, ast.Dict) else node.elts)
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("dict", "set")
        and not node.args
    )


def _calls(node: ast.expr | None, name: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")) == name


def caches(source: str, filename: str = "") -> tuple[set[str], int]:
    """(the names of the caches and shared objects `source` keeps, its XPath constants)."""
    tree = ast.parse(source)
    found: set[str] = set()
    xpaths = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and any(
            _is_cache_decorator(d) for d in node.decorator_list
        ):
            found.add(node.name)
        elif isinstance(node, ast.Global):
            found.update(node.names)
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if _is_empty_container(statement.value):
                found |= names - FILLED_AT_IMPORT.get(filename, set())
            elif _calls(statement.value, "HTMLParser"):
                found |= names
            elif _calls(statement.value, "XPath"):
                xpaths += 1
    return found, xpaths


def test_the_finder_sees_each_kind_of_cache() -> None:
    source = (
        "import functools\nfrom functools import lru_cache\nfrom lxml import etree\n"
        "_A: dict[str, int] = {}\n_B = set()\n_C = {'x': 1}\n_P = HTMLParser()\n"
        "_X = etree.XPath('//a')\n_y = None\n"
        "@lru_cache(maxsize=4)\ndef d(): ...\n@functools.cache\ndef e(): ...\n"
        "def f():\n    global _y\n    _y = 1\n"
    )
    assert caches(source) == ({"_A", "_B", "_P", "d", "e", "_y"}, 1)


def test_every_cache_and_shared_object_has_its_row_in_the_readme() -> None:
    section = _section()
    missing = []
    xpaths = 0
    for path in SOURCES:
        names, count = caches(path.read_text(encoding="utf-8"), path.name)
        xpaths += count
        missing += [
            f"{path.relative_to(PACKAGE)}: {name}"
            for name in sorted(names)
            if not re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", section)
        ]
    assert not missing, "not in README's 'Caches and shared objects': " + ", ".join(missing)
    assert f"{NUMBERS[xpaths]} compiled XPath expressions" in section


def test_the_screen_bound_counts_the_screened_rules() -> None:
    """The pass-1 screen keeps the rules to ask per mask of screened rules met: the
    row's bound names how many rules the screen holds, which grows with each new rule
    that declares triggers."""
    from articleclean.pipeline import BLOCK_RULES

    screened = sum(1 for rule in BLOCK_RULES if rule.screened)
    superscript = str(screened).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    assert f"at most 2{superscript} with the {screened} built-in screened rules" in _section()
