"""The rule model: a rule returns a verdict and changes nothing; the pass applies verdicts."""

from __future__ import annotations

from articleclean.article import Reason
from articleclean.block_pass import BlockPass
from articleclean.config import CleanerConfig
from articleclean.document import Document, Label, Segment
from articleclean.pipeline import BLOCK_RULES, CONTEXT_RULES, DOCUMENT_STEPS, STRUCTURE_RULES
from articleclean.rules.base import (
    Claimed,
    ContextRule,
    Derived,
    Finding,
    Stage,
    Verdict,
    moves_to,
    removes,
    revises,
)
from articleclean.rules.captions import caption_before_credit, credit_line, credited_caption
from articleclean.rules.context import PhraseBook
from articleclean.rules.structure import (
    dateline_prefix,
    page_title,
    repeated_headline,
    title_line,
    title_site_name,
)

CONTEXT = PhraseBook.for_config(CleanerConfig())


@removes(Reason.AD_MARKER)
def plain_rule(segment: Segment, context: PhraseBook) -> bool:
    return segment.text == "Sponsored"


@moves_to(Label.CAPTION)
def finding_rule(segment: Segment, context: PhraseBook) -> Verdict | None:
    if not segment.text.endswith("/Pool"):
        return None
    return Verdict(caption_text=segment.text[: -len("/Pool")].strip(), credit="Pool")


def test_a_plain_check_gives_the_declared_label_and_reason() -> None:
    verdict = plain_rule(Segment("Sponsored", None), CONTEXT)
    assert verdict == Verdict(Label.REMOVED, Reason.AD_MARKER, "plain_rule")
    assert plain_rule(Segment("Sponsored content ahead", None), CONTEXT) is None


def test_the_pass_applies_what_a_check_found() -> None:
    lines = [Segment("Sponsored", None), Segment("Crowds at the gate. /Pool", None)]
    untouched = Segment("Crowds at the gate. /Pool", None)
    assert finding_rule(untouched, CONTEXT) is not None
    assert (untouched.label, untouched.credit, untouched.caption_text) == (Label.BODY, None, None)
    BlockPass(CONTEXT, remembered_lines=0).run(lines, (plain_rule, finding_rule))
    assert (lines[0].label, lines[0].reason, lines[0].rule) == (
        Label.REMOVED,
        Reason.AD_MARKER,
        "plain_rule",
    )
    assert (lines[1].label, lines[1].rule) == (Label.CAPTION, "finding_rule")
    assert (lines[1].caption_text, lines[1].credit) == ("Crowds at the gate.", "Pool")


def test_a_remembered_line_gets_the_same_findings() -> None:
    block_pass = BlockPass(CONTEXT, remembered_lines=100)
    for _ in range(2):
        line = Segment("Fireworks over the harbour. /Xinhua", (1, 1))
        block_pass.run([line], (credited_caption,))
        assert (line.caption_text, line.credit) == ("Fireworks over the harbour.", "Xinhua")


def test_a_rule_reads_other_rules_results_as_an_explicit_input() -> None:
    caption = Segment("Lorne performs during a concert at Wembley Stadium.", None)
    credit = Segment("Photo: Jane Doe", None)
    segments = [caption, credit]
    # Not claimed by credit_line: nothing to read.
    assert caption_before_credit(segments, CONTEXT) == []
    credit_line.apply(credit)
    assert caption_before_credit(segments, CONTEXT) == [caption]
    assert list(caption_before_credit.find(segments, CONTEXT, Claimed())) == []


