"""The page's date: htmldate's quick search, then its extensive one when the quick
one finds nothing, with a fixed latest date (`LATEST_DATE`) so that the result does
not depend on the day the page is cleaned; the two share their work
(`_DateSearch`). Under the headline, the publication's `<time>`, not the last
change's, and a "Published …" line in words htmldate does not read; day and month
read in the page's order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from copy import deepcopy
from datetime import datetime
from functools import partial
from typing import Any

import htmldate
from htmldate import find_date
from lxml.html import HtmlElement

from ..lexicon import DIGIT, title_parts
from .html_byline import printed_headline
from .html_site import URL_SITENAME
from .html_title import OG_TITLES

LATEST_DATE = "2099-12-31"
"""htmldate rejects dates after its `max_date`, today by default: a page cleaned
next year could then get another date than today. This fixed bound keeps the
result the same on any day; htmldate still prefers the original date."""


def page_date(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's quick search, and its extensive one where the quick one finds
    nothing or only a year (January 1st); searched again without the page's
    lists of other stories when its date was one of theirs."""
    search = _DateSearch(tree, url) if _SHARED_SEARCH else None
    date = _searched_date(tree, url, search)
    if search is not None and date is not None and _aside_date(search, date):
        pruned = _without_asides(tree)
        again = _DateSearch(pruned, url)
        if not _dated_elsewhere(again, date):
            return _searched_date(pruned, url, again)
    return date


# The class or id words of a list of other stories (related, similar, most read,
# popular): a date element inside one dates another story, not the article.
# Not readers' comments (the first comment's day is the post's as often as not
# on tune) nor "sidebar" (a layout column holding the article's own date).
_ASIDE_WORDS = re.compile(
    r"(?:^|[^a-z0-9])(?:[a-z]*related[a-z]*|similar|most-?(?:read|viewed)|popular)"
    r"(?=$|[^a-z0-9])"
)
""""related" inside a word too: "jp-relatedposts", "yarpp-related", "autorelated"."""


def _aside_marked(element: HtmlElement) -> bool:
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return _ASIDE_WORDS.search(words) is not None


def _aside_date(search: _DateSearch, date: str) -> bool:
    """Whether the page's date is the one htmldate read in a date element that
    stands inside a list of other stories (not one holding the headline: a
    wrapper's "has-related")."""
    source = search.source
    if source is None or search.source_date != date:
        return False
    return any(map(_is_aside, (source, *source.iterancestors())))


def _dated_elsewhere(search: _DateSearch, date: str) -> bool:
    """Whether a date element, the `<title>` or an `<h1>` of the page without its
    lists of other stories still reads as the date: a story of the list published
    the article's day ("… | DW | 19.01.2020" in the title)."""
    options = _options(extensive=False)
    tree = search._search_tree()
    elements = _htmldate.date_candidates(tree, False) + tree.xpath(".//title|.//h1")
    texts = [
        text
        for element in elements
        for whole in (element.text_content(), element.get("title", ""))
        for text in (whole, *title_parts(whole))
    ]
    return any(_htmldate.examine_text(text, options) == date for text in texts)


def _is_aside(element: HtmlElement) -> bool:
    """A list of other stories: marked so (`_ASIDE_WORDS`), not the page's `<html>` or
    `<body>`, and holding no `<h1>` (not the article's wrapper)."""
    return (
        _aside_marked(element)
        and element.tag not in {"html", "body"}
        and element.find(".//h1") is None
    )


