"""Language of the body text: langdetect, seeded, on a bounded sample.

langdetect draws random n-grams; with a fixed seed on every detector the
answer is the same on every call and in every process. Its profiles load
once per process, under a lock so that threads can share a Cleaner.
"""

from __future__ import annotations

import re
import threading

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

UNDETERMINED = "und"
_SEED = 0
_MIN_LETTERS = 20
_MIN_PROBABILITY = 0.6
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

_lock = threading.Lock()
_factory: DetectorFactory | None = None

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
            _factory = factory
        return _factory


def detect_language(text: str, sample_chars: int = 250, trials: int = 1) -> str:
    """ISO 639-1 code of `text`, or "und" when it is too short or unclear.

    `trials` is langdetect's `n_trial`: how many random walks over the
    sample's n-grams it averages.
    """
    sample = text[:sample_chars]
    letters = len(_LETTER.findall(sample))
    if letters < _MIN_LETTERS:
        return UNDETERMINED
    for pattern, code in _SINGLE_LANGUAGE_SCRIPTS:
        if len(pattern.findall(sample)) * 2 > letters:
            return code
    detector = _get_factory().create()
    detector.n_trial = trials
    detector.append(sample)
    try:
        candidates = detector.get_probabilities()
    except LangDetectException:
        return UNDETERMINED
    if not candidates or candidates[0].prob < _MIN_PROBABILITY:
        return UNDETERMINED
    return _iso639_1(candidates[0].lang)


def _iso639_1(code: str) -> str:
    # langdetect says zh-cn / zh-tw; the article says which language, not which script.
    return code.split("-")[0]
