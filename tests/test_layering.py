"""The readers and the shared word lists import nothing from the rules (issue 16).

Data flows readers -> segments -> rules; what both sides read (word lists,
patterns, people's and places' names) lives in neutral modules. An import of a
rule module from a reader, even one inside a function, would tie them again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import articleclean
from articleclean.lexicon import facts_line

PACKAGE = Path(articleclean.__file__).parent
NEUTRAL = [
    *sorted((PACKAGE / "readers").glob("*.py")),
    PACKAGE / "names.py",
    PACKAGE / "lexicon.py",
    PACKAGE / "document.py",
    PACKAGE / "patterns.py",
    PACKAGE / "assemble.py",  # assembly reads the segments' verdicts, not the rules
]
RULES = sorted((PACKAGE / "rules").glob("*.py"))


def _package_of(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])


def _imported_modules(source: str, package: str) -> list[str]:
    """Every module `source` (a module of `package`) imports, anywhere in it, as an
    absolute dotted name."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            module = ".".join(base) if node.level else ""
            if node.module:
                module = f"{module}.{node.module}" if module else node.module
            found.append(module)
            # `from .. import rules` names the package in the alias.
            found.extend(f"{module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", NEUTRAL, ids=lambda path: path.name)
def test_imports_nothing_from_the_rules(path: Path) -> None:
    imported = _imported_modules(path.read_text(encoding="utf-8"), _package_of(path))
    assert not [name for name in imported if name.startswith("articleclean.rules")]


def test_the_check_sees_an_import_inside_a_function() -> None:
    source = "import re\n\ndef f():\n    from ..rules.structure import parse_byline\n"
    imported = _imported_modules(source, "articleclean.readers")
    assert "articleclean.rules.structure" in imported
    assert "re" in imported
    assert "articleclean.names" in _imported_modules(
        "from ..names import parse_byline\n", "articleclean.readers"
    )
    assert "articleclean.rules" in _imported_modules("from . import rules\n", "articleclean")


@pytest.mark.parametrize("path", RULES, ids=lambda path: path.name)
def test_rules_do_not_depend_on_the_passes_that_run_them(path: Path) -> None:
    # Rules are data the passes read: a rule module that imports pass 1 or the pipeline
    # (for a helper it needs) ties them in a circle; such a helper lives in a neutral
    # module (patterns.py, names.py, lexicon.py).
    imported = _imported_modules(path.read_text(encoding="utf-8"), _package_of(path))
    passes = ("articleclean.block_pass", "articleclean.pipeline", "articleclean.assemble")
    assert not [name for name in imported if name.startswith(passes)]


def _reads_of(source: str, attribute: str) -> list[int]:
    """The lines of `source` that read `attribute` of something."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr == attribute
        and isinstance(node.ctx, ast.Load)
    ]


@pytest.mark.parametrize("path", RULES, ids=lambda path: path.name)
@pytest.mark.parametrize("attribute", ["rule", "reason"])
def test_rules_learn_other_rules_results_as_declared_inputs(path: Path, attribute: str) -> None:
    # A rule (or a function rules derive) reads what another rule claimed as a `Claimed`
    # it declares (`reads=`), not by comparing `segment.rule` with a rule's name or
    # `segment.reason` with a reason; only the rule model keeps the record.
    if path.name == "base.py":
        return
    reads = _reads_of(path.read_text(encoding="utf-8"), attribute)
    assert reads == [], f"{path.name} reads .{attribute} at lines {reads}"


def test_the_check_sees_a_reason_read() -> None:
    source = "def f(s):\n    return s.reason is Reason.AD_MARKER\n"
    assert _reads_of(source, "reason") == [2]
    assert _reads_of("def f(s):\n    s.reason = None\n", "reason") == []


def test_the_text_paths_run_of_prose_imports_nothing_from_the_html_rules() -> None:
    # `article_run` and `html_date_line` read the same line of facts; its pattern and test
    # live in lexicon.py (`facts_line`), so the text path does not reach into rules/html.py.
    path = PACKAGE / "rules" / "article_run.py"
    imported = _imported_modules(path.read_text(encoding="utf-8"), _package_of(path))
    assert not [name for name in imported if name.startswith("articleclean.rules.html")]


@pytest.mark.parametrize(
    "line",
    [
        "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
        "Schlagwörter: Frauen, Sport",
        "Kategorie: News | 3 Kommentare",
        "Publié le 23 mars 2020 · Catégorie : Politique",
        "Etiquetas: elecciones, Madrid",
        "News date : 09/13/2022 Category : Community Notices",
    ],
)
def test_a_posts_line_of_facts_is_read_in_the_neutral_lexicon(line: str) -> None:
    assert facts_line(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "The category of the tags was discussed on 13 January 2020 by the council.",
        "Tags: " + " ".join(["word"] * 20),
    ],
)
def test_a_sentence_or_a_long_line_is_no_line_of_facts(line: str) -> None:
    assert not facts_line(line, len(line.split()))
