"""`repeated_teaser_box`: the rest of a box around a headline printed twice (invented
articles; the headlines are no template's)."""

from __future__ import annotations

import articleclean

_ARTICLE = """Harbour library reopens after two years of renovation

The harbour library reopened on Saturday after a renovation that took two years and cost \
the town nearly four million euros, twice what the council had planned.

Visitors queued from early morning to see the new reading hall, whose glass roof now lets \
daylight fall onto the shelves of the local history collection.

Across town

{box}

Veteran librarians said the children's corner would open a week later, once the last \
shelves and reading cushions have been delivered.

The council will decide in spring whether the library may also open on Sundays during \
the summer months.

Read more:

Museum returns stolen painting to its owners

Veteran goalkeeper announces retirement after twenty seasons

Bakery chain closes four shops in the old town
"""

_COPY = "Veteran goalkeeper announces retirement after twenty seasons"


def _removed_by(text: str, rule: str) -> list[str]:
    article = articleclean.clean_text(text)
    return [r.text for r in article.removed if r.rule == rule]


def test_the_heading_and_headlines_around_a_copy_go() -> None:
    # Fails on main: the box's last headline (the copy) shares "veteran" with the
    # paragraph after it, so `teaser_box` read it as that paragraph's subheading and
    # found one headline left; only the copy went.
    box = f"Ferry operator cancels winter timetable to the islands\n\n{_COPY}"
    text = _ARTICLE.format(box=box)
    assert _removed_by(text, "repeated_teaser_box") == [
        "Across town",
        "Ferry operator cancels winter timetable to the islands",
    ]
    paragraphs = articleclean.clean_text(text).paragraphs
    assert len(paragraphs) == 4
    assert paragraphs[2].startswith("Veteran librarians said")


def test_a_subheading_on_the_articles_topic_under_a_copy_stays() -> None:
    # Guard (passes on main and on the branch): the line after the copy shares the
    # article's own words ("library", "reading"): the article's subheading, not the box's.
    subheading = "Library adds a reading hall for children"
    text = _ARTICLE.format(box=f"{_COPY}\n\n{subheading}")
    assert _removed_by(text, "repeated_teaser_box") == []
    assert subheading in [b.text for b in articleclean.clean_text(text).body]


def test_page_dumps_are_left_alone() -> None:
    # Guard (passes on both): on a whole-page dump the rule does not run.
    box = f"Ferry operator cancels winter timetable to the islands\n\n{_COPY}"
    config = articleclean.CleanerConfig(dump="page")
    article = articleclean.clean_text(_ARTICLE.format(box=box), config=config)
    assert [r for r in article.removed if r.rule == "repeated_teaser_box"] == []


_ARTIKEL = """Stadtwerke erhöhen den Wasserpreis zum ersten Januar

Die Stadtwerke erhöhen den Preis für Trinkwasser zum ersten Januar um zwölf Prozent, wie \
der Aufsichtsrat am Dienstagabend beschlossen hat.

Begründet wird der Schritt mit den gestiegenen Kosten für Energie und für die Sanierung \
der alten Leitungen unter der Innenstadt.

Was sich für Haushalte ändert:

- Der Grundpreis steigt um vier Euro im Jahr

{heading}

Feuerwehr rettet Katze aus dem Glockenturm der Marienkirche

Handballerinnen gewinnen das Derby nach Verlängerung

- Der Preis je Kubikmeter steigt um achtzehn Cent

Die Verbraucherzentrale rät, den Zählerstand zum Jahreswechsel zu notieren und mit der \
nächsten Abrechnung zu vergleichen.

Lesen Sie auch:

Feuerwehr rettet Katze aus dem Glockenturm der Marienkirche

Handballerinnen gewinnen das Derby nach Verlängerung

Neue Buslinie verbindet das Gewerbegebiet mit dem Bahnhof
"""


def test_a_bulleted_label_over_nothing_but_copies_goes_between_list_rows() -> None:
    # Failed before `repeated_teaser_box`: both headlines under it went to
    # `repeated_teaser`, the label stayed between the article's two rows (no paragraph
    # above it, a bullet before it). Bulleted as the rows are, only the copies tell the
    # box ("• Vom Tage", another sign, is `teaser_box`'s since round 47: no row of the
    # list, tests/test_teaser_box_row_signs.py).
    text = _ARTIKEL.format(heading="- Vom Tage")
    assert _removed_by(text, "repeated_teaser_box") == ["- Vom Tage"]
    body = [b.text for b in articleclean.clean_text(text).body]
    assert "- Der Grundpreis steigt um vier Euro im Jahr" in body
    assert "- Der Preis je Kubikmeter steigt um achtzehn Cent" in body


def test_a_label_of_the_articles_long_words_over_copies_stays() -> None:
    # Guard (passes on main and on the branch): "Sanierung" and "Leitungen" are the
    # article's own words: the label is its section's, whatever stands under it.
    text = _ARTIKEL.format(heading="• Sanierung der Leitungen")
    assert _removed_by(text, "repeated_teaser_box") == []
    assert "• Sanierung der Leitungen" in [b.text for b in articleclean.clean_text(text).body]


_GARDEN = """Sweet peas climb fast once the nights stay above freezing, and a deep pot on a \
sunny balcony holds enough soil for six plants and a bamboo frame. Most varieties need \
nothing more than a little string and a sheltered corner to flower all summer.

1. Know When to Sow Them

“The best time to sow sweet peas is late autumn or early spring,” says Mira Lindqvist, \
who runs the allotment society's seed swap. “If you sow in the summer, the plants need \
shade at noon and flower late.” Soak the seeds overnight before you sow them.

— Don't miss these

Harbour festival returns with tall ships and night markets

Rail union calls off weekend strike after late talks

▶ Don't miss these ›

Five lakes you need to swim in this summer

Why dentists say you should never brush right after coffee

2. Pinch Out the Tips

Pinch out the growing tips once the plants have three pairs of leaves. “They need \
water every day in July,” Lindqvist says, “and a feed of tomato fertiliser once a week \
keeps the flowers coming until the first frost.”
"""


def test_a_box_under_its_heading_printed_again_with_no_copy_below_does_not_crash() -> None:
    # Failed on main with a ValueError: two boxes in a row under one heading printed
    # twice; the second heading went to `repeated_teaser`, no headline under it is a
    # copy, and the article resumes with a numbered row, not a paragraph, so the run was
    # cut after its last copy, and there is none.
    article = articleclean.clean_text(_GARDEN)
    body = [b.text for b in article.body]
    assert "1. Know When to Sow Them" in body
    assert "2. Pinch Out the Tips" in body
    assert not any(r.rule == "repeated_teaser_box" for r in article.removed)
