"""Whole-page Markdown dumps of the webeval pages, and what cleaning them gives.

    python -m bench.markdown_dumps [--part tune|test|all] [--limit N]
    python -m bench.markdown_dumps --kinds [--examples 3]     # tune only: failure kinds

Scraping pipelines often hand over Markdown (Jina Reader, Firecrawl, crawl4ai, html2text,
markdownify) rather than plain text. Each page is turned into whole-page Markdown by
markdownify, the converter most of those tools' Python users call, with the options
those tools print by default: ATX headings (``# Title``), ``*`` bullets at every depth,
images kept as ``![alt](src)``, links inline, ``*`` and ``_`` in text escaped
(markdownify's default, as turndown does). Nothing is extracted first: like
`bench/dumps.py` this is a dump of the whole page (its <title> text comes first, as
markdownify prints what is in <head>). The dumps are cached in bench/out/ (gitignored).

Scored per cleaner (the rows of `bench/dump_quality.py`, over the Markdown lines; not
trafilatura, which takes HTML):

- body precision/recall/F1 by the corpus README's rule (`bench/corpus.py`) on the text
  **as the cleaner returns it**: white space normalised, a must-contain segment found as
  a substring is a true positive. The segments are plain text, so a segment that runs
  through a link or a bold word is missed in raw Markdown: the "F1, markup read"
  column reads the cleaned text's inline Markdown as text first (`read_markup`: links
  and image markup to their text, emphasis marks and line marks dropped, escapes
  undone), the same for every row, to show how much of the gap is markup alone;
- title exact (articleclean only): the headline the page prints as its <h1>, on the
  pages `bench/labelled_dumps.py` scores (`page_titles._scored`), compared by words
  (`_title_key`) **and** holding no Markdown markup (a title ``# Headline`` is what a
  user would print, not the headline);
- byline found (articleclean only): on the pages whose page dump prints a short line
  naming an author of the page's metadata (the rule of `labelled_dumps.score`), a name
  given that matches one of them and holds no markup.

Two reference rows: articleclean on the Markdown read as text first (`read_markup` over
the whole dump, then `clean_text`: how much of the cost is the inline markup alone), and
articleclean on the html-text dump of the same pages (`bench/dumps.py`, when bench/out
holds it), so the Markdown dump's cost can be read beside it.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import Page, Score, normalise
from .dumps import OUT, cached_texts, page_text, read_cache
from .report import table
from .split import PARTS, WHICH_IS_WHICH, Part, part

MARKDOWNIFY_OPTIONS: dict[str, Any] = {"heading_style": "ATX", "bullets": "*"}
"""ATX headings and one bullet mark, as Jina Reader, Firecrawl and crawl4ai print them;
images, links and escapes stay at markdownify's defaults (kept, inline, escaped)."""

Choice = Part | str
"""A part, or "all"."""


def make_markdown(html: bytes) -> str:
    """The whole page as Markdown, decoded the way articleclean decodes bytes."""
    from markdownify import markdownify

    return str(markdownify(page_text(html), **MARKDOWNIFY_OPTIONS))


def _cache_path() -> Path:
    from importlib.metadata import version

    return OUT / f"markdown-markdownify-{version('markdownify')}.jsonl.gz"


@dataclass(frozen=True)
class MarkdownDump:
    page: Page
    """The page's annotations (its html dropped once the dump is made)."""
    markdown: str


def markdown_dumps(limit: int | None = None, part_: Choice = "all") -> list[MarkdownDump]:
    """The Markdown dumps of the first `limit` pages in `part_`, from the cache when there."""
    keep = None if part_ == "all" else (lambda page: part(page.url) == part_)
    return [
        MarkdownDump(page, text)
        for page, text in cached_texts(_cache_path(), make_markdown, limit, keep)
    ]


# --- reading Markdown as text, for the scorer's second column ---------------------

