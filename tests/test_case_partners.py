"""`patterns.case_partners`: the planes searched once per process for a wide set of
letters, each set then searched among the partners found (r22-front). The answer must
be the one a search of the planes gives."""

from __future__ import annotations

import re

import pytest

from articleclean.patterns import _cased_planes, case_partners


def _partners_in_the_planes(chars: frozenset[str]) -> frozenset[str]:
    pattern = f"[{''.join(map(re.escape, sorted(chars)))}]"
    return chars | frozenset(re.findall(pattern, _cased_planes(), re.IGNORECASE))


@pytest.mark.parametrize(
    "chars",
    [
        *("a", "iIİı", "sſ", "kK", "µΣσς", "ﬅ", "ǅ", "ͅ", "Ꭰ", "ⓐ", "图片", "评댓"),
        *("𞤀", "a𞤀", "ßẞ", "слева", "àç", "ԱԲ", "ⰰ", "ꙁ", "Ａ", "a图"),
    ],
)
def test_case_partners_are_those_found_in_the_planes(chars: str) -> None:
    assert case_partners(frozenset(chars)) == _partners_in_the_planes(frozenset(chars))


def test_the_planes_are_every_code_point_of_the_first_two() -> None:
    planes = _cased_planes()
    assert len(planes) == 0x20000
    assert planes == "".join(map(chr, range(0x20000)))
