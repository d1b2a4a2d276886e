"""Labelled text dumps made from the webeval pages, and per-field quality on them.

Each page (read in place through bench/corpus.py) gives two dumps:

- a whole-page dump: the page's <title>, then its visible text, one block a
  line (a block walk over the lxml tree, as a browser's copy or html-text gives it);
- an article dump: the headline, a byline line when the page shows one, the
  article's body lines, the page's own captions near where they stood, and a
  few junk lines from the same page (its ad slots and one of its related
  boxes), blocks separated by blank lines, the way the seed looks.

Every line is labelled from the page's structure, not from what articleclean
does: <figcaption>, caption boxes and figures holding a picture → caption
(not in a menu, a header logo, comments, an ad or a related box); the <h1> that is the
page's headline (where <title> and og:title name none, the <h1> that opens the article's
text), and any copy of it among the body lines → title; rel=author and byline/author boxes → byline;
related/recommended/popular/similar boxes → teaser; ad and sponsor slots → ad;
nav/header/footer/aside, menus and share bars → chrome; lines of the
article's main text (trafilatura's extraction, plus the corpus's annotated
`with` segments, minus its `without` ones) → body; anything else → other.

Captions and the annotation (round 63). The annotation is a person's reading of the page,
so an annotated chrome, teaser or ad line is body. An annotated caption line is not always:
of the 990 pages, 20 caption-labelled lines held a `with` segment (15 pages, 14 sites).
Twelve (12 pages, each one line) are a photo's caption, or a caption box's text, that the
annotator took along beside the article; they stay captions, as the page's structure says
(the HTML scorer, `bench.webeval`, reads `to_text()` without captions and so expects their
14 segments in the body: articleclean's HTML path leaves 6 of them in `captions` only, 6 of
the corpus's 2,951 segments). Where figure text is the article's main text (a listicle
whose items are `<figcaption>`s: more than `FIGURE_ARTICLE_SHARE` times the body lines'
words), the caption lines built like an annotated one are body (`_figure_text_article`);
the figure's other lines (a credit) stay captions. The <body>'s class words make no caption
box (two pages' themes print "caption-dark", "mh-loop-hide-caption" there, which made their
every line a caption: the other 6 annotated lines).

Scores, by line: body precision/recall/F1 (a line kept in the body counts
against precision unless it is body), paragraphs lost (body lines not kept in
the body, when no copy of the same line is kept either; separator lines
without a letter or digit and date stamps, a line only a date, are not counted) overall and per article, on page dumps
also among the body lines inside the annotated article's container
(`container_lines`: the extractor's body label takes a consent panel or a box of
other stories now and then), title exact (the headline without the
site name), byline names precision/recall against the page's author metadata,
captions found (in `captions`) and left in the body, injected junk left in
the body, and the dump kind articleclean recorded. Reported on the test part
with the tune part beside it (bench/split.py).

A second table moves each page dump's byline line (`moved_byline`: above the headline,
after the article, 15-30 lines under the headline, or reworded "Name, Agency" / "Name |
date" at its place; the line as printed or the name alone; or the name as an author box
after the article, over a note on the author opening with it; or under one of the first
body lines) and scores the byline again,
with the body lines lost against the same dumps unmoved (round 35: test's missed bylines
stand where tune prints none).

A third table scores the dateline (round 37): the documents whose first body-labelled line
opens with a dateline by `bench.dateline_labels` (a labeller written apart from the rule),
found (the article's `dateline` on that line, naming that place), missed, invented (a
dateline given where the labeller sees none), and whether each cut paragraph stays whole.

    python -m bench.labelled_dumps [--limit N] [--part test|tune]
    python -m bench.labelled_dumps --datelines article|page [--part tune]
    python -m bench.labelled_dumps --missed-captions article|page [--part tune]
    python -m bench.labelled_dumps --caption-shapes article|page [--part tune]

The labelled dumps are cached in bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any

from .corpus import Page, corpus_dir, pages
from .split import PARTS, part

OUT = Path(__file__).resolve().parent / "out"
VERSION = 12
"""Bump when the dump or label rules change: the cache is keyed by it (9, round 52: a
caption box inside a link to another page is that page's teaser; 10, round 57: the <h1>
opening the article's text is the headline of a page whose <title> names none; 11, round
57: a "similar" box is a related box; 12, round 63: figure text that is the article's main
text and is annotated is body, `_figure_text_article`, and the <body>'s class words make no
caption box)."""

TITLE, BYLINE, BODY, CAPTION = "title", "byline", "body", "caption"
TEASER, AD, CHROME, OTHER, TITLE_TAG = "teaser", "ad", "chrome", "other", "title_tag"
JUNK = (TEASER, AD, CHROME)
"""Labels of lines that should not end in the body (injected into article dumps)."""

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[a-z]+")

_SKIP = frozenset(
    "script style noscript template svg head iframe select option textarea canvas video "
    "audio object embed map math button input".split()
)
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th thead tbody tfoot caption "
    "section article header footer nav aside main blockquote pre figure figcaption form "
    "address hr br details summary fieldset legend center body html".split()
)
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_CHROME_TOKENS = frozenset(
    "nav navbar navigation menu menus footer header masthead sidebar breadcrumb breadcrumbs "
    "share sharing social comments comment subscribe newsletter toolbar topbar "
    "cookie cookies tags".split()
)
_TEASER_TOKENS = frozenset(
    "related recommended recommendations recommend popular trending outbrain taboola "
    "morestories readmore mostread moreread teaser teasers similar".split()
)
_TEASER_PAIRS = (("more", "stories"), ("read", "more"), ("most", "read"), ("also", "read"))
_AD_TOKENS = frozenset(
    "ad ads advert adverts advertisement advertising sponsor sponsored dfp adslot adunit "
    "gpt banner-ad".split()
)
_CAPTION_TOKENS = frozenset({"caption", "figcaption", "credit", "credits", "photocredit"})
_BYLINE_TOKENS = frozenset({"byline", "author", "authors", "writer", "contributor", "byl"})
# A figure in a menu, a header logo, a comment thread or a related box is not an
# article's picture: its lines take the box's label. (A lead picture often sits in
# the article's own header box or next to its share bar, so those words do not count.)
_NOT_CAPTION_TOKENS = (
    _CHROME_TOKENS - {"header", "masthead", "share", "sharing", "social", "tags"}
) | {
    "comments",
    "comment",
    "logo",
}
_PICTURE_TAGS = ("img", "picture", "video")
_IMAGE_HREF = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]|$)|^#|^javascript:", re.IGNORECASE
)
# Author metadata often names the publisher, not a person.
_ORGANISATION_WORDS = frozenset(
    "gmbh ag inc ltd llc media online news redaktion editorial staff team family magazin "
    "magazine verlag group gruppe press agency reports service services desk network e.v "
    "verband bundesverband association diario digital programme international".split()
)
_MAX_BYLINE_WORDS = 14


# A date: numeric with a four-digit year ("28.04.2020", "2023-05-17"), a day and a month
# word before the year ("28 kwietnia 2021", "March 3, 2023"), or the CJK form.
_NUMERIC_DATE = re.compile(
    r"(?<!\w)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?!\d)"
)
_WORD_DATE = re.compile(
    r"(?<!\w)(?:\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)"
    r"(?:19|20)\d{2}(?!\d)"
)
_CJK_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")
_WORDS = re.compile(r"[^\W\d_]+")
_STAMP_WORDS = 3
"""Words a date stamp prints beside its date: "Stand: … Uhr", "Published … at … am"."""


def is_date_stamp(text: str) -> bool:
    """A line that is only a date (and time), with at most a few words of its own: a
    stamp under a headline ("Stand: 28.04.2020 18:00 Uhr", "28 kwietnia 2021, 06:29").
    A date glued to a name ("maculi28.09.19 …", a forum post's head) or an embedded
    post's signature ("— Name (@handle) April 26, 2022") is not only a date."""
    if "@" in text:
        return False
    for pattern in (_NUMERIC_DATE, _WORD_DATE, _CJK_DATE):
        match = pattern.search(text)
        if match:
            rest = text[: match.start()] + " " + text[match.end() :]
            return len(_WORDS.findall(rest)) <= _STAMP_WORDS
    return False


def is_paragraph(text: str) -> bool:
    """A body line counted as a paragraph: not a separator ("* * *", "———": no letter
    or digit) and not a date stamp (round 57: on a three-line dump a stamp under the
    headline was one of its three "paragraphs"); neither says anything of the article."""
    return any(c.isalnum() for c in text) and not is_date_stamp(text)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass
class Line:
    text: str
    label: str


@dataclass
class Labelled:
    url: str
    part: str
    title: str | None
    """The headline: the page's <h1> that its <title> names, else og:title, else the <h1>
    that opens the article's text (`_opening_h1`)."""
    authors: list[str]
    """Author names from the page's metadata (meta author, JSON-LD)."""
    page: list[Line]
    article: list[Line] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "part": self.part,
            "title": self.title,
            "authors": self.authors,
            "page": [[x.text, x.label] for x in self.page],
            "article": [[x.text, x.label] for x in self.article],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Labelled:
        return cls(
            data["url"],
            data["part"],
            data["title"],
            data["authors"],
            [Line(t, lab) for t, lab in data["page"]],
            [Line(t, lab) for t, lab in data["article"]],
        )


# --- the block walk ------------------------------------------------------------


def _tokens(element: Any) -> set[str]:
    words = (element.get("class") or "") + " " + (element.get("id") or "")
    tag = element.tag if isinstance(element.tag, str) else ""
    if "-" in tag:
        # A custom element names its job as a class would: <pp-navigation-desktop-item>.
        words += " " + tag
    found = set(_TOKEN.findall(words.casefold()))
    joined = {"".join(pair) for pair in _TEASER_PAIRS if set(pair) <= found}
    return found | joined


def _structural_label(element: Any, headline: Any) -> str | None:
    chain = [element, *element.iterancestors()]
    tags = [str(e.tag).lower() if isinstance(e.tag, str) else "" for e in chain]
    tokens = [_tokens(e) for e in chain]
    in_article = any(t in ("article", "main") for t in tags)
    if _is_caption(chain, tags, tokens, in_article):
        # A picture's text that links to another page is that page's card (another
        # story, a video's page, a person's page, a shop), not the article's caption.
        return TEASER if _links_away(chain) else CAPTION
    if headline is not None and any(e is headline for e in chain):
        return TITLE
    if any(e.get("rel") == "author" for e in chain) or any(
        toks & _BYLINE_TOKENS and not toks & {"bio", "box", "about", "profile"}
        for toks in tokens[:4]
    ):
        return BYLINE
    if any(toks & _AD_TOKENS for toks in tokens):
        return AD
    if any(toks & _TEASER_TOKENS for toks in tokens):
        return TEASER
    if any(t in _CHROME_TAGS for t in tags) or any(
        (e.get("role") or "").casefold() in _CHROME_ROLES for e in chain
    ):
        return CHROME
    if not in_article and "header" in tags:
        return CHROME
    if any(toks & _CHROME_TOKENS for toks in tokens[:8]):
        return CHROME
    return None


def _is_caption(
    chain: list[Any], tags: list[str], tokens: list[set[str]], in_article: bool
) -> bool:
    """A line of a picture's caption or credit: in a <figcaption> or a caption box, or
    in a <figure> that holds a picture (an embedded post or player is not one), and not
    in a menu, a header logo, a comment thread, an ad or a related box."""
    # The page's <body> and <html> class words describe the whole page ("caption-dark",
    # "mh-loop-hide-caption": a theme's switches), not a caption box (round 63: on the two
    # pages of 990 that carry one, every article line was labelled caption).
    page_level = next((i for i, t in enumerate(tags) if t in ("body", "html")), len(tags))
    in_caption = "figcaption" in tags or any(toks & _CAPTION_TOKENS for toks in tokens[:page_level])
    if not in_caption and "figure" in tags:
        figure = chain[tags.index("figure")]
        in_caption = "blockquote" not in tags[: tags.index("figure")] and any(
            True for tag in _PICTURE_TAGS for _ in figure.iter(tag)
        )
    if not in_caption:
        return False
    if any(t in _CHROME_TAGS for t in tags) or (not in_article and "header" in tags):
        return False
    if any((e.get("role") or "").casefold() in _CHROME_ROLES for e in chain):
        return False
    # The boxes between the line and the article (or the page's body, whose class
    # words describe the whole page: "has-sidebar").
    stop = next((i for i, t in enumerate(tags) if t in ("article", "main", "body")), len(tags))
    unwanted = _NOT_CAPTION_TOKENS | _AD_TOKENS | _TEASER_TOKENS
    return not any(toks & unwanted for toks in tokens[:stop])


def _links_away(chain: list[Any]) -> bool:
    """The line sits inside a link to another page (a link to the picture itself, a
    lightbox, an anchor on the page or a script does not count)."""
    for element in chain:
        if element.tag == "a" and element.get("href"):
            return _IMAGE_HREF.search(element.get("href")) is None
    return False


def _blocks(root: Any) -> list[tuple[str, Any]]:
    """(text, innermost block element) for each block of visible text, in order."""
    out: list[tuple[str, Any]] = []
    parts: list[str] = []
    owner: list[Any] = [root]

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            out.append((text, owner[-1]))

    def walk(element: Any) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None or tag in _SKIP:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag in _BLOCK
        if block:
            flush()
            owner.append(element)
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
            owner.pop()
        elif tag in ("img",) and element.get("alt"):
            pass  # alt text is not visible text
        if element.tail:
            parts.append(element.tail)

    walk(root)
    flush()
    return out


def _meta(tree: Any, *keys: str) -> list[str]:
    found = []
    for key in keys:
        for node in tree.xpath(f'//meta[@name="{key}" or @property="{key}"]'):
            content = (node.get("content") or "").strip()
            if content:
                found.append(content)
    return found


def _json_ld_authors(tree: Any) -> list[str]:
    names: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            author = node.get("author")
            for entry in author if isinstance(author, list) else [author]:
                if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                    if entry.get("@type", "Person") == "Person":
                        names.append(entry["name"])
                elif isinstance(entry, str):
                    names.append(entry)
            for key in ("@graph", "mainEntity"):
                if key in node:
                    visit(node[key])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            visit(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    return names


def _authors(tree: Any, url: str = "") -> list[str]:
    """People named as the page's authors (its publisher, named as author too, is not one)."""
    candidates = _meta(tree, "author", "article:author", "dc.creator", "byl") + _json_ld_authors(
        tree
    )
    sites = {_letters(name) for name in _meta(tree, "og:site_name", "application-name")}
    host = _letters(re.sub(r"^\w+:(?://)?", "", url).split("/")[0])
    names: list[str] = []
    for candidate in candidates:
        # JSON-LD is script text, which the parser leaves escaped: "O&#039;Donnell"
        # split on its "&" would name "O" as an author.
        candidate = unescape(candidate)
        candidate = re.sub(r"^(?:by|von|par|por)\s+", "", candidate.strip(), flags=re.I)
        if "://" in candidate or "@" in candidate or not candidate:
            continue
        for name in re.split(r"\s*(?:,|;|&|\band\b)\s*", candidate):
            words = name.split()
            known = {_norm(n) for n in names}
            letters = _letters(re.sub(r"^the\s+", "", name, flags=re.I))
            if (
                2 <= len(words) <= 4
                and not any(c.isdigit() or c in ":/|" for c in name)
                and not any(w.casefold().strip(".") in _ORGANISATION_WORDS for w in words)
                and letters not in sites
                and not (len(letters) > 5 and letters in host)
                and _norm(name) not in known
            ):
                names.append(name.strip())
    return names[:4]


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _headline(tree: Any, page_title: str) -> tuple[Any, str | None]:
    """The <h1> whose words are mostly in the page <title> or og:title, and its text."""
    og = _meta(tree, "og:title")
    reference = set(_norm(page_title + " " + " ".join(og)).split())
    best = None
    for h1 in tree.xpath("//h1"):
        text = _SPACE.sub(" ", h1.text_content()).strip()
        words = _norm(text).split()
        if len(words) >= 2 and sum(w in reference for w in words) >= 0.7 * len(words):
            best = (h1, text)
            break
    if best is not None:
        return best
    return None, (og[0].strip() if og else None)


def _opening_h1(lines: list[Line], owners: list[Any]) -> str | None:
    """On a page with no headline (no <h1> that its <title> names, and no og:title), the
    <h1> that opens the article's text, relabelled title, and its text: its heading, not
    a paragraph (round 57, issue 14: the page's heading labelled body was the first line
    of a title-less article dump, so a cleaner reading it as the title "lost" it).

    Only an <h1> outside the page's chrome that is itself the first body line counts: a
    site's name in an <h1> stands in the page's header above the article, not at its
    first line, and stays as it was."""
    first = next((i for i, line in enumerate(lines) if line.label == BODY), None)
    if first is None:
        return None
    owner = owners[first]
    h1 = next((e for e in [owner, *owner.iterancestors()] if e.tag == "h1"), None)
    if h1 is None or _structural_label(owner, None) is not None:
        return None
    heading = [
        i for i, o in enumerate(owners) if o is h1 or any(e is h1 for e in o.iterancestors())
    ]
    if any(lines[i].label != BODY for i in heading):
        return None
    for i in heading:
        lines[i].label = TITLE
    return _SPACE.sub(" ", h1.text_content()).strip() or None


def _main_text(html: str, url: str) -> tuple[set[str], str]:
    import trafilatura

    text = (
        trafilatura.extract(
            html, url=url, include_comments=False, include_tables=True, deduplicate=False
        )
        or ""
    )
    lines = {_norm(line) for line in text.splitlines() if line.strip()}
    return lines, _norm(text)


def label_page(page: Page) -> Labelled | None:
    import lxml.html

    from .dumps import page_text

    html = page_text(page.html)
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    title_nodes = tree.xpath("//title")
    page_title = _SPACE.sub(" ", title_nodes[0].text_content()).strip() if title_nodes else ""
    headline_node, headline = _headline(tree, page_title)
    authors = _authors(tree, page.url)
    main_lines, main_joined = _main_text(html, page.url)
    with_ = [_norm(s) for s in page.with_]
    without = [_norm(s) for s in page.without]
    body_node = tree.find("body")
    lines: list[Line] = []
    if page_title:
        lines.append(Line(page_title, TITLE_TAG))
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    owners: list[Any] = []
    taken: list[bool] = []
    for text, owner in _blocks(body_node if body_node is not None else tree):
        owners.append(owner)
        key = _norm(text)
        label = _structural_label(owner, headline_node)
        if label == BYLINE and len(text.split()) > _MAX_BYLINE_WORDS:
            label = OTHER
        in_main = key in main_lines or (len(key.split()) >= 5 and key in main_joined)
        annotated = any(s in key or (len(key) > 30 and key in s) for s in with_)
        unwanted = any(s in key for s in without)
        if label is None or label == OTHER:
            if unwanted:
                label = OTHER
            elif annotated or in_main:
                label = BODY
            else:
                label = OTHER
        elif label in JUNK and annotated and not unwanted:
            label = BODY  # the annotation is a person's reading of the page
        taken.append(annotated and not unwanted)
        if (
            label == BODY
            and len(text.split()) <= _MAX_BYLINE_WORDS
            and any(_norm(name).split()[-1] in _norm(text).split() for name in authors)
            and not text.rstrip().endswith((".", "!", "?"))
        ):
            label = BYLINE  # "Von Claudia Lindner": the annotation takes the byline along
        lines.append(Line(text, label))
    _figure_text_article(lines[len(lines) - len(owners) :], owners, taken)
    if headline is None and any(line.label == BODY for line in lines):
        headline = _opening_h1(lines[len(lines) - len(owners) :], owners)
    if not any(line.label == BODY for line in lines):
        return None
    result = Labelled(page.url, part(page.url), headline, authors, lines)
    result.article = _article_dump(result, page.file)
    return result


FIGURE_ARTICLE_SHARE = 2
"""Figure text is the article's main text when its words are more than this many times
the body lines' words (round 63: the corpus's listicle of <figcaption> items prints 45
times its body words as figure text; each page where the annotation takes a photo's
caption along prints at least as many body words as figure words)."""


def _signature(element: Any) -> tuple[str, ...]:
    """The block's tag and class words with its parent's: the items of one figure list
    (`<figcaption class="slide-caption"><p>`) share it, a photo's caption beside them
    does not."""
    parent = element.getparent()
    return tuple(
        f"{e.tag}.{' '.join(sorted((e.get('class') or '').split()))}" if e is not None else ""
        for e in (element, parent)
    )


def _figure_text_article(lines: list[Line], owners: list[Any], taken: list[bool]) -> None:
    """Relabel as body (in place) the figure lines that are the article's main text;
    `owners` and `taken` (annotated, not unwanted) go with `lines` one for one.

    The annotation marks what a reader reads as the article. On most pages a caption it
    takes along is a photo's caption beside the article (round 63: 12 lines on 12 pages of
    990; they stay captions, as the page's structure says). But where the article is
    figure text (a listicle whose items are `<figcaption>`s) the caption-labelled words
    outnumber the body words many times over, and the annotation's caption lines are
    items of it: there every caption line built like an annotated one (same tag and
    class, same parent's) is body, as a reader reads it, and the figure's other lines
    (a credit) stay captions."""
    captions = [i for i, line in enumerate(lines) if line.label == CAPTION]
    marked = {_signature(owners[i]) for i in captions if taken[i]}
    if not marked:
        return
    figure_words = sum(len(lines[i].text.split()) for i in captions)
    body_words = sum(len(line.text.split()) for line in lines if line.label == BODY)
    if figure_words <= FIGURE_ARTICLE_SHARE * body_words:
        return
    for i in captions:
        if _signature(owners[i]) in marked:
            lines[i].label = BODY


def _article_dump(page: Labelled, seed: str) -> list[Line]:
    """Headline, byline, body, the page's captions, and some of its junk lines."""
    rng = random.Random(seed)
    body_at = [i for i, line in enumerate(page.page) if line.label == BODY]
    first, last = body_at[0], body_at[-1]
    out: list[Line] = []
    if page.title:
        out.append(Line(page.title, TITLE))
    bylines = [x for x in page.page if x.label == BYLINE and _has_name(x.text, page.authors)]
    if bylines:
        out.append(Line(bylines[0].text, BYLINE))
    elif page.authors and rng.random() < 0.5:
        out.append(Line("By " + " and ".join(page.authors[:2]), BYLINE))
    captions = [
        (i, x) for i, x in enumerate(page.page) if x.label == CAPTION and len(x.text.split()) >= 4
    ]
    seen: set[str] = set()
    body_lines: list[Line] = []
    for index in range(first, last + 1):
        line = page.page[index]
        if line.label == BODY:
            body_lines.append(Line(line.text, BODY))
        elif (
            line.label == CAPTION
            and line.text in {c.text for _, c in captions}
            and _norm(line.text) not in seen
        ):
            seen.add(_norm(line.text))
            body_lines.append(Line(line.text, CAPTION))
    # Captions the page shows outside the article's span go after its second paragraph.
    outside = [c for i, c in captions if not first <= i <= last and _norm(c.text) not in seen][:3]
    for caption in outside:
        seen.add(_norm(caption.text))
        body_lines.insert(min(2, len(body_lines)), Line(caption.text, CAPTION))
    ads = [Line(x.text, AD) for x in page.page if x.label == AD and len(x.text) < 80][:2]
    for ad in ads:
        body_lines.insert(rng.randint(1, max(1, len(body_lines) - 1)), ad)
    teasers = _teaser_box(page.page)
    out += body_lines
    out += teasers
    return out


def _teaser_box(lines: Sequence[Line]) -> list[Line]:
    """The first run of teaser lines of the page (its related box), at most six lines."""
    box: list[Line] = []
    for line in lines:
        if line.label == TEASER:
            box.append(Line(line.text, TEASER))
            if len(box) == 6:
                break
        elif box:
            break
    return box


def _has_name(text: str, names: Sequence[str]) -> bool:
    key = _norm(text)
    return any(_norm(name).split()[-1] in key for name in names if name.split())


# --- building and caching ----------------------------------------------------


def _cache_path() -> Path:
    return OUT / f"labelled-dumps-v{VERSION}.jsonl.gz"


def labelled(limit: int | None = None) -> list[Labelled]:
    """The labelled dumps of the first `limit` pages (all when None), cached."""
    directory = corpus_dir()
    if directory is None:
        raise FileNotFoundError("webeval corpus not found (set ARTICLECLEAN_WEBEVAL)")
    path = _cache_path()
    cached: dict[str, dict[str, Any] | None] = {}
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for entry in map(json.loads, handle):
                cached[entry["file"]] = entry["data"]
    fresh = False
    result: list[Labelled] = []
    for page in pages(directory, limit=limit):
        if page.file not in cached:
            made = label_page(page)
            cached[page.file] = made.to_json() if made is not None else None
            fresh = True
        data = cached[page.file]
        if data is not None:
            result.append(Labelled.from_json(data))
    if fresh:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        with gzip.open(partial, "wt", encoding="utf-8") as handle:
            for file, data in sorted(cached.items()):
                handle.write(json.dumps({"file": file, "data": data}, ensure_ascii=False) + "\n")
        partial.replace(path)
    return result


# --- the annotated article's container ---------------------------------------------

_CONTAINER_TAGS = frozenset({"div", "article", "main", "section", "body", "html"})
"""Elements that hold an article: the lowest common ancestor of the annotated blocks climbs
to one of these (two annotated items of one list share the list, not the article)."""


def _container_path() -> Path:
    return OUT / f"labelled-dumps-v{VERSION}-container.json.gz"


def container_lines(page: Page, item: Labelled) -> list[int] | None:
    """Line numbers of `item`'s page dump (1-based, as its labels) whose block lies inside
    the annotated article's container: the lowest common ancestor, a `_CONTAINER_TAGS`
    element, of the blocks holding the page's `with` segments. None when fewer than two
    blocks hold one (one annotated block says nothing of where the article ends) or the
    block walk does not give the dump's lines again.

    The body label is the extractor's text plus the annotation, and trafilatura takes
    a consent panel, a box of other stories or a forum's notices now and then: a body line
    outside the box that holds what a person marked as the article is the extractor's
    reading, not the article's (bench/notes.md, round 22)."""
    import lxml.html

    from .dumps import page_text

    try:
        tree = lxml.html.document_fromstring(page_text(page.html))
    except (ValueError, lxml.etree.ParserError):
        return None
    body_node = tree.find("body")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    blocks = _blocks(body_node if body_node is not None else tree)
    offset = 1 if item.page and item.page[0].label == TITLE_TAG else 0
    if len(blocks) != len(item.page) - offset or any(
        text != line.text for (text, _), line in zip(blocks, item.page[offset:], strict=True)
    ):
        return None
    with_ = [_norm(s) for s in page.with_]
    annotated: list[Any] = []
    for text, owner in blocks:
        key = _norm(text)
        if any(s in key or (len(key) > 30 and key in s) for s in with_) and not any(
            owner is seen for seen in annotated
        ):
            annotated.append(owner)
    if len(annotated) < 2:
        return None
    chains = [[owner, *owner.iterancestors()] for owner in annotated]
    common = set.intersection(*(set(map(id, chain)) for chain in chains[1:]))
    container = next(
        e
        for e in chains[0]
        if id(e) in common and isinstance(e.tag, str) and e.tag.lower() in _CONTAINER_TAGS
    )
    return [
        number
        for number, (_, owner) in enumerate(blocks, start=1 + offset)
        if owner is container or any(e is container for e in owner.iterancestors())
    ]


def containers(items: Sequence[Labelled]) -> dict[str, list[int] | None]:
    """`container_lines` of each item's page, by URL, cached beside the labelled dumps."""
    path = _container_path()
    cached: dict[str, list[int] | None] = {}
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            cached = json.load(handle)
    wanted = {x.url: x for x in items if x.url not in cached}
    if wanted:
        directory = corpus_dir()
        if directory is None:
            raise FileNotFoundError("webeval corpus not found (set ARTICLECLEAN_WEBEVAL)")
        for page in pages(directory):
            if page.url in wanted:
                cached[page.url] = container_lines(page, wanted[page.url])
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        with gzip.open(partial, "wt", encoding="utf-8") as handle:
            json.dump(dict(sorted(cached.items())), handle)
        partial.replace(path)
    return {x.url: cached.get(x.url) for x in items}


def _headline_copies_as_title(item: Labelled, lines: list[Line]) -> list[str]:
    """Each line's label, the headline printed again among the body lines as title.

    A page that repeats its <h1> in the article (or an extraction that took it along)
    prints the title twice, not a paragraph: it belongs with the title (issue 14), in
    a whole-page dump as in an article dump.
    """
    headline = _title_key(item.title or "")
    return [
        TITLE
        if line.label == BODY and headline and _title_key(line.text) == headline
        else line.label
        for line in lines
    ]


def page_dump(item: Labelled) -> tuple[str, list[str]]:
    """The whole-page dump (one block a line) and each line's label, by line number - 1."""
    return "\n".join(x.text for x in item.page) + "\n", _headline_copies_as_title(item, item.page)


def article_dump(item: Labelled) -> tuple[str, list[str]]:
    """The article dump (blocks separated by a blank line) and a label per text line."""
    labels: list[str] = []
    for position, label in enumerate(_headline_copies_as_title(item, item.article)):
        if position:
            labels.append("")
        labels.append(label)
    return "\n\n".join(x.text for x in item.article) + "\n", labels


# --- scoring -------------------------------------------------------------------


@dataclass
class FieldScore:
    documents: int = 0
    body_tp: int = 0
    body_fp: int = 0
    body_fn: int = 0
    losses: list[float] = field(default_factory=list)
    titles: int = 0
    titles_exact: int = 0
    byline_pages: int = 0
    byline_found: int = 0
    names_given: int = 0
    names_right: int = 0
    captions: int = 0
    captions_found: int = 0
    captions_in_body: int = 0
    junk: int = 0
    junk_left: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    inside: int = 0
    """Body lines inside the annotated article's container (`container_lines`; on pages
    without one, every body line), when scored with containers."""
    inside_lost: int = 0
    datelines: int = 0
    """Documents whose first body line opens with a dateline by `bench.dateline_labels`."""
    datelines_found: int = 0
    """... whose `dateline` is on that line and names the labelled place."""
    undated: int = 0
    """Documents whose first body line the labeller gives no dateline."""
    datelines_invented: int = 0
    """... that get a dateline on a line the labeller gives none."""
    datelines_elsewhere: int = 0
    """... that get one on another line that the labeller does label (a paragraph above
    the labelled first one kept, or the labelled first one a caption or a heading)."""
    datelines_given: int = 0
    datelines_whole: int = 0
    """Datelines given whose paragraph stays whole: dateline + paragraph = its lines."""
    dateline_cases: list[tuple[str, str, str]] = field(default_factory=list)
    """(found | missed | invented | elsewhere | broken, url, the line) for reading."""

    @property
    def precision(self) -> float:
        kept = self.body_tp + self.body_fp
        return self.body_tp / kept if kept else 0.0

    @property
    def recall(self) -> float:
        total = self.body_tp + self.body_fn
        return self.body_tp / total if total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def lost(self) -> float:
        total = self.body_tp + self.body_fn
        return self.body_fn / total if total else 0.0

    @property
    def lost_inside(self) -> float:
        return self.inside_lost / self.inside if self.inside else 0.0


def _title_key(text: str) -> str:
    # <title> and <h1> differ in typography (’ and ', – and -, soft hyphens), not in words.
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def _spans(pieces: Sequence[Any]) -> set[int]:
    covered: set[int] = set()
    for piece in pieces:
        if piece.lines is not None:
            covered.update(range(piece.lines[0], piece.lines[1] + 1))
    return covered


def _name_matches(name: str, expected: Sequence[str]) -> bool:
    """Same last name and first initial ("Perry Bacon Jr" is "Perry Bacon Jr.")."""
    words = _title_key(name).split()
    return bool(words) and any(
        words[-1] == _title_key(other).split()[-1] and words[0][:1] == _title_key(other)[:1]
        for other in expected
        if _title_key(other)
    )


def score(
    items: Sequence[Labelled],
    make: Callable[[Labelled], tuple[str, list[str]]],
    clean: Callable[[str], Any],
    junk: bool | None = None,
    inside: dict[str, list[int] | None] | None = None,
) -> FieldScore:
    """Scores of the dumps `make` gives; `junk` counts injected junk left (by default on
    article dumps only); `inside` (page dumps: `containers`) counts the body lines lost
    inside the annotated article's container apart."""
    result = FieldScore()
    count_junk = make is article_dump if junk is None else junk
    for item in items:
        text, labels = make(item)
        article = clean(text)
        result.documents += 1
        kind = str(article.metadata.get("dump", "?"))
        result.kinds[kind] = result.kinds.get(kind, 0) + 1
        body = _spans(article.body)
        # A line the dump prints twice is not lost while one copy stays in the body.
        lines = text.split("\n")
        kept_keys = {_norm(lines[n - 1]) for n in body if n <= len(lines)}
        # A caption is handled when it is in `captions`, or removed as what it is: a
        # credit line (its credit goes to the caption) or the caption printed again.
        captions = _spans(article.captions) | _spans(
            r for r in article.removed if r.reason in ("photo_credit", "duplicate_caption")
        )
        body_lines = lost = 0
        container = inside.get(item.url) if inside is not None else None
        within = set(container) if container is not None else None
        for number, label in enumerate(labels, start=1):
            if not label:
                continue
            if label == BODY and not is_paragraph(lines[number - 1]):
                continue  # a separator or a date stamp says nothing, it is no paragraph
            kept = number in body
            if label == BODY:
                kept = kept or _norm(lines[number - 1]) in kept_keys
                body_lines += 1
                result.body_tp += kept
                result.body_fn += not kept
                lost += not kept
                if inside is not None and (within is None or number in within):
                    result.inside += 1
                    result.inside_lost += not kept
            elif kept:
                result.body_fp += 1
            if label == CAPTION:
                result.captions += 1
                result.captions_found += number in captions
                result.captions_in_body += kept
            if label in JUNK and count_junk:
                result.junk += 1
                result.junk_left += kept
        if body_lines:
            result.losses.append(lost / body_lines)
        _score_dateline(result, item.url, article, lines, labels)
        # Only a headline the page prints (its <h1>) is a sure title; og:title often
        # carries the site's name.
        if item.title and any(line.label == TITLE for line in item.page):
            result.titles += 1
            result.titles_exact += _title_key(article.title or "") == _title_key(item.title)
        # A byline can be found only where the dump prints one: in an article dump, its
        # byline line; in a page dump, a short line naming an author.
        if make is page_dump:
            has_byline_line = any(
                line.label != TITLE_TAG
                and len(line.text.split()) <= _MAX_BYLINE_WORDS
                and _has_name(line.text, item.authors)
                for line in item.page
            )
        else:
            has_byline_line = any(label == BYLINE for label in labels)
        if item.authors and has_byline_line:
            result.byline_pages += 1
            given = list(article.byline)
            right = [n for n in given if _name_matches(n, item.authors)]
            if right:
                # Metadata often names only the first author: the others on a byline
                # line that names an author are its co-authors.
                right = given
            result.byline_found += bool(right)
            result.names_given += len(given)
            result.names_right += len(right)
    return result


def _score_dateline(
    result: FieldScore, url: str, article: Any, lines: list[str], labels: list[str]
) -> None:
    """The dateline columns (round 37): the labeller reads the first body-labelled line."""
    from .dateline_labels import fold, label

    first = next((n for n, x in enumerate(labels, start=1) if x == BODY), None)
    if first is None:
        return
    expected = label(lines[first - 1])
    given = getattr(article, "dateline", None)  # a scorer's test stub may have none
    at = given.lines[0] if given is not None and given.lines is not None else None
    if expected is not None:
        result.datelines += 1
        right = at == first and fold(expected.place) in fold(given.location or given.text)
        result.datelines_found += right
        case = "found" if right else "missed"
    else:
        result.undated += 1
        case = ""
        if given is not None:
            seen = at is not None and label(lines[at - 1]) is not None
            result.datelines_elsewhere += seen
            result.datelines_invented += not seen
            case = "elsewhere" if seen else "invented"
    if case:
        result.dateline_cases.append((case, url, lines[(at or first) - 1]))
    if given is None or given.lines is None:
        return
    # The cut: the dateline and the rest of its paragraph give back the paragraph's lines.
    result.datelines_given += 1
    block = next(
        (b for b in article.body if b.lines and b.lines[0] <= given.lines[0] <= b.lines[1]),
        None,
    )
    # Compared without spaces: "London (CNN)It was …" prints no space after the bracket.
    whole = block is not None and _unspaced(given.text + block.text) == _unspaced(
        "".join(lines[block.lines[0] - 1 : block.lines[1]])
    )
    result.datelines_whole += whole
    if not whole:
        result.dateline_cases.append(("broken", url, lines[given.lines[0] - 1]))


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _dateline_row(name: str, s: FieldScore) -> tuple[object, ...]:
    return (
        name,
        s.documents,
        s.datelines,
        f"{s.datelines_found} ({s.datelines_found / max(1, s.datelines):.0%})",
        s.datelines - s.datelines_found,
        f"{s.datelines_invented} of {s.undated}",
        s.datelines_elsewhere,
        f"{s.datelines_whole} of {s.datelines_given}",
    )


DATELINE_HEADERS = (
    "dumps (part)",
    "docs",
    "datelines labelled",
    "found",
    "missed",
    "invented",
    "elsewhere",
    "paragraph whole",
)


def _row(name: str, s: FieldScore, junk: bool) -> tuple[object, ...]:
    worst = max(s.losses, default=0.0)
    over_tenth = sum(1 for loss in s.losses if loss > 0.1)
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s.kinds.items()))
    return (
        name,
        s.documents,
        f"{s.precision:.3f}",
        f"{s.recall:.3f}",
        f"**{s.f1:.3f}**",
        f"{s.lost:.1%}",
        f"{s.lost_inside:.1%} of {s.inside}" if s.inside else "–",
        f"{over_tenth} ({worst:.0%})",
        f"{s.titles_exact / max(1, s.titles):.0%} of {s.titles}",
        f"{s.byline_found / max(1, s.byline_pages):.0%} of {s.byline_pages}",
        f"{s.names_right / max(1, s.names_given):.0%} of {s.names_given}",
        f"{s.captions_found / max(1, s.captions):.0%} / {s.captions_in_body / max(1, s.captions):.0%} of {s.captions}",
        f"{s.junk_left / max(1, s.junk):.1%} of {s.junk}" if junk else "–",
        kinds,
    )


