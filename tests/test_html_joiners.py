"""The zero-width joiner and non-joiner are spelling: an HTML page's text keeps them,
as trafilatura's extraction alone would not."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import articleclean
from articleclean.readers.html_joiners import holds_joiners, joiners_as_letters, restore

_VERB = "می\u200cخواهد"
_PROSE = (
    f"وزیر اقتصاد روز دوشنبه گفت که دولت {_VERB} قیمت\u200cها را در ماه\u200cهای آینده "
    "کاهش دهد و برنامه\u200cای تازه برای بازار ارائه می\u200cکند."
)
_SECOND = "او افزود که این برنامه از هفته آینده اجرا می\u200cشود و همه استان\u200cها را در بر می\u200cگیرد."
_FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"


def _page(prose: str = _PROSE, extra: str = "") -> str:
    return (
        '<html lang="fa"><head><title>خبرها</title></head><body><article>'
        f"<h1>دولت {_VERB} قیمت\u200cها را کاهش دهد</h1><p>{prose}</p>{extra}<p>{_SECOND}</p>"
        "</article></body></html>"
    )


def test_the_body_and_the_title_keep_the_non_joiner() -> None:
    article = articleclean.clean_html(_page())
    assert article.title == f"دولت {_VERB} قیمت\u200cها را کاهش دهد"
    assert [block.text for block in article.body] == [_PROSE, _SECOND]


def test_an_emoji_family_keeps_its_joiners() -> None:
    line = (
        f"Family: {_FAMILY} and the rest of this long paragraph of text that goes on for a while."
    )
    article = articleclean.clean_html(_page(extra=f"<p>{line}</p>"))
    assert line in [block.text for block in article.body]


def test_a_joiner_written_as_a_reference_is_kept() -> None:
    article = articleclean.clean_html(_page(prose=_PROSE.replace("\u200c", "&zwnj;")))
    assert article.body[0].text == _PROSE


def test_other_invisible_characters_still_go() -> None:
    article = articleclean.clean_html(_page(prose=_PROSE.replace("دوشنبه", "دو\xadشنبه")))
    assert article.body[0].text == _PROSE


def test_the_tree_is_as_it_was_after_the_extraction_however_it_ends() -> None:
    tree = lxml_html.fromstring(_page())
    before = lxml_html.tostring(tree, encoding="unicode")
    with pytest.raises(RuntimeError), joiners_as_letters(tree):
        assert "\u200c" not in tree.text_content()
        raise RuntimeError
    assert lxml_html.tostring(tree, encoding="unicode") == before


def test_a_page_printing_a_stand_in_letter_is_not_rewritten() -> None:
    # (its letters could not be told from the stand-ins after the extraction)
    assert holds_joiners(_page())
    assert not holds_joiners(_page() + "\ua4d0")
    assert not holds_joiners("<p>no joiner here</p>")
    assert restore("می\ua4d0خواهد") == _VERB
