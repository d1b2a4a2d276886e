"""Image captions and photo credits.

A caption is kept once, in `captions`, with its credit split off. Its
echoes are removed as `duplicate_caption`: the caption printed again, and
the short "caption title" line that repeats its start just before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..article import Reason
from ..block_pass import end_reach, literal_search
from ..document import CAPTION, NO_HINTS, Label, Origin, Segment, key_of
from ..lexicon import MONTH
from .base import Claimed, Found, Verdict, moves_to, removes, revises, structures
from .context import Context
from .structure import is_known_place

_AGENCIES = (
    r"AP|AFP|EPA|EPA-EFE|Reuters|REUTERS|Xinhua|XINHUA|CFP|IC|VCG|CNS|dpa|DPA|ANSA|EFE|"
    r"Anadolu|ANADOLU|KCNA|TASS|ТАСС|РИА Новости|Bloomberg|Getty Images|Shutterstock|"
    r"Alamy|iStock|picture alliance|picture-alliance|imago|IMAGO|Keystone|PA|PA Wire|"
    r"Sputnik|ZUMA|SIPA|Sipa|Kyodo|Yonhap|Imaginechina|China Daily|IANS|PTI|ANI|UNI|"
    r"Xinhua News Agency|Kyodo News|Yonhap News|NurPhoto|SOPA Images|LightRocket|WireImage|"
    r"FilmMagic|iStockphoto|Pexels|Unsplash|Pixabay|Wikimedia Commons|Flickr|Handout|HANDOUT|"
    r"Europa Press|Agencia EFE|Agência Brasil|Lusa|LUSA|NTB|TT|Ritzau|Belga|ANP|APA|Jiji|JIJI|"
    r"Xinhua/IC|CNSPHOTO|Associated Press|Photothek|Sven Simon|Polaris|Redux|Zuma Press|"
    r"Shutterstock Editorial|Rex|REX|Rex Features|Bildbyrån|NTB Scanpix|Scanpix|Alamy Stock Photo|"
    r"GettyImages|Adobe Stock|stock\.adobe\.com"
)
_CREDIT_WORD = r"(?:Photos?|PHOTOS?|Photograph|Picture|Image|IMAGE|Foto|FOTO|Fotos|Bild|Bildquelle|Bildnachweis|Fotoquelle|Fotonachweis|Titelbild|Titelfoto|Beitragsbild|Headerbild|Aufmacherbild|Aufmacherfoto|Teaserbild|Artikelbild|Vorschaubild|Credit|CREDIT|Credits|Photo credit|Photo credits|Photo Credit|Photo Credits|Crédit photo|Crédits photo|Crédits photos|Image credit|Image source|Photo courtesy|Image courtesy|Photographer|Fotograf|Fotógrafo|Photographe|Fotografo|Crédit|Crédits|Crédito|Credito|Créditos|Créditos|Fotografía|Fotografia|Zdjęcie|Afbeelding|Фото|Снимок|Imagen|Immagine)"
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
        # Called for each distinct need on every line with a credit sign: plain loops,
        # no generator, and the credit-word search last (it costs the most).
        if self.ends and not text.endswith(self.ends):
            return False
        if self.has:
            for sign in self.has:
                if sign in text:
                    break
            else:
                return False
        return not self.names_credit or _HAS_CREDIT_WORD(text, start) is not None


# Wire and picture agencies whose name alone, after the caption's sentence, signs the
# picture ("… el 11 de febrero pasado. EFE"). Names that are also common words or
# initials ("IC", "TT", "PA", "Rex") are left out.
_AGENCY_ALONE = (
    "Getty Images",
    "GettyImages",
    "Shutterstock",
    "iStock",
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
    "Adobe Stock",
    "imago",
    "IMAGO",
    "picture alliance",
)

# Each pattern matches a credit at the end of a line; `credit` is the credit
# as the caption will carry it, without the "Photo:" label or brackets.
_TRAILING_CREDITS = (
    # "… © Reuters / David Mercado", "… ©AFP" (a year after © is a copyright notice)
    _CreditForm(
        re.compile(r"(?:^|(?<=[\s.!?)]))©\s?(?P<credit>(?!(?:19|20)\d\d)[^\W\d_][^©]{1,60})$"),
        has=("©",),
    ),
    # "… | Reuters Images", "… | Getty Images" (an agency's picture desk after a bar)
    _CreditForm(
        re.compile(
            r"\|\s*(?P<credit>(?:[A-Z][\w.&'-]*\s){0,3}(?:Images|Photos?|Pictures|Bilder|Fotos))$"
        ),
        has=("|",),
    ),
    # "… (AP photo)", "(Reuters file photo)", "(Star photo by Jane Doe)"
    _CreditForm(
        re.compile(
            r"\((?P<credit>[A-Z][\w.&'/ -]{0,40}\s(?:file\s)?(?:photo|photos|picture|pic|image)"
            r"(?:\s(?:by|/)\s?[^()]{2,60})?)\)$"
        ),
        ends=(")",),
    ),
    # "… Journalist:innen Foto: Soeren Stache/dpa": a labelled credit naming an agency
    _CreditForm(
        re.compile(rf"\s(?P<credit>{_CREDIT_WORD}\s*:\s*[\w .'-]{{2,40}}/\s?(?:{_AGENCIES}))$"),
        has=("/",),
    ),
    # "… Xinhua/Li Xin", "… IANS/Name" (an agency, a slash and its photographer)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?)\]。”\"]\s)|(?<=[.!?)\]。]))(?P<credit>(?:Xinhua|XINHUA|Reuters|IANS|PTI|ANI|"
            r"Yonhap|Kyodo|EFE|ANSA|dpa|DPA|TASS|CFP|VCG|IC|CNS|Anadolu)\s?/\s?[A-Z][\w.' -]{1,40})$"
        ),
        has=("/",),
    ),
    # "… 2022. /CFP", "… /Xinhua" (after a sentence: "Marin / AFP" is a name and an agency)
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.。!?”\")]\s)|(?<=[.。!?”\")]))/\s?(?P<credit>[A-Z][\w&.' -]{1,40})$"
        ),
        has=("/",),
    ),
    # "(Photo: Reuters)", "(AP Photo/John Smith)", "(Foto: dpa)", "(Photo by X)"
    _CreditForm(
        re.compile(rf"\((?P<credit>[^()]{{0,40}}\b{_CREDIT_WORD}\b[^()]{{0,80}})\)$"), ends=(")",)
    ),
    # "(Xinhua/Li Xin)", "(Getty Images)"
    _CreditForm(
        re.compile(rf"\((?P<credit>(?:{_AGENCIES})(?:\s*/\s*[^()]{{2,60}})?)\)$"), ends=(")",)
    ),
    # "… . Photo: AP", "Credit: Jane Doe", "Фото: ТАСС"
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。|•]\s)|(?<=[.!?)\]。•]))\s*(?P<credit>{_CREDIT_WORD}\s*[:：]\s*[^:：]{{2,80}})$"
        ),
        has=(":", "："),
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
    # "… Photo by Jane Doe/Getty Images", "Foto von …"
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。]\s)|(?<=。))(?P<credit>{_CREDIT_WORD}\s+(?:by|von|de|par|di|por|от)\s+(?:[^.]|(?<=\b[A-Z])\.){{2,80}})$"
        ),
        names_credit=True,
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
            r"(?:\s+PHOTO)?\s?/\s?[A-Z][\w.' -]{1,60}(?:/[\w ]{2,20}){0,2})$"
        ),
        has=("/",),
    ),
    # "… Jane Doe/Getty Images", "… Getty Images"
    _CreditForm(
        re.compile(
            rf"(?:^|(?<=[.!?)\]。|•/]\s)|(?<=[。•]))(?P<credit>(?:[A-Z][\w.'-]*\s){{0,4}}[A-Z][\w.'-]*\s?/\s?(?:{_AGENCIES})(?:/[\w ]{{2,20}})?)$"
        ),
        has=("/",),
    ),
    # "… (Saul Loeb/AFP/Getty Images)": a photographer and an agency in brackets
    _CreditForm(
        re.compile(rf"\((?P<credit>[A-Z][^()/]{{1,40}}/\s?(?:{_AGENCIES})(?:/[^()]{{1,30}})?)\)$"),
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
    _CreditForm(
        re.compile(
            r"(?:^|(?<=[.!?]\s))\((?P<credit>[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){1,2}\s?/\s?"
            r"(?:[A-Z][\w.&'-]*\s?){1,4})\)$"
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
    # "… Joe Biden / AFP", "… (FILE)": an agency after a spaced slash; a file picture
    _CreditForm(
        re.compile(rf"(?:\s/\s(?P<credit>{_AGENCIES})|\((?P<file>FILE|File)(?: [Pp]hoto)?\))$"),
        has=(" / ", "(F"),
    ),
    _CreditForm(
        re.compile(r"(?:^|(?<=[.!?)\]。]\s)|(?<=。))(?P<credit>" + "|".join(_AGENCY_ALONE) + r")$"),
        ends=_AGENCY_ALONE,
    ),
    # "图/新华社", "（图片来源：视觉中国）", "摄影：张三"
    _CreditForm(
        re.compile(
            r"[（(]?(?P<credit>(?:图|圖|图片|圖片|摄影|攝影|图片来源|圖片來源|写真|사진)\s*[/／:：]\s*[^）)]{1,40})[）)]?$"
        ),
        # Each label holds one of these (a slash or colon, which it also needs, is common).
        has=("图", "圖", "摄", "攝", "写真", "사진"),
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
# Something every pattern above needs: a slash, bracket or colon, a credit word,
# an agency that may stand alone (read from `_AGENCY_ALONE`, so that a name added
# there passes this test too), a file picture's word, or a CJK credit label.
_CREDIT_SIGN = re.compile(
    rf"[/(:：©|]|CC|{_CREDIT_WORD}|Getty|Adobe|"
    + "|".join(map(re.escape, _AGENCY_ALONE))
    + r"|rchiv|ymbolbild|ymbolfoto|图|圖|摄|攝|写真|사진"
)
_HAS_CREDIT_SIGN = literal_search(_CREDIT_SIGN)
"""Whether a credit sign is in a line from a position on (split_credit's first test)."""
_MAX_CREDIT_LINE_WORDS = 12
_MAX_CAPTION_WORDS = 80
_MAX_CAPTION_CHARS = 800
_CREDIT_WINDOW = 240

_MONTH = MONTH
_DATE_AT_END = re.compile(
    rf"(?:,|\s)\s*(?P<on>on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s*\.?$"
)
# Captions describe the picture in the present tense ("A girl holds …").
_PRESENT_TENSE = re.compile(
    r"\b(?:is|are|holds?|stands?|walks?|speaks?|attends?|poses?|gestures?|looks?|waits?|"
    r"arrives?|sits?|shows?|takes?|leaves?|delivers?|reacts?|talks?|waves?|listens?|"
    r"gathers?|rides?|works?|plays?|displays?|seen|pictured|uses?|carr(?:y|ies)|wears?|"
    r"passes?|celebrates?|prepares?|visits?|checks?|inspects?|sells?|buys?|protests?|"
    r"march(?:es)?|runs?|greets?|shakes?|hugs?|smiles?|cheers?|watch(?:es)?|performs?|"
    r"address(?:es)?|meets?|flies|fly|drives?|stroll?s?|queues?|lines? up|"
    r"attends?|joins?|kicks?|scores?|jumps?|enters?|exits?)\b"
)
_CAPTION_TITLE_WORDS = 15
# A caption shows what is; plans and expectations are article text.
_NOT_NOW = re.compile(
    r"\b(?:will|would|could|should|expected|plans? to|scheduled)\b", re.IGNORECASE
)
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?[A-Z]")
# What tells a caption from a paragraph that happens to stand before a credit:
# it describes the picture ("… speaks during …", "… lors de …", "… spricht …").
_CAPTION_CUE = re.compile(
    _PRESENT_TENSE.pattern
    + r"|\b(?:during|durante|lors d[eu']|pendant|während|während|im Rahmen|во время|"
    r"discursa|fala|habla|posa|posan|pose|posent|parla|spricht|steht|zeigt|"
    r"выступает|стоит|позирует)\b|图为|圖為",
    re.IGNORECASE,
)
_MAX_CREDITED_LINE_WORDS = 30
# Captions show; they do not report what someone said.
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|sagte|sagt|erklärte|a déclaré|a dit|selon|dijo|"
    r"afirmó|según|disse|afirmou|segundo|ha detto|secondo|сказал|сообщил|заявил|по словам)\b"
    r"|表示|[\"“”„«»]",
    re.IGNORECASE,
)