HEADERS = (
    "dumps (part)",
    "docs",
    "body P",
    "body R",
    "body F1",
    "paragraphs lost",
    "lost in the annotated article",
    "docs losing >10 % (worst)",
    "title exact",
    "byline found",
    "names right",
    "captions found / in body",
    "junk left",
    "dump kind seen",
)


def _articleclean(text: str) -> Any:
    import articleclean

    return articleclean.clean_text(text)


# --- bylines moved: where test's missed bylines stand (round 35) -----------------------
#
# Tune's page dumps print their bylines right under the headline, where nearly all are
# found; test's missed ones stand above it, after the article or far under it (round 31),
# or read "Jane Doe, AFP" / "Jane Doe | date". Each page dump whose byline-labelled line
# names a person of its metadata is printed again with that line moved (or reworded at its
# place), so the tune part shows how the byline search does on test's forms.

BYLINE_MOVES = (
    "above the headline",
    "after the article",
    "15-30 lines under the headline",
    "name, agency",
    "name, bar, date",
    "bare name above the headline",
    "bare name after the article",
    "bare name 15-30 lines under",
    "author box after the article",
    "author box with a role after the article",
    "about heading after the article",
    "among the first paragraphs",
    "bare name among the first paragraphs",
)
_MOVE_AGENCIES = ("Reuters", "AFP", "dpa", "AP")
_MOVE_DATES = ("March 3, 2023", "12.10.2022", "4 June 2021", "2023-05-17")
_FAR_BELOW = (15, 30)
"""Lines under the headline where the byline is put in the far move."""
_BOX_ROLE = "Staff Writer"
_BOX_NOTE = "{} is a staff writer who covers science, health and the environment for the newsroom."
"""The author box's moves (round 53): the name alone after the article's last body line,
then (with a role: under a role line) a note on the author opening with the name, as
themes print an author box ("Jane Doe" / "Jane Doe is a staff writer …")."""
_ABOUT_HEADINGS = ("About", "Über", "À propos de", "Sobre")
"""The about heading's move (round 53, aboutbox): the box's heading names the author ("About
Jane Doe" / "Jane Doe is a staff writer …"), in one of the languages the pages print it in
(picked per page, as the agencies and dates are)."""
_FIRST_PARAGRAPHS = 3
"""The first-blocks moves (round 54, pbylines): the byline line (as printed, or the name
alone) right under the first, second or third body line (picked per page), where a page
prints it after a lead, a dek, a picture's caption or a share row."""


