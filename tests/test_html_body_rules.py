"""HTML body rules: empty table rows, video-player text, unrelated slide galleries, never empty."""

from __future__ import annotations

import re

import pytest

import articleclean
from articleclean.document import Hints, Segment
from articleclean.rules.html import (
    _PLAYER_REST,
    KEPT_EXTRACTION,
    _player_patterns,
    _player_text,
    html_empty_row,
)
from articleclean.rules.phrasebook import PhraseBook
from story_cards import CARDS, POOL, POOL_SECTIONS

PROSE = (
    "The harbour board approved the new ferry timetable on Monday after months of talks "
    "with islanders, who had asked for an earlier boat in the morning and a later one at night."
)


def _page(body: str, title: str = "Ferry timetable approved") -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{PROSE}</p><p>{PROSE} The first sailing leaves at six.</p>{body}"
        "</article></body></html>"
    )


def _removed(article: articleclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def test_a_table_row_without_text_is_removed_and_a_row_with_text_kept() -> None:
    context = PhraseBook.for_config(articleclean.CleanerConfig())
    empty = Segment("| | |", (3, 3), Hints(tag="table"))
    row = Segment("| 2024 | 405 |", (4, 4), Hints(tag="table"))
    nested = Segment("| |", (5, 5), Hints(tag="div"))  # a table trafilatura kept in a <div>
    blank = Segment("|\u200b|\u200b|", (6, 6), Hints(tag="table"))  # zero-width "empty" cells
    code = Segment("|   |", (7, 7), Hints(tag="pre"))  # a diagram in code
    assert html_empty_row.check(empty, context)
    assert html_empty_row.check(nested, context)
    assert html_empty_row.check(blank, context)
    assert not html_empty_row.check(row, context)
    assert not html_empty_row.check(code, context)


_PLAYER = (
    "<div class='video-js'><p>Chapters</p><p>descriptions off, selected</p>"
    "<p>This is a modal window.</p><p>Play Video</p></div>"
)


def test_video_player_strings_are_removed_where_the_player_shows_itself() -> None:
    article = articleclean.clean_html(_page(_PLAYER))
    assert _removed(article, "html_player_text") == [
        "Chapters",
        "descriptions off, selected",
        "This is a modal window.",
    ]
    assert _removed(article, "media_placeholder") == ["Play Video"]  # a placeholder anywhere
    assert all(PROSE[:40] in paragraph for paragraph in article.paragraphs)


def test_player_words_without_the_player_are_article_text() -> None:
    # "Chapters" as a heading of a book review, with no player on the page.
    article = articleclean.clean_html(_page("<h2>Chapters</h2><p>" + PROSE + " Again.</p>"))
    assert _removed(article, "html_player_text") == []
    assert "Chapters" in article.headings


def test_translated_player_strings_are_removed_where_the_player_shows_itself() -> None:
    # video.js in German: its menus and its own sentences, as its language file prints them.
    player = (
        "<div class='video-js vjs-lang-de'><p>Kapitel</p><p>Beschreibungen aus, ausgewählt</p>"
        "<p>Dies ist ein modales Fenster.</p><p>Ende des Dialogfensters.</p></div>"
    )
    article = articleclean.clean_html(_page(player))
    assert _removed(article, "html_player_text") == [
        "Kapitel",
        "Beschreibungen aus, ausgewählt",
        "Dies ist ein modales Fenster.",
        "Ende des Dialogfensters.",
    ]


def test_translated_player_words_without_the_player_are_article_text() -> None:
    # "Kapitel" heading a German book review, with no player sentence on the page.
    article = articleclean.clean_html(_page("<h2>Kapitel</h2><p>" + PROSE + " Again.</p>"))
    assert _removed(article, "html_player_text") == []
    assert "Kapitel" in article.headings


@pytest.mark.parametrize(
    "text",
    [
        "Chapters",
        "descriptions off, selected",
        "Current Time 0:00 / Duration 1:32",
        "Playback Rate 1x, 1.5x, 2x",
        "Text Edge Style None Raised Depressed Uniform Dropshadow",
        "Close Modal Dialog",
        "Live",
        "Live updates from the harbour",  # a string, then words that are none
        "Player of the year",  # opens like a string ("play") and goes on
        "Contextual",  # a string inside a word ("text"): not whole strings
        "Playtext",  # strings glued together
        "Straße",  # folds longer ("strasse")
        "0:00 / 1:32",  # no string at all, only what may stand between them
        "-1:32 50% 1.5x",  # the player's display: a time, a volume, a rate
        "2020",  # no string, a bare number: a table's cell, not the player's display
        "| 2024 | 405 |",  # a table's row of figures
        "3.",
        "|---|---|",  # a table's rule line
        "",
        "PLAY/PAUSE",
        PROSE,
        "Pause " * 150,  # longer than a player's line
    ],
)
def test_player_text_reads_as_its_strings_replaced(text: str) -> None:
    # The left-to-right reading answers as the definition: each string (longest
    # first, leftmost) replaced by a space, what is left only times and signs; and
    # a line with no string on it has no "|" and no number but a time, a rate or a
    # percentage.
    strings = _player_patterns()[1]
    folded = text.casefold()
    replaced, found = strings.subn(" ", folded)
    numbers = re.sub(r"\d+(:\d\d)+|\d+([.,]\d+)?\s*[x%]", "", folded)
    display = "|" not in folded and not re.search(r"\d", numbers)
    defined = len(folded) <= 600 and bool(_PLAYER_REST.match(replaced)) and (found > 0 or display)
    assert _player_text(text) == defined


def test_a_table_of_figures_beside_the_player_is_kept() -> None:
    # A page with a video.js player (its menus in the text, one of its own sentences
    # among them) and a table of figures: the rows of bare numbers and the table's
    # rule line are the article's, not the player's display (its times, rates, volume).
    table = (
        "<table><tr><th>Year</th><th>Sailings</th></tr>"
        "<tr><td>2023</td><td>412</td></tr><tr><td>2024</td><td>405</td></tr></table>"
    )
    article = articleclean.clean_html(_page(table + _PLAYER))
    assert _removed(article, "html_player_text") == [
        "Chapters",
        "descriptions off, selected",
        "This is a modal window.",
    ]
    rows = ["| Year | Sailings |", "|---|---|", "| 2023 | 412 |", "| 2024 | 405 |"]
    assert "\n\n".join(rows) in article.to_text()


_UNRELATED = (
    "<p>- 1/4 A container ship waits outside the port of Rotterdam.</p>"
    "<p>- 2/4 Traders watch screens at the stock exchange in Frankfurt.</p>"
    "<p>- 3/4 A worker inspects solar panels at a plant in southern Spain.</p>"
    "<p>- 4/4 Tourists queue for a department store reopening in Paris.</p>"
)
_ABOUT_THE_ARTICLE = (
    "<p>1/4 The new ferry leaves the harbour for the islanders' morning boat.</p>"
    "<p>2/4 Islanders board the earlier ferry at the harbour.</p>"
    "<p>3/4 The harbour board meets islanders about the timetable.</p>"
    "<p>4/4 The later ferry at night returns to the harbour.</p>"
)


def test_a_gallery_of_other_news_is_removed() -> None:
    article = articleclean.clean_html(_page(_UNRELATED))
    assert len(_removed(article, "html_gallery_slide")) == 4
    assert not any("Rotterdam" in paragraph for paragraph in article.paragraphs)


def test_a_gallery_with_counters_on_their_own_lines_is_removed_with_its_captions() -> None:
    bare = "".join(
        f"<p>{n}/4</p><p>{caption}</p>"
        for n, caption in enumerate(
            (
                "A container ship waits outside the port of Rotterdam.",
                "Traders watch screens at the stock exchange in Frankfurt.",
                "A worker inspects solar panels at a plant in southern Spain.",
                "Tourists queue for a department store reopening in Paris.",
            ),
            start=1,
        )
    )
    article = articleclean.clean_html(_page(bare))
    assert not any("Rotterdam" in paragraph for paragraph in article.paragraphs)
    assert any("Rotterdam" in text for text in _removed(article, "html_gallery_slide"))


def test_a_gallery_about_the_article_stays() -> None:
    article = articleclean.clean_html(_page(_ABOUT_THE_ARTICLE))
    assert _removed(article, "html_gallery_slide") == []
    assert any("Islanders board" in paragraph for paragraph in article.paragraphs)


_CAPTIONS = (
    "A container ship waits outside the port of Rotterdam.",
    "Traders watch screens at the stock exchange in Frankfurt.",
    "A worker inspects solar panels at a plant in southern Spain.",
    "Tourists queue for a department store reopening in Paris.",
)


@pytest.mark.parametrize(
    "counter", ["Image {n} of 4", "{n} of 4 -", "Foto {n} de 4:", "Zdjęcie {n} z 4"]
)
def test_a_gallery_with_spelt_out_counters_is_removed(counter: str) -> None:
    slides = "".join(
        f"<p>{counter.format(n=n)} {caption}</p>" for n, caption in enumerate(_CAPTIONS, start=1)
    )
    article = articleclean.clean_html(_page(slides))
    assert len(_removed(article, "html_gallery_slide")) == 4
    assert not any("Rotterdam" in paragraph for paragraph in article.paragraphs)


def test_spelt_out_counts_not_from_one_are_no_gallery() -> None:
    # A poll's findings count people, not slides: 3, 5 and 7 of 10, no first slide.
    poll = (
        "<ul><li>3 of 10 voters want a bridge to the mainland instead.</li>"
        "<li>5 of 10 voters would pay more for a night crossing.</li>"
        "<li>7 of 10 voters have missed the last boat at least once.</li></ul>"
    )
    article = articleclean.clean_html(_page(poll))
    assert _removed(article, "html_gallery_slide") == []
    assert any("bridge to the mainland" in paragraph for paragraph in article.text.splitlines())


def test_steps_under_spelt_out_counters_of_their_own_stay() -> None:
    # A recipe numbers its steps' pictures "1 von 4" on a line of their own,
    # each step's text below: the steps are the article, not a gallery's captions.
    steps = "".join(
        f"<p>{n} von 4</p><p>{step}</p>"
        for n, step in enumerate(
            (
                "Mische das Mehl mit dem Backpulver in einer großen Rührschüssel.",
                "Füge Zucker, weiche Butter und vier Eier hinzu und verrühre alles glatt.",
                "Gib den Teig in die gefettete Springform und streiche ihn glatt.",
                "Backe den Kuchen 35 Minuten im unteren Drittel des Ofens.",
            ),
            start=1,
        )
    )
    article = articleclean.clean_html(_page(steps))
    assert _removed(article, "html_gallery_slide") == []
    assert any("Springform" in paragraph for paragraph in article.paragraphs)


def test_recipe_fractions_are_not_a_gallery() -> None:
    recipe = (
        "<ul><li>1/2 cup flour for the ferry cake</li><li>2/3 cup sugar</li>"
        "<li>1/8 tsp salt</li><li>3/4 cup milk</li></ul>"
    )
    article = articleclean.clean_html(_page(recipe))
    assert _removed(article, "html_gallery_slide") == []


# A gallery the extractor shows in part: the first slides of many, each counter alone
# on its line over its caption (issue 15: the counters went as placeholders, the
# captions of other news stayed).
_CLOSING = "The islanders' council will review the ferry timetable again after the summer."
_PART_SHOWN = {
    "bare": (
        "<div class='gallery'><span>1 / 10</span><p>Pictures of the day: spring on the "
        "promenade in Nice</p><span>2 / 10</span><p>Pictures of the day: the derby at the "
        "national stadium</p></div>"
    ),
    "named": (
        "<div class='gallery'><h4>Photo 1 of 8</h4><p>The most beautiful pictures of the "
        "week in the city</p></div>"
    ),
    "foto": (
        "<div class='fotogallery'><h4>Foto 1 di 8</h4><p>Le immagini più belle della "
        "settimana in città</p></div>"
    ),
}


@pytest.mark.parametrize("gallery", sorted(_PART_SHOWN))
def test_a_gallery_shown_in_part_goes_when_its_captions_are_other_news(gallery: str) -> None:
    article = articleclean.clean_html(_page(_PART_SHOWN[gallery] + f"<p>{_CLOSING}</p>"))
    removed = _removed(article, "html_gallery_slide")
    assert removed, article.text
    assert not any(caption in article.text for caption in removed)
    assert article.text.count("harbour board approved") == 2  # the article's prose all kept
    assert _CLOSING in article.text


@pytest.mark.parametrize(
    "gallery",
    [
        # The article's own pictures: the captions share its words.
        "<h4>Photo 1 of 8</h4><p>The first ferry of the new timetable leaves the harbour</p>",
        # A step of a recipe or a guide, numbered without a word for the picture.
        "<p>Step 1 of 8</p><p>Sift the flour with the baking powder into a large bowl</p>",
        "<p>1 von 17</p><p>Das Mehl mit dem Backpulver in eine große Schüssel sieben</p>",
        # A kitchen quarter alone on its line, and a gallery of too few pictures.
        "<p>1/4</p><p>cup of melted butter from the dairy on the hill</p>",
        # A counter with its caption on its line: the full-gallery rule's, three slides.
        "<p>1/10 Spring on the promenade in Nice</p>",
        # Not from the first slide: a count, not a gallery's opening.
        "<p>3 / 10</p><p>Spring on the promenade in Nice</p>",
    ],
)
def test_a_part_shown_gallery_s_look_alikes_stay(gallery: str) -> None:
    article = articleclean.clean_html(_page(gallery + f"<p>{_CLOSING}</p>"))
    assert _removed(article, "html_gallery_slide") == [], article.text


def test_a_page_whose_every_block_a_rule_removes_keeps_them_and_says_so() -> None:
    html = (
        '<html lang="en"><head><title>Gallery</title></head><body><article>'
        "<img src='a.jpg'><h2>Related stories</h2><img src='b.jpg'><p>Share this article</p>"
        "</article></body></html>"
    )
    article = articleclean.clean_html(html)
    assert article.status == "ok"
    assert article.message == KEPT_EXTRACTION
    assert article.text == "Related stories\n\nShare this article"
    assert article.removed == []


def test_a_picture_story_whose_text_is_its_headings_loses_none_of_them() -> None:
    # Round 35: html_orphan_label took both headings (no paragraph above them), and
    # the page was refilled with a message; now no rule removes them.
    html = (
        '<html lang="en"><head><title>Gallery</title></head><body><article>'
        "<img src='a.jpg'><h2>Boats at dawn</h2><img src='b.jpg'><h2>Nets on the quay</h2>"
        "</article></body></html>"
    )
    article = articleclean.clean_html(html)
    assert article.status == "ok" and article.message is None
    assert article.headings == ["Boats at dawn", "Nets on the quay"]
    assert article.removed == []


def test_a_text_dump_is_never_refilled() -> None:
    article = articleclean.clean_text("Advertisement")
    assert article.message != KEPT_EXTRACTION


_OTHER_STORIES = (
    "<div><p><a href='/a'>Mayor opens the new swimming pool downtown</a></p>"
    "<p>Children queued from dawn to be the first in the water.</p>"
    "<p><a href='/b'>Local bakery wins national bread award</a></p>"
    "<p>The sourdough loaf impressed judges in the capital.</p>"
    "<p><a href='/c'>Football club signs young striker from abroad</a></p>"
    "<p>The forward joins on a three-year contract.</p></div>"
)


def test_other_stories_summaries_below_the_article_are_removed() -> None:
    article = articleclean.clean_html(_page(_OTHER_STORIES))
    removed = _removed(article, "html_story_list") + _removed(article, "html_teaser_link")
    assert "The sourdough loaf impressed judges in the capital." in removed
    assert not any("sourdough" in paragraph for paragraph in article.paragraphs)
    assert any(PROSE[:40] in paragraph for paragraph in article.paragraphs)


def test_a_list_of_links_inside_the_article_stays() -> None:
    inside = (
        f"<p>{PROSE} Before.</p>"
        "<p><a href='/t1'>Timetable for the northern island ferries</a></p>"
        "<p>Departures every two hours from the main pier.</p>"
        "<p><a href='/t2'>Timetable for the southern island ferries</a></p>"
        "<p>Departures every three hours from the old pier.</p>"
        "<p><a href='/t3'>Fares for islanders and visitors this summer</a></p>"
        "<p>Islanders pay half the visitors' fare.</p>"
        f"<p>{PROSE} After.</p>"
    )
    article = articleclean.clean_html(_page(inside))
    assert _removed(article, "html_story_list") == []


def _stories_as_items(intro: str) -> str:
    return (
        f"{intro}<ul>"
        "<li><a href='/p1'>Town pool reopens after a long summer of repairs</a>"
        " Children queued from dawn to be the first in the water.</li>"
        "<li><a href='/b2'>Local bakery wins national bread award</a>"
        " The sourdough loaf impressed judges in the capital.</li>"
        "<li><a href='/f3'>Football club signs young striker from abroad</a>"
        " The forward joins on a three-year contract.</li></ul>"
    )


def test_other_stories_as_list_items_with_their_blurbs_are_removed_with_their_heading() -> None:
    # Each item: a linked headline and its blurb in one <li>; the heading names the list.
    article = articleclean.clean_html(_page(_stories_as_items("<h3>Elsewhere today</h3>")))
    removed = _removed(article, "html_story_list")
    assert "Elsewhere today" in removed
    assert any("sourdough" in text for text in removed)
    assert not any("sourdough" in paragraph for paragraph in article.paragraphs)
    assert any(PROSE[:40] in paragraph for paragraph in article.paragraphs)


def test_a_list_the_text_introduces_with_a_colon_stays() -> None:
    # "Our picks this week:" then the same shape: the author's own list, not evidence enough.
    article = articleclean.clean_html(_page(_stories_as_items("<p>Our picks this week:</p>")))
    assert _removed(article, "html_story_list") == []
    assert any("sourdough" in paragraph for paragraph in article.paragraphs)


def test_a_list_of_the_article_s_own_topic_stays() -> None:
    # Linked items about the ferries the article is about: its further reading, not others' news.
    own = (
        "<ul><li><a href='/t1'>New ferry timetable for the islanders</a>"
        " The earlier morning boat and the later night boat.</li>"
        "<li><a href='/t2'>Harbour board talks with islanders on the ferry</a>"
        " Months of talks about the timetable.</li>"
        "<li><a href='/t3'>Islanders asked the harbour board for a later boat</a>"
        " The night ferry and the morning boat.</li></ul>"
    )
    article = articleclean.clean_html(_page(own))
    assert _removed(article, "html_story_list") == []


def _portal(body: str) -> str:
    # A portal's content box, no <article>: the extractor keeps the cards' blurbs.
    title = "Council votes to close Elm Street pool"
    prose = "".join(f"<p>{paragraph}</p>" for paragraph in POOL)
    return (
        f'<html lang="en"><head><title>{title}</title></head><body>'
        f"<div class='content'><h1>{title}</h1>{prose}{body}</div></body></html>"
    )


def _stamped_cards(stamps: list[str]) -> str:
    # A portal's card: the linked headline, its blurb and its time, each a block.
    return "".join(
        f"<div class='c'><h3><a href='/n/{n}'>{headline}</a></h3><p>{blurb}</p>"
        f"<span>{stamp}</span></div>"
        for n, ((headline, blurb), stamp) in enumerate(zip(CARDS, stamps, strict=True))
    )


@pytest.mark.parametrize(
    "stamps",
    [
        ["2 hours ago", "3 hours ago", "5 hours ago", "Yesterday"],
        ["12 March 2024", "11 March 2024", "10 March 2024", "9 March 2024"],
        ["vor 2 Stunden", "14:05", "hace 3 horas", "il y a 5 heures"],
    ],
)
def test_other_stories_cards_with_their_times_are_removed_with_the_times(
    stamps: list[str],
) -> None:
    # Each card's time stood between one card and the next and ended the run of
    # stories: the blurbs and times of all but the first card stayed.
    closing = "Engineers will inspect the pool's building again in May and report to the council."
    for where in ("below", "above"):
        cards = _stamped_cards(stamps)
        body = f"<p>{closing}</p>{cards}" if where == "below" else f"{cards}<p>{closing}</p>"
        article = articleclean.clean_html(_portal(body))
        for headline, blurb in CARDS:
            assert headline not in article.text and blurb not in article.text, where
        assert not any(stamp in article.text for stamp in stamps), (where, article.text)
        assert closing in article.text and all(p in article.text for p in POOL)


def _bare_portal(body: str, prose: tuple[str, ...] = POOL) -> str:
    # No box names the content: the extractor drops the cards' linked headlines and
    # keeps their blurbs and times.
    title = "Council votes to close Elm Street pool"
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in prose)
    return (
        f'<html lang="en"><head><title>{title}</title></head><body>'
        f"<div><h1>{title}</h1>{paragraphs}{body}</div></body></html>"
    )


