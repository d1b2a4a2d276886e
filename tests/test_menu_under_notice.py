"""Round 39: the short labels under a notice of the site's that ends the article.

A site prints its tags under "Tags", its platforms or sections under "Menü", its footer's
links under "Sitemap" or "Privacy policy". The notice goes (`boilerplate_notice`), but the
labels under it stayed: `trailing_menu` wants five of them, sharing few words with the
article, and tags are the article's topic, a game site's platforms ("PS4") no words at
all. Under the site's own notice, after the article's last paragraph and up to the end of
the dump, `menu_under_notice` takes two to eight such labels.
"""

from __future__ import annotations

import articleclean
from bridge_story import BRIDGE, BRIDGE_DE


def _removed_by(text: str, **options: bool) -> list[str]:
    article = articleclean.clean_text(text, **options)
    return [r.text for r in article.removed if r.rule == "menu_under_notice"]


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


def test_the_article_s_tags_under_tags_go() -> None:
    # Fails on main: three labels are fewer than `trailing_menu` asks, and the tags share
    # the article's words.
    tags = ["Harbour bridge", "Traffic", "City council"]
    text = "\n\n".join([*BRIDGE, "Tags", *tags])
    assert _removed_by(text) == tags
    assert _body(text) == BRIDGE[1:]


def test_a_game_site_s_platforms_under_its_menu_go() -> None:
    # Fails on main: "PS4", "Xbox One" hold no topic word, so `trailing_menu` could not
    # weigh them.
    menu = ["PS4", "PS5", "Xbox One", "Nintendo Switch"]
    text = "\n\n".join([*BRIDGE_DE, "Menü", *menu])
    assert _removed_by(text) == menu


def test_a_footer_between_two_notices_goes() -> None:
    # Fails on main: four links, and the link above "Sitemap" ended `trailing_menu`'s
    # walk (an address); the labels under the notice go, the link above it stays.
    footer = ["Karriere", "Mitarbeiterinnen und Mitarbeiter", "Stipendium", "Archiv-Datenbank"]
    text = "\n\n".join([*BRIDGE_DE, "stadt-beispiel.de/bruecke", "Sitemap", *footer, "Impressum"])
    assert _removed_by(text) == footer
    assert "stadt-beispiel.de/bruecke" in _body(text)


def test_the_rule_switched_off_keeps_the_labels() -> None:
    text = "\n\n".join([*BRIDGE, "Tags", "Harbour bridge", "Traffic", "City council"])
    assert _removed_by(text, menu_under_notice=False) == []


def test_the_article_s_contact_under_a_contact_notice_stays() -> None:
    # Guard: an address, a phone number or a fact under the notice is the article's own
    # ending (a press office's contact), which no menu prints.
    contact = ["Pressestelle", "Stadtwerke Beispielstadt", "presse@stadtwerke-beispiel.de"]
    text = "\n\n".join([*BRIDGE_DE, "Kontakt", *contact])
    assert _removed_by(text) == []
    assert "Pressestelle" in _body(text)


def test_a_fact_under_the_notice_keeps_the_run() -> None:
    # Guard: "Ort: Kasberg" is a fact of the article's, so the run is its own.
    lines = ["Archiv", "Teleskop", "Ort: Kasberg"]
    text = "\n\n".join([*BRIDGE_DE, *lines])
    assert _removed_by(text) == []


def test_short_lines_without_paragraphs_stay() -> None:
    # Guard: a dump of short lines only (a copy keeping an article's short lines) has no
    # last paragraph to go by; one paragraph is too little to tell where the article ends.
    lines = [BRIDGE[0], BRIDGE[1], "Tags", "Harbour bridge", "Traffic"]
    assert _removed_by("\n\n".join(lines)) == []


def test_the_article_going_on_under_the_notice_keeps_its_lines() -> None:
    # Guard: a paragraph under the labels means the article goes on there.
    text = "\n\n".join([*BRIDGE, "Archive", "Harbour bridge", "Traffic", BRIDGE[1]])
    assert _removed_by(text) == []
