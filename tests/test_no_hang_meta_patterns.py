"""trafilatura's meta readers hold quadratic patterns of their own (round 63): its tag
strip (`HTML_STRIP_TAGS`, run by examine_meta on every meta content, by normalize_json
on every JSON script, by normalize_authors on every author string) rescans to the end
from every "<" no ">" follows ("&lt;" 100,000 times in a description took 2.7 s,
"&lt;!--" >100 s), and normalize_authors' nickname and special-character patterns
are quadratic in a name's length ("(" 100,000 times in an author tag >100 s). These
tests count what the patterns are handed, patched, on pages of 2,000 such marks (main
aa00270 hands them all, quickly): no timing is asserted."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator

import pytest
from trafilatura import json_metadata, metadata

from articleclean.readers.html_meta import page_metadata
from articleclean.readers.html_meta_long_names import MAX_NAME_CHARS
from articleclean.readers.html_open_marks import (
    MAX_OPEN_MARKS,
    open_marks,
    strip_tags,
    tags_bounded,
)
from articleclean.readers.html_parse import parse_html

_BODY = "<body><h1>Results</h1><p>The collaboration reports a measurement.</p></body>"
_N = 2_000


class _Recorder:
    """A compiled pattern that records the strings its `sub` is handed."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.handed: list[str] = []

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        self.handed.append(string)
        return self.pattern.sub(repl, string, count)


@pytest.fixture
def strip() -> Iterator[_Recorder]:
    recorder = _Recorder(metadata.HTML_STRIP_TAGS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(metadata, "HTML_STRIP_TAGS", recorder)
        patch.setattr(json_metadata, "HTML_STRIP_TAGS", recorder)
        yield recorder


@pytest.fixture
def names() -> Iterator[_Recorder]:
    recorder = _Recorder(json_metadata.AUTHOR_REMOVE_NICKNAME)
    special = _Recorder(json_metadata.AUTHOR_REMOVE_SPECIAL)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_metadata, "AUTHOR_REMOVE_NICKNAME", recorder)
        patch.setattr(json_metadata, "AUTHOR_REMOVE_SPECIAL", special)
        yield recorder
    recorder.handed += special.handed


def _read(head: str = "", script: object = None) -> list[str]:
    if script is not None:
        head += f'<script type="application/ld+json">{json.dumps(script)}</script>'
    tree = parse_html(f"<html><head><title>Results</title>{head}</head>{_BODY}</html>")
    assert tree is not None
    return page_metadata(tree, None).authors


def _meta(attribute: str, value: str, content: str) -> str:
    return f'<meta {attribute}="{value}" content="{content}">'


def _article(**fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", **fields}


@pytest.mark.parametrize("mark", ["&lt;", "&lt;!--", "&lt;!--a&gt;"])
@pytest.mark.parametrize("name", ["description", "keywords"])
def test_meta_contents_hand_the_tag_strip_few_open_marks(
    strip: _Recorder, mark: str, name: str
) -> None:
    _read(_meta("name", name, "Prices " + mark * _N))
    assert strip.handed
    assert max(open_marks(text) for text in strip.handed) <= MAX_OPEN_MARKS


@pytest.mark.parametrize("text", ["<" * _N, "\\u003c" * _N, "<!--x>" * _N])
def test_json_scripts_hand_the_tag_strip_few_open_marks(strip: _Recorder, text: str) -> None:
    script = json.dumps(_article(description="D")).replace('"D"', f'"{text}"')
    _read(f'<script type="application/ld+json">{script}</script>')
    assert max(open_marks(text) for text in strip.handed) <= MAX_OPEN_MARKS


def test_an_author_tag_of_escaped_marks_hands_few(strip: _Recorder) -> None:
    # normalize_authors reads entities again: "&amp;#60;" is a "<" once it strips
    assert _read(_meta("name", "author", "Jane Doe; " + "&amp;#60;" * _N)) == ["Jane Doe"]
    assert max(open_marks(text) for text in strip.handed) <= MAX_OPEN_MARKS


@pytest.mark.parametrize("mark", ["(", "! "])
@pytest.mark.parametrize("attribute", [("name", "author"), ("property", "og:author")])
def test_author_tags_hand_no_over_long_name(
    names: _Recorder, mark: str, attribute: tuple[str, str]
) -> None:
    authors = _read(_meta(*attribute, "Jane Doe; John " + mark * _N + "x"))
    assert authors == ["Jane Doe"]
    assert max(len(text) for text in names.handed) <= MAX_NAME_CHARS


@pytest.mark.parametrize(
    "person",
    [
        {"@type": "Person", "name": "John " + "(" * _N + " Smith"},
        {"@type": "Person", "name": ["Jane Doe", "John " + "!" * _N + "x"]},
        "John " + "(" * _N + " Smith",
    ],
)
def test_json_names_hand_no_over_long_name(names: _Recorder, person: object) -> None:
    _read(script=_article(author=[person, {"@type": "Person", "name": "Ann Lee"}]))
    assert max(len(text) for text in names.handed) <= MAX_NAME_CHARS


def test_a_broken_script_hands_no_over_long_name(names: _Recorder) -> None:
    # trafilatura reads a script JSON cannot parse by patterns, each name whole
    person = '{"@type": "Person", "name": "John ' + "(" * _N + ' Smith"}'
    script = '{"@type": "NewsArticle", "author": [' + person + "], broken"
    _read(f'<script type="application/ld+json">{script}</script>')
    assert max((len(text) for text in names.handed), default=0) <= MAX_NAME_CHARS


def test_real_names_and_contents_are_read_as_they_are(strip: _Recorder) -> None:
    # a guard: marks in the few real pages hold are handed on unchanged
    description = "Sale &lt;b&gt;now&lt;/b&gt; &lt;!-- x --&gt;, prices &lt; 5 and &lt; 6"
    head = _meta("name", "description", description) + _meta(
        "name", "author", "Jane Doe (Reuters); Li Wei"
    )
    tree = parse_html(f"<html><head><title>Results</title>{head}</head>{_BODY}</html>")
    assert tree is not None
    found = page_metadata(tree, None)
    assert found.fields["description"] == "Sale now , prices < 5 and < 6"
    assert found.authors == ["Jane Doe", "Li Wei"]


def test_tags_bounded_strips_as_trafilatura_and_bounds_the_marks() -> None:
    # a guard: what is handed on is read again unchanged, with few marks left
    chooser = random.Random(63)
    for _ in range(3_000):
        text = "".join(chooser.choice("<>!-a \n") for _ in range(chooser.randrange(200)))
        text += "<" * chooser.randrange(40)
        bounded = tags_bounded(text)
        assert open_marks(bounded) <= MAX_OPEN_MARKS or bounded == text
        if bounded != text:
            assert metadata.HTML_STRIP_TAGS.sub("", bounded) == bounded
            assert strip_tags(bounded) == bounded
        assert open_marks(text) == _open_marks_slowly(text)


def _open_marks_slowly(text: str) -> int:
    """Each "<" no ">" follows, each "<!--" no "-->" follows on its line."""
    marks = 0
    for at in range(len(text)):
        if text[at] == "<" and ">" not in text[at:]:
            marks += 1
        if text.startswith("<!--", at):
            line = text[at + 4 :].split("\n", 1)[0]
            marks += "-->" not in line
    return marks
