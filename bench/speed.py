"""Speed of the text path: ~4 KB dumps per second, and how cost grows with size.

Timed with the process's CPU time (`time.process_time`): the figures are for
one core, and other people's jobs on a shared machine move them less than
wall-clock time would. Wall-clock docs/s is shown beside it. Each articleclean
row runs in a fresh process of its own, so that no row inherits the caches
another row filled (see `_time_cleaner_alone`).
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import articleclean
from articleclean import document

from .dumps import Dump, dumps
from .report import ratio, table, verdict
from .text_cleaners import c4_line_filter, justext_over_lines, justext_stoplist, page_language

DOC_BYTES = 4096
TARGET_VS_JUSTEXT = 2.5
TARGET_VS_C4 = 0.10
GROWTH_SIZES = (10 * 1024, 100 * 1024, 1024 * 1024, 10 * 1024 * 1024)
PARAGRAPH_COUNTS = (5_000, 50_000)
"""Issue 16: the per-paragraph cost of the larger page dump within 1.3× the smaller's."""
ARTICLE_SIZES = (100 * 1024, 10 * 1024 * 1024)
"""... and the per-byte cost of the larger article within 1.3× the smaller's."""
BOXED_COUNTS = (2_000, 10_000)
"""... and the per-paragraph cost of the larger HTML page of boxed paragraphs
(`boxed_page`) within 1.3× the smaller's."""
TARGET_GROWTH = 1.3


def cut(text: str, size: int = DOC_BYTES) -> str:
    """The first lines of `text` that fit in `size` UTF-8 bytes (at least one line)."""
    kept: list[str] = []
    total = 0
    for line in text.splitlines():
        total += len(line.encode("utf-8")) + 1
        if total > size and kept:
            break
        kept.append(line)
    return "\n".join(kept)


def four_kb_docs(limit: int | None = None) -> list[str]:
    """Each webeval dump cut to about 4 KB; dumps shorter than 2 KB are left out."""
    docs = [cut(item.text) for item in dumps(limit)]
    return [doc for doc in docs if len(doc.encode("utf-8")) >= DOC_BYTES // 2]


@dataclass(frozen=True)
class Timing:
    name: str
    docs: int
    cpu: float
    wall: float

    @property
    def per_second(self) -> float:
        return self.docs / self.cpu if self.cpu else 0.0

    @property
    def wall_per_second(self) -> float:
        return self.docs / self.wall if self.wall else 0.0


_WARM_UP_DOCS = 20


def time_it(name: str, docs: Sequence[str], work: Callable[[int, str], object]) -> Timing:
    # Warm up on a few documents, not one: word lists, gazetteers and patterns are
    # loaded the first time a line needs them, and one document rarely needs them all.
    # A one-off cost of a process is not a per-document cost.
    for index, doc in enumerate(docs[:_WARM_UP_DOCS]):
        work(index, doc)
    cpu, wall = time.process_time(), time.perf_counter()
    for index, doc in enumerate(docs):
        work(index, doc)
    return Timing(name, len(docs), time.process_time() - cpu, time.perf_counter() - wall)


def _time_cleaner(name: str, docs: Sequence[str], overrides: dict[str, Any]) -> Timing:
    cleaner = articleclean.Cleaner(**overrides)
    return time_it(name, docs, lambda _, doc: cleaner.clean_text(doc))


def _cleaner_in_child(
    name: str, docs: Sequence[str], overrides: dict[str, Any], answer: Connection
) -> None:
    answer.send(_time_cleaner(name, docs, overrides))
    answer.close()


def _time_cleaner_alone(name: str, docs: Sequence[str], **overrides: Any) -> Timing:
    """Time a Cleaner in a fresh process of its own, started from nothing (spawn).

    Language detection keeps process-wide caches (each word's n-grams, each
    n-gram's factors) that fill as new words come. Timed one after the other
    in one process, the first row paid for filling them and the second ran on
    them warm: default clean measured 0.79-0.85× of `remembered_lines=0`
    although, run in alternation, neither was faster. In a process each, both
    start as a batch job does.
    """
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_cleaner_in_child, args=(name, list(docs), overrides, send))
    child.start()
    send.close()
    try:
        timing: Timing = receive.recv()
        return timing
    finally:
        child.join()


_ROUNDS = 2
"""Each row is timed this many times, the rows in turn, and keeps its fastest: the
load of a shared machine changes within a minute, and rows timed once, one after
the other, met different loads (the line memory's row was 0.92× of the row without
it in one such run, and faster in each of three pairs run in alternation)."""