def _without_asides(tree: HtmlElement) -> HtmlElement:
    """A copy of the page without its lists of other stories (the outermost marked
    elements that hold no `<h1>`)."""
    copy = deepcopy(tree)
    for element in list(copy.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        if not _is_aside(element) or any(map(_is_aside, element.iterancestors())):
            continue  # (an outer one goes with it)
        element.drop_tree()
    return copy


def _searched_date(tree: HtmlElement, url: str | None, search: _DateSearch | None) -> str | None:
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
        if search is not None and search.step == "head" and _modified_only(tree, quick):
            # The head gives the last change alone: the day printed under the
            # headline, if earlier, is the publication.
            printed, in_text = _headline_date(tree)
            if printed and printed < quick:
                return _in_page_order(printed, tree, url, search, printed=in_text)
        return _printed_date(tree, url, search) or _in_page_order(quick, tree, url, search)
    extensive = _find_date(tree, url, extensive=True, search=search)
    if extensive and not extensive.endswith(_YEAR_ONLY):
        printed = _printed_date(tree, url, search)
        if printed or not _month_only(search):
            return printed or _in_page_order(extensive, tree, url, search)
    # A "Published …" line under the headline in words htmldate does not read
    # ("Publicado el 3 de marzo de 2023"): the publication, before a copyright's year.
    labelled, _ = _headline_date(tree, _published_text)
    return labelled or quick  # a year the page's own date markup gives is kept


def _month_only(search: _DateSearch | None) -> bool:
    """Whether the extensive search's date is a year and a month alone, the last
    resorts of htmldate's search of the page's source ("wp-content/uploads/2019/05/"
    in an image's address), which set the day to the 1st: the month a picture was
    uploaded, not a day of publication, so no date rather than a wrong one. The
    date printed under the headline is still read first."""
    return search is not None and search.month_only


def _printed_date(tree: HtmlElement, url: str | None, search: _DateSearch | None) -> str | None:
    """When htmldate read its date in the page's text, not its URL or meta tags:
    the date printed under the headline, which is the article's.

    htmldate takes the first or oldest date of the page's date elements, which
    can be a comment's, another story's or a calendar's; the date under the
    headline may be in no date element at all ("31. Jan. 2022" in a bare span).
    A `<time datetime>` is written year first; a date read from the text goes
    through the page's day/month order like htmldate's own. Where htmldate's quick
    parser reads no date under the headline, its extensive one (dateparser, strict:
    day, month and year) reads them ("05 березня 2024, 10:15" in a `<time>` without
    `datetime`, "21 de abril de 2022, 14:32" under a byline), whether htmldate's
    own search was the quick or the extensive one: else the first date of the page
    that it reads, today's in a masthead or a widget, is taken for it."""
    if search is None or search.step != "text":
        return None
    printed, in_text = _headline_date(tree)
    if printed is None:
        printed, in_text = _headline_date(tree, _date_text_extensive)
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
    On a page without an `<h1>`, the headline is the element whose whole text is
    og:title's (`printed_headline`: a `<div>`, an `<h3>`, a `<td>`).

    htmldate's quick search takes the oldest date of the page's date elements,
    which on a page with a list of other stories beside the article is one of
    theirs; the article's own date stands under its headline.
    """
    read = read or _date_text
    body = tree.find("body")
    if body is None:
        return None, False
    found, headlines = _date_after(body, _is_h1, read)
    if headlines or found[0] is not None:
        return found
    headline = printed_headline(tree, _og_title(tree))
    if headline is None:
        return found
    return _date_after(body, lambda element: element is headline, read)[0]


def _is_h1(element: HtmlElement) -> bool:
    return element.tag == "h1"


def _og_title(tree: HtmlElement) -> str:
    """The page's first og:title, else its `<title>`."""
    return next(iter(OG_TITLES(tree)), "") or tree.findtext("head/title") or ""


def _date_after(
    body: HtmlElement,
    is_headline: Callable[[HtmlElement], bool],
    read: Callable[[HtmlElement], str | None],
) -> tuple[tuple[str | None, bool], int]:
    """`_headline_date`'s walk under the headlines `is_headline` tells; and how many
    headlines it met."""
    since_h1 = None
    headlines = 0
    for element in body.iter():
        tag = element.tag
        if is_headline(element):
            headlines += 1
            if headlines > _MAX_HEADLINES:
                return (None, False), headlines
            since_h1 = 0
        elif since_h1 is not None:
            since_h1 += 1
            if since_h1 > _HEADLINE_DATE_REACH:
                since_h1 = None
            elif tag == "time" and (match := _ISO_DAY.match(element.get("datetime") or "")):
                if _modified(element):
                    continue  # the last change, beside the publication's own <time>
                return ((match[1] if _plausible(match[1]) else None), False), headlines
            elif (printed := read(element)) is not None:
                return (printed, True), headlines
    return (None, False), headlines


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


def _date_text(element: HtmlElement, *, extensive: bool = False) -> str | None:
    """The day a short element with no children prints as its text ("31. Jan. 2022",
    "6. November 2023, 15:25 Uhr"), read by htmldate's quick parser (or its extensive
    one, dateparser: month names in any language); not a year alone."""
    text = _leaf_text(element)
    if not text or len(text) > _MAX_DATE_TEXT_CHARS or not _YEAR.search(text):
        return None  # most elements: no parsing
    if _UPDATE_LABEL.search(text) or "hidden" in (element.get("class") or ""):
        return None  # the last change; or a text for machines, not printed
    return _day_in(text, extensive=extensive)


_date_text_extensive = partial(_date_text, extensive=True)


def _leaf_text(element: HtmlElement) -> str | None:
    """The text of an element with no children, where a date is printed whole."""
    if not isinstance(element.tag, str) or len(element) or element.tag in ("script", "style"):
        return None  # a comment, code, or a parent (whose children come next)
    return element.text


def _day_in(text: str, *, extensive: bool) -> str | None:
    """The day htmldate's quick or extensive parser (dateparser) reads in a short
    text; not a year alone. None where htmldate's layout is not the one its parts are
    imported from (a later htmldate): the date then comes from `find_date` alone."""
    if not _SHARED_SEARCH:
        return None
    options = _options(extensive=extensive)
    with suppress(Exception):  # htmldate or dateparser on odd text
        day: str | None = _htmldate.examine_text(text, options)
        return day if day and not day.endswith(_YEAR_ONLY) else None
    return None


def _options(*, extensive: bool) -> Any:
    """htmldate's settings for a quick or an extensive search, as `find_date` sets
    them here: original date, `LATEST_DATE`."""
    return Extractor(extensive, _LATEST, _EARLIEST, True, "%Y-%m-%d")


# A line that says it gives the publication: "Published", "Publicado el", "Publié le",
# "Pubblicato il", "Opublikowano:", "Gepubliceerd op", "Veröffentlicht am", "Erschienen am".
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:first\s+|originally\s+)?(?:publi\w*|pubblicat\w*|opublikowan\w*|gepubliceerd|"
    r"veröffentlicht|erschienen)\b",
    re.IGNORECASE,
)


