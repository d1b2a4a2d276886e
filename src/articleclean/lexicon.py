"""Word lists and patterns that readers and rules share, kept in one place.

Neither side owns them: the HTML reader records exactly the class/id words
the rules read, and two rules that recognise the same thing (a heading tag,
a month name) read the same list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .patterns import class_first

DIGIT = re.compile(r"\d")
"""A decimal digit of any script: what the rules and readers that ask whether a line holds
a number search for, compiled once here."""
LETTER = re.compile(r"[^\W\d_]")
"""A letter of any script (a word character that is no digit nor "_"): what the language
detector counts in a sample and a segment's word count counts in CJK text."""

# What ends a sentence, read at a text's end (round 58 made six modules' own readings
# these). Two readings, each on purpose, and three named differences below them
# (`WRAP_CLOSING_MARKS`, `LEAD_ENDS`, `STATEMENT_THEN_MARKS`), each saying why:
# - `ends_a_sentence` (and `ends_as_statement`, its marks but a question's): a sentence's
#   mark, closing quotes and brackets after it at most. What the rules and readers ask of
#   a line they must tell from a heading, a label or a wrap's broken line ("… today."
#   over "Read more:", a headline from a teaser's blurb).
# - `ENDS_SENTENCE_OR_QUOTE`: the last character is a sentence's mark or a closing quote
#   or bracket, whatever stands before the quote ("… called it “a disaster”"). Looser: a
#   line ending in a quote is a quoted sentence's end more often than not, and the text
#   of a segment (`Segment.ends_like_sentence`, asked of every line) and the HTML
#   reader's lead (a dek or a description's full text that ends as prose) read the last
#   character alone, where a caption's credit or a heading ends on a word.
SENTENCE_MARKS = (".", "!", "?", "…", "。", "！", "？")
"""The marks that end a sentence, in the Latin and the CJK scripts."""
STATEMENT_MARKS = tuple(mark for mark in SENTENCE_MARKS if mark not in "?？")
"""The marks that end a sentence that asks nothing."""
CLOSING_MARKS = "\"'’”“»)）]"
"""The closing quotes and brackets that may follow a sentence's mark (the German closing
“ too: „… weitergeht.“)."""
SENTENCE_END = re.compile(r"[.!?…。！？][\"'’”“»)）\]]*\s*$")
"""`ends_a_sentence` as a pattern: the two are one reading (tests/test_regex_shortcuts.py
checks it), the function the fast form, as it tries no position but the end."""
ENDS_SENTENCE_OR_QUOTE = frozenset("".join(SENTENCE_MARKS) + "»”\"'’)।")
"""The last characters of a text that ends like a sentence when nothing before them is
read: a sentence's mark (and "।", the danda of Hindi, Bengali, Marathi, Nepali, Punjabi:
round 54, without it no prose line of those scripts read as prose), or a closing quote or
bracket."""
LEAD_ENDS = ENDS_SENTENCE_OR_QUOTE | frozenset("“«„")
"""`ENDS_SENTENCE_OR_QUOTE` as the HTML reader reads the end of a page's lead or dek
(`readers/html.py`), and the German and French quotes as well: a dek is a quotation
as often as not, „…“ or «…». `Segment.ends_like_sentence` reads no “ nor «: with them,
72 of the 1,980 outputs of `bench.identity` changed (round 58; not read, left)."""


WRAP_CLOSING_MARKS = "\"'’”»)]"
"""`CLOSING_MARKS` as the text reader reads a wrapped line's end (`readers/text.py`), but
for the German closing “ and the full-width bracket: with them, two rows of a German
list, "… genutzt werden." over "Schulen müssen „… unterbinden.“", were read as one
wrapped paragraph (round 58, which made the reader's reading and the rules' one: the
reader's own rows then tell a list from a wrap by where a sentence ends, and a row
ending in a closed quotation is taken as ending none)."""


STATEMENT_THEN_MARKS = re.compile(r"[.!]\W*$")
"""A full stop or an exclamation mark with nothing but marks after it: a statement's end
as the prompts read a line printed with the page's marks around it (`rules/promos.py`: a
comment section's label ends none, a prompt's long sentence ends so), a button's "+" or
Markdown's "**" after it too ("Subscribe … with our Feedburner Feeds. **"). Not
`ends_as_statement`, whose closing marks are quotes and brackets alone (round 58: with
it, a Markdown dump's prompt ending so lost its reason), nor "…" or the CJK marks."""


def ends_a_sentence(text: str, closing: str = CLOSING_MARKS) -> bool:
    """Whether `text` ends in a sentence's mark, white space and closing marks after it
    aside (`SENTENCE_END`, without its search trying every position of the line: `\\s`
    is what `str.isspace` is, and a closing mark is no sentence's mark nor white space, so
    what the pattern matches is what the strips leave at the end)."""
    return text.rstrip().rstrip(closing).endswith(SENTENCE_MARKS)


def ends_as_statement(text: str) -> bool:
    """Whether `text` ends a sentence that asks nothing (".", "!", "…", closing marks
    after it aside): `ends_a_sentence` but for a question's mark. A teaser's headline
    may ask (`teaser_lines.asks`), so a line ending so is no `boxed_headline`, nor any
    tail of it that holds a word (a headline printed behind a label)."""
    return text.rstrip().rstrip(CLOSING_MARKS).endswith(STATEMENT_MARKS)


