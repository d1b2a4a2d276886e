"""Image captions and photo credits.

A caption is kept once, in `captions`, with its credit split off. Its
echoes are removed as `duplicate_caption`: the caption printed again, and
the short "caption title" line that repeats its start just before it.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections.abc import Iterator

from ..article import Reason
from ..document import (
    BODY,
    BYLINE,
    CAPTION,
    NO_HINTS,
    TITLE,
    Label,
    Origin,
    Segment,
    kept_neighbour,
    key_of,
)
from ..lexicon import MONTH, ends_a_sentence
from ..names import is_given_name, is_known_place, prefixed_byline
from ..patterns import search_from
from .base import Claimed, Found, Verdict, moves_to, removes, revises, structures
from .credits import CREDIT_TRIGGER, MAX_CREDIT_LINE_WORDS, only_credit, split_credit
from .phrasebook import PhraseBook

_MAX_CAPTION_WORDS = 80

_DATE_AT_END = re.compile(
    rf"(?:,|\s)\s*(?P<on>on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})\s*\.?$"
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
# Whether `_AT_PLACE` is in a text (from a position on): searched from its words' first
# letters, where it opened with a word's edge, which the engine tried at every position
# (round 53: ~23,000 instructions a line replayed; the same lines found,
# tests/test_class_first_patterns.py).
_HAS_AT_PLACE = search_from("aino", _AT_PLACE.pattern)
# What tells a caption from a paragraph that happens to stand before a credit:
# it describes the picture ("… speaks during …", "… lors de …", "… spricht …").
# English, German and French verbs only in lower case, where a caption has them, after
# its subject: capitalised, "Take …" and "Look …" open an instruction, and German and
# French use the same words as nouns ("Stand der Dinge …", "Pose de la première pierre").
# Languages that drop the subject ("Posa para …", "Выступает …") and the words a caption
# may open with (the time, "During the visit …", or the picture, "Pictured: …") are read
# in any case.
_CAPTION_CUE = re.compile(
    _PRESENT_TENSE.pattern + r"|\b(?:pose|posent|spricht|steht|zeigt)\b"
    r"|\b(?i:during|durante|lors d[eu']|pendant|während|im Rahmen|во время|seen|pictured|"
    r"discursa|fala|habla|posa|posan|parla|выступает|стоит|позирует)\b"
    r"|图为|圖為"
)
_MAX_CREDITED_LINE_WORDS = 30
# Captions show; they do not report what someone said.
_REPORTED = re.compile(
    r"\b(?:said|says|told|according to|sagte|sagt|erklärte|a déclaré|a dit|selon|dijo|"
    r"afirmó|según|disse|afirmou|segundo|ha detto|secondo|сказал|сообщил|заявил|по словам)\b"
    r"|表示|[\"“”„«»]",
    re.IGNORECASE,
)


@removes(Reason.PHOTO_CREDIT, triggers=(CREDIT_TRIGGER,), longest_words=MAX_CREDIT_LINE_WORDS)
def credit_line(segment: Segment, context: PhraseBook) -> Found:
    """A credit on a line of its own; assembly attaches it to its caption."""
    credit = only_credit(segment)
    if credit is None:
        return False
    return Verdict(credit=credit)


@moves_to(
    Label.CAPTION,
    triggers=(CREDIT_TRIGGER,),
    longest_words=max(_MAX_CREDITED_LINE_WORDS, _MAX_CAPTION_WORDS),  # (its two limits)
)
def credited_caption(segment: Segment, context: PhraseBook) -> Found:
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
    if prefixed_byline(found[0]):
        return False  # "By Jane Doe (AFP)", "Par Jean Dupont (AFP)": the author's byline
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
# The spelt-out orders, in any letter case ("(L-R)", "(From left)", "(Von links)"); the
# one-letter marks stay lower case ("(R.)" after a name is a party).
_ORDER = (
    r"von links|von rechts|from left|from right|left to right|l\s?-\s?r|l to r|"
    r"desde la izquierda|de izquierda a derecha|de gauche à droite|da sinistra|od lewej|"
    r"слева направо"
)
_PICTURE_POSITION = re.compile(
    r"\((?:v\.\s?l\.(?:\s?n\.\s?r\.)?|l\.|r\.|li\.|re\.|izq\.|dcha\.|"
    rf"(?i:{_ORDER}))\)"
    # A plain "(Mitte)" or "(left)" places a person after a name or before the next
    # person named ("The mayor (left) and her deputy"): "Im Ofen (Mitte) backen" is a
    # recipe's oven shelf.
    rf"|[A-ZÀ-ÖØ-ÞА-Я][\w'-]{{1,30}}\s[A-ZÀ-ÖØ-ÞА-Я][\w'-]{{1,30}}\s{_SIDE}"
    rf"|{_SIDE}(?:,|\s(?:and|und|y|e|et|i|with|mit|con|avec|и)\b)"
)
# "(L-R) Jane Doe, John Roe and …", "From left: …", "V.l.n.r.: …", "De gauche à droite : …":
# a line that opens by saying in which order the picture shows its people.
_POSITION_LABEL = re.compile(
    rf"^(?:\((?i:{_ORDER})\)\s?:?|(?i:{_ORDER}|v\.\s?l\.\s?n\.\s?r\.)\s?:)\s+(?=\S)"
)
_POSITION_LABEL_WORDS = 4
"""... followed by at least this many words (who they are)."""
# "Image caption Mourners attend …": a page's caption label copied along with the caption;
# "Media captionHow caravans …" when the page set the label in an element of its own.
_CAPTION_LABEL = re.compile(
    r"^(?:Image caption|Media caption|Bildunterschrift|Bildtext)(?:\s*:?\s+(?=\S)|(?=[A-ZÀ-ÖØ-Þ]))"
)
_MAX_MARKED_CAPTION_WORDS = _MAX_CAPTION_WORDS
"""A line with a figure label is a caption up to this long (a chart's caption explains
it in two to four sentences: 41 to 65 words on the tune part; no tune line that opens
with a figure's number is article text, at any length) ..."""
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
_MIN_DATED_CAPTION_WORDS = 6
"""A line ending in a full date is a caption from this long: someone doing something
somewhere, then the date."""


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
    triggers=(
        _CAPTION_LABEL,
        _CREDIT_FIRST,
        _FIGURE_LABEL,
        _POSITION_BRACKET,
        _MONTH_START,
        _POSITION_LABEL,
    ),
    # (each of its claims is of a line within one of these)
    longest_words=max(_MAX_CAPTION_WORDS, _MAX_MARKED_CAPTION_WORDS, _MAX_POSITION_CAPTION_WORDS),
    # (a month's name alone lets it claim a dated caption only: its other forms are found
    # by their own triggers, at the start or at a bracket)
    fewest_words=((_MONTH_START, _MIN_DATED_CAPTION_WORDS),),
)
def caption_sentence(segment: Segment, context: PhraseBook) -> Found:
    """Someone doing something, in the present tense, somewhere, on a full date; or
    a line that says it describes a picture: a numbered figure's label ("Abbildung 3:")
    or who stands where in it ("Marcell Jansen (l.) und …", "(L-R) Jane Doe, …", "From
    left: …"); or a line that carries the page's caption label ("Image caption …")."""
    label = _CAPTION_LABEL.match(segment.text)
    if label is not None and segment.word_count <= _MAX_CAPTION_WORDS:
        return Verdict(caption_text=segment.text[label.end() :])
    label = _POSITION_LABEL.match(segment.text)
    if (
        label is not None
        and len(segment.text[label.end() :].split()) >= _POSITION_LABEL_WORDS
        and segment.word_count <= _MAX_CAPTION_WORDS
    ):
        return Verdict(caption_text=segment.text)
    label = _CREDIT_FIRST.match(segment.text)
    if (
        label is not None
        and _CREDIT_FIRST_WORDS <= segment.word_count <= _MAX_CAPTION_WORDS
        and only_credit(segment) is None
    ):
        return Verdict(caption_text=segment.text[label.end() :])
    if (segment.word_count <= _MAX_MARKED_CAPTION_WORDS and _FIGURE_LABEL.match(segment.text)) or (
        segment.word_count <= _MAX_POSITION_CAPTION_WORDS
        and _PICTURE_POSITION.search(segment.text, 1)  # after the name it places
    ):
        return Verdict(caption_text=segment.text)
    if segment.word_count > _MAX_CAPTION_WORDS or segment.word_count < _MIN_DATED_CAPTION_WORDS:
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
    if segment.text[date.start()] != "," and not _HAS_AT_PLACE(before):
        return False
    return Verdict(caption_text=segment.text)


