"""Photo credits: where a line ends in one ("… Photo: Reuters", "(Foto: dpa)"), and
a line that is one alone.

The caption rules split a caption from its credit (`rules/captions.py`), the
HTML rules a figure's caption (`rules/html.py`); the ad and page rules ask
whether a line is a credit and nothing else (`credit_only`). None of them owns
the parsing, so it lives here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from ..document import Segment
from ..lexicon import NEWS_AGENCIES, PICTURE_AGENCIES
from ..names import is_known_place, opens_with_given_name
from ..patterns import end_reach, literal_search

# The news agencies and the picture agencies and libraries: a photo credit names one.
# ("Getty" alone is how several papers shorten Getty Images: "(Getty)", "Photo: Name/Getty".)
_AGENCIES = (
    rf"{NEWS_AGENCIES}|EPA|EPA-EFE|CFP|IC|VCG|Getty Images|Shutterstock|"
    r"Alamy|iStock|picture alliance|picture-alliance|imago|IMAGO|Keystone|"
    r"Getty|ZUMA|SIPA|Sipa|Imaginechina|China Daily|"
    r"NurPhoto|SOPA Images|LightRocket|WireImage|"
    r"FilmMagic|iStockphoto|Pexels|Unsplash|Pixabay|Wikimedia Commons|Flickr|Handout|HANDOUT|"
    r"Xinhua/IC|CNSPHOTO|Photothek|Sven Simon|Polaris|Redux|Zuma Press|"
    r"Shutterstock Editorial|Rex|REX|Rex Features|Bildbyrån|NTB Scanpix|Scanpix|Alamy Stock Photo|"
    r"GettyImages|Adobe Stock|stock\.adobe\.com|iStock\.com|KEYSTONE|LaPresse|LAPRESSE|Ansa|"
    r"Lehtikuva|AAP|PAP|"
    # Picture libraries and photo agencies that no text cites as a source
    r"Depositphotos|123RF|Dreamstime|Fotolia|Thinkstock|Bettmann|ABACAPRESS|Abacapress|"
    r"ABACA|Abaca|BELGA|ČTK|CTK|RIA Novosti|PA Media|Ritzau Scanpix|Hans Lucas|Agencia Uno|"
    r"imago images|IMAGO images"
)
# (a source label with the picture's own word after it, "Sumber foto", "Fonte immagine",
# "Źródło zdjęcia", is a picture's credit; "Źródło: PAP" alone may name the text's source)
_CREDIT_WORD = r"(?:Photos?|PHOTOS?|Photograph|Picture|Image|IMAGE|Foto|FOTO|Fotos|Bild|Bildquelle|Bildnachweis|Fotoquelle|Fotonachweis|Titelbild|Titelfoto|Beitragsbild|Headerbild|Aufmacherbild|Aufmacherfoto|Teaserbild|Artikelbild|Vorschaubild|Credit|CREDIT|Credits|Photo credit|Photo credits|Photo Credit|Photo Credits|Crédit photo|Crédits photo|Crédits photos|Image credit|Image source|Photo courtesy|Image courtesy|Photographer|Fotograf|Fotógrafo|Photographe|Fotografo|Crédit|Crédits|Crédito|Credito|Créditos|Créditos|Fotografía|Fotografia|Zdjęcie|Afbeelding|Фото|Снимок|Снимка|Imagen|Immagine|Imagem|Beeld|Kuva|Fotoğraf|Fotó|Bilde|Picha|Gambar|Φωτογραφία|Φωτ\.|Ảnh|फोटो|तस्वीर|ছবি|צילום|عکس|تصوير|فوٹو|Larawan|Llun|Sawir|તસવીર|ફોટો|ಫೋಟೋ|ഫോട്ടോ|तस्बिर|ਤਸਵੀਰ|ਫੋਟੋ|ఫోటో|छायाचित्र|Nuotr\.|Photo illustration|Photo Illustration|Fot\.|fot\.|Sumber foto|Sumber gambar|Fonte immagine|Fonte foto|Źródło zdjęcia|Источник фото|Фота|Grianghraf|Ritratt|Argazkia|Ljósmynd|ფოტო|ඡායාරූපය|ፎቶ|Լուսանկարը)"
_HAS_CREDIT_WORD = literal_search(re.compile(_CREDIT_WORD))
"""Whether a credit word is in a line from a position on."""


@dataclass(frozen=True)
class _CreditForm:
    """One way a credit ends a line, and what a line needs for the pattern to have a chance.

    The patterns search backwards-looking alternatives over a window of the
    line; plain `in` and `endswith` tests rule most forms out first.
    """

    pattern: re.Pattern[str]
    ends: tuple[str, ...] = ()
    """The line ends with one of these (when given)."""
    has: tuple[str, ...] = ()
    """The line contains one of these (when given)."""
    names_credit: bool = False
    """The match holds a credit word ("Photo", "Foto", "Credit", …): a line without one
    (after `start`, where every match begins) is not searched."""
    person: bool = False
    """The credit is a person's name, which must open with a given name ("(Teresa Canino
    Rivera)"; "(Santa Cruz)" or "(Bundesrat)" in brackets name no photographer)."""
    unlabelled: bool = False
    """The line holds no credit label ("Foto:", "Photo by") before the match: after one,
    the labelled credit runs to the line's end and the match is only its last part."""
    reach: int | None = field(init=False, repr=False, compare=False)
    """How far before the line's end a match can start (None: anywhere)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "reach", end_reach(self.pattern))

    def search(self, text: str, start: int) -> re.Match[str] | None:
        """The pattern's first match from `start`, searched only where one can begin."""
        if self.reach is not None:
            start = max(start, len(text) - self.reach)
        return self.pattern.search(text, start)

    def may_match(self, text: str, start: int) -> bool:
        """Whether `text` meets what this form needs of a line (`ends`, `has`,
        `names_credit`): split_credit searches only then (`_needs_met`)."""
        return bool(_needs_met(text, start) >> _NEEDS[self.ends, self.has, self.names_credit] & 1)


# Wire and picture agencies whose name alone, after the caption's sentence, signs the
# picture ("… el 11 de febrero pasado. EFE"). Names that are also common words or
# initials ("IC", "TT", "PA", "Rex") are left out.
_JAPANESE_WIRES = ("共同", "時事", "ロイター", "新華社", "聯合")
"""The agencies the Japanese papers credit in brackets after a caption's place ("（共同）")."""
_AGENCY_ALONE = (
    "Getty Images",
    "GettyImages",
    "Getty",
    "Shutterstock",
    "iStock",
    "Alamy Stock Photo",  # (Alamy's own credit line; before "Alamy", which it starts with)
    "Alamy",
    "AFP",
    "Reuters",
    "REUTERS",
    "AP",
    "EPA",
    "EPA-EFE",
    "EFE",
    "IANS",
    "PTI",
    "Xinhua",
    "XINHUA",
    "dpa",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "Anadolu",
    "KCNA",
    "TASS",
    "Belga",
    "Lusa",
    "LUSA",
    "Europa Press",
    "UPI",
    "Jiji",
    "JIJI",
    "Keystone",
    "KEYSTONE",
    "VCG",
    "CFP",
    "Adobe Stock",
    "imago",
    "IMAGO",
    "picture alliance",
)

