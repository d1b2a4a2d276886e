"""A German whole page's parts (menu, footer, article) that byline tests build dumps from."""

from __future__ import annotations

MENU_DE = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Kontakt"]
FOOTER_DE = ["Impressum", "Datenschutz", "Mediadaten", "AGB", "Kontakt", "Jobs"]
ARTICLE_DE = [
    "Forscher entwickeln eine Batterie, die in wenigen Minuten lädt",
    "Eine Forschungsgruppe hat eine Batterie vorgestellt, die sich in wenigen Minuten laden lässt und dabei kaum an Leistung verliert.",
    "Die Zellen bestehen aus günstigen Materialien, die in großen Mengen verfügbar sind, wie die Forscher in ihrer Studie schreiben.",
    "In Tests hielt die Batterie mehr als tausend Ladezyklen durch, bevor ihre Kapazität merklich sank.",
    "Bis zur Marktreife dürften nach Einschätzung der Gruppe allerdings noch einige Jahre vergehen.",
]


def page_dump(site: str, *parts: list[str], headline: str = ARTICLE_DE[0]) -> str:
    """A whole-page dump: the <title> line ("<headline> | <site>"), then the parts' lines
    in order (a menu, the article, a box, a footer)."""
    return "\n".join([f"{headline} | {site}", *(line for part in parts for line in part)])
