"""A section's name printed over the headline, the byline under it ("OPINION" / the
headline / "By Jane Morris"): the headline is the title and the name goes as
`byline_section_label` (round 52, the Albanian column's xfail)."""

from __future__ import annotations

import pytest

import articleclean

_HEADLINE = "The rent freeze has failed, and the council should say so"
_BODY = (
    "When the council froze rents two years ago, tenants were told that the measure would "
    "buy time for new homes to be built. It did not, and the waiting list grew longer.\n\n"
    "Landlords sold up, the number of flats on offer fell by a third, and the young families "
    "the freeze was meant to help now leave the city for the suburbs."
)


@pytest.mark.parametrize("kicker", ["OPINION", "ANALYSIS", "Opinion", "Meinung"])
def test_the_headline_under_a_section_name_is_the_title(kicker: str) -> None:
    # fails on main: "OPINION" is too short a headline (no title), "ANALYSIS" became it
    article = articleclean.clean(f"{kicker}\n\n{_HEADLINE}\n\nBy Jane Morris\n\n{_BODY}")
    assert article.title == _HEADLINE
    assert article.byline == ["Jane Morris"]
    assert ("byline_section_label", kicker) in [(r.rule, r.text) for r in article.removed]
    assert kicker not in article.text


def test_without_a_byline_under_it_the_first_line_is_read_as_before() -> None:
    # guard: no byline, no kicker's place; the first line is the title as on main
    article = articleclean.clean(f"ANALYSIS\n\n{_HEADLINE}\n\n{_BODY}")
    assert article.title == "ANALYSIS"


def test_a_name_over_the_headline_is_not_removed_as_a_section() -> None:
    # a person's name over the headline is no section's name (`_is_section_label`): the
    # headline under it is the title (fails on main: no title), the name is not removed
    article = articleclean.clean(f"Jane Morris\n\n{_HEADLINE}\n\nBy Jane Morris\n\n{_BODY}")
    assert article.title == _HEADLINE
    assert "byline_section_label" not in [r.rule for r in article.removed]


def test_a_sentence_over_the_headline_is_no_kicker() -> None:
    # guard: a line with a full stop is no section's name: read as on main (the title)
    article = articleclean.clean(f"Read this first.\n\n{_HEADLINE}\n\nBy Jane Morris\n\n{_BODY}")
    assert article.title == "Read this first."
    assert "byline_section_label" not in [r.rule for r in article.removed]
