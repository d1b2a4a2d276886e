"""The dateline: the place (and date, and wire) that opens the first paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..article import Dateline
from ..document import BODY, Label, Segment, is_cjk_heavy
from ..lexicon import MONTH, NEWS_AGENCIES, UNCASED_PLACE_LETTERS
from ..names import KO_WIRE_REPORTERS, ZH_WIRE_REPORTERS, is_known_place
from .base import Verdict, structures
from .phrasebook import PhraseBook

# Letters of a dateline's place: Latin with Latin-1, Extended-A and -B and Extended
# Additional ("Plzeň", "Łódź", "București", "Đà Nẵng"), Cyrillic with Ukrainian's and
# Serbian's letters ("Київ", "Ниш"), Armenian ("ԵՐԵՎԱՆ") and Greek ("Αθήνα"); those blocks alternate cases
# within them, so their letters are listed one by one.
_EXTRA_LETTERS = [
    chr(c) for c in (*range(0x100, 0x250), *range(0x386, 0x3D0), *range(0x1E00, 0x1F00))
]
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f\u0490\u0531-\u0556" + "".join(
    c for c in _EXTRA_LETTERS if c.isupper()
)
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f\u0491\u0561-\u0587" + "".join(
    c for c in _EXTRA_LETTERS if c.islower()
)
# A date in a dateline: "March 15", "15 de marzo", "12 MAR", "4. ožujka 2025." (Hina's, with
# the year and its full stop), or all in digits ("14.08.2024", "14/08/2024": PAP's, and the
# Balkan and Baltic wires' form, with the year).
_DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d_]{{3,10}}\.?(?:\s+(?:19|20)\d\d\.?)?"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b|\d{1,2}/\d{1,2}\b"
    # Basque's: the month (with its "-k") before the day ("martxoak 6")
    r"|(?:urtarrila|otsaila|martxoa|apirila|maiatza|ekaina|uztaila|abuztua|iraila|urria|azaroa"
    r"|abendua)k\s+\d{1,2}"
    # MTI's: the year first, the month, the day with its full stop, and the weekday
    # ("2025. március 5., szerda")
    r"|(?:19|20)\d\d\.\s+[^\W\d_]{3,12}\s+\d{1,2}\.(?:,\s+[^\W\d_]{4,10})?)"
)
# Devanagari letters and signs, not its danda (a sentence's full stop) nor its digits.
_DEVANAGARI = "[\u0900-\u0963\u0971-\u097f]"
_HINDI_MONTHS = (
    "जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|"
    "नवम्बर|दिसंबर|दिसम्बर"
)
# The Bikram Sambat months as the Nepali papers print them ("फागुन २२").
_NEPALI_MONTHS = "बैशाख|वैशाख|जेठ|असार|साउन|श्रावण|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|पुस|पौष|माघ|फागुन|चैत्र|चैत"
# A day in Devanagari: in digits of either script, or in words as PTI-Bhasha writes one to
# nine ("पांच मार्च").
_DEVANAGARI_DAY = r"(?:\d{1,2}|[०-९]{1,2}|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ)"
# The months as the Marathi papers spell them where Hindi's differ ("एप्रिल", "ऑगस्ट").
_MARATHI_MONTHS = "जानेवारी|फेब्रुवारी|एप्रिल|मे|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर"
_DEVANAGARI_MONTH = f"(?:{_HINDI_MONTHS}|{_MARATHI_MONTHS}|{_NEPALI_MONTHS})"
# The wires in Hindi: PTI's Bhasha, IANS, UNI's Varta, ANI, and "agency"; in Nepali, RSS;
# in Marathi, PTI, ANI and IANS as its papers spell them, and "वृत्तसंस्था" (agency).
_HINDI_AGENCIES = (
    "भाषा|आईएएनएस|वार्ता|यूनीवार्ता|एएनआई|पीटीआई|एजेंसी|एजेंसियां|रासस|पीटीआय|एएनआय|आयएएनएस|वृत्तसंस्था"
)
# The Telugu papers' months ("హైదరాబాద్, మార్చి 6:"): the English months in Telugu letters.
_TELUGU_MONTHS = (
    "జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|జులై|ఆగస్టు|ఆగస్ట్|సెప్టెంబర్|సెప్టెంబరు|"
    "అక్టోబర్|అక్టోబరు|నవంబర్|నవంబరు|డిసెంబర్|డిసెంబరు"
)
# The Tamil papers' months ("சென்னை, மார்ச் 6:"): the English months in Tamil letters.
_TAMIL_MONTHS = "ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|ஆகஸ்டு|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"
# Arabic-script letters with Persian's and Urdu's own (پ چ ژ ک گ ی), and the months a date
# in Persian (the solar months) or in Arabic (the Gregorian ones) names.
_ARABIC_LETTER = "[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]"
_ARABIC_SCRIPT_MONTHS = (
    "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
    "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
_ARABIC_SCRIPT_DIGITS = "[0-9\u0660-\u0669\u06f0-\u06f9]"
# The Thai months as the papers shorten them ("มี.ค." for มีนาคม, March).
_THAI_MONTHS = "|".join(
    map(re.escape, "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split())
)
# The letters of scripts without capitals that no other form below reads: Georgian,
# Ethiopic, Sinhala (with its joiners and signs).
_UNCASED = f"[{UNCASED_PLACE_LETTERS}]"
# A place in title case, one to three words (the second and third after a space or a
# hyphen: "Berlin", "Sao Paulo", "Baden-Baden", "Rīga"), as the wires of most languages
# print it before their date or agency.
_TITLE_PLACE = rf"[{_UPPER}][{_LOWER}'’.-]+(?:[\s-][{_UPPER}][{_LOWER}'’.-]+){{0,2}}"
_AGENCY = r"\((?P<agency>[^\W\d_][\w .&/-]{1,24})\)"
# A hyphen glued to the next word joins it ("DHU-Arzneimittel", "Essen-Westviertel"):
# a single hyphen separates only before a space or the paragraph's end.
_SEPARATOR = r"(?:[:—–]|--|-(?!\w)|\.\s?-(?!\w)|\.—)"
# Київ, 12 березня.   Praha, 3. dubna.   (a comma before the date: a known place only)
_PLACE_COMMA_DAY = re.compile(
    rf"^(?P<location>[{_UPPER}][{_LOWER}-]+(?:[\s-][{_UPPER}][{_LOWER}-]+)?),\s+"
    rf"(?P<date>\d{{1,2}}\.?\s+[{_LOWER}]{{3,10}})\.\s+(?=[{_UPPER}\d\"„«“])"
)
# Wiesbaden (KNA). Der …   London (CNN)It was …   (the agency's bracket ends the dateline
# with a full stop or none: a known place only, as "Name (Abbr). …" opens sentences too)
_PLACE_AGENCY_STOP = re.compile(
    rf"^(?P<location>[{_UPPER}][{_LOWER}{_UPPER}'’.-]+"
    rf"(?:[\s-][{_UPPER}][{_LOWER}{_UPPER}'’.-]+){{0,2}})"
    rf"\s*{_AGENCY}(?:\.\s+|(?=[{_UPPER}]))"
)
# (Leipzig) -   (a press release's place in brackets: a known place only)
_BRACKETED_PLACE = re.compile(
    rf"^\((?P<location>{_TITLE_PLACE})\)"
    rf"\s*{_SEPARATOR}\s*"
)
_DATELINES = (
    # BEIJING:  WASHINGTON (AP) —  LONDON, Dec 5 (Reuters) -  NEW DELHI, Nov. 7:
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_UPPER}'’.-]*){{0,3}}"
        # the region in title case or, as some papers print it, in capitals too
        # ("KHAN YOUNIS, GAZA —", "DUBAI, UNITED ARAB EMIRATES —")
        rf"(?:,\s*(?:[{_UPPER}][{_LOWER}]+\.?|[{_UPPER}]{{2,}}(?:\s+[{_UPPER}]{{2,}}){{0,2}}))?)"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*(?:{_AGENCY})?\s*{_SEPARATOR}\s*"
    ),
    # Berlin (dpa) -   Paris, 5 mai (AFP) -
    re.compile(
        rf"^(?P<location>{_TITLE_PLACE})"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*{_AGENCY}\s*{_SEPARATOR}\s*"
    ),
    # JAKARTA, KOMPAS.com -   (a news site standing in for the agency)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_UPPER}'’.-]*){{0,3}}),\s*"
        r"(?P<agency>[\w-]+(?:\.[a-z]{2,3}){1,2})\s*"
        rf"{_SEPARATOR}\s*"
    ),
    # 新华社北京12月5日电   本报上海3月2日讯   …电（记者 刘晓宇 王蕾）
    re.compile(
        r"^(?P<agency>新华社|中新社|中新网|人民网|新华网|央视网|本报)"
        r"(?P<location>[\u4e00-\u9fff]{2,8}?)(?P<date>\d{1,2}月\d{1,2}日)[电電讯訊]\s*"
        rf"(?:{ZH_WIRE_REPORTERS}\s*)?"
    ),
    # (ANSA) - ROMA, 12 MAR -   (AGI) - Milano, 3 apr -   (the agency before the place)
    re.compile(
        rf"^\((?P<agency>[A-Z]{{2,6}}|{NEWS_AGENCIES})\)\s*{_SEPARATOR}\s*"
        rf"(?P<location>[{_UPPER}][{_LOWER}{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_LOWER}{_UPPER}'’.-]+){{0,2}})"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*{_SEPARATOR}\s*"
    ),
    # 【東京共同】  【ワシントン時事】   (the Japanese wires: place and agency in lenticular brackets)
    re.compile(r"^【(?P<location>[^】\s]{1,12}?)(?P<agency>共同|時事)】\s*"),
    # Сухум. 24 июля.
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_LOWER}-]+(?:[\s-][{_UPPER}][{_LOWER}-]+)?)\.\s+"
        rf"(?P<date>\d{{1,2}}\s+[{_LOWER}]+)\.\s+"
    ),
    _PLACE_COMMA_DAY,
    _PLACE_AGENCY_STOP,
    _BRACKETED_PLACE,
    # Dresden, dpa –   Sydney, AFP –   (a wire after a comma, without brackets)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_LOWER}{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_LOWER}{_UPPER}'’.-]+){{0,2}}),\s*"
        r"(?P<agency>AP|AFP|dpa|DPA|Reuters|REUTERS|EFE|ANSA|Xinhua|IANS|PTI|ANI|Bloomberg|KNA|"
        r"epd|APA|SDA|Lusa|TASS|Kyodo|Yonhap|Anadolu)"
        rf"\s*{_SEPARATOR}\s*"
    ),
    # КАЗАНЬ, 14 марта. /ТАСС/.   (the Russian wires' agency between slashes)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}-]+(?:[\s-][{_UPPER}][{_UPPER}-]+){{0,2}}),\s*"
        rf"(?P<date>\d{{1,2}}\s+[{_LOWER}]+)\.\s*/(?P<agency>[^\W\d_][\w .-]{{1,24}})/\.?\s+"
    ),
    # Iași, 6 feb /Agerpres/ -   София, 3 март /БТА/.   (the Romanian, Moldovan and
    # Bulgarian wires: a place in title case, a date, the agency between slashes; the
    # slashes after a date are the evidence, as the Russian wires' are above)
    re.compile(
        rf"^(?P<location>{_TITLE_PLACE}),\s*"
        rf"(?P<date>{_DATE})\s*/(?P<agency>[^\W\d_][\w .-]{{1,24}})/\s*(?:{_SEPARATOR}\s*|\.\s+)"
    ),
    # Bratislava 5. marca (TASR) -   Praha 12. března (ČTK) -   (the Slovak and Czech
    # wires print no comma between the place and the date: the agency's acronym in
    # capitals, after a date, is the evidence)
    re.compile(
        rf"^(?P<location>{_TITLE_PLACE})\s+"
        rf"(?P<date>\d{{1,2}}\.\s+[{_LOWER}]{{3,10}})\s*\((?P<agency>[{_UPPER}]{{2,6}})\)\s*{_SEPARATOR}\s*"
    ),
    # Rīga, 5.marts, LETA.   (the Latvian wire: the day glued to the month, the agency
    # after a comma and a full stop)
    re.compile(
        rf"^(?P<location>{_TITLE_PLACE}),\s*"
        rf"(?P<date>\d{{1,2}}\.\s?[{_LOWER}]{{3,10}}),\s*(?P<agency>[{_UPPER}]{{2,6}})\.\s+"
        rf"(?=[{_UPPER}\d\"„«“])"
    ),
    # Vilnius, kovo 17 d. (BNS).   (the Lithuanian wires: the month's genitive, the day and
    # "d.", the agency's bracket, then a full stop or a dash)
    re.compile(
        rf"^(?P<location>{_TITLE_PLACE}),\s*"
        rf"(?P<date>[{_LOWER}]{{3,10}}\s+\d{{1,2}}\s?d\.)\s*{_AGENCY}\s*(?:{_SEPARATOR}|\.)\s*"
    ),
    # القاهرة (رويترز) -   (a script without capitals: the bracketed agency is the evidence)
    re.compile(
        r"^(?P<location>[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,}){0,2})\s*"
        rf"\((?P<agency>[\u0621-\u064a]{{2,}}(?: [\u0621-\u064a]{{2,}}){{0,2}})\)\s*{_SEPARATOR}\s*"
    ),
    # თბილისი, 6 მარტი (ინტერპრესნიუსი) -   አዲስ አበባ፣ የካቲት 27/2017 (ኢዜአ)፦   කොළඹ, මාර්තු 06
    # (ලංකාපුවත්) -   (Georgian, Ethiopic and Sinhala: scripts without capitals, so as in
    # Arabic above the bracketed agency is the evidence, after a date with a digit in it)
    re.compile(
        rf"^(?P<location>{_UNCASED}{{2,}}(?: {_UNCASED}{{2,}}){{0,2}})[,፣]\s*"
        rf"(?P<date>(?=[^()]{{0,20}}\d)[{UNCASED_PLACE_LETTERS}\d/.]+(?: [{UNCASED_PLACE_LETTERS}\d/.]+){{0,2}})\s*"
        rf"\((?P<agency>{_UNCASED}{{2,}}(?: {_UNCASED}{{2,}}){{0,2}})\)\s*(?:[:—–፦]|--?)\s*"
    ),
    # ԵՐԵՎԱՆ, 6 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ։   (the place and the date, then the wire's name in
    # capitals without brackets and a full stop: Armenpress's form, Armenian's "։" or a colon)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’-]+(?:\s+[{_UPPER}][{_UPPER}'’-]*){{0,2}}),\s*"
        rf"(?P<date>{_DATE}),\s*(?P<agency>[{_UPPER}]{{3,}}(?:\s[{_UPPER}]{{2,}})?)\s*[։:]\s+"
    ),
    # АСТАНА. KAZINFORM –   (a place and a wire, both in capitals, a full stop between them)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’-]+(?:\s+[{_UPPER}][{_UPPER}'’-]*){{0,2}})\.\s+"
        rf"(?P<agency>[{_UPPER}]{{3,}})\s*{_SEPARATOR}\s*"
    ),
    # (서울=연합뉴스) 김민수 기자 =   (서울=뉴스1) …   (the Korean wires: place=agency in
    # brackets, then the reporter)
    re.compile(
        r"^\((?P<location>[\uac00-\ud7af]{2,8})=(?P<agency>\w{2,8})\)\s*"
        rf"(?:{KO_WIRE_REPORTERS}\s*)?"
    ),
    # [서울=뉴시스] 김민수 기자 =   (Newsis' square brackets: with the reporter only, as a
    # credit is bracketed so too, "[사진=뉴시스]")
    re.compile(
        r"^\[(?P<location>[\uac00-\ud7af]{2,8})=(?P<agency>\w{2,8})\]\s*"
        rf"{KO_WIRE_REPORTERS}\s*"
    ),
    # नागपुर, 2 मार्च (भाषा) विदर्भ …   नई दिल्ली, 12 मार्च (आईएएनएस)।   (the Hindi wires: a
    # script without capitals, so a month's name and the bracketed agency are the evidence;
    # PTI-Bhasha prints no dash after the bracket)
    # The day may come in words (Bhasha: "मुंबई, पांच मार्च (भाषा)") and after the month (the
    # Nepali wire RSS: "काठमाडौं, फागुन २२ (रासस) –").
    re.compile(
        rf"^(?P<location>{_DEVANAGARI}{{2,}}(?: {_DEVANAGARI}{{2,}}){{0,2}}),\s*"
        rf"(?P<date>{_DEVANAGARI_DAY}\s+{_DEVANAGARI_MONTH}|{_DEVANAGARI_MONTH}\s+{_DEVANAGARI_DAY})\s*"
        rf"\((?P<agency>{_HINDI_AGENCIES})\)\s*(?:[।:—–]|--?)?\s*"
    ),
    # హైదరాబాద్, మార్చి 6:   (the Telugu papers: a script without capitals, so the month's
    # name, the day and the colon or dash after them are the evidence)
    re.compile(
        r"^(?P<location>[\u0c00-\u0c7f\u200c]{2,}(?: [\u0c00-\u0c7f\u200c]{2,}){0,2}),\s*"
        rf"(?P<date>(?:{_TELUGU_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_TELUGU_MONTHS}))\s*[:—–]\s*"
    ),
    # சென்னை, மார்ச் 6:   (the Tamil papers, as the Telugu ones above)
    re.compile(
        r"^(?P<location>[\u0b80-\u0bff\u200c]{2,}(?: [\u0b80-\u0bff\u200c]{2,}){0,2}),\s*"
        rf"(?P<date>(?:{_TAMIL_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_TAMIL_MONTHS}))\s*[:—–]\s*"
    ),
    # تهران، ۱۵ اسفند ۱۴۰۳ –   دبي، 5 مارس 2025 -   (a press release's place and date in
    # Persian or Arabic: the month's name after a day, a year or none, then a dash or colon)
    re.compile(
        rf"^(?P<location>{_ARABIC_LETTER}{{2,}}(?: {_ARABIC_LETTER}{{2,}}){{0,2}})[،,]\s*"
        rf"(?P<date>{_ARABIC_SCRIPT_DIGITS}{{1,2}}\s+(?:{_ARABIC_SCRIPT_MONTHS})"
        rf"(?:\s+{_ARABIC_SCRIPT_DIGITS}{{4}})?)\s*[:—–-]\s+"
    ),
    # กรุงเทพฯ 5 มี.ค.-   (Thai wires: the place, the day and the month's abbreviation, a dash)
    re.compile(
        r"^(?P<location>[\u0e01-\u0e2f\u0e30-\u0e4e]{2,20})\s+"
        rf"(?P<date>\d{{1,2}}\s+(?:{_THAI_MONTHS}))\s*[-–—]\s*"
    ),
    # LULEÅ (TT) SMHI har …   (an all-caps place and a listed agency, no dash after them)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_UPPER}'’.-]+(?:\s+[{_UPPER}][{_UPPER}'’.-]*){{0,2}})"
        rf"\s*\((?P<agency>{NEWS_AGENCIES})\)\s+(?=[{_UPPER}\d])"
    ),
    # Washington:   New Delhi, March 15:   Kirksville, Mo. —   (checked against the gazetteer)
    re.compile(
        rf"^(?P<location>[{_UPPER}][{_LOWER}'’.-]+"
        rf"(?:\s+(?:(?:de|da|do|del|di|el|la|upon|on|am|an|sur)\s+)?[{_UPPER}][{_LOWER}'’.-]+){{0,2}}"
        rf"(?:,\s*[{_UPPER}][{_LOWER}]*\.?(?:\s?[{_UPPER}][{_LOWER}]*\.?)?)?)"
        rf"(?:,\s*(?P<date>{_DATE}))?\s*{_SEPARATOR}\s*"
    ),
)
# Patterns whose place must be a known place (or carry a date or an agency):
# a capitalised phrase and a colon is also how columns and labels open a
# paragraph ("DEAR ABBY:", "Editor's note:", "Update:").
_CHECKED_PATTERNS = frozenset({0, len(_DATELINES) - 1})
# The patterns whose place must be in the gazetteer whatever follows it: a capitalised
# word, a comma and a day also open a sentence ("Dnes, 3. dubna. …" is rare, "Sobota,
# 3. dubna." less so), and so do a name and its bracket with no dash after it
# ("Bundesliga (DFL). Die …") and a word in brackets ("(Anzeige) - …"); only the place
# tells the wire's form from them.
_KNOWN_PLACE_PATTERNS = frozenset(
    _DATELINES.index(p) for p in (_PLACE_COMMA_DAY, _PLACE_AGENCY_STOP, _BRACKETED_PLACE)
)
_MIN_PLACE_CHARS = 3
"""A dateline's place has at least this many characters ("AI:" opens a label, not a
dateline; set before the webeval split) ..."""
_MIN_CJK_PLACE_CHARS = 2
"""... and in Chinese or Japanese this many: 北京 is a place."""
# Places that are also everyday words opening a labelled line ("Reading: …").
_WORD_PLACES = frozenset({"reading", "split", "nice", "mobile", "bath", "independence", "victoria"})
# Capitalised words that open a first paragraph without being a place.
_NOT_PLACES = frozenset(
    [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "WATCH",
        "LISTEN",
        "NOTE",
        "EDITOR",
        "EDITORS",
        "ANALYSIS",
        "OPINION",
        "LIVE",
        "VIDEO",
        "PHOTOS",
        "FILE",
        "CORRECTION",
        "CLARIFICATION",
        "WARNING",
        "SPOILER",
        "FACT",
        "CHECK",
        "Q",
        "A",
        "DEAR",
        "ASK",
        "EDITOR'S NOTE",
        "EDITORS' NOTE",
        "EDITOR’S NOTE",
        "PUBLISHER'S NOTE",
        "READ",
        "RELATED",
        "SPONSORED",
        "ADVERTISEMENT",
        "QUESTION",
        "ANSWER",
        "TRANSCRIPT",
        "SUMMARY",
        "BACKGROUND",
        "DISCLAIMER",
        "DISCLOSURE",
        "SOURCE",
        "SOURCES",
        "PHOTO",
        "CAPTION",
        "ALERT",
        "URGENT",
        "FLASH",
        "BULLETIN",
    ]
)


def match_dateline(text: str) -> Dateline | None:
    """The dateline opening `text` ("BEIJING:", "New Delhi, March 15:"), or None. Pure."""
    for number, pattern in enumerate(_DATELINES):
        match = pattern.match(text)
        if match is None or match.end() >= len(text):
            continue
        location = match.group("location").strip()
        if location.endswith(".") and text.startswith("-", match.end("location")):
            # "Ciudad de México.-": the Latin American papers' full stop and hyphen close
            # the place, which does not keep the stop
            location = location[:-1]
        shortest = _MIN_CJK_PLACE_CHARS if is_cjk_heavy(location) else _MIN_PLACE_CHARS
        if location.split(",")[0].strip(" .").upper() in _NOT_PLACES or len(location) < shortest:
            continue
        groups = match.groupdict()
        if number in _KNOWN_PLACE_PATTERNS and not is_known_place(location.casefold()):
            continue
        if number in _CHECKED_PATTERNS and not _dateline_evidence(
            location, groups.get("date"), groups.get("agency"), match.group(0)
        ):
            continue
        return Dateline(
            text=match.group(0).strip(),
            location=location,
            date=groups.get("date"),
            agency=groups.get("agency"),
        )
    return None


# A date all in digits ("12.03.2024") is no evidence of a place on its own: a label may
# stand before it ("Stand, 12.03.2024:"); with an agency or a known place it is a dateline.
_NUMERIC_DATE = re.compile(r"[\d./]+")


def _dateline_evidence(location: str, date: str | None, agency: str | None, matched: str) -> bool:
    """Whether a capitalised phrase before a separator is a place, not a column label."""
    if agency or (date and _NUMERIC_DATE.fullmatch(date) is None):
        return True
    place, _, region = location.partition(",")
    place, region = place.strip(), region.strip()
    folded = place.casefold()
    if folded in _WORD_PLACES:
        return False
    if is_known_place(folded) or (region and is_known_place(region.casefold())):
        return True
    # An all-caps place before a dash is the wire's form ("KOTTAYAM —") even when
    # the town is too small for the list; before a colon it must be a known place.
    return place.isupper() and " " not in place and not matched.rstrip().endswith(":")


@structures(Label.BODY)
def dateline_prefix(
    segments: list[Segment], context: PhraseBook
) -> Iterator[tuple[Segment, Verdict]]:
    """The dateline at the start of the first paragraph; the paragraph keeps the rest.

    A first paragraph opened by an editor's label ("UPDATE:", "EDITOR'S NOTE:",
    `_labelled_note`) is a note above the story: the dateline may open the next one.
    So may a paragraph under a few short lines kept above it (a subtitle, a caption, a
    row of links the page shows over the story: up to `_SHORT_LINES_ABOVE`, each under
    `_STORY_WORDS` words) when it is longer than each of them and its place is a known
    one: "Name (Team): …" opens a list's rows too, and a link's "Gaza: …" is as short as
    the links around it."""
    short_above = 0
    longest_above = 0
    for segment in segments:
        if segment.label is not BODY:
            continue  # a heading, a removed line: the dateline opens a paragraph
        words = segment.word_count
        # under short lines only a longer paragraph may hold it: spare the patterns
        found = None if short_above and words <= longest_above else match_dateline(segment.text)
        if found is not None and (
            not short_above or (words > longest_above and _names_known_place(found.location or ""))
        ):
            rest = segment.text[len(found.text) :].lstrip()
            if rest:
                yield segment, Verdict(dateline=replace(found, lines=segment.lines))
            return
        if _labelled_note(segment.text):
            continue
        if words >= _STORY_WORDS or short_above == _SHORT_LINES_ABOVE:
            return
        short_above += 1
        longest_above = max(longest_above, words)


def _names_known_place(location: str) -> bool:
    """Whether a dateline's place, or its region after a comma, is in the gazetteer."""
    return any(is_known_place(part.strip(" .").casefold()) for part in location.split(","))


_STORY_WORDS = 30
"""A paragraph of this many words is the story's own: no dateline is looked for under it
(set on tune, round 37: the captions, subtitles and links kept above a dateline's
paragraph run 5 to 25 words)."""
_SHORT_LINES_ABOVE = 12
"""At most this many short lines above the story's first paragraph are looked past (a
row of links to the same topic's stories runs to a dozen on tune)."""


_NOTE_LABEL = re.compile(r"^([^\W\d_][\w'’ ]{0,20}?)\s*:\s")


def _labelled_note(text: str) -> bool:
    """Whether a paragraph opens with an editor's label of `_NOT_PLACES` and a colon
    ("UPDATE: Adds comment …", "EDITOR'S NOTE: This story …"), asked of a first paragraph
    that holds no dateline; a column's salutation ("DEAR ABBY:") is the story itself."""
    match = _NOTE_LABEL.match(text)
    if match is None:
        return False
    label = match.group(1).upper()
    return label in _NOT_PLACES and label not in _STORY_LABELS


_STORY_LABELS = frozenset({"DEAR", "Q", "A", "QUESTION", "ANSWER", "ASK", "TRANSCRIPT"})
"""Labels of `_NOT_PLACES` that open the story's own text (a column, a Q&A), not a note."""
