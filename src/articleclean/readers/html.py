"""HTML pages → segments: trafilatura finds the article, we keep its structure.

The page is decoded (readers/decode.py) and parsed once with lxml
(readers/html_parse.py); the tree serves the box hints, the captions and the
metadata, and then trafilatura extracts the main content from it (working on
its own copy).

One segment per line of the *extracted text*: trafilatura's output blocks
rendered as its txt format does (`xmltotxt`, one paragraph, heading, list
item or table row a line) and joined with newlines. `Segment.lines` are line
numbers in that text (see `extract_blocks`), so "every non-blank line ends
up in exactly one field" holds for HTML as for text dumps. Captions read from
the page's figures are extra segments with `lines=None`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import normalize_unicode
from trafilatura.xml import xmltotxt

from ..document import Document, Hints, Label, Origin, Segment, normalise_space
from .decode import Decoded, charset_from_content_type, decode_bytes
from .html_fallback import page_text
from .html_figures import FoundCaption, find_captions
from .html_hints import HintIndex, key_of
from .html_meta import PageMetadata, page_metadata
from .html_parse import parse_html
from .text import read_text

# trafilatura's output tags → the HTML tag a block came from (Hints.tag).
_TAGS = {"p": "p", "list": "li", "quote": "blockquote", "table": "table", "code": "pre"}
_HEADING_REND = re.compile(r"^h[1-6]$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
# How far into the text the page's title may be printed again (its <h1>).
_TITLE_SEARCH = 3


@dataclass
class ExtractedLine:
    number: int
    text: str
    tag: str


@dataclass
class Extraction:
    """trafilatura's result as articleclean reads it."""

    text: str
    """The extracted text; `lines` numbers refer to its lines (1-based)."""
    lines: list[ExtractedLine] = field(default_factory=list)


def read_html(
    html: str | bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
) -> Document:
    """Read a page; `content_type` is the HTTP header, whose charset wins over the page's."""
    source, utf8 = _decode(html, content_type)
    tree = _parse(source.text, utf8)
    metadata: dict[str, object] = {} if source.how == "str" else {"encoding": source.encoding}
    if tree is None:
        return _page_text_document(source.text, metadata, language=None)
    # What we read from the tree, we read before trafilatura's extraction: right
    # after parsing, the tree is still in the processor's cache.
    index = HintIndex(tree)
    captions = find_captions(index.candidates)
    page = page_metadata(tree, url)
    metadata.update(page.fields)
    language = declared_language(tree)
    extraction = extract_blocks(tree, url=url)
    if not extraction.text.strip():
        return _page_text_document(source.text, metadata, language, page.title)
    segments = _segments(index, captions, extraction)
    _mark_title(segments, page.title)
    return _document(segments, page, metadata, language)


def _page_text_document(
    html: str, metadata: dict[str, object], language: str | None, title: str | None = None
) -> Document:
    """The page's whole text as a dump, when the extractor found no article in it.

    `lines` then number the lines of that text (`metadata["extraction"]` says so).
    """
    document = read_text(page_text(html))
    document.source = "html"
    document.metadata = {**metadata, "extraction": "page_text"}
    document.language = language
    document.title = title
    return document


def _decode(html: str | bytes, content_type: str | None) -> tuple[Decoded, bytes | None]:
    """The page's text, and its bytes when they are that text in UTF-8 (lxml parses them faster)."""
    if isinstance(html, str):
        return Decoded(html, "unicode", "str"), None
    if html.count(b"\x00") * 100 < len(html):
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


def extract_blocks(tree: HtmlElement, *, url: str | None = None) -> Extraction:
    """trafilatura's main content, one line per block, with the tag it came from."""
    # output_format "txt" spares bare_extraction a rendering of its own that we do not read.
    result = bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, output_format="txt"
    )
    if result is None or isinstance(result, dict) or result.body is None:
        return Extraction(text="")
    parts: list[str] = []
    lines: list[ExtractedLine] = []
    number = 0
    for child in result.body:
        rendered = xmltotxt(child, False)
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
        segment.hints = index.hints_for(line.text, line.tag, segment.key)
        segments.append(segment)
    return _with_captions(segments, captions)


def _mark_title(segments: list[Segment], title: str | None) -> None:
    """The page's title printed at the top of the text is the title, not body text."""
    if not title:
        return
    key = key_of(title)
    for segment in segments[:_TITLE_SEARCH]:
        if key and segment.key == key:
            segment.label = Label.TITLE  # the page says so; no rule decided it
            return


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
    """The primary subtag of `<html lang>` (or Content-Language), when it is a language code.

    Taken as the article's language: sites declare it far more often right
    than wrong, and it spares a detection per page.
    """
    declared = tree.get("lang") or tree.get("xml:lang")
    if not declared:
        meta = tree.find(".//meta[@http-equiv='content-language']")
        declared = meta.get("content") if meta is not None else None
    code = (declared or "").strip().split("-")[0].split("_")[0].casefold()
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
        byline=list(page.authors),
        from_markup=True,
    )
