"""Dump kind: whole page or article, decided per document; page rules only on pages."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig, ConfigError

INTRO = (
    "Kyle Busch took the lead in the Cup Series standings after a late pass at Martinsville "
    "on Sunday, and the top four drivers are now separated by eleven points."
)
OUTRO = "The series moves on to Texas next weekend, where Busch won last spring."
STANDINGS = [
    "1. Kyle Busch 2,345",
    "2. Denny Hamlin 2,340",
    "3. Joey Logano 2,338",
    "4. Kevin Harvick 2,334",
    "5. Martin Truex Jr. 2,301",
    "6. Chase Elliott 2,288",
    "7. Kyle Larson 2,270",
    "8. Ryan Blaney 2,262",
]
MENU = ["Home", "News", "Sport", "Motorsport", "Weather", "Contact"]


def test_an_article_with_a_table_after_its_intro_keeps_the_table() -> None:
    # A standings table after three lines of introduction: the whole-page rules
    # would take it for a menu; on an article dump they do not run.
    text = "\n\n".join(["Busch takes the lead in the standings", INTRO, *STANDINGS, OUTRO])
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "article"
    assert [b.text for b in article.body if b.text in STANDINGS] == STANDINGS
    assert OUTRO in article.paragraphs


def test_a_page_with_a_menu_is_a_page_dump() -> None:
    text = "\n".join(
        ["Busch takes the lead | Racing Daily", *MENU, INTRO, OUTRO, *MENU, "© 2020 Racing Daily"]
    )
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "page"
    assert "Weather" not in article.paragraphs
    assert INTRO in article.paragraphs


@pytest.mark.parametrize("kind", ["page", "article"])
def test_the_user_can_force_the_kind(kind: str) -> None:
    text = "\n\n".join(["Busch takes the lead in the standings", INTRO, *STANDINGS, OUTRO])
    assert articleclean.clean_text(text, dump=kind).metadata["dump"] == kind


def test_html_has_no_dump_kind() -> None:
    html = f"<html><body><h1>Busch leads</h1><p>{INTRO}</p><p>{OUTRO}</p></body></html>"
    assert "dump" not in articleclean.clean_html(html).metadata


def test_an_unknown_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="dump"):
        CleanerConfig(dump="newspaper")
