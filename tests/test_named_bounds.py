"""Bounds and word lists named once, for what they bound (issue 16, items 2 and 4).

A module's private bound named like another module's public one
(`closing_runs._MAX_LABEL_WORDS = 3` beside `lexicon.MAX_LABEL_WORDS = 4`) reads as
the same number kept in two places; it is a different bound and takes a name of its
own. Word lists that must agree (a name's particles, the words that join co-authors)
live once, in `names.py`, and the rules read them from there.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import articleclean
from articleclean.names import NAME_JOINERS, NAME_PARTICLES, bare_names, opens_with_given_name
from articleclean.rules import structure

PACKAGE = Path(articleclean.__file__).parent


def _is_number(node: ast.expr) -> bool:
    """A literal number, a tuple of them, or arithmetic over numbers and names."""
    if isinstance(node, ast.Constant):
        return type(node.value) in (int, float)
    if isinstance(node, ast.Tuple):
        return bool(node.elts) and all(_is_number(element) for element in node.elts)
    if isinstance(node, ast.BinOp):
        return all(
            _is_number(side) or isinstance(side, ast.Name) for side in (node.left, node.right)
        )
    return False


def _bounds(path: Path) -> dict[str, int]:
    """The module-level numeric constants of `path`, by name, with their lines."""
    found: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper() and _is_number(node.value):
                found[target.id] = node.lineno
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id.isupper()
            and node.value is not None
            and _is_number(node.value)
        ):
            found[node.target.id] = node.lineno
    return found


def _look_alikes(root: Path) -> list[str]:
    """Each private bound under `root` named as a public one of another module is."""
    bounds = {path: _bounds(path) for path in sorted(root.rglob("*.py"))}
    public = {
        name: path.relative_to(root)
        for path, names in bounds.items()
        for name in names
        if not name.startswith("_")
    }
    return [
        f"{path.relative_to(root)}:{line} {name} looks like {public[name[1:]]} {name[1:]}"
        for path, names in bounds.items()
        for name, line in names.items()
        if name.startswith("_") and name[1:] in public and public[name[1:]] != path
    ]


def test_no_private_bound_is_named_like_another_modules_public_one() -> None:
    # Fails on main: closing_runs._MAX_LABEL_WORDS (lexicon.MAX_LABEL_WORDS), and
    # article_run's _HEADLINE_WORDS and _BLURB_WORDS, headings' _MAX_HEADING_WORDS, html's
    # _MIN_HEADLINE_WORDS (teaser_lines'), titles' _LIST_ROW_WORDS (boilerplate's).
    assert _look_alikes(PACKAGE) == []


def test_the_check_finds_a_look_alike(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("MAX_WORDS = 4\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("_MAX_WORDS = 3\n_OTHER = (1, 2)\n", encoding="utf-8")
    assert _look_alikes(tmp_path) == ["b.py:1 _MAX_WORDS looks like a.py MAX_WORDS"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe", True),
        ("Verónica de Vita", True),
        ("Climate Change", False),
        ("", False),
        ("   ", False),
    ],
)
def test_opens_with_given_name(name: str, expected: bool) -> None:
    assert opens_with_given_name(name) is expected


def test_the_byline_rules_read_the_names_word_lists() -> None:
    assert frozenset(NAME_PARTICLES) == structure._NAME_PARTICLES
    assert frozenset(NAME_JOINERS) == structure._NAME_JOINERS
    # (the name pattern allows each particle inside a name)
    for particle in NAME_PARTICLES:
        assert bare_names(f"Marta {particle} Ruiz") == [f"Marta {particle} Ruiz"], particle
