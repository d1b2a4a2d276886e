"""Labelled segments → Article. Every segment lands in exactly one field."""

from __future__ import annotations

import re

from .article import Article, Block, BlockKind, Caption, Lines, Reason, Removal
from .config import CleanerConfig
from .document import BODY, BYLINE, CAPTION, HEADING, TITLE, Document, Segment
from .language import detect_language
from .names import byline_names, dateline_reporters, parse_byline, stamp_row_names

# The reasons asked of every segment, as module globals (as `document`'s labels are):
# on Python 3.11 reading a member off an Enum class goes through its metaclass's
# __getattr__ hook, about 9x a global.
_PHOTO_CREDIT, _DUPLICATE_CAPTION = Reason.PHOTO_CREDIT, Reason.DUPLICATE_CAPTION
_RELATED_TEASER = Reason.RELATED_TEASER


def assemble(document: Document, config: CleanerConfig) -> Article:
    segments = document.segments
    article = Article(metadata={"source": document.source, **document.metadata})
    article.dateline = document.dateline
    byline_texts: list[str] = []
    body, removed = article.body, article.removed
    captions: list[Segment] = []  # made into Captions once every credit is attached
    for index, segment in enumerate(segments):
        # A credit line is what was removed as a photo credit; its verdict found the
        # credit, which goes to the caption just before it or else just after it (the
        # captions are made after this loop, so one below still gets it).
        if segment.reason is _PHOTO_CREDIT and segment.credit:
            _attach_credit(segments, index, segment.credit)
        label = segment.label
        if label is BODY:
            text = segment.text
            if segment.dateline is not None:
                article.dateline = segment.dateline
                text = text[len(segment.dateline.text) :].lstrip()
            if segment.tail_cut is not None and text.endswith(segment.tail_cut):
                # (`html_tail_link`: the paragraph keeps its sentences, the link goes)
                text = text[: len(text) - len(segment.tail_cut)].rstrip()
                removed.append(
                    _removal(_RELATED_TEASER, "html_tail_link", segment.tail_cut, segment.lines)
                )
            body.append(_block("paragraph", text, segment.lines))
        elif label is HEADING:
            body.append(_block("heading", segment.text, segment.lines))
        elif label is CAPTION:
            captions.append(segment)
        elif label is TITLE and article.title is None:
            article.title = document.title_cut or segment.text
            article.title_lines = segment.lines
        elif label is BYLINE:
            byline_texts.append(segment.text)
            names = byline_names(segment.text)
            if not names and segment.hints.stamp_row_rest:
                # (a stamp row's rest: its name stood beside the date the extractor
                # dropped, "| von Jane Doe", "JANE DOE": `html_stamp_row_byline`)
                names = stamp_row_names(segment.text) or []
            article.byline.extend(names)
            # (a byline printed over lines of its own, "By" / "Jane Doe" / "and" / "John
            # Roe": its lines run from the first to the last)
            first = article.byline_lines
            article.byline_lines = (
                segment.lines
                if first is None or segment.lines is None
                else (min(first[0], segment.lines[0]), max(first[1], segment.lines[1]))
            )
        else:
            assert segment.reason is not None and segment.rule is not None, segment
            removed.append(_removal(segment.reason, segment.rule, segment.text, segment.lines))
    article.captions = [_caption(segment) for segment in captions]
    if article.title is None:
        article.title = document.title
    if not article.byline:
        # (last, the reporters a wire's dateline names: "…电（记者 刘晓宇 王蕾）", "(서울=
        # 연합뉴스) 김민수 기자 =", a paragraph's opening that no byline rule takes)
        article.byline = (
            list(document.byline)
            or _byline_under_headline(document)
            or (dateline_reporters(article.dateline.text) if article.dateline else [])
            # (a one-person site that signs no post: its footer's "© 2020 Jane Doe")
            or list(document.site_owner)
        )
    elif document.from_markup:
        article.byline = _not_the_site(article.byline, document.metadata.get("sitename"))
    if byline_texts:
        article.metadata["byline_text"] = " ".join(byline_texts)
    if "links" in article.metadata:
        _keep_body_links(article)
    if not article.body:
        article.status = "empty"
        article.message = "no article text found"
    if document.language:
        article.language = document.language
    elif config.detect_language:
        article.language = detect_language(
            _language_sample(article), config.language_sample_chars, config.language_trials
        )
    return article


