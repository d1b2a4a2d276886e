"""A recipe's ingredient lines that trafilatura left out (readers/html_recipe.py)."""

from __future__ import annotations

import json

from lxml.html import fromstring

import articleclean
from articleclean.readers.html_recipe import (
    declared_ingredients,
    missing_ingredients,
    printed_ingredients,
)

INTRO = (
    "Dieser Apfelkuchen gelingt auch ohne viel Übung, denn der Teig wird nur kurz verrührt "
    "und die Äpfel kommen in Spalten obendrauf, bevor alles in den Ofen geht."
)
MORE = (
    "Am besten schmeckt er lauwarm mit einem Klecks geschlagener Sahne, und am nächsten Tag "
    "ist er fast noch saftiger, wenn er über Nacht abgedeckt in der Küche stand."
)
DECLARED = ["200 g Butter", "150 g Zucker", "3 Eier", "250 g Mehl", "1 TL Backpulver", "4 Äpfel"]
RECIPE = {"@context": "https://schema.org", "@type": "Recipe", "recipeIngredient": DECLARED}
CARD = """<div class="recipe-card"><h2>Zutaten</h2><ul class="recipe-ingredients">
<li><span class="amount">200 g</span> <span class="name">Butter</span></li>
<li><span class="amount">150 g</span> <span class="name">Zucker</span></li>
<li><span class="amount">3</span> <span class="name">Eier</span></li>
<li><span class="amount">250 g</span> <span class="name">Mehl</span></li>
<li><span class="amount">1 TL</span> <span class="name">Backpulver</span></li>
<li><span class="amount">4</span> <span class="name">Äpfel</span></li></ul></div>"""


def _page(data: object | None, card: str = CARD) -> str:
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>' if data else ""
    return (
        "<html><head><title>Einfacher Apfelkuchen</title>"
        f"{script}</head><body><header><nav><a href='/'>Start</a> "
        "<a href='/rezepte'>Rezepte</a></nav></header><main><article>"
        f"<h1>Einfacher Apfelkuchen</h1><div class='entry-content'><p>{INTRO}</p>"
        f"<p>{MORE}</p></div>{card}</article></main>"
        "<footer><p>Impressum</p></footer></body></html>"
    )


def test_the_ingredients_trafilatura_left_out_join_the_text_in_the_page_order() -> None:
    article = articleclean.Cleaner().clean_html(_page(RECIPE))
    text = article.to_text()
    lines = [line for line in text.split("\n") if line]
    assert lines[:2] == [INTRO, MORE]
    assert lines[2:] == DECLARED


def test_without_the_pages_recipe_data_its_ingredient_box_is_not_read() -> None:
    article = articleclean.Cleaner().clean_html(_page(None))
    assert "200 g Butter" not in article.to_text()
    other = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Apfelkuchen"}
    article = articleclean.Cleaner().clean_html(_page(other))
    assert "200 g Butter" not in article.to_text()


def test_declared_ingredients_in_a_graph_under_a_list_of_types_unescaped() -> None:
    data = {
        "@graph": [
            {"@type": "WebPage", "name": "Rezepte"},
            {"@type": ["Recipe", "HowTo"], "recipeIngredient": ["Salz &amp; Pfeffer", "2 Eier"]},
        ]
    }
    tree = fromstring(_page(data))
    assert declared_ingredients(tree) == ["Salz & Pfeffer", "2 Eier"]


def test_microdata_marks_the_lines_and_an_inline_script_is_not_read() -> None:
    card = (
        '<div class="ingredients-box"><p>Für den Teig</p>'
        '<div itemprop="recipeIngredient">200 g Butter</div>'
        '<div itemprop="recipeIngredient">250 g Mehl<script>track("mehl")</script></div></div>'
    )
    tree = fromstring(_page(RECIPE, card))
    assert printed_ingredients(tree) == ["200 g Butter", "250 g Mehl"]


def test_named_rows_of_a_box_without_a_list_are_its_lines() -> None:
    card = (
        '<div class="recipe-ingredients">'
        '<div class="recipe-ingredients__item">\n<div class="col-3">200 g</div>\n'
        '<div class="col-9">Butter</div>\n</div>\n'
        '<div class="recipe-ingredients__item">\n<div class="col-3">250 g</div>\n'
        '<div class="col-9">Mehl</div>\n</div>\n</div>'
    )
    tree = fromstring(_page(RECIPE, card))
    assert printed_ingredients(tree) == ["200 g Butter", "250 g Mehl"]


def test_a_list_the_extraction_kept_is_not_added_again() -> None:
    tree = fromstring(_page(RECIPE))
    kept = "\n".join([INTRO, *DECLARED[:3], "250 g Weizenmehl Type 405"])
    assert missing_ingredients(tree, kept) == []
    assert missing_ingredients(tree, INTRO) == DECLARED
