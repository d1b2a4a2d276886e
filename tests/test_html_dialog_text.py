"""Round 35: text inside the page's dialogs (role="dialog", aria-modal): a player's modal
window in any language, a consent overlay (issue 15 item 4, `html_dialog_text`)."""

from __future__ import annotations

import pytest

import articleclean

_ES = (
    "El consejo del puerto aprobó el lunes el nuevo horario del ferry tras meses de "
    "conversaciones con los isleños, que habían pedido un barco más temprano por la mañana "
    "y otro más tarde por la noche."
)
_DE = (
    "Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem die "
    "Inselbewohner monatelang ein früheres Boot am Morgen und ein späteres am Abend "
    "gefordert hatten."
)


def _page(lang: str, prose: str, extra: str, where: str) -> str:
    body = f"<p>{prose}</p>{extra}<p>{prose} (2)</p>"
    if where == "end":
        body = f"<p>{prose}</p><p>{prose} (2)</p>{extra}"
    return (
        f'<html lang="{lang}"><head><title>Ferry</title></head><body><article>'
        f"<h1>Ferry</h1>{body}</article></body></html>"
    )


def _removed(article: articleclean.Article) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == "html_dialog_text"]


# A video.js player whose language file is not English: its modal window's description
# ("This is a modal window.") in the page's language, which no English phrase matches.
_PLAYER = (
    "<div class='video-js vjs-lang-{lang}'><video src='a.mp4'></video>"
    "<div class='vjs-modal-dialog vjs-hidden' role='dialog' aria-label='{label}'>"
    "<p class='vjs-modal-dialog-description vjs-control-text'>{text}</p>"
    "<div class='vjs-modal-dialog-content' role='document'></div></div></div>"
)


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    ("lang", "prose", "label", "text"),
    [
        ("es", _ES, "Ventana modal", "Esto es una ventana de diálogo, que se puede cerrar."),
        ("de", _DE, "Dialogfenster", "Dies ist ein Dialogfenster, das sich schließen lässt."),
    ],
)
def test_a_player_s_modal_window_in_any_language_is_removed(
    where: str, lang: str, prose: str, label: str, text: str
) -> None:
    extra = _PLAYER.format(lang=lang, label=label, text=text)
    article = articleclean.clean_html(_page(lang, prose, extra, where))
    assert _removed(article) == [text]
    assert prose in article.paragraphs and f"{prose} (2)" in article.paragraphs


@pytest.mark.parametrize("marks", ["aria-modal='true'", "role='alertdialog'"])
def test_an_overlay_marked_as_a_dialog_is_removed(marks: str) -> None:
    notice = "Sie lesen einen Artikel aus unserem Archiv vom vergangenen Jahr."
    overlay = f"<div class='hinweis' {marks}><p>{notice}</p></div>"
    article = articleclean.clean_html(_page("de", _DE, overlay, "end"))
    assert _removed(article) == [notice]


def test_a_page_whose_text_is_all_in_a_dialog_keeps_it() -> None:
    # Guard (passes on main too): no article outside the dialog.
    html = (
        '<html lang="es"><head><title>Ferry</title></head><body><div role="dialog">'
        f"<h1>Ferry</h1><p>{_ES[:120]}</p></div></body></html>"
    )
    article = articleclean.clean_html(html)
    assert _removed(article) == []


def test_a_dialog_that_holds_an_article_is_not_read() -> None:
    # Guard (passes on main too): a lightbox of more than 1,000 characters.
    lightbox = "<div role='dialog'>" + "".join(f"<p>{_ES} ({n})</p>" for n in range(6)) + "</div>"
    article = articleclean.clean_html(_page("es", _ES, lightbox, "end"))
    assert _removed(article) == []


def test_a_share_dialog_quoting_the_lead_leaves_the_lead_in_the_article() -> None:
    # Fails before the round-35 review: the dialog's copy of the first paragraph gave the
    # article's own block of that text the dialog's mark, and the lead went.
    more = (
        "El nuevo horario entrará en vigor en junio, y el consejo revisará en otoño si los "
        "barcos de la mañana y de la noche llevan pasajeros suficientes para seguir."
    )
    share = (
        "<div class='overlay' role='dialog' aria-modal='true'><h2>Compartir</h2>"
        f"<p>{_ES}</p><button>Copiar enlace</button></div>"
    )
    article = articleclean.clean_html(_page("es", _ES, f"<p>{more}</p>{share}", "end"))
    assert _ES in article.paragraphs and more in article.paragraphs
    assert _ES not in _removed(article)