# The label before a credit says what it is, not who made the picture:
# "Photo: Reuters" and "Photo by Jane Doe/Getty Images" credit Reuters and Jane Doe.
# "AP Photo/John Smith" is AP's own credit form and keeps its words.
_CREDIT_LABEL = re.compile(
    rf"^(?:{_CREDIT_WORD}|Źródło|Quelle|Fuente|Fonte|Source|(?:图|圖|图片|圖片|摄影|攝影|图片来源|圖片來源|写真|사진))"
    r"\s*(?:[:：/／]|\b(?:by|von|de|par|di|por|от)\b)\s*"
)


# A credit word on its own names no one: a headline ending "(PHOTOS)" announces pictures.
_BARE_LABEL = re.compile(
    rf"^(?:{_CREDIT_WORD}|VIDEOS?|Videos?|WATCH|GALLERY|Gallery)$", re.IGNORECASE
)


# credit_line, html_figure_caption and credited_caption ask in turn about the
# same line. One entry: lines that recur across a batch are not made cheaper
# (that would flatter the cost-growth table, see bench/notes.md).
@lru_cache(maxsize=1)
def split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when `text` ends in a photo credit, else None."""
    if len(text) > _MAX_CAPTION_CHARS:
        return None  # no caption is this long, and the patterns would scan it all
    # Credits end the line and are short: searching from near the end finds the
    # same matches (^ and lookbehinds still see the whole text) at a fraction of the cost.
    start = max(0, len(text) - _CREDIT_WINDOW)
    if not _HAS_CREDIT_SIGN(text, start):
        return None  # most lines: nothing any credit pattern needs
    # `$` also matches before a final newline, so the `ends` tests look there too.
    line = text[:-1] if text.endswith("\n") else text
    may: list[bool | None] = [None] * len(_NEEDS)  # each need's answer, once asked
    for form, need in _FORMS_AND_NEEDS:
        if may[need] is None:
            may[need] = form.may_match(line, start)
        if not may[need]:
            continue
        match = form.search(text, start)
        if match is None:
            continue
        groups = match.groupdict()
        credit = (groups.get("credit") or groups.get("file") or "").strip(" ()（）")
        credit = _CREDIT_LABEL.sub("", credit).strip() or credit
        if _BARE_LABEL.match(credit):
            continue  # "… (PHOTOS)", "… (VIDEO)": a teaser's headline announcing media
        if credit.endswith((":", "：")):
            continue  # "(… © Feiertags-Angebot):" announces what follows; a credit does not
        caption = text[: match.start()].rstrip(" ,;–—-|•/")
        return caption.strip(), credit
    return None


def credit_only(segment: Segment) -> bool:
    """The line is a photo credit and nothing else ("Photo: Reuters", "(Foto: dpa)")."""
    return _only_credit(segment) is not None


# "© 2024 Example Media | Impressum", "© Spiegel, all rights reserved": a copyright
# notice, not a picture's credit; a credit names a photographer or an agency, no year.
_COPYRIGHT_NOTICE = re.compile(
    r"(?:19|20)\d\d|\||\b(?:rights?|reserved|rechte|droits|derechos|direitos|diritti|"
    r"impressum|imprint|datenschutz|privacy|copyright|gmbh|inc|ltd|llc)\b",
    re.IGNORECASE,
)


def _only_credit(segment: Segment) -> str | None:
    """The credit, when the line is a photo credit and nothing else."""
    if segment.word_count > _MAX_CREDIT_LINE_WORDS:
        return None
    # (A bar before the credit, "| © MDV Sports", separates it from the picture it
    # stood beside; a bar after "©" joins a notice's parts.)
    if "©" in segment.text and _COPYRIGHT_NOTICE.search(segment.text.lstrip("|• ")):
        return None
    found = split_credit(segment.text)
    if found is None or found[0].strip(" .:-–—/"):
        return None
    return found[1]


@removes(Reason.PHOTO_CREDIT, triggers=(_CREDIT_SIGN,))
def credit_line(segment: Segment, context: Context) -> Found:
    """A credit on a line of its own; assembly attaches it to its caption."""
    credit = _only_credit(segment)
    if credit is None:
        return False
    return Verdict(credit=credit)


@moves_to(Label.CAPTION, triggers=(_CREDIT_SIGN,))
def credited_caption(segment: Segment, context: Context) -> Found:
    """A line that ends in a photo credit is a caption.

    On a page, most captions come from its figures (html_figure_caption); a
    block of the extracted text that ends in a credit is a caption the
    template printed as a paragraph ("Marco Odermatt, Ski-Star. © AFP / Name",
    "… (Picture by Jane Doe)"). There it must be short: a longer paragraph
    ending in a credit is text the page's annotators count as the article's
    (tune part of webeval: 18 blocks of 30 words or less, all captions; the
    one longer, article text).
    """
    limit = _MAX_CREDITED_LINE_WORDS if segment.origin is Origin.HTML_BLOCK else _MAX_CAPTION_WORDS
    if segment.word_count > limit:
        return False
    found = split_credit(segment.text)
    if found is None or not found[0]:
        return False
    if _sentences(found[0]) >= _MAX_CAPTION_SENTENCES:
        return False  # a paragraph signed by its agency ("… (dpa)"), or a credit glued to it
    return Verdict(caption_text=found[0], credit=found[1])


# A caption says what the picture shows in a sentence or two; a line of three
# sentences or more before a credit is a paragraph: the article's text signed by
# its wire ("… geäußert. (dpa)"), or a paragraph a picture's credit got glued to.
# Tune part of the labelled article dumps: 4 paragraphs taken for captions, 2
# captions of three sentences.
_MAX_CAPTION_SENTENCES = 3
_SENTENCE_BREAK = re.compile(r"[.!?。](?:\s+(?=[\"„“«A-ZÀ-ÖØ-Þ])|$)")


def _sentences(text: str) -> int:
    return len(_SENTENCE_BREAK.findall(text.strip())) + (
        not text.rstrip().endswith((".", "!", "?", "。"))
    )


# "Abbildung 3: …", "Abb. 5: …", "Fig. 2. …", "Рис. 1 …": a numbered figure's caption.
_FIGURE_LABEL = re.compile(
    r"^(?:Abbildung|Abb\.|Figure|Fig\.|Figura|Figuur|Rysunek|Rys\.|Рисунок|Рис\.|Grafik|Schaubild|"
    r"Illustration|Ilustración|Ilustração)\s?\d{1,3}[a-z]?\s?[:.–—-]\s+\S"
)
# "Marcell Jansen (l.) und …", "(von links)", "(from left)", "(de gauche à droite)": who
# stands where in the picture.
_SIDE = (
    r"\((?i:links|rechts|left|right|centre|center|Mitte|izquierda|derecha|centro|esquerda|"
    r"direita|à gauche|à droite|слева|справа)\)"
)
_PICTURE_POSITION = re.compile(
    r"\((?:v\.\s?l\.(?:\s?n\.\s?r\.)?|l\.|r\.|li\.|re\.|von links|von rechts|"
    r"from left|l-r|l to r|izq\.|dcha\.|desde la izquierda|"
    r"de gauche à droite|da sinistra|слева направо)\)"
    # A plain "(Mitte)" or "(left)" places a person after a name or before the next
    # person named ("The mayor (left) and her deputy"): "Im Ofen (Mitte) backen" is a
    # recipe's oven shelf.
    rf"|[A-ZÀ-ÖØ-ÞА-Я][\w'-]{{1,30}}\s[A-ZÀ-ÖØ-ÞА-Я][\w'-]{{1,30}}\s{_SIDE}"
    rf"|{_SIDE}(?:,|\s(?:and|und|y|e|et|i|with|mit|con|avec|и)\b)"
)
# "Image caption Mourners attend …": a page's caption label copied along with the caption.
_CAPTION_LABEL = re.compile(
    r"^(?:Image caption|Media caption|Bildunterschrift|Bildtext)\s*:?\s+(?=\S)"
)
_MAX_MARKED_CAPTION_WORDS = 60
"""A line with a figure label is a caption up to this long (a chart's caption explains
it in two or three sentences: 41 to 45 words on the tune part) ..."""
# "Photo: Adil Boukind Archives Le Devoir Les entreprises …", "Bild: Eine Drohne näherte
# sich …": the picture's credit or label first, then its description (a credit alone,
# "Foto: dpa", is credit_line's). "Photos: Before and after …" in the plural announces
# a gallery: a teaser's headline.
_CREDIT_FIRST = re.compile(r"^(?:Photo|Foto|Image|Imagen|Immagine|Bild)\s?:\s+(?=\S)")
_CREDIT_FIRST_WORDS = 7
"""A line that starts with a credit label is a caption from this long: a credit lists
a few names."""
_MAX_POSITION_CAPTION_WORDS = 30
"""... and one that says who stands where in the picture up to this long (a lede naming
"Habeck (li.)" under the top picture is longer)."""


# What a line needs for caption_sentence to claim it: a caption label or a figure's
# number at its start, an opening bracket (every picture position has one), or a
# month's first three letters (the date pattern names one). Plain strings, so
# block_pass.py's screen looks for them in the same one search as the credit signs;
# a line with none of them is not asked.
_POSITION_BRACKET = re.compile(r"\(")
_MONTH_START = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


@moves_to(
    Label.CAPTION,
    text_dumps_only=True,
    triggers=(_CAPTION_LABEL, _CREDIT_FIRST, _FIGURE_LABEL, _POSITION_BRACKET, _MONTH_START),
)
def caption_sentence(segment: Segment, context: Context) -> Found:
    """Someone doing something, in the present tense, somewhere, on a full date; or
    a line that says it describes a picture: a numbered figure's label ("Abbildung 3:")
    or who stands where in it ("Marcell Jansen (l.) und …"); or a line that carries
    the page's caption label ("Image caption …")."""
    label = _CAPTION_LABEL.match(segment.text)
    if label is not None and segment.word_count <= _MAX_CAPTION_WORDS:
        return Verdict(caption_text=segment.text[label.end() :])
    label = _CREDIT_FIRST.match(segment.text)
    if (
        label is not None
        and _CREDIT_FIRST_WORDS <= segment.word_count <= _MAX_CAPTION_WORDS
        and _only_credit(segment) is None
    ):
        return Verdict(caption_text=segment.text[label.end() :])
    if (segment.word_count <= _MAX_MARKED_CAPTION_WORDS and _FIGURE_LABEL.match(segment.text)) or (
        segment.word_count <= _MAX_POSITION_CAPTION_WORDS
        and _PICTURE_POSITION.search(segment.text, 1)  # after the name it places
    ):
        return Verdict(caption_text=segment.text)
    if segment.word_count > _MAX_CAPTION_WORDS or segment.word_count < 6:
        return False
    if not segment.text.rstrip(" .")[-4:].isdigit():
        return False  # the date pattern ends in a year; most lines do not
    date = _DATE_AT_END.search(segment.text)
    if date is None:
        return False
    before = segment.text[: date.start()]
    if not _PRESENT_TENSE.search(before) or _NOT_NOW.search(before):
        return False
    # "…, Nairobi, Kenya, November 8, 2018." is a caption's place and date; after
    # "on" the date may end any sentence ("The law takes effect on January 1, 2025."),
    # so a place must be named too.
    if segment.text[date.start()] != "," and not _AT_PLACE.search(before):
        return False
    return Verdict(caption_text=segment.text)


