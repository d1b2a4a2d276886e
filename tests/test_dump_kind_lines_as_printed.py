"""`dump_kind`'s header, menu-below and footer tests read a line as printed when pass 1
took it out by a rule the decision does not read (a close button's label, a Markdown menu's
item): the page/article decision rests on the site's lines it reads, not on one verdict of
a rule it ignores (round 58: one such line taken out under the title or out of the menu
below turned seven tune page dumps into articles, their menus and footers kept). An ad's
label and a media placeholder count by their verdict: article dumps carry them under their
title. Fixtures are invented.
"""

from __future__ import annotations

import pytest

from articleclean.document import REMOVED, Segment
from articleclean.rules.base import claimed_inputs
from articleclean.rules.dump_kind import DUMP_KIND_READS, dump_kind

TITLE = "Eight foods that keep you full for longer, according to dietitians"
PROSE = [
    "Foods rich in protein and fibre slow the emptying of the stomach, so a meal that "
    "holds both keeps hunger away for hours rather than minutes.",
    "Oats, lentils and eggs came out on top in a study that asked volunteers to rate "
    "how full they felt after each of thirty common breakfasts.",
    "Dietitians also point to water-rich vegetables, which add volume to a plate "
    "without adding much energy, and so help people eat less overall.",
]
MENU = [
    "Wellness Topics",
    "Sleep Hygiene",
    "Mental Balance",
    "Fitness Plans",
    "Skin Care",
    "Pregnancy Journey",
    "Heart Watch",
    "Brain Matters",
    "Aging Gracefully",
    "Product Reviews",
    "Podcast Hub",
    "Community Stories",
]
NOTICES = ["Privacy Policy", "Terms of Use", "© 2024 Example Media"]


def _page(header: str | None) -> list[Segment]:
    """A title, a header line (a section's name) or none, the article, then the site's
    menu and its notices below it."""
    lines = [TITLE, *([header] if header else []), *PROSE, *MENU, *NOTICES]
    segments = [Segment(text, (number, number)) for number, text in enumerate(lines, 1)]
    for segment in segments[-len(NOTICES) :]:
        segment.label = REMOVED
        segment.rule = "boilerplate_notice"
    return segments


def _decide(segments: list[Segment]) -> str:
    """`dump_kind` given what the rules it reads claimed, as the pipeline gives it."""
    return dump_kind(segments, *claimed_inputs(segments, DUMP_KIND_READS))


def _take_out(segments: list[Segment], text: str, rule: str = "control_label") -> None:
    for segment in segments:
        if segment.text == text:
            segment.label = REMOVED
            segment.rule = rule


def test_a_page_with_its_header_line_open_is_a_page() -> None:
    # Guard: the fixture is a page by its header above and its menu and footer below.
    assert _decide(_page("Nutrition")) == "page"


def test_the_header_line_taken_out_by_a_rule_not_read_leaves_a_page() -> None:
    # On main the header line taken out (by a rule `dump_kind` does not read, here a
    # close button's label) leaves nothing of the site above the prose: an article.
    segments = _page("Nutrition")
    _take_out(segments, "Nutrition")
    assert _decide(segments) == "page"


def test_without_a_header_line_it_is_an_article() -> None:
    # Guard: an article dump with its site's menu and footer left below its end shows
    # nothing of the site above its prose (round 32): that reading stands.
    assert _decide(_page(None)) == "article"


def test_a_header_line_the_site_rules_took_is_not_read_as_printed() -> None:
    # Guard: a line a rule `dump_kind` reads took out (a share prompt) counts through
    # that rule's verdict, not as a header line printed there.
    segments = _page("Share this article")
    _take_out(segments, "Share this article", "promo_prompt")
    assert _decide(segments) == "article"


@pytest.mark.parametrize("item", ["Skin Care", "Podcast Hub", "Heart Watch"])
def test_a_menu_item_below_taken_out_leaves_the_menu_below_alone(item: str) -> None:
    # The menu below is counted against the lines printed there: with one item taken out
    # by a rule not read, the share of menu lines does not move (on main an item of a menu
    # at the share threshold, taken out, made the menu "not most of the lines").
    segments = _page("Nutrition")
    # Lines of the article's own words make the menu's share sit at the threshold.
    extra = [
        Segment(f"{word} foods", (90 + n, 90 + n))
        for n, word in enumerate(["Protein", "Fibre", "Oats", "Lentils", "Eggs", "Water"])
    ]
    extra += [Segment(f"Vegetables {n}", (100 + n, 100 + n)) for n in range(5)]
    segments[len(segments) - len(NOTICES) : len(segments) - len(NOTICES)] = extra
    before = _decide(segments)
    _take_out(segments, item)
    assert _decide(segments) == before


@pytest.mark.parametrize(
    ("line", "rule"), [("Advertisement", "ad_marker"), ("Video", "media_placeholder")]
)
def test_an_ad_label_or_a_placeholder_under_the_title_is_no_header(line: str, rule: str) -> None:
    # Guard: an article dump carries an ad's label or a video's placeholder between its
    # title and its prose as often as a page; taken out, they are no header of the site's,
    # and the dump with its site's footer left below stays an article.
    segments = _page(line)
    _take_out(segments, line, rule)
    assert _decide(segments) == "article"