# The networks, messengers and players a site's share or follow bar names, brands every
# language prints as they are, and the words for e-mail: the one list both readings of a
# share bar read (`share_row`, a browser's row of them with or without a short label;
# `promo_shape`, a row under a share verb and a prompt naming where to go, which builds
# its `_CHANNEL` pattern from them with the words only a prompt names: newsletters, apps,
# mailboxes). "X" is no entry: as a word it is a letter, a sign or a variable as often;
# each rule says when it reads it as the network.
SOCIAL_NETWORKS = (
    *("facebook", "twitter", "whatsapp", "telegram", "instagram", "linkedin", "pinterest"),
    *("tiktok", "youtube", "threads", "mastodon", "bluesky", "flipboard", "spotify", "deezer"),
    *("reddit", "messenger", "xing", "tumblr"),
)
MAIL_WORDS = ("email", "e-mail", "mail", "courriel", "correo")
SHARE_CHANNELS = frozenset(SOCIAL_NETWORKS + MAIL_WORDS)
"""A share or follow bar's channels, each as one word in lower case."""

# "1/50", "- 12 / 50": the counter of a slide gallery, before each slide's caption.
# Galleries also spell it out, after a word for the picture or none ("1 of 50",
# "Image 3 of 12", "Bild 1 von 17", "Foto 2 de 20", "Photo 4 sur 9", "Zdjęcie 1 z 8");
# its groups say which form was read. `html_gallery_slide` reads it in the extracted
# text, the HTML hints in the page's markup (a counter alone in its element).
_SLIDE_OF = r"of|von|de|sur|di|van|z|av|af|из"
SLIDE_COUNTER = re.compile(
    r"^[\W_]*(?P<label>[^\W\d_]{2,12}\s+)?(?P<number>\d{1,3})"
    r"\s*(?:/|\s(?P<word>" + _SLIDE_OF + r")\s)\s*(?P<total>\d{1,3})(?!\d|\s*/)",
    re.IGNORECASE,
)
MIN_GALLERY_SLIDES = 3
"""A slide gallery shows at least this many slides, its counters running from the first
(`html_gallery_slide` in the extracted text, the HTML hints in the page's markup): fewer
numbered pictures are a recipe's or a guide's steps as often as a gallery."""
FIRST_SLIDES = frozenset(range(1, MIN_GALLERY_SLIDES + 1))
"""The counters a gallery's first slides carry: a spelt-out counter also counts people and
things ("3 of 10 voters …"), so a gallery is read only when its counters run from 1."""
# The words a spelt-out counter may name the picture by ("Foto 1 di 8", "Image 3 of 12"):
# "Step 1 of 8" numbers something else.
PICTURE_LABELS = frozenset(
    {"image", "photo", "picture", "slide", "bild", "foto", "imagen", "immagine", "imagem"}
    | {"zdjęcie", "фото", "снимок", "afbeelding", "kuva", "bilde", "fotó"}
)

CAPTION_WORDS = frozenset(
    {
        "caption",
        "figcaption",
        "wp-caption-text",
        "image-caption",
        "photo-caption",
        "credit",
        "photo-credit",
        "image-credit",
        "media-caption",
        "caption-text",
        "bildunterschrift",
    }
)
RELATED_WORDS = frozenset(
    {
        "related",
        "related-posts",
        "related-articles",
        "related-stories",
        "recommended",
        "recommendations",
        "more-stories",
        "also-read",
        "most-read",
        "trending",
        "popular",
        "recirculation",
        "mostread",
        "outbrain",
        "taboola",
    }
)
PROMO_WORDS = frozenset(
    {
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "sign-up",
        "share",
        "sharing",
        "social",
        "social-share",
        "share-buttons",
        "follow",
        "promo",
        "paywall",
        "comments",
    }
)
AD_WORDS = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "ad-slot",
        "ad-container",
        "sponsor",
        "sponsored",
        "dfp",
        "gpt-ad",
        "banner-ad",
    }
)
# An ad marker with its "read on" notice around it ("Story continues after the
# advertisement", "Der Artikel geht nach der Werbung weiter", "Publicidad · Sigue
# leyendo debajo"): sites word the notice each their own way, but from a small
# vocabulary; `ad_marker` takes a short line made of nothing else.
AD_NOTICE_WORDS = frozenset(
    """advertisement advertisements advertising ad ads sponsored
    anzeige werbung gesponsert gesponserte gesponserter gesponsertes reklame
    publicité publicite annonce publicitaire sponsorisé sponsorisée
    publicidad anuncio publicitario publicitaria patrocinado patrocinada
    pubblicità pubblicita annuncio sponsorizzato publicidade anúncio
    advertorial reklama sponsorowany sponsorowana sponsorowane annons reklam sponsrad
    sponsrat sponsorlu iklan advertentie reclame gesponsord реклама""".split()
)
"""Words that name an ad (casefolded); `names_an_ad` also takes the inflected forms of
`INFLECTED_AD_NAMES`."""
INFLECTED_AD_NAMES = frozenset(
    "reklama reklam annons advertentie реклама sponsorowany sponsorowana".split()
)
"""The names of languages that put case or plural endings on the noun ("pod reklamą",
"efter annonsen", "reklamdan sonra", "после рекламы", "advertenties"): each also names an
ad with up to `AD_STEM_MAX_SUFFIX` letters more (a name in -a from its stem without the
"a": "reklamy", "рекламы"). Not the other languages' names: German "anzeigen" is also
"to show" ("Artikel anzeigen"), French "annoncer" "to announce"."""
AD_STEM_MAX_SUFFIX = 3


