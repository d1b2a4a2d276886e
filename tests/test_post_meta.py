"""Text dumps: the post's row of categories or tags, and WordPress's line of facts under a
post, left in the body (round 63). "Tags: …", "Kategorien: …", "Themen: …" under their
label and "This entry was posted in … Bookmark the permalink." are the page's facts about
the article, never its text; a fact box's or a table's "Label: value" rows, a row holding a
sentence and a list's item stay. Fixtures invented."""

from __future__ import annotations

import articleclean
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS, kept_lines, removed_rules


def _page(*tail: str) -> list[str]:
    # Right under the article's last paragraph, inside the run the page's rule keeps.
    return [*MENU, *SECTIONS, HEADLINE, *PARAGRAPHS, *tail, *FOOTER]


def test_a_tag_row_under_the_article_goes() -> None:
    row = "Tags: city council, budget, public transport"
    lines = _page(row)
    kept = kept_lines(lines)
    assert all(line in kept for line in PARAGRAPHS)
    assert row not in kept  # (main keeps it: the last line of the article's run)
    assert removed_rules(lines)[row] == "post_meta"


def test_wordpress_lines_of_facts_go() -> None:
    english = "This entry was posted in Local politics. Bookmark the permalink."
    german = "Dieser Eintrag wurde veröffentlicht in Politik und getaggt mit Haushalt."
    kept = kept_lines(_page(english))
    assert english not in kept  # (main keeps it)
    assert german not in kept_lines(_page(german))  # (main keeps it)


def test_the_rows_go_from_an_article_dump_too() -> None:
    row = "Schlagwörter: Stadtrat, Haushalt, Verkehr"
    article = articleclean.clean_text("\n\n".join([HEADLINE, *PARAGRAPHS, row]), dump="article")
    assert row not in article.text  # (main keeps it)
    assert all(paragraph in article.text for paragraph in PARAGRAPHS)


def test_a_fact_box_s_rows_stay() -> None:
    # A car test's box of facts: "Kategorie" is one of its fields, the article's own.
    box = ["Kategorie: Mittelklasse", "Leistung: 110 kW", "Preis: ab 39.900 Euro"]
    lines = [*MENU, *SECTIONS, HEADLINE, *PARAGRAPHS[:2], *box, *PARAGRAPHS[2:], *FOOTER]
    assert box[0] in kept_lines(lines)


def test_a_row_holding_a_sentence_stays() -> None:
    line = "Category: Best documentary. The jury praised its patient look at the city's budget."
    assert line in kept_lines(_page(line))


def test_a_list_item_and_a_table_cell_stay() -> None:
    item = "- Topics: schools, transport and the city's debt"
    cell = "| Category: | Local politics |"
    kept = kept_lines(_page(item, cell))
    assert item in kept
    assert cell in kept


def test_a_labelled_line_ending_as_a_sentence_stays() -> None:
    # An article's own line may open with the label and read on as prose; a post's row of
    # tags does not end as a sentence does (the merged branch removed both of these).
    topics = "Topics: climate change, migration and the economy dominated the two-day summit."
    filed = "Filed under: the appeal will be filed under the new procedure, a spokesman said."
    kept = kept_lines(_page(topics, filed))
    assert topics in kept
    assert filed in kept


def test_a_label_over_the_article_s_own_sections_stays() -> None:
    # A race's results by category, an award's winners: the same label opens two or more
    # different rows, each over the article's own lines; a page prints its row of tags
    # once (cf79321a removed each of these rows).
    results = [
        "Categoría: Infantil masculino",
        "1. Juan Pérez (CA Sevilla), 12,31 s",
        "2. Luis Gómez (AD Marathon), 12,40 s",
        "Categoría: Cadete masculino",
        "1. Pablo Ruiz (CA Sevilla), 11,02 s",
        "2. Mario Díaz (Club Triana), 11,20 s",
    ]
    winners = [
        "Kategorie: Bester Film",
        "„Das Lehrerzimmer“",
        "Kategorie: Beste Regie",
        "Ilker Çatak",
    ]
    for section in (results, winners):
        lines = [*MENU, *SECTIONS, HEADLINE, *PARAGRAPHS[:2], *section, *PARAGRAPHS[2:], *FOOTER]
        assert all(line in kept_lines(lines) for line in section)