# "Michael R. Bloomberg campaigns in Houston last week.", "Harry and Meghan last March, in
# their final royal engagement.": a line that names a moment gone by but tells it in the
# present tense or with no verb at all is a picture's moment. The article tells what
# happened then in the past tense ("… campaigned in Houston last week"). Only words that
# always point back: "in 2014" may be next year's plan ("… opens in 2025"). Tune part of
# the labelled dumps: 2 captions, no other line of the article.
_GONE_BY = re.compile(
    rf"\s(?:last (?:week|month|year|spring|summer|fall|autumn|winter|{MONTH}|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|yesterday|earlier this (?:week|month|year))"
    r"\b(?!['’]s)"  # "last year's level" names no moment
)
# What a line needs for _GONE_BY to have a chance (plain strings: block_pass.py's screen
# looks for them in its one search).
_GONE_BY_SIGN = re.compile("last |yesterday|earlier this")
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did|said|told|went|came|took|made|[a-z]{3,}ed)\b")
# A second sentence: a full stop before a capital, not an initial's ("Michael R. Bloomberg").
_NEXT_SENTENCE = re.compile(r"(?<![A-Z])[.!?]\s+[A-Z]")
_MOMENT_WORDS = (3, 25)
"""A picture's moment is told in one short sentence of this many words ..."""
_MOMENT_NAME_AT = 3
"""... that names someone (a given name) among its first this many words."""


