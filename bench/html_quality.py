"""Quality and speed of HTML extractors on webeval: each alone in a fresh process, same pages.

Quality on the test part of the corpus, the tune part beside it (bench/split.py);
speed over every page of the sample.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .alone import run_alone
from .corpus import Page, PartScores, Score, pages
from .dumps import dumps
from .extractors import EXTRACTORS, Extractor
from .machine import package_version
from .report import ratio, table, verdict
from .split import PARTS, WHICH_IS_WHICH, Part, part
from .text_cleaners import page_language

TARGET_F1 = 0.94
TARGET_SPEED = 0.8  # × trafilatura's pages/s


@dataclass
class Result(PartScores):
    name: str
    version: str
    scores: dict[Part, Score] = field(default_factory=lambda: {name: Score() for name in PARTS})
    """Quality on each part of the corpus."""
    seconds: float = 0.0
    pages: int = 0
    errors: int = 0
    first_error: str | None = None
    unavailable: str | None = None


def measure(
    extractors: Sequence[Extractor], corpus: Sequence[tuple[Page, str]], limit: int | None
) -> list[Result]:
    """Each extractor alone in a fresh process over the same pages (see bench.alone)."""
    languages = [language for _, language in corpus]
    results = []
    for extractor in extractors:
        run = run_alone(extractor.name, limit, languages=languages)
        result = Result(extractor.name, package_version(extractor.distribution))
        result.unavailable, result.seconds, result.errors, result.first_error = (
            run.unavailable,
            run.seconds,
            run.errors,
            run.first_error,
        )
        if run.unavailable is None:
            for (page, _), output in zip(corpus, run.outputs, strict=True):
                result.scores[part(page.url)].add(page, output)
            result.pages = len(run.outputs)
            if result.pages and result.errors == result.pages:
                result.unavailable = f"every page raised; first: {result.first_error}"
        results.append(result)
    return results


def load_corpus(limit: int | None) -> list[tuple[Page, str]]:
    languages = {item.page.file: page_language(item.text) for item in dumps(limit)}
    return [(page, languages[page.file]) for page in pages(limit=limit)]


def measure_all(limit: int | None = None, only: Sequence[str] | None = None) -> list[Result]:
    corpus = load_corpus(limit)
    chosen = [e for e in EXTRACTORS if not only or any(o.lower() in e.name.lower() for o in only)]
    return measure(chosen, corpus, limit)


def format_results(results: list[Result]) -> str:
    reference = next((r for r in results if r.name == "trafilatura" and r.pages), None)
    rows = []
    notes = []
    for r in results:
        if r.unavailable:
            notes.append(f"- {r.name}: not available ({r.unavailable}).")
            rows.append((r.name, r.version, "–", "–", "–", "–", "–", "–", "not available"))
            continue
        speed = ratio(r.pages_per_second, reference.pages_per_second) if reference else "n/a"
        s = r.score
        rows.append(
            (
                r.name,
                r.version,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"**{s.f1:.3f}**",
                f"{r.scores['tune'].f1:.3f}",
                f"{r.pages_per_second:.1f}",
                speed,
                str(r.errors),
            )
        )
        if r.errors and not r.unavailable:
            notes.append(f"- {r.name}: {r.errors} page(s) raised; first: `{r.first_error}`.")
    text = table(
        [
            "extractor",
            "version",
            "test: precision",
            "test: recall",
            "test: F1",
            "tune: F1",
            "pages/s",
            "speed vs trafilatura",
            "errors",
        ],
        rows,
    )
    measured = next((r for r in results if r.pages), None)
    if measured is not None:
        sizes = {name: score.pages for name, score in measured.scores.items()}
        text += (
            f"\n\n{measured.pages} pages: {sizes['test']} test, {sizes['tune']} tune. "
            f"{WHICH_IS_WHICH} Speed over all {measured.pages} pages."
        )
    ours = next((r for r in results if r.name.startswith("articleclean")), None)
    if ours is not None and ours.unavailable:
        text += "\n\nTargets (F1 ≥ 0.94, speed ≥ 0.8× trafilatura): not measured, clean_html is not available."
    elif ours is not None and reference is not None:
        f1 = ours.score.f1
        rel = ours.pages_per_second / reference.pages_per_second
        text += (
            f"\n\nTargets, on the test part: F1 ≥ {TARGET_F1} — {verdict(f1 >= TARGET_F1)} ({f1:.3f}); precision ≥ 0.93 — "
            f"{verdict(ours.score.precision >= 0.93)} ({ours.score.precision:.3f}); recall no more than "
            f"0.005 below trafilatura — {verdict(ours.score.recall >= reference.score.recall - 0.005)}; "
            f"speed ≥ {TARGET_SPEED}× trafilatura — {verdict(rel >= TARGET_SPEED)} ({rel:.2f}×)."
        )
    if notes:
        text += "\n\n" + "\n".join(notes)
    return text


def run(limit: int | None = None, only: Sequence[str] | None = None) -> str:
    return format_results(measure_all(limit, only))