# The first letter of an agency's or desk's name in the forms that read it as a capital:
# a capital, or an agency written in lower case ("dpa", "iStock", "imago").
_CAPITAL = r"(?:[A-Z]|(?=(?:dpa|iStock|imago)\b)[a-z])"
# A name's capital letter: Latin-1's and Latin Extended-A's ("Łukasz", "Šime", "Željko").
_NAME_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
# What comes after a credit word when it labels a credit: the maker, after a colon, a
# slash, a dash, "by" ("von", "par", …, "of" after "Photo courtesy"), or at once as a
# capitalised name or an @handle ("Picture Colin Keegan").
_MAKER_AFTER = r"(?=\s?[:：/|©–—՝፦-]|\s(?:by|von|de|par|di|por|via|of|от)\b|\s[A-ZÀ-ÖØ-Þ@©])"
# Words that point to a picture in the text rather than credit one ("(see screenshot)").
_SEE = r"(?i:see|siehe|voir|ver|vea|vedi|zie)\b"
# After an agency's slash in a credit: another agency, the archive, pool or handout ("HO")
# it comes from, or a photographer's name of two to four words (initials and particles
# between them).
_AGENCY_DESK = (
    rf"(?:{_AGENCIES}|[Ff]iles?|FILE|[Ff]ile [Pp]hoto|Archiv|Archive|Archivo|Arquivo|Pool|POOL|HO|"
    r"[Hh]andout|[A-ZÀ-ÖØ-Þ][\w.'’-]{0,30}"
    r"(?:\s(?:[A-ZÀ-ÖØ-Þ][\w.'’-]{0,30}|van|von|de|da|del|der|di|le|la)){1,3})"
)

# Each pattern matches a credit at the end of a line; `credit` is the credit
# as the caption will carry it, without the "Photo:" label or brackets.
# Kannada, Telugu, Tamil and Malayalam's "picture", which is also "film" (a film
# review's box opens with "ಚಿತ್ರ: <title>"): read as a credit's label only after the
# caption's sentence (its form below), so kept out of `_CREDIT_WORD`.
_PICTURE_FILM_WORDS = ("ಚಿತ್ರ", "చిత్రం", "படம்", "ചിത്രം")
_PICTURE_FILM_WORD = "|".join(_PICTURE_FILM_WORDS)
# The labels before a source ("Quelle: Shutterstock", "… . Source: Jane Doe"): the credit
# forms that read them and the screen (`CREDIT_TRIGGER`) ask for the same words.
_SOURCE_LABELS = ("Source", "Quelle", "Fuente", "Fonte", "Źródło", "Bron", "Kilde", "Källa")
_SOURCE_LABEL = "|".join(_SOURCE_LABELS)

# The labels a credit has after a caption's comma ("…, photo: Name", "…, fot. Name"): the
# common ones of `_CREDIT_WORD` and the lower-case "photo" (the screen asks for it as is).
_COMMA_LABELS = tuple(
    "Photo Photos photo photos Foto Fotos Fot. fot. Bild Bildquelle Bildnachweis Fotoquelle "
    "Credit Crédit Crédito Zdjęcie Image Imagen Immagine Imagem Picture Beeld Фото".split()
)
_COMMA_LABEL = "|".join(map(re.escape, _COMMA_LABELS))

