"""Per-page body errors of `clean_html` on the tune part of webeval, with the blocks behind them.

    python -m bench.html_misses [--limit N] [--json FILE] [--source] [--structure] [--settings]
                                [--pages] [--named] [--causes] [--closing]

Tune part only: it prints segments, and test pages are for the final figure,
never for looking at (bench/split.py). For each page it lists

- every `with` segment missing from `Article.to_text()`, and where it went: never in
  the extracted text (`extractor`), or the block(s) that hold it with their label and
  the rule that claimed them (`caption`, `title`, `removed:<rule>`);
- every `without` segment found in the output, with the body block(s) that hold it:
  tag, class words, link share, whether it opens with a link, its place among the
  article's prose blocks (`above`, `inside`, `below`: before the first block of 15
  words or more, between, or after the last), how many kept blocks follow it
  (`end-N`), and whether the segment is the whole block (`whole`: at least
  `_WHOLE_SHARE` of its characters) or a part the annotators cut out of it (`part`:
  a clause, a name, an inline link's words, which no block rule can take), and for a
  part whether its block also holds a `with` segment (`mixed`: only a cut inside the
  block parts them) or none (`part`: mostly a snippet the annotators took of a block
  that is junk as a whole, or the same words found inside a longer block).

With `--source`, each segment also gets the page element it comes from: the smallest
element of the page (scripts and styles left out) whose text holds the segment's
opening, with its ancestors' tags, classes and ids (`source_path`). It says what
trafilatura kept or dropped: a comment list, a sidebar widget, an embedded post, a
recipe card, a box inside the article's container.

The summary counts both by where they went or where they stand.

With `--settings`, each `extractor` miss also says which other reading of the page by
trafilatura prints it (`other_settings`): `favor_recall`, `favor_precision`, or its text
with the comments it leaves out (`include_comments`). It says whether a
setting the pipeline could take (`extract_blocks` takes `favor_recall` only when the
first reading found almost nothing) would have given the text, or whether no
reading of trafilatura's does (a sidebar, a box its cleaning drops, an invisible
character the annotators kept).

With `--pages`, no listing: the pages by what their errors cost, each page's `with`
segments lost and `without` segments kept by where they went (as the listing's
tags), and the body F1 of the whole tune part if that page alone were right
(`page_costs`), then how many pages hold one, two, three errors. It says whether
the F1 left is a few pages' or a long tail's, and which mechanisms the costly
pages share.

With `--causes`, no listing: each segment's cause (`cause`; `--settings` is implied),
counted with the number of sites it holds on and the first sites by name: a lost
segment by the label or rule it went to, or for one the extractor never printed,
`invisible` (the output prints it once the invisible characters the annotators kept,
soft hyphens, U+2063, drop: `visible_form`), `comments`, the other reading that prints
it, or `no reading`; a kept one by its place and shape. It says which causes carry
across sites, the ones a rule could be built for, and which are one site's.

With `--named`, no listing: every block of every tune page that reads as one of the
junk shapes issue 15 names (`named_shape`: a slide counter "3/50", a video player's
strings or display, a table row with no text, a row of mostly empty cells), by the
rules' own patterns, counted by its fate: kept holding a `with` segment (`W`), a
`without` one (`X`), or neither (`-`), or the label and rule it went to. It says
whether the issue's shapes reach the body on this part at all, and which rule takes
them where they do not.

With `--structure`, no listing: every kept block of every tune page (body and
headings) is placed against the article's container in the page's markup
(`container_of`: the deepest element holding half the characters of the prose blocks
found in the page, `_CONTAINER_SHARE`), and counted as holding a `with` segment
(`W`), a `without` one as its whole (`X`) or as a part (`x`), or neither (`-`), by
its place (`in` the container; outside it `above`, `between` or `below` the blocks
in it; `unmapped` when no element prints the block's text as its whole), by how many
levels above the container its branch leaves it (`levels_up`), and by the box tags
(`<aside>`, `<nav>`, `<footer>`, `<header>`, `<form>`, `<figure>`) among its
ancestors, and by the row of cards it stands in (`card_row`: its element or an
ancestor up to five levels among three or more siblings of one tag and class value,
most of them holding a link, a portal's teaser boxes). It says whether the markup
around the kept junk parts it from the article.
Its last table reads the class and id words of the block's element and its ancestors
(`ancestor_words`: "td-post-content" gives "td", "post", "content"), each word once a
block, with the number of sites whose `without` blocks hold it: a word that marks the
kept junk on several sites and seldom the article's text would be a rule's evidence.

With `--closing`, no listing: every kept paragraph among the last `_CLOSING_BLOCKS`
body blocks of every tune page, counted as holding a `with` segment (`W`), a `without`
one (`X`) or neither (`-`), with their sites, by three cues a rule against the site's
own closing pitch ("Follow The Gleaner on Twitter …", "Gefällt dir unser
Klettermagazin?", "Zapraszamy też do subskrypcji …") could read (`closing_cues`): it
names the site (`site`: a word of the site's name or host, `words_of_site`, of
`_MIN_SITE_LETTERS` letters or more, found in its letters), it speaks to the reader
(`you`: a second-person pronoun or a host's invitation, `_READER`, in the languages
most tune pages are in), and it shares under `_APART_SHARE` of its words of
`_TOPIC_LETTERS` letters or more with the body above it (`apart`: off the article's
topic). It says whether the pitch is told from the article's own last paragraph
by anything but its wording.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field

from bench.corpus import normalise, sample
from bench.split import site

_PROSE_WORDS = 15
# A `without` segment is the whole block when it has this share of the block's characters.
_WHOLE_SHARE = 0.8
# `source_path` looks the segment up by its opening this long (a part cut from a
# block's middle still opens it), and names at most this many ancestors.
_SOURCE_PROBE = 50
_SOURCE_DEPTH = 8
_SOURCE_NAME = 40
# `--structure`: the article's container holds this share of the found prose blocks'
# characters; a prose block has this many characters in its key.
_CONTAINER_SHARE = 0.5
_PROSE_KEY = 100
_INLINE = frozenset(
    "a abbr b bdi bdo big br cite code del em font i img ins kbd label mark q s small"
    " span strike strong sub sup time u var wbr".split()
)
_BOX_TAGS = frozenset({"aside", "nav", "footer", "header", "form", "figure"})
# `--structure`'s class-word table: the words of a block's and its ancestors' class and
# id values, split at spaces, hyphens and underscores, digits alone left out; a word
# is listed when it holds `without` blocks on this many sites or more.
_WORD_SPLIT = re.compile(r"[\s_-]+")
_WORD_SITES = 2
# `--structure`'s cards table: a block is in a row of cards when its element or one of
# its ancestors up to `_CARD_DEPTH` levels has this many siblings or more of its tag and
# class value (itself counted), `_CARD_LINKED` of them holding a link: a portal's
# repeated teaser boxes, told by the markup's repetition rather than by words.
_CARD_DEPTH = 5
_MIN_CARDS = 3
_CARD_LINKED = 0.8
# `--closing`: the last kept body blocks it reads, and its three cues (module docstring).
_CLOSING_BLOCKS = 3
_MIN_SITE_LETTERS = 4
_TOPIC_LETTERS = 5
_APART_SHARE = 0.1
_READER = re.compile(
    r"\b(?:you|your|yours|du|dich|dir|dein\w*|euch|euer\w*|Sie|Ihnen|Ihr\w*|vous|votre|vos"
    r"|usted|ustedes|vosotros|zapraszamy|zapraszam)\b",
    re.IGNORECASE,
)
_FORMAL_ONLY = frozenset({"sie", "ihnen"})  # (capitalised: "sie" is "they" or "she")


@dataclass
class Block:
    text: str
    label: str
    rule: str | None
    tag: str | None
    classes: list[str]
    link: float
    lead_link: bool
    place: str
    from_end: int | None = None


@dataclass
class Miss:
    page: str
    kind: str  # "lost" (a `with` segment missing) or "kept" (a `without` segment found)
    segment: str
    where: str
    blocks: list[Block] = field(default_factory=list)
    whole: bool | None = None  # (kept only) the segment is the whole of its first block
    mixed: bool | None = None  # (kept parts) the block holds a `with` segment too
    source: str | None = None  # (--source) the page element it comes from, `source_path`
    # (--settings, `extractor` misses) the other readings of trafilatura's that print it
    settings: list[str] | None = None
    # (lost only) the lost text is in the output once the invisible characters drop
    invisible: bool = False


def _judged(cleaner, page):
    """The page's document with every verdict given, and the Article made of it."""
    from articleclean.assemble import assemble
    from articleclean.readers.html import read_html

    document = read_html(page.html, url=page.url)
    cleaner._judge(document, time.monotonic())
    article = assemble(document, cleaner.config)
    return document, article


