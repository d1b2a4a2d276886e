"""A text's key: what repeat detection compares, the same from a text as from a segment."""

from __future__ import annotations

import re

import pytest

from articleclean.document import Segment, SpecificWords, key_of

# The key's definition: the case-folded text without any non-word character or "_".
_NON_WORD = re.compile(r"[\W_]+")

TEXTS = [
    "Read more: Harbour bridge to close",
    "  Share_this   story!  ",
    "Die Straße über die Brücke – gesperrt.",
    "İstanbul'da köprü kapanıyor",
    "ΣΊΣΥΦΟΣ και η γέφυρα",
    "Мост закроют на шесть недель",
    "港口大桥将关闭六周。",
    "ﬁne ﬀ x² ١٢٣ Ⅻ a\u0301b",
    "\u00a0x\u2003y\t",
    "",
    "—",
]


@pytest.mark.parametrize("text", TEXTS)
def test_key_of_a_text_is_its_segments_key(text: str) -> None:
    assert key_of(text) == Segment(text, None).key == _NON_WORD.sub("", text.casefold())


def test_texts_that_differ_only_in_case_spaces_and_punctuation_share_a_key() -> None:
    assert key_of("Read more: Harbour bridge") == key_of("READ MORE — harbour-bridge!")
    assert key_of("Read more") != key_of("Read mode")


# SpecificWords: which shared words are topic evidence, learnt from the document alone.
SPECIFIC = {
    "en": (
        [
            "The harbour bridge will close for six weeks, the council said, and the right "
            "lane stays open to traffic from the region.",
            "Engineers from Carrow will replace the cables of the bridge while buses run.",
        ],
        ["bridge", "carrow", "engineers"],  # in two paragraphs; a name; long
        ["right", "region", "lane"],  # short, lower case, once
    ),
    "de": (
        [
            "Die Brücke wird für sechs Wochen gesperrt; dazu fahren alle zehn Minuten Busse "
            "über den Fluss, teilte die Stadt mit.",
            "Die Seile der Hafenanlage tauscht eine Firma aus Kiel, sagte die Stadt.",
        ],
        ["brücke", "stadt", "hafenanlage", "kiel"],  # nouns and names; long
        ["dazu", "alle", "sagte"],
    ),
}


@pytest.mark.parametrize("language", sorted(SPECIFIC))
def test_specific_words_are_the_article_s_own_not_its_language_s(language: str) -> None:
    prose, own, common = SPECIFIC[language]
    specific = SpecificWords([Segment(text, None) for text in prose], [*own, *common])
    assert [w for w in own if specific(w)] == own
    assert [w for w in common if specific(w)] == []


def test_headlines_and_short_lines_teach_no_specific_word() -> None:
    # A headline capitalises its words in English; a short line is no prose to learn from.
    specific = SpecificWords(
        [Segment("Right Whales Return To The Region", None)], ["right", "region"]
    )
    assert not specific("right") and not specific("region")
