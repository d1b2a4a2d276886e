"""The box of related headlines that closes a dump ("Още по темата", "Benzer Tarifler",
"Related stories" over two or more headlines, then only the page's footer): read by
`teaser_blurb` by its place, not its words. A related box shares the article's topic, so
its headlines share the article's words, which the walk otherwise reads as the article
going on; nothing of the article follows such a box."""

from __future__ import annotations

import articleclean

_ARTICLE = [
    "Council approves Riverside budget after long debate",
    "By Jane Doe",
    "The Riverside city council approved the budget for 2025 on Tuesday night by seven votes "
    "to two, after a debate that lasted more than four hours.",
    "The budget raises spending on road repairs in the northern districts by a fifth and "
    "freezes the hiring of new staff at the city hall until the end of the year.",
    "Two councillors voted against it, saying the council should have cut the property tax "
    "instead. The mayor said the budget was the most careful in a decade.",
]
_BOX = [
    "Riverside council delays vote on the budget (VIDEO)",
    "What the new budget means for Riverside's roads?",
]
_FOOT = ["Privacy Policy", "Contact us", "© 2025 Riverside Courier. All rights reserved."]


def _clean(lines: list[str]) -> articleclean.Article:
    return articleclean.clean_text("\n".join(lines) + "\n")


def _body(article: articleclean.Article) -> list[str]:
    return [block.text for block in article.body]


def test_related_headlines_closing_the_dump_go() -> None:
    # Fails on main: the headlines share "Riverside", "council", "budget" with the article.
    article = _clean([*_ARTICLE, "Related stories", *_BOX, *_FOOT])
    body = _body(article)
    assert all(paragraph in body for paragraph in _ARTICLE[2:])
    assert not any(line in body for line in _BOX)
    rules = {r.text: r.rule for r in article.removed}
    assert rules[_BOX[0]] == rules[_BOX[1]] == "teaser_blurb"


def test_a_non_latin_box_closing_the_dump_goes() -> None:
    # Fails on main (round 50's bg audit): a question headline and one ending "г." read
    # as prose, and share "Варна" and "Одесос" with the article.
    article = _clean(
        [
            "ГЕРБ печели изборите за кмет на район Одесос във Варна",
            "Кандидатът на ГЕРБ Николай Стоянов печели балотажа за кмет на район Одесос във "
            "Варна с 54,3 на сто от гласовете, съобщи комисията във Варна.",
            "Избирателната активност в района Одесос е 21,7 процента, с четири пункта "
            "по-ниска от първия тур във Варна преди седмица.",
            "Още по темата",
            "Ниска активност на първия тур в Одесос (ВИДЕО)",
            "Общинският съвет прие бюджета на Варна за 2025 г.",
            "Общи условия",
            "© 2025 Варненски новини. Всички права запазени.",
        ]
    )
    body = _body(article)
    assert "Ниска активност на първия тур в Одесос (ВИДЕО)" not in body
    assert "Общинският съвет прие бюджета на Варна за 2025 г." not in body


def test_the_article_going_on_after_the_box_is_kept() -> None:
    # Not the dump's close: the article's text follows, so the words judge as before.
    closing = "The new budget takes effect on the first of March, the mayor's office said."
    article = _clean([*_ARTICLE, "Related stories", *_BOX, closing, *_FOOT])
    assert closing in _body(article)


def test_lines_of_two_sentences_under_the_heading_are_no_closing_box() -> None:
    # The article's own closing lines under a misread heading ("Read more" as a phrase of
    # the article's last section): two sentences each, no headline; kept.
    own = [
        "Riverside will vote again in May. The council meets on the budget then.",
        "The mayor will present the roads plan. It covers the northern districts.",
    ]
    article = _clean([*_ARTICLE, "Related stories", *own, *_FOOT])
    body = _body(article)
    assert all(line in body for line in own)


def test_one_headline_under_the_heading_is_no_box() -> None:
    # A box has two or more headlines; one line may be the article's own last line (a
    # question, sharing its words): kept, as the word tests keep it (fails if one line
    # were box enough).
    last = "What the new budget means for Riverside's roads?"
    article = _clean([*_ARTICLE, "Related stories", last, *_FOOT])
    assert last in _body(article)