_CLOSING_POOL = "Engineers will inspect the pool's building again in May and report to the council."


@pytest.mark.parametrize("where", ["below", "above"])
def test_other_stories_blurbs_without_their_headlines_are_removed(where: str) -> None:
    cards = _stamped_cards(["2 hours ago", "3 hours ago", "5 hours ago", "Yesterday"])
    if where == "below":
        page = _bare_portal(cards, (*POOL, _CLOSING_POOL))
    else:
        page = _bare_portal(cards + "".join(f"<p>{p}</p>" for p in (*POOL, _CLOSING_POOL)), ())
    article = articleclean.clean_html(page)
    for _headline, blurb in CARDS:
        assert blurb not in article.text, article.text
    assert "hours ago" not in article.text and "Yesterday" not in article.text
    assert all(paragraph in article.text for paragraph in (*POOL, _CLOSING_POOL))
    assert len(_removed(article, "html_card_below")) == 8


@pytest.mark.parametrize("closing", [True, False])
def test_the_article_s_own_sections_under_linked_headings_stay(closing: bool) -> None:
    # Sections of the article under headings that link to a page on each: the same
    # shape as the cards, among the article's prose or last, and about its topic.
    sections = "".join(
        f"<h3><a href='/pool/{n}'>{heading}</a></h3><p>{text}</p>"
        for n, (heading, text) in enumerate(POOL_SECTIONS)
    )
    after = f"<p>{_CLOSING_POOL}</p>" if closing else ""
    article = articleclean.clean_html(_bare_portal(sections + after))
    assert _removed(article, "html_card_below") == []
    assert "changing rooms" in article.text and "land the city bought" in article.text


