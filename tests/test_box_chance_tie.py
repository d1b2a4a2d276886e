"""Round 44 (issue 14): a box of other stories between a list's rows (`teaser_box`'s
`_box_amid_rows`, judged by `_far_off_topic_box`) may share one word with the article by
chance (`_chance_tie`): one word in all, in a box of three headlines or more, not in its
last line. Invented article and box; the heading and headlines are no template's."""

from __future__ import annotations

import articleclean

_BEFORE = [
    "The harbour bridge will close to traffic for six weeks from next month while "
    "engineers replace corroded cables, the city council said on Tuesday.",
    "What changes for you:",
    "- Buses every ten minutes",
    "- Footpath stays open",
]
_AFTER = [
    "- Cyclists may ride across",
    "- Works end in March",
    "Buses will run a shuttle service across the river every ten minutes during the "
    "works, and cyclists may still use the bridge's footpath.",
]
_HEADING = "Around the world"
_OTHERS = [
    "Celebrity chef opens third restaurant in Paris",
    "Football club sacks manager after fifth straight defeat",
    "Pop star reveals secret wedding photos",
]
# Another story's headline holding one word of the article's ("engineers").
_TIED = "Rail engineers win award for restored station clock"


def _removed(lines: list[str], **switches: bool) -> list[str]:
    text = "\n\n".join([*_BEFORE, *lines, *_AFTER])
    removed = articleclean.clean_text(text, **switches).removed
    return [r.text for r in removed if r.rule == "teaser_box"]


def test_a_box_amid_rows_sharing_one_word_by_chance_goes() -> None:
    # Fails on main: any word of the article's in the box kept it whole.
    box = [_HEADING, _TIED, *_OTHERS]
    assert _removed(box) == box


def test_the_word_in_the_box_s_last_line_keeps_it() -> None:
    # The line where the run stops may be the article's next row, read into the box.
    box = [_HEADING, *_OTHERS, _TIED]
    assert _removed(box) == []


def test_two_words_shared_keep_the_box() -> None:
    # A list of the article's own shares more than one word with it.
    second = "Council replaces corroded lamps in the old town"
    box = [_HEADING, _TIED, second, *_OTHERS[:2]]
    assert _removed(box) == []


def test_a_box_of_two_headlines_sharing_a_word_stays() -> None:
    box = [_HEADING, _TIED, _OTHERS[0]]
    assert _removed(box) == []


def test_the_box_is_switched_off_with_teaser_box() -> None:
    assert _removed([_HEADING, _TIED, *_OTHERS], teaser_box=False) == []


def test_a_closing_box_sharing_a_word_stays() -> None:
    # A box ending the dump: no row of the article's under it vouches for where it
    # ends, and the article's own closing list may share a word with it.
    text = "\n\n".join([_BEFORE[0], _AFTER[-1], _HEADING, _TIED, *_OTHERS])
    removed = articleclean.clean_text(text).removed
    assert [r.text for r in removed if r.rule == "teaser_box"] == []
    # (the same box with no word of the article's goes)
    untied = "\n\n".join([_BEFORE[0], _AFTER[-1], _HEADING, *_OTHERS])
    removed = articleclean.clean_text(untied).removed
    assert [r.text for r in removed if r.rule == "teaser_box"] == [_HEADING, *_OTHERS]
