from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# The property tests run the same examples every time (derived from each test, not drawn
# at random), so a run on an unchanged commit cannot turn red because a random search met
# an old failure that day. `pytest --hypothesis-profile=explore` searches afresh; each
# failure it finds becomes an @example of its test.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parent.parent / "examples" / "cgtn-cyberspace-white-paper.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# Fixtures of the issue-14 and issue-15 audits (rounds 26-28, 49, 50) that still fail, kept as
# strict xfails with the reason (a fix makes them pass, and the xfail then fails until it
# is taken off here).
_XFAIL_FIXTURES = {
    "audit14c-it-page-recensione.txt": (
        "'Scheda tecnica', 'Pro' and 'Contro' (short labels over their lists) stay body "
        "lines, not headings, and 'Base di svuotamento venduta a parte' (the last 'Contro' "
        "row) becomes a heading (outside_article no longer cuts the lists, round 49 checked)"
    ),
    "audit14-en-india-trade-talks.txt": (
        "the closing app promo ('Catch all the Business News … Download The App …') stays "
        "in the body (promo phrasing, closing_runs.py/promos.py): round 57's channel "
        "sentence of up to 16 words to the reader wants the action first, and 'Catch all "
        "…' opens with none ('download our free app' as a phrase removed the body line "
        "glued above such a line in 2 tune shape dumps, round 49)"
    ),
    "audit15c-fr-liveblog-posts.html": (
        "trafilatura puts a card of the 'À lire aussi' section below the article at the top "
        "of its text (heading and blurb) and another card's blurb at the end; the card above "
        "then stops the byline search before 'Par Julie Bernard et Karim Benali', so the meta "
        "author (the site's name) stays the byline; the dates' label 'Publié le · Mis à jour "
        "le' (the <time> texts dropped) is fixed since round 58 (html_stamp_row_rest)"
    ),
    # Round 49's audit (audit14e-*): what stays wrong, each with its cause.
    "audit14e-ar-page-bayan-sahafi.txt": (
        "the picture's bracketed source '(المصدر: …)' is no credit form (a source label needs "
        "a picture agency or a person's name after it; here the caption repeats the picture's "
        "title above it, evidence no credit form reads); the media contact under the 'About' "
        "paragraph stays since round 54 (press_contact_block)"
    ),
    "audit14e-th-page-tna-hoon.txt": (
        "the dateline 'กรุงเทพฯ 5 มี.ค.-' (a pattern now) is not read under the page's date "
        "stamp kept above it: under short lines a dateline's place must be in the gazetteer, "
        "which holds no Thai names (make_places adds local names of cased scripts only)"
    ),
    # Round 51's audit (audit14g-*, audit15g-*): what stays wrong, each with its cause.
    "audit14g-mk-page-vo-zhivo-izbori.txt": (
        "the byline 'Ивана Стојановска' under the headline stays unread: 'ивана' is no known "
        "given name (the list holds Russian and Ukrainian Cyrillic forms, few Macedonian or "
        "Serbian ones); a bare Cyrillic name with a known given name is read since round "
        "51, and the live blog's last time stamp '19:05' is kept"
    ),
    # Round 52's audit (audit14h-*, audit15h-*): what stays wrong, each with its cause.
    "audit14h-ml-page-anusmaranam-ezhuthukaran.txt": (
        "the bare byline 'അനൂപ് മേനോൻ' under the headline stays unread (outside_article "
        "removes it): a bare name in a script without capitals is read since round 56 "
        "(structure._uncased_byline) when its first word is a known given name or the "
        "writer's note at the foot opens with it; here neither: Faker, the given-names "
        "list's source, has no Malayalam names, and no note stands at the foot; the "
        "phrases, the credit 'ഫോട്ടോ:' and the Indic names after a prefix are fixed"
    ),
    # Round 54's audit (audit14j-*, audit15j-*): what stays wrong, each with its cause.
    "audit14j-th-rakha-thong-wanni.txt": (
        "the stamp '7 มี.ค. 2568 09:45 น.' under the headline stays (no Thai month or Buddhist "
        "year is a known date, and a stamp under the headline with no byline next to it stays "
        "in English too: '7 March 2025 09:45'); the LINE follow prompt is no known phrase; the "
        "picture's title 'ร้านทองเยาวราช' over its caption goes since round 59 (picture_title)"
    ),
    # Round 55's audit (audit14k-*, audit15k-*): what stays wrong, each with its cause.
    "audit14k-am-ena-tena-tabiyawoch.txt": (
        "the newsletter prompt 'ለዕለታዊ ዜናዎቻችን ይመዝገቡ' is no known phrase ('ይመዝገቡ', "
        "register, asks for sign-ups in article text too); the picture's title 'የየካ ጤና "
        "ጣቢያ' over its caption goes since round 59 (picture_title)"
    ),
    "audit14k-eu-efe-etxebizitza-babestua.txt": (
        "the language is read 'sl', not 'eu': langdetect has no Basque profile and Basque "
        "writes no letter of its own (language._OWN_LETTERS reads Icelandic and Kazakh so)"
    ),
    "audit15k-az-report-neft-hasilati.html": (
        "'Bakı. 6 mart. REPORT.AZ/' gives the place and date (the 'Сухум. 24 июля.' form) "
        "but not the agency: a site's own name glued to a slash after the date is one "
        "site's form, not added"
    ),
    # Round 55's audit by form (audit14m-*, audit15m-*): what stays wrong, each with its cause.
    "audit14m-en-wire-update-copper.txt": (
        "the wire's picture caption ends in its licensing link ('… REUTERS/Ivan Alvarado/File "
        "Photo Purchase Licensing Rights'), which split_credit does not read as a credit's "
        "tail, and the wire's standards line ('Our Standards: The Thomson Reuters Trust "
        "Principles., opens new tab') stays: both are one wire's wording, no phrase for all "
        "sites; the slug ('UPDATE 2-'), the byline over its stamp and the stamp are fixed"
    ),
    "audit14m-fr-faq-retraites.txt": (
        "a newsletter's name over its pitch ('Newsletter « Argent »' / 'Chaque samedi, nos "
        "conseils …') stays: the name is no prompt alone, and its button 'S'inscrire' "
        "(removed now) is what marks the block; the stamps, the reading time, the share "
        "row and the list rows under the question (once read as one wrapped line) are fixed"
    ),
    "audit15m-zh-yaodian-gaotie.html": (
        "the key-facts box ('要点' and its four rows) is an <aside> inside the <article>, "
        "which trafilatura drops with the page's other asides; the source label "
        "'来源：江城网', left alone on its line once trafilatura drops the <time> beside it, "
        "is fixed since round 58 (html_stamp_row_rest)"
    ),
    # Round 55's second audit by form (audit14n-*, audit15n-*): what stays wrong, each with
    # its cause.
    "audit14n-ja-saiban-shogen.txt": (
        "the breadcrumb over the headline ('ニュース' / '社会' / '事件・裁判') is no kicker "
        "run: a Japanese or Chinese headline is one capital-less 'word' too, so CJK lines "
        "are never read as a breadcrumb's levels, and the first line stays no title (the "
        "date line under the headline is `headline_date_stamp`'s once the title is read); "
        "the closing byline in brackets ('（社会部　中村由美）') is no known form, and the "
        "Kyodo credit joined by '＝' ('…（東京・霞が関）＝共同') is no credit form"
    ),
    "audit14n-ko-kalleom-jeochulsan.txt": (
        "the section over the headline ('오피니언' / '칼럼') is no kicker run: Hangul lines "
        "are read as CJK (no breadcrumb levels, as the ja fixture's), so no title is read "
        "(the date line '입력 2025.04.02 05:00' under it is `headline_date_stamp`'s once "
        "the title is); the writer's name and post at the foot ('김민정 한국사회정책연구원 선임연구위원') is "
        "no byline form the reader knows (a bare name in Hangul with a post after it)"
    ),
    # Round 64's audit (audit14o-*, audit15o-*): what stays wrong, each with its cause.
    "audit14o-ar-hukm-souq-aljumaa.txt": (
        "the dateline 'القاهرة -' is not read: the gazetteer holds local names of the Cyrillic "
        "and Greek scripts only (make_places), no Arabic one ('Cairo -' is read); the title "
        "with the byline glued to it, the share button and the credit label 'تصوير:' are "
        "fixed since round 64"
    ),
    "audit14o-el-taxidi-naxos.txt": (
        "the Greek byline in the genitive, 'Της Ελένης Παπαδοπούλου' under the headline, is no "
        "byline form: 'Της'/'Του' (of the) are the commonest words of Greek text, no prefix, "
        "and a genitive given name ('Ελένης') is in no names list; so the line stays glued "
        "to the title as a wrap's last line; the share button is fixed since round 64"
    ),
    "audit14o-hi-page-t20-jeet.txt": (
        "the line-up's label 'भारत की प्लेइंग इलेवन:' is removed by menu_run: the last "
        "paragraph ('सीरीज का तीसरा मैच …', 9 words) is under 12 words, so the ad marker, the "
        "picture's title and the label make a run of three after the last prose; keeping a "
        "colon line over a kept line (round 64) kept junk on 3 webeval sites ('Teilen Sie "
        "dies mit:', 'Dir könnte auch gefallen:', 'Look at other dictionaries:') and gained "
        "none, dropped; the dateline 'चेन्नई:' is not read (no Devanagari names in the "
        "gazetteer; 'Chennai:' is read)"
    ),
    # Round 65's audit (audit14p-*, audit15p-*): what stays wrong, with its cause.
    "audit14p-ga-page-tithiocht-muinteoiri.txt": (
        "the Irish byline 'Le Siún Ní Dhuinn' keeps its 'Le': 'le' is Irish's 'by' and "
        "French's article; as a prefix of every language it made two French webeval lines "
        "bylines ('LE TEMPS DU DÉBAT' on 0650's dump, 0092's page); as a prefix of Irish "
        "documents only (byline_prefix_own) it needs the document's language, which the "
        "detector's profiles lack for Irish on a text dump and which an HTML page's byline, "
        "read before the page's lang is set as the document's language, is not given; the "
        "cookie banner is fixed since round 65"
    ),
    "tb-fr-w3m-ecoles-chaleur.txt": (
        "w3m without link numbers prints no margin either: read as a plain dump (no "
        "evidence of a browser), the caption wrapped under the picture's alt text is two "
        "captions, the credit split off the second; markup='text_browser' joins the caption "
        "(round 56, lynx); the menu line, once taken for the title, and the share row go "
        "since round 57, the alt text over the caption since round 59 (picture_title)"
    ),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        reason = _XFAIL_FIXTURES.get(Path(str(item.fspath)).name)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
