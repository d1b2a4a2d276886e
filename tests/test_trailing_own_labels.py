"""`trailing_menu` takes a short run of labels after an article dump's prose only with
evidence of the site (round 39): a notice of the site's or a teaser heading after the
article's last paragraph, or a word of a site's navigation among the labels ("Home",
"News", "Donate", "Heft abonnieren"). Without it the run is the article's own: its
section headings with their paragraphs left out, a contents list, the tools or stages
it lists, whose labels share few words with a short introduction. A site's menu of five
sections under an article still goes. Fixtures invented."""

from __future__ import annotations

import articleclean
from articleclean.document import Segment
from articleclean.rules.label_runs import menu_vocabulary

_EN_TITLE = "How the old mill on the river was brought back to work"
_EN_PROSE = [
    "For forty years the wheel stood still, and the building slowly filled with pigeons.",
    "A group of neighbours bought it in 2019 and spent four winters repairing the works.",
    "This is the story of how they did it, told by the people who carried the stones.",
]
_EN_CONTENTS = ["Contents", "First winter", "Valley timber", "Millstones", "Grinding again"]
_WIKI_HEADINGS = ["History[edit]", "Design[edit]", "Operation[edit]", "References[edit]", "Sources"]
_DE_TITLE = "Kleinwindanlagen auf dem eigenen Grundstück"
_DE_PROSE = [
    "Mit einer kleinen Windturbine auf dem Dach wollen viele Hausbesitzer unabhängiger werden.",
    "Bevor man kauft, lohnt ein Blick auf die Bedingungen am eigenen Standort und die Kosten.",
    "Unser Leitfaden fasst zusammen, was bei der Planung zu beachten ist und was nicht.",
]
_DE_HEADINGS = ["Standort und Wetter", "Genehmigung", "Technik", "Fazit", "Literatur"]
_DE_TOOLS_TITLE = "Ein Hochbeet selbst bauen: So gelingt es"
_DE_TOOLS_PROSE = [
    "Ein Hochbeet aus Holz ist an einem Wochenende gebaut, wenn das Material bereitliegt.",
    "Für den Rahmen aus Lärchenbrettern braucht es kein besonderes Können, aber Geduld.",
]
_DE_TOOLS = ["Akku-Schrauber", "Stichsäge", "Zollstock", "Wasserwaage", "Schraubzwingen"]
# Sites' menus under a full article: five or six sections, one of their own pages among them.
_EN_MENU = ["Popular", "Deals", "Reviews", "Hardware", "Guides"]
_DE_MENU = [
    "Ausgabe März",
    "Heft bestellen",
    "Händler finden",
    "Heft digital lesen",
    "Heft abonnieren",
]


def _body(article: articleclean.Article) -> list[str]:
    return [line for block in article.body for line in block.text.split("\n")]


def _lost(title: str, prose: list[str], run: list[str]) -> list[str]:
    article = articleclean.clean_text("\n\n".join([title, *prose, *run]) + "\n")
    assert article.metadata.get("dump") == "article"
    return [x for x in run if x not in _body(article)]


def test_a_contents_list_after_the_introduction_stays_en() -> None:
    assert _lost(_EN_TITLE, _EN_PROSE, _EN_CONTENTS) == []


def test_a_wikis_section_headings_stay() -> None:
    assert _lost(_EN_TITLE, _EN_PROSE, _WIKI_HEADINGS) == []


def test_section_headings_with_a_conclusion_stay_de() -> None:
    assert _lost(_DE_TITLE, _DE_PROSE, _DE_HEADINGS) == []


def test_a_tool_list_after_two_paragraphs_stays_de() -> None:
    assert _lost(_DE_TOOLS_TITLE, _DE_TOOLS_PROSE, _DE_TOOLS) == []


def test_a_sites_menu_under_the_article_still_goes_en() -> None:
    # A guard: "Popular" is a word of a site's navigation.
    assert _lost(_EN_TITLE, _EN_PROSE, _EN_MENU) == _EN_MENU


def test_a_sites_menu_under_the_article_still_goes_de() -> None:
    # A guard: "abonnieren" is a word of a site's navigation.
    assert _lost(_DE_TITLE, _DE_PROSE, _DE_MENU) == _DE_MENU


def test_a_menu_over_the_sites_notice_still_goes() -> None:
    # A guard: no navigation word in the labels, but the site's imprint after them.
    run = ["Reviews", "Hardware", "Guides", "Deals", "Podcast hosts"]
    article = articleclean.clean_text("\n\n".join([_EN_TITLE, *_EN_PROSE, *run, "Imprint"]))
    assert [x for x in run if x in _body(article)] == []


def test_menu_vocabulary_reads_whole_words() -> None:
    def run(*texts: str) -> list[Segment]:
        return [Segment(text, (n, n)) for n, text in enumerate(texts, start=1)]

    assert menu_vocabulary(run("Blog", "Food", "Living"), [0, 1, 2])
    assert menu_vocabulary(run("Breaking News", "Local"), [0, 1])
    assert not menu_vocabulary(run("Newsroom history", "Homestead"), [0, 1])
    assert not menu_vocabulary(run("Fazit", "Literatur", "Technik"), [0, 1, 2])
