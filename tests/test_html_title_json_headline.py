"""With meta tags, an og:title worded for search results while the page's JSON-LD
headline and its printed `<h1>` agree on another wording: the printed one is the
headline (round 54, htitle)."""

from __future__ import annotations

import json

import articleclean

_BODY = "<p>" + "Dead skin cells protect the layers below them from the weather. " * 6 + "</p>"


def _page(og_title: str, json_headline: str | None, h1: str) -> str:
    data = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": json_headline})
        + "</script>"
        if json_headline
        else ""
    )
    return (
        f"<html><head><title>{og_title} | Daily Ledger</title>"
        f'<meta property="og:title" content="{og_title}">{data}</head>'
        f"<body><h1>{h1}</h1><article>{_BODY}</article></body></html>"
    )


def test_h1_printing_the_json_headline_beats_the_og_title() -> None:
    html = _page(
        "Dead Skin Cells Might Actually Be A Good Thing",
        "Wait, are dead skin cells actually a good thing?",
        "Wait, are dead skin cells actually a good thing?",
    )
    assert articleclean.clean_html(html).title == "Wait, are dead skin cells actually a good thing?"


def test_full_h1_beats_a_cut_json_headline() -> None:
    # The data's headline cut for length: the printed h1 is taken whole.
    html = _page(
        "Carrie Lam should study the playbook",
        "Taiwan's president wrote a playbook that Hong Kong's leader should...",
        "Taiwan's president wrote a playbook that Hong Kong's leader should read",
    )
    assert (
        articleclean.clean_html(html).title
        == "Taiwan's president wrote a playbook that Hong Kong's leader should read"
    )


def test_json_headline_worded_as_the_og_title_keeps_it() -> None:
    # Guard: data and og:title agree; the h1 worded apart is not taken.
    html = _page(
        "Mujer quiso impedir captura de hijo y la detienen",
        "Mujer quiso impedir captura de hijo y la detienen",
        "Mujer quería impedir detención de su hijo y la capturan",
    )
    assert (
        articleclean.clean_html(html).title == "Mujer quiso impedir captura de hijo y la detienen"
    )


def test_json_headline_no_h1_prints_keeps_the_og_title() -> None:
    # Guard: the data's headline is printed nowhere; the og:title stays.
    html = _page(
        "Dead Skin Cells Might Actually Be A Good Thing",
        "Exfoliation myths, explained",
        "Wait, are dead skin cells actually a good thing?",
    )
    assert articleclean.clean_html(html).title == "Dead Skin Cells Might Actually Be A Good Thing"


def test_h1_in_the_breadcrumb_under_a_subheading_printing_the_og_title() -> None:
    # Guard: the JSON headline set in the breadcrumb's h1 for search engines, the
    # headline the og:title words printed as the article's h2: the og:title stays.
    og = "Düsseldorf: Tote Tauben im Dome gefunden – Peta erstattet Strafanzeige"
    html = (
        f"<html><head><title>{og} | Express</title>"
        f'<meta property="og:title" content="{og}">'
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Düsseldorf Dome: Peta erstattet Anzeige"}'
        "</script></head><body><nav><ol class='breadcrumb'><li><a href='/'>Express</a></li>"
        "<li><h1>Düsseldorf Dome: Peta erstattet Anzeige</h1></li></ol></nav>"
        f"<article><h2>{og}</h2>{_BODY}</article></body></html>"
    )
    assert articleclean.clean_html(html).title == og
