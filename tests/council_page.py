"""An English whole page's parts (menu, sections, footer, article) that page-dump tests
build dumps from, and what such a dump keeps and removes."""

from __future__ import annotations

import articleclean

HEADLINE = "City council approves new budget after a long debate"
PARAGRAPHS = [
    "The city council approved a new budget on Tuesday after a debate that lasted more than six hours, officials said.",
    "The budget raises spending on schools and public transport while cutting the administrative costs of the city.",
    "Opponents argued that the plan relied on optimistic forecasts of tax revenue for the coming two years.",
    "The mayor said the vote showed that the council could work together on difficult questions.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact", "Login"]
SECTIONS = ["World", "Business", "Culture", "Travel", "Science", "Health"]
FOOTER = ["About us", "Jobs", "Press", "Terms", "Imprint", "Newsletter archive"]


def kept_lines(lines: list[str]) -> set[str]:
    """The lines a whole-page dump of `lines` keeps in its text."""
    return set(_clean_page(lines).text.splitlines())


def removed_rules(lines: list[str]) -> dict[str, str]:
    """The rule that removed each piece of a whole-page dump of `lines`, by its text."""
    return {piece.text: piece.rule for piece in _clean_page(lines).removed}


def _clean_page(lines: list[str]) -> articleclean.Article:
    return articleclean.clean_text("\n".join(lines), dump="page")