_TRAILING_CREDITS = (
    # "… à Paris. Photo AFP", "Foto ANSA", "Beeld ANP", "Fot. PAP/Jan Kowalski", "Photo
    # d'archives AFP": a credit word and an agency without the label's colon, after the
    # caption's sentence. These two forms come first: "Fot." ends as a sentence does, and
    # the forms below would take the credit after it and leave the label in the caption
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s))(?:{_CREDIT_WORD})\s(?:d['’]archives?\s|d['’]archivio\s|de archivo\s)?"
            rf"(?P<credit>(?:{_AGENCIES})(?:\s?/\s?{_AGENCY_DESK})?)$"
        ),
        names_credit=True,
    ),
    # "… in Mailand. Foto Jane Doe", "fot. Jan Kowalski", "Photo Jane Doe/Le Parisien", "Fot.
    # Łukasz Gdak/PAP": a credit word and a photographer's name (`person`: it opens with a
    # given name; its words' capitals with Latin Extended-A's, as Polish, Czech and
    # Croatian names open: "Ł", "Š", "Ž")
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s))(?:{_CREDIT_WORD})\s(?P<credit>[{_NAME_UPPER}][\w'’-]{{1,30}}"
            rf"(?:\s(?:[{_NAME_UPPER}][\w'’-]{{1,30}}|[A-Z]\.|van|von|de|da|del|der|di|le|la)){{1,3}}"
            r"(?:\s?/\s?[A-ZÀ-ÖØ-Þ][\w.&' -]{1,30})?)$"
        ),
        names_credit=True,
        person=True,
    ),
    # "… © Reuters / David Mercado", "… ©AFP", "… Foto: © Jane Doe" (a credit word before
    # the sign is the credit's label, not the caption's last word; a year after ©, or
    # ending its name, is a copyright notice: "© 2024 Site", "P.IVA 0123 - © Site 2024");
    # "© 2630ben / Getty Images": a stock site's user name may open with digits, before
    # the agency's slash ("©5min.at" after a date line is the site's notice)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[\s.!?)]))(?:(?:Foto|Fotos|Photo|Photos|Bild|Image|Credit)\s?:?\s?)?©\s?:?\s?"
            r"(?P<credit>(?!(?:19|20)\d\d)"
            r"(?:[^\W\d_]|\d+[^\W\d_][\w.-]*\s?/)[^©]{1,60})(?<!\s(?:19|20)\d\d)$"
        ),
        has=("©",),
    ),
    # "… (© FEI/Jane Doe)", "(© dpa)": the same credit in brackets
    _CreditForm(
        re.compile(r"\(\s?©\s?(?P<credit>(?!(?:19|20)\d\d)[^\W\d_][^()©]{1,60})\)$"),
        ends=(")",),
    ),
    # "… . Jane Doe | Shutterstock": a photographer's name, a bar and the picture library,
    # after the caption's sentence (`person`: it opens with a given name; "Home | Fotolia"
    # is a page's title)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。]\s))(?P<credit>[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}"
            rf"|[A-Z]\.)){{1,3}}\s?\|\s?(?:{PICTURE_AGENCIES}))$"
        ),
        has=("|",),
        person=True,
    ),
    # "… | Reuters Images", "… | Getty Images" (an agency's picture desk after a bar)
    _CreditForm(
        re.compile(
            rf"\|\s*(?P<credit>(?:{_CAPITAL}[\w.&'-]*\s){{0,3}}(?:Images|Photos?|Pictures|Bilder|Fotos))$"
        ),
        has=("|",),
    ),
    # "… . Jane Doe - stock.adobe.com", "kzenon – Fotolia.com": a stock site's user name (one
    # to three words, no figures), a dash and the site's address, as the library asks to be
    # credited, after the caption's sentence
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。]\s))(?P<credit>[^\W\d_][\w.'’-]{0,30}(?:\s[^\W\d_][\w.'’-]{0,30}){0,2}"
            r"\s[–—-]\s(?:stock\.adobe\.com|Fotolia\.com|Dreamstime\.com))$"
        ),
        has=("stock.adobe.com", "Fotolia.com", "Dreamstime.com"),
    ),
    # "… (foto ANSA)", "(foto EFE/Jane Doe)", "(fot. PAP)": a credit word in lower case,
    # as the Italian, Spanish and Polish papers print it, then an agency
    _CreditForm(
        re.compile(
            rf"\((?P<credit>(?:foto|fotos|photo|fot\.)\s(?:{_AGENCIES})"
            r"(?:\s?/\s?[^()/]{2,40})?)\)$"
        ),
        ends=(")",),
    ),
    # "… (AP photo)", "(Reuters file photo)", "(Star photo by Jane Doe)"
    _CreditForm(
        re.compile(
            rf"\((?P<credit>{_CAPITAL}[\w.&'/ -]{{0,40}}\s(?:file\s)?(?:photo|photos|picture|pic|image)"
            r"(?:\s(?:by|/)\s?[^()]{2,60})?)\)$"
        ),
        ends=(")",),
    ),
    # "… Journalist:innen Foto: Soeren Stache/dpa": a labelled credit naming an agency
    _CreditForm(
        re.compile(rf"\s(?P<credit>{_CREDIT_WORD}\s*:\s*[\w .'-]{{2,40}}/\s?(?:{_AGENCIES}))$"),
        has=("/",),
        names_credit=True,
    ),
    # "… Xinhua/Li Xin", "… IANS/Name", "… IMAGO/Jane Doe" (an agency, a slash and its
    # photographer), "… picture alliance/dpa" (a picture agency and the wire it sells)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。”\"]\s)|(?<=[.!?)\]。]))(?P<credit>(?:Xinhua|XINHUA|Reuters|IANS|PTI|ANI|"
            r"Yonhap|Kyodo|EFE|ANSA|PAP|dpa|DPA|TASS|CFP|VCG|IC|CNS|Anadolu|iStock|Shutterstock|Getty Images|"
            r"Adobe Stock|imago|IMAGO|Imago|imago images|IMAGO images|picture alliance|picture-alliance|"
            r"Keystone|KEYSTONE|BELGA|Belga|ABACAPRESS|SIPA|Sipa|SIPA USA|Pixabay|Unsplash|Archivo|"
            rf"Archiv|Arquivo|Archives?)\s?/\s?(?:(?:{_AGENCIES})(?:\s?/\s?[A-ZÀ-ÖØ-Þ][\w.' -]{{1,40}})?"
            r"|[A-ZÀ-ÖØ-Þ][\w.' -]{1,40}))$"
        ),
        has=("/",),
    ),
    # "… 2022. /CFP", "… /Xinhua" (after a sentence: "Marin / AFP" is a name and an agency);
    # after a closing bracket only glued to it ("… APA (dpa)/Jens Büttner"): a bracket, a
    # spaced slash and a word is a row's or a label's parts ("Generator Ladungsprüfung
    # (Strom – Spannung) / Batteriemanagement", a module in a school's list of modules)
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.。!?”\"]\s)|(?<=[.。!?”\")]))/\s?(?P<credit>{_CAPITAL}[\w&.' -]{{1,40}})$"
        ),
        has=("/",),
    ),
    # "… in Beijing on Oct. 1, 2022 /CFP", "… de Lille /AFP": a slash glued to a known
    # agency after a space, with no full stop before it (a name after such a slash may be
    # anything: "TCP /IP", "Ein- /Ausgang")
    _CreditForm(
        re.compile(rf"(?<=[^\W_]\s)/(?P<credit>{_AGENCIES})$"),
        has=(" /",),
    ),
    # "… battle the blaze [Photo/Xinhua]", "[Photo by Jane Doe/China Daily]", "[Photo
    # provided to chinadaily.com.cn]": the credit in square brackets, its word first
    _CreditForm(
        re.compile(
            r"\[(?P<credit>(?:Photos?|Image|Foto|Picture)\s?(?:/|by\s|provided to\s)[^\[\]]{2,60})\]$"
        ),
        ends=("]",),
    ),
    # "(Photo: Reuters)", "(AP Photo/John Smith)", "(Foto: dpa)", "(Photo by X)": the credit
    # word is followed by its maker (after a label's colon, slash or "by", or a capitalised
    # name) or follows one ("(Reuters Photo)"); "(siehe Foto)", "(Foto oben)", "(+ Fotos y
    # Video)" point to pictures and name no one; the maker may carry up to two brackets of
    # its own, a licence or a note ("(Foto: Jane Doe (CC0))", round 41)
    _CreditForm(
        re.compile(
            rf"\((?P<credit>(?!{_SEE})[^()]{{0,40}}"
            rf"(?:\b{_CREDIT_WORD}\b{_MAKER_AFTER}|(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][\w.&'-]{{0,30}}\s{_CREDIT_WORD}\b)"
            r"[^()]{0,80}(?:\([^()]{1,20}\)[^()]{0,40}){0,2})\)$"
        ),
        ends=(")",),
        # (both of its branches hold a credit word: most lines ending in ")" hold none,
        # and this form's search cost the most of the bracketed forms on them)
        names_credit=True,
    ),
    # "… befahren (Foto: Jane Doe, 15.01.2022).": a labelled credit in brackets that ends the
    # caption's sentence ("… (siehe Foto)." points to a picture, it credits none)
    _CreditForm(
        re.compile(rf"\((?P<credit>{_CREDIT_WORD}\s?(?::|by\b|von\b)\s?[^()]{{2,80}})\)\.$"),
        ends=(").",),
        names_credit=True,
    ),
    # "(Xinhua/Li Xin)", "(Getty Images)", "(AFP/Pool)": after the agency's slash, its
    # photographer's name, another agency or its archive; "(Reuters/Ipsos)" after a poll's
    # figures names the pollster, "(dpa/gem)" signs a paragraph with an editor's initials
    _CreditForm(
        re.compile(
            rf"\((?P<credit>(?:{_AGENCIES})(?:\s{{0,2}}/\s{{0,2}}{_AGENCY_DESK}){{0,3}})\)$"
        ),
        ends=(")",),
    ),
    # "… . Photo: AP", "Credit: Jane Doe", "Фото: ТАСС", "… der Stadt Essen - Grafik: Infotafel"
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。|•।۔։።]\s)|(?<=[.!?)\]。•])|(?<=\s[–—-]\s))\s*(?P<credit>{_CREDIT_WORD}\s*[:：՝፦]\s*[^:：]{{2,80}})$"
        ),
        # (Armenian's full stop "։" and label mark "՝", Ethiopic's "።" and "፦": "… ժամերին։
        # Լուսանկարը՝ Արմենպրես", "… ጣቢያ። ፎቶ፦ ኢዜአ")
        has=(":", "：", "՝", "፦"),
        names_credit=True,
    ),
    # "Demut hinter Masken Foto: Adobe Stock": a credit label glued to a caption without
    # a full stop; the credit is a name of a few capitalised words and nothing else
    _CreditForm(
        re.compile(
            r"(?<=\w\s)(?P<credit>(?:Foto|Fotos|Photo|Photos|Bild|Image|Credit|Crédit|Crédits|Crédito)"
            r"\s?:\s?(?:[A-ZÀ-ÖØ-Þ][\w.'&-]*\s?){1,4})$"
        ),
        has=(":",),
        names_credit=True,
    ),
    # "… Photo by Jane Doe/Getty Images", "Foto von …", "Photo via Evert Tennis Academy"
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s)|(?<=。))(?P<credit>{_CREDIT_WORD}\s+(?:by|von|de|par|di|por|от|via|mula sa)\s+(?:[^.]|(?<=\b[A-Z])\.){{2,80}})$"
        ),
        names_credit=True,
    ),
    # "… Žygimanto Gedvilos / BNS nuotr.", "… LRT nuotr.": the Lithuanian papers print the
    # photographer (in the genitive) or the agency before the word "nuotr." (photo), after
    # the caption's sentence (up to six words, no figure: "… 12 nuotr." counts photos)
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]]\s))(?P<credit>[{_NAME_UPPER}][^\s.!?:\d]*(?:\s[^\s.!?:\d]+){{0,5}})\s+nuotr\.$"
        ),
        ends=("nuotr.",),
    ),
    # "… AFP via Getty Images"
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。]\s)|(?<=。))(?P<credit>(?:[\w/'&.-]+\s){0,3}?[\w/'&.-]+\s+via\s+Getty\s+Images)$"
        ),
        ends=("Images",),
    ),
    # "… REUTERS/Tom Brenner/File Photo", "… AFP PHOTO/Name", "… Xinhua/Li Wei" (the
    # agency's own form; "Reuters/Ipsos" in prose is a poll, so only Xinhua's is title case)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=\s))(?P<credit>(?:REUTERS|AFP|EPA|AP|XINHUA|Xinhua|ANADOLU|EFE|ANSA|KCNA|EPA-EFE)"
            r"(?:\s+(?:PHOTO|Photo))?\s?/\s?[A-Z][\w.' -]{1,60}(?:/[\w ]{2,20}){0,2})$"
        ),
        has=("/",),
    ),
    # "… Jane Doe/Getty Images", "… Getty Images", "… Jens Doe/dpa-Zentralbild/dpa" (an
    # agency's desk after a hyphen, then the agency again)
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。|•/]\s)|(?<=[。•]))(?P<credit>(?:[A-Z][\w.'-]*\s){{0,4}}[A-Z][\w.'-]*\s?/\s?(?:{_AGENCIES})(?:-[A-Z]?[a-z]{{2,15}})?(?:\s[Pp]hotos?|/[\w ]{{2,20}})?)$"
        ),
        has=("/",),
    ),
    # "… (Saul Loeb/AFP/Getty Images)", "(smolaw11/iStock)": a photographer (or a stock
    # site's user name) and an agency in brackets
    _CreditForm(
        re.compile(rf"\((?P<credit>[^\W_][^()/]{{1,40}}/\s?(?:{_AGENCIES})(?:/[^()]{{1,30}})?)\)$"),
        ends=(")",),
    ),
    # "picture alliance / Xinhua News Agency | Ju Peng": an agency, a bar, its photographer
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s)|(?<=\s))(?P<credit>(?:{_AGENCIES})(?:\s*/\s*[^|/]{{2,40}})?"
            r"\s*\|\s*[A-Z][\w.' -]{1,40})$"
        ),
        has=("|",),
    ),
    # "… supply chain. Mike Blake/Reuters files": a photographer, an agency, its archive
    _CreditForm(
        re.compile(
            rf"(?<=[.!?]\s)(?P<credit>(?:[A-Z][\w.'-]*\s){{0,3}}[A-Z][\w.'-]*\s?/\s?(?:{_AGENCIES})"
            r"\s(?:[Ff]iles?|[Ff]ile [Pp]hoto))$"
        ),
        has=("/",),
    ),
    # "… (Matt Stone/Boston Herald)": a photographer's name, a slash, the paper he works for
    # (the paper's one to four words, each after one white space: its words read as
    # `(?:[A-Z][\w.&'-]*\s?){1,4}` did, which also cut a word at each capital and so tried
    # every cut of a long run of capitals before failing: ~n³, 7 s a 230-character line)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?]\s))\((?P<credit>[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){1,2}\s?/\s?"
            r"[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,3}\s?)\)$"
        ),
        ends=(")",),
    ),
    # "… in Afrika. Shutterstock / Jane Doe": an agency, a slash, its photographer
    _CreditForm(
        re.compile(
            rf"(?<=[.!?]\s)(?P<credit>(?:{_AGENCIES})\s?/\s?[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){{0,2}})$"
        ),
        has=("/",),
    ),
    # "… Mujeres Populares. (Teresa Canino Rivera)": a photographer's name alone in
    # brackets after the caption's sentence (`person`: it opens with a given name)
    _CreditForm(
        re.compile(
            r"(?<=[.!?]\s)\((?P<credit>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|[A-Z]\.)){1,3})\)$"
        ),
        ends=(")",),
        person=True,
    ),
    # "… aus besseren Tagen. (Tag24 – Twitter Screenshot)", "(screen grab)": the picture is a
    # capture of a screen, said after the caption's sentence ("(see screenshot)" points to one)
    _CreditForm(
        re.compile(
            rf"(?<=[.!?]\s)\((?P<credit>(?!{_SEE})[^()]{{0,40}}"
            r"(?:[Ss]creen ?[Gg]rab|[Ss]creenshot|SCREENSHOT|Bildschirmfoto|[Cc]aptura de pantalla|"
            r"[Cc]apture d['’]écran)[^()]{0,30})\)$"
        ),
        ends=(")",),
    ),
    # "… Okhotsk (Ministerio de Defensa de Rusia vía AP)": a handout passed on by an agency
    _CreditForm(
        re.compile(rf"\((?P<credit>[^()]{{2,60}}\s(?:via|vía|über)\s(?:{_AGENCIES}))\)$"),
        ends=(")",),
    ),
    # "… zu erschließen. (Symbolbild)", "(Archivbild)", "(Foto de archivo)": a stock or
    # file picture, said after the caption's sentence
    _CreditForm(
        re.compile(
            r"(?<=[.!?]\s)\((?P<file>Symbolbild|Symbolfoto|Archivbild|Archivfoto|Foto de archivo|"
            r"Imagen de archivo|Archivo|Photo d'archives|Image d'archives|Archive photo|Stock photo)\)$"
        ),
        ends=(")",),
    ),
    # "Parade zum Christopher-Street-Day (Symbolbild)", "… sehr klein (Symbolbild).": words
    # that only ever say a picture stands for the story or comes from the archive, in
    # brackets after any caption
    _CreditForm(
        re.compile(r"\s\((?P<file>Symbolbild|Symbolfoto|Archivbild|Archivfoto)\)\.?$"),
        ends=(")", ")."),
    ),
    # "… detenido el año pasado en Guatemala. Archivo.": a file picture said without
    # brackets after the caption's sentence
    _CreditForm(
        re.compile(
            r"(?<=[.!?]\s)(?P<file>Archivo|Foto de archivo|Imagen de archivo|Archivbild|Archivfoto|"
            r"Symbolbild|Symbolfoto)\.?$"
        ),
        ends=("rchivo", "rchivo.", "bild", "bild.", "foto", "foto."),
    ),
    # "… zdjęcie ilustracyjne / Źródło: Pixabay", "… / Quelle: dpa": a source that is an
    # agency, after a slash ("… said. Source: Reuters" may credit a paragraph's facts)
    _CreditForm(
        re.compile(
            rf"\s/\s(?P<credit>(?:Źródło|Quelle|Fuente|Fonte|Source)\s?:\s?(?:{_AGENCIES}))$"
        ),
        has=("/",),  # (it needs a colon too, but more lines have one)
    ),
    # "… Blick auf den Hafen. CC BY-SA 4.0", "… Gendarmenmarkt. – Bild: Jane Doe, Lizenz
    # CC BY-SA 4.0", "… | Lizenz: CC BY 4.0": a Creative Commons licence ends the line, with
    # the picture's credit or a licence label before it
    _CreditForm(
        re.compile(
            r"(?:(?<=[.!?]\s)|(?<=\s[|–—-]\s))(?P<credit>"
            r"(?:[^|–—:]{0,60}:\s[^|–—:]{2,60},\s)?(?:(?:Lizenz|Licen[cs]e|Licencia|Licença)\s?:?\s)?"
            r"CC[- ]?BY(?:[- ](?:SA|ND|NC))*(?:[- ]\d\.\d)?)$"
        ),
        has=("CC",),
    ),
    # "Illustration: Jane Doe/Axios", "… der Altstadt - Grafik: Stadtarchiv", "Ilustración: Ana
    # García": a drawing's or chart's maker after its label. "Grafik: Die Mieten steigen" is
    # a chart's title, so the maker must read as a name: capitalised words, short particles
    # ("vor", "de") between them, a desk after a slash
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。|•]\s)|(?<=\s[–—-]\s))(?:Illustrations?|Ilustración|Ilustração|"
            r"Illustrazione|Grafik|Infografik|Infographic|Infografía|Graphic)\s?:\s?"
            r"(?P<credit>[A-ZÀ-ÖØ-Þ][\w.'&-]*(?:\s(?:[A-ZÀ-ÖØ-Þ][\w.'&-]*|[a-zß]{1,3})){0,4}"
            r"(?:\s?/\s?[\w.&' -]{2,30})?)$"
        ),
        has=("Illustr", "Ilustra", "Grafik", "Infograf", "Infograph", "Graphic"),
    ),
    # "… Blue Mosque Courtyard Dusk Wikimedia Commons", "Pixabay": a free picture library's
    # name ends the line, after the caption's words or alone
    _CreditForm(
        re.compile(r"(?:^|(?<=\s))(?P<credit>Wikimedia Commons|Pixabay|Unsplash|Pexels)$"),
        ends=("Commons", "Pixabay", "Unsplash", "Pexels"),
    ),
    # "Image copyright Reuters", "Photo copyright AFP": the credit as some pages label it
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。]\s))(?:Image|Photo|Picture) copyright\s+(?P<credit>[^\s©][^©]{1,60})$"
        ),
        has=("copyright",),
    ),
    # "Kjell Holmner/Göteborg & Co", "… in Madrid. Moa Karlberg/imagebank.sweden.se": a
    # photographer's name, a slash and the picture desk or site (`person`: it opens with a
    # given name; "Debian GNU/Linux" or "Geschäftsführer / Koordinator" do not; a byline's
    # "Julia Steinhoff / Oktober 25 2023" has a date, no desk, after its slash)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?]\s))(?P<credit>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}\s?/\s?"
            r"(?:(?!\d)[\w.&' -]){2,41})$"
        ),
        has=("/",),
        person=True,
    ),
    # "… Joe Biden / AFP", "… (FILE)": an agency after a spaced slash; a file picture
    _CreditForm(
        re.compile(rf"(?:\s/\s(?P<credit>{_AGENCIES})|\((?P<file>FILE|File)(?: [Pp]hoto)?\))$"),
        has=(" / ", "(F"),
    ),
    # "… ಸಂಭ್ರಮ. ಚಿತ್ರ: ಪಿಟಿಐ", "… . చిత్రం: పీటీఐ", "… . படம்: ஏஎன்ஐ", "… . ചിത്രം: മനോജ്":
    # the South Indian papers' word for a picture is also their word for a film, and a
    # film review's box opens with "ಚಿತ್ರ: <title>": so the label counts only after the
    # caption's sentence, never opening a line, and a short name after it (up to four
    # words, no sentence of its own)
    _CreditForm(
        re.compile(
            rf"(?<=[.!?।]\s)(?:{_PICTURE_FILM_WORD})\s?:\s?"
            r"(?P<credit>[^\s:.!?।,;]+(?:\s[^\s:.!?।,;]+){0,3})$"
        ),
        has=_PICTURE_FILM_WORDS,
    ),
    # "… in der Stadt. Quelle: Shutterstock", "Source: Getty Images", "Fuente: iStock": a
    # source label before a picture agency (a news agency after "Source:" may be where a
    # paragraph's facts come from; no text's facts come from a picture library)
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s))(?:{_SOURCE_LABEL})\s?:\s?"
            rf"(?P<credit>(?:{PICTURE_AGENCIES})(?:\s?/\s?[\w.&' -]{{2,30}})?)$"
        ),
        # (the label itself, not its colon: a colon stands in many lines asked)
        has=_SOURCE_LABELS,
    ),
    # "… in Delhi on Sunday. ANI Photo", "AFP PHOTO": the agency's name, then the word
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s))(?P<credit>(?:{_AGENCIES})\s(?:Photo|PHOTO|photo|Foto|FOTO|Images?))$"
        ),
        ends=("Photo", "PHOTO", "photo", "Foto", "FOTO", "Image", "Images"),
    ),
    # "… in Beijing. Photo/Xinhua", "Photo/Jane Doe": the credit word, a slash and the maker
    # without the brackets some pages put around them
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。]\s))(?P<credit>(?:Photo|PHOTO|Foto|FOTO|Image|Imagen|Imagem|Ljósmynd)\s?/\s?"
            r"[A-ZÀ-ÖØ-Þ][\w.&' -]{1,40})$"
        ),
        has=("/",),
    ),
    # "… on Sunday. Jane Doe for The New York Times", "(Jane Doe for The Washington Post)":
    # a photographer on assignment for the paper (`person`: the name opens with a given name)
    _CreditForm(
        re.compile(
            r"(?<=[.!?]\s)\(?(?P<credit>[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}|[A-Z]\.)){1,3}"
            r"\sfor\s(?:[Tt]he\s)?[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,3})\)?$"
        ),
        has=(" for ",),
        person=True,
    ),
    # "… at the fair. Submitted photo", "File photo", "Staff photo by Jane Doe", "(Contributed)",
    # "Supplied": a picture the paper was sent, has on file or took itself, said after the
    # caption's sentence
    _CreditForm(
        re.compile(
            r"(?<=[.!?]\s)(?:(?P<credit>(?:Submitted|File|Staff|Contributed|Supplied|Handout|Courtesy|Provided)"
            r"\s(?:photo|image|picture|graphic)(?:\s(?:by|of|courtesy of)\s[A-ZÀ-ÖØ-Þ][^.()]{1,50})?"
            r"|Supplied|Submitted|Contributed)|\((?P<file>Submitted|Contributed|Supplied|Submitted photo|"
            r"Contributed photo|Supplied photo)\))$"
        ),
        has=(
            "Submitted",
            "File photo",
            "Staff photo",
            "Contributed",
            "Supplied",
            "Handout photo",
            "Courtesy photo",
            "Provided photo",
        ),
    ),
    _CreditForm(
        re.compile(r"(?:^|(?<=[.!?)\]。]\s)|(?<=。))(?P<credit>" + "|".join(_AGENCY_ALONE) + r")$"),
        ends=_AGENCY_ALONE,
    ),
    # "… on Monday. Photo courtesy of the City of Austin", "Courtesy Jane Doe", "Image courtesy
    # NASA": a courtesy marker, then the lender's name (capitalised words, with "of", "the",
    # "and" between them) ending the line, after the caption's sentence
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]]\s))(?P<credit>(?:(?:Photos?|Image|Picture|Photograph)\s[Cc]ourtesy"
            r"|Courtesy)(?:\sof)?\s(?:the\s)?[A-ZÀ-ÖØ-Þ][\w.&'’-]{0,30}"
            r"(?:\s(?:[A-ZÀ-ÖØ-Þ][\w.&'’-]{0,30}|of|the|and|for|de|&)){0,5})$"
        ),
        has=("ourtesy",),
    ),
    # "… on Tuesday. Source: Jane Doe": a source label, then a person's name ending the line
    # (`person`: it opens with a given name). An agency or an office after "Source:" may be
    # where a paragraph's facts come from ("Quelle: dpa-AFX" under a market report); a picture
    # library after it is the form above
    _CreditForm(
        re.compile(
            rf"(?<=[.!?]\s)(?:{_SOURCE_LABEL})\s?:\s?"
            r"(?P<credit>[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}"
            r"(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}|[A-Z]\.)){1,3})$"
        ),
        # (the same signs as the picture library's form above: one need for both)
        has=_SOURCE_LABELS,
        person=True,
    ),
    # "… after the storm. Handout via Reuters", "Jane Doe via AP": a picture passed on by an
    # agency, after the caption's sentence
    _CreditForm(
        re.compile(
            r"(?<=[.!?]\s)(?P<credit>[A-ZÀ-ÖØ-Þ][\w.&'’-]{0,30}"
            rf"(?:\s[A-ZÀ-ÖØ-Þ][\w.&'’-]{{0,30}}){{0,4}}\s(?:via|vía)\s(?:{_AGENCIES}))$"
        ),
        has=(" via ", " vía "),
    ),
    # "… Fundación Ciudad del Saber.Cedida", "… Costa Rica. Cortesía/La República", "… Courtesy
    # of Acme": the picture was lent ("courtesy"), said at the end, often glued to the
    # caption where the page had them in two elements. Only the capitalised word, ending
    # the line: "… por cortesía del club." in a sentence is lower case.
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[^\W\d_])|(?<=[.!?)]\s)|(?<=[.!?)]))(?P<credit>(?:Cedida|Cedido|Cortesía|Cortesia|"
            r"Courtesy|Divulgação|Reprodução)(?:\s?(?:/|of|de|da|di)\s?[A-ZÀ-ÖØ-Þ][\w.&' -]{1,40})?)$"
        ),
        has=("Cedid", "Cortes", "Courtesy", "Divulga", "Reprodu"),
    ),
    # "… (Courtesy Jane Doe)", "(Cortesía de la familia)": the lent picture's credit in
    # brackets, the lender named after it
    _CreditForm(
        re.compile(
            r"\((?P<credit>(?:Courtesy|Cortesía|Cortesia|Cedida|Cedido)(?:\s(?:of|de|da|di|del))?"
            r"\s[^()]{2,50})\)$"
        ),
        ends=(")",),
        has=("Courtesy", "Cortes", "Cedid"),
    ),
    # "图/新华社", "（图片来源：视觉中国）", "摄影：张三", "（撮影：佐藤健一）" (Japanese: "taken
    # by"), "사진=연합뉴스", "/사진=홍길동 기자" (the Korean press's label and its "=")
    _CreditForm(
        re.compile(
            r"[（(]?(?P<credit>(?:图|圖|图片|圖片|摄影|攝影|图片来源|圖片來源|写真|撮影|사진)\s*[/／:：=＝]\s*[^）)]{1,40})[）)]?$"
        ),
        # Each label holds one of these (a slash or colon, which it also needs, is common).
        has=("图", "圖", "摄", "攝", "写真", "撮影", "사진"),
    ),
    # "… ที่ตลาดหลักทรัพย์ ภาพ: สำนักข่าวไทย": Thai's label ("picture") after a space, as
    # Thai captions end without a full stop ("สุขภาพ:", health, ends in the same letters)
    _CreditForm(
        re.compile(r"(?<=\s)(?P<credit>ภาพ\s?[:：]\s?[^:：]{2,60})$"),
        has=("ภาพ",),
    ),
    # "…職員＝24日午後、東京・九段北（共同）": the Japanese papers' caption, the agency in
    # brackets after the picture's date and place; not after a full stop (a wire story's
    # paragraphs end "…と述べた。（共同）")
    _CreditForm(
        re.compile(r"(?<=[^\s。．！？])（(?P<credit>" + "|".join(_JAPANESE_WIRES) + r")）$"),
        ends=("）",),
    ),
    # "…주재하고 있다. [사진공동취재단]", "[연합뉴스 자료사진]", "[AFP=연합뉴스]": the Korean
    # press's credit in square brackets after the caption's full stop, a picture's word
    # (사진) in it or an agency's "source=wire"
    _CreditForm(
        re.compile(
            r"(?<=[.。]\s)\[(?P<credit>[^\[\]]{0,16}사진[^\[\]]{0,16}"
            r"|[A-Za-z가-힣]{2,12}=[A-Za-z가-힣]{2,12})\]$"
        ),
        ends=("]",),
    ),
    # "…作业。新华社记者 张三 摄", "（记者 李四 摄）", "…。王五摄": the Chinese press's credit,
    # the photographer's name (and the desk's "记者") before 摄 ("took"), after the caption's
    # full stop or in brackets
    _CreditForm(
        re.compile(
            r"(?:(?<=[。！？])\s*[（(]?|^[（(]?(?=[\u4e00-\u9fff]{0,6}(?:记者|記者|通讯员|通訊員)))"
            r"(?P<credit>(?:[\u4e00-\u9fff]{0,6}(?:记者|記者|通讯员|通訊員)\s*)?"
            r"[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4}){0,2}\s*(?<!拍)[摄攝])[）)]?$"
        ),
        ends=("摄", "攝", "摄）", "攝）", "摄)", "攝)"),
    ),
    # "… unter der Lizenz veröffentlicht CC BY-SA 4.0", "Jane Doe, CC-BY 4.0": a Creative
    # Commons licence, its version written out, ending the line with no label, bracket or
    # full stop (the photographer's name and a comma may come first): the licence a picture
    # was published under, printed under it (the form above reads one after a sentence, a
    # dash or a bar). Last, so that a labelled credit before it ("Foto: Jane Doe | flickr |
    # CC BY 2.0") keeps its whole credit. A sentence that names a licence ends with a full
    # stop, a site's notice ("Inhalte stehen unter CC-BY") gives no version, and a licence
    # in brackets closes a list of sources as often; after a credit's or a licence's label
    # the label's form reads the credit whole, or none reads it (round 33).
    _CreditForm(
        re.compile(
            r"(?:^|(?<=\s))(?P<credit>(?:[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}"
            r"|[A-Z]\.)){0,3},\s)?CC[ -]?(?:BY(?:[ -](?:SA|NC|ND)){0,3}[ -][1-4]\.0|0[ -]1\.0))$"
        ),
        has=("CC",),
        unlabelled=True,
    ),
    # "Roman Prymula, photo: Archives du Gouvernement tchèque", "…, Bildquelle: G. Warnke",
    # "…, fot. shutterstock": a credit label after the caption's words and a comma, then a
    # short name ending the line (up to six words, no comma, colon or bracket, no full stop
    # at the end: a sentence goes on past a name). After the licence form, so that every
    # line an older form reads keeps its reading.
    _CreditForm(
        re.compile(
            rf"(?<=[^\W_]|[)\]\"”’]),\s(?:{_COMMA_LABEL})(?:\s?[:：]|(?<=\.))\s?"
            r"(?P<credit>[^\W\d_][\w.'’&-]*(?:\s[\w.'’&/-]+){0,5})(?<!\.)$"
        ),
        has=tuple(f", {label}" for label in _COMMA_LABELS),
    ),
)
# Each form with the index of what it needs of a line (its `ends`, `has` and
# `names_credit`): a few forms need the same ("/" in the line, a closing bracket), and
# split_credit asks each distinct need once per line.
_NEEDS = {
    need: index
    for index, need in enumerate(
        dict.fromkeys((form.ends, form.has, form.names_credit) for form in _TRAILING_CREDITS)
    )
}
_FORMS_AND_NEEDS = tuple(
    (form, _NEEDS[form.ends, form.has, form.names_credit]) for form in _TRAILING_CREDITS
)
# Signs a credit needs, but for the colon and " for " (below): a slash, a bracket, a credit
# word, an agency that may stand alone (read from `_AGENCY_ALONE`, so that a name added
# there passes these tests too), a file picture's word, a courtesy word, or a CJK credit label.
_SIGNS = (
    rf"[/(©|]|CC|{_CREDIT_WORD}|Getty|Adobe|stock\.adobe|Fotolia|Dreamstime|Commons|Pixabay|Unsplash|Pexels|"
    + "|".join(map(re.escape, _AGENCY_ALONE))
    + r"|rchiv|ymbolbild|ymbolfoto|Cedid|Cortes|Courtesy|Divulga|Reprodu|Submitted|"
    r"nuotr\.|File photo|Staff photo|Contributed|Supplied|Handout photo|Provided photo|图|圖|摄|攝|写真|撮影|사진|ภาพ|"
    + "|".join(f"（{wire}）" for wire in _JAPANESE_WIRES)
)
# Something every pattern above needs: one of those signs, a colon, " for ", or "photo"
# after an agency ("… in Delhi. ANI photo").
CREDIT_SIGN = re.compile(rf"[:：]| for |photo|{_SIGNS}")
_HAS_CREDIT_SIGN = literal_search(CREDIT_SIGN)
"""Whether a credit sign is in a line from a position on (split_credit's first test)."""
# White space other than the plain space: what `\s` matches besides it (a test checks).
_OTHER_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What the screen asks the credit rules about (`captions.py`): for every form, a string it
# needs, and only strings (the screen's one automaton finds them all). The signs without
# the colon and " for ", the two commonest in the lines asked (a time, a label, prose: with
# them, split_credit was asked 3,415 times per 100 of the speed set's documents, about
# 1,913 distinct lines; without them 1,743 times, 886 lines), since
# no form needs either alone: the colon comes after a credit word ("Photo: AP"), a
# drawing's label ("Grafik: Jane Doe", its form's `has`), a source label before a picture
# library ("Quelle: Shutterstock", its `has`) or a CJK label; an agency's "ANI photo" has
# "photo" (lower case, no credit word); "Jane Doe for The Paper" has what its pattern
# needs around "for": white space both sides, then a capital, or "the" and white space. A
# line with none of these is one split_credit finds no credit in, so the credit rules
# claim the same lines (tests/test_credit_trigger.py).
CREDIT_TRIGGER = re.compile(
    rf"{_SIGNS}|Illustr|Ilustra|Grafik|Infograf|Infograph|Graphic|"
    rf"{_SOURCE_LABEL}|{_PICTURE_FILM_WORD}|photo|"
    rf"for [A-Z]|for the [A-Z]|for[{_OTHER_SPACE}]|for [Tt]he[{_OTHER_SPACE}]"
)
MAX_CREDIT_LINE_WORDS = 12
"""The most words a line that is a photo credit and nothing else has (`only_credit`)."""
_MAX_CAPTION_CHARS = 800
_CREDIT_WINDOW = 240


