"""Text-browser dumps (round 56, lynx; issue 14): `lynx -dump`, `w3m -dump`, `links -dump`,
`elinks --dump` read with their marks away (`readers/text_browser.py`). The fixtures
`tests/fixtures/text/tb-*` are dumps the browsers printed; these are the shapes one by one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articleclean
from accounting import unaccounted
from articleclean import pipeline
from articleclean.cli import main
from articleclean.document import Label, Segment
from articleclean.readers.text_browser import browser_marks, without_link_marks
from articleclean.rules.base import ClaimRecord
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.text_browser import link_row

_BOOK = PhraseBook.for_config(articleclean.CleanerConfig())


def is_link_row(printed: str) -> bool:
    """`link_row`'s verdict on a line the browser printed so (with its link marks)."""
    segment = Segment(without_link_marks(printed), (1, 1), browser=browser_marks(printed, {}))
    return link_row(segment, _BOOK) is not None


_PROSE = (
    "   PORTHAVEN, England (AP) — Heavy rain pushed rivers over their banks\n"
    "   across the south coast on Tuesday, flooding hundreds of homes and\n"
    "   cutting off [8]two towns for most of the day.\n"
    "\n"
    "   The Environment Agency issued twelve severe flood warnings, the most\n"
    "   since 2014, and said more rain was expected overnight across the region.\n"
    "\n"
    '   "We have never seen water this high," said local councillor Ann Reed,\n'
    "   who has lived in the town for more than forty years.\n"
)

LYNX = (
    "   [1]Jump to the story\n"
    "\n"
    "   [2]Home [3]World [4]Business [5]Sport\n"
    "\n"
    "                 Storm floods coastal towns as rivers burst their banks\n"
    "\n"
    "   By [6]Maria Lopez\n"
    "   March 4, 2025\n"
    "\n"
    "   [7]Residents wade through a flooded street\n"
    "   Residents wade through a flooded street in Porthaven on Tuesday. (AP\n"
    "   Photo/John Smith)\n"
    "\n" + _PROSE + "\n"
    "References\n"
    "\n"
    "   1. https://example-news.com/#main\n"
    "   2. https://example-news.com/\n"
    "   3. https://example-news.com/world\n"
    "   4. https://example-news.com/business\n"
    "   5. https://example-news.com/sport\n"
    "   6. https://example-news.com/authors/maria-lopez\n"
    "   7. https://cdn.example-news.com/a.jpg\n"
    "   8. https://example-news.com/towns\n"
)


def test_a_lynx_dump_is_read_without_its_marks() -> None:
    # fails on main: the title was "[1]Jump to the story", "By [6]Maria Lopez" no
    # byline, the list of addresses the last paragraphs, "[8]" in the text
    article = articleclean.clean(LYNX)
    assert article.metadata["markup"] == "text_browser"
    assert article.title == "Storm floods coastal towns as rivers burst their banks"
    assert article.byline == ["Maria Lopez"]
    assert article.body[0].text.endswith("cutting off two towns for most of the day.")
    assert article.body[0].lines == (14, 16)
    assert "[" not in article.to_markdown()
    assert "https://" not in " ".join(b.text for b in article.body)
    assert unaccounted(LYNX, article) == []


def test_the_list_of_addresses_goes_to_removed_and_tells_what_a_link_is() -> None:
    # fails on main: the list stayed in the body and the image's and the skip link's
    # lines were read as any line
    article = articleclean.clean(LYNX)
    rules = {r.rule: (r.reason.value, r.lines) for r in article.removed}
    assert rules["link_references"] == ("boilerplate", (26, 33))
    assert rules["in_page_link"] == ("boilerplate", (1, 1))
    assert rules["image_link"] == ("media_placeholder", (10, 10))
    assert rules["link_row"] == ("boilerplate", (3, 3))


def test_a_caption_wrapped_over_two_lines_keeps_its_credit() -> None:
    # fails on main: "Photo/John Smith)" was a line of its own, half the credit
    article = articleclean.clean(LYNX)
    assert [(c.text, c.lines) for c in article.captions] == [
        ("Residents wade through a flooded street in Porthaven on Tuesday.", (11, 12))
    ]
    assert article.captions[0].credit is not None
    assert "John Smith" in article.captions[0].credit


def test_markup_plain_reads_the_dump_as_before() -> None:
    # a guard: the switch turns the reading off
    article = articleclean.clean(LYNX, markup="plain")
    assert "markup" not in article.metadata
    assert any("[8]two towns" in b.text for b in article.body)
    assert unaccounted(LYNX, article) == []