def _places(segments) -> dict[int, str]:
    from articleclean.document import Label, Origin

    blocks = [s for s in segments if s.origin is not Origin.FIGURE]
    prose = [
        i for i, s in enumerate(blocks) if s.label in (Label.BODY,) and s.word_count >= _PROSE_WORDS
    ]
    places = {}
    for i, s in enumerate(blocks):
        if not prose:
            places[id(s)] = "noprose"
        elif i < prose[0]:
            places[id(s)] = "above"
        elif i > prose[-1]:
            places[id(s)] = "below"
        else:
            places[id(s)] = "inside"
    return places


def _block(segment, places, from_end: dict[int, int] | None = None) -> Block:
    hints = segment.hints
    return Block(
        text=segment.text[:160],
        label=segment.label.name.lower(),
        rule=segment.rule,
        tag=hints.tag,
        classes=sorted(hints.class_words),
        link=round(hints.link_density, 2),
        lead_link=hints.lead_link,
        place=places.get(id(segment), "figure"),
        from_end=(from_end or {}).get(id(segment)),
    )


def _holding(segments, wanted: str):
    """The segments whose text overlaps the annotated segment `wanted`."""
    found = []
    for segment in segments:
        text = normalise(segment.text)
        if len(text) < 4:
            continue
        if wanted in text or (len(text) >= 12 and text in wanted):
            found.append(segment)
    return found


