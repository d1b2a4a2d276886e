"""Round 43's exact shortcuts for big articles: `segments_with_word`'s counts up to
`most`, and `labelled_headline`'s tests of a line's end and length before its search."""

from __future__ import annotations

from collections import Counter

from articleclean.document import Label, Segment
from articleclean.lexicon import ends_as_statement
from articleclean.rules.teaser_boxes import labelled_headline, short_label_match
from articleclean.rules.teaser_lines import boxed_headline, segments_with_word

_TEXTS = [
    "Harbour bridge to close for repairs",
    "The harbour bridge will close for three weeks of repairs, the council said.",
    "Cookie settings",
    "Repairs to the bridge start in spring, and the harbour ferry will run more often.",
    "Ferry timetable",
    "The council said the ferry would run every ten minutes during the repairs.",
    "Bridge repairs: what changes for drivers",
    "Drivers should use the ring road, the council said.",
]


def _segments() -> list[Segment]:
    segments = [Segment(text, None) for text in _TEXTS]
    segments[0].label = Label.TITLE
    segments[2].label = Label.REMOVED  # not counted
    segments[4].label = Label.CAPTION  # nor this
    segments[6].label = Label.HEADING
    return segments


def test_counts_up_to_most_are_the_full_counts_cut_there() -> None:
    segments = _segments()
    asked = frozenset({"bridge", "council", "ferry", "repairs", "cookie", "drivers", "absent"})
    full = segments_with_word(segments, asked)
    assert full["council"] == 3 and full["cookie"] == 0 and full["ferry"] == 2
    for most in range(5):
        capped = segments_with_word(segments, asked, most=most)
        assert dict(capped) == {w: min(n, most) for w, n in full.items() if min(n, most)}
        # (the answers a rule asks of them: more than 0, more than 1, ...)
        for word in asked:
            for floor in range(most):
                assert (capped[word] > floor) == (full[word] > floor)


def test_counts_up_to_most_of_nothing() -> None:
    segments = _segments()
    assert segments_with_word(segments, frozenset(), most=2) == Counter()
    assert segments_with_word([], frozenset({"bridge"}), most=2) == Counter()


_LABELLED = [
    "See also ▸ Harbour ferry adds night crossings for the summer",  # a headline behind
    "Read more: Harbour ferry adds night crossings for the summer.",  # a statement
    "Also read | Will the harbour ferry run at night this summer?",  # a question
    "Also read | Will the harbour ferry run at night this summer?”",
    "Update: Harbour ferry adds night crossings „for the summer“",
    "See also ▸ Night crossings",  # too short a headline
    "More ▸ Night ferry",
    "Note: the ferry runs at night.”",
    "Also: Ferry Night Crossing Added Again!",
    "推荐 ▸ 北 京 新 闻 发 布",  # CJK: counted by its characters
    "Ferry – Harbour adds night crossings for the summer season",
]


def _headline_searched(segment: Segment) -> Segment | None:
    """`labelled_headline` without its tests before the search (as before round 43)."""
    match = short_label_match(segment.text)
    if match is None:
        return None
    headline = Segment(match.group("rest"), segment.lines)
    return headline if boxed_headline(headline) else None


def test_labelled_headline_tests_before_its_search_change_no_answer() -> None:
    found = 0
    for text in _LABELLED:
        segment = Segment(text, None)
        searched = _headline_searched(segment)
        headline = labelled_headline(segment)
        assert (headline is None) == (searched is None), text
        if headline is not None and searched is not None:
            assert headline.text == searched.text
            found += 1
        if ends_as_statement(text):
            assert searched is None, text
    assert found >= 3  # (the test reads some headlines)


def test_ends_as_statement() -> None:
    assert ends_as_statement("The council said so.")
    assert ends_as_statement("The council said so!”  ")
    assert not ends_as_statement("Der Rat sagte es. «")  # («: an opening mark, no closing one)
    assert not ends_as_statement("Will the ferry run?")
    assert not ends_as_statement("Will the ferry run?”")
    assert not ends_as_statement("Harbour ferry adds night crossings")
    assert not ends_as_statement("")
