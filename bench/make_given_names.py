"""Write src/articleclean/data/given_names.txt, the given names bylines are told by.

    pip install faker pypinyin korean-romanizer indic-transliteration wordfreq
    python -m bench.make_given_names

The first names of Faker's person providers for every locale it has (MIT
License, Copyright (c) 2012 Daniele Faraglia), case-folded, with an
accent-free twin ("josé" and "jose"), one a line; and, since Faker's
Chinese, Korean and Japanese first names are in their own scripts, those
names romanised as the press prints them: Faker's own romanised lists
(ja_JP, zh_CN, zh_TW: "Yuki", "Wei", "Chih-Ming"), zh_CN's names in pinyin
(pypinyin, MIT: "Xiang", "Jianguo"), ko_KR's in the Revised Romanization
(korean-romanizer, MIT: "Min-jun" and "Minjun"), and hi_IN's, mr_IN's, ne_NP's
and gu_IN's in the press's spelling (indic-transliteration, MIT, then Hindi's
dropped final vowel: "Sanjay", "Rajesh", "Deepak"). A romanised name written
as one word that is a common word of a language the project reads ("Yang"
is Indonesian "which", "Fan", "Min", "Gang", "Dip") is left out, as are a
well-known place of the dateline gazetteer ("Sudan") and an English month's
abbreviation ("Jun"): wordfreq (Apache 2.0) gives the frequency, and a
hyphenated name is never a word. Main's Faker names are kept as they were.
A byline of bare names ("Tom Arnold" under a headline) is told from a
heading or a kicker ("Climate Change", "Top Story") by its first word being
a person's given name; a shipped list keeps articleclean free of Faker and
every install the same.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

TARGET = (
    Path(__file__).resolve().parent.parent / "src" / "articleclean" / "data" / "given_names.txt"
)
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def given_names() -> set[str]:
    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(
            importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None
        )
        if provider is None:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names = provider.__dict__.get(attribute)
            if not isinstance(names, (dict, list, tuple, set, frozenset)):
                continue
            for name in names:
                if isinstance(name, str) and len(name) >= 2 and _is_name(name):
                    found.add(name.casefold())
                    if not _has_marks(name):
                        found.add(_fold(name))
    return found | romanised_given_names()


def _has_marks(name: str) -> bool:
    """Whether the name writes a vowel sign or a virama (a mark, Unicode category M):
    Bengali "সেলিম", Hindi "सुनीता", Thai "สมชาย"; a Latin name's accents are
    precomposed ("José")."""
    return any(unicodedata.category(c).startswith("M") for c in name)


def _is_name(name: str) -> bool:
    """A name of letters, with apostrophes and hyphens inside, and the marks the
    scripts of India and Thailand write their vowels with: `_NAME` alone (Python's
    `\\w` takes no mark) left out 332 of Faker's 338 Bengali first names, 698 of 728
    Hindi, 874 of 1,000 Thai and nearly all Tamil, Odia and Sinhala ones. (No accent-free
    twin for those: stripping a vowel sign writes another name, or none.)"""
    if unicodedata.category(name[0]).startswith("M"):
        return False
    return (
        _NAME.match("".join(c for c in name if not unicodedata.category(c).startswith("M")))
        is not None
    )


# A romanised name as common as this (Zipf scale: 4.5 is about 30 per million words) in one
# of the languages the project reads is a word first: "Yang", "Fan", "Min", "Na", "Bin". In
# English, where most bylines are, a lower bar ("Dip", "Ram"): a name's own use as a name
# keeps it under 4 ("Wei" 3.5, "Chen" 4.0 elsewhere).
_COMMON_WORD_ZIPF = 4.5
_COMMON_ENGLISH_ZIPF = 4.0
_KNOWN_PLACE_ZIPF = 3.5
"""A place of the gazetteer this common in English is the place first ("Sudan" 3.9); towns
named like people stay names ("Anand", "Sagar", "Yuki": 2.5–3.1)."""
_WORD_LANGUAGES = "de fr es it pt nl pl sv da nb fi cs ro hu tr id vi".split()


def _common_word(name: str) -> bool:
    """A common word, a well-known place of the dateline gazetteer ("Sudan") or an
    English month's name or abbreviation ("Jun 17" dates a post)."""
    from wordfreq import zipf_frequency

    from articleclean.lexicon import MONTH
    from articleclean.names import is_known_place

    if re.fullmatch(MONTH, name, re.IGNORECASE):
        return True
    if is_known_place(name) and zipf_frequency(name, "en") >= _KNOWN_PLACE_ZIPF:
        return True
    return "-" not in name and (
        zipf_frequency(name, "en") >= _COMMON_ENGLISH_ZIPF
        or any(zipf_frequency(name, language) >= _COMMON_WORD_ZIPF for language in _WORD_LANGUAGES)
    )


