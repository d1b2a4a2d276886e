"""The author bound counts names as trafilatura's `normalize_authors` splits them, not
people or tags: each name it holds costs as a person of its own (round 63). On main
(ab0e80b) 100 JSON-LD persons of 30 comma-separated names each handed it 3,000 names
(9.3 s), an author string holding JSON was not counted at all (1,000 people 10.9 s),
and "\\u002c" or a tag stripped between two strings passed the count. Each test hands
150 names, which main reads all of, quickly: no timing is asserted."""

from __future__ import annotations

import json
import random

from trafilatura.utils import HTML_STRIP_TAGS

from articleclean.readers.html_meta_people import MAX_AUTHOR_ENTRIES
from articleclean.readers.html_meta_scripts import json_scripts
from articleclean.readers.html_open_marks import strip_tags
from articleclean.readers.html_parse import parse_html
from test_no_hang_meta_authors import _BODY, _article, _authors, _json_page, _name

_NAMES = [_name(n) for n in range(150)]
_FIRST = _NAMES[:MAX_AUTHOR_ENTRIES]


def _head_page(head: str) -> str:
    return f"<html><head><title>Results</title>{head}</head>{_BODY}</html>"


def _people(names: list[str], each: int) -> list[dict[str, str]]:
    return [
        {"@type": "Person", "name": ", ".join(names[n : n + each])}
        for n in range(0, len(names), each)
    ]


def test_the_names_of_json_ld_people_are_counted_not_the_people() -> None:
    # a person whose name lists several people hands normalize_authors each of them
    assert _authors(_json_page(_article(_people(_NAMES, 30)))) == _FIRST
    assert _authors(_json_page(_article(", ".join(_NAMES)))) == _FIRST
    alone = {"@context": "https://schema.org", "@type": "Person", "name": ", ".join(_NAMES)}
    assert _authors(_json_page(alone)) == _FIRST
    graph = {"@context": "https://schema.org", "@graph": _people(_NAMES, 30)}
    assert _authors(_json_page(graph)) == _FIRST


def test_an_author_string_holding_json_is_counted() -> None:
    # process_parent parses an "author" string that is JSON and reads its people
    people = json.dumps([{"name": name} for name in _NAMES])
    assert _authors(_json_page(_article(people))) == _FIRST


def test_separators_an_author_tag_reads_later_are_counted() -> None:
    # normalize_authors reads \u escapes and strips tags before it splits: "\u002c" is a
    # comma, and "a<x>nd" (written a&lt;x&gt;nd in the page) an "and"
    for joiner in ("\\u002c ", " a&lt;x&gt;nd "):
        page = _head_page(f'<meta name="author" content="{joiner.join(_NAMES)}">')
        assert _authors(page) == _FIRST


def test_a_tag_stripped_across_a_scripts_strings_is_counted() -> None:
    # normalize_json strips what looks like a tag over the whole script before the
    # parse: "A<" and ">, B, C" in two strings read as one name "A, B, C"
    people = [
        {
            "@type": "Person",
            "name": _NAMES[n] + "<",
            "note": ">, " + ", ".join(_NAMES[n + 1 : n + 30]),
        }
        for n in range(0, 150, 30)
    ]
    assert _authors(_json_page(_article(people))) == _FIRST


def test_a_broken_script_is_counted_by_the_names_its_patterns_read() -> None:
    people = ",".join(
        f'{{"@type": "Person", "name": "{", ".join(_NAMES[n : n + 30])}"}}'
        for n in range(0, 150, 30)
    )
    broken = f'{{"@type": "NewsArticle", "author": [{people}], '  # never closed
    page = _head_page(f'<script type="application/ld+json">{broken}</script>')
    assert 0 < len(_authors(page)) <= MAX_AUTHOR_ENTRIES


def test_a_script_naming_few_is_left_as_it_is_however_it_is_read() -> None:
    # an events list (many commas and slashes, so it is read) whose descriptions hold
    # escaped HTML that breaks trafilatura's parse: its patterns read one organizer,
    # and the script is handed on whole (a cut once lost a page's author)
    events = [
        {
            "@context": "http://schema.org",
            "@type": "Event",
            "name": f"Course {n}, part {n}/{n + 1}",
            "description": "&lt;p&gt;Learn &quot;it&quot;, at last.&lt;/p&gt;\\n",
            "url": f"https://example.org/events/{n}/",
            "organizer": {"@type": "Person", "name": "Jane Doe"},
        }
        for n in range(20)
    ]
    source = json.dumps(events)
    tree = parse_html(_head_page(f'<script type="application/ld+json">{source}</script>'))
    assert tree is not None
    (script,) = json_scripts(tree)
    assert script.text == source


def test_strip_tags_is_trafilaturas_tag_pattern() -> None:
    cases = ["", "a<b>c", "<!-- x -->y", "<!-- a\n -->b>c", "<<a>b>", "a<b", "<!-->x>", "a>b<"]
    pieces = ["<", "<!--", "-->", ">", "\n", "a", " ", "-", "!", "<a>"]
    generator = random.Random(63)
    cases += ["".join(generator.choices(pieces, k=generator.randint(0, 20))) for _ in range(5_000)]
    for case in cases:
        assert strip_tags(case) == HTML_STRIP_TAGS.sub("", case), case
