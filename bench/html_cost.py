"""Instructions per page of `clean_html` and of trafilatura alone, under callgrind.

    python -m bench.html_cost [--src DIR] [--pages 50] [--warm 10] [--every 12]
    python -m bench.html_cost --system articleclean     # one system only

CPU time on a shared machine moves with its load; an instruction count does
not. Each system runs in a fresh process under `valgrind --tool=callgrind`
(`PYTHONHASHSEED=0`, so sets and dicts iterate alike from run to run), once
over the first `--pages` of a fixed set of webeval pages (every `--every`-th
page of the tune part, bench/split.py) and once over the first `--warm` of
them; both runs read all the pages from disk and import everything first.
The difference is the cost of the pages between the two, per page, without
imports, first-call caches (langdetect's profiles, the rules' screens; justext's
stop words are built before either run, as a warm-up page may not reach them) or
the reading of the corpus.

- articleclean: `Cleaner(time_budget=None).clean_html(html, url=url)` (no
  clock in the loop: the count and the output do not depend on speed);
- trafilatura: `bare_extraction(html, url=url, with_metadata=True)`, the
  measure of `bench.html_fields`' speed table (issue 15's target ≥ 0.9×).

The ratio trafilatura / articleclean is their relative speed in instructions.
`--src` is the `src` directory of the articleclean to measure (another
worktree's, to compare commits); the pages and this driver stay the same.
Under callgrind a run that read all 990 pages took ~4 CPU minutes, most of it
decompressing them; only the chosen pages are read now. Run it on a quiet
machine: at a load of ~17 on two cores each run got 6 % of a core.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .callgrind import worker_instructions

SYSTEMS = ("articleclean", "trafilatura")
_ROOT = Path(__file__).resolve().parent.parent


def _pages(count: int, every: int) -> list[tuple[bytes, str]]:
    """The pages `corpus.sample(count, every, part="tune")` gives, in its order, but
    only those read from disk (decompressing all 990 costs minutes under callgrind)."""
    import gzip
    import json

    from .corpus import corpus_dir
    from .split import part

    directory = corpus_dir()
    if directory is None:
        raise FileNotFoundError("webeval corpus not found (set ARTICLECLEAN_WEBEVAL)")
    annotations = json.loads((directory / "annotations.json").read_text(encoding="utf-8"))
    urls = sorted(annotations, key=lambda u: annotations[u]["file"])
    chosen = [url for url in urls if part(url) == "tune"][::every][:count]
    pages = []
    for url in chosen:
        with gzip.open(directory / "html" / annotations[url]["file"], "rb") as handle:
            pages.append((handle.read(), url))
    return pages


def work(system: str, count: int, total: int, every: int) -> None:
    """Clean the first `count` of the `total` fixed pages with `system` (in this process)."""
    import logging
    import warnings

    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    pages = _pages(total, every)  # all of them, whatever `count`: the reading cancels out
    # trafilatura builds justext's stop words (all languages, ~0.3 s) the first time
    # either system falls back to justext: once a process, not a page's cost.
    from trafilatura import external

    external.jt_stoplist_init()
    if system == "articleclean":
        import articleclean

        cleaner = articleclean.Cleaner(time_budget=None)

        def run(html: bytes, url: str) -> None:
            cleaner.clean_html(html, url=url)
    else:
        from trafilatura import bare_extraction

        def run(html: bytes, url: str) -> None:
            bare_extraction(html, url=url, with_metadata=True)

    for html, url in pages[:count]:
        try:
            run(html, url)
        except Exception:  # a page that fails still costs what it cost
            continue


def instructions(system: str, count: int, total: int, every: int, src: Path) -> int:
    """Instructions callgrind counts for a process that cleans `count` pages."""
    worker = [system, str(count), "--pages", str(total), "--every", str(every)]
    counted = worker_instructions("html_cost", worker, src, system)
    print(f"{system}, {count} of {total} pages: {counted} instructions", file=sys.stderr)
    return counted


def per_page(
    systems: list[str], pages: int, warm: int, every: int, src: Path, jobs: int = 2
) -> dict[str, float]:
    """Instructions per page of each system over pages `warm`..`pages` of the fixed set
    (its runs, `jobs` at a time: the counts do not depend on what runs beside them)."""
    runs = [(system, count) for system in systems for count in (pages, warm)]
    with ThreadPoolExecutor(jobs) as pool:
        counts = dict(
            zip(
                runs,
                pool.map(lambda run: instructions(run[0], run[1], pages, every, src), runs),
                strict=True,
            )
        )
    return {
        system: (counts[system, pages] - counts[system, warm]) / (pages - warm)
        for system in systems
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=_ROOT / "src", help="articleclean's src dir")
    parser.add_argument("--pages", type=int, default=50, help="pages in the longer run")
    parser.add_argument("--warm", type=int, default=10, help="pages in the warm-up run")
    parser.add_argument("--every", type=int, default=12, help="every K-th tune page")
    parser.add_argument("--system", choices=SYSTEMS, help="measure this system only")
    parser.add_argument("--jobs", type=int, default=2, help="callgrind runs at a time")
    parser.add_argument("--worker", nargs=2, metavar=("SYSTEM", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        work(args.worker[0], int(args.worker[1]), args.pages, args.every)
        return
    systems = [args.system] if args.system else list(SYSTEMS)
    costs = per_page(systems, args.pages, args.warm, args.every, args.src.resolve(), args.jobs)
    counted = args.pages - args.warm
    print(f"{counted} tune pages (every {args.every}th, {args.warm} warm-up), src {args.src}")
    for system, cost in costs.items():
        print(f"{system:13} {cost / 1e6:9.2f} M instructions per page")
    if len(costs) == 2:
        print(
            f"articleclean / trafilatura speed: {costs['trafilatura'] / costs['articleclean']:.3f}×"
        )


if __name__ == "__main__":
    main()
