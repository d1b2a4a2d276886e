"""title_line, byline_line and dateline_prefix: the parts that are not the body."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import bare_names, is_given_name, is_known_place, parse_byline
from articleclean.rules.datelines import match_dateline

TITLE = "Harbour bridge to close for six weeks of repairs"
BODY = (
    "Buses will run a shuttle service across the river every ten minutes, and ferries will "
    "add extra crossings during the morning and evening rush hours."
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By ABBY GOODNOUGH and ROBERT PEAR", ["Abby Goodnough", "Robert Pear"]),
        ("By Jane Carter, Showbiz Reporter", ["Jane Carter"]),
        ("By Emily Ashcroft | Deseret News", ["Emily Ashcroft"]),
        ("Emily Ashcroft | Deseret News", ["Emily Ashcroft"]),
        ("Von Anna Schmidt und Jörg Becker", ["Anna Schmidt", "Jörg Becker"]),
        ("Par Claire Dubois", ["Claire Dubois"]),
        ("Por María López", ["María López"]),
        ("di Marco Rossi", ["Marco Rossi"]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
        (
            "Reporting by David Milliken and Andy Bruce; Editing by Toby Chopra",
            ["David Milliken", "Andy Bruce"],
        ),
        # the agency after the names is no author, with or without its comma
        ("By JOSH BOAK, Associated Press", ["Josh Boak"]),
        ("By JANE DOE and JOHN ROE Associated Press", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Bloomberg News", ["Jane Doe"]),
        ("Por Ana García, Europa Press", ["Ana García"]),
        # the news agencies photo credits know sign copy too (lexicon.NEWS_AGENCIES)
        ("By Jane Doe, Belga", ["Jane Doe"]),
        ("Por Ana García, Agência Brasil", ["Ana García"]),
        ("Von Anna Schmidt, APA", ["Anna Schmidt"]),
        # the agency alone is the byline as it stands; a surname that is an agency's name
        ("By The Associated Press", ["The Associated Press"]),
        ("Por Ana Lusa", ["Ana Lusa"]),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By 2021, the value of China's digital economy had reached 45.5 trillion yuan.",
        "By the end of the day, the bridge was closed.",
        "Von Montag an gilt die neue Regel.",
        "Par ailleurs, le pont sera fermé.",
        "Por primera vez, el puente cerrará.",
        "By Reuters",
    ],
)
def test_sentences_that_start_like_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_byline_goes_to_its_field_not_the_body() -> None:
    article = articleclean.clean_text(f"{TITLE}\n\nBy ABBY GOODNOUGH and ROBERT PEAR\n\n{BODY}")
    assert article.byline == ["Abby Goodnough", "Robert Pear"]
    assert article.paragraphs == [BODY]
    assert article.removed == []


def test_wire_trailer_is_the_byline() -> None:
    trailer = "Reporting by David Milliken; Editing by Toby Chopra"
    article = articleclean.clean_text(f"{TITLE}\n\n{BODY}\n\n{trailer}")
    assert article.byline == ["David Milliken"]
    assert article.paragraphs == [BODY]


def test_a_by_sentence_at_the_end_stays() -> None:
    last = "By Friday, the council said, the last lane will be closed."
    article = articleclean.clean_text(f"{TITLE}\n\n{BODY}\n\n{last}")
    assert article.byline == []
    assert article.paragraphs == [BODY, last]


@pytest.mark.parametrize(
    ("start", "location", "date", "agency"),
    [
        ("BEIJING:", "BEIJING", None, None),
        ("WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
        ("LONDON, Dec 5 (Reuters) -", "LONDON", "Dec 5", "Reuters"),
        ("NEW DELHI, Nov. 7:", "NEW DELHI", "Nov. 7", None),
        ("SALT LAKE CITY —", "SALT LAKE CITY", None, None),
        ("Сухум. 24 июля.", "Сухум", "24 июля", None),
        ("Berlin (dpa) -", "Berlin", None, "dpa"),
        ("Paris, 5 mai (AFP) -", "Paris", "5 mai", "AFP"),
        ("MADRID, 5 dic (EFE).-", "MADRID", "5 dic", "EFE"),
        ("BRASÍLIA —", "BRASÍLIA", None, None),
        ("JAKARTA, KOMPAS.com -", "JAKARTA", None, "KOMPAS.com"),
        ("新华社北京12月5日电", "北京", "12月5日", "新华社"),
        # Title-case places, checked against the gazetteer, with region, date and agency.
        ("SALT LAKE CITY, Utah —", "SALT LAKE CITY, Utah", None, None),
        ("New Delhi, March 15:", "New Delhi", "March 15", None),
        ("Sao Paulo, March 8 (Bloomberg) -", "Sao Paulo", "March 8", "Bloomberg"),
        ("Washington:", "Washington", None, None),
        ("Madrid, March 15:", "Madrid", "March 15", None),
        ("Rio de Janeiro:", "Rio de Janeiro", None, None),
        ("Kirksville, Mo. —", "Kirksville, Mo.", None, None),
        ("KOTTAYAM —", "KOTTAYAM", None, None),
        ("Dresden, dpa –", "Dresden", None, "dpa"),
        ("Sydney, AFP –", "Sydney", None, "AFP"),
    ],
)
def test_datelines(start: str, location: str, date: str | None, agency: str | None) -> None:
    rest = "The council said the bridge would close for six weeks."
    found = match_dateline(f"{start} {rest}")
    assert found is not None
    assert (found.text, found.location, found.date, found.agency) == (start, location, date, agency)
    article = articleclean.clean_text(f"{TITLE}\n\n{start} {rest}\n\n{BODY}")
    assert str(article.dateline) == start
    assert article.paragraphs == [rest, BODY]
    assert article.removed == []


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: The bridge will now close in June.",
        "BREAKING — The bridge has closed.",
        "The bridge: a history of the crossing and its repairs.",
        "AI: the council will use cameras to count traffic.",
        # Column labels and notes open paragraphs the way datelines do.
        "DEAR ABBY: My husband and I disagree about the bridge.",
        "EDITOR'S NOTE: This story has been updated.",
        "Q: When will the bridge reopen?",
        "Editor's note: This story has been updated.",
        "Tip: Take the ferry during the closure.",
        "Reading: A guide to the bridge's history.",
        "Senator Smith: The bridge must reopen soon.",
        "SPECIAL REPORT: The bridge and its cables.",
    ],
)
def test_openings_that_are_not_datelines(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(
    "first",
    [
        "The harbour bridge will close to traffic for six weeks, the council said.",
        "By ABBY GOODNOUGH and ROBERT PEAR",
        "WASHINGTON (AP) — The bridge will close.",
    ],
)
def test_first_line_that_is_not_a_headline_is_not_the_title(first: str) -> None:
    assert articleclean.clean_text(f"{first}\n\n{BODY}").title is None


@pytest.mark.parametrize(
    "title",
    [
        TITLE,
        "Brücke wird für sechs Wochen gesperrt",
        "Мост закроют на ремонт",
        "国务院部署推进城市更新行动",
        "Why is the bridge closing?",
    ],
)
def test_headline_titles(title: str) -> None:
    article = articleclean.clean_text(f"{title}\n\n{BODY}")
    assert article.title == title
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize(
    "items",
    [
        ["1. Ernährung umstellen", "2. Satt essen bei den Mahlzeiten", "3. Abends wenig Brot"],
        ["1) Preheat the oven", "2) Butter the tin", "3) Whisk the eggs and sugar"],
        ["1. Aufräumen für eine bessere Zukunft", "2. Nach Kategorien sortieren", "3. Spenden"],
        ["1. Rozgrzej piekarnik", "2. Wymieszaj mąkę z cukrem", "3. Piecz 40 minut"],
        ["• Preheat the oven", "• Butter the tin", "• Whisk the eggs and sugar"],
        ["- Mehl sieben", "- Butter schmelzen", "- Eier trennen"],
        ["Kyle Busch | 2,345 | 5", "Joey Logano | 2,300 | 3", "Denny Hamlin | 2,250 | 2"],
        ["Lyon | 12 | 34 pts", "Marseille | 12 | 30 pts", "Nice | 12 | 29 pts"],
    ],
)
def test_a_list_without_a_headline_gives_no_title(items: list[str]) -> None:
    # The first item of a numbered list ("2." under it), of a bulleted list (the same
    # bullet under it) or of a table copied with " | " between its cells is a row.
    article = articleclean.clean_text("\n\n".join(items))
    assert article.title is None
    assert article.paragraphs == items


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("10 Tipps für innere Zufriedenheit", "1. Meditation am Morgen"),
        ("Five ways to bake a better sponge", "1. Weigh everything"),
        ("1. FC Köln gewinnt das Derby", "Der Klub siegt mit 2:0 in Gladbach"),
        ("Ligue 1 : Lyon reste en tête | Sport", "Lyon | 12 | 34 pts"),
    ],
)
def test_a_headline_over_a_numbered_list_stays_the_title(title: str, first: str) -> None:
    article = articleclean.clean_text(f"{title}\n\n{first}\n\n2. Noch ein Punkt\n\n{BODY}")
    assert article.title == title.split(" | ")[0]  # the site name goes, the headline stays


def test_title_and_byline_below_a_site_menu() -> None:
    menu = ["Skip to main content", "Home", "News", "Sport", "Business", "Accept all"]
    text = "\n".join([*menu, "", TITLE, "", "By Priya Natarajan", "", BODY])
    article = articleclean.clean_text(text)
    assert article.title == TITLE
    assert article.byline == ["Priya Natarajan"]
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("washington", True),
        ("são paulo", True),
        ("sao paulo", True),
        ("new delhi", True),
        ("utah", True),
        ("mo.", True),
        ("dear abby", False),
        ("editor's note", False),
    ],
)
def test_gazetteer(name: str, known: bool) -> None:
    assert is_known_place(name) is known


@pytest.mark.parametrize(
    ("page_title", "site"),
    [
        (f"{TITLE} | The Harbour Gazette", "The Harbour Gazette"),
        (f"{TITLE} - harbourgazette.com", "harbourgazette.com"),
        (f"{TITLE} — Gazette", "Gazette"),  # the page prints its name elsewhere (the footer)
    ],
)
def test_the_site_name_comes_off_the_title(page_title: str, site: str) -> None:
    text = "\n\n".join([page_title, BODY, "© 2024 Gazette. All rights reserved."])
    article = articleclean.clean_text(text)
    assert article.title == TITLE
    assert article.metadata["site_name"] == site
    assert article.metadata["title_text"] == page_title


@pytest.mark.parametrize(
    "headline",
    [
        "Brexit - what happens next",  # lower case after the dash: the headline goes on
        "Bridge closes - Engineers Blame Rust",  # a dash, short, but not printed elsewhere
        "Kernfusion: Kann die Energie der Sterne helfen?",
    ],
)
def test_a_headline_with_a_dash_or_colon_keeps_it(headline: str) -> None:
    article = articleclean.clean_text(f"{headline}\n\n{BODY}")
    assert article.title == headline
    assert "site_name" not in article.metadata


def test_the_headline_printed_below_the_page_title_is_the_title() -> None:
    menu = ["Home", "News", "Sport", "Weather", "Contact", "Login"]
    lines = [f"{TITLE} | The Harbour Gazette", *menu, TITLE, "By Jane Carter", BODY, *menu]
    article = articleclean.clean_text("\n".join(lines))
    assert article.title == TITLE
    assert article.title_lines == (8, 8)
    assert article.byline == ["Jane Carter"]
    assert [(r.rule, r.text) for r in article.removed if r.rule == "page_title"] == [
        ("page_title", lines[0])
    ]
    assert TITLE not in article.paragraphs


@pytest.mark.parametrize(
    "title",
    ["Electric pumps for every petrol station.", "Warum ich lieber Bauchgeburt sage."],
)
def test_a_headline_may_end_in_a_full_stop(title: str) -> None:
    article = articleclean.clean_text(f"{title}\n\n{BODY}")
    assert article.title == title


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jon Porter@JonPorty Jul 3, 2019, 4:22am EDT", ["Jon Porter"]),
        ("By Cat Lafuente/June 12, 2020 9:49 am EST", ["Cat Lafuente"]),
        ("von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr", ["Anja Schmoll-Trautmann"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("By Jane Doe | March 3, 2019", ["Jane Doe"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("文/张三", ["张三"]),
        ("记者 李四", ["李四"]),
        ("Par Marie Dupont et Paul Martin", ["Marie Dupont", "Paul Martin"]),
        # What a page's markup glues or sets beside the name is no part of it.
        ("By Alex Morgan Thursday, November 9, 2023 4:41AM", ["Alex Morgan"]),
        ("By Evan HalperStaff Writer", ["Evan Halper"]),
        ("By Isabell Angele2022-12-07T10:10:52+01:00", ["Isabell Angele"]),
        ("3.10.23 18:42 von Jonas Wendler Lesezeit: 6 Min.", ["Jonas Wendler"]),
        ("By Ann Editorson", ["Ann Editorson"]),
    ],
)
def test_more_byline_forms(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    ["Entries RSS | Comments RSS", "Classificação NASCAR | Stock Car", "Top Stories | Sport"],
)
def test_feed_links_and_sections_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line", ["By More Posts", "BY MORE POSTS", "Von Weitere Artikel", "By Related Stories"]
)
def test_a_prefix_before_page_furniture_names_no_one(line: str) -> None:
    assert parse_byline(line) is None


def test_a_short_by_line_at_the_end_is_the_byline() -> None:
    article = articleclean.clean_text(f"{TITLE}\n\n{BODY}\n\nBy Jane Carter")
    assert article.byline == ["Jane Carter"]
    assert article.paragraphs == [BODY]


def test_byline_below_a_share_bar_and_section_names() -> None:
    lines = [TITLE, "Share", "Tweet", "Email", "Local News", "By Jane Carter", BODY]
    article = articleclean.clean_text("\n\n".join(lines))
    assert article.byline == ["Jane Carter"]


def test_a_menu_with_bars_is_not_a_byline() -> None:
    assert parse_byline("Harbour News | Harbour Sport | Harbour Weather") is None
    assert parse_byline("von Carina Weißhaupt Erstellt am 03.02.23 um 09:12") == [
        "Carina Weißhaupt"
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Eine Analyse von Caspar Meier", ["Caspar Meier"]),
        ("Gepostet von Katharina Vogel | Wohnen", ["Katharina Vogel"]),
        ("Escribe Camila Pérez en Territorio", ["Camila Pérez"]),
        ("Escrito por João Silva", ["João Silva"]),
        ("Publié par Claire Dubois", ["Claire Dubois"]),
        ("Scritto da Marco Rossi", ["Marco Rossi"]),
        ("By Glen Owen And Brendan Carlin For The Sunday Paper", ["Glen Owen", "Brendan Carlin"]),
        ("Von Jule Meier Vom 3. Februar 2022", ["Jule Meier"]),
        ("By Alejandro Ruiz Last Updated Nov 8, 2023", ["Alejandro Ruiz"]),
        ("Von Nadja Weber13.12.2022", ["Nadja Weber"]),
    ],
)
def test_byline_prefixes_in_several_languages(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Nuño Domínguez", ["Nuño Domínguez"]),
        ("Martin Albers, 03.11.2023 15:32 Uhr", ["Martin Albers"]),
        ("Ariel Melgar Cabrera 3/5/2022 22:41", ["Ariel Melgar Cabrera"]),
        ("Maria de la Cruz", ["Maria de la Cruz"]),
        ("Anna Schmidt und Jörg Becker", ["Anna Schmidt", "Jörg Becker"]),
        ("11.03.2022 | 09:47 Uhr | Tobias Krümmel", ["Tobias Krümmel"]),
        ("21. Jan 2022 // Dominik Ricker", ["Dominik Ricker"]),
        ("Arne Sjöström | 29. Dezember 2022 | HR-Welt", ["Arne Sjöström"]),
        ("Jessica DeFino", ["Jessica DeFino"]),
        ("Gavin O'Callaghan", ["Gavin O'Callaghan"]),
        ("Gesine Engels-Krone", ["Gesine Engels-Krone"]),
        ("Michał Kolanko", ["Michał Kolanko"]),
        ("Mary McDonald", ["Mary McDonald"]),
    ],
)
def test_bare_names(line: str, names: list[str]) -> None:
    assert bare_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Comment",
        "New York",
        "Top Story",
        "Rep. Mark Meadows",
        "Local",
        "Read the Story",
        "Home | News | 2023 | Contact",
        "12.05.2021 | Harbour News | Local Sport",
    ],
)
def test_lines_that_are_not_bare_names(line: str) -> None:
    assert bare_names(line) is None


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        ("Maciej Gajewski", "05 maja 2021"),
        ("Nuño Domínguez", "Madrid - 18 feb 2020 - 18:00 CET"),
        ("Tom Arnold", "12.05.2021"),
    ],
)
def test_a_bare_name_beside_a_date_under_the_headline_is_the_byline(name: str, stamp: str) -> None:
    lines = [TITLE, name, stamp, BODY]
    article = articleclean.clean_text("\n\n".join(lines))
    assert article.byline == [name]
    assert article.paragraphs[-1] == BODY


def test_a_bare_name_without_a_date_further_down_stays_in_the_body() -> None:
    # Further from the headline, a name alone may be a heading or a person the story is about.
    standfirst = "The crossing closes on Monday, and the city has promised buses in its place."
    lines = [TITLE, standfirst, "Repairs and costs", "Maciej Gajewski", BODY]
    article = articleclean.clean_text("\n\n".join(lines))
    assert article.byline == []


def test_byline_under_the_standfirst() -> None:
    standfirst = "The crossing closes on Monday, and the city has promised buses in its place."
    article = articleclean.clean_text("\n\n".join([TITLE, standfirst, "Von Anna Schmidt", BODY]))
    assert article.byline == ["Anna Schmidt"]
    assert article.paragraphs == [standfirst, BODY]


def test_byline_under_the_headline_printed_again_below_a_menu() -> None:
    # A page dump: the <title> line, the site's menu, the headline again (taken as a
    # repeat), the standfirst, the byline.
    menu = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Weather"]
    standfirst = "The crossing closes on Monday, and the city has promised buses in its place."
    lines = [TITLE, *menu, TITLE, standfirst, "Ingo Arzt", "12.05.2021", BODY, BODY + " Again."]
    article = articleclean.clean_text("\n".join(lines))
    assert article.byline == ["Ingo Arzt"]


@pytest.mark.parametrize(
    ("page_title", "footer", "site"),
    [
        # the site's name spelled as the domain its footer or contact line prints
        (
            f"{TITLE} – Geschichte der Gegenwart",
            "© 2024 geschichtedergegenwart.ch",
            "Geschichte der Gegenwart",
        ),
        (
            f"{TITLE} - The St Kitts Harbour Observer",
            "Kontakt: redaktion@thestkittsharbourobserver.com",
            "The St Kitts Harbour Observer",
        ),
        # separators blogs use: », «, ›, •, ⋆
        (f"{TITLE} • harbour-julia.de", "", "harbour-julia.de"),
        (f"{TITLE} › Nordish by Nature", "Nordish by Nature", "Nordish by Nature"),
        (f"{TITLE} ⋆ Leukefeld Handball", "Leukefeld Handball", "Leukefeld Handball"),
        (f"{TITLE} // HolzWerken", "HolzWerken", "HolzWerken"),
        (f"{TITLE} |Minuto30", "", "Minuto30"),
        (f"{TITLE} (neues-deutschland.de)", "", "neues-deutschland.de"),
    ],
)
def test_the_site_name_by_its_domain_and_other_separators(
    page_title: str, footer: str, site: str
) -> None:
    article = articleclean.clean_text("\n\n".join(x for x in [page_title, BODY, footer] if x))
    assert article.title == TITLE
    assert article.metadata["site_name"] == site


def test_a_last_part_that_is_no_domain_of_the_page_stays() -> None:
    page_title = f"{TITLE} - Harbour Engineers Blame Rust"
    article = articleclean.clean_text("\n\n".join([page_title, BODY, "© 2024 gazette.example"]))
    assert article.title == page_title


@pytest.mark.parametrize(
    ("page_title", "headline"),
    [
        ("Tote Hummeln unter Linden: Die Erklärung | Hummelschutz", "Tote Hummeln unter Linden"),
        (
            "Eurostat: Polska z najszybszym wzrostem płac w całej UE | Portal",
            "Polska z najszybszym wzrostem płac w całej UE",
        ),
    ],
)
def test_the_headline_printed_below_in_a_shorter_form_is_the_title(
    page_title: str, headline: str
) -> None:
    menu = ["Start", "Natur", "Kontakt", "Impressum"]
    text = "\n".join([page_title, *menu, headline, BODY, BODY + " Again."])
    article = articleclean.clean_text(text)
    assert article.title == headline
    assert page_title in [removal.text for removal in article.removed]


def test_a_short_line_sharing_two_words_with_the_title_is_not_its_headline() -> None:
    page_title = "Harbour bridge to close for six weeks | Gazette"
    text = "\n".join([page_title, "Harbour bridge", BODY, BODY + " Again."])
    assert articleclean.clean_text(text).title != "Harbour bridge"


@pytest.mark.parametrize("name", ["Tom Arnold", "Maciej Gajewski", "Verónica De Vita", "Ingo Arzt"])
def test_a_name_right_under_the_headline_is_the_byline(name: str) -> None:
    article = articleclean.clean_text("\n\n".join([TITLE, name, BODY]))
    assert article.byline == [name]
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize("line", ["Climate Change", "Harbour Works", "Local Elections"])
def test_a_heading_right_under_the_headline_is_no_byline(line: str) -> None:
    article = articleclean.clean_text("\n\n".join([TITLE, line, BODY]))
    assert article.byline == []


def test_a_name_that_is_also_a_town_is_the_byline_after_a_given_name() -> None:
    article = articleclean.clean_text("\n\n".join([TITLE, "Matthew Davis", BODY]))
    assert article.byline == ["Matthew Davis"]


def test_a_name_with_a_particle_the_headline_has_too_is_the_byline() -> None:
    headline = "El año de las evaluaciones en las escuelas de Mendoza"
    article = articleclean.clean_text("\n\n".join([headline, "Verónica De Vita", BODY]))
    assert article.byline == ["Verónica De Vita"]


def test_a_name_above_a_heading_that_reads_like_a_name_is_the_byline() -> None:
    lines = [TITLE, "Martin Chikilian", "About Python", BODY]
    assert articleclean.clean_text("\n\n".join(lines)).byline == ["Martin Chikilian"]


def test_a_list_of_people_under_the_headline_is_no_byline() -> None:
    lines = ["Our editorial team", "Tom Arnold", "Jane Carter", "Maciej Gajewski", BODY]
    assert articleclean.clean_text("\n\n".join(lines)).byline == []


# The first row of the article's own table or list, right under the headline, is no
# byline: the lines after it keep the same short shape (cells, roles, numbers) up to the
# next person's name.
FIRST_ROWS = {
    "en standings": (
        "Cup Series standings after Richmond",
        ["Kyle Larson", "Chevrolet", "2,270", "Martin Truex Jr.", "Toyota", "2,201"],
        "Larson kept his lead in the Cup Series standings on Sunday, while Hamlin moved "
        "up two places after his win.",
    ),
    "de cast": (
        "Die Besetzung des neuen Tatorts aus Ludwigshafen",
        ["Ulrike Folkerts", "Kommissarin", "Lisa Bitter", "Kommissarin", "Andreas Hoppe"],
        "Der neue Tatort läuft am Sonntag im Ersten, und die Kommissarinnen ermitteln "
        "diesmal in einem alten Weingut.",
    ),
    "es roster": (
        "La plantilla del Real Madrid para la temporada",
        ["Thibaut Courtois", "Portero", "Dani Carvajal", "Defensa", "Luka Modric"],
        "El club presentó este lunes la lista de jugadores que disputarán la próxima "
        "temporada en la liga española.",
    ),
}


@pytest.mark.parametrize("shape", sorted(FIRST_ROWS))
def test_the_first_row_of_a_table_under_the_headline_is_no_byline(shape: str) -> None:
    headline, rows, prose = FIRST_ROWS[shape]
    article = articleclean.clean_text("\n\n".join([headline, *rows, prose]))
    assert article.byline == []
    assert article.paragraphs[:2] == rows[:2]  # the row stays in the body, where it was


@pytest.mark.parametrize("below", ["Weather", "Staff Writer", "Tom Arnold started the day."])
def test_a_name_alone_under_the_headline_stays_the_byline(below: str) -> None:
    # A short line of another shape under the name (a section, a role) and the prose
    # after it: no second row follows, so the name stands alone.
    article = articleclean.clean_text("\n\n".join([TITLE, "Jane Mitchell", below, BODY]))
    assert article.byline == ["Jane Mitchell"]


@pytest.mark.parametrize(
    "line, names",
    [
        ("Sadhbh O'Sullivan, Elisabeth Kochan", ["Sadhbh O'Sullivan", "Elisabeth Kochan"]),
        ("Siobhán Ní Dhuibhir, Lucía Gómez", ["Siobhán Ní Dhuibhir", "Lucía Gómez"]),
    ],
)
def test_co_authors_under_the_headline_are_the_byline(line: str, names: list[str]) -> None:
    # One given name the list misses ("Sadhbh"): the pair still names people.
    article = articleclean.clean_text("\n\n".join([TITLE, line, BODY]))
    assert article.byline == names


@pytest.mark.parametrize("line", ["Harbour Works, Climate Change", "Tom Arnold, Climate Change"])
def test_a_pair_of_headings_under_the_headline_is_no_byline(line: str) -> None:
    # "Climate Change" is no name: the article writes its words in lower case.
    body = "The council says climate change made the repairs urgent, and work starts soon."
    article = articleclean.clean_text("\n\n".join([TITLE, line, body]))
    assert "Climate Change" not in article.byline


def test_given_names() -> None:
    assert is_given_name("Maciej") and is_given_name("verónica") and is_given_name("Veronica")
    assert not is_given_name("Climate") and not is_given_name("Harbour")


def test_a_name_under_the_standfirst_is_the_byline() -> None:
    standfirst = "The crossing closes on Monday, and the city has promised buses in its place."
    article = articleclean.clean_text("\n\n".join([TITLE, standfirst, "Bruno Wendel", BODY]))
    assert article.byline == ["Bruno Wendel"]


@pytest.mark.parametrize(
    "line",
    [
        "Betty Crocker Cake Mix",  # four words: a product
        "Harbour Bridge Repairs",  # words of the headline, and no given name
        "Amanda Knox,",  # a list goes on
    ],
)
def test_name_like_lines_under_the_headline_that_are_no_byline(line: str) -> None:
    assert articleclean.clean_text("\n\n".join([TITLE, line, BODY])).byline == []


def test_a_chinese_paragraph_first_is_no_title() -> None:
    first = "蔡健雅，1975年1月28日出生于新加坡，现定居于台湾。华语流行乐女歌手、音乐制作人。"
    second = "2003年凭借专辑获得第14届台湾金曲奖最佳国语女演唱人奖，此后多次获得提名。"
    article = articleclean.clean_text("\n\n".join([first, second]))
    assert article.title is None
    assert article.paragraphs == [first, second]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on October 25, 2023 by Julia Steinhoff", ["Julia Steinhoff"]),
        ("Oct 30 2020 by Emily Co", ["Emily Co"]),
        ("Dienstag, 13. Mai 2014, von Sebastian Brüggemann", ["Sebastian Brüggemann"]),
    ],
)
def test_a_date_line_that_names_its_author_after_a_prefix(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["In 2019 by the way", "Updated 12.05.2021 by the desk"])
def test_a_date_then_by_and_no_name_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_a_name_then_a_date_after_a_slash() -> None:
    assert bare_names("Julia Steinhoff / October 25 2023") == ["Julia Steinhoff"]


# A page dump: the <title> line, a menu, the headline, a standfirst, then the lines a
# page prints around its byline before the article begins.
MENU = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Weather", "Login"]
STANDFIRST = "The crossing closes on Monday, and the city has promised buses in its place."
PARAGRAPHS = [
    BODY,
    "Engineers said the corroded cables on the harbour bridge had been inspected twice "
    "last year and the repairs could not wait any longer.",
    "The council will publish a timetable for the closure and the shuttle buses next week, "
    "a spokeswoman said on Tuesday.",
]
FOOTER = ["About us", "Contact", "Privacy", "Terms of use", "© 2024 Harbour Gazette"]


def page(*around: str) -> str:
    lines = [f"{TITLE} | Harbour Gazette", *MENU, TITLE, STANDFIRST, *around, *PARAGRAPHS]
    return "\n".join([*lines, *FOOTER])


@pytest.mark.parametrize(
    ("around", "names"),
    [
        (["Share", "Comments", "By", "Jane Carter", "12.05.2021"], ["Jane Carter"]),
        (["Kommentar von", "Ingo Arzt", "Redakteur für Wirtschaft"], ["Ingo Arzt"]),
        (
            ["Ver comentarios", "Andrew Woodcock", "Political Editor", "@andywoodcock"],
            ["Andrew Woodcock"],
        ),
        (["Comments", "Maria Keller", "Twitter", "19 FEB 2020 - 18:37 CET"], ["Maria Keller"]),
        (["Share", "Julia Steinhoff / October 25 2023"], ["Julia Steinhoff"]),
        (["The old bridge in pictures", "Jane Carter", "@janecarter"], ["Jane Carter"]),
        (["Posted on October 25, 2023 by Julia Steinhoff", "Share"], ["Julia Steinhoff"]),
        (
            [
                "The old bridge in pictures",
                "Philipp Sarasin",
                "Philipp Sarasin teaches modern history in Zurich and writes about cities.",
            ],
            ["Philipp Sarasin"],
        ),
    ],
)
def test_a_page_dumps_byline_around_the_articles_start(around: list[str], names: list[str]) -> None:
    article = articleclean.clean_text(page(*around))
    assert article.metadata["dump"] == "page"
    assert article.byline == names
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


@pytest.mark.parametrize(
    "around",
    [
        ["The old bridge in pictures", "Climate Change", "Senior Editor"],  # no given name
        ["Share", "Comments", "Harbour Bridge Repairs", "@harbourgazette"],  # the headline's
        ["The old bridge in pictures", "Jane Carter", "Read more"],  # nothing beside the name
    ],
)
def test_lines_around_a_page_dumps_start_that_are_no_byline(around: list[str]) -> None:
    article = articleclean.clean_text(page(*around))
    assert article.byline == []
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_a_page_byline_takes_no_line_off_an_article_dump() -> None:
    # An article dump keeps its lines: the page rules, this one too, do not run on it.
    text = "\n\n".join([TITLE, STANDFIRST, "Comments", "Jane Carter", "12.05.2021", *PARAGRAPHS])
    article = articleclean.clean_text(text, dump="article", page_byline=True)
    assert "page_byline" not in {r.rule for r in article.removed}
    assert article.paragraphs[-len(PARAGRAPHS) :] == PARAGRAPHS


@pytest.mark.parametrize(
    ("headline", "deck", "name"),
    [
        (
            "Phone sensors are leaking into bedrooms",
            "A short story about the future of offline tracking and the right to buy groceries",
            "Matthew Davis",
        ),
        (
            "Die Brücke am Hafen wird sechs Wochen lang gesperrt",
            "Warum die Stadt jetzt handeln muss und was die Sperrung für Pendler bedeutet",
            "Anna Schmidt",
        ),
        (
            "El puente del puerto cerrará seis semanas por obras",
            "Qué cambia para quienes cruzan el río cada mañana y cuánto costarán las obras",
            "María López",
        ),
    ],
)
def test_a_name_under_a_deck_that_is_no_sentence_is_the_byline(
    headline: str, deck: str, name: str
) -> None:
    # A deck under the headline need not end like a sentence; ten words are no menu item.
    article = articleclean.clean_text("\n\n".join([headline, deck, name, BODY]))
    assert article.byline == [name]
    assert article.paragraphs == [deck, BODY]


@pytest.mark.parametrize("first", ["'HOY'", "Trending."])
def test_a_name_under_a_word_alone_is_no_byline(first: str) -> None:
    # A menu of trending topics under the <title> line: its first item, then a person's name.
    lines = [TITLE, first, "Pedro Castillo", "Vacunación cuarta dosis", BODY]
    assert articleclean.clean_text("\n\n".join(lines)).byline == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Johnny Castro jcastro@example.net | Viernes 22 abril, 2022", ["Johnny Castro"]),
        ("Jane Doe @janedoe", ["Jane Doe"]),
        ("Anna Schmidt anna.schmidt@example.de, 03.11.2023", ["Anna Schmidt"]),
    ],
)
def test_an_address_or_handle_after_the_name_is_not_part_of_it(line: str, names: list[str]) -> None:
    assert bare_names(line) == names


def test_a_section_link_beside_a_comment_count_and_a_date_is_no_byline() -> None:
    # A date across a comment link does not make a section link ("Cake Recipes", no
    # given name) a byline.
    lines = [TITLE, "Cake Recipes", "80 Comments", "Updated: August 22, 2019", BODY]
    assert articleclean.clean_text("\n\n".join(lines)).byline == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Brit Weirich (Medizinredakteurin)", ["Brit Weirich"]),
        ("Jane Doe (AFP)", ["Jane Doe"]),
        ("María López (Corresponsal en Bruselas)", ["María López"]),
    ],
)
def test_a_role_or_agency_in_brackets_after_the_name_is_not_part_of_it(
    line: str, names: list[str]
) -> None:
    assert bare_names(line) == names


def test_a_quoted_tweets_signature_is_no_name() -> None:
    assert bare_names("— Jane Doe (@janedoe) October 27, 2021") is None


@pytest.mark.parametrize(
    "line",
    ["Anna Schmidt (Redakteurin)", "Tom Arnold (political editor)", "María López (corresponsal)"],
)
def test_a_name_and_its_role_in_brackets_under_the_headline_is_the_byline(line: str) -> None:
    article = articleclean.clean_text("\n\n".join([TITLE, line, BODY]))
    assert article.byline == [line.split(" (")[0]]
    assert article.paragraphs == [BODY]


# The article's own paragraphs above an end line: out of reach of the byline search
# under the title.
_THREE_PARAGRAPHS = "\n\n".join(
    [
        BODY,
        "Engineers will replace the bearings and resurface the deck, the council said.",
        "Buses will run every ten minutes on the diversion until the bridge reopens.",
    ]
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted by Jane Carter, Marketing Team, Acme Inc.", ["Jane Carter"]),
        ("Par Marie Dupont, Rédactrice, Le Courrier", ["Marie Dupont"]),
    ],
)
def test_an_end_byline_with_a_role_and_a_company(line: str, names: list[str]) -> None:
    article = articleclean.clean_text(f"{TITLE}\n\n{_THREE_PARAGRAPHS}\n\n{line}")
    assert article.byline == names
    assert line not in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        # A role no role list knows would be read as a second name: left in the body.
        "Von Anna Schmidt, Leiterin Kommunikation, Stadtwerke Bonn",
        # Prose that opens with "By": a clause is no title-case piece.
        "By the end of the year, the Council Said",
    ],
)
def test_a_long_end_line_that_is_no_signed_byline_stays(line: str) -> None:
    article = articleclean.clean_text(f"{TITLE}\n\n{_THREE_PARAGRAPHS}\n\n{line}")
    assert article.byline == []
    assert article.paragraphs[-1] == line


@pytest.mark.parametrize(
    ("headline", "rows", "prose"),
    [
        (
            "Schneewittchen-Kuchen mit Marshmallows",
            [
                "Zutaten",
                "1 Pck. Vanillepuddingpulver",
                "1 Glas (à 720 ml) Kirschen",
                "200 g Butter",
            ],
            "Den Backofen auf 180 Grad vorheizen, die Form fetten und den Teig einfüllen.",
        ),
        (
            "Cherry marshmallow cake",
            ["Ingredients", "2 eggs", "1 jar (720 ml) sour cherries", "200 g butter"],
            "Heat the oven to 180 degrees, grease the tin and pour in the batter.",
        ),
        (
            "Gâteau aux cerises",
            ["Ingrédients", "2 œufs", "1 bocal (720 ml) de griottes", "200 g de beurre"],
            "Préchauffez le four à 180 degrés, beurrez le moule et versez la pâte.",
        ),
    ],
)
def test_a_list_under_a_short_headline_is_no_site_menu(
    headline: str, rows: list[str], prose: str
) -> None:
    # A recipe dump printing its ingredients right under a headline of three words: the
    # headline and the first rows read like a menu's short items, but the line that ends
    # the run opens with a quantity and the list goes on below it. It is a row of the
    # article's list (kept in the body), not the headline under a site menu.
    article = articleclean.clean_text("\n\n".join([headline, *rows, prose]))
    assert article.title == headline
    assert [block.text for block in article.body] == [*rows, prose]


@pytest.mark.parametrize(
    ("headline", "rows", "prose"),
    [
        (
            "Performant Python",
            ["Contents", "Tuples", "Generators", "Slots", "Named tuples instead of dictionaries"],
            [
                "Tuples are immutable lists and take less memory than lists of the same length.",
                "Generators yield one item at a time, so a long series never sits in memory.",
                "Slots fix the attributes of a class, and each object then needs no dictionary.",
            ],
        ),
        (
            "Urteil im Überblick",
            ["Inhalt", "Tatbestand", "Entscheidungsgründe", "Kosten", "Streitwert des Verfahrens"],
            [
                "Der Tatbestand gibt wieder, was die Parteien vor dem Gericht vorgetragen haben.",
                "Die Entscheidungsgründe sagen, warum das Gericht der Klage stattgegeben hat.",
                "Die Kosten des Verfahrens trägt die Beklagte, der Streitwert liegt bei 5.000 Euro.",
            ],
        ),
    ],
)
def test_a_contents_list_under_a_short_headline_is_no_site_menu(
    headline: str, rows: list[str], prose: list[str]
) -> None:
    # The short lines under the headline name what the prose below names (the article's
    # own contents), where a site's menu ("Home", "World", "Sport") names other topics:
    # the headline is the title, and no line of the list is taken for it.
    article = articleclean.clean_text("\n\n".join([headline, *rows, *prose]))
    assert article.title == headline
    assert [block.text for block in article.body] == [*rows, *prose]
