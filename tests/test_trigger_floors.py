"""A trigger with a floor (`BlockRule.fewest_words`): pass 1 does not ask its rule about a
shorter line for it, and a bare name needs two words. Speed only: no claim changes."""

from __future__ import annotations

import pytest

from articleclean.block_pass import Screen, first_claim
from articleclean.config import CleanerConfig
from articleclean.document import Segment
from articleclean.names import bare_names
from articleclean.pipeline import BLOCK_RULES
from articleclean.rules.captions import caption_sentence
from articleclean.rules.phrasebook import PhraseBook
from articleclean.rules.teaser_headings import inline_teaser

TEXT_RULES = tuple(rule for rule in BLOCK_RULES if not rule.requires_hints)


def _screen() -> tuple[Screen, PhraseBook]:
    book = PhraseBook.for_config(CleanerConfig())
    return Screen(TEXT_RULES, book.phrase_index()), book


def _asked(screen: Screen, text: str) -> set[str]:
    return {rule.name for _, rule in screen.checks(Segment(text, None))}


def test_each_floor_is_a_trigger_of_its_rule_that_reaches_no_line_of_any_length() -> None:
    for rule in TEXT_RULES:
        for pattern, fewest in rule.fewest_words:
            assert pattern in (rule.triggers or ())
            assert pattern not in rule.any_length
            assert fewest >= 1


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("March 2024", False),  # a month in a menu's archive list
        ("Marketing and Sales", False),
        ("Market report for May", False),
        ("Protesters march through Lagos, Nigeria, on Monday, March 4, 2019", True),
        ("A crowd gathers in Nairobi, Kenya, November 8, 2018.", True),
        ("Archive (2)", True),  # a bracket: the picture's positions, at any length
        ("Image caption Mourners", True),  # a caption label
    ],
)
def test_a_month_alone_asks_caption_sentence_only_in_a_dated_captions_length(
    text: str, asked: bool
) -> None:
    screen, _ = _screen()
    assert (caption_sentence.name in _asked(screen, text)) is asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Home | Sport", False),  # a menu's items
        ("Contact ›", False),
        ("Politics | Culture | Science | Travel", True),
        ("The storm hit the coast on Monday... read more", True),
        ("Read more: Storm hits the coast", True),  # its phrase, not a trigger
    ],
)
def test_a_link_mark_asks_inline_teaser_only_in_a_line_a_link_can_close(
    text: str, asked: bool
) -> None:
    screen, _ = _screen()
    assert (inline_teaser.name in _asked(screen, text)) is asked


def test_a_floor_changes_no_first_claim_at_its_edge() -> None:
    screen, book = _screen()
    lines = [
        "Jan Feb Mar",
        "Seen in Paris on March 4, 2019",
        "Pictured in Paris on March 4, 2019",
        "Crowds gather outside the hall, March 4, 2019",
        "mehr ›",
        "Zur Story ›",
        "Das Wetter heute … mehr",
        "Neue Regeln für Mieter … mehr",
        "News | Sport | mehr",
    ]
    for text in lines:
        screened, every = Segment(text, None), Segment(text, None)
        first_claim(screened, screen.checks(screened), book)
        first_claim(every, screen.every, book)
        assert (screened.label, screened.rule) == (every.label, every.rule), text


@pytest.mark.parametrize(
    "text",
    ["Home", "JANE", "Doe,Jane", "Jane·Doe", "Jane/Doe", "05.03.2024", "DOE", " Jane ", "Jane|Doe"],
)
def test_a_line_of_one_word_names_no_one(text: str) -> None:
    assert bare_names(text) is None


def test_two_words_still_name_someone() -> None:
    assert bare_names("Jane Doe") == ["Jane Doe"]
    assert bare_names("Jane\u00a0Doe") is not None  # (a no-break space parts words too)
