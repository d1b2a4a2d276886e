"""Round 38: a box ending the dump that prints the same short label in every story.

Related boxes print each story alike: a section label, an author's name or a comment
count at the same place over or under each headline ("Politics |", "Wildtiere", "0").
`trailing_teasers` declines many of them (a colon over the box, a blurb between the
headlines, a count), but the label's beat, two to four lines apart up to the dump's end,
says the lines around it are a box's stories; `refrain_box` takes them when they share
few words with the article.
"""

from __future__ import annotations

import articleclean
from bridge_story import BRIDGE, BRIDGE_DE


def _removed_by(text: str, **options: bool) -> list[str]:
    article = articleclean.clean_text(text, **options)
    return [r.text for r in article.removed if r.rule == "refrain_box"]


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


def test_a_box_with_a_section_label_over_each_headline_goes() -> None:
    # Fails on main: the colon over the box ended `trailing_teasers`' walk (a list the
    # article announces), so the box stayed.
    box = [
        "OUR PICKS:",
        "Politics |",
        "Senator visits flooded farms in the south",
        "Politics |",
        "Governor signs school lunch bill",
        "Politics |",
    ]
    text = "\n\n".join(BRIDGE + box)
    assert _removed_by(text) == box
    assert _body(text) == BRIDGE[1:]


def test_a_german_box_with_counts_and_a_blurb_cut_off_at_the_end_goes() -> None:
    # Fails on main: the blurb under the first headline ended the walk from the end,
    # leaving two lines, no box. The second story is cut off after its label.
    box = [
        "66 Likes",
        "Wildtiere",
        "Rund 40'000 Unterschriften gegen die Jagd auf Füchse im Winter",
        "Eine Petition verlangt, dass die Fuchsjagd in den Wintermonaten ruht. Sie wurde am "
        "Montag eingereicht.",
        "110 Likes",
        "Wildtiere",
    ]
    assert _removed_by("\n\n".join(BRIDGE_DE + box)) == box


def test_an_author_s_box_with_her_name_and_link_over_each_headline_goes() -> None:
    # Fails on main: the author's link is an address, which `trailing_teasers`' walk
    # reads as the article's own ending; printed at a beat, name and link are a box's
    # (the author's other stories), not the article's closing contact.
    box = [
        "Jana Berger",
        "https://www.example-magazin.de/autorin/jana-berger/",
        "7. April 2022",
        "Lernen in kleinen Happen: Microlearning im Job",
        "Jana Berger",
        "https://www.example-magazin.de/autorin/jana-berger/",
    ]
    assert _removed_by("\n\n".join(BRIDGE_DE + box)) == box


def test_a_subheading_printed_again_under_its_paragraph_stays() -> None:
    # Guard: the label's beat with prose right under the label itself is the article's
    # subheading and paragraph, the subheading printed again after it.
    lines = [
        "Transparency",
        "Parties need to be open about their structures and leave no room for back-room "
        "deals, which is why important decisions are taken by our members.",
        "Transparency",
    ]
    text = "\n\n".join(BRIDGE + lines)
    assert _removed_by(text) == []
    assert lines[1] in _body(text)


def test_the_article_s_own_schedule_with_a_repeated_day_stays() -> None:
    # Guard: the article's closing rows repeat a cell at a beat too, but their words are
    # the article's (the bridge, its buses), and the topic test keeps them
    # (`trailing_teasers` off: without the topic test it would take them first).
    rows = [
        "Monday",
        "Bridge closed to cars, shuttle buses every ten minutes",
        "Monday",
        "Bridge footpath open to cyclists during the works",
        "Monday",
    ]
    text = "\n\n".join(BRIDGE + rows)
    assert _removed_by(text, trailing_teasers=False) == []


def test_the_rule_switched_off_keeps_the_box() -> None:
    box = [
        "OUR PICKS:",
        "Politics |",
        "Senator visits flooded farms in the south",
        "Politics |",
        "Governor signs school lunch bill",
        "Politics |",
    ]
    assert _removed_by("\n\n".join(BRIDGE + box), refrain_box=False) == []


def test_an_exercise_s_solutions_with_a_link_under_each_stay() -> None:
    # Guard: the article's own rows repeat a line at a beat too ("Full worked solution"
    # under each answer), but its rows are facts ("Solution: m = 210 g"), which no box of
    # other stories prints between its label and headlines.
    rows = [
        "Solution: m = 210 g of steel",
        "Full worked solution",
        "Solution: m = 1 700 kg of concrete",
        "Full worked solution",
    ]
    text = "\n\n".join(BRIDGE + rows)
    assert _removed_by(text) == []
