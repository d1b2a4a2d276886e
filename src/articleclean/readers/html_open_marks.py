"""Runs of "<" that no ">" closes, and of "<!--" that no "-->" closes, which the tag
strips and serialisers our metadata readers call cost the square of.

trafilatura's `HTML_STRIP_TAGS` (`(<!--.*?-->|<[^>]*>)`), which examine_meta runs on
every meta tag's content, normalize_json on every JSON script and normalize_authors
on every author string, scans on to the end from every "<" that no ">" follows, and
to the end of the line from every "<!--" that no "-->" follows on it: "&lt;" 100,000
times in a description took 2.7 s, "&lt;!--" 10,000 times 1.5 s (100,000: >100 s).
No page's meta content or script holds one such "<" (none of webeval's 990 pages);
past `MAX_OPEN_MARKS` of them, those after are left out of what trafilatura reads
(`tags_bounded`; after it, 100,000 `&lt;!--` in a description 0.03 s through
examine_meta). `strip_tags` is that pattern in one pass, for our own counts.

`keep_first` is the cut itself, which `html_parse` also makes for libxml2's HTML
serialiser (the "<!--" in one attribute value).
"""

from __future__ import annotations

# The open marks a text may hold before those after are left out (none of webeval's
# pages holds one; a "<!--" counts twice: it opens a tag and a comment).
MAX_OPEN_MARKS = 20


def keep_first(text: str, mark: str, count: int) -> str:
    """`text` with each `mark` past its first `count` left out, the text between them
    kept: "a<b<c<d" with "<" and 2 is "a<b<cd"."""
    parts = text.split(mark)
    return mark.join(parts[: count + 1]) + "".join(parts[count + 1 :])


def strip_tags(text: str) -> str:
    """`HTML_STRIP_TAGS.sub("", text)` (trafilatura's `(<!--.*?-->|<[^>]*>)`) in one
    pass: the pattern rescans to the end from every "<" that no ">" follows, and from
    every "<!--" that no "-->" on its line follows, so "<" 100,000 times took seconds.
    A tag needs a ">" after it: past the last one nothing more is stripped."""
    start = text.find("<")
    if start == -1:
        return text
    ahead = _Ahead(text)
    kept: list[str] = []
    done = 0
    while start != -1:
        end = -1
        if text.startswith("<!--", start):
            close = ahead.next("-->", start + 4)
            line_end = ahead.next("\n", start + 4)
            if close != -1 and (line_end == -1 or line_end > close):
                end = close + 3
        if end == -1:
            close = ahead.next(">", start + 1)
            if close == -1:
                break
            end = close + 1
        kept.append(text[done:start])
        done = end
        start = text.find("<", end)
    kept.append(text[done:])
    return "".join(kept)


class _Ahead:
    """The next place of a string at or after a position, for positions that only grow:
    a place found answers every position up to it, and none found answers all after."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, int] = {}

    def next(self, needle: str, position: int) -> int:
        place = self.found.get(needle, -2)
        if place == -2 or -1 < place < position:
            place = self.text.find(needle, position)
            self.found[needle] = place
        return place


def open_marks(text: str) -> int:
    """The places HTML_STRIP_TAGS scans on from to the end of the text or the line:
    each "<" after the last ">", each "<!--" that no "-->" follows on its line."""
    if "<" not in text:
        return 0
    marks = text[text.rfind(">") + 1 :].count("<")
    if "<!--" in text:
        for line in text.split("\n"):
            close = line.rfind("-->")
            # ("<!--" at p is closed by a "-->" at p + 4 or later)
            marks += line[max(close - 3, 0) :].count("<!--") if close != -1 else line.count("<!--")
    return marks


def tags_bounded(text: str) -> str:
    """`text` as it is when HTML_STRIP_TAGS reads it at little cost, else stripped as
    that pattern strips it (which it reads again unchanged) with the "<" past the first
    `MAX_OPEN_MARKS` left out: once stripped, every "<" left is one no ">" follows (and
    counts twice when it opens a "<!--")."""
    if open_marks(text) <= MAX_OPEN_MARKS:
        return text
    return keep_first(strip_tags(text), "<", MAX_OPEN_MARKS // 2)
