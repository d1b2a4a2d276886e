"""A recipe page of many ingredient boxes costs time in their number, not its square
(hang guard), and the printed ingredient lines are read as the pairwise reading read
them.

`printed_ingredients` asked, for every box whose class names ingredients, whether it
stood inside any other such box, and then every pair of an outermost box's inner
boxes: 8,000 sibling boxes took 72 s, 16,000 about four times that (the hang case
runs in a child with a wall bound that only catches a hang; it asserts no speed)."""

from __future__ import annotations

import random
import textwrap

from articleclean.document import key_of
from articleclean.readers.html_parse import parse_html
from articleclean.readers.html_recipe import _INGREDIENT_MARKUP, _ITEMPROPS, printed_ingredients
from articleclean.readers.html_words import printed_text
from hang_guard import run_in_child

_LD = (
    '<script type="application/ld+json">'
    '{"@type": "Recipe", "recipeIngredient": ["1 cup flour", "2 eggs", "salt"]}</script>'
)

_CHILD = textwrap.dedent(
    """
    import sys

    from articleclean import clean_html

    ld = sys.argv[1]
    boxes = "".join(f'<div class="ingredient">{i} g of item {i}</div>' for i in range(20_000))
    page = f"<html><head>{ld}</head><body><article><h1>Cake</h1>{boxes}</article></body></html>"
    print(clean_html(page).status)
    """
)


def test_many_ingredient_boxes_are_no_hang() -> None:
    done = run_in_child(_CHILD, _LD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-1] in {"ok", "timeout"}


def _inside(element, outer) -> bool:  # type: ignore[no-untyped-def]
    return any(ancestor is outer for ancestor in element.iterancestors())


def _pairwise(tree) -> list[str]:  # type: ignore[no-untyped-def]
    """Main's reading (4b26846): every pair of boxes asked."""
    markup = _INGREDIENT_MARKUP(tree)
    items = [element for element in markup if element.get("itemprop") in _ITEMPROPS]
    if not items:
        boxes = [element for element in markup if element.get("itemprop") not in _ITEMPROPS]
        for box in boxes:
            if any(_inside(box, other) for other in boxes):
                continue
            rows = box.findall(".//li")
            if not rows:
                inner = [other for other in boxes if _inside(other, box)]
                rows = [row for row in inner if not any(_inside(row, o) for o in inner)]
            items += rows
    texts: list[str] = []
    seen: set[str] = set()
    for element in items:
        if any(
            ancestor.tag in {"script", "style", "noscript", "template", "head", "title", "meta"}
            for ancestor in element.iterancestors()
        ):
            continue
        text = printed_text(element)
        key = key_of(text)
        if key and key not in seen:
            seen.add(key)
            texts.append(text)
    return texts


_OPEN = [
    '<div class="ingredients">',
    '<div class="recipe-ingredients__item">',
    '<span class="Ingredient-name">',
    "<div>",
    "<ul>",
    "<li>",
    "<p>",
    '<div class="wprm-recipe-ingredients">',
    "<script>",
]


def _fragment(chooser: random.Random, depth: int = 0) -> str:
    pieces = []
    for _ in range(chooser.randint(0, 4)):
        if chooser.random() < 0.35 or depth >= 5:
            pieces.append(chooser.choice(["1 cup flour", "2 eggs", "salt", "x", " ", ""]))
        else:
            tag = chooser.choice(_OPEN)
            name = tag[1:].split(">")[0].split()[0]
            pieces.append(f"{tag}{_fragment(chooser, depth + 1)}</{name}>")
    return "".join(pieces)


def test_ingredients_are_read_as_the_pairwise_reading_read_them() -> None:
    chooser = random.Random(61)
    found = 0
    for _ in range(3_000):
        tree = parse_html(f"<html><body>{_fragment(chooser)}</body></html>")
        if tree is None:
            continue
        expected = _pairwise(tree)
        assert printed_ingredients(tree) == expected
        found += len(expected) > 1
    assert found > 300  # the sample holds pages with ingredient lines