def measure_docs(docs: Sequence[str]) -> list[Timing]:
    stoplists = [justext_stoplist(page_language(doc)) for doc in docs]
    rows: list[Callable[[], Timing]] = [
        # Language detection on, as by default.
        lambda: _time_cleaner_alone("articleclean clean_text", docs),
        # The same without the memory of lines seen before: what a first page of a site costs.
        lambda: _time_cleaner_alone(
            "articleclean clean_text, remembered_lines=0", docs, remembered_lines=0
        ),
        lambda: time_it(
            "jusText over lines", docs, lambda i, doc: justext_over_lines(doc, stoplists[i])
        ),
        lambda: time_it(
            "C4 line filter (near-limit reference)", docs, lambda _, doc: c4_line_filter(doc)
        ),
    ]
    best: list[Timing | None] = [None] * len(rows)
    for _ in range(_ROUNDS):
        for index, row in enumerate(rows):
            timing = row()
            fastest = best[index]
            if fastest is None or timing.cpu < fastest.cpu:
                best[index] = timing
    return [timing for timing in best if timing is not None]


def run_docs(limit: int | None = None, html_speed: tuple[float, float] | None = None) -> str:
    """4 KB dumps per second; `html_speed` is (articleclean, trafilatura) pages/s if measured."""
    docs = four_kb_docs(limit)
    timings = measure_docs(docs)
    ours, justext_timing = timings[0], timings[2]
    size = sum(len(doc.encode("utf-8")) for doc in docs) / len(docs)
    rows = [
        (
            t.name,
            f"{t.per_second:,.0f}",
            f"{t.wall_per_second:,.0f}",
            ratio(ours.per_second, t.per_second) if t is not ours else "–",
        )
        for t in timings
    ]
    text = (
        f"{len(docs)} dumps cut to ≤ 4 KB (mean {size / 1024:.1f} KB); each articleclean row "
        "in a fresh process of its own (no row inherits the caches of another); "
        f"each row the fastest of {_ROUNDS} runs, the rows taking turns.\n\n"
    )
    text += table(
        ["cleaner", "docs/s (CPU time)", "docs/s (wall)", "articleclean is … as fast"], rows
    )
    vs_justext = ours.per_second / justext_timing.per_second
    vs_c4 = ours.per_second / timings[3].per_second
    text += (
        f"\n\nTargets (issue 16, CPU time, one core, language detection on): "
        f"≥ {TARGET_VS_JUSTEXT:g}× jusText over lines — "
        f"{verdict(vs_justext >= TARGET_VS_JUSTEXT)} ({vs_justext:.2f}×); "
        f"≥ {TARGET_VS_C4:.2f}× the C4 line filter — "
        f"{verdict(vs_c4 >= TARGET_VS_C4)} ({vs_c4:.3f}×)."
    )
    if html_speed is None:
        text += (
            "\n\nHTML pages/s against trafilatura (target ≥ 0.8×): not measured in this run; "
            "it comes from the HTML section when `clean_html` is available."
        )
    else:
        ac, trafilatura = html_speed
        text += (
            f"\n\nHTML (from the quality run above): articleclean {ac:.1f} pages/s, trafilatura "
            f"{trafilatura:.1f} pages/s, {ac / trafilatura:.2f}× — target ≥ 0.8×: "
            f"{verdict(ac / trafilatura >= 0.8)}."
        )
    return text


# --- cost growth ------------------------------------------------------------


def big_dump(size: int, items: Sequence[Dump]) -> str:
    """About `size` bytes of real dump lines, page after page (so lines vary)."""
    parts: list[str] = []
    total = 0
    while total < size:
        for item in items:
            parts.append(item.text)
            total += len(item.text.encode("utf-8")) + 2
            if total >= size:
                break
    return cut("\n\n".join(parts), size)


def paragraph_dump(count: int, items: Sequence[Dump]) -> str:
    """`count` non-blank lines of whole-page dumps, page after page (so lines vary)."""
    lines: list[str] = []
    while len(lines) < count:
        for item in items:
            lines.extend(line for line in item.text.splitlines() if line.strip())
            if len(lines) >= count:
                break
    return "\n".join(lines[:count])


def article_text(size: int) -> str:
    """About `size` bytes of one long article: the body lines of the labelled article
    dumps (bench/labelled_dumps.py), page after page, blocks separated by blank lines."""
    from .labelled_dumps import BODY, labelled

    bodies = [[line.text for line in item.article if line.label == BODY] for item in labelled()]
    paragraphs: list[str] = []
    total = 0
    while total < size:
        for body in bodies:
            for paragraph in body:
                paragraphs.append(paragraph)
                total += len(paragraph.encode("utf-8")) + 2
            if total >= size:
                break
    return cut("\n\n".join(paragraphs), size)