# A closing paragraph of the article's prose (15 words or more): the cards before it
# stand between two of its paragraphs.
_LONG_CLOSING = _CLOSING_POOL + " Until then the pool keeps its summer opening hours."


def _linked_cards() -> str:
    # A card component many themes print: the whole card one link, the headline a
    # heading inside it and the blurb after the heading, inside the link too.
    return "".join(
        f"<a class='card' href='/n/{n}'><h3>{headline}</h3><p>{blurb}</p></a>"
        for n, (headline, blurb) in enumerate(CARDS)
    )


@pytest.mark.parametrize("where", ["below", "inside"])
def test_other_stories_cards_each_one_link_are_removed(where: str) -> None:
    # Below the article, or in a box of their own between two of its paragraphs: on
    # main both were kept, headlines and blurbs (the blurb was not "right after" the
    # link, and only cards above or below the article's prose were read).
    box = f"<section><h2>More news</h2>{_linked_cards()}</section>"
    if where == "below":
        page = _bare_portal(box, (*POOL, _LONG_CLOSING))
    else:
        page = _bare_portal(box + f"<p>{_LONG_CLOSING}</p>")
    article = articleclean.clean_html(page)
    for headline, blurb in CARDS:
        assert headline not in article.text and blurb not in article.text, article.text
    assert all(paragraph in article.text for paragraph in (*POOL, _LONG_CLOSING))
    assert _removed(article, "html_card_below")


