"""Which removal rule costs article lines, and on how many sites its gains and losses sit.

    python -m bench.loss_audit [--part tune] [--source article|page|shapes|bodies] [--limit N]
        [--rows] [--examples RULE [--junk]] [--context RULE [--site SITE]] [--places]
        [--induced] [--losing SHARE]

For every line a rule removes (`Article.removed`, by the rule's name) in the
tune part's dumps, count it as junk removed when its label says junk and as
an article line lost when it is article text not kept in the body elsewhere
(a line printed twice is not lost while one copy is kept):

- **article**: the labelled article dumps (bench/labelled_dumps.py); junk =
  teaser, ad and chrome lines, article = body lines;
- **page**: the labelled whole-page dumps, labelled the same way;
- **shapes**: the stress dumps of bench/article_shapes.py (short lines, cut
  prose, light junk between the blocks);
- **built**: the built shapes of bench/article_shapes.py (the article's own tables
  and lists from the page's HTML, printed as a text dump prints them, after or
  between its paragraphs); **built as page** the same dumps cleaned with
  `dump="page"`: what the whole-page rules cut of an article dump they are let
  loose on (the test part's article dumps read as pages lose most of themselves);
  **article as page** the labelled article dumps cleaned so: what an article dump
  taken for a page would lose, rule by rule, the exposure `dump_kind` guards;
- **bodies**: the noise-injected webeval bodies (bench/noise.py, 5 seeds);
  junk = injected lines, article = body lines holding an annotated `with`
  segment ("known"), and the other body lines trafilatura gave, which may be
  its junk, apart ("unsure");
- **box over rows** (round 35): the same bodies with one teaser block (bench/noise.py's
  heading and headlines) put right above each of their first three runs of two or more
  short lines that follow two longer ones (a list's items, a table's rows, subheadings),
  two seeds each: where the walk for a box's headlines runs on into the article's own
  lines (`teaser_list` read by nouns alone took such a line: "… können beeinträchtigt
  werden" under two headlines), labelled as **bodies** are.

Each rule's row also says on how many distinct sites (bench/split.py's
`site`) its junk and its losses sit: a rule whose junk comes from one or two
sites while its losses spread, or whose junk:loss ratio is weak, is fitted to
the sites it was written on. Tune on the tune part only: `--part test` is for
the final figure, never for looking at lines.

`--rows` gives a table for each row of a source that has rows (`shapes/cut`,
`built/block after intro`, ...) instead of one for the source: a rule's losses on
the rows that end the dump with the article's own lines tell another story than on
the rows with light junk put in. `--context RULE` prints, for every tune dump in which
RULE removed lines, the lines around what it removed with their labels and the kind
`dump_kind` recorded (`X` marks a removed line): what rounds 20-29 read with scratch
scripts before deciding what evidence a rule lacks.

`--places` (round 54; page dumps unless `--source` says otherwise) counts the article lines
each rule lost by where they stand against the lines the body keeps (above the first, amid
them, below the last) and by size (short: at most eight words; prose), inside the annotated
article's container only, with the junk the same rule removed at the same place beside
them: an article's list under its prose, a heading over it and a subheading between two
of its runs are different mechanisms, and the junk at the same place is what a fix there
would keep.

`--induced` (round 55; shapes, stress and built dumps unless `--source` says otherwise) counts
only the article lines a dump loses that the same page's labelled article dump keeps, by
rule and by the kind `dump_kind` read: the shapes are made of the article dump's lines and
inherit its losses, most of them the labels' floor (credits, teaser headings, counters in
the extractor's body), which hid what the shape itself costs.

`--losing SHARE` (round 57; tune, the labelled article dumps unless `--source` says
otherwise) lists every dump losing more than SHARE of its article lines, and the ten largest
losses in lines, each lost line with the rule or field that took it, then those lines by
rule: the issue's "documents losing more than a tenth" read line by line.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import article_shapes, labelled_dumps, noise
from .corpus import corpus_dir
from .labelled_dumps import (
    BODY,
    JUNK,
    _articleclean,
    _norm,
    article_dump,
    is_paragraph,
    labelled,
    page_dump,
)
from .split import PARTS, site

SOURCES = (
    "article",
    "page",
    "shapes",
    "bodies",
    "box over rows",
    "stress",
    "built",
    "built as page",
    "article as page",
)
KNOWN, UNSURE = "known", "unsure"
"""Noise-body labels: body line holding a `with` segment, other body line."""


@dataclass
class RuleCount:
    junk: int = 0
    lost: int = 0
    unsure: int = 0
    other: int = 0
    junk_sites: Counter[str] = field(default_factory=Counter)
    lost_sites: Counter[str] = field(default_factory=Counter)
    lost_outside: int = 0
    """Of `lost`, the body lines outside the annotated article's container (page dumps:
    bench/labelled_dumps.py's `container_lines`), the extractor's reading of the page."""
    examples: list[str] = field(default_factory=list)
    """Lost lines with their site (tune only: for looking at)."""
    junk_examples: list[str] = field(default_factory=list)


@dataclass
class Dump:
    """One dump to clean: its text, a label per line (by line number - 1) and its site."""

    source: str
    site: str
    text: str
    labels: list[str]
    outside: frozenset[int] = frozenset()
    """Line numbers outside the annotated article's container (page dumps only)."""
    url: str = ""
    """The webeval page the dump was made from (labelled, shapes, stress and built dumps)."""