# The label before a credit says what it is, not who made the picture:
# "Photo: Reuters" and "Photo by Jane Doe/Getty Images" credit Reuters and Jane Doe.
# "AP Photo/John Smith" is AP's own credit form and keeps its words.
_CREDIT_LABEL = re.compile(
    rf"^(?:{_CREDIT_WORD}|Źródło|Quelle|Fuente|Fonte|Source|(?:图|圖|图片|圖片|摄影|攝影|图片来源|圖片來源|写真|撮影|사진|ภาพ))"
    r"\s*(?:[:：/／=＝՝፦]|\b(?:by|von|de|par|di|por|от|via|mula sa)\b)\s*"
)


# A credit label anywhere in a line ("Foto: Name …", "… Photo by Name …"), or the word
# licence right before the match ("Lizenz: CC-BY 4.0" alone is a page's field, "Dieser
# Beitrag steht unter der Lizenz CC BY-SA 4.0" a post's notice: both name the work's
# licence; after a picture's credit, "… – Bild: Name, Lizenz CC BY-SA 4.0", the licence
# form that reads it after a sentence, dash or bar takes it whole): for the forms that
# read only a credit's end (`_CreditForm.unlabelled`; searched up to the match's start).
_LABEL_BEFORE = re.compile(
    rf"\b{_CREDIT_WORD}\s?(?::|by\b|von\b)|\b(?:Lizenz|Licen[cs]e|Licencia|Licença)\s?:?\s*$"
)


