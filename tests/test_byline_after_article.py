"""Bylines in page dumps that stand after the article with no date or role beside them
(round 32): an author box whose note on the author opens with the name, and the name
under the links to the previous and the next post; and a bare name under the lead
picture's credit "PAP/ Name" once that credit is read as one."""

from __future__ import annotations

import articleclean
from articleclean.rules.credits import split_credit
from english_page import ARTICLE_EN, FOOTER_EN, MENU_EN
from german_page import ARTICLE_DE, FOOTER_DE, MENU_DE, page_dump

_SHARE = ["teilen", "twittern", "mitteilen", "RSS-feed"]


_page = page_dump


def _page_en(site: str, *parts: list[str]) -> str:
    return page_dump(site, *parts, headline=ARTICLE_EN[0])


# --- an author box whose note opens with the name --------------------------------


def test_an_author_box_with_a_note_opening_with_the_name_and_an_unknown_given_name() -> None:
    # "Tarvik" is in no list of given names: the name printed again as the subject of
    # the note under it says the box is a person's. Sources and a share bar between.
    box = [
        "Weitere Quellen:",
        "https://example.org/studie-batterien-2023",
        *_SHARE,
        "Tarvik Olsberg",
        "Tarvik Olsberg ist seit 2021 Werkstudent in der Redaktion und studiert Physik in Leipzig.",
        "Weitere Artikel",
    ]
    article = articleclean.clean_text(_page("Technik Magazin", MENU_DE, ARTICLE_DE, box, FOOTER_DE))
    assert article.byline == ["Tarvik Olsberg"]
    box_en = [
        "Quanlin Mei",
        "Quanlin Mei writes about energy and climate for the magazine and lives in Rotterdam.",
        "More articles",
    ]
    text = _page_en("Tech Magazine", MENU_EN, ARTICLE_EN, box_en, FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Quanlin Mei"]


def test_guard_the_sites_own_box_or_one_on_the_articles_subject_gives_no_byline() -> None:
    # Guards (no byline on main either): the site's own box, its name in the <title>
    # line; a box on a person the article's prose names (its subject or interviewee).
    site_box = [
        "Technik Rundschau",
        "Technik Rundschau war eine Zeitschrift für Elektronik und Energie in deutscher Sprache.",
    ]
    text = _page("Technik Rundschau", MENU_DE, ARTICLE_DE, site_box, FOOTER_DE)
    assert articleclean.clean_text(text).byline == []
    about = [
        *ARTICLE_DE[:-1],
        "Geleitet hat die Studie die Chemikerin Oskarine Vell an der Universität Ulm, sagt ihr Institut.",
    ]
    person_box = [
        "Oskarine Vell",
        "Oskarine Vell ist Professorin für Elektrochemie und forscht seit 2015 an Batterien.",
    ]
    text = _page("Technik Magazin", MENU_DE, about, person_box, FOOTER_DE)
    assert articleclean.clean_text(text).byline == []


# --- the name under the links to the previous and the next post ------------------


def test_a_name_under_the_previous_and_next_post_links_is_the_byline() -> None:
    links = [
        "PrevVorheriger ArtikelNeue Ladesäulen an der Autobahn sind eröffnet",
        "Heinz Vollmer",
        "Weitere Beiträge",
        "Neueste Artikel",
    ]
    article = articleclean.clean_text(
        _page("Technik Magazin", MENU_DE, ARTICLE_DE, links, FOOTER_DE)
    )
    assert article.byline == ["Heinz Vollmer"]
    links_en = [
        "Previous articleSolar panels on every new roof",
        "Next articleThe grid needs more storage",
        "Carla Brennan",
        "Related articles",
    ]
    text = _page_en("Tech Magazine", MENU_EN, ARTICLE_EN, links_en, FOOTER_EN)
    assert articleclean.clean_text(text).byline == ["Carla Brennan"]


def test_guard_no_person_or_an_unknown_given_name_under_the_post_links() -> None:
    # Guards (no byline on main either): a box heading, and a name that opens with no
    # known given name, which with no note about it could be a product or a place.
    for line in ("Weitere Beiträge", "Tarvik Olsberg"):
        links = ["Vorheriger ArtikelNeue Ladesäulen an der Autobahn", line, "Neueste Artikel"]
        text = _page("Technik Magazin", MENU_DE, ARTICLE_DE, links, FOOTER_DE)
        assert articleclean.clean_text(text).byline == []


# --- a bare name under the lead picture's "PAP/ Name" credit ---------------------


def test_an_agency_slash_photographer_credit_of_the_polish_wire() -> None:
    assert split_credit("PAP/ Jan Kowalski") == ("", "PAP/ Jan Kowalski")
    assert split_credit("PAP/Jan Kowalski") == ("", "PAP/Jan Kowalski")


def test_a_bare_name_under_the_lead_pictures_caption_and_credit_is_the_byline() -> None:
    headline = ["Sejm stimmt für die neuen Fonds der Union"]
    picture = [
        "Nach der Abstimmung im Sejm (im Bild der Premierminister auf der Regierungsbank) beginnt die Arbeit.",
        "PAP/ Jan Kowalski",
    ]
    text = "\n".join(
        [
            f"{headline[0]} | Polen Heute",
            *MENU_DE,
            *headline,
            *picture,
            "Michał Nowak",
            *ARTICLE_DE[1:],
            *FOOTER_DE,
        ]
    )
    article = articleclean.clean_text(text)
    assert article.byline == ["Michał Nowak"]
    assert not any("PAP/" in paragraph for paragraph in article.paragraphs)


# --- a reading time beside a bare name, as a date is -----------------------------

_STANDFIRST = "A cheap battery could change how we charge our phones and cars, a new study says."
_PICTURE = "The new cells in the lab. Photo: Jane Roe"


def _page_with_pair(pair: list[str]) -> str:
    """The English page with `pair` (a name and a reading time, or look-alikes) under
    the headline's first paragraph, its standfirst and a picture's caption."""
    return _page_en(
        "Tech Magazine",
        MENU_EN,
        ARTICLE_EN[:1],
        [_STANDFIRST, _PICTURE],
        pair,
        ARTICLE_EN[1:],
        FOOTER_EN,
    )


def test_a_bare_name_beside_a_reading_time_line_under_the_headline() -> None:
    # A reading time on the next line up or down is a fact beside the name, as a date is.
    for pair in (["Jane Carter", "6 min read"], ["6 min read", "Jane Carter"]):
        assert articleclean.clean_text(_page_with_pair(pair)).byline == ["Jane Carter"]
    standfirst_de = (
        "Eine günstige Batterie könnte das Laden von Autos ändern, sagt eine neue Studie."
    )
    text = _page(
        "Technik Magazin",
        MENU_DE,
        ARTICLE_DE[:1],
        [standfirst_de, "Die neuen Zellen im Labor. Foto: Anna Roth"],
        ["Lesezeit: 4 Min.", "Hans Vollmer"],
        ARTICLE_DE[1:],
        FOOTER_DE,
    )
    assert articleclean.clean_text(text).byline == ["Hans Vollmer"]


_SECOND = "The cells were built in a laboratory at the university over the last two years."


def test_guard_a_duration_alone_or_no_person_beside_a_reading_time() -> None:
    # Guards (no byline on main either): "45 Min." is a recipe's or a video's duration as
    # often as a reading time; "Climate Change" opens with no given name. Under two
    # paragraphs a bare name needs a fact beside it (since round 34 a name under a
    # standfirst and a picture's caption needs none, so the pair stands lower here).
    def byline_beside(pair: list[str]) -> list[str]:
        text = _page_en(
            "Tech Magazine",
            MENU_EN,
            ARTICLE_EN[:1],
            [_STANDFIRST, _SECOND],
            pair,
            ARTICLE_EN[1:],
            FOOTER_EN,
        )
        return articleclean.clean_text(text).byline

    for pair in (["Jane Carter", "6 min read"], ["6 min read", "Jane Carter"]):
        assert byline_beside(pair) == ["Jane Carter"]
    for pair in (["Jane Carter", "45 Min."], ["Climate Change", "6 min read"]):
        assert byline_beside(pair) == []
