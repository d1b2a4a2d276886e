"""A page naming thousands of authors costs time in their number, not its cube (hang
guards), and trafilatura's metadata readers see its first hundred; a page naming
fewer is read as before.

trafilatura's `normalize_authors`, called once per author meta tag or JSON-LD person,
compares every name it holds with every other: 1,000 `citation_author` tags took 11 s
through `clean_html`, 2,000 took 79 s, and a JSON-LD list of 1,000 authors 11 s. The
hang cases run in a child with a wall bound that only catches a hang; it asserts no
speed."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from articleclean.readers.html_meta import page_metadata
from articleclean.readers.html_meta_people import MAX_AUTHOR_ENTRIES
from articleclean.readers.html_meta_scripts import json_scripts
from articleclean.readers.html_parse import parse_html
from hang_guard import run_in_child

_TESTS = str(Path(__file__).parent)
_BODY = "<body><h1>Results</h1><p>The collaboration reports a measurement.</p></body>"


def _name(number: int) -> str:
    """A distinct name without digits (trafilatura drops digits, which would make
    every name the same)."""
    letters = "".join("abcdefghij"[int(digit)] for digit in str(number))
    return f"Jane{letters} Doe{letters}"


def _meta_page(count: int) -> str:
    tags = "".join(f'<meta name="citation_author" content="{_name(n)}">' for n in range(count))
    return f"<html><head><title>Results</title>{tags}</head>{_BODY}</html>"


def _json_page(data: object) -> str:
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return f"<html><head><title>Results</title>{script}</head>{_BODY}</html>"


def _article(authors: object) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Results",
        "author": authors,
    }


def _authors(page: str) -> list[str]:
    tree = parse_html(page)
    assert tree is not None
    return page_metadata(tree, None).authors


_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from test_no_hang_meta_authors import _article, _authors, _json_page, _meta_page, _name

    people = [{"@type": "Person", "name": _name(n)} for n in range(3_000)]
    page = _meta_page(3_000) if sys.argv[1] == "meta" else _json_page(_article(people))
    authors = _authors(page)
    print(len(authors), authors[0] == _name(0))
    """
)


def test_three_thousand_author_tags_are_no_hang() -> None:
    done = run_in_child(_CHILD, "meta", _TESTS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(MAX_AUTHOR_ENTRIES), "True"]


def test_three_thousand_json_ld_authors_are_no_hang() -> None:
    done = run_in_child(_CHILD, "json", _TESTS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(MAX_AUTHOR_ENTRIES), "True"]


def test_a_page_naming_few_authors_is_read_as_before() -> None:
    assert _authors(_meta_page(3)) == [_name(0), _name(1), _name(2)]
    people = [{"@type": "Person", "name": _name(n)} for n in range(3)]
    assert _authors(_json_page(_article(people))) == [_name(0), _name(1), _name(2)]


def test_the_first_hundred_of_many_authors_are_read_in_order() -> None:
    expected = [_name(n) for n in range(MAX_AUTHOR_ENTRIES)]
    assert _authors(_meta_page(150)) == expected
    assert _authors(_json_page(_article([_name(n) for n in range(150)]))) == expected
    graph = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "Person", "name": _name(n)} for n in range(150)],
    }
    assert _authors(_json_page(graph)) == expected


def test_a_broken_script_naming_many_people_is_cut_past_the_hundredth() -> None:
    people = ",".join(f'{{"@type": "Person", "name": "{_name(n)}"}}' for n in range(150))
    broken = f'{{"@type": "NewsArticle", "author": [{people}], '  # never closed
    page = (
        "<html><head><title>Results</title>"
        f'<script type="application/ld+json">{broken}</script></head>{_BODY}</html>'
    )
    tree = parse_html(page)
    assert tree is not None
    (script,) = json_scripts(tree)
    # (the names are counted with the characters between their keys that can split a
    # name, the list's commas too: fewer than a hundred people are read, never more)
    assert 0 < script.text.count('"name"') <= MAX_AUTHOR_ENTRIES
    assert broken.startswith(script.text)
    assert len(_authors(page)) <= MAX_AUTHOR_ENTRIES


def test_scripts_under_the_bound_are_copied_as_they_are_in_their_order() -> None:
    sources = [
        json.dumps(_article([{"@type": "Person", "name": _name(n)} for n in range(40)])),
        '{"broken": ',
        json.dumps({"@type": "Product", "offers": [{"name": _name(n)} for n in range(300)]}),
    ]
    kinds = ["application/ld+json", "application/settings+json", "application/ld+json"]
    scripts = "".join(
        f'<script type="{kind}">{source}</script>'
        for kind, source in zip(kinds, sources, strict=True)
    )
    tree = parse_html(f"<html><head>{scripts}<script>var x = 1;</script></head>{_BODY}</html>")
    assert tree is not None
    assert [script.text for script in json_scripts(tree)] == sources


def test_author_tags_are_counted_whatever_the_case_of_their_property() -> None:
    # trafilatura's examine_meta lowercases a tag's `property` before it reads it as an
    # author, so "ARTICLE:AUTHOR" tags name authors too (1,000 of them took 11 s, round 62)
    tags = "".join(f'<meta property="Article:Author" content="{_name(n)}">' for n in range(150))
    page = f"<html><head><title>Results</title>{tags}</head>{_BODY}</html>"
    assert _authors(page) == [_name(n) for n in range(MAX_AUTHOR_ENTRIES)]


def test_people_are_counted_across_the_pages_scripts() -> None:
    # extract_meta_json adds each script's authors to those of the scripts before it: a
    # blog's archive page with a BlogPosting script a post, 1,000 of them, took 11 s
    # (round 62), each script naming one person
    scripts = "".join(
        '<script type="application/ld+json">'
        + json.dumps(_article({"@type": "Person", "name": _name(n)}))
        + "</script>"
        for n in range(150)
    )
    page = f"<html><head><title>Results</title>{scripts}</head>{_BODY}</html>"
    assert _authors(page) == [_name(n) for n in range(MAX_AUTHOR_ENTRIES)]


def test_the_names_in_author_tags_are_counted_not_the_tags() -> None:
    # normalize_authors splits a tag's content into names ("A; B, C and D"), and each
    # name costs as a tag of its own: 100 tags of 30 names took 9.7 s (round 62)
    names = [_name(n) for n in range(150)]
    one = f'<meta name="author" content="{"; ".join(names)}">'
    tags = "".join(
        f'<meta name="citation_author" content="{" and ".join(names[n : n + 3])}">'
        for n in range(0, 150, 3)
    )
    for head in (one, tags):
        page = f"<html><head><title>Results</title>{head}</head>{_BODY}</html>"
        assert _authors(page) == names[:MAX_AUTHOR_ENTRIES]


def test_people_under_escaped_keys_are_counted_across_the_scripts() -> None:
    # trafilatura unescapes a script's \u escapes before it parses it: "n\u0061me" is its
    # "name" (1,000 such scripts of one person each, ~11 s, round 62 review)
    scripts = "".join(
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "author": {"@type": "Person", "n\\u0061me": '
        f'"{_name(n)}"}}}}</script>'
        for n in range(150)
    )
    page = f"<html><head><title>Results</title>{scripts}</head>{_BODY}</html>"
    assert _authors(page) == [_name(n) for n in range(MAX_AUTHOR_ENTRIES)]
