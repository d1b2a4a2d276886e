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

from lxml.html import HtmlElement

from ..lexicon import title_parts
from .html_authors import OUTLET_WORDS, authors_not_site, plain_names
from .html_hints import ClassWalk, class_walk

# What marks an element as the page's footer, in its class or id ("site-footer",
# "footer-copyright", "colophon", "site-info").
_FOOTER_WORDS = ("footer", "copyright", "colophon", "site-info", "siteinfo")
_SEPARATOR = "\x00"
"""Between the class and id values joined: no attribute holds it (a line break may)."""

_WRAPPER_TAGS = frozenset({"html", "body", "main", "article"})

# A notice's sign or word, to skip a footer without one before splitting its text.
_SIGN = re.compile(r"©|\([cC]\)|[Cc]opyright|COPYRIGHT|\d{4}\s*[-–]\s*\d{4}\s+by\s")

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

# A holder named with a word no person's name carries is an outlet or a company, even
# when its first word is a given name ("© 2024 Victoria Advocate", "© 2023 Charlotte
# Observer", "© 2021 Sydney Morning Herald", "© 2020 Jordan Media Group"): a news site
# that signs no story still prints its own name there, and a wrong author is worse than
# none. The outlets' words of the author reader, and more: a footer names the company.
_NOT_A_PERSONS_WORD = OUTLET_WORDS | frozenset(
    {
        *("observer", "chronicle", "gazette", "courier", "examiner", "inquirer"),
        *("dispatch", "bulletin", "register", "sentinel", "monitor", "advocate"),
        *("independent", "statesman", "globe", "star", "sun", "standard", "express"),
        *("mail", "telegraph", "record", "review", "today", "network", "group"),
        *("publishing", "publications", "communications", "company", "corporation"),
        *("holdings", "inc", "llc", "ltd", "gmbh", "ag", "sa", "verlag"),
        *("studio", "studios", "productions", "agency", "foundation", "institute"),
        *("association", "club", "university", "school", "church", "stiftung", "verein"),
    }
)
_MAX_NAME_WORDS = 4
_MAX_FOOTER_CHARS = 20_000
"""A footer's text read, at most this long (a footer may hold the site's whole map)."""
_MAX_NOTICES = 8
"""Notices read; a page with more prints them for pictures, not for itself."""


def copyright_owner(
    tree: HtmlElement,
    site_words: frozenset[str],
    publisher: str | None,
    walk: ClassWalk | None = None,
) -> str | None:
    """The one person the footer's dated copyright notices name, or None. `walk` is
    the page's `class_walk` when the caller has it: the footers' classes are read
    from it, not from the page."""
    owners: set[str] = set()
    notices = 0
    for footer in _footers(tree, walk):
        # One line per text node: a name never runs from one node into the next.
        text = "\n".join(footer.itertext())[:_MAX_FOOTER_CHARS]
        if not _SIGN.search(text):
            continue
        for match in _NOTICE.finditer(text):
            notices += 1
            if notices > _MAX_NOTICES:
                return None
            name = _holder(text[match.end() :])
            if (
                name
                and plain_names(name)
                and not _names_an_outlet(name)
                and not _names_the_site(name, tree, site_words)
                and authors_not_site(name, site_words, publisher)
            ):
                owners.add(name)
            elif name:
                return None  # a company or the site holds the rights: no person's site
    return owners.pop() if len(owners) == 1 else None


def _names_an_outlet(name: str) -> bool:
    """Whether a word of the holder's name is an outlet's or a company's
    (`_NOT_A_PERSONS_WORD`)."""
    return any(word.casefold().strip(".") in _NOT_A_PERSONS_WORD for word in name.split())


# (a host's top-level domain, left out of a `<title>` part that prints the host:
# "… | petri-heil.ch | …")
_TOP_LEVEL_DOMAIN = re.compile(r"\.[a-z]{2,6}$")


def _letters(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalpha())


def _names_the_site(name: str, tree: HtmlElement, site_words: frozenset[str]) -> bool:
    """Whether the holder is the site itself: its letters are those of a part of the
    page's `<title>` ("© 2022 Petri Heil" under "… | petri-heil.ch | …") or of the
    site's name or host (`site_words`). A blogger whose site bears their name is
    missed: no author rather than the site's name as one."""
    letters = _letters(name)
    if any(_letters(word) == letters for word in site_words):
        return True
    title = tree.findtext(".//title") or ""
    return any(
        _letters(_TOP_LEVEL_DOMAIN.sub("", part.strip().casefold())) == letters
        for part in title_parts(title, at_glued_colons=True)
    )


def _footers(tree: HtmlElement, walk: ClassWalk | None) -> list[HtmlElement]:
    """The page's `<footer>`s and the elements a footer's word marks, the outermost
    only, in no particular order."""
    marked = _walked_marks(class_walk(tree) if walk is None else walk)
    found = {id(element): element for element in (*tree.iter("footer"), *marked)}
    return [
        element
        for element in found.values()
        if not any(id(above) in found for above in element.iterancestors())
        # A page's wrapper whose class names its footer ("has-sticky-footer") holds
        # the article too: the headline is in no footer.
        and element.tag not in _WRAPPER_TAGS
        and next(element.iter("h1"), None) is None
    ]


def _walked_marks(walk: ClassWalk) -> list[HtmlElement]:
    """The owners of the class and id values with a footer's word, found in the
    values joined and lowered by `str.find` (a regex ignoring case costs ten times
    as much on a page's thousands of values), each found value counted by the
    separators before it."""
    joined = _SEPARATOR.join(walk.values)
    lowered = joined.lower()
    if len(lowered) != len(joined):  # "İ" → "i̇": lowered by value, so the offsets hold
        lowered = _SEPARATOR.join(value.lower() for value in walk.values)
    found: list[int] = []
    for word in _FOOTER_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + len(word))
    owners: list[HtmlElement] = []
    index = last = 0
    for at in sorted(found):
        index += lowered.count(_SEPARATOR, last, at)
        last = at
        owners.append(walk.owners[index])
    return owners


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
