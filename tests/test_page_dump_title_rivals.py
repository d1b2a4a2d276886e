"""Whole-page dumps: a rival run of prose that holds more of the page title's words wins
over the densest run (`_about_the_title`), except over a densest run that stands right
under the page's headline (`_under_headline`, round 42): the title line itself is not
counted among a run's title words, so the article under its headline, past a byline and a
share bar, held none of them and another story naming one word of the title took its
place. Fixtures invented (round 41's, ploss, whose first case failed on main then too)."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, MENU, SECTIONS

_TITLE = "Ferry timetables – Harbour Gazette"
_HEADLINE = "Ferry timetables"
# A graphic's page: the headline, its byline and date, then the page's own buttons, so the
# headline stands far above the graphic's text, which names neither word of it.
_BUTTONS = ["By Anna Miller", "Published 12 March 2024", "Download graphic", "Share", "Print"]
_ARTICLE = [
    "Boats to the three islands leave the old pier every two hours between six in the "
    "morning and ten at night, with extra crossings on summer weekends.",
    "The night service was cut last year, when the operator lost a third of its crews "
    "and the regional government refused to pay for the empty late crossings.",
    "Our graphic shows every crossing of the week, the boats that take cars and the ones "
    "that only carry walkers and bicycles to the islands.",
]
_PITCH = [
    "The Gazette is independent and paid for by its readers: support our work and "
    "subscribe today to read every story from the coast.",
]
# The site's top story in its header, which names the ferry once.
_OLDER = [
    "Storm closes the coast road",
    "The coast road between the harbour and the lighthouse stayed closed all Sunday, after "
    "the storm brought down trees and power lines along the cliffs.",
    "Buses were stopped for the day, and the last ferry of the evening stayed in the harbour "
    "until the wind dropped shortly after midnight.",
]


def _kept(lines: list[str]) -> list[str]:
    return articleclean.clean_text("\n".join(lines), dump="page").text.splitlines()


def test_a_story_naming_one_word_of_the_title_does_not_win_over_the_article_under_the_headline() -> (
    None
):
    lines = [_TITLE, *MENU, *_OLDER, *SECTIONS, _HEADLINE, *_BUTTONS, *_ARTICLE, *_PITCH]
    lines += FOOTER
    kept = _kept(lines)
    assert [line for line in _ARTICLE if line not in kept] == []
    assert not set(kept) & set(_OLDER + FOOTER + MENU)


def test_a_run_holding_the_title_still_wins() -> None:
    # The article's run names both words of the headline (the title's two words more than
    # the run of other prose above it): it wins over a longer run about something else.
    other = [
        "Sign up for our weekly newsletter and get the best stories of the week from the "
        "coast, the islands and the harbour delivered to your inbox every Friday.",
        "We use cookies to give you the best experience on our website and to show you "
        "offers that match your interests, as described in our privacy policy here.",
        "Our journalists report from every town and village on the coast, and from the "
        "council chambers where the decisions about your neighbourhood are taken.",
        "Readers can send us their photographs, letters and tips at any time of the day, and "
        "our newsroom answers every message within two working days.",
        "Advertisers reach more than fifty thousand households every week in print and "
        "online, from the market towns inland to the fishing villages.",
    ]
    article = [
        "The new ferry timetables start on Monday, with boats to the three islands leaving "
        "the old pier every two hours between six in the morning and ten at night.",
        "The operator said the timetables follow a survey of passengers, who asked for "
        "earlier ferry crossings on weekdays and fewer boats late at night.",
    ]
    lines = [_TITLE, *MENU, *other, *SECTIONS, _HEADLINE, *_BUTTONS, *article, *FOOTER]
    kept = _kept(lines)
    assert [line for line in article if line not in kept] == []
    assert not set(kept) & set(other)
