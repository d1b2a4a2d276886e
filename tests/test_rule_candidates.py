"""A document rule whose walk starts only from lines another rule labelled (a caption, the
byline) declares their labels (`ContextRule.candidates`, round 46): it gets their places,
and the pipeline does not ask it where no line was given such a label (the record it
keeps knows every label given). The declaration is the rule's own first test of a line:
the output is the same as when every rule is asked."""

from __future__ import annotations

import pytest

from articleclean import pipeline
from articleclean.article import Reason
from articleclean.document import BODY, BYLINE, CAPTION, REMOVED, TITLE, Segment
from articleclean.pipeline import Cleaner
from articleclean.rules.base import ClaimRecord, Verdict, labelled, revises
from articleclean.rules.phrasebook import PhraseBook
from rule_skipping import CAPTIONED_DUMP, outputs, sample_texts, switch_on_own_rules

_PLAIN_DUMP = """Harbour board delays the ferry timetable again

The harbour board put off its decision on the new ferry timetable on Tuesday, saying the
operators had not yet agreed on how many crossings the winter months need.

Islanders who commute to the mainland had expected the new times to start in October.
A spokesman for the board said a decision would come before the end of the month.
"""


def test_rules_declare_the_lines_they_start_from() -> None:
    declared = {rule.name: rule.candidates for rule in pipeline._DOCUMENT_RULES if rule.candidates}
    assert declared == {
        "caption_continued": (CAPTION,),
        "repeated_caption": (CAPTION,),
        "caption_title": (CAPTION,),
        "picture_title": (CAPTION,),
        "byline_date_stamp": (BYLINE,),
        "headline_date_stamp": (TITLE,),
        "headline_breadcrumb": (TITLE,),
        "byline_section_label": (BYLINE,),
        "editor_credit": (BYLINE,),
        "author_note": (BYLINE,),
    }


def test_labelled_lines_in_order() -> None:
    segments = [Segment(text, (n, n)) for n, text in enumerate(["a", "b", "c", "d"], 1)]
    segments[1].label = CAPTION
    segments[3].label = CAPTION
    segments[2].label = BYLINE
    assert labelled(segments, (CAPTION,)) == [1, 3]
    assert labelled(segments, (BYLINE, CAPTION)) == [1, 2, 3]
    assert labelled(segments, (TITLE,)) == []


def test_the_record_knows_every_label_given() -> None:
    segments = [Segment(text, (n, n)) for n, text in enumerate(["a", "b", "c"], 1)]
    segments[0].label = TITLE  # (a reader's label, no rule's: the record reads it too)
    record = ClaimRecord(segments)
    assert record.may_hold((TITLE,))
    assert not record.may_hold((CAPTION, BYLINE))

    def takes_the_last(segments: list[Segment], context: PhraseBook) -> list[Segment]:
        return [segments[-1]]

    # A rule declared to remove gives a caption through its verdict: that label counts.
    rule = revises(Reason.BOILERPLATE)(takes_the_last)
    record.give(rule, [(segments[2], Verdict(label=CAPTION, rule=rule.name))])
    assert segments[2].label is CAPTION
    assert record.may_hold((CAPTION,))
    # A plain verdict's label counts; the caption lost since is still counted (the
    # record answers "may hold": the rule is asked, and finds none).
    record.give(rule, [(segments[2], rule.verdict)])
    assert segments[2].label is REMOVED
    assert record.may_hold((CAPTION,)) and record.may_hold((REMOVED,))
    segments[1].label, segments[1].rule = BYLINE, "byline_line"
    record.record(segments[1])
    assert record.may_hold((BYLINE,))


def test_a_rule_is_not_asked_without_its_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []

    def above_caption(
        segments: list[Segment], context: PhraseBook, captions: list[int]
    ) -> list[Segment]:
        asked.append([segments[i].text for i in captions])
        return [segments[i - 1] for i in captions if segments[i - 1].label is BODY]

    rule = revises(Reason.BOILERPLATE, candidates=(CAPTION,))(above_caption)
    monkeypatch.setattr(pipeline, "_DOCUMENT_RULES", (*pipeline._DOCUMENT_RULES, rule))
    switch_on_own_rules(monkeypatch)
    article = Cleaner(dump="article").clean_text(_PLAIN_DUMP)
    assert asked == []
    assert "above_caption" not in {removal.rule for removal in article.removed}
    article = Cleaner(dump="article").clean_text(CAPTIONED_DUMP)
    assert asked
    assert all(texts for texts in asked)  # (asked only with a caption to start from)
    assert any("waits for the harbour ferry" in text for texts in asked for text in texts)


def test_a_rule_with_no_line_of_its_labels_claims_nothing_when_called() -> None:
    # Called on its own (no pipeline), it finds no line to start from and is not run.
    calls: list[int] = []

    def every_line(
        segments: list[Segment], context: PhraseBook, bylines: list[int]
    ) -> list[Segment]:
        calls.append(len(bylines))
        return list(segments)

    rule = revises(Reason.BOILERPLATE, candidates=(BYLINE,))(every_line)
    segments = [Segment("Jane Doe", (1, 1)), Segment("A line of the article.", (2, 2))]
    assert rule.verdicts(segments, None) == []  # type: ignore[arg-type]
    assert calls == []
    segments[0].label = BYLINE
    assert len(rule.verdicts(segments, None)) == 2  # type: ignore[arg-type]
    assert calls == [1]


@pytest.mark.parametrize("dump", ["auto", "article", "page"])
def test_same_output_as_every_rule_asked(monkeypatch: pytest.MonkeyPatch, dump: str) -> None:
    texts = sample_texts(_PLAIN_DUMP, CAPTIONED_DUMP)
    expected = outputs(dump, texts)
    # The record's answer taken off: every rule is asked, and walks from its lines.
    monkeypatch.setattr(ClaimRecord, "may_hold", lambda self, labels: True)
    assert outputs(dump, texts) == expected
