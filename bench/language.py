"""How long a sample language detection needs: agreement and cost per sample size.

The sample is what assembly gives the detector (the three longest body
paragraphs, see `articleclean.assemble`), cut to `language_sample_chars`.
On webeval dumps the reference is the answer on the whole sample (up to
10,000 characters); on the noise corpus it is the language the article was
written in.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import articleclean
from articleclean.assemble import _language_sample
from articleclean.language import detect_language

from . import noise
from .dumps import dumps
from .report import table

SIZES = (100, 150, 200, 300, 400, 600, 1000)
FULL = 10_000


def samples(limit: int | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    cleaner = articleclean.Cleaner(detect_language=False)
    webeval = [_language_sample(cleaner.clean_text(item.text)) for item in dumps(limit)]
    noisy = [
        (_language_sample(cleaner.clean_text(article.text)), article.language)
        for article in noise.generate(50)
    ]
    return [text for text in webeval if text], noisy


def _timed(texts: Sequence[str], size: int) -> tuple[list[str], float]:
    started = time.process_time()
    answers = [detect_language(text, size) for text in texts]
    return answers, (time.process_time() - started) / max(1, len(texts))


def run(limit: int | None = None) -> str:
    webeval, noisy = samples(limit)
    detect_language(webeval[0], 100)  # load the profiles outside the timing
    reference = [detect_language(text, FULL) for text in webeval]
    rows = []
    for size in SIZES:
        answers, seconds = _timed(webeval, size)
        agree = sum(a == r for a, r in zip(answers, reference, strict=True)) / len(reference)
        noisy_answers = [detect_language(text, size) for text, _ in noisy]
        right = sum(a == lang for a, (_, lang) in zip(noisy_answers, noisy, strict=True))
        undetermined = sum(a == "und" for a in answers) / len(answers)
        rows.append(
            (
                str(size),
                f"{agree:.1%}",
                f"{undetermined:.1%}",
                f"{right} of {len(noisy)}",
                f"{seconds * 1e6:,.0f}",
            )
        )
    default = articleclean.CleanerConfig().language_sample_chars
    return (
        f"{len(webeval)} webeval samples, {len(noisy)} noise-corpus articles; the default "
        f"`language_sample_chars` is {default}.\n\n"
        + table(
            [
                "sample chars",
                f"webeval: same answer as on {FULL:,} chars",
                "webeval: und",
                "noise corpus: right language",
                "µs per detection (CPU)",
            ],
            rows,
        )
    )
