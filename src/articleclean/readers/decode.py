"""Bytes → str: BOM first, then a declared charset, then detection.

Bytes that are not text at all (NUL bytes, mostly control characters) are
an InputError: the caller passed the wrong thing, and guessing would only
hide it.
"""

from __future__ import annotations

import codecs
import re
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
        text = _nearly_decodes(data, known)
        if text is not None:
            return Decoded(text, known, "declared")
        # otherwise the declaration is wrong (common); fall through to detection
    text = _nearly_decodes(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    encoding = _detect(data[: 4 * _SNIFF_BYTES])
    return Decoded(data.decode(encoding, "replace"), encoding, "detected")


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


# The encodings browsers know (WHATWG). charset_normalizer also proposes DOS
# and Mac code pages, which decode Western text "equally well" but are never
# served on the web; when a guess could as well be cp1252, it is cp1252.
_WEB_ENCODINGS = frozenset(
    [
        "utf_8",
        "cp1252",
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "cp874",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_5",
        "iso8859_6",
        "iso8859_7",
        "iso8859_8",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "koi8_r",
        "koi8_u",
        "gbk",
        "gb2312",
        "gb18030",
        "big5",
        "big5hkscs",
        "shift_jis",
        "cp932",
        "euc_jp",
        "iso2022_jp",
        "euc_kr",
        "cp949",
        "tis_620",
        "utf_16",
    ]
)


def _detect(data: bytes) -> str:
    for match in from_bytes(data):
        candidates = match.could_be_from_charset or [match.encoding]
        if "cp1252" in candidates:
            return "cp1252"
        for candidate in candidates:
            if candidate in _WEB_ENCODINGS:
                return candidate
    return "cp1252"


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    # Pages that say latin-1 are nearly always cp1252 (the WHATWG rule).
    return "cp1252" if codec.name in ("latin-1", "iso8859-1", "ascii") else codec.name


def _refuse_binary(data: bytes) -> None:
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return
    if b"\x00" in sample:
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
