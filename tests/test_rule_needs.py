"""The pipeline leaves a document rule out of a document where its declaration says it
can claim nothing (round 45): `ContextRule.needs`, the rules whose claims it reads and
returns at once without, and `ContextRule.article_dumps_only`, the rules that return at
once on anything but a text dump decided to be an article dump. The declarations are the
rules' own first lines: the output is the same as when every rule is asked."""

from __future__ import annotations

import dataclasses

import pytest

from articleclean import pipeline
from articleclean.article import Reason
from articleclean.document import Segment
from articleclean.pipeline import Cleaner
from articleclean.rules import captions
from articleclean.rules.base import ContextRule, decided_article_dump, revises
from articleclean.rules.phrasebook import PhraseBook
from rule_skipping import CAPTIONED_DUMP, outputs, sample_texts, switch_on_own_rules

_PAGE_DUMP = """Home
News
Sport
Weather
Harbour board delays the ferry timetable again
The harbour board put off its decision on the new ferry timetable on Tuesday, saying the
operators had not yet agreed on how many crossings the winter months need.

Islanders who commute to the mainland had expected the new times to start in October.
A spokesman for the board said a decision would come before the end of the month.
Contact us
Privacy policy
"""


def _undeclared() -> tuple[ContextRule, ...]:
    """The document rules as they are, with neither declaration: asked on every document."""
    return tuple(
        dataclasses.replace(rule, needs=(), article_dumps_only=False)
        for rule in pipeline._DOCUMENT_RULES
    )


def test_rules_declare_what_they_return_on() -> None:
    declared = {rule.name for rule in pipeline._DOCUMENT_RULES if rule.needs}
    assert {"caption_before_credit", "teaser_blurb", "repeated_teaser", "box_tail"} <= declared
    article_only = {rule.name for rule in pipeline._DOCUMENT_RULES if rule.article_dumps_only}
    assert {"interrupting_teaser", "stray_teaser", "labelled_copy"} <= article_only
    for rule in pipeline._DOCUMENT_RULES:
        assert set(rule.need_names) <= set(rule.read_names), rule.name
        if rule.article_dumps_only:
            assert decided_article_dump in rule.derives, rule.name
            assert rule.name not in pipeline.PAGE_RULES, rule.name


def test_a_need_outside_reads_is_refused() -> None:
    def stray(segments: list[Segment], context: PhraseBook) -> list[Segment]:
        return []

    with pytest.raises(ValueError):
        revises(Reason.BOILERPLATE, needs=(captions.credit_line,))(stray)
    with pytest.raises(ValueError):
        revises(Reason.BOILERPLATE, article_dumps_only=True)(stray)


def test_a_rule_is_not_asked_without_what_it_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def every_line(segments: list[Segment], context: PhraseBook, credits: object) -> list[Segment]:
        asked.append("asked")
        return [segments[-1]]

    # A rule that would claim a line, declared to need the credit lines: on a dump with
    # no credit it is not asked, and its claim is not made; with one, it is.
    rule = revises(
        Reason.BOILERPLATE, reads=(captions.credit_line,), needs=(captions.credit_line,)
    )(every_line)
    monkeypatch.setattr(pipeline, "_DOCUMENT_RULES", (*pipeline._DOCUMENT_RULES, rule))
    switch_on_own_rules(monkeypatch)
    article = Cleaner(dump="article").clean_text(_PAGE_DUMP.replace("Contact us\n", ""))
    assert asked == []
    assert "every_line" not in {removal.rule for removal in article.removed}
    article = Cleaner(dump="article").clean_text(CAPTIONED_DUMP)
    assert asked  # (an article dump may be judged again with a line apart)
    assert "every_line" in {removal.rule for removal in article.removed}


def test_article_rules_left_out_of_page_dumps(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def article_only(
        segments: list[Segment], context: PhraseBook, article_dump: bool
    ) -> list[Segment]:
        seen.append(article_dump)
        return []

    rule = revises(Reason.BOILERPLATE, derives=(decided_article_dump,), article_dumps_only=True)(
        article_only
    )
    monkeypatch.setattr(pipeline, "_DOCUMENT_RULES", (*pipeline._DOCUMENT_RULES, rule))
    switch_on_own_rules(monkeypatch)
    Cleaner(dump="page").clean_text(_PAGE_DUMP)
    assert seen == []
    Cleaner(dump="article").clean_text(CAPTIONED_DUMP)
    assert seen == [True]


@pytest.mark.parametrize("dump", ["auto", "article", "page"])
def test_same_output_as_every_rule_asked(monkeypatch: pytest.MonkeyPatch, dump: str) -> None:
    texts = sample_texts(_PAGE_DUMP, CAPTIONED_DUMP)
    expected = outputs(dump, texts)
    monkeypatch.setattr(pipeline, "_DOCUMENT_RULES", _undeclared())
    assert outputs(dump, texts) == expected
