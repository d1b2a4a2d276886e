"""The `articleclean` command (being built: see issue 4)."""

from __future__ import annotations

import sys

import click

from . import clean


@click.group()
def main() -> None:
    """Clean scraped news articles."""


@main.command("clean")
@click.argument("inputs", nargs=-1, type=click.File("rb"))
def clean_command(inputs: tuple) -> None:
    """Clean each INPUT and print one JSON article per line."""
    for handle in inputs or (sys.stdin.buffer,):
        click.echo(clean(handle.read()).to_json())
