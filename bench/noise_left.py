"""The injected lines the noise bench's real bodies keep, each with its neighbours.

    python -m bench.noise_left [--source own|tune] [--kind KIND] [--seeds N] [--lines]

`bench/noise.py` counts how many injected lines (ads, prompts, teaser headings,
teasers, inline teasers, captions, credits) stay in the cleaned body; this lists
them, so they can be grouped by why no rule took them. `own` is the project's own
bodies (tests/fixtures/noise, 4 × `--seeds` injections each, as the bench does),
`tune` the webeval tune part's bodies (`--seeds` each). Test bodies are never
listed: their figure is read once, by the bench (bench/split.py).

The summary counts the lines left by kind and by what stands right above each (a
body line, an injected line kept, or the rule that removed the line above); with
`--lines` each is printed with the line above and below and their fate (KEPT, or
the rule that removed it).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import noise


@dataclass(frozen=True)
class Left:
    body: str
    kind: str
    text: str
    above: str
    """What stands right above: "body", "junk kept", or the rule that removed it."""
    context: tuple[str, ...]


def _fates(article: object) -> tuple[set[int], dict[int, str]]:
    kept = noise._body_lines(article)
    rule: dict[int, str] = {}
    for removal in article.removed:  # type: ignore[attr-defined]
        if removal.lines is not None:
            for number in range(removal.lines[0], removal.lines[1] + 1):
                rule[number] = removal.rule
    return kept, rule


def left_lines(bodies: Sequence[noise.Body], seeds: int) -> Iterator[Left]:
    """Every injected line kept in the body of each body's `seeds` noisy versions."""
    import articleclean

    cleaner = articleclean.Cleaner()
    for body in bodies:
        for seed in range(seeds):
            noisy = noise.inject(body, seed)
            kept, rule = _fates(cleaner.clean_text(noisy.text))

            def fate(
                position: int,
                kept: set[int] = kept,
                rule: dict[int, str] = rule,
                noisy: noise.NoisyArticle = noisy,
            ) -> str:
                number = noisy.line_number(position)
                return "KEPT" if number in kept else rule.get(number, "-")

            for position, line in enumerate(noisy.lines):
                if line.kind not in noise.BODY_INJECTED or fate(position) != "KEPT":
                    continue
                above = "(start)"
                if position:
                    above = fate(position - 1)
                    if above == "KEPT":
                        above = (
                            "body" if noisy.lines[position - 1].kind == noise.BODY else "junk kept"
                        )
                around = range(max(0, position - 1), min(len(noisy.lines), position + 2))
                context = tuple(
                    f"{'>' if p == position else ' '} {noisy.lines[p].kind:14} {fate(p):24} | "
                    f"{noisy.lines[p].text[:140]}"
                    for p in around
                )
                yield Left(body.name, line.kind, line.text, above, context)


def summary(found: Sequence[Left]) -> str:
    kinds = Counter(item.kind for item in found)
    above = Counter((item.kind, item.above) for item in found)
    out = [f"{len(found)} injected lines left"]
    for kind, count in kinds.most_common():
        out.append(f"  {kind}: {count}")
        for (k, where), n in above.most_common():
            if k == kind:
                out.append(f"      above: {where}: {n}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.noise_left")
    parser.add_argument("--source", choices=("own", "tune"), default="own")
    parser.add_argument("--kind", choices=noise.BODY_INJECTED)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--lines", action="store_true", help="print each line in context")
    options = parser.parse_args(argv)
    if options.source == "own":
        bodies, seeds = noise.own_bodies(), options.seeds * 4
    else:
        bodies, seeds = noise.webeval_bodies("tune"), options.seeds
    found = [
        item
        for item in left_lines(bodies, seeds)
        if options.kind is None or item.kind == options.kind
    ]
    print(summary(found))
    if options.lines:
        for item in found:
            print(f"\n{item.body}")
            print("\n".join(item.context))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
