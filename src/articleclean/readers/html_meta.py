"""Page metadata (title, authors, date, site name, url, description) via trafilatura.

trafilatura's own `extract_metadata` also gathers categories, tags and the
licence, and deep-copies the whole page to search it for an author, which
together cost about as much as the text extraction itself. This module runs
the same steps for the fields an Article carries, more cheaply:

- authors: the meta tags and JSON-LD first; else trafilatura's author search
  (`AUTHOR_XPATHS`: rel=author, byline and author classes, itemprop) run on
  the parsed page itself, skipping what trafilatura would have pruned from its
  copy (comments, dates, figures) instead of copying the page to prune it, but
  not a WordPress post for its "category-…" class, reading an author box's
  name element, not its buttons, and co-authors' links side by side together;
  else the byline under the headline (a "By …" line, a link to an author's
  page, an hCard's name), which assembly reads;
  site, publisher and desk names ("ABC News", "Us Weekly Staff") are not authors;
- date: htmldate's quick search, then its extensive one when the quick one
  finds nothing, with a fixed latest date (`LATEST_DATE`) so that the result
  does not depend on the day the page is cleaned; under the headline, the
  publication's `<time>`, not the last change's, and a "Published …" line in
  words htmldate does not read;
- title: the `<h1>` that prints the meta title's words, else the meta title
  without the site's name before or after a separator, never a logo, a
  share prompt or a section's label; a `<title>` that names the site alone
  leaves the headline to the page's headings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import suppress
from copy import copy, deepcopy
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from typing import Any

from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_metainfo,
    extract_sitename,
    extract_title,
    extract_url,
    normalize_authors,
)
from trafilatura.utils import trim
from trafilatura.xpaths import TITLE_XPATHS

from ..names import ends_in_credit, is_credit, is_given_name, parse_byline, role_words

_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_URL_SITENAME = re.compile(r"https?://(?:www\.)?([^/]+)")
LATEST_DATE = "2099-12-31"
"""htmldate rejects dates after its `max_date`, today by default: a page cleaned
next year could then get another date than today. This fixed bound keeps the
result the same on any day; htmldate still prefers the original date."""
# trafilatura's limit for an author element's text (`extract_author`).
_MAX_AUTHOR_CHARS = 120


@dataclass
class PageMetadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    """url, date, sitename, description: only those found."""
    lines_under_headline: list[str] = field(default_factory=list)
    """Short texts printed right after the headline, where a byline stands ("Von
    Claudia Riedler"), when no author was found above: assembly reads them as a byline."""
    author_links: list[str] = field(default_factory=list)
    """Among those, the texts of links to an author's page ("/author/jane-doe")."""


def page_metadata(tree: HtmlElement, url: str | None) -> PageMetadata:
    """What the page says about itself; never raises on odd markup."""
    try:
        head = _head_only(tree)
        found = examine_meta(head)
        found.title = _og_title(head, found.title)
        if found.author and " " not in found.author:
            found.author = None  # a single word is a handle or a site, not a name
        found = extract_meta_json(tree, found)
    except Exception:  # trafilatura's JSON-LD and meta parsing has rare bugs on broken input
        return PageMetadata(fields={"url": url} if url else {})
    page_url = found.url or extract_url(tree, url)
    host = site_host(page_url)
    found.author = _without_companies(tree, found.author, host)
    sitename = found.sitename or _title_sitename(tree, page_url)
    publisher = json_publisher(tree)
    site_words = _site_words(sitename, page_url, publisher)
    # A site's name the page declares, not one guessed from <title>: that guess
    # can be the headline itself ("(16) Coronavirus-Update: … | NDR.de").
    declared = _site_words(found.sitename, page_url, publisher)
    title = headline(tree, found.title, site_words, declared, host, found.sitename)
    # A meta author that is the site ("ABC News") leaves the page's byline to find.
    author = _authors_not_site(found.author, site_words, publisher)
    # The page's author elements, walked only as far as read, and once.
    elements = _page_author_elements(tree)
    first = None if author else next(elements, None)
    # Pictures' photographers name no author, however many credits a gallery
    # prints before the byline's element: they are not among the later ones read.
    in_page = (text for element, text in elements if not _picture_credit(element))
    # A picture's photographer ("article__image-author": "PAP/ Rafał Guz") names
    # no author, as a lead picture's "© Getty Images" does not.
    if first is not None and not _picture_credit(first[0]):
        text = _coauthor_links(first[0]) or first[1]
        author = _authors_not_site(text or None, site_words, publisher, in_page=True)
    date = page_date(tree, page_url)
    if sitename:
        sitename = sitename.lstrip("@")
        if "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url and (match := _URL_SITENAME.match(page_url)):
        sitename = match[1]
    fields = {
        "url": page_url,
        "date": date,
        "sitename": sitename,
        "description": found.description,
        "author": author,
    }
    lines, links = ([], []) if author else lines_under_headline(tree)
    if author and first is not None:
        # An author element away from the headline (another story's in a list
        # above it, an author box at the foot) gives way to the byline printed
        # under the headline, which assembly reads from these lines.
        window = _headline_window(tree)
        if not any(_inside(first[0], window)):
            lines, links = _short_lines(window)
            if _names_a_byline(lines, links):
                author = fields["author"] = None
            else:
                lines, links = [], []
    if not author:
        later = _later_author_names(in_page, site_words, publisher)
        if later and not _names_a_byline(lines, links):
            author = fields["author"] = later
            lines, links = [], []
    return PageMetadata(
        title=_clean(title),
        authors=[name for name in _AUTHOR_SPLIT.split(author or "") if name],
        fields={key: _clean(value) for key, value in fields.items() if value},
        lines_under_headline=lines,
        author_links=links,
    )


# A byline stands within a few elements of the headline (kicker, date, share
# buttons between); a short text, one line of a byline.
_UNDER_HEADLINE_ELEMENTS = 40
_MAX_UNDER_HEADLINE_CHARS = 100


# A link to an author's page: "/author/jane-doe", "/autoren/andre-borbe", "/redaktion/…",
# and the news sites' own words for it ("/people/…", "/profile/…", "/contributors/…",
# "/reporters/…", "/columnists/…", "/by/jane-doe"; not a licence's "/licenses/by/4.0/").
_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autorin|autoren|autores|autore|autori|auteur|auteurs|"
    r"redaktion|journalist|journalisten|writer|writers|staff|bio|people|profile|profiles|"
    r"contributor|contributors|reporter|reporters|columnist|columnists)/[^/?#]"
    r"|(?<!licenses)/by/[^\W\d_]",
    re.IGNORECASE,
)


def _author_link(element: HtmlElement) -> bool:
    """Whether the element is a link to its author: rel=author, or to an author's page."""
    return element.tag == "a" and (
        element.get("rel") == "author" or bool(_AUTHOR_PAGE.search(element.get("href", "")))
    )


def _coauthor_links(element: HtmlElement) -> str | None:
    """The names of an author link and of the other author links beside it in one
    parent ("<a rel=author>Ibtisam Mahdi</a>, <a rel=author>Ruwaida Kamal Amer</a>"),
    when there are several: co-authors, where trafilatura answers the first alone."""
    parent = element.getparent()
    if not _author_link(element) or parent is None:
        return None
    names = [_clean(link.text_content()) for link in parent if _author_link(link)]
    if len(names) < 2 or not all(names):
        return None  # alone, or a picture's link without text among them
    return "; ".join(dict.fromkeys(name for name in names if name))


