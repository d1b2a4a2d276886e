"""The webeval corpus (../shared/data/webeval) and its scoring rule.

Read in place, never copied into the project. Scoring, as trafilatura's own
benchmark: white space normalised; a `with` segment found in the output is
a true positive, missing a false negative; a `without` segment found is a
false positive, missing a true negative.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .split import Part

_SPACE = re.compile(r"\s+")


def corpus_dir() -> Path | None:
    """Where the corpus is, or None. ARTICLECLEAN_WEBEVAL overrides the default place."""
    override = os.environ.get("ARTICLECLEAN_WEBEVAL")
    candidates = [Path(override)] if override else []
    root = Path(__file__).resolve().parent.parent
    candidates += [root.parent / "shared" / "data" / "webeval"]
    for candidate in candidates:
        if (candidate / "annotations.json").is_file():
            return candidate
    return None


@dataclass(frozen=True)
class Page:
    url: str
    file: str
    html: bytes
    with_: tuple[str, ...]
    without: tuple[str, ...]


def pages(directory: Path | None = None, limit: int | None = None) -> Iterator[Page]:
    directory = directory or corpus_dir()
    if directory is None:
        raise FileNotFoundError("webeval corpus not found (set ARTICLECLEAN_WEBEVAL)")
    annotations = json.loads((directory / "annotations.json").read_text(encoding="utf-8"))
    for count, url in enumerate(sorted(annotations, key=lambda u: annotations[u]["file"])):
        if limit is not None and count >= limit:
            return
        entry = annotations[url]
        with gzip.open(directory / "html" / entry["file"], "rb") as handle:
            html = handle.read()
        yield Page(url, entry["file"], html, tuple(entry["with"]), tuple(entry["without"]))


def sample(limit: int | None = None, every: int = 1, part: str | None = None) -> Iterator[Page]:
    """The corpus in its fixed order; every `every`-th page, at most `limit` pages.

    With `part` ("tune" or "test", see bench/split.py), only that part's pages,
    counted among themselves: every `every`-th page of the part.
    """
    from .split import part as part_of

    taken = 0
    chosen = (p for p in pages() if part is None or part_of(p.url) == part)
    for position, page in enumerate(chosen):
        if position % every:
            continue
        if limit is not None and taken >= limit:
            return
        taken += 1
        yield page


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    pages: int = 0

    def add(self, page: Page, output: str) -> None:
        self.pages += 1
        text = normalise(output or "")
        for segment in page.with_:
            if normalise(segment) in text:
                self.tp += 1
            else:
                self.fn += 1
        for segment in page.without:
            if normalise(segment) in text:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class PartScores:
    """A system's run over the corpus, scored on each part of it (bench/split.py): the
    scores, seconds and pages of `webeval.Result` and `html_quality.Result`, each a
    dataclass of its own fields, and what both read from them."""

    scores: dict[Part, Score]
    seconds: float
    pages: int

    @property
    def score(self) -> Score:
        """Quality on the test part: the figure to quote."""
        return self.scores["test"]

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0
