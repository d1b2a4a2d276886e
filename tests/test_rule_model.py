"""The rule model: a rule returns a verdict and changes nothing; the pass applies verdicts."""

from __future__ import annotations

from articleclean.article import Reason
from articleclean.block_pass import BlockPass
from articleclean.config import CleanerConfig
from articleclean.document import Document, Label, Segment
from articleclean.pipeline import BLOCK_RULES, CONTEXT_RULES, DOCUMENT_STEPS, STRUCTURE_RULES
from articleclean.rules.base import (
    Claimed,
    ClaimRecord,
    ContextRule,
    Derive,
    Derived,
    Finding,
    Stage,
    Verdict,
    derive,
    moves_to,
    removes,
    revises,
)
from articleclean.rules.captions import caption_before_credit, credit_line, credited_caption
from articleclean.rules.datelines import dateline_prefix
from articleclean.rules.dump_kind import decided_article_dump
from articleclean.rules.duplicates import repeated_paragraph
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.titles import (
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
    # (a text dump's first line is the headline's place, which caption_before_credit skips)
    segments = [Segment("Lorne plays Wembley", None), caption, credit]
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


def test_a_derive_reads_other_rules_results_as_an_explicit_input() -> None:
    calls: list[int] = []

    @derive(reads=(plain_rule,))
    def first_ad(segments: list[Segment], ads: Claimed) -> int | None:
        calls.append(len(ads))
        return next((i for i, segment in enumerate(segments) if segment in ads), None)

    @revises(Reason.AD_MARKER, derives=(first_ad,))
    def after_first_ad(
        segments: list[Segment], context: PhraseBook, first: int | None
    ) -> list[Segment]:
        return [] if first is None else segments[first + 1 :]

    segments = [Segment("News", None), Segment("Sponsored", None), Segment("Promo", None)]
    assert isinstance(first_ad, Derive)
    # Not claimed by plain_rule: the same text, nothing read.
    assert after_first_ad(segments, CONTEXT) == []
    plain_rule.apply(segments[1])
    derived: Derived = {}
    assert after_first_ad.verdicts(segments, CONTEXT, derived)[0][0] is segments[2]
    assert after_first_ad.verdicts(segments, CONTEXT, derived)[0][0] is segments[2]
    assert derived == {first_ad: 1} and calls == [0, 1]


def test_a_line_removed_as_a_repeat_is_still_the_pages_title_line() -> None:
    # `repeated_headline` reads the rules that remove repeats, not the reason they give.
    lines = [
        "Senate passes the budget bill - Example News",
        "Senate passes the budget bill",
        "The Senate passed the budget bill on Tuesday after a long debate in the chamber.",
    ]
    segments = [Segment(line, (number, number)) for number, line in enumerate(lines, 1)]
    assert repeated_headline(segments) == (0, 1)
    segments[0].label, segments[0].reason = Label.REMOVED, Reason.DUPLICATE_PARAGRAPH
    assert repeated_headline(segments) is None  # a reason alone is no rule's claim
    repeated_paragraph.apply(segments[0])
    assert repeated_headline(segments) == (0, 1)


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
    # The dump's kind: the pipeline hands it over; computed alone it reads a page.
    assert derived == {repeated_headline: (0, 3), decided_article_dump: False}
    assert [(s.label, s.rule) for s in segments] == [(s.label, s.rule) for s in alone]
    assert (segments[0].rule, segments[3].label) == ("page_title", Label.TITLE)


def _rules_read(reads: object) -> list[object]:
    if isinstance(reads, Derive):
        reads = reads.reads() if callable(reads.reads) else reads.reads
    assert isinstance(reads, tuple)
    return [rule for read in reads for rule in (read if isinstance(read, tuple) else (read,))]


def test_every_rule_read_runs_before_the_rule_that_reads_it() -> None:
    order = [rule.name for rule in BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES]
    for rule in CONTEXT_RULES + STRUCTURE_RULES:
        assert isinstance(rule, ContextRule)
        for needed in _rules_read(rule.reads):
            assert order.index(needed.name) < order.index(rule.name), (rule.name, needed)


def test_what_a_derive_reads_runs_before_it_is_first_derived_or_derives_it() -> None:
    # The first rule that declares it computes it for the document: what it reads has
    # run by then, or is one of the rules that declare it (a later one that computes it
    # again, without the document's `Derived`, must count those claims).
    order = list(BLOCK_RULES + CONTEXT_RULES + STRUCTURE_RULES)
    derives = {d for rule in CONTEXT_RULES + STRUCTURE_RULES for d in rule.derives}
    assert repeated_headline in derives
    for function in derives:
        if not isinstance(function, Derive):
            continue
        users = [rule for rule in order if function in getattr(rule, "derives", ())]
        for needed in _rules_read(function):
            assert needed in users or order.index(needed) < order.index(users[0]), needed


def test_closing_teasers_reads_every_teaser_rule_that_runs_before_it() -> None:
    # It counts the box's headlines other rules took as teasers; none may be missing.
    from articleclean.rules.closing_runs import closing_teasers

    order = list(BLOCK_RULES + CONTEXT_RULES)
    before = [
        rule
        for rule in order[: order.index(closing_teasers)]
        if rule.reason is Reason.RELATED_TEASER
    ]
    assert set(_rules_read(closing_teasers.reads[1:])) == set(before)


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


@revises(Reason.BOILERPLATE)
def other_rule(segments: list[Segment], context: PhraseBook) -> list[Segment]:
    return []


def test_the_claim_record_answers_as_a_walk_over_the_segments() -> None:
    segments = [Segment(text, None) for text in ("Sponsored", "Home", "Text.", "Sport")]
    plain_rule.verdict.give(segments[0])
    plain_rule.verdict.give(segments[1])
    record = ClaimRecord(segments)
    # A later rule claims one of them again, and another line: the record is told.
    for segment in (segments[1], segments[3]):
        other_rule.verdict.give(segment)
        record.record(segment)
    for rules in ((plain_rule,), (other_rule,), (plain_rule, other_rule), (finding_rule,)):
        walked = Claimed.by(segments, rules)
        kept = record.claimed(rules)
        assert [s in kept for s in segments] == [s in walked for s in segments]
        assert len(kept) == len(walked)
    assert [s.text for s in record.claimed((plain_rule,))] == ["Sponsored"]
    assert sorted(s.text for s in record.claimed((other_rule,))) == ["Home", "Sport"]


def test_claimed_marks_answer_in_for_each_segment() -> None:
    segments = [Segment(text, None) for text in ("Home", "Home", "Text.", "Sport")]
    # Two segments of the same text are two segments: only the one claimed is marked.
    claimed = Claimed([segments[1], segments[3], segments[3]])
    assert (
        claimed.marks(segments)
        == [s in claimed for s in segments]
        == [
            False,
            True,
            False,
            True,
        ]
    )
    assert Claimed().marks(segments) == [False] * 4
    assert claimed.marks([]) == []


def test_claimed_positions_are_the_indexes_of_the_claimed_segments_in_order() -> None:
    segments = [Segment(text, None) for text in ("Home", "Home", "Text.", "Sport")]
    claimed = Claimed([segments[3], segments[1]])
    assert claimed.positions(segments) == [i for i, s in enumerate(segments) if s in claimed]
    assert claimed.positions(segments) == [1, 3]
    assert Claimed().positions(segments) == []


@revises(Reason.BOILERPLATE)
def finding_context_rule(segments: list[Segment], context: PhraseBook) -> list[object]:
    # A plain claim, a claim with a finding, and the same segment claimed twice.
    return [segments[0], (segments[1], Verdict(credit="Jane Doe")), segments[0]]


def test_the_record_gives_a_rules_claims_as_give_and_record_one_by_one() -> None:
    texts = ("Home", "Sponsored", "Text.", "Sport")
    given = [Segment(text, None) for text in texts]
    one_by_one = [Segment(text, None) for text in texts]
    plain_rule.verdict.give(given[3])
    plain_rule.verdict.give(one_by_one[3])
    record, walked = ClaimRecord(given), ClaimRecord(one_by_one)
    for rule in (finding_context_rule, other_rule):
        record.give(rule, rule.verdicts(given, CONTEXT, {}, record))
        for segment, verdict in rule.verdicts(one_by_one, CONTEXT, {}, walked):
            verdict.give(segment)
            walked.record(segment)
    fields = ("label", "reason", "rule", "credit", "caption_text", "dateline")
    assert [[getattr(s, f) for f in fields] for s in given] == [
        [getattr(s, f) for f in fields] for s in one_by_one
    ]
    assert given[1].credit == "Jane Doe" and given[0].rule == "finding_context_rule"
    for rules in ((plain_rule,), (finding_context_rule,), (plain_rule, finding_context_rule)):
        kept, listed = record.claimed(rules), walked.claimed(rules)
        assert [s in kept for s in given] == [s in listed for s in one_by_one]
        assert len(kept) == len(listed)


def test_the_markup_rules_run_before_the_page_or_article_decision_and_read_none_of_it() -> None:
    # A guard: `_judge` runs the leading markup rules before `dump_kind`; a markup rule
    # put further down would run after it, and one that read the decision could not run first.
    from articleclean import pipeline

    first = pipeline._DOCUMENT_RULES[: pipeline._MARKUP_FIRST]
    marks = [r for r in CONTEXT_RULES if r.requires_markdown or r.requires_text_browser]
    assert list(first) == marks
    assert {r.name for r in first} >= {"markdown_menu", "centred_headline", "link_list"}
    for rule in first:
        assert decided_article_dump not in rule.derives, rule.name
        assert not rule.article_dumps_only and rule.name not in pipeline.PAGE_RULES, rule.name