def names_an_ad(word: str) -> bool:
    """Whether a casefolded word is an ad's name or one of its inflected forms."""
    if word in AD_NOTICE_WORDS:
        return True
    for cut in range(1, AD_STEM_MAX_SUFFIX + 1):
        stem = word[:-cut]
        if stem in _AD_STEMS:
            return True
    return False


_AD_STEMS = INFLECTED_AD_NAMES | frozenset(
    word[:-1] for word in INFLECTED_AD_NAMES if word.endswith(("a", "а"))
)
AD_NAME_STEMS = (AD_NOTICE_WORDS - INFLECTED_AD_NAMES) | _AD_STEMS
"""Every ad's name, or its stem where the name drops its last letter in other cases: a
line holding an inflected name holds one of these (the screen's plain strings)."""


def with_capital_i_folds(forms: Iterable[str]) -> tuple[str, ...]:
    """The phrase forms, each holding a Turkish or Azerbaijani dotless "ı" followed by its
    twin with "i": in capitals "ı" is printed "I", which case-folds to "i", so "DEVAMI"
    and "BUNLARI DA OKUYUN" reach the rules as "devami" and "bunlari da okuyun", never as
    the lists' "devamı" and "bunları da okuyun". (The dotted capital "İ" needs no twin: a
    phrase form drops the combining dot its fold leaves, "HABERİN" is "haberin".)"""
    listed = tuple(forms)
    return listed + tuple(form.replace("ı", "i") for form in listed if "ı" in form)


READ_ON_WORDS = frozenset(
    with_capital_i_folds(
        """story article content text message continues continue continued reading read
    below after scroll scrolling keep down the this our to with of
    artikel beitrag inhalt geht weiter weiterlesen lesen sie unten nach der die das
    dem den im wird fortgesetzt es
    la le l suite de du article contenu ci dessous continue après apres cette faites
    défiler defiler pour continuer lire lecture
    sigue seguir leyendo leer debajo abajo el nota noticia artículo contenido continúa
    continua del después despues tras
    continua leggere sotto articolo dopo prosegue
    continue lendo o a matéria materia artigo abaixo depois da do após texto
    czytaj czytać dalej poniżej niżej artykuł artykułu tekst tekstu dalszy dalsza ciąg
    część pod jest kontynuowany przewiń aby materiału treść po
    artikeln texten fortsätter fortsätt läs läsa vidare nedan under efter scrolla för att
    haberin haber devamı devam okumaya edin sonra aşağıda için kaydırın yazının
    artikel berlanjut setelah ini gulir untuk melanjutkan lanjutkan lanjut membaca baca
    selengkapnya di bawah berita
    lees verder hieronder onder na gaat het de om te lezen door
    продолжение ниже статья статьи продолжится после читайте далее дальше листайте
    role rolar para continuar ler seguir notícia noticia continua scorri per continuare
    leggi met deze""".split()
    )
)
"""Words of the notice around an ad marker: what goes on, where, and how (casefolded)."""


AUTHOR_BOX_WORDS = frozenset(
    {
        "author-bio",
        "authorbio",
        "author-box",
        "authorbox",
        "postauthorbox",
        "about-author",
        "author-about",
        "author-description",
        "author-biography",
        "saboxplugin",
    }
)
"""Words of the box under (or beside) an article that presents its author: a picture,
the name, a few sentences of biography ("author-bio", "author-box", WordPress's Simple
Author Box "saboxplugin-wrap", "TestReport__AuthorBox", "elementor-author-box"). The
two-part words are matched as two neighbouring parts of a longer class too
(`class_words`); "author" or "bio" alone is not enough ("author" is the byline's own
class, "bio" a biography's text)."""

BOX_WORDS = CAPTION_WORDS | RELATED_WORDS | PROMO_WORDS | AD_WORDS | AUTHOR_BOX_WORDS
"""Every class/id word the box rules read; the HTML reader records exactly these."""

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "head"})
"""Tags of heading blocks (`head` is trafilatura's heading without a level)."""

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
"""An English month name or its abbreviation, as a regex fragment."""

# The letters of the scripts without capitals, each script's range written once: a
# name after a byline's prefix is spelled in all of them (`names._UNCASED_NAME`), a
# dateline's place in the three no other form of `rules/datelines.py` reads
# (`UNCASED_PLACE_LETTERS`). Letters only, where a word is read: not
# `language._SINGLE_LANGUAGE_SCRIPTS`, which counts whole blocks (digits, signs, the
# supplements and Georgian's capitals) to tell a text's language.
_ARABIC_LETTERS = "\u0621-\u064a\u067e-\u06cc"
_HEBREW_LETTERS = "\u05d0-\u05ea"
_DEVANAGARI_LETTERS = "\u0900-\u0963"
_INDIC_LETTERS = "\u0980-\u0d7f"
"""Bengali to Malayalam."""
_THAI_LETTERS = "\u0e01-\u0e4e"
_SINHALA_LETTERS = "\u0d80-\u0df4"
_GEORGIAN_LETTERS = "\u10d0-\u10ff"
_ETHIOPIC_LETTERS = "\u1200-\u135a"
_JOINERS = "\u200c\u200d"
"""The zero-width non-joiner and joiner the Indic scripts write inside a word."""
UNCASED_PLACE_LETTERS = f"{_GEORGIAN_LETTERS}{_ETHIOPIC_LETTERS}{_SINHALA_LETTERS}{_JOINERS}"
"""Georgian, Ethiopic and Sinhala letters (with the joiners), for a character class."""
UNCASED_LETTERS = (
    f"{_ARABIC_LETTERS}{_HEBREW_LETTERS}{_DEVANAGARI_LETTERS}{_INDIC_LETTERS}{_THAI_LETTERS}"
    f"{UNCASED_PLACE_LETTERS}"
)
"""The letters of every script without capitals a name is read in, for a character class."""

