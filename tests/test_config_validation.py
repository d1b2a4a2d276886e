"""CleanerConfig checks every field's type and range, and names the closest option for a typo."""

from __future__ import annotations

import dataclasses

import pytest

import articleclean
from articleclean import Cleaner, CleanerConfig, ConfigError

TEXT = "Council approves cycle lanes\n\nThe council approved three new cycle lanes on Monday.\n"


@pytest.mark.parametrize(
    ("overrides", "field", "allowed"),
    [
        ({"teaser_max_blocks": "3"}, "teaser_max_blocks", "whole number"),
        ({"teaser_overlap": "0.3"}, "teaser_overlap", "number"),
        ({"teaser_max_blocks": -1}, "teaser_max_blocks", "at least 0"),
        ({"teaser_overlap": 2.0}, "teaser_overlap", "from 0.0 to 1.0"),
        ({"teaser_overlap": float("nan")}, "teaser_overlap", "number"),
        ({"ad_marker": "no"}, "ad_marker", "True or False"),
        ({"teaser_blurb": 0}, "teaser_blurb", "True or False"),
        ({"duplicate_min_chars": 2.5}, "duplicate_min_chars", "whole number"),
        ({"time_budget": 0}, "time_budget", "over 0"),
        ({"time_budget": "60"}, "time_budget", "or None"),
        ({"max_input_bytes": True}, "max_input_bytes", "whole number"),
        ({"boilerplate_lines": "one line"}, "boilerplate_lines", "collection of strings"),
        ({"extra_phrases": ["x"]}, "extra_phrases", "mapping"),
    ],
)
def test_bad_values_name_field_value_and_what_is_allowed(
    overrides: dict, field: str, allowed: str
) -> None:
    for build in (
        lambda: CleanerConfig(**overrides),
        lambda: CleanerConfig().replace(**overrides),
        lambda: articleclean.clean_text(TEXT, **overrides),
    ):
        with pytest.raises(ConfigError) as raised:
            build()
        message = str(raised.value)
        assert field in message
        assert repr(next(iter(overrides.values()))) in message
        assert allowed in message


def test_a_rule_switched_off_with_no_is_an_error_not_left_on() -> None:
    with pytest.raises(ConfigError, match="ad_marker"):
        articleclean.clean_text("Advertisement\n\n" + TEXT, ad_marker="no")


@pytest.mark.parametrize(
    ("name", "closest"),
    [("teaser_blurbs", "teaser_blurb"), ("ad_markers", "ad_marker"), ("timebudget", "time_budget")],
)
def test_typos_suggest_the_closest_option(name: str, closest: str) -> None:
    for build in (
        lambda: CleanerConfig(**{name: 1}),
        lambda: Cleaner(**{name: 1}),
        lambda: articleclean.clean_text(TEXT, **{name: 1}),
    ):
        with pytest.raises(ConfigError, match=f"did you mean '{closest}'"):
            build()


def test_extra_phrases_typo_suggests_a_rule() -> None:
    with pytest.raises(ConfigError, match="did you mean 'ad_marker'"):
        CleanerConfig(extra_phrases={"ad_markers": ["Promoted"]})


def test_good_values_pass_and_every_default_validates() -> None:
    config = CleanerConfig(
        teaser_max_blocks=0,
        teaser_overlap=1,
        time_budget=None,
        boilerplate_lines=["a line"],
        ad_marker=False,
    )
    assert config.teaser_overlap == 1
    assert config.boilerplate_lines == frozenset({"a line"})
    # Every field of the defaults passes its own check, so no field escapes validation.
    defaults = CleanerConfig()
    assert dataclasses.replace(defaults) == defaults


def test_every_numeric_field_refuses_a_string() -> None:
    hints = {f.name: f.type for f in dataclasses.fields(CleanerConfig)}
    numeric = [name for name, kind in hints.items() if kind in ("int", "float", "float | None")]
    assert len(numeric) >= 7
    for name in numeric:
        with pytest.raises(ConfigError, match=name):
            CleanerConfig(**{name: "5"})


def test_every_rule_switch_refuses_a_string() -> None:
    switches = [f.name for f in dataclasses.fields(CleanerConfig) if f.type == "bool"]
    assert "teaser_blurb" in switches
    for name in switches:
        with pytest.raises(ConfigError, match=name):
            CleanerConfig(**{name: "no"})


def test_a_typo_with_a_suggestion_is_one_short_line() -> None:
    # main followed the suggestion with every field of CleanerConfig (~110 names),
    # the suggestion lost at the head of a 1,500-character message (fails on main).
    with pytest.raises(ConfigError) as raised:
        articleclean.clean_text(TEXT, teaser_blurbs=False)
    message = str(raised.value)
    assert message == "unknown CleanerConfig option teaser_blurbs (did you mean 'teaser_blurb'?)"
    # Without a close name, the valid ones are listed.
    with pytest.raises(ConfigError, match="valid: above_headline, ad_marker, "):
        CleanerConfig(**{"zzz": 1})