def test_a_row_printed_twice_goes_both_times() -> None:
    # Guard: the same row over and under the article is still the page's.
    row = "Tags: city council, budget, public transport"
    lines = [*MENU, *SECTIONS, HEADLINE, row, *PARAGRAPHS, row, *FOOTER]
    assert row not in kept_lines(lines)


def test_a_german_note_on_who_wrote_it_stays() -> None:
    # It opens as WordPress's German line does ("Dieser Beitrag wurde unter Politik
    # abgelegt …") but is the article's own note; the engine's line goes.
    note = "Dieser Beitrag wurde unter Mitarbeit von Anna Schmidt und Jonas Weber erstellt."
    engine = "Dieser Beitrag wurde unter Stadtrat, Haushalt abgelegt."
    kept = kept_lines(_page(note))
    assert note in kept
    assert engine not in kept_lines(_page(engine))


def test_a_labelled_row_between_the_article_s_paragraphs_stays() -> None:
    # An agenda inside the article, the part after it taking the topics up; a page prints
    # its row of tags over or under the article, not between its paragraphs.
    agenda = "Themen: Klimaschutz, Mobilität, Wohnen"
    lines = [*MENU, *SECTIONS, HEADLINE, *PARAGRAPHS[:2], agenda, *PARAGRAPHS[2:], *FOOTER]
    kept = kept_lines(lines)
    assert agenda in kept
    assert all(paragraph in kept for paragraph in PARAGRAPHS)


def test_an_agenda_as_the_article_s_last_line_stays() -> None:
    # No prose below it: the article's last line (an article dump), or over a short
    # closing line (both kinds of dump); c039155 removed each of these. (A whole page's
    # agenda right over the footer joins the footer's run of short lines: `menu_run`.)
    for agenda in (
        "Themen: Klimaschutz, Mobilität, Wohnen",
        "Topics: housing, transport and schools",
    ):
        assert agenda in kept_lines(_page(agenda, "Admission is free."))
        for tail in ([agenda], [agenda, "Admission is free."]):
            article = articleclean.clean_text(
                "\n\n".join([HEADLINE, *PARAGRAPHS, *tail]), dump="article"
            )
            assert agenda in article.text.splitlines()


def test_a_topics_row_over_the_article_goes() -> None:
    # Guard: over all of the article's prose it is the page's row of topic links.
    row = "Themen: Pressefreiheit"
    lines = [HEADLINE, row, *PARAGRAPHS]
    article = articleclean.clean_text("\n\n".join(lines), dump="article")
    assert row not in article.text.splitlines()
    assert all(paragraph in article.text for paragraph in PARAGRAPHS)


def test_a_code_sample_s_front_matter_stays() -> None:
    # A tutorial's YAML keys are in lower case; an engine prints "Tags:", "Categories:"
    # (c039155 removed both lines).
    sample = ["Add these lines to the post's front matter:", "categories: blog", "tags: jekyll"]
    article = articleclean.clean_text("\n\n".join([HEADLINE, *PARAGRAPHS, *sample]), dump="article")
    kept = article.text.splitlines()
    assert all(line in kept for line in sample)


def test_bookmark_the_permalink_inside_an_article_s_sentence_stays() -> None:
    # Only WordPress's own closing sentence goes (c039155 removed each of these lines).
    own = [
        "To find this guide again later, bookmark the permalink.",
        "Tip: bookmark the permalink in your browser and come back tomorrow.",
        "Wer die Zahlen später nachlesen will, sollte ein Lesezeichen auf den Permalink setzen.",
    ]
    for line in own:
        assert line in kept_lines(_page(line))


def test_wordpress_s_closing_sentence_goes() -> None:
    # Guard: the engine's sentence, alone, after its "Posted in …" or before its own
    # sentences about trackbacks.
    for line in (
        "Posted in Local politics and tagged budget, council. Bookmark the permalink.",
        "Posted in News | Bookmark the permalink",
        "Posted in News. Bookmark the permalink. Both comments and trackbacks are currently closed.",
        "Veröffentlicht in Politik. Setze ein Lesezeichen auf den Permalink.",
    ):
        assert removed_rules(_page(line)).get(line) == "post_meta", line
