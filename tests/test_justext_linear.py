"""trafilatura's jusText rescue revises its paragraphs' classes with `revise_linear`
while we extract: the classes jusText's `revise_paragraph_classification` gives,
without its walk from each unsettled paragraph to its neighbours (a run of n
"short" or "neargood" paragraphs cost n² steps: 9,900 one-sentence headings 3.9 s
through `clean_html`). The steps are counted, not timed."""

from __future__ import annotations

import itertools
import random

import justext.core
import pytest
from trafilatura import external

from articleclean import clean_html
from articleclean.readers import html_justext_linear
from articleclean.readers.html_justext_linear import linear_justext, revise_linear
from test_no_hang_justext import _ARTICLE, _page

_CLASSES = ("good", "bad", "short", "neargood")


class _Paragraph:
    """What the revision reads of jusText's paragraph: its context-free class, whether
    it is a heading, its text (for the headings' walks)."""

    def __init__(self, cf_class: str, heading: bool = False, text: str = "words") -> None:
        self.cf_class = cf_class
        self.heading = heading
        self.text = text
        self.class_type = ""


def _revised(revise: object, classes: list[str], headings: list[bool] | None = None) -> list[str]:
    paragraphs = [
        _Paragraph(kind, heading=bool(headings and headings[at])) for at, kind in enumerate(classes)
    ]
    revise(paragraphs, 150)  # type: ignore[operator]
    return [paragraph.class_type for paragraph in paragraphs]


def test_every_sequence_of_up_to_seven_classes_is_revised_as_justext_revises_it() -> None:
    for length in range(8):
        for classes in itertools.product(_CLASSES, repeat=length):
            expected = _revised(justext.core.revise_paragraph_classification, list(classes))
            assert _revised(revise_linear, list(classes)) == expected, classes


def test_long_random_sequences_and_headings_are_revised_as_justext_revises_them() -> None:
    chooser = random.Random(63)
    for _ in range(2_000):
        weights = [chooser.random() for _ in _CLASSES]
        classes = chooser.choices(_CLASSES, weights=weights, k=chooser.randint(1, 60))
        headings = [chooser.random() < 0.1 for _ in classes] if chooser.random() < 0.3 else None
        expected = _revised(justext.core.revise_paragraph_classification, classes, headings)
        assert _revised(revise_linear, classes, headings) == expected, (classes, headings)


def test_the_rescue_takes_no_neighbour_walks_and_reads_the_page_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 3,000 one-sentence headings, each "neargood": jusText walked from each (main:
    # 6,000 walks, the square of the run in steps); its rescue runs once here.
    walks = {"count": 0}
    own_walk = justext.core._get_neighbour

    def counted(*args: object) -> str:
        walks["count"] += 1
        return own_walk(*args)  # type: ignore[arg-type]

    rescues = {"count": 0}
    own_rescue = external.try_justext

    def counted_rescue(*args: object, **kwargs: object) -> object:
        rescues["count"] += 1
        return own_rescue(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(justext.core, "_get_neighbour", counted)
    monkeypatch.setattr(external, "try_justext", counted_rescue)
    html = _page("headings", 3_000)
    linear = clean_html(html)
    assert rescues["count"] >= 1
    assert walks["count"] == 0
    assert external.revise_paragraph_classification is justext.core.revise_paragraph_classification
    # The same page with jusText's own revision: the same article.
    monkeypatch.setattr(html_justext_linear, "_JUSTEXT_REVISE", None)
    walked = clean_html(html)
    assert walks["count"] >= 3_000
    assert walked.to_json() == linear.to_json()
    assert _ARTICLE in linear.text


def test_a_revision_set_by_the_program_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    called = {"count": 0}

    def own(paragraphs: list[object], max_heading_distance: int = 150) -> None:
        called["count"] += 1
        justext.core.revise_paragraph_classification(paragraphs, max_heading_distance)

    monkeypatch.setattr(external, "revise_paragraph_classification", own)
    with linear_justext():
        assert external.revise_paragraph_classification is own
    clean_html(_page("headings", 50))
    assert called["count"] >= 1
    assert external.revise_paragraph_classification is own


def test_justexts_revision_is_set_back_after_an_error() -> None:
    with pytest.raises(RuntimeError), linear_justext():
        assert external.revise_paragraph_classification is revise_linear
        raise RuntimeError
    assert external.revise_paragraph_classification is justext.core.revise_paragraph_classification


def test_a_trafilatura_without_the_function_runs_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A later trafilatura may no longer look the function up in `external`: the page is
    # extracted all the same, and nothing is set there (an AttributeError before).
    monkeypatch.delattr(external, "revise_paragraph_classification")
    with linear_justext():
        assert not hasattr(external, "revise_paragraph_classification")
    assert clean_html(_page("plain", 3)).status == "ok"
