"""The second pass on hand-built segment lists: each rule sees labels as pass 1 left them."""

from __future__ import annotations

from articleclean import CleanerConfig, Reason
from articleclean.document import Label, Segment
from articleclean.rules.boilerplate import menu_run
from articleclean.rules.captions import caption_before_credit, caption_title, repeated_caption
from articleclean.rules.duplicates import repeated_paragraph
from articleclean.rules.headings import section_heading
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_headings import teaser_blurb

CONTEXT = PhraseBook.for_config(CleanerConfig())

PROSE = [
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday.",
    "Buses will run a shuttle service across the harbour bridge route every ten minutes, and "
    "ferries will add extra crossings during the closure.",
    "Engineers said the corroded cables on the harbour bridge had been inspected twice last "
    "year and the repairs could not wait any longer.",
]


def body(text: str) -> Segment:
    return Segment(text, None)


def caption(text: str, credit: str | None = None) -> Segment:
    segment = Segment(text, None, label=Label.CAPTION, rule="credited_caption", credit=credit)
    segment.caption_text = text.rsplit(" /", 1)[0] if credit else text
    return segment


def removed(text: str, rule: str, reason: Reason) -> Segment:
    return Segment(text, None, label=Label.REMOVED, rule=rule, reason=reason)


def numbered(*segments: Segment) -> list[Segment]:
    for index, segment in enumerate(segments):
        segment.lines = (index + 1, index + 1)
    return list(segments)


def found(rule, segments: list[Segment], context: PhraseBook = CONTEXT) -> list[int]:
    position = {id(segment): index for index, segment in enumerate(segments)}
    return [position[id(segment)] for segment in rule(segments, context)]


# --- caption_title -----------------------------------------------------------


def test_caption_title_is_the_start_of_the_next_caption() -> None:
    segments = numbered(
        body(PROSE[0]),
        body("The logo of digital RMB and its mascot"),
        caption(
            "The logo of digital RMB and its mascot are seen at a fair in Beijing. /CFP", "CFP"
        ),
        body(PROSE[1]),
    )
    assert found(caption_title, segments) == [1]


def test_caption_title_looks_past_removed_lines() -> None:
    segments = numbered(
        body("Crowds gather at the bridge"),
        removed("Advertisement", "ad_marker", Reason.AD_MARKER),
        caption("Crowds gather at the bridge in Sydney. /AFP", "AFP"),
    )
    assert found(caption_title, segments) == [0]


def test_line_before_an_unrelated_caption_is_not_a_caption_title() -> None:
    segments = numbered(
        body("What happens next"),
        caption("Crowds gather at the bridge in Sydney. /AFP", "AFP"),
    )
    assert found(caption_title, segments) == []


def test_caption_title_must_come_before_the_caption() -> None:
    segments = numbered(
        caption("Crowds gather at the bridge in Sydney. /AFP", "AFP"),
        body("Crowds gather at the bridge"),
        body(PROSE[0]),
    )
    assert found(caption_title, segments) == []


# --- repeated_caption ----------------------------------------------------------


def test_caption_printed_twice_keeps_the_first() -> None:
    text = "A girl holds her smartphone in Nairobi, Kenya, November 8, 2018. /CFP"
    segments = numbered(body(PROSE[0]), caption(text, "CFP"), caption(text, "CFP"), body(PROSE[1]))
    assert found(repeated_caption, segments) == [2]


def test_caption_text_found_again_in_the_body_is_removed() -> None:
    text = "Crowds gather at the bridge in Sydney."
    segments = numbered(caption(text + " /AFP", "AFP"), body(PROSE[0]), body(text))
    segments[0].caption_text = text
    assert found(repeated_caption, segments) == [2]


def test_distinct_captions_all_stay() -> None:
    segments = numbered(
        caption("Crowds gather at the bridge in Sydney. /AFP", "AFP"),
        caption("Crowds gather at the bridge in Perth. /AFP", "AFP"),
    )
    assert found(repeated_caption, segments) == []


# --- caption_before_credit ----------------------------------------------------


def test_line_describing_a_picture_before_a_credit_line_is_its_caption() -> None:
    credit = removed("Photo: Samir Hussein/WireImage", "credit_line", Reason.PHOTO_CREDIT)
    credit.credit = "Samir Hussein/WireImage"
    segments = numbered(
        body(PROSE[0]),
        body("Lorne performs during a charity concert at Wembley Stadium in London."),
        credit,
        body(PROSE[1]),
    )
    assert found(caption_before_credit, segments) == [1]