def boxed_page(count: int) -> str:
    """An HTML page of `count` paragraphs, each quoted again in a share box with a
    link (a "click to share" box): the HTML hints look every block up in the boxes'
    text and the page's (round 36's `_printed_outside` read the page once per boxed
    block: 12 s on 8,000 paragraphs). The paragraphs are the labelled article dumps'
    body lines, page after page."""
    from html import escape

    from .labelled_dumps import BODY, labelled

    parts = ["<html><head><title>A long story</title></head><body><article><h1>A long story</h1>"]
    number = 0
    while number < count:
        for item in labelled():
            for line in item.article:
                if line.label != BODY or number >= count:
                    continue
                text = escape(line.text)
                parts.append(
                    f'<p>{text}</p>\n<div class="social-share"><blockquote>{text}</blockquote>'
                    f'<a href="https://example.com/share?p={number}">Share this quote</a></div>\n'
                )
                number += 1
    parts.append("</article></body></html>")
    return "".join(parts)


HTML = "html"
"""The growth bench's `dump` for a page cleaned by `clean_html` (the config's `dump`
left at "auto")."""


def _clean_timed(text: str, repeats: int, answer: Connection, dump: str = "auto") -> None:
    """In a child process: CPU seconds per clean of `text`, and the article's status."""
    # remembered_lines=0: the same text is cleaned `repeats` times, and from the
    # second time on a small dump's lines would all be judged from memory.
    cleaner = articleclean.Cleaner(
        time_budget=None,
        max_input_bytes=64 * 1024 * 1024,
        remembered_lines=0,
        dump="auto" if dump == HTML else dump,
    )
    clean = cleaner.clean_html if dump == HTML else cleaner.clean_text
    cleaner.clean_text("Warm up.\n\nProfiles and patterns load here, not in the timing.")
    if dump == HTML:
        cleaner.clean_html("<html><body><article><p>Warm up: the extractor loads.</p></article>")
    # ... and so does the first full collection after the imports, which walks (and
    # stops tracking) the ~88,000 tuples and dicts they left young: ~70 ms that the
    # first timed clean paid, an eighth more on each of a 100 KB article's 20 cleans
    # and a fiftieth on a 10 MB article's one (a cost of the process, not the text).
    gc.collect()
    spent = 0.0
    for _ in range(repeats):
        # Nor may the second clean find the text's lines in the process's memory of
        # segment forms (`document._FORMS`, round 23): it held every short line of a
        # small dump after its first clean, and flattered the small sizes against the
        # large ones, whose distinct lines overflow it (per-paragraph growth 1.31×
        # with it kept, the small dumps cleaned up to 20 times).
        document.forget_forms()
        started = time.process_time()
        article = clean(text)
        spent += time.process_time() - started
    answer.send((spent / repeats, article.status))
    answer.close()


def _measure_in_child(
    text: str, repeats: int, timeout: float, dump: str = "auto"
) -> tuple[float, str] | None:
    """Time the clean in a process of its own, stopped after `timeout` s (then None)."""
    # Spawned, not forked: a forked child inherits the parent's heap (the dumps and
    # results of the sections run before), and cleaning next to it cost the 10 MB
    # article 6.4 s after four other sections against 4.3 s alone (freezing that heap
    # for the collector took back only part of it).
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_clean_timed, args=(text, repeats, send, dump))
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            result: tuple[float, str] = receive.recv()
            return result
        return None
    finally:
        if child.is_alive():
            child.terminate()
        child.join()


