"""Issue 14 and 15 audit (round 53): new dumps in languages the text fixtures covered once
or not at all (mr, ta, sw, hr, bg, bn, lt: `tests/fixtures/text/audit14i-*`) and pages in
languages the HTML fixtures lacked (ru, tr, vi, id, nl, cs, uk: `tests/fixtures/html/
audit15i-*`). Fixed here for reasons that carry across sites: the Tamil papers' dateline
("மதுரை, மார்ச் 6:"), the Marathi papers' spelling of the wires ("(पीटीआय)", "(वृत्तसंस्था)"),
a Turkish dateline's place in capitals ("İZMİR (AA) -": "İ" case-folds to "i" and a
combining dot, which the gazetteer's names lack), the credit words "छायाचित्र" (mr) and
"Nuotr." (lt, before the credit), the Marathi months ("एप्रिल"), Swahili's byline prefix
"Na" (in a Swahili document only), the Czech and Slovak CMSs' lead box ("perex"), and
phrases of seven languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import articleclean
from articleclean.names import is_known_place
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline

HTML = Path(__file__).parent / "fixtures" / "html"


@pytest.mark.parametrize(
    ("text", "location", "date", "agency"),
    [
        ("மதுரை, மார்ச் 6: உயர்நீதிமன்ற மதுரைக் கிளை ஜாமீன் மனுவை தள்ளுபடி செய்தது.", "மதுரை", "மார்ச் 6", None),
        ("சென்னை, 12 ஏப்ரல் – தமிழகத்தில் வெயில் அதிகரித்துள்ளது.", "சென்னை", "12 ஏப்ரல்", None),
        (
            "नवी दिल्ली, ५ मार्च (पीटीआय) : केंद्र सरकारने कांद्यावरील निर्यात शुल्क हटवले.",
            "नवी दिल्ली",
            "५ मार्च",
            "पीटीआय",
        ),
        (
            "पुणे, १२ एप्रिल (वृत्तसंस्था) – शहरात पाणीकपात जाहीर झाली.",
            "पुणे",
            "१२ एप्रिल",
            "वृत्तसंस्था",
        ),
    ],
)
def test_datelines_of_more_languages(
    text: str, location: str, date: str, agency: str | None
) -> None:
    found = match_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.agency) == (location, date, agency)


@pytest.mark.parametrize(
    "text",
    [
        # a Tamil place and a month with no day, or no colon or dash after the date
        "சென்னை, மார்ச் மாதத்தில் வெயில் அதிகரித்தது.",
        "சென்னை, மார்ச் 6 முதல் தேர்வுகள் நடைபெறும்.",
        # a Marathi place and date with no agency in brackets
        "मुंबई, ५ मार्च रोजी बैठक झाली.",
    ],
)
def test_no_dateline_without_its_parts(text: str) -> None:
    assert match_dateline(text) is None


def test_a_turkish_place_in_capitals_is_a_known_place() -> None:
    assert is_known_place("İZMİR".casefold())
    assert is_known_place("İSTANBUL".casefold())
    # the dot dropped, the name must still be in the list
    assert not is_known_place("İZMİRLİLER".casefold())


@pytest.mark.parametrize("place", ["DİYARBAKIR", "BALIKESİR", "KIRŞEHİR"])
def test_a_turkish_place_with_a_dotless_i_in_capitals_is_a_known_place(place: str) -> None:
    # beside a dotted "İ", the undotted "I" is the capital of "ı" ("Diyarbakır")
    assert is_known_place(place.casefold())


def test_the_dotless_i_is_read_so_only_beside_a_dotted_one() -> None:
    # without a dotted "İ" a name in capitals is not taken as Turkish
    assert not is_known_place("DIYARBAKIR".casefold())
    # and "ı" read as "i" must still give a name of the list
    assert not is_known_place("DİYARBAKIRLI".casefold())


def test_a_turkish_wire_dateline_under_the_dek_is_read() -> None:
    # under a short line (the page's spot, a subtitle) the place must be a known one
    dump = (
        "İzmir'de deprem tatbikatı yapıldı\n\n"
        "Okullar ve hastanelerde eş zamanlı tatbikat düzenlendi.\n\n"
        "İZMİR (AA) - İzmir'de okullar, hastaneler ve kamu binalarında 12 bin kişinin "
        "katılımıyla eş zamanlı deprem tatbikatı gerçekleştirildi. Valilik koordinasyonunda "
        "saat 10.00'da başlayan tatbikatta 7 büyüklüğünde deprem senaryosu uygulandı.\n\n"
        "AFAD ekipleri Bayraklı'daki bir binada enkaz altından yaralı kurtarma senaryosunu "
        "canlandırdı.\n"
    )
    article = articleclean.clean(dump)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("İZMİR", "AA")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "लासलगाव बाजार समितीत विक्रीसाठी आलेला कांदा. छायाचित्र: पीटीआय",
            "लासलगाव बाजार समितीत विक्रीसाठी आलेला कांदा.",
            "पीटीआय",
        ),
        (
            "Deklaraciją patogiausia pildyti sistemoje „Mano VMI“. Nuotr. Shutterstock",
            "Deklaraciją patogiausia pildyti sistemoje „Mano VMI“.",
            "Shutterstock",
        ),
        (
            "Vilniaus senamiestis žiemą. Nuotr.: Jonas Petrauskas",
            "Vilniaus senamiestis žiemą.",
            "Jonas Petrauskas",
        ),
        # the Lithuanian papers' other form, the word after the credit, as before
        (
            "Seimo posėdis. Žygimanto Gedvilos / BNS nuotr.",
            "Seimo posėdis.",
            "Žygimanto Gedvilos / BNS",
        ),
    ],
)
def test_credit_words_of_more_languages(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # the credit words in prose, with no credit after them
        "पुण्यात छायाचित्र प्रदर्शन भरले आहे.",
        "Nuotraukų paroda atidaroma Kaune.",
    ],
)
def test_credit_words_in_prose_credit_no_one(line: str) -> None:
    assert split_credit(line) is None


_SW_BODY = (
    "Simba SC imerejea kileleni mwa msimamo wa Ligi Kuu Tanzania Bara baada ya kuifunga "
    "Azam FC mabao 2-0 katika mchezo uliochezwa jana kwenye Uwanja wa Benjamin Mkapa.\n\n"
    "Mabao ya Simba yalifungwa na Leonel Ateba dakika ya 23 na Kibu Denis dakika ya 78, "
    "akimalizia pasi ya Jean Ahoua.\n\n"
    "Baada ya matokeo hayo, Simba imefikisha pointi 54 katika michezo 21, ikiwa mbele ya "
    "Yanga kwa tofauti ya mabao.\n"
)
_PT_BODY = (
    "O governo anunciou nesta terça-feira um novo plano de investimentos para as estradas "
    "do Nordeste, com obras previstas em seis estados até o fim do próximo ano.\n\n"
    "Segundo o ministro, as primeiras licitações serão abertas em maio e as obras devem "
    "começar no segundo semestre, depois das chuvas.\n\n"
    "Os governadores da região pediram que os recursos sejam liberados antes do prazo.\n"
)


def test_swahilis_byline_prefix_na_in_a_swahili_dump() -> None:
    article = articleclean.clean(
        "Simba yarejea kileleni baada ya kuichapa Azam 2-0\n\nNa Juma Mwinyi\n\n" + _SW_BODY
    )
    assert article.byline == ["Juma Mwinyi"]


def test_na_opens_no_byline_in_another_language() -> None:
    # Portuguese "Na" ("in the") before a place under a headline: no byline
    article = articleclean.clean(
        "Governo anuncia plano para estradas\n\nNa Bahia Azul\n\n" + _PT_BODY
    )
    assert article.byline == []


def test_the_czech_perex_box_is_the_lead() -> None:
    page = (HTML / "audit15i-cs-vysledky-voleb-senat.html").read_text(encoding="utf-8")
    article = articleclean.clean_html(page)
    assert article.paragraphs[0].startswith("První kolo doplňovacích voleb do Senátu")


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("Jiunge na chaneli yetu ya WhatsApp upate habari za michezo kila siku", "promo"),
        ("இந்தச் செய்தியைப் பகிரவும்", "promo"),
        ("வாட்ஸ்அப் சேனலில் இணைய இங்கே கிளிக் செய்யவும்", "promo"),
        ("ही बातमी शेअर करा", "promo"),
        ("ताज्या बातम्यांसाठी आमचे व्हॉट्सॲप चॅनेल फॉलो करा", "promo"),
        ("Dalintis straipsniu", "promo"),
        ("Užsiprenumeruokite mūsų naujienlaiškį", "promo"),
        ("এ বিষয়ে আরও পড়ুন", "related_teaser"),
        ("আমাদের নিউজলেটারে সাবস্ক্রাইব করুন", "promo"),
        ("Günün önemli haberleri e-posta kutunuza gelsin.", "promo"),
    ],
)
def test_phrases_of_more_languages(junk: str, reason: str) -> None:
    text = (
        "Vláda schválila peniaze na obnovu nemocníc\n\n"
        "Vláda na stredajšom rokovaní schválila 120 miliónov eur z plánu obnovy na "
        "modernizáciu deviatich regionálnych nemocníc, uviedol minister zdravotníctva.\n\n"
        f"{junk}\n\n"
        "Prvé zmluvy s nemocnicami chce rezort podpísať do konca apríla a všetky stavby "
        "musia byť podľa pravidiel plánu obnovy dokončené do augusta 2026.\n"
    )
    article = articleclean.clean(text)
    assert {r.text: r.reason.value for r in article.removed}.get(junk) == reason
