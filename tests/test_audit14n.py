"""Issue 14 and 15 audit by form, second set (round 55): forms the first set (audit14m-*,
audit15m-*) did not try, in languages it did not use. Text dumps
`tests/fixtures/text/audit14n-*`: a match report with line-ups and a goals list (tr), a
court report with quoted testimony (ja), an opinion column with the writer's bio at the foot
(ko), a stock-market report with a list of movers (vi), letters to the editor each signed
with a name and a town (cs), a book review with a fact box and a rating (sv), a fact-check
with its verdict (he). Pages `tests/fixtures/html/audit15n-*`: an editor's note at the top
(uk), an obituary with its survivors (fa), a market close with an index table (ms), a trial
report with a witness's testimony (ro), a "7 islands" listicle (el), an opinion column with
the writer's bio at the foot (hu), a product review with a spec table and pros and cons (fi).

The fixtures' `must_contain` lists every paragraph, list item, table row and Q&A line of
the article in reading order; the fixture test checks that each is kept, this file checks
that they are kept in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from reading_order import audit_inputs, out_of_order

_INPUTS = audit_inputs("audit14n", "audit15n")


def test_the_audit_has_seven_dumps_and_seven_pages() -> None:
    assert len([p for p in _INPUTS if p.suffix == ".txt"]) == 7
    assert len([p for p in _INPUTS if p.suffix == ".html"]) == 7


@pytest.mark.parametrize("path", _INPUTS, ids=[p.name for p in _INPUTS])
def test_the_articles_lines_are_kept_in_reading_order(path: Path) -> None:
    assert out_of_order(path) == []


# --- what the audit fixed, each with a guard ---------------------------------------------

_PROSE = (
    "Regeringen presenterade på onsdagen ett nytt stöd till landets bibliotek, som ska "
    "betalas ut under de kommande tre åren.\n\n"
    "Enligt kulturdepartementet får kommunerna sammanlagt 600 miljoner kronor, fördelade "
    "efter antalet invånare.\n\n"
    "De första pengarna betalas ut redan i höst, uppger departementet.\n"
)


def test_a_breadcrumb_of_three_levels_over_a_signed_headline_is_no_title() -> None:
    # fails on main: the three lines read as a site menu, and an article dump's headline
    # under a menu was no title; the levels stayed the first paragraphs
    article = articleclean.clean(
        "Kultur\nRecensioner\nBöcker\n"
        "Recension: Ett stillsamt porträtt av en skärgård som försvinner\n"
        "Av Karin Holm\n\n" + _PROSE
    )
    assert article.title == "Recension: Ett stillsamt porträtt av en skärgård som försvinner"
    assert [r.text for r in article.removed if r.rule == "byline_section_label"] == [
        "Kultur",
        "Recensioner",
        "Böcker",
    ]


def test_a_breadcrumb_in_a_script_without_capitals_is_read_as_one() -> None:
    # fails on main: a section's name had to open with a capital, so "חדשות" became the
    # title
    article = articleclean.clean(
        "חדשות\nבדיקת עובדות\nהאם מחירי הדירות ירדו בשנה האחרונה? בדקנו\nמאת דנה לוי\n\n"
        "שר האוצר אמר השבוע בראיון לרדיו כי מחירי הדירות ירדו בשנה האחרונה. בדקנו את "
        "הנתונים של הלשכה המרכזית לסטטיסטיקה.\n\n"
        "לפי המדד, המחירים בפברואר היו גבוהים בארבעה אחוזים מאשר בשנה שעברה.\n"
    )
    assert article.title == "האם מחירי הדירות ירדו בשנה האחרונה? בדקנו"
    assert article.byline == ["דנה לוי"]


def test_a_chinese_headline_is_no_kicker_over_the_line_below() -> None:
    # guard: a Chinese headline is one "word" with no capital; it must stay the title
    article = articleclean.clean(
        "江城高铁新站今日开通运营\n记者 李明\n\n"
        "江城高铁新站今日正式开通运营，首趟列车于上午八点从新站发出，开往省城。\n\n"
        "据介绍，新站每天将开行列车六十对，旅客可通过手机购票。\n"
    )
    assert article.title == "江城高铁新站今日开通运营"


def test_lower_case_lines_over_a_headline_are_no_breadcrumb() -> None:
    # guard: lines opening lower-case are text, not a breadcrumb's levels
    article = articleclean.clean(
        "Kultur\nrecensioner\nRecension: Ett stillsamt porträtt av en skärgård\n"
        "Av Karin Holm\n\n" + _PROSE
    )
    assert "byline_section_label" not in [r.rule for r in article.removed if r.text != "Kultur"]


def test_a_nordic_stamp_under_the_byline_is_removed() -> None:
    # fails on main: "Publicerad" was no stamp label, and the line became a heading
    stamp = "Publicerad 14 mars 2025 kl. 06.00"
    article = articleclean.clean(
        "Nytt stöd till landets bibliotek\nAv Karin Holm\n" + stamp + "\n\n" + _PROSE
    )
    assert [r.rule for r in article.removed if r.text == stamp] == ["byline_date_stamp"]


@pytest.mark.parametrize(
    "line", ["Dela", "Kopiera länk", "וואטסאפ", "פייסבוק", "카카오톡", "Zalo", "LINE"]
)
def test_a_share_rows_buttons_in_more_languages_are_prompts(line: str) -> None:
    # fails on main: the Swedish share row's labels and the messengers' names in Hebrew,
    # Korean, Vietnamese (Zalo) and Japanese (LINE) were no phrases
    article = articleclean.clean(_PROSE + "\nFacebook\n" + line + "\n")
    assert [r.rule for r in article.removed if r.text == line] == ["promo_prompt"]


def test_a_finnish_newsletter_offer_is_a_prompt() -> None:
    # fails on main: "tilaa" (subscribe) was no action and "uutiskirje" no channel
    line = "Tilaa Tekniikka Nytin uutiskirje – parhaat testit suoraan sähköpostiisi."
    article = articleclean.clean(_PROSE + "\n" + line + "\n")
    assert [r.rule for r in article.removed if r.text == line] == ["promo_prompt"]


def test_a_finnish_sentence_on_space_is_no_prompt() -> None:
    # guard: "tilaa" is also "room": no channel named, no prompt
    line = "Tilaa on noin 120 asukkaalle, ja ensimmäiset muuttavat taloon syksyllä."
    assert line in articleclean.clean(_PROSE + "\n" + line + "\n").text
