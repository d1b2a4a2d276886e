"""Turkish and Azerbaijani list words printed in capitals (round 64, noisejunk).

A dotless "ı" is printed "I" in capitals, and "I" case-folds to "i": "REKLAM – DEVAMI
İÇİN KAYDIRIN" reached the ad notice's words as "devami", and "BUNLARI DA OKUYUN" the
teaser headings as "bunlari da okuyun", neither of them the lists' spelling ("devamı",
"bunları da okuyun"), while the same lines in lower case went. Sites print such labels
in capitals as often as not. Each list form holding "ı" now has its twin with "i"
(`lexicon.with_capital_i_folds`).
"""

from __future__ import annotations

import pytest

import articleclean

_BEFORE = (
    "Belediye meclisi perşembe günü gelecek yılın bütçesini uzun bir tartışmanın ardından "
    "kabul etti. Bütçenin büyük bölümü okulların onarımına ve yeni tramvay hatlarına ayrıldı."
)
_AFTER = (
    "Muhalefet üyeleri, planın belediye çalışanlarına zam öngörmediğini ve yeterli sosyal "
    "konut içermediğini söyleyerek karşı oy kullandı."
)


def _between(line: str) -> str:
    return f"{_BEFORE}\n\n{line}\n\n{_AFTER}\n"


def _fate(line: str) -> str:
    article = articleclean.clean(_between(line))
    if line in [block.text for block in article.body]:
        return "body"
    return {r.text: r.reason.value for r in article.removed}.get(line, "?")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("REKLAM – DEVAMI İÇİN KAYDIRIN", "ad_marker"),
        ("REKLAM · YAZININ DEVAMI AŞAĞIDA", "ad_marker"),
        ("HABERİN DEVAMI AŞAĞIDA · REKLAM", "ad_marker"),
        ("BUNLARI DA OKUYUN", "related_teaser"),
        ("ÖNE ÇIKANLAR", "related_teaser"),
    ],
)
def test_a_listed_label_in_capitals_goes(line: str, reason: str) -> None:
    assert _fate(line) == reason
    # (and in lower case, as before)
    assert _fate(line.replace("I", "ı").replace("İ", "i").lower()) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        # capitals of a sentence holding the words: no label, it stays
        "BELEDİYE MECLİSİ REKLAM PANOLARININ KALDIRILMASINA KARAR VERDİ",
        "Reklam panolarının yazının devamı gibi okunması eleştirildi, dedi.",
    ],
)
def test_prose_in_capitals_stays(sentence: str) -> None:
    assert _fate(sentence) == "body"


def test_twins_hold_the_capitals_fold_only() -> None:
    from articleclean.lexicon import with_capital_i_folds

    assert with_capital_i_folds(["devamı", "reklam"]) == ("devamı", "reklam", "devami")
    assert with_capital_i_folds(["ən çox oxunanlar"]) == ("ən çox oxunanlar",)


@pytest.mark.parametrize(
    "line", ["HAZIRLAYAN: MEHMET KAYA", "HAZIRLAYAN: Mehmet Kaya", "Hazırlayan: Mehmet Kaya"]
)
def test_a_byline_prefix_in_capitals_opens_the_byline(line: str) -> None:
    # the byline lists missed the twins: "HAZIRLAYAN" folds to "hazirlayan", not the
    # list's "hazırlayan", and the names were read as no byline
    from articleclean.names import parse_byline

    assert parse_byline(line) == ["Mehmet Kaya"]


def test_a_dumps_byline_in_capitals_names_the_author() -> None:
    dump = f"Belediye bütçeyi kabul etti\n\nHAZIRLAYAN: MEHMET KAYA\n\n{_BEFORE}\n\n{_AFTER}\n"
    article = articleclean.clean_text(dump)
    assert article.byline == ["Mehmet Kaya"]
