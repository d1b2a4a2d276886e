"""A slide gallery whose counters only the page's markup shows (issue 15, round 34).

trafilatura drops a slide's counter ("1 / 4", "Foto 2 de 4") when it stands alone in
its element, and keeps the captions, or one copy of a title every slide repeats; the
markup still holds the counters, each in a slide with its picture. Invented pages.
"""

from __future__ import annotations

import pytest

import articleclean

_PROSE = (
    "The harbour board approved the new ferry timetable on Monday after months of talks "
    "with islanders, who had asked for an earlier boat in the morning and a later one at "
    "night.",
    "From June the first sailing leaves the harbour at six, an hour earlier than now, and "
    "the last boat returns from the islands at eleven in the evening.",
    "The board said the extra crossings would be paid for by a small rise in the price of "
    "a return ticket for visitors, while islanders keep their reduced fare.",
)
_CLOSING = "The islanders' council will review the ferry timetable again after the summer."


def _page(gallery: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _PROSE)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Ferry timetable approved</title></head><body>"
        "<div class='story'><h1>Ferry timetable approved</h1>"
        f"<div class='story-body'>{text}{gallery}<p>{_CLOSING}</p></div></div>"
        "</body></html>"
    )


def _gallery(captions: list[str], counter: str = "{n} / {total}") -> str:
    total = len(captions)
    slides = "".join(
        f"<div class='pic-item'><img src='/pics/{n}.jpg' alt=''>"
        f"<span class='num'>{counter.format(n=n, total=total)}</span><p>{caption}</p></div>"
        for n, caption in enumerate(captions, start=1)
    )
    return f"<div class='pics'>{slides}</div>"


_OTHER_NEWS = [
    "A container ship waits outside the port of Rotterdam before dawn.",
    "Traders watch their screens at the stock exchange in Frankfurt.",
    "A worker inspects solar panels at a plant in southern Spain.",
    "Tourists queue for a department store reopening in Paris.",
]
_ABOUT_THE_FERRY = [
    "The new ferry leaves the harbour for the islanders' morning boat.",
    "Islanders board the earlier ferry at the harbour.",
    "The harbour board meets islanders about the timetable.",
    "The later ferry at night returns to the harbour.",
]


def _removed(article: articleclean.Article) -> list[str]:
    return [r.text for r in article.removed if r.rule == "html_gallery_slide"]


@pytest.mark.parametrize("counter", ["{n} / {total}", "Photo {n} of {total}", "{n} de {total}"])
def test_other_news_captions_under_counters_only_the_markup_shows_are_removed(
    counter: str,
) -> None:
    # Fails on main: the counters never reach the extracted text, so no slide is read.
    article = articleclean.clean_html(_page(_gallery(_OTHER_NEWS, counter)))
    text = article.to_text()
    assert "Rotterdam" not in text and "Frankfurt" not in text
    assert any("Rotterdam" in removed for removed in _removed(article))
    assert _CLOSING in text and _PROSE[2] in text


def test_a_title_every_slide_repeats_is_removed_even_on_the_article_s_topic() -> None:
    # Fails on main: the extractor keeps one copy of the gallery's title.
    title = "Pictures of the week at the harbour"
    article = articleclean.clean_html(_page(_gallery([title] * 4)))
    assert title not in article.to_text()
    assert title in _removed(article)
    assert _CLOSING in article.to_text()


def test_the_article_s_own_gallery_stays() -> None:
    # A guard, passes on main too: captions on the article's topic are its pictures.
    article = articleclean.clean_html(_page(_gallery(_ABOUT_THE_FERRY)))
    assert _removed(article) == []
    assert "Islanders board the earlier ferry at the harbour." in article.to_text()


@pytest.mark.parametrize(
    "counter",
    [
        "Step {n} of {total}",  # a label that names no picture: a guide's steps
    ],
)
def test_steps_under_counters_that_name_no_picture_stay(counter: str) -> None:
    # A guard, passes on main too.
    article = articleclean.clean_html(_page(_gallery(_OTHER_NEWS, counter)))
    assert _removed(article) == []


def test_counters_without_pictures_are_no_gallery() -> None:
    # A guard, passes on main too: a list numbered "1 / 4" with no picture in its items.
    items = "".join(
        f"<div class='item'><span class='count'>{n} / 4</span><p>{caption}</p></div>"
        for n, caption in enumerate(_OTHER_NEWS, start=1)
    )
    article = articleclean.clean_html(_page(f"<div class='list'>{items}</div>"))
    assert _removed(article) == []
