"""Issue 14 and 15 audit (round 55): dumps in languages no fixture covered (hy, ka, si, am,
is, eu, kk: `tests/fixtures/text/audit14k-*`) and pages in more (gl, az, bs, mt, ga, be, uz:
`tests/fixtures/html/audit15k-*`). Fixed here for reasons that carry across sites: the
scripts of languages langdetect has no profile for (Armenian, Georgian, Sinhala, Ethiopic,
Khmer, Lao, Myanmar) and the letters only Icelandic and Kazakh write; the credit words of
nine languages with Armenian's and Ethiopic's label marks ("Լուսանկարը՝", "ፎቶ፦"); names
in Georgian, Sinhala and Ethiopic letters after a byline prefix; the datelines of scripts
without capitals with a bracketed agency, the Armenian and Kazakh wires' forms and
Basque's month before the day; and phrases of eleven languages."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.language import detect_language
from articleclean.rules.credits import split_credit
from articleclean.rules.datelines import match_dateline


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Կառավարությունն այսօրվա նիստում հավանություն տվեց մետրոյի նոր կայանի ծրագրին։", "hy"),
        ("თბილისის მერიამ 120 ახალი ელექტრო ავტობუსის შესყიდვის ხელშეკრულება გააფორმა.", "ka"),
        ("ලංකා ඛනිජ තෙල් නීතිගත සංස්ථාව අද මධ්‍යම රාත්‍රියේ සිට ඉන්ධන මිල අඩු කිරීමට තීරණය කර තිබේ.", "si"),
        ("የአዲስ አበባ ከተማ አስተዳደር በዛሬው ዕለት 12 አዳዲስ የጤና ጣቢያዎችን አስመርቋል።", "am"),
        ("រាជរដ្ឋាភិបាលកម្ពុជាបានអនុម័តគម្រោងសាងសង់ផ្លូវថ្មីនៅរាជធានីភ្នំពេញ។", "km"),
        ("ລັດຖະບານລາວໄດ້ອະນຸມັດໂຄງການກໍ່ສ້າງທາງຫຼວງໃໝ່ໃນນະຄອນຫຼວງວຽງຈັນ.", "lo"),
        ("မြန်မာနိုင်ငံ ရန်ကုန်မြို့တွင် လမ်းသစ်တစ်ခု ဆောက်လုပ်ရန် အစိုးရက အတည်ပြုခဲ့သည်။", "my"),
    ],
)
def test_scripts_of_one_language_langdetect_does_not_know(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Þyrla Landhelgisgæslunnar var kölluð út laust eftir hádegi í dag vegna göngumanns "
            "sem hafði slasast á fæti í hlíðum Esju.",
            "is",
        ),
        (
            "Есіл өзені арқылы жаңа көпірдің құрылысы биыл сәуір айында басталады. Бұл туралы "
            "қала әкімдігінің баспасөз қызметі хабарлады.",
            "kk",
        ),
    ],
)
def test_letters_only_one_language_writes(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Icelandic foreign minister Þórdís Kolbrýn Reykfjörð Gylfadóttir said on "
            "Tuesday that the government would support the new agreement on fisheries.",
            "en",
        ),
        (
            "Уряд України ухвалив рішення про будівництво нового мосту через Дніпро у місті "
            "Київ, повідомили у міністерстві інфраструктури.",
            "uk",
        ),
    ],
)
def test_a_quoted_name_or_a_neighbour_language_is_not_taken(text: str, language: str) -> None:
    # one name's "ð" and "Þ" are too few among English letters; Ukrainian writes "і" but
    # never Kazakh's "ұ"
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Поле льну ў Аршанскім раёне. Фота: БЕЛТА", "Поле льну ў Аршанскім раёне.", "БЕЛТА"),
        ("Daltaí i rang. Grianghraf: RollingNews.ie", "Daltaí i rang.", "RollingNews.ie"),
        ("Il-bajja fis-sajf. Ritratt: DOI / Jason Borg", "Il-bajja fis-sajf.", "DOI / Jason Borg"),
        ("Eraikuntza lanak Bilbon. Argazkia: EFE", "Eraikuntza lanak Bilbon.", "EFE"),
        ("ელექტრო ავტობუსი ვაკის პარკთან. ფოტო: მერია", "ელექტრო ავტობუსი ვაკის პარკთან.", "მერია"),
        ("කොළඹ ඉන්ධන පිරවුම්හලක දසුනක්. ඡායාරූපය: ලංකාපුවත්", "කොළඹ ඉන්ධන පිරවුම්හලක දසුනක්.", "ලංකාපුවත්"),
        ("Մետրոյի կայանը երեկոյան։ Լուսանկարը՝ Արմենպրես", "Մետրոյի կայանը երեկոյան։", "Արմենպրես"),
        ("አዲሱ የጤና ጣቢያ። ፎቶ፦ ኢዜአ", "አዲሱ የጤና ጣቢያ።", "ኢዜአ"),
        (
            "Þyrlan við æfingar. Ljósmynd/Landhelgisgæslan",
            "Þyrlan við æfingar.",
            "Landhelgisgæslan",
        ),
    ],
)
def test_credit_words_of_more_languages(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Սարգսյանի խոսքով՝ աշխատանքները կմեկնարկեն աշնանը։",
        "Ir-ritratt tal-familja kien fuq il-mejda.",
        "Argazkia atera zuen, eta gero etxera joan zen.",
    ],
)
def test_the_label_marks_and_words_in_prose_credit_no_one(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("text", "location", "agency"),
    [
        (
            "თბილისი, 6 მარტი (ინტერპრესნიუსი) - მერიამ ხელშეკრულება გააფორმა.",
            "თბილისი",
            "ინტერპრესნიუსი",
        ),
        ("አዲስ አበባ፣ የካቲት 27/2017 (ኢዜአ)፦ አስተዳደሩ ጣቢያዎችን አስመርቋል።", "አዲስ አበባ", "ኢዜአ"),
        ("කොළඹ, මාර්තු 06 (ලංකාපුවත්) - ඉන්ධන මිල අඩු වේ.", "කොළඹ", "ලංකාපුවත්"),
        (
            "ԵՐԵՎԱՆ, 6 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ։ Կառավարությունն այսօր հավանություն տվեց ծրագրին։",
            "ԵՐԵՎԱՆ",
            "ԱՐՄԵՆՊՐԵՍ",
        ),
        ("АСТАНА. KAZINFORM – Есіл өзені арқылы жаңа көпір салынады.", "АСТАНА", "KAZINFORM"),
        ("Gasteiz, martxoak 6 (EFE).- Jaurlaritzak etxebizitzak eraikiko ditu.", "Gasteiz", "EFE"),
    ],
)
def test_datelines_of_more_wires(text: str, location: str, agency: str) -> None:
    dateline = match_dateline(text)
    assert dateline is not None
    assert (dateline.location, dateline.agency) == (location, agency)


@pytest.mark.parametrize(
    "text",
    [
        # no bracketed agency: a place and a date open a sentence too
        "თბილისი, 6 მარტი - მერიამ ხელშეკრულება გააფორმა.",
        # no date with a digit before the bracket
        "თბილისის მერია (ინტერპრესნიუსი) - ხელშეკრულება გააფორმა.",
        # an editor's label in capitals is no place
        "BREAKING. NEWS – The minister resigned on Tuesday.",
    ],
)
def test_no_dateline_without_its_evidence(text: str) -> None:
    assert match_dateline(text) is None


def test_a_georgian_name_after_its_prefix_is_the_byline() -> None:
    article = articleclean.clean(
        "თბილისში 120 ახალი ელექტრო ავტობუსი შემოვა\n\nავტორი: ნინო ბერიძე\n\n"
        "თბილისის მერიამ 120 ახალი ელექტრო ავტობუსის შესყიდვის ხელშეკრულება გააფორმა. "
        "ავტობუსები ქალაქში ეტაპობრივად, წლის ბოლომდე შემოვა.\n\n"
        "ხელშეკრულების ღირებულება 62 მილიონი ლარია. პროექტი ევროპის რეკონსტრუქციისა და "
        "განვითარების ბანკის სესხით ფინანსდება.\n"
    )
    assert article.byline == ["ნინო ბერიძე"]


_BODY = (
    "Il-Ministru qal li r-riżultat juri li l-investiment fl-impjanti tat-tisfija qed "
    "iħalli l-frott, u li l-baħar huwa fost l-iktar nodfa fl-Ewropa.\n\n"
    "Malta kienet fost l-aqwa ħames pajjiżi fl-Unjoni Ewropea, flimkien maċ-Ċipru, "
    "l-Awstrija, il-Greċja u d-Danimarka.\n\n"
    "Ir-rapport jinħareġ kull sena mill-Aġenzija Ewropea tal-Ambjent.\n"
)


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("Գովազդ", "ad_marker"),
        ("რეკლამა", "ad_marker"),
        ("ማስታወቂያ", "ad_marker"),
        ("Auglýsing", "ad_marker"),
        ("Publizitatea", "ad_marker"),
        ("Рэклама", "ad_marker"),
        ("Fógra", "ad_marker"),
        ("Կիսվել", "promo"),
        ("გაზიარება", "promo"),
        ("බෙදාගන්න", "promo"),
        ("Skráðu þig á póstlistann og fáðu helstu fréttir dagsins", "promo"),
        ("Harpidetu zaitez gure buletinera", "promo"),
        ("Бөлісу", "promo"),
        ("Cláraigh le haghaidh ár nuachtlitir", "promo"),
    ],
)
def test_phrases_of_more_languages(junk: str, reason: str) -> None:
    article = articleclean.clean(
        "L-ilma tal-baħar madwar Malta tal-aħjar kwalità\n\n"
        + _BODY.replace("\n\nMalta", f"\n\n{junk}\n\nMalta")
    )
    assert {r.text: r.reason.value for r in article.removed}.get(junk) == reason