NEWS_AGENCIES = (
    "AP|Associated Press|The Associated Press|AFP|Agence France-Presse|Reuters|REUTERS|"
    "Bloomberg|dpa|DPA|EFE|Agencia EFE|ANSA|Xinhua|XINHUA|Xinhua News Agency|IANS|PTI|ANI|"
    "UNI|Kyodo|Kyodo News|Yonhap|Yonhap News|Jiji|JIJI|KCNA|CNS|TASS|ТАСС|РИА Новости|"
    "Sputnik|Anadolu|ANADOLU|Europa Press|Lusa|LUSA|Agência Brasil|PA|PA Wire|NTB|TT|"
    "Ritzau|Belga|ANP|APA|UPI|ANTARA|Antara|رويترز"
)
"""The news agencies, as a regex alternation of their printed names. They write the
copy and take the pictures, so a byline ("Jane Doe, Reuters") and a photo credit
("(AP Photo/Jane Doe)") both end in one; bylines add broadcasters that sign copy
(`names`), credits add picture libraries that never write it (`rules/credits`)."""

PICTURE_AGENCIES = (
    r"Getty Images|GettyImages|Shutterstock|Alamy|Alamy Stock Photo|iStock|iStockphoto|"
    r"iStock\.com|Adobe Stock|stock\.adobe\.com|picture alliance|picture-alliance|imago|IMAGO|"
    r"Pixabay|Unsplash|Pexels|Wikimedia Commons|Flickr|Depositphotos|123RF|Dreamstime|Fotolia"
)
"""Picture agencies and libraries, as a regex alternation: no text but a picture's credit
names one as its source (the credit rules), and no byline's names are one of them."""

_TITLE_SEPARATOR_FORM = r"\s+(?:[-–—/·»«›•⋆:|]|--|::|//)\s+|\s*(?:\|\||\||｜)\s*"
TITLE_SEPARATOR = class_first(
    r"[\s|｜]",
    r"(?<=\s)(?:\s*(?:[-–—/·»«›•⋆:|]|--|::|//)\s+|\s*(?:\|\||\||｜)\s*)"
    r"|(?<=\|)\|?\s*|(?<=｜)\s*",
)
"""What stands between a page title's headline and the site's name or a section ("Headline -
Site", "Site | Section | Headline", "Site › Headline"): a mark with spaces on both sides, or
a bar with or without them. The matches of `_TITLE_SEPARATOR_FORM`, with the first
character as a class of its own (`patterns.class_first`)."""
_GLUED_COLON = re.compile(_TITLE_SEPARATOR_FORM + r"|\s*：\s*|:\s+")
"""... and a colon glued to the word before it ("Security Blog: Enhanced …", "益阳：…")."""


def title_parts(title: str | None, *, at_glued_colons: bool = False) -> list[str]:
    """The parts of a page's `<title>` between its separators (`TITLE_SEPARATOR`), blank
    ones dropped: the headline, the site's name, a section. The text path's title rules and
    bylines read a dump's title line so, and the HTML date reader a title or date element's
    text for the day ("… | DW | 19.01.2020"); the HTML reader, looking for an `<h2>` that
    prints one part, splits `at_glued_colons` too.

    The one difference is on purpose. In a dump's title line a colon glued to the word
    before is most often the headline's own, after a kicker ("Lockdown: Churches stay open
    under strict rules"): split there, the text path takes the wrong part for the headline,
    and 36 of the 990 webeval dumps get another title, most of them worse (the kicker cut
    off, or the <title> line kept with the site's name). A blog theme's `<h2>` may print
    either side of it ("Security Blog" over "Security Blog: Enhanced …"). Merged in round 34
    from a splitter in each (the text's own marks `/ › ⋆ //` and a bar without spaces, the
    HTML's `--` and `｜` are now both's); every webeval page and dump and every labelled
    dump cleans the same as before. The HTML reader's site-name cut splits with its own
    marks (`html_title._TITLE_SEPARATOR`)."""
    separator = _GLUED_COLON if at_glued_colons else TITLE_SEPARATOR
    return [part for part in separator.split(title or "") if part.strip()]


MAX_LABEL_WORDS = 4
"""At most this many words before the colon of a "Read also: <link>" label."""

MAX_KICKER_WORDS = 3
"""At most this many words in a kicker, the section or topic a page prints over or before a
headline ("Lokales", "Ukraine-Krieg", "Deutschlandtakt:"): over the article's own
(`readers.html_title`), and over or inside each card of a list of other stories
(`readers.html_hints`, `rules.html`)."""