# A credit word on its own names no one: a headline ending "(PHOTOS)" announces pictures.
_BARE_LABEL = re.compile(
    rf"^(?:{_CREDIT_WORD}|VIDEOS?|Videos?|WATCH|GALLERY|Gallery)$", re.IGNORECASE
)


# A credit label that joins the picture with another part of the work: "Foto und
# Styling: Name", "Fotos/Illustration: Name", "Photos and styling: Name", "Fotos y
# estilismo: Name". The line names who made the pictures and is a credit whole; the
# forms below would read it as no credit, or read "Styling und Foto: Name" as a caption
# "Styling und" with its credit. A label that joins the text ("Text und Fotos: Name",
# "Words and photos: Name") names the author: the byline's (its prefixes list the joint
# forms), never a caption.
_TEXT_ROLES = (
    "Text|Texte|Texto|Testo|Tekst|Words|Interview|Entrevista|Intervista|Entretien|Redaktion"
)
_OTHER_ROLES = (
    "Styling|Stylist|Stylisme|Estilismo|Illustrations?|Illustrationen|Ilustraci[oó]n|"
    "Ilustraciones|Illustrazioni|Grafik|Grafiken|Graphics?|Infografik|Design|Layout|"
    "Art direction|Make-?up|Maquillaje|Produktion|Production|Producci[oó]n|Rezepte?|Recipes?|"
    "Recetas?|Recettes?|Ricette?|Food styling|Foodstyling|Bildbearbeitung|Retusche|Retouching"
)
_JOINED = r"\s*(?:,|/|&|\+|\s(?:und|and|y|et|e|i|en|og|och|ja)\s)\s*"
_JOINT_ROLE = rf"(?:{_CREDIT_WORD}|{_TEXT_ROLES}|{_OTHER_ROLES})\b"
_JOINT_LABEL = re.compile(rf"{_JOINT_ROLE}(?:{_JOINED}{_JOINT_ROLE})+\s?$", re.IGNORECASE)
# What joins two roles, searched first: most labels before a colon ("Foto:", "Updated:",
# "10:30") hold none, and the label pattern's many words cost more to try.
_JOIN_SIGN = re.compile(r"[,/&+]|\s(?:und|and|y|et|e|i|en|og|och|ja)\s", re.IGNORECASE)
_JOINT_PICTURE = re.compile(rf"\b{_CREDIT_WORD}\b", re.IGNORECASE)
_TEXT_ROLE = re.compile(rf"\b(?:{_TEXT_ROLES})\b", re.IGNORECASE)
_JOINT_LABEL_CHARS = 48
"""A joint label is a few words ("Fotos und Foodstyling"); a colon further on ends
something else."""
# Who made the pictures: up to eight capitalised words (names, an agency) joined by
# commas, slashes, "and" or a name's particles; not a heading's words ("Fotos und
# Grafiken: So wütete der Sturm").
_JOINT_CREDIT_WORDS = 8
_JOINT_CREDIT_JOINS = frozenset(
    "von van der den de di da del la le du dos y und and & / , · |".split()
)


