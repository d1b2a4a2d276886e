"""Round 50 (issue 16, tidy): the Korean reporters' jobs have one source, ko.json's
`byline_role`, by where the papers print them; the byline and wire patterns are built
from it, each with the members it had (behaviour unchanged).

Invented names of no page of webeval."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from articleclean import names
from articleclean.names import dateline_reporters, parse_byline
from articleclean.rules.datelines import match_dateline

_STORY = (
    "시는 올해 하반기부터 수상버스를 정식 운항하고 선착장 일곱 곳을 새로 만들 계획이라고 밝혔다."
)


def _roles() -> dict[str, list[str]]:
    text = resources.files("articleclean.phrases").joinpath("ko.json").read_text("utf-8")
    return json.loads(text)["byline_role"]


def test_every_byline_role_passes_the_screen_before_the_pattern() -> None:
    # `_parse_byline_of` asks the pattern only of lines holding "기자" or "특파원"
    for role in _roles()["after_names"]:
        assert "기자" in role or "특파원" in role, role


@pytest.mark.parametrize("role", ["기자", "특파원", "선임기자", "객원기자", "수습기자", "전문기자"])
def test_a_korean_byline_ends_in_each_of_its_jobs(role: str) -> None:
    assert parse_byline(f"박지훈·최은정 {role}") == ["박지훈", "최은정"]


def test_an_editorial_writer_is_a_role_word_but_no_byline_job() -> None:
    # (the lists differ as before: 논설위원 ends names as a job, but "이름 논설위원"
    # alone is not read as a byline)
    assert "논설위원" in names.role_words()
    assert parse_byline("박지훈 논설위원") is None


@pytest.mark.parametrize(("role", "read"), [("기자", True), ("특파원", True), ("선임기자", False)])
def test_a_wire_bracket_takes_its_two_jobs(role: str, read: bool) -> None:
    found = match_dateline(f"(부산=연합뉴스) 박지훈 {role} = " + _STORY)
    assert found is not None
    assert (dateline_reporters(found.text) == ["박지훈"]) is read
