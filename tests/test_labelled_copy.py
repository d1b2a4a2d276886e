"""Round 41 (issue 14): a story printed twice, once behind a short label of the site's
own words ("Gleich weiterlesen | <headline>") and once as a box's headline, when a
teaser rule took one of the two copies (`labelled_copy`): the repetition says the
other is the same link, whatever the label's words. Invented article; the labels and
headlines are no template's."""

from __future__ import annotations

import articleclean


def _removed(text: str, **switches: bool) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in articleclean.clean_text(text, **switches).removed]


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


_P1 = (
    "Die Gemeinde will den alten Bahnhof bis zum Sommer zu einem Bürgerhaus umbauen. Der "
    "Gemeinderat hat dafür am Dienstag knapp zwei Millionen Euro freigegeben."
)
_P2 = (
    "Im Erdgeschoss sollen ein Café und ein Saal für Vereine entstehen, im ersten Stock "
    "Räume für die Musikschule, die bisher in einem Container unterrichtet."
)
_P3 = (
    "Der Förderverein sammelt seit drei Jahren Spenden für das Projekt und will die "
    "Einrichtung des Saals übernehmen, sagte seine Vorsitzende."
)
_P4 = (
    "Die Bauarbeiten beginnen im März. Während des Umbaus bleibt der Vorplatz für den "
    "Busverkehr geöffnet, Parkplätze fallen dagegen weg."
)
_LABELLED = "Gleich weiterlesen | Warum Segler den Bodensee im Winter lieben"
_HEADLINES = (
    "Neue Ausstellung zeigt Gemälde aus Flandern",
    "Warum Segler den Bodensee im Winter lieben",
    "Wie ein Bäckermeister sein Handwerk neu erfindet",
)


def _dump(*lines: str) -> str:
    return "\n\n".join(("Alter Bahnhof wird zum Bürgerhaus", *lines)) + "\n"


def test_a_labelled_copy_of_a_taken_headline_goes() -> None:
    # Fails on main: the label's words are no teaser heading's and no arrow points to
    # the headline, so `labelled_teaser` leaves the line; the box below, between two
    # paragraphs, went to `teaser_box`, and with it the other copy of the headline.
    text = _dump(_P1, _LABELLED, _P2, _P3, "Quer durchs Land", *_HEADLINES, _P4)
    removed = _removed(text)
    assert ("labelled_copy", _LABELLED) in removed
    assert ("teaser_box", "Warum Segler den Bodensee im Winter lieben") in removed
    assert _body(text) == [_P1, _P2, _P3, _P4]


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
    text = _dump(_P1, labelled, _P2, _P3, "Quer durchs Land", *box, _P4_EXHIBITION)
    assert _removed(text) == [("inline_teaser", labelled), ("labelled_copy", box[0])]
    assert _body(text) == [_P1, _P2, _P3, "Quer durchs Land", box[1], _P4_EXHIBITION]


def test_a_labelled_line_printed_once_stays() -> None:
    # Guard: with no copy taken, the label's own words tell nothing ("Gleich
    # weiterlesen" is as much a kicker over the article's own subheading).
    text = _dump(_P1, _LABELLED, _P2, _P3, _P4)
    assert ("labelled_copy", _LABELLED) not in _removed(text)
    # (`stray_teaser`, round 43, takes it: no word of it is the article's anywhere)
    assert _LABELLED in _body_with(text, stray_teaser=False)


def test_a_labelled_copy_of_the_title_stays() -> None:
    # Guard: the dump's title printed again behind a label is the article's own headline
    # (a series' label, a kicker), though the site's closing box lists the article too:
    # without the title left out, the labelled line and the title went.
    title = "Alter Bahnhof wird zum Bürgerhaus"
    line = f"Aus dem Ortsteil | {title}"
    box = (_HEADLINES[0], title, _HEADLINES[2])
    article = articleclean.clean_text(_dump(_P1, line, _P2, _P3, _P4, "Mehr zum Thema:", *box))
    assert article.title == title
    assert line in [block.text for block in article.body]
    assert "labelled_copy" not in {r.rule for r in article.removed}


def test_labelled_copy_switched_off() -> None:
    text = _dump(_P1, _LABELLED, _P2, _P3, "Quer durchs Land", *_HEADLINES, _P4)
    # (with `stray_teaser`, round 43, off too: the line cuts into the text off its topic)
    assert _LABELLED in _body_with(text, labelled_copy=False, stray_teaser=False)


def _body_with(text: str, **switches: bool) -> list[str]:
    return [block.text for block in articleclean.clean_text(text, **switches).body]