def _is_article(label: str) -> bool:
    return label in (BODY, KNOWN)


def _is_junk(label: str) -> bool:
    return label in JUNK or label in noise.BODY_INJECTED


def _span(lines: Any) -> range:
    return range(lines[0], lines[1] + 1) if lines is not None else range(0)


def _claims(article: Any) -> Iterator[tuple[str, range]]:
    """(who, line numbers) of every piece that takes lines out of the body."""
    for removal in article.removed:
        yield removal.rule, _span(removal.lines)
    for caption in article.captions:
        yield "(caption)", _span(caption.lines)
    yield "(title)", _span(article.title_lines)
    yield "(byline)", _span(article.byline_lines)
    if article.dateline is not None:
        yield "(dateline)", _span(article.dateline.lines)


def audit_one(
    dump: Dump,
    clean: Callable[[str], Any],
    counts: dict[str, RuleCount],
    floor: frozenset[str] = frozenset(),
) -> Any:
    """Add the removals of one cleaned dump to `counts` (by rule name; lines the
    body lost to the caption, title, byline or dateline under "(caption)" and so on), and
    return the cleaned article. An article line whose text (`_norm`) is in `floor` is not
    counted at all: `induced` passes the lines the page's own article dump loses."""
    article = clean(dump.text)
    lines = dump.text.split("\n")
    kept = {n for block in article.body for n in _span(block.lines)}
    kept_keys = {_norm(lines[n - 1]) for n in kept if n <= len(lines)}
    seen: set[int] = set()
    for who, span in _claims(article):
        count = counts.setdefault(who, RuleCount())
        for number in span:
            if number > len(dump.labels) or number in kept or number in seen:
                continue
            seen.add(number)
            label = dump.labels[number - 1]
            text = lines[number - 1]
            if not label or not text.strip():
                continue
            if _is_junk(label):
                count.junk += 1
                count.junk_sites[dump.site] += 1
                count.junk_examples.append(f"{dump.source} {dump.site}: {text[:160]}")
            elif _is_article(label) and is_paragraph(text):
                if _norm(text) in kept_keys or _norm(text) in floor:
                    continue  # another copy of the line is kept, or the floor has it
                count.lost += 1
                count.lost_sites[dump.site] += 1
                count.lost_outside += number in dump.outside
                count.examples.append(f"{dump.source} {dump.site}: {text[:160]}")
            elif label == UNSURE:
                count.unsure += 1
            else:
                count.other += 1
    count = counts.setdefault("(nowhere)", RuleCount())
    for number, label in enumerate(dump.labels, start=1):
        text = lines[number - 1] if number <= len(lines) else ""
        if (
            number not in kept
            and number not in seen
            and _is_article(label)
            and is_paragraph(text)
            and _norm(text) not in kept_keys
            and _norm(text) not in floor
        ):
            count.lost += 1
            count.lost_sites[dump.site] += 1
            count.lost_outside += number in dump.outside
    return article


def _labelled(which: str, limit: int | None) -> list[labelled_dumps.Labelled]:
    return [x for x in labelled(limit) if x.part == which]


