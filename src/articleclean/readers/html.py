"""HTML pages → segments: trafilatura finds the article, we keep its structure.

The page is decoded (readers/decode.py) and parsed once with lxml
(readers/html_parse.py); the tree serves the box hints, the captions and the
metadata, and then trafilatura extracts the main content from it (working on
its own copy).

One segment per line of the *extracted text*: trafilatura's output blocks
rendered as its txt format does (`xmltotxt`, one paragraph, heading, list
item or table row a line) and joined with newlines; an `<article>` that trafilatura
glued into one paragraph and a table that lays out an article are printed as their
blocks (`split_glued_articles`, `_is_layout_table`). `Segment.lines` are line
numbers in that text (see `extract_blocks`), so "every non-blank line ends
up in exactly one field" holds for HTML as for text dumps. Captions read from
the page's figures are extra segments with `lines=None`.
"""

from __future__ import annotations

import copy
import html as html_module
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.baseline import basic_cleaning
from trafilatura.utils import normalize_unicode
from trafilatura.xml import xmltotxt

from ..document import Document, Hints, Label, Origin, Segment, normalise_space
from ..lexicon import LEAD_ENDS
from ..names import strip_byline_prefix
from . import html_guard
from .decode import BYTES_PER_STRAY_NUL, Decoded, charset_from_content_type, decode_bytes
from .html_fallback import page_text
from .html_figures import FoundCaption, find_captions
from .html_hints import LEAD_CLASS_WORDS, HintIndex, key_of, lead_class_boxes
from .html_joiners import holds_joiners, joiners_as_letters, restore
from .html_justext_bounds import justext_would_crawl
from .html_justext_linear import linear_justext
from .html_lists import missing_lists
from .html_meta import PageMetadata, page_metadata
from .html_parse import parse_html
from .html_recipe import missing_ingredients, place_of
from .html_times import missing_entry_times
from .html_words import ALNUM, held_keys, visible
from .json_ld import json_ld_holding, json_objects
from .text import read_text