def test_cards_of_headlines_and_blurbs_between_the_article_s_paragraphs_are_removed() -> None:
    # A box of other stories set in the middle of the article: the extractor keeps
    # the blurbs, a rule takes the linked headlines, and on main the blurbs stayed.
    cards = "".join(
        f"<div class='c'><h3><a href='/n/{n}'>{headline}</a></h3><p>{blurb}</p></div>"
        for n, (headline, blurb) in enumerate(CARDS)
    )
    article = articleclean.clean_html(_bare_portal(cards + f"<p>{_LONG_CLOSING}</p>"))
    for _headline, blurb in CARDS:
        assert blurb not in article.text, article.text
    assert all(paragraph in article.text for paragraph in (*POOL, _LONG_CLOSING))


def test_the_article_s_own_sections_each_one_link_stay_among_its_prose() -> None:
    # Guard (passes on main too): the same linked-card shape about the article's own
    # topic, between its paragraphs, shares its words and stays.
    own = "".join(
        f"<a href='/pool/{n}'><h3>{headline}</h3><p>{blurb}</p></a>"
        for n, (headline, blurb) in enumerate(
            (
                ("Elm Street pool roof cracks found", POOL[0][:120] + "."),
                ("Swimmers ask council for a new pool", POOL[1][:120] + "."),
                ("New pool planned near the high school", POOL[2][:120] + "."),
            )
        )
    )
    article = articleclean.clean_html(_bare_portal(own + f"<p>{_LONG_CLOSING}</p>"))
    assert _removed(article, "html_card_below") == []
    assert _LONG_CLOSING in article.text