def _whole(wanted: str, block) -> bool:
    """Whether the normalised segment `wanted` is all of `block` (nearly: a mark or a
    word of the block's may be left out of the annotation) rather than a part of it."""
    return len(wanted) >= _WHOLE_SHARE * len(normalise(block.text))


def _mixed(block, withs: list[str]) -> bool:
    """Whether `block` also holds one of the page's normalised `with` segments."""
    text = normalise(block.text)
    return any(wanted in text for wanted in withs)


def page_tree(html: bytes):
    """The page parsed as `clean_html` parses it: decoded by its declared or sniffed
    charset (lxml alone reads undeclared UTF-8 bytes as Latin-1, and no text of
    theirs is then found)."""
    from articleclean.readers.html import _decode, _parse

    decoded, utf8 = _decode(html, None)
    return _parse(decoded.text, utf8)


def page_texts(html: bytes) -> list[tuple[object, str]]:
    """Every element of the page with its normalised text, scripts and styles left out."""
    tree = page_tree(html)
    if tree is None:
        return []
    for element in tree.xpath("//script|//style|//noscript"):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return [(e, normalise(e.text_content())) for e in tree.iter() if isinstance(e.tag, str)]


def _element_name(element) -> str:
    name = element.tag
    classes = " ".join((element.get("class") or "").split())[:_SOURCE_NAME]
    ident = (element.get("id") or "")[:_SOURCE_NAME]
    return name + (f".{classes}" if classes else "") + (f"#{ident}" if ident else "")


def source_path(texts: list[tuple[object, str]], wanted: str) -> str | None:
    """The smallest element whose text holds `wanted`'s opening, with its ancestors
    ("p < div.comment-text < li.comment < ol#commentlist"), or None when no element
    prints it (a JSON blob, a text trafilatura joined across elements)."""
    probe = normalise(wanted)[:_SOURCE_PROBE]
    best = None
    for element, text in texts:
        # On a tie the later element wins: in document order it is the descendant.
        if probe in text and (best is None or len(text) <= len(best[1])):
            best = (element, text)
    if best is None:
        return None
    names, element = [], best[0]
    while element is not None and len(names) < _SOURCE_DEPTH:
        names.append(_element_name(element))
        element = element.getparent()
    return " < ".join(names)


# `--settings`: trafilatura's other readings of a page, by name, as keyword arguments
# (`extract` prints the comments unless told not to; the pipeline tells it not to).
_SETTINGS: dict[str, dict[str, bool]] = {
    "favor_recall": {"favor_recall": True, "include_comments": False},
    "favor_precision": {"favor_precision": True, "include_comments": False},
    "include_comments": {"include_comments": True},
}


def setting_texts(html: bytes, url: str | None) -> dict[str, str]:
    """trafilatura's text of the page under each of `_SETTINGS`, as it renders it
    (its rendering drops the invisible characters the annotators kept), normalised."""
    import trafilatura

    return {
        name: normalise(trafilatura.extract(html, url=url, include_tables=True, **options) or "")
        for name, options in _SETTINGS.items()
    }


def other_settings(texts: dict[str, str], wanted: str) -> list[str]:
    """The names of the readings in `texts` (`setting_texts`) that print `wanted`."""
    key = normalise(wanted)
    return [name for name, text in texts.items() if key and key in text]