# A Block or Removal per segment, its fields set as a dict: a frozen dataclass's
# __init__ sets each field through object.__setattr__, a generic attribute write each
# (with the credits' walk folded into the loop: callgrind -0.9 % of the text path,
# round 20). The same instance as the class's own __init__ makes: its fields in order,
# equal, the same repr, hash and pickle (tests/test_assemble.py compares them).
_new = object.__new__


def _block(kind: BlockKind, text: str, lines: Lines | None) -> Block:
    block = _new(Block)
    block.__dict__.update(kind=kind, text=text, lines=lines)
    return block


def _removal(reason: Reason, rule: str, text: str, lines: Lines | None) -> Removal:
    removal = _new(Removal)
    removal.__dict__.update(reason=reason, rule=rule, text=text, lines=lines)
    return removal


def _caption(segment: Segment) -> Caption:
    text = segment.caption_text if segment.caption_text is not None else segment.text
    return Caption(text=text, credit=segment.credit, raw=segment.text, lines=segment.lines)


_LANGUAGE_SAMPLE_PARAGRAPHS = 3
"""The article's language is detected on its longest paragraphs, this many of them."""


def _language_sample(article: Article) -> str:
    paragraphs = sorted(article.paragraphs, key=len, reverse=True)[:_LANGUAGE_SAMPLE_PARAGRAPHS]
    return " ".join(paragraphs) or (article.title or "")


def _keep_body_links(article: Article) -> None:
    """`metadata["links"]` (a Markdown dump's, `readers/markdown.py`) cut to the links on
    the lines of the body's blocks: the article's own links, not its menus' and teasers'
    (a whole page's hundreds); the key goes when none is left."""
    lines = {
        number
        for block in article.body
        if block.lines is not None
        for number in range(block.lines[0], block.lines[1] + 1)
    }
    kept = [link for link in article.metadata["links"] if link["line"] in lines]
    if kept:
        article.metadata["links"] = kept
    else:
        del article.metadata["links"]


def _attach_credit(segments: list[Segment], index: int, credit: str) -> None:
    """Give the credit of the credit line at `index` to the caption just before it, or
    else just after it, unless that caption has one."""
    for neighbour in (_neighbour(segments, index, -1), _neighbour(segments, index, 1)):
        if neighbour is not None and neighbour.label is CAPTION and not neighbour.credit:
            neighbour.credit = credit
            break


def _neighbour(segments: list[Segment], index: int, step: int) -> Segment | None:
    """The next segment that way, looking past repeated captions."""
    position = index + step
    while 0 <= position < len(segments):
        segment = segments[position]
        if segment.reason is not _DUPLICATE_CAPTION:
            return segment
        position += step
    return None


def _not_the_site(names: list[str], sitename: str | None) -> list[str]:
    """The names less the site's own name beside a person's ("Por Ana Souza,
    Portal Paulista — São Paulo"): alone it may be a blogger's, whose site bears it."""
    site = _words(sitename or "")
    people = [name for name in names if _words(name) != site]
    return people if site and people else names


def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in re.split(r"\W+", text.casefold()) if word)


def _byline_under_headline(document: Document) -> list[str]:
    """The names of the first line under a page's headline that reads as a byline
    ("Von Claudia Riedler", "Por Gustavo E. Méndez"), else of the first link there
    to an author's page that holds a name: the page's markup gave no author."""
    for text in document.lines_under_headline:
        if names := parse_byline(text):
            return _not_the_site(names, document.metadata.get("sitename"))
    for text in document.author_links:
        # The link says what a "By" says; the names must still read as names.
        if names := parse_byline(f"By {text}"):
            return names
    return []