def _following(element: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    """The first `limit` elements after `element` in document order, its own inside
    left out (XPath's `following::*`, which builds the whole rest of the page first)."""
    count = 0
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            for item in sibling.iter(etree.Element):
                yield item
                count += 1
                if count >= limit:
                    return
        node = node.getparent()


def _short_text(element: HtmlElement, limit: int) -> str | None:
    """The element's text, spaces normalised, when it is at most `limit` characters;
    read only as far as that (the element may hold the whole article). Pieces are
    spaced: a name's link glued to the e-mail beside it must not make one word."""
    words: list[str] = []
    size = -1  # the length of the words joined by spaces
    for piece in element.itertext():
        for word in piece.split():
            size += len(word) + 1
            if size > limit:
                return None
            words.append(word)
    return " ".join(words) or None


def lines_under_headline(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """The short texts of the elements after the page's first `<h1>`, in order, once
    each; and among them the texts of links to an author's page."""
    return _short_lines(_headline_window(tree))


def _headline_window(tree: HtmlElement) -> list[HtmlElement]:
    """The elements right after the page's first `<h1>` with text, where its byline stands."""
    h1 = next((h for h in tree.iter("h1") if _clean(h.text_content())), None)
    return [] if h1 is None else list(_following(h1, _UNDER_HEADLINE_ELEMENTS))


def _inside(element: HtmlElement, window: list[HtmlElement]) -> Iterator[bool]:
    """For each element of the window, whether `element` is it or inside it."""
    ancestors = {id(element)} | {id(parent) for parent in element.iterancestors()}
    return (id(item) in ancestors for item in window)


def _short_lines(window: list[HtmlElement]) -> tuple[list[str], list[str]]:
    """The window's short texts, once each, and the texts of its links to an author's page."""
    found: dict[str, None] = {}
    links: dict[str, None] = {}
    # An author link's parent (kept alive: lxml may reuse a freed proxy's id) and
    # the names of its links so far.
    beside: dict[int, tuple[HtmlElement, str]] = {}
    for element in window:
        if element.tag in ("script", "style"):
            continue
        text = _short_text(element, _MAX_UNDER_HEADLINE_CHARS)
        if text:
            found.setdefault(text)
            if _hcard_name(element):
                links.setdefault(text)
            elif element.tag == "a" and _AUTHOR_PAGE.search(element.get("href", "")):
                # Co-authors' links side by side in one byline ("<a href=/bio/…>Sarah
                # Hinger</a>, Staff Attorney & <a href=/bio/…>Sylvia Torres-Guillén</a>"):
                # one text naming them all, which a "By" reads as co-authors.
                parent = element.getparent()
                if id(parent) in beside:
                    before = beside[id(parent)][1]
                    links.pop(before, None)
                    text = f"{before} and {text}"
                beside[id(parent)] = (parent, text)
                links.setdefault(text)
    return list(found), list(links)


# How far up from an hCard's name ("fn") its card ("vcard") is looked for.
_HCARD_STEPS = 3


def _hcard_name(element: HtmlElement) -> bool:
    """Whether the element is the name of an hCard (the microformat's `vcard` with its
    `fn`: "<span class=vcard><span class=fn>Jane Doe</span></span>"), which a byline
    under the headline marks up without any author word."""
    if "fn" not in (element.get("class") or "").split():
        return False
    card: HtmlElement | None = element
    for _ in range(_HCARD_STEPS):
        if card is None:
            return False
        if "vcard" in (card.get("class") or "").split():
            return True
        card = card.getparent()
    return False


_INITIALS = re.compile(r"\b[^\W\d_]\.\s+[^\W\d_]\.?\s")


def _title_sitename(tree: HtmlElement, url: str | None) -> str | None:
    """trafilatura's guess of the site's name from `<title>` (a part with a dot),
    unless the dots are a person's initials ("Sehnsucht von R. K. Lilley")
    that the page's host does not share."""
    guess = extract_sitename(tree)
    if not guess or not _INITIALS.search(guess):
        return guess
    host = _URL_SITENAME.match(url or "")
    host_words = frozenset(host[1].casefold().split(".")) if host else frozenset()
    if _words(guess) & host_words or "".join(_WORD.findall(guess.casefold())) in host_words:
        return guess
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(value.split()) or None


_OG_TITLES = etree.XPath("//head/meta[@property='og:title']/@content", smart_strings=False)


def _og_title(head: HtmlElement, title: str | None) -> str | None:
    """The og:title to read when the head has several: trafilatura reads the last,
    which a template can set to the section's name ("Aktuelles" after the post's
    own). One that shares no word with `<title>`, while another does, is not the page's."""
    titles = [_clean(value) for value in _OG_TITLES(head)]
    if len(titles) < 2 or _clean(title) != titles[-1]:
        return title
    title_tag = _words(head.findtext(".//title") or "")
    if _words(titles[-1]) & title_tag:
        return title
    return next((other for other in titles if other and _words(other) & title_tag), title)


def _head_only(tree: HtmlElement) -> HtmlElement:
    """A document holding only a copy of the page's `<head>`, for `examine_meta`.

    examine_meta reads the meta tags of the head (`.//head/meta`), and its two
    searches walk the whole page to find them; in this small document they
    find the same tags in about a third of the time, copy included. lxml's
    parser keeps a single `<head>`, the root's child (a misplaced one is dropped).
    """
    head = tree.find("head")
    if head is None or tree.getparent() is not None:
        return tree
    document = tree.makeelement(tree.tag)
    document.append(copy(head))
    return document


def page_date(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's quick search, and its extensive one where the quick one finds
    nothing or only a year (January 1st)."""
    search = _DateSearch(tree, url) if _SHARED_SEARCH else None
    quick = _find_date(tree, url, extensive=False, search=search)
    if quick and not quick.endswith(_YEAR_ONLY):
        if search is not None and search.passed:
            # An earlier date element the quick parser could not read (a month
            # name in a language it lacks) is nearer the headline than the one
            # it read.
            with suppress(Exception):  # htmldate or dateparser on malformed dates
                earlier = search.earlier_date()
                if earlier and not earlier.endswith(_YEAR_ONLY):
                    quick = earlier
        return _printed_date(tree, url, search) or _in_page_order(quick, tree, url, search)
    extensive = _find_date(tree, url, extensive=True, search=search)
    if extensive and not extensive.endswith(_YEAR_ONLY):
        return _printed_date(tree, url, search) or _in_page_order(extensive, tree, url, search)
    # A "Published …" line under the headline in words htmldate does not read
    # ("Publicado el 3 de marzo de 2023"): the publication, before a copyright's year.
    labelled, _ = _headline_date(tree, _published_text)
    return labelled or quick  # a year the page's own date markup gives is kept


def _printed_date(tree: HtmlElement, url: str | None, search: _DateSearch | None) -> str | None:
    """When htmldate read its date in the page's text, not its URL or meta tags:
    the date printed under the headline, which is the article's.

    htmldate takes the first or oldest date of the page's date elements, which
    can be a comment's, another story's or a calendar's; the date under the
    headline may be in no date element at all ("31. Jan. 2022" in a bare span).
    A `<time datetime>` is written year first; a date read from the text goes
    through the page's day/month order like htmldate's own."""
    if search is None or search.step != "text":
        return None
    printed, in_text = _headline_date(tree)
    if printed and in_text:
        return _in_page_order(printed, tree, url, search)
    return printed


# How far after the headline (in elements, document order) its date is printed.
_HEADLINE_DATE_REACH = 40
_MAX_HEADLINES = 3
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def _headline_date(
    tree: HtmlElement, read: Callable[[HtmlElement], str | None] | None = None
) -> tuple[str | None, bool]:
    """The date printed under the headline: the first `<time datetime>` within
    reach after an `<h1>`, or the first element there whose whole text is a
    date (`_date_text`, or the given `read`); and whether it was read from such a text.

    htmldate's quick search takes the oldest date of the page's date elements,
    which on a page with a list of other stories beside the article is one of
    theirs; the article's own date stands under its headline.
    """
    read = read or _date_text
    since_h1 = None
    headlines = 0
    body = tree.find("body")
    for element in body.iter() if body is not None else ():
        tag = element.tag
        if tag == "h1":
            headlines += 1
            if headlines > _MAX_HEADLINES:
                return None, False
            since_h1 = 0
        elif since_h1 is not None:
            since_h1 += 1
            if since_h1 > _HEADLINE_DATE_REACH:
                since_h1 = None
            elif tag == "time" and (match := _ISO_DAY.match(element.get("datetime") or "")):
                if _modified(element):
                    continue  # the last change, beside the publication's own <time>
                return (match[1] if _plausible(match[1]) else None), False
            elif (printed := read(element)) is not None:
                return printed, True
    return None, False


_MAX_DATE_TEXT_CHARS = 40
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A label saying the printed day is the last change, not the publication.
_UPDATE_LABEL = re.compile(
    r"updated|modified|aktualisiert|geändert|mis à jour|actualizado|atualizado|aggiornato|"
    r"bijgewerkt|zaktualizowano",
    re.IGNORECASE,
)


# A <time> marked as the last change: "updated" in its class (WordPress's
# `<time class="updated">` beside `<time class="entry-date published">`), or
# schema.org's dateModified; not when it is marked as the publication as well
# (a theme's only date, "entry-date updated td-module-date", is the post's).
_MODIFIED_CLASS = re.compile(r"updated|modified", re.IGNORECASE)
_PUBLISHED_CLASS = re.compile(r"publish|entry-date|pubdate", re.IGNORECASE)


def _modified(element: HtmlElement) -> bool:
    """Whether a `<time>` under the headline gives the last change, not the publication."""
    itemprop = element.get("itemprop") or ""
    if "datePublished" in itemprop:
        return False
    classes = element.get("class") or ""
    return "dateModified" in itemprop or bool(
        _MODIFIED_CLASS.search(classes) and not _PUBLISHED_CLASS.search(classes)
    )


def _date_text(element: HtmlElement) -> str | None:
    """The day a short element with no children prints as its text ("31. Jan. 2022",
    "6. November 2023, 15:25 Uhr"), read by htmldate's quick parser; not a year alone."""
    if not isinstance(element.tag, str) or len(element) or element.tag in ("script", "style"):
        return None  # a comment, code, or a parent (whose children come next)
    text = element.text
    if not text or len(text) > _MAX_DATE_TEXT_CHARS or not _YEAR.search(text):
        return None  # most elements: no parsing
    if _UPDATE_LABEL.search(text) or "hidden" in (element.get("class") or ""):
        return None  # the last change; or a text for machines, not printed
    options = Extractor(False, _LATEST, _EARLIEST, True, "%Y-%m-%d")
    with suppress(Exception):
        day: str | None = _htmldate.examine_text(text, options)
        return day if day and not day.endswith(_YEAR_ONLY) else None
    return None


# A line that says it gives the publication: "Published", "Publicado el", "Publié le",
# "Pubblicato il", "Opublikowano:", "Gepubliceerd op", "Veröffentlicht am", "Erschienen am".
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:first\s+|originally\s+)?(?:publi\w*|pubblicat\w*|opublikowan\w*|gepubliceerd|"
    r"veröffentlicht|erschienen)\b",
    re.IGNORECASE,
)
_FIRST_DIGIT = re.compile(r"\d")
_MAX_LABELLED_DATE_CHARS = 60


def _published_text(element: HtmlElement) -> str | None:
    """The day a short "Published …" line prints, read from its first digit by
    htmldate's extensive parser (dateparser), which does not read the label's words."""
    if not isinstance(element.tag, str) or len(element) or element.tag in ("script", "style"):
        return None
    text = element.text
    if not text or len(text) > _MAX_LABELLED_DATE_CHARS or not _PUBLISHED_LABEL.match(text):
        return None
    digit = _FIRST_DIGIT.search(text)
    if digit is None or not _YEAR.search(text):
        return None
    options = Extractor(True, _LATEST, _EARLIEST, True, "%Y-%m-%d")
    with suppress(Exception):  # dateparser on odd text
        day: str | None = _htmldate.examine_text(text[digit.start() :], options)
        return day if day and not day.endswith(_YEAR_ONLY) else None
    return None


def _plausible(day: str) -> bool:
    """A real day within htmldate's bounds (a template's "0000-00-00" is not)."""
    try:
        found = datetime.strptime(day, "%Y-%m-%d")
    except ValueError:
        return False
    return _EARLIEST <= found <= _LATEST


def _in_page_order(
    date: str, tree: HtmlElement, url: str | None, search: _DateSearch | None
) -> str:
    """The date with day and month read in the page's order.

    htmldate reads "03/04/2019" day first, and dateparser reads "4. 2. 2022"
    month first (its first locale is en-US): on an en-US page the first is
    March 4th, on a German page the second is February 4th. When the date was
    read from the page's text, the page writes it only in the order opposite
    to its language's (`<html lang>`, else the country of its host), and
    nowhere year first, the day and month are swapped.
    """
    if search is None or search.step != "text":
        return date  # the URL or the meta tags: written year first
    year, month, day = date.split("-")
    if month == day or int(day) > 12:
        return date  # not ambiguous
    order = _date_order(tree, url)
    if order is None:
        return date
    page = search.serialised()
    if _year_first(year, month, day).search(page):
        return date
    if _stated(year, day, month).search(page):
        # The page writes the day year first too ("2019.05.08", "2019-05-08T05:30"
        # in its data), which reads one way only: "05/08/2019" is May 8th there.
        return f"{year}-{day}-{month}"
    month_first, day_first = _written(page, year, month, day), _written(page, year, day, month)
    opposite, own = (day_first, month_first) if order == "month" else (month_first, day_first)
    if opposite and not own:
        return f"{year}-{day}-{month}"
    return date


# The three patterns below search the whole serialised page (~100 KB). Each opens
# with a literal, its "not after a digit" test as a look-behind placed after it
# ("2019(?<!\d2019)" for "(?<!\d)2019"): the regex engine then skips to the places
# where the literal stands instead of trying the pattern at every character, which
# made these searches five times cheaper for the same matches.


def _stated(year: str, month: str, day: str) -> re.Pattern[str]:
    """The day written year first with dashes or dots, not as a path: an address
    ("/2019/05/08/…") may be another story's."""
    return re.compile(rf"{year}(?<![\d/]{year})([.-])0?{int(month)}(?:\1)0?{int(day)}(?![\d/])")


def _written(page: str, year: str, first: str, second: str) -> bool:
    """Whether the page writes the date as first/second/year ("03/04/2019", "4. 2. 2022")."""
    # "(?<![\d.])0?4", each branch opening with its literal ("04" or "4").
    number = int(first)
    pattern = (
        rf"(?:0{number}(?<![\d.]0{number})|{number}(?<![\d.]{number}))"
        rf"\s?[./-]\s?0?{int(second)}\s?[./-]\s?(?:{year}|{year[2:]})(?![\d])"
    )
    return re.search(pattern, page) is not None


def _year_first(year: str, month: str, day: str) -> re.Pattern[str]:
    return re.compile(rf"{year}(?<!\d{year})[./-]0?{int(month)}[./-]0?{int(day)}(?!\d)")


# Where the month comes first in numeric dates: the United States (and its
# English pages); elsewhere the day does (year-first orders are not ambiguous).
_MONTH_FIRST_REGIONS = frozenset({"us"})
_DAY_FIRST_HOSTS = frozenset({"uk", "au", "nz", "ie", "in", "za", "sg"})
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?\b", re.IGNORECASE)


def _date_order(tree: HtmlElement, url: str | None) -> str | None:
    """ "month" or "day": which comes first in the page's numeric dates, when it is clear."""
    match = _LANG.match((tree.get("lang") or tree.get("xml:lang") or "").strip())
    if match:
        language, region = match[1].casefold(), (match[2] or "").casefold()
        if region:
            return "month" if region in _MONTH_FIRST_REGIONS else "day"
        if language != "en":
            return "day"
    host = _URL_SITENAME.match(url or "")
    if host and host[1].rsplit(".", 1)[-1].casefold() in _DAY_FIRST_HOSTS:
        return "day"
    return None


def _find_date(
    tree: HtmlElement, url: str | None, *, extensive: bool, search: _DateSearch | None = None
) -> str | None:
    try:
        if search is not None:
            return search.run(extensive=extensive)
        date: str | None = find_date(
            tree, url=url, original_date=True, extensive_search=extensive, max_date=LATEST_DATE
        )
    except Exception:  # htmldate on malformed dates
        return None
    return date


# What the extensive search returns when all it found is a year (a copyright
# line, a year in a table): not a day of publication.
_YEAR_ONLY = "-01-01"


try:  # htmldate's steps, for a quick and an extensive search that share their work
    from htmldate import core as _htmldate
    from htmldate.extractors import (
        FREE_TEXT_EXPRESSIONS,
        discard_unwanted,
        extract_url_date,
        idiosyncrasies_search,
        img_search,
        json_search,
        pattern_search,
    )
    from htmldate.settings import CLEANING_LIST, MAX_SEGMENT_LEN, MIN_SEGMENT_LEN
    from htmldate.utils import Extractor, clean_html
    from htmldate.validators import check_extracted_reference, get_max_date, get_min_date

    _LATEST = get_max_date(LATEST_DATE)
    _EARLIEST = get_min_date(None)
    _SHARED_SEARCH = all(
        hasattr(_htmldate, name)
        for name in (
            "examine_header",
            "examine_abbr_elements",
            "examine_elements",
            "date_candidates",
            "examine_time_elements",
            "examine_text",
            "has_plausible_candidates",
            "compare_reference",
            "search_page",
            "serialize",
            "TIMESTAMP_PATTERN",
            "TIMESTAMP_LOOSE_PATTERN",
        )
    )
except ImportError:  # another htmldate layout: its find_date, twice
    _SHARED_SEARCH = False


class _DateSearch:
    """htmldate's `find_date` (original date, `LATEST_DATE`), quick and extensive,
    as two runs over one page that share what they both compute.

    Run alone, each search copies and prunes the page, serialises it and tries
    the same patterns on it; when the quick one finds nothing, the extensive
    one did all of that again. Here the pruned copy, its serialisation and the
    results of the steps that do not depend on the search's depth (the date
    in the URL, in JSON, in image URLs, the timestamp and idiosyncrasy
    patterns) are computed once. The steps run in `find_date`'s order
    (htmldate 1.11), so each search returns what `find_date` returns
    (tests/test_html_meta.py compares them on every fixture page).
    """

    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        self.tree = tree
        if url is None:
            link = tree.find('.//link[@rel="canonical"]')
            url = link.get("href") if link is not None else None
        self.url = url
        self._shared: dict[str, str | None] = {}
        self._pruned: HtmlElement | None = None
        self._html: str | None = None
        self.step = ""
        self.passed: list[HtmlElement] = []
        """Date elements the quick search read past before the one with its date."""
        """Where the last run found its date: "url", "head" (meta tags, JSON) or "text"."""

    def _once(self, name: str, compute: Any) -> str | None:
        if name not in self._shared:
            self._shared[name] = compute()
        return self._shared[name]

    def _search_tree(self) -> HtmlElement:
        if self._pruned is None:
            pruned = deepcopy(self.tree)
            try:
                self._pruned = discard_unwanted(clean_html(pruned, CLEANING_LIST))
            except ValueError:  # lxml on control characters, as find_date
                self._pruned = pruned
        return self._pruned

    def serialised(self) -> str:
        if self._html is None:
            self._html = _htmldate.serialize(self._search_tree())
        return self._html

    def _examine_candidates(self, search_tree: HtmlElement, options: Any) -> str | None:
        """htmldate's `examine_elements` on its date elements, remembering, for
        the quick search, the elements it read past before the one with its date
        (all of them when none had one, and the date comes from a pattern in
        the page's source: "miércoles, 4 de mayo de 2022" unread, a related
        story's timestamp in a script read)."""
        elements = _htmldate.date_candidates(search_tree, options.extensive)
        if not _htmldate.has_plausible_candidates(elements):
            return None
        for position, element in enumerate(elements):
            for text in (element.text_content(), element.get("title", "")):
                attempt: str | None = _htmldate.examine_text(text, options)
                if attempt:
                    if not options.extensive:
                        self.passed = elements[:position]
                    return attempt
        if not options.extensive:
            self.passed = elements  # read past them all: a later step may find a date
        return None

    def earlier_date(self) -> str | None:
        """The date the extensive parser reads in an element the quick search
        read past ("4 maja 2021" above the list of other stories' dates)."""
        options = Extractor(True, _LATEST, _EARLIEST, True, "%Y-%m-%d")
        for element in self.passed:
            for text in (element.text_content(), element.get("title", "")):
                attempt: str | None = _htmldate.examine_text(text, options)
                if attempt:
                    return attempt
        return None

    def run(self, *, extensive: bool) -> str | None:
        options = Extractor(extensive, _LATEST, _EARLIEST, True, "%Y-%m-%d")
        tree, core = self.tree, _htmldate
        self.step = "url"
        result = self._once("url", lambda: extract_url_date(self.url, options))
        if result is not None:
            return result
        self.step = "head"
        result = core.examine_header(tree, options) or self._once(
            "json", lambda: json_search(tree, options)
        )
        if result is not None:
            return result
        self.step = "text"
        result = core.examine_abbr_elements(tree, options)
        if result is not None:
            return result
        search_tree = self._search_tree()
        result = self._examine_candidates(search_tree, options)
        if result is not None:
            return result
        result = core.examine_elements(
            search_tree.xpath(".//title|.//h1"), options
        ) or core.examine_time_elements(search_tree, options)
        if result is not None:
            self.passed = []  # the headline or a <time> element: as good as a date element
            return result
        result = (
            self._once(
                "timestamp",
                lambda: pattern_search(self.serialised(), core.TIMESTAMP_PATTERN, options),
            )
            or self._once("img", lambda: img_search(search_tree, options))
            or self._once(
                "idiosyncrasies", lambda: idiosyncrasies_search(self.serialised(), options)
            )
        )
        if result is not None:
            return result
        if not extensive:
            # find_date strips scripts and styles from its copy here; the
            # extensive search still needs them, so a copy of the copy.
            text_tree = clean_html(deepcopy(search_tree), ["script", "style"])
            text = " ".join(text_tree.itertext())
            return pattern_search(text, core.TIMESTAMP_LOOSE_PATTERN, options)
        reference = None
        for segment in FREE_TEXT_EXPRESSIONS(search_tree):
            segment = segment.strip()
            if MIN_SEGMENT_LEN < len(segment) < MAX_SEGMENT_LEN:
                reference = core.compare_reference(reference, segment, options)
        converted: str | None = check_extracted_reference(reference, options)
        return converted or core.search_page(self.serialised(), options)


# --- authors ------------------------------------------------------------------------------


# How many of the page's author elements are read for a name, when the first
# holds none ("© Getty Images" in the lead picture's author box).
_MAX_AUTHOR_ELEMENTS = 5


def _names_a_byline(lines: list[str], links: list[str]) -> bool:
    """Whether a line under the headline reads as a byline, or a link there to an
    author's page holds a name: what assembly takes as the byline (`assemble.py`)."""
    return any(parse_byline(text) for text in lines) or any(
        parse_byline(f"By {text}") for text in links
    )


def _later_author_names(
    texts: Iterator[str], site_words: frozenset[str], publisher: str | None
) -> str | None:
    """The names of the first author element after trafilatura's (the first, which
    named no one) whose text is plainly people's names (`_plain_names`).

    Read only when no line under the headline reads as a byline: "Por Camila
    Méndez" there is the article's, an author box further down may be a
    photographer's or another story's."""
    for text in islice(texts, _MAX_AUTHOR_ELEMENTS - 1):
        names = _authors_not_site(text, site_words, publisher, in_page=True)
        if names and _plain_names(names):
            return names
    return None


_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[-'’.][^\W\d_]+)*\.?$")
_MAX_NAME_WORDS = 4


def _plain_names(names: str) -> bool:
    """Whether every name reads as a person's: two to four words, the first a
    given name ("Dirk Wouters", "Kiran C Nair"), none a date's label or a
    number, no initial or particle last ("Linda B", "Theme Pirate Rogue von").

    An author element past the first may be a box's title or a teaser's
    label ("Gesponserte Inhalte", "Treffpunkt Brücke"): read only when its
    text is plainly names."""
    for name in _AUTHOR_SPLIT.split(names):
        tokens = name.split()
        if not _MIN_NAME_WORDS <= len(tokens) <= _MAX_NAME_WORDS:
            return False
        if not all(_NAME_TOKEN.match(token) for token in tokens):
            return False
        last = tokens[-1].casefold()
        if len(last.strip(".")) < 2 or last in _PARTICLES or not is_given_name(tokens[0]):
            return False
        if any(token.casefold() in _AFTER_NAMES for token in tokens):
            return False
    return True


def page_author(tree: HtmlElement) -> str | None:
    """trafilatura's `extract_author`, with its answer, at a fraction of its cost;
    where they differ on purpose: a WordPress post's own container is not
    discarded for its "category-…" class (`_post_classes`), and an author box
    answers with its name element's text (`_name_inside`).

    trafilatura deep-copies the page, deletes the nodes of AUTHOR_DISCARD_XPATHS
    (keeping their tails) and takes the first element of its three
    AUTHOR_XPATHS with a plausible text. Those XPaths test class and id values
    with EXSLT regexes, a Python call per element of the page. Here one walk of
    the page finds the few elements that could match (`_author_candidates`); the three expressions' exact tests (`_AUTHOR_TESTS`) run on those
    alone, in the same order; and the nodes AUTHOR_DISCARD_XPATHS would delete
    (`_discarded`) are skipped, with what is inside them, instead of deleted
    from a copy.
    """
    return next(page_authors(tree), None) or None


def page_authors(tree: HtmlElement) -> Iterator[str]:
    """The texts of the page's author elements, in the order trafilatura's
    `extract_author` tries them (it answers the first, `page_author`); an
    element is read once, under the first expression that matches it.

    The first can hold no name: the author box of the lead picture ("© Getty
    Images") or a comment form's "Name *" comes before the byline's."""
    return (text for _, text in _page_author_elements(tree))


# The author of a picture, by its class: "article__image-author", "photo-credit",
# "foto_autor" (not "author-image", the author's own portrait).
_PICTURE_CREDIT_CLASS = re.compile(
    r"(?:image|img|photo|foto|picture|bild)[-_]*(?:author|autor|credit|byline)", re.IGNORECASE
)


def _picture_credit(element: HtmlElement) -> bool:
    """Whether an author element names a picture's photographer, by its class."""
    return bool(_PICTURE_CREDIT_CLASS.search(element.get("class") or ""))


def _page_author_elements(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """`page_authors`, each text with its element."""
    try:
        candidates = _author_candidates(tree)
        seen: set[int] = set()
        for test in _AUTHOR_TESTS:
            for element in candidates:
                if id(element) in seen or not test(element):
                    continue
                seen.add(id(element))
                if _discarded(element) or any(map(_discarded, element.iterancestors())):
                    continue
                if _credited(element):
                    continue  # "Übersetzt von: <span class=author>…": the translator
                content = trim(" ".join(_texts(element)))
                if content and 2 < len(content) < _MAX_AUTHOR_CHARS:
                    # A short box only: its descendants are few.
                    inner = _name_inside(element)
                    if inner is not element:
                        content = trim(" ".join(_texts(inner))) or content
                    yield element, normalize_authors(None, content) or ""
    except Exception:  # odd markup in trafilatura's author normalisation
        return


# How far back from an author element its label is looked for: a few elements, whose
# text is at most a credit's label long.
_LABEL_STEPS = 4
_MAX_LABEL_CHARS = 60


def _credited(element: HtmlElement) -> bool:
    """Whether the text just before an author element is the label of a credit that
    is not the author's ("Übersetzt von:", "Photos by", "Fact checked by"): a
    translator's or a photographer's name marked up like the author's."""
    node = element
    for _ in range(_LABEL_STEPS):
        previous = node.getprevious()
        if previous is None:
            parent = node.getparent()
            if parent is None:
                return False
            before = parent.text or ""
            node = parent
        else:
            before = (previous.tail or "").strip(" \t\n:：")
            if not before and isinstance(previous.tag, str):
                before = _short_text(previous, _MAX_LABEL_CHARS) or ""
            node = previous
        if before.strip():
            return ends_in_credit(before)
    return False


# Every element one of AUTHOR_XPATHS could match has one of these (a superset);
# a walk of the page in Python tests them faster than an XPath of `contains()`.
_CANDIDATE_CLASS = re.compile(
    r"uthor|byl|BBL|yline|username|channel-name|zuozhe|bianji|xiaobian|submitted-by"
    r"|posted-by|journalist-name|screenname|writer"
)
_CANDIDATE_ID = re.compile(r"uthor|zuozhe|bianji|xiaobian")


def _author_candidates(tree: HtmlElement) -> list[HtmlElement]:
    found = []
    for element in tree.iter():
        attributes = element.attrib
        if not attributes:
            if element.tag == "author":
                found.append(element)
            continue
        classes, identifier = attributes.get("class"), attributes.get("id")
        if (
            (classes and _CANDIDATE_CLASS.search(classes))
            or (identifier and _CANDIDATE_ID.search(identifier))
            or element.tag == "author"
            or attributes.get("rel") == "author"
            or "itemprop" in attributes
            or "data-testid" in attributes
            or "data-component" in attributes
        ):
            found.append(element)
    return found


_FIRST_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_SECOND_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_FIRST_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_SECOND_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_SECOND_CLASS = re.compile(
    r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
_THIRD_ID = re.compile(r"[Aa]uthor")
_THIRD_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


def _first(element: HtmlElement) -> bool:
    if element.tag == "author":
        return True
    get = element.get
    return element.tag in _FIRST_TAGS and (
        get("rel") == "author"
        or get("id") == "author"
        or get("class") == "author"
        or get("itemprop") == "author name"
        or get("data-testid") in ("AuthorCard", "AuthorURL")
        or bool(_FIRST_CLASS.search(get("class") or ""))
    )


def _second(element: HtmlElement) -> bool:
    get = element.get
    return element.tag in _SECOND_TAGS and (
        get("class") in ("byline", "username", "byl", "BBL")
        or "author" in (get("itemprop") or "")
        or bool(_SECOND_ID.search(get("id") or ""))
        or bool(_SECOND_CLASS.search(get("class") or ""))
    )


def _third(element: HtmlElement) -> bool:
    get = element.get
    return (
        "Byline" in (get("data-component") or "")
        or "author" in (get("itemprop") or "")
        or bool(_THIRD_ID.search(get("id") or ""))
        or bool(_THIRD_CLASS.search(get("class") or ""))
    )


# trafilatura's AUTHOR_XPATHS, one test per expression, in its order.
_AUTHOR_TESTS = (_first, _second, _third)


_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    r"article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def _discarded(element: HtmlElement) -> bool:
    """Whether trafilatura's AUTHOR_DISCARD_XPATHS would delete the element."""
    tag = element.tag
    if tag in ("time", "figure"):
        return True
    if tag not in _DISCARD_TAGS:
        return False
    get = element.get
    identifier, classes = get("id") or "", get("class") or ""
    return (
        identifier == "comments"
        or classes in ("comments", "title", "date")
        or bool(identifier and _DISCARD_ID.search(identifier))
        or bool(classes and _DISCARD_CLASS.search(classes) and not _post_classes(classes))
        or "Figure" in (get("data-component") or "")
    )


# WordPress's `post_class()`: the post's own container, "post-107488 type-post
# hentry category-krisen tag-iran …", whose "category-…" names its taxonomy.
_POST_ID_CLASS = re.compile(r"(?:^|\s)post-\d+(?:\s|$)")


def _post_classes(classes: str) -> bool:
    """Whether a class list that matches AUTHOR_DISCARD_XPATHS is only the post's
    own container, which holds the whole article and its byline: trafilatura
    deletes it for its "category-…" class and finds no author in the post."""
    if not _POST_ID_CLASS.search(classes):
        return False
    rest = " ".join(c for c in classes.split() if not c.startswith(("category-", "tag-")))
    return not _DISCARD_CLASS.search(rest)


_NAME_CLASS = re.compile(r"name", re.IGNORECASE)


def _name_inside(element: HtmlElement) -> HtmlElement:
    """The element of an author box that holds the name ("author-box__name"), when
    the box holds more (a "more posts" button, a biography); else the element."""
    for inner in element.iterdescendants():
        if _NAME_CLASS.search(inner.get("class") or "") and _THIRD_CLASS.search(
            inner.get("class") or ""
        ):
            return inner
    return element


def _texts(element: HtmlElement) -> list[str]:
    """`itertext()` of the element as it would be with the discarded nodes deleted."""
    texts = [element.text] if element.text else []
    for child in element:
        if isinstance(child.tag, str) and not _discarded(child):
            texts.extend(_texts(child))
        if child.tail:
            texts.append(child.tail)
    return texts


# A label before the names ("Author Julia Hitz", "Autor: …"): not a name.
_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|autor(?:in|es)?|auteur|autore|by|von|por|par|di|door|av)\b[\s:]*",
    re.IGNORECASE,
)


def _authors_not_site(
    author: str | None,
    site_words: frozenset[str],
    publisher: str | None = None,
    *,
    in_page: bool = False,
) -> str | None:
    """Drop the names that are the site, its publisher or a desk, not a person.

    A name made of the site's words is dropped only when it also reads as an
    outlet ("ABC News" on abcnews.go.com): a blogger's site is often named
    after them, and there the name is the author's. A web address or a social
    network ("Facebook Com") is not a name; nor, found `in_page` (an author
    element's text), is a single word: a first name, a handle or a form
    label ("Name"), as a single word in the meta tags is.
    """
    if not author:
        return None
    publisher_words = _words(publisher or "")
    kept: list[tuple[str, bool]] = []  # each name, and whether it is made of the site's words
    after_label = False
    for part in _AUTHOR_SPLIT.split(author):
        if is_credit(part):
            continue  # "Translated by Jane Doe": not the author
        name = _AUTHOR_LABEL.sub("", part).strip(" ,:")
        if after_label:
            name = _LABEL_ENDING.sub("", name)  # "AUTOR/IN Julius Richter", split at the slash
        after_label = not name and bool(part.strip())
        if in_page:
            name = names_only(name)
        words = _words(name)
        if not words or words & _DESK_WORDS or words & _WEB_WORDS:
            continue  # "Us Weekly Staff", "Redacción", "Facebook Com"
        if in_page and len(words) == 1:
            continue
        if publisher_words and words == publisher_words:
            continue  # "Condé Nast", the publisher in the page's JSON-LD
        named = words - _ARTICLES or words  # "DER SPIEGEL" on spiegel.de
        squashed = _squashed(site_words)
        of_site = (
            named <= site_words
            or "".join(sorted(words)) in squashed
            or "".join(_WORD.findall(name.casefold())) in squashed  # "The Local", thelocal.se
        )
        others = words - site_words
        if words & site_words and others and all(len(word) <= 3 for word in others):
            continue  # "Larepublica Pe": the host name
        if of_site and (len(named) == 1 or words & _OUTLET_WORDS):
            continue
        title = named - _OUTLET_WORDS
        if title and title <= site_words and words & _OUTLET_WORDS:
            continue  # "Heise Online" on heise.de: the site's name and an outlet's word
        kept.append((name, of_site))
    # A blogger's site bears their name, and they write alone; beside other
    # names, a name made of the site's words is the site ("Ernst Lohoff; Jungle
    # World" on jungle.world).
    if any(not of_site for _, of_site in kept):
        kept = [(name, of_site) for name, of_site in kept if not of_site]
    return "; ".join(name for name, _ in kept) or None


# Name particles, written in lower case inside a name ("Ursula von der Leyen").
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das"}
    | {"la", "le", "bin", "ibn", "al", "ter", "ten", "zu", "y", "e"}
)
# What an author element prints after the names: the date's label, a button.
_AFTER_NAMES = frozenset(
    {"updated", "published", "posted", "follow", "aktualisiert", "veröffentlicht"}
    | {"erstellt", "publié", "publicado", "actualizado", "pubblicato", "aggiornato"}
)
_MIN_NAME_WORDS = 2
# Besides the byline roles (`names.role_words`: "Redakteur", "Staff Writer"), an
# academic rank and the words before a job ends an author element's names ("Leah C
# Stokes Assistant professor"); the byline rules do not read these.
_RANKS = frozenset({"professor", "professorin", "assistant", "associate", "senior", "chief"})


def names_only(text: str) -> str:
    """An author element's text cut where its names end: at a role ("Ingo Arzt
    Redakteur für Wirtschaft"), a word in lower case that is no name particle
    ("Anja Schmoll-Trautmann am" and its date), a date's label or a button in
    capitals ("Alice Wu FOLLOW Updated"); nothing of a picture's credit ("©
    Getty Images"), of a text that opens with such a word ("Publicado el") or of
    a sentence (a headline in an author box).

    Elements with an author class often hold the byline's whole line; the
    meta tags hold the names alone. The cut comes after two words at the
    least: "Leah C Stokes Assistant professor" keeps "Leah C Stokes"."""
    if "©" in text:
        return ""
    tokens = text.split()
    if not tokens or tokens[0].casefold() in _AFTER_NAMES:
        return ""
    if tokens[0][:1].isupper() and any(
        token[:1].islower() and token.casefold() not in _PARTICLES
        for token in tokens[1:_MIN_NAME_WORDS]
    ):
        return ""  # "Endlich mehr Beschleunigung wagen": a sentence, not names
    upper = all(token.isupper() for token in tokens[:_MIN_NAME_WORDS])
    roles = role_words()
    for position, token in enumerate(tokens):
        if position < _MIN_NAME_WORDS:
            continue
        word = token.casefold().strip(",.:;")
        if (
            is_credit(" ".join(tokens[position:]))  # "Jane Doe Photos by John Roe"
            or word in roles
            or word in _RANKS
            or word in _AFTER_NAMES
            or (token[:1].islower() and word not in _PARTICLES)
            or (not upper and token.isupper() and len(token) > 3)
        ):
            return " ".join(tokens[:position]).strip(" ,:;-–—|")
    return text


# The feminine or plural ending of a label split off at its slash ("Autor/in", "AUTOR/INNEN").
_LABEL_ENDING = re.compile(r"^(?:in|innen)\b\s*", re.IGNORECASE)
_WEB_WORDS = frozenset(
    {"www", "com", "http", "https", "html", "facebook", "twitter", "instagram", "youtube"}
    | {"linkedin", "pinterest", "tiktok"}
)
_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "los"})


