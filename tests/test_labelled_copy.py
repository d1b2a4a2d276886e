"""Round 41 (issue 14): a story printed twice, once behind a short label of the site's
own words ("Gleich weiterlesen | <headline>") and once as a box's headline, when a
teaser rule took one of the two copies (`labelled_copy`): the repetition says the
other is the same link, whatever the label's words. Invented article; the labels and
headlines are no template's."""

from __future__ import annotations

import articleclean
from station_article import P1, P3, P4, body, dump, removals

# This file's own second paragraph, as round 41 wrote it ("Im Erdgeschoss"; the
# shared `station_article.P2` opens "Im Bürgerhaus").
_P2 = (
    "Im Erdgeschoss sollen ein Café und ein Saal für Vereine entstehen, im ersten Stock "
    "Räume für die Musikschule, die bisher in einem Container unterrichtet."
)
_LABELLED = "Gleich weiterlesen | Warum Segler den Bodensee im Winter lieben"
_HEADLINES = (
    "Neue Ausstellung zeigt Gemälde aus Flandern",
    "Warum Segler den Bodensee im Winter lieben",
    "Wie ein Bäckermeister sein Handwerk neu erfindet",
)


def test_a_labelled_copy_of_a_taken_headline_goes() -> None:
    # Fails on main: the label's words are no teaser heading's and no arrow points to
    # the headline, so `labelled_teaser` leaves the line; the box below, between two
    # paragraphs, went to `teaser_box`, and with it the other copy of the headline.
    text = dump(P1, _LABELLED, _P2, P3, "Quer durchs Land", *_HEADLINES, P4)
    removed = removals(text)
    assert ("labelled_copy", _LABELLED) in removed
    assert ("teaser_box", "Warum Segler den Bodensee im Winter lieben") in removed
    assert body(text) == [P1, _P2, P3, P4]


# The paragraph after the box takes up a word of its last headline ("Ausstellung"): the
# box rules leave that headline out as maybe the paragraph's subheading, and one
# headline is left, no box.
_P4_EXHIBITION = (
    "Für die Ausstellung zur Geschichte des Bahnhofs sucht der Förderverein noch alte "
    "Fotos, die Bürger bis Ende Februar im Rathaus abgeben können."
)


def test_the_headline_copy_of_a_taken_labelled_line_goes() -> None:
    # Fails on main: the labelled line went (`inline_teaser`), and its headline printed
    # again in a box the box rules did not find stayed. The copy goes; the rest of its
    # box stays (`repeated_teaser_box` reads `repeated_teaser`'s copies only: read with
    # these, labelled lines among an article's rows took the rows around them).
    labelled = "Lesen Sie auch: Warum Segler den Bodensee im Winter lieben"
    box = ("Warum Segler den Bodensee im Winter lieben", _HEADLINES[0])
    text = dump(P1, labelled, _P2, P3, "Quer durchs Land", *box, _P4_EXHIBITION)
    assert removals(text) == [("inline_teaser", labelled), ("labelled_copy", box[0])]
    assert body(text) == [P1, _P2, P3, "Quer durchs Land", box[1], _P4_EXHIBITION]


def test_a_labelled_line_printed_once_stays() -> None:
    # Guard: with no copy taken, the label's own words tell nothing ("Gleich
    # weiterlesen" is as much a kicker over the article's own subheading).
    text = dump(P1, _LABELLED, _P2, P3, P4)
    assert ("labelled_copy", _LABELLED) not in removals(text)
    # (`stray_teaser`, round 43, takes it: no word of it is the article's anywhere)
    assert _LABELLED in body(text, stray_teaser=False)


def test_a_labelled_copy_of_the_title_stays() -> None:
    # Guard: the dump's title printed again behind a label is the article's own headline
    # (a series' label, a kicker), though the site's closing box lists the article too:
    # without the title left out, the labelled line and the title went.
    title = "Alter Bahnhof wird zum Bürgerhaus"
    line = f"Aus dem Ortsteil | {title}"
    box = (_HEADLINES[0], title, _HEADLINES[2])
    article = articleclean.clean_text(dump(P1, line, _P2, P3, P4, "Mehr zum Thema:", *box))
    assert article.title == title
    assert line in [block.text for block in article.body]
    assert "labelled_copy" not in {r.rule for r in article.removed}


def test_labelled_copy_switched_off() -> None:
    text = dump(P1, _LABELLED, _P2, P3, "Quer durchs Land", *_HEADLINES, P4)
    # (with `stray_teaser`, round 43, off too: the line cuts into the text off its topic)
    assert _LABELLED in body(text, labelled_copy=False, stray_teaser=False)
