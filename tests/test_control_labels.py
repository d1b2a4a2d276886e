"""The page's controls printed as a line of text (round 57).

A text dump copies the label of a button as a line of its own: the "close" of a
gallery, an ad overlay or a video layer ("Cerrar", "Zamknij", "Fermer"), a link's
"open in a new tab", and the fallback link of an embedded Instagram post, which every
site that embeds one prints alike ("View this post on Instagram"). English lists "close"
(as a notice); in the tune part of the labelled article dumps the other languages'
words stood between paragraphs or after the article and stayed in the body. They go as
`media_placeholder`, the media's own controls ("expand", "hide caption"), not as notices:
a notice marks the article's edge for `outside_article`, and a close button stands
inside the article as often (round 57: as notices, one tune stress dump lost eleven
article lines to `outside_article`). German "Schließen" is left out: taken from a
mega-menu it shifted the rows `dump_kind`'s table test counts, and one tune page dump was
read as an article.
"""

from __future__ import annotations

import pytest

import articleclean
from two_paragraphs import between


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("es", "Cerrar"),
        ("pl", "Zamknij"),
        ("fr", "Fermer"),
        ("it", "Chiudi"),
        ("pt", "Fechar"),
        ("nl", "Sluiten"),
        ("de", "In neuem Fenster öffnen"),
        ("pl", "Otwórz w nowej karcie"),
        ("en", "Open in new tab"),
    ],
)
def test_a_control_label_goes(language: str, label: str) -> None:
    article = articleclean.clean(between(label, language))
    assert {r.text: r.reason.value for r in article.removed}.get(label) == "media_placeholder"
    assert len(article.paragraphs) == 2


def test_an_embedded_posts_fallback_link_goes() -> None:
    label = "View this post on Instagram"
    article = articleclean.clean(between(label, "en"))
    assert {r.text: r.reason.value for r in article.removed}.get(label) == "media_placeholder"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # the verb in a line of its own words: a heading or a sentence, not the button
        ("de", "Wann die Geschäfte schließen"),
        ("de", "Schließen"),
        ("es", "Cerrar la frontera no basta"),
        ("fr", "Fermer les écoles ou non"),
        ("pl", "Zamknij oczy i posłuchaj"),
        ("en", "Police close the coast road"),
        ("en", "View this post on Instagram to see the full gallery of the new stadium."),
    ],
)
def test_a_line_that_only_holds_the_word_stays(language: str, line: str) -> None:
    article = articleclean.clean(between(line, language))
    assert line in [block.text for block in article.body]
