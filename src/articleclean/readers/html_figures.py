"""Image captions from the page: figure/figcaption, caption classes, img alt/title.

lxml finds the figure-like elements (one XPath over the tree already parsed
for trafilatura); BeautifulSoup reads each small fragment, to separate the
caption from its credit element. Parsing the whole page a second time with
BeautifulSoup would cost more than the extraction itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag
from lxml.html import HtmlElement, tostring

from ..document import normalise_space
from .html_hints import class_words

_CAPTION_CLASS_TEST = (
    "contains(@class, 'caption') or contains(@class, 'Caption')"
    " or contains(@class, 'bildunterschrift')"
)
# Outermost figure-like elements only: a figcaption inside a figure is read with it.
_FIGURE_XPATH = (
    "//figure[not(ancestor::figure)]"
    " | //figcaption[not(ancestor::figure)]"
    f" | //*[@class][{_CAPTION_CLASS_TEST}][not(ancestor::figure)]"
    f"[not(ancestor::*[@class][{_CAPTION_CLASS_TEST}])]"
)
_MAX_FIGURES = 40
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|source|author|byline", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"caption|bildunterschrift|legend", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg)\b|^(?:img|dsc|image|photo)[\s_-]*\d+", re.I)
# An alt text is a caption only when it reads like one: several words of prose.
_MIN_ALT_WORDS = 5
_MAX_CAPTION_CHARS = 1000


@dataclass(frozen=True)
class FoundCaption:
    """A caption as printed (`raw`), and its parts when the markup separates them."""

    raw: str
    text: str
    credit: str | None


def find_captions(tree: HtmlElement) -> list[FoundCaption]:
    found: list[FoundCaption] = []
    seen: set[str] = set()
    for element in tree.xpath(_FIGURE_XPATH)[:_MAX_FIGURES]:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in ("figure", "figcaption") and not class_words(element):
            continue  # "captionless" and the like matched the substring test only
        if tag == "figure" and not _may_have_caption(element):
            continue  # no caption and no titled image: not worth a parse
        caption = _read_fragment(element)
        if caption is None or len(caption.raw) > _MAX_CAPTION_CHARS:
            continue
        key = caption.raw.casefold()
        if key not in seen:
            seen.add(key)
            found.append(caption)
    return found


def _may_have_caption(figure: HtmlElement) -> bool:
    return bool(
        figure.xpath(
            f"boolean(.//figcaption | .//*[@class][{_CAPTION_CLASS_TEST}] | .//img[@alt or @title])"
        )
    )


def _read_fragment(element: HtmlElement) -> FoundCaption | None:
    soup = BeautifulSoup(tostring(element, encoding="unicode", with_tail=False), "lxml")
    root = soup.body.contents[0] if soup.body and soup.body.contents else None
    if not isinstance(root, Tag):
        return None
    for junk in root.find_all(["script", "style", "noscript", "button"]):
        junk.decompose()
    caption_tag = _caption_tag(root)
    if caption_tag is None:
        return _alt_caption(root)
    credit_tag = caption_tag.find(class_=_CREDIT_CLASS) or _sibling_credit(root, caption_tag)
    credit = normalise_space(credit_tag.get_text(" ")) if credit_tag is not None else ""
    raw = normalise_space(caption_tag.get_text(" "))
    if credit_tag is not None:
        if not _contains(caption_tag, credit_tag):
            raw = normalise_space(f"{raw} {credit}")  # printed next to the caption
        credit_tag.extract()
    text = normalise_space(caption_tag.get_text(" "))
    if not text:
        return None  # a credit alone: the credit_line rule reads it if it is in the body
    return FoundCaption(raw=raw, text=text, credit=credit or None)


def _caption_tag(root: Tag) -> Tag | None:
    if root.name == "figcaption" or (root.name != "figure" and _has_class(root, _CAPTION_CLASS)):
        return root
    found = root.find("figcaption") or root.find(class_=_CAPTION_CLASS)
    return found if isinstance(found, Tag) else None


def _sibling_credit(root: Tag, caption: Tag) -> Tag | None:
    if root is caption:
        return None
    found = root.find(class_=_CREDIT_CLASS)
    return found if isinstance(found, Tag) and not _contains(found, caption) else None


def _contains(outer: Tag, inner: Tag) -> bool:
    return outer is inner or outer in inner.parents


def _has_class(tag: Tag, pattern: re.Pattern[str]) -> bool:
    classes = tag.get("class") or []
    return any(pattern.search(name) for name in classes)


def _alt_caption(root: Tag) -> FoundCaption | None:
    if root.name != "figure":
        return None
    image = root.find("img")
    if not isinstance(image, Tag):
        return None
    for attribute in ("title", "alt"):
        value = image.get(attribute)
        text = normalise_space(value) if isinstance(value, str) else ""
        if len(text.split()) >= _MIN_ALT_WORDS and not _FILE_NAME.search(text):
            return FoundCaption(raw=text, text=text, credit=None)
    return None