# Words that make a name an outlet's; read only for names made of the site's words.
_OUTLET_WORDS = frozenset(
    {
        "news",
        "times",
        "post",
        "daily",
        "weekly",
        "magazine",
        "media",
        "tv",
        "radio",
        "press",
        "journal",
        "herald",
        "tribune",
        "online",
        "digital",
        "nachrichten",
        "zeitung",
        "noticias",
        "diario",
        "actualités",
        "notizie",
    }
)


def _squashed(site_words: frozenset[str]) -> frozenset[str]:
    return frozenset(word.replace(" ", "") for word in site_words)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in _WORD.findall(text))


# Words that make an "author" a desk or a team ("staff", "redacción"), in every
# language. "editor", "writer" follow a person's name ("Jane Carter, Staff Writer");
# a byline that is only a desk has one of these.
_DESK_WORDS = frozenset(
    {"staff", "desk", "team", "bureau", "redaktion", "redacción", "rédaction"}
    | {"redazione", "redação", "newsroom", "editorial", "wires", "agencies"}
)


def _site_words(sitename: str | None, url: str | None, publisher: str | None) -> frozenset[str]:
    """Words of the site's name, its publisher's and its host ("abcnews", "abc", "news")."""
    words: set[str] = set()
    for name in (sitename or "", publisher or ""):
        found = _words(name)
        words |= found
        if len(found) > 1:
            words.add("".join(word for word in _WORD.findall(name.casefold())))
    if url and (match := _URL_SITENAME.match(url)):
        labels = match[1].casefold().split(".")
        words.update(label for label in labels[:-1] if len(label) > 2)
    return frozenset(words)