def test_a_plain_dump_with_citations_and_notes_is_no_browser_dump() -> None:
    # a guard: citations after words and a numbered list of sources are a plain dump's
    text = (
        "Rivers rose across the coast on Tuesday.[1] Officials said more rain was due.[2]\n"
        "\n"
        "The agency issued twelve warnings, the most since 2014 [3]. Roads closed [4],\n"
        "and schools shut early [5].\n"
        "\n"
        "Sources\n"
        "1. https://example.org/a\n"
        "2. https://example.org/b\n"
        "3. https://example.org/c\n"
        "[4] https://example.org/d\n"
        "[5] https://example.org/e\n"
    )
    assert "markup" not in articleclean.clean(text).metadata


def test_lines_of_one_paragraph_under_a_margin_are_joined_without_numbers() -> None:
    # fails on main: `links -dump` and `lynx -nolist` print no numbers; the caption's
    # line over its credit's line was read apart (its first line opens with the picture's
    # title above it, which no wrap does)
    text = (
        "   Home News Sport\n"
        "\n"
        "              Storm floods coastal towns as rivers burst their banks\n"
        "\n"
        "   Residents wade through a flooded street\n"
        "   Residents wade through a flooded street in Porthaven on Tuesday. (AP\n"
        "   Photo/John Smith)\n"
        "\n" + _PROSE.replace("[8]", "")
    )
    article = articleclean.clean(text)
    assert article.metadata["markup"] == "text_browser"
    assert [c.lines for c in article.captions] == [(6, 7)]
    assert unaccounted(text, article) == []


def test_a_w3m_dump_without_numbers_is_read_plain_unless_forced() -> None:
    # w3m prints no margin: a hard-wrapped plain dump; forced, its wraps are read by fit
    text = _PROSE.replace("[8]", "").replace("\n   ", "\n").lstrip()
    assert "markup" not in articleclean.clean(text).metadata
    forced = articleclean.clean(text, markup="text_browser")
    assert forced.metadata["markup"] == "text_browser"
    assert [b.lines for b in forced.body] == [(1, 3), (5, 6), (8, 9)]


def test_w3m_numbers_its_list_in_brackets() -> None:
    # fails on main: w3m's "[n] https://…" rows stayed in the body
    text = (
        "[1]Skip to content\n"
        "\n" + _PROSE.replace("\n   ", "\n").lstrip() + "\n"
        "Read [9]more about [10]the floods here.\n"
        "\n"
        "References:\n"
        "\n" + "".join(f"[{n}] https://example.org/{n}\n" for n in range(1, 11))
    )
    article = articleclean.clean(text)
    assert article.metadata["markup"] == "text_browser"
    assert [r.lines for r in article.removed if r.rule == "link_references"] == [
        (15, 15),
        (17, 26),
    ]
    assert unaccounted(text, article) == []


def test_a_list_of_links_alone_goes_with_its_name() -> None:
    # fails on main: a box of other stories under a heading no phrase list holds
    # ("Meer uit de regio") stayed; a list whose items have words of their own stays
    text = (
        LYNX.split("References")[0] + "Meer uit de regio\n"
        "\n"
        "     * [9]Zwembad in Borne gaat weer open\n"
        "     * [10]Nieuwe woonwijk bij het station goedgekeurd\n"
        "     * [11]Markt verhuist tijdelijk naar het plein\n"
        "\n"
        "Nog te doen\n"
        "\n"
        "     * Het pad krijgt in het najaar [12]verlichting langs de brug\n"
        "     * De gemeente plant bomen langs de [13]oever bij de sluis\n"
        "     * Er komen twee bankjes bij het [14]kanaal voor wandelaars\n"
        "\n"
        "References\n"
        "\n" + "".join(f"  {n:2}. https://example.org/{n}\n" for n in range(1, 15))
    )
    article = articleclean.clean(text)
    taken = [r.text for r in article.removed if r.rule == "link_list"]
    assert taken == [
        "Meer uit de regio",
        "* Zwembad in Borne gaat weer open",
        "* Nieuwe woonwijk bij het station goedgekeurd",
        "* Markt verhuist tijdelijk naar het plein",
    ]
    kept = " ".join(b.text for b in article.body)
    assert "De gemeente plant bomen langs de oever bij de sluis" in kept


def test_a_sentence_with_links_is_no_row_of_links() -> None:
    # a guard: a row of links has no words of its own and ends no sentence
    assert is_link_row("[2]Home [3]World [4]Business [5]Sport")
    assert is_link_row("Share: [10]Facebook [11]X [12]Email")
    assert not is_link_row("[5]Biden met [6]Xi and [7]Modi in Bali.")
    assert not is_link_row("Officials told [5]Reuters, [6]AP and [7]AFP that talks went on")
    assert (
        without_link_marks("cutting off [8]two towns.[1] Next") == "cutting off two towns.[1] Next"
    )
    assert without_link_marks("[12]") == "[12]"