_MAX_LABELLED_DATE_CHARS = 60


def _published_text(element: HtmlElement) -> str | None:
    """The day a short "Published …" line prints, read from its first digit by
    htmldate's extensive parser (dateparser), which does not read the label's words."""
    text = _leaf_text(element)
    if not text or len(text) > _MAX_LABELLED_DATE_CHARS or not _PUBLISHED_LABEL.match(text):
        return None
    digit = DIGIT.search(text)
    if digit is None or not _YEAR.search(text):
        return None
    return _day_in(text[digit.start() :], extensive=True)


def _plausible(day: str) -> bool:
    """A real day within htmldate's bounds (a template's "0000-00-00" is not)."""
    try:
        found = datetime.strptime(day, "%Y-%m-%d")
    except ValueError:
        return False
    return _EARLIEST <= found <= _LATEST


# The head's names for the last change (htmldate's, less "date", "last-modified"
# and the publication's): the date htmldate keeps in reserve when no other is found.
_MODIFIED_META = frozenset(
    {"article:modified_time", "og:updated_time", "og:modified_time", "datemodified"}
    | {"article:modified", "modified_time", "dc.modified", "dcterms.modified"}
)


# The head's names for the publication ("article:published_time", "datePublished",
# "pubdate", "publish-date", "dcterms.created", "date"), not "article:publisher".
_PUBLISHED_META = re.compile(r"published|pub_?date|publish[-_]?date|created|issued|^date$", re.I)


