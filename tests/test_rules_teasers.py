"""teaser_heading, inline_teaser and (end to end) the blurbs after a teaser heading."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.base import BlockRule
from articleclean.rules.context import Context
from articleclean.rules.teasers import inline_teaser, teaser_heading

CONTEXT = Context.for_config(CleanerConfig())


def judged(rule: BlockRule, text: str) -> bool:
    return rule(Segment(text, (1, 1)), CONTEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Must Read",
        "Read more",
        "Related",
        "Also read",
        "You may also like",
        "Recommended",
        "Trending",
        "Don't miss",
        "Don’t Miss",
        "More from Reuters",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Lire aussi",
        "À lire aussi",
        "Lea también",
        "Leia também",
        "Leggi anche",
        "Читайте также",
        "Baca juga",
        "相关阅读",
        "延伸阅读",
        "関連記事",
        "관련기사",
        "NOTAS RELACIONADAS",
        "Weitere Nachrichten",
    ],
)
def test_teaser_headings(line: str) -> None:
    assert judged(teaser_heading, line)


@pytest.mark.parametrize(
    "line",
    [
        "Related research by the university found the building was altered six times.",
        "More from the interview: she said she would run again next year.",
        "Trending upward for a third month, prices reached a record in May.",
        "Recommended dose: two tablets a day, the label says.",
    ],
)
def test_sentences_starting_with_teaser_words_are_not_headings(line: str) -> None:
    assert not judged(teaser_heading, line)


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Reality star reveals shock split after three years of marriage",
        "Read more: Ten things to know about the vote",
        "Also Read: Mumbai local train services hit after signal failure",
        "Lesen Sie auch: Hitzewelle in Südeuropa – Waldbrände auf Rhodos",
        "Lire aussi : Tour de France : le parcours de l'édition 2025 dévoilé",
        "Lea también: El Real Madrid golea al Girona",
        "Leia também: Inflação de novembro fica abaixo do esperado",
        "Leggi anche: Serie A, la Juventus batte il Napoli",
        "Читайте также: Центробанк сохранил ключевую ставку",
        "Baca juga: Harga Emas Antam Hari Ini Turun",
        "相关阅读：女排联赛天津队获胜",
        "• Related: Storm closes schools across the county",
        "VEA TAMBIÉN: Estrella de la educación no brilla para estudiantes",
        "Lea más: Diputado propone reformar la ley de aguas",
    ],
)
def test_inline_teasers(line: str) -> None:
    assert judged(inline_teaser, line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the new rules in the official gazette.",
        "More than 200 people attended the vigil - many of them carrying candles.",
        "Watch closely and you will see the heron take off.",
        "Related to the case, two other men were arrested on Monday.",
        "Lesen Sie auch die Kommentare der Leser, sagte der Chefredakteur.",
    ],
)
def test_prose_starting_with_teaser_words_is_content(line: str) -> None:
    assert not judged(inline_teaser, line)


ARTICLE = """Storm floods harbour district as river bursts its banks

Heavy rain overnight caused the river to burst its banks, flooding dozens of homes and shops in the harbour district, the fire service said.

Residents were evacuated by boat from the lowest streets, and a school was opened as a shelter for families who could not return home.

{teasers}
"""


def test_unrelated_blurbs_after_a_teaser_heading_are_removed() -> None:
    teasers = "\n\n".join(
        [
            "Recommended",
            "Celebrity chef opens third restaurant in Paris",
            "Football club sacks manager after fifth straight defeat",
        ]
    )
    article = articleclean.clean_text(ARTICLE.format(teasers=teasers))
    assert [(r.reason, r.rule) for r in article.removed] == [
        (Reason.RELATED_TEASER, "teaser_heading"),
        (Reason.RELATED_TEASER, "teaser_blurb"),
        (Reason.RELATED_TEASER, "teaser_blurb"),
    ]
    assert len(article.paragraphs) == 2


def test_article_text_after_a_teaser_block_is_kept() -> None:
    resumed = (
        "The fire service said the river level at the harbour was falling, but residents of "
        "the flooded streets should not return home before the evacuation is lifted."
    )
    teasers = "\n\n".join(["Related", "Celebrity chef opens third restaurant in Paris", resumed])
    article = articleclean.clean_text(ARTICLE.format(teasers=teasers))
    assert article.paragraphs[-1] == resumed
    assert [r.text for r in article.removed] == [
        "Related",
        "Celebrity chef opens third restaurant in Paris",
    ]
