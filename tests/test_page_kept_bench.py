"""bench/page_kept.py's `--why`: the step of `outside_article` that kept each line of a page
dump's body."""

from __future__ import annotations

from bench import page_kept

from articleclean.rules import article_run

PROSE = [
    "The council approved the new cycle lane on Tuesday after a debate that lasted four hours.",
    "Work on the lane is to start in spring and should be finished before the summer holidays.",
    "Shop owners on the street had asked for the lane to keep the parking spaces in front.",
    "The council said most of the spaces would stay, and that the lane would run beside them.",
    "Cyclists welcomed the vote, though some said the lane should reach the station as well.",
]
MENU = ["Home", "News", "Sport", "Weather", "Travel", "Contact"]
FOOTER = ["Imprint", "Privacy", "Careers", "Advertise", "Archive", "Newsletter"]
ABOVE = [
    "Mayor opens the new bridge over the river",
    "Schools close early as the storm moves north",
    "Local bakery wins a national bread award",
]
BELOW = [
    "Farmers market returns to the old square",
    "Hospital car park fees to rise in June",
    "Club signs a young striker from the league",
]


def test_each_kept_line_is_given_the_step_that_kept_it() -> None:
    # a short line after the run made of the run's words: `_continuation` keeps it
    after = "Cycle lane: the council vote"
    text = "\n".join(["Cycle lane approved | City Daily", *MENU, *ABOVE, *PROSE, after, *BELOW])
    article, kept = page_kept.stages(text + "\n" + "\n".join(FOOTER))
    assert article.metadata["dump"] == "page"
    steps = dict(kept)
    assert [steps[line] for line in PROSE] == ["run"] * len(PROSE)
    assert steps[after] == "continuation"
    assert not set(steps) & set(BELOW + MENU[1:5])  # the other stories and the menu went
    assert {steps[line] for line in ABOVE if line in steps} <= {"before run"}
    # the helpers are the module's own again once the recording is over
    assert article_run._continuation.__name__ == "_continuation"
    assert article_run._edges_passed.__name__ == "_edges_passed"


def test_a_short_run_spares_the_lines_below_it() -> None:
    text = "\n".join(["Cycle lane approved | City Daily", *MENU, *ABOVE, *PROSE[:3], *BELOW])
    _, kept = page_kept.stages(text + "\n" + "\n".join(FOOTER))
    assert {dict(kept)[line] for line in BELOW} == {"below short run"}


def test_an_article_dump_has_no_steps() -> None:
    article, kept = page_kept.stages("\n".join(["Cycle lane approved", *PROSE]))
    assert article.metadata["dump"] == "article"
    assert kept == []
