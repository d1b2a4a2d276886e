"""Per-page body errors of `clean_html` on the tune part of webeval, with the blocks behind them.

    python -m bench.html_misses [--limit N] [--json FILE]

Tune part only: it prints segments, and test pages are for the final figure,
never for looking at (bench/split.py). For each page it lists

- every `with` segment missing from `Article.to_text()`, and where it went: never in
  the extracted text (`extractor`), or the block(s) that hold it with their label and
  the rule that claimed them (`caption`, `title`, `removed:<rule>`);
- every `without` segment found in the output, with the body block(s) that hold it:
  tag, class words, link share, whether it opens with a link, and its place among the
  article's prose blocks (`above`, `inside`, `below`: before the first block of 15
  words or more, between, or after the last).

The summary counts both by where they went or where they stand.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import asdict, dataclass, field

from bench.corpus import normalise, sample
from bench.split import site

_PROSE_WORDS = 15


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


@dataclass
class Miss:
    page: str
    kind: str  # "lost" (a `with` segment missing) or "kept" (a `without` segment found)
    segment: str
    where: str
    blocks: list[Block] = field(default_factory=list)


def _judged(cleaner, page):
    """The page's document with every verdict given, and the Article made of it."""
    from articleclean.assemble import assemble
    from articleclean.readers.html import read_html

    document = read_html(page.html, url=page.url)
    cleaner._judge(document, time.monotonic())
    article = assemble(document, cleaner.config, cleaner._context)
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


def _block(segment, places) -> Block:
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


def misses(limit: int | None = None) -> list[Miss]:
    import articleclean
    from articleclean.document import Label

    cleaner = articleclean.Cleaner()
    result: list[Miss] = []
    for page in sample(limit, part="tune"):
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
            result.append(
                Miss(page.url, "lost", segment, where, [_block(h, places) for h in holders])
            )
        kept = [s for s in document.segments if s.label in (Label.BODY, Label.HEADING)]
        for segment in page.without:
            wanted = normalise(segment)
            if not wanted or wanted not in output:
                continue
            holders = _holding(kept, wanted)
            where = places.get(id(holders[0]), "?") if holders else "?"
            result.append(
                Miss(page.url, "kept", segment, where, [_block(h, places) for h in holders])
            )
    return result


def report(found: list[Miss]) -> str:
    lines = []
    for miss in found:
        lines.append(f"[{miss.kind} {miss.where}] {site(miss.page)} :: {miss.segment[:140]!r}")
        for block in miss.blocks[:3]:
            lines.append(
                f"    {block.label}/{block.rule} <{block.tag}> {block.classes} "
                f"link={block.link} lead={block.lead_link} {block.place}: {block.text[:100]!r}"
            )
    lost = Counter(m.where for m in found if m.kind == "lost")
    kept = Counter(m.where for m in found if m.kind == "kept")
    lines.append(f"lost {sum(lost.values())}: {dict(lost.most_common())}")
    lines.append(f"kept {sum(kept.values())}: {dict(kept.most_common())}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N tune pages")
    parser.add_argument("--json", default=None, help="also write the misses to FILE")
    args = parser.parse_args(argv)
    found = misses(args.limit)
    print(report(found))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump([asdict(m) for m in found], handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
