"""The byline readings' screens (round 40), each the same answer as the reading without it
(guards; invented lines): `strip_byline_prefix` case-folds only the head of a line, as
far as its pattern can reach; `prefixed_byline` and `parse_byline` given a segment's
`may_hold_digit` skip the search for a digit before a prefix inside the line."""

from __future__ import annotations

import pytest

from articleclean import names
from articleclean.document import Segment

LINES = [
    "By Jane Doe",
    "BY JANE DOE AND JOHN ROE",
    "Von: Tilman Roe",
    "Ein Gastbeitrag von: Jane Doe",
    "EIN GASTBEITRAG VON Jane Doe",
    "Posted by Jane Doe",
    "Por Gustavo E. Méndez",
    "By",
    "By:",
    "",
    "Byline",
    "Bystanders watched as the ferry left the harbour on Tuesday evening.",
    # characters that fold into two ("ß" into "ss", "İ" into "i̇") before or inside the head
    "ßy Jane Doe",
    "İn den Straßen der Stadt wurde am Montag gefeiert, sagte die Polizei.",
    "Von Straßburg nach Köln fährt der Zug zweimal am Tag.",
    "ẞ" * 40 + " by Jane Doe",
    "Text und Fotos: Jane Doe",
    "Von" + "\u0130" * 3 + " Jane Doe",
]


def _whole_line(text: str) -> str | None:
    """The answer before round 40: the pattern matched against the whole line folded."""
    pattern, _ = names._byline_prefix()
    found = pattern.match(text.casefold())
    return None if found is None else text[found.end() :].lstrip(" :")


@pytest.mark.parametrize("text", LINES)
def test_the_head_gives_the_whole_line_s_answer(text: str) -> None:
    assert names.strip_byline_prefix(text) == _whole_line(text)


def test_every_prefix_is_found_at_the_reach_s_limit() -> None:
    # each listed prefix, in capitals, then a sign and a long tail: the longest prefix
    # and its sign fill the head exactly
    _, reach = names._byline_prefix()
    prefixes = names.byline_prefixes()
    roles = names.joined_roles()
    # (round 49: up to `_JOINED_ROLES` roles joined by "・" on each side, "料理・文：")
    assert reach == max(map(len, prefixes)) + 1 + 2 * names._JOINED_ROLES * (
        max(map(len, roles)) + 1
    )
    longest = max(roles, key=len)
    joined = "・".join([longest] * names._JOINED_ROLES)
    text = f"{joined}・文・{joined}：" + "森川さやか、" * 20
    assert names.strip_byline_prefix(text) == _whole_line(text) == "森川さやか、" * 20
    for prefix in prefixes:
        # (round 50: a prefix that also opens names, "de", counts only lower-case)
        printed = prefix if prefix in names.lower_case_prefixes() else prefix.upper()
        # (round 52: a prefix that is an ordinary word too, "bài", counts only with its colon)
        colon_only = prefix in names.colon_prefixes()
        for sign in (" ", ": ", "/"):
            text = printed + sign + "Jane Doe, " * 20
            expected = None if colon_only and sign != ": " else _whole_line(text)
            assert names.strip_byline_prefix(text) == expected
            assert _whole_line(text) is not None or printed.casefold() != prefix


DATED_LINES = [
    "1.11.23 20:19 von Jane Doe",
    "Posted on October 25, 2023 by Jane Doe",
    "١٢ أكتوبر ٢٠٢٣ بقلم جين دو",
    "Posted on October by Jane Doe",
    "Veröffentlicht am Montag von Jane Doe",
    "By Jane Doe",
    "Jane Doe",
    "12.03.2023 Übersetzt von Jane Doe",
    "Room 12 by the harbour",
]


@pytest.mark.parametrize("text", DATED_LINES + LINES)
def test_the_segment_s_digit_flag_gives_the_search_s_answer(text: str) -> None:
    if not text.strip():
        return
    segment = Segment(text, (1, 1))
    flag = segment.may_hold_digit
    assert names.prefixed_byline(text, flag) is names.prefixed_byline(text)
    assert names.parse_byline(text, flag) == names.parse_byline(text)
    assert names.prefix_after_stamp(text, flag) == names.prefix_after_stamp(text)


def test_a_dated_prefix_is_still_found_with_the_flag() -> None:
    segment = Segment("1.11.23 20:19 von Jane Doe", (1, 1))
    assert segment.may_hold_digit
    assert names.parse_byline(segment.text, segment.may_hold_digit) == ["Jane Doe"]