_SCENE_WORDS = (8, 45)
"""A picture's description without a credit or a full stop is this long (in words)."""
_SCENE_VERB_AT = 8
"""... and names what someone does within its first this many words."""
_PARTICIPLE = re.compile(r"\b[a-z]{3,}ing\b")
_TIME_CUE = re.compile(
    rf"\b(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTH}|(?:19|20)\d\d)\b"
    r"|\bon the (?:first|second|last|final|opening) day\b"
)


@structures(Label.CAPTION, text_dumps_only=True)
def caption_scene(segments: list[Segment], context: Context) -> Iterator[tuple[Segment, Verdict]]:
    """ "Commuters wearing masks wait for a train at Nuevos Ministerios station in Madrid":
    someone doing something somewhere, at some time, with no full stop at the end.

    Article sentences end with a full stop; headings are shorter and name no place.
    Runs after the title is found (a headline reads the same way) and only on text
    dumps (HTML says what a caption is).
    """
    for segment in segments:
        if segment.is_open and segment.hints is NO_HINTS and _is_scene(segment):
            yield segment, Verdict(caption_text=segment.text)


def _is_scene(segment: Segment) -> bool:
    text = segment.text
    words = segment.word_count
    if not _SCENE_WORDS[0] <= words <= _SCENE_WORDS[1] or segment.ends_like_sentence:
        return False
    if text[:1].islower():
        return False  # a hard-wrapped sentence going on from the line above
    if text.endswith((":", ",", ";", "?", "!")) or not _AT_PLACE.search(text):
        return False
    opening = " ".join(text.split()[:_SCENE_VERB_AT])
    if not (_PRESENT_TENSE.search(opening) or _PARTICIPLE.search(opening)):
        return False
    if _REPORTED.search(text) or _NOT_NOW.search(text):
        return False
    # The place or a time names the picture's moment, near its end.
    return bool(_TIME_CUE.search(text) or _AT_PLACE.search(text, len(text) // 2))


@revises(Label.CAPTION, reads=(credit_line,))
def caption_before_credit(
    segments: list[Segment], context: Context, credit_lines: Claimed
) -> Iterator[Segment]:
    """The line just before a credit line, when it describes a picture, is the caption.

    A credit can also stand under a picture that has no caption; the paragraph
    before it is then article text, which is why the line must read like a caption.
    """
    if not credit_lines:
        return  # most dumps: no walk over every line for a credit below it
    for index, segment in enumerate(segments[:-1]):
        following = segments[index + 1]
        if following not in credit_lines or not segment.is_open:
            continue
        if segment.word_count > _MAX_CREDITED_LINE_WORDS:
            continue
        if _reads_like_caption(segment.text):
            yield segment


_PLACE_CAPTION_WORDS = (4, 30)
"""A picture's description above its credit is a sentence of this many words ..."""
# ... that names where the picture was taken: a known city or country after a
# preposition, in any language ("… am Stadtrand von Köln.", "… devant la mairie de
# Genève.", "… frente al ayuntamiento de Zaragoza.").
_NAMED_PLACE = re.compile(
    r"\b(?:in|at|near|outside|von|vor|bei|im|aus|nach|de|du|à|en|del|ante|em|da|do|di|a)"
    r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’-]+)(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+)?)"
)


