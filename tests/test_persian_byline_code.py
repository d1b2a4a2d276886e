"""A Persian byline as the Iranian news sites print it: the prefix "گفت‌وگو از" (interview
by, as English "Interview by"; also spelt without the zero-width non-joiner) and, after
the name, the story's code ("کد خبر: ۴۵۸۲۱۳" with a colon, "کد خبر ۶۱۲۳۴۵۶" without),
which ends the names as a date after them does (round 54 audit:
audit15j-fa-goftogoo-kamanche). The names and codes are invented.
"""

from __future__ import annotations

from articleclean.names import parse_byline


def test_the_story_code_after_the_name_ends_it() -> None:
    # Fail on main: the code's label was read as part of the name, or the line as none.
    assert parse_byline("گزارش: مریم احمدی کد خبر: ۴۵۸۲۱۳") == ["مریم احمدی"]
    assert parse_byline("خبرنگار: رضا کریمی کد خبر ۶۱۲۳۴۵۶") == ["رضا کریمی"]


def test_interview_by_is_a_byline_prefix() -> None:
    # Fail on main: "گفت‌وگو از" was no known prefix.
    assert parse_byline("گفت‌وگو از: مریم احمدی") == ["مریم احمدی"]
    assert parse_byline("گفتگو از سارا نوری کد خبر: ۴۵۸۲۱۳") == ["سارا نوری"]


def test_a_headline_of_an_interview_with_someone_is_no_byline() -> None:
    # Guard: "گفت‌وگو با" (an interview with …) opens headlines, not bylines.
    assert parse_byline("گفت‌وگو با نوازنده کمانچه") is None


def test_a_label_before_a_number_leaves_the_name_whole() -> None:
    # Guard: only the story code's label ends the names; a label of any words before a
    # number would take the name's last word ("Sobiraj Lesezeit:"), checked.
    assert parse_byline("1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.") == ["Lars Sobiraj"]
