"""bench/line_fates.py: each dump line's label and fate, and a shape counted over them."""

from __future__ import annotations

from bench.line_fates import (
    Fated,
    after_closing_credit,
    blurb_over_more_link,
    fates_of,
    sandwiched_between_boxes,
    shape_named,
    tally,
    wrapped_continuation,
)

PROSE = (
    "The harbour board approved the new ferry timetable on Monday after months of talks "
    "with the islanders and the two operators."
)
TEXT = "\n".join(
    [
        "Harbour board backs the new ferry timetable",
        "",
        PROSE,
        "Subscribe to our newsletter",
        "",
    ]
)


def test_each_line_gets_its_label_and_what_became_of_it() -> None:
    lines = fates_of(TEXT, ["", "", "W", "X"])
    assert [line.label for line in lines] == ["", "", "W", "X", ""]
    assert lines[0].fate == "(title)"
    assert lines[2] == Fated(PROSE, "W", "kept")
    assert lines[3].fate == "promo_prompt"
    assert lines[1].fate == "-"


def test_a_shape_is_counted_by_label_and_site() -> None:
    docs = [
        ("a.example", [Fated("x", "X", "kept"), Fated("y", "", "kept")]),
        ("b.example", [Fated("z", "X", "kept"), Fated("w", "W", "teaser_blurb")]),
    ]
    found = tally(lambda lines, i: lines[i].fate == "kept", iter(docs))
    assert found.lines == {"X": 2, ".": 1}
    assert found.sites["X"] == {"a.example", "b.example"}
    assert found.row() == "X 2 (2 sites), . 1 (1 sites)"
    assert found.examples[0] == "X | a.example | kept | x"


def test_the_measured_shapes_match_what_their_docstrings_say() -> None:
    boxed = [
        Fated("Read also", "", "teaser_heading"),
        Fated("", "", "-"),
        Fated("A blurb of another story.", "X", "kept"),
        Fated("Read more", "", "teaser_heading"),
    ]
    assert sandwiched_between_boxes(boxed, 2)
    assert not sandwiched_between_boxes(boxed, 3)  # removed, not kept
    wrapped = [
        Fated("Users may opt out by", "", "kept"),
        Fated("visiting the network's policy page.", "W", "boilerplate_notice"),
        Fated("Visiting hours are posted.", "", "boilerplate_notice"),
    ]
    assert wrapped_continuation(wrapped, 1)
    assert not wrapped_continuation(wrapped, 2)  # capital, and the line above is removed
    credit = [
        Fated("word " * 40, "W", "kept"),
        Fated("Photo: Harbour office", "", "credit_line"),
        Fated("Subscribe to our weekly letter", "X", "kept"),
    ]
    assert after_closing_credit(credit, 2)
    assert not after_closing_credit(credit, 0)


def test_a_shape_is_named_from_the_list_or_as_module_function() -> None:
    assert shape_named("wrapped_continuation") is wrapped_continuation
    assert shape_named("bench.line_fates:after_closing_credit") is after_closing_credit


def test_a_blurb_over_a_lone_read_more_link_is_the_shape_round_52_measured() -> None:
    card = [
        Fated("Sweet and juicy fruit for desserts and quick salads.", "X", "kept"),
        Fated("", "", "-"),
        Fated("Read more »", "", "teaser_heading"),
        Fated("The council met on Monday and read more than forty letters.", "W", "kept"),
        Fated("Read more about the council here", "", "kept"),
    ]
    assert blurb_over_more_link(card, 0)
    assert not blurb_over_more_link(card, 2)  # removed, not kept
    assert not blurb_over_more_link(card, 3)  # the line below says more than the link
    long_paragraph = [Fated("word " * 50 + "end.", "W", "kept"), Fated("Read more", "", "kept")]
    assert not blurb_over_more_link(long_paragraph, 0)
    assert shape_named("blurb_over_more_link") is blurb_over_more_link
