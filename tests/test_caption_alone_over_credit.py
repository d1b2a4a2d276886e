"""caption_alone_over_credit: a sentence or two right above a credit line, with nothing of
the text right above it (page furniture removed there) and no caption under the credit,
is the picture's caption (round 44, issue 14, item 6)."""

from __future__ import annotations

import articleclean

TITLE = "So bauen Sie ein Hochbeet aus Lärchenholz"
BYLINE = "Von Paula Brenner"
LEAD = (
    "Ein Hochbeet schont den Rücken und bringt früher im Jahr Ernte. Mit ein paar Brettern, "
    "Schrauben und einem Nachmittag Zeit steht es im Garten, und die Kosten bleiben gering."
)
TEXT = (
    "Lärchenholz hält ohne Anstrich viele Jahre, weil es viel Harz enthält. Wer es dunkler "
    "mag, ölt die Bretter vor dem Aufbau ein, am besten an einem trockenen Tag im Freien."
)
MORE = (
    "Zum Schluss füllen Sie das Beet in Schichten: unten Äste und Zweige, darüber Laub, dann "
    "Kompost und oben gute Pflanzerde, die sich im ersten Jahr noch etwas setzt."
)
STEP = "Sägen Sie die Bretter auf 120 cm Länge zu. Die Kanten danach leicht abschleifen."
CREDIT = "Foto: Jan Weber"


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _where(article: articleclean.Article, line: str) -> str:
    if any(c.raw == line or c.text == line for c in article.captions):
        return "captions"
    if line in article.paragraphs:
        return "body"
    return "elsewhere"


def test_a_step_under_page_furniture_over_its_credit_is_a_caption() -> None:
    text = _lines(TITLE, BYLINE, LEAD, TEXT, "Anzeige", STEP, CREDIT, MORE)
    article = articleclean.clean_text(text)
    assert _where(article, STEP) == "captions"
    caption = next(c for c in article.captions if c.text == STEP)
    assert caption.credit == "Jan Weber"
    assert LEAD in article.paragraphs and MORE in article.paragraphs


def test_a_paragraph_that_goes_on_from_the_text_above_stays() -> None:
    text = _lines(TITLE, BYLINE, LEAD, TEXT, STEP, CREDIT, MORE)
    article = articleclean.clean_text(text)
    assert _where(article, STEP) == "body"


def test_the_standfirst_over_the_lead_pictures_credit_stays() -> None:
    # Under the headline and the byline, a sentence over a credit is the standfirst.
    text = _lines(TITLE, BYLINE, "Anzeige", LEAD, CREDIT, TEXT, MORE)
    article = articleclean.clean_text(text)
    assert _where(article, LEAD) == "body"


def test_a_credit_with_its_caption_below_signs_that_one() -> None:
    below = "Das fertige Beet im Garten."
    text = _lines(TITLE, BYLINE, LEAD, TEXT, "Anzeige", STEP, CREDIT, below, MORE)
    article = articleclean.clean_text(text)
    assert _where(article, below) == "captions"
    assert _where(article, STEP) == "body"


def test_a_question_or_reported_speech_over_a_credit_is_no_caption() -> None:
    question = "Welches Holz hält im Garten am längsten, wenn es nicht gestrichen wird?"
    said = "„Lärche ist die beste Wahl für den Garten“, sagte der Schreiner aus Freiburg."
    for line in (question, said):
        text = _lines(TITLE, BYLINE, LEAD, TEXT, "Anzeige", line, CREDIT, MORE)
        assert _where(articleclean.clean_text(text), line) != "captions"


def test_switched_off_the_step_stays_in_the_body() -> None:
    text = _lines(TITLE, BYLINE, LEAD, TEXT, "Anzeige", STEP, CREDIT, MORE)
    article = articleclean.clean_text(text, caption_alone_over_credit=False)
    assert _where(article, STEP) == "body"
