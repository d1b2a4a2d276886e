"""`trailing_menu` keeps an article dump's own long run of short rows after a short
introduction (round 37): more labels than a site's menu under an article runs (eight) and
than the article has paragraphs before them, with none of the site's notices nor a teaser
heading after the last paragraph. A table printed a cell a line, a packing list or a
product list shares few words with the two paragraphs that announce it, so its topic
alone took it for a menu of other sections. A site's menu after an article is short, and
a long one comes with its footer's notices. Fixtures invented."""

from __future__ import annotations

import articleclean

_EN_TITLE = "What to pack for a week of hut-to-hut hiking in the Alps"
_EN_PROSE = [
    "Walking from hut to hut means carrying everything you need on your back for days.",
    "Every gram counts on the steep climbs, so it pays to think hard before you leave.",
]
_EN_ROWS = [
    "Sleeping liner",
    "Head torch",
    "Rain jacket",
    "Fleece",
    "Sun cream",
    "Blister plasters",
    "Water bottle",
    "Trekking poles",
    "Earplugs",
    "Cash",
    "Hut slippers",
    "Map",
]
_DE_TITLE = "Welche Gewürze in eine gut sortierte Küche gehören"
_DE_PROSE = [
    "Wer gerne kocht, merkt schnell, dass ein paar Gläser im Schrank nicht lange reichen.",
    "Eine Köchin aus Freiburg hat uns verraten, was bei ihr nie fehlen darf und warum.",
]
_DE_ROWS = [
    "Kreuzkümmel",
    "Koriandersaat",
    "Rauchpaprika",
    "Kurkuma",
    "Zimtstangen",
    "Sternanis",
    "Lorbeerblätter",
    "Muskatnuss",
    "Wacholderbeeren",
    "Senfkörner",
]
# A site's menu under a full article: five sections of its own.
_MENU = ["Popular", "Deals", "Newsletter archive", "Podcasts", "Events"]
_MORE_PROSE = [
    "The huts open in the middle of June and close again at the end of September each year.",
    "Booking ahead is wise in August, when school holidays fill the dormitories quickly.",
    "Most huts take cash only, and few of them have a signal for a card machine to work.",
    "Half board is the rule: dinner and breakfast are included in the price of the bed.",
    "Drinking water is free at some huts, while others sell it by the litre at the bar.",
    "A hut sheet is compulsory everywhere, and some huts sell them for a few euros.",
    "Quiet hours begin at ten, and the lights in the dormitory go out soon after that.",
    "Guides recommend starting early to reach the next hut before the afternoon storms.",
    "Mountain rescue can be called on 112 from anywhere in the Alps, even without credit.",
]


def _clean(text: str) -> articleclean.Article:
    return articleclean.clean_text(text)


def _body(article: articleclean.Article) -> list[str]:
    return [line for block in article.body for line in block.text.split("\n")]


def test_a_long_list_after_two_paragraphs_stays_en() -> None:
    article = _clean("\n\n".join([_EN_TITLE, *_EN_PROSE, *_EN_ROWS]) + "\n")
    assert article.metadata.get("dump") == "article"
    assert [x for x in _EN_ROWS if x not in _body(article)] == []


def test_a_long_list_after_two_paragraphs_stays_de() -> None:
    article = _clean("\n\n".join([_DE_TITLE, *_DE_PROSE, *_DE_ROWS]) + "\n")
    assert article.metadata.get("dump") == "article"
    assert [x for x in _DE_ROWS if x not in _body(article)] == []


def test_a_short_menu_after_a_full_article_still_goes() -> None:
    """A guard (passes on main too): five labels of other sections under the article."""
    article = _clean("\n\n".join([_EN_TITLE, *_EN_PROSE, *_MORE_PROSE, *_MENU]) + "\n")
    assert [x for x in _MENU if x in _body(article)] == []


def test_a_long_list_in_a_page_dump_still_goes() -> None:
    """A guard (passes on main too): read as a page (`dump="page"`), the run is judged by
    its topic as before."""
    text = "\n\n".join([_EN_TITLE, *_EN_PROSE, *_EN_ROWS]) + "\n"
    article = articleclean.clean_text(text, dump="page")
    assert [x for x in _EN_ROWS if x in _body(article)] == []


# A footer's long menu, with its site's notice under it.
_FOOTER = [
    "About us",
    "Careers",
    "Advertise",
    "Podcasts",
    "Events",
    "Shop",
    "Gift cards",
    "Newsletters",
    "Help centre",
    "Contact",
]
_NOTICE = "© 2024 Alpine Media Ltd. All rights reserved."


def test_a_long_menu_over_the_sites_notice_still_goes() -> None:
    """A guard (passes on main too): the same length of labels, with the site's copyright
    notice under them, is a footer's menu."""
    article = _clean("\n\n".join([_EN_TITLE, *_EN_PROSE, *_FOOTER, _NOTICE]) + "\n")
    assert article.metadata.get("dump") == "article"
    assert [x for x in _FOOTER if x in _body(article)] == []
