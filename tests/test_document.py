"""A text's key: what repeat detection compares, the same from a text as from a segment."""

from __future__ import annotations

import re

import pytest

from articleclean.document import Segment, key_of

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
