"""Profile the text path (or the HTML path) with pyinstrument.

    python -m bench.profile              # 300 dumps of ~4 KB, the call tree
    python -m bench.profile --html       # clean_html on 100 webeval pages
    python -m bench.profile --size 1000000 --docs 1   # one 1 MB dump

`hotspots()` gives the functions with the most own time as a markdown
table, for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
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


def hotspots(docs: int = 300, top: int = 15) -> str:
    """Own (self) time per function on ~4 KB dumps, the largest first."""
    profiler = profile(docs)
    session = profiler.last_session
    root = session.root_frame() if session is not None else None
    if root is None:
        return "(no samples)"
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
    rows = [
        (f"`{function}`", f"`{place}`" if place else "", f"{seconds / total:.1%}")
        for (function, place), seconds in own.most_common(top)
    ]
    return (
        f"pyinstrument on {docs} dumps of ~4 KB (language detection on); own time of each "
        f"function (with the built-ins it calls, such as regex searches) as a share of the "
        f"total.\n\n" + table(["function", "where", "own time"], rows)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Profile articleclean with pyinstrument.")
    parser.add_argument("--docs", type=int, default=300, help="documents to clean")
    parser.add_argument("--size", type=int, default=4096, help="bytes per dump")
    parser.add_argument("--html", action="store_true", help="profile clean_html on webeval")
    parser.add_argument("--html-output", metavar="FILE", help="also write pyinstrument's HTML")
    args = parser.parse_args(argv)
    profiler = profile(args.docs, args.size, args.html)
    print(profiler.output_text(unicode=True, color=False))
    if args.html_output:
        with open(args.html_output, "w", encoding="utf-8") as handle:
            handle.write(profiler.output_html())


if __name__ == "__main__":
    main()
