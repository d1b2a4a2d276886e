"""A block rule that reads what an earlier rule found on a line gets it as an explicit
input (`BlockRule.derives`): pass 1 computes it once a line and hands the same result to
each rule that declares it; `promo_shape` reads `promo_prompt`'s reading so."""

from __future__ import annotations

import pytest

from articleclean.article import Reason
from articleclean.block_pass import BlockPass
from articleclean.config import CleanerConfig
from articleclean.document import Label, Segment
from articleclean.rules import promos
from articleclean.rules.base import removes
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.promos import PromptReading, promo_prompt, promo_shape

CONTEXT = PhraseBook.for_config(CleanerConfig())

COMPUTED: list[str] = []
HANDED: list[tuple[str, str, object]] = []


def line_reading(segment: Segment, context: PhraseBook) -> object:
    COMPUTED.append(segment.text)
    return object()


@removes(Reason.PROMO, derives=(line_reading,))
def first_reader(segment: Segment, context: PhraseBook, reading: object) -> bool:
    HANDED.append(("first", segment.text, reading))
    return False


@removes(Reason.PROMO, derives=(line_reading,))
def second_reader(segment: Segment, context: PhraseBook, reading: object) -> bool:
    HANDED.append(("second", segment.text, reading))
    return segment.text == "Sign up"


def test_the_pass_computes_a_derive_once_a_line_for_every_rule_that_declares_it() -> None:
    COMPUTED.clear()
    HANDED.clear()
    lines = [Segment("Share", (1, 1)), Segment("Sign up", (2, 2)), Segment("Share", (3, 3))]
    BlockPass(CONTEXT, remembered_lines=0).run(lines, (first_reader, second_reader))
    assert COMPUTED == ["Share", "Sign up", "Share"]  # (each line its own, never shared)
    assert [(rule, text) for rule, text, _ in HANDED] == [
        ("first", "Share"),
        ("second", "Share"),
        ("first", "Sign up"),
        ("second", "Sign up"),
        ("first", "Share"),
        ("second", "Share"),
    ]
    for first, second in zip(HANDED[::2], HANDED[1::2], strict=True):
        assert first[2] is second[2]
    assert HANDED[0][2] is not HANDED[4][2]
    assert (lines[1].label, lines[1].rule) == (Label.REMOVED, "second_reader")
    assert lines[0].label is Label.BODY


def test_a_rule_asked_on_its_own_gets_its_derives_computed() -> None:
    COMPUTED.clear()
    assert second_reader(Segment("Sign up", (1, 1)), CONTEXT) is not None
    assert COMPUTED == ["Sign up"]


def test_promo_shape_reads_the_line_as_promo_prompt_did() -> None:
    assert promo_shape.derives == promo_prompt.derives == (PromptReading,)


def test_pass_one_reads_a_line_both_prompt_rules_ask_about_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []
    real = promos._read_prompt

    def counted(segment: Segment, context: PhraseBook) -> tuple[bool, str | None]:
        read.append(segment.text)
        return real(segment, context)

    monkeypatch.setattr(promos, "_read_prompt", counted)
    # promo_prompt turns it down (no phrase, no channel); promo_shape takes its shape
    line = Segment("Die wichtigsten Nachrichten jeden Morgen per Mail", (1, 1))
    BlockPass(CONTEXT, remembered_lines=0).run([line], (promo_prompt, promo_shape))
    assert line.rule == "promo_shape"
    assert read == [line.text]


# Lines each prompt rule takes or leaves, and near misses: the reading handed from
# `promo_prompt` gives `promo_shape` the verdict it reaches reading the line itself.
LINES = [
    "Share",
    "Comments (214)",
    "Subscribe to our newsletter",
    "Die wichtigsten Nachrichten jeden Morgen per Mail",
    "Diesen Text per E-Mail teilen | Die besten Nachrichten direkt in Ihr Postfach",
    "Jetzt kostenlos registrieren und weiterlesen",
    "Posted by Jane Doe | Share",
    "Sie erhielten die Kündigung per Mail.",
    '"Follow us on Instagram," she said.',
    "Voters who want to sign up for the postal ballot must apply by Friday, the office said.",
    "Para seguir leyendo, suscríbete",
    "Receive our top stories every morning",
    "The harbour bridge will close to traffic for six weeks from next month.",
]


def test_promo_shape_with_the_handed_reading_judges_as_alone() -> None:
    for text in LINES:
        alone = promo_shape.check(Segment(text, (1, 1)), CONTEXT)
        line = Segment(text, (1, 1))
        reading = PromptReading(line, CONTEXT)
        taken = promo_prompt.check(line, CONTEXT, reading)
        assert promo_prompt.check(Segment(text, (1, 1)), CONTEXT) == taken, text
        assert promo_shape.check(line, CONTEXT, reading) == alone, text
