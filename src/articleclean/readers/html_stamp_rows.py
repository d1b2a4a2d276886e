"""The rest of a page's stamp row once the extractor drops its `<time>` elements.

trafilatura drops every `<time>` element with its text. A row of the page's facts
that holds one ("Publié le <time>…</time> · Mis à jour le <time>…</time>", "<span>来源：
江城网</span> <time>…</time>", "<span>کد خبر: ۴۵۶۷۸۹</span> <time>…</time>") then comes out
as its labels and fields without the date they stood beside: "Publié le · Mis à jour
le", "来源：江城网", "کد خبر: ۴۵۶۷۸۹". The markup says what the line was, in any
language: `stamp_row_keys` finds these rests (`Hints.stamp_row_rest`,
`html_stamp_row_rest`).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ..document import key_of

# A row of the page's facts is a run of inline elements. An element that holds a
# paragraph, a heading or a list holds the article's text or a card of another story,
# with the card's time: not a row of facts.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "table",
        "blockquote",
        "figure",
        "br",
    }
)
# How far above a `<time>` the row may stand (`<p><span><time>` wraps the time twice).
_MAX_ROW_LEVELS = 3
# A row of facts is a line's worth of words; an element of more words around a `<time>`
# holds text of its own (a post written in one element with its date).
_MAX_FACT_ROW_WORDS = 30


def stamp_row_keys(root: HtmlElement) -> frozenset[str]:
    """The keys of what each stamp row prints without its `<time>` texts: the whole rest,
    and the text of each of the row's other elements (the extractor may print one field
    of the row and drop the others, as it drops an author's `<span>` it read as the
    byline). A row is the nearest element above a `<time>` with text that holds text of
    its own besides its times, made of inline elements only, of at most `_MAX_FACT_ROW_WORDS`
    words besides its times. A heading may be such a row (a headline printed with its
    date): `html_stamp_row_rest` takes no heading."""
    keys: set[str] = set()
    # Each element's key and each row read once: the times of one parent (a body of
    # 10,000 `<time>`s) read the parent's whole text again for each (quadratic). A parsed
    # page is at most 255 elements deep, so the texts read are the page's a few times.
    text_keys: dict[HtmlElement, str] = {}
    rows: set[HtmlElement] = set()
    for time in root.iter("time"):
        time_key = key_of(time.text_content())
        if not time_key:
            continue
        row = time.getparent()
        for _ in range(_MAX_ROW_LEVELS):
            if row is None:
                break
            if row not in text_keys:
                text_keys[row] = key_of(row.text_content())
            if text_keys[row] != time_key:
                break
            row = row.getparent()
        if row is None or not isinstance(row.tag, str) or row in rows:
            continue
        rows.add(row)
        if any(
            isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
            for element in row.iterdescendants()
        ):
            continue
        rest = _text_outside_times(row)
        if len(rest.split()) <= _MAX_FACT_ROW_WORDS:
            keys.update(_rest_keys(row, rest))
    return frozenset(keys)


def _rest_keys(row: HtmlElement, rest: str) -> list[str]:
    found = [key_of(rest)]
    for element in row.iterdescendants():
        if (
            isinstance(element.tag, str)
            and element.tag != "time"
            and next(element.iter("time"), None) is None
        ):
            found.append(key_of(element.text_content()))
    return [key for key in found if key]


def _text_outside_times(element: HtmlElement) -> str:
    """The element's text but its `<time>`s' (a comment's text is none either)."""
    parts = [element.text or ""] if isinstance(element.tag, str) else []
    for child in element:
        if isinstance(child.tag, str) and child.tag != "time":
            parts.append(_text_outside_times(child))
        parts.append(child.tail or "")
    return " ".join(parts)