def article_dumps(which: str, limit: int | None = None) -> Iterator[Dump]:
    for item in _labelled(which, limit):
        yield Dump("article", site(item.url), *article_dump(item), url=item.url)


def page_dumps(which: str, limit: int | None = None) -> Iterator[Dump]:
    items = _labelled(which, limit)
    inside = labelled_dumps.containers(items)
    for item in items:
        text, labels = page_dump(item)
        container = inside[item.url]
        outside = (
            frozenset(range(1, len(labels) + 1)) - frozenset(container)
            if container is not None
            else frozenset()
        )
        yield Dump("page", site(item.url), text, labels, outside, item.url)


def shape_dumps(which: str, limit: int | None = None) -> Iterator[Dump]:
    items = _labelled(which, limit)
    for name, made in article_shapes.variants_with_urls(items).items():
        for url, lines in made:
            yield Dump(f"shapes/{name}", site(url), *article_shapes._dump(lines), url=url)


def built_dumps(which: str, limit: int | None = None) -> Iterator[Dump]:
    items = _labelled(which, limit)
    for name, made in article_shapes.built_variants(items).items():
        for url, lines in made:
            yield Dump(f"built/{name}", site(url), *article_shapes.built_dump(lines), url=url)


def _as_page(text: str) -> Any:
    import articleclean

    return articleclean.clean_text(text, dump="page")


_FOOTER_LINES = 8
"""The page's last chrome lines the footer stress rows put after an article dump."""


def stress_variants(
    items: Sequence[labelled_dumps.Labelled],
) -> dict[str, list[tuple[str, list[labelled_dumps.Line]]]]:
    """Harder shapes than bench/article_shapes.py's, made from the same pages.

    - **list only**: the title, then nothing but the body's short lines;
    - **no title**: the short-line article dumps without their title line;
    - **bulleted**: the list-only dump with each short line written "- item";
    - **list only + noise**: the list-only dump with light junk between lines;
    - (round 31) **cut + footer**: `article_shapes.cut` (three paragraphs, then the short
      lines) with the last `_FOOTER_LINES` chrome lines of the same page's whole-page dump
      after it (its imprint, privacy, copyright and social links): an article dump with
      the site's footer left below its end, and nothing of the site above the article;
    - **cut + noise x2 + footer**: the same with the light junk put in twice first;
    - (round 33) **cut, short prose**: the cut dump with each paragraph cut to its first
      sentence (`_first_sentence`): a site that writes one-sentence paragraphs, whose few
      words are little for the trailing rules' topic test to compare a table or list
      after them with (tune: `trailing_teasers` took a 45-line rate table on it);
    - **cut + chrome after**: the cut dump with the first `_AFTER_LINES` chrome lines that
      follow the article's last body line in the same page's whole-page dump (a share
      bar, tags, the start of the site's footer): an extraction that ran a few lines past
      the article's end (tune: 3 of 159 read as pages by the menu below the article
      with one line above it, `menu_run` taking their short lines).

    An article dump taken for a page loses most of its short lines to the whole-page
    rules (`article as page`); the footer rows show which `dump_kind` test reads the
    site's lines below an article as a page's frame.
    """
    title, byline = labelled_dumps.TITLE, labelled_dumps.BYLINE
    result: dict[str, list[tuple[str, list[labelled_dumps.Line]]]] = {
        "list only": [],
        "no title": [],
        "bulleted": [],
        "list only + noise": [],
        "cut + footer": [],
        "cut + noise x2 + footer": [],
        "cut, short prose": [],
        "cut + chrome after": [],
    }
    for index, item in enumerate(items):
        short = [x for x in item.article if x.label == BODY and article_shapes._short(x.text)]
        head = [x for x in item.article if x.label in (title, byline)]
        if len(short) >= 6:
            listed = head + short
            result["list only"].append((item.url, listed))
            bullets = [labelled_dumps.Line("- " + x.text, BODY) for x in short]
            result["bulleted"].append((item.url, head + bullets))
            result["list only + noise"].append(
                (item.url, article_shapes.noisy(listed, f"list/{index}"))
            )
        chrome = [x for x in item.page if x.label == labelled_dumps.CHROME and x.text.strip()]
        cut = article_shapes.cut(item)
        if cut is not None and chrome:
            footer = [labelled_dumps.Line(x.text, x.label) for x in chrome[-_FOOTER_LINES:]]
            result["cut + footer"].append((item.url, cut + footer))
            # (`_twice_noisy` ends each junk line with the built dumps' block mark, which
            # only `built_dump` turns into a blank line: printed by `_dump` it stayed in the
            # text, a NUL at the end of the title, byline and junk lines)
            noisy = [
                labelled_dumps.Line(x.text.replace(article_shapes.BLOCK_END, ""), x.label)
                for x in article_shapes._twice_noisy(cut, f"footer/{index}")
            ]
            result["cut + noise x2 + footer"].append((item.url, noisy + footer))
        if cut is not None:
            result["cut, short prose"].append((item.url, [_first_sentence(x) for x in cut]))
            after = _chrome_after(item)
            if after:
                result["cut + chrome after"].append((item.url, cut + after))
        if article_shapes.mostly_short(item):
            result["no title"].append((item.url, [x for x in item.article if x.label != title]))
    return result


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")
"""Where a paragraph's first sentence ends (`_first_sentence`)."""
_AFTER_LINES = 5
"""The page's chrome lines after the article that "cut + chrome after" puts after it ..."""
_AFTER_REACH = 20
"""... found among this many lines of the page after the article's last body line."""


