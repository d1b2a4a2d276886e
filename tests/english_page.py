"""The English twin of tests/german_page.py: a whole page's parts (menu, footer, article)
that byline tests build dumps from."""

from __future__ import annotations

import articleclean

MENU_EN = ["Home", "World", "Politics", "Business", "Science", "Sport", "Contact"]
FOOTER_EN = ["Imprint", "Privacy", "Advertise", "Terms", "Contact", "Jobs"]
ARTICLE_EN = [
    "Researchers build a battery that charges in a few minutes",
    "A research group has presented a battery that can be charged in a few minutes and barely loses any capacity over time.",
    "The cells are made of cheap materials that are available in large quantities, the researchers write in their study.",
    "In tests the battery lasted more than a thousand charging cycles before its capacity dropped noticeably.",
    "According to the group, it will still take several years before the battery is ready for the market.",
]

# Further paragraphs, for tests that want an article longer than ARTICLE_EN.
MORE_EN = [
    "The team tested the cells over a thousand charging cycles in the laboratory last year.",
    "Most of the capacity was still there at the end, which surprised the engineers.",
    "Other groups have tried similar materials before, but their cells wore out quickly.",
    "The university has applied for a patent and talks with two manufacturers are under way.",
    "A first product could reach the shops in three years, the group's leader said on Monday.",
    "Until then the cells have to pass safety tests that take many months to complete.",
    "The researchers also want to find out how the cells behave in very cold weather.",
    "Cars would be the biggest market, but phones and tools could come first, they said.",
    "The study was paid for by the national research council and two private foundations.",
    "Critics say that similar promises have been made many times before without results.",
    "The group says its cells are different because the materials cost so little to make.",
    "Further results are expected in the spring, when the next series of tests is finished.",
]


def clean_tech_page(lines: list[str], footer: list[str] = FOOTER_EN) -> articleclean.Article:
    """A whole-page dump of "Tech Magazine" (MENU_EN above, `footer` below, ARTICLE_EN's
    headline as the page's) around `lines`, cleaned."""
    from german_page import page_dump

    text = page_dump("Tech Magazine", MENU_EN, lines, footer, headline=ARTICLE_EN[0])
    return articleclean.clean_text(text)


def article_kept(article: articleclean.Article) -> bool:
    """Whether every paragraph of ARTICLE_EN under its headline is kept in the body."""
    body = [p.text for p in article.body]
    return all(line in body for line in ARTICLE_EN[1:])
