from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parent.parent / "examples" / "cgtn-cyberspace-white-paper.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# Fixtures of the issue-14 and issue-15 audits (rounds 26-27) that still fail, kept as
# strict xfails with the reason (a fix makes them pass, and the xfail then fails until it is taken off here).
_XFAIL_FIXTURES = {
    "audit14-en-bloomberg-brazil-rates.txt": (
        "a wire's edit note ('UPDATE: Adds economist comment in sixth paragraph.') stays "
        "in the body; no rule takes the wire's update notes"
    ),
    "audit14-en-india-trade-talks.txt": (
        "the closing app promo ('Catch all the Business News … Download The App …') stays "
        "in the body (promo phrasing, teasers.py/promos.py)"
    ),
    "audit14-en-print-recipe.txt": (
        "a closing 'Recipe by Name' is not read as a byline: only 'Reporting by' is taken "
        "from an article's end"
    ),
    "audit14-es-madrid-alquiler.txt": (
        "a masthead before a colon ('Diario Económico: …') stays in the title: tried a "
        "masthead test (a name foreign to the text), on tune it cut 0 of 5 rightly (kickers "
        "and series labels: 'Morgen Abend:', 'Pair With Me:')"
    ),
    "audit15b-es-redaccion-hero.html": (
        "two cards of other stories above the article (linked <h2> and blurb each): "
        "trafilatura drops their headlines and keeps the blurbs, which no rule takes (a "
        "blurb alone has no teaser shape; round 26's xfail on audit15-spanish-day-month); "
        "and one of four repeated gallery captions ('Las fotos de la semana en la ciudad') "
        "stays in the body"
    ),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        reason = _XFAIL_FIXTURES.get(Path(str(item.fspath)).name)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
