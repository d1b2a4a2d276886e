"""The page's JSON-LD scripts, parsed only when they hold the key a reader asks for.

Pages state what they are for search engines in schema.org data (an article's
`articleBody`, a recipe's `recipeIngredient`); readers of that data search each
script's source for their key first, as most scripts hold none and their parse
would be wasted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml.html import HtmlElement


def json_ld_holding(tree: HtmlElement, probe: re.Pattern[str]) -> Iterator[object]:
    """The parsed data of each of the page's JSON-LD scripts whose source `probe` finds
    (the search first: most pages' scripts hold no such key, and skip the parse); a
    broken or absurdly nested script is left unread."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        source = script.text or ""
        if not probe.search(source):
            continue
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError):
            continue
        yield data


def json_objects(data: object) -> Iterator[dict]:
    """Every JSON object in a parsed JSON document, depth first (an object before the
    objects inside it; a list's items in their order): what readers of one key or one
    `@type` walk, wherever a page's script nests it (`@graph`, `mainEntity`, a list)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(value for value in item.values() if isinstance(value, (dict, list)))
        elif isinstance(item, list):
            stack.extend(reversed(item))
