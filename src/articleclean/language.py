"""Language of the body text: langdetect, seeded, on a bounded sample.

langdetect draws random n-grams; with a fixed seed on every detector the
answer is the same on every call and in every process. Its profiles load
once per process, under a lock so that threads can share a Cleaner.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from itertools import chain, compress, islice, repeat
from operator import lt, mul, rshift
from random import Random

from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

UNDETERMINED = "und"
_SEED = 0
_MIN_LETTERS = 20
_MIN_PROBABILITY = 0.6
_LETTERS_FIRST = 2 * _MIN_LETTERS
"""The characters counted first: prose holds `_MIN_LETTERS` letters in them."""

_lock = threading.Lock()
_factory: DetectorFactory | None = None

# Scripts used by one language only: no need to ask langdetect.
_SINGLE_LANGUAGE_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),  # kana
    (re.compile(r"[\uac00-\ud7af]"), "ko"),  # hangul
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    # Scripts of languages langdetect has no profile for: without these their text was
    # read as whatever profile its few Latin or Cyrillic words matched ("et" for Armenian
    # and Georgian) or "und". The Ethiopic script is Amharic's, also Tigrinya's; Myanmar
    # is Burmese's, also Shan's and Mon's: their far larger press decides.
    (re.compile(r"[\u0530-\u058f]"), "hy"),
    (re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]"), "ka"),
    (re.compile(r"[\u0d80-\u0dff]"), "si"),
    (re.compile(r"[\u1200-\u139f\u2d80-\u2ddf]"), "am"),
    (re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]"), "km"),
    (re.compile(r"[\u0e80-\u0eff]"), "lo"),
    (re.compile(r"[\u1000-\u109f]"), "my"),
)
_SINGLE_LANGUAGE_SCRIPT = re.compile(
    "|".join(pattern.pattern for pattern, _ in _SINGLE_LANGUAGE_SCRIPTS)
)
"""A letter of any of those scripts."""


def _get_factory() -> DetectorFactory:
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY

            factory = DetectorFactory()
            _load_profiles(factory, PROFILES_DIRECTORY)
            _freeze_profile(factory.word_lang_prob_map)
            factory.set_seed(_SEED)
            _factory = factory
        return _factory


def _load_profiles(factory: DetectorFactory, directory: str) -> None:
    """`factory.load_profile`, but a Ctrl-C (or SystemExit) while loading stays itself.

    langdetect loads each profile under a bare `except:` that raises a "Profile format
    error" LangDetectException instead: a Ctrl-C in the ~0.5 s of loading became an
    Exception, and the batch CLI, which warms a Cleaner before forking its workers and
    lets a failed warm-up pass (each worker then loads the profiles itself), went on
    to the end of the batch as if the key had not been pressed.
    """
    try:
        factory.load_profile(directory)
    except LangDetectException as exc:
        cause = exc.__context__
        if isinstance(cause, BaseException) and not isinstance(cause, Exception):
            raise cause from None
        raise


def _freeze_profile(known: dict[str, Sequence[float]]) -> None:
    """Each n-gram's probabilities as a tuple, in place: the same floats, read only.

    langdetect keeps them as ~88,000 lists of 55 floats, and the garbage
    collector walks every list and every float in it at each full collection
    (~85 ms, about once in the first thousand dumps a process cleans); a tuple
    of floats is no container it has to walk (CPython stops tracking it), and
    it is no bigger than the list. Nothing writes to them after loading.
    """
    for gram, probabilities in known.items():  # (values replaced, no key added)
        known[gram] = tuple(probabilities)


def detect_language(text: str, sample_chars: int = 250, trials: int = 1) -> str:
    """ISO 639-1 code of `text`, or "und" when it is too short or unclear.

    `trials` is langdetect's `n_trial`: how many random walks over the
    sample's n-grams it averages.
    """
    sample = text[:sample_chars]
    # Enough letters in the sample's first characters are enough in the sample: most
    # samples are prose, and a sample not in ASCII was counted a character at a time
    # (~120 k instructions a dump, round 37). The whole count only where it is needed.
    if (
        _letter_count(sample[:_LETTERS_FIRST]) < _MIN_LETTERS
        and _letter_count(sample) < _MIN_LETTERS
    ):
        return UNDETERMINED
    # (none of these scripts is ASCII, and a sample with no letter of any of them, most
    # non-ASCII ones, skips the counts: a count of none wins nothing)
    if not sample.isascii():
        if _SINGLE_LANGUAGE_SCRIPT.search(sample) is not None:
            letters = _letter_count(sample)
            for pattern, code in _SINGLE_LANGUAGE_SCRIPTS:
                if len(pattern.findall(sample)) * 2 > letters:
                    return code
        own = _own_letters_language(sample)
        if own is not None:
            return own
    detector = _Detector(_get_factory())
    detector.n_trial = trials
    detector.append(sample)
    try:
        best = detector.best()
    except LangDetectException:
        return UNDETERMINED
    if best is None or best[1] < _MIN_PROBABILITY:
        return UNDETERMINED
    return _iso639_1(best[0])


# Languages langdetect has no profile for, told by a letter no other language of their
# script writes, when their own letters are frequent in the sample (a name quoted in
# another language's text has few): Icelandic's "þ" and "ð" (Faroese writes "ð" too, and
# has no profile either: its few sites are read as Icelandic), Kazakh's "ұ" (its other
# letters are Tatar's, Bashkir's, Kyrgyz's, Uzbek's or Ukrainian's too).
# Without them Icelandic was read as "sv" and Kazakh as "ru" or "uk".
_OWN_LETTERS = (
    (("þ", "ð", "Þ", "Ð"), re.compile(r"[þðÞÐ]"), "is"),
    (("ұ", "Ұ"), re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]"), "kk"),
)
_OWN_LETTERS_SHARE = 60
"""The language's own letters are more than one in this many of the sample's letters."""


def _own_letters_language(sample: str) -> str | None:
    """The language of `_OWN_LETTERS` whose key letter is in `sample` and whose own
    letters are frequent in it, or None."""
    for keys, own, code in _OWN_LETTERS:
        if any(key in sample for key in keys) and (
            len(own.findall(sample)) * _OWN_LETTERS_SHARE > _letter_count(sample)
        ):
            return code
    return None


def _letter_count(sample: str) -> int:
    """How many letters `sample` holds (`lexicon.LETTER`'s matches)."""
    if sample.isascii():
        # In ASCII the letters are A-Z and a-z: deleting them from the bytes counts
        # them without the list of one-character strings a findall builds.
        return len(sample) - len(sample.encode("ascii").translate(None, _ASCII_LETTERS))
    # [^\W\d_] is a word character (alphanumeric, or "_") that is no decimal digit nor
    # "_": the alphanumeric characters less the decimal digits, which are among them
    # (equal on every code point, tests/test_language.py), counted without the list
    # of one-character strings a findall builds.
    return sum(map(str.isalnum, sample)) - sum(map(str.isdecimal, sample))


_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def _iso639_1(code: str) -> str:
    # langdetect says zh-cn / zh-tw; the article says which language, not which script.
    return code.split("-")[0]


class _Detector(Detector):  # type: ignore[misc]
    """langdetect's Detector with its hot loops written for CPython; same results.

    `_extract_ngrams` normalises each distinct character once (NGram.normalize
    is a pure function of the character) and lists the same n-grams in the same
    order as NGram.add_char's buffer does (tests/test_language.py compares
    them); `_detect_block` draws the same random n-grams and `_walk` does the
    same multiplications and divisions, in the same order, with each n-gram's
    factors computed once per weight; `append` and `cleaning_text` do with
    regular expressions what langdetect does a character at a time.
    Checked byte for byte on the webeval pages and dumps
    (`python -m bench.identity`) and against langdetect's own Detector in
    tests/test_language.py.
    """

    def append(self, text: str) -> None:
        text = self.URL_RE.sub(" ", text)
        # An address needs its "@"; without one the search (which tries a run of
        # address characters from every position) finds nothing to replace.
        if "@" in text:
            text = self.MAIL_RE.sub(" ", text)
        # The Vietnamese marks langdetect normalises are combining marks (U+0300 on):
        # a text with no character from there on has none to normalise.
        if not text.isascii() and _NON_LATIN.search(text) is not None:
            text = NGram.normalize_vi(text)
        # langdetect keeps each character but a space after a space.
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        # Text mostly in another alphabet loses its Latin letters (A-z, as langdetect counts).
        if self.text.isascii() or _NON_LATIN.search(self.text) is None:
            return  # no character of another alphabet (all are below U+0300): nothing to lose
        latin = len(_LATIN.findall(self.text))
        if latin * 2 < len(_NON_LATIN.findall(self.text)):
            self.text = _LATIN.sub("", self.text)

    def __init__(self, factory: DetectorFactory) -> None:
        # langdetect's Detector.__init__ without its random.Random(), which seeds
        # itself from the OS (~80 µs) only to be seeded again before the first draw.
        self.word_lang_prob_map = factory.word_lang_prob_map
        self.langlist = factory.langlist
        self.seed = factory.seed
        self.random: Random | None = None
        self.text = ""
        self.langprob = None
        self.alpha = self.ALPHA_DEFAULT
        self.n_trial = 7
        self.max_text_length = 10000
        self.prior_map = None
        self.verbose = False

    def best(self) -> tuple[str, float] | None:
        """The language and share `get_probabilities()[0]` gives, or None where it gives
        an empty list; the one candidate `detect_language` reads.

        langdetect makes a `Language` object of each share over PROB_THRESHOLD and sorts
        them by a Python `__lt__`, for the first only: a sort is stable, so with
        `reverse=True` the first is the largest share listed first, what `max` and
        `index` find in C (~2 % of a detection's instructions; tests/test_language.py
        compares them, ties included)."""
        if self.langprob is None:
            self._detect_block()
        prob = self.langprob
        top = max(prob)
        if not top > self.PROB_THRESHOLD:
            return None
        return self.langlist[prob.index(top)], top

    def _detect_block(self) -> None:
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        self.langprob = [0.0] * len(self.langlist)
        stream, random = None, None
        if self.n_trial == 1 and self.seed is not None:
            # One trial from the fixed seed draws the same numbers every time:
            # read them from the seed's stream instead of seeding a generator.
            stream = _stream(self.seed)
        else:
            random = self.random = Random()
            random.seed(self.seed)
        for _ in range(self.n_trial):
            words: Iterator[str]
            if stream is not None:
                alpha = self.alpha + stream.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                words = map(ngrams.__getitem__, stream.indices(len(ngrams)))
            else:
                assert random is not None
                alpha = self.alpha + random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                words = iter(partial(random.choice, ngrams), None)
            prob = self._walk(words, alpha / self.BASE_FREQ)
            if self.n_trial == 1:
                # langdetect adds the one trial's shares to zeros, each over 1: p / 1 is
                # p and 0.0 + p is p (a share is a positive quotient, never -0.0), the
                # same floats without a turn of a Python loop a language.
                self.langprob = prob
                continue
            for j, p in enumerate(prob):
                self.langprob[j] += p / self.n_trial

    def _walk(self, words: Iterator[str], weight: float) -> list[float]:
        """One trial of langdetect's random walk over the n-grams `words` draws.

        The same multiplications and divisions in the same order as langdetect's
        loop (`_update_lang_prob` multiplies by weight + q per language for each
        n-gram drawn; `_normalize_prob` divides by the sum after the first draw
        and after every fifth from then on, and stops once the largest share
        passes CONV_THRESHOLD or ITERATION_LIMIT draws are made), only with the
        five products of a step and the division before them in one pass
        over the languages. The convergence test divides the largest product
        only: dividing by the same positive sum keeps the order (a correctly
        rounded quotient grows with its dividend), so it is the largest share.
        """
        factor = _factors(self.word_lang_prob_map, weight).__getitem__
        threshold, limit = self.CONV_THRESHOLD, self.ITERATION_LIMIT
        prob = list(map(mul, self._init_probability(), factor(next(words))))
        drawn = 0  # langdetect's `i`: the draws made after the first
        while True:
            total = sum(prob)
            if max(prob) / total > threshold or drawn >= limit:
                return [p / total for p in prob]
            a, b, c, d, e = map(factor, islice(words, 5))
            # ((((p / total) * a) * b) ...): each product rounded as langdetect's
            prob = [
                p / total * pa * pb * pc * pd * pe
                for p, pa, pb, pc, pd, pe in zip(prob, a, b, c, d, e, strict=True)
            ]
            drawn += 5

    def _extract_ngrams(self) -> list[str]:
        # NGram.add_char's buffer, unrolled: it restarts after each space, so the
        # n-grams are those of each space-delimited word w padded as " w ": at
        # each letter its 1-, 2- and 3-gram (the 3-gram from the second letter
        # on), none where it and the letter before are capitals (langdetect's
        # `capitalword`), and the word's last 2- and 3-gram with the space
        # that ends it (not at the end of the text).
        known = self.word_lang_prob_map
        result: list[str] = []
        extend = result.extend
        words = _normalised(self.text).split(" ")
        last = len(words) - 1
        for index, word in enumerate(words):
            if not word:
                continue
            grams = _WORD_NGRAMS.get(word)
            if grams is None:
                grams = _word_ngrams(word, known)
                if len(_WORD_NGRAMS) >= _WORDS_KEPT:
                    _WORD_NGRAMS.clear()  # bounded and cheap; common words come back
                _WORD_NGRAMS[word] = grams
            inner, closing = grams
            extend(inner)
            if index < last:
                extend(closing)
        return result


def _skipped_capitals(word: str) -> frozenset[int]:
    """The positions of the letters langdetect leaves out of a word's n-grams: a capital
    right after a capital ("NATO" gives "N" and no "A", "T", "O")."""
    return frozenset(i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].isupper())


