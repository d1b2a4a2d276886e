"""Quality on whole-page text dumps of the webeval pages (see bench/dumps.py).

Quality on the test part of the corpus, the tune part beside it (bench/split.py).
`python -m bench.dump_quality` prints the table.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .corpus import Score
from .dumps import Dump, dumps
from .report import table, verdict
from .split import PARTS, WHICH_IS_WHICH, Part, part
from .text_cleaners import (
    articleclean_text,
    c4_line_filter,
    justext_over_lines,
    justext_stoplist,
    no_cleaning,
    page_language,
)

TARGET_F1 = 0.92
"""Issue 14: whole-page dumps of real pages, body F1 on the held-out part."""


def _score(
    name: str, items: list[Dump], clean: Callable[[int, str], str]
) -> tuple[str, dict[Part, Score], float]:
    scores = {name: Score() for name in PARTS}
    elapsed = 0.0
    for index, item in enumerate(items):
        started = time.perf_counter()
        output = clean(index, item.text)
        elapsed += time.perf_counter() - started
        scores[part(item.page.url)].add(item.page, output)
    return name, scores, elapsed


def cleaner_table(items: list[Dump]) -> tuple[str, float]:
    """Each cleaner's precision, recall and F1 on `items` (test part, tune beside it) as a
    table, and articleclean's test-part F1."""
    stoplists = [justext_stoplist(page_language(item.text)) for item in items]
    results = [
        _score("no cleaning", items, lambda _, text: no_cleaning(text)),
        _score("C4 line filter", items, lambda _, text: c4_line_filter(text)),
        _score("jusText over lines", items, lambda i, text: justext_over_lines(text, stoplists[i])),
        _score("articleclean clean_text", items, lambda _, text: articleclean_text(text)),
    ]
    rows = [
        (
            name,
            f"{s['test'].precision:.3f}",
            f"{s['test'].recall:.3f}",
            f"**{s['test'].f1:.3f}**",
            f"{s['tune'].precision:.3f}",
            f"{s['tune'].recall:.3f}",
            f"{s['tune'].f1:.3f}",
            f"{len(items) / t:,.0f}",
        )
        for name, s, t in results
    ]
    header = [
        "cleaner",
        "test: precision",
        "test: recall",
        "test: F1",
        "tune: precision",
        "tune: recall",
        "tune: F1",
        "docs/s",
    ]
    return table(header, rows), results[-1][1]["test"].f1


def run(limit: int | None = None) -> str:
    items = dumps(limit)
    text, ours = cleaner_table(items)
    size = sum(len(item.text) for item in items) / max(1, len(items))
    test = sum(part(item.page.url) == "test" for item in items)
    return (
        f"{len(items)} pages ({test} test, {len(items) - test} tune); dumps average "
        f"{size / 1024:.1f} KB. {WHICH_IS_WHICH} Speed over all pages.\n\n"
        + text
        + f"\n\nTarget F1 ≥ {TARGET_F1} on the test part: {verdict(ours >= TARGET_F1)} "
        f"(articleclean {ours:.3f})."
    )


if __name__ == "__main__":
    print(run())
