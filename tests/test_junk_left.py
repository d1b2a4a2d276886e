"""bench/junk_left.py lists the junk lines a cleaned article dump keeps, with what stands
above them and their shape."""

from __future__ import annotations

from bench import article_shapes, junk_left, loss_audit
from bench.labelled_dumps import AD, BODY, CAPTION, CHROME, TEASER, TITLE, Line

PROSE = [
    "The council approved the new cycle lane on Tuesday after a debate that lasted four hours.",
    "Work on the lane is to start in spring and should be finished before the summer holidays.",
]


def test_kept_junk_is_listed_with_its_place_and_shape() -> None:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line(PROSE[0], BODY),
        Line("ADVERTISEMENT", AD),  # removed: not listed
        Line(PROSE[1], BODY),
        Line("Cycling", TEASER),  # a label after the article: kept, listed
    ]
    dump = loss_audit.Dump("test", "example.org", *article_shapes._dump(lines))
    found = list(junk_left.kept_junk([dump]))
    assert [(k.label, k.where, k.above, k.shape) for k in found] == [
        (TEASER, "end", "body", "label")
    ]
    assert found[0].context[-1].startswith("> teaser")
    assert "1 junk lines kept, on 1 sites" in junk_left.summary(found)


def test_shapes() -> None:
    assert junk_left.shape("3. Dezember 2020") == "date"
    assert junk_left.shape("Jobs der Woche: 12 Vertriebs- und Projektmanagement-Stellen...") == (
        "cut short"
    )
    assert junk_left.shape("Wem dient HR?") == "question"
    assert junk_left.shape("Research & Innovation") == "label"
    assert junk_left.shape("Dienstradleasing und seine rechtlichen Besonderheiten") == ("headline")
    assert junk_left.shape(PROSE[0]) == "prose"


def test_page_source_lists_captions_too_and_says_what_stands_before_the_article() -> None:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line("Our city, our news, every day of the week", CHROME),  # kept above the body
        Line(PROSE[0], BODY),
        Line("The new lane runs along the river", CAPTION),  # kept between body lines
        Line(PROSE[1], BODY),
    ]
    text = "\n".join(x.text for x in lines) + "\n"
    dump = loss_audit.Dump("page", "example.org", text, [x.label for x in lines])
    page = [(k.label, k.where) for k in junk_left.kept_junk([dump], page=True)]
    assert page == [(CHROME, "start"), (CAPTION, "mid")]
    # An article dump's summary leaves captions out: their own field is scored apart.
    assert [(k.label, k.where) for k in junk_left.kept_junk([dump])] == [(CHROME, "start")]


def test_tail_kinds() -> None:
    assert junk_left.tail_kind(["Teleskop", "Mond", "CCD-Chip"], False) == "labels only"
    assert junk_left.tail_kind([PROSE[0]], False) == "one line"
    assert junk_left.tail_kind(["Cycling", "New bridge opens on the river"], False) == "box"
    assert junk_left.tail_kind(["Cycling", PROSE[1]], True) == "box, heading removed"


def _tail_dump(tail: list[str]) -> loss_audit.Dump:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line(PROSE[0], BODY),
        Line("Sponsored by a bank", AD),  # between paragraphs: in no tail
        Line(PROSE[1], BODY),
        *(Line(text, TEASER) for text in tail),
    ]
    return loss_audit.Dump("test", "example.org", *article_shapes._dump(lines))


def test_kept_tail_is_the_junk_after_the_last_body_line() -> None:
    # Two labels: too few for any closing rule, kept, and no heading removed.
    tails = list(junk_left.kept_tails([_tail_dump(["Cycling", "Transport"])]))
    assert [(t.kind, t.lines) for t in tails] == [("labels only", ["Cycling", "Transport"])]
    # "Read more" goes as a teaser heading; the blurb under it stays.
    blurb = "Mayor says the cycle lane is only the start of the plan."
    tails = list(junk_left.kept_tails([_tail_dump(["Read more", blurb])]))
    assert [(t.kind, t.lines) for t in tails] == [("one line, heading removed", [blurb])]
    summary = junk_left.tails_summary(tails)
    assert summary.startswith("1 junk lines kept after the last body line")
    assert "- one line, heading removed: 1 lines, 1 sites" in summary
