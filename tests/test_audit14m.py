"""Issue 14 and 15 audit by form (round 55): articles in forms no fixture had, in the
big languages. Text dumps `tests/fixtures/text/audit14m-*`: a wire story with "UPDATE 2-"
and "(Adds …)" slugs (en), a listicle with numbered subheads (de), an explainer in
questions (fr), a timeline of dated entries (es), a correction at the foot (pt), a radio
transcript with speakers at line starts (ru), a poll with percentages (hi). Pages
`tests/fixtures/html/audit15m-*`: a traffic bulletin (it), a key-facts box (zh), a
"10 things" listicle (en), a FAQ (id), a timeline (ar), a poll table (pl), a podcast
transcript (nl).

The fixtures' `must_contain` lists every paragraph, list item, table row and Q&A line of
the article in reading order; the fixture test checks that each is kept, this file checks
that they are kept in that order (a form's lines put out of order read wrong even when
none is lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from reading_order import audit_inputs, out_of_order

_INPUTS = audit_inputs("audit14m", "audit15m")


def test_the_audit_has_seven_dumps_and_seven_pages() -> None:
    assert len([p for p in _INPUTS if p.suffix == ".txt"]) == 7
    assert len([p for p in _INPUTS if p.suffix == ".html"]) == 7


@pytest.mark.parametrize("path", _INPUTS, ids=[p.name for p in _INPUTS])
def test_the_articles_lines_are_kept_in_reading_order(path: Path) -> None:
    assert out_of_order(path) == []


# --- what the audit fixed, each with a guard ---------------------------------------------

_PROSE = (
    "Das Kabinett hat am Mittwoch ein neues Förderprogramm für die Sanierung von Schulen "
    "beschlossen, das in den kommenden fünf Jahren umgesetzt werden soll.\n\n"
    "Nach Angaben des Ministeriums stehen dafür insgesamt drei Milliarden Euro bereit, die "
    "nach der Zahl der Schüler auf die Länder verteilt werden.\n\n"
    "Die Kommunen können ihre Anträge ab dem Sommer stellen, die ersten Mittel sollen noch "
    "vor dem Jahresende fließen.\n"
)


def _under_byline(*lines: str) -> articleclean.Article:
    return articleclean.clean(
        "Neues Förderprogramm für die Sanierung von Schulen\n\nVon Julia Neumann\n"
        + "\n".join(lines)
        + "\n\n"
        + _PROSE
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "20/02/2025 - 13:45 CET",
        "April 30, 2025 4:12 PM UTC",
        "05/06/2025 10h32 Atualizado há 2 horas",
        "Publié le 28 août 2025 à 07h00 - Mis à jour le 28 août 2025 à 09h12",
        "14 марта 2025, 10:15",
        "अपडेटेड: 10 मार्च 2025, 09:30 IST",
    ],
)
def test_a_stamp_under_the_byline_in_more_forms_is_removed(stamp: str) -> None:
    # fails on main: a time zone, "10h32", two fields and Russian or Hindi months were
    # no stamp, and the line stayed the article's first paragraph or heading
    article = _under_byline(stamp)
    assert stamp not in article.text
    assert [r.rule for r in article.removed if r.text == stamp] == ["byline_date_stamp"]


def test_the_stamps_and_the_reading_time_under_the_byline_all_go() -> None:
    # fails on main: only the line right under the byline was asked
    lines = ("12.01.2025, 08:30 Uhr", "Aktualisiert: 12.01.2025, 10:02 Uhr", "Lesezeit: 4 Min.")
    article = _under_byline(*lines)
    assert [r.text for r in article.removed if r.rule == "byline_date_stamp"] == list(lines)
    assert article.paragraphs[0].startswith("Das Kabinett hat am Mittwoch")


@pytest.mark.parametrize(
    "line",
    [
        "12 марта 2025 года в Москве открылся новый терминал аэропорта",
        "Am 12.01.2025 um 08:30 Uhr begann die Sitzung",
        "45 Min.",
    ],
)
def test_a_line_under_the_byline_that_is_more_than_a_stamp_stays(line: str) -> None:
    assert line in _under_byline(line).text


def test_a_wires_slug_comes_off_the_title() -> None:
    # fails on main: the title kept "UPDATE 2-"
    article = articleclean.clean("UPDATE 2-Chile's copper output falls 6% in March\n\n" + _PROSE)
    assert article.title == "Chile's copper output falls 6% in March"
    assert article.metadata["wire_slug"] == "UPDATE 2"
    assert article.metadata["title_text"] == "UPDATE 2-Chile's copper output falls 6% in March"


@pytest.mark.parametrize(
    "title",
    [
        "EU-China talks resume in Brussels after a year",
        "UPDATE: Road closed after crash on the A7",
        "FACTBOX - What we know about the new rules",
    ],
)
def test_a_headline_opening_in_capitals_keeps_them(title: str) -> None:
    assert articleclean.clean(f"{title}\n\n{_PROSE}").title == title


def test_a_byline_over_its_stamp_is_not_read_as_a_wrapped_line() -> None:
    # fails on main: the two lines' widths read as a wrap, and the byline was lost in it
    article = articleclean.clean(
        "Chile's copper output falls 6% in March\n\n"
        "By Maria Lopez and Fabian Cambero\n"
        "April 30, 2025 4:12 PM UTC Updated 2 hours ago\n\n" + _PROSE
    )
    assert article.byline == ["Maria Lopez", "Fabian Cambero"]
    assert "April 30" not in article.text


def test_a_breadcrumb_of_two_lines_over_the_headline_is_no_title() -> None:
    # fails on main: the section ("Ratgeber") became the title
    article = articleclean.clean(
        "Startseite\nRatgeber\nWohnen\nHeizkosten sparen: 7 Tipps, die sofort wirken\n"
        "Von Julia Neumann\n\n" + _PROSE
    )
    assert article.title == "Heizkosten sparen: 7 Tipps, die sofort wirken"
    assert "Wohnen" not in article.text


def test_rows_under_the_lines_announcing_them_are_not_a_wrap() -> None:
    # fails on main: the question, its answer and both rows were one paragraph
    article = articleclean.clean(
        "Retraites : ce qui change au 1er septembre\n\n"
        "Le relèvement progressif de l'âge légal de départ franchit une nouvelle étape, et "
        "les assurés nés en 1964 sont les premiers concernés.\n\n"
        "Combien de trimestres faut-il pour une retraite à taux plein ?\n"
        "La durée d'assurance requise augmente elle aussi :\n"
        "– 171 trimestres pour les personnes nées en 1965 ;\n"
        "– 172 trimestres à partir de la génération 1966.\n\n"
        "Les carrières longues restent protégées pour ceux qui ont commencé avant 20 ans.\n"
    )
    texts = [block.text for block in article.body]
    assert "– 171 trimestres pour les personnes nées en 1965 ;" in texts
    assert "– 172 trimestres à partir de la génération 1966." in texts


@pytest.mark.parametrize(
    "prompt",
    [
        "Newsletter: Jeden Freitag die besten Spartipps – jetzt anmelden",
        "Luister de hele aflevering in de app of via Spotify",
    ],
)
def test_a_channel_named_as_the_label_or_a_listening_prompt_is_a_prompt(prompt: str) -> None:
    # fails on main: a label before a colon made any line no prompt, and listening was
    # no action
    article = articleclean.clean(_PROSE + "\n" + prompt + "\n")
    assert [r.rule for r in article.removed if r.text == prompt] == ["promo_prompt"]


def test_a_label_that_is_no_channel_still_keeps_the_line() -> None:
    line = "Folgen der Nichteinwilligung: Der Dienst Facebook speichert dann keine Daten"
    article = articleclean.clean(_PROSE + "\n" + line + "\n")
    assert "promo_prompt" not in [r.rule for r in article.removed if r.text == line]