def romanised_given_names() -> set[str]:
    """Chinese, Japanese, Korean and Indian given names in the Latin script, less common
    words."""
    from faker.providers.person.ja_JP import Provider as Japanese
    from faker.providers.person.ko_KR import Provider as Korean
    from faker.providers.person.zh_CN import Provider as Chinese
    from faker.providers.person.zh_TW import Provider as Taiwanese
    from korean_romanizer.romanizer import Romanizer
    from pypinyin import lazy_pinyin

    found = {name.casefold() for name in Japanese.first_romanized_names}
    found |= {name.casefold() for name in Chinese.first_romanized_names}
    # Taiwan's names keep their hyphen ("Chih-Ming"); joined, some are words ("Wanting").
    found |= {name.casefold() for name in Taiwanese.first_romanized_names}
    found |= {"".join(lazy_pinyin(name)) for name in Chinese.first_names}
    for name in Korean.first_names:
        syllables = [Romanizer(syllable).romanize().casefold() for syllable in name]
        found |= {"-".join(syllables), "".join(syllables)}
    found |= _indian_given_names()
    return {name for name in found if _NAME.match(name) and not _common_word(name)}


_CONSONANT = "bcdfghjklmnpqrstvwyzḍṭṇḥśṣñṅKGCJṬḌTDPB"
_ASPIRATE = re.compile(r"([kgcjṭḍtdpb])h")
# Hindi drops a word's final schwa after one consonant ("ajaya" is "Ajay") or after a nasal
# and a stop ("ananda" is "Anand"); after another cluster it stays ("Aditya", "Krishna").
_FINAL_SCHWA = re.compile(rf"(?:(?<![{_CONSONANT}])|(?<=[nm]))([{_CONSONANT}])a$")
_PRESS_LETTERS = (
    ("ch", "chh"),
    ("c", "ch"),
    ("ś", "sh"),
    ("ṣ", "sh"),
    ("ṛ", "ri"),
    ("ñ", "n"),
    ("ṅ", "n"),
    ("ṇ", "n"),
)


def _press_spellings(name: str, script: str) -> set[str]:
    """A Devanagari or Gujarati name as India's English press spells it: "संजय" as
    "sanjay", "दीपक" as "dipak" and "deepak" (long vowels printed either way)."""
    from indic_transliteration import sanscript

    iast = sanscript.transliterate(name, script, sanscript.IAST)
    iast = "".join(c for c in iast if c.isalpha())
    iast = re.sub(r"ṃ(?=[pbm])", "m", iast).replace("ṃ", "n")
    iast = _ASPIRATE.sub(lambda m: m.group(1).upper(), iast)  # an aspirate is one consonant
    iast = _FINAL_SCHWA.sub(r"\1", iast)
    iast = re.sub(r"[KGCJṬḌTDPB]", lambda m: m.group(0).lower() + "h", iast)
    spelled, at = "", 0
    while at < len(iast):
        for letter, press in _PRESS_LETTERS:
            if iast.startswith(letter, at):
                spelled, at = spelled + press, at + len(letter)
                break
        else:
            spelled, at = spelled + iast[at], at + 1
    return {_fold(spelled), _fold(spelled.replace("ī", "ee").replace("ū", "oo"))}


def _indian_given_names() -> set[str]:
    """Faker's Hindi, Marathi, Nepali (Devanagari) and Gujarati first names in the Latin
    script: its en_IN list holds today's baby names ("Aarav") and few of the bylines'
    ("Sanjay", "Rajesh"). Bengali (its own vowel and "ph" readings) and Tamil (no voiced
    letters: "Karthik" would come out "kartik") are not spelled by these rules."""
    from faker.providers.person.gu_IN import Provider as Gujarati
    from faker.providers.person.hi_IN import Provider as Hindi
    from faker.providers.person.mr_IN import Provider as Marathi
    from faker.providers.person.ne_NP import Provider as Nepali
    from indic_transliteration import sanscript

    found: set[str] = set()
    for provider, script in (
        (Hindi, sanscript.DEVANAGARI),
        (Marathi, sanscript.DEVANAGARI),
        (Nepali, sanscript.DEVANAGARI),
        (Gujarati, sanscript.GUJARATI),
    ):
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            for name in provider.__dict__.get(attribute, ()):
                found |= _press_spellings(name, script)
    return found


def main() -> int:
    names = sorted(given_names())
    header = (
        "# Given names for bylines: the first names of Faker's person providers, all locales\n"
        "# (MIT License, Copyright (c) 2012 Daniele Faraglia), case-folded, "
        "with accent-free twins;\n"
        "# Chinese, Japanese, Korean and Indian ones romanised "
        "(Faker, pypinyin, korean-romanizer,\n"
        "# indic-transliteration: MIT),\n"
        "# less romanised names that are common words (wordfreq, Apache 2.0).\n"
        "# Made by `python -m bench.make_given_names`; one name a line.\n"
    )
    TARGET.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