def _moved_name(item: Labelled, line: str) -> str | None:
    """The metadata author the byline line names: a person of two to four words."""
    key = _norm(line)
    for name in item.authors:
        words = name.split()
        if (
            2 <= len(words) <= 4
            and _norm(words[-1]) in key
            and not any(_norm(w) in _ORGANISATION_WORDS for w in words)
        ):
            return name
    return None


def moved_byline(item: Labelled, move: str) -> Labelled | None:
    """`item` with its byline line moved (`BYLINE_MOVES`; "bare name …": the author's name
    alone), or None when its page dump prints no byline line naming a person of its
    metadata under a headline, with body lines below."""
    lines = item.page
    at = next(
        (
            i
            for i, x in enumerate(lines)
            if x.label == BYLINE
            and len(x.text.split()) <= _MAX_BYLINE_WORDS
            and _has_name(x.text, item.authors)
        ),
        None,
    )
    title = next((i for i, x in enumerate(lines) if x.label == TITLE), None)
    if at is None or title is None or not any(x.label == BODY for x in lines):
        return None
    name = _moved_name(item, lines[at].text)
    if name is None:
        return None
    pick = random.Random(item.url).randrange(len(_MOVE_DATES) * (_FAR_BELOW[1] + 1))
    if move in ("name, agency", "name, bar, date"):
        text = (
            f"{name}, {_MOVE_AGENCIES[pick % len(_MOVE_AGENCIES)]}"
            if move == "name, agency"
            else f"{name} | {_MOVE_DATES[pick % len(_MOVE_DATES)]}"
        )
        page = [*lines[:at], Line(text, BYLINE), *lines[at + 1 :]]
    else:
        rest = [x for i, x in enumerate(lines) if i != at]
        headline = title - (at < title)
        last_body = max(i for i, x in enumerate(rest) if x.label == BODY)
        if move.endswith("above the headline"):
            where = headline
        elif move.endswith("after the article"):
            where = last_body + 1
        elif move.endswith("among the first paragraphs"):
            bodies = [i for i, x in enumerate(rest) if x.label == BODY]
            where = bodies[min(pick % _FIRST_PARAGRAPHS, len(bodies) - 1)] + 1
        else:
            span = _FAR_BELOW[1] - _FAR_BELOW[0] + 1
            where = min(len(rest), headline + _FAR_BELOW[0] + pick % span)
        text = name if move.startswith(("bare name", "author box")) else lines[at].text
        if move.startswith("about heading"):
            text = f"{_ABOUT_HEADINGS[pick % len(_ABOUT_HEADINGS)]} {name}"
        box = (
            [Line(_BOX_NOTE.format(name), OTHER)]
            if move.startswith(("author box", "about heading"))
            else []
        )
        if "with a role" in move:
            box.insert(0, Line(_BOX_ROLE, OTHER))
        page = [*rest[:where], Line(text, BYLINE), *box, *rest[where:]]
    return Labelled(item.url, item.part, item.title, item.authors, page, item.article)


