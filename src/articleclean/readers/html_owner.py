"""The person a page's footer names as the site's copyright holder, with a year ("©
2009-2012 Jonathan Krase.", "Copyright © 2020 by Paul Sippel - Alle Rechte
vorbehalten!", "© 2019 nh24 by Alexander Wittke", "– 2009-2020 by Florian
Posdziech –"): on a one-person site that signs no post, the author. Read last, when
neither the markup nor the text names anyone (`assemble`).

Only a notice with its year, in the page's footer, naming one person: a picture's
credit in a footer ("© Markus Leitner", "(c) Warner Bros.") has no year, and a
company or the site ("© 2017 Luigi LAVAZZA SPA", "COPYRIGHT © 2014-2021 VI
Consortium") is no person's name (`plain_names`, `authors_not_site`).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .html_authors import authors_not_site, plain_names

# The text nodes that may hold a notice: a copyright sign or word anywhere, "… by"
# inside a <footer> (a year range and "by" with no sign). In C, over the whole page.
_NOTICE_TEXTS = etree.XPath(
    "//body//text()[contains(., '©') or contains(., 'opyright') or contains(., 'OPYRIGHT')"
    " or contains(., '(c)') or contains(., '(C)') or (ancestor::footer and contains(., ' by'))]"
)

# What marks an element as the page's footer, in its class or id ("site-footer",
# "footer-copyright", "colophon", "site-info").
_FOOTER_MARK = re.compile(r"footer|copyright|colophon|site-?info", re.IGNORECASE)

# The notice up to the holder's name: the sign or word, its year or years, and a
# "by" after the site's one-word name ("© 2019 nh24 by"); or a year range and "by".
_NOTICE = re.compile(
    r"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:\s*©)?\s*\d{4}(?:\s*[-–]\s*\d{4})?"
    r"\s*(?:\S+\s+by\s+|by\s+)?"
    r"|\b\d{4}\s*[-–]\s*\d{4}\s+by\s+"
)

# A word of a person's name as printed: a capital, then lower-case letters
# ("Löwenkönigin", "Schmoll-Trautmann", "O'Neil").
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "ter"})

_MAX_NAME_WORDS = 4
_MAX_NOTICE_CHARS = 600
"""A footer's text read around a notice (its element's), at most this long."""
_MAX_NOTICES = 8
"""Notices read; a page with more prints them for pictures, not for itself."""


def copyright_owner(
    tree: HtmlElement, site_words: frozenset[str], publisher: str | None
) -> str | None:
    """The one person the footer's dated copyright notices name, or None."""
    owners: set[str] = set()
    for count, text in enumerate(_NOTICE_TEXTS(tree)):
        if count >= _MAX_NOTICES:
            return None
        element = text.getparent()
        if element is None:
            continue
        if getattr(text, "is_tail", False):
            element = element.getparent()
        if element is None or not _in_footer(element):
            continue
        # One line per text node: a name never runs from one node into the next.
        notice = "\n".join(element.itertext())[:_MAX_NOTICE_CHARS]
        for match in _NOTICE.finditer(notice):
            name = _holder(notice[match.end() :])
            if name and plain_names(name) and authors_not_site(name, site_words, publisher):
                owners.add(name)
            elif name:
                return None  # a company or the site holds the rights: no person's site
    return owners.pop() if len(owners) == 1 else None


def _in_footer(element: HtmlElement) -> bool:
    """Whether the element is the page's footer or inside it."""
    for node in (element, *element.iterancestors()):
        if node.tag == "footer":
            return True
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if marks.strip() and _FOOTER_MARK.search(marks):
            return True
    return False


def _holder(after: str) -> str | None:
    """The name opening `after` (the text after a notice's year): capitalised words
    and particles on one line, ended by the line's end, punctuation or a word in
    lower case ("Paul Sippel - Alle Rechte vorbehalten!"); None when a fifth
    capitalised word follows (a sentence or a company's long name)."""
    line = after.split("\n", 1)[0]
    words: list[str] = []
    for token in line.split():
        word = token.rstrip(".,;:!")
        if not word:
            break
        if not _in_name(word, bool(words)):
            break
        words.append(word)
        if len(words) > _MAX_NAME_WORDS:
            return None
        if word != token:
            break  # "Jonathan Krase.", "Volker Pohl, Buchholz": the name ends there
    return " ".join(words) or None


def _in_name(word: str, after_first: bool) -> bool:
    """Whether a word may stand in a printed name: capitalised, not in capitals (a
    company's "SPA", "VI"), or a particle after the first word ("Cornel van Bebber")."""
    if after_first and word in _NAME_PARTICLES:
        return True
    return bool(_NAME_WORD.fullmatch(word)) and word[0].isupper() and not word.isupper()
