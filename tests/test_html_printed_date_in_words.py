"""The date under the headline in words only dateparser reads, beside a date
htmldate's quick search read elsewhere.

A widget or a masthead printing today's date ("22/04/2022") is a date element
htmldate's quick parser reads; the article's own "21 de abril de 2022, 14:32"
under the byline it cannot. The extensive parser (dateparser, strict: day, month
and year) then reads the lines under the headline, as it did only when htmldate
had needed its extensive search.
"""

from __future__ import annotations

from articleclean.readers.html_dates import page_date
from articleclean.readers.html_parse import parse_html

_WIDGET = '<div class="date-left"><p>22/04/2022</p></div>'


def _date(under_headline: str) -> str | None:
    tree = parse_html(
        f'<html lang="es"><body>{_WIDGET}<h1>Capturan a mujer</h1>'
        f"{under_headline}<p>El texto de la nota.</p></body></html>"
    )
    assert tree is not None
    return page_date(tree, None)


def test_a_date_in_words_under_the_byline_wins_over_a_widgets_date() -> None:
    # Fails on main (2022-04-22, the widget's).
    byline = '<p class="byline">Por Gustavo Méndez</p>'
    assert _date(f"{byline}<p>21 de abril de 2022, 14:32</p>") == "2022-04-21"


def test_a_time_element_in_words_under_the_headline_wins() -> None:
    # Fails on main (2022-04-22).
    assert _date('<time class="date">05 de abril de 2022</time>') == "2022-04-05"


def test_a_month_without_its_day_or_an_update_under_the_headline_is_not_read() -> None:
    # Pass on main and here: strict parsing wants a day; an update label is skipped.
    assert _date("<p>Edición de abril de 2022</p>") == "2022-04-22"
    assert _date("<p>Actualizado 23 de abril de 2022</p>") == "2022-04-22"