def _first_sentence(line: labelled_dumps.Line) -> labelled_dumps.Line:
    """A body line of prose cut to its first sentence; other lines as they are."""
    if line.label != BODY or article_shapes._short(line.text):
        return line
    return labelled_dumps.Line(_SENTENCE_BREAK.split(line.text, 1)[0], BODY)


def _chrome_after(item: labelled_dumps.Labelled) -> list[labelled_dumps.Line]:
    """The first `_AFTER_LINES` chrome lines of the page after the article's last body
    line (within `_AFTER_REACH` lines of it)."""
    body = {_norm(x.text) for x in item.article if x.label == BODY}
    places = [i for i, x in enumerate(item.page) if _norm(x.text) in body]
    if not places:
        return []
    near = item.page[places[-1] + 1 : places[-1] + 1 + _AFTER_REACH]
    chrome = [x for x in near if x.label == labelled_dumps.CHROME and x.text.strip()]
    return [labelled_dumps.Line(x.text, x.label) for x in chrome[:_AFTER_LINES]]


def stress_dumps(which: str, limit: int | None = None) -> Iterator[Dump]:
    for name, made in stress_variants(_labelled(which, limit)).items():
        for url, lines in made:
            yield Dump(f"stress/{name}", site(url), *article_shapes._dump(lines), url=url)


def _urls_of_pages() -> dict[str, str] | None:
    """Each webeval page file's URL (for its site), or None without the corpus."""
    directory = corpus_dir()
    if directory is None:
        return None
    annotations = json.loads((directory / "annotations.json").read_text(encoding="utf-8"))
    return {entry["file"]: url for url, entry in annotations.items()}


def body_dumps(which: str, limit: int | None = None, seeds: int = 5) -> Iterator[Dump]:
    url_of = _urls_of_pages()
    if url_of is None:
        return
    for body in noise.webeval_bodies(which, limit=limit):
        for seed in range(seeds):
            noisy = noise.inject(body, seed)
            site_name = site(url_of.get(body.name, body.name))
            yield Dump("bodies", site_name, noisy.text, _body_labels(body, noisy))


def _body_labels(body: noise.Body, noisy: noise.NoisyArticle) -> list[str]:
    """A label per line of a noisy body's text: the injected kind, or KNOWN / UNSURE."""
    labels = [""] * (2 * len(noisy.lines))
    for position, line in enumerate(noisy.lines):
        label = line.kind
        if label == BODY:
            label = KNOWN if line.text in body.known else UNSURE
        labels[noisy.line_number(position) - 1] = label
    return labels


_ROW_WORDS = 8
"""A body line of at most this many words, with no sentence end, is a row (`_row_runs`)."""
_ROWS_PROSE = 2
"""... and a run of them counts after this many longer lines."""
_ROW_RUNS = 3
_ROW_SEEDS = 2


