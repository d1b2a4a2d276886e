"""A Chinese or Japanese <title> line over its headline's shorter form (round 49, issue 14
item 3; invented lines).

The <title> adds words around the headline without spaces ("時短でおいしい！<headline>の作り方
｜site"): its one part is one "word", so the shorter-form search by word spans found
nothing and the <title> line stayed the title. A run of its characters, at least a
quarter of them, printed on its own above the text is the headline."""

from __future__ import annotations

import articleclean

_TOP = [
    "忙しい平日の夕食にぴったり！フライパンで簡単、鮭ときのこのホイル焼きの作り方｜まいにちキッチン",
    "ホーム",
    "作り方",
    "特集",
    "ログイン",
]
_TEXT = [
    "鮭ときのこをアルミホイルで包んで焼くだけの、洗い物が少ない手軽な一品です。バターとしょうゆの香りが食欲をそそります。",
    "きのこは好みのものを二種類以上合わせると、うまみが増して味に深みが出ます。",
    "焼き上がったらホイルを開き、レモンを添えて熱いうちにいただきましょう。",
    "プライバシーポリシー",
]


def test_the_headline_printed_without_the_title_s_extra_words_is_the_title() -> None:
    # fails on main: the <title> line was the title, the headline a paragraph
    headline = ["鮭ときのこのホイル焼き", "2024年10月3日", "撮影：田中一郎"]
    article = articleclean.clean_text("\n".join([*_TOP, *headline, *_TEXT]))
    assert article.title == "鮭ときのこのホイル焼き"
    assert "まいにちキッチン" not in article.text
    assert "鮭ときのこのホイル焼き" not in article.text


def test_a_menu_item_the_title_also_prints_is_no_headline() -> None:
    # passes on main too: "作り方" (3 characters of the <title>'s 38) is a menu item, and
    # with no headline printed the <title> line stays the title
    article = articleclean.clean_text("\n".join([*_TOP, *_TEXT]))
    assert article.title.startswith("忙しい平日の夕食にぴったり！")
    assert article.title != "作り方"
