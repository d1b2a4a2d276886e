"""The site's own names: the name in its address, the one `<title>` gives, its
publisher in the page's JSON-LD, and the words they are made of, against which a
title's parts (`html_title.py`) and an author's names (`html_authors.py`) are read;
and the site the page's own address names, against which its links are read as
leaving it or not (`html_hints.py`).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import extract_sitename

from .html_words import WORD, word_set

# The host of an address, "www." left out.
URL_SITENAME = re.compile(r"https?://(?:www\.)?([^/]+)")
_INITIALS = re.compile(r"\b[^\W\d_]\.\s+[^\W\d_]\.?\s")


def title_sitename(tree: HtmlElement, url: str | None) -> str | None:
    """trafilatura's guess of the site's name from `<title>` (a part with a dot),
    unless the dots are a person's initials ("Sehnsucht von R. K. Lilley")
    that the page's host does not share."""
    guess = extract_sitename(tree)
    if not guess or not _INITIALS.search(guess):
        return guess
    host = URL_SITENAME.match(url or "")
    host_words = frozenset(host[1].casefold().split(".")) if host else frozenset()
    if word_set(guess) & host_words or "".join(WORD.findall(guess.casefold())) in host_words:
        return guess
    return None


def squashed_words(site_words: frozenset[str]) -> frozenset[str]:
    """The site's words with their spaces out, to meet a name written as one word."""
    return frozenset(word.replace(" ", "") for word in site_words)


def words_of_site(sitename: str | None, url: str | None, publisher: str | None) -> frozenset[str]:
    """Words of the site's name, its publisher's and its host ("abcnews", "abc", "news")."""
    words: set[str] = set()
    for name in (sitename or "", publisher or ""):
        found = word_set(name)
        words |= found
        if len(found) > 1:
            words.add("".join(word for word in WORD.findall(name.casefold())))
    if url and (match := URL_SITENAME.match(url)):
        labels = match[1].casefold().split(".")
        words.update(label for label in labels[:-1] if len(label) > 2)
    return frozenset(words)


_JSON_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{([^{}]*)')


_JSON_NAME = re.compile(r'"name"\s*:\s*"([^"]{2,80})"')


def json_publisher(tree: HtmlElement) -> str | None:
    """The organisation the page's JSON-LD names as its publisher (not a person);
    `tree` is the page or a document of its scripts (`html_meta_scripts.json_scripts`)."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        for found in _JSON_PUBLISHER.finditer(script.text or ""):
            name = _JSON_NAME.search(found[1])
            if name and '"Person"' not in found[1]:
                return name[1]
    return None


ABSOLUTE_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)", re.IGNORECASE)
"""The host of an absolute or protocol-relative web address, its port left out."""
_PAGE_ADDRESSES = etree.XPath(
    '//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content | //base/@href'
)


def site_of_host(host: str) -> str:
    """A host's site: its last two labels, or three under a short second-level label
    ("bbc.co.uk", "lanacion.com.ar"): "sport.example.com" is example.com's."""
    labels = host.lower().rstrip(".").split(".")
    size = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2
    return ".".join(labels[-size:])


def own_site(tree: HtmlElement) -> str | None:
    """The page's own site, from the address it gives itself (its canonical link, its
    `og:url`, its `<base>`); None when it gives none."""
    for address in _PAGE_ADDRESSES(tree):
        found = ABSOLUTE_HOST.match(str(address).strip())
        if found:
            return site_of_host(found.group(1))
    return None


# A host's name long enough not to be a common word.
MIN_HOST_LETTERS = 6
# Hosts whose sites are their sub-domains ("mywakenews.wordpress.com").
_SHARED_HOSTS = frozenset({"wordpress", "blogspot", "tumblr", "substack", "medium", "wixsite"})


def site_host(url: str | None) -> str | None:
    """The site's own name in its address: the domain under the top level
    ("kaieteurnewsonline" of www.kaieteurnewsonline.com), or the sub-domain on a
    shared blog host; hyphens out ("natuerlichjagd")."""
    match = URL_SITENAME.match(url or "")
    if not match:
        return None
    labels = match[1].casefold().split(":")[0].split(".")
    if len(labels) < 2:
        return None
    name = labels[-2]
    # "co" of .co.uk and "com" of .com.br are no name either.
    if len(labels) > 2 and (name in _SHARED_HOSTS or len(name) <= 3):
        name = labels[-3]
    name = name.replace("-", "")
    return name if len(name) >= MIN_HOST_LETTERS and name.isalnum() else None
