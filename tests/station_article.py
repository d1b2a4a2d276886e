"""An invented German article about an old station made into a community hall, for the
tests of the rules that take a link to another story printed among its paragraphs
(`interrupting_teaser`, `stray_teaser`, `labelled_copy`): its title, its paragraphs, a
labelled link about nothing it is about, and the cleaned text asked back."""

from __future__ import annotations

import articleclean

TITLE = "Alter Bahnhof wird zum Bürgerhaus"
P1 = (
    "Die Gemeinde will den alten Bahnhof bis zum Sommer zu einem Bürgerhaus umbauen. Der "
    "Gemeinderat hat dafür am Dienstag knapp zwei Millionen Euro freigegeben."
)
P2 = (
    "Im Bürgerhaus sollen ein Café und ein Saal für Vereine entstehen, im ersten Stock "
    "Räume für die Musikschule, die bisher in einem Container unterrichtet."
)
P3 = (
    "Der Förderverein sammelt seit drei Jahren Spenden für das Projekt und will die "
    "Einrichtung des Saals übernehmen, sagte seine Vorsitzende."
)
P4 = (
    "Die Bauarbeiten beginnen im März. Während des Umbaus bleibt der Vorplatz für den "
    "Busverkehr geöffnet, Parkplätze fallen dagegen weg."
)
LINK = "Gleich nebenan – Warum Segler den Bodensee im Winter lieben"


def dump(*lines: str) -> str:
    """The article dump: the title, then `lines`, a blank line between any two."""
    return "\n\n".join((TITLE, *lines)) + "\n"


def removals(text: str, **switches: bool) -> list[tuple[str, str]]:
    """Each removed line of the cleaned text, with the rule that removed it."""
    return [(r.rule, r.text) for r in articleclean.clean_text(text, **switches).removed]


def body(text: str, **switches: bool) -> list[str]:
    """The cleaned text's body paragraphs."""
    return [block.text for block in articleclean.clean_text(text, **switches).body]