# trafilatura's output tags → the HTML tag a block came from (Hints.tag).
_TAGS = {"p": "p", "list": "li", "quote": "blockquote", "table": "table", "code": "pre"}
_HEADING_REND = re.compile(r"^h[1-6]$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
# Norwegian pages declare their written standard, Bokmål ("nb", most of them) or Nynorsk
# ("nn"); the detector, the phrase files and the text path know the language as "no".
_LANGUAGE_OF_STANDARD = {"nb": "no", "nn": "no"}
# How far into the text the page's title may be printed again (its <h1>).
_TITLE_SEARCH = 3


@dataclass
class ExtractedLine:
    number: int
    text: str
    tag: str
    element_known: bool = False
    """Read from a known element of the page (`page_lead`), whose hints are its own:
    a text match would also find its copies elsewhere (a teaser of this very page
    in a "most read" box)."""


@dataclass
class Extraction:
    """trafilatura's result as articleclean reads it."""

    text: str
    """The extracted text; `lines` numbers refer to its lines (1-based)."""
    lines: list[ExtractedLine] = field(default_factory=list)
    how: str | None = None
    """How the text was found when not by trafilatura's default extraction
    (`metadata["extraction"]`): "recall" or "article_body"."""
    _key: str | None = field(default=None, init=False, repr=False, compare=False)

    def key(self) -> str:
        """`key_of(text)`, computed once: the lead searches ask it of one extraction
        for the description, the lead box's candidates and the dek (`_has_text`)."""
        if self._key is None:
            self._key = key_of(self.text)
        return self._key


def read_html(
    html: str | bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    favor_precision: bool = False,
) -> Document:
    """Read a page; `content_type` is the HTTP header, whose charset wins over the page's.
    `favor_precision`: trafilatura's precision-leaning choice of the main box
    (`Cleaner.clean_html` asks for it when the rules removed all of the first)."""
    source, utf8 = _decode(html, content_type)
    metadata: dict[str, object] = {} if source.how == "str" else {"encoding": source.encoding}
    text, cut = html_guard.cut_attributes(source.text, html_guard.MAX_ATTRIBUTES)
    if cut:
        # (the parser and two libraries after it are quadratic in one element's attributes)
        utf8 = None
        metadata["repaired"] = (
            f"attributes beyond the first {html_guard.MAX_ATTRIBUTES} removed from {cut} element(s)"
        )
    tree = _parse(text, utf8)
    if tree is None:
        return _page_text_document(text, metadata, language=None)
    # What we read from the tree, we read before trafilatura's extraction: right
    # after parsing, the tree is still in the processor's cache.
    index = HintIndex(tree)
    captions = find_captions(index.candidates)
    page = page_metadata(tree, url, index.walk)
    metadata.update(page.fields)
    language = declared_language(tree)
    extraction = extract_blocks(
        tree,
        url=url,
        description=page.fields.get("description"),
        lead_boxes=index.lead_boxes,
        favor_precision=favor_precision,
        joiners=holds_joiners(text),
    )
    if extraction.how:
        metadata["extraction"] = extraction.how
    if len(extraction.text) < SHORT_EXTRACTION_CHARS:
        body = article_body(tree)
        if body is not None and len(body.text) >= _RECALL_GAIN * max(len(extraction.text), 1):
            extraction = body
            metadata["extraction"] = body.how
    if not extraction.text.strip():
        return _page_text_document(text, metadata, language, page.title)
    segments = _segments(index, captions, extraction)
    printed = _mark_title(segments, page.title)
    document = _document(segments, page, metadata, language)
    if printed is not None:
        # The line stays whole in the metadata, as a title line cut of the
        # site's name does (`site_name_cut`); the title is the headline.
        document.title_cut = page.title
        document.metadata["title_text"] = printed.text
    return document


def _page_text_document(
    html: str, metadata: dict[str, object], language: str | None, title: str | None = None
) -> Document:
    """The page's whole text as a dump, when the extractor found no article in it.

    `lines` then number the lines of that text (`metadata["extraction"]` says so).
    """
    # (a page's own text is no text browser's dump: read plain, whatever it prints)
    document = read_text(visible(page_text(html)), markup="plain")
    document.source = "html"
    document.metadata = {**metadata, "extraction": "page_text"}
    document.language = language
    document.title = title
    return document


def _decode(html: str | bytes, content_type: str | None) -> tuple[Decoded, bytes | None]:
    """The page's text, and its bytes when they are that text in UTF-8 (lxml parses them faster)."""
    if isinstance(html, str):
        return Decoded(html, "unicode", "str"), None
    if html.count(b"\x00") * BYTES_PER_STRAY_NUL < len(html):
        # Stray NUL bytes in a served page (a template bug) are not a sign of
        # binary input; browsers skip them, so do we.
        html = html.replace(b"\x00", b"")
    decoded = decode_bytes(html, declared=charset_from_content_type(content_type))
    # Without U+FFFD in the text, the UTF-8 decoding was strict, not "replace".
    exact = decoded.encoding == "utf-8" and "\ufffd" not in decoded.text
    return decoded, html if exact else None


def _parse(text: str, utf8: bytes | None = None) -> HtmlElement | None:
    if not text.strip():
        return None
    return parse_html(text, utf8)


def extract_blocks(
    tree: HtmlElement,
    *,
    url: str | None = None,
    description: str | None = None,
    lead_boxes: list[HtmlElement] | None = None,
    favor_precision: bool = False,
    joiners: bool = False,
) -> Extraction:
    """trafilatura's main content, one line per block, with the tag it came from,
    and the lead it left out when the page prints its `description` as one (`page_lead`)
    or marks it by its class (`lead_box`; `lead_boxes` are `HintIndex.lead_boxes`,
    read from the tree when not given). `joiners`: the page may hold a zero-width
    joiner or non-joiner, which the text keeps (`html_joiners`)."""
    # (a page where jusText would crawl is extracted without trafilatura's rescues)
    fast = justext_would_crawl(tree)
    extraction = _extract_keeping_joiners(
        tree, url, joiners, favor_precision=favor_precision, fast=fast
    )
    if favor_precision:
        if extraction.text:
            extraction.how = "precision"
    elif len(extraction.text) < SHORT_EXTRACTION_CHARS:
        # Almost nothing found: trafilatura's precision-leaning choice of the
        # main box can settle on a slogan or a caption beside an article that
        # its recall-leaning search finds. Taken only when it finds far more.
        retry = _extract_keeping_joiners(tree, url, joiners, favor_recall=True, fast=fast)
        if len(retry.text) >= _RECALL_GAIN * max(len(extraction.text), 1):
            extraction = retry
            extraction.how = "recall"
    if description and extraction.lines and not _has_text(extraction, description):
        extraction = with_lead(extraction, page_lead(tree, description))
    if lead_boxes is None:
        lead_boxes = lead_class_boxes(tree)
    lead = lead_box(lead_boxes, extraction) or headline_dek(tree, extraction)
    extraction = with_ingredients(tree, with_lead(extraction, lead))
    extraction = with_dek_heading_as_lead(tree, extraction)
    return with_entry_times(tree, with_lists(tree, extraction))


def with_ingredients(tree: HtmlElement, extraction: Extraction) -> Extraction:
    """The extraction with the recipe's ingredient lines it left out
    (`html_recipe.missing_ingredients`), one list item a line, where the page
    prints them among the extracted lines."""
    if not extraction.lines:
        return extraction
    missing = [visible(line) for line in missing_ingredients(tree, extraction.text)]
    if not missing:
        return extraction
    at = place_of(tree, missing[0], [line.text for line in extraction.lines])
    return _with_rows(extraction, at, missing)


def with_lists(tree: HtmlElement, extraction: Extraction) -> Extraction:
    """The extraction with the lists it left out between two of its paragraphs
    (`html_lists.missing_lists`), one row a line, right after the paragraph above, each
    row opened by "- " as trafilatura prints the rows of a list it keeps."""
    if len(extraction.lines) < 2:
        return extraction
    found = missing_lists(tree, [line.text for line in extraction.lines])
    # (from the last: each insertion leaves the indices above it as they were)
    for before, rows in sorted(found, key=lambda item: item[0], reverse=True):
        extraction = _with_rows(extraction, before + 1, [f"- {visible(row)}" for row in rows])
    return extraction


def with_entry_times(tree: HtmlElement, extraction: Extraction) -> Extraction:
    """The extraction with a live blog's entry times it left out
    (`html_times.missing_entry_times`), each right above its entry's first line."""
    if len(extraction.lines) < 2:
        return extraction
    found = missing_entry_times(tree, [line.text for line in extraction.lines])
    # (from the last: each insertion leaves the indices above it as they were)
    for at, time in sorted(found, key=lambda item: item[0], reverse=True):
        extraction = _with_rows(extraction, at, [visible(time)], tag="p")
    return extraction


def _with_rows(extraction: Extraction, at: int, rows: list[str], tag: str = "li") -> Extraction:
    """The extraction with `rows` (list items, or blocks of `tag`) inserted before its line
    of index `at` (at its end when `at` is past its lines)."""
    texts = extraction.text.split("\n")
    number = extraction.lines[at].number if at < len(extraction.lines) else len(texts) + 1
    texts[number - 1 : number - 1] = rows
    added = len(rows)
    lines = [line for line in extraction.lines if line.number < number]
    lines += [ExtractedLine(number + offset, text, tag) for offset, text in enumerate(rows)]
    lines += [
        ExtractedLine(line.number + added, line.text, line.tag, line.element_known)
        for line in extraction.lines
        if line.number >= number
    ]
    return Extraction(text="\n".join(texts), lines=lines, how=extraction.how)


SHORT_EXTRACTION_CHARS = 250
"""An extracted text shorter than this found almost nothing of an article."""
# What a second search must find to replace the first: several times as much.
_RECALL_GAIN = 3


def _extract_keeping_joiners(
    tree: HtmlElement, url: str | None, joiners: bool, **choice: bool
) -> Extraction:
    """`_extract`, on a page that may hold a zero-width joiner or non-joiner (`joiners`)
    with each standing as a letter while trafilatura reads it (`html_joiners`)."""
    if not joiners:
        return _extract(tree, url, **choice)
    with joiners_as_letters(tree):
        extraction = _extract(tree, url, **choice)
    return Extraction(
        text=restore(extraction.text),
        lines=[
            ExtractedLine(line.number, restore(line.text), line.tag, line.element_known)
            for line in extraction.lines
        ],
        how=extraction.how,
    )


def _extract(
    tree: HtmlElement,
    url: str | None,
    favor_recall: bool = False,
    favor_precision: bool = False,
    fast: bool = False,
) -> Extraction:
    # output_format "txt" spares bare_extraction a rendering of its own that we do not read.
    with linear_justext():  # (jusText's rescue, its square of a run spared)
        result = bare_extraction(
            tree,
            url=url,
            include_comments=False,
            include_tables=True,
            output_format="txt",
            favor_recall=favor_recall,
            favor_precision=favor_precision,
            fast=fast,
        )
    if result is None or isinstance(result, dict) or result.body is None:
        return Extraction(text="")
    return _extraction(split_glued_articles(result.body, tree))


# trafilatura's last resort (`baseline`) prints each `<article>` of the page as one
# paragraph: its whole text, blocks joined by spaces. Read only for a paragraph this long.
_GLUED_MIN_CHARS = 100
# An extraction of at most this many paragraphs can be such a rescue.
_GLUED_MAX_BLOCKS = 5
# Block elements whose edges part lines (trafilatura's `baseline` spaces them).
_LINE_BREAKING = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"}
    | {"figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav"}
    | {"ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)


def split_glued_articles(body: HtmlElement, tree: HtmlElement) -> HtmlElement:
    """trafilatura's output with each `<article>` it printed as one paragraph split
    back into the article's blocks, one paragraph each.

    When its extractors find too little, trafilatura's last resort (`baseline`)
    takes the text of the page's `<article>` elements, each joined into one
    paragraph: headline, date, paragraphs, share buttons, "Bewerten:", the
    author's box, all one block, which no rule can judge in part. The page's
    markup still says where its blocks end. The pieces replace the paragraph only
    when together they are its words, the same words in the same order: nothing
    is added or lost.
    """
    children = list(body)
    if not children or len(children) > _GLUED_MAX_BLOCKS:
        return body
    glued = [
        child
        for child in children
        if child.tag == "p" and len(child) == 0 and len(child.text or "") >= _GLUED_MIN_CHARS
    ]
    if not glued:
        return body
    articles = _ARTICLES(tree)
    for child in glued:
        text = child.text or ""
        key = "".join(text.split())
        for article in articles:
            # Cheap first: the paragraph holds most of the article's text (what
            # `baseline` leaves out is scripts, forms and the like).
            whole = "".join(article.text_content().split())
            if len(key) < _GLUED_SHARE * len(whole) or key[:_GLUED_PROBE] not in whole:
                continue
            lines = _block_lines(basic_cleaning(copy.deepcopy(article)))
            if len(lines) > 1 and " ".join(lines) == " ".join(text.split()):
                _replace(body, child, lines)
                break
    return body


_ARTICLES = etree.XPath(".//article[not(ancestor::article)]")
# A glued paragraph holds at least this share of its article's characters, and
# opens with characters found in it.
_GLUED_SHARE = 0.5
_GLUED_PROBE = 40


def _replace(body: HtmlElement, child: HtmlElement, lines: list[str]) -> None:
    """`child` replaced in `body` by one paragraph per line."""
    # Each paragraph goes right after the one before (`addnext`): lxml's `insert` at
    # an index walks the siblings to it, which made an article of 200,000 lines (a
    # list of links) cost minutes.
    tail = child.tail
    child.tail = None
    previous = child
    for line in lines:
        paragraph = etree.Element("p")
        paragraph.text = line
        previous.addnext(paragraph)
        previous = paragraph
    previous.tail = tail
    body.remove(child)


def _block_lines(element: HtmlElement) -> list[str]:
    """An element's text, one line per block: parted at block elements' edges and `<br>`."""
    for node in element.iter():
        if isinstance(node.tag, str) and node.tag in _LINE_BREAKING:
            node.text = "\n" + node.text if node.text else "\n"
            node.tail = "\n" + node.tail if node.tail else "\n"
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return [line for line in lines if line]


_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote)>", re.IGNORECASE)
_MARKUP_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ARTICLE_BODY = re.compile(r'"articleBody"\s*:\s*"')


def article_body(tree: HtmlElement) -> Extraction | None:
    """The article's text as the page's JSON-LD gives it (`articleBody`), one line per
    paragraph, when a script of the page holds one.

    Pages that render their text with a script (or behind a paywall) often
    print no more of it than a picture's caption, yet state the whole text in
    their schema.org data for search engines: the publisher's own statement of
    what the article says. Read only when the extraction found almost nothing.
    """
    best = ""
    for data in json_ld_holding(tree, _ARTICLE_BODY):
        for text in _json_strings(data, "articleBody"):
            if len(text) > len(best):
                best = text
    if not best.strip():
        return None
    # Some sites put the article's markup in it: blocks become lines, tags go.
    best = _MARKUP_TAG.sub("", _BLOCK_END.sub("\n", best))
    lines = []
    texts = []
    for raw in best.splitlines():
        text = normalise_space(visible(html_module.unescape(raw)))
        if text:
            texts.append(text)
            lines.append(ExtractedLine(len(texts), text, "p"))
    return Extraction(text="\n".join(texts), lines=lines, how="article_body")


def _json_strings(data: object, key: str) -> Iterator[str]:
    """Every string value of `key` in a JSON document, depth first."""
    for item in json_objects(data):
        value = item.get(key)
        if isinstance(value, str):
            yield value


def _has_text(extraction: Extraction, text: str) -> bool:
    """Whether the extracted text holds `text` (its opening words: a meta
    description may be cut short, or end in an ellipsis)."""
    return _lead_key(text) in extraction.key()


def _lead_key(text: str) -> str:
    """The opening of a text's key that `_has_text` looks for in the extracted text."""
    return key_of(text)[:_LEAD_IN_TEXT_CHARS]


def _extraction(body: HtmlElement) -> Extraction:
    parts: list[str] = []
    lines: list[ExtractedLine] = []
    number = 0
    for child in body:
        rendered = xmltotxt(_unboxed(child) if _is_layout_table(child) else child, False)
        if not rendered.isascii():
            rendered = normalize_unicode(rendered)
        rendered = rendered.strip("\n")
        if not rendered.strip():
            continue
        tag = _tag_of(child)
        parts.append(rendered)
        for line in rendered.split("\n"):
            number += 1
            text = normalise_space(line)
            if text:
                lines.append(ExtractedLine(number, text, tag))
    return Extraction(text="\n".join(parts), lines=lines)


# A table cell holding this many words set out in blocks (paragraphs, line
# breaks, headings, lists) is the page's layout, not a table of data.
_LAYOUT_CELL_WORDS = 30
_CELL_BLOCKS = frozenset({"p", "lb", "head", "list", "quote"})


def _is_layout_table(element: etree._Element) -> bool:
    """Whether trafilatura's table (or lone cell) is a page laid out in a table: a
    cell of it holds an article's paragraphs. trafilatura prints a row on one
    line, cells parted by "|", so the paragraphs, the date above them and the
    link below them would be one block no rule can judge in part."""
    if element.tag not in ("table", "cell"):
        return False
    for cell in element.iter("cell"):
        if any(child.tag in _CELL_BLOCKS for child in cell) and (
            len(" ".join(cell.itertext()).split()) >= _LAYOUT_CELL_WORDS
        ):
            return True
    return False


def _unboxed(table: etree._Element) -> etree._Element:
    """A copy of a layout table printed as the blocks it holds: each cell a
    paragraph (its line breaks and blocks kept), rows and the table plain boxes."""
    copied = copy.deepcopy(table)
    for element in list(copied.iter("table", "row", "cell")):
        element.tag = "p" if element.tag == "cell" else "div"
    return copied


# A lead is a paragraph: these tags inside it are its inline markup, any
# other element a container of several blocks (a teaser list, the article).
_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "cite",
        "em",
        "font",
        "i",
        "mark",
        "q",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
    }
)
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "header", "section"})
# Where a text is not the page's own prose: other stories' links and lists, the
# page's furniture, and what a browser does not show.
_NOT_LEAD_ANCESTORS = frozenset(
    {
        "a",
        "li",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "figure",
        "figcaption",
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "select",
        "option",
    }
)
_MIN_LEAD_WORDS = 8
_LEAD_PROBE_CHARS = 40
_MIN_LEAD_PRINTED_SHARE = 0.6
"""An element prints the description when its opening is the description's, over at
least this share of the description's key (the rest cut by either)."""
_ELLIPSIS = " .…"


