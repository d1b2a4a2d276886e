"""The webeval `without` segments that stay in the body of whole-page dumps, by place.

    python -m bench.page_kept [--limit N] [--lines]

Tune part only: this prints lines of pages, and the test part is for the final figure,
never for looking at (bench/split.py). For each whole-page dump of a tune page
(bench/dumps.py) cleaned by `articleclean.clean_text`, every `without` segment that
`bench.dump_quality`'s scorer finds in the output (bench/corpus.py: the body's text,
spaces collapsed) is placed by the body block that holds it against the blocks that hold
kept `with` segments:

- "before": above the first block with a kept `with` segment;
- "amid": between the first and the last such block;
- "after": below the last one;
- "no with": the page keeps no `with` segment at all;
- "spans": the segment spans several blocks (found only in the joined text);

and counted by the dump kind the pipeline recorded (`metadata["dump"]`), the block's
shape (bench/junk_left.py's `shape`) and, for "after", how many blocks below the last
`with` block it stands. `--lines` prints each with its block and the blocks around it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

import articleclean

from .corpus import normalise
from .dumps import dumps
from .junk_left import shape
from .split import part


@dataclass
class KeptSegment:
    url: str
    kind: str
    place: str
    shape: str
    distance: int
    """Blocks below the last `with` block ("after"), else 0."""
    block: int
    blocks: list[str]
    segment: str


def _block_of(segment: str, blocks: list[str]) -> int | None:
    for index, block in enumerate(blocks):
        if segment in block:
            return index
    return None


def kept_segments(limit: int | None = None) -> tuple[list[KeptSegment], dict[str, int]]:
    found: list[KeptSegment] = []
    totals = Counter[str]()
    for item in dumps(limit):
        if part(item.page.url) != "tune":
            continue
        article = articleclean.clean_text(item.text)
        blocks = [normalise(block.text) for block in article.body]
        text = normalise(article.to_text())
        with_blocks = []
        for segment in item.page.with_:
            key = normalise(segment)
            if key in text:
                totals["with kept"] += 1
                index = _block_of(key, blocks)
                if index is not None:
                    with_blocks.append(index)
            else:
                totals["with lost"] += 1
        first = min(with_blocks, default=None)
        last = max(with_blocks, default=None)
        kind = str(article.metadata.get("dump", "-"))
        for segment in item.page.without:
            key = normalise(segment)
            if key not in text:
                totals["without out"] += 1
                continue
            totals["without kept"] += 1
            index = _block_of(key, blocks)
            distance = 0
            if index is None:
                place = "spans"
            elif first is None or last is None:
                place = "no with"
            elif index < first:
                place = "before"
            elif index > last:
                place = "after"
                distance = index - last
            else:
                place = "amid"
            found.append(
                KeptSegment(
                    item.page.url,
                    kind,
                    place,
                    shape(blocks[index]) if index is not None else "-",
                    distance,
                    -1 if index is None else index,
                    blocks,
                    key,
                )
            )
    return found, dict(totals)


def summary(found: list[KeptSegment], totals: dict[str, int]) -> str:
    def counted(title: str, counter: Counter[str]) -> str:
        return f"- {title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common(14))

    far = Counter(
        "1" if s.distance == 1 else "2-3" if s.distance <= 3 else "4+"
        for s in found
        if s.place == "after"
    )
    return "\n".join(
        [
            ", ".join(f"{k} {v}" for k, v in sorted(totals.items())),
            f"{len(found)} `without` segments kept on {len({s.url for s in found})} pages",
            counted("place", Counter(s.place for s in found)),
            counted("dump kind", Counter(s.kind for s in found)),
            counted("kind / place", Counter(f"{s.kind} {s.place}" for s in found)),
            counted("shape / place", Counter(f"{s.shape} {s.place}" for s in found)),
            counted("after: blocks below the last `with`", far),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--lines", action="store_true", help="print each in context")
    args = parser.parse_args(argv)
    found, totals = kept_segments(args.limit)
    print(summary(found, totals))
    if args.lines:
        for s in found:
            print(f"\n== {s.url} [{s.kind}, {s.place}, {s.shape}, +{s.distance}]")
            for index in range(max(0, s.block - 2), min(len(s.blocks), s.block + 3)):
                mark = ">>" if index == s.block else "  "
                print(f"{mark} {s.blocks[index][:160]}")
            if s.block < 0:
                print(f">> (spans) {s.segment[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