# Three readings of "this line is a row of a list", side by side. They share the
# bullet and differ in the number that opens a row. They were written for three
# rules at different times, and nothing records that the difference was measured;
# merging them would change answers (a "2024. " line, a "1, " line, "300 g Mehl"),
# so each rule keeps its own, named for what it takes, until a measured change
# unifies them. In all three rules a row is kept in the body.
BULLET_MARKS = "-•*·–"
"""The signs that open a bulleted row ("-" first, so a character class takes it as itself)."""
_BULLET = rf"[{BULLET_MARKS}]\s"
LIST_ROW = re.compile(rf"^(?:\d{{1,3}}[.)]\s|{_BULLET})")
"""A bulleted row, or one numbered 1 to 999 with "." or ")": "1. Kyle Busch 245", "- flour".
The strictest (no "2024. ", no "1, "): `section_heading` takes no row for a heading
when the line above is a row too."""
LIST_ROW_ANY_NUMBER = re.compile(rf"^(?:\d+[.,)]\s|{_BULLET})")
"""A bulleted row, or one opening with any number and ".", "," or ")": what ends a run
of trailing teasers (`trailing_teasers`), where a row is the article's own list."""
LIST_OR_TABLE_ROW = re.compile(
    rf"^(?:\d+[.,)]?\s|{_BULLET}|\d+(?:[.,]\d+)?\s?(?:g|kg|ml|l|%|TL|EL|cup|cups|tbsp|tsp|oz|lb)\b)"
)
"""Also a bare number and a quantity: a list row or a table row, "1. Kyle Busch 2,345",
"300 g Mehl", "- item" (`outside_article`: what a list announced by a colon holds, and
what carries the article on past its run of prose)."""


