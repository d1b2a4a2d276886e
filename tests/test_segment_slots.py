"""Round 64, segslots: a segment keeps its attributes in slots, with no `__dict__` (a
big dump holds one segment a line; each dictionary cost ~256 bytes beside the object).
The segment still pickles (batch workers, Spark and Dask ship documents), copies and
compares as before, and `phrase_words` is still made once, on its first read."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from articleclean.document import Document, Label, Segment, spaced_segment
from articleclean.readers.text import read_text

_TEXTS = ["Home", "Über uns: das Team", "東京都の新しい予算案", "Sign up for our newsletter!"]


def _state(segment: Segment) -> list[tuple[str, object]]:
    """Every field's value (the derived forms too) and the phrase words (read first:
    reading them sets their field)."""
    words = segment.phrase_words
    names = [field.name for field in dataclasses.fields(Segment)]
    return [(name, getattr(segment, name)) for name in names] + [("phrase_words", words)]


def test_a_segment_has_no_dict() -> None:
    # Fails on the round start's code, where every segment carried a `__dict__`.
    segment = Segment("A line.", None)
    assert not hasattr(segment, "__dict__")
    assert not hasattr(spaced_segment("A line.", (1, 1)), "__dict__")


def test_a_segment_takes_no_attribute_outside_its_fields() -> None:
    segment = Segment("A line.", None)
    with pytest.raises(AttributeError):
        segment.no_such_field = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", _TEXTS)
def test_phrase_words_are_made_once_on_the_first_read(text: str) -> None:
    segment = spaced_segment(text, (1, 1)) if " " not in text else Segment(text, None)
    words = segment.phrase_words
    assert words == tuple(dict.fromkeys(segment.phrase_form.split()))
    assert segment.phrase_words is words
    # A copy made by `dataclasses.replace` with another text reads its own.
    moved = dataclasses.replace(segment, text="Another line here")
    assert moved.phrase_words == ("another", "line", "here")


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_a_segment_pickles_with_every_attribute(protocol: int) -> None:
    for text in _TEXTS:
        for segment in (Segment(text, (2, 3)), spaced_segment(text, (2, 3))):
            segment.remove("junk", "some_rule")  # type: ignore[arg-type]
            _ = segment.phrase_words
            again = pickle.loads(pickle.dumps(segment, protocol))
            assert again == segment
            assert _state(again) == _state(segment)


def test_copies_and_documents_keep_every_attribute() -> None:
    document = read_text("A headline\n\nThe first paragraph of the story.\n\nShare this\n")
    document.segments[2].mark(Label.HEADING, "a_rule")
    for made in (
        copy.copy(document),
        copy.deepcopy(document),
        pickle.loads(pickle.dumps(document)),
    ):
        assert isinstance(made, Document)
        assert made == document
        for segment, original in zip(made.segments, document.segments, strict=True):
            assert _state(segment) == _state(original)
