"""One list of the channels a share or follow bar names (`lexicon.SHARE_CHANNELS`), read
by both readings of a share bar: `share_row` (a browser's row of them) and `promo_shape`
/ `promo_prompt` (`promos._CHANNEL`, a row under a share verb, a prompt naming where to
go). Round 58: each reading had its own list, and each lacked channels the other had."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig
from articleclean.lexicon import SHARE_CHANNELS
from articleclean.rules.promos import _CHANNEL

_PROSE = (
    "Lawmakers approved the measure late on Tuesday after a week of talks that ran past "
    "two deadlines and kept the chamber in session over the weekend.\n\n"
    "The bill keeps agencies funded until March and adds money for disaster relief in "
    "the states hit by this summer's floods.\n\n"
    "It now goes to the president, who has said he will sign it.\n"
)
_TITLE = "Congress passes a stopgap bill to keep agencies open\n\n"


def _rules(article: articleclean.Article, text: str) -> list[str]:
    return [r.rule for r in article.removed if r.text == text]


def test_every_share_channel_is_a_channel_of_the_prompts() -> None:
    # guard: the prompts' pattern is built from the one list (fails if `_CHANNEL` is
    # written out again without a channel `share_row` reads)
    for channel in SHARE_CHANNELS:
        assert _CHANNEL.fullmatch(channel) is not None, channel
        assert _CHANNEL.fullmatch(channel.capitalize()) is not None, channel


@pytest.mark.parametrize("line", ["Share on Reddit", "Share this with Messenger"])
def test_a_request_to_share_on_a_network_only_the_browser_list_had_is_a_prompt(
    line: str,
) -> None:
    # fails on main: `_CHANNEL` lacked Reddit, Messenger, Xing and Tumblr, which
    # `share_row`'s list had
    article = articleclean.clean(_TITLE + _PROSE.replace("\n\n", "\n\n" + line + "\n\n", 1))
    assert _rules(article, line) == ["promo_prompt"], line


def test_a_browsers_bare_follow_row_is_a_share_row() -> None:
    # fails on main: `share_row`'s list lacked Instagram and YouTube, which the prompts'
    # pattern had, so a follow bar printed bare stayed in the article
    row = "Facebook Instagram YouTube"
    article = articleclean.Cleaner(CleanerConfig(markup="text_browser")).clean_text(
        _TITLE + _PROSE.replace("\n\n", "\n\n" + row + "\n\n", 1)
    )
    assert _rules(article, row) == ["share_row"]
