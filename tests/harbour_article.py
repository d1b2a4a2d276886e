"""An invented two-paragraph article about a bridge closing, for tests that put a caption,
a credit or a look-alike line between its paragraphs and ask where the line went."""

from __future__ import annotations

import articleclean

BEFORE = (
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday."
)
AFTER = (
    "Buses will run a shuttle service across the river every ten minutes, and ferries will "
    "add extra crossings during the morning and evening rush hours."
)


def article_with(*lines: str) -> articleclean.Article:
    """The article cleaned with `lines` between its two paragraphs, under its headline."""
    return articleclean.clean_text("\n\n".join(["Harbour bridge to close", BEFORE, *lines, AFTER]))