_JSON_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{([^{}]*)')
_JSON_NAME = re.compile(r'"name"\s*:\s*"([^"]{2,80})"')


def json_publisher(tree: HtmlElement) -> str | None:
    """The organisation the page's JSON-LD names as its publisher (not a person)."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        for found in _JSON_PUBLISHER.finditer(script.text or ""):
            name = _JSON_NAME.search(found[1])
            if name and '"Person"' not in found[1]:
                return name[1]
    return None


_HREFS_WITH = etree.XPath("//@href[contains(., $letters)]")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#]+)", re.IGNORECASE)


def _without_companies(tree: HtmlElement, author: str | None, own_host: str | None) -> str | None:
    """The meta authors less those that spell another site's host linked from the
    page, when other names stand beside them: the group that owns the site, set as
    an author of every page beside the writers ("Condé Nast" and a link to
    condenast.de, "Prisma Média" and prismamedia.com). Only then: a writer named
    alone may link to a site of their own. The site's own host is left to
    `_authors_not_site`, since a blogger's site bears their name."""
    names = _AUTHOR_SPLIT.split(author or "")
    if len(names) < 2:
        return author
    kept = []
    for name in names:
        letters = "".join(_ALNUM.findall(_without_accents(name.casefold())))
        if (
            len(letters) < _MIN_HOST_LETTERS
            or letters == own_host
            or not _links_host(tree, letters)
        ):
            kept.append(name)
    return "; ".join(kept) if kept else author


def _links_host(tree: HtmlElement, letters: str) -> bool:
    for href in _HREFS_WITH(tree, letters=letters):
        host = _HOST.match(str(href).strip())
        if host and letters in host[1].casefold().split("."):
            return True
    return False


# --- title --------------------------------------------------------------------------------

# Between a headline and the site's name: "Headline | Site", "Site - Headline",
# "見出し：朝日新聞デジタル".
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•:»«]|-{1,2}|::)\s+|\s*[：｜]\s*")
# Page furniture that trafilatura's title search can pick on pages without meta tags.
_NOT_A_TITLE = re.compile(
    r"\blogo\b|^(?:follow us|share|log ?in|sign ?in|sign up|subscribe|menu|search)\b",
    re.IGNORECASE,
)
_MIN_H1_SHARE = 0.8
_MIN_LONE_H1_WORDS = 4
_MAX_H1S = 5