def test_cards_on_the_article_s_own_topic_stay() -> None:
    own = "".join(
        f"<div><h3><a href='/pool/{n}'>{headline}</a></h3><p>{blurb}</p></div>"
        for n, (headline, blurb) in enumerate(
            (
                ("Elm Street pool roof cracks found", POOL[0][:120] + "."),
                ("Swimmers ask council for a new pool", POOL[1][:120] + "."),
                ("New pool planned near the high school", POOL[2][:120] + "."),
            )
        )
    )
    article = articleclean.clean_html(_bare_portal(own, (*POOL, _CLOSING_POOL)))
    assert _removed(article, "html_card_below") == []


def test_dated_links_inside_the_article_stay() -> None:
    # The article's own dated links between its paragraphs: its sources, not others' news.
    inside = (
        f"<p>{PROSE} Before.</p>"
        "<p><a href='/t1'>Timetable for the northern island ferries</a></p><p>12 March 2024</p>"
        "<p><a href='/t2'>Timetable for the southern island ferries</a></p><p>11 March 2024</p>"
        "<p><a href='/t3'>Fares for islanders and visitors this summer</a></p><p>9 March 2024</p>"
        f"<p>{PROSE} After.</p>"
    )
    article = articleclean.clean_html(_page(inside))
    assert _removed(article, "html_story_list") == []
    assert "12 March 2024" in article.text and "9 March 2024" in article.text


