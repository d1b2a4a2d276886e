"""Assembly: labelled segments into an Article (its own shortcuts checked against the
plain forms they stand for)."""

from __future__ import annotations

import dataclasses
import pickle

from articleclean.article import Block, Reason, Removal
from articleclean.assemble import _block, _removal, assemble
from articleclean.config import CleanerConfig
from articleclean.document import CAPTION, Document, Segment


def test_a_block_made_by_assembly_is_the_dataclass_own() -> None:
    # `_block` sets the fields as a dict, not through the frozen class's __init__: the
    # same fields in the same order, equal, the same repr, hash and pickle.
    assert [f.name for f in dataclasses.fields(Block)] == ["kind", "text", "lines"]
    for args in (("paragraph", "Text.", (3, 4)), ("heading", "A heading", None)):
        made, plain = _block(*args), Block(*args)  # type: ignore[arg-type]
        assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
        assert list(vars(made).items()) == list(vars(plain).items())
        assert pickle.loads(pickle.dumps(made)) == plain
        assert dataclasses.asdict(made) == dataclasses.asdict(plain)
    assert _block("paragraph", "a", None) != Block("paragraph", "b", None)


def test_a_removal_made_by_assembly_is_the_dataclass_own() -> None:
    assert [f.name for f in dataclasses.fields(Removal)] == ["reason", "rule", "text", "lines"]
    args = (Reason.PROMO, "promo_prompt", "Subscribe now", (7, 7))
    made, plain = _removal(*args), Removal(*args)
    assert made == plain and repr(made) == repr(plain) and hash(made) == hash(plain)
    assert list(vars(made).items()) == list(vars(plain).items())
    assert pickle.loads(pickle.dumps(made)) == plain


def _credit_line(text: str, credit: str, line: int) -> Segment:
    segment = Segment(text, (line, line))
    segment.remove(Reason.PHOTO_CREDIT, "credit_line")
    segment.credit = credit
    return segment


def _caption(text: str, line: int) -> Segment:
    segment = Segment(text, (line, line))
    segment.mark(CAPTION, "caption_sentence")
    return segment


def _captions(segments: list[Segment]) -> list[tuple[str, str | None]]:
    article = assemble(Document(segments), CleanerConfig(detect_language=False))
    return [(caption.text, caption.credit) for caption in article.captions]


def test_a_credit_goes_to_the_caption_above_it_else_to_the_one_below() -> None:
    # Above: the first caption. Below: the second, whose credit line stands over it
    # (its Caption is made after the credit line is read).
    segments = [
        _caption("Boats in the harbour at dawn.", 1),
        _credit_line("Photo: Jane Doe", "Jane Doe", 2),
        _credit_line("Photo: John Roe", "John Roe", 3),
        _caption("The closed bridge seen from the ferry.", 4),
    ]
    assert _captions(segments) == [
        ("Boats in the harbour at dawn.", "Jane Doe"),
        ("The closed bridge seen from the ferry.", "John Roe"),
    ]


def test_a_credit_skips_a_repeated_caption_and_a_captioned_one() -> None:
    repeated = Segment("Boats in the harbour at dawn.", (2, 2))
    repeated.remove(Reason.DUPLICATE_CAPTION, "repeated_caption")
    credited = _caption("The bridge.", 4)
    credited.credit = "Agency"
    segments = [
        _caption("Boats in the harbour at dawn.", 1),
        repeated,
        _credit_line("Photo: Jane Doe", "Jane Doe", 3),
        credited,
    ]
    # Past the repeat to the caption above; the one below keeps its own credit.
    assert _captions(segments) == [
        ("Boats in the harbour at dawn.", "Jane Doe"),
        ("The bridge.", "Agency"),
    ]
