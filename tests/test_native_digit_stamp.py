"""A page's stamp under the headline in the digits of its script: Bengali papers print
"প্রকাশ: ০৫ মার্চ ২০২৫, ১১: ৪০" (the time with a space after its colon, as Prothom Alo
sets it), Nepali and Marathi ones "प्रकाशित: २०८१ फागुन २१, ११:४०". The year was read in
ASCII digits alone, so on a page dump `outside_article` took the stamp for the page's
headline above the article and it stayed as a heading (round 50 audit:
audit14f-bn-page-shok-shilpi). The pages are invented.
"""

from __future__ import annotations

import articleclean


def _page(
    headline: str, stamp: str, paragraphs: list[str], menu: list[str], footer: list[str]
) -> list[str]:
    return [f"{headline} | দৈনিক খবর", *menu, headline, stamp, *paragraphs, *footer]


BN_PARAGRAPHS = [
    "রাজধানীতে আজ সকাল থেকে ভারী বৃষ্টি হচ্ছে। আবহাওয়া অফিস জানিয়েছে, আগামী দুই দিন এই বৃষ্টি চলতে পারে।",
    "নিচু এলাকার বাসিন্দাদের সতর্ক থাকতে বলা হয়েছে। সিটি করপোরেশন পানি সরানোর জন্য অতিরিক্ত কর্মী নিয়োগ করেছে।",
    "বৃষ্টির কারণে সকালে অফিসগামী মানুষদের ভোগান্তিতে পড়তে হয়েছে। অনেক সড়কে যানজট দেখা দিয়েছে।",
]
BN_MENU = ["প্রচ্ছদ", "বাংলাদেশ", "রাজনীতি", "বিশ্ব", "খেলা", "বিনোদন", "লগইন"]
BN_FOOTER = [
    "আরও পড়ুন",
    "চট্টগ্রামে পাহাড়ধসের আশঙ্কা",
    "সিলেটে বন্যার পানি কমছে (ভিডিও)",
    "আমাদের সম্পর্কে",
    "গোপনীয়তা নীতি",
    "যোগাযোগ",
    "© ২০২৪ দৈনিক খবর। সর্বস্বত্ব সংরক্ষিত।",
]
NE_PARAGRAPHS = [
    "काठमाडौं उपत्यकामा आज बिहानदेखि भारी वर्षा भइरहेको छ। मौसम पूर्वानुमान महाशाखाले अर्को "
    "दुई दिनसम्म वर्षा जारी रहने जनाएको छ।",
    "खोला किनारमा बस्नेहरूलाई सतर्क रहन आग्रह गरिएको छ। महानगरपालिकाले पानी निकास गर्न "
    "थप कर्मचारी खटाएको छ।",
    "वर्षाका कारण बिहान कार्यालय जानेहरूलाई सास्ती भएको छ। धेरै सडकमा जाम देखिएको छ।",
]
NE_MENU = ["गृहपृष्ठ", "समाचार", "राजनीति", "विश्व", "खेलकुद", "मनोरञ्जन", "लगइन"]
NE_FOOTER = [
    "यो पनि पढ्नुहोस्",
    "पोखरामा पहिरोको जोखिम",
    "तराईमा बाढीको पानी घट्दै (भिडियो)",
    "हाम्रो बारेमा",
    "गोपनीयता नीति",
    "सम्पर्क",
    "© २०८१ दैनिक खबर। सर्वाधिकार सुरक्षित।",
]


def _stays(stamp: str, article: articleclean.Article) -> bool:
    return stamp in article.paragraphs or stamp in article.headings


def test_a_bengali_stamp_with_a_spaced_time_goes() -> None:
    # Fails on main: the stamp stays as the article's heading.
    stamp = "আপডেট: ২৭ ফেব্রুয়ারি ২০২৪, ১৯: ৩৩"
    lines = _page("রাজধানীতে ভারী বৃষ্টি, দুর্ভোগ", stamp, BN_PARAGRAPHS, BN_MENU, BN_FOOTER)
    article = articleclean.clean_text("\n".join(lines))
    assert article.metadata["dump"] == "page"
    assert not _stays(stamp, article)
    assert article.paragraphs == BN_PARAGRAPHS


def test_a_nepali_stamp_in_devanagari_digits_goes() -> None:
    # Fails on main: the stamp stays as the article's heading.
    stamp = "प्रकाशित: २०८१ फागुन २१, ११:४०"
    lines = _page("काठमाडौंमा भारी वर्षा, सडक जाम", stamp, NE_PARAGRAPHS, NE_MENU, NE_FOOTER)
    article = articleclean.clean_text("\n".join(lines))
    assert article.metadata["dump"] == "page"
    assert not _stays(stamp, article)
    assert article.paragraphs == NE_PARAGRAPHS


def test_a_headline_with_a_year_in_bengali_digits_is_still_the_headline() -> None:
    # Guard: a year alone, with no clock or separator, makes no line of facts; the
    # headline above the article stays its title.
    headline = "২০২৫ সালের বাজেটে কৃষিতে বরাদ্দ বাড়ছে"
    lines = _page(headline, "নিজস্ব প্রতিবেদক", BN_PARAGRAPHS, BN_MENU, BN_FOOTER)
    article = articleclean.clean_text("\n".join(lines))
    assert article.title == headline
    assert article.paragraphs == BN_PARAGRAPHS
