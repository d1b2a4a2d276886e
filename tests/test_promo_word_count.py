"""`promos._words` counts the words holding a letter or a digit; its fast path (the
word's own `isalnum`) must count what a look at each character counts (guards: they
fail if the fast path ever takes or drops a word the characters would not)."""

from __future__ import annotations

import pytest

from articleclean.rules.promos import _words


def _by_characters(text: str) -> int:
    return sum(1 for word in text.split() if any(char.isalnum() for char in word))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "» Mehr lesen ›",
        "Teilen | Drucken · Mailen",
        "— · —",
        "a_b __ _",
        "①② ½ Ⅻ x² ٣ كتب",
        "🙂 👍 Like",
        "e\u0301t\u00e9 \u0301",
        "\u200b zero\u200bwidth",
        "Jetzt   den Newsletter   abonnieren!",
        "日本語のテキスト 共有する",
        "Straße ﬁnden „Zitat“ (2025)",
        "#1 Kommentar von Naru-chan",
    ],
)
def test_word_count_matches_a_look_at_each_character(text: str) -> None:
    assert _words(text) == _by_characters(text)
