"""`left_out_headline`: a box's headline that the box rules left out (their walk stops a
line early, or a copy of the headlines around it went to `repeated_teaser`), and
`_box_amid_rows` under a label ending in a colon between two rows of one table
(invented articles; the headlines are no template's)."""

from __future__ import annotations

import articleclean

_BRIDGE = """Harbour bridge to close for six weeks of repairs

The harbour bridge will close to traffic for six weeks from next month while engineers \
replace corroded cables, the city council said on Tuesday.

Buses will run a shuttle service across the river every ten minutes, and ferries will add \
extra crossings during the morning and evening rush hours.

Elsewhere tonight

Museum returns stolen painting to its owners

Bakery chain closes four shops in the old town

{last}

{after}

Engineers said the corroded cables on the harbour bridge had been inspected twice last \
year and the repairs could not wait any longer.
"""

_LATE = (
    "Late ferries will leave the north pier at midnight on weekdays, the operator said, "
    "and tickets bought for the bridge buses are valid on them."
)


def _removed(text: str, config: articleclean.CleanerConfig | None = None) -> dict[str, str]:
    article = articleclean.clean_text(text, config=config)
    return {r.text: r.rule for r in article.removed}


def _body(text: str) -> list[str]:
    return [b.text for b in articleclean.clean_text(text).body]


def test_the_last_headline_the_box_walk_left_out_goes() -> None:
    # Fails on main: the paragraph after the box shares "late" with the box's last
    # headline, so `teaser_box` read that headline as the paragraph's subheading and
    # left it in the body; it shares no word of the article's own with the article.
    last = "Rail union calls off weekend strike after late talks"
    removed = _removed(_BRIDGE.format(last=last, after=_LATE))
    assert removed["Elsewhere tonight"] == "teaser_box"
    assert removed[last] == "left_out_headline"
    assert _LATE in _body(_BRIDGE.format(last=last, after=_LATE))


def test_switched_off_the_last_headline_stays() -> None:
    last = "Rail union calls off weekend strike after late talks"
    config = articleclean.CleanerConfig(left_out_headline=False)
    assert last not in _removed(_BRIDGE.format(last=last, after=_LATE), config)


def test_a_subheading_taking_up_an_articles_word_in_another_form_stays() -> None:
    # Guard (passes on main and on the branch): "Inspections" opens as "inspected" of
    # the article's last paragraph does: the article's subheading, whatever its words
    # ("late", shared with the paragraph under it, made `teaser_box` leave it out).
    last = "Inspections warned of late damage"
    text = _BRIDGE.format(last=last, after=_LATE)
    assert last not in _removed(text)
    assert last in _body(text)


def test_page_dumps_are_left_alone() -> None:
    last = "Rail union calls off weekend strike after late talks"
    config = articleclean.CleanerConfig(dump="page")
    removed = _removed(_BRIDGE.format(last=last, after=_LATE), config)
    assert removed.get(last) != "left_out_headline"


_RAIN = """Rainfall records broken across the county this autumn

The county recorded its wettest autumn since measurements began, the weather service said \
on Monday as the last returns came in, with three stations passing their old records by a \
wide margin.

Forecasters expect the rivers to stay high into December, and the council has kept its \
flood barriers in place along the lower town.

| Station | Rainfall |

| Northgate | 412 mm |

{heading}

Museum returns stolen painting to its owners

Bakery chain closes four shops in the old town

Rail union calls off weekend strike after late talks

Veteran goalkeeper announces retirement after twenty seasons

| Eastfield | 388 mm |

| Harbour | 371 mm |

The weather service will publish its full report for the season in January, with the \
figures for every station in the county.

Read more:

Bakery chain closes four shops in the old town

Veteran goalkeeper announces retirement after twenty seasons

Cinema chain plans to reopen its city centre screens
"""


def test_a_headline_left_between_two_copies_goes() -> None:
    # Fails on main: the box's second and fourth headlines are printed again under
    # "Read more:" and went to `repeated_teaser`; the box's heading stands between the
    # table's rows (no paragraph above it), so `repeated_teaser_box` left the rest, and
    # the third headline stayed between two copies. (The box shares "returns" with the
    # article too: one word more than `teaser_box`'s `_chance_tie` allows.)
    removed = _removed(_RAIN.format(heading="Around the region"))
    assert removed["Rail union calls off weekend strike after late talks"] == "left_out_headline"
    assert "| Eastfield | 388 mm |" in _body(_RAIN.format(heading="Around the region"))


_BOX_IN_TABLE = """Rainfall records broken across the county this autumn

The county recorded its wettest autumn since measurements began, the weather service said \
on Monday, with three stations passing their old records by a wide margin.

Forecasters expect the rivers to stay high into December, and the council has kept its \
flood barriers in place along the lower town.

| Northgate | 412 mm |

| Westbrook | 405 mm |

{heading}

Museum returns stolen painting to its owners

Bakery chain closes four shops on the coast

{resumes}

The weather service will publish its full report for the season in January, with the \
figures for every station in the county.
"""


def test_a_box_under_a_label_with_a_colon_between_two_rows_goes() -> None:
    # Fails on main: a label ending in a colon was read as announcing the article's own
    # list; the table's rows above it and after its headlines are written alike, so the
    # list goes on after the box and the label announces none of the article's.
    text = _BOX_IN_TABLE.format(heading="Elsewhere tonight:", resumes="| Eastfield | 388 mm |")
    removed = _removed(text)
    assert removed["Elsewhere tonight:"] == "teaser_box"
    assert removed["Museum returns stolen painting to its owners"] == "teaser_box"
    assert "| Eastfield | 388 mm |" in _body(text)


def test_a_label_with_a_colon_over_lines_unlike_the_row_above_stays() -> None:
    # Guard (passes on main and on the branch): after the headline-like lines comes a
    # line written unlike the row above the label: no list goes on around them, and the
    # label may announce the article's own list.
    text = _BOX_IN_TABLE.format(
        heading="Elsewhere tonight:", resumes="Gauges at the weir were read by hand"
    )
    removed = _removed(text)
    assert "Elsewhere tonight:" not in removed
    assert "Museum returns stolen painting to its owners" not in removed
