"""Whether trafilatura should be told to skip its external rescues (readability and
jusText) on a page, where jusText would take time quadratic in the page.

trafilatura runs jusText on a page whose extraction looks short or unclean, and
jusText's `revise_paragraph_classification` finds each paragraph it classed
"short" or "neargood" its nearest "good" or "bad" neighbour by walking the
paragraphs one by one, both ways: a run of n such paragraphs costs n². A page of
consecutive `<h2>` headings of a sentence each (each "neargood") took 3.7 s
through `clean_html` at 10,000 headings, 10.8 s at 20,000 and 45 s at 40,000
(status `timeout`). jusText reads trafilatura's cleaned copy of the page, where
a run can be longer than on the page: the "good" paragraphs between headings
are gone when they stood in an `<aside>`. So the page's unsettled paragraphs
are counted, not its runs: a run of them can be no longer than their number.
The most on a webeval page is 5,990 (its longest run 407; the longest run on any
is 2,544); a page holding more than `MAX_UNSETTLED` is extracted by
trafilatura's `fast` mode, its own extractor without the rescues. Any other page
is extracted as before. (Inside our extraction jusText's revision now runs in
linear time, `html_justext_linear`; the gate stays: such a page's text is its
article rather than the rescue's tens of thousands of headings, and readability
is spared.)
"""

from __future__ import annotations

from typing import Any

from lxml.html import HtmlElement
from trafilatura import external

try:
    from justext.core import PARAGRAPH_TAGS, ParagraphMaker
except ImportError:  # (a trafilatura without jusText runs no jusText rescue to bound)
    PARAGRAPH_TAGS = None

MAX_UNSETTLED = 10_000
"""The most "short" or "neargood" paragraphs jusText is given to revise: 1.7 times
the most on a webeval page (5,990); a run this long costs jusText about 3 s."""

# trafilatura's `try_justext` classifies with these (length low and high, stopword
# densities low and high, link density; no headings), jusText's
# `classify_paragraphs(paragraphs, stoplist, *_CLASSIFY, True)`.
_CLASSIFY = (50, 150, 0.1, 0.2, 0.25)


def justext_would_crawl(tree: HtmlElement) -> bool:
    """Whether the page, classified as trafilatura's jusText classifies it, holds
    more than `MAX_UNSETTLED` paragraphs that jusText settles by their neighbours.

    jusText parts paragraphs at each start and end of a block tag and at a
    `<br>` after a `<br>`, so a page of few of these cannot hold so many, and
    only a page of many is read (two of the 990 webeval pages; the paragraphs
    are jusText's own, its cost linear).
    """
    if PARAGRAPH_TAGS is None:
        return False
    parts = sum(1 for _ in tree.iter(*PARAGRAPH_TAGS, "br"))
    if 2 * parts + 1 <= MAX_UNSETTLED:
        return False
    stopwords = _stopwords()
    paragraphs = ParagraphMaker.make_paragraphs(tree)
    unsettled = sum(1 for paragraph in paragraphs if unsettled_by_itself(paragraph, stopwords))
    return unsettled > MAX_UNSETTLED


def _stopwords() -> frozenset[str]:
    """trafilatura's stoplist for jusText (all its languages'), lower-cased as jusText
    reads it: ~40 ms, made at each reading of a page as jusText makes it at each call
    (only pages of over 5,000 block tags are read)."""
    stoplist = external.JT_STOPLIST or external.jt_stoplist_init()
    return frozenset(word.lower() for word in stoplist)


def unsettled_by_itself(paragraph: Any, stopwords: frozenset[str]) -> bool:
    """Whether jusText's `classify_paragraphs`, with trafilatura's parameters, classes
    the paragraph "short" or "neargood". jusText's reads the paragraph's text (a join
    and a whitespace substitution) seven times a paragraph; this reads it once (the
    gate on a page of 20,000 paragraphs: 1.16 s with jusText's, 0.54 s)."""
    low, high, stopwords_low, stopwords_high, link_density = _CLASSIFY
    text = paragraph.text
    length = len(text)
    links = paragraph.chars_count_in_links
    if (length and links / length > link_density) or "\xa9" in text or "&copy" in text:
        return False
    if "select" in paragraph.dom_path:
        return False
    if length < low:
        return links == 0  # ("short"; with a link, "bad")
    words = text.split()
    density = sum(word.lower() in stopwords for word in words) / len(words) if words else 0
    if density >= stopwords_high:
        return length <= high  # (longer: "good")
    return density >= stopwords_low
