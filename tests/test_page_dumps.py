"""Whole-page dumps: menus and footers around the article go, the article stays."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.article_run import densest_run
from council_page import FOOTER, HEADLINE, MENU, PARAGRAPHS, SECTIONS

ARTICLE = [HEADLINE, *PARAGRAPHS]


def test_menus_and_footers_around_the_article_are_removed() -> None:
    text = "\n".join(MENU + ARTICLE + FOOTER)
    article = articleclean.clean_text(text)
    assert article.paragraphs == ARTICLE[1:]
    assert article.title == ARTICLE[0]  # the headline under the menu stays: it is the title
    kept = set(article.text.splitlines())
    assert not kept & set(MENU + FOOTER)
    removed = {r.text: r.reason.value for r in article.removed}
    assert all(removed.get(line) == "boilerplate" for line in ["Sport", "Weather", "Jobs", "Press"])


def test_an_article_dump_with_a_short_closing_line_is_left_alone() -> None:
    # ("Reporting by Jane Doe" would now be the byline: a wire's closing credit.)
    text = "\n\n".join([*ARTICLE, "Contributing: Jane Doe"])
    article = articleclean.clean_text(text)
    assert article.removed == []
    assert article.paragraphs[-1] == "Contributing: Jane Doe"


def test_prose_on_the_topic_cut_off_by_a_sidebar_stays() -> None:
    intro = (
        "The city council budget debate on Tuesday lasted six hours, and the mayor said "
        "the council would publish the budget for schools and transport."
    )
    sidebar = ["Shop", "Deals", "Top ten", "Gift cards", "Offers", "Brands", "Outlet"]
    text = "\n".join([*MENU, intro, *sidebar, *ARTICLE, *FOOTER])
    article = articleclean.clean_text(text)
    assert intro in article.paragraphs
    assert not set(article.text.splitlines()) & set(sidebar)


def test_densest_run_is_the_maximum_sum_stretch() -> None:
    assert densest_run([-1, 5, -2, 4, -10, 3]) == (1, 3)
    assert densest_run([-1, -2]) is None
    assert densest_run([]) is None


def test_blog_chrome_in_any_language_is_removed() -> None:
    chrome = [
        "Kategorien",
        "Schlagwörter",
        "Ähnliche Beiträge",
        "Antworten",
        "Benachrichtige mich über neue Kommentare per E-Mail.",
        "Bloggen auf WordPress.com.",
        "Previous post",
        "Skip to content",
        "Posted by Jane Doe at 12:11 PM",
        "Newer Post Older Post Home",
        "Zurück zur Übersicht",
        "Rezept drucken",
    ]
    article = articleclean.clean_text("\n".join([*ARTICLE, *chrome]))
    removed = {r.text for r in article.removed}
    assert set(chrome) <= removed
    assert article.paragraphs == ARTICLE[1:]


def test_chrome_words_inside_sentences_stay() -> None:
    lines = [
        *ARTICLE,
        "The minister did not reply to questions about the menu of the state dinner.",
        "Archive footage shown at the meeting was powered by a small generator, a clerk said.",
    ]
    article = articleclean.clean_text("\n\n".join(lines))
    assert article.removed == []
    assert article.paragraphs == lines[1:]


def test_short_lines_in_the_thin_end_of_the_article_run_go() -> None:
    tail = [
        "Budget 2024 | Council | Schools",
        "Readers can send questions about the new budget to the council by email.",
    ]
    text = "\n".join(MENU + SECTIONS + ARTICLE + tail + FOOTER)
    article = articleclean.clean_text(text)
    assert article.paragraphs == [*ARTICLE[1:], tail[1]]  # the closing prose stays
    removed = {r.text: r.rule for r in article.removed}
    assert removed[tail[0]] == "outside_article"


def test_short_lines_early_in_the_article_run_stay() -> None:
    inner = "Spending by department, 2024"
    text = "\n".join([*MENU, *SECTIONS, *ARTICLE[:3], inner, *ARTICLE[3:], *FOOTER])
    article = articleclean.clean_text(text)
    assert inner in article.text
    assert "Culture" not in article.text  # the page rule did run


def test_the_run_about_the_page_title_wins_over_a_longer_notice() -> None:
    title = "Council approves city budget | Example Times"
    notice = [
        "The publisher accepts no liability for the content of external links that readers "
        "follow from this website; the operators of linked pages alone are responsible.",
        "All photographs on this website are licensed under a Creative Commons licence unless "
        "stated otherwise, and permission beyond that licence can be requested by email.",
        "Personal data submitted through the contact form is stored only as long as needed to "
        "answer the request and is never passed to third parties without consent.",
        "Readers who find an error in any published text are asked to report it to the "
        "editorial office, which will correct it and note the correction below the text.",
    ]
    sidebar = ["Archive", "March", "April", "May", "June", "July"]
    text = "\n".join([title, *MENU, *SECTIONS, *ARTICLE[1:], *sidebar, *notice, *FOOTER])
    article = articleclean.clean_text(text)
    assert article.paragraphs == ARTICLE[1:]
    assert not set(article.text.splitlines()) & set(notice)


def test_the_start_of_the_article_below_the_page_headline_stays() -> None:
    title = f"{ARTICLE[0]} | Example Times"
    standfirst = "Six hours of debate end with a vote"
    share_bar = ["Share", "Tweet", "Email", "Print", "Copy link", "Save"]
    sidebar = ["Archive", "March", "April", "May", "June", "July"]
    lines = [title, *MENU, *SECTIONS, ARTICLE[0], standfirst, *share_bar, *ARTICLE[1:], *sidebar]
    article = articleclean.clean_text("\n".join(lines))
    kept = set(article.text.splitlines()) | {article.title}
    assert {ARTICLE[0], standfirst} <= kept
    assert not kept & set(SECTIONS + share_bar + sidebar)


def test_time_stamp_lines_count_as_page_furniture() -> None:
    from articleclean.document import Segment
    from articleclean.rules.article_run import _weight

    # (neither line is one of the edges of an article: a notice, a prompt, a teaser heading)
    stamp = _weight(Segment("Dienstag, 4. Juni 2019, 15:54 Uhr", None), False)
    medium = _weight(Segment("Was so alles in eine Tasche passt", None), False)
    assert stamp < medium < 0


def test_a_list_after_the_article_text_stays_on_a_page_dump() -> None:
    # A table after the prose goes on with the article: they share its words or are
    # list rows; the footer after them does not.
    results = [
        "1. Schools 41 million",
        "2. Public transport 28 million",
        "3. Administration 9 million",
        "Spending on schools and public transport by the city",
    ]
    lines = [*MENU, *SECTIONS, *ARTICLE, *results, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    kept = set(article.text.splitlines())
    assert set(results) <= kept
    assert not kept & set(FOOTER)


def test_a_list_announced_by_a_colon_after_the_article_stays() -> None:
    # Codes and names share no words with the prose, yet the colon says they are its list.
    intro = "The council named the schools that will get new buses next year:"
    schools = ["ABC", "DEF", "Hillside", "St Mary", "GHI", "Oakwood", "JKL", "Riverside"]
    text = "\n".join(MENU + ARTICLE + [intro, *schools] + FOOTER)
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "page"
    kept = article.text.splitlines()
    assert [line for line in [intro, *schools] if line not in kept] == []
    assert not set(kept) & set(FOOTER)


def test_names_with_a_qualifier_in_brackets_are_the_announced_list() -> None:
    # ")" ends a line as a sentence ends, yet "Name (what they are)" is a list's item.
    intro = "The council thanked the people who spoke at the public hearing:"
    speakers = [
        "Ann Lee (Hillside)",
        "Tom Berg (teacher)",
        "Maria Costa (parent)",
        "Raj Patel (bus driver)",
    ]
    text = "\n".join(MENU + SECTIONS + ARTICLE + [intro, *speakers] + FOOTER)
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "page"
    kept = article.text.splitlines()
    assert [line for line in [intro, *speakers] if line not in kept] == []
    assert not set(kept) & set(FOOTER)


def test_a_table_title_under_a_sentence_announcing_the_table_does_not_end_it() -> None:
    # The sentence ends in a colon; the table's own title (no item, no word of the prose)
    # stands between it and the cells, and a sentence closes the table.
    intro = "The final accounts show how much each department received over the two years:"
    table = [
        "Totals by department, in millions of euros",
        "Schools",
        "41.2 million",
        "44.0 million",
        "6.8 %",
        "Buses",
        "28.5 million",
        "30.1 million",
        "5.6 %",
        "Parks",
        "6.1 million",
        "5.9 million",
        "-3.3 %",
        "The schools received the largest share of the increase, the finance office said.",
    ]
    text = "\n".join(MENU + SECTIONS + ARTICLE + [intro, *table] + FOOTER)
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "page"
    kept = article.text.splitlines()
    assert [line for line in [intro, *table] if line not in kept] == []
    assert not set(kept) & set(FOOTER)


def _page(title_line: str, headline: str) -> str:
    return "\n".join([title_line, *MENU, *SECTIONS, headline, *ARTICLE[1:], *FOOTER])


def test_a_shorter_form_of_a_one_part_page_title_below_it_is_the_title() -> None:
    # "Kicker: Headline" has no site beside the headline; the page prints the headline alone.
    article = articleclean.clean_text(_page(f"Budget vote: {ARTICLE[0]}", ARTICLE[0]))
    assert article.title == ARTICLE[0]
    assert article.title_lines == (14, 14)


def test_the_page_headline_worded_apart_from_the_title_is_the_title() -> None:
    headline = "Council passes new city budget after six hours of debate"
    article = articleclean.clean_text(_page(ARTICLE[0], headline))
    assert article.title == headline
    first = next(r for r in article.removed if r.lines == (1, 1))
    assert first.text == ARTICLE[0]  # the <title> line is kept in `removed`
    assert article.paragraphs == ARTICLE[1:]


def test_a_reworded_line_is_not_the_title_when_the_title_is_printed_as_it_is() -> None:
    # A breadcrumb or teaser shares the title's words; the headline printed as the
    # <title> has it (further down) says the <title>'s wording is the page's.
    crumb = "Home > News > Council passes new city budget after debate"
    text = "\n".join([ARTICLE[0], *MENU, *SECTIONS, crumb, *ARTICLE[1:], ARTICLE[0], *FOOTER])
    assert articleclean.clean_text(text).title == ARTICLE[0]


def test_a_reworded_line_is_not_the_title_without_article_prose() -> None:
    # A list of similar items (no prose for a headline to stand above).
    items = [f"Council budget notes part {n}" for n in ("one", "two", "three", "four")]
    text = "\n".join(["Council budget notes part one", *MENU, *items[1:], *FOOTER])
    assert articleclean.clean_text(text).title == "Council budget notes part one"


def test_the_headline_below_a_prose_like_site_line_is_still_found() -> None:
    # A site's tagline reads as prose; the headline stands well below it.
    tagline = "Our newsroom brings you the news of the city and the region every single day."
    text = "\n".join(
        [f"{ARTICLE[0]} | City Daily", tagline, *MENU, *SECTIONS, ARTICLE[0], *ARTICLE[1:], *FOOTER]
    )
    article = articleclean.clean_text(text)
    assert article.title == ARTICLE[0]
    assert article.title_lines == (15, 15)


def test_the_path_to_the_page_ending_in_its_headline_is_removed() -> None:
    crumb = f"Home » News » Politics » {ARTICLE[0]}"
    text = "\n".join([f"{ARTICLE[0]} | City Daily", *MENU, crumb, *ARTICLE, *FOOTER])
    article = articleclean.clean_text(text)
    assert article.metadata["dump"] == "page"
    removed = {r.text: r.rule for r in article.removed}
    assert removed[crumb] == "breadcrumb"
    assert article.paragraphs == ARTICLE[1:]


def test_a_quote_in_guillemets_is_no_path() -> None:
    from articleclean.rules.page_furniture import _is_breadcrumb

    words = frozenset({"kommen", "wir"})
    assert not _is_breadcrumb("Er sagte: »Wir kommen« und ging. »Wir kommen«, rief sie.", words)
    assert _is_breadcrumb("Startseite>Politik>Wir kommen wieder", words)
    assert not _is_breadcrumb("Home » News » Weather in the north", words)  # not the headline


RECIPE_INTRO = (
    "These almond biscuits are the ones my grandmother baked every December, and they keep "
    "for weeks in a tin."
)
INGREDIENTS = [
    "300 g flour",
    "1 tsp baking powder",
    "100 g ground almonds",
    "200 g butter",
    "200 g sugar",
    "1 egg",
    "2 tbsp milk",
]
RECIPE_STEPS = [
    "Put all the ingredients in a bowl and knead them into a smooth dough with your hands.",
    "Roll the dough out on a floured worktop and cut out any shapes you like with a cutter.",
    "Bake the biscuits in the middle of the oven for fifteen minutes until they are golden.",
]


def test_a_list_of_rows_between_the_article_paragraphs_stays_on_a_page_dump() -> None:
    # Quantities, numbered or bulleted rows in a block are a list, not a menu: the prose on
    # both sides is one article, and so the intro above the list is not cut off.
    lines = [*MENU, *SECTIONS, RECIPE_INTRO, *INGREDIENTS, *RECIPE_STEPS, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    kept = set(article.text.splitlines())
    assert {RECIPE_INTRO, *INGREDIENTS, *RECIPE_STEPS} <= kept
    assert not kept & set(MENU + SECTIONS + FOOTER)


def test_a_heading_over_the_last_paragraphs_of_the_article_stays() -> None:
    # In the run's thin end a short line over two paragraphs opens the article's last
    # section; a line with one sentence under it is a teaser (see the thin-end test above).
    heading = "What happens next"
    closing = [  # short sentences: the thin end of the run's prose
        "The regional government must still approve the whole budget.",
        "The first new school buses should run next spring.",
    ]
    lines = [*MENU, *SECTIONS, *ARTICLE, heading, *closing, *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    kept = set(article.text.splitlines())
    assert {heading, *closing} <= kept
    assert not kept & set(FOOTER)


LONG_ARTICLE = [
    ARTICLE[0],
    *(
        f"{line[:-1]}, and the council will publish the minutes of the session next week,"
        " together with the answers of each department to the questions of the members."
        for line in ARTICLE[1:]
    ),
    "Parents' groups welcomed the money for schools but said that the plan for new buses"
    " came years too late for the families in the outer districts of the city.",
    "The opposition said it would ask the regional court to look at the forecasts before"
    " the budget takes effect, a step that could delay the new spending by several months.",
    "Members of the finance committee said they would meet the auditors in the spring to go"
    " through the forecasts line by line, as they do every year before the first payments.",
    "The debate was streamed live on the council's website and watched by more people than"
    " any session before it, the council's press office said on Wednesday morning.",
]


@pytest.mark.parametrize(
    "heading, closing, kept",
    [
        (  # the article's last section: one paragraph of its own length under a subheading
            "Conclusion",
            "The budget passed with a narrow majority after six hours, and although the money for"
            " schools and buses is there, the forecasts of tax revenue behind it will be tested"
            " next year, when the council has to decide again whether the plan can hold or"
            " must be cut back.",
            True,
        ),
        (  # a heading over a closing sentence stays too: a box's heading after the article
            # stands so as well, but cutting the article's own heading costs more (round 30)
            "From our archive",
            "Last year the council argued for weeks over the cost of the new fire station.",
            True,
        ),
        (  # a comment's header between its post and the next is no heading
            "Jane Doe May 9, 2017 at 3:01 pm",
            "Last year the council argued for weeks over the cost of the new fire station.",
            False,
        ),
    ],
)
def test_a_subheading_over_the_one_closing_paragraph_stays(
    heading: str, closing: str, kept: bool
) -> None:
    # A short line between the article's prose lines at the run's end is its subheading,
    # whatever the length of the paragraph below; a line with a date needs a paragraph
    # under it and two above.
    lines = [*MENU, *SECTIONS, *LONG_ARTICLE, heading, closing, *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert (heading in article.text.splitlines()) is kept
    assert closing in article.text.splitlines()
    assert not set(article.text.splitlines()) & set(FOOTER)


def test_a_name_under_a_prefix_line_above_the_headline_is_the_byline() -> None:
    title = f"{ARTICLE[0]} | Example Times"
    lines = [title, *MENU, *SECTIONS, "Report by", "Jane Carter", *ARTICLE, *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert article.metadata["dump"] == "page"
    assert article.byline == ["Jane Carter"]


def test_the_author_box_right_after_the_article_gives_the_byline() -> None:
    title = f"{ARTICLE[0]} | Example Times"
    lines = [title, *MENU, *SECTIONS, *ARTICLE, "Ein Beitrag von:", "Jane Carter", *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert article.metadata["dump"] == "page"
    assert article.byline == ["Jane Carter"]
    assert article.paragraphs == ARTICLE[1:]


def _run_end_under_teaser_heading(tail: list[str]) -> int:
    """Where the article's run ends (`_end_before_teaser_box`): the article's paragraphs
    three times, a "You might also like" heading, then `tail`."""
    from articleclean.document import Segment
    from articleclean.rules.article_run import _end_before_teaser_box, _weight
    from articleclean.rules.base import Claimed
    from articleclean.rules.teaser_headings import teaser_heading

    heading = Segment("You might also like", None, rule=teaser_heading.name)
    segments = [*(Segment(p, None) for p in ARTICLE[1:] * 3), heading]
    segments += [Segment(line, None) for line in tail]
    weights = [_weight(s, s is heading) for s in segments]
    return _end_before_teaser_box(
        segments, weights, 0, len(segments) - 1, Claimed([heading]), Claimed([])
    )


def test_a_box_of_other_stories_under_a_teaser_heading_ends_the_article_run() -> None:
    # Each story's blurb reads as prose and would carry the article's run on past the
    # heading; the article's own paragraphs after an inline "Read more" follow one another.
    run_end = _run_end_under_teaser_heading
    box = [
        "Harbour ferry returns after the council repairs",
        "The ferry across the harbour runs again from Monday, the council said.",
        "Library opens on Sundays",
        "Readers can borrow books on Sundays from next month, the council decided.",
    ]
    heading_at = len(ARTICLE[1:]) * 3
    assert run_end(box) == heading_at - 1
    paragraphs = [ARTICLE[1], ARTICLE[2], "Library opens on Sundays", ARTICLE[3]]
    assert run_end(paragraphs) == heading_at + len(paragraphs)
    # The box, then the article going on, two paragraphs in a row: not a box closing it.
    assert run_end([*box, ARTICLE[1], ARTICLE[2]]) == heading_at + len(box) + 2
    # Prose right under the heading has no headline above it.
    assert run_end(box[1:]) == heading_at + len(box) - 1
    # A "blurb" longer than a box's: the article's own paragraph.
    long = " ".join(["The ferry runs again from Monday and the council said so"] * 6) + "."
    assert run_end([box[0], long, box[2], box[3]]) == heading_at + len(box)


def test_a_box_headline_that_reads_as_a_sentence_still_stands_over_its_blurb() -> None:
    # A headline of ten words or more that ends like a sentence ("… at last!") weighs as
    # prose; right over a blurb it is that blurb's headline, not a blurb of its own.
    run_end = _run_end_under_teaser_heading
    box = [
        "Harbour ferry returns after the council repairs",
        "The ferry across the harbour runs again from Monday, the council said.",
        "The library in the old town opens on Sundays at last!",
        "Readers can borrow books on Sundays from next month, the council decided.",
    ]
    heading_at = len(ARTICLE[1:]) * 3
    assert run_end(box) == heading_at - 1
    # The article going on with two paragraphs in a row after the box still ends no run:
    # a paragraph is longer than a headline.
    assert run_end([*box, ARTICLE[1], ARTICLE[2]]) == heading_at + len(box) + 2


# A box of other stories whose first headline `teaser_blurb` took already: the first
# blurb stands under a line that is gone, not right under the heading.
_BOXES = {
    "en": (
        "More from the city desk",
        [
            "Harbour ferry returns after the council repairs",
            "The ferry across the harbour runs again from Monday, the council said on Friday.",
            "Library opens on Sundays",
            "Readers can borrow books on Sundays from next month, the council decided.",
        ],
    ),
    "de": (
        "Das könnte Sie auch interessieren",
        [
            "Hafenfähre fährt nach der Reparatur wieder",
            "Die Fähre über den Hafen fährt ab Montag wieder, teilte die Stadt am Freitag mit.",
            "Bibliothek öffnet sonntags",
            "Leser können ab dem nächsten Monat auch sonntags Bücher ausleihen, so der Rat.",
        ],
    ),
    "es": (
        "Te puede interesar",
        [
            "Vuelve el ferri del puerto tras las reparaciones",
            "El ferri que cruza el puerto vuelve a funcionar desde el lunes, dijo el ayuntamiento.",
            "La biblioteca abre los domingos",
            "Los lectores podrán pedir libros los domingos desde el mes que viene, decidió el pleno.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_BOXES))
def test_a_box_headline_teaser_blurb_took_still_stands_over_its_blurb(language: str) -> None:
    from articleclean.article import Reason
    from articleclean.document import Label, Segment
    from articleclean.rules.article_run import _end_before_teaser_box, _weight
    from articleclean.rules.base import Claimed
    from articleclean.rules.teaser_headings import teaser_blurb, teaser_heading

    heading_text, box = _BOXES[language]
    heading = Segment(heading_text, None, rule=teaser_heading.name)
    taken = Segment(box[0], None, Label.REMOVED, Reason.RELATED_TEASER, rule=teaser_blurb.name)
    segments = [*(Segment(p, None) for p in ARTICLE[1:] * 3), heading, taken]
    segments += [Segment(line, None) for line in box[1:]]
    weights = [_weight(s, s is heading) for s in segments]
    heading_at = len(ARTICLE[1:]) * 3

    def run_end(headlines: Claimed) -> int:
        return _end_before_teaser_box(
            segments, weights, 0, len(segments) - 1, Claimed([heading]), headlines
        )

    assert run_end(Claimed([taken])) == heading_at - 1
    # A line some other rule took (an ad marker, a credit) is no headline: the first
    # blurb stays right under the heading, and the box is not told.
    assert run_end(Claimed([])) == len(segments) - 1


def test_a_note_on_the_author_opening_with_the_byline_name_goes() -> None:
    note = (
        "Jane Carter is a reporter at the City Gazette and writes about the council and its budget."
    )
    other = "Tom Fielding is the council's treasurer and has presented the budget for ten years."
    lines = [*MENU, *SECTIONS, ARTICLE[0], "By Jane Carter", *ARTICLE[1:], other, note, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    assert article.byline == ["Jane Carter"]
    removed = {r.text: r.rule for r in article.removed}
    assert removed.get(note) == "author_note"
    assert other in article.paragraphs  # someone else's name opens a paragraph of the article


def test_a_note_under_the_byline_and_one_without_a_full_stop_go() -> None:
    # The author box under the headline (byline, a share button, note), and a note ending in the
    # author's beats with no full stop (de) under it: both open with the byline's name and a
    # verb.
    box = (
        "Jane Carter is a reporter at the City Gazette and writes about the council and its budget."
    )
    lines = [*MENU, ARTICLE[0], "By Jane Carter", "Share on Facebook", box, *ARTICLE[1:], *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    assert {r.text: r.rule for r in article.removed}.get(box) == "author_note"
    assert article.paragraphs == ARTICLE[1:]
    beats = (
        "Anna Berger schreibt seit 2015 für die Stadtzeitung über Verkehr, Wohnen und Stadtplanung"
    )
    german = [
        *MENU,
        "Stadtrat beschließt neuen Haushalt",
        "Von Anna Berger",
        beats,
        "Der Stadtrat hat am Dienstag nach einer langen Debatte einen neuen Haushalt beschlossen.",
        "Er erhöht die Ausgaben für Schulen und den Nahverkehr und senkt die Kosten der Verwaltung.",
        "Die Opposition hält die Schätzungen der Steuereinnahmen für zu optimistisch.",
        *FOOTER,
    ]
    article = articleclean.clean_text("\n".join(german), dump="page")
    assert article.byline == ["Anna Berger"]
    assert {r.text: r.rule for r in article.removed}.get(beats) == "author_note"


def test_a_note_opening_with_a_name_that_ends_in_an_abbreviation_goes() -> None:
    # "By Samuel Ortiz Jr." gives the name "Samuel Ortiz Jr" (its full stop read as the
    # line's end); the note prints it with the full stop before the verb.
    note = "Samuel Ortiz Jr. is a senior writer at the City Gazette and covers the courts."
    lines = [*MENU, ARTICLE[0], "By Samuel Ortiz Jr.", *ARTICLE[1:], note, *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    assert article.byline == ["Samuel Ortiz Jr"]
    assert {r.text: r.rule for r in article.removed}.get(note) == "author_note"
    assert article.paragraphs == ARTICLE[1:]


def test_a_first_paragraph_opening_with_the_name_stays_when_no_byline_is_above_it() -> None:
    # The byline printed under the article: the first paragraph, opening with the
    # author's name (a column about the author's own week), is the article's.
    lede = "Jane Carter has covered the council for ten years and watched six budgets pass."
    lines = [*MENU, ARTICLE[0], lede, *ARTICLE[1:], "By Jane Carter", *FOOTER]
    article = articleclean.clean_text("\n".join(lines), dump="page")
    assert article.byline == ["Jane Carter"]
    assert lede in article.paragraphs


def test_a_line_of_date_and_labels_under_the_headline_goes_and_the_standfirst_stays() -> None:
    standfirst = "On 12 March 2020 the council met for its longest session in a decade."
    for meta in (
        "January 13, 2020 at 08:45 AM | categories: Politics, City Hall | View Comments",
        "Freitag | 14. Juni 2019 | 15:49 | Lokales | Stadtrat | 12 Kommentare",
        "Paddy · April 19, 2019 · Politik · Stadt · 7 comments",
    ):
        sidebar = ["Archive", "March", "April", "May", "June", "July"]
        title = f"{ARTICLE[0]} | Example Times"
        lines = [title, *MENU, *SECTIONS, ARTICLE[0], meta, standfirst, *ARTICLE[1:], *sidebar]
        article = articleclean.clean_text("\n".join(lines))
        assert meta not in article.text.splitlines()
        assert any(r.text == meta and r.rule == "outside_article" for r in article.removed)
        assert article.paragraphs == [standfirst, *ARTICLE[1:]]


def _comment_thread(reply: str, says: str, comments: list[str]) -> list[str]:
    lines: list[str] = []
    for number, comment in enumerate(comments, start=1):
        lines += [
            f"Reader {number} {says}",
            f"0{number}.03.2021 um 1{number}:2{number}",
            comment,
            reply,
        ]
    return lines


def test_comments_after_the_article_go_on_a_page_dump() -> None:
    # On-topic prose after the run stays as a stray part of the article, but not past the
    # "Reply" under each comment: a comment thread, in any language, and its first comment
    # that joined the article's run ends the run.
    comments = [
        "The city council budget debate was far too long, and the mayor should have cut the schools debate short.",
        "I think the council budget for schools and transport is fine, but the tax revenue forecasts are not.",
        "Opponents of the budget are right that the council relied on optimistic forecasts of tax revenue.",
        "The council should publish the budget for schools and public transport before the next debate starts.",
        "The mayor said the council could work together, yet the budget debate on Tuesday showed otherwise.",
    ]
    for reply, says in (("Reply", "says:"), ("Antworten", "sagt:"), ("Répondre", "dit :")):
        text = "\n".join([*MENU, *ARTICLE, *_comment_thread(reply, says, comments), *FOOTER])
        article = articleclean.clean_text(text, dump="page")
        assert article.paragraphs == ARTICLE[1:], reply
        assert not set(article.text.splitlines()) & set(comments), reply


def test_a_paragraph_after_one_prompt_box_below_the_article_stays() -> None:
    # One box of page furniture (a newsletter prompt of two lines) between the article and
    # its last paragraph is not a comment thread.
    last = "All five council members who voted against the budget said they would ask for a review of the tax revenue forecasts."
    prompt = [
        "Headlines Delivered to Your Inbox",
        "Sign up for our morning and evening newsletters.",
    ]
    text = "\n".join([*MENU, *ARTICLE, *prompt, last, *FOOTER])
    article = articleclean.clean_text(text, dump="page")
    assert last in article.paragraphs


def test_a_timeline_of_stamped_entries_after_the_article_stays() -> None:
    # Stamps over prose with no "Reply" under each: a live blog's or a timeline's entries.
    entries = [
        "The council met again to discuss the budget for schools and public transport in the city.",
        "The mayor presented the revised budget to the council and answered questions on tax revenue.",
        "Opponents of the budget asked the council to publish its forecasts of tax revenue first.",
        "The council approved the budget for schools and transport after a debate of six hours.",
    ]
    timeline: list[str] = []
    for number, entry in enumerate(entries, start=1):
        timeline += [f"0{number}.03.2021, 1{number}:00 Uhr", entry]
    text = "\n".join([*MENU, *ARTICLE, *timeline, *FOOTER])
    article = articleclean.clean_text(text, dump="page")
    assert set(entries) <= set(article.paragraphs)


def test_a_prompt_known_by_its_shape_is_an_edge_of_the_article() -> None:
    # "Jetzt kostenlos registrieren und weiterlesen" is `promo_shape`'s: like the prompts
    # `promo_prompt` takes, it ends the article's run, so the tags under it go with the
    # menus (before, the blurbs further down carried the run over it and kept them).
    lines = [
        "Hochwasserschutz am Rhein wird ausgebaut | Rheintal Bote",
        *("Zum Inhalt springen", "Startseite", "Lokales", "Sport", "Kultur", "Wirtschaft"),
        "Hochwasserschutz am Rhein wird ausgebaut",
        "Das Land will bis 2030 die Dämme zwischen Basel und Karlsruhe erhöhen und an drei "
        "Stellen neue Polder anlegen, die bei Hochwasser geflutet werden können.",
        "Die Arbeiten sollen im kommenden Frühjahr beginnen, zuerst an den Abschnitten, die "
        "beim Hochwasser vor zwei Jahren beinahe überspült worden wären.",
        "Die Kosten von rund 400 Millionen Euro tragen das Land und der Bund, die Gemeinden "
        "am Fluss zahlen einen kleinen Teil.",
        "Jetzt kostenlos registrieren und weiterlesen",
        *("Hochwasser", "Polder", "Rhein"),
        "Stadtwerke erhöhen die Preise",
        "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Strom und Gas, Kundinnen und "
        "Kunden erhalten in den nächsten Tagen einen Brief mit den neuen Tarifen und einer "
        "Frist für den Wechsel.",
        "Weihnachtsmarkt öffnet früher",
        "Der Weihnachtsmarkt auf dem Münsterplatz öffnet in diesem Jahr schon am Donnerstag "
        "vor dem ersten Advent, mit mehr Ständen als im Vorjahr und einer Eisbahn für Kinder "
        "vor dem Rathaus.",
        *("Impressum", "Datenschutz", "Kontakt", "AGB", "© 2024 Rheintal Bote"),
    ]
    article = articleclean.clean_text("\n".join(lines))
    assert article.metadata["dump"] == "page"
    assert article.paragraphs[:3] == lines[8:11]
    removed = {r.text: r.rule for r in article.removed}
    assert removed["Jetzt kostenlos registrieren und weiterlesen"] == "promo_shape"
    assert all(removed.get(tag) == "outside_article" for tag in ("Hochwasser", "Polder", "Rhein"))


# A recipe blog's page (de): the recipe's short lines, then the comment form, the
# sidebar and a footer with the licence notice Creative Commons' chooser writes and a
# disclaimer paragraph.
_RECIPE_DE = [
    "Zimtsterne",
    "Zubereitungszeit: 30 Minuten (+ 10 Minuten backen)",
    "Ergibt: 30 Stück",
    "Zutaten:",
    "250 g gemahlene Mandeln",
    "200 g Puderzucker",
    "2 Eiweiß",
    "1 TL Zimt",
    "1 Prise Salz",
    "1 EL Zitronensaft",
    "Puderzucker zum Ausrollen",
    "Zubereitung:",
    "Das Eiweiß mit dem Salz steif schlagen und den Puderzucker nach und nach einrieseln lassen.",
    "Drei Esslöffel davon für die Glasur beiseitestellen.",
    "Mandeln und Zimt unter den Rest heben und zu einem Teig verkneten.",
    "Den Teig auf Puderzucker ausrollen und Sterne ausstechen.",
    "Backofen auf 150 °C (Umluft) vorheizen.",
    "Die Sterne mit der Glasur bestreichen und auf ein Backblech legen.",
    "Im Ofen (Mitte) etwa 10 Minuten backen, bis die Glasur fest ist.",
]
_BLOG_PAGE_DE = [
    "Zimtsterne | backstube@home",
    "backstube@home Leckeres aus dem Ofen",
    "Über diesen Blog",
    "8. Dezember 2012",
    "in › Gebäck, › Weihnachten",
    "Hinterlasse einen Kommentar",
    *_RECIPE_DE,
    "Gefällt mir:",
    "Gefällt mir Lade...",
    "« Vorheriger Beitrag",
    "Nächster Beitrag »",
    "Kommentar verfassen Antwort abbrechen",
    "Gib hier Deinen Kommentar ein ...",
    "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
    "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)",
    "Name (erforderlich)",
    "Webseite",
    "Abbrechen",
    "Verbinde mit %s",
    "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
    "Informiere mich über neue Beiträge per E-Mail.",
    "Suche nach:",
    "Kategorien",
    "› Dessert",
    "› Gebäck",
    "› Weihnachten",
    "› Hauptgericht",
    "› Snack",
    "› Vorspeise",
    "Archiv",
    "Dezember 2012",
    "Oktober 2012",
    "April 2012",
    "Januar 2012",
    "Creative-Commons-Lizenz",
    "Die Bilder in diesem Blog stehen unter einer Creative Commons Namensnennung-NichtKommerziell-KeineBearbeitung 3.0 Unported Lizenz.",
    "Über diese Lizenz hinausgehende Erlaubnisse erhalten Sie auf Anfrage per E-Mail an die Autorin dieses Blogs.",
    "Haftungshinweis",
    "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links, die in meinem Blog zugänglich sind. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.",
    "backstube@home",
]


def test_a_licence_footer_does_not_outweigh_the_recipe_above_it() -> None:
    # The footer's two long sentences outweighed the method's short ones, and the run
    # was the footer; the licence notice is now a notice, an edge of the article, and the
    # method is the run (the ingredients above it, short rows, still go: left alone).
    article = articleclean.clean_text("\n\n".join(_BLOG_PAGE_DE))
    method = _RECIPE_DE[_RECIPE_DE.index("Zubereitung:") + 1 :]
    assert all(step in article.paragraphs for step in method)
    assert not any("Creative Commons" in p or "Haftung" in p for p in article.paragraphs)


_SECTIONED_STARTS = {
    "en": (
        "Pumpkin pierogi in sage butter like grandma made them",
        [
            "Knead the flour, the water and a pinch of salt into a dough and let it rest for an hour.",
            "Step 2",
            "Peel the squash, cut it into cubes and let it soften with the onion over a low heat.",
            "Step 3",
            "Roll the dough out thinly, cut out circles, fill them and press the edges together well.",
        ],
    ),
    "de": (
        "Kürbis-Pierogi in Salbeibutter nach Omas Art",
        [
            "Mehl, Wasser und eine Prise Salz zu einem Teig kneten und eine Stunde ruhen lassen.",
            "Schritt 2",
            "Den Hokkaido schälen, würfeln und mit der Zwiebel bei kleiner Hitze weich dünsten.",
            "Schritt 3",
            "Den Teig dünn ausrollen, Kreise ausstechen, füllen und die Ränder fest andrücken.",
        ],
    ),
    "pl": (
        "Pierogi z dynią w sosie szałwiowym na obiad",
        [
            "Z mąki, wody i szczypty soli zagnieć ciasto i odstaw je na pół godziny pod przykryciem.",
            "Krok 2",
            "Dynię obierz, pokrój w kostkę i podduś razem z cebulą, aż będzie zupełnie miękka.",
            "Krok 3",
            "Ciasto cienko rozwałkuj, wytnij krążki, nałóż farsz i dokładnie sklej brzegi pierogów.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(_SECTIONED_STARTS))
def test_subheadings_between_paragraphs_above_the_run_stay(language: str) -> None:
    # The article's start between its headline and the run (a share bar cuts it off):
    # short lines each between two paragraphs are its subheadings, a series of them.
    headline, start = _SECTIONED_STARTS[language]
    share_bar = ["Share", "Tweet", "Email", "Print", "Copy link", "Save"]
    sidebar = ["Archive", "March", "April", "May", "June", "July"]
    lines = [f"{headline} | Example", *MENU, *SECTIONS, headline, *start, *share_bar]
    lines += [*ARTICLE[1:], *sidebar]
    article = articleclean.clean_text("\n".join(lines))
    kept = set(article.text.splitlines())
    assert set(start) <= kept
    assert not kept & set(SECTIONS + share_bar + sidebar)


_LONE_SUBHEADINGS = {
    "en": ("Supported platforms", "Share"),
    "de": ("Unterstützte Plattformen", "Teilen"),
    "pl": ("Obsługiwane platformy", "Udostępnij"),
}


@pytest.mark.parametrize("language", sorted(_LONE_SUBHEADINGS))
def test_one_short_line_between_kept_lines_above_the_run_stays(language: str) -> None:
    # Round 24: a short line alone between two lines of the article's kept start (its
    # lede above, its next paragraph below) is its own subheading; a page's controls
    # and menus stand in rows of lines that all go (a share bar under the start).
    headline, start = _SECTIONED_STARTS[language]
    subheading = _LONE_SUBHEADINGS[language][0]
    share_bar = ["Share", "Tweet", "Email", "Print", "Copy link", "Save"]
    lines = [f"{headline} | Example", *MENU, *SECTIONS, headline, start[0], subheading]
    lines += [start[2], *share_bar, *ARTICLE[1:], *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    kept = set(article.text.splitlines())
    assert {start[0], subheading, start[2]} <= kept
    assert not kept & set(MENU + SECTIONS + share_bar + FOOTER)


@pytest.mark.parametrize("language", sorted(_LONE_SUBHEADINGS))
def test_two_short_lines_in_a_row_between_kept_lines_above_the_run_go(language: str) -> None:
    # Two short lines in a row between the start's paragraphs are a page's row of
    # controls: neither stands alone between lines that stay, and both still go.
    headline, start = _SECTIONED_STARTS[language]
    subheading, control = _LONE_SUBHEADINGS[language]
    share_bar = ["Share", "Tweet", "Email", "Print", "Copy link", "Save"]
    lines = [f"{headline} | Example", *MENU, *SECTIONS, headline, start[0], subheading, control]
    lines += [start[2], *share_bar, *ARTICLE[1:], *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    kept = set(article.text.splitlines())
    assert {start[0], start[2]} <= kept
    assert not kept & {subheading, control}


# --- round 22: the post's tags or category line closes the article --------------------

CLOSING_FACTS = {
    "en": "Tags: city council, budget, schools",
    "de": "Schlagwörter: Stadtrat, Haushalt, Schulen",
    "fr": "Catégories : conseil municipal, budget",
}
SAME_TOPIC_HEADLINES = [
    "Council budget: what the new schools spending means",
    "Public transport spending in the city budget",
]


@pytest.mark.parametrize("language", sorted(CLOSING_FACTS))
def test_lines_after_the_post_s_tags_line_are_not_the_article_s(language: str) -> None:
    # Other stories' headlines on the same topic share the article's words and went on
    # with it; the tags line between them and the article ends it (kept before round 22).
    facts = CLOSING_FACTS[language]
    lines = [*MENU, *SECTIONS, *ARTICLE, facts, *SAME_TOPIC_HEADLINES, *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert article.metadata["dump"] == "page"
    assert article.paragraphs == ARTICLE[1:]
    kept = set(article.text.splitlines())
    assert not kept & {facts, *SAME_TOPIC_HEADLINES}


def test_the_article_s_own_list_after_its_prose_still_goes_on_before_the_tags() -> None:
    results = ["1. Schools 41 million", "2. Public transport 28 million"]
    lines = [*MENU, *SECTIONS, *ARTICLE, *results, CLOSING_FACTS["en"], *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert set(results) <= set(article.text.splitlines())


# --- round 28: the article's last sentence right after the run ------------------------
#
# A post's last line that ends with an emoji or with nothing is no sentence to
# `_continues`; right under the run, before the page's lines, it is the article's
# (r28-plost, `_closing_line`).

CLOSING_LINES = {
    "en": "All in all it felt like a good day for everybody involved 😉",
    "de": "Am Ende zählt nur das Gefühl, es geschafft zu haben 😉",
    "fr": "Au fond, on se sent un peu comme un gagnant et ça me plaît bien",
}
OTHER_POSTS = [
    "Resolutions vs goals 3 January 2020",
    "A virtual run for the climate 13 November 2019",
    "Why I like my new shoes 20 October 2019",
    "Hey Coburg, fix your roads 17 March 2019",
]


def _post_with_closing(closing: str) -> str:
    lines = [*MENU, *SECTIONS, *ARTICLE, closing, "Post Views: 1.432", *OTHER_POSTS, *FOOTER]
    return "\n\n".join(lines)


@pytest.mark.parametrize("language", sorted(CLOSING_LINES))
def test_the_article_s_last_line_without_a_full_stop_right_after_the_run_stays(
    language: str,
) -> None:
    closing = CLOSING_LINES[language]
    article = articleclean.clean_text(_post_with_closing(closing))
    assert article.metadata["dump"] == "page"
    assert article.paragraphs == [*ARTICLE[1:], closing]


def test_a_short_sign_off_right_after_the_run_still_goes() -> None:
    article = articleclean.clean_text(_post_with_closing("x Franzi"))
    assert article.paragraphs == ARTICLE[1:]


GARDEN_HEADLINE = "Our community garden opens its second season"
GARDEN_PROSE = [
    "The community garden behind the old school opens its second season on Saturday, with"
    " forty beds for the families of the district.",
    "Members share the tools, the water and the compost, and every bed is looked after by one"
    " family for the whole season.",
    "The garden was founded last spring by a group of neighbours who wanted to grow vegetables"
    " close to their homes.",
]
# Fourteen short lines that share no words with the prose and are no list rows by shape:
# more than `_continuation` walks past before it gives up.
GARDEN_PLOTS = [
    "Tomatoes and peppers along the southern fence",
    "Beans and peas climbing up the old gate",
    "Herbs for the kitchen near the water tap",
    "Salad and radishes in the shade of the wall",
    "Potatoes in the big wooden boxes by the shed",
    "Pumpkins between the compost heaps every autumn",
    "Strawberries in the raised beds for the children",
    "Flowers for bees and butterflies along the path",
    "A bench under the apple tree for a rest",
    "Rain barrels at every corner of the plot",
    "Photo of the gate in early spring light",
    "Photo of the children planting seeds",
    "Photo of the long table at the harvest party",
    "Photo of the new shed with its green roof",
]
GARDEN_MORE = [
    "Families who want a bed in the garden this season can write to the neighbours who run it"
    " before the end of March.",
    "The neighbours meet in the garden every first Saturday of the month to plan the season and"
    " to share seeds and tools.",
]
OTHER_STORY = [
    "The city council approved a new budget on Tuesday after a debate that lasted more than six"
    " hours, officials said.",
    "Opponents argued that the plan relied on optimistic forecasts of tax revenue for the"
    " coming two years.",
]


def _garden_page(tail: list[str]) -> str:
    return "\n".join([*MENU, GARDEN_HEADLINE, *GARDEN_PROSE, *GARDEN_PLOTS, *tail, *FOOTER])


def test_short_lines_between_the_run_and_more_of_the_article_s_prose_stay() -> None:
    # The article's prose goes on below a long stretch of short lines: a second run of prose
    # about the article's topic before any edge line, so what stands between is the article's.
    article = articleclean.clean_text(_garden_page(GARDEN_MORE))
    assert article.metadata["dump"] == "page"
    kept = set(article.paragraphs)
    assert set(GARDEN_PLOTS[:10]) <= kept
    assert set(GARDEN_MORE) <= kept
    assert not kept & set(FOOTER)


def test_short_lines_before_another_story_s_prose_still_go() -> None:
    # Guard (passes on main too): prose below the short lines about another topic is no second
    # run of the article's, and the lines above it stay out.
    article = articleclean.clean_text(_garden_page(OTHER_STORY))
    assert article.paragraphs == GARDEN_PROSE


LIBRARY_HEADLINE = "The district library moves into the old post office"
LIBRARY_PROSE = [
    "The district library will move into the old post office on the market square next spring,"
    " after the council agreed to buy the building from the postal service for a symbolic sum.",
    "The reading rooms on the ground floor will open six days a week, and the upper floor will"
    " hold the children's library, a room for homework and a small hall for readings and talks.",
    "Librarians have asked readers which books and services they miss most, and more than two"
    " thousand answers came back, many of them asking for longer opening hours in the evening.",
    "The old building in the side street, which the library has used for forty years, is too"
    " small for the collection and cannot be reached without climbing a flight of stairs.",
]
# The article's last section: a heading between two of its paragraphs, the last one short
# (fewer words than a long section's paragraph), in the run's thin end.
LIBRARY_CLOSING = ["How to help", "Volunteers can sign up at the front desk until May."]


def _library_page(closing: list[str]) -> str:
    # (the section lists above and below the article are what `outside_article` takes)
    body = [LIBRARY_HEADLINE, *LIBRARY_PROSE, *closing]
    return "\n".join([*MENU, *SECTIONS, *body, *SECTIONS, *FOOTER])


def test_a_heading_between_the_article_s_last_paragraphs_stays() -> None:
    # Fails on main: a short line in the thin end was the article's subheading only with two
    # prose lines above it and a paragraph of forty words below.
    article = articleclean.clean_text(_library_page(LIBRARY_CLOSING))
    assert article.metadata["dump"] == "page"
    kept = article.text.splitlines()
    assert "How to help" in kept
    assert LIBRARY_CLOSING[1] in kept
    assert not set(kept) & set(FOOTER)


def test_a_short_line_under_the_article_s_last_paragraph_still_goes() -> None:
    # Guard (passes on main too): a short line with no prose below it in the run is no
    # subheading, however close to the article's last paragraph it stands.
    article = articleclean.clean_text(_library_page(["Share this story"]))
    assert article.paragraphs == LIBRARY_PROSE


LETTER_HEADLINE = "An open letter on the future of the river port"
LETTER_PROSE = [
    "We, the undersigned, ask the city to keep the river port open to small boats and to the"
    " ferry, which hundreds of people use every day to reach their work on the other bank.",
    "The plan to fill in the old basin for a car park would cut the district off from the"
    " water, and the ferry would have to move to a landing two kilometres further down.",
    "We ask the council to hear the people who live and work on the river before it decides.",
]
# The letter's signatories: short lines that share no words with its prose and are no list
# rows by shape, right under the letter's short run of prose, no edge line between.
LETTER_SIGNATORIES = [
    "Maria Keller, captain of the river ferry",
    "Tom Brandt, boat builder at the old yard",
    "Aylin Demir, teacher at the harbour school",
    "Jonas Weber, fisherman and rowing coach",
    "Eva Lindqvist, pilot of the harbour office",
    "Paul Okafor, owner of the Quay Café",
    "Sofia Marino, architect, Marino & Partners",
    "Henrik Berg, retired engineer of the locks",
    "Lena Vogt, student of urban planning",
    "Carlos Ruiz, chair of the Eastside Rowing Club",
]


def _letter_page(prose: list[str]) -> str:
    # (the section list printed above and below the letter ends what goes on with it)
    body = [LETTER_HEADLINE, *prose, *LETTER_SIGNATORIES]
    return "\n".join([*MENU, *SECTIONS, *body, *SECTIONS, *FOOTER])


def test_a_list_under_a_short_run_of_prose_stays_up_to_a_line_printed_twice() -> None:
    # Fails on main: a list of names under a letter of three paragraphs shares none of its
    # words, so `_continuation` gave up after two of them and the signatories went.
    article = articleclean.clean_text(_letter_page(LETTER_PROSE))
    assert article.metadata["dump"] == "page"
    assert article.paragraphs == [*LETTER_PROSE, *LETTER_SIGNATORIES]


def test_a_list_under_a_longer_run_of_prose_still_goes() -> None:
    # Guard (passes on main too): under an article of five paragraphs the same short lines
    # are the page's, as a box or a menu below an article is.
    prose = [*LETTER_PROSE[:2], *LIBRARY_PROSE[:2], LETTER_PROSE[2]]
    article = articleclean.clean_text(_letter_page(prose))
    assert article.paragraphs == prose


_PORRIDGE_STEPS = [
    "Bring the milk to a gentle boil in a small pan and stir in the oats with a pinch of salt.",
    "Let the porridge simmer for about five minutes, stirring now and then so that nothing sticks.",
    "Meanwhile toast the chopped walnuts in a dry frying pan until they smell nutty and turn golden.",
    "Serve the porridge in warm bowls, scatter the walnuts over it and drizzle a little honey on top.",
]
_RECIPE_WIDGETS = ["Print", "Save", "Share", "Shopping list", "Nutrition facts", "Comments"]


def test_one_line_naming_the_page_does_not_win_over_the_article() -> None:
    # The rating widget's sentence holds every word of the title, the steps two of four:
    # one line of prose needs most of the title's words more than the densest run.
    title = "Apple porridge with oats and flaxseed | Example Kitchen"
    rating = (
        "Rate this recipe and tell other cooks how your apple porridge with oats and flaxseed "
        "turned out, what you changed and whether you would make it again."
    )
    lines = [title, *MENU, *SECTIONS, *_PORRIDGE_STEPS, *_RECIPE_WIDGETS, rating, *FOOTER]
    article = articleclean.clean_text("\n".join(lines))
    assert article.paragraphs == _PORRIDGE_STEPS
    assert rating in {r.text for r in article.removed}


def test_one_line_holding_the_whole_title_wins_over_a_notice_without_it() -> None:
    # A short page's one paragraph names the page; the densest run, the site's notice in
    # the footer, holds none of the title's words.
    title = "Opening hours of the town library | Example Town"
    notice = [
        "The publisher accepts no liability for the content of external links that readers "
        "follow from this website; the operators of linked pages alone are responsible.",
        "All photographs on this website are licensed under a Creative Commons licence unless "
        "stated otherwise, and permission beyond that licence can be requested by email.",
        "Personal data submitted through the contact form is stored only as long as needed to "
        "answer the request and is never passed to third parties without consent.",
    ]
    hours = (
        "The opening hours of the town library change from Monday: the reading rooms open at "
        "nine and close at seven on weekdays, the children's library closes at five, and on "
        "Saturdays the whole town library opens from ten until two."
    )
    lines = [title, *MENU, *SECTIONS, hours, *_RECIPE_WIDGETS, *FOOTER, *notice]
    article = articleclean.clean_text("\n".join(lines))
    assert hours in article.paragraphs
    assert not set(article.paragraphs) & set(notice)
