"""Whole-page dumps: a box on the article's topic right under it (round 56). A short
heading that is no sentence and ends in no colon ("Background and analysis", "Auch auf
example.de", "Weiterführende Links"), right under the article's last paragraph, over
headlines that share the article's words but are neither sentences nor list rows, is a box
of other stories or links: `_continuation` read the heading as one miss and the headlines
as the article going on, and kept both. The article's own section label of one word
("Summary") over its points, a heading ending in a colon over its sources, and a heading
over a sentence stay. Fixtures invented."""

from __future__ import annotations

from council_page import FOOTER, HEADLINE, MENU, SECTIONS, kept_lines, removed_rules

_REPORT = [
    "The city council approved a new budget for schools and public transport on Tuesday, "
    "after councillors from every ward voted on the plan of the finance committee.",
    "The budget raises spending on schools by four per cent and on public transport by "
    "six per cent, while the administrative costs of the city fall for the second year.",
    "Councillors who voted against the budget argued that the finance committee relied "
    "on optimistic forecasts of tax revenue for the coming two years.",
    "The mayor said the vote showed that the council could work together on difficult "
    "questions, and that schools and public transport would feel the budget first.",
    "The new budget takes effect in January, when the first payments to the schools of "
    "every ward and to the public transport company are due.",
]
_HEADLINES = [
    "Council budget vote: what the schools of every ward get",
    "Public transport company plans new bus lines with budget money",
    "Finance committee defends its tax revenue forecasts",
]

_PAGE_LINKS = [
    "Weather in the region",
    "Traffic news",
    "Cinema programme",
    "Horoscope",
    "Crossword",
]


def test_a_box_heading_over_headlines_on_the_topic_goes() -> None:
    box = ["Background and analysis", *_HEADLINES]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *box, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in _REPORT)
    assert not kept & set(box)  # (main keeps the heading and the three headlines)


def test_a_box_heading_naming_the_site_goes() -> None:
    box = ["Also on citynews.example", *_HEADLINES]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *box, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in _REPORT)
    assert not kept & set(box)
    assert removed_rules(lines)["Also on citynews.example"] == "outside_article"


def test_a_one_word_section_label_over_the_points_stays() -> None:
    # The article's own summary under its prose: one word is no box's heading.
    points = ["Summary", *_HEADLINES]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *points, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in [*_REPORT, *points])


def test_a_heading_with_a_colon_over_sources_stays() -> None:
    # A line ending in a colon announces the article's own list (its sources, its links),
    # even of two words, which `announces_list` leaves to the walk.
    sources = ["Our sources:", *_HEADLINES]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *sources, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in [*_REPORT, *sources])


def test_a_heading_over_a_sentence_stays() -> None:
    # A subheading over a short sentence of the article's goes on with it.
    more = [
        "A closer look",
        "Schools and public transport get the new budget first.",
    ]
    lines = [*MENU, *SECTIONS, HEADLINE, *_REPORT, *more, *_PAGE_LINKS, *FOOTER]
    kept = kept_lines(lines)
    assert all(line in kept for line in [*_REPORT, *more])
    assert not kept & set(_PAGE_LINKS)
