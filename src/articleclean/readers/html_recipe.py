"""A recipe's ingredient list that trafilatura left out, as the page prints it.

Recipe pages set their ingredients in a card of their own (a recipe plugin's
box, a tab, a table of amounts), which trafilatura's choice of the main box
often leaves out while it keeps the introduction and the method. The page
states that it is a recipe, and its ingredients, for search engines: schema.org
`Recipe` data in a JSON-LD script with a `recipeIngredient` list. That statement
is the evidence that the page is a recipe; the lines added are the page's own
ingredient lines as it prints them (marked by microdata, or set in a box whose
class names ingredients: the recipe plugins' markup), not the script's spelling
of them, and only when the extraction left most of them out.

Read only on pages whose JSON-LD names a `recipeIngredient` (a regex search of
each JSON-LD script first), so other pages pay one search of their scripts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from ..document import key_of
from .html_words import PRINTED_TEXT, held_keys, printed_text
from .json_ld import json_ld_holding, json_objects

_RECIPE_INGREDIENT = re.compile(r'"recipeIngredient"\s*:\s*\[')
# Elements whose text is never printed.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "meta"})
MIN_INGREDIENTS = 2
"""A declared list this short is no list to restore."""
KEPT_SHARE = 0.5
"""The extraction already holds this share of the printed ingredients: trafilatura
kept the list, and nothing is added."""
# How much of a line's key finds its place in the page's text.
_PLACE_KEY_CHARS = 40


def declared_ingredients(tree: HtmlElement) -> list[str]:
    """The ingredients of the page's schema.org `Recipe` (JSON-LD), in order."""
    found: list[str] = []
    for data in json_ld_holding(tree, _RECIPE_INGREDIENT):
        for recipe in _recipes(data):
            items = recipe["recipeIngredient"]
            # Some sites escape their JSON's text as HTML ("Salz &amp; Pfeffer").
            found += [html.unescape(item) for item in items if isinstance(item, str)]
    return found


def _recipes(data: object) -> Iterator[dict]:
    """Every JSON object typed `Recipe` (alone or among its types) with a list of
    ingredients, depth first."""
    for item in json_objects(data):
        kind = item.get("@type")
        is_recipe = kind == "Recipe" or (isinstance(kind, list) and "Recipe" in kind)
        if is_recipe and isinstance(item.get("recipeIngredient"), list):
            yield item


def printed_ingredients(tree: HtmlElement) -> list[str]:
    """The texts of the page's ingredient lines, in the page's order, each text once:
    the elements marked as a recipe's ingredients by schema.org microdata
    (`itemprop="recipeIngredient"`), else the list items of the boxes whose class
    names ingredients (the recipe plugins' `wprm-recipe-ingredients`,
    `recipe-ingredients`, `tasty-recipes-ingredients`, in every language), or, in
    a box with no list, its outermost boxes so named (`recipe-ingredients__item`)."""
    markup = _INGREDIENT_MARKUP(tree)
    items = [element for element in markup if element.get("itemprop") in _ITEMPROPS]
    if not items:
        boxes = [element for element in markup if element.get("itemprop") not in _ITEMPROPS]
        # Each box's boxes around it, read once: asking every pair of boxes grew with
        # the square of a page's boxes (8,000 sibling boxes: 72 s).
        around = _boxes_around(boxes)
        inside: dict[HtmlElement, list[HtmlElement]] = {}
        for box in boxes:
            for outer in around[box]:
                inside.setdefault(outer, []).append(box)
        for box in boxes:
            if around[box]:
                continue
            rows = box.findall(".//li")
            if not rows:
                # An outermost box's inner boxes inside no other of them: those
                # with no box around them but this one.
                rows = [row for row in inside.get(box, []) if len(around[row]) == 1]
            items += rows
    texts: list[str] = []
    seen: set[str] = set()
    for element in items:
        if any(ancestor.tag in _SKIPPED for ancestor in element.iterancestors()):
            continue
        text = printed_text(element)
        key = key_of(text)
        if key and key not in seen:
            seen.add(key)
            texts.append(text)
    return texts


# The elements microdata marks as ingredients (schema.org's name and its older
# one) and the boxes whose class names them, in one walk of the page.
_ITEMPROPS = frozenset({"recipeIngredient", "ingredients"})
_INGREDIENT_MARKUP = etree.XPath(
    "//*[@itemprop='recipeIngredient' or @itemprop='ingredients'"
    " or contains(translate(@class, 'INGREDT', 'ingredt'), 'ingredient')]",
    smart_strings=False,
)


def _boxes_around(boxes: list[HtmlElement]) -> dict[HtmlElement, list[HtmlElement]]:
    """Each box's ancestors among the boxes (a walk up each box: libxml2 nests
    at most 255 levels)."""
    known = set(boxes)
    return {box: [up for up in box.iterancestors() if up in known] for box in boxes}


def missing_ingredients(tree: HtmlElement, extracted: str) -> list[str]:
    """The printed ingredient lines to add to the extracted text: none unless the
    page declares a recipe with at least `MIN_INGREDIENTS` ingredients, prints at
    least as many ingredient lines, and the extraction left most of them out (it
    holds under `KEPT_SHARE` of them)."""
    declared = declared_ingredients(tree)
    if len(declared) < MIN_INGREDIENTS:
        return []
    printed = printed_ingredients(tree)
    if len(printed) < MIN_INGREDIENTS:
        return []
    # Whether the text holds each line, asked of all in one pass (`held_keys`): one
    # search of the whole text a line took lines × text.
    keys = [key_of(line) for line in printed]
    held = held_keys(key_of(extracted), keys)
    missing = [line for line, key in zip(printed, keys, strict=True) if key not in held]
    if len(printed) - len(missing) >= KEPT_SHARE * len(printed):
        return []
    return missing


def place_of(tree: HtmlElement, first: str, lines: list[str]) -> int:
    """Where the ingredients go among the extracted `lines` (an index): before the
    first line the page prints after the first ingredient, else at the end."""
    page = key_of(" ".join(PRINTED_TEXT(tree)))
    start = page.find(key_of(first))
    if start < 0:
        return len(lines)
    # A line's key first printed after the ingredient is one the page holds and its
    # opening up to `start` does not (no occurrence starting at or before it), asked of
    # all the lines in one pass for each length (`held_keys`): one search of the page
    # a line took lines × page (40,000 lines 6.3 s, growing with the square).
    keys = [key_of(line)[:_PLACE_KEY_CHARS] for line in lines]
    in_page = held_keys(page, keys)
    by_length: dict[int, set[str]] = {}
    for key in keys:
        by_length.setdefault(len(key), set()).add(key)
    before: set[str] = set()
    for length, wanted in by_length.items():
        before |= held_keys(page[: start + length], wanted)
    for at, key in enumerate(keys):
        if key and key in in_page and key not in before:
            return at
    return len(lines)