def misses(limit: int | None = None, source: bool = False, settings: bool = False) -> list[Miss]:
    import articleclean
    from articleclean.document import Label

    cleaner = articleclean.Cleaner()
    result: list[Miss] = []
    for page in sample(limit, part="tune"):
        first_miss = len(result)
        document, article = _judged(cleaner, page)
        output = normalise(article.to_text())
        everything = normalise("\n".join(s.text for s in document.segments))
        places = _places(document.segments)
        for segment in page.with_:
            wanted = normalise(segment)
            if not wanted or wanted in output:
                continue
            holders = _holding(document.segments, wanted)
            if not holders:
                where = "extractor" if wanted not in everything else "split"
            else:
                first = holders[0]
                where = first.label.name.lower()
                if first.label is Label.REMOVED:
                    where = f"removed:{first.rule}"
            miss = Miss(page.url, "lost", segment, where, [_block(h, places) for h in holders])
            miss.invisible = visible_form(wanted) != wanted and visible_form(wanted) in output
            result.append(miss)
        kept = [s for s in document.segments if s.label in (Label.BODY, Label.HEADING)]
        from_end = {id(s): len(kept) - 1 - i for i, s in enumerate(kept)}
        withs = [w for w in (normalise(x) for x in page.with_) if w]
        for segment in page.without:
            wanted = normalise(segment)
            if not wanted or wanted not in output:
                continue
            holders = _holding(kept, wanted)
            where = places.get(id(holders[0]), "?") if holders else "?"
            whole = _whole(wanted, holders[0]) if holders else None
            mixed = None if whole in (None, True) else _mixed(holders[0], withs)
            blocks = [_block(h, places, from_end) for h in holders]
            result.append(Miss(page.url, "kept", segment, where, blocks, whole, mixed=mixed))
        if source and len(result) > first_miss:
            texts = page_texts(page.html)
            for miss in result[first_miss:]:
                miss.source = source_path(texts, miss.segment)
        extracted = [m for m in result[first_miss:] if m.where == "extractor"]
        if settings and extracted:
            readings = setting_texts(page.html, page.url)
            for miss in extracted:
                miss.settings = other_settings(readings, miss.segment)
    return result


def text_blocks(tree) -> dict:
    """The page's blocks by key: for each element holding text of its own, its nearest
    ancestor (or itself) that is no inline element, by the key of its whole text; the
    first such block in page order for a key printed twice."""
    from articleclean.document import key_of

    found: dict = {}
    seen: set = set()
    body = tree.find(".//body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript"):
            continue
        if not ((element.text or "").strip() or any((c.tail or "").strip() for c in element)):
            continue
        block = element
        while block.tag in _INLINE and block.getparent() is not None:
            block = block.getparent()
        if block in seen:
            continue
        seen.add(block)
        key = key_of(block.text_content())
        if key:
            found.setdefault(key, block)
    return found


def container_of(elements: list[tuple[str, object]]):
    """The article's container: the deepest element holding `_CONTAINER_SHARE` of the
    characters of the prose blocks (keys of `_PROSE_KEY` characters or more) among
    `elements`, (key, element) pairs, and two of them at least when there are two (a
    long paragraph alone is no container); None without prose."""
    weight: dict = {}
    count: dict = {}
    total = blocks = 0
    for key, element in elements:
        if len(key) < _PROSE_KEY:
            continue
        total += len(key)
        blocks += 1
        for holder in (element, *element.iterancestors()):
            weight[holder] = weight.get(holder, 0) + len(key)
            count[holder] = count.get(holder, 0) + 1
    least = min(blocks, 2)
    holders = [e for e, w in weight.items() if w >= _CONTAINER_SHARE * total and count[e] >= least]
    if not holders:
        return None
    return max(holders, key=lambda e: sum(1 for _ in e.iterancestors()))


def levels_up(container, element) -> int:
    """How many levels above `container` the branch holding `element` leaves it
    (0: `element` is in it)."""
    holders = {element, *element.iterancestors()}
    for level, holder in enumerate((container, *container.iterancestors())):
        if holder in holders:
            return level
    return -1


def ancestor_words(element) -> frozenset[str]:
    """The words of the class and id values of `element` and its ancestors (module
    docstring)."""
    words: set[str] = set()
    for holder in (element, *element.iterancestors()):
        raw = f"{holder.get('class') or ''} {holder.get('id') or ''}".casefold()
        words.update(word for word in _WORD_SPLIT.split(raw) if word and not word.isdigit())
    return frozenset(words)


def _signature(element) -> tuple[str, str]:
    return element.tag, " ".join(sorted((element.get("class") or "").split()))


def _linked(element) -> bool:
    return (element.tag == "a" and bool(element.get("href"))) or element.find(
        ".//a[@href]"
    ) is not None


def card_row(element) -> int:
    """The most siblings of one tag and class value, `_CARD_LINKED` of them holding a
    link, that `element` or one of its ancestors up to `_CARD_DEPTH` levels stands
    among (itself counted); 0 when none has `_MIN_CARDS`."""
    most = 0
    node = element
    for _ in range(_CARD_DEPTH):
        parent = node.getparent()
        if parent is None:
            break
        signature = _signature(node)
        same = [c for c in parent if isinstance(c.tag, str) and _signature(c) == signature]
        if len(same) >= _MIN_CARDS and sum(map(_linked, same)) >= _CARD_LINKED * len(same):
            most = max(most, len(same))
        node = parent
    return most


def _card_bucket(cards: int) -> str:
    if not cards:
        return "no row"
    return "3-5 cards" if cards <= 5 else "6+ cards"


