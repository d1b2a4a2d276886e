"""Our langdetect Detector gives langdetect's own n-grams and probabilities, only faster."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.utils.ngram import NGram

from articleclean.language import _Detector, _get_factory, _normalised, detect_language

# Letters of both cases, spaces and punctuation, Latin-1, Vietnamese, Arabic, CJK and kana:
# where NGram.normalize maps characters to a space or to another letter.
ALPHABET = st.sampled_from(
    list("aAbBzZ  .,'-0") + list("éÉßñÑøÆ¿ș ț") + list("ạệ") + list("ابت") + list("中文字あア한")
)


def ngrams(detector_class: type[Detector], text: str) -> list[str]:
    detector = detector_class(_get_factory())
    detector.text = text
    return detector._extract_ngrams()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_the_same_ngrams_in_the_same_order(text: str) -> None:
    assert ngrams(_Detector, text) == ngrams(Detector, text)


def test_the_same_ngrams_on_sentences() -> None:
    for text in (
        "The NATO summit in BRUSSELS ended on Tuesday. ",
        "  Der Bundestag hat am Donnerstag   beschlossen",
        "A",
        "ab ",
        "中国 发布 白皮书",
    ):
        assert ngrams(_Detector, text) == ngrams(Detector, text)


def test_the_same_probabilities() -> None:
    text = "Les députés ont adopté mardi le projet de loi sur la réforme des retraites."
    ours, theirs = _Detector(_get_factory()), Detector(_get_factory())
    for detector in (ours, theirs):
        detector.n_trial = 1
        detector.append(text)
    assert [(p.lang, p.prob) for p in ours.get_probabilities()] == [
        (p.lang, p.prob) for p in theirs.get_probabilities()
    ]
    assert detect_language(text) == "fr"


def test_the_profile_holds_langdetects_numbers_where_the_collector_does_not_walk() -> None:
    # Our factory keeps each n-gram's probabilities as a tuple (language._freeze_profile):
    # the same floats as langdetect's own lists, and nothing a full collection walks.
    theirs = DetectorFactory()
    theirs.load_profile(PROFILES_DIRECTORY)
    ours = _get_factory()
    assert ours.langlist == theirs.langlist
    assert ours.word_lang_prob_map.keys() == theirs.word_lang_prob_map.keys()
    assert all(
        ours.word_lang_prob_map[gram] == tuple(probabilities)
        for gram, probabilities in theirs.word_lang_prob_map.items()
    )
    gc.collect()
    assert not any(map(gc.is_tracked, ours.word_lang_prob_map.values()))


def probabilities(detector_class: type[Detector], text: str, trials: int) -> list[float]:
    detector = detector_class(_get_factory())
    detector.n_trial = trials
    detector.append(text)
    detector._detect_block()
    return list(detector.langprob)


# Mostly one alphabet or another, with URLs and runs of spaces: what append and
# cleaning_text rewrite.
SAMPLES = st.text(
    alphabet=st.sampled_from(
        list("abcdefghij KLMN  ,.") + list("Привет мир ") + list("中文字 ") + list("ạệ")
    ),
    min_size=20,
    max_size=120,
)


@settings(max_examples=60, deadline=None)
@given(SAMPLES, st.sampled_from([1, 3]))
def test_the_same_text_and_probabilities(text: str, trials: int) -> None:
    ours, theirs = _Detector(_get_factory()), Detector(_get_factory())
    for detector in (ours, theirs):
        detector.append(text + " see http://example.com/a  or  a@b.org ")
    assert ours.text == theirs.text
    ours.cleaning_text()
    theirs.cleaning_text()
    assert ours.text == theirs.text
    if ours.text.strip():
        try:
            expected = probabilities(Detector, text, trials)
        except Exception as exc:  # no n-grams: both must refuse the same way
            try:
                probabilities(_Detector, text, trials)
            except Exception as ours_exc:
                assert type(ours_exc) is type(exc)
            else:
                raise AssertionError("ours detected where langdetect refused") from exc
        else:
            assert probabilities(_Detector, text, trials) == expected


def test_non_latin_count_matches_langdetect_on_every_character() -> None:
    from langdetect.utils.unicode_block import unicode_block

    from articleclean.language import _NON_LATIN

    for code in range(0x300, 0x110000, 7):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        expected = ch >= "\u0300" and unicode_block(ch) != "Latin Extended Additional"
        assert bool(_NON_LATIN.match(ch)) == expected, hex(code)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), st.text()))
def test_letter_count_is_the_letter_patterns_count(text: str) -> None:
    from articleclean.language import _letter_count
    from articleclean.lexicon import LETTER

    assert _letter_count(text) == len(LETTER.findall(text))


def test_letter_count_on_every_ascii_character() -> None:
    from articleclean.language import _letter_count
    from articleclean.lexicon import LETTER

    for code in range(128):
        assert _letter_count(chr(code) * 3) == len(LETTER.findall(chr(code) * 3)), code


def test_letter_count_on_every_character() -> None:
    from articleclean.language import _letter_count
    from articleclean.lexicon import LETTER

    # The non-ASCII count (alphanumeric less decimal digits) is the pattern's on every
    # code point; the "a" makes each text non-ASCII.
    for code in range(128, 0x110000):
        text = chr(code) + "a"
        assert _letter_count(text) == len(LETTER.findall(text)), hex(code)


@pytest.mark.parametrize(
    "text",
    [
        "Schreiben Sie an info@example.com oder an presse@beispiel.de, bis Freitag.",
        "Mail jane.doe@example.org or visit https://example.org/page?x=1 today.",
        "Tiếng Việt có dấu: ha\u0300 no\u0323i, the\u0301 gio\u031bi.",
        "Größere Straßen in München, Köln und Düsseldorf wurden gesperrt.",
        "Ελληνικά και English mixed together in one sample of text.",
        "Русский текст с немного English words inside the sentence.",
    ],
)
def test_the_same_text_and_probabilities_where_the_guards_skip_work(text: str) -> None:
    # append skips the address search without an "@" and the Vietnamese normalising
    # without a character from U+0300 on; cleaning_text skips its counts then too.
    ours, theirs = _Detector(_get_factory()), Detector(_get_factory())
    for detector in (ours, theirs):
        detector.n_trial = 1
        detector.append(text)
    assert ours.text == theirs.text
    assert [(p.lang, p.prob) for p in ours.get_probabilities()] == [
        (p.lang, p.prob) for p in theirs.get_probabilities()
    ]


def test_the_seed_stream_draws_what_the_generator_draws() -> None:
    import random
    from itertools import islice

    from articleclean.language import _Stream

    stream = _Stream(0)
    for size in (1, 2, 3, 5, 100, 1000, 1025, 70_000, 5, 3):
        seq = [str(i) for i in range(size)]
        generator = random.Random()
        generator.seed(0)
        assert stream.gauss(0.0, 1.0) == generator.gauss(0.0, 1.0)
        # More draws than one chunk of words holds: the stream goes on in order;
        # a length met again reads the indices kept for it, then draws on.
        drawn = [seq[index] for index in islice(stream.indices(size), 3000)]
        assert drawn == [generator.choice(seq) for _ in range(3000)]
        again = [seq[index] for index in islice(stream.indices(size), 3100)]
        assert again == drawn + [generator.choice(seq) for _ in range(100)]


def test_lengths_of_one_bit_length_read_in_turns_draw_what_the_generator_draws() -> None:
    # Lengths of one bit length read the same shifted words (`_Stream._chunks`), each
    # keeping only its own indices below it; read in turns, from a new stream and from one
    # that has read them before, past the first chunk of words. Guard: passes on the
    # stream kept per length (main before this) as well.
    import random
    from itertools import islice

    from articleclean.language import _STREAM_CHUNK, _Stream

    stream = _Stream(0)
    for _ in range(2):
        for size in (513, 700, 1023, 600, 2, 3):
            generator = random.Random()
            generator.seed(0)
            generator.gauss(0.0, 1.0)
            expected = [generator.choice(range(size)) for _ in range(_STREAM_CHUNK)]
            assert list(islice(stream.indices(size), _STREAM_CHUNK)) == expected


def test_normalised_is_ngram_normalize_on_every_latin1_character() -> None:
    # The Latin-1 bytes translation, alone and beside a character outside Latin-1 (which
    # takes the dict path), against langdetect's own function a character at a time.
    for code in range(256):
        for text in (chr(code) * 2, f"a{chr(code)}ș"):
            assert _normalised(text) == "".join(map(NGram.normalize, text)), hex(code)


def _langdetect_word_ngrams(word: str) -> list[str]:
    """langdetect's own n-grams of one word, padded as " word ": NGram.add_char a
    character at a time, each n-gram listed as NGram.get gives it, kept when the profile
    knows it (what `_extract_ngrams` draws from)."""
    known = _get_factory().word_lang_prob_map
    gram = NGram()
    found: list[str] = []
    for ch in f" {word} ":
        gram.add_char(ch)
        for n in range(1, NGram.N_GRAM + 1):
            piece = gram.get(n)
            if piece and piece in known:
                found.append(piece)
    return found


@pytest.mark.parametrize(
    "word",
    ["the", "Paris", "NATO", "McDonald", "iPhone", "BRUSSELS", "ÉtÉ", "ǅemal", "ℂity", "aℂℂb"],
)
def test_word_ngrams_with_capitals_anywhere(word: str) -> None:
    # `_word_ngrams` skips asking for capitals when none follows the first letter
    # (`islower` of the rest); a word with two capitals in a row, where langdetect
    # skips letters, goes the other way. Guard: passes on the code before the fast path
    # as well. (The closing n-grams need a following word: `_extract_ngrams`.)
    from articleclean.language import _word_ngrams

    inner, closing = _word_ngrams(word, _get_factory().word_lang_prob_map)
    assert [*inner, *closing] == _langdetect_word_ngrams(word)


def test_no_capital_hides_in_a_lower_case_tail() -> None:
    # The fast path's premise, on every code point: a text that `islower` calls lower
    # case holds no character `isupper` calls a capital. Guard: true before and after.
    tails = (f"a{chr(code)}" for code in range(0x110000))
    assert not any(tail.islower() and tail[1].isupper() for tail in tails)


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
        "El ayuntamiento aprobó el martes el presupuesto municipal para el próximo año.",
        "The council approved next year's budget on Tuesday after a long debate.",
        "Городской совет во вторник утвердил бюджет на следующий год.",
    ],
)
def test_one_trial_gives_langdetects_vector_bit_for_bit(text: str) -> None:
    # One trial's shares are kept as the walk gives them (round 41), where langdetect
    # adds each over 1 to a zero: the same floats, to the last bit, and a list of its own.
    ours = probabilities(_Detector, text, 1)
    theirs = probabilities(Detector, text, 1)
    assert list(map(float.hex, ours)) == list(map(float.hex, theirs))
    assert len(ours) == len(_get_factory().langlist)


def test_the_factor_cache_forgets_all_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from articleclean import language

    monkeypatch.setattr(language, "_FACTORS", {})
    monkeypatch.setattr(language, "_FACTORS_KEPT", 3)
    factors = language._factors(_get_factory().word_lang_prob_map, 0.5)
    for gram in ("a", "b", "c"):
        factors[gram]
    assert len(factors) == 3
    row = factors["d"]  # the bound reached: all forgotten, then "d" kept
    assert list(factors) == ["d"]
    assert row == tuple(0.5 + q for q in _get_factory().word_lang_prob_map["d"])


def _first_candidate(detector: Detector) -> tuple[str, float] | None:
    candidates = detector.get_probabilities()
    return (candidates[0].lang, candidates[0].prob) if candidates else None


@settings(max_examples=60, deadline=None)
@given(SAMPLES, st.sampled_from([1, 3]))
def test_best_is_the_first_candidate_langdetect_sorts(text: str, trials: int) -> None:
    ours = _Detector(_get_factory())
    ours.n_trial = trials
    ours.append(text)
    try:
        expected = _first_candidate(ours)
    except Exception as exc:  # no n-grams: `best` refuses the same way
        with pytest.raises(type(exc)):
            _fresh(text, trials).best()
        return
    assert ours.best() == expected


def _fresh(text: str, trials: int) -> _Detector:
    detector = _Detector(_get_factory())
    detector.n_trial = trials
    detector.append(text)
    return detector


@pytest.mark.parametrize(
    "shares",
    [
        [0.3, 0.3, 0.4],  # the largest last
        [0.45, 0.1, 0.45],  # a tie for the largest: the one listed first
        [0.05, 0.1, 0.85],
        [0.1, 0.1, 0.1],  # none over the threshold: no candidate
        [0.0, 0.0, 0.0],
        [0.2, 0.7, 0.7],
    ],
)
def test_best_on_set_shares_ties_included(shares: list[float]) -> None:
    # Shares set by hand (three languages): a tie a walk seldom gives is where a
    # first-of-max could part from langdetect's sort (stable, `reverse=True`).
    detector = _Detector(_get_factory())
    detector.langlist = ["aa", "bb", "cc"]
    detector.langprob = list(shares)
    assert detector.best() == _first_candidate(detector)
