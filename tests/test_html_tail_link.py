"""`html_tail_link`: a short link glued to a paragraph's end after its last sentence
("… on Monday. [Read more]") is cut off the paragraph and recorded as removed; the
paragraph stays. Invented pages; the first two tests fail before the rule, the guards
pass with and without it (links that are the sentence's own)."""

from __future__ import annotations

import articleclean
from articleclean.article import Reason

_OPENING = (
    "The harbour board approved the new ferry timetable on Monday after months of talks "
    "with the islanders, who had asked for more boats in the evening."
)
_CLOSING = (
    "The new timetable starts in March, and the board will look at the fares again in "
    "the autumn, once the first figures on passengers are in."
)


def _page(paragraph: str) -> str:
    return f"""<html><head><title>Ferry timetable approved</title></head><body>
<article><h1>Ferry timetable approved</h1>
<p>{_OPENING}</p>
<p>{paragraph}</p>
<p>{_CLOSING}</p>
</article></body></html>"""


def _cut(paragraph: str) -> tuple[str, list[str]]:
    article = articleclean.clean_html(_page(paragraph))
    cuts = [r.text for r in article.removed if r.rule == "html_tail_link"]
    for removal in article.removed:
        if removal.rule == "html_tail_link":
            assert removal.reason is Reason.RELATED_TEASER
    return article.to_text(), cuts


def test_a_read_more_link_in_brackets_is_cut_off_the_paragraph() -> None:
    sentence = "Boats will now leave every two hours, and a late boat runs on Fridays."
    text, cuts = _cut(f'{sentence} <strong>[<a href="/news/fares">Read more</a>]</strong>')
    assert cuts == ["[Read more]"]
    assert sentence in text and "Read more" not in text
    assert _OPENING in text and _CLOSING in text


def test_a_german_weiter_link_and_a_polish_one_are_cut_off() -> None:
    de = "Die Fähre fährt künftig alle zwei Stunden, freitags auch noch spät am Abend."
    text, cuts = _cut(f'{de} <a href="https://example.org/faehre">weiter...</a>')
    assert cuts == ["weiter..."] and de in text and "weiter..." not in text
    pl = "Prom będzie odpływał co dwie godziny, a w piątki także późnym wieczorem."
    text, cuts = _cut(f'{pl} <b>[<a href="/prom">czytaj więcej</a>]</b>')
    assert cuts == ["[czytaj więcej]"] and pl in text


def test_links_that_are_the_sentences_own_stay() -> None:
    """Guard (passes before and after the rule): a link a stop follows, a link after a
    colon, a footnote's marker, a long link, a link after too few words."""
    for paragraph in (
        'The fares stay as they are until the end of the year, says <a href="/f">the fare table</a>.',
        'The board published the whole timetable for the coming year here: <a href="/t">timetable</a>',
        'The board says a Sunday boat would cost too much for the island to pay. <a href="#fn1">[1]</a>',
        'The board met the islanders twice this winter. <a href="/m">The minutes of both meetings '
        "are online now</a>",
        'Boats every two hours. <a href="/x">Read more</a>',
    ):
        _text, cuts = _cut(paragraph)
        assert cuts == [], paragraph
