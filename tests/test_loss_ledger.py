"""bench/loss_ledger.py counts the lost body lines of labelled dumps by their hand-made
judgment: the labels' own errors (a photo credit, a "Lea más:" link the extractor took along)
apart from real losses, and a loss the ledger has not judged as unjudged."""

from __future__ import annotations

from bench import article_shapes, loss_ledger
from bench.labelled_dumps import BODY, TITLE, Line
from bench.loss_audit import Dump

PROSE = [
    "Der Gemeinderat hat am Dienstag nach vierstündiger Debatte den neuen Radweg beschlossen.",
    "Die Arbeiten sollen im Frühjahr beginnen und vor den Sommerferien abgeschlossen sein.",
    "La alcaldía anunció que el carril estará listo antes de las vacaciones de verano.",
]
CREDIT = "Foto: dpa / Jens Büttner"
LINK = "Lea más: El Gobierno aprueba el nuevo plan de movilidad urbana"


def _dump(site: str) -> Dump:
    # The credit and the link labelled body, as the extractor's body gives them: both are
    # taken out of the body (the credit under the headline, whose picture the dump left out).
    lines = [Line("Gemeinderat beschließt neuen Radweg", TITLE), Line(CREDIT, BODY)]
    lines += [Line(PROSE[0], BODY), Line(PROSE[1], BODY), Line(LINK, BODY), Line(PROSE[2], BODY)]
    text, labels = article_shapes._dump(lines)
    return Dump("article", site, text, labels, url=f"https://{site}/radweg")


def test_judged_lines_count_under_their_cause_and_the_rest_as_unjudged() -> None:
    site = "example.de"
    ledger = {
        loss_ledger.line_key(site, CREDIT): loss_ledger.Judgment("label", "picture text"),
    }
    reading = loss_ledger.read([_dump(site)], ledger)
    assert reading.body_lines == 5
    assert reading.lost() == 2
    assert reading.lost(loss_ledger.LABEL) == 1
    assert reading.groups[loss_ledger.Judgment("label", "picture text")].sites == {site}
    assert reading.lost(loss_ledger.UNJUDGED) == 1
    # Only the unjudged line is listed without --list, and it counts against the real figure.
    assert len(reading.listed) == 1 and "Lea más" in reading.listed[0]
    assert reading.real_by_dump == {f"https://{site}/radweg": (1, 5)}
    assert any("unjudged 1" in line for line in loss_ledger.report(reading))


def test_a_judgment_belongs_to_its_site_and_ignores_spacing_and_case() -> None:
    assert loss_ledger.line_key("a.de", "Foto:  dpa") == loss_ledger.line_key("a.de", "FOTO: dpa ")
    assert loss_ledger.line_key("a.de", CREDIT) != loss_ledger.line_key("b.de", CREDIT)
    ledger = {loss_ledger.line_key("other.de", CREDIT): loss_ledger.Judgment("label", "x")}
    assert loss_ledger.read([_dump("example.de")], ledger).lost(loss_ledger.UNJUDGED) == 2


def test_the_committed_ledger_uses_the_named_verdicts_and_causes() -> None:
    ledger = loss_ledger.load()
    assert len(ledger) > 100
    for judgment in ledger.values():
        assert judgment.cause in loss_ledger.CAUSES[judgment.verdict]
