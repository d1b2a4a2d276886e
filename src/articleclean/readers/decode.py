"""Bytes → str: BOM first, then a declared charset, then detection.

Bytes that are not text at all (NUL bytes, mostly control characters) are
an InputError: the caller passed the wrong thing, and guessing would only
hide it.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections import Counter
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|section|span|a\s|br|h[1-6]|meta|title|figure)\b",
    re.IGNORECASE,
)
# Control bytes no text has (tab, line breaks, form feed and escape are left out).
_CONTROL = bytes((*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)))
_SNIFF_BYTES = 65536


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    how: str
    """"bom", "declared", "utf-8" or "detected": how the encoding was chosen."""


def looks_like_html(head: str) -> bool:
    """Whether the start of a document is HTML rather than a text dump."""
    return bool(_HTML_TAG.search(head))


def head_text(head: bytes) -> str:
    """The first bytes of a document as text to look for tags in: by its BOM when it has
    one (a page saved as UTF-16 shows no tag read a byte a character), else a byte a
    character (Latin-1 reads any byte; the tags are ASCII)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head.decode(encoding, "replace")
    return head.decode("latin-1")


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`; `declared` is a charset from HTTP headers, if known."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, "replace"), encoding, "bom")
    _refuse_binary(data)
    for candidate in (declared, _meta_charset(data)):
        known = _known_codec(candidate)
        if known is None:
            continue
        if known != "utf-8" and not data.isascii():
            utf8 = _strict_utf8(data)
            if utf8 is not None:
                return Decoded(utf8, "utf-8", "utf-8")
        text = _nearly_decodes(data, known)
        if text is not None:
            return Decoded(text, known, "declared")
        # otherwise the declaration is wrong (common); fall through to detection
    text = _nearly_decodes(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    encoding = _detect(data[: 4 * _SNIFF_BYTES])
    return Decoded(data.decode(encoding, "replace"), encoding, "detected")


def _strict_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 when every byte of it is. A page that declares another charset
    yet is valid UTF-8 outside ASCII is UTF-8: the declaration is a template's or a
    server's default (Apache's ISO-8859-1), and text in another charset is valid UTF-8
    only by accident (a pair of bytes such as "Ã©" in cp1252, a few in a page at most,
    never every non-ASCII byte of it). Browsers believe the declaration and show
    mojibake ("CafÃ©"); trafilatura's own decoding tries UTF-8 first too."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# A page cut mid-character here and there (a truncated teaser, a bad byte in
# a template) is still in its encoding: most of its non-ASCII text decodes.
# A wrong declaration fails on (nearly) every non-ASCII character.
_MAX_BAD_SHARE = 0.001
_MIN_GOOD_PER_BAD = 10


def _nearly_decodes(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, "replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    if bad <= len(text) * _MAX_BAD_SHARE and good >= bad * _MIN_GOOD_PER_BAD:
        return text
    return None


# The legacy encodings a page or dump without a declaration is tried in, in
# order of preference when two read equally well (a Western text reads the same
# in cp1252 and cp1254 unless it has ğ, ı or ş). All are encodings browsers know
# (WHATWG); DOS and Mac code pages are never served on the web.
_CANDIDATES = (
    "cp1252",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "cp1257",
    "cp1255",
    "cp1256",
    "shift_jis",
    "cp932",
    "euc_jp",
    "gbk",
    "gb18030",
    "big5",
    "cp950",
    "euc_kr",
)

# The non-ASCII letters of languages written in Latin script, lower case. A right
# decoding of a text uses the letters of its language; a wrong one gives letters
# from several (French "coûte à" read as cp1250 is "coűte ŕ": ű is Hungarian, ŕ Slovak).
_LATIN_ALPHABETS = {
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöüß",
    "es": "áéíóúñü",
    "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóùú",
    "ca": "àçèéíïòóúü",
    "nl": "éëèïóöü",
    "nordic": "åäöæøéü",
    "is": "áðéíóúýþæö",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ",
    "hr": "čćđšž",
    "tr": "çğıöşüâîû",
    "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
    "et": "äöõüšž",
}
# Punctuation and signs any language's text may hold: they count neither way.
_NEUTRAL = frozenset("\u00a0«»‘’‚“”„–—…•·€£¥¢°©®™§×‹›′″¿¡")
_ALL_SCRIPTS = ("cyrillic", "greek", "hebrew", "arabic", "thai", "ja", "zh-hans", "zh-hant", "ko")
_LANGUAGES = (*_LATIN_ALPHABETS, *_ALL_SCRIPTS)
_LATIN_LETTERS: dict[str, frozenset[str]] = {}
for _language, _letters in _LATIN_ALPHABETS.items():
    for _letter in _letters + _letters.upper():
        if len(_letter) == 1:
            _LATIN_LETTERS[_letter] = _LATIN_LETTERS.get(_letter, frozenset()) | {_language}
_LATIN_LETTERS["İ"] = frozenset({"tr"})
_CJK = frozenset({"ja", "zh-hans", "zh-hant", "ko"})
_NOTHING: frozenset[str] = frozenset()


def _lead_byte(char: str, encoding: str) -> int | None:
    try:
        data = char.encode(encoding)
    except UnicodeEncodeError:
        return None
    return data[0] if len(data) == 2 else None


@functools.lru_cache(maxsize=16384)
def _fits(char: str) -> tuple[frozenset[str], frozenset[str]]:
    """(languages whose text commonly has `char`, languages in which it is rare but real)."""
    if char in _NEUTRAL:
        return frozenset(_LANGUAGES), _NOTHING
    if char in _LATIN_LETTERS:
        return _LATIN_LETTERS[char], _NOTHING
    code = ord(char)
    if 0x400 <= code <= 0x45F or char in "ґҐўЎ":
        return frozenset({"cyrillic"}), _NOTHING
    if 0x386 <= code <= 0x3CE:
        return frozenset({"greek"}), _NOTHING
    if 0x5B0 <= code <= 0x5EA:
        return frozenset({"hebrew"}), _NOTHING
    if 0x60C <= code <= 0x6D5:
        return frozenset({"arabic"}), _NOTHING
    if 0xE01 <= code <= 0xE5B:
        return frozenset({"thai"}), _NOTHING
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or char == "・":
        return _CJK, _NOTHING
    if 0x3041 <= code <= 0x30FF:  # hiragana and katakana (not the half-width kind)
        return frozenset({"ja"}), _NOTHING
    if 0xAC00 <= code <= 0xD7A3:
        return (frozenset({"ko"}), _NOTHING) if _lead_byte(char, "euc_kr") else (_NOTHING, _NOTHING)
    if 0x4E00 <= code <= 0x9FFF:
        # The first level of each national character set holds the common characters;
        # a wrong decoding lands on rare ones (or on kana, Greek, box drawing …).
        common: set[str] = set()
        rare: set[str] = set()
        for language, encoding, first, last in (
            ("zh-hans", "gb2312", 0xB0, 0xD7),
            ("zh-hant", "big5", 0xA4, 0xC6),
            ("ja", "shift_jis", 0x88, 0x98),
        ):
            lead = _lead_byte(char, encoding)
            if lead is not None:
                (common if first <= lead <= last else rare).add(language)
        if _lead_byte(char, "euc_kr"):
            rare.add("ko")
        return frozenset(common), frozenset(rare)
    return _NOTHING, _NOTHING


_WORD = re.compile(r"\w+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_WRONG_WEIGHT = 2


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if code >= 0x2E80:
        return "cjk"
    return str(code >> 7)  # Greek, Cyrillic, Hebrew, Arabic … each have their own block


def _odd_word(word: str) -> bool:
    """A word no language writes: a capital after its first letter (KOI8-R read as cp1251
    and back swaps the cases, "рТЙЧЕФ" for "привет"), or letters of two scripts
    (Turkish "Hükümet" read as cp1251 is "Hьkьmet")."""
    tail = word[1:]
    if tail != tail.lower():
        return True
    scripts = {_script(char) for char in word if char > "\x7f" and char.isalpha()}
    if len(scripts) > 1:
        return True
    return scripts != {"latin"} and scripts != {"cjk"} and _ASCII_LETTER.search(word) is not None


@functools.lru_cache(maxsize=65536)
def _token_profile(token: str) -> tuple[tuple[str, bool], ...]:
    """The non-ASCII characters of a space-separated token, each with whether it sits
    in an odd word (`_odd_word`); cached, as tokens repeat across a text."""
    odd_words = {word for word in _WORD.findall(token) if not word.isascii() and _odd_word(word)}
    if not odd_words:
        return tuple((char, False) for char in token if char > "\x7f")
    profile: list[tuple[str, bool]] = []
    for piece in _WORD_SPLIT.split(token):  # words and what lies between them, in order
        odd = piece in odd_words
        profile.extend((char, odd) for char in piece if char > "\x7f")
    return tuple(profile)


_WORD_SPLIT = re.compile(r"(\w+)")


def _plausibility(text: str) -> float:
    """How much `text` reads like one language, from 1 (every non-ASCII character
    belongs to the best-fitting language) down to -2 (none does).

    A character counts against when it fits no language, and when it sits in a word
    no language writes (`_odd_word`).
    """
    chars: Counter[str] = Counter()
    total = 0
    for token, repeats in Counter(text.split()).items():
        if token.isascii():
            continue
        for char, odd in _token_profile(token):
            total += repeats
            if not odd:
                chars[char] += repeats
    if not total:
        return 0.0
    good: Counter[str] = Counter()
    fair: Counter[str] = Counter()
    for char, count in chars.items():
        common, rare = _fits(char)
        for language in common:
            good[language] += count
        for language in rare:
            fair[language] += count
    best = -_WRONG_WEIGHT * total
    for language in good.keys() | fair.keys():
        wrong = total - good[language] - fair[language]
        best = max(best, good[language] - _WRONG_WEIGHT * wrong)
    # Per character: a multi-byte decoding makes fewer characters of the same bytes.
    return best / total


def _detect(data: bytes) -> str:
    """The legacy encoding in which the bytes read most like text of one language.

    The same scoring serves text dumps and pages (tags are ASCII and do not count).
    charset_normalizer is asked only when no candidate reads well at all.
    """
    sample = _lines_to_judge(data)
    best, best_score = "cp1252", None
    for encoding in _CANDIDATES:
        score = _plausibility(sample.decode(encoding, "replace"))
        if best_score is None or score > best_score:
            best, best_score = encoding, score
    if best_score is not None and best_score > 0:
        return best
    return _fallback_detect(data[: 4 * _SNIFF_BYTES])


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_JUDGE_BYTES = 16384


def _lines_to_judge(data: bytes) -> bytes:
    """The first lines that hold non-ASCII bytes (16 KB of them is plenty): only they
    tell encodings apart, and a newline byte is never inside a character in these."""
    # Line by line: a regex spanning the line around a high byte ("[^\n]*[\x80-\xff]")
    # is tried from every position of a long line without one (a minified page's
    # ASCII head), which took minutes on a 256 KB line.
    lines: list[bytes] = []
    size = 0
    for line in data[: 4 * _SNIFF_BYTES].split(b"\n"):
        high = _HIGH_BYTE.search(line)
        if high is None:
            continue
        if len(line) > _JUDGE_BYTES:
            line = _stretch_to_judge(line, high.start())
        lines.append(line)
        size += len(line) + 1
        if size >= _JUDGE_BYTES:
            break
    return b"\n".join(lines)


_WORD_REACH = 256
"""How far before its first non-ASCII byte a long line's judged stretch may open, at
the start of the word holding it (`_stretch_to_judge`)."""


def _stretch_to_judge(line: bytes, first_high: int) -> bytes:
    """`_JUDGE_BYTES` of a long line, from the word holding its first non-ASCII byte and
    ending at a space (a space byte is never inside a character in these encodings).
    Judged whole, a line of 256 KB (a minified page, a dump with no line breaks) cost
    every candidate encoding its whole length: 8 s for 256 KB of short non-ASCII words.
    Where that word opens far before the byte (a long run of ASCII with no space, glued
    to the text), the stretch opens at the byte itself, which starts a character: only
    ASCII bytes come before it, none of them a multibyte character's part. From the
    word's start, the stretch held 16 KB of that run and little else, and 40 KB of "A"
    glued to Russian in cp1251 was read as cp1250."""
    start = line.rfind(b" ", 0, first_high) + 1
    if first_high - start > _WORD_REACH:
        start = first_high
    end = start + _JUDGE_BYTES
    if end < len(line):
        space = line.rfind(b" ", start, end)
        end = space if space > start else end
    return line[start:end]


_WEB_ENCODINGS = frozenset(_CANDIDATES) | {"utf_8", "utf_16", "tis_620", "cp949", "big5hkscs"}


def _fallback_detect(data: bytes) -> str:
    for match in from_bytes(data):
        candidates = match.could_be_from_charset or [match.encoding]
        if "cp1252" in candidates:
            return "cp1252"
        for candidate in candidates:
            if candidate in _WEB_ENCODINGS:
                return candidate
    return "cp1252"


_META_OPEN = re.compile(rb"<meta", re.IGNORECASE)


def _meta_charset(data: bytes) -> str | None:
    """The charset a `<meta>` tag of the first bytes declares: `_META_CHARSET`'s first
    match, tried once per stretch between two ">" (its `[^>]+` never crosses one).
    Searched from every "<meta" it ran to the next ">" each time: 64 KB of "<meta "
    with no ">" took 1-2 s. A stretch whose first "<meta" has no charset after it has
    none after its later ones either (their text is a part of the first's)."""
    head = data[:_SNIFF_BYTES]
    tried_to = -1
    for opening in _META_OPEN.finditer(head):
        start = opening.start()
        if start < tried_to:
            continue  # inside a stretch already tried
        close = head.find(b">", start)
        tried_to = len(head) if close < 0 else close
        match = _META_CHARSET.match(head, start, tried_to)
        if match:
            return match.group(1).decode("ascii", "ignore")
    return None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    # A page may name any of Python's codecs: "base64" or "zip" are no text encoding
    # (decoding raised LookupError), "punycode" and "undefined" fail on any page and
    # "unicode_escape" rewrites backslashes. No page is written in them: the
    # declaration is ignored, as a wrong one is.
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_CHARSETS:
        return None
    if not _ascii_compatible(codec.name):
        return None
    # Pages that say latin-1 are nearly always cp1252 (the WHATWG rule).
    return "cp1252" if codec.name in ("latin-1", "iso8859-1", "ascii") else codec.name


_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})
"""Python codecs that are text encodings to `codecs` but no page's charset."""

_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


@functools.lru_cache(maxsize=64)
def _ascii_compatible(encoding: str) -> bool:
    """Whether `encoding` reads printable ASCII as ASCII. A page's declaration was found
    in ASCII bytes ("<meta charset=cp037>"), and every charset browsers know reads them
    so (UTF-16 has a BOM, read before): an EBCDIC code page (cp037, cp500, cp1140),
    UTF-7 or HZ named there cannot be the page's, yet EBCDIC decodes any bytes, so it
    was believed and the page came out as "ÇÈ_%ÇÁ/À…", empty. Ignored, as a wrong
    declaration is."""
    try:
        return _PRINTABLE_ASCII.decode(encoding, "replace") == _PRINTABLE_ASCII.decode("ascii")
    except (LookupError, ValueError, TypeError):
        return False


BYTES_PER_STRAY_NUL = 100
"""Fewer NUL bytes than one in this many are stray ones (a text or page all the same)."""


def _refuse_binary(data: bytes) -> None:
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return
    # A stray NUL or two (a bad copy, a C string's end) leave a text a text, as they do a
    # page (`html._decode`): one in a hundred bytes is no text's; UTF-16 without its BOM
    # has one in two.
    if b"\x00" in sample and sample.count(b"\x00") * BYTES_PER_STRAY_NUL >= len(sample):
        raise InputError("input looks binary (it has NUL bytes), not text or HTML")
    # Deleting them and comparing lengths counts them ten times faster than a regex.
    if len(sample) - len(sample.translate(None, _CONTROL)) > len(sample) * 0.05:
        raise InputError("input looks binary (mostly control bytes), not text or HTML")


_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any.

    >>> charset_from_content_type('text/html; charset="Shift_JIS"')
    'Shift_JIS'
    """
    if not content_type:
        return None
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else None