def _modified_only(tree: HtmlElement, date: str) -> bool:
    """Whether the head's meta tags give this day as the last change and give no
    publication date: htmldate, finding no other, answers the last change."""
    head = tree.find("head")
    modified = False
    for meta in head.iterfind("meta") if head is not None else ():
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if _PUBLISHED_META.search(key):
            return False
        if key.casefold() in _MODIFIED_META and (meta.get("content") or "").startswith(date):
            modified = True
    return modified


def _in_page_order(
    date: str,
    tree: HtmlElement,
    url: str | None,
    search: _DateSearch | None,
    *,
    printed: bool = False,
) -> str:
    """The date with day and month read in the page's order.

    htmldate reads "03/04/2019" day first, and dateparser reads "4. 2. 2022"
    month first (its first locale is en-US): on an en-US page the first is
    March 4th, on a German page the second is February 4th. When the date was
    read from the page's text, the page writes it only in the order opposite
    to its language's (`<html lang>`, else the country of its host), and
    nowhere year first, the day and month are swapped.
    """
    if search is None or (search.step != "text" and not printed):
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
    host = URL_SITENAME.match(url or "")
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


# The htmldate release whose search_page the fast page search below follows step for step.
_MIRRORED_HTMLDATE = re.compile(r"1\.11(?:\.|$)")

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
    # What `search_page` below reads of htmldate's search of the page's source. It
    # mirrors 1.11's control flow, which a later htmldate may change under the same
    # names: another version is searched by htmldate's own search_page.
    _FAST_PAGE_SEARCH = (
        _SHARED_SEARCH
        and _MIRRORED_HTMLDATE.match(getattr(htmldate, "__version__", "")) is not None
        and all(
            hasattr(_htmldate, name)
            for name in (
                "COPYRIGHT_PATTERN",
                "YEAR_PATTERN",
                "THREE_COMP_PATTERNS",
                "THREE_LOOSE_CATCH",
                "SELECT_YMD_PATTERN",
                "SELECT_YMD_YEAR",
                "THREE_COMP_REGEX_A",
                "THREE_COMP_REGEX_B",
                "normalize_match",
                "DATESTRINGS_PATTERN",
                "DATESTRINGS_CATCH",
                "SLASHES_PATTERN",
                "SLASHES_YEAR",
                "YYYYMM_PATTERN",
                "YYYYMM_CATCH",
                "MMYYYY_PATTERN",
                "normalize_two_comp",
                "regex_parse",
                "SIMPLE_PATTERN",
                "YMD_PATTERN",
                "correct_year",
                "is_valid_date",
                "select_candidate",
                "_filter_ymd",
                "_finalize_candidate",
            )
        )
    )
except ImportError:  # another htmldate layout: its find_date, twice
    _SHARED_SEARCH = _FAST_PAGE_SEARCH = False


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
        self.month_only = False
        """Whether the last run's date came from a year and a month alone (`search_page`)."""
        self.source: HtmlElement | None = None
        """The date element (of the pruned copy) whose text gave the last run's date."""
        self.source_date: str | None = None
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
                    self.source, self.source_date = element, attempt
                    return attempt
        if not options.extensive:
            self.passed = elements  # read past them all: a later step may find a date
        return None

    def earlier_date(self) -> str | None:
        """The date the extensive parser reads in an element the quick search
        read past ("4 maja 2021" above the list of other stories' dates)."""
        options = _options(extensive=True)
        for element in self.passed:
            for text in (element.text_content(), element.get("title", "")):
                attempt: str | None = _htmldate.examine_text(text, options)
                if attempt:
                    return attempt
        return None

    def run(self, *, extensive: bool) -> str | None:
        options = _options(extensive=extensive)
        tree, core = self.tree, _htmldate
        self.month_only = False
        self.source = self.source_date = None
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
        if converted:
            return converted
        steps: list[str] = []
        found = search_page(self.serialised(), options, steps)
        self.month_only = steps == [_MONTH_ONLY]
        return found


