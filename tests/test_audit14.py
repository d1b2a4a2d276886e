"""Issue 14 audit (round 26): cases from the issue's list, in new wording, that failed on
main f2e564c: the Russian wires' dateline, a dateline under an editor's note, the Chinese
press's photo credit, a masthead after a spaced hyphen, a list's last row taken for a
heading, and a meal plan after a short introduction cut from a page dump."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline

_PROSE = (
    "The council voted on Tuesday to extend the scheme for another two years after a "
    "review found that it had cut waiting times at every clinic in the district."
)


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        ("КАЗАНЬ, 14 марта. /ТАСС/. Движение по мосту открыли в четверг.", "КАЗАНЬ", "ТАСС"),
        (
            "НИЖНИЙ НОВГОРОД, 2 апреля. /ТАСС/. Власти города объявили конкурс.",
            "НИЖНИЙ НОВГОРОД",
            "ТАСС",
        ),
    ],
)
def test_russian_wire_dateline_with_agency_between_slashes(
    text: str, location: str, agency: str
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.agency) == (location, agency)


@pytest.mark.parametrize(
    ("note", "lede", "location"),
    [
        (
            "UPDATE: Adds analyst comment in fourth paragraph.",
            "Sao Paulo, March 8 (Bloomberg) - Brazil's central bank cut rates again.",
            "Sao Paulo",
        ),
        (
            "EDITOR'S NOTE: This story contains descriptions of violence.",
            "LONDON (Reuters) - A court on Friday jailed three men for the attack.",
            "LONDON",
        ),
    ],
)
def test_dateline_opens_the_paragraph_under_an_editors_note(
    note: str, lede: str, location: str
) -> None:
    text = f"A headline about the story\n\n{note}\n\n{lede}\n\n{_PROSE}\n"
    article = articleclean.clean_text(text)
    assert article.dateline is not None and article.dateline.location == location


def test_column_salutation_is_no_note_to_skip() -> None:
    text = (
        "Husband's new hobby leaves wife feeling left out\n\n"
        "DEAR ABBY: My husband took up cycling last spring and now rides every weekend.\n\n"
        "WASHINGTON — He says the club is good for his health.\n"
    )
    assert articleclean.clean_text(text).dateline is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("图为市民在地铁站内乘车。记者 周明 摄", "记者 周明 摄"),
        ("图为工人在施工现场作业。新华社记者 张三 摄", "新华社记者 张三 摄"),
        ("（新华社记者 李贺 摄）", "新华社记者 李贺 摄"),
    ],
)
def test_chinese_press_photo_credit(line: str, credit: str) -> None:
    found = split_credit(line)
    assert found is not None and found[1] == credit


@pytest.mark.parametrize("line", ["禁止拍摄", "他们在现场拍摄", "活动现场欢迎市民拍摄"])
def test_chinese_lines_about_taking_pictures_are_no_credit(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("title", "headline", "lede"),
    [
        (
            "Lyon : la ligne de tramway vers l'est repoussée à 2027 - Le Courrier du Rhône",
            "Lyon : la ligne de tramway vers l'est repoussée à 2027",
            "La mise en service de la ligne de tramway vers l'est de Lyon est repoussée "
            "d'un an, a annoncé mardi la métropole.",
        ),
        (
            "Vacina contra a dengue chega a mais municípios - Gazeta do Povo",
            "Vacina contra a dengue chega a mais municípios",
            "O Ministério da Saúde vai ampliar a vacinação contra a dengue para mais "
            "municípios a partir de segunda-feira.",
        ),
    ],
)
def test_masthead_after_spaced_hyphen_leaves_the_title(
    title: str, headline: str, lede: str
) -> None:
    article = articleclean.clean_text(f"{title}\n\n{lede}\n\n{_PROSE}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    "title",
    [
        # a subtitle after an en dash, and a part the article names
        "This Town Fined Parents for Late Pickups – Until Now",
        "Festival opens with a new play - Hamlet Reborn",
    ],
)
def test_headline_part_stays_in_the_title(title: str) -> None:
    lede = "Hamlet Reborn opened the festival on Friday, and the students' grades made news too."
    article = articleclean.clean_text(f"{title}\n\n{lede}\n\n{_PROSE}\n")
    assert article.title == title


@pytest.mark.parametrize(
    "rows",
    [
        [
            "Dyson V15 – Note 1,6 – 649 Euro",
            "Bosch Unlimited 7 – Note 1,9 – 379 Euro",
            "AEG QX9 – Note 2,3 – 299 Euro",
            "Dreame T30 – Note 2,4 – 279 Euro",
        ],
        ["Campinas", "Sumaré", "Hortolândia", "Paulínia"],
        [
            "Lunch: Turkey and hummus wrap",
            "Dinner: Tofu stir-fry",
            "Breakfast: Greek yogurt with walnuts",
            "Lunch: Leftover chili",
        ],
    ],
)
def test_last_row_of_a_list_is_no_heading(rows: list[str]) -> None:
    text = (
        "Headline of the story\n\n"
        + _PROSE
        + "\n\n"
        + "\n".join(rows)
        + "\n\n"
        + _PROSE.replace("council", "board")
        + "\n"
    )
    article = articleclean.clean_text(text)
    assert rows[-1] not in article.headings
    assert rows[-1] in article.paragraphs


def test_heading_after_a_list_of_another_shape_stays() -> None:
    text = (
        "Skillet cornbread\n\nThis cornbread bakes up with crisp edges and a tender middle in "
        "a hot skillet.\n\n1 cup cornmeal\n2 large eggs\n6 tablespoons butter\n\nInstructions\n\n"
        "Heat the oven and set the skillet on the middle rack while it heats for ten minutes.\n"
    )
    assert "Instructions" in articleclean.clean_text(text).headings


def test_meal_plan_after_a_short_introduction_stays_in_a_page_dump() -> None:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    plan = []
    for day in days:
        plan += [
            day,
            f"Breakfast: oats and {day.lower()} berries",
            "Lunch: lentil salad with a boiled egg",
            "Dinner: salmon with brown rice and broccoli",
        ]
    text = "\n".join(
        [
            "A five-day meal plan for busy weeks | The Kitchen Blog",
            "Home",
            "Recipes",
            "Meal Plans",
            "Fitness",
            "About",
            "Shop",
            "A five-day meal plan for busy weeks",
            "Getting enough protein does not have to mean eating chicken at every meal of the week.",
            "Prep the grains and roast the vegetables on Sunday, and the week comes together in minutes.",
            *plan,
            "If you need more calories, add a snack of nuts or a glass of milk between meals.",
            "You may also like...",
            "Ten easy sheet-pan dinners",
            "The best snacks for runners",
            "About",
            "Contact",
            "Privacy Policy",
            "© 2024 The Kitchen Blog",
        ]
    )
    article = articleclean.clean_text(text + "\n")
    kept = set(article.paragraphs) | set(article.headings)
    assert set(plan) <= kept
    assert (
        "If you need more calories, add a snack of nuts or a glass of milk between meals." in kept
    )
    assert "The best snacks for runners" not in kept