def headline(
    tree: HtmlElement,
    meta_title: str | None,
    site_words: frozenset[str],
    declared: frozenset[str] | None = None,
    host: str | None = None,
    sitename: str | None = None,
) -> str | None:
    """The article's headline: an `<h1>` that prints the meta title's words, else the
    meta title (or `<title>`) without the site's name (or its `host` spelled out),
    else trafilatura's guess.

    An h1 made of the words of the site's `declared` name or host is its logo; the
    `sitename` the page declares is cut whole from either end of the title first."""
    declared = site_words if declared is None else declared
    title_tag = _clean(tree.findtext(".//head/title"))
    reference = _without_site_name(_clean(meta_title) or title_tag, _clean(sitename))
    h1s = [pieces for pieces in map(_pieces, tree.iter("h1")) if pieces][:_MAX_H1S]
    if reference:
        if printed := _headline_beside_site_heading(tree, reference):
            return printed
        bare = (
            _without_logo_side(tree, reference)
            or _without_site(reference, site_words, host)
            or reference
        )
        if not meta_title and _of_site(bare, declared):
            # <title> names the site alone (a template's default): it has no
            # headline's words to match; the page's headings tell the headline.
            return _guessed_title(tree, title_tag, site_words, declared, host)
        for pieces in h1s:
            h1 = _h1_text(pieces, reference)
            if _NOT_A_TITLE.search(h1) or _of_site(h1, declared):
                continue
            # The title's words with the site's name off too: a one-word h1
            # ("BestCrypt") is the headline of "BestCrypt - Download - CHIP".
            if _prints(h1, reference) or (not meta_title and _prints(h1, bare)):
                return _as_headline(h1, pieces, bare, declared)
            if printed := _headline_under_kicker(pieces, bare, reference):
                return printed
        if (
            not meta_title
            and not any(_prints_a_part(pieces, title_tag) for pieces in h1s)
            and (printed := _heading_of_title_part(tree, title_tag, declared))
        ):
            return printed
        if not meta_title and len(h1s) == 1 and len(_words(bare)) == 1:
            # <title> gives one word once the site's name is off ("www.ekbo.de |
            # Detail"): the page type, while the page's one h1 of several words
            # is its headline.
            lone = _without_repeated_kicker(h1s[0]) or _clean("".join(h1s[0])) or ""
            if (
                len(_words(lone)) >= _MIN_LONE_H1_WORDS
                and not _of_site(lone, declared)
                and not _NOT_A_TITLE.search(lone)
            ):
                return lone
        if (
            meta_title
            or len(h1s) != 1
            or not _words("".join(h1s[0])) & _words(reference)
            or _of_site("".join(h1s[0]), declared)
        ):
            # One h1 that shares no word with <title>, or only the site's name,
            # is the site's logo or a section label ("Lo más visto"), not the headline.
            return bare
        if section_cut := _without_section(bare, "".join(h1s[0])):
            return section_cut
    return _guessed_title(tree, title_tag, site_words, declared, host)


