"""articleclean vs trafilatura on the webeval corpus: precision, recall, F1, pages/s.

    python -m bench.webeval [--limit N] [--every K] [--variants]

Both systems see the same page bytes in the same run: one page after the
other for quality, each alone in a fresh process for speed (see
`solo_seconds`), on one core. articleclean is scored on `Article.to_text()`: the body
(paragraphs and headings, dateline restored), without the title and the
captions, because trafilatura's txt output, the baseline, carries neither
and the annotators' `with` segments are article text. `--variants` also
scores the text with the title and/or the captions added.

Quality is reported on the test part of the corpus, with the tune part
beside it (bench/split.py); speed over all pages of the sample.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field

from bench.alone import run_alone
from bench.corpus import Page, PartScores, Score, sample
from bench.split import PARTS, WHICH_IS_WHICH, Part, part_of

TRAFILATURA = "trafilatura"
ARTICLECLEAN = "articleclean"


@dataclass
class Result(PartScores):
    system: str
    scores: dict[Part, Score] = field(default_factory=lambda: {name: Score() for name in PARTS})
    """Quality on each part of the corpus."""
    seconds: float = 0.0
    pages: int = 0


def article_text(article: object) -> str:
    """What articleclean is scored on: the body, dateline restored (see the module doc)."""
    return article.to_text()  # type: ignore[attr-defined]


def score_articleclean(limit: int | None = None, every: int = 1, part: Part | None = None) -> Score:
    """articleclean alone on a sample of the corpus, or of one part (for the quality gate)."""
    import articleclean

    cleaner = articleclean.Cleaner()
    score = Score()
    for page in sample(limit, every, part):
        score.add(page, article_text(cleaner.clean_html(page.html, url=page.url)))
    return score


def evaluate(
    limit: int | None = None, every: int = 1, variants: bool = False, timed: bool = True
) -> dict[str, Result]:
    import trafilatura

    import articleclean

    cleaner = articleclean.Cleaner()
    results = {TRAFILATURA: Result(TRAFILATURA), ARTICLECLEAN: Result(ARTICLECLEAN)}
    extra: dict[str, Callable[[articleclean.Article], str]] = {}
    if variants:
        extra = {
            "articleclean +title": lambda a: a.to_text(title=True),
            "articleclean +captions": lambda a: a.to_text(captions=True),
            "articleclean +title +captions": lambda a: a.to_text(title=True, captions=True),
        }
        results.update({name: Result(name) for name in extra})
    for page in sample(limit, every):
        baseline = trafilatura.extract(
            page.html, url=page.url, include_comments=False, include_tables=True
        )
        _record(results[TRAFILATURA], page, baseline or "", 0.0)
        article = cleaner.clean_html(page.html, url=page.url)
        _record(results[ARTICLECLEAN], page, article_text(article), 0.0)
        for name, render in extra.items():
            _record(results[name], page, render(article), 0.0)
    if timed:
        for system, seconds in solo_seconds(limit, every).items():
            results[system].seconds = seconds
    return results


def solo_seconds(limit: int | None, every: int, rounds: int = 2) -> dict[str, float]:
    """Seconds each system needs for the sample, each alone in a fresh process.

    Not timed in the loop above: articleclean runs trafilatura inside, and
    trafilatura's LRU caches then hold the page it is about to see, which makes
    whichever system runs second on a page look faster (see bench.alone). The
    systems take turns (A B A B …) and each keeps its best round, which damps the
    drift of a shared machine's load.
    """
    extractors = {TRAFILATURA: "trafilatura", ARTICLECLEAN: "articleclean clean_html"}
    best: dict[str, float] = {}
    for _ in range(rounds):
        for system, extractor in extractors.items():
            seconds = run_alone(extractor, limit, every).seconds
            best[system] = min(seconds, best.get(system, seconds))
    return best


def _record(result: Result, page: Page, output: str, seconds: float) -> None:
    result.scores[part_of(page.url)].add(page, output)
    result.seconds += seconds
    result.pages += 1


def table(results: dict[str, Result]) -> str:
    rows = [
        "| system | test: precision | test: recall | test: F1 | tune: precision "
        "| tune: recall | tune: F1 | pages/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results.values():
        test, tune = result.scores["test"], result.scores["tune"]
        speed = f"{result.pages_per_second:.1f}" if result.seconds else "—"
        rows.append(
            f"| {result.system} | {test.precision:.3f} | {test.recall:.3f} | **{test.f1:.3f}** "
            f"| {tune.precision:.3f} | {tune.recall:.3f} | {tune.f1:.3f} | {speed} |"
        )
    first = next(iter(results.values()))
    pages_seen = first.pages
    sizes = {name: score.pages for name, score in first.scores.items()}
    rows.append("")
    rows.append(
        f"{pages_seen} pages ({sizes['test']} test, {sizes['tune']} tune). {WHICH_IS_WHICH} "
        "Quality: both systems on each page in one process. "
        "Speed: each system alone in a fresh process over the same pages, one core, "
        "taking turns twice, best of the two kept (see `solo_seconds`)."
    )
    return "\n".join(rows)


def run(limit: int | None = None, every: int = 1, variants: bool = False) -> str:
    """The benchmark as a markdown table (for the benchmark runner)."""
    return table(evaluate(limit, every, variants))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N pages")
    parser.add_argument("--every", type=int, default=1, help="every K-th page only")
    parser.add_argument("--variants", action="store_true", help="also score title/captions")
    args = parser.parse_args(argv)
    print(run(args.limit, args.every, args.variants))


if __name__ == "__main__":
    main()