def _word_ngrams(
    word: str, known: Mapping[str, Sequence[float]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The n-grams langdetect takes from `word` (see `_Detector._extract_ngrams`):
    those inside it, and the two that close it with a space (when a word follows)."""
    padded = " " + word + " "
    inner: list[str] = []
    append = inner.append
    # Most words ("the", "Paris") have no capital after their first letter, so langdetect
    # skips none of their letters and nothing asks each letter whether it is a capital.
    # (`islower` is False as soon as one character is upper- or title-case, `isupper`'s
    # or more: tests/test_language.py checks every code point.)
    skipped = () if len(word) == 1 or word[1:].islower() else _skipped_capitals(word)
    for i, ch in enumerate(word):
        if skipped and i in skipped:
            continue
        if ch in known:
            append(ch)
        gram = padded[i : i + 2]
        if gram in known:
            append(gram)
        if i:
            gram = padded[i - 1 : i + 2]
            if gram in known:
                append(gram)
    # (the two in order, each if the profile knows it: no generator made for two tests)
    two, three = padded[-2:], padded[-3:]
    if two in known:
        closing: tuple[str, ...] = (two, three) if three in known else (two,)
    else:
        closing = (three,) if three in known else ()
    return tuple(inner), closing


class _Factors(dict[str, tuple[float, ...]]):
    """Each n-gram's factors for one weight (weight + q per language, as
    `_update_lang_prob` adds them), computed when first asked for: a lookup of an
    n-gram met before is the dict's own, with no Python call (the walk asks one
    per draw). Every n-gram drawn is in `known` (`_extract_ngrams` keeps no other)."""

    def __init__(self, known: Mapping[str, Sequence[float]], weight: float) -> None:
        super().__init__()
        self._known = known
        self._weight = weight

    def __missing__(self, word: str) -> tuple[float, ...]:
        # A tuple of the floats, not an array of doubles: the walk reads each factor as
        # a float, and an array makes a new float object of every item it gives (five
        # n-grams of 55 languages a step: callgrind -0.5 % of the text path, round 19).
        # The same doubles either way.
        weight = self._weight
        return _keep(self, word, tuple([weight + q for q in self._known[word]]))


_FACTORS: dict[float, _Factors] = {}
"""Per weight (one per trial; the seed fixes them), each n-gram's weight + q per language."""
_FACTORS_KEPT = 3_000
"""N-grams kept over all weights (about 1.8 KB each, a tuple of 55 float objects: 5.4 MB;
the speed set's 100 dumps in six languages meet ~1,150), then forgotten at once."""