# A post's stamp and its line of facts, read alike by the HTML rules
# (`rules/html.py`: a date-only block, the facts block) and the text path's run of
# prose (`rules/article_run.py`: the facts line that closes the post). A month is
# named by the first letters of its name in English, German, French, Spanish,
# Italian, Portuguese, Dutch or Polish ("23 mars 2020", "5. Januar 2021", "05 maja
# 2021"); the labels are the few words sites print before their stamp.
_MONTH_NAME = (
    r"(?:jan|j\u00e4n|feb|f\u00e9v|fev|m\u00e4r|mar|maa|apr|avr|abr|ma[iyj]|mag|mei|jun|jui|giu|"
    r"jul|lug|aug|ao\u00fb|ago|sep|set|okt|oct|ott|out|nov|dez|d\u00e9c|dec|dic|"
    r"sty|lut|kwi|cze|lip|sie|wrz|pa\u017a|lis|gru|ene)[^\W\d_]{0,9}"
)
OTHER_MONTH_NAME = (
    r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[йя]|июн[яь]|июл[яь]|августа?|"
    r"сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|"
    r"जनवरी|फ़?फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर)"
)
"""The Russian and Hindi names of the months ("14 марта 2025", "10 मार्च 2025"), which
`_MONTH_NAME`'s first Latin letters do not read: a byline's stamp reads them
(`names._BYLINE_STAMP`), a stamp under the headline any word (`TIMED_STAMP`)."""
_DAY_MONTH_YEAR = rf"\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH_NAME}\.?,?\s+(?:de\s+)?(?:19|20)\d\d"
_MONTH_DAY_YEAR = rf"{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
# (the Czech and Slovak sites space their dotted date: "18. 9. 2025")
_NUMERIC_DATE = (
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d"
)
STAMP_DATE = rf"(?:{_NUMERIC_DATE}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})"
"""A date, as a regex fragment: "23.10.2018", "2021-10-16", "5. Januar 2021", "January 13, 2020".
A byline's date after the names is read by `names._DATES`, apart on purpose (see there)."""
STAMP_CLOCK = r"\d{1,2}[:.]\d\d(?:\s*(?:Uhr|h|[ap]\.?m\.?|[AP]M))?"
"""A time of day, as a regex fragment: "19:49", "08:45 AM", "10.30 Uhr"."""
ENTRY_TIME = re.compile(
    r"^\d{1,2}[:.]\d\d(?:\s?(?:hrs?\.?|hs\.?|h|Uhr|horas|[ap]\.\s?m\.|[AaPp][Mm]))?$"
)
"""A line that is a clock time alone ("19:05", "19:05 hrs", "7:05 p.m."): a live blog's time
over its entry (the Latin American papers write "hrs" after it, the German ones "Uhr"), read
in a dump's run of prose (`article_run`) and in a page's `<time>` elements (`html_times`)."""
STAMP_LABEL = (
    r"(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?|"
    r"aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|stand|"
    r"publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el)?|publicado(?:\s+el)?|"
    r"opublikowano|aggiornato(?:\s+il)?|pubblicato(?:\s+il)?|"
    r"yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|güncelleme(?:\s+tarihi)?)"
)
"""The words sites print before their stamp, as a regex fragment ("Aktualisiert am",
Turkish "Yayınlanma:", "Güncelleme:").
A byline's label after the names is read by `names._LABELLED_STAMP`, apart on purpose."""
_DATE_WORD = r"(?:(?:news\s+)?date|datum|fecha|data)"
"""The word "date" as a field's label ("Datum: 18.10.2021", "Fecha: 3 de mayo de 2022")."""
STAMP_FIELD = (
    rf"(?:(?:{STAMP_LABEL}|{_DATE_WORD})\s*:?\s*)?"
    rf"{STAMP_DATE}"
    rf"(?:(?:,|\s|\s-\s)\s*(?:um\s+|at\s+|à\s+)?{STAMP_CLOCK})?"
)
"""A date under its label, perhaps with a time, as one field of a line of facts."""
# The word a stamp sets between its date and its time: German "um", English "at", French
# "à", and the Nordic "kl." ("9. marts 2025 kl. 19.55"), Finnish "klo", Dutch "om",
# Slovenian "ob" ("15. marec 2025 ob 09.00") and Portuguese "às" ("10/02/2025 às 14h20",
# the Brazilian sites' stamp), each the form that language's sites print.
CLOCK_WORD = r"(?:um\s+|at\s+|à\s+|às\s+|kl\.\s*|klo\s+|om\s+|ob\s+)"
# The pieces of a stamp that the rules reading one alone (`DATE_ALONE`), beside the
# byline (`names._BYLINE_STAMP`) and under the headline (`TIMED_STAMP`, `CLOCK_STAMP`,
# `STAMP_LABELLED`) compose, each written here once (round 56: they were written two or
# three times, each rule knowing zones and labels the others did not), so that the next
# language's zone or label is added in one place. The line of facts (`STAMP_FIELD`)
# keeps the narrower `STAMP_CLOCK` and `STAMP_LABEL`.
TIME_ZONE = (
    r"(?-i:UTC|GMT|CES?T|EES?T|WES?T|MES?Z|BST|IST|MSK|WIB|WITA|PKT|SGT|HKT|JST|KST|AES?T"
    r"|AEDT|[ECMP][SD]?T)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?"
)
"""A clock's time zone ("UTC", "CEST", German "MEZ", "IST", "MSK", "WIB", "ET"), perhaps
with its offset ("GMT+2", "UTC +05:30"): in capitals only, as French "et" and Spanish
"est" are words."""
ZONED_CLOCK = (
    rf"(?:{STAMP_CLOCK}|\d{{1,2}}h\d\d|\d{{1,2}}:\d\d\s*[ap]\.\s?m\.)(?:\s*\(?{TIME_ZONE}\)?)?"
)
"""A time of day, perhaps with its zone: "19:49", "4:12 PM UTC", "13:45 (CET)", the hour
French and Brazilian sites write with "h" ("07h00", "10h32"), Spanish "7:05 p. m."."""
_MORE_STAMP_LABEL = (
    r"atualizado(?:\s+em)?|опубликовано|обновлено|प्रकाशित|अपडेटेड|"
    r"publicerad|uppdaterad|publisert|oppdatert|publiceret|udgivet|opdateret|"
    r"julkaistu|päivitetty|оновлено|опубліковано|aktualizované|aktualizováno|frissítve|"
    r"atjaunots|publicēts|yenilənib|yangilandi"
)
ANY_STAMP_LABEL = rf"(?:{STAMP_LABEL}|{_MORE_STAMP_LABEL})"
"""`STAMP_LABEL` and the labels of the languages whose stamps were read beside a byline
and under a headline first: Portuguese "Atualizado em", Russian "Опубликовано", Hindi
"प्रकाशित", and the Nordic papers' "Publicerad", "Udgivet", "Publiceret", "Päivitetty";
then the update's label of Ukrainian, Slovak, Czech, Hungarian, Latvian, Azerbaijani and
Uzbek sites ("Оновлено:", "Aktualizované", "Frissítve:", "Yenilənib:"; round 65 audit)."""
READING_TIME_LABEL = (
    r"(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|"
    r"tiempo\s+de\s+lectura|tempo\s+de\s+leitura|tempo\s+di\s+lettura|czas\s+czytania|leestijd)"
)
"""The label before a reading time ("Lesezeit: 4 Min.", "Reading time 5 minutes")."""
MINUTES = r"\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minut)\.?"
"""A number of minutes ("5 min", "4 Min.", "12 minutos")."""
READING_TIME = (
    rf"(?:{READING_TIME_LABEL}\s*:?\s*)?{MINUTES}"
    r"(?:\s+(?:read|reading|lesezeit|lesedauer|lesen|de\s+lecture|de\s+lectura|de\s+leitura|"
    r"di\s+lettura|czytania|leestijd))?"
)
"""A reading time, as a regex fragment: "5 min read", "Lesezeit: 4 Min.", "3 min de
lecture", or minutes alone, which only where a stamp's date stands before them
(`TIMED_STAMP`) or with `names.is_reading_time`'s check tell a reading time."""
STAMP_LABEL_BEFORE = rf"(?:{ANY_STAMP_LABEL}\s*:?\s*)?"
"""A stamp's label before its date, if it prints one ("Aktualisiert am ", "Publicerad: ")."""
STAMP_CLOCK_AFTER = rf"(?:(?:,|\s|\s-\s|\s\|\s)\s*{CLOCK_WORD}?{ZONED_CLOCK})?"
"""A stamp's time after its date, if it prints one (", 10:30", " kl. 19.55", " - 13:45 CET")."""
DATE_ALONE = re.compile(
    rf"^\W*{STAMP_LABEL_BEFORE}{STAMP_DATE}{STAMP_CLOCK_AFTER}\W*$",
    re.IGNORECASE,
)
"""A line that is only a date, perhaps with a time and a label saying what the date is
("April 21, 2022", "Aktualisiert am 17.01.2021, 10:30", "20/02/2025 - 13:45 CET"): a
page's publication stamp, on an HTML page (`html_date_line`) and at the top of an
article dump (`title_line`)."""
# The stamp Korean, Japanese and Chinese sites print with the year first ("입력
# 2025.03.05 06:00 수정 2025.03.05 09:12": Yonhap, Chosun, JoongAng, Naver's pages;
# "2025年3月4日 07:00": Asahi, Nikkei, Yomiuri): a date in "年月日" or dotted or
# slashed digits, its weekday in brackets, its time ("06:00", "오전 6:00", "7時00分"),
# under a label ("입력", "수정", "公開", "更新", "发布时间"), one to three such fields on a
# line. Apart from `STAMP_DATE`, read only by `byline_date_stamp` and `headline_date_stamp`:
# the other readers of a date alone were measured with the forms above only.
_YEAR_FIRST_DATE = (
    r"(?:19|20)\d\d(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\.\s?\d{1,2}\.\s?\d{1,2}\.?"
    r"|/\d{1,2}/\d{1,2}|-\d\d-\d\d)(?:\s*[(（][^\W\d_]{1,3}[)）])?"
)
_CJK_CLOCK = r"(?:(?:오전|오후|午前|午後|上午|下午)\s*)?\d{1,2}(?::\d\d|時(?:\d{1,2}分)?)"
_CJK_STAMP_LABEL = (
    r"(?:기사\s*)?(?:입력|수정|최종\s*수정|등록|승인|업데이트|발행|게재)|"
    r"(?:公開|更新|配信|掲載|投稿|最終更新)(?:日時|日)?|"
    r"(?:发布|發布|發佈|更新)(?:时间|時間|日期)?"
)
_YEAR_FIRST_FIELD = (
    rf"(?:(?:{_CJK_STAMP_LABEL})\s*[:：]?\s*)?{_YEAR_FIRST_DATE}"
    rf"(?:\s*(?:{_CJK_CLOCK}|{STAMP_CLOCK}))?"
)
YEAR_FIRST_STAMP = re.compile(
    rf"^\W*{_YEAR_FIRST_FIELD}(?:\s*[|·/]?\s*{_YEAR_FIRST_FIELD}){{0,2}}\W*$", re.IGNORECASE
)
"""A line that is only a year-first stamp (`_YEAR_FIRST_DATE`), perhaps with its time and
label, up to three fields ("입력 2025.03.05 06:00 수정 2025.03.05 09:12")."""
# The stamp the Nordic papers print over or under the byline on the day itself: a label
# and the time alone, the date left out ("Publicerad 06.58 | Uppdaterad 16.52":
# Aftonbladet, Expressen, DN; "Publisert 07.12", "Opdateret kl. 16.52", "Päivitetty
# 13:05"), one to three fields. A label is required: a time alone opens a live blog's
# entry. Under `ANY_STAMP_LABEL`, not `STAMP_LABEL` alone (the readers of a date alone
# were measured without the Nordic words): read only by `byline_date_stamp` and
# `headline_date_stamp`.
_CLOCK_FIELD = rf"{ANY_STAMP_LABEL}\s*:?\s*(?:kl\.\s*|klo\s+)?{ZONED_CLOCK}"
CLOCK_STAMP = re.compile(
    rf"^\W*{_CLOCK_FIELD}(?:\s*[|·,/]?\s*{_CLOCK_FIELD}){{0,2}}\W*$", re.IGNORECASE
)
"""A line of one to three labelled times of day with no date ("Publicerad 06.58 |
Uppdaterad 16.52")."""
STAMP_TIME_OR_LABEL = re.compile(
    rf"(?:^|(?<=[\s,|]))(?:(?:{_CJK_CLOCK}|{ZONED_CLOCK})(?![\d./-])|(?:{ANY_STAMP_LABEL}|{_CJK_STAMP_LABEL}))",
    re.IGNORECASE,
)
"""In a line that is a stamp: its time of day or its label, which a letter's date or a
date the text opens with does not carry ("12:30", "오전 6:00", "입력", "Published")."""
# The stamp a page prints alone under its headline, with its time of day: "7 March 2025
# 09:45", "03.03.2025, 14:12 Uhr", "15 августа 2016, 13:43", "Published 12:30 GMT, 3 March
# 2025", "Mar 3, 2025 · 4 min read". The time (or the reading time) is what tells it from
# a letter's or a diary's date heading its text, so the month may be any word of 3 to 12
# letters in any script (as `names._DATES` reads a byline's date), and a weekday may open
# it (`_WEEKDAY`). Read only by `headline_date_stamp`.
_ANY_MONTH_DATE = (
    rf"(?:{_NUMERIC_DATE}"
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d\d"
    # the year first, as Hungarian and Latvian sites print it ("2025. március 5.",
    # "2026. gada 13. marts")
    r"|(?:19|20)\d\d\.\s+(?:gada\s+\d{1,2}\.\s+[^\W\d_]{3,12}|[^\W\d_]{3,12}\s+\d{1,2}\.)"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)"
)
# A weekday before the date: with its comma in any language ("Freitag, 04.02.2022"), or
# without one where it is written in lower case ("mercredi 11 septembre 2019", "środa 3
# marca 2021"); a capitalised word before a date without a comma is a name's ("Redaktion
# 1. November 2023 10:29"), a byline's form. Vietnamese names its weekdays in two words
# ("Thứ Ba, 15/4/2025 15:20", "Chủ nhật, …"), every Vietnamese site's stamp.
_WEEKDAY = r"(?:(?:thứ\s+[^\W\d_]{2,4}|chủ\s+nhật|[^\W\d_]{2,12}\.?),\s+|(?-i:[a-zß-ÿа-яёąćęłńśźżčšěřůőű][^\W\d_]{1,11})\s+)?"
_HEAD_SEPARATOR = r"(?:\s*[,|·•/–—-]\s*|\s+)"
TIMED_STAMP = re.compile(
    rf"^\W*(?:{ANY_STAMP_LABEL}\s*:?\s*)?(?:"
    rf"(?<![^\W\d_]){_DATE_WORD}\s*:?\s*{_WEEKDAY}{_ANY_MONTH_DATE}"
    rf"(?:{_HEAD_SEPARATOR}(?:{CLOCK_WORD}|a\s+las\s+)?{ZONED_CLOCK})?|"
    rf"{_WEEKDAY}{_ANY_MONTH_DATE}{_HEAD_SEPARATOR}(?:{CLOCK_WORD}|a\s+las\s+)?{ZONED_CLOCK}"
    rf"(?:{_HEAD_SEPARATOR}{READING_TIME})?"
    rf"|{ZONED_CLOCK},?\s+{_WEEKDAY}{_ANY_MONTH_DATE}"
    rf"|{_WEEKDAY}{_ANY_MONTH_DATE}{_HEAD_SEPARATOR}{READING_TIME}"
    r")\W*$",
    re.IGNORECASE,
)
"""A line that is only a date with its time of day (or its reading time), the month in any
language, perhaps under a label ("Published 12:30 GMT, 3 March 2025"), or a date under
the word "date" ("Datum: 18.10.2021")."""
STAMP_LABELLED = re.compile(
    rf"^\W*(?:{ANY_STAMP_LABEL}|{_DATE_WORD}|{_CJK_STAMP_LABEL})(?![^\W\d_])",
    re.IGNORECASE,
)
"""A stamp that opens with its label ("Stand:", "Published", "입력", "Publicerad"): the
page's own stamp, which a live blog's or a timeline's dated entry does not carry."""
# The post's line of facts that blogs and press rooms print with the stamp: fields
# that are each a date (and a time), the post's category or tags under their label,
# or the comments' link, side by side or between separators ("January 13, 2020 at
# 08:45 AM | categories: Python, Mercurial | View Comments", "News date : 04/21/2022
# Category : Press Releases", "Kategorie: News"). The labels are the words blog
# engines print in English, German, French, Spanish, Italian, Portuguese and Polish.
TAXONOMY_LABEL = (
    r"(?:categor(?:y|ies|ía|ías|ie|ia|ias)|catégories?|kategorien?|kategori[ae]|"
    r"rubri(?:k|que|ca)|tags?|schlagw(?:ö|o)rte?r?|etiquetas|étiquettes|tagi|"
    r"filed\s+under|posted\s+in)"
)
# A label and up to six words: the category's or the tags' names.
_TAXONOMY_FIELD = rf"{TAXONOMY_LABEL}\s*:\s*[^\s|·•:]+(?:\s+[^\s|·•:]+){{0,5}}"
_COMMENTS_FIELD = (
    r"(?:(?:view|show|read|no|\d+)\s+)?"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?)"
    r"(?:\s*\(\d+\))?"
)
_FIELD_SEPARATOR = r"\s*[|·•]?\s*"
FACTS_LINE = re.compile(
    rf"^\W*(?:{STAMP_FIELD}|{_TAXONOMY_FIELD})"
    rf"(?:{_FIELD_SEPARATOR}(?:{STAMP_FIELD}|{_TAXONOMY_FIELD}|{_COMMENTS_FIELD}))*\W*$",
    re.IGNORECASE,
)
"""A line of nothing but a post's facts: its date, its category or tags, its comments' link."""
MAX_FACTS_WORDS = 16
"""A line of facts has at most this many words."""


