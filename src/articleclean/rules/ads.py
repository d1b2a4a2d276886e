"""Ad markers and media placeholders: lines that stand for something not there."""

from __future__ import annotations

import re

from ..article import Reason
from ..document import Segment
from ..lexicon import AD_NAME_STEMS, READ_ON_WORDS, names_an_ad
from ..patterns import printed_forms
from .base import removes
from .credits import credit_only
from .phrasebook import PhraseBook

# "![print header logo](…) https://…": an image, perhaps followed by the link it wrapped.
# (each address ends at white space or the line's end: with addresses glued to each other
# allowed, "http://http://…" could be cut into addresses 2ⁿ ways, tried one by one when
# the line ends otherwise; a run of glued addresses is one `\S+` here, as the closing ">")
_MARKDOWN_IMAGE = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)\s*)+(?:<?https?://\S+(?:\s+|$))*$")
_BRACKETED_MEDIA = re.compile(
    r"^[\[(](?:image|img|photo|picture|video|embed|gallery|graphic|chart|map|audio|"
    r"bild|foto|imagen|immagine|фото|видео|图片|视频)\b[^\])]{0,80}[\])]$",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"^(?:image|photo|picture|slide|bild|foto|imagen|immagine|фото|снимок)\s*\d+\s*"
    r"(?:of|/|von|de|sur|di|из|z)\s*\d+$",
    re.IGNORECASE,
)
_BARE_COUNTER = re.compile(
    r"^(?P<at>\d+)\s*(?P<of>/|of|von|de|sur|di|из)\s*(?P<total>\d+)$", re.IGNORECASE
)
# "Video verfügbar bis 28.02.2021", "Video verfügbar bis:": a media library's notice of
# how long the clip stays online (ZDF, ARD and the other broadcasters' players print it
# under every video), standing for the player as "[Video]" does. The media word first,
# then at most a date and a time: a sentence about availability goes on in words.
_AVAILABLE_UNTIL = re.compile(
    r"^(?:video|audio|sendung|podcast|vidéo|émission)\s+"
    r"(?:verfügbar\s+bis|available\s+until|disponible\s+jusqu['’]\s?(?:au|à))"
    r"\s*:?(?:\s*[\d./:,-]+|\s+(?:uhr|\w+\s+\d{4}))*\s*$",
    re.IGNORECASE,
)
# "1/4", "3/4", "1/8" alone on a line are a recipe's quantities ("1/4" / "cup butter",
# the amount and the ingredient in two cells), not a slide counter: the halves, thirds,
# quarters and eighths a kitchen measures in. A gallery of 2 to 8 pictures numbered
# "1/4" is rarer than an ingredient list (loss audit, round 13, tune part).
_KITCHEN_DENOMINATORS = frozenset({2, 3, 4, 8})
# Thresholds, set by hand; not swept (few lines come near them).
# A placeholder stands for a picture or a video in a line; longer text says something.
_MAX_PLACEHOLDER_CHARS = 300
# An ad marker is a label ("Advertisement", "Story continues below advertisement");
# the longest listed is under 60 characters, and a sentence that mentions ads is content.
_MAX_AD_MARKER_CHARS = 80
# A notice around the marker is a few words ("Article continues below this ad"); a
# word of three letters or fewer ("the", "ad") does not make one.
_MAX_NOTICE_WORDS = 10
_MIN_READ_ON_CHARS = 4
_MIN_NOTICE_WORDS = 2
"""A notice has at least this many words: the ad's name and one word more (`_ad_notice`)."""
# An ad's name as sites print it: lower case, Capitalised or UPPER CASE. Plain strings,
# which block_pass.py's screen finds in one search with the other literal triggers; a
# case-insensitive pattern with word bounds would be searched at every position.
_AD_WORD_FORMS = re.compile(
    "|".join(
        sorted(
            map(re.escape, printed_forms(AD_NAME_STEMS)),
            key=lambda form: (-len(form), form),
        )
    )
)


@removes(
    Reason.MEDIA_PLACEHOLDER,
    triggers=(_MARKDOWN_IMAGE, _BRACKETED_MEDIA, _COUNTER, _BARE_COUNTER, _AVAILABLE_UNTIL),
    longest_chars=_MAX_PLACEHOLDER_CHARS,
)
def media_placeholder(segment: Segment, context: PhraseBook) -> bool:
    text = segment.text
    if len(text) > _MAX_PLACEHOLDER_CHARS:
        return False
    looks_like_one = bool(
        _MARKDOWN_IMAGE.match(text)
        or _BRACKETED_MEDIA.match(text)
        or _COUNTER.match(text)
        or _bare_counter(text)
        or _AVAILABLE_UNTIL.match(text)
        or context.phrases["media_placeholder"].is_line(segment)
    )
    # "(Photo: AFP)" names who took a picture: a credit, not a placeholder.
    return looks_like_one and not credit_only(segment)


def _bare_counter(text: str) -> bool:
    """ "4/15", "3 von 17": a gallery's counter. Not "24/7" (a counter never passes its
    total) nor a kitchen fraction."""
    found = _BARE_COUNTER.match(text)
    if found is None:
        return False
    at, total = int(found["at"]), int(found["total"])
    fraction = found["of"] == "/" and total in _KITCHEN_DENOMINATORS and at < total
    return at <= total and not fraction


@removes(Reason.AD_MARKER, triggers=(_AD_WORD_FORMS,), longest_chars=_MAX_AD_MARKER_CHARS)
def ad_marker(segment: Segment, context: PhraseBook) -> bool:
    # Only whole lines: a sentence that mentions advertising is content.
    return len(segment.text) <= _MAX_AD_MARKER_CHARS and (
        context.phrases["ad_marker"].is_line(segment) or _ad_notice(segment)
    )


def _ad_notice(segment: Segment) -> bool:
    """An ad's name with a notice of where the text goes on, and nothing else:
    "Advertisement · Keep scrolling", "Werbung – Lesen Sie unten weiter"."""
    text = segment.text
    # An ad's name in a case the screen's trigger does not find ("AdVert") is no marker:
    # the rule takes only what its trigger lets it see, with or without the screen.
    if any(map(str.isdigit, text)) or not _AD_WORD_FORMS.search(text):
        return False
    # Without a digit, the phrase form's words are the line's letter runs, casefolded.
    words = segment.phrase_form.split()
    if not _MIN_NOTICE_WORDS <= len(words) <= _MAX_NOTICE_WORDS:
        return False
    named = [w for w in words if names_an_ad(w)]
    rest = [w for w in words if not names_an_ad(w)]
    # Two names of an ad ("Annonce publicitaire") need no notice beside them.
    return (
        bool(named)
        and all(w in READ_ON_WORDS for w in rest)
        and (len(named) >= 2 or any(len(w) >= _MIN_READ_ON_CHARS for w in rest))
    )
