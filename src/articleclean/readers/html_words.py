"""The words and spaces of the texts that page metadata compares: titles, names, hosts;
and an element's text as the page prints it, which the steps that give back what the
extraction left out read (`html_recipe.py`, `html_lists.py`, `html_times.py`).

Shared by the readers of the title (`html_title.py`), the authors
(`html_authors.py`, `html_byline.py`) and the site's names (`html_site.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from ..document import key_of, normalise_space

# An element's text as the page prints it: an inline script's is not.
PRINTED_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style)]", smart_strings=False
)


def printed_text(element: HtmlElement) -> str:
    """The element's text as the page prints it (`PRINTED_TEXT`), its spaces normalised."""
    return normalise_space("".join(PRINTED_TEXT(element)))


def first_line_by_key(lines: list[str]) -> dict[str, int]:
    """Each extracted line's key (`key_of`) and the index of the first line with it: where
    an element's text stands among the extraction's lines, if it does."""
    kept: dict[str, int] = {}
    for at, line in enumerate(lines):
        kept.setdefault(key_of(line), at)
    return kept


def held_keys(text_key: str, keys: Iterable[str]) -> set[str]:
    """Which of `keys` `text_key` holds as a substring: `key in text_key` asked of each.

    A page of many lead boxes asks it of each box's key (`html.lead_box`): one search
    of the whole text a key, boxes × text (40,000 teasers 14 s). Each distinct key is
    asked once, and when many share a length they are looked up among the text's
    windows of that length in one pass: a hash lookup a window, so the time grows with
    the text times the lengths asked (at most the lead key's 61), not the keys. A
    window's slice is hashed in its length, so for keys of any length (a list's rows,
    `html_lists`) a pass costs the text times that length: 257 rows of each length
    from 1 to 56 against a 400 KB text took 2.5 s, their searches one by one 1.2 s
    (round 62 review)."""
    by_length: dict[int, set[str]] = {}
    for key in keys:
        by_length.setdefault(len(key), set()).add(key)
    held: set[str] = set()
    last = len(text_key) + 1
    for length, wanted in by_length.items():
        if len(wanted) <= _FEW_SEARCHES:
            held.update(key for key in wanted if key in text_key)
        else:
            # (map and slice keep the pass in C: a window costs about as much as
            # ~500 characters of one `in` search does)
            windows = map(
                text_key.__getitem__, map(slice, range(last - length), range(length, last))
            )
            held |= wanted.intersection(windows)
    return held


# Up to this many keys of one length are searched for one by one (a search costs the
# text's length in C; the windows' pass, the text's length in hashed slices).
_FEW_SEARCHES = 256


def visible(text: str) -> str:
    """The text without the characters a page prints as nothing: soft hyphens,
    zero-width spaces, the invisible separator (U+2063), direction marks, a byte
    order mark, control characters (every code point neither printable nor white
    space, by `str.isprintable`), but the zero-width joiner and non-joiner.

    What trafilatura drops from the text it extracts (its `line_processing`), so
    that the lines read from the page beside it (a lead, a caption, the title, an
    ingredient list, the JSON-LD text) come out as its own do: "Klima\xadwandel"
    is "Klimawandel" whichever reader printed it. The joiners are spelling (Persian
    "می‌کند", the Indic scripts' conjuncts, an emoji family), which the extraction
    keeps too (`html_joiners`). White space is left to the caller."""
    if text.isprintable():
        return text
    return "".join(
        char for char in text if char.isprintable() or char.isspace() or char in _JOINERS
    )


_JOINERS = "\u200c\u200d"


def clean_spaces(value: str | None) -> str | None:
    """The text on one line, runs of white space made one space, `visible`; None when empty."""
    if value is None:
        return None
    return " ".join(visible(value).split()) or None


# The vowel signs, viramas and other combining marks of the Indic scripts (Devanagari to
# Sinhala, U+0900-U+0DFF): no letters to `\w`, yet inside every word ("प्रशांत"); a word
# split at them is a few letters' scraps, which two unrelated names share.
_INDIC_MARKS = "".join(
    chr(c) for c in range(0x900, 0xE00) if unicodedata.category(chr(c)) in ("Mn", "Mc")
)
# A word of letters (and the Indic marks after them).
WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_INDIC_MARKS}])*", re.UNICODE)


def word_set(text: str) -> frozenset[str]:
    """The text's words, case folded."""
    return frozenset(word.casefold() for word in WORD.findall(text))


# A run of letters or digits.
ALNUM = re.compile(r"[^\W_]+")


# A personal name in a script written without spaces between words: two to six
# Han characters, kana or Hangul syllables, with a Han character or a Hangul
# syllable ("佐藤花子", "王小明", "김철수"; katakana alone is most often a loanword,
# "ニュース"). A desk, an outlet or a role ends in a word for one ("編集部",
# "新华社", "朝日新聞", "記者"): not a name.
_UNSPACED_NAME = re.compile(
    r"(?=.*[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])"
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{2,6}"
)
_UNSPACED_DESK_ENDINGS = tuple("部社局組组班網网報报聞闻室課课者員员")


def unspaced_name(text: str) -> bool:
    """Whether a one-word text is a name in a script that writes names without a
    space (Chinese, Japanese, Korean): one word there is not a handle or a form's
    label, as it is in a script that spaces its names."""
    text = text.strip()
    return bool(_UNSPACED_NAME.fullmatch(text)) and not text.endswith(_UNSPACED_DESK_ENDINGS)


_INDIC_LETTER = re.compile("[\u0900-\u0dff]")


def with_indic_marks(names: str, source: str) -> str:
    """`names` with each word's closing Indic marks as `source` prints them: trafilatura's
    `normalize_authors` drops a name's last vowel sign ("प्रशांत कुलकर्णी" gives "प्रशांत
    कुलकर्ण"), as it strips what ends a name and is no letter to `\\w`."""
    if not _INDIC_LETTER.search(names):
        return names

    def restored(word: re.Match[str]) -> str:
        found = re.search(
            rf"(?<![^\W\d_]){re.escape(word[0])}[{_INDIC_MARKS}]+(?![^\W\d_{_INDIC_MARKS}])",
            source,
        )
        return found[0] if found else word[0]

    return re.sub(r"\S+", restored, names)