_MONTH_ONLY = "month"
"""`search_page`'s note that its date is a year and a month alone, the day set to the 1st."""


def search_page(page: str, options: Any, steps: list[str] | None = None) -> str | None:
    """htmldate's `search_page` (1.11) step for step, each pattern's matches found by
    `_PageScan`: the same matches, in the same order, so the same date.

    It searches the serialised page (~90 KB) with nine patterns, seven of which open
    with `\\D` and a digit ("\\D([0-9]{4}[/.-]…)\\D"): Python's regex engine tries such a
    pattern at every character of the page, 2–3 ms a pattern. It runs on the pages where
    every other step of the extensive search found nothing (7 % of webeval's), at
    ~15 ms a page, ~3 ms with the scan below. When its date is a year and a month
    alone (the day set to the 1st), `_MONTH_ONLY` is added to `steps`, if given.
    """
    if not _FAST_PAGE_SEARCH:
        return _htmldate.search_page(page, options)
    core = _htmldate
    scan = _PageScan(page)
    copyear = 0
    bestmatch = _search_pattern(
        scan, core.COPYRIGHT_PATTERN, core.YEAR_PATTERN, core.YEAR_PATTERN, options
    )
    if bestmatch is not None:
        year = int(bestmatch[1])
        if core.is_valid_date(datetime(year, 1, 1), "%Y", earliest=options.min, latest=options.max):
            copyear = year
    for pattern in core.THREE_COMP_PATTERNS:
        result = _search_and_filter(scan, pattern, core.THREE_LOOSE_CATCH, copyear, options)
        if result is not None:
            return result
    normalize_a = partial(core.normalize_match, core.THREE_COMP_REGEX_A)
    result = _search_normalized(
        scan, core.SELECT_YMD_PATTERN, core.SELECT_YMD_YEAR, normalize_a, copyear, options
    )
    if result is not None:
        return result
    result = _search_and_filter(
        scan, core.DATESTRINGS_PATTERN, core.DATESTRINGS_CATCH, copyear, options
    )
    if result is not None:
        return result
    normalize_b = partial(core.normalize_match, core.THREE_COMP_REGEX_B)
    result = _search_normalized(
        scan, core.SLASHES_PATTERN, core.SLASHES_YEAR, normalize_b, copyear, options
    )
    if result is not None:
        return result
    bestmatch = _search_pattern(
        scan, core.YYYYMM_PATTERN, core.YYYYMM_CATCH, core.YEAR_PATTERN, options
    )
    if bestmatch is not None:
        month_start = datetime(int(bestmatch[1]), int(bestmatch[2]), 1)
        result = core._finalize_candidate(month_start, copyear, options)
        if result is not None:
            _note(steps, _MONTH_ONLY)
            return result
    result = _search_normalized(
        scan, core.MMYYYY_PATTERN, core.SELECT_YMD_YEAR, core.normalize_two_comp, copyear, options
    )
    if result is not None:
        _note(steps, _MONTH_ONLY)
        return result
    result = core._finalize_candidate(core.regex_parse(page), copyear, options)
    if result is not None:
        return result
    if copyear != 0:
        return datetime(copyear, 1, 1).strftime(options.format)  # the copyright's year
    bestmatch = _search_pattern(
        scan, core.SIMPLE_PATTERN, core.YEAR_PATTERN, core.YEAR_PATTERN, options
    )
    if bestmatch is not None:
        return core._finalize_candidate(datetime(int(bestmatch[1]), 1, 1), copyear, options)
    return None


def _note(steps: list[str] | None, step: str) -> None:
    if steps is not None:
        steps.append(step)