def byline_moves(items: Sequence[Labelled], which: str) -> list[tuple[object, ...]]:
    """Rows of the moved-byline stress on one part: found, names right, and the body lines
    lost against the same page dumps unmoved."""
    chosen = [x for x in items if x.part == which and moved_byline(x, BYLINE_MOVES[0])]
    base = score(chosen, page_dump, _articleclean)
    rows: list[tuple[object, ...]] = []
    for move in ("unmoved", *BYLINE_MOVES):
        moved = [m for x in chosen if (m := moved_byline(x, move)) is not None]
        s = base if move == "unmoved" else score(moved, page_dump, _articleclean)
        rows.append(
            (
                f"{move} ({which})",
                s.documents,
                f"{s.byline_found / max(1, s.byline_pages):.0%} of {s.byline_pages}",
                f"{s.names_right / max(1, s.names_given):.0%} of {s.names_given}",
                f"{s.body_fn - base.body_fn:+d}",
            )
        )
    return rows


MOVE_HEADERS = ("byline line (part)", "docs", "byline found", "names right", "body lines lost")


def run(limit: int | None = None, parts: Sequence[str] = ("test", "tune")) -> str:
    from .report import table

    items = labelled(limit)
    rows = []
    dateline_rows = []
    for dump_name, make in (("article", article_dump), ("page", page_dump)):
        for which in parts:
            chosen = [x for x in items if x.part == which]
            inside = containers(chosen) if make is page_dump else None
            s = score(chosen, make, _articleclean, inside=inside)
            rows.append(_row(f"{dump_name} ({which})", s, junk=make is article_dump))
            dateline_rows.append(_dateline_row(f"{dump_name} ({which})", s))
    counts = {p: sum(1 for x in items if x.part == p) for p in PARTS}
    return (
        f"{len(items)} webeval pages with article text ({counts['test']} test, "
        f"{counts['tune']} tune; tune on tune, report test). Lines labelled from the "
        "page's structure (see bench/labelled_dumps.py). Paragraphs lost = body lines not "
        "kept in the body (a line printed twice counts as kept while one copy is; the "
        "headline printed again among the body lines is labelled title, in page and article dumps alike; a separator line "
        "without letters or digits, or a line that is only a date, is no paragraph); lost in the annotated article = the "
        "page dumps' paragraphs lost among the body lines inside the element that holds "
        "the annotated `with` segments (their lowest common div, article, main or section; "
        "on a page with fewer than two annotated blocks every body line counts), as the "
        "extractor's body label also takes consent panels, boxes of other stories and "
        "forum notices outside the article; captions found = caption lines in `captions` (or removed as a "
        "credit line or a repeated caption); byline found = documents whose byline names "
        "an author of the page's metadata, among those whose dump prints an author's name "
        "(publishers named as authors left out); names right = byline names that match "
        "that metadata; titles compared by their words.\n\n"
        + table(HEADERS, rows)
        + "\n\nBylines moved (round 35): the page dumps whose byline-labelled line names a "
        "person of the metadata, that line moved above the headline, after the article's last "
        "body line or 15-30 lines under the headline (as printed, or the name alone: bare), "
        'or printed at its place as "Name, Agency" or "Name | date"; author box: the name '
        "alone after the article's last body line over a note on the author opening with "
        'it ("Jane Doe" / "Jane Doe is a staff writer …"), with a role: a role line between '
        '(round 53); about heading: "About Jane Doe" (or "Über", "À propos de", "Sobre") '
        "over the same note (round 53, aboutbox); among the first paragraphs: the line (or the "
        "name alone) right under the first, second or third body line, picked per page (round 54, "
        "pbylines); body lines lost against the same dumps unmoved.\n\n"
        + table(MOVE_HEADERS, [row for which in parts for row in byline_moves(items, which)])
        + "\n\n"
        + DATELINE_NOTE
        + "\n\n"
        + table(DATELINE_HEADERS, dateline_rows)
    )


