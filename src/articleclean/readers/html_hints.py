"""Hints for extracted blocks: which source boxes (figure, related, promo, ad) hold them.

trafilatura rebuilds its output tree, so its blocks cannot be traced to the
source elements reliably (attributes survive on some paragraphs only). We go
the other way: find the few source elements whose tag or class/id words
mark a box, and ask, for each extracted block, whether its text lies inside
one of them. A box that holds the article's longest paragraph is a page
wrapper (`<div class="article share-enabled">`), not a box, and is ignored.

Cost (about 1 ms a page): one regex over all class and id values joined,
`text_content()` of the few boxes, and the texts of the page's links.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain, islice, pairwise

from lxml import etree
from lxml.html import HtmlElement

from ..document import Hints, key_of
from ..lexicon import (
    AUTHOR_BOX_WORDS,
    BOX_WORDS,
    DIGIT,
    FIRST_SLIDES,
    MAX_KICKER_WORDS,
    MAX_LABEL_WORDS,
    MIN_GALLERY_SLIDES,
    PICTURE_LABELS,
    SLIDE_COUNTER,
    ends_a_sentence,
)
from ..patterns import longest_first_trie
from .html_site import ABSOLUTE_HOST, own_site, site_of_host
from .html_stamp_rows import stamp_row_keys

_FIGURE_TAGS = ("figure", "figcaption")
_FIGURE_WORDS = frozenset(
    {"caption", "figcaption", "wp-caption", "wp-caption-text", "bildunterschrift"}
)
_WORD_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])-(?=[a-z])")


# A box word can only be found where it stands between separators; this one
# regex, run over all class and id values at once, finds the candidates.
_MAYBE_BOX = re.compile(r"(?<![a-z0-9])" + longest_first_trie(BOX_WORDS) + r"(?![a-z0-9])")
_TOKEN_SPLIT = re.compile(r"\s+")
# A block shorter than this must be a whole text of the box's elements, not a
# substring of the box's text, to count as inside it ("Share" vs "shared").
_MIN_SUBSTRING_KEY = 20
_MAX_DESCENDANT_KEYS = 400


def class_words(element: HtmlElement) -> frozenset[str]:
    """The box words in an element's class and id: whole tokens and their parts."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
    if not _MAYBE_BOX.search(raw):
        return frozenset()
    words: set[str] = set()
    for token in _TOKEN_SPLIT.split(raw):
        if not token:
            continue
        words.add(token)
        parts = _WORD_SPLIT.split(token)
        words.update(parts)
        # An author box's two-part word inside a longer class ("elementor-author-box",
        # "nv-author-bio-wrapper"): its parts alone say less ("author" is a byline's class).
        words.update(pair for pair in map("-".join, pairwise(parts)) if pair in AUTHOR_BOX_WORDS)
    return frozenset(words & BOX_WORDS)


@dataclass
class _Box:
    element: HtmlElement
    key: str
    words: frozenset[str]
    in_figure: bool
    length: int
    _element_keys: frozenset[str] | None = None
    _link_density: float | None = None

    @property
    def link_density(self) -> float:
        if self._link_density is None:
            self._link_density = _link_density(self.element, self.length)
        return self._link_density

    def holds(self, key: str) -> bool:
        if len(key) >= _MIN_SUBSTRING_KEY:
            return key in self.key
        if key == self.key:
            return True
        if key not in self.key:
            return False  # cheap: not even a substring
        return key in self.element_keys()

    def element_keys(self) -> frozenset[str]:
        """The keys of the box's elements below it (the first `_MAX_DESCENDANT_KEYS`)."""
        if self._element_keys is None:
            keys = set()
            for count, child in enumerate(self.element.iterdescendants()):
                if count >= _MAX_DESCENDANT_KEYS:
                    break
                if isinstance(child.tag, str):
                    keys.add(key_of(child.text_content()))
            self._element_keys = frozenset(keys)
        return self._element_keys


