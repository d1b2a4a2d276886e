"""Our langdetect Detector gives langdetect's own n-grams and probabilities, only faster."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector

from articleclean.language import _Detector, _get_factory, detect_language

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
