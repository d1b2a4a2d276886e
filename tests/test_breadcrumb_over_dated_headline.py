"""A breadcrumb (a page's section names, one a line) over a headline with the story's
stamp under it and no prefixed byline (round 55, xfails2): the stamp, not only a byline,
tells the headline under the breadcrumb's levels."""

from __future__ import annotations

import articleclean

_TR_PROSE = (
    "Süper Lig'in 26. haftasında oynanan derbide ev sahibi takım, rakibini 2-1 mağlup "
    "ederek liderliğini sürdürdü.\n\n"
    "Maçın ilk yarısında etkili olan ev sahibi ekip 23. dakikada öne geçti, konuk takım ise "
    "41. dakikada skora denge getirdi.\n\n"
    "İkinci yarıda tempo düştü, ancak 78. dakikada gelen gol maçın skorunu belirledi.\n"
)
_CS_PROSE = (
    "Na článek o nové tramvajové trati nám přišla řada dopisů od čtenářů z celé Prahy. "
    "Vybíráme z nich.\n\n"
    "Trať je potřeba, ale zastávka u sídliště je příliš daleko od domů. Starší lidé budou "
    "chodit přes kopec deset minut.\n\n"
    "Jezdím denně autobusem a tramvaj vítám. Jen nechápu, proč stavba potrvá tři roky.\n"
)
_DE_PROSE = (
    "Der Stadtrat hat am Dienstagabend den neuen Haushalt beschlossen, der Investitionen "
    "in Schulen und Radwege vorsieht.\n\n"
    "Nach Angaben der Verwaltung fließen in diesem Jahr rund 40 Millionen Euro in die "
    "Sanierung von Gebäuden.\n\n"
    "Die Opposition kritisierte die hohen neuen Schulden der Stadt.\n"
)


def test_a_breadcrumb_over_a_headline_a_name_and_its_stamp_leaves_the_title() -> None:
    # fails on main: the breadcrumb was read as a kicker run only above a prefixed
    # byline, and this one is a bare name over its stamp, so no line became the title
    headline = "Ev sahibi takım derbide rakibini 2-1 yendi"
    article = articleclean.clean(
        "Ana Sayfa\nSpor\nFutbol\n" + headline + "\nMehmet Kaya\n09.03.2025 22:48\n\n" + _TR_PROSE
    )
    assert article.title == headline


def test_a_breadcrumb_over_a_headline_with_its_stamp_right_under_leaves_the_title() -> None:
    # fails on main: no byline under the headline, so no title; the last level's second
    # word is lower case, as Czech and Vietnamese write section names
    headline = "Dopisy čtenářů: Tramvaj na Barrandov ano, ale ne takhle"
    article = articleclean.clean(
        "Zprávy\nNázory\nDopisy čtenářů\n" + headline + "\n20. března 2025 7:00\n\n" + _CS_PROSE
    )
    assert article.title == headline
    assert [r.rule for r in article.removed if r.text == "20. března 2025 7:00"] == [
        "headline_date_stamp"
    ]
    assert [r.text for r in article.removed if r.rule == "headline_breadcrumb"] == [
        "Zprávy",
        "Názory",
        "Dopisy čtenářů",
    ]


def test_a_section_over_a_dated_headline_leaves_the_title() -> None:
    # fails on main: a kicker of two levels, no byline, the stamp right under the headline
    headline = "Stadtrat beschließt Haushalt mit Rekordinvestitionen"
    article = articleclean.clean(
        "Lokales\nPolitik\n" + headline + "\n03.03.2025, 14:12 Uhr\n\n" + _DE_PROSE
    )
    assert article.title == headline


def test_short_lines_over_a_line_with_no_stamp_under_it_give_no_title() -> None:
    # guard: with neither a byline nor a stamp under it, the line under short lines at
    # the top of an article dump is no title (an article's own list and a row of it)
    headline = "Stadtrat beschließt Haushalt mit Rekordinvestitionen"
    article = articleclean.clean("Lokales\nPolitik\n" + headline + "\n\n" + _DE_PROSE)
    assert article.title != headline


def test_a_date_alone_under_the_line_is_no_stamp_for_the_breadcrumb() -> None:
    # guard: a date with no time or label heads a letter or a diary's entry; it tells no
    # headline (as `headline_date_stamp` leaves it)
    headline = "Stadtrat beschließt Haushalt mit Rekordinvestitionen"
    article = articleclean.clean("Lokales\nPolitik\n" + headline + "\n3. März 2025\n\n" + _DE_PROSE)
    assert article.title != headline


def test_a_stamp_three_lines_under_the_line_tells_no_headline() -> None:
    # guard: the stamp must stand right under the line or under the one line below it
    headline = "Stadtrat beschließt Haushalt mit Rekordinvestitionen"
    article = articleclean.clean(
        "Lokales\nPolitik\n" + headline + "\nDie wichtigsten Punkte im Überblick\n"
        "Was die Bürger jetzt wissen müssen\n"
        "03.03.2025, 14:12 Uhr\n\n" + _DE_PROSE
    )
    assert article.title != headline


def test_a_vietnamese_breadcrumb_and_stamp_with_its_weekday() -> None:
    # fails on main: "Trang chủ" (home) became the title, and the stamp's two-word
    # weekday ("Thứ Ba,") was no weekday, so the stamp stayed
    headline = "VN-Index tăng hơn 12 điểm, thanh khoản vượt 20.000 tỷ đồng"
    stamp = "Thứ Ba, 15/4/2025 15:20"
    article = articleclean.clean(
        "Trang chủ\nKinh doanh\nChứng khoán\n" + headline + "\n" + stamp + "\n\n"
        "Thị trường chứng khoán phiên 15/4 khởi sắc khi dòng tiền quay lại nhóm ngân hàng "
        "và bất động sản.\n\n"
        "Kết phiên, VN-Index tăng 12,45 điểm lên 1.231,67 điểm, thanh khoản đạt hơn 20.000 "
        "tỷ đồng.\n"
    )
    assert article.title == headline
    assert [r.rule for r in article.removed if r.text == stamp] == ["headline_date_stamp"]
    assert [r.text for r in article.removed if r.rule == "headline_breadcrumb"] == [
        "Trang chủ",
        "Kinh doanh",
        "Chứng khoán",
    ]


def test_a_sentence_above_the_headline_keeps_the_lines_there() -> None:
    # guard: the breadcrumb is every line kept over the headline; a line of text among
    # them (here the first) means they are the article's, and none is taken
    headline = "Stadtrat beschließt Haushalt mit Rekordinvestitionen"
    article = articleclean.clean(
        "Die Sitzung dauerte bis spät in die Nacht.\nLokales\nPolitik\n"
        + headline
        + "\n03.03.2025, 14:12 Uhr\n\n"
        + _DE_PROSE
    )
    assert "headline_breadcrumb" not in {r.rule for r in article.removed}


def test_a_breadcrumb_over_a_headline_with_no_stamp_stays() -> None:
    # guard: without the stamp under the headline the short lines are not taken
    headline = "Stadtrat beschließt Haushalt mit Rekordinvestitionen"
    article = articleclean.clean("Lokales\nPolitik\n" + headline + "\n\n" + _DE_PROSE)
    assert "headline_breadcrumb" not in {r.rule for r in article.removed}
