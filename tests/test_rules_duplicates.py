"""repeated_paragraph through the public API: adjacent, interleaved, near-exact."""

from __future__ import annotations

import articleclean
from articleclean import Reason

P1 = "The harbour bridge will close to traffic for six weeks from next month, the council said."
P2 = "Buses will run a shuttle service across the river every ten minutes during the works."
P3 = "Die Brücke wird ab dem kommenden Monat für sechs Wochen für den Verkehr gesperrt."
P4 = "Мост будет закрыт для движения на шесть недель начиная со следующего месяца."


def clean(*paragraphs: str) -> articleclean.Article:
    return articleclean.clean_text("\n\n".join(["Harbour bridge to close", *paragraphs]))


def test_adjacent_exact_repeat() -> None:
    article = clean(P1, P1, P2)
    assert article.paragraphs == [P1, P2]
    assert [(r.reason, r.rule, r.lines) for r in article.removed] == [
        (Reason.DUPLICATE_PARAGRAPH, "repeated_paragraph", (5, 5))
    ]


def test_interleaved_repeats_keep_the_first_of_each() -> None:
    article = clean(P1, P2, P1, P2, P3)
    assert article.paragraphs == [P1, P2, P3]
    assert [r.lines for r in article.removed] == [(7, 7), (9, 9)]


def test_near_exact_repeats_differ_in_case_space_and_punctuation() -> None:
    shouted = P1.upper()
    spaced = P2.replace(" ", "   ").replace(".", "!")
    article = clean(P1, P2, shouted, spaced)
    assert article.paragraphs == [P1, P2]
    assert article.removed_by_reason() == {"duplicate_paragraph": 2}


def test_repeats_in_german_and_russian() -> None:
    article = clean(P3, P4, P3.lower(), P4 + " ")
    assert article.paragraphs == [P3, P4]
    assert article.removed_by_reason() == {"duplicate_paragraph": 2}


def test_short_answers_are_not_repeats() -> None:
    # "Yes." twice in an interview is two answers.
    article = clean(P1, "Yes.", P2, "Yes.", P3)
    assert article.paragraphs == [P1, "Yes.", P2, "Yes.", P3]
    assert article.removed == []


def test_similar_but_different_paragraphs_stay() -> None:
    other = P1.replace("six weeks", "seven weeks")
    article = clean(P1, other)
    assert article.paragraphs == [P1, other]


def test_threshold_is_configurable() -> None:
    article = articleclean.clean_text(
        "\n\n".join(["Harbour bridge to close", P1, "Yes, all of it.", P2, "Yes, all of it."]),
        duplicate_min_chars=40,
    )
    assert article.paragraphs.count("Yes, all of it.") == 2


# An exercise sheet: each exercise ends in the same label before its worked solution.
EXERCISES = [
    "Ein Quader ist 4 cm lang, 3 cm breit und 2 cm hoch; berechne seine Masse bei Dichte 8 g/cm³.",
    "Vollständig durchgerechnete Lösung",
    "Das Volumen ist 4 · 3 · 2 = 24 cm³, die Masse also 24 · 8 = 192 g, wie erwartet.",
    "Ein Würfel hat die Kantenlänge 5 cm; berechne seine Masse bei einer Dichte von 2 g/cm³.",
    "Vollständig durchgerechnete Lösung",
    "Das Volumen ist 5 · 5 · 5 = 125 cm³, die Masse also 125 · 2 = 250 g, so einfach geht das.",
]


def test_a_label_repeated_between_the_article_s_paragraphs_stays_in_an_article_dump() -> None:
    article = articleclean.clean_text("\n\n".join(["Masse des Quaders", *EXERCISES]))
    assert article.metadata["dump"] == "article"
    kept = [block.text for block in article.body]
    assert kept.count("Vollständig durchgerechnete Lösung") == 2
    assert article.removed == []


def test_the_same_label_goes_from_a_page_dump_and_long_repeats_from_both() -> None:
    text = "\n\n".join(["Masse des Quaders", *EXERCISES, EXERCISES[0]])
    for dump, copies in (("page", 1), ("article", 2)):
        article = articleclean.clean_text(text, dump=dump)
        kept = [block.text for block in article.body]
        assert kept.count("Vollständig durchgerechnete Lösung") == copies
        assert kept.count(EXERCISES[0]) == 1


def test_section_headings_after_their_table_of_contents_stay_in_an_article_dump() -> None:
    sections = ["Travel tips for Sweden", "Places worth seeing"]
    # The table of contents above the introduction, then the sections under their headings.
    text = "\n\n".join(["Vanlife in Sweden", *sections, P1, sections[0], P2, sections[1], P3, P4])
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "article"
    kept = [block.text for block in article.body]
    assert [kept.count(section) for section in sections] == [2, 2]
    assert article.removed == []


# A results table before the article's only paragraph: the parties repeat across rows.
RESULTS = [
    "Distrito Centro",
    "Partido Popular",
    "Distrito Norte",
    "Partido Socialista",
    "Distrito Sur",
    "Partido Socialista",
    "Distrito Este",
    "Partido Popular",
    "La participación fue del 63 %, cuatro puntos más que en los comicios anteriores.",
]


def test_cells_repeated_across_a_table_s_rows_stay_wherever_the_table_stands() -> None:
    for rows in (RESULTS, [RESULTS[-1], *RESULTS[:-1]]):  # before the prose, then after it
        title = "Resultados por distrito en la elección municipal"
        article = articleclean.clean_text("\n\n".join([title, *rows]))
        assert article.metadata["dump"] == "article"
        assert [block.text for block in article.body] == rows
        assert article.removed == []
        again = articleclean.clean_text(article.to_text())
        assert again.removed == []


def test_a_short_line_printed_twice_in_a_row_or_around_the_prose_is_still_a_repeat() -> None:
    for line, paragraphs in (
        ("Distrito Norte", [*RESULTS[:3], RESULTS[2], *RESULTS[3:]]),  # twice in a row
        ("Partido Popular", ["Partido Popular", P1, P2, "Partido Popular"]),  # around the prose
    ):
        article = articleclean.clean_text("\n\n".join(["Resultados por distrito", *paragraphs]))
        kept = [block.text for block in article.body]
        assert kept.count(line) == 1, kept
        assert [r.rule for r in article.removed] == ["repeated_paragraph"]


def test_repeated_label_finds_the_same_labels_from_the_repeats_repeated_paragraph_shared() -> None:
    """The repeats are found once per document (`duplicates.Repeats`): after
    `repeated_paragraph` takes the repeats that are not labels, `repeated_label` given the
    shared result claims what it claims finding them again itself."""
    from articleclean.document import Segment
    from articleclean.rules.base import Derived
    from articleclean.rules.duplicates import repeated_label, repeated_paragraph
    from articleclean.rules.phrasebook import PhraseBook

    texts = ["Masse des Quaders", *EXERCISES, EXERCISES[0], P1, P1, "Lösung"]
    context = PhraseBook.for_config(articleclean.CleanerConfig())
    segments = [Segment(text, None) for text in texts]
    derived: Derived = {}
    taken = repeated_paragraph.verdicts(segments, context, derived)
    assert [segment.text for segment, _ in taken] == [EXERCISES[0], P1]
    for segment, verdict in taken:
        verdict.give(segment)
    shared = [segment for segment, _ in repeated_label.verdicts(segments, context, derived)]
    assert shared == repeated_label(segments, context)  # found again, without `derived`
    assert [segment.text for segment in shared] == ["Vollständig durchgerechnete Lösung"]