def _factors(known: Mapping[str, Sequence[float]], weight: float) -> _Factors:
    """The factors of each n-gram for `weight`, kept across detections: the seed is
    fixed, so every detection draws the same weight."""
    factors = _FACTORS.get(weight)
    if factors is None:
        factors = _FACTORS.setdefault(weight, _Factors(known, weight))
    return factors


def _keep(factors: _Factors, word: str, factor: tuple[float, ...]) -> tuple[float, ...]:
    every = tuple(_FACTORS.values())  # one C-level copy: threads may add a weight
    if sum(map(len, every)) >= _FACTORS_KEPT:  # (`map`: no generator frame a miss)
        for kept in every:
            kept.clear()
    factors[word] = factor
    return factor


class _Stream:
    """What random.Random(seed) gives first: one gauss(0, 1), then 32-bit words.

    After the gauss, `Random.choice(seq)` takes `getrandbits(k)` for k =
    len(seq).bit_length() until one is below len(seq), and CPython's
    getrandbits(k) for k <= 32 is the next 32-bit word shifted right by 32 - k.
    So the indices read off the words are the generator's choices
    (tests/test_language.py compares them). The words are kept per process, in
    chunks, and each chunk shifted right by each 32 - k asked for: a length's
    indices are its shifted words below it, picked in C (`compress`), and every
    length of one bit length reads the same shifted words. (A walk reads at most
    ITERATION_LIMIT + 1 indices, so the words it needs are bounded.)
    """

    def __init__(self, seed: int) -> None:
        self._random = Random()
        self._random.seed(seed)
        self._first_gauss = self._random.gauss(0.0, 1.0)
        self._words: list[list[int]] = []
        self._shifted: dict[int, list[list[int]]] = {}
        """Per shift: each chunk of words shifted right by it, as far as read."""
        self._lock = threading.Lock()

    def gauss(self, mu: float, sigma: float) -> float:
        assert mu == 0.0 and sigma == 1.0  # the one call _detect_block makes
        return self._first_gauss

    def indices(self, size: int) -> Iterator[int]:
        """The indices `Random.choice` draws from a sequence of `size`, in order."""
        if not 0 < size <= 1 << 32:  # pragma: no cover - langdetect has an n-gram or fails
            raise ValueError(f"no choices from a sequence of {size}")
        below = repeat(size)
        return chain.from_iterable(
            compress(chunk, map(lt, chunk, below)) for chunk in self._chunks(32 - size.bit_length())
        )

    def _chunks(self, shift: int) -> Iterator[list[int]]:
        shifted = self._shifted.get(shift)
        if shifted is None:
            with self._lock:
                shifted = self._shifted.setdefault(shift, [])
        position = 0
        while True:
            if position >= len(shifted):
                self._shift(shift, shifted, position)
            yield shifted[position]
            position += 1

    def _shift(self, shift: int, shifted: list[list[int]], position: int) -> None:
        with self._lock:  # the words come out of one generator in one order
            words = self._words
            while len(shifted) <= position:
                index = len(shifted)
                while len(words) <= index:
                    bits = self._random.getrandbits
                    words.append([bits(32) for _ in range(_STREAM_CHUNK)])
                shifted.append(list(map(rshift, words[index], repeat(shift))))


