"""Round 65: other stories' cards under a kicker (the section or topic a portal prints
over each linked headline), and a guide whose linked section headings lead to the
places it names (issue 15 item 4). The page fixtures `fixtures/html/r65-*` show the
cards in German and English and the guide kept whole."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

import articleclean
from articleclean.readers.html_hints import _kicker_before, _leads_off_site
from articleclean.readers.html_site import own_site, site_of_host

_INTRO = (
    "<p>Lisbon rewards visitors who slow down. We spent a long weekend walking between the "
    "city's smaller museums, and these were the stops worth the climb up its hills.</p>"
    "<p>All four are reachable by tram or bus from Baixa, charge under ten euros, and rarely "
    "have a queue, even in August. Most close on Mondays, so plan the walk for another day, "
    "and bring comfortable shoes: the streets between them are steep and slippery.</p>"
)
_STOPS = (
    (
        "https://www.museudoazulejo.gov.pt/",
        "Museu Nacional do Azulejo",
        "The tile museum sits in a former convent east of the centre; its panorama of "
        "pre-earthquake Lisbon alone is worth the bus ride.",
    ),
    (
        "https://www.casafernandopessoa.pt/",
        "The House of Fernando Pessoa",
        "The poet's last home holds his library and a small café; readings are held most "
        "Thursday evenings.",
    ),
    (
        "https://www.maat.pt/",
        "MAAT – Museum of Art, Architecture and Technology",
        "The riverside museum of art and technology has a roof you can walk on, with views "
        "across the Tagus to the bridge.",
    ),
    (
        "https://www.museudamarioneta.pt/",
        "The Puppet Museum of Lisbon",
        "Puppets from Portugal and Asia fill a converted convent in Madragoa, a quiet "
        "surprise for families.",
    ),
)


def _guide(canonical: str | None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    stops = "".join(
        f'<h3><a href="{href}">{name}</a></h3><p>{text}</p>' for href, name, text in _STOPS
    )
    title = "Four small museums in Lisbon worth the climb"
    return (
        f'<html lang="en"><head><title>{title}</title>{link}</head><body><main><article>'
        f"<h1>{title}</h1><p>By Sam Ortega</p>{_INTRO}{stops}</article></main></body></html>"
    )


def _body_text(html: str) -> str:
    return "\n".join(block.text for block in articleclean.clean_html(html).body)


def test_a_guide_s_sections_linked_to_the_places_they_name_stay() -> None:
    # Linked heading and a short paragraph, four times after the intro, off the intro's
    # words: the shape of other stories' cards, but each link leads to another site.
    body = _body_text(_guide("https://www.wayfarerweekly.com/europe/lisbon-small-museums"))
    for _, _, text in _STOPS:
        assert text in body


def test_the_same_sections_on_a_page_that_names_no_address_are_read_as_before() -> None:
    # No address of its own: a link is not known to leave the site, so the cards'
    # topic test decides as before (these are off the intro's words).
    body = _body_text(_guide(None))
    assert _STOPS[0][2] not in body


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.example.com", "example.com"),
        ("sport.example.com", "example.com"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.lanacion.com.ar", "lanacion.com.ar"),
        ("EXAMPLE.COM.", "example.com"),
    ],
)
def test_a_host_s_site(host: str, site: str) -> None:
    assert site_of_host(host) == site


def test_a_link_leads_off_site_only_to_another_site_of_a_page_with_an_address() -> None:
    tree = fromstring(
        '<html><head><meta property="og:url" content="https://www.example.com/a/1">'
        "</head><body><p>x</p></body></html>"
    )
    own = own_site(tree)
    assert own == "example.com"
    assert _leads_off_site("https://elsewhere.org/page", own)
    assert _leads_off_site("//cdn.elsewhere.org/page", own)
    assert not _leads_off_site("https://sport.example.com/story", own)
    assert not _leads_off_site("/lokales/story", own)
    assert not _leads_off_site("https://elsewhere.org/page", None)
    assert own_site(fromstring("<html><body><p>x</p></body></html>")) is None


@pytest.mark.parametrize(
    ("heading", "kicker"),
    [
        ('<h3><span class="kicker">Politics</span> <a href="/n/1">A headline here</a></h3>', True),
        ('<h3>High school sports <a href="/n/1">A headline here</a></h3>', True),
        ('<h3><a href="/n/1">A headline here</a></h3>', False),  # no kicker: the link alone
        ('<h3>How we tested the new <a href="/n/1">A headline here</a></h3>', False),
        ('<h3><span>Politics</span> <a href="/n/1">A headline</a> today</h3>', False),
    ],
)
def test_a_kicker_before_the_link_in_a_heading(heading: str, kicker: bool) -> None:
    element = fromstring(heading)
    assert _kicker_before(element, element.find(".//a")) is kicker