DATELINE_NOTE = (
    "Datelines (round 37): the documents whose first body-labelled line opens with a "
    "dateline by bench/dateline_labels.py (a labeller written apart from the rule: a head "
    "of at most six capitalised words before the first colon or dash, or closed by an "
    "agency in brackets, whose place or region is a GeoNames city of 15,000+, country or US "
    "state, or which carries a written date or an agency; Latin, Cyrillic and Greek only); "
    "found = the article's `dateline` on that line naming that place; invented = a "
    "dateline given where the labeller sees none (on tune they were read by hand: see "
    "bench/notes.md, round 37); elsewhere = a dateline given on another line the labeller "
    "labels; paragraph whole = datelines given whose text and the rest of their paragraph "
    "give back the paragraph's lines."
)


def dateline_cases(limit: int | None, which: str, kind: str) -> Iterator[str]:
    """The dateline cases of one part (found, missed, invented, elsewhere, broken) with
    their line: for reading, not for the report."""
    make = article_dump if kind == "article" else page_dump
    s = score([x for x in labelled(limit) if x.part == which], make, _articleclean)
    for case, url, line in sorted(s.dateline_cases):
        yield f"{case:9} {line[:120]!r} {url}"
    yield _dateline_row(f"{kind} ({which})", s).__repr__()


