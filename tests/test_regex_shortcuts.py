"""Exact shortcuts for regular expressions searched on many lines (round 19):
`patterns.longest_first_trie` matches what the flat alternation sorted longest first
matches, with what follows it in a pattern (the byline and credit prefixes), and a
sentence's end found by strips is what `_SENTENCE_END` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean import names
from articleclean.patterns import longest_first_trie


def _flat(words: frozenset[str]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + ")"


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


_BYLINES = frozenset(names.byline_prefixes())
_BYLINES_CASE_BLIND = frozenset(names._byline_prefix_forms())  # (no "ı" twins: see there)
_CREDITS = frozenset(names.credit_prefixes())
# (flat and trie forms of the patterns names.py builds: the text around the prefixes)
_FORMS = (
    (_BYLINES_CASE_BLIND, r"(?<=[\s,])", "[ :：]", re.IGNORECASE, "search"),
    (_BYLINES, "", "[ :：/／]", 0, "match"),
    (_CREDITS, "", r"(?:[ :：/／]|$)", 0, "match"),
    (_CREDITS, r"(?:^|\s)", "$", 0, "search"),
)


def _pieces() -> st.SearchStrategy[str]:
    """Texts built from the prefixes (whole, cut short, in other cases) and the
    characters around them, where the flat and trie forms could part."""
    prefixes = sorted(_BYLINES | _CREDITS)
    word = st.sampled_from(prefixes)
    return st.lists(
        st.one_of(
            word,
            word.map(str.upper),
            word.map(str.title),
            word.map(lambda prefix: prefix[:-1]),
            st.sampled_from([" ", ",", ":", "：", "/", "／", "\n", "12.03.2023", "Jane Doe", "ſ"]),
        ),
        max_size=8,
    ).map("".join)


_COMPILED = tuple(
    (
        re.compile(before + _flat(words) + after, flags),
        re.compile(before + longest_first_trie(words, flags) + after, flags),
        how,
    )
    for words, before, after, flags, how in _FORMS
)


@settings(max_examples=300, deadline=None)
@given(_pieces())
def test_the_trie_matches_what_the_flat_alternation_matches(text: str) -> None:
    for flat, trie, how in _COMPILED:
        assert _span(getattr(flat, how)(text)) == _span(getattr(trie, how)(text)), (text, how)


def test_names_uses_the_tries_with_the_same_results() -> None:
    line = "12.03.2023, 14:05 Uhr, ein Beitrag von Jane Doe"
    assert names.prefix_after_stamp(line) == "Jane Doe"
    assert names.strip_byline_prefix("Ein Gastbeitrag von: Jane Doe") == "Jane Doe"
    assert names.strip_byline_prefix("Posted by Jane Doe") == "Jane Doe"
    assert names.is_credit("Translated by Jane Doe")
    assert names.ends_in_credit("Photos by")


def test_the_longest_prefix_wins_and_gives_way_to_a_shorter_one() -> None:
    pattern = re.compile(longest_first_trie(frozenset({"von", "von der"})) + " ")
    assert pattern.match("von der Redaktion").group(0) == "von der "
    # ("von de" goes no further: back to "von", as the flat alternation does)
    assert pattern.match("von dem Autor").group(0) == "von "


def test_no_trie_where_two_branches_match_one_character() -> None:
    with pytest.raises(ValueError):
        longest_first_trie(frozenset({"post", "poſt"}), re.IGNORECASE)
    assert longest_first_trie(frozenset({"post", "poſt"})) == "po(?:st|ſt)"


_END_PIECES = st.lists(
    st.sampled_from([*".!?…。！？\"'’”»)）", " ", "\t", "\n", "\u2003", "\x1c", "a", "Wort", ":"]),
    max_size=8,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=6) | _END_PIECES, _END_PIECES)
def test_a_sentences_end_by_strips_is_the_patterns(head: str, tail: str) -> None:
    from articleclean.lexicon import SENTENCE_END as _SENTENCE_END
    from articleclean.lexicon import ends_a_sentence

    text = head + tail
    assert ends_a_sentence(text) == (_SENTENCE_END.search(text) is not None), text
