"""Round 37: the HTML hints stay linear on a page of thousands of boxed paragraphs
(issue 16). Round 36's `HintIndex._printed_outside` counted each boxed block's key in
the page's whole text, and `_boxes_with` searched the boxes' whole text for each block:
past `_SCANNED_BEFORE_INDEX` characters searched, both look keys up in an index of the
text's grams (`_SearchedText`), which must give the answers the searches give.

These tests read the new mechanism (`_SearchedText`, `_SCANNED_BEFORE_INDEX`): they fail
on main, where neither exists, and compare the index's answers with the searches'.
No timing is asserted; `bench.speed.run_linearity` times the page."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import articleclean
from articleclean.document import key_of
from articleclean.readers import html_hints
from articleclean.readers.html_hints import HintIndex, _SearchedText

_PARAGRAPHS = (
    "The valley's water board agreed on Thursday to rebuild the old weir below the mill, "
    "after two dry summers left the lower farms without enough water for their orchards.",
    "Engineers will start in April, once the spring floods have passed, and expect the work "
    "to take most of the summer; the footpath along the river stays open on weekdays.",
    "Farmers downstream said the plan came too late for this year's harvest but welcomed it.",
    "Ha ha ha ha ha ha ha ha ha ha ha ha, laughed the chairman, asked about the budget.",
    "The board will hold a public meeting in the village hall on the first Monday of March.",
)


def _page(copies: int) -> str:
    """An invented page: each paragraph `copies` times, each copy quoted in a share box
    with a short link, a box nested in another, a headline the boxes repeat."""
    parts = ["<html><head><title>Weir</title></head><body><article><h1>Weir to be rebuilt</h1>"]
    for number in range(copies):
        for index, text in enumerate(_PARAGRAPHS):
            parts.append(
                f"<p>{text}</p><div class='social-share'><blockquote>{text}</blockquote>"
                f"<a href='https://example.org/share?p={number}-{index}'>Share this</a></div>"
            )
        parts.append(
            "<div class='promo'><div class='share-box'><p>Weir to be rebuilt</p>"
            f"<p>{_PARAGRAPHS[1]}</p></div><p>Sign up for the valley newsletter</p></div>"
        )
    parts.append("</article></body></html>")
    return "".join(parts)


@pytest.mark.parametrize(
    "text",
    [
        "ab" * 40 + "x" + "ab" * 40,
        "hahahahaha" * 30,
        "thevalleyswaterboardagreed" * 5 + "\n" + "agreedonthursday" * 7,
        "",
    ],
)
def test_the_index_counts_as_str_count(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(html_hints, "_SCANNED_BEFORE_INDEX", -1)
    searched = _SearchedText(text)
    keys = {text[start : start + length] for start in range(0, 60, 7) for length in (20, 23, 41)}
    keys |= {"ab" * 10, "ha" * 10, "hahahahahahahahahahah", "agreedonthursdayagreed"}
    for key in sorted(keys):
        if len(key) < 20:
            continue
        assert searched.count(key) == text.count(key), key
        assert searched.indexed(key)
        places = [p for p in range(len(text)) if text.startswith(key, p)]
        assert searched.positions(key) == places
        spans = [(0, len(text) // 2), (len(text) // 3, len(text))]
        assert searched.count_in(key, spans) == sum(text.count(key, a, b) for a, b in spans)


def _all_hints(page: str) -> list[object]:
    tree = lxml_html.fromstring(page)
    index = HintIndex(tree)
    texts = [element.text_content() for element in tree.iter("p", "blockquote", "a", "h1")]
    return [(text, index.hints_for(text, "p", key_of(text))) for text in texts]


def test_the_hints_from_the_index_are_the_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(30)
    searched = _all_hints(page)
    assert any(hints.class_words for _, hints in searched)  # the boxes' own texts
    monkeypatch.setattr(html_hints, "_SCANNED_BEFORE_INDEX", -1)
    assert _all_hints(page) == searched


def test_a_page_of_many_boxed_paragraphs_reads_as_with_few(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(40)
    before = articleclean.clean_html(page).to_json()
    monkeypatch.setattr(html_hints, "_SCANNED_BEFORE_INDEX", -1)
    assert articleclean.clean_html(page).to_json() == before
    assert _PARAGRAPHS[0] in articleclean.clean_html(page).paragraphs
