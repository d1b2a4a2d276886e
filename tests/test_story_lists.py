"""Whole-page dumps: other stories listed by their shape (a ticker's times, lines cut short).

A news ticker prints its headlines after the time each went up, the newest first; the
headlines are worded as the site likes, but the order of the times is the list's own.
`story_ticker` takes three or more such lines in a row; an article's schedule counts its
times up, a programme's lines share one time, and a live blog's entries end like
sentences. The fixtures are invented.
"""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS

TICKER = [
    "18:44 Harbour ferry to run every ten minutes from June",
    "18:17 Police search for witnesses after a break-in at the museum",
    "17:52 Local bakery wins the regional bread prize",
    "16:05 Weather: storm warning for the coast tonight",
]


def _page(*below: str) -> str:
    """The page with `below` between the article and the footer (no heading worded as
    teaser headings are over it, "Latest news": those take a box already)."""
    lines = [f"{HEADLINE} | Example Times", *MENU, *SECTIONS, HEADLINE, *PARAGRAPHS]
    return "\n".join([*lines, *below, *FOOTER])


def _rule_of(article: articleclean.Article) -> dict[str, str]:
    return {removal.text: removal.rule for removal in article.removed}


def test_a_news_ticker_newest_first_goes() -> None:
    # Fails on main: the ticker's first headlines read as short lines of the article's end.
    article = articleclean.clean_text(_page(*TICKER))
    assert article.metadata["dump"] == "page"
    assert all(_rule_of(article).get(line) == "story_ticker" for line in TICKER)
    assert article.paragraphs == PARAGRAPHS


def test_a_ticker_in_an_article_dump_goes_too() -> None:
    # Fails on main: an extractor's dump that kept the ticker under the article.
    article = articleclean.clean_text("\n\n".join([HEADLINE, *PARAGRAPHS, *TICKER]))
    assert article.paragraphs == PARAGRAPHS


SCHEDULE = [
    "09:00 Welcome by the mayor and the council's chair",
    "09:30 Keynote on the budget and the city's public transport",
    "10:15 Questions from the residents of the northern districts",
    "11:00 Coffee break and exhibition in the town hall",
]
PROGRAMME = [
    "20:00 Jazz trio in the harbour church",
    "20:00 Poetry night at the town library",
    "20:00 Open rehearsal of the youth orchestra",
]
LIVE = [
    "14:50 The mayor has just left the council chamber.",
    "14:32 Opponents are asking for a second vote on the budget.",
    "14:05 The debate is now in its sixth hour.",
]
FIXTURES = [
    "20:45 Northgate 2 Eastfield 1",
    "18:30 Harbour Rovers 0 Westbrook 3",
    "15:00 Old Town 1 Riverside 1",
]


def test_the_articles_own_schedule_programme_and_live_entries_stay() -> None:
    # Guards (pass on main too): times counting up or all the same, a live blog's
    # entries that end like sentences, a fixture list's rows (figures after the time).
    for rows in (SCHEDULE, PROGRAMME, LIVE, FIXTURES):
        article = articleclean.clean_text(
            "\n\n".join([HEADLINE, *PARAGRAPHS[:2], *rows, *PARAGRAPHS[2:]])
        )
        assert not any(rule == "story_ticker" for rule in _rule_of(article).values())
        for row in rows:
            assert row in [block.text for block in article.body]


def test_two_timed_lines_stay() -> None:
    # Guard: a ticker is three lines at least.
    article = articleclean.clean_text(
        "\n\n".join([HEADLINE, *PARAGRAPHS[:2], *TICKER[:2], *PARAGRAPHS[2:]])
    )
    assert not any(rule == "story_ticker" for rule in _rule_of(article).values())


# --- cut_short_teasers -------------------------------------------------------------

CUT_BOX = [
    "Harbour ferry to run every ten minutes from June as the council adds two...",
    "Police search for witnesses after a break-in at the museum where thieves took...",
    "Local bakery wins the regional bread prize for the third year in a row, beating…",
    "Storm warning for the coast tonight: residents are asked to secure garden furniture and ...",
]


def test_a_box_of_teasers_cut_short_goes() -> None:
    # Fails on main: the box's lines read as the article's last paragraphs.
    article = articleclean.clean_text(_page(*CUT_BOX))
    assert article.metadata["dump"] == "page"
    assert all(_rule_of(article).get(line) == "cut_short_teasers" for line in CUT_BOX)
    assert article.paragraphs == PARAGRAPHS


def test_a_box_cut_short_in_an_article_dump_goes_too() -> None:
    # Fails on main: an extractor's dump that kept the box under the article.
    article = articleclean.clean_text("\n\n".join([HEADLINE, *PARAGRAPHS, *CUT_BOX]))
    assert article.paragraphs == PARAGRAPHS


FORUM = [
    "So I tried it again after the update.... the setting is the same as in your picture...",
    "Wifi and mobile data... still the message came when I wanted to install it...",
    "The update needs a working wifi connection..., so with mobile data alone it fails...",
    "Thanks, that was it... after a restart the download started at once...",
]
PAUSES = [
    "The vote was close, and for a moment nobody in the chamber said anything…",
    "Then the mayor stood up and thanked the members of the council.",
    "It was, one member said later, a long night for everyone…",
    "The budget now goes to the regional authority for approval.",
]


def test_three_lines_cut_short_forum_posts_and_pauses_stay() -> None:
    # Guards (pass on main too): a box is four lines at least; a forum's posts trail
    # off with more than one ellipsis each; a writer's pauses stand among sentences.
    for rows in (CUT_BOX[:3], FORUM, PAUSES):
        article = articleclean.clean_text(
            "\n\n".join([HEADLINE, *PARAGRAPHS[:2], *rows, *PARAGRAPHS[2:]])
        )
        assert not any(rule == "cut_short_teasers" for rule in _rule_of(article).values())
        for row in rows:
            assert row in [block.text for block in article.body]