@moves_to(
    Label.CAPTION,
    text_dumps_only=True,
    triggers=(_GONE_BY_SIGN,),
    longest_words=_MOMENT_WORDS[1],
)
def caption_moment(segment: Segment, context: PhraseBook) -> Found:
    """Someone at a moment gone by, in the present tense or with no verb: "Michael R.
    Bloomberg campaigns in Houston last week.", "Harry and Meghan last March, in their
    final royal engagement"."""
    text = segment.text
    if not _MOMENT_WORDS[0] <= segment.word_count <= _MOMENT_WORDS[1]:
        return False
    if _NEXT_SENTENCE.search(text) or text.rstrip().endswith(("?", ":", "!")):
        return False
    if _GONE_BY.search(text) is None:
        return False
    if _PAST_TENSE.search(text) or _NOT_NOW.search(text) or _REPORTED.search(text):
        return False
    if not _names_someone(text.split()[: _MOMENT_NAME_AT + 1]):  # the name and the word after
        return False
    return Verdict(caption_text=text)


_NAME_JOINS = frozenset({"and", "&", "with"})


def _names_someone(words: list[str]) -> bool:
    """A given name among the first words, followed by a surname or an initial ("Michael R.
    Bloomberg") or joined to the next name ("Harry and Meghan"): "Fares stay at …" opens
    with a word that is also a given name, and goes on in lower case."""
    for word, following in itertools.pairwise(words):
        if not (word[:1].isupper() and is_given_name(word.strip(",."))):
            continue
        if following[:1].isupper() or following in _NAME_JOINS:
            return True
    return False


_SCENE_WORDS = (8, 45)
"""A picture's description without a credit or a full stop is this long (in words)."""
_SCENE_VERB_AT = 8
"""... and names what someone does within its first this many words."""
_PARTICIPLE = re.compile(r"\b[a-z]{3,}ing\b")
_TIME_CUE = re.compile(
    rf"\b(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH}|(?:19|20)\d\d)\b"
    r"|\bon the (?:first|second|last|final|opening) day\b"
)


@structures(Label.CAPTION, text_dumps_only=True)
def caption_scene(
    segments: list[Segment], context: PhraseBook
) -> Iterator[tuple[Segment, Verdict]]:
    """ "Commuters wearing masks wait for a train at Nuevos Ministerios station in Madrid":
    someone doing something somewhere, at some time, with no full stop at the end.

    Article sentences end with a full stop; headings are shorter and name no place.
    Runs after the title is found (a headline reads the same way) and only on text
    dumps (HTML says what a caption is).
    """
    fewest, most = _SCENE_WORDS
    for segment in segments:
        # (the label as `is_open` reads it, and the length, without a call per line: most
        # lines are menu items or sentences, ~10,000 of ~11,000 per 100 documents)
        if (
            segment.label is BODY
            and segment.hints is NO_HINTS
            and fewest <= segment.word_count <= most
            and not segment.ends_like_sentence
            and _is_scene(segment)
        ):
            yield segment, Verdict(caption_text=segment.text)