def worst(limit: int | None, which: str, kind: str, count: int) -> Iterator[str]:
    """The documents losing the most body lines: for looking at, not for the report."""
    items = [x for x in labelled(limit) if x.part == which]
    make = article_dump if kind == "article" else page_dump
    scored = []
    for item in items:
        s = score([item], make, _articleclean)
        scored.append((s.lost, item.url, s))
    scored.sort(key=lambda entry: -entry[0])
    for lost, url, s in scored[:count]:
        yield f"{lost:.0%} lost ({s.body_fn} of {s.body_tp + s.body_fn}) {url}"


def missed_captions(limit: int | None, which: str, kind: str) -> Iterator[str]:
    """Caption lines not found (not in `captions`, not removed as a credit or a repeated
    caption), each with the labelled lines above and below it and what became of each
    (B body, C caption, or the removal reason): for looking at shapes, not for the report."""
    make = article_dump if kind == "article" else page_dump
    captions = missed = in_body = 0
    for item in (x for x in labelled(limit) if x.part == which):
        for fate, block in _missed_in(item, make):
            captions += 1
            missed += fate != "C"
            in_body += fate == "B"
            yield from block
    yield f"captions {captions}, missed {missed}, in body {in_body}"


_SHAPE_NAME = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.&+-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.&+-]*|von|van|de|der|di|da|del|y)){1,3}$"
)
_SHAPE_PARAGRAPH_WORDS = 25
CAPTION_SHAPES = (
    "beside a found credit or caption",
    "beside a bare name",
    "a name alone",
    "in a run of captions",
    "between two paragraphs",
    "other",
)
"""The shapes `caption_shapes` groups missed captions by, the first that fits: a line the
cleaner found as a credit or caption right above or below; a bare name (two to four
capitalised words, no figure) right above or below (a photographer's name with no
"Foto:"); the caption itself a bare name (a person's or a product's card); another
caption-labelled line right above or below (a gallery, a listicle's item); kept lines of
25 words or more on both sides (a picture's description between paragraphs)."""


