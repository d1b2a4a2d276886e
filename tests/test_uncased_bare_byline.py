"""A bare name in a script without capitals right under the headline (round 56,
xfails3): no capital marks it a name, so it is read as the byline only with other
evidence, the author's note at the foot opening with the same name, or a first word
the given-names list knows."""

from __future__ import annotations

import articleclean

_BN_PROSE = (
    "ঢাকার চারপাশের নদীগুলোকে দূষণমুক্ত করতে গত দুই দশকে অন্তত পাঁচটি মহাপরিকল্পনা হয়েছে। "
    "প্রতিটিতে হাজার কোটি টাকার প্রকল্প ছিল।\n\n"
    "সমস্যাটি আসলে পরিকল্পনার নয়, বাস্তবায়নের। ট্যানারি সাভারে সরানো হলেও শোধনাগার "
    "পুরোপুরি চালু হয়নি।\n\n"
    "নদী বাঁচানো কোনো একক মন্ত্রণালয়ের কাজ নয়। রাজনৈতিক সদিচ্ছা না থাকলে কিছুই হবে না।\n"
)
_HI_PROSE = (
    "देश में महंगाई की दर पिछले तीन महीनों से लगातार बढ़ रही है और इसका असर सबसे ज्यादा "
    "गरीब परिवारों पर पड़ रहा है।\n\n"
    "सरकार ने कई कदम उठाए हैं, लेकिन खाने-पीने की चीजों के दाम अब भी ऊंचे बने हुए हैं।\n\n"
    "जब तक आपूर्ति की समस्या दूर नहीं होगी, तब तक राहत मिलना मुश्किल है।\n"
)
_ML_PROSE = (
    "സംസ്ഥാനത്തെ പൊതുവിദ്യാലയങ്ങളിൽ ഈ വർഷം കുട്ടികളുടെ എണ്ണം കുറഞ്ഞതായി കണക്കുകൾ "
    "വ്യക്തമാക്കുന്നു.\n\n"
    "ഗ്രാമപ്രദേശങ്ങളിലെ സ്കൂളുകളിലാണ് കുറവ് ഏറ്റവും കൂടുതൽ. അധ്യാപക നിയമനവും "
    "വൈകുകയാണ്.\n\n"
    "വിദ്യാഭ്യാസ വകുപ്പ് പുതിയ പദ്ധതി പ്രഖ്യാപിക്കുമെന്നാണ് പ്രതീക്ഷ.\n"
)


def test_a_bengali_name_under_the_headline_with_the_writers_note_at_the_foot() -> None:
    # fails on main: a name in a script without capitals was read only after a prefix
    name = "সেলিম রহমান"
    article = articleclean.clean(
        "বুড়িগঙ্গা বাঁচাতে আর কত পরিকল্পনা লাগবে\n\n"
        + name
        + "\n\n"
        + _BN_PROSE
        + "\n"
        + name
        + " ঢাকা বিশ্ববিদ্যালয়ের পরিবেশ বিজ্ঞান বিভাগের অধ্যাপক।\n"
    )
    assert article.byline == [name]
    assert name not in article.paragraphs


def test_a_hindi_name_under_the_headline_with_the_writers_note_at_the_foot() -> None:
    # fails on main, as the Bengali one
    name = "सुनीता वर्मा"
    article = articleclean.clean(
        "महंगाई पर काबू पाने के लिए और क्या करना होगा\n\n"
        + name
        + "\n\n"
        + _HI_PROSE
        + "\n"
        + name
        + " दिल्ली विश्वविद्यालय में अर्थशास्त्र पढ़ाती हैं।\n"
    )
    assert article.byline == [name]


def test_a_malayalam_name_under_the_headline_with_the_writers_note_at_the_foot() -> None:
    # fails on main, as the Bengali one
    name = "അനൂപ് മേനോൻ"
    article = articleclean.clean(
        "പൊതുവിദ്യാലയങ്ങളിൽ കുട്ടികൾ കുറയുന്നു\n"
        + name
        + "\n\n"
        + _ML_PROSE
        + "\n"
        + name
        + " വിദ്യാഭ്യാസ ഗവേഷകനാണ്.\n"
    )
    assert article.byline == [name]


