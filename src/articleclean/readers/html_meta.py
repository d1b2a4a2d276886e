"""Page metadata (title, authors, date, site name, url, description) via trafilatura.

trafilatura's own `extract_metadata` also gathers categories, tags and the
licence, and deep-copies the whole page to search it for an author, which
together cost about as much as the text extraction itself. This module runs
the same steps for the fields an Article carries, more cheaply, and puts
together what its neighbours find:

- authors (`html_authors.py`): the meta tags and JSON-LD first; else
  trafilatura's author search run on the parsed page itself, co-authors'
  links side by side together; else the byline under the headline
  (`html_byline.py`: a "By …" line, a link to an author's page, an hCard's
  name), which assembly reads; site, publisher and desk names ("ABC News",
  "Us Weekly Staff") are not authors;
- date (`html_dates.py`): htmldate's quick search, then its extensive one,
  with a fixed latest date; under the headline, the publication's `<time>`,
  not the last change's, and a "Published …" line in words htmldate does
  not read;
- title (`html_title.py`): the `<h1>` that prints the meta title's words, else
  the meta title without the site's name (`html_site.py`) before or after a
  separator, never a logo, a share prompt or a section's label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta, extract_meta_json, extract_url

from .html_authors import (
    AUTHOR_SPLIT,
    authors_not_site,
    later_author_names,
    names_no_reporter,
    page_author_elements,
    picture_credit,
    without_companies,
)
from .html_byline import (
    coauthor_links,
    headline_window,
    inside_window,
    lines_under_headline,
    names_a_byline,
    short_lines,
)
from .html_dates import page_date
from .html_hints import ClassWalk
from .html_meta_head import head_only
from .html_meta_scripts import json_scripts
from .html_owner import copyright_owner
from .html_site import URL_SITENAME, json_publisher, site_host, title_sitename, words_of_site
from .html_title import headline, og_title
from .html_words import clean_spaces, unspaced_name, with_indic_marks


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
    site_owner: list[str] = field(default_factory=list)
    """The person the footer's dated copyright notice names, when no author was found
    above (`html_owner`): assembly takes it when no byline is found either."""


def page_metadata(
    tree: HtmlElement, url: str | None, walk: ClassWalk | None = None
) -> PageMetadata:
    """What the page says about itself; never raises on odd markup. `walk` is the
    page's `class_walk` when the caller has it (`HintIndex.walk`)."""
    try:
        head = head_only(tree)
        found = examine_meta(head)
        found.title = og_title(head, found.title)
        if found.author:
            found.author = with_indic_marks(found.author, " ".join(head.xpath("//meta/@content")))
        if found.author and " " not in found.author and not unspaced_name(found.author):
            found.author = None  # a single word is a handle or a site, not a name
        scripts = json_scripts(tree)
        found = extract_meta_json(scripts, found)
    except Exception:  # trafilatura's JSON-LD and meta parsing has rare bugs on broken input
        return PageMetadata(fields={"url": url} if url else {})
    page_url = found.url or extract_url(tree, url)
    host = site_host(page_url)
    found.author = without_companies(tree, found.author, host)
    sitename = found.sitename or title_sitename(tree, page_url)
    publisher = json_publisher(scripts)
    site_words = words_of_site(sitename, page_url, publisher)
    # A site's name the page declares, not one guessed from <title>: that guess
    # can be the headline itself ("(16) Coronavirus-Update: … | NDR.de").
    declared = words_of_site(found.sitename, page_url, publisher)
    title = headline(tree, found.title, site_words, declared, host, found.sitename)
    # A meta author that is the site ("ABC News") leaves the page's byline to find.
    author = authors_not_site(found.author, site_words, publisher)
    # The page's author elements, walked only as far as read, and once.
    elements = page_author_elements(tree, walk)
    first = None if author else next(elements, None)
    # Pictures' photographers name no author, however many credits a gallery
    # prints before the byline's element: they are not among the later ones read.
    in_page = (text for element, text in elements if not picture_credit(element))
    if first is not None:
        author = _element_authors(first, site_words, publisher)
    elif author and names_no_reporter(author, site_words):
        # The meta tags name the site or an agency ("Associated Press"); the page's
        # first author element may name the reporters ("By SARAH O'CONNOR and …").
        candidate = next(elements, None)
        names = _element_authors(candidate, site_words, publisher)
        if names and not names_no_reporter(names, site_words):
            author, first = names, candidate
    date = page_date(tree, page_url)
    if sitename:
        sitename = sitename.lstrip("@")
        if "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif page_url and (match := URL_SITENAME.match(page_url)):
        sitename = match[1]
    fields = {
        "url": page_url,
        "date": date,
        "sitename": sitename,
        "description": found.description,
        "author": author,
    }
    lines, links = ([], []) if author else lines_under_headline(tree, title)
    if author and first is not None:
        # An author element away from the headline (another story's in a list
        # above it, an author box at the foot) gives way to the byline printed
        # under the headline, which assembly reads from these lines.
        window = headline_window(tree)
        if not any(inside_window(first[0], window)):
            lines, links = short_lines(window)
            if names_a_byline(lines, links):
                author = fields["author"] = None
            else:
                lines, links = [], []
    if not author:
        later = later_author_names(in_page, site_words, publisher)
        if later and not names_a_byline(lines, links):
            author = fields["author"] = later
            lines, links = [], []
    owner = None if author else copyright_owner(tree, site_words, publisher, walk)
    return PageMetadata(
        title=clean_spaces(title),
        authors=[name for name in AUTHOR_SPLIT.split(author or "") if name],
        fields={key: clean_spaces(value) for key, value in fields.items() if value},
        lines_under_headline=lines,
        author_links=links,
        site_owner=[clean_spaces(owner)] if owner else [],
    )


def _element_authors(
    found: tuple[HtmlElement, str] | None, site_words: frozenset[str], publisher: str | None
) -> str | None:
    """The names an author element of the page gives (its co-authors' links beside it
    too), less the site's; None for a picture's credit ("article__image-author": "PAP/
    Rafał Guz"), which names no author, as a lead picture's "© Getty Images" does not."""
    if found is None or picture_credit(found[0]):
        return None
    text = coauthor_links(found[0]) or found[1]
    return authors_not_site(text or None, site_words, publisher, in_page=True)