def _names_a_maker(credit: str) -> bool:
    words = credit.replace(",", " , ").replace("/", " / ").split()
    return 0 < len(words) <= _JOINT_CREDIT_WORDS and all(
        word in _JOINT_CREDIT_JOINS or word.lstrip("@©")[:1].isupper() for word in words
    )


def _joint_label(line: str) -> tuple[str, str] | None:
    """("", credit) for a credit line under a joint label ("Foto und Styling: Name"), ("",
    "") under a label that joins the text ("Text und Fotos: Name": no credit, the
    byline's), None when the line opens with no joint label."""
    colon = next((i for i in map(line.find, ":：") if 0 < i <= _JOINT_LABEL_CHARS), -1)
    if colon < 0:
        return None
    label = line[:colon]
    if _JOIN_SIGN.search(label) is None:
        return None
    if _JOINT_LABEL.fullmatch(label) is None or not _JOINT_PICTURE.search(label):
        return None
    if _TEXT_ROLE.search(label):
        return "", ""
    credit = line[colon + 1 :].strip()
    return ("", credit) if _names_a_maker(credit) else None


# credit_line, html_figure_caption and credited_caption ask in turn about the
# same line. One entry: lines that recur across a batch are not made cheaper
# (that would flatter the cost-growth table, see bench/notes.md).
@lru_cache(maxsize=1)
def split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when `text` ends in a photo credit, else None."""
    if len(text) > _MAX_CAPTION_CHARS:
        return None  # no caption is this long, and the patterns would scan it all
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # "Göteborg" written as "o" and a combining diaeresis (text copied from some
        # systems): the patterns' letters (\w, [A-ZÀ-ÖØ-Þ]) see whole characters.
        text = unicodedata.normalize("NFC", text)
    # Credits end the line and are short: searching from near the end finds the
    # same matches (^ and lookbehinds still see the whole text) at a fraction of the cost.
    start = max(0, len(text) - _CREDIT_WINDOW)
    if not _HAS_CREDIT_SIGN(text, start):
        return None  # most lines: nothing any credit pattern needs
    # `$` also matches before a final newline, so the `ends` tests look there too.
    line = text[:-1] if text.endswith("\n") else text
    joint = _joint_label(line)
    if joint is not None:
        return joint if joint[1] else None
    for form in _forms_for(_needs_met(line, start)):
        match = form.search(text, start)
        if match is None:
            continue
        groups = match.groupdict()
        credit = (groups.get("credit") or groups.get("file") or "").strip(" ()（）")
        if credit.count("(") > credit.count(")"):
            credit += ")"  # "(Foto: Jane Doe (CC0))": the licence's bracket closes the line
        if form.person and not _names_person(credit):
            continue
        if form.unlabelled and _LABEL_BEFORE.search(text, 0, match.start()):
            continue
        credit = _CREDIT_LABEL.sub("", credit).strip() or credit
        if _BARE_LABEL.match(credit):
            continue  # "… (PHOTOS)", "… (VIDEO)": a teaser's headline announcing media
        if credit.endswith((":", "：")):
            continue  # "(… © Feiertags-Angebot):" announces what follows; a credit does not
        caption = text[: match.start()].rstrip(" ,;–—-|•/")
        return caption.strip(), credit
    return None


def _forms_for(met: int) -> tuple[_CreditForm, ...]:
    """The forms, in their order, whose need is `met` (`_needs_met`): a line meets a
    few needs, and a loop over all forms cost as much as the searches (callgrind)."""
    forms = _FORMS_BY_NEEDS.get(met)
    if forms is None:
        forms = tuple(form for form, need in _FORMS_AND_NEEDS if met >> need & 1)
        if len(_FORMS_BY_NEEDS) >= _NEED_SETS_KEPT:
            _FORMS_BY_NEEDS.clear()  # bounded and cheap; the few common sets come back
        _FORMS_BY_NEEDS[met] = forms
    return forms


_FORMS_BY_NEEDS: dict[int, tuple[_CreditForm, ...]] = {}
_NEED_SETS_KEPT = 1024
"""Sets of needs met kept (lines meet a few dozen distinct ones), then forgotten at once."""


def _needs_met(line: str, start: int) -> int:
    """The needs of the forms (`_NEEDS`) that `line` meets, as bits (need `index`: bit
    `1 << index`): it ends with one of the need's `ends`, holds one of its `has`, and a
    credit word after `start` when it `names_credit`. The `has` strings of every need are
    found in one pass (`_SIGN_NEEDS`), not asked with `in` need by need in a loop over the
    needs (~50 tests a line, round 52: a tenth of the time that loop took)."""
    met = _NEEDS_NO_SIGN
    for _, needs in _SIGN_NEEDS(line):
        met |= needs
    # Four lines in five end with none of any need's `ends` (a letter, a full stop):
    # one `endswith` of them all leaves those needs unmet without a test each.
    if line.endswith(_ANY_END):
        for bit, ends in _NEEDS_ENDING:
            if not line.endswith(ends):
                met &= ~bit
    else:
        met &= ~_NEEDS_AN_END
    # (the credit-word search, which costs the most, last and only when a need that asks
    # it is met otherwise)
    if met & _NEEDS_A_CREDIT_WORD and _HAS_CREDIT_WORD(line, start) is None:
        met &= ~_NEEDS_A_CREDIT_WORD
    return met


def _sign_needs() -> Callable[[str], Iterable[tuple[int, int]]]:
    """For a line, an (end, needs) pair for each occurrence of a `has` string of a need
    (overlapping ones too: "Courtesy" in "Courtesy photo", "/" in " / "): `needs` the bits
    of the needs that list the string."""
    automaton = ahocorasick.Automaton()
    signs: dict[str, int] = {}
    for (_, has, _), index in _NEEDS.items():
        for sign in has:
            signs[sign] = signs.get(sign, 0) | 1 << index
    for sign, needs in signs.items():
        automaton.add_word(sign, needs)
    automaton.make_automaton()
    return automaton.iter


_SIGN_NEEDS = _sign_needs()
_NEEDS_NO_SIGN = sum(1 << index for (_, has, _), index in _NEEDS.items() if not has)
"""The needs with no `has` string: met by every line as far as signs go."""
_NEEDS_ENDING = tuple((1 << index, ends) for (ends, _, _), index in _NEEDS.items() if ends)
"""The needs with `ends`, as (bit, ends)."""
_NEEDS_AN_END = sum(bit for bit, _ in _NEEDS_ENDING)
_NEEDS_A_CREDIT_WORD = sum(1 << index for (_, _, credit), index in _NEEDS.items() if credit)
_ANY_END = tuple(dict.fromkeys(end for ends, _, _ in _NEEDS for end in ends))
"""Every `ends` of every need: a line ending with none meets no need that has some."""


def _names_person(credit: str) -> bool:
    """Whether a credit of a few capitalised words is a person's name: it opens with a
    given name and is no known place ("Santa Cruz", "Victoria Falls" open with one). After
    a slash comes the photographer's desk, not a second person ("Serena Williams/Venus
    Williams" is a doubles pair, "Jane Doe/John Roe" a ticket)."""
    name, _, desk = credit.partition("/")
    if opens_with_given_name(desk):
        return False
    return opens_with_given_name(name) and not is_known_place(name.strip().casefold())


def credit_only(segment: Segment) -> bool:
    """The line is a photo credit and nothing else ("Photo: Reuters", "(Foto: dpa)")."""
    return only_credit(segment) is not None


# "© 2024 Example Media | Impressum", "© Spiegel, all rights reserved": a copyright
# notice, not a picture's credit; a credit names a photographer or an agency, no year.
_COPYRIGHT_NOTICE = re.compile(
    r"(?:19|20)\d\d|\||\b(?:rights?|reserved|rechte|droits|derechos|direitos|diritti|"
    r"impressum|imprint|datenschutz|privacy|copyright|gmbh|inc|ltd|llc)\b",
    re.IGNORECASE,
)


def only_credit(segment: Segment) -> str | None:
    """The credit, when the line is a photo credit and nothing else."""
    if segment.word_count > MAX_CREDIT_LINE_WORDS:
        return None
    # (A bar before the credit, "| © MDV Sports", separates it from the picture it
    # stood beside; a bar after "©" joins a notice's parts.)
    if "©" in segment.text and _COPYRIGHT_NOTICE.search(segment.text.lstrip("|• ")):
        return None
    found = split_credit(segment.text)
    if found is None or found[0].strip(" .:-–—/"):
        return None
    return found[1]