def _row_runs(lines: Sequence[str]) -> list[int]:
    """Where the body's first `_ROW_RUNS` runs of two or more rows start, each after
    `_ROWS_PROSE` longer lines or more."""

    def row(text: str) -> bool:
        return len(text.split()) <= _ROW_WORDS and not text.rstrip().endswith((".", "!", "?", ":"))

    starts: list[int] = []
    longer = 0
    for index, text in enumerate(lines):
        if not row(text):
            longer += 1
        elif (
            longer >= _ROWS_PROSE
            and index + 1 < len(lines)
            and row(lines[index + 1])
            and (index == 0 or not row(lines[index - 1]))
        ):
            starts.append(index)
    return starts[:_ROW_RUNS]


def box_over_rows_dumps(which: str, limit: int | None = None) -> Iterator[Dump]:
    """The **box over rows** dumps (see the module's docstring)."""
    import random

    url_of = _urls_of_pages()
    if url_of is None:
        return
    for body in noise.webeval_bodies(which, limit=limit):
        for start in _row_runs(body.lines):
            for seed in range(_ROW_SEEDS):
                rng = random.Random(f"{body.name}/{start}/{seed}")
                lines = (
                    [noise.Line(body.title, noise.TITLE)]
                    + [noise.Line(text, BODY) for text in body.lines[:start]]
                    + noise._teaser_block(body.language, rng)
                    + [noise.Line(text, BODY) for text in body.lines[start:]]
                )
                noisy = noise.NoisyArticle(body.language, tuple(lines), None, ())
                site_name = site(url_of.get(body.name, body.name))
                yield Dump("box over rows", site_name, noisy.text, _body_labels(body, noisy))


MAKERS: dict[str, Callable[[str, int | None], Iterable[Dump]]] = {
    "article": article_dumps,
    "page": page_dumps,
    "shapes": shape_dumps,
    "bodies": body_dumps,
    "box over rows": box_over_rows_dumps,
    "stress": stress_dumps,
    "built": built_dumps,
    "built as page": built_dumps,
    "article as page": article_dumps,
}
CLEANERS: dict[str, Callable[[str], Any]] = {"built as page": _as_page, "article as page": _as_page}
"""The cleaner of a source when it is not `_articleclean`."""


def audit(
    sources: Sequence[str] = SOURCES,
    which: str = "tune",
    limit: int | None = None,
    rows: bool = False,
) -> dict[str, dict[str, RuleCount]]:
    """Counts by source, then by rule; with `rows`, by the dump's row ("shapes/cut")
    instead of its source (a source without rows, such as "article", keeps its name)."""
    result: dict[str, dict[str, RuleCount]] = {}
    for source in sources:
        clean = CLEANERS.get(source, _articleclean)
        for dump in MAKERS[source](which, limit):
            key = dump.source if rows and dump.source != source else source
            audit_one(dump, clean, result.setdefault(key, {}))
    return result


INDUCED_SOURCES = ("shapes", "stress", "built")
"""The sources made from the labelled article dumps' own lines (`induced`)."""


def lost_texts(dump: Dump, clean: Callable[[str], Any]) -> frozenset[str]:
    """The article lines (`_norm`) one cleaned dump loses: no copy kept in the body."""
    article = clean(dump.text)
    lines = dump.text.split("\n")
    kept = {_norm(lines[n - 1]) for block in article.body for n in _span(block.lines)}
    return frozenset(
        _norm(text)
        for text, label in zip(lines, dump.labels, strict=False)
        if _is_article(label) and is_paragraph(text) and _norm(text) not in kept
    )


def induced(
    sources: Sequence[str] = INDUCED_SOURCES, which: str = "tune", limit: int | None = None
) -> dict[str, dict[str, RuleCount]]:
    """Counts by source and the kind `dump_kind` read ("shapes, read as page"), then by
    rule, of the article lines the shapes, stress and built dumps lose that the same
    page's labelled article dump keeps (round 55). Those dumps are made of the article
    dump's lines, so they inherit its losses, most of them the labels' floor (the
    extractor's body holds credits, teaser headings, counters: round 52); what is left
    is what the shape itself costs: a reading as a page, a run after the prose taken
    for a box, a first line taken for the title."""
    floor = {dump.url: lost_texts(dump, _articleclean) for dump in article_dumps(which, limit)}
    result: dict[str, dict[str, RuleCount]] = {}
    for source in sources:
        clean = CLEANERS.get(source, _articleclean)
        for dump in MAKERS[source](which, limit):
            counts: dict[str, RuleCount] = {}
            article = audit_one(dump, clean, counts, floor.get(dump.url, frozenset()))
            key = f"{source}, read as {article.metadata.get('dump')}"
            merged = result.setdefault(key, {})
            for rule, count in counts.items():
                _add(merged.setdefault(rule, RuleCount()), count)
    return result


