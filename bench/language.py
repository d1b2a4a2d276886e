"""How long a sample and how many trials language detection needs.

The sample is what assembly gives the detector (the three longest body
paragraphs, see `articleclean.assemble`), cut to `language_sample_chars`;
langdetect averages `language_trials` random trials over it. On webeval
dumps the reference is langdetect's default (7 trials) on the whole sample
(up to 10,000 characters); on the noise corpus it is the language the
article was written in.
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

SIZES = (100, 150, 200, 250, 300, 400, 600, 1000)
TRIALS = (7, 3, 1)
FULL = 10_000
REFERENCE_TRIALS = 7  # langdetect's own default


def samples(limit: int | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    cleaner = articleclean.Cleaner(detect_language=False)
    webeval = [_language_sample(cleaner.clean_text(item.text)) for item in dumps(limit)]
    noisy = [
        (_language_sample(cleaner.clean_text(article.text)), article.language)
        for article in noise.generate(50)
    ]
    return [text for text in webeval if text], noisy


def _timed(texts: Sequence[str], size: int, trials: int) -> tuple[list[str], float]:
    started = time.process_time()
    answers = [detect_language(text, size, trials) for text in texts]
    return answers, (time.process_time() - started) / max(1, len(texts))


def run(limit: int | None = None) -> str:
    webeval, noisy = samples(limit)
    detect_language(webeval[0], 100)  # load the profiles outside the timing
    reference = [detect_language(text, FULL, REFERENCE_TRIALS) for text in webeval]
    config = articleclean.CleanerConfig()
    rows = []
    for trials in TRIALS:
        for size in SIZES:
            answers, seconds = _timed(webeval, size, trials)
            agree = sum(a == r for a, r in zip(answers, reference, strict=True)) / len(reference)
            noisy_answers = [detect_language(text, size, trials) for text, _ in noisy]
            right = sum(a == lang for a, (_, lang) in zip(noisy_answers, noisy, strict=True))
            undetermined = sum(a == "und" for a in answers) / len(answers)
            is_default = (trials, size) == (config.language_trials, config.language_sample_chars)
            rows.append(
                (
                    f"**{trials}**" if is_default else str(trials),
                    f"**{size}**" if is_default else str(size),
                    f"{agree:.1%}",
                    f"{undetermined:.1%}",
                    f"{right} of {len(noisy)}",
                    f"{seconds * 1e6:,.0f}",
                )
            )
    return (
        f"{len(webeval)} webeval samples, {len(noisy)} noise-corpus articles; the defaults "
        f"(in bold) are `language_trials` {config.language_trials} and "
        f"`language_sample_chars` {config.language_sample_chars}. The reference answer is "
        f"langdetect's own default, {REFERENCE_TRIALS} trials, on up to {FULL:,} characters.\n\n"
        + table(
            [
                "trials",
                "sample chars",
                "webeval: same answer as the reference",
                "webeval: und",
                "noise corpus: right language",
                "µs per detection (CPU)",
            ],
            rows,
        )
    )