def word_rows(counts: Counter) -> list[tuple[str, int, Counter]]:
    """The words table's rows from counts keyed ((word, site), kind): each word held by
    `without` blocks on `_WORD_SITES` sites or more, with those sites' number and its
    counts by kind; fewest `with` blocks for each `without` one first (the best evidence),
    then most `without` blocks."""
    kinds: dict[str, Counter] = {}
    sites: dict[str, set] = {}
    for (word, page_site), kind in counts:
        kinds.setdefault(word, Counter())[kind] += counts[((word, page_site), kind)]
        if kind in "Xx":
            sites.setdefault(word, set()).add(page_site)
    rows = [(word, len(sites[word]), kinds[word]) for word in sites]
    rows = [row for row in rows if row[1] >= _WORD_SITES]
    return sorted(
        rows,
        key=lambda row: (
            row[2]["W"] / (row[2]["X"] + row[2]["x"]),
            -(row[2]["X"] + row[2]["x"]),
            row[0],
        ),
    )


def _annotations(page) -> tuple[list[str], list[str]]:
    """The page's annotated `with` and `without` segments, normalised, empty ones left out."""
    withs = [w for w in (normalise(x) for x in page.with_) if w]
    withouts = [w for w in (normalise(x) for x in page.without) if w]
    return withs, withouts


def _annotated(text: str, withs: list[str], withouts: list[str]) -> str:
    """ "W" if the normalised `text` holds a `with` segment, else "X" if a `without`
    one, else "-"."""
    if any(w in text for w in withs):
        return "W"
    if any(w in text for w in withouts):
        return "X"
    return "-"


def _with_sites(blocks: Counter, sites: dict[tuple[str, str], set[str]]) -> Counter:
    """Each key's block count beside the number of sites it was seen on."""
    return Counter({key: (n, len(sites[key])) for key, n in blocks.items()})


def structure(limit: int | None = None) -> dict[str, Counter]:
    """`--structure`'s counts: table name → Counter of (value, class) (module docstring)."""
    import articleclean
    from articleclean.document import Label, Origin

    cleaner = articleclean.Cleaner()
    tables: dict[str, Counter] = {
        "place": Counter(),
        "levels": Counter(),
        "box": Counter(),
        "cards": Counter(),
        "words": Counter(),
    }
    for page in sample(limit, part="tune"):
        document, _ = _judged(cleaner, page)
        kept = [
            s
            for s in document.segments
            if s.label in (Label.BODY, Label.HEADING) and s.origin is not Origin.FIGURE
        ]
        tree = page_tree(page.html)
        if not kept or tree is None:
            continue
        blocks = text_blocks(tree)
        found = [(s, blocks.get(s.key)) for s in kept]
        container = container_of([(s.key, e) for s, e in found if e is not None])
        withs, withouts = _annotations(page)
        levels = [
            None if e is None or container is None else levels_up(container, e) for _, e in found
        ]
        inside = [i for i, level in enumerate(levels) if level == 0]
        for i, (segment, element) in enumerate(found):
            text = normalise(segment.text)
            if any(w in text for w in withs):
                kind = "W"
            elif any(w in text and _whole(w, segment) for w in withouts):
                kind = "X"
            elif any(w in text for w in withouts):
                kind = "x"
            else:
                kind = "-"
            level = levels[i]
            if level is None:
                place = "unmapped"
            elif level == 0:
                place = "in"
            elif not inside or i > inside[-1]:
                place = "below"
            elif i < inside[0]:
                place = "above"
            else:
                place = "between"
            tables["place"][(place, kind)] += 1
            if level:
                tables["levels"][(f"{place} {min(level, 3)}{'+' if level >= 3 else ''}", kind)] += 1
            if element is not None:
                tags = sorted({e.tag for e in (element, *element.iterancestors())} & _BOX_TAGS)
                tables["box"][(" ".join(tags) or "none", kind)] += 1
                cards = card_row(element)
                tables["cards"][(_card_bucket(cards), kind)] += 1
                for word in ancestor_words(element):
                    tables["words"][((word, site(page.url)), kind)] += 1
    return tables


def structure_report(tables: dict[str, Counter]) -> str:
    lines = []
    for name, counts in tables.items():
        if name == "words":
            lines.append(
                f"class words holding `without` blocks on {_WORD_SITES}+ sites, fewest W a without first:"
                " sites, then W X x -"
            )
            for word, sites, kinds in word_rows(counts):
                row = "  ".join(f"{kind} {kinds[kind]:5}" for kind in "WXx-")
                lines.append(f"  {word:24} {sites:3}  {row}")
            continue
        lines.append(f"{name}: W (with) X (without, whole) x (without, part) - (neither)")
        for value in sorted({value for value, _ in counts}):
            row = "  ".join(f"{kind} {counts[(value, kind)]:5}" for kind in "WXx-")
            lines.append(f"  {value:16} {row}")
    return "\n".join(lines)