@revises(Label.CAPTION, reads=(credit_line,))
def caption_at_place(
    segments: list[Segment], context: Context, credit_lines: Claimed
) -> Iterator[Segment]:
    """The line just before a credit line, when it is one short sentence that names a
    known place: where the picture was taken ("Ein Arbeiter prüft die Baustelle am
    Stadtrand von Köln.", "Manifestantes concentrados ante el ayuntamiento de Madrid.").

    `caption_before_credit` reads English verbs; the place carries across languages. A
    paragraph above a picture that has no caption is longer, or has more sentences, or
    names no place.
    """
    if not credit_lines:
        return  # most dumps: no walk over every line for a credit below it
    for index, segment in enumerate(segments[:-1]):
        if segments[index + 1] not in credit_lines or not segment.is_open:
            continue
        if not _PLACE_CAPTION_WORDS[0] <= segment.word_count <= _PLACE_CAPTION_WORDS[1]:
            continue
        text = segment.text
        if _sentences(text) != 1 or _ADDRESSES_READER.search(text) or text.rstrip().endswith(":"):
            continue
        if text[:1].islower() or _REPORTED.search(text):
            continue
        if any(_known_place(name) for name in _NAMED_PLACE.findall(text)):
            yield segment


def _known_place(name: str) -> bool:
    """ "Sevilla", "New York", or a known place followed by another capitalised word."""
    name = name.casefold()
    return is_known_place(name) or is_known_place(name.split()[0])


