"""The lists and ingredient lines given back to the extracted text are asked whether the
text holds them once per page, not once each (hang guard), and the lists found are the
ones found when each row was searched for in the whole text.

`missing_lists` searched the extracted text's key for each row of each list between two
kept paragraphs, `missing_ingredients` for each printed ingredient line, `place_of` the
page's text for each extracted line: lists × text (10,000 lists between paragraphs 3.4 s,
20,000 four times that), lines × text and lines × page (40,000 lines 6.3 s). The
hang cases run in a child with a wall bound that only catches a hang; it asserts no
speed."""

from __future__ import annotations

import random
import textwrap

from articleclean.document import key_of
from articleclean.readers.html_lists import (
    _is_furniture,
    _kept_paragraph,
    _rows,
    missing_lists,
)
from articleclean.readers.html_parse import parse_html
from articleclean.readers.html_recipe import _PLACE_KEY_CHARS, place_of
from articleclean.readers.html_words import PRINTED_TEXT, first_line_by_key
from hang_guard import run_in_child

_LISTS_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_lists import missing_lists
    from articleclean.readers.html_parse import parse_html

    count = 80_000
    texts = [f"Paragraph {n:06d} of the story about the council." for n in range(count + 1)]
    rows = "<li>a row {n:06d} one</li><li>a row {n:06d} two</li>"
    body = "".join(f"<p>{texts[n]}</p><ul>{rows.format(n=n)}</ul>" for n in range(count))
    tree = parse_html(f"<html><body>{body}<p>{texts[count]}</p></body></html>")
    print(len(missing_lists(tree, texts)))
    """
)


def test_many_lists_between_paragraphs_are_no_hang() -> None:
    done = run_in_child(_LISTS_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["80000"]  # every list given back


_RECIPE_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_parse import parse_html
    from articleclean.readers.html_recipe import missing_ingredients

    count = 100_000
    ld = (
        '<script type="application/ld+json">'
        '{"@type": "Recipe", "recipeIngredient": ["1 cup flour", "2 eggs", "salt"]}</script>'
    )
    rows = "".join(f'<li itemprop="recipeIngredient">{n:06d} g of item</li>' for n in range(count))
    page = f"<html><head>{ld}</head><body><article><ul>{rows}</ul></article></body></html>"
    text = "\\n".join(f"Paragraph {n:06d} of the story about the council." for n in range(count))
    print(len(missing_ingredients(parse_html(page), text)))
    """
)


def test_many_ingredient_lines_beside_a_long_text_are_no_hang() -> None:
    done = run_in_child(_RECIPE_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["100000"]  # the text holds none of them


def _main_missing_lists(tree, lines: list[str]) -> list[tuple[int, list[str]]]:  # type: ignore[no-untyped-def]
    """`missing_lists` as main read it before round 62 (each row searched for in the text)."""
    kept = first_line_by_key(lines)
    text_key = "".join(kept)
    found = []
    for element in tree.getroottree().getroot().iter("ul", "ol"):
        before = _kept_paragraph(element.getprevious(), kept)
        if before is None or _is_furniture(element):
            continue
        after = [_kept_paragraph(sibling, kept) for sibling in list(element.itersiblings())[:3]]
        if not any(at is not None and at > before for at in after):
            continue
        rows = _rows(element)
        if rows is None or any(key_of(row) in text_key for row in rows):
            continue
        found.append((before, rows))
    return found


_TEXTS = ["a b", "b a", "ab", "a", "b a b", "é", ""]
_ROWS = ["x y", "z", "row q", "a b", "zx", "", "y x"]


def test_lists_are_found_as_the_row_searches_found_them() -> None:
    chooser = random.Random(62)
    found = 0
    for _ in range(3_000):
        pieces = []
        texts = []
        for number in range(chooser.randint(1, 10)):
            if chooser.random() < 0.5:
                text = " ".join(chooser.choices(_TEXTS, k=3)) + chooser.choice(["", f" {number}"])
                texts.append(text)
                pieces.append(f"<p>{text}</p>")
            else:
                rows = chooser.choices(_ROWS, k=chooser.randint(1, 4))
                tag = chooser.choice(["ul", "ol", "nav"])
                pieces.append(f"<{tag}>" + "".join(f"<li>{row}</li>" for row in rows) + f"</{tag}>")
        tree = parse_html("<html><body>" + "".join(pieces) + "</body></html>")
        assert tree is not None
        lines = [text for text in texts if chooser.random() < 0.8]
        lines += chooser.choices(_ROWS, k=chooser.randint(0, 2))  # (rows the text holds)
        expected = _main_missing_lists(tree, lines)
        assert missing_lists(tree, lines) == expected
        found += bool(expected)
    assert found > 100  # the sample gives lists back


_PLACE_CHILD = textwrap.dedent(
    """
    from articleclean.readers.html_parse import parse_html
    from articleclean.readers.html_recipe import place_of

    lines = [f"Paragraph {n:06d} of the story about the council." for n in range(250_000)]
    body = "".join(f"<p>{line}</p>" for line in lines) + "<ul><li>1 cup flour</li></ul>"
    print(place_of(parse_html(f"<html><body>{body}</body></html>"), "1 cup flour", lines))
    """
)


def test_many_lines_printed_before_the_ingredients_are_no_hang() -> None:
    done = run_in_child(_PLACE_CHILD)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["250000"]  # every line printed before: at the end


def _main_place_of(tree, first: str, lines: list[str]) -> int:  # type: ignore[no-untyped-def]
    """`place_of` as main read it before round 62 (the page searched for each line)."""
    page = key_of(" ".join(PRINTED_TEXT(tree)))
    start = page.find(key_of(first))
    if start < 0:
        return len(lines)
    for at, line in enumerate(lines):
        key = key_of(line)[:_PLACE_KEY_CHARS]
        if key and page.find(key) > start:
            return at
    return len(lines)


def test_the_ingredients_place_is_found_as_the_page_searches_found_it() -> None:
    chooser = random.Random(62)
    placed = 0
    for _ in range(3_000):
        texts = [
            " ".join(chooser.choices(_ROWS + _TEXTS, k=chooser.randint(1, 4))) for _ in range(8)
        ]
        texts.append("1 z " * chooser.randint(1, 30))  # (a key past _PLACE_KEY_CHARS)
        body = "".join(f"<p>{text}</p>" for text in texts)
        tree = parse_html(f"<html><body>{body}</body></html>")
        assert tree is not None
        first = chooser.choice([*texts, "z", "a b", "q"])
        lines = chooser.choices([*texts, "", "x y z", "y"], k=chooser.randint(0, 6))
        expected = _main_place_of(tree, first, lines)
        assert place_of(tree, first, lines) == expected
        placed += expected < len(lines)
    assert placed > 500  # the sample places the ingredients before a line
