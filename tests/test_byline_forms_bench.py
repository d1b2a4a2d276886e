"""bench/byline_misses.py's `--forms`: the form and place of a page dump's author line that
the byline step missed, which a byline rule would have to carry across sites."""

from __future__ import annotations

import pytest
from bench import byline_misses
from bench.labelled_dumps import BODY, TITLE


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("© 2019 nh24 by Jane Doe", "copyright line"),
        ("Copyright © 2020 by Jane Doe - Alle Rechte vorbehalten!", "copyright line"),
        ("https://example.com/wp-content/uploads/2022/12/a.jpg 1707 2560 Jane Doe", "address"),
        ("La República", "no known given name"),
        ("Weinservice Select Gutscheine", "no known given name"),
        ("By Jane Doe", "prefixed"),
        ("Von Jane Doe", "prefixed"),
        ("David Calle Atehortua 04 de mayo 2022, 12:00 A. M.", "names and a date"),
        ("20. Juni 2019 Jane Doe", "names and a date"),
        ("Beate Finken", "bare name"),
        ("FOCUS-Online-Experte Robin Tschöpe", "other"),
    ],
)
def test_each_author_line_is_given_its_form(line: str, form: str) -> None:
    assert byline_misses.form_of(line) == form


def test_each_line_is_given_its_place_from_the_headline_and_the_body() -> None:
    labels = ["chrome", TITLE, "byline", BODY, "other", BODY, "chrome"] + ["other"] * 20
    labels[20] = BODY
    assert byline_misses.place_of(1, labels) == "above the headline"
    assert byline_misses.place_of(3, labels) == "under the headline (1-15)"
    assert byline_misses.place_of(19, labels) == "among the paragraphs"
    assert byline_misses.place_of(22, labels) == "after the article"
    assert byline_misses.place_of(3, ["chrome", "byline", BODY]) == "no headline"


def test_sites_are_the_pages_hosts() -> None:
    assert byline_misses._site("https://www.nh24.de/2023/11/06/story/") == "nh24.de"
    archived = "https://web.archive.org/web/2017/http://example.com/essays/a/"
    assert byline_misses._site(archived) == "example.com"
    assert byline_misses._site("hard::mercurynews.com.2023.01.16.letters.html") == "mercurynews.com"
