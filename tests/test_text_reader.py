"""How the text reader joins a run of lines (no blank line between them) into paragraphs."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.readers.text import read_text


def _segments(text: str) -> list[tuple[str, tuple[int, int] | None]]:
    return [(segment.text, segment.lines) for segment in read_text(text).segments]


def test_a_hard_wrapped_paragraph_is_one_segment() -> None:
    text = (
        "Brent crude futures were up 84 cents, or 1.1%, at $79.72 a barrel\n"
        "by 1040 GMT, while U.S. West Texas Intermediate crude gained 79\n"
        "cents, or 1.1%, to $75.18.\n"
    )
    assert _segments(text) == [(" ".join(text.split()), (1, 3))]


def test_lines_of_their_own_stay_apart() -> None:
    text = "Home\nNews\nSport\nWeather\n"
    assert [t for t, _ in _segments(text)] == ["Home", "News", "Sport", "Weather"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Dieser Artikel erschien zuerst in der Ausgabe 10/22 unseres Magazins.", "Mehr Themen:"),
        ("The council will vote on the plan at its next meeting on Tuesday.", "Read more:"),
        ("Le conseil municipal votera le projet lors de sa prochaine séance.", "Lire aussi :"),
        ("El ayuntamiento votará el plan en su próxima sesión del martes.", "Más información:"),
        ("Городской совет проголосует за план на следующем заседании.", "Читайте также:"),
    ],
)
def test_a_colon_label_under_a_sentence_is_no_wrapped_line(sentence: str, label: str) -> None:
    # Two lines give no column to fill: without this the first line (40-100 wide)
    # made them one paragraph, and the label was never seen as a heading.
    assert _segments(f"\n{sentence}\n{label}\n") == [(sentence, (2, 2)), (label, (3, 3))]


def test_a_wrapped_paragraph_keeps_its_lines_and_leaves_the_label_alone() -> None:
    lines = [
        "Der Umbau der Gleisanlagen am Hauptbahnhof beginnt im März und",
        "soll bis zum Herbst dauern. Die Bahn erneuert dabei sechs Weichen",
        "und zwei Bahnsteige, teilte ein Sprecher am Montag mit.",
        "Weitere Artikel aus der Region:",
    ]
    assert _segments("\n".join(lines)) == [
        (" ".join(lines[:3]), (1, 3)),
        (lines[3], (4, 4)),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # the wrap falls mid-sentence: the colon ends the paragraph's own sentence
        [
            "around hooks. In short, the editor used these four kinds of",
            "advice as follows:",
        ],
        # a sentence end, then a line going on in lower case: a wrap
        ["Die Preise stiegen im Mai um 2,4 Prozent, teilte das Amt mit.", "und weiter:"],
        # more than a label's few words: the paragraph's last sentence
        [
            "Der Rat stimmt am Dienstag ab. Der Plan sieht bis 2030 in drei",
            "Schritten für alle Stadtteile Folgendes vor:",
        ],
    ],
)
def test_a_paragraph_ending_in_a_colon_stays_joined(lines: list[str]) -> None:
    assert _segments("\n".join(lines)) == [(" ".join(lines), (1, len(lines)))]


def test_a_label_does_not_join_lines_that_were_no_paragraph() -> None:
    # Without the label the first two lines would read as a two-line wrap; with it
    # the run never was one, so each line stays its own.
    lines = [
        "Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme deutlich",
        "Zum Artikel.",
        "Mehr dazu:",
    ]
    assert [t for t, _ in _segments("\n".join(lines))] == lines


def test_the_teaser_heading_is_seen_once_it_stands_alone() -> None:
    text = (
        "Wie man sich selbst etwas Gutes tut\n\n"
        + "Kleine Pausen im Alltag helfen, wieder zu Kräften zu kommen. Wer sich jeden "
        "Tag zehn Minuten nur für sich nimmt, schläft besser und ist ausgeglichener.\n\n"
        "Dieser Artikel erschien zuerst in der Ausgabe 10/22 unseres Magazins.\n"
        "Mehr Themen:\n\n"
        "Warum wir uns so schwer mit Lob tun\n\n"
        "So gelingt der Neustart nach der Trennung\n\n"
        "Fünf Übungen für mehr Gelassenheit im Büro\n"
    )
    body = "\n".join(p.text for p in articleclean.clean_text(text).body)
    assert "Mehr Themen:" not in body
    assert "Dieser Artikel erschien zuerst in der Ausgabe 10/22 unseres Magazins." in body


@pytest.mark.parametrize(
    "items",
    [
        [
            "- RE 10 nach Cottbus fährt nur bis zum Südbahnhof",
            "- RB 22 nach Wurzen entfällt an allen Samstagen",
        ],
        [
            "1. Pour qui le Covid-19 est-il dangereux pour la santé?",
            "2. Ruée sur les produits désinfectants dans les magasins",
            "3. Gare aux additions salées de certains bistrots",
        ],
        [
            "• Two cups of flour, sifted twice before you weigh them",
            "• One teaspoon of baking soda and a pinch of salt",
        ],
    ],
)
def test_items_of_a_list_stay_one_a_line(items: list[str]) -> None:
    # Lines of similar width, 40-100 characters: without the list's marks they read as
    # a wrapped paragraph.
    assert [t for t, _ in _segments("\n".join(items) + "\n")] == items


def test_a_wrapped_list_item_is_still_one_line() -> None:
    text = (
        "- The council will vote on the plan at its next meeting on\n"
        "Tuesday, after the public consultation closes next week.\n"
    )
    assert _segments(text) == [(" ".join(text.split()), (1, 2))]


def test_a_dash_that_opens_a_wrapped_line_is_no_list() -> None:
    text = (
        "Die Bahn erneuert dabei sechs Weichen und zwei Bahnsteige\n"
        "– und das bei laufendem Betrieb, teilte ein Sprecher mit.\n"
    )
    assert _segments(text) == [(" ".join(text.split()), (1, 2))]


@pytest.mark.parametrize(
    ("rows", "line"),
    [
        # a list of short sentences, one a line, and a prompt right under its last row
        (
            [
                "Du wirst manchmal sehr empfindlich sein.",
                "Du wirst dich öfter müde und schlapp fühlen.",
            ],
            "folgen sie uns auf whatsapp",
        ),
        (["The oven must be preheated for twenty minutes."], "Share this story on Facebook"),
        # a row ending in a sentence over a line in capitals
        (["Added a reading garden behind the farmhouse if married."], "DIESEN TEXT TEILEN"),
        # a row under which a line opens with a mark no wrapped line opens with
        (
            ["Sterile potting mix or peat, perlite, vermiculite and fertiliser;"],
            "» Get the day's news delivered to your inbox.",
        ),
        (["Two cups of flour and a teaspoon of baking soda"], "* Follow us on Instagram"),
    ],
)
def test_a_line_under_rows_of_one_width_is_no_wrapped_line(rows: list[str], line: str) -> None:
    # The rows fill their column alike, so the run read as a wrapped paragraph, and a
    # rule that removed the line under them (a prompt) took the rows with it.
    segments = _segments("\n".join([*rows, line]) + "\n")
    assert segments[-1] == (line, (len(rows) + 1, len(rows) + 1))
    assert " ".join(t for t, _ in segments[:-1]) == " ".join(rows)


def test_the_rows_stay_when_the_prompt_under_them_goes() -> None:
    text = (
        "Was sich in der Pubertät ändert\n\n"
        "Die Pubertät verändert deinen Körper und deine Art zu denken. Das ist ganz "
        "normal, auch wenn es sich manchmal seltsam anfühlt.\n\n"
        "Du wirst manchmal sehr empfindlich sein.\n"
        "Du wirst dich öfter müde und schlapp fühlen.\n"
        "Folgen Sie uns auf WhatsApp\n\n"
        "Die Pubertät geht auch wieder vorbei. Mach dir keine Sorgen, das schaffen "
        "alle, und du schaffst es auch.\n"
    )
    article = articleclean.clean_text(text)
    body = "\n".join(p.text for p in article.body)
    assert "Du wirst dich öfter müde und schlapp fühlen." in body
    assert "Du wirst manchmal sehr empfindlich sein." in body
    assert "Folgen Sie uns auf WhatsApp" not in body


@pytest.mark.parametrize(
    "lines",
    [
        # a wrapped paragraph's last line ends its sentence
        [
            "Die Bahn erneuert sechs Weichen und zwei Bahnsteige. Die Arbeiten",
            "beginnen im März.",
        ],
        # a sentence ends at the wrap by chance, and the paragraph goes on to its end
        [
            "Der Rat stimmt am Dienstag über den Plan ab. Er sieht neue Radwege",
            "vor. Die Kosten trägt die Stadt.",
        ],
    ],
)
def test_a_wrapped_paragraph_ending_a_sentence_stays_joined(lines: list[str]) -> None:
    assert _segments("\n".join(lines) + "\n") == [(" ".join(lines), (1, len(lines)))]


@pytest.mark.parametrize(
    ("rows", "line"),
    [
        # a prompt led by a dash and a capital under rows that end no sentence
        (
            [
                "Integration with the build server and the test runner",
                "Network conditioner to simulate slow connections",
            ],
            "— Follow us on WhatsApp",
        ),
        (
            ["Baumkontrolle zur Feststellung der Standsicherheit"],
            "– Melden Sie sich für den Newsletter an",
        ),
        # a prompt that points on to its link with an arrow
        (
            ["4-5 tbsp coconut flour (see the notes below the recipe)"],
            "Get our best stories delivered to your inbox →",
        ),
        (["Zwei Tassen Mehl und ein Teelöffel Natron"], "Hier geht es weiter zum Shop >>"),
    ],
)
def test_a_pointer_line_under_rows_is_no_wrapped_line(rows: list[str], line: str) -> None:
    # Rows of a list end no sentence, so the line under them read as the end of a
    # wrapped paragraph; its marks (a leading dash and a capital, an arrow at its end)
    # are no wrapped paragraph's last line (bench/notes.md, round 42).
    segments = _segments("\n".join([*rows, line]) + "\n")
    assert segments[-1] == (line, (len(rows) + 1, len(rows) + 1))
    assert " ".join(t for t, _ in segments[:-1]) == " ".join(rows)


def test_the_rows_stay_when_the_dash_prompt_under_them_goes() -> None:
    text = (
        "Was die neue Version kann\n\n"
        "Die neue Version bringt einige Werkzeuge für Entwickler mit, die bisher nur in "
        "der teureren Ausgabe zu haben waren.\n\n"
        "Anbindung an den Build-Server und die Testumgebung\n"
        "Netzwerksimulation für langsame Verbindungen und Ausfälle\n"
        "— Folgen Sie uns auf WhatsApp\n\n"
        "Die Preise bleiben gleich. Wer schon eine Lizenz hat, bekommt das Update "
        "kostenlos.\n"
    )
    article = articleclean.clean_text(text)
    body = "\n".join(p.text for p in article.body)
    assert "Netzwerksimulation für langsame Verbindungen und Ausfälle" in body
    assert "Anbindung an den Build-Server und die Testumgebung" in body
    assert "Folgen Sie uns auf WhatsApp" not in body


@pytest.mark.parametrize(
    "lines",
    [
        # a spaced dash in the line above: a title's parts, not a prompt
        [
            "Volker Quaschning: Regenerative Energiesysteme. Technologie - Berechnung",
            "- Klimaschutz, 11. aktualisierte Auflage, München 2021",
        ],
        # a French quotation closing the paragraph with a guillemet
        [
            "« Interdire un produit sur la base du danger équivaut à interdire aux",
            "avions de voler parce qu'ils peuvent tomber. »",
        ],
        # a dash and a small letter: the sentence goes on
        [
            "Die Bahn erneuert dabei sechs Weichen und zwei große Bahnsteige",
            "– und das bei laufendem Betrieb, teilte ein Sprecher mit.",
        ],
    ],
)
def test_a_wrapped_paragraph_with_dashes_or_quotes_stays_joined(lines: list[str]) -> None:
    assert _segments("\n".join(lines) + "\n") == [(" ".join(lines), (1, len(lines)))]
