"""Without meta tags, an h1 that prints the `<title>`'s headline at one end beside fewer
words the title leaves out: the title's headline is the page's (round 48, hfields)."""

from __future__ import annotations

import articleclean

_BODY = "<p>" + "Der Bundesrat hat heute der Opfer gedacht und Kränze niedergelegt. " * 6 + "</p>"


def _page(title: str, h1s: list[str]) -> str:
    headings = "".join(f"<h1>{h1}</h1>" for h1 in h1s)
    return (
        f"<html><head><title>{title}</title></head><body>{headings}"
        f"<article>{_BODY}</article></body></html>"
    )


def test_section_part_of_the_title_that_the_h1_leaves_out() -> None:
    # The headline's h1 below the logo's and the menus' h1s, a kicker in front.
    html = _page(
        "Länderkammer - Textarchiv - Erinnerung an die Opfer der Verbrechen",
        [
            '<a href="/"> <img src="logo.png" alt=""> </a>',
            "Navigation",
            "Menü",
            "Hauptmenü",
            "Unternavigation",
            "Sie sind hier:",
            "<em>Gedenktag </em>Erinnerung an die Opfer der Verbrechen",
        ],
    )
    assert articleclean.clean_html(html).title == "Erinnerung an die Opfer der Verbrechen"


def test_h1_adds_a_tail_the_title_leaves_out() -> None:
    html = _page(
        "Ultium Cells erhöht Gigafactory-Kapazität - Akku-Nachrichten.de",
        ["Ultium Cells erhöht Gigafactory-Kapazität in Tennessee und Ohio"],
    )
    assert articleclean.clean_html(html).title == "Ultium Cells erhöht Gigafactory-Kapazität"


def test_h1_far_longer_than_the_title_stays_the_headline() -> None:
    # Guard: the title prints fewer words than the h1 adds; it is no reading of the h1.
    html = _page(
        "Stromcheck - Ökologisch Bauen",
        ["Stromcheck kostenlos für private Haushalte in ganz Deutschland"],
    )
    assert articleclean.clean_html(html).title != "Stromcheck"
