"""Round 47: a control's short label kept as a line of text ("Bild anzeigen", "Show all
50"): the markup marks it as the page's interface (issue 15, `html_control_label`)."""

from __future__ import annotations

import pytest

import articleclean

_DE = (
    "Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem die "
    "Inselbewohner monatelang ein früheres Boot am Morgen und ein späteres am Abend "
    "gefordert hatten."
)


def _page(extra: str, prose: str = _DE) -> str:
    return (
        '<html lang="de"><head><title>Fähre</title></head><body><article>'
        f"<h1>Fähre</h1><p>{prose}</p><p>{prose} (2)</p>{extra}<p>{prose} (3)</p>"
        "</article></body></html>"
    )


def _removed(article: articleclean.Article) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == "html_control_label"]


# A picture toggle of a recipe's step list: an element of role="button" whose two
# labels (shown one at a time) trafilatura prints as lines of text.
_TOGGLE = (
    "<div class='step'><p>{prose} (Schritt)</p>"
    "<div class='image-toggle' role='button' data-step='1'>"
    "<p><span class='open'>Bild anzeigen</span></p>"
    "<p><span class='close'>Bild schließen</span></p></div></div>"
)


def test_a_toggle_s_labels_are_removed() -> None:
    article = articleclean.clean_html(_page(_TOGGLE.format(prose=_DE)))
    assert _removed(article) == ["Bild anzeigen", "Bild schließen"]
    assert f"{_DE} (Schritt)" in article.paragraphs


@pytest.mark.parametrize(
    "control",
    [
        "<div class='login'><p class='link' role='button'>Passwort vergessen?</p></div>",
        "<div class='gallery' role='button' tabindex='0'><p>Bilder des Tages</p></div>",
    ],
)
def test_a_button_s_label_is_removed(control: str) -> None:
    article = articleclean.clean_html(_page(control))
    assert len(_removed(article)) == 1


def test_a_disclosure_toggle_heads_the_text_it_opens() -> None:
    # Guard: an accordion's question (aria-expanded) names the answer below it.
    question = "<div role='button' aria-expanded='false'><p>Wann fährt die erste Fähre?</p></div>"
    article = articleclean.clean_html(_page(question))
    assert _removed(article) == []


def test_a_clickable_card_of_prose_keeps_its_text() -> None:
    # Guard: a control of more than a label's words holds text of its own.
    card = f"<div role='button' class='card'><p>{_DE} Mehr lesen</p></div>"
    article = articleclean.clean_html(_page(card))
    assert _removed(article) == []


def test_a_page_with_little_text_beside_the_control_keeps_it() -> None:
    # Guard: no article of 50 words outside the controls.
    article = articleclean.clean_html(_page(_TOGGLE.format(prose="Kurz."), prose="Ein Satz."))
    assert _removed(article) == []
