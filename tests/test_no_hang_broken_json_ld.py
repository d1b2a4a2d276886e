"""A JSON-LD script JSON cannot read costs time in its size, not its square or cube
(hang guards), and trafilatura's pattern reading of it sees the script up to its
thousand-and-first mark; a broken script with fewer is read as before.

trafilatura reads a broken script by patterns that each scan on from every "author",
"Person", "publisher" or "@type" key, names one after another, and its minifier scans
on from every escaped quote past a string left open: on main, 1,000 authors under a
`"names"` key took 11 s through `clean_html` (2,000 past 40 s), 2,000 escaped quotes
past an open string 13 s, 4,000 `"author"` strings 3.3 s, each growing ×4 or ×8 per
×2. The hang cases run in a child with a wall bound that only catches a hang; it
asserts no speed."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from articleclean.readers.html_meta_scripts import json_scripts
from articleclean.readers.html_parse import parse_html
from hang_guard import run_in_child

_TESTS = str(Path(__file__).parent)
_BODY = "<body><h1>Results</h1><p>The collaboration reports a measurement.</p></body>"
_OPEN = '{"@context": "https://schema.org", "@type": "NewsArticle", '


def _page(script: str) -> str:
    return (
        "<html><head><title>Results</title>"
        f'<script type="application/ld+json">{script}</script></head>{_BODY}</html>'
    )


def _names_key(count: int) -> str:
    """Authors under trafilatura's `"names?"` key, never closed: each named person."""
    from test_no_hang_meta_authors import _name

    people = ",".join(
        f'"author": {{"@type": "Person", "names": "{_name(n)}"}}' for n in range(count)
    )
    return _OPEN + people


def _escaped_quotes(count: int) -> str:
    """JSON held in a string left open: its quotes are escaped."""
    inner = ",".join(f'{{\\"author\\": {{\\"id\\": {n}}}}}' for n in range(count))
    return _OPEN + f'"data": "{inner}'


def _author_strings(count: int) -> str:
    return _OPEN + ",".join(f'"author": "staff {n}"' for n in range(count))


def _broken_as_read(count: int) -> str:
    """Valid JSON that trafilatura breaks as it unescapes it: with a backslash in it,
    its `&quot;` becomes a quote."""
    return _author_strings(count).replace(", ", ', "note": "a\\\\n &quot; b", ', 1) + "}"


_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from test_no_hang_broken_json_ld import (
        _author_strings, _broken_as_read, _escaped_quotes, _names_key, _page
    )
    from articleclean import clean_html

    shapes = {"names": (_names_key, 3_000), "escaped": (_escaped_quotes, 10_000),
              "strings": (_author_strings, 40_000), "unescaped": (_broken_as_read, 40_000)}
    build, count = shapes[sys.argv[1]]
    article = clean_html(_page(build(count)))
    print(article.status, article.title)
    """
)


def _no_hang(shape: str) -> None:
    done = run_in_child(_CHILD, shape, _TESTS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "Results"]


def test_three_thousand_authors_under_a_names_key_are_no_hang() -> None:
    _no_hang("names")


def test_ten_thousand_escaped_quotes_past_an_open_string_are_no_hang() -> None:
    _no_hang("escaped")


def test_forty_thousand_author_strings_are_no_hang() -> None:
    _no_hang("strings")


def test_forty_thousand_author_strings_trafilatura_unescapes_into_broken_json_are_no_hang() -> None:
    _no_hang("unescaped")


def _script_text(script: str) -> str:
    tree = parse_html(_page(script))
    assert tree is not None
    (copied,) = json_scripts(tree)
    return copied.text


def test_a_broken_script_is_cut_at_its_thousand_and_first_mark() -> None:
    # imported here so that the children above import this module on main's code too
    from articleclean.readers.html_meta_broken import MAX_SCAN_MARKS

    script = _author_strings(1_500)
    text = _script_text(script)
    assert script.startswith(text)
    # the "@type" key and the first 999 "author" keys
    assert text.count('"author"') == MAX_SCAN_MARKS - 1
    assert _script_text(_escaped_quotes(1_500)).count('\\"') <= MAX_SCAN_MARKS
    unescaped = _broken_as_read(1_500)
    json.loads(unescaped)
    assert _script_text(unescaped).count('"author"') == MAX_SCAN_MARKS - 1


def test_a_broken_script_with_few_marks_and_a_valid_one_are_copied_as_they_are() -> None:
    broken = _author_strings(400)
    assert _script_text(broken) == broken
    items = ",".join(f'{{"@type": "ListItem", "position": {n}}}' for n in range(1_500))
    valid = f'{{"@type": "ItemList", "itemListElement": [{items}]}}'
    assert _script_text(valid) == valid


# A page of many broken scripts, each under the bound: each cost the square of its
# marks, ~0.18 s at 900 (main: 100 of them 18 s through clean_html, status `timeout`).
_MANY_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from test_no_hang_broken_json_ld import _author_strings, _page_of
    from articleclean import clean_html

    article = clean_html(_page_of([_author_strings(900)] * 300))
    print(article.status, article.title)
    """
)


def _page_of(scripts: list[str]) -> str:
    held = "".join(f'<script type="application/ld+json">{script}</script>' for script in scripts)
    return f"<html><head><title>Results</title>{held}</head>{_BODY}</html>"


def _scripts_texts(scripts: list[str]) -> list[str]:
    tree = parse_html(_page_of(scripts))
    assert tree is not None
    return [script.text or "" for script in json_scripts(tree)]


def test_three_hundred_broken_scripts_each_under_the_bound_are_no_hang() -> None:
    done = run_in_child(_MANY_CHILD, _TESTS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "Results"]


def test_a_pages_broken_scripts_are_read_up_to_the_thousand_and_first_mark_of_all() -> None:
    from articleclean.readers.html_meta_broken import MAX_SCAN_MARKS, SCAN_MARKS

    broken = _author_strings(900)  # 901 marks: its "@type" and 900 "author" keys
    items = ",".join(f'{{"@type": "ListItem", "position": {n}}}' for n in range(1_500))
    valid = f'{{"@type": "ItemList", "itemListElement": [{items}]}}'
    scripts = [broken, valid, broken, broken, valid]
    texts = _scripts_texts(scripts)
    # The first whole, the second cut at the bound's hundredth mark left, the third
    # before its first; the valid scripts, read by JSON, as they are.
    assert texts[0] == broken
    assert texts[1] == valid and texts[4] == valid
    assert all(source.startswith(text) for source, text in zip(scripts, texts, strict=True))
    assert len(SCAN_MARKS.findall(texts[2])) == MAX_SCAN_MARKS - 901
    assert not SCAN_MARKS.findall(texts[3])


def test_broken_scripts_under_the_bound_together_are_copied_as_they_are() -> None:
    scripts = [_author_strings(400), _escaped_quotes(60), _author_strings(200)]
    assert _scripts_texts(scripts) == scripts