def _guessed_title(
    tree: HtmlElement,
    title_tag: str | None,
    site_words: frozenset[str],
    declared: frozenset[str],
    host: str | None,
) -> str | None:
    """trafilatura's guess (the one h1, a heading marked as the headline, `<title>`),
    an h1's kicker that its headline repeats left out, never page furniture; when
    that guess is the site's name, the first h1 that is not ("Daily Courier" as
    the logo's h1 and as `<title>`, the headline in the next h1)."""
    guess = extract_title(tree)
    if guess and not _NOT_A_TITLE.search(guess) and not _of_site(guess, declared):
        if guess == title_tag:
            return _without_site(guess, site_words, host)
        h1s = tree.findall(".//h1")
        if len(h1s) == 1 and (headline := _without_repeated_kicker(_pieces(h1s[0]))):
            return headline
        return guess
    if not title_tag or _of_site(title_tag, declared):
        h1s = (_clean("".join(_pieces(h1))) for h1 in islice(tree.iter("h1"), _MAX_H1S))
        # Then a heading marked as the headline (trafilatura's title expressions:
        # "entry-title", "headline", itemprop=headline), under a logo's h1.
        for text in chain(h1s, [extract_metainfo(tree, TITLE_XPATHS)]):
            furniture = not text or _NOT_A_TITLE.search(text) or _of_site(text, declared)
            if not furniture and len(text.split()) > 1:
                return text
    return _without_site(title_tag, site_words, host) if title_tag else None


