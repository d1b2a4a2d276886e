"""`trailing_teasers` on a dump read as an article: a run that asks is the article's own.

Issue 14 item 2 ("never cut the article"): an FAQ's or an interview's questions ending an
article dump share few words with its introduction, so the topic test alone took them for
a box of other stories (bench/article_shapes.py "last few after prose", round 29). The
fixtures are invented."""

from __future__ import annotations

import articleclean
from articleclean import CleanerConfig

ARTICLE = """Stadtwerke senken den Strompreis zum Jahresbeginn

Die Stadtwerke Kleinheim senken zum 1. Januar den Arbeitspreis für Haushaltsstrom um 2,4 Cent \
je Kilowattstunde, wie der Versorger am Dienstag mitteilte.

Grund seien gesunkene Einkaufspreise an der Börse, sagte Geschäftsführerin Petra Lindner. Rund \
18.000 Haushalte im Versorgungsgebiet profitieren von der Senkung.

Der Grundpreis bleibt unverändert bei 11,90 Euro im Monat. Kundinnen und Kunden werden in den \
kommenden Wochen schriftlich über die neuen Tarife informiert.
"""

QUESTIONS = [
    "Muss ich selbst etwas unternehmen?",
    "Kann ich meinen Vertrag vorzeitig kündigen?",
    "Wann sehe ich die Ersparnis auf der Abrechnung?",
    "Gilt die Senkung auch für Wärmepumpentarife?",
]


def _dump(lines: list[str]) -> str:
    return ARTICLE + "\n" + "\n\n".join(lines) + "\n"


def _kept(article: articleclean.Article) -> set[str]:
    return {block.text for block in article.body}


def test_an_article_dumps_closing_questions_stay() -> None:
    # Fails on main (dfb1884): the four questions went to `trailing_teasers`.
    article = articleclean.clean_text(_dump(QUESTIONS))
    assert article.metadata["dump"] == "article"
    assert set(QUESTIONS) <= _kept(article)
    assert not [r for r in article.removed if r.rule == "trailing_teasers"]


def test_the_same_questions_in_a_page_dump_still_go() -> None:
    # Guard (passes on main too): a page's run of other stories is what a page dump holds,
    # so the questions are judged by their topic there, as before.
    article = articleclean.clean_text(_dump(QUESTIONS), config=CleanerConfig(dump="page"))
    taken = {r.text for r in article.removed if r.rule == "trailing_teasers"}
    assert set(QUESTIONS) <= taken


def test_a_box_with_a_date_among_its_questions_still_goes() -> None:
    # Guard (passes on main too): a date opening a line is a box's mark (`_box_marks`),
    # so a run that asks but prints one is read as other stories.
    lines = [*QUESTIONS[:2], "12.03.2024", *QUESTIONS[2:]]
    article = articleclean.clean_text(_dump(lines))
    assert set(QUESTIONS) & {r.text for r in article.removed if r.rule == "trailing_teasers"}