class _SearchedText:
    """A text searched for many keys: by `str.find` and `str.count` while the searches
    have read less than `_SCANNED_BEFORE_INDEX` characters of it, then by an index of
    its grams built once, which gives the same answers (`_gram_index`). One search
    reads the whole text, so a page of N boxed paragraphs, each looked up in the
    boxes' text and the page's, cost N × its size; the index keeps it linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._scanned = 0
        self._grams: dict[str, list[int]] | None = None

    def indexed(self, key: str) -> bool:
        """Whether `key` is looked up in the index (built now if the searches so far
        have read enough); a search of the whole text otherwise, which is counted."""
        if self._grams is not None:
            return len(key) >= _MIN_INDEXED_KEY
        self._scanned += len(self.text)
        if not self.searched_enough or len(key) < _MIN_INDEXED_KEY:
            return False
        self._grams = _gram_index(self.text)
        return True

    def positions(self, key: str) -> list[int]:
        """Where `key` starts in the text, every place (overlapping), in order; from
        the index, for a key of `_MIN_INDEXED_KEY` characters or more."""
        assert self._grams is not None and len(key) >= _MIN_INDEXED_KEY
        text, grams = self.text, self._grams
        found = []
        # An occurrence at p holds the gram that starts at the first multiple of
        # `_GRAM_STEP` from p on, at offset j < `_GRAM_STEP` in the key: one j for each p.
        for offset in range(_GRAM_STEP):
            for start in grams.get(key[offset : offset + _GRAM], ()):
                position = start - offset
                if position >= 0 and text.startswith(key, position):
                    found.append(position)
        found.sort()
        return found

    @property
    def searched_enough(self) -> bool:
        """Whether the searches so far have read `_SCANNED_BEFORE_INDEX` characters."""
        return self._scanned > _SCANNED_BEFORE_INDEX

    def count(self, key: str) -> int:
        """`self.text.count(key)`: occurrences that do not overlap, taken from the left."""
        if not self.indexed(key):
            return self.text.count(key)
        return _leftmost_count(self.positions(key), len(key), 0, len(self.text))

    def count_in(self, key: str, spans: list[tuple[int, int]]) -> int:
        """The sum of `self.text.count(key, start, end)` over the spans, from the index
        if it is built (the key's places found once for all the spans)."""
        if self._grams is None or len(key) < _MIN_INDEXED_KEY:
            return sum(self.text.count(key, start, end) for start, end in spans)
        positions = self.positions(key)
        return sum(_leftmost_count(positions, len(key), start, end) for start, end in spans)


def _leftmost_count(positions: list[int], length: int, start: int, end: int) -> int:
    """How many of the places (sorted) `str.count` counts between `start` and `end`:
    from the left, each after the end of the one counted before it."""
    found, free = 0, start
    for position in positions[bisect_left(positions, start) :]:
        if position + length > end:
            break
        if position >= free:
            found += 1
            free = position + length
    return found


# The index holds the text's grams of `_GRAM` characters starting at every
# `_GRAM_STEP`-th character: a key of `_GRAM + _GRAM_STEP - 1` characters or more holds
# one of them wherever it stands in the text. A page of 5 MB: ~480,000 grams, ~0.1 s.
_GRAM = 10
_GRAM_STEP = 11
_MIN_INDEXED_KEY = _GRAM + _GRAM_STEP - 1
# `HintIndex._holders` takes every box an indexed key is found in: it must be long enough
# to be matched as a substring (`_Box.holds`).
assert _MIN_INDEXED_KEY >= _MIN_SUBSTRING_KEY
# About a millisecond of `str.find` over a text (a few MB read): a page's tens of
# boxed blocks never reach it; a page of thousands of boxed paragraphs does.
_SCANNED_BEFORE_INDEX = 8_000_000


def _gram_index(text: str) -> dict[str, list[int]]:
    """Where each of the text's grams of `_SearchedText` starts."""
    grams: dict[str, list[int]] = {}
    for start in range(0, len(text) - _GRAM + 1, _GRAM_STEP):
        gram = text[start : start + _GRAM]
        found = grams.get(gram)
        if found is None:
            grams[gram] = [start]
        else:
            found.append(start)
    return grams


class HintIndex:
    """Reads a page's boxes and links once; answers `hints_for(text, tag)` per block.

    Built before trafilatura's extraction, right after parsing: the tree is
    then still in the processor's cache, and walking it costs a third less.
    Once trafilatura has found the article, `ignore_wrappers_of` drops the
    boxes that wrap it (or pass its longest block here).
    """

    def __init__(self, tree: HtmlElement, longest_block: str | None = None) -> None:
        self._boxes: list[_Box] = []
        self._box_text = _SearchedText("")
        self._element_boxes: dict[str, list[int]] | None = None
        self.walk = class_walk(tree)
        """The page's class and id values and author marks (the author search reads them)."""
        candidates, self.lead_boxes = classed_elements(tree, self.walk)
        """`lead_boxes`: the elements whose class has a lead word (`classed_elements`)."""
        self.candidates = {element: class_words(element) for element in candidates}
        """Elements with box words in source order, then the other figures in source
        order (`_candidates`), with their class words (the figure reader reads them too)."""
        for element, words in self.candidates.items():
            tag = element.tag if isinstance(element.tag, str) else ""
            in_figure = tag in _FIGURE_TAGS or bool(words & _FIGURE_WORDS)
            if not words and not in_figure:
                continue
            text = element.text_content()
            key = key_of(text)
            if key:
                self._boxes.append(_Box(element, key, words, in_figure, len(text)))
        links = _link_keys(tree)
        self._link_keys_found, self._cards_above, self._cards_below, self._off_site_keys = links
        # The page's text as one key, and its `<h1>`s' keys: `_printed_outside`.
        self._page_text: _SearchedText | None = None
        self._h1_keys: list[str] = []
        self._tail_links = _tail_links(tree)
        self._slide_captions = _slide_captions(self.walk.images)
        self._dialog_keys = _dialog_keys(self.walk.dialogs, self.walk.root)
        self._control_keys = _control_keys(self.walk.controls, self.walk.root)
        self._stamp_row_keys = stamp_row_keys(self.walk.root)
        # The links' keys by their first characters: which link a block may open with.
        self._link_keys_by_start: dict[str, list[str]] = {}
        for link_key in self._link_keys_found:
            self._link_keys_by_start.setdefault(link_key[:_MIN_LINK_KEY], []).append(link_key)
        self.ignore_wrappers_of(longest_block or "")

    def ignore_wrappers_of(self, longest_block: str) -> None:
        """A box that holds the article's longest block wraps the article: not a box."""
        longest = key_of(longest_block)
        if len(longest) >= _MIN_WRAPPED_KEY:
            self._boxes = [box for box in self._boxes if longest not in box.key]
        # Keys have no line breaks: a block's key found in this text lies in one box's
        # key. Most blocks (the article's prose) are in none, and the others in a few
        # of the page's tens of boxes: searching this text finds them (`_holders`).
        self._box_text = _SearchedText("\n".join(box.key for box in self._boxes))
        self._box_starts = list(accumulate((len(box.key) + 1 for box in self._boxes), initial=0))
        self._element_boxes = None
        self._box_hints_by_key: dict[str, tuple[frozenset[str], bool, float]] = {}

    def hints_for(self, text: str, tag: str | None, key: str | None = None) -> Hints:
        """`key` is `key_of(text)` when the caller has it already (`Segment.key`)."""
        if key is None:
            key = key_of(text)
        words: frozenset[str] = frozenset()
        in_figure = False
        density = 0.0
        if key and len(key) <= _MAX_HINTED_KEY:
            words, in_figure, density = self._box_hints(key)
        density = max(density, self._linked_share(text, key))
        lead = density < 1.0 and self._opens_with_link(key)
        card = key in self._cards_above
        below = not card and key in self._cards_below
        off_site = bool(self._off_site_keys) and key in self._off_site_keys
        tail = self._tail_links.get(key) if self._tail_links else None
        slide = self._slide_captions.get(key) if self._slide_captions else None
        marked = slide is not None
        dialog = bool(self._dialog_keys) and key in self._dialog_keys
        control = bool(self._control_keys) and key in self._control_keys
        stamp_rest = bool(self._stamp_row_keys) and key in self._stamp_row_keys
        if not (
            words
            or in_figure
            or density
            or lead
            or card
            or below
            or off_site
            or tail
            or marked
            or dialog
            or control
            or stamp_rest
        ):
            return _plain_hints(tag)  # most blocks: one shared object per tag
        return Hints(
            tag=tag,
            in_figure=in_figure,
            link_density=density,
            class_words=words,
            lead_link=lead,
            card_above=card,
            card_below=below,
            off_site_link=off_site,
            tail_link=tail,
            slide_caption=marked,
            slide_repeated=bool(slide),
            in_dialog=dialog,
            in_control=control,
            stamp_row_rest=stamp_rest,
        )

    def _box_hints(self, key: str) -> tuple[frozenset[str], bool, float]:
        """The class words, figure mark and link density the boxes holding the block
        give it (none when the page prints its text outside them too); by key, once
        for a text the page repeats (a "Share" link in each of a thousand boxes)."""
        found = self._box_hints_by_key.get(key)
        if found is not None:
            return found
        words: frozenset[str] = frozenset()
        in_figure = False
        density = 0.0
        holders = self._holders(key)
        if holders and not self._printed_outside(key, holders):
            for box in map(self._boxes.__getitem__, holders):
                words |= box.words
                in_figure = in_figure or box.in_figure
                density = max(density, box.link_density)
        found = self._box_hints_by_key[key] = (words, in_figure, density)
        return found

    def _holders(self, key: str) -> list[int]:
        """The boxes that hold the block of key `key` (`_Box.holds`), by their place in
        `_boxes`, in order. Once the boxes' text has been searched enough (a page of
        thousands of boxed blocks), a long key is looked up in its index and a short
        one among the boxes' element keys, with the same answers."""
        text, boxes = self._box_text, self._boxes
        if text.indexed(key):
            # A key this long is held by every box whose key has it in it (`_Box.holds`).
            holders: list[int] = []
            for position in text.positions(key):
                index = bisect_right(self._box_starts, position) - 1
                if not holders or holders[-1] != index:
                    holders.append(index)
            return holders
        if text.searched_enough and len(key) < _MIN_SUBSTRING_KEY:
            if self._element_boxes is None:
                self._element_boxes = {}
                for index, box in enumerate(boxes):
                    for element_key in box.element_keys() | {box.key}:
                        self._element_boxes.setdefault(element_key, []).append(index)
            return [index for index in self._element_boxes.get(key, ()) if key in boxes[index].key]
        return [index for index in self._boxes_with(key) if boxes[index].holds(key)]

    def _boxes_with(self, key: str) -> Iterator[int]:
        """The boxes whose key has `key` in it, each once, by their place in `_boxes`."""
        box_keys = self._box_text.text
        position = box_keys.find(key)
        while position != -1:
            index = bisect_right(self._box_starts, position) - 1
            yield index
            position = box_keys.find(key, self._box_starts[index + 1])

    def _printed_outside(self, key: str, holders: list[int]) -> bool:
        """Whether the page prints the block's text outside the boxes that hold it too:
        then the block is that other copy (a share or promo box quoting the article's
        lead), not the boxes' text. Counted on keys, for a block long enough to be found
        as a substring (`_Box.holds`); the boxes inside another of them are counted in
        it. A copy in an `<h1>` is the page's headline, no article text: the block
        that the page prints in a box and as its headline is no body line either way."""
        if len(key) < _MIN_SUBSTRING_KEY:
            return False
        if self._page_text is None:
            root = self.walk.root
            self._page_text = _SearchedText(key_of("".join(_PAGE_TEXTS(root))))
            self._h1_keys = [key_of(h1.text_content()) for h1 in root.iter("h1")]
        found = self._page_text.count(key)
        if found > 1:
            found -= sum(h1.count(key) for h1 in self._h1_keys)
        if found <= 1:
            return False
        elements = {self._boxes[index].element for index in holders}
        # Each outermost box's `box.key.count(key)`: its key is a span of the boxes' text.
        spans = [
            (self._box_starts[index], self._box_starts[index + 1] - 1)
            for index in holders
            if not any(parent in elements for parent in self._boxes[index].element.iterancestors())
        ]
        return found > self._box_text.count_in(key, spans)

    def _opens_with_link(self, key: str) -> bool:
        """Whether the block's key starts with a whole link's key and goes on after it."""
        if not _MIN_LINK_KEY < len(key) <= _MAX_LINK_KEY:
            return False
        for link in self._link_keys_by_start.get(key[:_MIN_LINK_KEY], ()):
            if len(link) < len(key) and key.startswith(link):
                return True
        return False

    def _linked_share(self, text: str, key: str) -> float:
        """How much of the block is the text of one link: all, the part after a
        "Read also:" label, or none (partial links inside prose are not traced)."""
        if not _MIN_LINK_KEY <= len(key) <= _MAX_LINK_KEY:
            return 0.0
        if key in self._link_keys_found:
            return 1.0
        label, colon, rest = text.partition(":")
        if colon and len(label.split()) <= MAX_LABEL_WORDS:
            rest_key = key_of(rest)
            if len(rest_key) >= _MIN_LINK_KEY and rest_key in self._link_keys_found:
                return len(rest_key) / len(key)
        return 0.0


_PLAIN_HINTS: dict[str | None, Hints] = {}


def _plain_hints(tag: str | None) -> Hints:
    hints = _PLAIN_HINTS.get(tag)
    if hints is None:
        hints = _PLAIN_HINTS.setdefault(tag, Hints(tag=tag))  # Hints is frozen: safe to share
    return hints


_MIN_LINK_KEY = 15
# Longer blocks are prose: no rule reads their link share or box words.
_MAX_LINK_KEY = 300
_MAX_HINTED_KEY = 1000
_MIN_WRAPPED_KEY = 100
"""A box that holds the article's longest block is a wrapper of the article, not a box
(`ignore_wrappers_of`), when that block's key is at least this long: a shorter text, a
page without a paragraph of its own, may well stand in a box."""


# The texts of the page's body but its scripts' and styles' (`_printed_outside`: a
# JSON-LD `articleBody` would print every paragraph a second time).
_PAGE_TEXTS = etree.XPath(
    "//body//text()[not(parent::script or parent::style)]", smart_strings=False
)
# A key is never longer than its text: links with shorter texts are left in C.
_LONG_LINKS = etree.XPath(f"//a[@href][string-length(.) >= {_MIN_LINK_KEY}]")


def _links_above_h1(tree: HtmlElement, links: list[HtmlElement]) -> int:
    """How many of the links (in document order) come before the page's first `<h1>`
    in its body (the first of `//body//h1`): the cards of other stories before it
    (`_card`). Counted in a walk of the page's `<a>` and `<h1>` elements in C, which
    finds that `<h1>` too (an `<h1>` outside the body is walked past): an XPath union of
    the links and the `<h1>`s, sorted into document order by libxml2, cost 1.5 s on a
    page of 6,000 links side by side (its comparisons walk the siblings), and an XPath
    for the `<h1>` alone walked the whole page once more. All the links when the body
    has no `<h1>`."""
    if not links:
        return 0
    wanted, above = set(links), 0
    for element in tree.getroottree().getroot().iter("a", "h1"):
        if element.tag == "h1":
            if next(element.iterancestors("body"), None) is not None:
                return above
        elif element in wanted:
            above += 1
    return len(links)


def _link_keys(
    tree: HtmlElement,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The keys of the page's links that lead elsewhere; the keys of the cards
    (headline and blurb) before its first `<h1>`, and after it; and the keys of the
    links that lead to another site (`_leads_off_site`)."""
    keys = set()
    off_site: set[str] = set()
    cards: set[str] = set()
    cards_below: set[str] = set()
    links = _LONG_LINKS(tree)
    above_h1 = _links_above_h1(tree, links)
    own = own_site(tree)
    for number, link in enumerate(links):
        above = number < above_h1
        href = link.get("href").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue  # an anchor or a table-of-contents jump: it leads within this page
        key = key_of(link.text_content())
        if len(key) >= _MIN_LINK_KEY:
            keys.add(key)
            if _leads_off_site(href, own):
                off_site.add(key)
            elif card := _card_keys(link, key):
                (cards if above else cards_below).update(card)
    return frozenset(keys), frozenset(cards), frozenset(cards_below), frozenset(off_site)


def _leads_off_site(href: str, own: str | None) -> bool:
    """Whether a link leads to another site than the page's own: other stories' cards
    link to the site's own pages, a guide's or a list's sections to the places they
    name (a museum's, a shop's, a maker's site). A relative link, or any link on a page
    that names no address of its own, is not known to leave."""
    found = ABSOLUTE_HOST.match(href)
    return own is not None and found is not None and site_of_host(found.group(1)) != own


# A link that ends a paragraph after its last sentence ("… rano. [czytaj więcej]")
# is a pointer elsewhere when it is this short: a "read more", a follow link.
_MAX_TAIL_LINK_WORDS = 4
# The paragraph before it is a sentence or more.
_MIN_TAIL_PROSE_WORDS = 8
# Inline marks a link may sit in as the paragraph's last run ("<strong>[<a>…</a>]</strong>").
_TAIL_RUN_TAGS = frozenset({"b", "strong", "em", "i", "span", "font", "small", "u"})


def _paragraph_links(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's links with an address inside a `<p>`, in the page's order: what
    `//p//a[@href]` finds, without libxml2's merging of each paragraph's finds (quadratic
    in the paragraphs: 40,000 paragraphs with a link took 24 s). A parsed page is at most
    255 elements deep, so each link's walk up is short."""
    for link in tree.getroottree().getroot().iter("a"):
        if link.get("href") is not None and next(link.iterancestors("p"), None) is not None:
            yield link


def _tail_links(tree: HtmlElement) -> dict[str, str]:
    """The paragraphs that end with a short link after their last sentence, by key,
    each with the link's text and the marks around it (`Hints.tail_link`).

    The link is the paragraph's last run: nothing but blanks or `<br>` after it, and
    the inline elements holding it (a bracket, a bold run) hold nothing else of words.
    It leads off the page (no `#` anchor: a footnote's marker stays) and has at most
    `_MAX_TAIL_LINK_WORDS` words; before it the paragraph ends a sentence. A link
    inside the sentence, or one the sentence's stop follows, is the sentence's own."""
    found: dict[str, str] = {}
    for link in _paragraph_links(tree):
        href = link.get("href").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        words = link.text_content().split()
        if not words or len(words) > _MAX_TAIL_LINK_WORDS:
            continue
        run, key = link, key_of(" ".join(words))
        parent = run.getparent()
        while (
            parent is not None
            and parent.tag in _TAIL_RUN_TAGS
            and key_of(parent.text_content()) == key
        ):
            run, parent = parent, parent.getparent()
        if parent is None or parent.tag != "p" or not _ends(run):
            continue
        text = " ".join(parent.text_content().split())
        tail = " ".join(run.text_content().split())
        before = text[: len(text) - len(tail)].rstrip()
        if (
            text.endswith(tail)
            and len(before.split()) >= _MIN_TAIL_PROSE_WORDS
            and ends_a_sentence(before)
        ):
            found[key_of(text)] = tail
    return found


def _ends(run: HtmlElement) -> bool:
    """Whether `run` is the last thing of its parent with words or marks in it."""
    if run.tail and run.tail.strip():
        return False
    for after in run.itersiblings():
        if (isinstance(after.tag, str) and after.tag != "br") or (
            after.tail and after.tail.strip()
        ):
            return False  # (a comment between is no text)
    return True


_CARD_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BLURB_TAGS = frozenset({"p", "div", "span"})
# A blurb is a sentence or two.
_MAX_BLURB_KEY = 300


def _card_keys(link: HtmlElement, key: str) -> tuple[str, ...]:
    """The keys of a card's headline and of its blurb, when the link (of key `key`)
    is another story's linked headline with a blurb; none otherwise.

    The headline is a link that is a heading's whole text (`<h2><a>…</a></h2>`) or
    a link that holds a heading (`<a><h2>…</h2></a>`); the blurb is the element right
    after the headline, a short text with no link of its own. A card that is one
    link as a whole (`<a><h3>Headline</h3><p>Blurb</p></a>`, a card component of
    many themes) has its blurb inside the link, after the heading: its headline's
    key is then the heading's, the link's being headline and blurb together."""
    parent = link.getparent()
    if parent is not None and parent.tag in _CARD_HEADINGS:
        # <h2><a>Headline</a></h2>, or <h2><span>Kicker</span> <a>Headline</a></h2>
        heading_key = key_of(parent.text_content())
        if (len(heading_key) != len(key) and not _kicker_before(parent, link)) or (
            blurb := _blurb_key(parent.getnext())
        ) is None:
            return ()
        return (key, blurb) if len(heading_key) == len(key) else (key, heading_key, blurb)
    heading = next((child for child in link if child.tag in _CARD_HEADINGS), None)
    if heading is None:
        return _plain_card_keys(link)
    if (blurb := _blurb_key(link.getnext())) is not None:
        return key, blurb  # <a><h2>Headline</h2></a><p>Blurb</p>
    if link.find("h1") is not None:
        return ()  # the page's own headline and dek, linked to the page
    heading_key = key_of(heading.text_content())
    if len(heading_key) >= _MIN_LINK_KEY and (blurb := _blurb_key(heading.getnext())) is not None:
        return heading_key, blurb  # <a><h2>Headline</h2><p>Blurb</p></a>
    return ()


def _kicker_before(heading: HtmlElement, link: HtmlElement) -> bool:
    """Whether the heading's text is the link's after a kicker of one to
    `MAX_KICKER_WORDS` words: nothing follows the link, and the words before it are
    few. A heading that only ends in a link ("How we tested the <a>X200</a>") has more:
    one text, no card. The card still needs a blurb and the rules' run and topic."""
    heading_text = " ".join(heading.text_content().split())
    link_text = " ".join(link.text_content().split())
    if not link_text or not heading_text.endswith(link_text):
        return False
    return 1 <= len(heading_text[: -len(link_text)].split()) <= MAX_KICKER_WORDS


def _plain_card_keys(link: HtmlElement) -> tuple[str, ...]:
    """A card that is one link as a whole with no heading in it (`<a><span>Headline
    </span><span>Blurb</span></a>`, `<a><strong>…</strong><p>…</p></a>`, a theme's
    card without heading markup): a child of the link with a headline's length of text
    and no element of its own, the blurb right after it inside the link."""
    if len(link) < 2:
        return ()  # most links: a text, a picture, one mark
    for child in link:
        if not isinstance(child.tag, str) or child.tag == "h1" or len(child):
            continue
        head = key_of(child.text_content())
        if len(head) < _MIN_LINK_KEY or len(head) > _MAX_HEADLINE_KEY:
            continue
        if (blurb := _blurb_key(child.getnext())) is not None:
            return head, blurb
    return ()


# A headline is a line: a card's "headline" longer than this is a blurb of its own.
_MAX_HEADLINE_KEY = 150


def _blurb_key(blurb: HtmlElement | None) -> str | None:
    """The key of a card's blurb: a `<p>`, `<div>` or `<span>` of a sentence or two
    with no link of its own."""
    if blurb is None or blurb.tag not in _BLURB_TAGS or blurb.find(".//a") is not None:
        return None
    key = key_of(blurb.text_content())
    return key if _MIN_LINK_KEY <= len(key) <= _MAX_BLURB_KEY else None


LEAD_CLASS_WORDS = frozenset(
    {"lead", "leadtext", "lede", "intro", "introtext", "teaser", "excerpt", "standfirst", "dek"}
    | {"summary", "abstract", "chapo", "perex"}
)
"""Words of class values that name an article's lead box in many CMSs' markup
("art-lead", "article__intro", "teaser-text", "entry-excerpt", "c-dek", "af-chapo"; the
Czech and Slovak CMSs' "perex", "article-perex")."""
_MAYBE_LEAD = re.compile(r"(?<![a-z0-9])" + longest_first_trie(LEAD_CLASS_WORDS) + r"(?![a-z0-9])")


def _candidates(tree: HtmlElement) -> list[HtmlElement]:
    """The elements whose class or id has a box word's stem (`classed_elements`)."""
    return classed_elements(tree)[0]


def lead_class_boxes(tree: HtmlElement) -> list[HtmlElement]:
    """The elements whose class has a lead word in it (`classed_elements`)."""
    return classed_elements(tree)[1]


@dataclass
class ClassWalk:
    """What `class_walk` read of a page: every class and id value in document order,
    with its element, and the elements with an author mark other than their class
    and id (`AUTHOR_MARKS`). The author search reads its candidates from it
    (`html_authors.walked_author_candidates`) instead of walking the page again."""

    root: HtmlElement
    values: list[str]
    """Class and id values as written (not case-folded), in document order."""
    owners: list[HtmlElement]
    """Each value's element."""
    ids: set[int]
    """Which values are ids."""
    marked: list[tuple[int, HtmlElement]]
    """Elements with an author mark, each with the number of values before its own."""
    images: list[HtmlElement]
    """The page's `<img>` elements (a slide gallery's pictures, `_slide_captions`)."""
    dialogs: list[HtmlElement] = field(default_factory=list)
    """The page's dialogs (`role="dialog"`, `role="alertdialog"`, `aria-modal="true"`:
    a player's modal window, a consent or sign-up overlay), `_dialog_keys`."""
    controls: list[HtmlElement] = field(default_factory=list)
    """The page's elements of `role="button"` other than links (`_control_keys`; its
    `<button>`s are found there)."""


AUTHOR_MARKS = ("itemprop", "data-testid", "data-component")
"""Attributes whose presence makes an element a candidate of the author search
(`html_authors._author_candidates`), as does `rel="author"`."""


def class_walk(tree: HtmlElement) -> ClassWalk:
    """One walk of the page for its class and id values and its author marks.

    Most elements have no attributes (a test in C: no lookups); an element whose
    only attributes are its class and id has no author mark, so the marks are
    looked up on the others alone.
    """
    values: list[str] = []
    owners: list[HtmlElement] = []
    ids: set[int] = set()
    marked: list[tuple[int, HtmlElement]] = []
    images: list[HtmlElement] = []
    dialogs: list[HtmlElement] = []
    controls: list[HtmlElement] = []
    itemprop, testid, component = AUTHOR_MARKS
    # The whole document, as an XPath from the root would read it: lxml.html may
    # hand over a fragment's element rather than the root.
    root = tree.getroottree().getroot()
    for element in root.iter(etree.Element):
        attributes = element.attrib
        if not attributes:
            continue
        classes, identifier = attributes.get("class"), attributes.get("id")
        before = len(values)
        if classes is not None:
            values.append(classes)
            owners.append(element)
        if identifier is not None:
            ids.add(len(values))
            values.append(identifier)
            owners.append(element)
        if len(attributes) > len(values) - before:
            if (
                itemprop in attributes
                or testid in attributes
                or component in attributes
                or attributes.get("rel") == "author"
            ):
                marked.append((before, element))
            tag = element.tag
            if tag == "img":  # an <img> has a source: never class and id alone
                images.append(element)
            elif tag != "a":  # links, most of these elements, are no dialogs nor controls
                role = attributes.get("role")
                if role in _DIALOG_ROLES or attributes.get("aria-modal") == "true":
                    dialogs.append(element)
                elif role == "button":
                    controls.append(element)
    return ClassWalk(root, values, owners, ids, marked, images, dialogs, controls)


def classed_elements(
    tree: HtmlElement, walk: ClassWalk | None = None
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The elements whose class or id has a box word's stem, in document order, then
    the figures that are not among them; and the elements whose class has a lead
    word (`LEAD_CLASS_WORDS`) standing between separators, in document order.
    `walk` is `class_walk(tree)` when the caller has it.

    Pages have thousands of classed elements; one regex over all their class and
    id values joined is far cheaper than a test per element. The values and their
    owners are gathered in one walk of the page (`class_walk`): about as costly
    as the XPath for the values alone, where a second XPath found the owners of
    the matches and a third the figures.
    """
    if walk is None:
        walk = class_walk(tree)
    values, owners, ids, root = walk.values, walk.owners, walk.ids, walk.root
    # Found by their tag in C, not by reading each element's tag in the walk.
    figures = list(root.iter(*_FIGURE_TAGS))
    raw = "\n".join(values)
    joined = raw.casefold()
    if len(joined) != len(raw):  # "ß" → "ss": fold each value so the offsets below hold
        values = [value.casefold() for value in values]
        joined = "\n".join(values)
    starts = list(accumulate((len(value) + 1 for value in values), initial=0))
    # A match lies within one value (no box word holds a line break): the value
    # it starts in is the one before the first start after it.
    found = dict.fromkeys(
        owners[bisect_right(starts, match.start()) - 1] for match in _MAYBE_BOX.finditer(joined)
    )
    for figure in figures:
        found.setdefault(figure, None)
    leads: dict[HtmlElement, None] = {}
    for match in _MAYBE_LEAD.finditer(joined):
        index = bisect_right(starts, match.start()) - 1
        if index not in ids:
            leads.setdefault(owners[index], None)
    return list(found), list(leads)


def _link_density(element: HtmlElement, length: int) -> float:
    if not length:
        return 0.0
    linked = sum(len(link.text_content()) for link in element.iter("a"))
    return min(1.0, linked / length)


# A slide is small: its picture, its counter, a caption, a credit, a button or two.
_MAX_SLIDE_CHILDREN = 8
_MAX_COUNTER_CHARS = 24
# A caption this short is a word or two of the slide's furniture ("Vollbild").
_MIN_CAPTION_KEY = 8
_MAX_CAPTION_KEY = 600
_MAX_WRAPPERS = 2


def _counter_of(slide: HtmlElement) -> tuple[HtmlElement, re.Match[str], str] | None:
    """The slide's one counter alone in its element ("1 de 4", "Foto 2 di 8"), with its
    match and key; None when it has none or two."""
    found = None
    for element in slide.iter(etree.Element):
        if len(element) or not element.text:
            continue
        text = element.text.strip()
        if not text or len(text) > _MAX_COUNTER_CHARS or not DIGIT.search(text):
            continue
        text = " ".join(text.split())
        counter = SLIDE_COUNTER.match(text)
        if counter is None or text[counter.end() :].strip(" )]"):
            continue
        if found is not None:
            return None
        found = (element, counter, key_of(text))
    return found


_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
# A dialog of more text than this is no overlay's strings: a lightbox or a modal view
# that holds an article (its text stays).
_MAX_DIALOG_CHARS = 1000


def _dialog_keys(dialogs: list[HtmlElement], root: HtmlElement) -> frozenset[str]:
    """The keys of the texts inside the page's dialogs (`Hints.in_dialog`): each
    element with text of its own in a dialog of at most `_MAX_DIALOG_CHARS`
    characters, unless the page prints the same text again: a share dialog quotes the
    article's headline or lead ("Share this story" over the first paragraph), and the
    extractor's block of that text is the article's. The dialogs come from
    `class_walk`'s walk: no other walk of the page."""
    keys: set[str] = set()
    page_text = ""  # the page's text, spaces collapsed: read once, if a dialog has text
    for dialog in dialogs:
        if len(dialog.text_content()) > _MAX_DIALOG_CHARS:
            continue
        for own_text in _texts_with_words_of_their_own(dialog):
            text = " ".join(own_text.split())
            if not (key := key_of(text)):
                continue
            page_text = page_text or " ".join(root.text_content().split())
            if page_text.count(text) < 2:  # the dialog's own copy only
                keys.add(key)
    return frozenset(keys)


def _texts_with_words_of_their_own(container: HtmlElement) -> Iterator[str]:
    """The text of each element inside `container` (itself included) that holds words of
    its own, in its text or a child's tail, not only its children's: one line of text the
    extractor may print (`_dialog_keys`, `_control_keys`)."""
    for element in container.iter(etree.Element):
        if (element.text and element.text.strip()) or any(
            child.tail and child.tail.strip() for child in element
        ):
            yield element.text_content()


# A control's label is a few words; a control of more words (a whole card made
# clickable) holds text of its own.
_MAX_CONTROL_TEXT_WORDS = 30
_MAX_CONTROL_WORDS = 8


def _control_keys(controls: list[HtmlElement], root: HtmlElement) -> frozenset[str]:
    """The keys of the short labels inside the page's controls (`Hints.in_control`):
    each element with text of its own, of at most `_MAX_CONTROL_WORDS` words, in a
    `<button>` or an element of `role="button"` of at most `_MAX_CONTROL_TEXT_WORDS`
    words. A disclosure toggle (`aria-expanded`: an accordion's question, a
    section's "Show more") names the text it opens, which may be the article's: it
    is not read."""
    keys: set[str] = set()
    for control in chain(root.iter("button"), controls):
        if control.get("aria-expanded") is not None:
            continue
        if len(control.text_content().split()) > _MAX_CONTROL_TEXT_WORDS:
            continue
        for text in _texts_with_words_of_their_own(control):
            if len(text.split()) <= _MAX_CONTROL_WORDS and (key := key_of(text)):
                keys.add(key)
    return frozenset(keys)


def _children_up_to(element: HtmlElement, most: int) -> int:
    """`len(element)`, or `most + 1` when it has more: lxml counts an element's children
    by walking them, and a page's body of 30,000 pictures was counted again for each
    picture (31 s)."""
    return sum(1 for _ in islice(element.iterchildren(), most + 1))


def _slide_captions(images: list[HtmlElement]) -> dict[str, bool]:
    """The captions of the page's slide galleries by key, each with whether it stands
    on three slides or more of its gallery (`Hints.slide_caption`, `slide_repeated`).

    A slide is a picture's parent (or the parent of up to two wrappers holding the
    picture alone: a link, a `<picture>`, a `<figure>`), a small box holding one counter
    alone in its element ("1 de 4", "2 / 12", "Foto 3 di 8"; a label must name the
    picture); a gallery, three slides or more
    numbered against one total, from the first. The slide's other texts are its
    captions: trafilatura drops the counters and may keep the captions, or one copy of
    a caption every slide repeats. A pager ("Seite 1 von 8") holds no picture. The
    pictures come from `class_walk`'s walk, so no other walk of the page is made."""
    galleries: dict[tuple[int, bool], list[tuple[int, HtmlElement, HtmlElement, str]]] = {}
    seen: set[HtmlElement] = set()
    for image in images:
        slide = image.getparent()
        # A wrapper of the picture alone (a link, a `<picture>`, a `<figure>`) is no slide.
        for _ in range(_MAX_WRAPPERS):
            if slide is None or _children_up_to(slide, 1) != 1:
                break
            slide = slide.getparent()
        if (
            slide is None
            or slide in seen
            or _children_up_to(slide, _MAX_SLIDE_CHILDREN) > _MAX_SLIDE_CHILDREN
        ):
            continue
        seen.add(slide)
        found = _counter_of(slide)
        if found is None:
            continue
        element, counter, counter_key = found
        number, total = int(counter["number"]), int(counter["total"])
        label = counter["label"]
        if not 1 <= number <= total or total < MIN_GALLERY_SLIDES:
            continue
        if label is not None and label.strip().casefold() not in PICTURE_LABELS:
            continue
        spelt = bool(label or counter["word"])
        galleries.setdefault((total, spelt), []).append((number, slide, element, counter_key))
    found_keys: dict[str, bool] = {}
    for slides in galleries.values():
        if not FIRST_SLIDES.issubset(number for number, _, _, _ in slides):
            continue
        captions: dict[str, int] = {}
        for _, slide, counter_element, counter_key in slides:
            keys = set()
            for element in slide.iter(etree.Element):
                if element is counter_element:
                    continue
                key = key_of(element.text_content())
                if element is slide:
                    key = key.replace(counter_key, "", 1)
                elif counter_key in key:
                    continue
                if _MIN_CAPTION_KEY <= len(key) <= _MAX_CAPTION_KEY:
                    keys.add(key)
            for key in keys:
                captions[key] = captions.get(key, 0) + 1
        for key, count in captions.items():
            found_keys[key] = found_keys.get(key, False) or count >= MIN_GALLERY_SLIDES
    return found_keys