def page_lead(tree: HtmlElement, description: str | None) -> str | None:
    """The article's lead (standfirst), when the page prints its description as one.

    Sites print the summary of their meta description (or a longer version of
    it) between the headline and the text, in a box of its own ("lead",
    "teaser", "dek", "intro"), and trafilatura often leaves that box out. The
    lead is read only when the page prints the description as a paragraph of
    its own: one element that opens with the description's words, holds no
    other block, and sits in no link, list or page furniture; a teaser of
    another story is not the page's description.

    Sites often write the description by shortening their lead: the two share
    a long opening and then part ("… lassen sich verheizen. Doch …" printed,
    "… lassen zu Ballen gepresst gut verheizen." described). Such a paragraph
    is the lead too (`_edited_lead`), when no element prints the description
    itself.
    """
    if not description or len(description.split()) < _MIN_LEAD_WORDS:
        return None
    wanted = key_of(description.rstrip(_ELLIPSIS))
    probe = " ".join(description.split())[:_LEAD_PROBE_CHARS].rsplit(" ", 1)[0]
    if len(wanted) < _LEAD_PROBE_CHARS or len(probe) < _LEAD_PROBE_CHARS // 2:
        return None
    body = tree.find("body")
    if body is None:
        return None
    edited: str | None = None
    for text in _TEXTS_WITH(body, probe=probe):
        element = text.getparent()
        if text.is_tail:
            element = element.getparent()
        run = None
        while element is not None and element.tag in _INLINE_TAGS:
            run = element
            element = element.getparent()
        if element is None or element.tag not in _LEAD_TAGS:
            continue
        if any(
            child.tag not in _INLINE_TAGS
            for child in element.iterdescendants()
            if isinstance(child.tag, str)
        ):
            if run is None or not _opening_run(run, element):
                continue
            element = run
        if any(ancestor.tag in _NOT_LEAD_ANCESTORS for ancestor in element.iterancestors()):
            continue
        lead = normalise_space(element.text_content())
        found = key_of(lead)
        shared = min(len(found), len(wanted))
        if found[:shared] == wanted[:shared] and shared >= _MIN_LEAD_PRINTED_SHARE * len(wanted):
            return lead
        if edited is None and _edited_lead(lead, found, wanted):
            edited = lead
    return edited


