"""A site's pitch box: its text right over the button the prompt rules took,
`pitch_over_button`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, Segment
from .base import Claimed, structures
from .phrasebook import PhraseBook
from .promos import promo_prompt, promo_shape

# What a pitch asks for, by the stems its text and its button share in the languages
# of the phrase files: a subscription (or the issue it buys, the newsletter), support
# (a donation), the app and its notifications. A box prints the ask and then its
# button ("Fight for everyone's rights - support the ACLU." over "Donate Now", "und
# abonnieren Sie unseren monatlich erscheinenden Newsletter!" over "Newsletter
# abonnieren", "Die aktuelle Ausgabe" over "Jetzt abonnieren"); the button alone is
# what `promo_prompt` and `promo_shape` know.
_ASKS = (
    re.compile(
        r"subscri|suscri|abonn|abbon|assin|subskry|prenumer|newsletter|"
        r"\bausgabe|\bissue\b|\bnuméro|\bheft\b|\bedición|\bwydani",
        re.IGNORECASE,
    ),
    re.compile(
        r"support|unterstütz|souten|soutien|wesprz|\bspende|\bspenden\b|donat|\bdon\b|"
        r"\bdonar|\bdoa[cç]|\bapoy|\bapoi|sostien|sostegn",
        re.IGNORECASE,
    ),
    re.compile(r"\bapps?\b|notification|benachrichtigung|\bpush\b", re.IGNORECASE),
)
# A pitch's text is a heading or a few sentences; a longer line over a button is a
# paragraph, which may be the article's own on the same subject.
_MAX_PITCH_WORDS = 40
_BUTTONS = (promo_prompt, promo_shape)
"""The prompt rules whose lines are the buttons: read, and needed."""


def _asks(text: str) -> set[int]:
    return {kind for kind, ask in enumerate(_ASKS) if ask.search(text)}


@structures(Reason.PROMO, reads=(_BUTTONS,), needs=(_BUTTONS,))
def pitch_over_button(
    segments: list[Segment], context: PhraseBook, buttons: Claimed
) -> Iterator[Segment]:
    """The line right over a prompt `promo_prompt` or `promo_shape` took, when both ask
    for the same thing (a subscription or an issue, support, the app: `_ASKS`) and the
    line has at most `_MAX_PITCH_WORDS` words: the pitch box's heading or text over its
    button. Only the line above: under a button stands what follows the box, and a
    heading a prompt rule took ("Newsletter") may head a paragraph of the article.

    Tune part, round 59: whole-page dumps 4 `without` segments out on 4 sites
    (haitiantimes, aclu, iass-potsdam, tierwelt) and 2 unannotated junk lines, no `with`
    segment."""
    if not buttons:
        return  # most dumps: no prompt removed
    for place in buttons.positions(segments):
        if place == 0:
            continue
        above = segments[place - 1]
        if above.label is not BODY or above.word_count > _MAX_PITCH_WORDS:
            continue
        if _asks(above.text) & _asks(segments[place].text):
            yield above
