"""`holds_contact`: `CONTACT`'s search screened by the characters each of its forms needs.

The screen must give the search's answer on every line: a line with "@", "://", "."
or a digit is searched, any other is not (and no form of `CONTACT` can be found in it).
"""

from __future__ import annotations

import pytest

from articleclean.document import Segment
from articleclean.rules.teaser_lines import CONTACT, holds_contact, says_more_than_a_label

LINES = [
    # no contact, none of the characters: settled without the search
    "More from our reporters",
    "Weitere Nachrichten aus der Region",
    "Politique | Économie | Culture",
    "Sign up for our newsletter!",
    "Kontakt",
    "",
    " ",
    # each form of CONTACT
    "Write to newsroom@example.org",
    "Mail us @ the desk",
    "See https://example.com/story",
    "See http://localhost/page",
    "Visit www.example.net today",
    "Call +49 30 1234567",
    "Tel. 030 / 123 45 67",
    "Hotline (0800) 111 0 111",
    "Read more on example.de",
    "mehr auf beispiel-seite.ch",
    "Find us at news.co.uk",
    # the characters without a contact: searched, and not found
    "The end.",
    "Score: 3-1 after 90 minutes",
    "Room 12",
    "Posted 2 hours ago",
    "a.b",
    "files: report.pdf",
    "ftp:// is gone",
    "Tickets ab 19,90 Euro",
    # digits of other scripts are \\d too: a phone number in Arabic-Indic digits
    "اتصل على ٠١٢٣٤٥٦٧٨٩",
    "电话 ０１２３４５６７８９",
    # a digit sign that is no decimal digit ("²"): no phone number
    "Fläche 120 m² groß",
    "E = mc²",
]


@pytest.mark.parametrize("text", LINES)
def test_screen_gives_the_search_answer(text: str) -> None:
    expected = CONTACT.search(text) is not None
    assert holds_contact(text) is expected
    # the segment's digit test in place of the search for one: the same answer
    if text.strip():
        segment = Segment(text, (1, 1))
        assert holds_contact(segment.text, segment.may_hold_digit) is expected


def test_each_form_is_found() -> None:
    found = [text for text in LINES if holds_contact(text)]
    assert "Write to newsroom@example.org" in found
    assert "See http://localhost/page" in found
    assert "Call +49 30 1234567" in found
    assert "Read more on example.de" in found
    assert "اتصل على ٠١٢٣٤٥٦٧٨٩" in found
    assert "More from our reporters" not in found
    assert "Posted 2 hours ago" not in found


def test_may_hold_digit_false_only_without_a_digit() -> None:
    # `says_more_than_a_label` asks for a digit first and passes False after: a line
    # with a phone number is still said to say more than a label (by its digit).
    assert says_more_than_a_label("Call +49 30 1234567")
    assert says_more_than_a_label("Mehr auf beispiel.de")
    assert not says_more_than_a_label("Mehr zum Thema")


def test_screen_on_each_character() -> None:
    # Every Latin-1 and punctuation character put into a line with no contact of its own,
    # and next to a run of digits and a domain's end: the screen never says otherwise.
    for code in [*range(32, 0x250), 0x2013, 0x2014, 0x2022, 0x0660, 0xFF10, 0x3002]:
        char = chr(code)
        for text in (f"Kontakt {char} heute", f"{char}1234567{char}8", f"abc{char}com"):
            expected = CONTACT.search(text) is not None
            assert holds_contact(text) is expected, text
            segment = Segment(text, (1, 1))
            assert holds_contact(text, segment.may_hold_digit) is expected, text
