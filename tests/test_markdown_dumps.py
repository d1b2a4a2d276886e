"""Text dumps written as Markdown (issue 14, round 56): read by `readers/markdown.py` into
the text a reader of the page sees, with its marks for the `markdown_*` rules. The
fixtures `tests/fixtures/text/md-*` hold whole dumps of several tools; this file checks
what they share, and the guards that keep plain text dumps as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import articleclean
from accounting import unaccounted
from articleclean import Cleaner, CleanerConfig
from articleclean.cli import main
from articleclean.readers.markdown import reads_as_markdown

_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "text").glob("md-*.txt"))

_PROSE = (
    "The council approved the new budget on Tuesday after a long debate about the cost "
    "of repairing the town's roads and bridges.\n\n"
    "The mayor said the plan would be paid for without raising local taxes this year.\n\n"
    "Work on the first bridge is due to start in the spring, the council said.\n"
)


def test_there_are_seven_markdown_fixtures_in_five_languages_or_more() -> None:
    assert len(_FIXTURES) >= 7
    assert len({path.name.split("-")[1] for path in _FIXTURES}) >= 5


@pytest.mark.parametrize("path", _FIXTURES, ids=[p.name for p in _FIXTURES])
def test_every_line_of_a_markdown_dump_is_accounted_for(path: Path) -> None:
    # fails on main: the dumps were read as plain text ("markup" was never recorded)
    text = path.read_text(encoding="utf-8")
    article = articleclean.clean_text(text)
    assert article.metadata["markup"] == "markdown"
    assert unaccounted(text, article) == []
    for block in article.body:
        assert "](" not in block.text and "**" not in block.text


def test_the_jina_header_goes_to_the_metadata_and_the_headline_is_the_title() -> None:
    # fails on main: "# Storm …" kept its "#" and the header's lines stayed in the body
    article = articleclean.clean_text(
        "Title: Storm floods coastal towns\n\nURL Source: https://example.com/storm\n\n"
        "Published Time: 2025-03-04T09:12:00Z\n\nMarkdown Content:\n"
        "# Storm floods coastal towns\n\nBy **Maria Lopez** | March 4, 2025\n\n" + _PROSE
    )
    assert article.title == "Storm floods coastal towns"
    assert article.byline == ["Maria Lopez"]
    assert article.metadata["url"] == "https://example.com/storm"
    assert article.metadata["date"] == "2025-03-04T09:12:00Z"
    assert [r.rule for r in article.removed][:4] == ["markdown_header"] * 4


def test_a_title_only_the_header_gives_is_the_title() -> None:
    # fails on main: the "Title:" line was the title, with its label
    article = articleclean.clean_text(
        "Title: Council approves road budget\n\nURL Source: https://example.com/a\n\n"
        "Markdown Content:\n" + _PROSE
    )
    assert article.title == "Council approves road budget"
    assert article.title_lines is None


def test_links_leave_their_words_and_their_targets_are_kept_in_the_metadata() -> None:
    # fails on main: the link's syntax stayed in the paragraph
    text = (
        "# Council approves road budget\n\n"
        "The council approved the [new budget](https://example.com/budget) on Tuesday "
        "after a **long** debate about the cost of repairs.\n\n" + _PROSE
    )
    article = articleclean.clean_text(text)
    assert article.paragraphs[0].startswith("The council approved the new budget on Tuesday")
    assert "long debate" in article.paragraphs[0]
    assert {"text": "new budget", "url": "https://example.com/budget", "line": 3} in (
        article.metadata["links"]
    )


def test_a_row_of_links_goes_and_a_paragraph_with_a_link_stays() -> None:
    # fails on main: the row stayed, read as a line of words
    text = (
        "[Home](https://example.com/) [News](https://example.com/news) "
        "[Sport](https://example.com/sport)\n\n"
        "# Council approves road budget\n\n" + _PROSE + "\nShare: [Facebook](https://f.com/s) "
        "[X](https://x.com/s)\n"
    )
    article = articleclean.clean_text(text)
    rows = [r.text for r in article.removed if r.rule == "markdown_link_row"]
    assert rows == ["Home News Sport", "Share: Facebook X"]
    assert len(article.paragraphs) == 3


def test_one_link_alone_is_no_row_and_a_sentence_of_links_is_no_row() -> None:
    # guard: one link may be a teaser the teaser rules weigh, and prose between links is text
    text = (
        "# Council approves road budget\n\n" + _PROSE + "\nThe plan was drawn up by "
        "[Anna Berg](https://example.com/berg) and [Tom Lind](https://example.com/lind), "
        "who both sit on the roads committee.\n"
    )
    article = articleclean.clean_text(text)
    assert not [r for r in article.removed if r.rule == "markdown_link_row"]
    assert article.paragraphs[-1].startswith("The plan was drawn up by Anna Berg and Tom Lind")


def test_a_menu_written_as_a_list_goes_and_a_list_of_long_links_is_left_to_other_rules() -> None:
    # fails on main: the menu's items stayed as the article's first paragraphs
    menu = "".join(
        f"*   [{name}](https://example.com/{name.lower()})\n"
        for name in ("Home", "Politics", "Business", "Sport")
    )
    article = articleclean.clean_text(menu + "\n# Council approves road budget\n\n" + _PROSE)
    assert article.title == "Council approves road budget"
    assert all(name not in article.text for name in ("Politics", "Business", "Sport"))
    assert len(article.paragraphs) == 3


def test_underlined_headings_are_read_from_their_marks() -> None:
    # fails on main: the underlines stayed lines of their own, in the body
    text = (
        "Council approves road budget\n============================\n\n"
        + _PROSE
        + "\nNext steps\n----------\n\nThe budget goes to the regional board next month "
        "for a final vote on the bridge repairs.\n"
    )
    article = articleclean.clean_text(text)
    assert article.title == "Council approves road budget"
    assert article.headings == ["Next steps"]


def test_a_list_item_keeps_a_plain_mark_and_emphasis_leaves_its_words() -> None:
    # fails on main: "*   " and "**" stayed in the text
    text = (
        "# Council approves road budget\n\n"
        + _PROSE
        + "\n*   The first bridge opens in **May**.\n*   The second in _June_.\n"
    )
    article = articleclean.clean_text(text)
    assert article.paragraphs[-2:] == [
        "- The first bridge opens in May.",
        "- The second in June.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Results\n=======\n\n1. Anna 10.2\n2. Tom 10.4\n\n" + _PROSE,
        "# Name: Fine Fabric\n# Level: 78\n\n__t0mmy__ says:\nHello\n\n" + _PROSE,
        "Read **this** first.\n\n" + _PROSE,
        "- one\n- two\n* three\n\n" + _PROSE,
    ],
)
def test_a_plain_dump_with_one_kind_of_mark_stays_plain(text: str) -> None:
    # guard: one kind of mark alone is no evidence (a forum's "# Level: 78", a "**")
    assert not reads_as_markdown(text)
    assert "markup" not in articleclean.clean_text(text).metadata


def test_the_switch_forces_either_reading() -> None:
    # fails on main: there was no `markup` setting
    path = next(p for p in _FIXTURES if "jina" in p.name)
    text = path.read_text(encoding="utf-8")
    assert "markup" not in articleclean.clean_text(text, markup="plain").metadata
    forced = articleclean.clean_text("**Council** approves budget\n\n" + _PROSE, markup="markdown")
    assert forced.metadata["markup"] == "markdown"
    assert forced.paragraphs[0] == "Council approves budget" or forced.title == (
        "Council approves budget"
    )


def test_the_cli_takes_the_switch(tmp_path: Path) -> None:
    # fails on main: no such option
    path = next(p for p in _FIXTURES if "jina" in p.name)
    result = CliRunner().invoke(main, ["clean", "--markup", "plain", str(path)])
    assert result.exit_code == 0, result.output
    assert '"markup"' not in result.output
    result = CliRunner().invoke(main, ["clean", str(path)])
    assert result.exit_code == 0, result.output
    assert '"markup": "markdown"' in result.output


_MARKS = st.sampled_from(
    [
        "# ",
        "## ",
        "*   ",
        "- ",
        "1. ",
        "> ",
        "**",
        "[",
        "](https://x.com/a)",
        "![a](b.jpg)",
        "[![a](b.jpg)](c)",
        "_",
        "`",
        "\\*",
        "* * *",
        "=====",
        "-----",
        "[1]: https://x.com",
        "```",
        "Title: ",
        "Markdown Content:",
        "|",
        "\n",
        "\n\n",
        " ",
    ]
)
_WORDS = st.sampled_from(["Storm", "floods", "the", "town", "Share", "Home", "2025", "é", "."])


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.one_of(_MARKS, _WORDS), max_size=60))
def test_any_markdown_is_cleaned_and_every_line_accounted_for(pieces: list[str]) -> None:
    # guard: the conservation check on the Markdown reading
    text = " ".join(pieces)
    article = articleclean.clean_text(text, markup="markdown")
    assert article.status in ("ok", "empty")
    assert unaccounted(text, article) == []
    assert articleclean.Article.from_json(article.to_json()) == article


def test_a_block_of_code_is_read_as_printed_and_a_table_row_loses_its_link_marks() -> None:
    # fails on main: the fences stayed lines, and the row kept its link's syntax
    text = (
        "# Council approves road budget\n\n" + _PROSE + "\n```bash\n# fetch the data\n"
        "curl https://example.com/budget.csv\n```\n\n| Town | Cost |\n|---|---|\n"
        "| [Oslo](https://example.com/oslo) | 12 |\n"
    )
    article = articleclean.clean_text(text)
    assert "# fetch the data curl https://example.com/budget.csv" in article.paragraphs
    assert "| Oslo | 12 |" in article.paragraphs
    assert article.headings == []


def test_a_linked_heading_is_no_section_heading() -> None:
    # guard: "## [Headline](…)" is another story's card or the post's permalink
    text = (
        "# Council approves road budget\n\n" + _PROSE + "\n## [School board delays vote on "
        "timetable](https://example.com/school)\n\nThe board said it needed more time.\n"
    )
    article = articleclean.clean_text(text)
    assert article.headings == []


def test_only_the_links_of_the_body_are_kept() -> None:
    # fails on main: no links were kept
    text = (
        "[Home](https://example.com/) [News](https://example.com/news)\n\n"
        "# Council approves road budget\n\nThe council approved the "
        "[new budget](https://example.com/budget) on Tuesday after a long debate.\n\n" + _PROSE
    )
    article = articleclean.clean_text(text)
    assert [link["url"] for link in article.metadata["links"]] == ["https://example.com/budget"]


_LINKED_ROW = (
    "# Storm floods the coast\n\n[Buses](/b) [Ferries](/f) [Trams](/t)\n\n"
    "Heavy rain hit the coast on Monday, and the [harbour](/h) was closed for the day "
    "while crews worked.\n\nThe mayor said the roads would open again by the evening if "
    "the water went down as expected.\n"
)
_SAME_WORDS_UNLINKED = (
    "# Timetables change in May\n\n*New routes* start next week, the [council](/c) said "
    "on Tuesday in a statement to the press.\n\nBuses Ferries Trams\n\nThe three services "
    "will share one ticket from the first of May, which riders have asked for.\n"
)


def test_a_line_s_verdict_is_not_remembered_across_markdown_dumps() -> None:
    # Pass 1 remembers a line's verdict by its words, but markdown_link_row judges a
    # line by its links: a row of links in one dump must not take the same words,
    # unlinked, out of the next (the output would depend on what was cleaned before).
    config = CleanerConfig(markup="markdown")
    alone = Cleaner(config).clean_text(_SAME_WORDS_UNLINKED)
    cleaner = Cleaner(config)
    first = cleaner.clean_text(_LINKED_ROW)
    after = cleaner.clean_text(_SAME_WORDS_UNLINKED)
    assert "Buses Ferries Trams" in [r.text for r in first.removed]
    assert "Buses Ferries Trams" in [b.text for b in alone.body]
    assert [b.text for b in after.body] == [b.text for b in alone.body]


def test_the_page_or_article_decision_reads_the_menu_the_marks_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fails on 32415cf: `markdown_menu` ran after `dump_kind`, which counted the menu's
    # items as open lines of the article
    from articleclean import pipeline
    from articleclean.document import Label

    seen: dict[str, Label] = {}
    decide = pipeline._dump_kind

    def spy(segments, record):  # type: ignore[no-untyped-def]
        seen.update((segment.text, segment.label) for segment in segments)
        return decide(segments, record)

    monkeypatch.setattr(pipeline, "_dump_kind", spy)
    menu = "".join(
        f"*   [{name}](https://example.com/{name.lower()})\n"
        for name in ("Home", "Politics", "Business", "Sport")
    )
    Cleaner().clean_text(menu + "\n# Council approves road budget\n\n" + _PROSE)
    menu_lines = [label for text, label in seen.items() if "Politics" in text or "Sport" in text]
    assert menu_lines and all(label is Label.REMOVED for label in menu_lines)
