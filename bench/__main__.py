"""Run every benchmark and write BENCHMARKS.md.

    python -m bench                       # everything (about 15–25 minutes on 2 cores)
    python -m bench --quick               # 100 pages, small sizes: a few minutes
    python -m bench --only speed,growth   # rerun some sections, keep the others
    python -m bench --list                # the sections

Run from the project root with the `bench` extra installed
(`pip install -e '.[bench]'`). The webeval corpus is read from
../shared/data/webeval (or $ARTICLECLEAN_WEBEVAL); sections that need it
say so when it is absent. Sections owned by other modules (webeval gate,
CLI scaling, scale-out) are run when their module is there.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import logging
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOTES = Path(__file__).resolve().parent / "notes.md"


@dataclass
class Options:
    limit: int | None
    quick: bool
    growth_timeout: float
    extractors: list[str] | None
    results: dict[str, Any]
    """What one section measured that a later one reports (HTML pages/s)."""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    run: Callable[[Options], str]
    needs_corpus: bool = True


def _machine(options: Options) -> str:
    from . import machine

    return machine.run()


def _html(options: Options) -> str:
    from . import html_quality

    results = html_quality.measure_all(options.limit, options.extractors)
    speeds = {r.name: r.pages_per_second for r in results if not r.unavailable}
    ours = speeds.get("articleclean clean_html")
    if ours and speeds.get("trafilatura"):
        options.results["html_speed"] = (ours, speeds["trafilatura"])
    return html_quality.format_results(results)


def _fields(options: Options) -> str:
    from . import html_fields

    return html_fields.run(options.limit)


def _dumps(options: Options) -> str:
    from . import dump_quality

    return dump_quality.run(options.limit)


def _generous(options: Options) -> str:
    from . import generous_dumps

    return generous_dumps.run(options.limit)


def _markdown(options: Options) -> str:
    from . import markdown_dumps

    return markdown_dumps.run(options.limit)


def _browser(options: Options) -> str:
    from . import browser_dumps

    return browser_dumps.run("tune")


def _labelled(options: Options) -> str:
    from . import labelled_dumps

    return labelled_dumps.run(options.limit)


def _shapes(options: Options) -> str:
    from . import article_shapes

    return article_shapes.run(options.limit)


def _noise(options: Options) -> str:
    from . import noise

    quick = options.quick
    return noise.run(
        count=20 if quick else 50, body_seeds=2 if quick else 5, every=5 if quick else 1
    )


def _speed(options: Options) -> str:
    from . import speed

    return speed.run_docs(options.limit, options.results.get("html_speed"))


def _language(options: Options) -> str:
    from . import language

    return language.run(options.limit)


def _growth(options: Options) -> str:
    from . import speed

    sizes = speed.GROWTH_SIZES[:3] if options.quick else speed.GROWTH_SIZES
    growth = speed.run_growth(sizes, timeout=options.growth_timeout)
    if options.quick:
        return growth
    return growth + "\n\n" + speed.run_linearity(timeout=options.growth_timeout)


def _profile(options: Options) -> str:
    from . import profile

    return profile.before_and_after(100 if options.quick else 300)


def _text_cost(options: Options) -> str:
    from . import text_cost

    return text_cost.run()


def _external(module: str, owner: str) -> Callable[[Options], str]:
    """A section whose module another part of the project provides."""

    def run(options: Options) -> str:
        try:
            imported = importlib.import_module(f"bench.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bench.{module}":
                raise
            return f"Not available: `bench/{module}.py` ({owner}) is not in this tree."
        accepted = inspect.signature(imported.run).parameters
        kwargs = {"limit": options.limit} if "limit" in accepted and options.limit else {}
        result: str = imported.run(**kwargs)
        return result

    return run


SECTIONS = (
    Section("machine", "Machine and versions", _machine, needs_corpus=False),
    Section("html", "HTML pages: quality and speed beside the peers", _html),
    Section("webeval", "HTML quality gate (bench/webeval.py)", _external("webeval", "HTML")),
    Section("fields", "HTML pages: title, author and date beside trafilatura", _fields),
    Section("dumps", "Whole-page text dumps: quality", _dumps),
    Section(
        "generous", "Over-inclusive extraction dumps: title plus a generous extraction", _generous
    ),
    Section("markdown", "Whole-page Markdown dumps: quality and fields (test, tune)", _markdown),
    Section("browser", "Text browsers' dumps (lynx): quality (tune)", _browser),
    Section(
        "labelled", "Labelled dumps from real pages: per-field quality (test, tune)", _labelled
    ),
    Section(
        "shapes",
        "Article dumps that are mostly lists, tables and steps (test, tune)",
        _shapes,
    ),
    Section("noise", "Noise-injection corpus", _noise, needs_corpus=False),
    Section("speed", "Speed: ~4 KB text dumps", _speed),
    Section("language", "Language detection: sample size", _language),
    Section("growth", "Cost growth with dump size", _growth),
    Section(
        "memory",
        "CLI: `--jobs 2` peak memory and scaling (bench/cli_scaling.py)",
        _external("cli_scaling", "CLI"),
        needs_corpus=False,
    ),
    Section(
        "scale",
        "Scale-out (bench/scale.py)",
        _external("scale", "scale-out"),
        needs_corpus=False,
    ),
    Section("profile", "Profile of the text path", _profile),
    Section("text_cost", "Instructions per ~4 KB dump (callgrind)", _text_cost),
    Section(
        "crawl",
        "Crawl input: a WARC file against a folder of files (bench/crawl.py)",
        _external("crawl", "crawl formats"),
    ),
)


def _run_section(section: Section, options: Options, corpus: bool) -> str:
    if section.needs_corpus and not corpus:
        return "Skipped: the webeval corpus is not here (set ARTICLECLEAN_WEBEVAL)."
    try:
        return section.run(options)
    except Exception:
        return "Failed:\n\n```\n" + traceback.format_exc().strip() + "\n```"


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _header(argv: list[str], options: Options, partial: bool) -> str:
    command = " ".join(["python -m bench", *argv])
    scope = "a quick subset" if options.quick else "the full benchmark"
    if options.limit:
        scope += f", first {options.limit} webeval pages"
    if partial:
        origin = (
            f"Last updated by `{command}` on {_stamp()} ({scope}), which reran only its "
            "sections; each section says when it ran. `python -m bench` reruns them all."
        )
    else:
        origin = f"Written by `{command}` on {_stamp()} ({scope}); every table comes from that run."
    return (
        "# Benchmarks\n\n"
        f"{origin} Sections run one after the other in one process. The machine is shared "
        "(2 cores, several people): throughput is the CPU time of one process where stated, "
        "and wall-clock figures move with the load.\n"
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    keys = [s.key for s in SECTIONS]
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Run the benchmarks and write BENCHMARKS.md."
    )
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(keys)}")
    parser.add_argument("--skip", help="comma-separated sections to leave out")
    parser.add_argument("--limit", type=int, help="use only the first N webeval pages")
    parser.add_argument(
        "--quick", action="store_true", help="100 pages, growth up to 1 MB, fewer noise articles"
    )
    parser.add_argument(
        "--extractors", help="HTML extractors to run (comma-separated name parts, e.g. 'traf,art')"
    )
    parser.add_argument(
        "--growth-timeout", type=float, default=300.0, help="seconds before a growth row stops"
    )
    parser.add_argument(
        "--output", type=Path, default=ROOT / "BENCHMARKS.md", help="where to write the report"
    )
    parser.add_argument("--list", action="store_true", help="list the sections and exit")
    args = parser.parse_args(argv)
    if args.list:
        for section in SECTIONS:
            print(f"{section.key:10} {section.title}")
        return 0
    chosen = [k.strip() for k in args.only.split(",")] if args.only else keys
    skipped = {k.strip() for k in args.skip.split(",")} if args.skip else set()
    unknown = sorted((set(chosen) | skipped) - set(keys))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}; valid: {', '.join(keys)}")
    limit = args.limit if args.limit else (100 if args.quick else None)
    options = Options(
        limit=limit,
        quick=args.quick,
        growth_timeout=args.growth_timeout,
        extractors=args.extractors.split(",") if args.extractors else None,
        results={},
    )
    # Peers log and warn per page (dates they cannot parse, nltk missing); the tables say
    # what matters.
    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    from .corpus import corpus_dir

    corpus = corpus_dir() is not None
    partial = bool(args.only or args.skip)
    kept = _read_sections(args.output) if partial else {}
    fresh: dict[str, str] = {}
    for section in SECTIONS:
        if section.key not in chosen or section.key in skipped:
            continue
        print(f"[bench] {section.key}: {section.title} …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        body = _run_section(section, options, corpus)
        took = time.perf_counter() - started
        print(f"[bench] {section.key} done in {took:,.0f} s", file=sys.stderr, flush=True)
        fresh[section.title] = (
            f"## {section.title}\n\n{body}\n\n_Section took {took:,.0f} s (wall); "
            f"run {_stamp()}._\n"
        )
    parts = [_header(argv, options, partial and bool(kept))]
    for section in SECTIONS:
        text = fresh.get(section.title) or kept.get(section.title)
        if text:
            parts.append(text.rstrip() + "\n")
    if NOTES.is_file():
        parts.append(NOTES.read_text(encoding="utf-8").strip() + "\n")
    args.output.write_text("\n".join(parts), encoding="utf-8")
    print(f"[bench] wrote {args.output}", file=sys.stderr)
    return 0


def _read_sections(path: Path) -> dict[str, str]:
    """The `## ` sections of an earlier report by title, so a partial run keeps the rest."""
    if not path.is_file():
        return {}
    sections: dict[str, str] = {}
    title = None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("## "):
            title = line[3:].strip()
            sections[title] = ""
        if title is not None:
            sections[title] += line
    return sections


if __name__ == "__main__":
    raise SystemExit(main())