def run_growth(sizes: Sequence[int] = GROWTH_SIZES, timeout: float = 300.0) -> str:
    items = dumps()
    rows = []
    base: float | None = None
    stopped = False
    for size in sizes:
        text = big_dump(size, items)
        kilobytes = len(text.encode("utf-8")) / 1024
        lines = text.count("\n") + 1
        if stopped:
            rows.append(
                (_size_name(size), f"{lines:,}", "not run", "–", "–", "smaller size timed out")
            )
            continue
        repeats = max(1, (2 * 1024 * 1024) // size)  # at least ~2 MB of work per row
        measured = _measure_in_child(text, repeats, timeout * repeats)
        if measured is None:
            stopped = True
            rows.append(
                (_size_name(size), f"{lines:,}", f"> {timeout * 1000:,.0f}", "–", "–", "stopped")
            )
            continue
        seconds, status = measured
        per_kb = seconds / kilobytes * 1e6
        base = base or per_kb
        rows.append(
            (
                _size_name(size),
                f"{lines:,}",
                f"{seconds * 1000:,.1f}",
                f"{per_kb:,.0f}",
                f"{per_kb / base:.2f}",
                status,
            )
        )
    return (
        "One dump per size, made of whole-page dumps of different webeval pages one after the "
        "other (so paragraphs vary), CPU time of one clean in a process of its own, time budget "
        f"off; a clean still running after {timeout:g} s is stopped. Linear growth keeps the "
        "per-KB cost near 1.\n\n"
        + table(["size", "lines", "ms", "µs per KB", "per-KB cost vs 10 KB", "status"], rows)
    )


def run_linearity(timeout: float = 300.0) -> str:
    """Issue 16's growth targets: per paragraph (page dumps), per byte (articles) and
    per paragraph of an HTML page of boxed paragraphs (`boxed_page`, round 37)."""
    rows = []
    cases: list[tuple[str, list[tuple[str, str, float]], str]] = []
    items = dumps()
    cases.append(
        (
            "page dump, per paragraph",
            [
                (f"{count:,} paragraphs", paragraph_dump(count, items), float(count))
                for count in PARAGRAPH_COUNTS
            ],
            "auto",
        )
    )
    articles = []
    for size in ARTICLE_SIZES:
        text = article_text(size)
        articles.append((f"{_size_name(size)} article", text, float(len(text.encode("utf-8")))))
    # Read as an article at both sizes (the config's `dump`): by itself the kind test
    # reads the 10 MB one, hundreds of articles' bodies one after the other, as a page
    # dump (33,231 lines removed, round 27), so the row compared two rule sets.
    cases.append(("article, per byte", articles, "article"))
    cases.append(
        (
            "HTML page of boxed paragraphs, per paragraph",
            [(f"{count:,} paragraphs", boxed_page(count), float(count)) for count in BOXED_COUNTS],
            HTML,
        )
    )
    verdicts = []
    for case, sizes, dump in cases:
        per_unit: list[float] = []
        timed = _fastest_in_turn(sizes, timeout, dump)
        for (name, _, units), measured in zip(sizes, timed, strict=True):
            if measured is None:
                rows.append((case, name, f"> {timeout * 1000:,.0f}", "–", "–", "stopped"))
                continue
            seconds, status = measured
            per_unit.append(seconds / units)
            unit = "µs per paragraph" if "paragraph" in case else "µs per KB"
            scale = 1e6 if "paragraph" in case else 1e6 * 1024
            rows.append(
                (
                    case,
                    name,
                    f"{seconds * 1000:,.1f}",
                    f"{per_unit[-1] * scale:,.1f} {unit}",
                    f"{per_unit[-1] / per_unit[0]:.2f}",
                    status,
                )
            )
        if len(per_unit) == 2:
            growth = per_unit[1] / per_unit[0]
            verdicts.append(f"{case}: {growth:.2f}× — {verdict(growth <= TARGET_GROWTH)}")
    return (
        "Issue 16's growth targets: the per-paragraph cost of a 50,000-paragraph page dump "
        f"within {TARGET_GROWTH:g}× that of a 5,000-paragraph one (non-blank lines of "
        "whole-page dumps of different webeval pages, one after the other), and the per-byte "
        f"cost of a 10 MB article within {TARGET_GROWTH:g}× that of a 100 KB one (the body "
        "lines of the labelled article dumps, page after page, as one article, read as an "
        'article dump at both sizes: `dump="article"`), and the per-paragraph cost of '
        f"an HTML page of {BOXED_COUNTS[1]:,} paragraphs within {TARGET_GROWTH:g}× that of "
        f"one of {BOXED_COUNTS[0]:,} (each paragraph quoted again in a share box with a "
        "link, `clean_html`: the HTML hints look each block up in the boxes and the page). "
        "CPU time "
        f"of one clean in a process of its own, memory of lines off, the fastest of "
        f"{_GROWTH_ROUNDS} runs with the sizes taking turns.\n\n"
        + table(["dump", "size", "ms", "cost per unit", "vs the smaller", "status"], rows)
        + "\n\nTargets (≤ "
        + f"{TARGET_GROWTH:g}×): "
        + "; ".join(verdicts)
        + "."
    )


_GROWTH_ROUNDS = 2
"""Each size of a growth case is timed this many times, the sizes in turn, keeping the
fastest: a size is one clean in a process of its own, and one run of the section moved a
ratio by 0.2 with the machine's load (round 17: 1.36× in one run, 1.17× in the next)."""


def _fastest_in_turn(
    sizes: Sequence[tuple[str, str, float]], timeout: float, dump: str = "auto"
) -> list[tuple[float, str] | None]:
    """(CPU seconds, status) of each size's fastest clean, or None once a clean is stopped."""
    fastest: list[tuple[float, str] | None] = [None] * len(sizes)
    stopped = [False] * len(sizes)
    for _ in range(_GROWTH_ROUNDS):
        for index, (_, text, _) in enumerate(sizes):
            if stopped[index]:
                continue
            repeats = max(1, (2 * 1024 * 1024) // len(text.encode("utf-8")))
            measured = _measure_in_child(text, repeats, timeout * repeats, dump)
            best = fastest[index]
            if measured is None:
                stopped[index] = True
                fastest[index] = None
            elif best is None or measured[0] < best[0]:
                fastest[index] = measured
    return fastest


def _size_name(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
