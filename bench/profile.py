"""Profile the text path (or the HTML path) with pyinstrument.

    python -m bench.profile              # 300 dumps of ~4 KB, the call tree
    python -m bench.profile --html       # clean_html on 100 webeval pages
    python -m bench.profile --size 1000000 --docs 1   # one 1 MB dump

`hotspots()` gives the functions with the most own time as a markdown
table, for BENCHMARKS.md; `stages()` the CPU time of each stage of a clean.
`before_and_after()` puts both beside the figures saved before issue 16's
speed work (`python -m bench.profile --save-before`, into
bench/profile_before.json), for the profile section.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import articleclean

from .report import table


def _workload(docs: int, size: int, html: bool) -> Callable[[], None]:
    if html:
        from .corpus import pages

        items = [(page.html, page.url) for page in pages(limit=docs)]
        articleclean.clean_html(items[0][0], url=items[0][1])  # warm up: imports, profiles

        def work() -> None:
            for data, url in items:
                try:
                    articleclean.clean_html(data, url=url)
                except ImportError:
                    raise
                except Exception:  # a page that fails is still profiled up to the failure
                    pass

        return work
    from .dumps import dumps
    from .speed import big_dump, cut, four_kb_docs

    texts = four_kb_docs(docs) if size <= 4096 else [big_dump(size, dumps())] * docs
    if size < 4096:
        texts = [cut(text, size) for text in texts]
    cleaner = articleclean.Cleaner(time_budget=None)
    for text in texts[:5]:
        cleaner.clean_text(text)  # warm up: profiles, patterns, caches

    def work() -> None:
        for text in texts:
            cleaner.clean_text(text)

    return work


def profile(docs: int = 300, size: int = 4096, html: bool = False, interval: float = 0.0005) -> Any:
    from pyinstrument import Profiler

    work = _workload(docs, size, html)
    profiler = Profiler(interval=interval)
    profiler.start()
    work()
    profiler.stop()
    return profiler


def _is_builtin(frame: Any) -> bool:
    return (frame.file_path_short or "").startswith("<built-in>")


BEFORE = Path(__file__).resolve().parent / "profile_before.json"


def own_times(docs: int = 300) -> dict[str, float]:
    """Own time of each function (`function` `where`) as a share of the total."""
    profiler = profile(docs)
    session = profiler.last_session
    root = session.root_frame() if session is not None else None
    if root is None:
        return {}
    own: Counter[tuple[str, str]] = Counter()
    stack = [root]
    while stack:
        frame = stack.pop()
        stack.extend(frame.children)
        if frame.is_synthetic:
            continue
        # pyinstrument keeps a frame's own time in synthetic "[self]" children.
        self_time = frame.time - sum(c.time for c in frame.children if not c.is_synthetic)
        # Time in a built-in (a regex search, dict.get, …) counts for the Python
        # function that called it: that is the code one would change.
        owner = frame
        while owner.parent is not None and _is_builtin(owner):
            owner = owner.parent
        place = f"{owner.file_path_short}:{owner.line_no}" if owner.file_path_short else ""
        own[(owner.function or "?", place)] += self_time
    total = root.time or 1.0
    return {
        f"`{function}` `{place}`" if place else f"`{function}`": seconds / total
        for (function, place), seconds in own.most_common()
    }


def hotspots(docs: int = 300, top: int = 15) -> str:
    """Own (self) time per function on ~4 KB dumps, the largest first."""
    shares = own_times(docs)
    if not shares:
        return "(no samples)"
    rows = [(name, f"{share:.1%}") for name, share in list(shares.items())[:top]]
    return (
        f"pyinstrument on {docs} dumps of ~4 KB (language detection on); own time of each "
        f"function (with the built-ins it calls, such as regex searches) as a share of the "
        f"total.\n\n" + table(["function (where)", "own time"], rows)
    )


# The stages of a clean, as the pipeline calls them: (label, module, attribute).
_STAGES = (
    ("reading (readers/text.py)", "articleclean.pipeline", "read_text"),
    ("pass 1 (block_pass.py)", "articleclean.block_pass", "BlockPass.run"),
    ("pass 2 and structure (document rules)", "articleclean.rules.base", "ContextRule.verdicts"),
    ("language detection (in assembly)", "articleclean.assemble", "detect_language"),
    ("assembly, with language detection", "articleclean.pipeline", "assemble"),
)


def stages(docs: int = 300) -> dict[str, float]:
    """CPU milliseconds per document in each stage (and "total"), ~4 KB dumps, one pass.

    Each stage function is wrapped with a CPU clock for the run; a stage
    called inside another counts in both (language detection is part of
    assembly).
    """
    import importlib

    from .speed import four_kb_docs

    texts = four_kb_docs(docs)
    spent: Counter[str] = Counter()
    restore: list[tuple[Any, str, Any]] = []
    for label, module_name, attribute in _STAGES:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = getattr(owner, name)
        restore.append((owner, name, original))
        setattr(owner, name, _timed(original, label, spent))
    try:
        cleaner = articleclean.Cleaner(time_budget=None)
        for text in texts[:5]:
            cleaner.clean_text(text)  # warm up: profiles, patterns
        spent.clear()
        started = time.process_time()
        for text in texts:
            cleaner.clean_text(text)
        spent["total"] = time.process_time() - started
    finally:
        for owner, name, original in reversed(restore):
            setattr(owner, name, original)
    return {label: seconds * 1000 / len(texts) for label, seconds in spent.items()}


def _timed(function: Callable[..., Any], label: str, spent: Counter[str]) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - started

    return timed


def save_before(docs: int = 300) -> None:
    """Keep the profile of the code as it is now, for `before_and_after`."""
    from .speed import four_kb_docs

    data = {
        "docs": len(four_kb_docs(docs)),
        "stages_ms": stages(docs),
        "own_time": dict(list(own_times(docs).items())[:40]),
    }
    BEFORE.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


_LINE_NUMBER = re.compile(r":\d+`")


def _by_function(shares: dict[str, float]) -> dict[str, float]:
    """The shares keyed by function and file, without the line (which edits move)."""
    merged: Counter[str] = Counter()
    for name, share in shares.items():
        merged[_LINE_NUMBER.sub("`", name)] += share
    return dict(merged.most_common())


def before_and_after(docs: int = 300, top: int = 15) -> str:
    """The stages and the hottest functions now, beside the saved profile from before."""
    from .speed import four_kb_docs

    before = json.loads(BEFORE.read_text(encoding="utf-8")) if BEFORE.exists() else {}
    then_stages: dict[str, float] = before.get("stages_ms", {})
    then_own = _by_function(before.get("own_time", {}))
    now_stages = stages(docs)
    now_own = _by_function(own_times(docs))
    stage_rows = []
    for label in [label for label, _, _ in _STAGES] + ["total"]:
        then, now = then_stages.get(label), now_stages.get(label, 0.0)
        stage_rows.append(
            (
                label,
                f"{then:.2f}" if then is not None else "–",
                f"{now:.2f}",
                f"{then / now:.2f}×" if then and now else "–",
            )
        )
    names = list(dict.fromkeys(list(then_own)[:top] + list(now_own)[:top]))
    names.sort(key=lambda name: -max(then_own.get(name, 0.0), now_own.get(name, 0.0)))
    own_rows = [
        (
            name,
            f"{then_own[name]:.1%}" if name in then_own else "–",
            f"{now_own[name]:.1%}" if name in now_own else "–",
        )
        for name in names
    ]
    return (
        "Before: saved by `python -m bench.profile --save-before` before issue 16's speed "
        "work (bench/profile_before.json); after: this run. CPU milliseconds per ~4 KB dump "
        f"in each stage ({len(four_kb_docs(docs))} dumps, language detection on; a stage "
        "inside another counts in both; the two runs may have met different loads on a shared "
        "machine, so compare the shares too):\n\n"
        + table(["stage", "before (ms)", "after (ms)", "faster by"], stage_rows)
        + f"\n\npyinstrument on {docs} dumps: own time of each function (with the built-ins "
        "it calls, such as regex searches) as a share of the total, the functions that were "
        f"among the {top} largest before or after:\n\n"
        + table(["function (where)", "before", "after"], own_rows)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Profile articleclean with pyinstrument.")
    parser.add_argument("--docs", type=int, default=300, help="documents to clean")
    parser.add_argument("--size", type=int, default=4096, help="bytes per dump")
    parser.add_argument("--html", action="store_true", help="profile clean_html on webeval")
    parser.add_argument("--html-output", metavar="FILE", help="also write pyinstrument's HTML")
    parser.add_argument(
        "--save-before",
        action="store_true",
        help=f"save the stages and own times as the 'before' profile ({BEFORE.name})",
    )
    args = parser.parse_args(argv)
    if args.save_before:
        save_before(args.docs)
        print(f"saved {BEFORE}")
        return
    profiler = profile(args.docs, args.size, args.html)
    print(profiler.output_text(unicode=True, color=False))
    if args.html_output:
        with open(args.html_output, "w", encoding="utf-8") as handle:
            handle.write(profiler.output_html())


if __name__ == "__main__":
    main()