def lost_lines(dump: Dump, clean: Callable[[str], Any]) -> tuple[Any, int, list[tuple[int, str]]]:
    """The cleaned article, the dump's article lines (with a letter or digit) and, in
    dump order, each one lost (no copy kept in the body) with the claim that took it:
    a rule, "(title)", "(caption)" and so on, or "(nowhere)"."""
    article = clean(dump.text)
    lines = dump.text.split("\n")
    kept = {n for block in article.body for n in _span(block.lines)}
    kept_keys = {_norm(lines[n - 1]) for n in kept if n <= len(lines)}
    who: dict[int, str] = {}
    for claim, span in _claims(article):
        for number in span:
            who.setdefault(number, claim)
    numbers = [
        n
        for n, (text, label) in enumerate(zip(lines, dump.labels, strict=False), start=1)
        if _is_article(label) and is_paragraph(text)
    ]
    lost = [
        (n, who.get(n, "(nowhere)"))
        for n in numbers
        if n not in kept and _norm(lines[n - 1]) not in kept_keys
    ]
    return article, len(numbers), lost


def losing_docs(
    source: str = "article", share: float = 0.1, top: int = 10, limit: int | None = None
) -> Iterator[str]:
    """Every tune dump of `source` that loses more than `share` of its article lines, and
    the `top` largest losses in lines, each with every lost line and the claim that took
    it, then the lost lines of those dumps by claim (round 57: the list rounds 47, 52, 55
    and 57 each wrote as a scratch script before reading the losses; tune only, as it
    prints lines)."""
    clean = CLEANERS.get(source, _articleclean)
    found = []
    for dump in MAKERS[source]("tune", limit):
        article, total, lost = lost_lines(dump, clean)
        if lost:
            found.append((len(lost) / total, len(lost), total, dump, article, lost))
    over = [entry for entry in found if entry[0] > share]
    largest = sorted(found, key=lambda entry: -entry[1])[:top]
    shown = sorted({id(entry): entry for entry in over + largest}.values(), key=lambda e: -e[0])
    claims: Counter[str] = Counter()
    for fraction, count, total, dump, article, lost in shown:
        kind = article.metadata.get("dump")
        yield f"== {dump.source} {dump.site}: {count} of {total} ({fraction:.0%}), read as {kind}"
        lines = dump.text.split("\n")
        for number, claim in lost:
            claims[claim] += 1
            yield f"  {number:5} {claim:22} {lines[number - 1][:120]}"
    yield (
        f"{len(over)} dumps lose more than {share:.0%} of their article lines; with the "
        f"{top} largest losses, {len(shown)} dumps, {sum(claims.values())} lines, by claim: "
        + ", ".join(f"{claim} {n}" for claim, n in claims.most_common())
    )


def _add(total: RuleCount, count: RuleCount) -> None:
    total.junk += count.junk
    total.lost += count.lost
    total.unsure += count.unsure
    total.other += count.other
    total.junk_sites.update(count.junk_sites)
    total.lost_sites.update(count.lost_sites)
    total.lost_outside += count.lost_outside
    total.examples.extend(count.examples)
    total.junk_examples.extend(count.junk_examples)


_CONTEXT_LINES = 6
"""Lines shown above and below what a rule removed (`--context`)."""