_CUE_AT = 6
"""A caption says what its subject does within its first this many words ("A man walks
past …", "Commuters wearing masks stand …"); "His opponents don't lack for material to
use." names its verb too late."""
# A caption describes; it does not ask or speak to the reader ("Take a multivitamin
# every day", "So heizen Sie …?" are a page's headings that happen to stand above a
# picture's credit).
_ADDRESSES_READER = re.compile(
    r"\?|\b(?:you|your|you're|yours|du|dich|dein|deine)\b", re.IGNORECASE
)


def _reads_like_caption(text: str) -> bool:
    opening = " ".join(text.split()[:_CUE_AT])
    if not (_CAPTION_CUE.search(opening) or _PARTICIPLE.search(opening)):
        return False
    return not _REPORTED.search(text) and not _ADDRESSES_READER.search(text)


def caption_key(segment: Segment) -> str:
    text = segment.caption_text if segment.caption_text is not None else segment.text
    return key_of(text)


@revises(Reason.DUPLICATE_CAPTION)
def repeated_caption(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """A caption printed again, as a caption or as body text (before or after it)."""
    captions = {caption_key(s) for s in segments if s.label is CAPTION}
    captions.discard("")
    if not captions:
        return
    seen: set[str] = set()
    for segment in segments:
        if segment.label is Label.CAPTION:
            key = caption_key(segment)
            if key in seen:
                yield segment
            seen.add(key)
        elif segment.is_open and segment.key in captions:
            yield segment


@revises(Reason.DUPLICATE_CAPTION)
def caption_title(segments: list[Segment], context: Context) -> Iterator[Segment]:
    """A short line that repeats the start of the caption right after it."""
    if not any(segment.label is CAPTION for segment in segments):
        return
    for index, segment in enumerate(segments):
        if not segment.is_open or segment.word_count > _CAPTION_TITLE_WORDS:
            continue
        following = _next_kept(segments, index)
        if following is None or following.label is not Label.CAPTION:
            continue
        key = segment.key
        if key and caption_key(following).startswith(key):
            yield segment


def _next_kept(segments: list[Segment], index: int) -> Segment | None:
    for position in range(index + 1, len(segments)):
        if segments[position].label is not Label.REMOVED:
            return segments[position]
    return None