def test_the_cli_takes_markup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    path = tmp_path / "lynx.txt"
    path.write_text(LYNX, encoding="utf-8")
    plain = CliRunner().invoke(main, ["clean", "--markup", "plain", str(path)])
    read = CliRunner().invoke(main, ["clean", str(path)])
    assert plain.exit_code == 0 and read.exit_code == 0
    assert '"[1]Jump to the story"' in plain.output
    assert '"markup": "text_browser"' in read.output


_WORDS = st.sampled_from(["flood", "[3]river", "Home", "(AP", "Photo/Jo)", "town.", "* item", ""])
_LINE = st.lists(_WORDS, max_size=14).map(lambda words: "   " + " ".join(words))


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.one_of(_LINE, st.just("")), max_size=30), listed=st.booleans())
def test_any_browser_dump_accounts_for_every_line(lines: list[str], listed: bool) -> None:
    text = "\n".join(lines)
    if listed:
        text += "\n\nReferences\n\n" + "".join(f"   {n}. https://e.org/{n}\n" for n in (1, 2, 3))
    article = articleclean.clean(text, markup="text_browser")
    assert article.metadata["markup"] == "text_browser"
    assert unaccounted(text, article) == []


def test_a_centred_line_far_down_is_no_second_title() -> None:
    # a guard: the reader labels a centred headline only where `title_line` looks for one
    # (two titles would leave one segment no field takes)
    menu = "".join(f"   Section number {n} of the site\n\n" for n in range(45))
    text = menu + LYNX
    article = articleclean.clean(text)
    assert article.status == "ok"
    assert unaccounted(text, article) == []


# --- round 57 (issue 16): the reader's verdicts are rules, each with its switch ---------


def test_the_reader_removes_nothing_and_keeps_what_the_marks_say() -> None:
    # fails on main: the reader removed the list, the row, the skip link and the
    # picture's alt text, and labelled the title, before any rule ran
    from articleclean.readers.text import read_text

    segments = read_text(LYNX).segments
    assert all(segment.label.value == "body" for segment in segments)
    marks = {segment.text: segment.browser for segment in segments}
    row = marks["Home World Business Sport"]
    assert row is not None and row.links == ("Home", "World", "Business", "Sport")
    alt = marks["Residents wade through a flooded street"]
    assert alt is not None and alt.addresses == ("https://cdn.example-news.com/a.jpg",)
    headline = marks["Storm floods coastal towns as rivers burst their banks"]
    assert headline is not None and headline.centred
    assert [s.lines for s in segments if s.browser is not None and s.browser.address_list] == [
        (24, 24),
        (26, 33),
    ]
    prose = next(text for text in marks if text.startswith("The Environment Agency"))
    assert marks[prose] is None  # (prose with no link: nothing to say, most of a dump)


_BANNER = LYNX.replace(
    "   [1]Jump to the story\n",
    "   [1]Jump to the story\n\n   [9]Live: Crews battle a wildfire near the coast road\n",
).replace(
    "   8. https://example-news.com/towns\n",
    "   8. https://example-news.com/towns\n   9. https://example-news.com/live/wildfire\n",
)
_OTHER_STORIES = (
    LYNX.split("References")[0] + "Meer uit de regio\n\n"
    "     * [9]Zwembad in Borne gaat weer open\n"
    "     * [10]Nieuwe woonwijk bij het station goedgekeurd\n"
    "     * [11]Markt verhuist tijdelijk naar het plein\n\n"
    "References\n\n" + "".join(f"  {n:2}. https://example.org/{n}\n" for n in range(1, 12))
)
# `lynx -nolist` and `links` print no link numbers and no list of addresses.
_NOLIST = re.sub(r"\[\d+\]", "", LYNX.split("References")[0]).replace(
    "Photo/John Smith)\n", "Photo/John Smith)\n\n   Share: Facebook X Email\n"
)
# rule -> (a dump, the line the rule takes out of the body; with the rule off, it stays)
_SWITCHED = {
    "link_references": (LYNX, "References"),
    "link_row": (LYNX, "Home World Business Sport"),
    "image_link": (
        LYNX.replace(
            "[7]Residents wade through a flooded street", "[7]Flooded street in Porthaven"
        ),
        "Flooded street in Porthaven",
    ),
    "in_page_link": (LYNX, "Jump to the story"),
    "link_list": (_OTHER_STORIES, "* Markt verhuist tijdelijk naar het plein"),
    # (a labelled bar, "Share: Facebook X Email", is `promo_shape`'s in any dump since
    # round 57: a browser's dump may print the bar bare)
    "share_row": (
        _NOLIST.replace("Share: Facebook X Email", "Facebook WhatsApp Email"),
        "Facebook WhatsApp Email",
    ),
    "above_headline": (_NOLIST, "Home World Business Sport"),
    # (a banner over the headline, one link to another story, reads as a headline too)
    "centred_headline": (_BANNER, "Storm floods coastal towns as rivers burst their banks"),
}