_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[*+-][ \t]+|\d+\.[ \t]+|>[ \t]?)+", re.M)
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w\\])[*_](?=\S)|(?<=\S)(?<!\\)[*_](?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_CODE = re.compile(r"`+")


def read_markup(text: str) -> str:
    """`text` with its inline Markdown read as text: ``[words](url)`` → words, images
    dropped (their alt text is not on the page), ``**``/``*``/``_`` emphasis and heading,
    bullet and quote marks at line starts dropped, ``\\_`` escapes undone."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _CODE.sub("", text)
    return _ESCAPE.sub(r"\1", text)


_MARKUP = re.compile(r"^#{1,6}\s|\*\*|__|!\[|\]\(|\\[\\`*_\[\]#]|^[*+-]\s|^>\s")


def has_markup(text: str) -> bool:
    """Whether a field (a title, a name) still holds Markdown a user would see printed."""
    return bool(_MARKUP.search(text.strip()))


# --- cleaners ------------------------------------------------------------------------


Cleaner = Callable[[int, str], Any]
"""(index of the dump, its text) -> an `Article` for articleclean, else the text kept."""


def _cleaners(texts: Sequence[str]) -> list[tuple[str, Cleaner]]:
    import articleclean

    from .text_cleaners import (
        c4_line_filter,
        justext_over_lines,
        justext_stoplist,
        no_cleaning,
        page_language,
    )

    stoplists = [justext_stoplist(page_language(text)) for text in texts]
    return [
        ("no cleaning", lambda _, text: no_cleaning(text)),
        ("C4 line filter", lambda _, text: c4_line_filter(text)),
        ("jusText over lines", lambda i, text: justext_over_lines(text, stoplists[i])),
        ("articleclean clean_text", lambda _, text: articleclean.clean_text(text)),
    ]


# --- scoring -------------------------------------------------------------------------


@dataclass
class Fields:
    """Title and byline of articleclean's articles on one part."""

    titles: int = 0
    titles_exact: int = 0
    bylines: int = 0
    bylines_found: int = 0


@dataclass
class Result:
    name: str
    raw: dict[Part, Score] = field(default_factory=lambda: {p: Score() for p in PARTS})
    read: dict[Part, Score] = field(default_factory=lambda: {p: Score() for p in PARTS})
    fields: dict[Part, Fields] | None = None
    seconds: float = 0.0
    documents: int = 0


def title_exact(given: str | None, headline: str) -> bool:
    """The headline's words, and no Markdown markup printed around them."""
    from .labelled_dumps import _title_key

    return (
        bool(given)
        and not has_markup(given or "")
        and _title_key(given or "") == _title_key(headline)
    )


def byline_found(given: Sequence[str], authors: Sequence[str]) -> bool:
    """A name given that is an author of the page's metadata, with no markup left on it."""
    from .labelled_dumps import _name_matches

    return any(_name_matches(name, authors) and not has_markup(name) for name in given)


def _labelled_by_url(limit: int | None) -> dict[str, Any]:
    from .labelled_dumps import labelled

    return {item.url: item for item in labelled(limit)}


def _field_page(item: Any) -> tuple[bool, bool]:
    """Whether the page's title is scored, and whether its byline is (labelled_dumps' rules)."""
    from .labelled_dumps import _MAX_BYLINE_WORDS, TITLE_TAG, _has_name
    from .page_titles import _scored

    byline = bool(item.authors) and any(
        line.label != TITLE_TAG
        and len(line.text.split()) <= _MAX_BYLINE_WORDS
        and _has_name(line.text, item.authors)
        for line in item.page
    )
    return _scored(item), byline


def score_one(
    result: Result, page: Page, output: Any, item: Any | None = None
) -> tuple[str, Any | None]:
    """Adds one cleaned dump to `result`; the text scored and the article (or None)."""
    article = output if not isinstance(output, str) else None
    text = article.to_text() if article is not None else output
    which = part(page.url)
    result.raw[which].add(page, text)
    result.read[which].add(page, read_markup(text))
    result.documents += 1
    if article is not None and item is not None:
        if result.fields is None:
            result.fields = {p: Fields() for p in PARTS}
        fields = result.fields[which]
        title_scored, byline_scored = _field_page(item)
        if title_scored:
            fields.titles += 1
            fields.titles_exact += title_exact(article.title, item.title)
        if byline_scored:
            fields.bylines += 1
            fields.bylines_found += byline_found(list(article.byline), item.authors)
    return text, article


READ_FIRST = "articleclean, the Markdown read as text first (reference)"
"""The dump through `read_markup` before `clean_text`: what reading the markup alone
would give back, for the Markdown-aware reading built in src to be read against."""
TEXT_DUMP = "articleclean on the html-text dump (reference)"


def measure(
    dumps: Sequence[MarkdownDump], labelled: dict[str, Any], reference: dict[str, str] | None
) -> list[Result]:
    """Each cleaner over the Markdown dumps; articleclean over the dumps read as text
    first; with `reference` (file -> html-text dump), over the text dumps of the same
    pages too."""
    texts = [d.markdown for d in dumps]
    results = []
    for name, clean in _cleaners(texts):
        result = Result(name)
        for index, dump in enumerate(dumps):
            started = time.perf_counter()
            output = clean(index, dump.markdown)
            result.seconds += time.perf_counter() - started
            score_one(result, dump.page, output, labelled.get(dump.page.url))
        results.append(result)
    import articleclean

    references: list[tuple[str, Callable[[MarkdownDump], str | None]]] = [
        (READ_FIRST, lambda dump: read_markup(dump.markdown)),
    ]
    if reference is not None:
        references.append((TEXT_DUMP, lambda dump: reference.get(dump.page.file)))
    for name, source in references:
        result = Result(name)
        for dump in dumps:
            text = source(dump)
            if text is None:
                continue
            started = time.perf_counter()
            article = articleclean.clean_text(text)
            result.seconds += time.perf_counter() - started
            score_one(result, dump.page, article, labelled.get(dump.page.url))
        results.append(result)
    return results


def _ratio(found: int, total: int) -> str:
    return f"{found / total:.0%} of {total}" if total else "–"


def format_table(results: Sequence[Result], parts: Sequence[Part]) -> str:
    headers = ["cleaner"]
    for which in parts:
        headers += [
            f"{which}: P",
            f"{which}: R",
            f"{which}: F1",
            f"{which}: F1, markup read",
            f"{which}: title exact",
            f"{which}: byline found",
        ]
    headers.append("docs/s")
    rows = []
    for r in results:
        row: list[object] = [r.name]
        for which in parts:
            raw, read = r.raw[which], r.read[which]
            fields = r.fields[which] if r.fields else None
            row += [
                f"{raw.precision:.3f}",
                f"{raw.recall:.3f}",
                f"**{raw.f1:.3f}**",
                f"{read.f1:.3f}",
                _ratio(fields.titles_exact, fields.titles) if fields else "–",
                _ratio(fields.bylines_found, fields.bylines) if fields else "–",
            ]
        row.append(f"{r.documents / r.seconds:,.0f}" if r.seconds else "–")
        rows.append(row)
    return table(headers, rows)


def _parts(choice: Choice) -> list[Part]:
    # The figure to quote first, as the other sections' tables print it.
    return ["test", "tune"] if choice == "all" else [choice]  # type: ignore[list-item]


def run(limit: int | None = None, part_: Choice = "all") -> str:
    from .dumps import _cache_path as text_cache

    items = markdown_dumps(limit, part_)
    reference = read_cache(text_cache()) or None
    results = measure(items, _labelled_by_url(limit), reference)
    size = sum(len(d.markdown) for d in items) / max(1, len(items))
    test = sum(part(d.page.url) == "test" for d in items)
    options = ", ".join(f"{k}={v!r}" for k, v in MARKDOWNIFY_OPTIONS.items())
    return (
        f"{len(items)} pages ({test} test, {len(items) - test} tune) as whole-page Markdown "
        f"by markdownify ({options}; images, links and escapes at its defaults); dumps "
        f"average {size / 1024:.1f} KB. {WHICH_IS_WHICH} Body scored by the corpus rule on "
        'the text as each cleaner returns it (articleclean: `to_text()`); "markup read" '
        "reads that text's inline Markdown as text first (links to their words, images, "
        "emphasis and line marks dropped, escapes undone). Title exact: the <h1> headline's "
        "words and no markup; byline found: an author's name with no markup "
        "(`bench/markdown_dumps.py`). The reference rows are articleclean on the Markdown "
        "read as text before cleaning, and on the html-text dump of the same pages. Speed "
        "over the pages shown, wall clock of one process on the shared machine.\n\n"
        + format_table(results, _parts(part_))
    )


# --- failure kinds (tune only: the lines are printed) -------------------------------

_LINK_ROW = re.compile(r"^(?:[*+-]\s+)?(?:!?\[[^\]]*\]\([^)]*\)[\s|·•,/-]*)+$")
_IMAGE_ROW = re.compile(r"^(?:[*+-]\s+)?\[?!\[")


def line_kind(line: str) -> str | None:
    """What Markdown a body line kept by articleclean still shows, or None."""
    line = line.strip()
    if _IMAGE_ROW.match(line):
        return "image line kept"
    if _LINK_ROW.match(line):
        return "link row kept"
    if re.match(r"^#{1,6}\s", line):
        return "heading mark kept"
    if re.match(r"^[*+-]\s", line):
        return "bullet mark kept"
    if "](" in line:
        return "inline link kept in prose"
    if "**" in line or "__" in line:
        return "bold marks kept"
    if re.search(r"\\[\\`*_\[\]#.]", line):
        return "escape kept"
    return None


def _byline_row(markdown: str, authors: Sequence[str]) -> str:
    """The first short line of the Markdown dump naming an author (read as text)."""
    from .labelled_dumps import _MAX_BYLINE_WORDS, _has_name

    for row in markdown.splitlines():
        plain = read_markup(row).strip()
        if plain and len(plain.split()) <= _MAX_BYLINE_WORDS and _has_name(plain, authors):
            return row.strip()
    return ""


def _row_form(row: str) -> str:
    """How the Markdown prints a byline row the scorer counts."""
    if not row:
        return "no short line of the Markdown names the author"
    if "](" in row:
        return "the name's line holds a link"
    if "**" in row or "__" in row or re.search(r"(?<![\\\w])[*_]\S", row):
        return "the name's line holds emphasis"
    if re.match(r"^(?:#{1,6}|[*+-])\s", row):
        return "the name's line opens with a heading or bullet mark"
    return "the name's line is plain"


def failure_kinds(limit: int | None = None, examples: int = 3) -> Iterator[str]:
    """articleclean on tune's Markdown dumps: what goes wrong, by kind, with counts."""
    import articleclean

    from .dumps import _cache_path as text_cache
    from .labelled_dumps import _title_key

    labelled = _labelled_by_url(limit)
    reference = read_cache(text_cache())
    documents: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    total = 0

    def note(kind: str, url: str, what: str) -> None:
        documents[kind] += 1
        if len(shown.setdefault(kind, [])) < examples:
            shown[kind].append(f"{url}\n      {what[:160]!r}")

    for dump in markdown_dumps(limit, "tune"):
        total += 1
        page, url = dump.page, dump.page.url
        article = articleclean.clean_text(dump.markdown)
        text = article.to_text()
        item = labelled.get(url)
        if item is not None:
            title_scored, byline_scored = _field_page(item)
            given = article.title or ""
            if title_scored and not title_exact(given, item.title):
                if not given:
                    note("title: none given", url, item.title)
                elif _title_key(given) == _title_key(item.title):
                    mark = "`#`" if given.lstrip().startswith("#") else "other markup"
                    note(f"title: the headline's words with {mark}", url, given)
                else:
                    note("title: other words", url, f"{given!r} for {item.title!r}")
            names = list(article.byline)
            if byline_scored and not byline_found(names, item.authors):
                if any(has_markup(n) for n in names):
                    note("byline: a name with markup", url, repr(names))
                else:
                    row = _byline_row(dump.markdown, item.authors)
                    note(f"byline: missed, {_row_form(row)}", url, f"{row!r} gave {names!r}")
        kind = str(article.metadata.get("dump", "?"))
        plain = reference.get(page.file)
        if plain is not None:
            kind += f" (its html-text dump: {articleclean.clean_text(plain).metadata.get('dump')})"
        note(f"dump kind read: {kind}", url, dump.markdown.lstrip()[:80])
        seen: Counter[str] = Counter()
        for block in article.body:
            for row in block.text.split("\n"):
                kind = line_kind(row)
                if kind:
                    seen[kind] += 1
                    if seen[kind] == 1:
                        note(f"body: {kind}", url, row)
        lines.update(seen)
        normal, read = normalise(text), normalise(read_markup(text))
        only_markup = [s for s in page.with_ if normalise(s) not in normal and normalise(s) in read]
        if only_markup:
            lines["segment missed for markup alone"] += len(only_markup)
            note("segment missed for markup alone", url, only_markup[0])
    yield f"tune: {total} Markdown dumps through articleclean clean_text"
    yield "kind: documents (lines or segments)"
    for kind, count in documents.most_common():
        extra = (
            f" ({lines[kind.removeprefix('body: ')]})"
            if kind.removeprefix("body: ") in lines
            else ""
        )
        yield f"  {count:4}{extra}  {kind}"
        for example in shown.get(kind, []):
            yield f"    {example}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.markdown_dumps")
    parser.add_argument("--part", choices=("tune", "test", "all"), default="all")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--kinds", action="store_true", help="tune's failure kinds")
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    if args.kinds:
        for line in failure_kinds(args.limit, args.examples):
            print(line)
        return 0
    print(run(args.limit, args.part))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
