"""Round 49 (issues 14 and 15, the strict xfails): the reporters a CJK wire's dateline
names, and a Korean reporter's sign-off with an e-mail address under the article.

Invented wording: names, places and addresses of no page of webeval."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import dateline_reporters
from articleclean.rules.datelines import match_dateline
from articleclean.rules.structure import _signed_address

_ZH_STORY = (
    "当地农业部门组织技术人员深入田间地头，指导农民做好病虫害防治工作。"
    "今年全省夏粮播种面积稳中有增，苗情总体好于去年同期。"
)
_KO_STORY = (
    "시는 올해 하반기부터 수상버스를 정식 운항하고 선착장 일곱 곳을 새로 만들 계획이라고 밝혔다."
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("新华社郑州5月10日电（记者 刘晓宇 王蕾）" + _ZH_STORY, ["刘晓宇", "王蕾"]),
        ("中新网北京3月2日电 (记者 张三)" + _ZH_STORY, ["张三"]),
        ("本报上海3月2日讯（记者 陈静、周凯）" + _ZH_STORY, ["陈静", "周凯"]),
        ("新华社北京5月10日电（记者 张伟 通讯员 李娜）" + _ZH_STORY, ["张伟", "李娜"]),
        ("(부산=연합뉴스) 박지훈 기자 = " + _KO_STORY, ["박지훈"]),
        ("(서울=뉴스1) 박지훈 최은정 기자 = " + _KO_STORY, ["박지훈", "최은정"]),
        ("[대전=뉴시스] 박지훈 기자 = " + _KO_STORY, ["박지훈"]),
        ("(워싱턴=연합뉴스) 박지훈 특파원 = " + _KO_STORY, ["박지훈"]),
    ],
)
def test_the_dateline_names_its_reporters(text: str, names: list[str]) -> None:
    found = match_dateline(text)
    assert found is not None
    assert dateline_reporters(found.text) == names
    # the paragraph keeps none of it
    assert not any(name in text[len(found.text) :] for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京5月10日电 " + _ZH_STORY,  # no reporter
        "新华社北京5月10日电（记者刘晓宇王蕾）" + _ZH_STORY,  # five unspaced: not split
        "(부산=연합뉴스) " + _KO_STORY,
    ],
)
def test_a_dateline_without_spaced_reporters_names_nobody(text: str) -> None:
    found = match_dateline(text)
    assert found is not None
    assert dateline_reporters(found.text) == []


def test_a_square_bracket_without_a_reporter_is_a_credit_not_a_dateline() -> None:
    assert match_dateline("[사진=뉴시스] " + _KO_STORY) is None


def test_the_dateline_reporters_are_the_byline_when_no_line_gives_one() -> None:
    text = "\n\n".join(
        [
            "수상버스 연말 정식 운항…선착장 7곳 신설",
            "(부산=연합뉴스) 박지훈 기자 = " + _KO_STORY,
            '시 관계자는 "바다를 교통수단으로 활용해 도심의 교통 혼잡을 줄이겠다"고 말했다.',
        ]
    )
    article = articleclean.clean_text(text, detect_language=False)
    assert article.byline == ["박지훈"]
    assert article.paragraphs[0] == _KO_STORY


def test_a_byline_line_wins_over_the_dateline_reporters() -> None:
    text = "\n\n".join(
        [
            "河南小麦进入灌浆期 各地加强田间管理",
            "作者：赵强",
            "新华社郑州5月10日电（记者 刘晓宇 王蕾）" + _ZH_STORY,
            "气象部门预计，本月中下旬大部分地区气温偏高，降水偏少，农民要及时浇好灌浆水。",
        ]
    )
    article = articleclean.clean_text(text, detect_language=False)
    assert article.byline == ["赵强"]


@pytest.mark.parametrize(
    "text",
    [
        "박지훈 기자 jhpark@example.co.kr",
        "박지훈·최은정 기자 jhpark@example.co.kr",
        "박지훈 기자(jhpark@example.co.kr)",
        "Jane Doe, Reporter jdoe@example.com",
    ],
)
def test_a_name_and_role_before_an_address_is_a_sign_off(text: str) -> None:
    assert _signed_address(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe jdoe@example.com",  # no role: a contact block's line
        "기자 jhpark@example.co.kr",  # a role and no name
        "Write to the newsroom at desk@example.com",
        "jhpark@example.co.kr",  # the address alone: `_ADDRESS_ALONE`'s
    ],
)
def test_other_lines_with_an_address_are_no_sign_off(text: str) -> None:
    assert not _signed_address(text)


def test_the_sign_off_under_the_last_paragraph_is_removed() -> None:
    last = "박지훈 기자 jhpark@example.co.kr"
    text = "\n\n".join(
        [
            "수상버스 연말 정식 운항…선착장 7곳 신설",
            _KO_STORY,
            '시 관계자는 "바다를 교통수단으로 활용해 도심의 교통 혼잡을 줄이겠다"고 말했다.',
            last,
        ]
    )
    article = articleclean.clean_text(text, detect_language=False)
    assert last not in article.paragraphs
    assert [r.rule for r in article.removed if r.text == last] == ["closing_address"]
