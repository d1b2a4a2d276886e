"""The lede's subheadings, found from one list of the open lines below the headline, are
the lines the walk to each one's nearest open lines found."""

from __future__ import annotations

import random

import pytest

from articleclean.rules import article_run


def _lede_walked(weights: list[float], opens: list[int]) -> set[int]:
    """Each open line's nearest open line above and below, found by walking."""
    found = set()
    for position, index in enumerate(opens[:-1]):
        if not -article_run._EDGE_COST < weights[index] < -article_run._MEDIUM_LINE_COST:
            continue
        above = opens[position - 1] if position else None
        below = next((i for i in opens if i > index), None)
        if above is not None and below is not None and weights[above] > 0 < weights[below]:
            found.add(index)
    return found


@pytest.mark.parametrize("seed", range(100))
def test_lede_subheadings_are_between_two_prose_lines(seed: int) -> None:
    draw = random.Random(seed)
    weights = [draw.choice([-400.0, -45.0, -25.0, 0.0, 30.0, 200.0]) for _ in range(20)]
    opens = sorted(draw.sample(range(20), draw.randrange(0, 20)))
    assert article_run._lede_subheadings(weights, opens) == _lede_walked(weights, opens)
