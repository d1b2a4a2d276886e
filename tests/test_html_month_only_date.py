"""A year and a month alone in the page's source is no day of publication.

htmldate's last resorts in the page's source read "2019/05" (an image's address,
"wp-content/uploads/2019/05/…") as May 1st; on a page that prints no date that is
the month a picture was uploaded, a wrong date where none is better. The date
printed under the headline, and any whole day the page's source gives, still win.
"""

from __future__ import annotations

from htmldate import find_date

from articleclean.readers.html_dates import LATEST_DATE, _DateSearch, page_date
from articleclean.readers.html_parse import parse_html

_UPLOAD = '<img src="/wp-content/uploads/2019/05/emden.jpg" alt="">'


def _date(html: str) -> str | None:
    tree = parse_html(html)
    assert tree is not None
    return page_date(tree, None)


def test_an_upload_folders_month_is_no_date() -> None:
    # Fails on main (2019-05-01).
    html = (
        "<html><body><h1>Emden</h1><p>Die Stadt am Dollart.</p>"
        f"{_UPLOAD}<p>Eintritt: 2 Euro.</p></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    # htmldate answers the month's first day; the search notes it as a month alone.
    assert find_date(tree, extensive_search=True, max_date=LATEST_DATE) == "2019-05-01"
    search = _DateSearch(tree, None)
    assert search.run(extensive=True) == "2019-05-01"
    assert search.month_only
    assert _date(html) is None


def test_the_date_under_the_headline_wins_over_an_upload_folders_month() -> None:
    # Passes on main; fails if the month alone makes the page dateless before the
    # printed date is read.
    html = (
        '<html><body><h1>Una carta</h1><p class="meta">7 de julio de 2020</p>'
        f"<p>Texto de la carta.</p>{_UPLOAD}</body></html>"
    )
    assert _date(html) == "2020-07-07"


def test_a_whole_day_in_the_source_is_still_the_date() -> None:
    html = (
        "<html><body><h1>Emden</h1><p>Die Stadt am Dollart.</p>"
        f"{_UPLOAD}<p>Stand 2019-05-23.</p></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    search = _DateSearch(tree, None)
    search.run(extensive=True)
    assert not search.month_only
    assert _date(html) == "2019-05-23"
