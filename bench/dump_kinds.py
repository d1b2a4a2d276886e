"""Which tune dumps `dump_kind` reads as the other kind, with the evidence it read.

    python -m bench.dump_kinds [--source whole|page|article|shapes|stress ...] [--limit N]

Tune part only: this prints sites and lines, and the test part is for the final figure,
never for looking at (bench/split.py). `metadata["dump"]` is what the pipeline decided
(`rules/dump_kind.py`); each dump is also cleaned as the other kind, to count what the
mistake costs or what the guard saves:

- **whole**: the whole-page dumps of the webeval pages (bench/dumps.py), all pages: the
  ones read as articles, with the `with` and `without` segments kept in the output
  (bench/corpus.py's scorer) as read and with `dump="page"`;
- **page**: the labelled whole-page dumps (bench/labelled_dumps.py), the ones read as
  articles: lines not of the body kept and body lines lost, as read and as pages;
- **article**, **shapes**, **stress**: the labelled article dumps, bench/article_shapes.py's
  shapes and bench/loss_audit.py's stress dumps, all articles: the ones read as pages, with
  the body lines lost and the lines not of the body kept, as read and with
  `dump="article"`.

Each listed dump shows `dump_kind`'s evidence (`evidence`): its lines, prose lines, the
site's lines and distinct notices (above the first prose line, amid the prose, below the
last), the foreign menu-like lines (short, naming nothing of the article) above, amid
and below the prose, the distinct furniture lines and the lines printed more than once.
The summary counts, per source, the dumps of each kind and the cost either way.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import articleclean
from articleclean import pipeline
from articleclean.document import Segment
from articleclean.rules import dump_kind as kinds
from articleclean.rules.base import Claimed

from .corpus import normalise
from .dumps import dumps
from .labelled_dumps import _norm, _spans
from .loss_audit import _is_article, article_dumps, page_dumps, shape_dumps, stress_dumps
from .split import part, site

SOURCES = ("whole", "page", "article", "shapes", "stress")
_EXPECTED = {"whole": "page", "page": "page", "article": "article"}
"""The kind each source's dumps are (shapes and stress dumps are article dumps)."""


def evidence(
    segments: list[Segment],
    site_lines: Claimed,
    furniture: Claimed,
    teaser_headings: Claimed,
    notices: Claimed,
    table_ends: Claimed,
    inserts: Claimed,
    markup_menus: Claimed,
) -> dict[str, int]:
    """What `dump_kind` reads of one dump, as counts (its arguments, as the pipeline gives
    them); the places are the dump's first and last prose lines."""
    del teaser_headings, table_ends, inserts, markup_menus
    prose = kinds._prose_lines(segments)
    count = len(segments)
    first = prose.index(True) if True in prose else count
    last = count - 1 - prose[::-1].index(True) if True in prose else count - 1
    menu = kinds._menu_lines(segments)
    title = segments[0].key if segments else ""
    foreign = kinds._foreign_lines(segments, menu, title, prose)
    site_line = kinds._site_lines()
    placed = [i for i in notices.positions(segments) if site_line(segments[i])]
    keys = Counter(segment.key for segment in segments if segment.key)

    def notices_in(span: range) -> int:
        return len({segments[i].key for i in placed if i in span})

    return {
        "lines": count,
        "prose": sum(prose),
        "site": len({segment.key for segment in site_lines}),
        "notices above": notices_in(range(first)),
        "amid": notices_in(range(first, last + 1)),
        "below": notices_in(range(last + 1, count)),
        "foreign above": sum(foreign[1:first]),
        "foreign amid": sum(foreign[first : last + 1]),
        "foreign below": sum(foreign[last + 1 :]),
        "furniture": len({segment.key for segment in furniture if site_line(segment)}),
        "repeated": sum(1 for segment in segments if segment.key and keys[segment.key] > 1),
    }


@contextmanager
def _recorded() -> Iterator[list[dict[str, int]]]:
    """Record `evidence` of each text dump the pipeline decides the kind of."""
    seen: list[dict[str, int]] = []
    original = pipeline._dump_kind

    def recording(segments: list[Segment], record: Any) -> kinds.DumpKind:
        inputs = pipeline.claimed_inputs(segments, kinds.DUMP_KIND_READS, record)
        seen.append(evidence(segments, *inputs))
        return original(segments, record)

    pipeline._dump_kind = recording  # type: ignore[assignment]
    try:
        yield seen
    finally:
        pipeline._dump_kind = original  # type: ignore[assignment]


