"""Round 51, speed: a segment's fields hold no class attribute that stops CPython
specialising their reads (output identical: `bench.identity`, 0 of 1,980)."""

from __future__ import annotations

import dataclasses
from types import MemberDescriptorType

from articleclean.document import NO_HINTS, Label, Origin, Segment


def test_fields_with_python_objects_as_defaults_leave_no_class_attribute() -> None:
    # A class attribute of a mutable type (an Enum member, a dataclass) under a field's
    # name stops CPython 3.11 specialising every read and write of it (`segment.label`
    # in every rule's walk; callgrind: 2,246.7 -> 2,179.0 M per 100 text dumps). Fails
    # on main, where the dataclass left `Segment.label` etc. on the class. (Round 64:
    # the fields are slots, whose descriptors, written in C, CPython specialises.)
    for name in ("hints", "label", "origin"):
        assert type(vars(Segment).get(name, None)) in (MemberDescriptorType, type(None)), name


def test_the_defaults_still_apply() -> None:
    segment = Segment("A line.", None)
    assert segment.label is Label.BODY
    assert segment.hints is NO_HINTS
    assert segment.origin is Origin.TEXT_LINE
    defaults = {field.name: field.default for field in dataclasses.fields(Segment)}
    assert defaults["label"] is Label.BODY
    assert defaults["hints"] is NO_HINTS
    assert defaults["origin"] is Origin.TEXT_LINE
    moved = dataclasses.replace(segment, text="Another line.")
    assert (moved.label, moved.hints, moved.origin) == (Label.BODY, NO_HINTS, Origin.TEXT_LINE)
    segment.label = Label.REMOVED
    assert segment.label is Label.REMOVED
    assert Segment("A line.", None).label is Label.BODY  # (no default shared through the class)


def test_ends_like_sentence_is_a_plain_attribute_of_every_segment() -> None:
    # (speed2) A lazy descriptor on the class stopped the specialisation of every read of
    # it, as a field's default did. Fails on main: `Segment.ends_like_sentence` was a
    # `computed_once`, and a text of white space alone raised IndexError on the read.
    assert type(vars(Segment).get("ends_like_sentence", None)) in (
        MemberDescriptorType,
        type(None),
    )
    for text, ends in (("A line.", True), ("A line", False), ("Quoted »", True), ("", False)):
        assert Segment(text, None).ends_like_sentence is ends, text
    assert Segment("   ", None).ends_like_sentence is False
