"""Round 44's shared evidence of the inline teaser rules, output unchanged: the lines read
as "label + separator + headline" once a document for `interrupting_teaser` and
`stray_teaser` (`LabelledLines`), `stray_teaser`'s counts of the words asked only (its
labels' words and other forms counted when first needed), and `labelled_copy`'s screen
of the lines by the key's end. Invented lines."""

from __future__ import annotations

from collections import Counter

import pytest

from articleclean.document import Label, Segment
from articleclean.rules import teaser_inline
from articleclean.rules.teaser_boxes import labelled_headline
from articleclean.rules.teaser_inline import LabelledLines, _Evidence, _labelled_line
from articleclean.rules.teaser_lines import (
    STEM_LETTERS,
    ends_a_sentence,
    segments_with_word,
)

_TEXTS = [
    "Harbour bridge to close for repairs",
    "The harbour bridge will close for three weeks of repairs, the council said.",
    "Also on our site: Winter storms flood the old fishing village",
    "Read next – Ferry crews strike over weekend rosters",
    "Cookie settings",
    "Repairs to the bridge start in spring, and the harbour ferry will run more often.",
    "Also on our site: Winter storms flood the old fishing village",
    "Match report: United beat City 3-1 in the derby",
    "Drivers should use the ring road while the bridge is closed, the council said.",
    "More from the region – Flooded villagers return to their homes",
]


def _segments() -> list[Segment]:
    segments = [Segment(text, None) for text in _TEXTS]
    segments[0].label = Label.TITLE
    segments[4].label = Label.REMOVED
    segments[6].label = Label.REMOVED
    return segments


def test_candidates_are_the_labelled_body_lines_without_digits_or_a_sentences_end() -> None:
    segments = _segments()
    expected = [
        (index, _labelled_line(segment.text))
        for index, segment in enumerate(segments)
        if segment.label is Label.BODY
        and not segment.may_hold_digit
        and not ends_a_sentence(segment.text)
        and _labelled_line(segment.text) is not None
    ]
    # (not the removed copy, 6, nor the score line, 7)
    assert [index for index, _ in expected] == [2, 3, 9]
    assert LabelledLines(segments).candidates() == expected


def test_each_text_is_read_once_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    read: Counter[str] = Counter()

    def counted(text: str) -> object:
        read[text] += 1
        return _labelled_line(text)

    monkeypatch.setattr(teaser_inline, "_labelled_line", counted)
    segments = _segments()
    lines = LabelledLines(segments)
    first = lines.candidates()
    assert lines.candidates() is first
    for segment in segments:
        lines(segment)
    assert read and max(read.values()) == 1  # (lines 2 and 6, one text: read once)
    assert read[_TEXTS[2]] == 1


def _found(segments: list[Segment]) -> list[tuple[int, object]]:
    return [(index, labelled) for index, labelled in LabelledLines(segments).candidates()]


def test_the_evidence_counts_are_the_full_counts_of_the_words_asked() -> None:
    segments = _segments()
    found = _found(segments)
    evidence = _Evidence(segments, found, 0)  # type: ignore[arg-type]
    full = segments_with_word(segments)
    headline = frozenset().union(*(labelled.headline_words for _, labelled in found))
    words = frozenset().union(*(labelled.words for _, labelled in found))
    # headline words counted from their places at once
    for word in headline:
        assert evidence._counts[word] == full[word], word
    # the labels' other words and the other forms when first asked
    evidence._count_labels()
    forms = evidence._stem_forms()
    for word in words:
        assert evidence._counts[word] == full[word], word
    for stem, held in forms.items():
        expected = [w for w in full if len(w) >= STEM_LETTERS and w[:STEM_LETTERS] == stem]
        assert sorted(held) == sorted(expected)
        for form in held:
            assert evidence._counts[form] == full[form], form
    assert sorted(forms["villag"]) == ["village", "villagers"]
    assert evidence._counts["site"] == 1  # (line 6 is removed)


def test_asked_counts_are_the_full_counts_of_the_asked_words() -> None:
    segments = _segments()
    full = segments_with_word(segments)
    asked = frozenset({"bridge", "council", "harbour", "cookie", "storms", "absent"})
    counts = segments_with_word(segments, asked)
    assert dict(counts) == {word: full[word] for word in asked if full[word]}
    assert counts["cookie"] == 0  # (a removed line is no text line)


@pytest.mark.parametrize(
    "text",
    [
        "Also on our site: Winter storms flood the old fishing village",
        "Passend dazu – Warum Segler den Bodensee im Winter lieben",
        "À lire aussi » Les œuvres volées du musée retrouvées à Marseille",
        "Lesen Sie auch: Straßenbahn fährt ab Montag wieder über die Brücke",
        "Читайте также: Мост через реку закроют на ремонт до весны",
        "Δείτε επίσης: Σεισμός ταρακούνησε την Κρήτη χθες το βράδυ",
        "See also ▸ “Quoted” headline about the bridge’s new lights",
        "関連記事：東京の新しい橋が来月開通する予定です",
    ],
)
def test_a_labelled_lines_headline_key_ends_the_lines_key(text: str) -> None:
    # `labelled_copy` passes over a line whose key ends no taken headline's key: the
    # screen is exact only if a headline's key (the tail of the text) ends the line's.
    segment = Segment(text, None)
    headline = labelled_headline(segment)
    assert headline is not None
    assert headline.key and segment.key.endswith(headline.key)