_STREAM_CHUNK = 2048
_STREAMS: dict[int, _Stream] = {}


def _stream(seed: int) -> _Stream:
    stream = _STREAMS.get(seed)
    if stream is None:
        with _lock:
            stream = _STREAMS.setdefault(seed, _Stream(seed))
    return stream


_WORD_NGRAMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
"""`_word_ngrams` of each word met, for the one langdetect profile a process loads
(a function of the word alone; threads write the same value)."""
_WORDS_KEPT = 50_000

_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")
# langdetect counts as another alphabet any character from U+0300 on: it means to
# leave out the Latin Extended Additional block, but compares the block's number
# with its name, so nothing is left out.
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")

_NORMAL: dict[int, str] = {}
"""NGram.normalize of each character met so far (at most the characters of Unicode)."""
_NORMALISED: set[str] = set()
"""The characters in `_NORMAL`."""


def _latin1_normal() -> bytes:
    """NGram.normalize of each Latin-1 character, as a bytes translation table: it keeps
    every one of them one Latin-1 character (checked here, where the table is built)."""
    normal = [NGram.normalize(chr(code)) for code in range(256)]
    assert all(len(char) == 1 and ord(char) < 256 for char in normal)
    return bytes(map(ord, normal))


_LATIN1_NORMAL = _latin1_normal()


def _normalised(text: str) -> str:
    """`text` with each character replaced by NGram.normalize of it."""
    try:
        # Most samples are Latin-1 (two in three on the speed set): a bytes translation
        # of them, without str.translate's dict lookup per character (round 18: half the
        # time).
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return raw.translate(_LATIN1_NORMAL).decode("latin-1")
    new = set(text).difference(_NORMALISED)  # usually none: one C-level set operation
    for ch in new:
        _NORMAL[ord(ch)] = NGram.normalize(ch)
    _NORMALISED.update(new)
    return text.translate(_NORMAL)
