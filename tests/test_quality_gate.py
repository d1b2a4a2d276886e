"""Quality gate: articleclean on the webeval corpus must not fall below pinned floors.

Like trafilatura's tests/eval_gate.py: the floors live in bench/floors.json,
pinned from a full benchmark run minus a small tolerance, so a change that
lowers F1, precision or recall fails here. The gate scores the test part of
the corpus (bench/split.py: sites no rule, threshold or phrase was tuned on),
every `every`-th page of it in its fixed order, with floors measured on that
same subset, so that it fits CI (the whole suite in under five minutes on two
cores). Skips when the corpus is not on this machine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.corpus import corpus_dir
from bench.webeval import score_articleclean

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def score():  # type: ignore[no-untyped-def]
    if corpus_dir() is None:
        pytest.skip("webeval corpus not found (set ARTICLECLEAN_WEBEVAL to run the gate)")
    gate = FLOORS["gate"]
    return score_articleclean(every=gate["every"], part=gate["part"])


@pytest.mark.parametrize("measure", ["f1", "precision", "recall"])
def test_quality_does_not_fall_below_the_floor(score, measure: str) -> None:  # type: ignore[no-untyped-def]
    floor = FLOORS["gate"]["floors"][measure]
    value = getattr(score, measure)
    assert value >= floor, f"{measure} {value:.4f} is below the pinned floor {floor:.4f}"


def test_the_gate_sample_is_the_documented_one(score) -> None:  # type: ignore[no-untyped-def]
    segments = score.tp + score.fn + score.fp + score.tn
    assert segments == FLOORS["gate"]["segments"], "the corpus or the subset changed"
    assert score.pages == FLOORS["gate"]["pages"], "the corpus, the split or the subset changed"


def test_the_gate_scores_the_test_part() -> None:
    assert FLOORS["gate"]["part"] == "test", "floors are set on the held-out part"
