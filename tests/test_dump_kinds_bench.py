"""bench/dump_kinds.py records what `dump_kind` read of each dump and counts the lines a
cleaned labelled dump keeps and loses."""

from __future__ import annotations

from bench import article_shapes, dump_kinds
from bench.labelled_dumps import BODY, CHROME, TITLE, Line

import articleclean

PROSE = [
    "The council approved the new cycle lane on Tuesday after a debate that lasted four hours.",
    "Work on the lane is to start in spring and should be finished before the summer holidays.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact"]


def test_the_evidence_is_recorded_for_each_text_dump() -> None:
    text = "\n".join(
        ["Cycle lane approved | City Daily", *MENU, *PROSE, *MENU, "© 2021 City Daily"]
    )
    with dump_kinds._recorded() as seen:
        kind = articleclean.clean_text(text).metadata["dump"]
        articleclean.clean_html(f"<html><body><h1>Lane</h1><p>{PROSE[0]}</p></body></html>")
    assert kind == "page"
    assert len(seen) == 1  # the HTML page has no dump kind
    evidence = seen[0]
    assert evidence["lines"] == 14
    assert evidence["prose"] == 2
    # each menu line names nothing of the article, above it and below it alike
    assert (evidence["foreign above"], evidence["foreign below"]) == (len(MENU), len(MENU))
    assert evidence["notices above"] >= 1 and evidence["below"] >= 1  # "Contact", ©
    assert evidence["repeated"] == 2 * len(MENU)


def test_the_labelled_fate_counts_junk_kept_and_body_lost() -> None:
    lines = [
        Line("Council approves cycle lane", TITLE),
        Line(PROSE[0], BODY),
        Line("Sport", CHROME),
        Line(PROSE[1], BODY),
    ]
    text, labels = article_shapes._dump(lines)
    kept = dump_kinds._labelled_fate(articleclean.clean_text(text), labels, text)
    assert kept == (1, 0)  # the menu word stays in the article dump's body, no line lost
    forced = dump_kinds._labelled_fate(articleclean.clean_text(text, dump="page"), labels, text)
    assert forced[1] == 0


def test_margins_count_the_notices_that_turn_a_dump_s_kind() -> None:
    """Round 63: `--margins` adds footer notices to an article dump read as one and takes
    a page dump's notices out, last first, until the reading turns."""
    page = "\n".join(
        ["Cycle lane approved | City Daily", *MENU, *PROSE, *MENU, "© 2021 City Daily"]
    )
    read = articleclean.clean_text(page)
    assert read.metadata["dump"] == "page"
    notices = dump_kinds.notice_texts(read, page)
    assert notices[:2] == ["© 2021 City Daily", "Contact"]  # the footer's, last first
    assert "Contact" not in dump_kinds.without_notices(page, notices, 2)
    assert dump_kinds.margin(page, "page") == ("page", 2)
    article = "\n\n".join(["Cycle lane approved", *PROSE])
    assert dump_kinds.with_footer(article, 2).endswith("\n\nImpressum\n\nPrivacy Policy\n")
    assert dump_kinds.margin(article, "article") == ("article", None)
    assert dump_kinds.margin(article, "page") == ("article", None)  # read as the other kind
    # An article opening with a long list of its own (words its prose does not use) and a
    # share prompt below it: one imprint line after its end reads it as a page (the long
    # lead test asks a notice anywhere), the fragility the table counts.
    items = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota"]
    listed = "\n\n".join(
        ["Cycle lane approved", *items, "Kappa", "Lambda", "Mu", "Nu", *PROSE, "Share on Facebook"]
    )
    assert dump_kinds.margin(listed, "article") == ("article", 1)
