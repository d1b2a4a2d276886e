"""Instructions per ~4 KB text dump of `clean_text`, under callgrind.

    python -m bench.text_cost [--src DIR] [--docs 100] [--warm 20]

CPU time on a shared machine moves with its load by more than most speed
steps gain; an instruction count does not. So a change to the text path's
speed is judged by this count (`bench.html_cost` is its twin for pages).

Each run is a fresh process under `valgrind --tool=callgrind`
(`PYTHONHASHSEED=0`, so sets and dicts iterate alike from run to run) that
reads the speed section's ~4 KB dumps (`bench.speed.four_kb_docs`) and cleans
the first of them with one `Cleaner`, language detection on: once `--warm`
plus `--docs` dumps, once `--warm` alone. The difference is the cost of
dumps `warm+1 … warm+docs`, without start-up, imports, the corpus's reading
or the first cleans' caches. Two runs of one tree give the same count to
within ±3 M per 100 dumps. `--src` is the `src` directory to measure
(another worktree's, to compare commits); the dumps and this driver stay the same.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .callgrind import worker_instructions
from .report import table

_ROOT = Path(__file__).resolve().parent.parent


def work(count: int) -> None:
    """The process callgrind counts: clean the first `count` ~4 KB dumps."""
    import articleclean

    from .speed import four_kb_docs

    docs = four_kb_docs()[:count]
    cleaner = articleclean.Cleaner()
    for doc in docs:
        cleaner.clean_text(doc)


def instructions(count: int, src: Path) -> int:
    """Instructions callgrind counts for a process that cleans `count` dumps."""
    return worker_instructions("text_cost", [str(count)], src, "clean_text")


def cost(docs: int = 100, warm: int = 20, src: Path = _ROOT / "src") -> tuple[int, int]:
    """(instructions of dumps `warm+1 … warm+docs`, instructions of the warm-up run)."""
    if shutil.which("valgrind") is None:
        raise FileNotFoundError("valgrind is not installed (Debian's package valgrind)")
    with ThreadPoolExecutor(2) as pool:
        longer, shorter = pool.map(lambda count: instructions(count, src), (warm + docs, warm))
    return longer - shorter, shorter


def format_cost(docs: int, warm: int, counted: int, base: int) -> str:
    rows = [[f"{warm + 1}–{warm + docs}", f"{counted / 1e6:,.1f} M", f"{base / 1e6:,.1f} M"]]
    return table(["dumps", "instructions", f"the first {warm} alone (subtracted)"], rows)


def run(limit: int | None = None) -> str:
    """The bench section: this tree's count per 100 dumps."""
    try:
        counted, base = cost()
    except FileNotFoundError as missing:
        return f"Skipped: {missing}."
    return format_cost(100, 20, counted, base) + (
        "\n\n`python -m bench.text_cost`: callgrind, `PYTHONHASHSEED=0`, language detection on "
        "(module doc). Compare commits by this count, not by the speed section's docs/s."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=_ROOT / "src", help="articleclean's src dir")
    parser.add_argument("--docs", type=int, default=100, help="dumps counted")
    parser.add_argument("--warm", type=int, default=20, help="dumps in the warm-up run")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        work(args.worker)
        return 0
    if not (args.src / "articleclean").is_dir():
        parser.error(f"{args.src} holds no articleclean package")
    try:
        counted, base = cost(args.docs, args.warm, args.src.resolve())
    except (FileNotFoundError, RuntimeError) as problem:
        print(problem, file=sys.stderr)
        return 1
    print(f"src {args.src}")
    print(format_cost(args.docs, args.warm, counted, base))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
