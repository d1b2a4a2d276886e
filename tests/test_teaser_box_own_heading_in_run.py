"""`teaser_box`: a run read under an unworded label amid the article's short lines
(`_box_amid_rows`) is no box when a line inside it is worded as teaser headings are, alone
or as the label of a headline behind it: the box opens there, and the lines above it are
the article's ("Pro", its first point). Invented articles; the headings and headlines
are no noise template's."""

from __future__ import annotations

import articleclean

_REVIEW = """Recensione Pixel 9a: il medio di gamma che fa le foto dei top

Dopo due settimane di utilizzo, il Pixel 9a si conferma il telefono da consigliare \
sotto i 500 euro, soprattutto per chi scatta molte foto.

Pro

Fotocamera eccellente anche di notte

{box}

Sette anni di aggiornamenti

Contro

Ricarica lenta

Cornici spesse

Lo consigliamo a chi vuole foto da top di gamma spendendo la metà.
"""

_LABELLED = "Read next ▸ Lottery winner buys the village pub where he met his wife"
_WORDED = """» Stories you may also like to read

Lottery winner buys the village pub where he met his wife

Seven houseplants that survive a dark flat

Airline adds a new route to the islands"""


def _body(text: str) -> list[str]:
    return [block.text for block in articleclean.clean_text(text).body]


def test_a_labelled_headline_inside_the_run_leaves_the_lines_above_it() -> None:
    body = _body(_REVIEW.format(box=_LABELLED))
    assert "Pro" in body
    assert "Fotocamera eccellente anche di notte" in body
    assert "Sette anni di aggiornamenti" in body


def test_a_worded_heading_inside_the_run_leaves_the_lines_above_it() -> None:
    body = _body(_REVIEW.format(box=_WORDED))
    assert "Pro" in body
    assert "Fotocamera eccellente anche di notte" in body


# `repeated_teaser_box`: the walk up from a copy goes over a box's own heading of a
# headline's length into the article's short lines above it; the box starts under it.
_TWICE = """Recensione Pixel 9a: il medio di gamma che fa le foto dei top

Dopo due settimane di utilizzo, il Pixel 9a si conferma il telefono da consigliare \
sotto i 500 euro, soprattutto per chi scatta molte foto.

Pro

Fotocamera eccellente anche di notte

» Stories you may also like to read

Lottery winner buys the village pub where he met his wife

Seven houseplants that survive a dark flat

Airline adds a new route to the islands

Sette anni di aggiornamenti

Contro

» More stories you may also want

Airline adds a new route to the islands

Retired teacher walks the length of the coast

Seven houseplants that survive a dark flat

Ricarica lenta

Cornici spesse

Lo consigliamo a chi vuole foto da top di gamma spendendo la metà.
"""


def test_a_copied_box_under_its_own_heading_leaves_the_lines_above_it() -> None:
    article = articleclean.clean_text(_TWICE)
    body = [block.text for block in article.body]
    assert "Pro" in body
    assert "Fotocamera eccellente anche di notte" in body
    assert "Contro" in body
    assert "Lottery winner buys the village pub where he met his wife" not in body


_FARES = """Harbour ferry fares to rise in spring

The harbour board approved a rise of twelve percent in ferry fares on Tuesday, the \
first since the service was taken over by the council in 2019.

New fares from April

Single ticket 3.40 euros

» Meanwhile

Lottery winner buys the village pub where he met his wife

Seven houseplants that survive a dark flat

Retired teacher walks the length of the coast

Read next ▸ Airline adds a new route to the islands

Day ticket 9 euros

Season ticket 410 euros

Opposition councillors said the board had not looked at cheaper options such as \
selling advertising on the boats.
"""


def test_a_labelled_headline_further_down_the_run_is_one_more_line_of_the_box() -> None:
    # Guard: three headlines above it are a box of their own; the labelled line under
    # them goes with the box, and the fares stay.
    article = articleclean.clean_text(_FARES)
    taken = [r.text for r in article.removed if r.rule == "teaser_box"]
    assert taken[0] == "» Meanwhile"
    assert "Read next ▸ Airline adds a new route to the islands" in taken
    body = [block.text for block in article.body]
    for row in ("New fares from April", "Single ticket 3.40 euros", "Day ticket 9 euros"):
        assert row in body
