"""The webeval `without` segments that stay in the body of whole-page dumps, by place.

    python -m bench.page_kept [--limit N] [--lines] [--why]

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

`--why` (round 41) counts instead, on the dumps read as pages, the `with` and `without`
segments kept (and the `without` ones below the last kept `with` segment, where the junk
kept below the article stands) by the step of `outside_article` (rules/article_run.py) that kept its line
(`stages`): inside the article's run ("run"), or after it by `_continuation`, the second
and further runs, `_below_short_run`, `_after_set_in_box`, `_alone_between_kept`,
`_announced_below_kept`, or as on-topic prose (the rest of the side it cleans: "stray
prose"); "before run" above it; "no side" when the rule left the dump as it was (too
few lines or no side of chrome). Segments are found in the lines the body keeps, not in
its blocks. Both kinds are counted: a step that keeps more `with` than `without` segments
is no place to cut.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import articleclean
from articleclean.rules import article_run

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


@dataclass
class _Seen:
    """What one call of `outside_article` did, from the helpers it called."""

    segments: list[Any] = field(default_factory=list)
    first: int = -1
    last: int = -1
    cleaned: bool = False
    """The rule went past its early returns (a side of chrome to clean)."""
    kept_by: dict[int, str] = field(default_factory=dict)
    second: int = -1


_AFTER_RUN = (
    ("_continuation", "continuation"),
    ("_runs_above", "runs above"),
    ("_below_short_run", "below short run"),
    ("_after_set_in_box", "after set-in box"),
    ("_alone_between_kept", "alone between kept"),
    ("_announced_below_kept", "announced list"),
)
"""The helpers of `outside_article` that spare lines, in the order it asks them."""


@contextmanager
def _recorded() -> Iterator[list[_Seen]]:
    """Record, for each call of `outside_article`, the run and the lines each helper spared
    (by wrapping the helpers in rules/article_run.py, which the rule calls by name)."""
    seen: list[_Seen] = []
    originals: dict[str, Callable[..., Any]] = {}

    def wrap(name: str, record: Callable[[tuple[Any, ...], Any], None]) -> None:
        original = getattr(article_run, name)
        originals[name] = original

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            record(args, result)
            return result

        setattr(article_run, name, wrapped)

    def run_end(args: tuple[Any, ...], thread: int | None) -> None:
        segments, _weights, first, last, _at_edge = args
        seen.append(_Seen(list(segments), first, last if thread is None else thread))

    def further(_args: tuple[Any, ...], second: int) -> None:
        seen[-1].second = second

    def edges(_args: tuple[Any, ...], _result: Any) -> None:
        seen[-1].cleaned = True

    def spared(label: str) -> Callable[[tuple[Any, ...], Any], None]:
        def record(_args: tuple[Any, ...], indexes: Any) -> None:
            for index in indexes:
                seen[-1].kept_by.setdefault(index, label)

        return record

    wrap("_end_before_comments", run_end)
    wrap("_further_runs", further)
    wrap("_edges_passed", edges)
    for name, label in _AFTER_RUN:
        wrap(name, spared(label))
    try:
        yield seen
    finally:
        for name, original in originals.items():
            setattr(article_run, name, original)


def _stage(seen: _Seen, index: int) -> str:
    if not seen.cleaned:
        return "no side"
    if index < seen.first:
        return "before run"
    if index <= seen.last:
        return "run"
    if seen.kept_by.get(index) == "continuation":
        return "continuation"
    if index <= seen.second:
        return "second run"
    return seen.kept_by.get(index, "stray prose")


def stages(text: str) -> tuple[Any, list[tuple[str, str]]]:
    """Clean a text dump; return the article and, for each line `outside_article` saw that
    the body keeps, its text and the step that kept it (`_stage`; none when the rule did not
    run: an article dump)."""
    with _recorded() as seen:
        article = articleclean.clean_text(text)
    if not seen:
        return article, []
    last = seen[-1]
    kept = {
        n
        for block in article.body
        if block.lines
        for n in range(block.lines[0], block.lines[1] + 1)
    }
    return article, [
        (segment.text, _stage(last, index))
        for index, segment in enumerate(last.segments)
        if segment.lines is not None and segment.lines[0] in kept
    ]


def _line_of(segment: str, lines: list[tuple[str, str]]) -> int | None:
    key = normalise(segment)
    return next((i for i, (line, _) in enumerate(lines) if key and key in line), None)


def why_kept(limit: int | None = None) -> Counter[str]:
    """On the tune whole-page dumps read as pages, by the step of `outside_article` that kept
    its line: each `with` segment kept ("with"), each `without` segment kept ("without") and
    those of them below the last kept `with` segment ("without below")."""
    counts = Counter[str]()
    for item in dumps(limit):
        if part(item.page.url) != "tune":
            continue
        article, kept = stages(item.text)
        if article.metadata.get("dump") != "page" or not kept:
            continue
        lines = [(normalise(text), stage) for text, stage in kept]
        found = [_line_of(segment, lines) for segment in item.page.with_]
        for index in found:
            if index is not None:
                counts[f"{lines[index][1]} / with"] += 1
        below = max((i for i in found if i is not None), default=-1)
        for segment in item.page.without:
            index = _line_of(segment, lines)
            if index is not None:
                counts[f"{lines[index][1]} / without"] += 1
                if index > below:
                    counts[f"{lines[index][1]} / without below"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--lines", action="store_true", help="print each in context")
    parser.add_argument("--why", action="store_true", help="count by the step that kept them")
    args = parser.parse_args(argv)
    if args.why:
        counts = why_kept(args.limit)
        for step in sorted({key.split(" / ")[0] for key in counts}):
            with_, without = counts[f"{step} / with"], counts[f"{step} / without"]
            below = counts[f"{step} / without below"]
            print(f"- {step}: with {with_}, without {without} ({below} below the last with)")
        return 0
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
