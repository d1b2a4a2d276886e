"""Language of the body text: langdetect, seeded, on a bounded sample.

langdetect draws random n-grams; with a fixed seed on every detector the
answer is the same on every call and in every process. Its profiles load
once per process, under a lock so that threads can share a Cleaner.

langdetect's own loops (`Detector._extract_ngrams` and `_detect_block`)
were the largest cost of cleaning a short dump, so `_probabilities` runs
the same algorithm with the same profiles, the same seeded random draws in
the same order and the same floating-point operations in the same order,
only with a per-character cache and numpy rows instead of Python loops over
55 languages: the probabilities are identical to langdetect's, bit for bit.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Callable

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

UNDETERMINED = "und"
_SEED = 0
_MIN_LETTERS = 20
_MIN_PROBABILITY = 0.6
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

_lock = threading.Lock()
_factory: DetectorFactory | None = None
_matrix: np.ndarray = np.zeros((0, 0))
"""Each n-gram's probabilities per language, one row per n-gram."""
_CHECK_EVERY = 5  # langdetect checks convergence when i % 5 == 0
_maximum = np.maximum.reduce  # ndarray.max() without its Python-level wrapper

# Scripts used by one language only: no need to ask langdetect.
_SINGLE_LANGUAGE_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),  # kana
    (re.compile(r"[\uac00-\ud7af]"), "ko"),  # hangul
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)


def _get_factory() -> DetectorFactory:
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY

            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.set_seed(_SEED)
            _use_matrix(factory)
            _factory = factory
        return _factory


def _use_matrix(factory: DetectorFactory) -> None:
    """Move the profiles into one float matrix; the factory keeps n-gram → row.

    This factory is private to this module and only ever used through
    `_probabilities`, so its lists of floats can go (they take more memory
    than the matrix).
    """
    global _matrix
    grams = list(factory.word_lang_prob_map)
    _matrix = np.array([factory.word_lang_prob_map[gram] for gram in grams], dtype=np.float64)
    # langdetect never uses the n-gram " " (Detector._extract_ngrams skips it).
    factory.word_lang_prob_map = {gram: row for row, gram in enumerate(grams) if gram != " "}


def detect_language(text: str, sample_chars: int = 600) -> str:
    """ISO 639-1 code of `text`, or "und" when it is too short or unclear."""
    sample = text[:sample_chars]
    letters = len(_LETTER.findall(sample))
    if letters < _MIN_LETTERS:
        return UNDETERMINED
    for pattern, code in _SINGLE_LANGUAGE_SCRIPTS:
        if len(pattern.findall(sample)) * 2 > letters:
            return code
    detector = _get_factory().create()
    try:
        probabilities = _probabilities(detector, _prepared(sample, detector.max_text_length))
    except LangDetectException:
        return UNDETERMINED
    # As Detector.get_probabilities: languages above its threshold, the most
    # probable first (the first in its list on a tie, as its stable sort gives).
    best_lang, best_prob = None, 0.0
    for lang, prob in zip(detector.langlist, probabilities, strict=True):
        if prob > Detector.PROB_THRESHOLD and (best_lang is None or prob > best_prob):
            best_lang, best_prob = lang, prob
    if best_lang is None or best_prob < _MIN_PROBABILITY:
        return UNDETERMINED
    return _iso639_1(best_lang)


class _Normalized(dict[int, str]):
    """NGram.normalize as a str.translate table, filled as characters come.

    NGram.normalize is a pure function of one character, so caching it is safe.
    """

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


_normalized = _Normalized()
_word_rows: dict[tuple[str, bool], tuple[int, ...]] = {}
_MAX_CACHED_WORDS = 100_000


def _extract_rows(text: str, rows: dict[str, int]) -> list[int]:
    """Detector._extract_ngrams, word by word; n-grams as matrix rows.

    After normalisation, langdetect's n-gram buffer restarts at every space,
    so the n-grams a word gives depend only on the word (and on whether a
    space follows it): they are worked out once per distinct word.
    """
    result: list[int] = []
    pieces = text.translate(_normalized).split(" ")
    last = len(pieces) - 1
    for index, word in enumerate(pieces):
        if not word:
            continue
        key = (word, index < last)
        found = _word_rows.get(key)
        if found is None:
            if len(_word_rows) >= _MAX_CACHED_WORDS:
                _word_rows.clear()
            found = _word_rows[key] = _rows_of_word(word, index < last, rows)
        result.extend(found)
    return result