def _opening_run(run: HtmlElement, block: HtmlElement) -> bool:
    """Whether an inline element (`<strong>`, `<span>`) is a paragraph of its own at
    the top of the article's container `block`: its first content, ended by a line
    break or a block, holding no block itself (a bold lead set straight into the text's
    `<div>`, as page builders do)."""
    if run.getparent() is not block or (block.text and block.text.strip()):
        return False
    if run.getprevious() is not None or (run.tail and run.tail.strip()):
        return False
    after = run.getnext()
    if after is not None and after.tag in _INLINE_TAGS:
        return False
    return all(
        child.tag in _INLINE_TAGS for child in run.iterdescendants() if isinstance(child.tag, str)
    )


# An edited lead shares at least this much of its opening (key characters, about
# ten words) with the description: more than a headline or a caption repeats of
# it ("Was zeichnet erfolgreiche Tweets aus? (Foto: …)" shares 33).
_MIN_EDITED_LEAD_CHARS = 60


def _edited_lead(lead: str, found: str, wanted: str) -> bool:
    """Whether `lead` (key `found`) is the page's lead printed in full where the
    description (key `wanted`) is a shortened version of it: a long shared opening,
    a paragraph of some words that ends as a sentence does (not a caption's credit)."""
    if len(lead.split()) < _MIN_LEAD_WORDS or lead[-1] not in LEAD_ENDS:
        return False
    reach = min(len(found), len(wanted), _MIN_EDITED_LEAD_CHARS)
    return reach >= _MIN_EDITED_LEAD_CHARS and found[:reach] == wanted[:reach]