def context(
    rule: str, sources: Sequence[str], limit: int | None = None, only: str | None = None
) -> Iterator[str]:
    """The lines around what `rule` removed in each tune dump (`only`: one site's), a
    line each: `X` for a removed line, then the line's label and its text."""
    for source in sources:
        clean = CLEANERS.get(source, _articleclean)
        for dump in MAKERS[source]("tune", limit):
            if only is not None and dump.site != only:
                continue
            article = clean(dump.text)
            spans = [_span(r.lines) for r in article.removed if r.rule == rule]
            removed = {n for span in spans for n in span}
            if not removed:
                continue
            lines = dump.text.split("\n")
            kind = article.metadata.get("dump")
            yield f"== {dump.source} {dump.site} (read as {kind}, {len(lines)} lines)"
            low = max(1, min(removed) - _CONTEXT_LINES)
            high = min(len(lines), max(removed) + _CONTEXT_LINES)
            for number in range(low, high + 1):
                text = lines[number - 1]
                if text.strip():
                    label = dump.labels[number - 1] if number <= len(dump.labels) else ""
                    mark = "X" if number in removed else " "
                    yield f"{mark} {label[:7]:7} {text[:120]}"


def _top(sites: Counter[str], n: int = 2) -> str:
    return ", ".join(f"{name} {count}" for name, count in sites.most_common(n))


def table(counts: dict[str, RuleCount], containers: bool = False) -> str:
    """`containers`: add the column of lines lost outside the annotated article."""
    from .report import table as markdown

    rows = []
    for rule, c in sorted(counts.items(), key=lambda item: (-item[1].lost, -item[1].junk)):
        ratio = f"{c.junk / c.lost:.1f}" if c.lost else "–"
        weak = c.lost and (c.junk < 10 * c.lost or len(c.junk_sites) <= 2 < len(c.lost_sites))
        rows.append(
            (
                f"**{rule}**" if weak else rule,
                c.junk,
                len(c.junk_sites),
                c.lost,
                *((c.lost_outside,) if containers else ()),
                len(c.lost_sites),
                ratio,
                c.unsure,
                c.other,
                _top(c.lost_sites),
            )
        )
    headers = (
        "rule",
        "junk removed",
        "junk sites",
        "article lost",
        *(("of them outside the annotated article",) if containers else ()),
        "loss sites",
        "junk:loss",
        "unsure removed",
        "other removed",
        "most lost on",
    )
    return markdown(headers, rows)


_PLACE_SHORT_WORDS = 8
"""A lost line of at most this many words is short in `place_table` (a list's row, a
subheading, a label); a longer one is prose."""


def place_one(
    dump: Dump, clean: Callable[[str], Any], counts: dict[tuple[str, str, str], RuleCount]
) -> None:
    """Add one cleaned dump's removals to `counts` by (rule, place, size): where the line
    stands against the lines the body keeps (`above` the first, `amid` them, `below` the
    last, or `none kept`) and whether it is `short` or `prose`. Article lines count only
    inside the annotated article's container (`dump.outside` left out) and when no copy of
    the line is kept; junk counts wherever it stands. Round 54: what a rule takes of the
    article under the run, over it or between its parts is a different mechanism (a list
    after the prose, a heading over it, a subheading between two runs), and the junk the
    rule takes at the same place is what a fix there would keep."""
    article = clean(dump.text)
    lines = dump.text.split("\n")
    kept = {n for block in article.body for n in _span(block.lines)}
    kept_keys = {_norm(lines[n - 1]) for n in kept if n <= len(lines)}
    first, last = (min(kept), max(kept)) if kept else (0, 0)
    seen: set[int] = set()
    for who, span in _claims(article):
        for number in span:
            if number > len(dump.labels) or number in kept or number in seen:
                continue
            seen.add(number)
            label = dump.labels[number - 1]
            text = lines[number - 1]
            if not label or not any(c.isalnum() for c in text):
                continue
            place = (
                "none kept"
                if not kept
                else "above"
                if number < first
                else "below"
                if number > last
                else "amid"
            )
            size = "short" if len(text.split()) <= _PLACE_SHORT_WORDS else "prose"
            count = counts.setdefault((who, place, size), RuleCount())
            if _is_junk(label):
                count.junk += 1
                count.junk_sites[dump.site] += 1
            elif _is_article(label) and number not in dump.outside:
                if _norm(text) in kept_keys or not is_paragraph(text):
                    continue  # another copy of the line is kept, or a date stamp
                count.lost += 1
                count.lost_sites[dump.site] += 1
                count.examples.append(f"{dump.site}: {text[:160]}")