def test_narrative_paragraph_before_a_credit_line_stays_text() -> None:
    credit = removed("Фото: ТАСС", "credit_line", Reason.PHOTO_CREDIT)
    credit.credit = "ТАСС"
    segments = numbered(
        body("Первый рейс из Москвы прибыл в аэропорт в 10:40 по местному времени."),
        credit,
    )
    assert found(caption_before_credit, segments) == []


# --- teaser_blurb --------------------------------------------------------------


def heading(text: str) -> Segment:
    return removed(text, "teaser_heading", Reason.RELATED_TEASER)


def test_blurbs_after_a_teaser_heading_that_share_no_words_with_the_article() -> None:
    segments = numbered(
        *map(body, PROSE),
        heading("Must Read"),
        body("Selena Gomez Breaks Silence Over Golden Globes Nominations"),
        body("The singer and actress received two major nominations this year..."),
    )
    assert found(teaser_blurb, segments) == [4, 5]


def test_the_article_resuming_after_teasers_is_not_a_blurb() -> None:
    segments = numbered(
        body(PROSE[0]),
        heading("Related"),
        body("Celebrity chef opens third restaurant in Paris"),
        body(PROSE[1]),
        body(PROSE[2]),
    )
    assert found(teaser_blurb, segments) == [2]


def test_teaser_blurbs_stop_at_a_caption() -> None:
    segments = numbered(
        body(PROSE[0]),
        heading("Lire aussi"),
        body("Ligue 1 : le PSG s'impose face à Marseille"),
        caption("Crowds gather at the bridge in Sydney. /AFP", "AFP"),
        body("Météo : un épisode de grêle attendu sur le sud-ouest"),
    )
    assert found(teaser_blurb, segments) == [2]


def test_teaser_blurbs_are_counted_in_chinese_by_character_pairs() -> None:
    segments = numbered(
        body("国务院总理李强主持召开国务院常务会议，研究部署推进城市更新行动，加快老旧小区改造。"),
        body("会议要求，各地要因地制宜制定城市更新实施方案，加大财政资金支持力度。"),
        heading("相关阅读"),
        body("女排联赛：天津队三比零战胜上海队"),
        body("会议指出，城市更新行动要坚持以人民为中心，稳步推进老旧小区改造。"),
    )
    assert found(teaser_blurb, segments) == [3]


def test_the_same_teaser_block_printed_twice_is_all_teasers() -> None:
    headline = "Football club sacks manager after fifth straight defeat"
    blurb = "The club said the manager had been sacked after the defeat, the fifth in a row..."
    segments = numbered(
        heading("Related"),
        body(headline),
        body(blurb),
        body(PROSE[0]),
        body(PROSE[1]),
        heading("Read more"),
        body(headline),
        body(blurb),
    )
    assert found(teaser_blurb, segments) == [1, 2, 6, 7]


def test_section_heading_right_after_teasers_stays() -> None:
    segments = numbered(
        body(PROSE[0]),
        heading("You may also like"),
        body("Celebrity chef opens third restaurant in Paris"),
        body("Corroded cables on the harbour bridge"),
        body(PROSE[2]),
    )
    assert found(teaser_blurb, segments) == [2]


def test_teasers_before_the_article_leave_the_article() -> None:
    segments = numbered(
        heading("Trending"),
        body("Celebrity chef opens third restaurant in Paris"),
        body("Pop star reveals secret wedding photos"),
        *map(body, PROSE),
    )
    assert found(teaser_blurb, segments) == [1, 2]


def test_no_teaser_heading_no_blurbs() -> None:
    segments = numbered(*map(body, PROSE), body("Celebrity chef opens third restaurant in Paris"))
    assert found(teaser_blurb, segments) == []


# Round 50's Italian review and repair guide under an Italian box (issue 14): the box's
# rows are full headlines; the article's own rows after it are shorter or "Label: value".
BOX = [
    "Dieci spiagge da visitare assolutamente quest'estate",
    "Chef stellato svela il segreto dell'arrosto perfetto",
    "Leggenda del calcio firma a sorpresa con il club rivale",
]


def test_spec_lines_after_a_box_of_headlines_are_the_article_s() -> None:
    # Fails on main: the four spec lines went with the box.
    segments = numbered(
        body("Dopo due settimane di utilizzo, il Pixel 9a si conferma il telefono da consigliare."),
        heading("Altre notizie dalla sezione"),
        *map(body, BOX),
        body("Display: 6,3 pollici, 120 Hz"),
        body("Batteria: 5.100 mAh"),
        body("Prezzo: 549 euro"),
        body("Lo consigliamo a chi vuole foto da top di gamma spendendo la metà."),
    )
    assert found(teaser_blurb, segments) == [2, 3, 4]


