"""Quality on whole-page text dumps of the webeval pages (see bench/dumps.py)."""

from __future__ import annotations

import time
from collections.abc import Callable

from .corpus import Score
from .dumps import Dump, dumps
from .report import table, verdict
from .text_cleaners import (
    articleclean_text,
    c4_line_filter,
    justext_over_lines,
    justext_stoplist,
    no_cleaning,
    page_language,
)

TARGET_F1 = 0.88


def _score(
    name: str, items: list[Dump], clean: Callable[[int, str], str]
) -> tuple[str, Score, float]:
    score = Score()
    elapsed = 0.0
    for index, item in enumerate(items):
        started = time.perf_counter()
        output = clean(index, item.text)
        elapsed += time.perf_counter() - started
        score.add(item.page, output)
    return name, score, elapsed


def run(limit: int | None = None) -> str:
    items = dumps(limit)
    stoplists = [justext_stoplist(page_language(item.text)) for item in items]
    results = [
        _score("no cleaning", items, lambda _, text: no_cleaning(text)),
        _score("C4 line filter", items, lambda _, text: c4_line_filter(text)),
        _score("jusText over lines", items, lambda i, text: justext_over_lines(text, stoplists[i])),
        _score("articleclean clean_text", items, lambda _, text: articleclean_text(text)),
    ]
    rows = [
        (name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"**{s.f1:.3f}**", f"{len(items) / t:,.0f}")
        for name, s, t in results
    ]
    ours = results[-1][1].f1
    size = sum(len(item.text) for item in items) / max(1, len(items))
    return (
        f"{len(items)} pages; dumps average {size / 1024:.1f} KB.\n\n"
        + table(["cleaner", "precision", "recall", "F1", "docs/s"], rows)
        + f"\n\nTarget F1 ≥ {TARGET_F1}: {verdict(ours >= TARGET_F1)} (articleclean {ours:.3f})."
    )
