"""Japanese credits with joined roles (round 49, issue 14 item 4; invented lines).

Japanese magazines and recipe sites credit the author with the roles joined by "・"
before a full-width colon or slash ("料理・文：", "取材・文／", "文・写真："). Only "文："
and "記者：" were prefixes, and a name with a kana given name ("森川さやか") was no name
after one; the byline was a heading, and on a page the <title> line stayed the title
over the printed headline (`_headline_over_byline` looks for the byline under it)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.names import parse_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("料理・文：森川さやか", ["森川さやか"]),
        ("取材・文／山田太郎", ["山田太郎"]),
        ("文・写真：佐藤花子", ["佐藤花子"]),
        ("写真・文：中村 ゆかり", ["中村 ゆかり"]),
        ("文：小林まゆみ", ["小林まゆみ"]),
    ],
)
def test_a_role_joined_to_the_prefix_signs_the_author(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "写真：山田太郎",  # the photographer's credit alone
        "写真・撮影：山田太郎",  # roles joined, none the author's
        "料理：森川さやか",  # the cook, not the writer
        "作り方：フライパンで焼く",  # a label and its text
    ],
)
def test_roles_without_the_authors_are_no_byline(line: str) -> None:
    # passes on main too: guards the joined roles, which need "文" or "記者" among them
    assert parse_byline(line) is None


_PAGE = [
    "時短でおいしい！鮭ときのこのホイル焼きの作り方｜まいにちキッチン",
    "ホーム",
    "レシピ",
    "特集",
    "ログイン",
    "鮭ときのこのホイル焼き",
    "取材・文／高橋みなみ",
    "鮭ときのこをアルミホイルで包んで焼くだけの、洗い物が少ない手軽な一品です。バターとしょうゆの香りが食欲をそそります。",
    "きのこは好みのものを二種類以上合わせると、うまみが増して味に深みが出ます。",
    "焼き上がったらホイルを開き、レモンを添えて熱いうちにいただきましょう。",
    "プライバシーポリシー",
]


def test_the_printed_headline_over_a_joined_credit_is_the_title() -> None:
    # fails on main: the <title> line was the title and the credit a heading
    article = articleclean.clean_text("\n".join(_PAGE))
    assert article.title == "鮭ときのこのホイル焼き"
    assert article.byline == ["高橋みなみ"]
    assert "まいにちキッチン" not in article.text
