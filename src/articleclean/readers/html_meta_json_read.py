"""A page's JSON script as trafilatura's `extract_meta_json` reads it, for the bounds on
what it is handed (`html_meta_scripts`): its `normalize_json` reads the script's \\u
escapes and HTML entities and strips what looks like tags over the whole script
before the parse, so that a tag can join a name to the text of the strings after it
("A<", "x": ">, B, C"), and a script JSON parses as written can be one trafilatura
cannot (`&quot;` read into a quote), which it then reads by patterns instead.

Equal to trafilatura's reading, up to runs of spaces (which split no name), on all
819 webeval scripts.
"""

from __future__ import annotations

import json
import re
from html import unescape

from trafilatura.json_metadata import JSON_UNICODE_REPLACE
from trafilatura.metadata import JSON_MINIFY

from .html_open_marks import strip_tags

UNREAD = object()  # (a script not read yet, or changed since)

# (normalize_json drops the lone surrogates its \\u escapes can make)
_SURROGATES = re.compile("[\ud800-\udfff]")


def as_read(source: str, parsed: object = UNREAD) -> object | None:
    """The script as extract_meta_json parses it, or None where it cannot and reads it
    by patterns. `parsed`: the script as JSON parses it as written, when known."""
    if parsed is UNREAD:
        try:
            parsed = json.loads(source, strict=False)
        except (ValueError, RecursionError):
            parsed = None
    if parsed is not None and "\\" not in source and "<" not in source:
        return parsed  # (as read but for runs of spaces, which split no name)
    try:
        return json.loads(read_text(source, parsed is not None), strict=False)
    except (ValueError, RecursionError):
        return None


def read_text(source: str, valid: bool) -> str:
    """The script's text as normalize_json leaves it for the parse. `valid`: the
    script is valid JSON as written."""
    text = decoded(source if valid else JSON_MINIFY.sub(r"\1", source))
    if valid and "<!--" in text:
        # (its minifier drops only the spaces between a valid script's strings, which
        # only a comment stripped across lines sees; it is the costly step)
        text = decoded(JSON_MINIFY.sub(r"\1", source))
    return " ".join(strip_tags(text).split())


def decoded(text: str) -> str:
    """normalize_json's reading of the escapes and entities (it reads the entities only
    in a script that holds a backslash)."""
    if "\\" not in text:
        return text
    text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
    text = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), text)
    return unescape(_SURROGATES.sub("", text))