class _PageScan:
    """`pattern.findall(page)` for htmldate's page patterns, the ones that open with a
    non-digit and a digit tried only where a run of digits starts.

    A match of such a pattern starts one character before a digit that follows no digit
    (`[0-9]` after `\\D`): before the start of a run of digits. findall takes the leftmost
    match, then the next from its end; trying the pattern (`match`, whose look-behinds
    see the whole page as `search`'s do) at each run's start less one, from the last
    match's end on, finds the same matches. A serialised page has ~1,400 runs of digits,
    found once for all the patterns.
    """

    def __init__(self, page: str) -> None:
        self.page = page
        self._starts: list[int] | None = None

    def findall(self, pattern: re.Pattern[str]) -> list[str]:
        if pattern.pattern not in _DIGIT_OPENED or pattern.groups != 1:
            return pattern.findall(self.page)
        if self._starts is None:
            self._starts = [run.start() - 1 for run in _DIGIT_RUN.finditer(self.page)]
        found = []
        end = 0
        match = pattern.match
        page = self.page
        for start in self._starts:
            if start >= end and (found_here := match(page, start)) is not None:
                found.append(found_here[1])
                end = found_here.end()
        return found


_DIGIT_RUN = re.compile(r"[0-9]+")


# The patterns of htmldate 1.11 that open with a non-digit and a digit, as they read
# there: a later htmldate's pattern that reads otherwise is searched as it searches it.
_DIGIT_OPENED = frozenset(
    {
        r"\D([0-9]{4}[/.-][0-9]{2}[/.-][0-9]{2})\D",
        r"\D([0-3]?[0-9][/.-][0-1]?[0-9][/.-][0-9]{4})\D",
        r"(\D19[0-9]{2}[01][0-9][0-3][0-9]\D|\D20[0-9]{2}[01][0-9][0-3][0-9]\D)",
        r"\D([0-3]?[0-9]/[0-1]?[0-9]/[0129][0-9]|[0-3][0-9]\.[01][0-9]\.[0129][0-9])\D",
        r"\D([12][0-9]{3}[/.-](?:1[0-2]|0[1-9]))\D",
        r"\D([0-1]?[0-9][/.-][12][0-9]{3})\D",
        r"(?<!w3.org)\D((?:199[0-9]|20[0-3][0-9]))\D",
    }
)


def _plausible_years(
    scan: _PageScan, pattern: re.Pattern[str], yearpat: re.Pattern[str], options: Any
) -> Counter[str]:
    """htmldate's `plausible_year_filter`: the matches whose year is within the bounds."""
    occurrences = Counter(scan.findall(pattern))
    for item in list(occurrences):
        year_match = yearpat.search(item)
        if year_match is None:
            del occurrences[item]
            continue
        year = _htmldate.correct_year(int(year_match[1]))
        if not options.min.year <= year <= options.max.year:
            del occurrences[item]
    return occurrences


def _search_pattern(
    scan: _PageScan,
    pattern: re.Pattern[str],
    catch: re.Pattern[str],
    yearpat: re.Pattern[str],
    options: Any,
) -> re.Match[str] | None:
    """htmldate's `search_pattern`."""
    occurrences = _plausible_years(scan, pattern, yearpat, options)
    return _htmldate.select_candidate(occurrences, catch, yearpat, options)


def _search_and_filter(
    scan: _PageScan, pattern: re.Pattern[str], catch: re.Pattern[str], copyear: int, options: Any
) -> str | None:
    """htmldate's `_search_and_filter`."""
    bestmatch = _search_pattern(scan, pattern, catch, _htmldate.YEAR_PATTERN, options)
    return _htmldate._filter_ymd(bestmatch, copyear, options)


def _search_normalized(
    scan: _PageScan,
    pattern: re.Pattern[str],
    yearpat: re.Pattern[str],
    normalizer: Callable[[str], str],
    copyear: int,
    options: Any,
) -> str | None:
    """htmldate's `search_normalized`."""
    normalized: Counter[str] = Counter()
    for item, count in _plausible_years(scan, pattern, yearpat, options).items():
        normalized[normalizer(item)] += count
    bestmatch = _htmldate.select_candidate(
        normalized, _htmldate.YMD_PATTERN, _htmldate.YEAR_PATTERN, options
    )
    return _htmldate._filter_ymd(bestmatch, copyear, options)