def _rows_of_word(word: str, spaced: bool, rows: dict[str, int]) -> tuple[int, ...]:
    """What NGram.add_char and the n-gram loop give for " word" (and a space after).

    For each character after the leading space: unless it and the one before
    are both upper case (NGram.capitalword), the 1-, 2- and 3-grams ending there
    that langdetect knows (" " alone is not in `rows`).
    """
    padded = " " + word + (" " if spaced else "")
    get = rows.get
    return tuple(
        row
        for end in range(1, len(padded))
        if not (padded[end].isupper() and padded[end - 1].isupper())
        for start in range(end, max(end - NGram.N_GRAM, -1), -1)
        if (row := get(padded[start : end + 1])) is not None
    )


_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect's 'A' <= ch <= 'z', brackets and all
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


def _prepared(text: str, max_length: int) -> str:
    """Detector.append, then Detector.cleaning_text, as string operations.

    append drops URLs and e-mail addresses, normalises Vietnamese, cuts the text
    and collapses runs of spaces; cleaning_text drops Latin letters from text that
    is mostly in another script. (Its test for the "Latin Extended Additional"
    block compares a block number with a name, so it counts every character from
    U+0300 up; that is kept, so the answers stay langdetect's.)
    """
    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
    text = _SPACES.sub(" ", NGram.normalize_vi(text)[:max_length])
    if len(_LATIN.findall(text)) * 2 < len(_NON_LATIN.findall(text)):
        text = _LATIN.sub("", text)
    return text


def _choice_is_getrandbits() -> bool:
    """Whether Random.choice draws as `_draw` below does (CPython 3.2 and later)."""
    for seed in range(20):
        for size in (1, 2, 3, 7, 100, 1000, 65537):
            mine, theirs = random.Random(seed), random.Random(seed)
            items = list(range(size))
            picks = _draw(mine.getrandbits, items, 50)
            if picks != [theirs.choice(items) for _ in range(50)]:
                return False
    return True


def _draw(getrandbits: Callable[[int], int], items: list[int], count: int) -> list[int]:
    """`count` of random.Random.choice(items), without two calls per draw."""
    size = len(items)
    bits = size.bit_length()
    picks: list[int] = []
    while len(picks) < count:
        value = getrandbits(bits)
        if value < size:
            picks.append(items[value])
    return picks


_INLINE_CHOICE = _choice_is_getrandbits()


def _probabilities(detector: Detector, text: str) -> list[float]:
    """Detector._detect_block (no prior map), returning the averaged probabilities.

    The updates between two convergence checks (one, then five at a time) are
    drawn first, then applied one after the other: the same draws and the same
    products in the same order as langdetect's loop, done by numpy on rows of
    one matrix instead of by Python on lists.
    """
    rows = _extract_rows(text, detector.word_lang_prob_map)
    if not rows:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    matrix = _matrix
    count = matrix.shape[1]
    trials = detector.n_trial
    langprob = np.zeros(count)
    draw = detector.random
    draw.seed(detector.seed)
    choice = draw.choice
    getrandbits = draw.getrandbits
    for _ in range(trials):
        prob = np.full(count, 1.0 / count)
        alpha = detector.alpha + draw.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weight = alpha / Detector.BASE_FREQ
        last = 0  # the iteration whose end is checked (langdetect's i)
        step = 1
        while True:
            if _INLINE_CHOICE:
                picks = _draw(getrandbits, rows, step)
            else:
                picks = [choice(rows) for _ in range(step)]
            factors = matrix[picks]
            factors += weight
            # Along the first axis numpy multiplies row after row, in order:
            # ((prob × f1) × f2) × …, as langdetect's loop does.
            factors[0] *= prob
            prob = np.multiply.reduce(factors, axis=0)
            # langdetect's sum(prob) over a list: the same additions, in order.
            prob /= sum(prob.tolist())
            if _maximum(prob) > Detector.CONV_THRESHOLD or last >= Detector.ITERATION_LIMIT:
                break
            last += _CHECK_EVERY
            step = _CHECK_EVERY
        langprob += prob / trials
    result: list[float] = langprob.tolist()
    return result


def _iso639_1(code: str) -> str:
    # langdetect says zh-cn / zh-tw; the article says which language, not which script.
    return code.split("-")[0]
