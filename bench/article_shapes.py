"""Article dumps that are mostly lists, tables, steps or results: is any of the article cut?

The reporters of issue 14 lost whole articles on dumps that were just an article
(a standings table after three lines of introduction, a meal plan, a product
list, a recipe): the dump was taken for a whole page and its short lines for
a menu. This builds such dumps from the labelled article dumps of the webeval
pages (bench/labelled_dumps.py), so that what is measured is real article text:

- **short**: the article dumps whose body lines are mostly short (at most 8
  words: rows, items, cells, steps), as they are;
- **cut**: article dumps with at least 6 short body lines, their prose cut to
  its first 3 paragraphs, followed by all of the body's short lines in their
  order (the title, byline, captions and junk lines stay where they are);
- both again **+ noise**: 2-5 pieces of light junk (ad markers, share and
  newsletter prompts, a teaser block, a caption with its credit; bench/noise.py's
  templates) put between the blocks, as the reporters' dumps have them;
- **cut to 1 + noise x2**: the cut dump with its prose cut to the first paragraph
  and the light junk put in twice (4-10 pieces). The tune part shows in it what
  the test part shows in the others (round 12: tune "cut" lost 3.8 % while test lost
  13 %; this stress shape lost 25 % on tune, its short lines read as a menu once the
  prompts put in counted as the site's furniture).

- (round 23) shapes that vary what the rules might lean on, tune and test alike:
  **short lines only** (the prose paragraphs taken out, the short lines and the dump's
  other lines kept), **short lines only, no title + noise** (nor the title and byline
  lines, light junk between the lines), **list first + noise** (the short lines right
  under the title, then 3 paragraphs, then the dump's captions and junk), **rows piped**
  (the short lines joined 2-4 a row with " | " between 2 and 2 paragraphs), **rows
  marked, no title** (nothing but the short lines, "1. ", "2. " …, or "• ", or "- ").
- (round 29) **first few after prose** and **last few after prose**: the title and byline,
  the first 3 paragraphs, then the first (or last) 3-5 short body lines (3, 4, 5 by the
  item's place), nothing else: a short run of the article's own lines ending the dump
  (FAQ questions, subheadings, a cast list, product names), which is what a related box
  without a heading looks like to `trailing_teasers`. The tune part lost no line of such
  runs in the other shapes while test "cut" lost 12.6 % (round 29); on this shape the
  trailing rules' losses show on tune, so a rule asking for stronger evidence can be tuned
  on it, not on a scratch script.
- (round 37) **labels after prose**: the title and byline, the first 2 paragraphs, then
  every short body line cut to its first word or two: a long run (6-60 lines) of labels
  ending the dump, as a table's first column or a list of names, products or places
  prints them after a short introduction. What a site's menu under an article looks like
  to `trailing_menu`, which took such runs on topic alone (tune, main: 5.6 % of
  paragraphs lost, 33 dumps over a tenth; the other tune rows hold no such run, while
  test's "short" and "cut" rows lose far more than tune's where prose stands before
  short lines neither piped nor marked, round 36).

The shapes above keep the labelled dump's lines, a table cell a line. The **built**
shapes (`built_variants`) take the article's own tables, lists and definition lists
from the page's HTML (an element whose cells or items are mostly the article's body
lines) and print them the way a text dump does (html-text: a table row a line with
its cells joined by a space, a list item a line, the block's lines without blank
lines between them), then place the page's largest such block:

- **block after intro**: after the title, the byline and the article's first 1-3
  paragraphs of prose (a standings table after three lines of introduction);
- **block between prose**: after the first 2 paragraphs, with the next 3 after it
  (a long list between two prose parts);
- both again **+ noise**;
- **all blocks + noise x2**: the first paragraph, then every block of the page in
  its order with the next paragraph after each (several tables printing the same
  header row), the light junk put in twice;
- **cells a line + noise x2**: the block after intro with a table's cells one a
  line (a copy that breaks every cell), the light junk put in twice.

Scored as the labelled dumps are (paragraphs lost, documents losing more than
a tenth, junk left, the dump kind articleclean recorded). Tune on the tune part,
report the test part with it beside.

    python -m bench.article_shapes [--part tune|test] [--limit N]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Sequence

from . import noise
from .labelled_dumps import (
    _SPACE,
    AD,
    BODY,
    BYLINE,
    CAPTION,
    CHROME,
    HEADERS,
    TEASER,
    TITLE,
    Labelled,
    Line,
    _articleclean,
    _norm,
    _row,
    _title_key,
    labelled,
    score,
)
from .split import PARTS

_SHORT_WORDS = 8
"""A body line of at most this many words is a row, an item, a cell or a step."""
_SHORT_SHARE = 0.5
"""... and a body with at least this share of them is mostly short lines."""
_MIN_SHORT = 6
"""An article with at least this many short body lines gives a cut dump."""
_INTRO_PARAGRAPHS = 3
_PROSE_WORDS = 10

_NOISE_LABELS = {
    noise.AD: AD,
    noise.PROMO: CHROME,
    noise.TEASER_HEADING: TEASER,
    noise.TEASER: TEASER,
    noise.INLINE_TEASER: TEASER,
    noise.CAPTION: CAPTION,
    noise.CREDIT: CAPTION,
}


def _short(text: str) -> bool:
    return len(text.split()) <= _SHORT_WORDS


def _body(item: Labelled) -> list[Line]:
    return [line for line in item.article if line.label == BODY]


def mostly_short(item: Labelled) -> bool:
    body = _body(item)
    return len(body) >= _MIN_SHORT and sum(_short(x.text) for x in body) >= _SHORT_SHARE * len(body)


def cut(item: Labelled, paragraphs: int = _INTRO_PARAGRAPHS) -> list[Line] | None:
    """The article dump with its prose cut to the first paragraphs, its short lines kept."""
    body = _body(item)
    if sum(_short(x.text) for x in body) < _MIN_SHORT:
        return None
    intro = 0
    out: list[Line] = []
    for line in item.article:
        if line.label != BODY or _short(line.text):
            out.append(line)
        elif intro < paragraphs:
            # The first paragraphs, wherever they are, then nothing but the short lines.
            intro += 1
            out.append(line)
    return out


def _head(item: Labelled) -> list[Line]:
    return [line for line in item.article if line.label in (TITLE, BYLINE)]


def short_only(item: Labelled, title: bool = True) -> list[Line] | None:
    """The article dump with its prose paragraphs taken out, so that only its short body
    lines and its other lines (title, byline, captions, junk) remain; without the title
    and byline lines when not `title`."""
    body = _body(item)
    if sum(_short(x.text) for x in body) < _MIN_SHORT:
        return None
    return [
        line
        for line in item.article
        if (line.label != BODY or _short(line.text))
        and (title or line.label not in (TITLE, BYLINE))
    ]


def list_first(item: Labelled, paragraphs: int = _INTRO_PARAGRAPHS) -> list[Line] | None:
    """The title and byline, then every short body line, then the first paragraphs of the
    prose, then the dump's other lines (captions, junk) in their order: a list or table
    right under the headline, before the text that introduces it."""
    head = _head(item)
    headline = next((_title_key(x.text) for x in head if x.label == TITLE), "")
    # The headline printed again under the title stays with it (a list between the two
    # prints is a page's menu between its <title> and its <h1>).
    again = [x for x in _body(item) if headline and _title_key(x.text) == headline]
    body = [x for x in _body(item) if x not in again]
    short = [x for x in body if _short(x.text)]
    if len(short) < _MIN_SHORT:
        return None
    prose = [x for x in body if not _short(x.text)][:paragraphs]
    rest = [x for x in item.article if x.label not in (TITLE, BYLINE, BODY)]
    return head + again + short + prose + rest


def piped(item: Labelled, seed: str) -> list[Line] | None:
    """The title and byline, two paragraphs of prose, the short body lines joined two to
    four a line with " | " (a table copied with its cells' separators), two more
    paragraphs."""
    body = _body(item)
    short = [x.text for x in body if _short(x.text)]
    if len(short) < _MIN_SHORT:
        return None
    rng = random.Random(seed)
    rows: list[Line] = []
    start = 0
    while start < len(short):
        width = rng.randint(2, 4)
        rows.append(Line(" | ".join(short[start : start + width]), BODY))
        start += width
    prose = [x for x in body if not _short(x.text)]
    return _head(item) + prose[:2] + rows + prose[2:4]


def marked(item: Labelled, index: int) -> list[Line] | None:
    """Nothing but the short body lines, each marked as a list's row, "1. ", "2. " …, or
    "• ", or "- " (by the item's index): a list (steps, a ranking) copied without its
    title."""
    short = [x.text for x in _body(item) if _short(x.text)]
    if len(short) < _MIN_SHORT:
        return None
    marks = [f"{n}. " for n in range(1, len(short) + 1)], ["• "] * len(short), ["- "] * len(short)
    return [Line(mark + text, BODY) for mark, text in zip(marks[index % 3], short, strict=True)]


_FEW = (3, 4, 5)
"""How many short lines end a "few after prose" dump, by the item's place."""


def few_after_prose(item: Labelled, index: int, last: bool) -> list[Line] | None:
    """The title and byline, the first `_INTRO_PARAGRAPHS` paragraphs, then the first (or
    `last`) 3-5 short body lines: a short run of the article's own lines ending the dump."""
    body = _body(item)
    short = [x for x in body if _short(x.text)]
    prose = [x for x in body if not _short(x.text)]
    if len(short) < _MIN_SHORT or len(prose) < _INTRO_PARAGRAPHS:
        return None
    few = _FEW[index % len(_FEW)]
    return _head(item) + prose[:_INTRO_PARAGRAPHS] + (short[-few:] if last else short[:few])


_LABEL_PROSE = 2
"""Paragraphs before the run of a "labels after prose" dump."""


def labels_after_prose(item: Labelled) -> list[Line] | None:
    """The title and byline, the first `_LABEL_PROSE` paragraphs, then every short body
    line cut to its first word or two (one, two, one … by its place): a long run of one-
    and two-word labels ending the dump, as a table's first column or a list of names,
    products or places prints them after a short introduction."""
    body = _body(item)
    short = [x for x in body if _short(x.text)]
    prose = [x for x in body if not _short(x.text)]
    if len(short) < _MIN_SHORT or len(prose) < _LABEL_PROSE:
        return None
    labels = [
        Line(" ".join(x.text.split()[: 1 + place % 2]), BODY) for place, x in enumerate(short)
    ]
    return _head(item) + prose[:_LABEL_PROSE] + labels


def noisy(lines: Sequence[Line], seed: str) -> list[Line]:
    """2-5 pieces of light junk between the lines (never before the title and byline)."""
    rng = random.Random(seed)
    language = noise._guess_language(" ".join(x.text for x in lines))
    start = next((i for i, x in enumerate(lines) if x.label not in (TITLE, BYLINE)), len(lines))
    gaps: dict[int, list[Line]] = {}
    for _ in range(rng.randint(2, 5)):
        at = rng.randint(start, len(lines))
        gaps.setdefault(at, []).extend(
            Line(x.text, _NOISE_LABELS[x.kind]) for x in noise.noise_unit(language, rng)
        )
    out: list[Line] = []
    for index, line in enumerate(lines):
        out.extend(gaps.get(index, []))
        out.append(line)
    out.extend(gaps.get(len(lines), []))
    return out


def _dump(lines: Sequence[Line]) -> tuple[str, list[str]]:
    """The dump and a label per text line. The headline printed again among the body
    lines is labelled title, as bench/labelled_dumps.py's `article_dump` labels it: the
    title printed twice, which belongs with the title (issue 14), not a paragraph."""
    headline = next((_title_key(x.text) for x in lines if x.label == TITLE), "")
    labels: list[str] = []
    for position, line in enumerate(lines):
        if position:
            labels.append("")
        repeat = line.label == BODY and headline and _title_key(line.text) == headline
        labels.append(TITLE if repeat else line.label)
    return "\n\n".join(x.text for x in lines) + "\n", labels


def variants(items: Sequence[Labelled]) -> dict[str, list[list[Line]]]:
    """The stress dumps by name, each a list of labelled lines."""
    return {name: [lines for _, lines in made] for name, made in variants_with_urls(items).items()}


def variants_with_urls(items: Sequence[Labelled]) -> dict[str, list[tuple[str, list[Line]]]]:
    """The stress dumps by name, each with the url of the page it was made from."""
    short = [(x.url, list(x.article)) for x in items if mostly_short(x)]
    cuts = [(x.url, lines) for x in items if (lines := cut(x)) is not None]
    briefs = [(x.url, lines) for x in items if (lines := cut(x, 1)) is not None]
    shorts = [(x.url, lines) for x in items if (lines := short_only(x)) is not None]
    bare = [(x.url, lines) for x in items if (lines := short_only(x, title=False)) is not None]
    firsts = [(x.url, lines) for x in items if (lines := list_first(x)) is not None]
    rows = [(x.url, lines) for i, x in enumerate(items) if (lines := piped(x, f"piped/{i}"))]
    numbers = [(x.url, lines) for i, x in enumerate(items) if (lines := marked(x, i))]
    few = {
        name: [
            (x.url, lines) for i, x in enumerate(items) if (lines := few_after_prose(x, i, last))
        ]
        for name, last in (("first few after prose", False), ("last few after prose", True))
    }
    labels = [(x.url, lines) for x in items if (lines := labels_after_prose(x))]
    return {
        "short": short,
        "short + noise": [(u, noisy(lines, f"short/{i}")) for i, (u, lines) in enumerate(short)],
        "cut": cuts,
        "cut + noise": [(u, noisy(lines, f"cut/{i}")) for i, (u, lines) in enumerate(cuts)],
        "cut to 1 + noise x2": [
            (u, noisy(noisy(lines, f"brief/{i}"), f"brief again/{i}"))
            for i, (u, lines) in enumerate(briefs)
        ],
        "short lines only": shorts,
        "short lines only, no title + noise": [
            (u, noisy(lines, f"bare/{i}")) for i, (u, lines) in enumerate(bare)
        ],
        "list first + noise": [
            (u, noisy(lines, f"first/{i}")) for i, (u, lines) in enumerate(firsts)
        ],
        "rows piped": rows,
        "rows marked, no title": numbers,
        **few,
        "labels after prose": labels,
    }


# --- built from the page's HTML ---------------------------------------------------

_BLOCK_TAGS = ("table", "ol", "ul", "dl")
_BUILT_MIN_ROWS = 4
"""A table or list of at least this many lines is a block worth placing."""
_BUILT_BODY_SHARE = 0.5
"""... when at least this share of its cells or items are the article's body lines."""
_BUILT_INTRO = (1, 3)
_BUILT_AFTER = 3
_BREAK = "\x00"
"""Marks the end of a block of lines in a built dump: a blank line follows it (`built_dump`;
a dump printed otherwise must take it out: `BLOCK_END`)."""
BLOCK_END = _BREAK


def _text(element: object) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()  # type: ignore[attr-defined]


def _block_lines(element: object) -> tuple[list[str], list[str]]:
    """(the lines a text dump prints for the element, the pieces the labeller saw as lines:
    a table's cells, a list's items)."""
    tag = element.tag  # type: ignore[attr-defined]
    if tag == "table":
        rows, cells = [], []
        for row in element.iter("tr"):  # type: ignore[attr-defined]
            texts = [_text(c) for c in row if c.tag in ("td", "th")]
            texts = [t for t in texts if t]
            if texts:
                rows.append(" ".join(texts))
                cells += texts
        return rows, cells
    children = [c for c in element if c.tag in ("li", "dt", "dd")]  # type: ignore[attr-defined]
    lines = [t for t in (_text(c) for c in children) if t]
    return lines, lines


def html_blocks(html: bytes, body: set[str]) -> list[tuple[list[str], list[str]]]:
    """The article's tables and lists in a page: each the lines a text dump prints for
    it and its cells or items (`_block_lines`), when most of its cells or items are
    lines of `body` (the labelled article's body lines, normalised); an element inside
    another one is part of it."""
    import lxml.html

    from .dumps import page_text

    try:
        tree = lxml.html.document_fromstring(page_text(html))
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[tuple[list[str], list[str]]] = []
    for element in tree.iter(*_BLOCK_TAGS):
        if any(a.tag in _BLOCK_TAGS for a in element.iterancestors()):
            continue
        lines, pieces = _block_lines(element)
        if len(lines) < _BUILT_MIN_ROWS or not pieces:
            continue
        if sum(_norm(x) in body for x in pieces) >= _BUILT_BODY_SHARE * len(pieces):
            found.append((lines, pieces))
    return found


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith((".", "!", "?", "。"))


def built(item: Labelled, block: list[str], seed: str, between: bool) -> list[Line]:
    """The article's title and byline, 1-3 (or 2) paragraphs of its prose, the block, and
    (between) the next 3 paragraphs; `_BREAK` after each block of lines."""
    rng = random.Random(seed)
    head = [x for x in item.article if x.label in (TITLE, BYLINE)]
    keys = {_norm(x) for x in block}
    prose = [x for x in _body(item) if _prose(x.text) and _norm(x.text) not in keys]
    intro = 2 if between else rng.randint(*_BUILT_INTRO)
    out = [Line(x.text + _BREAK, x.label) for x in head + prose[:intro]]
    out += [Line(text, BODY) for text in block]
    out[-1] = Line(out[-1].text + _BREAK, BODY)
    if between:
        out += [Line(x.text + _BREAK, BODY) for x in prose[intro : intro + _BUILT_AFTER]]
    return out


def built_all(item: Labelled, blocks: list[list[str]]) -> list[Line]:
    """The title and byline, the first paragraph, then each block with the next paragraph."""
    head = [x for x in item.article if x.label in (TITLE, BYLINE)]
    keys = {_norm(x) for block in blocks for x in block}
    prose = [x for x in _body(item) if _prose(x.text) and _norm(x.text) not in keys]
    out = [Line(x.text + _BREAK, x.label) for x in head + prose[:1]]
    for position, block in enumerate(blocks, start=1):
        out += [Line(text, BODY) for text in block]
        out[-1] = Line(out[-1].text + _BREAK, BODY)
        out += [Line(x.text + _BREAK, BODY) for x in prose[position : position + 1]]
    return out


def _twice_noisy(lines: list[Line], seed: str) -> list[Line]:
    """The light junk put in twice, a blank line after each piece."""
    return [
        Line(x.text + _BREAK, x.label) if x.label != BODY else x
        for x in noisy(noisy(lines, seed), seed + " again")
    ]


def _built_pairs(
    items: Sequence[Labelled],
) -> list[tuple[Labelled, list[tuple[list[str], list[str]]]]]:
    """Each item with its page's article blocks, the largest first (items without one skipped)."""
    from .corpus import pages

    by_url = {x.url: x for x in items}
    pairs = []
    for page in pages():
        if not by_url:
            break  # every item's page seen (a limited run need not read the rest)
        item = by_url.pop(page.url, None)
        if item is None:
            continue
        body = {_norm(x.text) for x in item.page if x.label == BODY}
        blocks = html_blocks(page.html, body)
        if blocks and sum(_prose(x.text) for x in _body(item)) >= 2:
            pairs.append((item, blocks))
    return pairs


def built_variants(items: Sequence[Labelled]) -> dict[str, list[tuple[str, list[Line]]]]:
    """The built shapes by name, each with the url of the page it was made from."""
    result: dict[str, list[tuple[str, list[Line]]]] = {}
    for index, (item, blocks) in enumerate(_built_pairs(items)):
        block, cells = max(blocks, key=lambda b: len(b[0]))
        for name, between in (("block after intro", False), ("block between prose", True)):
            lines = built(item, block, f"{name}/{index}", between)
            result.setdefault(name, []).append((item.url, lines))
            noisy_lines = [
                Line(x.text + _BREAK, x.label) if x.label != BODY else x
                for x in noisy(lines, f"{name} noise/{index}")
            ]
            result.setdefault(f"{name} + noise", []).append((item.url, noisy_lines))
        every = _twice_noisy(built_all(item, [b for b, _ in blocks]), f"all/{index}")
        result.setdefault("all blocks + noise x2", []).append((item.url, every))
        lines = built(item, cells, f"cells/{index}", False)
        result.setdefault("cells a line + noise x2", []).append(
            (item.url, _twice_noisy(lines, f"cells/{index}"))
        )
    return result


def built_dump(lines: Sequence[Line]) -> tuple[str, list[str]]:
    """A built dump: lines of a block one under the other, a blank line after each block
    (`_BREAK`), and a label per text line (the headline again labelled title)."""
    headline = next((_title_key(x.text) for x in lines if x.label == TITLE), "")
    text_lines: list[str] = []
    labels: list[str] = []
    for line in lines:
        text = line.text.replace(_BREAK, "")
        repeat = line.label == BODY and headline and _title_key(text) == headline
        text_lines.append(text)
        labels.append(TITLE if repeat else line.label)
        if line.text.endswith(_BREAK):
            text_lines.append("")
            labels.append("")
    return "\n".join(text_lines) + "\n", labels


def measure(
    items: Sequence[Labelled], clean: Callable[[str], object] = _articleclean
) -> list[tuple[object, ...]]:
    rows = []
    for name, dumps in variants(items).items():
        wrapped = [Labelled("", "", None, [], [], lines) for lines in dumps]
        s = score(wrapped, lambda x: _dump(x.article), clean, junk=True)
        rows.append(_row(name, s, junk=True))
    for name, made in built_variants(items).items():
        wrapped = [Labelled("", "", None, [], [], lines) for _, lines in made]
        s = score(wrapped, lambda x: built_dump(x.article), clean, junk=True)
        rows.append(_row(name, s, junk=True))
    return rows


def run(limit: int | None = None, parts: Sequence[str] = ("test", "tune")) -> str:
    from .report import table

    items = labelled(limit)
    rows = []
    for which in parts:
        chosen = [x for x in items if x.part == which]
        for row in measure(chosen):
            rows.append((f"{row[0]} ({which})", *row[1:]))
    return (
        "Article dumps of the webeval pages (bench/labelled_dumps.py) that are mostly short "
        "lines: **short** = those whose body lines are mostly 8 words or fewer, as they are; "
        "**cut** = those with 6 or more such lines, their prose cut to its first 3 paragraphs "
        "and followed by all the short lines (a table or list after a short introduction); "
        "**+ noise** = with 2-5 pieces of light junk (ads, prompts, a teaser block, a "
        "captioned picture) between the blocks; **cut to 1 + noise x2** = cut to the first "
        "paragraph, the junk put in twice (a stress case); **short lines only** = the prose "
        "taken out; **no title** = nor the title and byline; **list first** = the short "
        "lines under the title, then 3 paragraphs; **rows piped** = 2-4 short lines a row "
        'joined with " | "; **rows marked** = the short lines alone, each "1. ", "• " or "- "; '
        "**first/last few after prose** = 3 paragraphs, then the first (or last) 3-5 short "
        "lines and nothing else (a short run of the article's lines ending the dump); "
        "**labels after prose** = 2 paragraphs, then every short line cut to its first "
        "word or two (a long run of labels). "
        "Every short line of these bodies is the article's: none should be lost, and the dump should be seen as an article. "
        "Titles and bylines are not scored here (see the labelled section).\n\n"
        + table(HEADERS, rows)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.article_shapes")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--part", choices=PARTS, action="append")
    args = parser.parse_args(argv)
    print(run(args.limit, args.part or ("test", "tune")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