def _bare_name(text: str) -> bool:
    return bool(_SHAPE_NAME.match(text.strip())) and not any(c.isdigit() for c in text)


def caption_shape(fates: Sequence[LineFate], position: int) -> str:
    """The shape of the missed caption at `position` among a dump's labelled lines."""
    line = fates[position]
    around = [fates[j] for j in (position - 1, position + 1) if 0 <= j < len(fates)]
    if any(other.fate == "C" for other in around):
        return CAPTION_SHAPES[0]
    if any(_bare_name(other.text) for other in around):
        return CAPTION_SHAPES[1]
    if _bare_name(line.text):
        return CAPTION_SHAPES[2]
    if any(other.label == CAPTION for other in around):
        return CAPTION_SHAPES[3]
    if len(around) == 2 and all(
        other.fate == "B" and len(other.text.split()) >= _SHAPE_PARAGRAPH_WORDS for other in around
    ):
        return CAPTION_SHAPES[4]
    return CAPTION_SHAPES[5]


def _host(url: str) -> str:
    host = re.sub(r"^\w+::", "", url)
    return re.sub(r"^https?://", "", host).split("/")[0].removeprefix("www.")


def caption_shapes(limit: int | None, which: str, kind: str, examples: int = 3) -> Iterator[str]:
    """The caption lines not found, grouped by shape (`CAPTION_SHAPES`): for each, how
    many stay in the body and how many another rule removed, on how many sites (the
    sites with the most first), and a few of them. Round 40; for looking at, not for the
    report (tune by default)."""
    make = article_dump if kind == "article" else page_dump
    kept: dict[str, int] = dict.fromkeys(CAPTION_SHAPES, 0)
    removed = dict(kept)
    sites: dict[str, dict[str, int]] = {shape: {} for shape in CAPTION_SHAPES}
    shown: dict[str, list[str]] = {shape: [] for shape in CAPTION_SHAPES}
    total = found = 0
    for item in (x for x in labelled(limit) if x.part == which):
        fates = line_fates(item, make)
        for position, line in enumerate(fates):
            if line.label != CAPTION:
                continue
            total += 1
            if line.fate == "C":
                found += 1
                continue
            shape = caption_shape(fates, position)
            (kept if line.fate == "B" else removed)[shape] += 1
            host = _host(item.url)
            sites[shape][host] = sites[shape].get(host, 0) + 1
            if len(shown[shape]) < examples:
                shown[shape].append(f"    [{line.fate}] {line.text[:110]!r} ({host})")
    yield f"{kind} dumps ({which}): {total} caption lines, {found} found"
    for shape in CAPTION_SHAPES:
        ranked = sorted(sites[shape].items(), key=lambda entry: (-entry[1], entry[0]))
        top = ", ".join(f"{host} {count}" for host, count in ranked[:5])
        yield (
            f"{shape}: {kept[shape]} in the body, {removed[shape]} removed, "
            f"{len(ranked)} sites ({top})"
        )
        yield from shown[shape]