def test_a_caption_printed_as_a_paragraph_with_its_credit_is_a_caption() -> None:
    caption = "<p>Harbour master Jane Doe at the new pier. (Picture by John Smith)</p>"
    article = articleclean.clean_html(_page(caption))
    assert [c.text for c in article.captions] == ["Harbour master Jane Doe at the new pier."]
    assert article.captions[0].credit == "John Smith"
    assert "Harbour master" not in article.text


def test_a_long_paragraph_ending_in_a_credit_stays_article_text() -> None:
    # A page's caption is short; a paragraph of more than 30 words with a
    # credit at its end is the article's text (the annotators of webeval count it so).
    long = (
        "<p>Together with children from the nursery, the primary school and the youth club, "
        "the mayor opened the new park on the old rail yard, which the town bought from the "
        "railway seven years ago (Photo: Town Hall)</p>"
    )
    article = articleclean.clean_html(_page(long))
    assert "the mayor opened the new park" in article.text
    assert not article.captions


def test_a_date_line_above_or_below_the_article_is_removed() -> None:
    page = _page("<p>Aktualisiert am 17.01.2021.</p>").replace(
        "<h1>Ferry timetable approved</h1>", "<h1>Ferry timetable approved</h1><p>23.10.2018</p>"
    )
    article = articleclean.clean_html(page)
    assert _removed(article, "html_date_line") == ["23.10.2018", "Aktualisiert am 17.01.2021."]
    assert PROSE in article.text


