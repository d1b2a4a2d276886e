"""A site's pitch box: its text right over the button the prompt rules took,
`pitch_over_button`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..article import Reason
from ..document import BODY, Segment
from ..lexicon import CLOSING_MARKS, SENTENCE_MARKS
from .base import Claimed, structures
from .phrasebook import PhraseBook
from .promos import MAX_UNADDRESSED_WORDS, addresses_reader, promo_prompt, promo_shape

# What a pitch asks for, by the stems its text and its button share in the languages
# of the phrase files: a subscription (or the issue it buys, the newsletter), or support
# (a donation). A box prints the ask and then its
# button ("Fight for everyone's rights - support the ACLU." over "Donate Now", "und
# abonnieren Sie unseren monatlich erscheinenden Newsletter!" over "Newsletter
# abonnieren", "Die aktuelle Ausgabe" over "Jetzt abonnieren"); the button alone is
# what `promo_prompt` and `promo_shape` know.
_ASKS = (
    re.compile(
        r"\b(?:subscri|suscri|abonn|abbon|assin|subskry|prenumer)|newsletter|"
        r"\b(?:ausgabe|issue|numéro|heft|edición)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:support|unterstütz|souten|soutien|wesprz|spende|donat|don\b|donar|doa[cç]|"
        r"apoy|apoi|sostien|sostegn)",
        re.IGNORECASE,
    ),
)
# (Stems at a word's start: "Passing" holds "assin". No ask for the app: an article on
# apps ends over the site's "Download the app" as often as a pitch does.)
# A pitch's text is a heading or a few sentences; a longer line over a button is a
# paragraph, which may be the article's own on the same subject. Over
# `MAX_UNADDRESSED_WORDS` (12) words it must speak to the reader, as a prompt's sentence
# must (`promo_prompt`): "Polls show wide support for the bill among …" over a site's
# "Support us" reports.
_MAX_PITCH_WORDS = 40
_BUTTONS = (promo_prompt, promo_shape)
"""The prompt rules whose lines are the buttons: read, and needed."""


_REPORT_MARKS = tuple(mark for mark in SENTENCE_MARKS if mark != "!")
"""A sentence's marks but the exclamation mark (`lexicon.ends_a_sentence`'s reading of
a line's end, as `STATEMENT_MARKS` is without a question's)."""


def _reports(segment: Segment) -> bool:
    """Whether a line over a button may be a report rather than a pitch, and so must
    speak to the reader to go: over `MAX_UNADDRESSED_WORDS` words, or a statement ending
    in a full stop at any length ("Digital subscriptions rose 40 percent over the year."
    over a site's "Subscribe now" is the article's last paragraph). A pitch's heading
    ends in no mark ("Die aktuelle Ausgabe"), its call in "!"."""
    if segment.word_count > MAX_UNADDRESSED_WORDS:
        return True
    return segment.text.rstrip().rstrip(CLOSING_MARKS).endswith(_REPORT_MARKS)


def _asks(text: str) -> set[int]:
    return {kind for kind, ask in enumerate(_ASKS) if ask.search(text)}


@structures(Reason.PROMO, reads=(_BUTTONS,), needs=(_BUTTONS,))
def pitch_over_button(
    segments: list[Segment], context: PhraseBook, buttons: Claimed
) -> Iterator[Segment]:
    """The line right over a prompt `promo_prompt` or `promo_shape` took, when both ask
    for the same thing (a subscription or an issue, or support: `_ASKS`) and the line
    has at most `_MAX_PITCH_WORDS` words, speaking to the reader when it may be a report
    (`_reports`): the pitch box's heading or text over its button. Only the
    line above: under a button stands what follows the box, and a heading a prompt rule
    took ("Newsletter") may head a paragraph of the article. After `outside_article`,
    whose run is found with the pitch in it as before (as a pass-2 rule it moved the
    run's end on one tune page, haitiantimes, and lines labelled body went with it).

    Tune part, round 59: whole-page dumps 2 `without` segments out on 2 sites
    (iass-potsdam, tierwelt; aclu's call, a statement, stays since `_reports`) and
    biathlonworld's newsletter line, no `with` segment; the labelled page and article
    dumps no line labelled body."""
    if not buttons:
        return  # most dumps: no prompt removed
    for place in buttons.positions(segments):
        if place == 0:
            continue
        above = segments[place - 1]
        if above.label is not BODY or above.word_count > _MAX_PITCH_WORDS:
            continue
        # (the asks first, the button's before the line's: most buttons a prompt rule
        # took ask for neither, a share or a comment prompt, and the reader test is
        # the costliest, a search of a sentence for every form of address)
        asked = _asks(segments[place].text)
        if not asked or not asked & _asks(above.text):
            continue
        if _reports(above) and not addresses_reader(above.text):
            continue
        yield above