# A table row of this many cells or more, at least `_EMPTY_CELL_SHARE` of them empty:
# a layout table's row ("| | Über 45.000 Ferienhäuser … | | | | | |") or a data
# table's sparse one ("| Debian | | | | |"), which only the annotations part.
_MIN_ROW_CELLS = 4
_EMPTY_CELL_SHARE = 0.6


def named_shape(text: str, player_page: bool = False) -> str | None:
    """Which of the junk shapes issue 15 names the block reads as, by the patterns of
    the rules that take them (`html_empty_row`, `html_player_text`, `html_gallery_slide`),
    or None. `player_page`: the page shows one of a video player's own sentences
    somewhere (`html_player_text` asks it too: "Chapters", "2,0 %" alone are no player's).
    A slide counter is a counter of `MIN_GALLERY_SLIDES` or more ("3/50", "Bild 2 von 8")
    standing alone or naming a picture: the rule's run of counters from the first slide
    is not asked, a recipe's "1/2 cup" is not one."""
    from articleclean.lexicon import MIN_GALLERY_SLIDES, PICTURE_LABELS, SLIDE_COUNTER
    from articleclean.rules.html import _empty_row, _player_text

    if _empty_row(text):
        return "empty row"
    if text.lstrip().startswith("|"):
        cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
        empty = sum(1 for cell in cells if not cell)
        if len(cells) >= _MIN_ROW_CELLS and empty >= _EMPTY_CELL_SHARE * len(cells):
            return "mostly empty row"
        return None
    if player_page and _player_text(text):
        return "player"
    counter = SLIDE_COUNTER.match(text)
    if counter is not None:
        number, total = int(counter["number"]), int(counter["total"])
        label = (counter["label"] or "").strip().casefold()
        alone = not re.search(r"\w", text[counter.end() :])
        if number <= total and total >= MIN_GALLERY_SLIDES and (alone or label in PICTURE_LABELS):
            return "slide counter"
    return None


def _player_page(segments) -> bool:
    """Whether a block of the page holds one of a video player's own sentences."""
    from articleclean.rules.html import _player_patterns

    sign = _player_patterns()[0]
    return any(sign.search(segment.text.casefold()) for segment in segments)


def named(limit: int | None = None) -> Counter:
    """`--named`'s counts: (shape, fate) → (blocks, sites) (module docstring)."""
    import articleclean
    from articleclean.document import Label

    cleaner = articleclean.Cleaner()
    blocks: Counter = Counter()
    sites: dict[tuple[str, str], set[str]] = {}
    for page in sample(limit, part="tune"):
        document, _ = _judged(cleaner, page)
        withs, withouts = _annotations(page)
        player_page = _player_page(document.segments)
        for segment in document.segments:
            shape = named_shape(segment.text, player_page)
            if shape is None:
                continue
            if segment.label in (Label.BODY, Label.HEADING):
                fate = "kept " + _annotated(normalise(segment.text), withs, withouts)
            elif segment.label is Label.REMOVED:
                fate = f"removed:{segment.rule}"
            else:
                fate = segment.label.name.lower()
            blocks[(shape, fate)] += 1
            sites.setdefault((shape, fate), set()).add(site(page.url))
    return _with_sites(blocks, sites)


def named_report(counts: Counter) -> str:
    lines = ["issue 15's named shapes on tune: blocks (sites) by fate"]
    for shape in sorted({shape for shape, _ in counts}):
        fates = sorted(
            ((fate, n, s) for (name, fate), (n, s) in counts.items() if name == shape),
            key=lambda row: (not row[0].startswith("kept"), row[0]),
        )
        row = ", ".join(f"{fate} {n} ({s})" for fate, n, s in fates)
        lines.append(f"  {shape}: {row}")
    return "\n".join(lines)


def _letters(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def _topic_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(rf"\w{{{_TOPIC_LETTERS},}}", text)}


def _speaks_to_reader(text: str) -> bool:
    from articleclean.lexicon import ends_a_sentence

    for found in _READER.finditer(text):
        word = found[0]
        if word.casefold() not in _FORMAL_ONLY and not word.casefold().startswith("ihr"):
            return True
        opens_a_sentence = not text[: found.start()].rstrip() or ends_a_sentence(
            text[: found.start()]
        )
        if word[0].isupper() and not opens_a_sentence:  # (a capital only the place gives)
            return True
    return False