def _without_repeated_kicker(pieces: list[str]) -> str | None:
    """The h1's headline under a kicker in an element of its own whose words the
    headline repeats ("Wurmkiste" over "Wurmkiste selber bauen"): the kicker is
    the topic's label, printed twice when the pieces are read together."""
    shown = [piece for piece in pieces if piece.strip()]
    # Apart: on lines of their own, or glued without a space (two blocks); inline
    # markup in a line of text has spaces around it ("Using <code>x</code> …").
    if len(shown) < 2:
        return None
    glued = not shown[0][-1].isspace() and not shown[1][0].isspace()
    if not glued and "\n" not in "".join(pieces).strip():
        return None
    kicker, rest = _words(shown[0]), _clean(" ".join(shown[1:])) or ""
    if 0 < len(kicker) <= _MAX_KICKER_WORDS and kicker < _words(rest):
        return rest
    return None


def _without_section(bare: str, h1: str) -> str | None:
    """`<title>` without the part the page's one h1 prints, when that part is a
    section's label inside a path of parts ("Literatur" of "Kultur | Literatur |
    Buch der Woche - Nikole Hannah-Jones"): the label and the path before it go.

    A part at either end may be the headline itself, short beside the site's name
    or a subtitle ("Johannes | ohneQ Podcast"): only a part between two others is
    a label, and not the title's longest."""
    parts = _TITLE_SEPARATOR.split(bare)
    words = _words(h1)
    if len(parts) < 3 or not words:
        return None
    sizes = [len(_words(part)) for part in parts]
    longest = sizes.index(max(sizes))
    for index, part in enumerate(parts[1:-1], start=1):
        if _words(part) == words and sizes[index] < sizes[longest]:
            separators = _TITLE_SEPARATOR.findall(bare)
            if index < longest:
                return _clean(_joined(parts[index + 1 :], separators[index + 1 :]))
            return _clean(_joined(parts[:index], separators[: index - 1]))
    return None


def _without_site_name(title: str | None, sitename: str | None) -> str | None:
    """The title without the declared site name written whole at either end beyond
    a separator: a name with separators of its own ("Herz und Blut - Interior |
    Design | Lifestyle | Travel Blog") is more than one part `_without_site` cuts."""
    if not title or not sitename or not _TITLE_SEPARATOR.search(sitename):
        return title
    folded, name = title.casefold(), sitename.casefold()
    if folded.endswith(name) and (cut := _LAST_SEPARATOR.search(title[: -len(name)])):
        return _clean(title[: cut.start()]) or title
    if folded.startswith(name) and (cut := _FIRST_SEPARATOR.match(title[len(name) :])):
        return _clean(title[len(name) + cut.end() :]) or title
    return title


_LAST_SEPARATOR = re.compile(f"(?:{_TITLE_SEPARATOR.pattern})$")
_FIRST_SEPARATOR = re.compile(f"^(?:{_TITLE_SEPARATOR.pattern})")


_MAX_TITLE_HEADINGS = 30
# A title's parts, also at a colon with no space before it ("Security Blog: Enhanced …").
_TITLE_PART_SEPARATOR = re.compile(_TITLE_SEPARATOR.pattern + r"|:\s+")
_MAX_PART_HEADINGS = 10


def _heading_of_title_part(
    tree: HtmlElement, title_tag: str | None, declared: frozenset[str]
) -> str | None:
    """The `<h2>` that prints one part of `<title>` (or parts side by side), when no
    `<h1>` prints the title: a blog theme that keeps `<h1>` for the blog's name, or
    none, sets the post's headline in an `<h2>` ("Netzpolitik als US-Wahlkampfthema"
    under "Netzpolitik als US-Wahlkampfthema - Netz Für Alle"). Read without meta
    tags only: with them, the meta title is the headline's wording.

    The heading must be the title's own words of two or more, not the site's name,
    and no fewer words than any other part of the title: the rest is the site's
    name or a section's, not a subtitle ("Villa Galaxy - Ferienvilla in Florida"
    under an `<h2>` "Villa Galaxy" is the title whole)."""
    runs = _title_runs(title_tag)
    longest = max((len(_words(part)) for part in _title_parts(title_tag)), default=0)
    for element in islice(tree.iter("h2"), _MAX_PART_HEADINGS):
        text = _clean(element.text_content())
        words = _words(text or "")
        if (
            text
            and max(2, longest) <= len(words)
            and words in runs
            and not _of_site(text, declared)
            and not _NOT_A_TITLE.search(text)
        ):
            return text
    return None


def _title_parts(title_tag: str | None) -> list[str]:
    return [part for part in _TITLE_PART_SEPARATOR.split(title_tag or "") if part.strip()]


def _title_runs(title_tag: str | None) -> set[frozenset[str]]:
    """The words of each run of `<title>`'s parts side by side, the whole title left
    out (it is no part of itself)."""
    parts = _title_parts(title_tag)
    return {
        _words(" ".join(parts[start:end]))
        for start in range(len(parts))
        for end in range(start + 1, len(parts) + 1)
        if end - start < len(parts)
    }


def _prints_a_part(pieces: list[str], title_tag: str | None) -> bool:
    """Whether an `<h1>` prints a part of `<title>` ("Enterprise 2.0" of "Enterprise
    2.0 | HR Innovation"): it is the headline's element, whatever an `<h2>` says."""
    return _words("".join(pieces)) in _title_runs(title_tag)


# A link to a site's front page: "/", "https://example.org", "//example.org/".
_FRONT_PAGE = re.compile(r"(?:(?:https?:)?//[^/?#]+)?/?$")


def _headline_beside_site_heading(tree: HtmlElement, reference: str) -> str | None:
    """The title without its side that a heading linking to the site's front page
    prints ("Alles hat seine Zeit… | Marktplatz für ein gutes Leben" under an
    `<h1><a href="/">Marktplatz für ein gutes Leben</a></h1>`).

    A blog theme prints the blog's name as such a heading; that tells which side
    of the title is the site's when neither the meta tags nor the host do."""
    parts = _TITLE_SEPARATOR.split(reference)
    if len(parts) < 2:
        return None
    separators = _TITLE_SEPARATOR.findall(reference)
    for element in islice(tree.iter("h1", "h2", "h3"), _MAX_TITLE_HEADINGS):
        if not any(_FRONT_PAGE.match(link.get("href", "").strip()) for link in element.iter("a")):
            continue
        if printed := _without_side(parts, separators, _words(element.text_content())):
            return printed
    return None


_MAX_LOGO_LINKS = 100


def _without_logo_side(tree: HtmlElement, reference: str) -> str | None:
    """The title without its side that the site's logo prints: a link to the front
    page whose text, or its picture's alternative text, is that side ("朝日新聞デジタル"
    after "新しい図書館が開館："), where no meta tag names the site."""
    parts = _TITLE_SEPARATOR.split(reference)
    if len(parts) < 2:
        return None
    separators = _TITLE_SEPARATOR.findall(reference)
    for link in islice(tree.iter("a"), _MAX_LOGO_LINKS):
        # A link marked as the current page: this page is the front page, and
        # the link names it ("Übersicht"), not the site.
        if _FRONT_PAGE.match(link.get("href", "").strip()) and link.get("aria-current") != "page":
            shown = " ".join(
                [link.text_content(), *(image.get("alt", "") for image in link.iter("img"))]
            )
            if printed := _without_side(parts, separators, _words(shown)):
                return printed
    return None


def _without_side(parts: list[str], separators: list[str], words: frozenset[str]) -> str | None:
    """The title without its parts at one end that are made of `words`, the rest whole."""
    if not words:
        return None
    for cut in range(1, len(parts)):
        before, after = parts[:cut], parts[cut:]
        if words == _words(" ".join(after)):
            return _clean(_joined(before, separators[: cut - 1]))
        if words == _words(" ".join(before)):
            return _clean(_joined(after, separators[cut:]))
    return None