def place_table(
    sources: Sequence[str] = ("page",), which: str = "tune", limit: int | None = None
) -> str:
    """The article lines lost by rule, place and size (`place_one`), with the junk removed
    at the same place, as a table for each source, most lost first."""
    from .report import table as markdown

    parts = []
    for source in sources:
        clean = CLEANERS.get(source, _articleclean)
        counts: dict[tuple[str, str, str], RuleCount] = {}
        for dump in MAKERS[source](which, limit):
            place_one(dump, clean, counts)
        rows = [
            (
                rule,
                place,
                size,
                c.lost,
                len(c.lost_sites),
                c.junk,
                len(c.junk_sites),
                f"{c.junk / c.lost:.1f}" if c.lost else "–",
                _top(c.lost_sites),
            )
            for (rule, place, size), c in sorted(
                counts.items(), key=lambda item: (-item[1].lost, -item[1].junk)
            )
            if c.lost
        ]
        headers = (
            "rule",
            "place",
            "size",
            "article lost",
            "loss sites",
            "junk removed there",
            "junk sites",
            "junk:loss",
            "most lost on",
        )
        parts.append(f"**{source} ({which}), by place**\n\n" + markdown(headers, rows))
    return "\n\n".join(parts)


def stress_table(which: str = "tune", limit: int | None = None) -> str:
    """The stress shapes scored as bench/article_shapes.py scores its own."""
    from .labelled_dumps import HEADERS, Labelled, _row, score
    from .report import table as markdown

    rows = []
    for name, made in stress_variants(_labelled(which, limit)).items():
        wrapped = [Labelled("", "", None, [], [], lines) for _, lines in made]
        scored = score(wrapped, lambda x: article_shapes._dump(x.article), _articleclean, True)
        rows.append(_row(f"{name} ({which})", scored, junk=True))
    return markdown(HEADERS, rows)


def run(
    sources: Sequence[str] = SOURCES,
    which: str = "tune",
    limit: int | None = None,
    rows: bool = False,
) -> str:
    parts = (
        [f"**stress shapes ({which})**\n\n" + stress_table(which, limit)]
        if ("stress" in sources)
        else []
    )
    for source, counts in audit(sources, which, limit, rows).items():
        parts.append(
            f"**{source} ({which})**: bold = candidate (junk:loss < 10, or junk on ≤ 2 "
            "sites while losses spread wider)\n\n" + table(counts, containers=source == "page")
        )
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loss_audit")
    parser.add_argument("--part", choices=PARTS, default="tune")
    parser.add_argument("--source", choices=SOURCES, action="append")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--examples", metavar="RULE", help="print the lines RULE lost (tune)")
    parser.add_argument("--junk", action="store_true", help="with --examples: the junk it removed")
    parser.add_argument("--rows", action="store_true", help="a table for each row of a source")
    parser.add_argument("--context", metavar="RULE", help="print what RULE removed in context")
    parser.add_argument("--site", help="with --context: one site's dumps only")
    parser.add_argument(
        "--places", action="store_true", help="lost lines by rule, place and size (page)"
    )
    parser.add_argument(
        "--induced",
        action="store_true",
        help="shapes, stress, built: lines lost that the page's article dump keeps",
    )
    parser.add_argument(
        "--losing",
        metavar="SHARE",
        type=float,
        help="tune: the dumps losing more than SHARE of their article lines, line by line",
    )
    args = parser.parse_args(argv)
    if args.losing is not None:
        for source in args.source or ("article",):
            for line in losing_docs(source, args.losing, limit=args.limit):
                print(line)
        return 0
    if args.induced:
        for key, counts in induced(args.source or INDUCED_SOURCES, args.part, args.limit).items():
            print(f"**{key} ({args.part})**, lines the article dump keeps\n\n{table(counts)}\n")
        return 0
    if args.places:
        print(place_table(args.source or ("page",), args.part, args.limit))
        return 0
    if args.context:
        for line in context(args.context, args.source or SOURCES, args.limit, args.site):
            print(line)
        return 0
    if args.examples:
        for counts in audit(args.source or SOURCES, "tune", args.limit).values():
            count = counts.get(args.examples, RuleCount())
            for line in count.junk_examples if args.junk else count.examples:
                print(line)
        return 0
    print(run(args.source or SOURCES, args.part, args.limit, args.rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