def _is_scene(segment: Segment) -> bool:
    """Whether a line of `_SCENE_WORDS` words not ending like a sentence (`caption_scene`
    asks only those) describes a picture."""
    text = segment.text
    if text[:1].islower():
        return False  # a hard-wrapped sentence going on from the line above
    if text.endswith((":", ",", ";", "?", "!")) or not _HAS_AT_PLACE(text):
        return False
    opening = " ".join(text.split()[:_SCENE_VERB_AT])
    if not (_PRESENT_TENSE.search(opening) or _PARTICIPLE.search(opening)):
        return False
    if _REPORTED.search(text) or _NOT_NOW.search(text):
        return False
    # The place or a time names the picture's moment, near its end.
    return bool(_TIME_CUE.search(text) or _HAS_AT_PLACE(text, len(text) // 2))


def _first_caption_line(segments: list[Segment]) -> int:
    """Where the rules that read a caption off its neighbours start: a text dump's first
    line is the headline's place, for title_line to decide (a headline over the lead
    picture's credit reads like its caption); a page's blocks have their title apart."""
    return 1 if segments and segments[0].origin is Origin.TEXT_LINE else 0


@revises(Label.CAPTION, reads=(credit_line,), needs=(credit_line,))
def caption_before_credit(
    segments: list[Segment], context: PhraseBook, credit_lines: Claimed
) -> Iterator[Segment]:
    """The line just before a credit line, when it describes a picture, is the caption.

    A credit can also stand under a picture that has no caption; the paragraph
    before it is then article text, which is why the line must read like a caption.
    """
    for segment in _open_over_credits(segments, credit_lines):
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


@revises(Label.CAPTION, reads=(credit_line,), needs=(credit_line,))
def caption_at_place(
    segments: list[Segment], context: PhraseBook, credit_lines: Claimed
) -> Iterator[Segment]:
    """The line just before a credit line, when it is one short sentence that names a
    known place: where the picture was taken ("Ein Arbeiter prüft die Baustelle am
    Stadtrand von Köln.", "Manifestantes concentrados ante el ayuntamiento de Madrid.").

    `caption_before_credit` reads English verbs; the place carries across languages. A
    paragraph above a picture that has no caption is longer, or has more sentences, or
    names no place.
    """
    for segment in _open_over_credits(segments, credit_lines):
        if not _PLACE_CAPTION_WORDS[0] <= segment.word_count <= _PLACE_CAPTION_WORDS[1]:
            continue
        text = segment.text
        if _sentences(text) != 1 or _ADDRESSES_READER.search(text) or text.rstrip().endswith(":"):
            continue
        if text[:1].islower() or _REPORTED.search(text):
            continue
        if any(_known_place(name) for name in _NAMED_PLACE.findall(text)):
            yield segment


def _open_over_credits(segments: list[Segment], credit_lines: Claimed) -> Iterator[Segment]:
    """The open lines right above a credit line, from `_first_caption_line` on, in order,
    where both caption rules look for a caption: found from the credits' places
    (`Claimed.positions`, one C-level pass), where a walk asked `in` of every line (a
    10 MB article's ~52,000, round 40)."""
    if not credit_lines:
        return  # most dumps: no walk over every line for a credit below it
    first = _first_caption_line(segments)
    for place in credit_lines.positions(segments):  # (a list, made before the first yield)
        if place > first and segments[place - 1].label is BODY:
            yield segments[place - 1]


# A photographer's bare name under a picture ("Patrick Schwienbacher", "Moroso", "The
# Dolder Grand"): capitalised words, and the particles names hold ("Hanna von Weber").
_NAME_CREDIT_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.&+-]*")
_NAME_PARTICLES = frozenset(
    ("von", "van", "de", "der", "den", "di", "da", "del", "dos", "du", "le", "la", "y")
)
_MAX_NAME_CREDIT_WORDS = 4
_MIN_SIGNED_PAIRS = 3
"""How often a dump must show two pictures in a row signed by the same bare name before
the name is read as a credit: once is a heading or a name printed again by chance (tune
part: a party's "Transparenz" over two paragraphs, a comment's author over two comments,
"Reklama" between two paragraphs; none of them three times)."""
_MIN_SIGNED_CAPTION_WORDS = 4
_CUT_OFF = ("...", "…")


def _name_shaped(segment: Segment) -> bool:
    """One to four capitalised words (particles between them), no figure, no full stop
    at the end: what a bare photographer's or picture owner's name looks like."""
    words = segment.text.split()
    if not 0 < len(words) <= _MAX_NAME_CREDIT_WORDS or segment.may_hold_digit:
        return False
    if segment.text.endswith((".", "!", "?", ":")) or words[0] in _NAME_PARTICLES:
        return False
    return all(w in _NAME_PARTICLES or _NAME_CREDIT_WORD.fullmatch(w) for w in words)


def _signed_sentence(segment: Segment) -> bool:
    """A picture's description above its name: a sentence (four words or more, a full
    stop or an exclamation mark at the end) still in the body. A line cut off with an
    ellipsis is another story's headline in a list under its section's name ("Bozen:
    Verletzter musste in W..." / "Chronik" / "Schnelles Web: Mit geeigneten..." /
    "Chronik")."""
    text = segment.text
    return (
        segment.label is BODY
        and _MIN_SIGNED_CAPTION_WORDS <= segment.word_count <= _MAX_CAPTION_WORDS
        and text.endswith((".", "!"))
        and not text.endswith(_CUT_OFF)
    )


@structures(Reason.PHOTO_CREDIT, text_dumps_only=True)
def name_credit(segments: list[Segment], context: PhraseBook) -> Iterator[tuple[Segment, Verdict]]:
    """A bare name that signs two pictures in a row: sentence, name, sentence, the same
    name ("Die Lodges liegen … Dörfern." / "Pierrick Verny" / "In der Holzhütte … über." /
    "Pierrick Verny"), a layout the dump shows at least three times (a magazine that
    credits each picture with its photographer's or its owner's name, no "Foto:").

    Text carries no such pair: a heading printed twice over one paragraph, an author's
    name over two comments, an ad slot's label between two paragraphs stand once, and
    the label is removed before (pass 1). Runs once the page's article run is known
    (the pictures' lines help find it, as on main) and takes the name's copies still in
    the body (the second is most often removed as a repeat by then).
    """
    pairs = _signed_pairs(segments)
    if len(pairs) < _MIN_SIGNED_PAIRS:
        return
    for index in sorted({i for pair in pairs for i in (pair, pair + 2)}):
        if segments[index].label is BODY:
            yield segments[index], Verdict(credit=segments[index].text)


def _signed_pairs(segments: list[Segment]) -> list[int]:
    """Where a name still in the body signs the sentence above it, and the same name
    (in the body or removed) the sentence below it: `name_credit`'s pairs."""
    keys = [segment.key for segment in segments]
    if sum(map(operator.eq, keys, keys[2:])) < _MIN_SIGNED_PAIRS:
        return []  # most dumps: fewer lines equal to the one two below than pairs needed
    pairs: list[int] = []
    for index in range(1, len(segments) - 2):
        name, again = segments[index], segments[index + 2]
        if not (name.label is BODY and name.key and name.key == again.key and _name_shaped(name)):
            continue
        if _signed_sentence(segments[index - 1]) and _signed_sentence(segments[index + 1]):
            pairs.append(index)
    return pairs


@structures(Label.CAPTION, text_dumps_only=True, reads=(name_credit,), needs=(name_credit,))
def caption_signed_by_name(
    segments: list[Segment], context: PhraseBook, names: Claimed
) -> Iterator[Segment]:
    """The sentences a bare name `name_credit` took for a credit signs: the one right
    above it, and the one right below it when the same name follows that one (the
    pair's second copy, a credit or removed as a repeat)."""
    if not names:
        return
    taken: set[int] = set()
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        if segment not in names:
            continue
        signed = [index - 1]
        if index + 2 <= last and segments[index + 2].key == segment.key:
            signed.append(index + 1)
        for above in signed:
            if above not in taken and above >= 0 and _signed_sentence(segments[above]):
                taken.add(above)
                yield segments[above]


def _known_place(name: str) -> bool:
    """ "Sevilla", "New York", or a known place followed by another capitalised word."""
    name = name.casefold()
    return is_known_place(name) or is_known_place(name.split()[0])


_BESIDE_CREDIT_WORDS = (4, 12)
"""A caption printed beside its picture's credit without a verb cue or a place is one
short sentence of this many words (tune part: 18 captions and 1 article line beside a
credit at up to 12 words; at 15 words 21 captions and 4 article lines)."""
# A sentence that opens with a pronoun goes on from the one before it ("His opponents
# don't lack for material to use."): article text, not a picture's description.
_OPENS_WITH_PRONOUN = re.compile(
    r"(?i:he|she|it|they|his|her|its|their|we|our|er|sie|es|sein|seine|ihr|ihre|wir|unser|"
    r"unsere|il|elle|ils|elles|son|sa|ses|leur|leurs|él|ella|ellos|ellas|su|sus|ele|ela|"
    r"eles|elas|seu|sua|lui|lei|loro)\b"
)
# German speaks to the reader with a capital "Sie" or "Ihr…" after the sentence's first word
# ("Hier finden Sie Informationen …", "Achten Sie auf Ihr Herz!"); lower case, they say "she"
# or "they".
_FORMAL_YOU = re.compile(r"(?<=\S)\s(?:Sie|Ihnen|Ihre?[mnrs]?)\b")
_LEAD_PICTURE_ABOVE = (TITLE, BYLINE)
"""A credit right under these is the lead picture's: the line below it may be the
article's standfirst (so may the line below a credit above all of the text)."""


@structures(Label.CAPTION, text_dumps_only=True, reads=(credit_line,), needs=(credit_line,))
def caption_beside_credit(
    segments: list[Segment], context: PhraseBook, credit_lines: Claimed
) -> Iterator[Segment]:
    """One short sentence right above or right below a credit line ("Der Bartgeier im
    Flug." under "© Jane Doe", "Reacción de JOH a las acusaciones." over "(Foto: …)").

    A paragraph beside a picture's credit is longer, or goes on from the sentence before
    it (a pronoun first); a heading has no full stop; a line that asks, speaks to the
    reader, reports speech or announces something with a colon is none. A credit signs one
    picture: the line below it is asked only when the line above is no caption. Below a
    credit under the headline (the lead picture) stands the standfirst, which reads the
    same: only the line above such a credit is asked. A known place may open the caption
    as its own "sentence" ("Wrocław. Minister rozmawia …"). Runs once the title and byline
    are known.
    """
    if not credit_lines:
        return  # most dumps: no walk over every line for a credit beside it
    marks = credit_lines.marks(segments)
    # (Labels hold still while the rule walks: its verdicts are given after it.)
    first_text = next((i for i, s in enumerate(segments) if s.label is BODY), len(segments))
    taken: set[int] = set()
    # Only the lines beside a credit can be taken, asked in order as before (`taken`
    # holds lines before the one asked): no walk over every line of the text, asking
    # `_is_short_caption` of each body line (a 10 MB article's ~23,000, round 40).
    beside = sorted(
        {place + step for place in itertools.compress(range(len(marks)), marks) for step in (-1, 1)}
    )
    for index in beside:
        if not 0 <= index < len(segments):
            continue
        segment = segments[index]
        if segment.label is not BODY or not _is_short_caption(segment):
            continue
        if index + 1 < len(segments) and marks[index + 1]:
            taken.add(index)
            yield segment
        elif (
            index > 0
            and marks[index - 1]
            and _credits_line_below(segments, index - 1, taken, first_text)
        ):
            yield segment


def _credits_line_below(
    segments: list[Segment], credit: int, taken: set[int], first_text: int
) -> bool:
    """Whether the credit at `credit` may be the caption's below it: the line above the
    credit is no caption (a credit signs one picture, most often under its caption), and
    the credit is not the lead picture's (right under the headline or the byline, or above
    `first_text`, the text's first line), under which the standfirst may stand."""
    above = segments[credit - 1] if credit else None
    if above is not None and (above.label is CAPTION or credit - 1 in taken):
        return False
    if above is not None and above.label in _LEAD_PICTURE_ABOVE:
        return False
    return first_text < credit


def _is_short_caption(segment: Segment) -> bool:
    text = segment.text.strip()
    if not _BESIDE_CREDIT_WORDS[0] <= segment.word_count <= _BESIDE_CREDIT_WORDS[1]:
        return False
    if not text.endswith((".", "!")) or ":" in text or not text[:1].isupper():
        return False
    text = _without_leading_place(text)
    if _sentences(text) != 1 or _OPENS_WITH_PRONOUN.match(text):
        return False
    return not (
        _ADDRESSES_READER.search(text) or _FORMAL_YOU.search(text) or _REPORTED.search(text)
    )


# "Wrocław. Minister rozmawia …", "PARIS. Des manifestants …": Polish, Russian, Czech and
# some French papers put the picture's place first with a full stop. One to three words,
# then the caption's own sentence.
_LEADING_PLACE = re.compile(r"(?P<place>[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2})\. (?=\S)")


def _without_leading_place(text: str) -> str:
    """`text` less a place opening it as its own "sentence" ("Wrocław. "), when the
    gazetteer knows it: the caption's one sentence is what follows."""
    match = _LEADING_PLACE.match(text)
    if match is None or not is_known_place(match.group("place").casefold()):
        return text
    return text[match.end() :]


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


_BROKEN_ENDS = (",", ";", "–", "—")
"""How a caption's first line ends when the caption goes on in the next one."""


@revises(Label.CAPTION, text_dumps_only=True, candidates=(CAPTION,))
def caption_continued(
    segments: list[Segment], context: PhraseBook, captions: list[int]
) -> Iterator[Segment]:
    """A caption broken over two lines: the line just before a caption that goes on in
    lower case ("Aron und Gianni … an Sexpausen," over "damit Gianni sich nicht
    überanstrengt. © Name"), when the line stops mid-sentence, at a comma or a word.

    The credit ends the caption's last line, so that line is found and the first is not.
    A paragraph before a caption ends its sentence; a heading does not go on in lower case.
    """
    first = _first_caption_line(segments)
    for index in captions:
        if index <= first:
            continue  # (the pairs from the first caption line on: no line above it)
        before, after = segments[index - 1], segments[index]
        if after.label is not CAPTION or before.label is not BODY:
            continue
        if before.word_count > _MAX_CREDITED_LINE_WORDS:
            continue
        going_on = after.caption_text if after.caption_text is not None else after.text
        if not going_on[:1].islower() or not before.text[:1].isupper():
            continue
        end = before.text.rstrip()
        if end.endswith(_BROKEN_ENDS) or end[-1:].islower():
            yield before


# "1/6 Die Top-6 Reisemobile im Überblick: …", "2/6 Ford Westfalia Nugget: …": a slide
# gallery's counter before each slide's caption (html_gallery_slide reads this slash
# form too, and counters spelt out in words).
_SLIDE_COUNTER = re.compile(r"^[\W_]*(\d{1,3})\s*/\s*(\d{1,3})(?!\d|\s*/)\s+(?=[A-ZÀ-ÖØ-ÞА-Я])")
# The counter's opening alone ("- 12/50 …" after a bullet or a dash, as html_gallery_slide
# reads it too): a cheap test before the whole counter.
_OPENS_WITH_NUMBER = re.compile(r"[\W_]*\d")
_MIN_SLIDES = 3
_MAX_SLIDE_WORDS = 120
"""A slide's caption may tell a whole paragraph (94 to 102 words on the tune part): the
counter, not the length, says it is a slide."""


@revises(Label.CAPTION, text_dumps_only=True)
def gallery_caption(
    segments: list[Segment], context: PhraseBook
) -> Iterator[tuple[Segment, Verdict]]:
    """Slides of a picture gallery: lines numbered against the same total from its first
    slide on ("1/6 …", "2/6 …", "3/6 …"), each a caption that opens with a capital.

    The counter is what a gallery prints and prose does not: a recipe's "1/2 cup" and
    "2/3 cup" count against different totals and go on in lower case, a list of dated
    items ("10/11 …", "9/11 …", "3/11 …") skips numbers.
    """
    by_total: dict[int, list[tuple[int, Segment, int]]] = {}
    for segment in segments:
        # Most lines do not open with a digit (after a bullet or dash): that test first,
        # and no search of a line without a digit at all.
        if (
            not segment.may_hold_digit
            or _OPENS_WITH_NUMBER.match(segment.text) is None
            or segment.label is not BODY
            or segment.word_count > _MAX_SLIDE_WORDS
        ):
            continue
        counter = _SLIDE_COUNTER.match(segment.text)
        if counter is None:
            continue
        number, total = int(counter[1]), int(counter[2])
        if 1 <= number <= total and total >= _MIN_SLIDES:
            by_total.setdefault(total, []).append((number, segment, counter.end()))
    for slides in by_total.values():
        numbers = {number for number, _, _ in slides}
        if not set(range(1, _MIN_SLIDES + 1)) <= numbers:
            continue
        for _, segment, start in slides:
            yield segment, Verdict(caption_text=segment.text[start:])


def caption_key(segment: Segment) -> str:
    text = segment.caption_text if segment.caption_text is not None else segment.text
    return key_of(text)


@revises(Reason.DUPLICATE_CAPTION, candidates=(CAPTION,))
def repeated_caption(
    segments: list[Segment], context: PhraseBook, found: list[int]
) -> Iterator[Segment]:
    """A caption printed again, as a caption or as body text (before or after it).

    A text dump's first line is the headline's place, for title_line to decide: the lead
    picture's caption often repeats the headline, and the headline is not its echo.
    """
    captions = {caption_key(segments[i]) for i in found}
    captions.discard("")
    if not captions:
        return
    seen: set[str] = set()
    first = _first_caption_line(segments)
    for index, segment in enumerate(segments):
        if segment.label is CAPTION:
            key = caption_key(segment)
            if key in seen:
                yield segment
            seen.add(key)
        elif segment.label is BODY and index >= first and segment.key in captions:
            yield segment


@revises(Reason.DUPLICATE_CAPTION, reads=(repeated_caption,), candidates=(CAPTION,))
def caption_title(
    segments: list[Segment], context: PhraseBook, copies: Claimed, captions: list[int]
) -> Iterator[Segment]:
    """A short line that repeats the start of the caption right after it (kept, or removed
    as the copy of a caption printed before: the picture shown twice, titled the second time).
    Asked only where a line is a caption (`captions`)."""
    first = _first_caption_line(segments)
    for index, segment in enumerate(segments):
        if segment.label is not BODY or segment.word_count > _CAPTION_TITLE_WORDS:
            continue
        following = _caption_below(segments, index, copies if index >= first else Claimed())
        if following is None:
            continue
        key = segment.key
        if key and caption_key(following).startswith(key):
            yield segment


def _caption_below(segments: list[Segment], index: int, copies: Claimed) -> Segment | None:
    """The caption right below `index`: the next line when it is among `copies` (captions'
    copies `repeated_caption` removed; none under a text dump's first line, the headline's
    place, whose copy below may be the lead picture's caption), else the nearest kept line
    when it is a caption."""
    if copies and index + 1 < len(segments) and segments[index + 1] in copies:
        return segments[index + 1]
    following = kept_neighbour(segments, index)
    return following if following is not None and following.label is CAPTION else None


_PICTURE_TITLE_WORDS = 8
"""A picture's title or alt text names what it shows in a few words ("Ein Ventilator in
einem Gemeindesaal"); a section heading is as short, so the words it shares decide."""
_PICTURE_TITLE_LETTERS = 8
"""Fewer letters than this ("Trends", "VW", "Vollbild") share their few runs with any
long caption by chance."""
_PICTURE_TITLE_SHARE = 0.6
"""How much of the line's letters the caption below writes too, in runs of
`_SHARED_RUN` characters."""
_SHARED_RUN = 4


@structures(Reason.MEDIA_PLACEHOLDER, text_dumps_only=True, candidates=(CAPTION,))
def picture_title(
    segments: list[Segment], context: PhraseBook, captions: list[int]
) -> Iterator[Segment]:
    """A picture's title or alt text printed over its caption: a short line, no sentence
    and no figure, right above a caption that writes most of its words again in a longer
    description ("Ein Ventilator in einem Gemeindesaal" over "Ein Ventilator steht im
    Gemeindesaal an der Lindenstraße, … (Foto: dpa/…)", "ร้านทองเยาวราช" over
    "…ที่ร้านทองย่านเยาวราช … ภาพ: …"). The words are compared as runs of characters, so
    scripts written without spaces between words and words with a prefix ("የጤና" for
    "ጤና") compare too. Runs once the title is known: the headline over the lead picture's
    caption shares its words as much. The line that repeats the caption's start is
    `caption_title`'s. The caption, or its line below (a caption wrapped over two), carries
    its credit on its line."""
    for index in captions:
        # right above it: a line past removed ones (an ad's marker, a caption's copy) is
        # another block's, a list's last row over the next picture
        if index == 0 or segments[index - 1].label is not BODY:
            continue
        caption, line = segments[index], segments[index - 1]
        if not _credited(caption) and not (
            index + 1 < len(segments) and _credited(segments[index + 1])
        ):
            continue
        if line.word_count > _PICTURE_TITLE_WORDS or ends_a_sentence(line.text):
            continue
        if line.may_hold_digit and any(c.isdigit() for c in line.text):
            continue  # a date, a row's figure: a picture's title names what it shows
        text = caption.caption_text if caption.caption_text is not None else caption.text
        if len(text) <= len(line.text) or key_of(text).startswith(line.key):
            continue
        if _share_in_runs(line.text, text) < _PICTURE_TITLE_SHARE:
            continue
        # A section's heading over its picture names the topic the text under the picture
        # takes up ("Tor zur Krupp-Stadt" / a map's caption / "Die Krupp-Stadt, die …"); a
        # picture's title writes a longer run of the description than of the text.
        paragraph = _paragraph_below(segments, index)
        if paragraph is None or _longest_run(line.text, paragraph.text) < _longest_run(
            line.text, text
        ):
            yield line


def _paragraph_below(segments: list[Segment], index: int) -> Segment | None:
    """The first body line under the caption at `index` and the caption lines below it."""
    for segment in segments[index + 1 :]:
        if segment.label is BODY:
            return segment
        if segment.label is not CAPTION and segment.label is not Label.REMOVED:
            return None
    return None


def _credited(segment: Segment) -> bool:
    """A caption that carries its picture's credit on its line ("… (Foto: dpa/…)"): what
    says a picture stands there. A sentence read as a caption beside a credit line of its
    own may be an author's note over the page's credits, its heading's words its own."""
    return (
        segment.label is CAPTION and segment.credit is not None and segment.caption_text is not None
    )


def _longest_run(line: str, other: str) -> int:
    """The length of the longest run of characters of `line` that `other` writes too
    (both case-folded, spaces made one)."""
    text, other = _folded(line), _folded(other)
    longest = 0
    for start in range(len(text)):
        end = start + longest + 1
        while end <= len(text) and text[start:end] in other:
            longest = end - start
            end += 1
    return longest


def _folded(text: str) -> str:
    """The text case-folded, its white space made single spaces: as the run tests compare."""
    return " ".join(text.casefold().split())


def _is_letter(character: str) -> bool:
    return character.isalpha() or unicodedata.category(character)[0] == "M"


def _share_in_runs(line: str, caption: str) -> float:
    """The share of `line`'s letters that stand in a run of `_SHARED_RUN` characters
    (spaces included) the caption writes too; 0 for a line of too few letters."""
    text, other = _folded(line), _folded(caption)
    letters = [i for i, c in enumerate(text) if _is_letter(c)]
    if len(letters) < _PICTURE_TITLE_LETTERS:
        return 0.0
    covered: set[int] = set()
    for start in range(len(text) - _SHARED_RUN + 1):
        if text[start : start + _SHARED_RUN] in other:
            covered.update(range(start, start + _SHARED_RUN))
    return sum(1 for i in letters if i in covered) / len(letters)