def _joined(parts: list[str], separators: list[str]) -> str:
    """Title parts put back together with the separators that stood between them."""
    text = parts[0]
    for separator, piece in zip(separators, parts[1:], strict=False):
        text += separator + piece
    return text


def _pieces(element: HtmlElement) -> list[str]:
    """The texts of an element and its descendants, as written (spaces included),
    without what a browser does not show (a logo's `<style>` inside an h1)."""
    if element.find(".//style") is None and element.find(".//script") is None:
        return list(element.itertext())
    return list(_SHOWN_TEXTS(element))


_SHOWN_TEXTS = etree.XPath(
    ".//text()[not(ancestor::style) and not(ancestor::script)]", smart_strings=False
)


def _h1_text(pieces: list[str], reference: str) -> str:
    """The h1's text as shown: its pieces glued (`text_content`), or spaced where
    that gives more of the meta title's words ("Zoonosen" "Wie" in two spans)."""
    glued = _clean("".join(pieces)) or ""
    if len(pieces) < 2:
        return glued
    spaced = _clean(" ".join(pieces)) or ""
    words = _words(reference)
    return spaced if len(_words(spaced) & words) > len(_words(glued) & words) else glued


# A kicker above the headline, in an element of its own: a few words ("Deutschlandtakt:").
_MAX_KICKER_WORDS = 3


def _as_headline(h1: str, pieces: list[str], bare: str, site_words: frozenset[str]) -> str:
    """The h1 without the site's name; the meta title's wording when it has the
    same words and the h1's pieces were glued together (no space between kicker
    and headline), or when the h1 only adds a kicker in an element of its own."""
    h1 = _without_site(h1, site_words) or h1
    bare_words = _words(bare)
    glued = _clean("".join(pieces)) or ""
    shown = [piece for piece in pieces if piece.strip()]
    # Pieces on lines of their own in the source: elements laid out apart, not
    # inline markup in a sentence ("Using <code>defadvice</code>").
    apart = len(shown) > 1 and "\n" in "".join(pieces).strip()
    if _words(h1) == bare_words and (h1 != glued or apart):
        # Kicker and headline in elements of their own: the title puts them in
        # order and between them the separator the h1's layout left out.
        return bare
    if len(shown) > 1:
        kicker, rest = shown[0], _words(" ".join(shown[1:]))
        kicker_words = _words(kicker)
        if (
            rest == bare_words
            and 0 < len(kicker_words) <= _MAX_KICKER_WORDS
            # A kicker the headline repeats ("Budget" over "… new budget …") is
            # apart from it too, unless the title opens with it (the headline's
            # first word in an element of its own).
            and (
                not kicker_words & bare_words
                or not bare.casefold().startswith(kicker.strip().casefold())
            )
            and not kicker.strip().endswith(("-", "–", "—"))
        ):
            return bare
        if headline := _after_kicker(kicker, shown[1:], bare_words):
            return bare if bare_words - rest <= kicker_words else headline
    return h1


def _headline_under_kicker(pieces: list[str], bare: str, reference: str) -> str | None:
    """The h1's headline under a kicker too long for the h1 to print the title's
    words whole (`_after_kicker`), when that headline prints them."""
    shown = [piece for piece in pieces if piece.strip()]
    if len(shown) < 2:
        return None
    bare_words = _words(bare)
    headline = _after_kicker(shown[0], shown[1:], bare_words)
    if headline is None or not _prints(headline, reference):
        return None
    return bare if bare_words - _words(headline) <= _words(shown[0]) else headline


def _after_kicker(kicker: str, rest: list[str], title_words: frozenset[str]) -> str | None:
    """The h1's text after a kicker in an element of its own ("Nach Corona-Lockerungen",
    "Das Halbfinale der Champions Hockey League am Dienstag"), when the title the
    page gives itself prints the headline and leaves the kicker out.

    Sites print a topic line above the headline inside the `<h1>`; their
    `<title>` (and og:title) carry the headline alone, or the headline with
    the kicker's words put differently ("Corona-Lockerungen: Autohäuser …"
    under the kicker "Nach Corona-Lockerungen"). A kicker the title prints
    too is part of the headline."""
    kicker_words = _words(kicker)
    glued = _clean("".join(rest)) or ""
    spaced = _clean(" ".join(rest)) or ""
    text = glued if _words(glued) <= title_words else spaced
    words = _words(text)
    if (
        not kicker_words
        or len(kicker_words) >= len(words)
        or kicker_words <= title_words
        or not words <= title_words
        or kicker.strip().endswith(("-", "–", "—"))
    ):
        return None
    return text.strip(" :|-–—") or None


def _of_site(text: str, site_words: frozenset[str]) -> bool:
    """Whether the text is only the site's name ("strafprozess.ch" as a page's logo)."""
    words = _words(text)
    if not words or not site_words:
        return False
    return words <= site_words or "".join(_WORD.findall(text.casefold())) in site_words


def _element_text(element: HtmlElement) -> str | None:
    return _clean(element.text_content())


def _prints(h1: str, reference: str) -> bool:
    """The h1 has the reference's words: most of its own, and most of the headline's."""
    h1_words, reference_words = _words(h1), _words(reference)
    if not h1_words or not reference_words:
        return h1.casefold() in reference.casefold() and len(h1) * 2 >= len(reference)
    shared = len(h1_words & reference_words)
    return shared >= _MIN_H1_SHARE * len(h1_words) and shared >= 0.5 * len(reference_words)


# The twin of rules/structure.py `site_name_cut`, kept apart on purpose: here the
# site's name is known (declared by the page, its URL, its publisher), so a part
# goes only when it is made of that name's words, at the end and at the start, a
# spaced or full-width colon being a separator too; `site_name_cut` knows no name and
# goes by evidence on the page, from the end only. They share no more than
# splitting at separators (different sets); one function for both would change
# the answers of each.
def _without_site(
    title: str | None, site_words: frozenset[str], host: str | None = None
) -> str | None:
    """The title without the site's name before or after a separator, or without
    the one part that spells the site's `host` (see `site_host`)."""
    if not title or not site_words:
        return title
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    separators = _TITLE_SEPARATOR.findall(title)
    squashed = _squashed(site_words)
    for end in (-1, 0):
        if len(parts) > 1 and _of_site_part(parts[end], site_words, squashed):
            name = _words(parts.pop(end))
            separators.pop(end)
            # The name may stand twice at one end ("… | MODEPILOT.de | Modepilot.de").
            if len(parts) > 1 and _words(parts[end]) == name:
                parts.pop(end)
                separators.pop(end)
    if len(parts) > 1 and host:
        _drop_host_part(parts, separators, host)
    return _joined(parts, separators).strip() or title


def _of_site_part(part: str, site_words: frozenset[str], squashed: frozenset[str]) -> bool:
    words = _words(part)
    return bool(words) and (
        words <= site_words or "".join(_WORD.findall(part.casefold())) in squashed
    )


# A host's name long enough not to be a common word, and a title part that spells
# it: most of the part's letters are the name's, or most of the name's the part's.
_MIN_HOST_LETTERS = 6
_MIN_HOST_COVER = 0.6
_ALNUM = re.compile(r"[^\W_]+")
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Hosts whose sites are their sub-domains ("mywakenews.wordpress.com").
_SHARED_HOSTS = frozenset({"wordpress", "blogspot", "tumblr", "substack", "medium", "wixsite"})


def site_host(url: str | None) -> str | None:
    """The site's own name in its address: the domain under the top level
    ("kaieteurnewsonline" of www.kaieteurnewsonline.com), or the sub-domain on a
    shared blog host; hyphens out ("natuerlichjagd")."""
    match = _URL_SITENAME.match(url or "")
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
    return name if len(name) >= _MIN_HOST_LETTERS and name.isalnum() else None


def _drop_host_part(parts: list[str], separators: list[str], host: str) -> None:
    """Drop the part at either end that spells the site's host in other words
    ("– Kaieteur News" on kaieteurnewsonline.com, "- Natürlich Jagd" on
    natuerlich-jagd.de, "| Mywakenews's Blog"), when no other part of the title
    does: a headline that names the site too leaves the title as it is."""
    naming = [_spells_host(part, host) for part in parts]
    if sum(naming) != 1:
        return
    for end in (-1, 0):
        if naming[end]:
            parts.pop(end)
            separators.pop(end)
            return


def _spells_host(part: str, host: str) -> bool:
    folded = part.casefold()
    for spelling in (folded.translate(_SPELLED_OUT), _without_accents(folded)):
        letters = "".join(_ALNUM.findall(spelling))
        shorter, longer = sorted((letters, host), key=len)
        if shorter and shorter in longer and len(shorter) >= _MIN_HOST_COVER * len(longer):
            return True
    return False


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
