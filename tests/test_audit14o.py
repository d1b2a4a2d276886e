"""Issue 14 and 15 audit, round 64: shapes and languages the fixtures lacked. Text dumps
`tests/fixtures/text/audit14o-*`: a product recall notice with its batches (tl, page
dump), a court ruling summary with the ruling's points (ar), an earnings report with its
figures (id), a weather warning with a table (uk, page dump), a travel piece with a
numbered itinerary (el), a cricket report with both line-ups (hi, page dump), a
correction note above the article (pt-BR), a Q&A explainer (pl, page dump). Pages
`tests/fixtures/html/audit15o-*`: a cold-wave warning with a table (ko), a court ruling
summary with its points in a list (he), a product recall with the models in a list (tr),
a basketball report with the scorers in a list (tl).

The fixtures' `must_contain` lists every paragraph, list item, table row and Q&A line of
the article in reading order; the fixture test checks that each is kept, this file checks
that they are kept in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from reading_order import audit_inputs, out_of_order

_INPUTS = audit_inputs("audit14o", "audit15o")


def test_the_audit_has_eight_dumps_and_four_pages() -> None:
    assert len([p for p in _INPUTS if p.suffix == ".txt"]) == 8
    assert len([p for p in _INPUTS if p.suffix == ".html"]) == 4


@pytest.mark.parametrize("path", _INPUTS, ids=[p.name for p in _INPUTS])
def test_the_articles_lines_are_kept_in_reading_order(path: Path) -> None:
    assert out_of_order(path) == []


# --- what the audit fixed, each with a guard ---------------------------------------------

_PROSE = (
    "\n\nThe city council voted on Tuesday to close the old market, citing safety concerns "
    "raised by inspectors last year.\n\n"
    "Traders said they would appeal the decision in court before the end of the month.\n"
)
_HEADLINE = "Council votes to close the old market after a safety inspection"


@pytest.mark.parametrize(
    "under",
    [
        "By Ahmed Abdel Rahman",
        "Written by: Ahmed Abdel Rahman",
        "By Ahmed Abdel Rahman\nApril 29, 2025",
    ],
)
def test_a_byline_right_under_a_long_headline_is_no_wrapped_line(under: str) -> None:
    # fails on the round start: a headline of 40 to 100 signs and its byline, no blank
    # line between, were read as one wrapped paragraph, the title with the byline glued
    article = articleclean.clean(_HEADLINE + "\n" + under + _PROSE)
    assert article.title == _HEADLINE
    assert article.byline == ["Ahmed Abdel Rahman"]


def test_a_byline_between_a_headline_and_a_stamp_in_a_wrap_is_read() -> None:
    # fails on the round start: the Indonesian head (headline, "Penulis: … | Editor: …",
    # a stamp with its weekday) filled its column as a wrap does
    article = articleclean.clean(
        "Laba Bank Nusantara Naik 12 Persen pada Kuartal I 2025\n"
        "Penulis: Rina Wulandari | Editor: Agus Setiawan\n"
        "Selasa, 29 Apr 2025 14:20 WIB\n\n"
        "PT Bank Nusantara Tbk membukukan laba bersih Rp 14,2 triliun pada kuartal I 2025, "
        "naik 12 persen dibandingkan periode yang sama tahun lalu.\n\n"
        "Saham perseroan ditutup naik 2,3 persen ke level Rp 9.875 per saham.\n"
    )
    assert article.title == "Laba Bank Nusantara Naik 12 Persen pada Kuartal I 2025"
    assert article.byline == ["Rina Wulandari"]


def test_a_wrapped_sentence_ending_in_by_and_names_stays_one_paragraph() -> None:
    # guard: "by Jane Doe" in small letters may end a wrapped sentence's last line
    paragraph = (
        "The report on the market's safety, the third this decade, was written\n"
        "by Jane Doe and John Roe\n"
    )
    article = articleclean.clean(_HEADLINE + _PROSE + "\n" + paragraph)
    assert (
        "The report on the market's safety, the third this decade, was written by Jane Doe "
        "and John Roe" in article.text
    )


_UK_PROSE = (
    "Український гідрометцентр оголосив штормове попередження на 15–16 листопада. "
    "Синоптики очікують пориви вітру до 25 метрів за секунду.\n\n"
    "У Львові комунальні служби переведено на цілодобовий режим роботи, повідомили в "
    "міській раді сьогодні вранці.\n\n"
)


@pytest.mark.parametrize(
    ("prose", "line"),
    [
        (_UK_PROSE, "Підпишіться на нашу розсилку, щоб отримувати головні новини дня"),
        (_UK_PROSE, "Поділитися"),
        (
            "Η Νάξος, το μεγαλύτερο νησί των Κυκλάδων, είναι ιδανική για ταξίδι τον "
            "Οκτώβριο, όταν η θάλασσα είναι ακόμη ζεστή.\n\nΤο εισιτήριο του πλοίου από τον "
            "Πειραιά κοστίζει από 45 ευρώ.\n\n",
            "Μοιραστείτε το άρθρο",
        ),
        (
            "ألغت المحكمة الإدارية العليا، اليوم الأحد، قرار محافظة القاهرة بإغلاق سوق "
            "الجمعة في منطقة السيدة عائشة.\n\nولم يصدر تعليق من محافظة القاهرة حتى وقت نشر "
            "الخبر.\n\n",
            "شارك الخبر",
        ),
        (
            "As chuvas que atingem o Rio Grande do Sul desde o fim de semana deixaram 12 "
            "cidades em situação de emergência.\n\nMais de 3 mil pessoas estão fora de casa.\n\n",
            "Receba as principais notícias no seu e-mail: assine a nossa newsletter",
        ),
    ],
)
def test_share_and_newsletter_prompts_in_more_languages(prose: str, line: str) -> None:
    # fails on the round start: uk had no
    # prompt phrases, el and ar no share button of this wording, pt no "assine a nossa"
    article = articleclean.clean(prose + line + "\n")
    assert [r.rule for r in article.removed if r.text == line] == ["promo_prompt"]


def test_an_arabic_photo_credit_label_ends_a_caption() -> None:
    # fails on the round start: "تصوير:" (photography) was no credit word, and the
    # caption under the picture's title became a heading
    caption = "باعة يعرضون بضائعهم في سوق الجمعة قبل قرار الإغلاق. تصوير: محمد السيد"
    article = articleclean.clean(
        "ألغت المحكمة الإدارية العليا، اليوم الأحد، قرار محافظة القاهرة بإغلاق سوق الجمعة "
        "في منطقة السيدة عائشة، وألزمت المحافظة بإعادة تراخيص الباعة.\n\n"
        "باعة في سوق الجمعة\n" + caption + "\n\n"
        "وقال محامي الجمعية، خالد منصور، إن الحكم نهائي وواجب التنفيذ ولا يجوز الطعن عليه.\n"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("باعة يعرضون بضائعهم في سوق الجمعة قبل قرار الإغلاق.", "محمد السيد")
    ]


def test_arabic_photography_in_a_sentence_is_no_credit() -> None:
    # guard: "تصوير" in a sentence, with no colon after it, credits no one
    line = "وبدأ تصوير الفيلم الجديد في القاهرة الأسبوع الماضي بمشاركة عدد من النجوم."
    article = articleclean.clean(
        "ألغت المحكمة الإدارية العليا، اليوم الأحد، قرار محافظة القاهرة بإغلاق سوق الجمعة "
        "في منطقة السيدة عائشة.\n\n" + line + "\n"
    )
    assert line in article.text and article.captions == []