_TEXTS_WITH = etree.XPath("(.//text()[contains(normalize-space(.), $probe)])[position() <= 3]")
_CLASS_PARTS = re.compile(r"[\s_-]+")
# Between a lead box and the article's first paragraph: a headline, a byline, a
# date, a picture's caption, share buttons; not a column of other stories.
_MAX_LEAD_GAP_WORDS = 100
_MAX_LEAD_GAP_ELEMENTS = 300
_LEAD_BLOCKS = _INLINE_TAGS | {"p", "br"}
_SKIPPED_TEXT = frozenset({"script", "style", "noscript", "template"})
# How much of the first paragraph's key an element must open with to hold it.
_OPENING_KEY_CHARS = 40
# The element's text read for that key: three times as long, which leaves that many
# characters once the spaces and punctuation a key drops are gone.
_OPENING_TEXT_CHARS = 3 * _OPENING_KEY_CHARS


def lead_box(boxes: list[HtmlElement], extraction: Extraction) -> str | None:
    """The article's lead when the page marks it as one by its class and trafilatura
    left it out: a box named a lead ("lead", "intro", "teaser", "excerpt", "dek",
    "standfirst", …) that stands shortly before the article's first paragraph.

    Whatever the description (`page_lead` needs it printed as the lead), the
    page's markup says which paragraph is the lead, and its position says it
    belongs to this article: no more than a headline, a byline and a caption
    between it and the text. A box among several of its class before the text
    is one of a list of other stories' teasers; a box with links, block
    elements or page furniture around it is no lead. `boxes`: the page's
    elements whose class has a lead word (`html_hints.lead_class_boxes`).
    """
    line = next(
        (
            line
            for line in extraction.lines
            if line.tag == "p" and len(line.text.split()) >= _MIN_LEAD_WORDS
        ),
        None,
    )
    if line is None:
        return None
    first_key = key_of(line.text)[:_OPENING_KEY_CHARS]
    # Each box's lead read first, then whether the text holds each (`held_keys`, one
    # pass for many) and whether a box before it has its class (a set of those seen):
    # a page of many boxes asked both of each box against all the text and all the
    # boxes before it.
    candidates: list[tuple[HtmlElement, str, str, bool]] = []
    seen: set[str | None] = set()
    for element in boxes:
        classes = element.get("class")
        repeated = classes in seen
        seen.add(classes)
        if classes is None or element.tag not in _LEAD_TAGS or not _names_lead(classes):
            continue
        lead = _lead_of(element)
        if lead is not None:
            candidates.append((element, lead, _lead_key(lead), repeated))
    held = held_keys(extraction.key(), (key for _, _, key, _ in candidates))
    headline: _Headline | None = None
    for element, lead, key, repeated in candidates:
        if key in held or repeated:
            continue  # printed already, or one of a list of boxes
        if headline is None:
            headline = _Headline(element)
        if _stands_before(element, first_key, headline) and not _under_linked_headline(
            element, headline
        ):
            return lead
    return None


