"""Word lists and patterns that readers and rules share, kept in one place.

Neither side owns them: the HTML reader records exactly the class/id words
the rules read, and two rules that recognise the same thing (a heading tag,
a month name) read the same list.
"""

from __future__ import annotations

import re
import unicodedata

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
    pubblicità pubblicita annuncio sponsorizzato publicidade anúncio""".split()
)
"""Words that name an ad (casefolded)."""
READ_ON_WORDS = frozenset(
    """story article content text message continues continue continued reading read
    below after scroll scrolling keep down the this our to with of
    artikel beitrag inhalt geht weiter weiterlesen lesen sie unten nach der die das
    dem den im wird fortgesetzt es
    la le l suite de du article contenu ci dessous continue après apres cette faites
    défiler defiler pour continuer lire lecture
    sigue seguir leyendo leer debajo abajo el nota noticia artículo contenido continúa
    continua del después despues tras
    continua leggere sotto articolo dopo prosegue
    continue lendo o a matéria materia artigo abaixo depois da do após texto""".split()
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

NEWS_AGENCIES = (
    "AP|Associated Press|The Associated Press|AFP|Agence France-Presse|Reuters|REUTERS|"
    "Bloomberg|dpa|DPA|EFE|Agencia EFE|ANSA|Xinhua|XINHUA|Xinhua News Agency|IANS|PTI|ANI|"
    "UNI|Kyodo|Kyodo News|Yonhap|Yonhap News|Jiji|JIJI|KCNA|CNS|TASS|ТАСС|РИА Новости|"
    "Sputnik|Anadolu|ANADOLU|Europa Press|Lusa|LUSA|Agência Brasil|PA|PA Wire|NTB|TT|"
    "Ritzau|Belga|ANP|APA|UPI"
)
"""The news agencies, as a regex alternation of their printed names. They write the
copy and take the pictures, so a byline ("Jane Doe, Reuters") and a photo credit
("(AP Photo/Jane Doe)") both end in one; bylines add broadcasters that sign copy
(`names`), credits add picture libraries that never write it (`rules/credits`)."""

MAX_LABEL_WORDS = 4
"""At most this many words before the colon of a "Read also: <link>" label."""

# Three readings of "this line is a row of a list", side by side. They share the
# bullet and differ in the number that opens a row. They were written for three
# rules at different times, and nothing records that the difference was measured;
# merging them would change answers (a "2024. " line, a "1, " line, "300 g Mehl"),
# so each rule keeps its own, named for what it takes, until a measured change
# unifies them. In all three rules a row is kept in the body.
_BULLET = r"[-•*·–]\s"
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
