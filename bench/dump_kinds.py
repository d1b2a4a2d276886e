"""Which tune dumps `dump_kind` reads as the other kind, with the evidence it read.

    python -m bench.dump_kinds [--source whole|page|article|shapes|stress ...] [--limit N]
    python -m bench.dump_kinds --margins [--source ...] [--limit N]

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

`--margins` (round 63) asks how far each dump read as its own kind stands from the other
reading, by what the decision reads, measured on the output alone: an article dump (article,
shapes, stress) gets one to `MARGIN_STEPS` of the site's footer notices added after its end
(`FOOTER_NOTICES`: what an article dump scraped with a bit of its page carries), a page dump
(whole, page) loses the lines of its last one to `MARGIN_STEPS` distinct notices that pass 1
took (`_NOTICE_RULES`, counted from the dump's end); the table counts the dumps whose kind
turns at each step, and on how many sites those within one step stand. Many dumps within
one step would make the decision fragile: one footer line left in by a scraper, or one
imprint link missing, would turn an article's reading into a page's or back.
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
MARGIN_STEPS = 3
"""Notices added or taken out, at most, by `margin`."""
FOOTER_NOTICES = ("Impressum", "Privacy Policy", "Kontakt")
"""Notice lines of a site's footer (German and English sites are most of the corpus), one
more at each step of `margin`, each a whole-line `boilerplate_notice`."""
_NOTICE_RULES = frozenset({"boilerplate_notice", "site_boilerplate"})
"""The rules whose removed lines are the site's notices (`dump_kind._KIND_NOTICE_RULES`)."""
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


def with_footer(text: str, count: int) -> str:
    """`text` with the first `count` of `FOOTER_NOTICES` after its end, a line each."""
    footer = "\n\n".join(FOOTER_NOTICES[:count])
    return f"{text.rstrip()}\n\n{footer}\n" if footer else text


def notice_texts(article: Any, text: str) -> list[str]:
    """The distinct lines of `text` that pass 1 took as the site's notices, the last one
    first (a footer's notices first, its header's last)."""
    lines = text.split("\n")
    found: list[str] = []
    for removal in article.removed:
        if removal.rule in _NOTICE_RULES and removal.lines is not None:
            found.extend(
                lines[n - 1].strip() for n in range(removal.lines[0], removal.lines[1] + 1)
            )
    order = {line: at for at, line in enumerate(found)}  # each line's last place
    return sorted((line for line in order if line), key=order.__getitem__, reverse=True)


def without_notices(text: str, notices: list[str], count: int) -> str:
    """`text` without every line that is one of the first `count` of `notices`."""
    gone = set(notices[:count])
    return "\n".join(line for line in text.split("\n") if line.strip() not in gone)


def margin(text: str, expected: str) -> tuple[str, int | None]:
    """The kind `text` is read as, and in how many steps (1 to `MARGIN_STEPS`) of notices
    added (an article read as one) or taken out (a page read as one) it is read as the other
    kind; None when it is not within them, or is read as the other kind already."""
    article = articleclean.clean_text(text)
    kind = str(article.metadata.get("dump"))
    if kind != expected:
        return kind, None
    notices = notice_texts(article, text) if kind == "page" else []
    for step in range(1, MARGIN_STEPS + 1):
        if kind == "page":
            if step > len(notices):
                break
            changed = without_notices(text, notices, step)
        else:
            changed = with_footer(text, step)
        if articleclean.clean_text(changed).metadata.get("dump") != kind:
            return kind, step
    return kind, None


def _texts(source: str, limit: int | None) -> Iterator[tuple[str, str, str]]:
    """(row, site, text) of each tune dump of `source`."""
    if source == "whole":
        for item in dumps(limit):
            if part(item.page.url) == "tune":
                yield "whole", site(item.page.url), item.text
        return
    made = {"page": page_dumps, "article": article_dumps, "shapes": shape_dumps}.get(
        source, stress_dumps
    )
    for dump in made("tune", limit):
        yield dump.source.split("/")[0], dump.site, dump.text


def margin_report(sources: list[str], limit: int | None = None) -> str:
    """A table of `margin` over the tune dumps of each source."""
    steps = range(1, MARGIN_STEPS + 1)
    lines = [
        f"Margins (tune): an article dump read as one gets 1-{MARGIN_STEPS} footer notices"
        f" added ({', '.join(FOOTER_NOTICES)}); a page dump read as one loses the lines of"
        f" its last 1-{MARGIN_STEPS} distinct notices; turned = read as the other kind then.",
        "",
        "| source | dumps | read as its kind | "
        + " | ".join(f"turned at {step}" for step in steps)
        + f" | not within {MARGIN_STEPS} | sites turned at 1 |",
        "| --- " * (MARGIN_STEPS + 5) + "|",
    ]
    for source in sources:
        expected = _EXPECTED.get(source, "article")
        found = [(where, margin(text, expected)) for _, where, text in _texts(source, limit)]
        own = [(where, step) for where, (kind, step) in found if kind == expected]
        turned = Counter(step for _, step in own)
        sites = len({where for where, step in own if step == 1})
        lines.append(
            f"| {source} | {len(found)} | {len(own)} | "
            + " | ".join(str(turned[step]) for step in steps)
            + f" | {turned[None]} | {sites} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", choices=SOURCES, nargs="*", default=["whole", "page", "article"]
    )
    parser.add_argument("--limit", type=int)
    parser.add_argument(
        "--margins", action="store_true", help="how many notices turn each dump's kind"
    )
    args = parser.parse_args(argv)
    if args.margins:
        print(margin_report(args.source, args.limit))
        return 0
    for source in args.source:
        print(report(source, args.limit) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