@dataclass(frozen=True)
class LineFate:
    """A labelled line of a dump and what the cleaner made of it: `fate` is "B" (kept in
    the body), "C" (found: in `captions`, or removed as a credit line or a repeated
    caption), the removal reason, or "?" (title, byline, dateline, …)."""

    number: int
    label: str
    text: str
    fate: str
    reason: str = ""
    """Why the cleaner removed the line ("photo_credit", …), when it did."""


def line_fates(item: Labelled, make: Callable[[Labelled], tuple[str, list[str]]]) -> list[LineFate]:
    """Each labelled line of one dump, in order, with its fate."""
    text, labels = make(item)
    article = _articleclean(text)
    body = _spans(article.body)
    found = _spans(article.captions) | _spans(
        r for r in article.removed if r.reason in ("photo_credit", "duplicate_caption")
    )
    reasons = {n: str(r.reason) for r in article.removed for n in _spans([r])}
    lines = text.split("\n")

    def fate(number: int) -> str:
        return "B" if number in body else "C" if number in found else reasons.get(number, "?")

    return [
        LineFate(number, label, lines[number - 1], fate(number), reasons.get(number, ""))
        for number, label in enumerate(labels, start=1)
        if label
    ]


def _missed_in(
    item: Labelled, make: Callable[[Labelled], tuple[str, list[str]]]
) -> Iterator[tuple[str, list[str]]]:
    """(fate, lines to print) for each caption line of one dump."""
    fates = line_fates(item, make)

    def show(line: LineFate, mark: str) -> str:
        return f"  {mark} [{line.label}|{line.fate}] {line.text[:200]}"

    for position, line in enumerate(fates):
        if line.label != CAPTION:
            continue
        if line.fate == "C":
            yield "C", []
            continue
        block = [f"== {item.url}"]
        if position:
            block.append(show(fates[position - 1], " "))
        block.append(show(line, ">"))
        if position + 1 < len(fates):
            block.append(show(fates[position + 1], " "))
        yield line.fate, block


_CARD_LINK_WORDS = 3


def _caption_kind(owner: Any) -> str:
    """Where a caption-labelled block sits: "link" (inside a link to another page: a
    teaser card, a person's card, a video's page), "card" (in a <figure> that holds such
    a link of three words or more) or "plain" (a link to the picture itself, a lightbox,
    counts as plain)."""
    chain = [owner, *owner.iterancestors()]
    for element in chain:
        if element.tag == "a" and element.get("href"):
            return "plain" if _IMAGE_HREF.search(element.get("href")) else "link"
    figure = next((e for e in chain if e.tag == "figure"), None)
    if figure is not None:
        for link in figure.iter("a"):
            href = link.get("href") or ""
            if (
                href
                and not _IMAGE_HREF.search(href)
                and (len(link.text_content().split()) >= _CARD_LINK_WORDS)
            ):
                return "card"
    return "plain"


def caption_label_audit(which: str, limit: int | None = None) -> Iterator[str]:
    """The caption labels of the page dumps checked against the page: for each caption-
    labelled line, whether the page shows it inside a link to another page or in a figure
    holding one (another story's card, a person's card, a video's page: not the article's
    caption), with what the cleaner made of it (B body, C found, R removed), per site.
    Round 22 (r22-pcap); for looking at the labels, not for the report."""
    import lxml.html

    from .dumps import page_text

    items = {x.url: x for x in labelled(limit) if x.part == which}
    totals: dict[tuple[str, str], int] = {}
    for page in pages(corpus_dir(), limit=limit):
        item = items.get(page.url)
        if item is None:
            continue
        tree = lxml.html.document_fromstring(page_text(page.html))
        title_nodes = tree.xpath("//title")
        page_title = _SPACE.sub(" ", title_nodes[0].text_content()).strip() if title_nodes else ""
        body = tree.find("body")
        blocks = _blocks(body if body is not None else tree)
        fates = line_fates(item, page_dump)
        offset = 1 if page_title else 0
        kinds: dict[str, int] = {}
        for index, (_, owner) in enumerate(blocks):
            position = index + offset
            if position >= len(fates) or fates[position].label != CAPTION:
                continue
            kind = _caption_kind(owner)
            fate = fates[position].fate
            fate = fate if fate in ("B", "C") else "R"
            totals[kind, fate] = totals.get((kind, fate), 0) + 1
            if kind != "plain":
                kinds[kind] = kinds.get(kind, 0) + 1
        for kind, count in sorted(kinds.items()):
            yield f"{count:4} {kind:5} {page.url}"
    for kind in ("link", "card", "plain"):
        row = {fate: totals.get((kind, fate), 0) for fate in ("B", "C", "R")}
        yield f"{kind}: {sum(row.values())} caption lines, {row['B']} in body, {row['C']} found, {row['R']} removed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.labelled_dumps")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--part", choices=PARTS, action="append")
    parser.add_argument("--worst", choices=("article", "page"))
    parser.add_argument("--count", type=int, default=15)
    parser.add_argument(
        "--missed-captions",
        choices=("article", "page"),
        help="list the caption lines not found, with their neighbours (tune by default)",
    )
    parser.add_argument(
        "--caption-shapes",
        choices=("article", "page"),
        help="the caption lines not found, grouped by shape, with their sites (tune by default)",
    )
    parser.add_argument(
        "--caption-labels",
        action="store_true",
        help="page dumps' caption labels inside a link to another page, per site (tune)",
    )
    parser.add_argument(
        "--datelines",
        choices=("article", "page"),
        help="list the dateline cases (found, missed, invented, …) with their line (tune)",
    )
    args = parser.parse_args(argv)
    if args.datelines:
        for line in dateline_cases(args.limit, (args.part or ["tune"])[0], args.datelines):
            print(line)
        return 0
    if args.caption_labels:
        for line in caption_label_audit((args.part or ["tune"])[0], args.limit):
            print(line)
        return 0
    if args.caption_shapes:
        for line in caption_shapes(args.limit, (args.part or ["tune"])[0], args.caption_shapes):
            print(line)
        return 0
    if args.missed_captions:
        for line in missed_captions(args.limit, (args.part or ["tune"])[0], args.missed_captions):
            print(line)
        return 0
    if args.worst:
        for line in worst(args.limit, (args.part or ["tune"])[0], args.worst, args.count):
            print(line)
        return 0
    print(run(args.limit, args.part or ("test", "tune")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
