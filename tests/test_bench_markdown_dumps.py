"""bench/markdown_dumps.py: whole-page Markdown as markdownify makes it, and a scorer that
counts what a user gets (the text as returned, markup and all) beside the markup read as
text."""

from __future__ import annotations

import pytest
from bench.corpus import Page, corpus_dir
from bench.labelled_dumps import TITLE, TITLE_TAG, Labelled, Line

import articleclean

markdownify = pytest.importorskip("markdownify")

from bench import markdown_dumps  # noqa: E402
from bench.markdown_dumps import (  # noqa: E402
    Result,
    byline_found,
    has_markup,
    line_kind,
    make_markdown,
    read_markup,
    score_one,
    title_exact,
)

PAGE = b"""<html><head><title>Ferry back on time | Harbour Daily</title>
<style>.nav { color: red }</style><script>var tracking = 1;</script></head>
<body><nav><ul><li><a href="/news">News</a><ul><li><a href="/news/local">Local</a></li>
</ul></li></ul></nav>
<h1>Ferry back on time</h1>
<p>By <a href="/author/jane-doe">Jane Doe</a></p>
<img src="/ferry.jpg" alt="The ferry at the pier">
<p>The ferry to the island ran on time again on Monday, the <b>harbour master</b> said.</p>
</body></html>"""


def test_the_page_is_whole_page_markdown_with_the_options_named() -> None:
    text = make_markdown(PAGE)
    assert text.lstrip().startswith("Ferry back on time | Harbour Daily")  # <title> first
    assert "# Ferry back on time" in text.splitlines()  # ATX, not an underlined heading
    assert "* [News](/news)" in text and "  * [Local](/news/local)" in text  # * at each depth
    assert "![The ferry at the pier](/ferry.jpg)" in text  # images kept
    assert "**harbour master**" in text
    assert "tracking" not in text and "color" not in text  # script and style are no text


def test_markup_is_read_as_text_for_the_second_column() -> None:
    markdown = (
        '## The [harbour master](/people/hm "Harbour") said\n'
        "* ![pier](/p.jpg) the **ferry** ran *on time*\n"
        "> snake\\_case and 2 \\* 3"
    )
    assert read_markup(markdown).split("\n") == [
        "The harbour master said",
        "the ferry ran on time",
        "snake_case and 2 * 3",
    ]
    # a word inside another is no emphasis: the underscore of a name stays
    assert read_markup("file_name and 3*4") == "file_name and 3*4"


def test_a_segment_through_a_link_counts_only_once_the_markup_is_read() -> None:
    page = Page(
        "https://example.org/ferry",
        "ferry.html",
        b"",
        ("harbour master said the ferry ran on time",),
        ("Subscribe to our newsletter",),
    )
    result = Result("no cleaning")
    output = (
        "The [harbour master said](/hm) the ferry ran on time.\n[Subscribe to our newsletter](/n)"
    )
    score_one(result, page, output)
    which = "test" if result.raw["test"].pages else "tune"
    raw, read = result.raw[which], result.read[which]
    assert (raw.tp, raw.fn, raw.fp) == (0, 1, 1)  # what a user gets holds the link
    assert (read.tp, read.fn, read.fp) == (1, 0, 1)
    assert result.fields is None  # a str output has no fields


def test_fields_are_scored_for_an_article_on_a_labelled_page() -> None:
    page = Page("https://example.org/ferry", "ferry.html", b"", ("ferry ran on time",), ())
    item = Labelled(
        page.url,
        "tune",
        "Ferry back on time",
        ["Jane Doe"],
        [
            Line("Ferry back on time | Harbour Daily", TITLE_TAG),
            Line("Ferry back on time", TITLE),
            Line("By Jane Doe", "byline"),
        ],
    )
    markdown = (
        "# Ferry back on time\n\nBy Jane Doe\n\n"
        "The ferry to the island ran on time again on Monday, the harbour master said. "
        "It had been late on each of the four days before, after a storm.\n"
    )
    result = Result("articleclean clean_text")
    score_one(result, page, articleclean.clean_text(markdown), item)
    fields = result.fields
    assert fields is not None
    counted = fields["test"] if fields["test"].titles else fields["tune"]
    assert (counted.titles, counted.bylines) == (1, 1)


def test_a_title_or_name_with_markup_is_not_right() -> None:
    assert title_exact("Ferry back on time", "Ferry back on time")
    assert title_exact("Ferry back on time!", "Ferry back on time")  # typography, as labelled
    assert not title_exact("# Ferry back on time", "Ferry back on time")
    assert not title_exact("**Ferry back on time**", "Ferry back on time")
    assert not title_exact("[Ferry back on time](/ferry)", "Ferry back on time")
    assert not title_exact(None, "Ferry back on time")
    assert byline_found(["Jane Doe"], ["Jane Doe"])
    assert not byline_found(["[Jane Doe](/author/jane-doe)"], ["Jane Doe"])
    assert not byline_found(["**Jane Doe**"], ["Jane Doe"])
    assert not byline_found(["John Roe"], ["Jane Doe"])
    assert not has_markup("Ferry back on time - 3 * 4")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("* [News](/news) | [Sport](/sport)", "link row kept"),
        ("[![Logo](/logo.png)](/)", "image line kept"),
        ("## More stories", "heading mark kept"),
        ("* Telephone: 555 1234", "bullet mark kept"),
        ("The ferry, the [council said](/c), ran on time.", "inline link kept in prose"),
        ("**Fama**: Monday 28 April", "bold marks kept"),
        ("Name \\*", "escape kept"),
        ("The ferry ran on time.", None),
    ],
)
def test_each_kept_line_has_one_kind(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


@pytest.mark.skipif(corpus_dir() is None, reason="the webeval corpus is not here")
def test_the_corpus_pages_become_markdown() -> None:
    dumps = markdown_dumps.markdown_dumps(limit=3)
    assert len(dumps) == 3
    assert all(d.markdown.strip() and d.page.html == b"" for d in dumps)
    assert any("](" in d.markdown for d in dumps)  # the links a Markdown dump keeps
