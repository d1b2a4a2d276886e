"""The README names every option a user can set, with the default the code has
(issue 16, item 7's "docs that match the code").

A CLI option (every long and short name of every command's options) stands in the
README; every `--option` the README's CLI section names is one of them; every
`CleanerConfig` field stands in the README in backticks, and a setting's default is
written right after its name as the code has it ("`teaser_max_blocks` (12)").
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import click

from articleclean.cli import main
from articleclean.config import CleanerConfig
from articleclean.pipeline import BLOCK_RULES, CONTEXT_RULES, DOCUMENT_STEPS, STRUCTURE_RULES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
CLI_SECTION = README.split("<!-- section: cli -->", 1)[1].split("<!-- section:", 1)[0]
RULE_NAMES = {rule.name for rule in BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES}
RULE_NAMES |= {step.name for step in DOCUMENT_STEPS}


def _options() -> set[str]:
    """Every option name of the command and its subcommands: "--jobs", "-j", "--no-color"
    (click adds the help option apart from the parameters)."""
    names = set(main.context_settings["help_option_names"])
    names |= {name for param in main.params for name in param.opts + param.secondary_opts}
    for command in main.commands.values():
        for param in command.params:
            if isinstance(param, click.Option):
                names.update(param.opts + param.secondary_opts)
    return names


def _named(option: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def _written(value: object) -> str:
    """A default as the README writes it."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return f'`"{value}"`'
    if isinstance(value, int):
        return "32 MiB" if value == 32 * 1024 * 1024 else f"{value:,}"
    if isinstance(value, float):
        return f"{value:g} s" if value.is_integer() else f"{value:g}"
    raise AssertionError(f"no written form for {value!r}")


def test_every_cli_option_is_in_the_readme() -> None:
    options = _options()
    assert {"--jobs", "-j", "--stdin-format", "--as-html", "--text", "--version"} <= options
    assert sorted(o for o in options if not _named(o, README)) == []


def test_every_option_the_cli_section_names_exists() -> None:
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", CLI_SECTION))
    assert len(named) > 20
    assert sorted(named - _options()) == []


def test_every_config_field_is_in_the_readme_with_its_default() -> None:
    wrong = []
    for field in dataclasses.fields(CleanerConfig):
        if f"`{field.name}`" not in README:
            wrong.append((field.name, "not named"))
        elif field.name not in RULE_NAMES and isinstance(field.default, bool | int | float | str):
            pattern = rf"`{field.name}`(?: \(|, ){re.escape(_written(field.default))}"
            if re.search(pattern, README) is None:
                wrong.append((field.name, _written(field.default)))
    assert wrong == []