def test_a_stamp_label_set_over_its_date_goes_with_the_date() -> None:
    # A template's field printed as two blocks, its name over its value: the date goes as
    # the page's stamp, and its label with it (above the article and below it).
    page = _page("<p>Last updated:</p><p>March 5, 2021</p>").replace(
        "<h1>Ferry timetable approved</h1>",
        "<h1>Ferry timetable approved</h1><p>Veröffentlichung:</p><p>2. Februar 2022</p>",
    )
    article = articleclean.clean_html(page)
    assert _removed(article, "html_date_line") == [
        "Veröffentlichung:",
        "2. Februar 2022",
        "Last updated:",
        "March 5, 2021",
    ]
    assert PROSE in article.text


def test_a_label_stays_over_what_is_no_stamp() -> None:
    # Over the article's own words, over a date with words around it, or among the
    # prose (a diary's day), a label is the article's; so is a longer one, or one
    # with a figure in it.
    above = (
        "<p>Published in:</p><p>The Harbour Review</p>"
        "<p>What the islanders asked for:</p><p>March 6, 2021</p>"
        "<p>Timetable 2:</p><p>March 7, 2021</p>"
    )
    below = (
        "<p>Day one:</p><p>March 3, 2021</p><p>The first boat left in the dark with twelve "
        "passengers, most of them on their way to the early shift at the hospital.</p>"
        "<p>Opening hours:</p><p>Open daily from March 5, 2021 on</p>"
    )
    page = _page(below).replace(
        "<h1>Ferry timetable approved</h1>", f"<h1>Ferry timetable approved</h1>{above}"
    )
    article = articleclean.clean_html(page)
    removed = _removed(article, "html_date_line")
    for label in ("Published in:", "What the islanders asked for:", "Timetable 2:"):
        assert label in article.text
    for label in ("Day one:", "March 3, 2021", "Opening hours:"):
        assert label in article.text
    assert removed == ["March 6, 2021", "March 7, 2021"]


def test_dates_that_head_parts_of_the_article_stay() -> None:
    # A diary or a live blog: each day's date stands between the prose it heads.
    diary = f"<p>March 3, 2021</p><p>{PROSE}</p><p>March 4, 2021</p><p>{PROSE} Rain all day.</p>"
    article = articleclean.clean_html(_page(diary))
    assert _removed(article, "html_date_line") == []
    assert "March 3, 2021" in article.text and "March 4, 2021" in article.text


def test_a_date_in_a_list_or_with_words_around_it_is_not_a_stamp() -> None:
    below = "<ul><li>12.05.2023</li><li>19.05.2023</li></ul><p>Sunday, March 3, 2021</p>"
    article = articleclean.clean_html(_page(below))
    assert _removed(article, "html_date_line") == []


def _script_page(article_body: str, figure: str = "") -> str:
    """A page that renders its text with a script: the markup holds a picture and its
    caption, the JSON-LD the whole text."""
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": article_body}
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        f"<div id='app'>{figure}</div><script>window.render()</script></body></html>"
    )


_CAPTION_ONLY = (
    "<figure><img src='boat.jpg'><figcaption>The first ferry of the day leaves the harbour. "
    "Photo: AP</figcaption></figure>"
)