@dataclass
class Read:
    source: str
    site: str
    kind: str
    evidence: dict[str, int]
    read: tuple[int, int]
    """Whole: (`with`, `without`) segments kept; labelled: (not-body kept, body lost)."""
    other: tuple[int, int]
    """The same, cleaned as the other kind (only for the dumps read wrong, else `read`)."""


def _other(kind: str) -> str:
    return "article" if kind == "page" else "page"


def _labelled_fate(article: Any, labels: list[str], text: str) -> tuple[int, int]:
    """(lines not of the body kept in the body, body lines lost) of one labelled dump; a
    body line printed twice is not lost while one copy is kept."""
    body = _spans(article.body)
    lines = text.split("\n")
    kept = {_norm(lines[n - 1]) for n in body}
    wrong = sum(
        1 for n, label in enumerate(labels, 1) if label and not _is_article(label) and n in body
    )
    lost = sum(
        1
        for n, label in enumerate(labels, 1)
        if _is_article(label)
        and n not in body
        and _norm(lines[n - 1]) not in kept
        and re.search(r"\w", lines[n - 1])
    )
    return wrong, lost


def reads(source: str, limit: int | None = None) -> Iterator[Read]:
    """Each tune dump of `source` with its kind and evidence."""
    expected = _EXPECTED.get(source, "article")
    if source == "whole":
        for item in dumps(limit):
            if part(item.page.url) != "tune":
                continue

            def kept(article: Any, page: Any = item.page) -> tuple[int, int]:
                text = normalise(article.to_text())
                return (
                    sum(normalise(s) in text for s in page.with_),
                    sum(normalise(s) in text for s in page.without),
                )

            with _recorded() as seen:
                article = articleclean.clean_text(item.text)
            kind = str(article.metadata.get("dump"))
            read = kept(article)
            other = (
                kept(articleclean.clean_text(item.text, dump="page")) if kind != expected else read
            )
            yield Read(source, site(item.page.url), kind, seen[-1], read, other)
        return
    made = {"page": page_dumps, "article": article_dumps, "shapes": shape_dumps}.get(
        source, stress_dumps
    )
    for dump in made("tune", limit):
        with _recorded() as seen:
            article = articleclean.clean_text(dump.text)
        kind = str(article.metadata.get("dump"))
        read = _labelled_fate(article, dump.labels, dump.text)
        other = read
        if kind != expected:
            again = articleclean.clean_text(dump.text, dump=_other(kind))
            other = _labelled_fate(again, dump.labels, dump.text)
        yield Read(dump.source, dump.site, kind, seen[-1], read, other)


def report(source: str, limit: int | None = None) -> str:
    expected = _EXPECTED.get(source, "article")
    found = list(reads(source, limit))
    wrong = [r for r in found if r.kind != expected]
    whole = source == "whole"
    first, second = ("`with` kept", "`without` kept") if whole else ("not body kept", "body lost")
    read = [sum(r.read[i] for r in wrong) for i in (0, 1)]
    other = [sum(r.other[i] for r in wrong) for i in (0, 1)]
    lines = [
        f"## {source} (tune): {len(found)} dumps, kinds "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.kind for r in found).items())),
        f"{len(wrong)} read as {_other(expected)}: {first} {read[0]}, {second} {read[1]}; "
        f"as {expected}: {first} {other[0]}, {second} {other[1]}",
    ]
    if wrong:
        names = list(wrong[0].evidence)
        lines.append("")
        lines.append("| source | site | " + " | ".join(names) + f" | as read | as {expected} |")
        lines.append("| --- " * (len(names) + 4) + "|")
        for r in sorted(wrong, key=lambda r: (r.source, r.site)):
            values = " | ".join(str(r.evidence[name]) for name in names)
            lines.append(f"| {r.source} | {r.site} | {values} | {r.read} | {r.other} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", choices=SOURCES, nargs="*", default=["whole", "page", "article"]
    )
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    for source in args.source:
        print(report(source, args.limit) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
