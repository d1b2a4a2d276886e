"""The html_fields bench's expected title: the og:title without the site's name."""

from __future__ import annotations

import pytest
from bench.html_fields import expected_of
from lxml.html import fromstring


def _title(og_title: str, url: str) -> str | None:
    page = f'<html><head><meta property="og:title" content="{og_title}"></head><body></body></html>'
    return expected_of(fromstring(page), url).title


@pytest.mark.parametrize(
    ("og_title", "url", "title"),
    [
        # The site's host written with its top-level domain, or in words of its own.
        (
            "Autohäuser rechnen mit Anlaufen | MDR.DE",
            "https://www.mdr.de/a.html",
            "Autohäuser rechnen mit Anlaufen",
        ),
        ("Ein Presse-Event | MODEPILOT.de", "https://www.modepilot.de/2019/x", "Ein Presse-Event"),
        (
            "Wierer darf jubeln - Biathlon Antholz",
            "https://www.biathlon-antholz.it/de/n",
            "Wierer darf jubeln",
        ),
        # A part that says more than the site's name stays: the scorer does not guess.
        (
            "Maulwurfkuchen - Rezept von Backen.de",
            "https://backen.de/rezept/m",
            "Maulwurfkuchen - Rezept von Backen.de",
        ),
        # The host's name inside the headline is the headline's.
        (
            "Schneekarten auf Gipfelbuch.ch",
            "https://www.gipfelbuch.ch/n/718",
            "Schneekarten auf Gipfelbuch.ch",
        ),
    ],
)
def test_a_title_part_that_spells_the_sites_host_is_not_the_headline(
    og_title: str, url: str, title: str
) -> None:
    assert _title(og_title, url) == title


def test_without_the_pages_address_the_canonical_link_gives_the_host() -> None:
    page = (
        '<html><head><meta property="og:title" content="Storm hits | MDR.DE">'
        '<link rel="canonical" href="https://www.mdr.de/s.html"></head><body></body></html>'
    )
    assert expected_of(fromstring(page)).title == "Storm hits"