def headline_dek(tree: HtmlElement, extraction: Extraction) -> str | None:
    """The article's dek (standfirst) when the page prints it right under its
    headline in a box no class names a lead, and trafilatura left it out.

    The headline is an `<h1>` holding the words of the page's `<title>`; the
    element after it (no other element between) is a paragraph or a subheading of
    its own (`_lead_of`: a sentence's words, few links, in no furniture) that
    stands shortly before the article's first paragraph (`_stands_before`), as a
    lead box does. Page builders and news sites alike set the dek there
    ("article-subhead", "a_st", a bare `<h2>`); a byline or a date there is too
    short, or a link, and the byline and date rules read it as such anyway.
    """
    found = _dek_under_headline(tree, extraction, _DEK_TAGS)
    if found is None or _has_text(extraction, found[1]):
        return None
    return found[1]


def with_dek_heading_as_lead(tree: HtmlElement, extraction: Extraction) -> Extraction:
    """The extraction with the dek it printed as a heading read as the lead paragraph:
    the `<h2>` or `<h3>` right under the headline that `headline_dek` would read as the
    dek (a sentence, standing shortly before the article's first paragraph; Substack
    sets every post's subtitle in an `<h3 class="subtitle">`), when it is one of the
    extraction's first lines and a paragraph follows it there. A heading right under the
    headline ending like a sentence opens no section: it says what the article says."""
    found = _dek_under_headline(tree, extraction, _DEK_HEADING_TAGS)
    if found is None:
        return extraction
    key = key_of(found[1])
    lines = extraction.lines
    for at, line in enumerate(islice(lines, _DEK_HEADING_LINES)):
        # (the article's paragraph next: a list of other stories between the two keeps
        # the dek a heading, the edge `html_story_list` reads the list's place by)
        followed = at + 1 < len(lines) and lines[at + 1].tag == "p"
        if followed and _HEADING_REND.match(line.tag) and key_of(line.text) == key:
            lines = list(lines)
            lines[at] = ExtractedLine(line.number, line.text, "p", line.element_known)
            return Extraction(text=extraction.text, lines=lines, how=extraction.how)
    return extraction


def _dek_under_headline(
    tree: HtmlElement, extraction: Extraction, tags: frozenset[str]
) -> tuple[HtmlElement, str] | None:
    """The element of one of `tags` right under the page's headline that reads as its dek,
    and the dek's text, or None (`headline_dek`'s reading)."""
    paragraphs = [
        line
        for line in islice(extraction.lines, _DEK_LINES_READ)
        if line.tag == "p" and len(line.text.split()) >= _MIN_LEAD_WORDS
    ][:_DEK_PARAGRAPHS_TRIED]
    if not paragraphs:
        return None
    headline = _Headline(tree)
    if not headline.key:
        return None
    # Of two `<h1>`s that hold the title's words, the longer: the site's name in a
    # logo's `<h1>` is the title's suffix ("… - Ege Haber Gazetesi").
    heading = max(
        (h1 for h1 in tree.iter("h1") if _is_headline(h1, headline)),
        key=lambda h1: len(key_of(h1.text_content())),
        default=None,
    )
    if heading is None:
        return None
    dek = heading.getnext()
    while dek is not None and not isinstance(dek.tag, str):
        dek = dek.getnext()  # a comment
    if dek is None or dek.tag not in tags or (heading.tail and heading.tail.strip()):
        return None
    lead = _lead_of(dek, _MIN_DEK_WORDS)
    if lead is None or lead[-1] not in LEAD_ENDS:
        return None
    if strip_byline_prefix(lead) is not None:
        return None  # "By Ela on 31. October, 2023 | 18 Comments. …": the post's byline line
    for line in paragraphs:
        if _stands_before(dek, key_of(line.text)[:_OPENING_KEY_CHARS], headline):
            return dek, lead
    return None


# A dek right under the headline, ending as a sentence, is read from this many words
# ("Crews expect repairs to take several days."): its place says what a lead box's
# class says, so it may be shorter than a lead found by its class (`_MIN_LEAD_WORDS`).
_MIN_DEK_WORDS = 6
# What a dek is set in under the headline.
_DEK_TAGS = frozenset({"p", "h2", "div"})
# ... and the headings of those a dek printed as a heading may be, among the extraction's
# first lines (the title and the dek).
_DEK_HEADING_TAGS = frozenset({"h2", "h3"})
_DEK_HEADING_LINES = 3
# The article's first paragraph is looked for among the extraction's first few
# (other stories' blurbs above the article can come first), among this many lines of it.
_DEK_PARAGRAPHS_TRIED = 4
_DEK_LINES_READ = 4 * _DEK_PARAGRAPHS_TRIED


def _names_lead(classes: str) -> bool:
    """Whether a class value names a lead box, and not one the page hides
    (Drupal's "element-invisible", "sr-only": text for screen readers, such as a
    site's tagline in its menu bar)."""
    tokens = classes.casefold().split()
    if any(token in _HIDDEN_CLASSES for token in tokens):
        return False
    return any(part in LEAD_CLASS_WORDS for token in tokens for part in _CLASS_PARTS.split(token))