def facts_line(text: str, word_count: int) -> bool:
    """Whether a line is a post's line of facts by its words alone (`FACTS_LINE`: its date
    under a label, its category or tags under theirs, its comments' link; "Schlagwörter:
    Frauen, Sport", "Kategorie: News | 3 Kommentare"), whatever tag held it."""
    return word_count <= MAX_FACTS_WORDS and FACTS_LINE.match(text) is not None


TOPIC_STOPWORDS = frozenset(
    [
        "that",
        "with",
        "from",
        "this",
        "have",
        "were",
        "which",
        "their",
        "they",
        "them",
        "then",
        "than",
        "there",
        "these",
        "those",
        "said",
        "been",
        "will",
        "would",
        "could",
        "should",
        "about",
        "after",
        "more",
        "also",
        "into",
        "other",
        "some",
        "when",
        "what",
        "while",
        "where",
        "just",
        "only",
        "over",
        "such",
        "very",
        "most",
        "many",
        "much",
        "your",
        "like",
        "year",
        "years",
        "über",
        "nicht",
        "dass",
        "eine",
        "einer",
        "eines",
        "sich",
        "auch",
        "oder",
        "sind",
        "wird",
        "wurde",
        "haben",
        "nach",
        "beim",
        "pour",
        "dans",
        "avec",
        "sont",
        "être",
        "cette",
        "mais",
        "plus",
        "comme",
        "elle",
        "leur",
        "tout",
        "para",
        "como",
        "pero",
        "más",
        "este",
        "esta",
        "sobre",
        "entre",
        "cuando",
        "desde",
        "porque",
        "questo",
        "della",
        "delle",
        "sono",
        "anche",
        "però",
        "что",
        "это",
        "как",
        "так",
        "его",
        "она",
        "они",
        "были",
        "было",
    ]
)
"""Frequent words of four letters or more that say nothing about a topic
(`document.content_words`; shorter words are skipped anyway)."""


# Shared by the byline names (names.py) and the HTML readers of titles and authors.
def without_accents(text: str) -> str:
    """The text with its letters' accents off ("é" as "e")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
