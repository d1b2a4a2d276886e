"""Words of a site's navigation: the evidence a run of labels after an article needs.

A site's menu printed under the article ("Popular", "Steam sale", "Palworld"; "Blog",
"Homestories", "Food"; "Heft bestellen", "Heft abonnieren") and the article's own
labels after a short introduction (its table's first column, the tools or stages it
lists, its section headings with their paragraphs left out: "Geographie und Physik",
"Recht und Ökonomie", "Fazit", "Literatur") look alike to `trailing_menu`: a few short
labels sharing few words with the prose above them. Issue 14: removing a run of lines
needs evidence of the site, such as menu vocabulary, a notice or a teaser heading; the
labels' topic is none. A site's menu names its own pages (home, news, blog, shop,
archive, contact, search, subscription, donation) among its sections; an article's own
labels hardly ever do.

Tune part, round 39 (bench/loss_audit.py, every source read as an article: the
labelled article dumps, the article shapes, stress, built and box-over-rows dumps,
the noise bodies): each of the five menus `trailing_menu` takes from the labelled
article dumps holds such a word; of the runs it took in the other sources with
neither such a word nor the site's furniture after the article, 119 lines were the
article's own (14 shape dumps on 14 sites, a tool list and an event's programme in 6
built dumps) and 5 a sports site's menu ("Tous les sports", "Football", "NBA").
"""

from __future__ import annotations

from ..document import Segment
from ..phrases import word_list

_MENU_WORDS = frozenset(word_list("menu_word"))
"""Words of a site's navigation, in the languages the phrase lists cover most (casefolded,
whole words): its home, news, blog, shop, archive, contact, search, subscription and
donation pages, the sections and categories it lists ("Popular", "Breaking News",
"Heft abonnieren", "About PAF", "Donate"). A run of an article's own labels (its rows, its
section headings, the names it lists) hardly ever holds one. The phrase files' `words`
lists, `menu_word`."""


def menu_vocabulary(segments: list[Segment], block: list[int]) -> bool:
    """Whether a line of the run holds a word of a site's navigation (`_MENU_WORDS`)."""
    return any(holds_menu_word(segments[i]) for i in block)


def holds_menu_word(segment: Segment) -> bool:
    """Whether the line holds a word of a site's navigation (`_MENU_WORDS`)."""
    return not _MENU_WORDS.isdisjoint(segment.phrase_form.split())
