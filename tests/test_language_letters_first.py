"""detect_language counts the sample's first characters' letters first (round 37).

A sample whose first `_LETTERS_FIRST` characters hold `_MIN_LETTERS` letters holds
enough; the whole sample is counted only when they do not, or where a script's share
of the letters decides. These tests fail on main at `_LETTERS_FIRST`, which main does
not have; their assertions are guards: the answer equals the one from the whole
sample's count (`_LETTERS_FIRST` set past any sample), on invented samples around
the bound.
"""

from __future__ import annotations

import pytest

from articleclean import language

SAMPLES = [
    # prose: enough letters at once
    "The harbour authority said on Tuesday that the new ferry berth would open in May.",
    "Die Stadtverwaltung kündigte am Dienstag an, den Fährhafen im Mai zu eröffnen.",
    "La mairie a annoncé mardi que le nouveau quai des ferries ouvrirait en mai.",
    # the letters come late: digits, times and marks first
    "12.05.2024 | 14:30 | 1.234 / 5.678 -- 99 % -- "
    + "the council voted for the new budget after a long debate",
    "2024-05-12 08:15 — 3 : 1 — 45' 67' 89' — Der Verein gewann das Spiel vor vollem Haus",
    # 19 and 20 letters in the whole sample: the bound itself
    "1 2 3 4 5 abcdefghij 6 7 8 9 klmnopqrs",
    "1 2 3 4 5 abcdefghij 6 7 8 9 klmnopqrst",
    "abcdefghijklmnopqrs 1234567890123456789012345678901234567890",
    # not ASCII: letters counted a character at a time
    "«Ça ira», dit-elle — à l'hôtel de ville, où l'on débattait déjà du budget.",
    "Η δημοτική αρχή ανακοίνωσε την Τρίτη ότι η νέα προβλήτα θα ανοίξει τον Μάιο.",
    "Le mot grec « λιμάνι » veut dire port, et « πλοίο » veut dire navire.",
    "הנמל החדש ייפתח במאי, כך הודיעה העירייה ביום שלישי בערב.",
    "港の新しい桟橋は五月に開く予定だと市は火曜日に発表した。",
    "— — — 1 2 3 — — — ひらがな —",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("sample_chars", [30, 250])
def test_same_answer_as_the_whole_count(
    text: str, sample_chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = language.detect_language(text, sample_chars)
    monkeypatch.setattr(language, "_LETTERS_FIRST", 10**9)  # the whole sample first
    assert found == language.detect_language(text, sample_chars)


def test_prose_is_counted_once_over_its_first_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[str] = []
    count = language._letter_count

    def counting(sample: str) -> int:
        counted.append(sample)
        return count(sample)

    monkeypatch.setattr(language, "_letter_count", counting)
    text = SAMPLES[1] * 3  # not ASCII, past the sample's 250 characters
    assert language.detect_language(text) == "de"
    assert [len(sample) for sample in counted] == [language._LETTERS_FIRST]