def test_a_function_rules_derive_is_computed_once_per_document() -> None:
    calls: list[int] = []

    def longest(segments: list[Segment]) -> int:
        calls.append(len(segments))
        return max(segment.word_count for segment in segments)

    @revises(Reason.AD_MARKER, derives=(longest,))
    def short_line(segments: list[Segment], context: PhraseBook, most: int) -> list[Segment]:
        return [segment for segment in segments if segment.word_count * 4 < most]

    segments = [Segment("Ad", None), Segment("A line of a good many words in a row", None)]
    derived: Derived = {}
    first = short_line.verdicts(segments, CONTEXT, derived)
    assert short_line.verdicts(segments, CONTEXT, derived) == first
    assert calls == [2] and derived == {longest: 10}
    # Without a document's record, each run computes it.
    assert short_line(segments, CONTEXT) == [segments[0]]
    assert calls == [2, 2]


def test_the_title_rules_share_the_repeated_headline_and_get_what_each_computes() -> None:
    lines = [
        "Senate passes the budget bill - Example News",
        "Home",
        "World",
        "Senate passes the budget bill",
        "The Senate passed the budget bill on Tuesday after a long debate in the chamber.",
    ]
    segments = [Segment(line, (number, number)) for number, line in enumerate(lines, 1)]
    alone = [Segment(line, (number, number)) for number, line in enumerate(lines, 1)]
    derived: Derived = {}
    for rule in (page_title, title_line):
        verdicts = rule.verdicts(segments, CONTEXT, derived)
        for segment, verdict in verdicts:
            verdict.give(segment)
        for segment, verdict in rule.verdicts(alone, CONTEXT):
            verdict.give(segment)
    assert derived == {repeated_headline: (0, 3)}
    assert [(s.label, s.rule) for s in segments] == [(s.label, s.rule) for s in alone]
    assert (segments[0].rule, segments[3].label) == ("page_title", Label.TITLE)


def test_every_rule_read_runs_before_the_rule_that_reads_it() -> None:
    order = [rule.name for rule in BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES]
    for rule in CONTEXT_RULES + STRUCTURE_RULES:
        assert isinstance(rule, ContextRule)
        for read in rule.reads:
            for needed in read if isinstance(read, tuple) else (read,):
                assert order.index(needed.name) < order.index(rule.name), (rule.name, needed)


def test_each_rule_is_declared_for_the_stage_it_runs_in() -> None:
    assert all(rule.stage is Stage.CONTEXT for rule in CONTEXT_RULES)
    assert all(rule.stage is Stage.STRUCTURE for rule in STRUCTURE_RULES)


def test_the_dateline_is_a_finding_and_the_text_stays_whole() -> None:
    first = Segment("WASHINGTON (AP) — The Senate passed the bill on Tuesday.", (1, 1))
    segments = [first]
    [(segment, verdict)] = dateline_prefix.verdicts(segments, CONTEXT)
    assert segment is first and verdict.dateline is not None
    assert verdict.dateline.text == "WASHINGTON (AP) —"
    verdict.give(first)
    assert first.text.startswith("WASHINGTON (AP) —") and first.label is Label.BODY


def test_document_steps_run_in_the_order_of_their_stages() -> None:
    stages = [step.stage for step in DOCUMENT_STEPS]
    assert set(stages) <= {Stage.DOCUMENT, Stage.REVIEW}
    assert stages == sorted(stages, key=[Stage.DOCUMENT, Stage.REVIEW].index)
    # A switchable step is switched by its name, as a rule is.
    assert all(hasattr(CleanerConfig(), step.name) for step in DOCUMENT_STEPS if step.switch)


def test_a_document_step_returns_a_finding_and_the_pipeline_applies_it() -> None:
    title = Segment("Harbour bridge reopens after repairs | City Gazette", (1, 1))
    title.label = Label.TITLE
    document = Document([title, Segment("The bridge reopened on Monday.", (3, 3))])
    finding = title_site_name(document)
    assert finding == Finding(
        metadata={
            "title_text": "Harbour bridge reopens after repairs | City Gazette",
            "site_name": "City Gazette",
        },
        title_cut="Harbour bridge reopens after repairs",
    )
    assert (document.metadata, document.title_cut) == ({}, None)
    finding.give(document)
    assert document.title_cut == "Harbour bridge reopens after repairs"
    assert document.metadata["site_name"] == "City Gazette"
