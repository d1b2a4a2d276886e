"""Round 47 (issue 14): `teaser_box` takes a box between a paragraph and the article's next
subheading, not only between two paragraphs (invented articles; the headings and
headlines are no template's).

A box put right above a section of the article ends at the section's subheading, a
line that reads as no prose and no box's headline, with prose right under it. Where
the run stops there rather than at prose, its last headline may be the article's own
short line before the subheading: it stays out of the box when it shares a word the
article names, or names someone.
"""

from __future__ import annotations

import articleclean
from articleclean.config import CleanerConfig
from articleclean.document import Segment
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_boxes import teaser_heading_words, worded_as_teaser_heading

_TRAMS = [
    "The city council approved the new tram line to the northern suburbs on Tuesday, "
    "ending three years of debate over its route and its cost.",
    "Construction of the tram depot will start in spring, and the first trams are expected "
    "to carry passengers within four years, officials said.",
]
_HEADING = "Around the valley"
_OTHERS = [
    "Harbour festival returns with a record number of boats",
    "Why coffee prices keep climbing this winter",
]
_SUBHEADING = "Funding: where the money comes from"
_FUNDING = (
    "Most of the money comes from a regional transport fund, with the rest paid by the "
    "city from a bond it issued last year."
)


def _removed(lines: list[str], **switches: bool) -> dict[str, str]:
    article = articleclean.clean_text("\n\n".join(lines), **switches)
    return {r.text: r.rule for r in article.removed}


def test_the_heading_is_worded_from_no_teaser_heading() -> None:
    # (what makes the box `teaser_box`'s: a heading of its own words)
    matcher = PhraseBook.for_config(CleanerConfig()).phrases["teaser_heading"]
    vocabulary = teaser_heading_words(matcher.lines, matcher.prefixes)
    assert not worded_as_teaser_heading(Segment(_HEADING, None), vocabulary)


def test_a_box_over_the_articles_next_subheading_goes() -> None:
    # Fails on main: the run stopped at the subheading, no prose, and no box was read.
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, _SUBHEADING, _FUNDING])
    assert [removed.get(line) for line in [_HEADING, *_OTHERS]] == ["teaser_box"] * 3
    assert not {*_TRAMS, _SUBHEADING, _FUNDING} & removed.keys()


def test_a_last_line_sharing_the_articles_word_stays() -> None:
    # The article's own short line over its subheading: "tram" is in both paragraphs.
    own = "Maps of every planned tram stop are online here"
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, own, _SUBHEADING, _FUNDING])
    assert [removed.get(line) for line in [_HEADING, *_OTHERS]] == ["teaser_box"] * 3
    assert own not in removed and _SUBHEADING not in removed


def test_a_last_line_naming_someone_stays() -> None:
    own = "Reporting by Helen Marsh and Peter Quayle"
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, own, _SUBHEADING, _FUNDING])
    assert [removed.get(line) for line in [_HEADING, *_OTHERS]] == ["teaser_box"] * 3
    assert own not in removed


def test_only_one_headline_over_the_subheading_is_no_box() -> None:
    removed = _removed([*_TRAMS, _HEADING, _OTHERS[0], _SUBHEADING, _FUNDING])
    assert not {_HEADING, _OTHERS[0]} & removed.keys()


def test_the_switch() -> None:
    removed = _removed([*_TRAMS, _HEADING, *_OTHERS, _SUBHEADING, _FUNDING], teaser_box=False)
    assert "teaser_box" not in removed.values()
