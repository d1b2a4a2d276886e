"""`teaser_box` and an article written in one-sentence paragraphs (round 34): a short
statement of the article's under its prose is no box's heading, and two headline-like
lines written to one pattern are the article's own sections, not a box of other stories
(`bench.loss_audit` stress row "cut, short prose"). Fixtures invented."""

from __future__ import annotations

import articleclean


def _body(text: str) -> list[str]:
    article = articleclean.clean_text(text)
    return [line for block in article.body for line in block.text.split("\n")]


def _dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_TITLE_DE = "Warum unser Dorfladen am Montag geschlossen bleibt"
_OPENING_DE = [
    "Seit zwölf Jahren führen wir den kleinen Laden am Marktplatz mit viel Freude.",
    "Wir haben lange überlegt, ob sich ein Ruhetag für uns lohnt.",
]
_OWN_DE = [
    "Die Abende mit der Familie zählen wieder mehr",
    "Frische Backwaren kommen jetzt dienstags früher",
]
_RESUMES_DE = (
    "Unsere Kundschaft hat uns in vielen Gesprächen bestärkt, und die meisten kaufen "
    "ihre Brötchen nun einfach am Samstag auf Vorrat."
)


def test_a_short_statement_over_the_articles_lines_heads_no_box() -> None:
    statement = "Das sehen wir inzwischen ganz anders."
    text = _dump(_TITLE_DE, *_OPENING_DE, statement, *_OWN_DE, _RESUMES_DE)
    body = _body(text)
    assert [x for x in [statement, *_OWN_DE] if x not in body] == []


_TITLE_EN = "Why the printed return form is gone from our deliveries"
_OPENING_EN = [
    "Paper-free returns",
    "From this month on, our shop no longer puts a printed return form into the box.",
    "Manuals online",
]
_OWN_EN = [
    "Recycled cardboard boxes",
    "How to send a parcel back as a guest shopper",
    "How to send a parcel back with a customer account",
]
_RESUMES_EN = (
    "Either way the label arrives within minutes, and any post office counter "
    "scans it straight from your phone."
)


def test_headlines_written_to_one_pattern_are_the_articles_sections() -> None:
    text = _dump(_TITLE_EN, *_OPENING_EN, *_OWN_EN, _RESUMES_EN)
    body = _body(text)
    assert [x for x in _OWN_EN if x not in body] == []


_BOX_EN = [
    "Stock markets slide as technology shares tumble",
    "Ten quiet beaches you need to visit this summer",
    "Why sleep experts say you should never snooze",
]
_PROSE_EN = [
    "The council voted on Tuesday to close the old harbour bridge for repairs next spring.",
    "Engineers found cracks in two of its steel beams during an inspection in October.",
    "Drivers will be sent over the ring road while the work lasts, about four months.",
]


def test_guard_a_box_under_a_teaser_heading_that_ends_in_a_mark_still_goes() -> None:
    """Guard (passes on main too): a heading worded as teaser headings are keeps its box
    however it ends."""
    heading = "More stories you might like!"
    text = _dump(
        "Harbour bridge to close for repairs", *_PROSE_EN[:2], heading, *_BOX_EN, _PROSE_EN[2]
    )
    body = _body(text)
    assert [x for x in [heading, *_BOX_EN] if x in body] == []


def test_guard_a_box_with_a_headline_printed_again_still_goes() -> None:
    """Guard (passes on main too): a headline printed twice in a box, once after a label,
    shares its words with its copy without being a second line of one pattern."""
    heading = "Elsewhere on the site"
    box = [*_BOX_EN[:2], "Don't miss ▸ " + _BOX_EN[1]]
    text = _dump("Harbour bridge to close for repairs", *_PROSE_EN[:2], heading, *box, _PROSE_EN[2])
    body = _body(text)
    assert [x for x in [heading, *box] if x in body] == []
