"""The publication stamp printed right above the byline (`byline_date_stamp`): the Korean
and Japanese papers' "입력 2025.03.05 06:00 수정 …" and "2025年3月4日 07:00" over the
reporter's name. Above the byline only a stamp with its time of day or its label goes: a
date alone there may open the text (an open letter's date over its signatories, round 28)."""

from __future__ import annotations

import pytest

import articleclean

_JA = (
    "【レビュー】新型イヤホンの実力を検証",
    "文：佐藤健一",
    "ソノラが2月に発売した完全ワイヤレスイヤホンを2週間使ってみた。実売価格は34,800円前後で、"
    "前モデルから約3,000円の値上げとなる。",
    "最大の進化点はノイズキャンセリングで、電車の走行音のような低い音はほぼ聞こえなくなった。"
    "一方で、人の話し声などの中高域は前モデルとの差が小さい。",
)
_KO = (
    "[인터뷰] 첫 장편 낸 소설가 박서연",
    "이지은 기자",
    "데뷔 8년 만에 첫 장편소설을 펴낸 소설가 박서연은 전남 신안의 작은 섬에서 1년을 살며 이 "
    "소설을 썼다.",
    "출간 한 달 만에 3쇄를 찍은 그를 지난달 28일 서울에서 만났다. 그는 다음 작품도 섬 이야기가 "
    "될 것이라고 말했다.",
)
_EN = (
    "A headline about the clinic scheme",
    "By Jane Doe",
    "The council voted on Tuesday to extend the scheme for another two years after a review "
    "found that it had cut waiting times at every clinic in the district.",
    "Officials said the money would come from the regional budget and that no clinic would "
    "close while the scheme was being reviewed again next spring.",
)


def _with_stamp(lines: tuple[str, ...], stamp: str, *, below: bool = False) -> str:
    title, byline, *prose = lines
    head = [title, byline, stamp] if below else [title, stamp, byline]
    return "\n\n".join([*head, *prose]) + "\n"


def _stamps_removed(text: str) -> list[str]:
    return [r.text for r in articleclean.clean_text(text).removed if r.rule == "byline_date_stamp"]


@pytest.mark.parametrize(
    ("lines", "stamp"),
    [
        (_JA, "2025年3月4日 07:00"),
        (_JA, "2025年3月4日(火) 7時00分"),
        (_JA, "2025/03/04 07:00"),
        (_KO, "입력 2025.03.05 06:00 수정 2025.03.05 09:12"),
        (_KO, "입력 2025.03.05. 오전 6:00 수정 2025.03.05. 오전 9:12"),
        (_KO, "기사입력 2025-03-05 06:00"),
        (_EN, "March 12, 2024, 10:30"),
        (_EN, "Published: March 12, 2024"),
    ],
)
def test_stamp_with_its_time_or_label_above_the_byline(lines: tuple[str, ...], stamp: str) -> None:
    text = _with_stamp(lines, stamp)
    article = articleclean.clean_text(text)
    assert _stamps_removed(text) == [stamp]
    assert article.byline  # (the byline is still read under it)
    assert all(stamp not in block.text for block in article.body)


@pytest.mark.parametrize(
    ("lines", "stamp"), [(_JA, "2025年3月4日"), (_KO, "2025.03.05"), (_JA, "2025/03/04 07:00")]
)
def test_year_first_stamp_below_the_byline(lines: tuple[str, ...], stamp: str) -> None:
    assert _stamps_removed(_with_stamp(lines, stamp, below=True)) == [stamp]


@pytest.mark.parametrize(
    ("lines", "date"), [(_EN, "12 March 2025"), (_EN, "March 12, 2024"), (_JA, "2025年3月4日")]
)
def test_date_without_time_or_label_above_the_byline_stays(
    lines: tuple[str, ...], date: str
) -> None:
    # An open letter's date over its signatories: no hour, no label, and kept.
    text = _with_stamp(lines, date)
    assert _stamps_removed(text) == []
    assert date not in [r.text for r in articleclean.clean_text(text).removed]