def _caption_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura settling on the caption beside a scripted article, as it does on some
    pages (its own JSON-LD fallback is not always reached)."""
    from articleclean.readers import html as reader

    def caption(
        tree: object,
        url: object,
        favor_recall: bool = False,
        favor_precision: bool = False,
        fast: bool = False,
    ) -> reader.Extraction:
        text = "The first ferry of the day leaves the harbour. Photo: AP"
        return reader.Extraction(text, [reader.ExtractedLine(1, text, "p")])

    monkeypatch.setattr(reader, "_extract", caption)


def test_a_page_whose_text_is_only_in_its_json_ld_gets_that_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _caption_only(monkeypatch)
    body = f"{PROSE}\n{PROSE} The first sailing leaves at six.\nIslanders welcomed the change."
    article = articleclean.clean_html(_script_page(body, _CAPTION_ONLY))
    assert article.status == "ok"
    assert article.metadata["extraction"] == "article_body"
    assert article.paragraphs[-1] == "Islanders welcomed the change."
    assert len(article.paragraphs) == 3


def test_markup_in_a_json_ld_article_body_becomes_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    _caption_only(monkeypatch)
    body = f"<p>{PROSE}</p><p>A <b>second</b> paragraph &amp; more, {PROSE}</p>"
    article = articleclean.clean_html(_script_page(body, _CAPTION_ONLY))
    assert article.paragraphs == [PROSE, f"A second paragraph & more, {PROSE}"]


def test_a_short_json_ld_article_body_does_not_replace_the_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _caption_only(monkeypatch)
    article = articleclean.clean_html(_script_page("A summary.", _CAPTION_ONLY))
    assert "extraction" not in article.metadata


def test_a_json_ld_article_body_does_not_replace_a_found_article() -> None:
    page = _page("").replace(
        "</head>",
        '<script type="application/ld+json">{"articleBody": "A short summary of it."}'
        "</script></head>",
    )
    article = articleclean.clean_html(page)
    assert "extraction" not in article.metadata
    assert PROSE in article.paragraphs


def test_an_extraction_that_found_almost_nothing_is_retried_for_recall(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lxml.html import fromstring

    from articleclean.readers import html as reader

    calls: list[bool] = []

    def fake(
        tree: object,
        url: object,
        favor_recall: bool = False,
        favor_precision: bool = False,
        fast: bool = False,
    ) -> reader.Extraction:
        calls.append(favor_recall)
        text = PROSE * 3 if favor_recall else "Your daily touchpoint."
        return reader.Extraction(text, [reader.ExtractedLine(1, text, "p")])

    monkeypatch.setattr(reader, "_extract", fake)
    found = reader.extract_blocks(fromstring("<html><body><p>x</p></body></html>"))
    assert calls == [False, True]
    assert found.how == "recall" and found.text == PROSE * 3


def test_a_long_extraction_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml.html import fromstring

    from articleclean.readers import html as reader

    calls: list[bool] = []

    def fake(
        tree: object,
        url: object,
        favor_recall: bool = False,
        favor_precision: bool = False,
        fast: bool = False,
    ) -> reader.Extraction:
        calls.append(favor_recall)
        return reader.Extraction(PROSE * 2, [reader.ExtractedLine(1, PROSE * 2, "p")])

    monkeypatch.setattr(reader, "_extract", fake)
    found = reader.extract_blocks(fromstring("<html><body><p>x</p></body></html>"))
    assert calls == [False] and found.how is None


def test_absurdly_nested_json_ld_is_skipped_not_raised() -> None:
    # A script nested deeper than Python's parser recurses is broken input: the page's
    # own text stands, and no traceback from inside the JSON parser reaches the user.
    deep = "[" * 100_000 + "]" * 100_000
    html = (
        '<html><head><script type="application/ld+json">{"articleBody": "One line.", "x": '
        + deep
        + "}</script></head><body><p>Short.</p></body></html>"
    )
    article = articleclean.clean_html(html)
    assert article.metadata.get("extraction") != "article_body"


def test_the_posts_line_of_facts_above_or_below_the_article_is_removed() -> None:
    # The stamp with the post's category and comments' link (a blog engine's
    # "entry-meta"), or with its section after a separator.
    above = "<h2>January 13, 2020 at 08:45 AM | categories: Ferries, Islands | View Comments</h2>"
    page = _page("<p>News date : 09/13/2022 Category : Community Notices</p>").replace(
        "<h1>Ferry timetable approved</h1>", f"<h1>Ferry timetable approved</h1>{above}"
    )
    article = articleclean.clean_html(page)
    assert _removed(article, "html_date_line") == [
        "January 13, 2020 at 08:45 AM | categories: Ferries, Islands | View Comments",
        "News date : 09/13/2022 Category : Community Notices",
    ]
    assert PROSE in article.text


@pytest.mark.parametrize(
    "line", ["Kategorie: Nachrichten", "2021-10-16 | Pressemitteilungen", "Catégorie : Actualités"]
)
def test_a_category_or_a_stamp_with_its_section_below_the_article_is_removed(line: str) -> None:
    article = articleclean.clean_html(_page(f"<p>{line}</p>"))
    assert _removed(article, "html_date_line") == [line]


def test_facts_among_the_prose_in_a_list_or_with_a_sentence_stay() -> None:
    # A category named inside the article, a photo's details as a list, a date
    # heading a short news item: the article's own text.
    inside = f"<p>Kategorie: Fähren</p><p>{PROSE} Two boats a day.</p>"
    listed = "<ul><li>Kategorie: Erste Versuche</li><li>Datum: 31/08/2019</li></ul>"
    news = "<p>12.03.2021 | The harbour board approves the night ferry</p>"
    for body in (inside, listed, news):
        article = articleclean.clean_html(_page(body))
        assert _removed(article, "html_date_line") == [], body
