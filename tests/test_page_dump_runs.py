"""Whole-page dumps: the article's prose in several runs (round 39). The densest run of
prose is the article's longest stretch of text; a table or a list between two parts of
the text costs more than the part above it weighs, and a forum thread's later posts stand
apart by their authors' lines. The runs above the densest one (up to the last edge line
above it) and the runs below its second run (up to the first edge line below it) go on
with the article when they are about its topic, with everything between. Fixtures
invented."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, SECTIONS

_INTRO = [
    "The city council approved a new budget for schools and public transport on Tuesday, "
    "after councillors from every ward voted on the plan of the finance committee.",
    "This is how each councillor voted on the budget, ward by ward, according to the "
    "minutes of the council published on Wednesday:",
]
_TABLE = [
    "Ward",
    "Councillor",
    "Vote",
    "North Ward",
    "Anna Miller",
    "Yes",
    "South Ward",
    "Tom Baker",
    "No",
    "East Ward",
    "Sara Klein",
    "Yes",
    "West Ward",
    "John Carter",
    "Yes",
    "Harbour Ward",
    "Mia Novak",
    "No",
    "Old Town",
    "Ben Fischer",
    "Yes",
]
_REPORT = [
    "The budget raises spending on schools by four per cent and on public transport by "
    "six per cent, while the administrative costs of the city fall for the second year.",
    "Councillors who voted against the budget argued that the finance committee relied "
    "on optimistic forecasts of tax revenue for the coming two years.",
    "The finance committee said the forecasts followed the figures of the regional audit "
    "office and that the council would review the budget in the autumn.",
    "The mayor said the vote showed that the council could work together on difficult "
    "questions, and that schools and public transport would feel the budget first.",
    "The new budget takes effect in January, when the first payments to the schools of "
    "every ward and to the public transport company are due.",
]
_OTHER_STORIES = [
    "A new bakery opened on the market square on Saturday, with long queues of customers "
    "waiting for its sourdough bread and cinnamon rolls from early morning on.",
    "The local football club won its third match in a row on Sunday afternoon, with two "
    "late goals from its young striker in front of a record crowd.",
]


def _kept(lines: list[str]) -> list[str]:
    article = articleclean.clean_text("\n".join(lines), dump="page")
    return article.text.splitlines()


def test_a_table_between_two_parts_of_the_article_stays() -> None:
    lines = [*MENU, *SECTIONS, HEADLINE, *_INTRO, *_TABLE, *_REPORT, *FOOTER]
    kept = _kept(lines)
    assert [row for row in _TABLE if row not in kept] == []
    assert [line for line in _INTRO + _REPORT if line not in kept] == []
    assert not set(kept) & set(FOOTER + MENU)


def test_other_stories_above_the_article_still_go() -> None:
    # Prose above the run about another topic (a box of other stories) is no run of the
    # article: it and the short lines between stay out.
    lines = [*MENU, *_OTHER_STORIES, *_TABLE, HEADLINE, *_REPORT, *FOOTER]
    kept = set(_kept(lines))
    assert not kept & set(_OTHER_STORIES)
    assert not kept & set(_TABLE)
    assert all(line in kept for line in _REPORT)


def test_prose_above_an_edge_line_still_goes() -> None:
    # The same intro and table above a newsletter prompt: what stands past the page's
    # furniture is no part of the article's text, on topic or not.
    lines = [*MENU, *_INTRO, *_TABLE, "Sign up for our newsletter", HEADLINE, *_REPORT, *FOOTER]
    kept = set(_kept(lines))
    assert not kept & set(_TABLE)
    assert all(line in kept for line in _REPORT)


_DE_HEADLINE = "Katze kratzt sich ständig am Ohr – was tun?"
_DE_QUESTION = [
    "Meine Katze kratzt sich seit einer Woche ständig an den Ohren und schüttelt den Kopf, "
    "vor allem abends, wenn sie vom Garten hereinkommt.",
    "In den Ohren sehe ich dunkle Krümel, die sich auf einem feuchten Tuch rötlich färben, "
    "und das Fell hinter den Ohren ist schon ganz dünn geworden.",
    "Hat jemand eine Idee, ob das Milben oder Flöhe sein können und ob ich mit der Katze "
    "gleich zum Tierarzt gehen sollte?",
]
_DE_FIRST_REPLY = [
    "Krümel, die sich auf einem feuchten Tuch rot färben, sind meistens Flohkot, weil die "
    "Flöhe Blut saugen und der Kot deshalb rötlich wird.",
    "Kämm die Katze einmal gründlich mit einem Flohkamm über einem hellen Tuch durch, dann "
    "siehst du schnell, ob sie Flöhe hat oder ob es doch Milben in den Ohren sind.",
]
_DE_LATER_REPLIES = [
    [
        "Bei Ohrmilben sieht man meistens dunklen, krümeligen Schmutz tief in den Ohren, "
        "und die Katze kratzt sich vor allem an den Ohren.",
    ],
    [
        "Ich würde mit der Katze zum Tierarzt gehen, der sieht Milben und Flöhe in den "
        "Ohren sofort und gibt dir gleich das richtige Mittel mit.",
    ],
]


def _post_header(name: str, day: int, number: int) -> list[str]:
    return [
        name,
        "Forenprofi",
        "Mitglied seit",
        f"{number}. März 2019",
        "Beiträge",
        str(120 + number),
        "Ort",
        "Niedersachsen",
        f"{day}. Juni 2023",
        f"#{number}",
    ]


def test_later_posts_of_a_thread_stay() -> None:
    lines = ["Forum", "Katzen", "Gesundheit", "Ernährung", "Erziehung", "Kontakt"]
    lines += [_DE_HEADLINE, *_DE_QUESTION]
    lines += [*_post_header("Pepemaus", 12, 2), *_DE_FIRST_REPLY]
    for number, reply in enumerate(_DE_LATER_REPLIES, start=3):
        lines += [*_post_header(f"Mitglied{number}", 13, number), *reply]
    lines += ["Impressum", "Datenschutz", "Nutzungsbedingungen", "Hilfe", "Nach oben"]
    kept = _kept(lines)
    replies = [line for reply in _DE_LATER_REPLIES for line in reply]
    assert [line for line in _DE_QUESTION + _DE_FIRST_REPLY if line not in kept] == []
    assert [line for line in replies if line not in kept] == []
    assert "Impressum" not in kept
