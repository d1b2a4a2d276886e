"""Text dumps copied from pages keep the characters a page prints as nothing (soft
hyphens, zero-width spaces): the rules read the words as printed, and the text comes out
as the HTML path gives it."""

from __future__ import annotations

from articleclean import clean_text

_PROSE = (
    "Die Bundes\xadregierung hat am Montag beschlossen, dass die Ener\xadgie\xadpreise im "
    "kommenden Jahr sinken sollen, teilte ein Sprecher in Berlin mit."
)
_SECOND = "Das ist der zweite Absatz mit vielen Wörtern, der auch etwas länger ist als nötig."


def _dump(*lines: str) -> str:
    return "\n\n".join(["Energiepreise sollen sinken", _PROSE, *lines, _SECOND]) + "\n"


def test_a_prompt_with_soft_hyphens_is_read_as_a_prompt() -> None:
    article = clean_text(_dump("Abon\xadnieren Sie unseren News\xadletter"))
    removed = {piece.text: piece.reason.value for piece in article.removed}
    assert removed == {"Abonnieren Sie unseren Newsletter": "promo"}


def test_a_zero_width_space_inside_a_prompt_does_not_hide_it() -> None:
    article = clean_text(_dump("Share this\u200b article"))
    assert [piece.text for piece in article.removed] == ["Share this article"]


def test_the_body_comes_out_without_the_soft_hyphens() -> None:
    article = clean_text(_dump())
    assert [block.text for block in article.body] == [_PROSE.replace("\xad", ""), _SECOND]


def test_the_zero_width_non_joiner_is_spelling_and_stays() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 " * 12
    article = clean_text(_dump(persian.strip()))
    assert any("\u200c" in block.text for block in article.body)


def test_a_line_of_a_zero_width_space_alone_is_accounted_for() -> None:
    article = clean_text(_dump("\u200b"))
    lines = [line for block in article.body for line in range(block.lines[0], block.lines[1] + 1)]
    lines += [
        line for piece in article.removed for line in range(piece.lines[0], piece.lines[1] + 1)
    ]
    assert 5 in lines
