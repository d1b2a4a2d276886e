"""The words and spaces of the texts that page metadata compares: titles, names, hosts.

Shared by the readers of the title (`html_title.py`), the authors
(`html_authors.py`, `html_byline.py`) and the site's names (`html_site.py`).
"""

from __future__ import annotations

import re


def clean_spaces(value: str | None) -> str | None:
    """The text on one line, runs of white space made one space; None when empty."""
    if value is None:
        return None
    return " ".join(value.split()) or None


# A word of letters.
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def word_set(text: str) -> frozenset[str]:
    """The text's words, case folded."""
    return frozenset(word.casefold() for word in WORD.findall(text))


# A run of letters or digits.
ALNUM = re.compile(r"[^\W_]+")
