"""An article's last lines (a bridge closing for works, English and German, invented) that
the closing-run tests put a box of other stories or the article's own lines after."""

from __future__ import annotations

BRIDGE = [
    "Harbour bridge to close for six weeks",
    "The harbour bridge will close to traffic for six weeks from next month while engineers "
    "replace corroded cables, the city council said on Tuesday.",
    "Buses will run a shuttle service across the river every ten minutes during the works, "
    "and cyclists may still use the bridge's footpath.",
]

BRIDGE_DE = [
    "Hafenbrücke wird für sechs Wochen gesperrt",
    "Die Hafenbrücke wird ab nächstem Monat für sechs Wochen für den Verkehr gesperrt, "
    "während Ingenieure korrodierte Seile ersetzen, teilte die Stadt am Dienstag mit.",
    "Während der Arbeiten fahren alle zehn Minuten Pendelbusse über den Fluss, und "
    "Radfahrer dürfen den Fußweg der Brücke weiter nutzen.",
]
