"""The English twin of tests/german_page.py: a whole page's parts (menu, footer, article)
that byline tests build dumps from."""

from __future__ import annotations

MENU_EN = ["Home", "World", "Politics", "Business", "Science", "Sport", "Contact"]
FOOTER_EN = ["Imprint", "Privacy", "Advertise", "Terms", "Contact", "Jobs"]
ARTICLE_EN = [
    "Researchers build a battery that charges in a few minutes",
    "A research group has presented a battery that can be charged in a few minutes and barely loses any capacity over time.",
    "The cells are made of cheap materials that are available in large quantities, the researchers write in their study.",
    "In tests the battery lasted more than a thousand charging cycles before its capacity dropped noticeably.",
    "According to the group, it will still take several years before the battery is ready for the market.",
]
