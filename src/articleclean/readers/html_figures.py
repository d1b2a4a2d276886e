"""Image captions from the page: figure/figcaption, caption classes, img alt/title.

Read from the lxml tree already parsed for trafilatura. (A first version read
each figure with BeautifulSoup; re-parsing the fragments cost about 3.5 ms a
page, an eighth of the whole budget, for the same captions.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from ..document import normalise_space
from ..lexicon import CAPTION_WORDS
from .html_words import visible

_CAPTION_CLASS_TEST = (
    "contains(@class, 'caption') or contains(@class, 'Caption')"
    " or contains(@class, 'bildunterschrift')"
)
_CAPTION_IN = etree.XPath(f"(.//figcaption | .//*[@class][{_CAPTION_CLASS_TEST}])[1]")
_CREDIT_IN = etree.XPath(
    ".//*[@class][contains(@class, 'credit') or contains(@class, 'copyright')"
    " or contains(@class, 'photographer') or contains(@class, 'source')][1]"
)
_IMAGE_IN = etree.XPath(".//img[@alt or @title][1]")
_JUNK = ("script", "style", "noscript", "button")
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg)\b|^(?:img|dsc|image|photo)[\s_-]*\d+", re.I)
# An alt text is a caption only when it reads like one: several words of prose.
_MIN_ALT_WORDS = 5
_MAX_CAPTION_CHARS = 1000
_MAX_FIGURES = 40
# Credit boxes are read inside their figure, never as captions of their own.
_CAPTION_BOX_WORDS = frozenset(
    word for word in CAPTION_WORDS if "caption" in word or word == "bildunterschrift"
)


@dataclass(frozen=True)
class FoundCaption:
    """A caption as printed (`raw`), and its parts when the markup separates them."""

    raw: str
    text: str
    credit: str | None


def find_captions(candidates: Mapping[HtmlElement, frozenset[str]]) -> list[FoundCaption]:
    """Captions of the figure-like elements among `candidates` (HintIndex.candidates:
    elements in source order, with their class words)."""
    found: list[FoundCaption] = []
    seen: set[str] = set()
    for element in _outermost_figures(candidates)[:_MAX_FIGURES]:
        caption = _read_figure(element, element.tag)
        if caption is None or len(caption.raw) > _MAX_CAPTION_CHARS:
            continue
        key = caption.raw.casefold()
        if key not in seen:
            seen.add(key)
            found.append(caption)
    return found


def _outermost_figures(candidates: Mapping[HtmlElement, frozenset[str]]) -> list[HtmlElement]:
    figures = [
        element
        for element, words in candidates.items()
        if element.tag in ("figure", "figcaption") or words & _CAPTION_BOX_WORDS
    ]
    chosen = set(figures)
    # A figcaption inside a figure, or a credit box inside a caption box, is read with it.
    return [
        element
        for element in figures
        if not any(parent in chosen for parent in element.iterancestors())
    ]


def _read_figure(element: HtmlElement, tag: str) -> FoundCaption | None:
    if tag == "figure":
        matches = _CAPTION_IN(element)
        if not matches:
            return _alt_caption(element)
        caption_element = matches[0]
    else:
        caption_element = element
    credits = _CREDIT_IN(caption_element) or (
        _CREDIT_IN(element) if element is not caption_element else []
    )
    credit_element = credits[0] if credits else None
    if credit_element is not None and _contains(credit_element, caption_element):
        credit_element = None  # a "source" wrapper around the caption, not a credit in it
    caption_text = _text(caption_element)
    if credit_element is None:
        return (
            FoundCaption(raw=caption_text, text=caption_text, credit=None) if caption_text else None
        )
    credit = _text(credit_element)
    if _contains(caption_element, credit_element):
        raw = caption_text
        text = _text(caption_element, skip=credit_element)
    else:
        raw = normalise_space(f"{caption_text} {credit}")  # printed next to the caption
        text = caption_text
    if not text:
        return None  # a credit alone: the credit_line rule reads it if it is in the body
    return FoundCaption(raw=raw, text=text, credit=credit or None)


def _text(element: HtmlElement, skip: HtmlElement | None = None) -> str:
    parts: list[str] = []
    _collect(element, skip, parts, top=True)
    return normalise_space(visible(" ".join(parts)))


def _collect(element: HtmlElement, skip: HtmlElement | None, parts: list[str], top: bool) -> None:
    if element is skip or element.tag in _JUNK or not isinstance(element.tag, str):
        if not top and element.tail:
            parts.append(element.tail)
        return
    if element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, skip, parts, top=False)
    if not top and element.tail:
        parts.append(element.tail)


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    return outer is inner or any(parent is outer for parent in inner.iterancestors())


def _alt_caption(figure: HtmlElement) -> FoundCaption | None:
    images = _IMAGE_IN(figure)
    if not images:
        return None
    for attribute in ("title", "alt"):
        text = normalise_space(visible(images[0].get(attribute) or ""))
        if len(text.split()) >= _MIN_ALT_WORDS and not _FILE_NAME.search(text):
            return FoundCaption(raw=text, text=text, credit=None)
    return None
