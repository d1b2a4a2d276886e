"""Issue 14 audit (round 49): new dumps in languages the fixtures cover thinly (th, ja, ko,
ar, tr, vi, hi, el, he; `tests/fixtures/text/audit14e-*`, and four pages in
`tests/fixtures/html/audit15e-*`). On main dc2fe35 11 of the 12 dumps and 3 of the 4
pages failed. Fixed here for reasons that carry across sites: Turkish "İ" folded into "i"
and a combining dot, so "İlgili Haberler" matched no phrase; Greek in capitals drops its
accents ("ΔΙΑΦΗΜΙΣΗ"), which the folded phrase kept; no phrase of Thai was listed, nor
Turkish and Arabic ad markers and prompts; the Hindi wires' dateline without a dash
("नागपुर, 2 मार्च (भाषा) …") and the Thai wires' ("กรุงเทพฯ 5 มี.ค.- …"); the credits
"（撮影：Name）", "사진=Agency", "/사진=Name 기자" and Thai's "… ภาพ: Name"; the Korean
byline "이지은 기자" (names, then the job); Thai names after "โดย"; Turkish stamp labels."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.document import phrase_form
from articleclean.lexicon import DATE_ALONE
from articleclean.names import parse_byline
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("İlgili Haberler", "ilgili haberler"),
        ("İSTANBUL", "istanbul"),
        ("ΔΙΑΦΗΜΙΣΗ", "διαφημιση"),
        ("Διαφήμιση", "διαφημιση"),
        ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "διαβαστε επισησ"),
    ],
)
def test_both_cases_of_a_word_fold_alike(text: str, form: str) -> None:
    assert phrase_form(text) == form


def test_turkish_and_greek_capitals_meet_their_phrases() -> None:
    text = (
        "Borsa günü yükselişle tamamladı\n"
        "Endeks dünkü kapanışa göre 120,17 puan artarken, toplam işlem hacmi 98,6 milyar lira "
        "seviyesinde gerçekleşti ve bankacılık endeksi yüzde 2,35 değer kazandı.\n"
        "ΔΙΑΦΗΜΙΣΗ\n"
        "Analistler, yurt içinde yarın açıklanacak enflasyon verileri ile yurt dışında "
        "ABD'deki tarım dışı istihdam verilerinin takip edileceğini belirtti.\n"
        "İlgili Haberler\n"
    )
    article = articleclean.clean(text)
    removed = {r.text: r.rule for r in article.removed}
    assert removed.get("ΔΙΑΦΗΜΙΣΗ") == "ad_marker"
    assert removed.get("İlgili Haberler") == "teaser_heading"


@pytest.mark.parametrize(
    ("text", "location", "date", "agency"),
    [
        ("नागपुर, 2 मार्च (भाषा) विदर्भ ने रविवार को खिताब जीता।", "नागपुर", "2 मार्च", "भाषा"),
        ("नई दिल्ली, 12 मार्च (आईएएनएस)। सरकार ने बुधवार को कहा।", "नई दिल्ली", "12 मार्च", "आईएएनएस"),
        ("मुंबई, 4 मार्च (भाषा) - मुंबई में बारिश हुई।", "मुंबई", "4 मार्च", "भाषा"),
        ("กรุงเทพฯ 5 มี.ค.- ตลาดหุ้นไทยปิดวันนี้ที่ 1,198.45 จุด", "กรุงเทพฯ", "5 มี.ค.", None),
    ],
)
def test_hindi_and_thai_wire_datelines(
    text: str, location: str, date: str, agency: str | None
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.agency) == (location, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that names no wire: a weekday after a date in a sentence
        "मैंने कहा, 2 मार्च (शनिवार) को सब आएंगे।",
        # a Thai word and a number that are no month
        "ราคาทอง 5 บาท- ปรับขึ้นวันนี้",
    ],
)
def test_no_dateline_without_a_wire_or_a_month(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "ソノラの完全ワイヤレスイヤホン「AirWave Pro 3」（撮影：佐藤健一）",
            "ソノラの完全ワイヤレスイヤホン「AirWave Pro 3」",
            "佐藤健一",
        ),
        (
            "소설가 박서연이 카페에서 인터뷰하고 있다. /사진=최현우 기자",
            "소설가 박서연이 카페에서 인터뷰하고 있다.",
            "최현우 기자",
        ),
        (
            "시민들이 눈을 맞으며 출근하고 있다. 사진=연합뉴스",
            "시민들이 눈을 맞으며 출근하고 있다.",
            "연합뉴스",
        ),
        (
            "บรรยากาศการซื้อขายหุ้นที่ตลาดหลักทรัพย์ ภาพ: สำนักข่าวไทย",
            "บรรยากาศการซื้อขายหุ้นที่ตลาดหลักทรัพย์",
            "สำนักข่าวไทย",
        ),
    ],
)
def test_japanese_korean_and_thai_credits(text: str, caption: str, credit: str) -> None:
    assert split_credit(text) == (caption, credit)


def test_a_thai_word_ending_in_the_label_is_no_credit() -> None:
    # "สุขภาพ" (health) ends in the letters of "ภาพ" (picture)
    assert split_credit("สุขภาพ: ดูแลตัวเองในหน้าร้อน") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("이지은 기자", ["이지은"]),
        ("김민수·박서연 기자", ["김민수", "박서연"]),
        ("정다은 특파원", ["정다은"]),
        ("โดย พิมพ์ชนก ศรีสุข", ["พิมพ์ชนก ศรีสุข"]),
    ],
)
def test_korean_and_thai_bylines(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # the closing sign-off with the address: audit15c-ko's case, left as it was
        "이지은 기자 jieun@hanguriilbo.co.kr",
        # a one-letter name is a word ("this reporter")
        "이 기자",
        # more words than names and the job
        "경찰은 현장에 있던 기자",
    ],
)
def test_no_korean_byline_beyond_names_and_job(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    "text", ["Yayınlanma: 3 Mart 2025", "Güncelleme: 05.03.2025 14:20", "Yayın tarihi: 3 Mart 2025"]
)
def test_turkish_stamp_labels(text: str) -> None:
    assert DATE_ALONE.match(text)
