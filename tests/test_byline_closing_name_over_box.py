"""A name closing the article over a picture's caption or another box's pitch (round 65).

`_name_closing_article` takes a person's name alone under the article's last paragraph
("… the last paragraph." / "Jane Doe" / the page's footer) unless prose stands right
under it, which reads as a comment's text under its author. Two kinds of prose there are
no comment: a picture's caption (the page's text under its picture, a credit in
brackets), and a subscription's or a newsletter's pitch under its own heading, which a
page rule removed (a box's heading, not a date: a comment's author stands over a date).
On the moved-byline stress (`bench.labelled_dumps --part tune`) three dumps gain the
author's name (bostonherald's caption, losandes' and pagina12's subscription pitches);
no real dump of the 1,980 changed."""

from __future__ import annotations

import articleclean
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

ARTICLE_ES = [
    "El gobierno anunció un nuevo plan de viviendas para el conurbano",
    "El ministerio de Desarrollo Territorial presentó este martes un programa que prevé la "
    "construcción de doce mil viviendas en los próximos dos años.",
    "Según el anuncio oficial, las obras comenzarán en marzo en cinco municipios del "
    "conurbano bonaerense y darán trabajo a unas ocho mil personas.",
    "Los intendentes de la zona celebraron la medida, aunque advirtieron que los fondos "
    "llegan con meses de atraso respecto de lo prometido.",
    "La oposición pidió conocer los detalles de la licitación antes de que el Congreso "
    "trate el presupuesto del año próximo.",
]
MENU_ES = ["Inicio", "El país", "Economía", "Sociedad", "Cultura", "Deportes", "Contacto"]
FOOTER_ES = ["Quiénes somos", "Privacidad", "Publicidad", "Términos", "Contacto", "Empleos"]
PITCH_ES = [
    "Con tu suscripción navegás sin límites, accedés a contenidos exclusivos y mucho más.",
    "VER PROMOS DE SUSCRIPCIÓN",
    "Temas relacionados",
]
COMMENT_ES = (
    "Muy buena nota, ojalá esta vez las obras se terminen a tiempo y no queden a mitad de camino."
)


def _clean_en(lines: list[str]) -> articleclean.Article:
    text = page_dump("Tech Magazine", MENU_EN, lines, FOOTER_EN, headline=ARTICLE_EN[0])
    return articleclean.clean_text(text)


def _clean_de(lines: list[str]) -> articleclean.Article:
    text = page_dump("Stadtblatt", MENU_DE, lines, FOOTER_DE, headline=ARTICLE_DE[0])
    return articleclean.clean_text(text)


def _clean_es(lines: list[str]) -> articleclean.Article:
    text = page_dump("Diario Sur", MENU_ES, lines, FOOTER_ES, headline=ARTICLE_ES[0])
    return articleclean.clean_text(text)


def _body(article: articleclean.Article) -> list[str]:
    return [block.text for block in article.body]


def test_a_caption_under_the_name_then_the_share_bar() -> None:
    # Fails on cce9823: the caption under the name read as a comment's text.
    caption = (
        "Police Commissioner Christine Elow speaks to reporters outside the station. "
        "(Matt Stone/Boston Herald)"
    )
    share = ["Share this:", "Click to share on Facebook (Opens in new window)"]
    article = _clean_en([*ARTICLE_EN, "Greta Lindqvist", caption, *share])
    assert article.byline == ["Greta Lindqvist"]
    assert any(c.text.startswith("Police Commissioner") for c in article.captions)
    assert all(line in _body(article) for line in ARTICLE_EN[1:])


def test_a_caption_with_its_credit_under_the_name_closing_the_page() -> None:
    # Fails on cce9823 (the name went with the menus after the article).
    caption = (
        "Engineers test the new battery cells at the plant near Gothenburg. (Photo: Jane Roe/AP)"
    )
    article = _clean_en([*ARTICLE_EN, "Greta Lindqvist", caption])
    assert article.byline == ["Greta Lindqvist"]
    assert all(line in _body(article) for line in ARTICLE_EN[1:])


def test_a_pitch_under_its_newsletter_heading_under_the_name() -> None:
    # Fails on cce9823: the pitch's text under the removed heading read as a comment.
    article = _clean_es([*ARTICLE_ES, "Lucía Fernández", "Suscribite al newsletter", *PITCH_ES])
    assert article.byline == ["Lucía Fernández"]
    assert all(line in _body(article) for line in ARTICLE_ES[1:])


def test_a_pitch_under_a_removed_prompt_under_the_name() -> None:
    # Fails on cce9823: as above, the heading a share prompt the page rules remove.
    lines = [*ARTICLE_ES, "Lucía Fernández", "Compartir en Facebook", *PITCH_ES]
    assert _clean_es(lines).byline == ["Lucía Fernández"]


def test_a_german_abo_pitch_under_its_removed_heading() -> None:
    # Fails on cce9823.
    pitch = [
        "Newsletter",
        "Mit Ihrem Abo lesen Sie alle Artikel ohne Grenzen und erhalten jeden Morgen die "
        "wichtigsten Nachrichten aus der Region.",
        "Jetzt abonnieren",
    ]
    article = _clean_de([*ARTICLE_DE, "Jonas Weber", *pitch])
    assert article.byline == ["Jonas Weber"]
    assert all(line in _body(article) for line in ARTICLE_DE[1:])


def test_guard_a_comment_right_under_its_author() -> None:
    # Guard (passes on cce9823 and now): a comment's text right under its author's name.
    lines = [*ARTICLE_ES, "Lucía Fernández", COMMENT_ES, "Responder"]
    assert _clean_es(lines).byline == []


def test_guard_the_text_going_on_under_an_ad_marker() -> None:
    # Guard (fails if an ad's marker under the name counts as a box's heading): the
    # article's text goes on under an ad's marker, so the prose under it is no pitch.
    lines = [*ARTICLE_ES, "Lucía Fernández", "Publicidad", *PITCH_ES]
    assert _clean_es(lines).byline == []


def test_guard_prose_under_an_open_short_line() -> None:
    # Guard (passes on cce9823 and now): an open short line under the name, then prose
    # (a comment's date-less header line kept as text): still read as a comment.
    lines = [*ARTICLE_ES, "Lucía Fernández", "Buenos Aires", COMMENT_ES, "Responder"]
    assert _clean_es(lines).byline == []
