"""One extractor alone in a fresh process over the corpus, each page timed.

Alone, because several extractors run trafilatura or share its LRU caches
(`line_processing`, `trim`, `return_printables_and_spaces`): run on the same
page one after another in one process, the second would find the first one's
lines cached and look faster. One page goes untimed first: lazy imports and
first-call caches are not throughput.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context

from .corpus import sample
from .extractors import EXTRACTORS


@dataclass
class Run:
    outputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0
    first_error: str | None = None
    unavailable: str | None = None


def run_alone(
    name: str, limit: int | None, every: int = 1, languages: Sequence[str] | None = None
) -> Run:
    """The extractor called `name` over `sample(limit, every)`, in a spawned process.

    `languages` gives each page's language (for jusText's stoplist), if known.
    """
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_run_here, name, limit, every, languages).result()


def _run_here(name: str, limit: int | None, every: int, languages: Sequence[str] | None) -> Run:
    # As the benchmark runner does for itself: the peers' warnings about odd pages
    # (unparsable dates, empty documents) are not results.
    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")
    run = Run()
    extractor = next(e for e in EXTRACTORS if e.name == name)
    try:
        extract = extractor.load()
    except Exception as exc:  # a missing optional peer is a row, not a crash
        run.unavailable = f"{type(exc).__name__}: {exc}"
        return run
    corpus = list(sample(limit, every))
    page_languages = list(languages) if languages is not None else [""] * len(corpus)
    if corpus:
        with contextlib.suppress(Exception):  # the timed run below records a failure
            extract(corpus[0].html, corpus[0].url, page_languages[0])
    for page, language in zip(corpus, page_languages, strict=True):
        started = time.perf_counter()
        try:
            output = extract(page.html, page.url, language)
        except Exception as exc:
            output = ""
            run.errors += 1
            if run.first_error is None:
                run.first_error = "".join(traceback.format_exception_only(exc)).strip()
        run.seconds += time.perf_counter() - started
        run.outputs.append(output)
    return run
