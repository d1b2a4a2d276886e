"""A segment's derived forms: the fast paths for ASCII give what the general ones give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean.document import _TOPIC_WORD, content_words
from articleclean.lexicon import TOPIC_STOPWORDS

# Letters of both cases, digits, the underscore, spaces and punctuation (where a topic
# word starts and stops), and words (one a stopword) so that runs of four letters come often.
ASCII = st.lists(st.sampled_from([*"aAbBzZqQ09_ -.,'/", "this", "Haus"])).map("".join)


def general(text: str) -> frozenset[str]:
    """Topic words as the non-ASCII path finds them (Unicode classes, casefold per word)."""
    return frozenset(map(str.casefold, _TOPIC_WORD.findall(text))).difference(TOPIC_STOPWORDS)


@settings(max_examples=300, deadline=None)
@given(ASCII)
def test_ascii_topic_words_are_the_general_ones(text: str) -> None:
    assert content_words(text) == general(text)


def test_ascii_topic_words_on_lines() -> None:
    for text in (
        "Home",
        "Read more about the BUNDESLIGA_2024 season",
        "Abby Goodnough and Robert Pear report from Washington on the health-care bill. " * 3,
        "abc1defg h4ijk ____word____",
    ):
        assert content_words(text) == general(text)
