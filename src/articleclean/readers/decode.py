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
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
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
        encoding = _known_codec(candidate)
        if encoding is None:
            continue
        text = _nearly_decodes(data, encoding)
        if text is not None:
            return Decoded(text, encoding, "declared")
        # otherwise the declaration is wrong (common); fall through to detection
    text = _nearly_decodes(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    best = from_bytes(data[: 4 * _SNIFF_BYTES]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return Decoded(data.decode(encoding, "replace"), encoding, "detected")


# A page cut mid-character here and there (a truncated teaser, a bad byte in
# a template) is still in its encoding; a wrong declaration fails all over.
_MAX_BAD_SHARE = 0.001
_MAX_BAD_ALWAYS = 3


def _nearly_decodes(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, "replace")
    bad = text.count("\ufffd")
    if bad <= _MAX_BAD_ALWAYS or bad <= len(text) * _MAX_BAD_SHARE:
        return text
    return None


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
    if len(_CONTROL.findall(sample)) > len(sample) * 0.05:
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