def test_a_bengali_name_opening_with_a_known_given_name_is_the_byline() -> None:
    # fails on main; "অমল" is a given name of Faker's Bengali list (data/given_names.txt)
    article = articleclean.clean("বুড়িগঙ্গা বাঁচাতে আর কত পরিকল্পনা লাগবে\n\nঅমল দাস\n\n" + _BN_PROSE)
    assert article.byline == ["অমল দাস"]


def test_two_words_under_the_headline_with_no_other_evidence_stay_the_text() -> None:
    # guard: the shape alone ("জাতীয় সংবাদ", national news) is no name
    article = articleclean.clean("বুড়িগঙ্গা বাঁচাতে আর কত পরিকল্পনা লাগবে\n\nজাতীয় সংবাদ\n\n" + _BN_PROSE)
    assert article.byline == []


def test_the_headlines_subject_under_it_is_no_byline() -> None:
    # guard: an obituary's subject under the headline (a picture's title), whose name
    # opens a sentence at the foot too, shares a word with the headline
    article = articleclean.clean(
        "লেখক সেলিম রহমান আর নেই\n\nসেলিম রহমান\n\n"
        + _BN_PROSE
        + "\nসেলিম রহমান স্ত্রী ও দুই সন্তান রেখে গেছেন।\n"
    )
    assert article.byline == []


def test_a_note_opening_with_the_name_far_above_the_foot_is_no_evidence() -> None:
    # guard: only the article's last lines hold the writer's note; a sentence opening
    # with the name in the middle of the text is about a person in the story
    name = "সেলিম রহমান"
    prose = _BN_PROSE.split("\n\n")
    article = articleclean.clean(
        "বুড়িগঙ্গা বাঁচাতে আর কত পরিকল্পনা লাগবে\n\n"
        + name
        + "\n\n"
        + prose[0]
        + "\n\n"
        + name
        + " বলেন, নদী রক্ষায় আইন আছে কিন্তু প্রয়োগ নেই।\n\n"
        + "\n\n".join(prose[1:])
        + "\n"
        + "\n\n".join(f"অনুচ্ছেদ {i}: নদীর পানি আজও কালো, পাড়ে দাঁড়ানো যায় না।" for i in "১২৩৪৫৬")
        + "\n"
    )
    assert article.byline == []


_TH_PROSE = (
    "ราคาทองคำในประเทศปรับตัวสูงขึ้นเป็นประวัติการณ์ในวันนี้ ตามทิศทางตลาดโลก "
    "หลังนักลงทุนหันมาถือสินทรัพย์ปลอดภัยมากขึ้น\n\n"
    "สมาคมค้าทองคำระบุว่าราคาขายออกทองคำแท่งเพิ่มขึ้นกว่าสามร้อยบาทจากเมื่อวาน "
    "และคาดว่าจะผันผวนต่อเนื่องตลอดสัปดาห์\n\n"
    "ผู้ค้ารายย่อยในย่านเยาวราชระบุว่าลูกค้าส่วนใหญ่นำทองเก่ามาขายเพื่อทำกำไร\n"
)


def test_a_hindi_name_opening_with_a_given_name_with_vowel_signs_is_the_byline() -> None:
    # fails on main: "राजेश" writes its vowels with signs, which the list's maker left
    # out (bench.make_given_names: Python's \w takes no mark), so no given name vouched
    article = articleclean.clean(
        "महंगाई पर काबू पाने के लिए और क्या करना होगा\n\nराजेश कुमार\n\n" + _HI_PROSE
    )
    assert article.byline == ["राजेश कुमार"]


def test_a_thai_name_opening_with_a_given_name_with_vowel_signs_is_the_byline() -> None:
    # fails on main, as the Hindi one ("กิติชัย" is a first name of Faker's Thai list)
    article = articleclean.clean("ราคาทองคำพุ่งสูงสุดเป็นประวัติการณ์\n\nกิติชัย ศรีสุข\n\n" + _TH_PROSE)
    assert article.byline == ["กิติชัย ศรีสุข"]
