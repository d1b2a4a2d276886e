"""`post_navigation`: the links to the site's stories before and after this one, taken as a
pair on text dumps (round 53). A single line opening with such a word stays: the pair is
the evidence, not the word."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.page_furniture import _nav_marks

P1 = (
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday."
)
P2 = (
    "Buses will run a shuttle service across the river every ten minutes, and ferries will "
    "add extra crossings during the morning and evening rush hours."
)
P3 = (
    "Engineers said the corroded cables on the harbour bridge had been inspected twice last "
    "year and the repairs could not wait any longer."
)


def _removed_by_rule(text: str, **options: object) -> dict[str, str]:
    article = articleclean.clean_text(text, **options)
    return {removal.text: removal.rule for removal in article.removed}


@pytest.mark.parametrize(
    "pair",
    [
        ("Next: Elegantly activating a virtualenv", "Previous: The high cost of slow builds"),
        (
            "← Der 1. monatliche Stammtisch steht fest!",
            "Steuerdarling – Die PARTEI als Ehestifter →",
        ),
        ("Vorheriger Beitrag: Neue Radwege am Ring", "Nächster Beitrag: Fähre fährt öfter"),
        ("Article précédent : Le pont ferme", "Article suivant : Les bus circulent"),
    ],
)
@pytest.mark.parametrize("dump", ["article", "page"])
def test_a_pair_of_links_to_the_stories_before_and_after_goes(
    pair: tuple[str, str], dump: str
) -> None:
    # Fails on main (no such rule): both lines stay in the body.
    text = "\n\n".join([P1, P2, P3, *pair])
    removed = _removed_by_rule(text, dump=dump)
    assert [removed.get(line) for line in pair] == ["post_navigation", "post_navigation"]


def test_both_links_on_one_line_go() -> None:
    line = "← Older story about the ferry timetable – Newer story about the bus lanes →"
    removed = _removed_by_rule("\n\n".join([P1, P2, P3, line]), dump="page")
    assert removed.get(line) == "post_navigation"


@pytest.mark.parametrize(
    "closing",
    [
        "Next: Seeking Solitude.",  # a review's last line, on its own (round 44)
        "Previous attempts to fix the cables failed.",
        "Next week the council will vote on the shuttle buses.",
    ],
)
def test_a_line_alone_stays(closing: str) -> None:
    text = "\n\n".join([P1, P2, P3, closing])
    assert closing not in _removed_by_rule(text, dump="article")


def test_two_sentences_opening_with_the_words_stay() -> None:
    # The words open sentences too; only a label ("Next:", "Next post") marks a link.
    lines = ["Previously, the bridge closed in 2009.", "Next, engineers will test the piers."]
    assert [_nav_marks(line) for line in lines] == [0, 0]
    removed = _removed_by_rule("\n\n".join([P1, *lines, P2, P3]), dump="article")
    assert not set(lines) & set(removed)


def test_the_rule_can_be_switched_off() -> None:
    pair = ["Previous: Council votes on new budget", "Next: Ferry fares rise in May"]
    text = "\n\n".join([P1, P2, P3, *pair])
    article = articleclean.clean_text(text, post_navigation=False)
    assert "post_navigation" not in {removal.rule for removal in article.removed}


def _nav_lines() -> list[str]:
    """Lines opening with each label word (three cases) in each form the labels take,
    with and without white space before, and a few that open with none."""
    from articleclean.phrases import word_list

    nouns = word_list("nav_noun")
    lines = ["Next week the council meets again.", "Previously, the bridge was shut.", P1]
    for word in (*word_list("nav_previous"), *word_list("nav_next")):
        for case in (word, word.upper(), word.title()):
            for form in (
                "{}: a headline",
                "{} » a headline",
                "{} {} a headline",
                "{1} {0} a headline",
                "{} {}: a headline",
                "← {} a headline",
                "{} a headline →",
                "  {}: a headline",
            ):
                lines.append(form.format(case, nouns[len(lines) % len(nouns)]))
    return lines


def test_the_document_screen_finds_every_line_a_mark_is_given() -> None:
    # The rule claims nothing where no open line has a mark, and tells so by one search
    # of the open lines joined (round 54): every line `_nav_marks` marks, alone or amid
    # other lines, must pass that search (else a pair would stay).
    from articleclean.rules.page_furniture import _NAV_LINE

    lines = _nav_lines()
    marked = [line for line in lines if _nav_marks(line)]
    assert len(marked) > 100
    for line in marked:
        joined = "\n" + "\n".join([P1, line, P2])
        assert "→" in line or _NAV_LINE.search(joined) is not None, line
    # ... and lines holding no link pass it seldom: a plain article holds none
    assert _NAV_LINE.search("\n" + "\n".join([P1, P2, P3, lines[0], lines[1]])) is None