@pytest.mark.parametrize("rule", sorted(_SWITCHED))
def test_each_verdict_is_a_rule_with_its_switch(rule: str) -> None:
    # fails on main: no such switch (ConfigError), and the reader gave every verdict
    text, line = _SWITCHED[rule]
    on = articleclean.clean(text)
    # (the skip link and the menu's row stand above the headline: with their rule off,
    # `above_headline` takes them, and the menu's row `headline_breadcrumb` too)
    above = {"above_headline": False} if rule in ("in_page_link", "link_row") else {}
    if rule == "link_row":
        above["headline_breadcrumb"] = False
    # (the alt text stands right over its credited caption, whose words it writes again:
    # with `image_link` off, `picture_title` takes it, since round 59)
    if rule == "image_link":
        above["picture_title"] = False
    off = articleclean.clean(text, **{rule: False}, **above)
    if rule == "centred_headline":
        assert on.title == line and off.title != line
    else:
        assert [r.rule for r in on.removed if r.text == line] == [rule]
    assert any(block.text == line for block in off.body) or line in off.headings
    assert rule not in {r.rule for r in off.removed}
    assert unaccounted(text, on) == [] and unaccounted(text, off) == []


def test_the_phrase_lists_claim_the_site_s_notices_first() -> None:
    # a guard: the browser's rules come after the phrase lists in pass 1, so that
    # `dump_kind` reads the site's notices they find (a skip link, a footer's row), as it
    # did when the reader gave its verdicts and the phrase lists claimed the lines again
    text = (
        LYNX.replace("[1]Jump to the story", "[1]Skip to main content").split("References")[0]
        + "   [9]About us [10]Contact [11]Privacy policy [12]Terms of use\n\n"
        "References\n\n"
        + "   1. https://example-news.com/#main\n"
        + "".join(f"  {n:2}. https://example-news.com/{n}\n" for n in range(2, 13))
    )
    rules = {r.text: r.rule for r in articleclean.clean(text).removed}
    assert rules["Skip to main content"] == "boilerplate_notice"
    assert rules["About us Contact Privacy policy Terms of use"] == "boilerplate_notice"
    assert rules["Home World Business Sport"] == "link_row"


def test_the_header_above_the_headline_goes_only_as_short_lines() -> None:
    # a guard: a line of prose above the centred line says it may be no headline, and
    # nothing above it goes; a sentence naming a share target is no share row
    prose = "   The council said on Monday that the coast road would reopen next week.\n\n"
    text = prose + _NOLIST.replace(
        "   Share: Facebook X Email", "   Share: Facebook and X limit the reach of the posts"
    )
    article = articleclean.clean(text)
    assert article.metadata["markup"] == "text_browser"
    kept = [block.text for block in article.body] + article.headings
    assert "Home World Business Sport" in kept
    assert "Share: Facebook and X limit the reach of the posts" in kept
    assert {"above_headline", "share_row"}.isdisjoint(r.rule for r in article.removed)
    assert [
        r.rule for r in articleclean.clean(_NOLIST).removed if r.text == "Home World Business Sport"
    ] == ["above_headline"]


def test_a_line_s_verdict_is_not_remembered_across_browser_dumps() -> None:
    # a guard: pass 1 remembers a line's verdict by its words, but a browser's line is
    # judged by its marks too; the menu's row with numbers, then the same words without
    cleaner = articleclean.Cleaner()
    first = cleaner.clean(LYNX)
    again = cleaner.clean(_NOLIST)
    row = "Home World Business Sport"
    assert [r.rule for r in first.removed if r.text == row] == ["link_row"]
    assert [r.rule for r in again.removed if r.text == row] == ["above_headline"]


def _open_lines_when_decided(monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, Label]:
    """Each line's label when the page/article decision (`_dump_kind`) reads the dump."""
    seen: dict[str, Label] = {}
    decide = pipeline._dump_kind

    def spy(segments: list[Segment], record: ClaimRecord) -> str:
        seen.update((segment.text, segment.label) for segment in segments)
        return decide(segments, record)

    monkeypatch.setattr(pipeline, "_dump_kind", spy)
    articleclean.Cleaner().clean_text(text)
    return seen


def test_the_page_or_article_decision_reads_what_the_marks_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fails on 32415cf: the list of links and the centred headline were still open lines
    # when `dump_kind` counted them (as a round-56 reader's verdicts were not: a numbered
    # lynx dump whose three menus it had taken read as an article, and kept them)
    seen = _open_lines_when_decided(monkeypatch, _OTHER_STORIES)
    assert seen["* Zwembad in Borne gaat weer open"] is Label.REMOVED
    assert seen["Storm floods coastal towns as rivers burst their banks"] is Label.TITLE
    assert seen["By Maria Lopez"] is Label.BODY  # (the byline is decided after it)