def closing_cues(text: str, site_words: frozenset[str], above: set[str]) -> tuple[str, ...]:
    """`--closing`'s cues of a closing paragraph `text` (module docstring): `site`, `you`,
    `apart`, those it shows, in that order; `above` is the topic words of the body above."""
    cues = []
    letters = _letters(text)
    if any(len(word) >= _MIN_SITE_LETTERS and _letters(word) in letters for word in site_words):
        cues.append("site")
    if _speaks_to_reader(text):
        cues.append("you")
    words = _topic_words(text)
    if words and len(words & above) < _APART_SHARE * len(words):
        cues.append("apart")
    return tuple(cues)


def closing(limit: int | None = None) -> Counter:
    """`--closing`'s counts: (cues, fate) → (blocks, sites) (module docstring)."""
    import articleclean
    from articleclean.document import Label
    from articleclean.readers.html_site import words_of_site

    cleaner = articleclean.Cleaner()
    blocks: Counter = Counter()
    sites: dict[tuple[str, str], set[str]] = {}
    for page in sample(limit, part="tune"):
        document, _ = _judged(cleaner, page)
        meta = document.metadata
        site_words = words_of_site(meta.get("sitename"), meta.get("url") or page.url, None)
        withs, withouts = _annotations(page)
        kept = [s for s in document.segments if s.label in (Label.BODY, Label.HEADING)]
        last = len(kept) - _CLOSING_BLOCKS
        above = set().union(*(_topic_words(s.text) for s in kept[: max(last, 0)]))
        for segment in kept[max(last, 0) :]:
            if segment.label is not Label.BODY:
                continue
            cues = " ".join(closing_cues(segment.text, site_words, above)) or "none"
            fate = _annotated(normalise(segment.text), withs, withouts)
            blocks[(cues, fate)] += 1
            sites.setdefault((cues, fate), set()).add(site(page.url))
    return _with_sites(blocks, sites)


def closing_report(counts: Counter) -> str:
    lines = [f"kept paragraphs among the last {_CLOSING_BLOCKS} on tune: blocks (sites) by cues"]
    for cues in sorted({cues for cues, _ in counts}, key=lambda c: (c == "none", c)):
        row = ", ".join(
            f"{fate} {counts[(cues, fate)][0]} ({counts[(cues, fate)][1]})"
            for fate in ("W", "X", "-")
            if (cues, fate) in counts
        )
        lines.append(f"  {cues}: {row}")
    return "\n".join(lines)


def _shape(miss: Miss) -> str:
    if miss.whole is None:
        return ""
    return "whole" if miss.whole else ("mixed" if miss.mixed else "part")


def visible_form(text: str) -> str:
    """`text` normalised without its invisible characters (format characters: the soft
    hyphen, U+2063, the zero-width ones, the BOM), which `clean_html`'s output drops
    as trafilatura does and some annotated segments keep."""
    return normalise("".join(ch for ch in text if unicodedata.category(ch) != "Cf"))


def cause(miss: Miss) -> str:
    """The miss's cause, as `--causes` groups them: a lost segment by what decided it
    (the label or rule it went to; for one the extractor never printed, `invisible` when
    only the annotators' invisible characters part it from the output, else which
    other reading of trafilatura's prints it, `--settings`), a kept one by its place
    and shape (`report`'s "kept by shape")."""
    if miss.kind == "kept":
        return f"kept {miss.where} {_shape(miss)}".strip()
    if miss.invisible:
        return "lost invisible"
    if miss.where != "extractor" or miss.settings is None:
        return f"lost {miss.where}"
    if "include_comments" in miss.settings:
        return "lost extractor: comments"
    if miss.settings:
        return f"lost extractor: {miss.settings[0]}"
    return "lost extractor: no reading"


def causes_report(found: list[Miss], names: int = 6) -> str:
    """`--causes`: each cause with its segments and sites, the lost first, most first,
    and the first sites by name: whether a cause carries across sites or is one site's."""
    sites: dict[str, list[str]] = {}
    counts: Counter = Counter()
    for miss in found:
        key = cause(miss)
        counts[key] += 1
        named = sites.setdefault(key, [])
        if site(miss.page) not in named:
            named.append(site(miss.page))
    lines = ["cause: segments (sites) first sites"]
    for key, n in sorted(counts.items(), key=lambda item: (item[0].startswith("kept"), -item[1])):
        shown = ", ".join(sites[key][:names]) + (", …" if len(sites[key]) > names else "")
        lines.append(f"  {key}: {n} ({len(sites[key])}) {shown}")
    return "\n".join(lines)