def test_short_items_after_a_box_of_headlines_are_the_article_s() -> None:
    # Fails on main: "Un asciugamano vecchio" went with the box as one more headline.
    segments = numbered(
        body("Prima di chiamare il tecnico, controllate il filtro della pompa di scarico."),
        body("Cosa serve"),
        heading("Altre notizie dalla sezione"),
        *map(body, BOX),
        body("Un asciugamano vecchio"),
        body("Una bacinella bassa"),
    )
    assert found(teaser_blurb, segments) == [3, 4, 5]


def test_a_box_of_short_rows_from_its_start_still_goes() -> None:
    # The shape is the box's own: a "See also" list of short titles is all taken.
    segments = numbered(
        *map(body, PROSE),
        heading("See also"),
        body("Celebrity chef"),
        body("Pop star wedding"),
        body("Fashion week"),
    )
    assert found(teaser_blurb, segments) == [4, 5, 6]


def test_teaser_block_is_bounded_by_teaser_max_blocks() -> None:
    blurbs = [body(f"Unrelated celebrity story number {n} about fashion") for n in range(5)]
    segments = numbered(body(PROSE[0]), heading("Trending"), *blurbs)
    context = PhraseBook.for_config(CleanerConfig(teaser_max_blocks=2))
    assert found(teaser_blurb, segments, context) == [2, 3]


# --- repeated_paragraph ----------------------------------------------------------


def test_interleaved_repeats() -> None:
    segments = numbered(*map(body, [PROSE[0], PROSE[1], PROSE[0], PROSE[1], PROSE[2]]))
    assert found(repeated_paragraph, segments) == [2, 3]


def test_repeats_ignore_case_space_and_punctuation() -> None:
    segments = numbered(body(PROSE[0]), body(PROSE[0].upper().replace(",", "").replace(" ", "  ")))
    assert found(repeated_paragraph, segments) == [1]


def test_repeats_of_captions_and_removed_lines_are_not_paragraph_repeats() -> None:
    line = "Crowds gather at the bridge in Sydney on Saturday morning."
    segments = numbered(caption(line), removed(line, "promo_prompt", Reason.PROMO), body(line))
    assert found(repeated_paragraph, segments) == []


def test_short_repeats_stay() -> None:
    segments = numbered(body("Yes."), body(PROSE[0]), body("Yes."))
    assert found(repeated_paragraph, segments) == []


# --- menu_run ------------------------------------------------------------------


def test_menu_runs_outside_the_article() -> None:
    segments = numbered(
        body("Home"),
        body("World"),
        body("Business"),
        body(PROSE[0]),
        body("Short list item"),
        body("Another item"),
        body("Third item"),
        body(PROSE[1]),
        body("About"),
        removed("Contact us", "boilerplate_notice", Reason.BOILERPLATE),
        body("Careers"),
        body("Jobs"),
    )
    assert found(menu_run, segments) == [0, 1, 2, 8, 10, 11]


def test_two_short_lines_are_not_a_menu() -> None:
    segments = numbered(body("Home"), body("World"), body(PROSE[0]))
    assert found(menu_run, segments) == []


def test_no_prose_no_menu() -> None:
    segments = numbered(body("Home"), body("World"), body("Business"))
    assert found(menu_run, segments) == []


# --- section_heading -------------------------------------------------------------


def test_section_heading_introduces_text() -> None:
    segments = numbered(body(PROSE[0]), body("What happens next"), body(PROSE[1]))
    assert found(section_heading, segments) == [1]


def test_heading_looks_past_removed_lines() -> None:
    segments = numbered(
        body(PROSE[0]),
        body("What happens next"),
        removed("Advertisement", "ad_marker", Reason.AD_MARKER),
        body(PROSE[1]),
    )
    assert found(section_heading, segments) == [1]


def test_heading_looks_past_a_caption() -> None:
    segments = numbered(
        body(PROSE[0]),
        body("What happens next"),
        caption("Crowds gather at the bridge in Sydney. /AFP", "AFP"),
        body(PROSE[1]),
    )
    assert found(section_heading, segments) == [1]


def test_short_line_at_the_end_or_before_another_is_not_a_heading() -> None:
    segments = numbered(
        body(PROSE[0]),
        body("Flour"),
        body("Sugar"),
        body(PROSE[1]),
        body("The end of the line"),
    )
    assert found(section_heading, segments) == [2]


def test_sentences_are_not_headings() -> None:
    segments = numbered(body(PROSE[0]), body("The bridge will reopen in June."), body(PROSE[1]))
    assert found(section_heading, segments) == []
