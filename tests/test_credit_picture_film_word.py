"""The South Indian papers' word for a picture, after the caption's sentence, labels its credit.

"… ಸಂಭ್ರಮ. ಚಿತ್ರ: ಪಿಟಿಐ" (Kannada), "… . చిత్రం: పీటీఐ" (Telugu), "… . படம்: …" (Tamil),
"… . ചിത്രം: …" (Malayalam): the same word means "film", and a film review's box opens
with "ಚಿತ್ರ: <title>", so the label counts only after a sentence's end, never opening a
line (round 53).
"""

from __future__ import annotations

import pytest

import articleclean
from articleclean.rules.credits import CREDIT_TRIGGER, split_credit

_KN_CAPTION = "ಶತಕ ಗಳಿಸಿದ ದೇವದತ್ತ ಪಡಿಕ್ಕಲ್ ಸಂಭ್ರಮ."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (f"{_KN_CAPTION} ಚಿತ್ರ: ಪಿಟಿಐ", _KN_CAPTION, "ಪಿಟಿಐ"),
        ("హైదరాబాద్‌లో వర్షం. చిత్రం: పీటీఐ", "హైదరాబాద్‌లో వర్షం.", "పీటీఐ"),
        ("சென்னையில் மழை. படம்: ஏஎன்ஐ", "சென்னையில் மழை.", "ஏஎன்ஐ"),
        ("കൊച്ചിയിൽ മഴ. ചിത്രം: മനോജ് ചേമഞ്ചേരി", "കൊച്ചിയിൽ മഴ.", "മനോജ് ചേമഞ്ചേരി"),
    ],
)
def test_the_label_after_the_caption_s_sentence_is_a_credit(
    line: str, caption: str, credit: str
) -> None:
    # Fails on main: none of these words was a credit label, and the line had no split.
    assert split_credit(line) == (caption, credit)
    assert CREDIT_TRIGGER.search(line)  # the screen asks the credit rules about it


@pytest.mark.parametrize(
    "line",
    [
        # a film review's box: the word opens the line (passes on main; fails if the form
        # read the label at a line's start, as the "Photo: AP" form does)
        "ಚಿತ್ರ: ಕೆಜಿಎಫ್ ಚಾಪ್ಟರ್ 2",
        "చిత్రం: పుష్ప 2",
        # a sentence after the label, not a name: the review's prose goes on
        "ನಟ ಯಶ್ ಅಭಿನಯಿಸಿದ್ದಾರೆ. ಚಿತ್ರ: ಕೆಜಿಎಫ್ ಚಿತ್ರದ ಒಂದು ದೃಶ್ಯದಲ್ಲಿ ನಟ ಯಶ್ ಮತ್ತು ತಂಡ.",
        # the word inside a longer word ("photograph") after the sentence
        "ನಗರದಲ್ಲಿ ಮಳೆ. ಛಾಯಾಚಿತ್ರ ಪ್ರದರ್ಶನ",
    ],
)
def test_the_word_elsewhere_is_no_credit(line: str) -> None:
    assert split_credit(line) is None


def test_the_caption_and_its_credit_leave_the_body() -> None:
    # Fails on main: the caption line stayed in the body with its label.
    text = (
        "ವಿಜಯ್ ಹಜಾರೆ ಟ್ರೋಫಿ ಫೈನಲ್: ಕರ್ನಾಟಕಕ್ಕೆ ಜಯ\n\n"
        "ವಡೋದರಾ: ದೇವದತ್ತ ಪಡಿಕ್ಕಲ್ ಅವರ ಶತಕದ ನೆರವಿನಿಂದ ಕರ್ನಾಟಕ ತಂಡವು ಶನಿವಾರ ನಡೆದ ಫೈನಲ್‌ನಲ್ಲಿ "
        "ವಿದರ್ಭ ತಂಡವನ್ನು 36 ರನ್‌ಗಳಿಂದ ಮಣಿಸಿ ಐದನೇ ಬಾರಿ ಪ್ರಶಸ್ತಿ ಗೆದ್ದುಕೊಂಡಿತು.\n\n"
        f"{_KN_CAPTION} ಚಿತ್ರ: ಪಿಟಿಐ\n\n"
        "ಮೊದಲು ಬ್ಯಾಟ್ ಮಾಡಿದ ಕರ್ನಾಟಕ 50 ಓವರ್‌ಗಳಲ್ಲಿ 8 ವಿಕೆಟ್‌ಗೆ 312 ರನ್ ಗಳಿಸಿತು. ಗುರಿ "
        "ಬೆನ್ನಟ್ಟಿದ ವಿದರ್ಭ ತಂಡವು 276 ರನ್‌ಗಳಿಗೆ ಆಲೌಟ್ ಆಯಿತು.\n"
    )
    article = articleclean.clean(text)
    assert [(c.text, c.credit) for c in article.captions] == [(_KN_CAPTION, "ಪಿಟಿಐ")]
    assert not any("ಚಿತ್ರ:" in block.text for block in article.body)
