"""ad_marker and media_placeholder: whole lines only, in many languages."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import CleanerConfig, Reason
from articleclean.document import Segment
from articleclean.rules.ads import ad_marker, media_placeholder
from articleclean.rules.base import BlockRule
from articleclean.rules.phrasebook import PhraseBook

CONTEXT = PhraseBook.for_config(CleanerConfig())

ARTICLE = """Harbour bridge to close for repairs next month

The harbour bridge will close to traffic for six weeks from next month while engineers replace corroded cables, the city council said on Tuesday.

{line}

Buses will run a shuttle service across the river every ten minutes, and ferries will add extra crossings during the morning and evening rush hours.
"""


def judged(rule: BlockRule, text: str) -> bool:
    return rule(Segment(text, (1, 1)), CONTEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Scroll to continue with content",
        "Sponsored",
        "Anzeige",
        "Publicité",
        "Publicidad",
        "Publicidade",
        "Pubblicità",
        "Реклама",
        "广告",
        "Iklan",
        "- Advertisement -",
    ],
)
def test_ad_marker_lines(line: str) -> None:
    assert judged(ad_marker, line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The advertisement campaign drew criticism from regulators.",
        "Advertisement revenue fell by a third in the first quarter.",
        "Die Anzeige gegen den Bürgermeister wurde inzwischen zurückgezogen.",
        "La publicité pour les paris sportifs sera encadrée plus strictement.",
        "La publicidad engañosa será sancionada con multas de hasta 100.000 euros.",
        "Реклама туристических направлений выросла вдвое, отметил министр.",
        "广告行业协会负责人表示，新规将带动户外广告设施的规范化改造。",
        "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30.",
        "Sponsored by the city, the festival drew 40,000 visitors.",
    ],
)
def test_sentences_about_advertising_are_content(sentence: str) -> None:
    assert not judged(ad_marker, sentence)
    article = articleclean.clean_text(ARTICLE.format(line=sentence))
    assert sentence in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Story continues after the advertisement",
        "Advertisement - Scroll to Continue",
        "ANZEIGE | Weiter im Text",
        "Weiterlesen nach der Anzeige",
        "La suite après cette publicité »",
        "Publicidad · Sigue leyendo abajo",
        "Annonce publicitaire",
        "Sponsored content",
    ],
)
def test_an_ad_with_a_notice_to_read_on_is_a_marker(line: str) -> None:
    assert judged(ad_marker, line)
    article = articleclean.clean_text(ARTICLE.format(line=line))
    assert [r.rule for r in article.removed] == ["ad_marker"]


@pytest.mark.parametrize(
    "line",
    [
        "The ad",  # no notice: a word of three letters says nothing
        "Die Werbung der Zukunft",  # a heading about advertising
        "Advertising continues to grow",
        "Sponsored by the city, the festival drew 40,000 visitors.",
        "Ad spending 2024",
    ],
)
def test_an_ad_word_among_other_words_is_no_marker(line: str) -> None:
    assert not judged(ad_marker, line)


def test_ad_marker_is_recorded_with_reason_and_rule() -> None:
    article = articleclean.clean_text(ARTICLE.format(line="ADVERTISEMENT"))
    assert [(r.reason, r.rule, r.text, r.lines) for r in article.removed] == [
        (Reason.AD_MARKER, "ad_marker", "ADVERTISEMENT", (5, 5))
    ]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "![](https://example.com/photo.jpg)",
        "![Flood waters](https://example.com/a.jpg) ![](https://example.com/b.jpg)",
        "[Image]",
        "(Video)",
        "[Foto]",
        "Image 1 of 12",
        "Foto 3 von 10",
        "Фото 2 из 8",
        "4/15",
        "Click to enlarge",
        "Bild vergrößern",
        "点击查看大图",
    ],
)
def test_media_placeholders(line: str) -> None:
    assert judged(media_placeholder, line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The image of the burning cathedral was shared millions of times.",
        "Photo finishes decided three of the five races on Saturday.",
        "The video showed the suspect leaving the building at 2 a.m.",
        "Das Foto zeigt den Kanzler beim Besuch in Kiew.",
        "The vote was 4/15 short of a majority in the second round.",
    ],
)
def test_media_words_in_sentences_are_content(sentence: str) -> None:
    assert not judged(media_placeholder, sentence)


@pytest.mark.parametrize("line", ["1/4", "3/4", "1/2", "2/3", "1/8", "24/7", "9 von 4"])
def test_fractions_and_numbers_past_their_total_are_no_counters(line: str) -> None:
    # A recipe's quantity in its own cell ("1/4" above "cup butter"), a phrase ("24/7").
    assert not judged(media_placeholder, line)


@pytest.mark.parametrize("line", ["1 von 17", "17 von 17", "1/43", "4/4", "2 of 8"])
def test_gallery_counters_up_to_their_total_are_placeholders(line: str) -> None:
    assert judged(media_placeholder, line)


def test_media_placeholder_removed_with_reason() -> None:
    article = articleclean.clean_text(ARTICLE.format(line="Image 1 of 12"))
    assert article.removed_by_reason() == {"media_placeholder": 1}
