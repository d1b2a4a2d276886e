"""Round 49 (issue 14, the strict xfails): a masthead in a script without capitals after
the title's spaced hyphen ("… - 信濃日報デジタル"), read by its character pairs as a
capitalised name is read by its words.

Invented wording: no page of webeval."""

from __future__ import annotations

import pytest

import articleclean

_HEADLINE = "東京で桜が開花 平年より5日早く 気象庁"
_TEXT = [
    "【東京共同】気象庁は24日、東京都心で桜が開花したと発表した。平年より5日早く、"
    "昨年より2日遅い。標本木で5、6輪以上の花が咲いているのを職員が確認した。",
    "気象庁によると、今月に入って気温の高い日が続いたことで、つぼみの成長が早まった。"
    "満開は1週間から10日ほど後になる見通し。",
]


def _title(title: str) -> str | None:
    article = articleclean.clean_text("\n\n".join([title, *_TEXT]), detect_language=False)
    return article.title


def test_a_name_the_text_never_uses_comes_off() -> None:
    assert _title(_HEADLINE + " - 北信毎朝デジタル") == _HEADLINE


@pytest.mark.parametrize(
    "last",
    [
        "標本木を確認",  # the text holds its character pairs: the headline's own
        "北信の山あいでは来月に入ってから見頃を迎える",  # too long for a masthead
        "北信毎朝デジタル)",  # a bracket's end: the part is inside one, no masthead
    ],
)
def test_other_last_parts_stay(last: str) -> None:
    assert _title(f"{_HEADLINE} - {last}") == f"{_HEADLINE} - {last}"