_HIDDEN_CLASSES = frozenset(
    {"element-invisible", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text"}
    | {"hidden", "d-none"}
)


def _lead_of(element: HtmlElement, min_words: int = _MIN_LEAD_WORDS) -> str | None:
    """The text of a lead box: a paragraph of its own, with few links, in no furniture."""
    text = normalise_space(element.text_content())
    if len(text.split()) < min_words:
        return None
    linked = 0
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.tag not in _LEAD_BLOCKS:
            return None
        if child.tag == "a":
            linked += len(child.text_content())
    if linked * _MAX_LEAD_LINK_SHARE > len(text):
        return None
    if any(ancestor.tag in _NOT_LEAD_ANCESTORS for ancestor in element.iterancestors()):
        return None
    return text


def _stands_before(box: HtmlElement, first_key: str, headline: _Headline) -> bool:
    """Whether the article's first paragraph (its key opens with `first_key`) follows
    `box` closely: few words and no other box of its class between them, nor the
    article's headline (an `<h1>` with the `<title>`'s words, `headline`): a lead
    stands under its headline, a card of another story above it."""
    classes = box.get("class")
    gap = _words(box.tail)
    seen = 0
    node: HtmlElement | None = box
    while node is not None:
        for sibling in node.itersiblings():
            for element in sibling.iter():
                seen += 1
                if gap > _MAX_LEAD_GAP_WORDS or seen > _MAX_LEAD_GAP_ELEMENTS:
                    return False
                if not isinstance(element.tag, str):
                    gap += _words(element.tail)
                    continue
                if _opening_key(element).startswith(first_key):
                    return True
                # A box of the same class (a classless box: the same tag, classless)
                # is the next card of a list, not the article's text.
                if element.get("class") == classes and (classes or element.tag == box.tag):
                    return False
                if element.tag == "h1" and _is_headline(element, headline):
                    return False
                if element.tag not in _SKIPPED_TEXT:
                    gap += _words(element.text)
                gap += _words(element.tail)
        node = node.getparent()
        if node is not None:
            gap += _words(node.tail)
    return False


class _Headline:
    """The page's `<title>` as the lead and dek readers ask whether a heading is the
    article's headline (`_is_headline`): `key` is the title's key (site name and all),
    "" when it has none."""

    def __init__(self, element: HtmlElement) -> None:
        self._root = element.getroottree().getroot()
        title = self._root.findtext("head/title")
        self.key = key_of(title) if title else ""
        self._held: set[str] | None = None
        self._asked: set[str] = set()

    def holds(self, key: str) -> bool:
        """`key in self.key`. A long title is searched once for the keys of all the
        page's headings (`held_keys`): a page of many headings under a title of many
        words asked it of each heading, headings × title."""
        if len(self.key) <= _SEARCHED_TITLE_CHARS:
            return key in self.key
        if self._held is None:
            keys = (key_of(heading.text_content()) for heading in self._root.iter(*_HEADINGS))
            self._asked = {key for key in keys if _MIN_HEADLINE_KEY <= len(key) <= len(self.key)}
            self._held = held_keys(self.key, self._asked)
        if key not in self._asked:
            return key in self.key
        return key in self._held


# A title key up to this long is searched for each heading asked about (a title is a
# line: its key, a few hundred characters).
_SEARCHED_TITLE_CHARS = 2_000


def _is_headline(heading: HtmlElement, headline: _Headline) -> bool:
    """Whether a heading is the article's headline: its words are the page title's."""
    key = key_of(heading.text_content())
    return len(key) >= _MIN_HEADLINE_KEY and headline.holds(key)


_MIN_HEADLINE_KEY = 10
# A card's headline stands right above its blurb: a kicker or a date between.
_MAX_CARD_GAP_WORDS = 20
_MAX_CARD_GAP_ELEMENTS = 40
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _under_linked_headline(box: HtmlElement, headline: _Headline) -> bool:
    """Whether `box` is the blurb of another story's card: the nearest heading above
    it, with few words between, links to a page and is not the article's headline
    (`headline`, the `<title>`'s key; some themes link the headline to its page)."""
    gap = 0
    seen = 0
    node: HtmlElement | None = box
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            for element in reversed(list(sibling.iter())):
                seen += 1
                if seen > _MAX_CARD_GAP_ELEMENTS:
                    return False
                if not isinstance(element.tag, str) or element.tag in _SKIPPED_TEXT:
                    continue
                if element.tag in _HEADINGS:
                    return _is_link(element) and not _is_headline(element, headline)
                gap += _words(element.text) + _words(element.tail)
                if gap > _MAX_CARD_GAP_WORDS:
                    return False
        node = node.getparent()
    return False


def _is_link(heading: HtmlElement) -> bool:
    """Whether a heading is a link to a page: in a link, or most of its text in one."""
    if any(ancestor.tag == "a" and _leads_away(ancestor) for ancestor in heading.iterancestors()):
        return True
    text = len(normalise_space(heading.text_content()))
    linked = sum(
        len(normalise_space(link.text_content())) for link in heading.iter("a") if _leads_away(link)
    )
    return text > 0 and 2 * linked >= text


def _leads_away(link: HtmlElement) -> bool:
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _opening_key(element: HtmlElement) -> str:
    """The key of the opening words of an element's text."""
    opening = []
    size = 0
    for text in element.itertext():
        opening.append(text)
        size += len(text)
        if size >= _OPENING_TEXT_CHARS:
            break
    return key_of("".join(opening))[:_OPENING_KEY_CHARS]


# At most a fifth of a lead's text is linked.
_MAX_LEAD_LINK_SHARE = 5
_LEAD_IN_TEXT_CHARS = 60


def with_lead(extraction: Extraction, lead: str | None) -> Extraction:
    """The extraction with the page's lead (`page_lead`) after its opening headings,
    unless the extracted text has it already."""
    if not lead or not extraction.lines:
        return extraction
    lead = visible(lead)
    if _has_text(extraction, lead):
        return extraction
    at = next(
        (line.number for line in extraction.lines if not _HEADING_REND.match(line.tag)),
        extraction.lines[-1].number + 1,
    )
    texts = extraction.text.split("\n")
    texts.insert(at - 1, lead)
    lines = [line for line in extraction.lines if line.number < at]
    lines.append(ExtractedLine(at, lead, "p", element_known=True))
    lines += [
        ExtractedLine(line.number + 1, line.text, line.tag)
        for line in extraction.lines
        if line.number >= at
    ]
    return Extraction(text="\n".join(texts), lines=lines, how=extraction.how)


def _tag_of(element: HtmlElement) -> str:
    if element.tag == "head":
        rend = element.get("rend") or ""
        return rend if _HEADING_REND.match(rend) else "head"
    return _TAGS.get(str(element.tag), str(element.tag))


def _segments(
    index: HintIndex, captions: list[FoundCaption], extraction: Extraction
) -> list[Segment]:
    index.ignore_wrappers_of(max((line.text for line in extraction.lines), key=len, default=""))
    segments = []
    for line in extraction.lines:
        segment = Segment(line.text, (line.number, line.number), origin=Origin.HTML_BLOCK)
        # Segment.key is key_of(text), cached for the rules that compare blocks.
        if line.element_known:
            segment.hints = Hints(tag=line.tag)
        else:
            segment.hints = index.hints_for(line.text, line.tag, segment.key)
        segments.append(segment)
    return _with_captions(segments, captions)


def _mark_title(segments: list[Segment], title: str | None) -> Segment | None:
    """The page's title printed at the top of the text is the title, not body text.

    Returns the line when it prints more than the title: a kicker the title
    leaves out (`_headline_with_kicker`)."""
    if not title:
        return None
    key = key_of(title)
    words = _title_words(title)
    for segment in segments[:_TITLE_SEARCH]:
        if key and segment.key == key:
            segment.label = Label.TITLE  # the page says so; no rule decided it
            return None
        if key and _headline_with_kicker(segment, words):
            segment.label = Label.TITLE
            return segment
    return None


def _title_words(text: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in ALNUM.findall(text))


def _headline_with_kicker(segment: Segment, title_words: frozenset[str]) -> bool:
    """The page's `<h1>` printing the title with a kicker the title leaves out
    ("Nach Corona-Lockerungen Autohäuser rechnen …" for "Autohäuser rechnen …",
    see `html_title.headline`): the title's line all the same."""
    if segment.hints is None or segment.hints.tag != "h1" or not title_words:
        return False
    printed = _title_words(segment.text)
    return title_words <= printed and len(printed - title_words) <= len(title_words)


def _with_captions(segments: list[Segment], captions: list[FoundCaption]) -> list[Segment]:
    """Caption segments go just before their echo in the body, or after the body.

    Placed first, the caption is the one kept: its echo in the body is then
    removed as `duplicate_caption` by the `repeated_caption` rule.
    """
    positions: dict[str, int] = {}
    for index, segment in enumerate(segments):
        positions.setdefault(segment.key, index)
    before: dict[int, list[Segment]] = {}
    after: list[Segment] = []
    for caption in captions:
        segment = Segment(
            caption.raw, None, Hints(tag="figcaption", in_figure=True), origin=Origin.FIGURE
        )
        if caption.credit:
            segment.caption_text, segment.credit = caption.text, caption.credit
        echo_at = positions.get(key_of(caption.raw), positions.get(key_of(caption.text)))
        if echo_at is None:
            after.append(segment)
        else:
            before.setdefault(echo_at, []).append(segment)
    ordered: list[Segment] = []
    for position, segment in enumerate(segments):
        ordered.extend(before.get(position, ()))
        ordered.append(segment)
    ordered.extend(after)
    return ordered


def declared_language(tree: HtmlElement) -> str | None:
    """The primary subtag of `<html lang>` (or Content-Language), when it is a language code
    ("nb" and "nn" read as "no").

    Taken as the article's language: sites declare it far more often right
    than wrong, and it spares a detection per page.
    """
    declared = tree.get("lang") or tree.get("xml:lang")
    if not declared:
        meta = tree.find(".//meta[@http-equiv='content-language']")
        declared = meta.get("content") if meta is not None else None
    code = (declared or "").strip().split("-")[0].split("_")[0].casefold()
    code = _LANGUAGE_OF_STANDARD.get(code, code)
    return code if _LANGUAGE_CODE.match(code) else None


def _document(
    segments: list[Segment], page: PageMetadata, metadata: dict, language: str | None
) -> Document:
    return Document(
        language=language,
        segments=segments,
        source="html",
        metadata=metadata,
        title=page.title,
        byline=[visible(author) for author in page.authors],
        lines_under_headline=page.lines_under_headline,
        author_links=page.author_links,
        site_owner=page.site_owner,
        from_markup=True,
    )