def report(found: list[Miss]) -> str:
    lines = []
    for miss in found:
        shape = _shape(miss) and " " + _shape(miss)
        lines.append(
            f"[{miss.kind} {miss.where}{shape}] {site(miss.page)} :: {miss.segment[:140]!r}"
        )
        if miss.source is not None:
            lines.append(f"    from {miss.source}")
        if miss.settings is not None:
            lines.append(f"    printed with {', '.join(miss.settings) or 'no other setting'}")
        for block in miss.blocks[:3]:
            end = "" if block.from_end is None else f" end-{block.from_end}"
            lines.append(
                f"    {block.label}/{block.rule} <{block.tag}> {block.classes} "
                f"link={block.link} lead={block.lead_link} {block.place}{end}: "
                f"{block.text[:100]!r}"
            )
    lost = Counter(m.where for m in found if m.kind == "lost")
    kept = Counter(m.where for m in found if m.kind == "kept")
    shapes = Counter(
        f"{m.where} {_shape(m)}" for m in found if m.kind == "kept" and m.whole is not None
    )
    lines.append(f"lost {sum(lost.values())}: {dict(lost.most_common())}")
    lines.append(f"kept {sum(kept.values())}: {dict(kept.most_common())}")
    lines.append(f"kept by shape: {dict(shapes.most_common())}")
    readings = Counter(
        name or "none" for m in found if m.settings is not None for name in (m.settings or [None])
    )
    if readings:
        lines.append(f"extractor by other setting: {dict(readings.most_common())}")
    return "\n".join(lines)


@dataclass
class PageCost:
    page: str
    lost: Counter
    kept: Counter
    f1_if_right: float  # the tune part's F1 with this page's errors alone gone


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def page_costs(found: list[Miss], tp: int) -> list[PageCost]:
    """The pages of `found` by what their errors cost, the costliest first (ties in
    page order): `tp` is the part's `with` segments found, so the part's F1 is
    `_f1(tp, kept, lost)` and a page made right moves its lost segments to `tp`."""
    pages: dict[str, PageCost] = {}
    for miss in found:
        cost = pages.setdefault(miss.page, PageCost(miss.page, Counter(), Counter(), 0.0))
        if miss.kind == "lost":
            cost.lost[miss.where] += 1
        else:
            cost.kept[f"{miss.where} {_shape(miss)}".strip()] += 1
    fn = sum(c.total() for c in (p.lost for p in pages.values()))
    fp = sum(c.total() for c in (p.kept for p in pages.values()))
    for cost in pages.values():
        lost, kept = cost.lost.total(), cost.kept.total()
        cost.f1_if_right = _f1(tp + lost, fp - kept, fn - lost)
    return sorted(pages.values(), key=lambda c: -c.f1_if_right)


def pages_report(costs: list[PageCost], tp: int, most: int = 40) -> str:
    fn = sum(c.lost.total() for c in costs)
    fp = sum(c.kept.total() for c in costs)
    now = _f1(tp, fp, fn)
    lines = [f"tune F1 {now:.4f} (tp {tp}, fp {fp}, fn {fn}) over {len(costs)} pages with errors"]
    for cost in costs[:most]:
        where = ", ".join(
            [f"lost {k} {n}" for k, n in cost.lost.most_common()]
            + [f"kept {k} {n}" for k, n in cost.kept.most_common()]
        )
        lines.append(f"{cost.f1_if_right - now:+.4f} {site(cost.page)}: {where}")
    sizes = Counter(c.lost.total() + c.kept.total() for c in costs)
    lines.append(f"pages by errors: {dict(sorted(sizes.items()))}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N tune pages")
    parser.add_argument("--json", default=None, help="also write the misses to FILE")
    parser.add_argument(
        "--source", action="store_true", help="also name the page element each segment is from"
    )
    parser.add_argument(
        "--structure",
        action="store_true",
        help="count the kept blocks by their place against the article's container instead",
    )
    parser.add_argument(
        "--settings",
        action="store_true",
        help="also say which other trafilatura setting prints each extractor miss",
    )
    parser.add_argument(
        "--pages",
        action="store_true",
        help="rank the pages by what their errors cost instead of listing the segments",
    )
    parser.add_argument(
        "--causes",
        action="store_true",
        help="group the segments by cause with their sites instead of listing them",
    )
    parser.add_argument(
        "--named",
        action="store_true",
        help="count the blocks of issue 15's named junk shapes by their fate instead",
    )
    parser.add_argument(
        "--closing",
        action="store_true",
        help="count the kept closing paragraphs by the cues of a site's own pitch instead",
    )
    args = parser.parse_args(argv)
    if args.closing:
        print(closing_report(closing(args.limit)))
        return
    if args.named:
        print(named_report(named(args.limit)))
        return
    if args.structure:
        print(structure_report(structure(args.limit)))
        return
    found = misses(args.limit, source=args.source, settings=args.settings or args.causes)
    if args.causes:
        print(causes_report(found))
    elif args.pages:
        segments = sum(len(p.with_) for p in sample(args.limit, part="tune"))
        lost = sum(1 for m in found if m.kind == "lost")
        print(pages_report(page_costs(found, segments - lost), segments - lost))
    else:
        print(report(found))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump([asdict(m) for m in found], handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
