"""Round 36: a box that quotes the article's text (a share box printing the lead of the
story it offers, a sign-up box repeating a paragraph) does not make that text the box's:
the box hints count a block as a box's only when the page prints it nowhere else
(`HintIndex._printed_outside`, issue 15 item 4)."""

from __future__ import annotations

import pytest

import articleclean

_EN = (
    "The harbour council voted on Monday to keep the night ferry running through the "
    "winter, after islanders said the last boat was their only way home from late shifts.",
    "Councillors had planned to end the service in October to save fuel, but a petition "
    "signed by more than two thousand residents made them look at the figures again, and the company offered to share the cost of the "
    "extra crossings with the council until the spring, when the summer timetable begins.",
    "The ferry company said it would publish the new timetable by the end of the week.",
)
_PT = (
    "A câmara do porto decidiu na segunda-feira manter o ferry da noite durante todo o "
    "inverno, depois de os ilhéus dizerem que o último barco era a única forma de voltar.",
    "Os vereadores tinham previsto acabar com o serviço em outubro para poupar combustível, "
    "mas uma petição com mais de duas mil assinaturas levou-os a rever as contas, e a empresa ofereceu-se para dividir o custo das "
    "travessias extra com a câmara até à primavera, quando começa o horário de verão.",
    "A empresa do ferry disse que vai publicar o novo horário até ao fim da semana.",
)
_SHARE = {"en": "Share this story", "pt": "Partilhar esta notícia"}


def _page(lang: str, paragraphs: tuple[str, ...], box: str) -> str:
    prose = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>Ferry</title></head><body><article>'
        f"<h1>Ferry</h1>{box}{prose}</article></body></html>"
    )


@pytest.mark.parametrize("place", ["above", "below"])
@pytest.mark.parametrize(("lang", "paragraphs"), [("en", _EN), ("pt", _PT)])
def test_a_share_box_quoting_the_lead_leaves_the_lead_in_the_body(
    lang: str, paragraphs: tuple[str, ...], place: str
) -> None:
    box = (
        f"<div class='share-box'><strong>{_SHARE[lang]}</strong>"
        f"<blockquote>{paragraphs[0]}</blockquote></div>"
    )
    html = _page(lang, paragraphs, box)
    if place == "below":
        html = html.replace(box, "").replace("</article>", f"{box}</article>")
    article = articleclean.clean_html(html)
    assert article.paragraphs[: len(paragraphs)] == list(paragraphs)


@pytest.mark.parametrize(("lang", "paragraphs"), [("en", _EN), ("pt", _PT)])
def test_a_box_s_own_text_still_goes(lang: str, paragraphs: tuple[str, ...]) -> None:
    # Guard (passes on main too): a text the page prints in the box alone is the box's.
    offer = {
        "en": "Get the island's morning newsletter in your inbox every weekday.",
        "pt": "Receba a newsletter da manhã da ilha no seu email todos os dias úteis.",
    }[lang]
    box = f"<div class='newsletter-promo'><p>{offer}</p></div>"
    html = _page(lang, paragraphs, "").replace("</article>", f"{box}</article>")
    article = articleclean.clean_html(html)
    assert offer not in article.paragraphs
    assert article.paragraphs == list(paragraphs)
